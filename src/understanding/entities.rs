//! Entities that prefill a service's inputs: numbers and ids, mobile numbers, amounts, dates
//! ("repu", "kal", "tomorrow", "15/12"), and named things from a gazetteer — places
//! (`intents/entities.toml`), districts and temples (the options of the graph's choice slots) —
//! with a from/to role for journeys ("vijayawada to hyderabad", "guntur nunchi tirupati ki").

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::normalize::phonetic_key;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// `number`, `mobile`, `amount`, `date`, `place`, or the gazetteer kind (`district`, `temple`).
    pub kind: String,
    /// Canonical value: digits, ISO date, gazetteer id.
    pub value: String,
    /// The words it was found in.
    pub text: String,
    /// `from` / `to` for places on a journey.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'static str>,
}

/// One name in the gazetteer, as a sequence of phonetic-key words.
#[derive(Debug, Clone)]
struct Name {
    kind: String,
    id: String,
    words: Vec<String>,
}

#[derive(Debug, Default, Clone)]
pub struct Gazetteer {
    names: Vec<Name>,
    longest: usize,
}

#[derive(Deserialize)]
struct EntitiesFile {
    #[serde(default)]
    places: BTreeMap<String, Vec<String>>,
}

impl Gazetteer {
    /// Places from `intents/entities.toml` (absent file: no places).
    pub fn load(intents: &Path) -> anyhow::Result<Gazetteer> {
        let mut g = Gazetteer::default();
        let path = intents.join("entities.toml");
        if path.is_file() {
            let file: EntitiesFile = toml::from_str(&std::fs::read_to_string(&path)?)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            for (id, names) in file.places {
                g.add("place", &id, &names);
            }
        }
        Ok(g)
    }

    /// Adds a named thing under a kind; every spelling becomes a key.
    pub fn add(&mut self, kind: &str, id: &str, names: &[String]) {
        for n in names.iter().map(String::as_str).chain(std::iter::once(id)) {
            let key = phonetic_key(&super::normalize::normalize(&n.replace('_', " ")));
            let words: Vec<String> = key.split_whitespace().map(str::to_string).collect();
            if words.is_empty() {
                continue;
            }
            self.longest = self.longest.max(words.len());
            self.names.push(Name {
                kind: kind.to_string(),
                id: id.to_string(),
                words,
            });
        }
    }

    /// Longest gazetteer match starting at word `i` of the keyed message: (name, words used).
    fn match_at(&self, keys: &[String], i: usize) -> Option<(&Name, usize)> {
        let mut best: Option<(&Name, usize)> = None;
        for name in &self.names {
            let len = name.words.len();
            if i + len > keys.len() || best.is_some_and(|(_, l)| l >= len) {
                continue;
            }
            let matches = name
                .words
                .iter()
                .zip(&keys[i..i + len])
                .all(|(a, b)| close(a, b));
            if matches {
                best = Some((name, len));
            }
        }
        best
    }
}

/// Same key, or one edit apart for longer words (typos: "vijayawda", "tirupathi").
fn close(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    la >= 6 && lb >= 6 && la.abs_diff(lb) <= 1 && strsim::levenshtein(a, b) <= 1
}

/// Words that mark the place before them as the start ("guntur nunchi") or the end
/// ("tirupati ki") of a journey, and words that mark the place after them.
const FROM_AFTER: &[&str] = &[
    "nunchi",
    "nundi",
    "nunci",
    "nuncu",
    "se",
    "నుండి",
    "నుంచి",
    "से",
];
const TO_AFTER: &[&str] = &[
    "ki", "ku", "ko", "kaa", "ke", "కి", "కు", "को", "तक", "varaku", "tak",
];
const FROM_BEFORE: &[&str] = &["from"];
const TO_BEFORE: &[&str] = &["to", "till", "towards"];

/// Relative day words, in te/hi/en and romanized, with their offset from today. "kal" means
/// both yesterday and tomorrow in Hindi; for services (bookings, journeys) it is tomorrow.
fn relative_day(word: &str) -> Option<i64> {
    Some(match word {
        "today" | "ivala" | "eroju" | "ee roju" | "ఈరోజు" | "ఇవాళ" | "ఈ రోజు" | "aaj" | "aj"
        | "आज" => 0,
        "tomorrow" | "tmrw" | "tmr" | "repu" | "reepu" | "రేపు" | "kal" | "kl" | "कल" => {
            1
        }
        "ellundi" | "ఎల్లుండి" | "parson" | "parso" | "परसों" => 2,
        "yesterday" | "ninna" | "నిన్న" => -1,
        _ => return None,
    })
}

/// Finds the entities in a normalized message.
pub fn extract(normalized: &str, gazetteer: &Gazetteer, today: NaiveDate) -> Vec<Entity> {
    let words: Vec<&str> = normalized.split_whitespace().collect();
    let keys: Vec<String> = words.iter().map(|w| phonetic_key(w)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if let Some((name, len)) = gazetteer.match_at(&keys, i) {
            let mut role = None;
            if name.kind == "place" {
                let after = words.get(i + len).copied().unwrap_or("");
                let before = if i > 0 { words[i - 1] } else { "" };
                if FROM_AFTER.contains(&after) || FROM_BEFORE.contains(&before) {
                    role = Some("from");
                } else if TO_AFTER.contains(&after) || TO_BEFORE.contains(&before) {
                    role = Some("to");
                }
            }
            out.push(Entity {
                kind: name.kind.clone(),
                value: name.id.clone(),
                text: words[i..i + len].join(" "),
                role,
            });
            i += len;
            continue;
        }
        if let Some(days) = relative_day(w) {
            let date = today + chrono::Duration::days(days);
            out.push(Entity {
                kind: "date".into(),
                value: date.format("%Y-%m-%d").to_string(),
                text: w.into(),
                role: None,
            });
        } else if let Some(date) = numeric_date(w, today) {
            out.push(Entity {
                kind: "date".into(),
                value: date.format("%Y-%m-%d").to_string(),
                text: w.into(),
                role: None,
            });
        } else if let Some(e) = number_like(&words, i) {
            out.push(e);
        }
        i += 1;
    }
    assign_journey_roles(&mut out);
    out
}

/// Two places without markers: the first is where the journey starts.
fn assign_journey_roles(entities: &mut [Entity]) {
    let places: Vec<usize> = (0..entities.len())
        .filter(|&i| entities[i].kind == "place")
        .collect();
    if places.len() == 2 {
        let (a, b) = (places[0], places[1]);
        match (entities[a].role, entities[b].role) {
            (None, None) => {
                entities[a].role = Some("from");
                entities[b].role = Some("to");
            }
            (Some("from"), None) => entities[b].role = Some("to"),
            (None, Some("to")) => entities[a].role = Some("from"),
            (Some("to"), None) => entities[b].role = Some("from"),
            (None, Some("from")) => entities[a].role = Some("to"),
            _ => {}
        }
    }
}

/// `15/12`, `15-12-2025`, `15.12.25` (day first, as in India).
fn numeric_date(w: &str, today: NaiveDate) -> Option<NaiveDate> {
    let parts: Vec<&str> = w.split(['/', '-', '.']).collect();
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let day: u32 = parts[0].parse().ok()?;
    let month: u32 = parts[1].parse().ok()?;
    let year: i32 = match parts.get(2) {
        Some(y) if y.len() == 2 => 2000 + y.parse::<i32>().ok()?,
        Some(y) if y.len() == 4 => y.parse().ok()?,
        Some(_) => return None,
        None => chrono::Datelike::year(&today),
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Numbers, ids, mobiles and amounts.
fn number_like(words: &[&str], i: usize) -> Option<Entity> {
    let w = words[i];
    let rupee_before = i > 0 && matches!(words[i - 1], "rs" | "rs." | "₹" | "inr" | "rupees");
    let rupee_after = words.get(i + 1).is_some_and(|n| {
        n.starts_with("rupee")
            || n.starts_with("rupay")
            || *n == "rs"
            || *n == "రూపాయలు"
            || *n == "रुपये"
            || *n == "रुपए"
    });
    let stripped = w
        .trim_start_matches('₹')
        .trim_start_matches("rs")
        .replace(',', "");
    if (rupee_before || rupee_after || w.starts_with('₹'))
        && stripped.chars().all(|c| c.is_ascii_digit())
        && !stripped.is_empty()
    {
        return Some(Entity {
            kind: "amount".into(),
            value: stripped,
            text: w.into(),
            role: None,
        });
    }
    let digits: String = w.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() {
        return None;
    }
    let mobile = {
        let d = digits.trim_start_matches("91");
        let d = if digits.len() == 12 && digits.starts_with("91") {
            d
        } else {
            digits.as_str()
        };
        let d = if d.len() == 11 && d.starts_with('0') {
            &d[1..]
        } else {
            d
        };
        (d.len() == 10
            && w.chars().all(|c| c.is_ascii_digit() || c == '+')
            && matches!(d.as_bytes()[0], b'6'..=b'9'))
        .then(|| d.to_string())
    };
    if let Some(m) = mobile {
        return Some(Entity {
            kind: "mobile".into(),
            value: m,
            text: w.into(),
            role: None,
        });
    }
    Some(Entity {
        kind: "number".into(),
        value: w.to_uppercase(),
        text: w.into(),
        role: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understanding::normalize::normalize;

    fn gaz() -> Gazetteer {
        let mut g = Gazetteer::default();
        g.add(
            "place",
            "vijayawada",
            &["Vijayawada".into(), "విజయవాడ".into(), "bezawada".into()],
        );
        g.add(
            "place",
            "hyderabad",
            &["Hyderabad".into(), "హైదరాబాద్".into(), "हैदराबाद".into()],
        );
        g.add("place", "guntur", &["Guntur".into(), "గుంటూరు".into()]);
        g
    }

    #[test]
    fn journey_dates_numbers() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let e = extract(
            &normalize("bus ticket vijayawada to hyderabad tomorrow"),
            &gaz(),
            today,
        );
        assert_eq!(e[0].value, "vijayawada");
        assert_eq!(e[0].role, Some("from"));
        assert_eq!(e[1].value, "hyderabad");
        assert_eq!(e[1].role, Some("to"));
        assert_eq!(e[2].value, "2026-11-25");

        let e = extract(&normalize("హైదరాబాద్ కి గుంటూరు నుండి రేపు"), &gaz(), today);
        assert_eq!((e[0].value.as_str(), e[0].role), ("hyderabad", Some("to")));
        assert_eq!((e[1].value.as_str(), e[1].role), ("guntur", Some("from")));
        assert_eq!(e[2].kind, "date");

        let e = extract(
            &normalize("vijayawda nunchi hyderabad ki 15/12"),
            &gaz(),
            today,
        );
        assert_eq!(e[0].value, "vijayawada");
        assert_eq!(e[2].value, "2026-12-15");

        let e = extract(
            &normalize("my number ९८४९०१२३४५ and service no 1234567890123, pay ₹500"),
            &gaz(),
            today,
        );
        let kinds: Vec<_> = e
            .iter()
            .map(|e| (e.kind.as_str(), e.value.as_str()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("mobile", "9849012345"),
                ("number", "1234567890123"),
                ("amount", "500")
            ]
        );
    }
}
