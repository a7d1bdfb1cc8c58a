//! Fills a service's inputs from what the citizen already said ("bus ticket vijayawada to
//! hyderabad tomorrow"). Every value goes through the slot's own validation, so a prefilled
//! input is one the citizen could have typed; the confirmation shows them all before anything
//! is sent.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::graph::{Graph, Service, SlotType};
use crate::understanding::entities::Entity;

use super::Vocabulary;

/// Slot names that take the start and the end of a journey.
const FROM_SLOTS: &[&str] = &["from_place", "from", "origin", "source"];
const TO_SLOTS: &[&str] = &["to_place", "to", "destination"];

pub fn prefill(
    graph: &Graph,
    service: &Service,
    entities: &[Entity],
    vocabulary: &Vocabulary,
    today: NaiveDate,
) -> BTreeMap<String, String> {
    let mut values = BTreeMap::new();
    let mut used = vec![false; entities.len()];
    for slot_ref in &service.slots {
        let Some(slot) = graph.slot(&slot_ref.name) else {
            continue;
        };
        let name = slot.name.as_str();
        let found = entities.iter().enumerate().find_map(|(i, e)| {
            if used[i] {
                return None;
            }
            let value = match &slot.ty {
                SlotType::Choice { options } => {
                    (e.kind == name && options.contains(&e.value)).then(|| e.value.clone())
                }
                SlotType::Text { .. } if FROM_SLOTS.contains(&name) => {
                    (e.kind == "place" && e.role == Some("from")).then(|| place_name(e))
                }
                SlotType::Text { .. } if TO_SLOTS.contains(&name) => {
                    (e.kind == "place" && e.role == Some("to")).then(|| place_name(e))
                }
                // Free text (names, descriptions) is the citizen's to write.
                SlotType::Text { .. } => None,
                SlotType::Date { .. } => {
                    if e.kind != "date" {
                        return None;
                    }
                    slot.ty.parse(&e.text, today, &vocabulary.dates).ok()
                }
                SlotType::Mobile => {
                    if e.kind != "mobile" {
                        return None;
                    }
                    slot.ty.parse(&e.value, today, &vocabulary.dates).ok()
                }
                SlotType::Amount { .. } => {
                    if e.kind != "amount" {
                        return None;
                    }
                    slot.ty.parse(&e.value, today, &vocabulary.dates).ok()
                }
                _ => {
                    // Ids and numbers: whichever number the slot's own rules accept.
                    if e.kind != "number" {
                        return None;
                    }
                    slot.ty.parse(&e.text, today, &vocabulary.dates).ok()
                }
            };
            value.map(|v| (i, v))
        });
        if let Some((i, value)) = found {
            used[i] = true;
            values.insert(slot.name.clone(), value);
        }
    }
    values
}

/// "vijayawada" → "Vijayawada": gazetteer ids are lower case.
fn place_name(e: &Entity) -> String {
    let mut chars = e.value.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
