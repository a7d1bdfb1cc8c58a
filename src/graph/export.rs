//! The graph as data for other tools (`mitra graph --json`) and as a readable outline.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Fulfilment, Graph, ServiceKind, SlotType};
use crate::locale::{department_msg, service_msg, slot_msg, Locales};

#[derive(Serialize)]
pub struct GraphExport {
    pub languages: Vec<String>,
    pub department_count: usize,
    pub service_count: usize,
    pub departments: Vec<DepartmentExport>,
}

/// A name and description in one language.
#[derive(Serialize)]
pub struct Names {
    pub name: String,
    pub description: String,
}

#[derive(Serialize)]
pub struct DepartmentExport {
    pub id: String,
    pub order: u32,
    pub portal: Option<String>,
    pub names: BTreeMap<String, Names>,
    pub services: Vec<ServiceExport>,
}

#[derive(Serialize)]
pub struct ServiceExport {
    pub id: String,
    pub kind: ServiceKind,
    pub fulfilment: Fulfilment,
    pub names: BTreeMap<String, Names>,
    pub slots: Vec<SlotExport>,
}

#[derive(Serialize)]
pub struct SlotExport {
    pub name: String,
    pub optional: bool,
    #[serde(flatten)]
    pub ty: SlotType,
    /// The question, per language.
    pub prompts: BTreeMap<String, String>,
}

pub fn export(graph: &Graph, locales: &Locales) -> GraphExport {
    let langs: Vec<_> = locales.langs().cloned().collect();
    // Text in one language only: a missing message shows as missing, not as a fallback.
    let own = |lang: &crate::locale::Lang, key: &str| {
        locales
            .get(lang)
            .and_then(|l| l.render(key))
            .unwrap_or_default()
    };
    let names = |id: &str| -> BTreeMap<String, Names> {
        langs
            .iter()
            .map(|l| {
                (
                    l.to_string(),
                    Names {
                        name: own(l, id),
                        description: own(l, &format!("{id}.desc")),
                    },
                )
            })
            .collect()
    };
    let departments: Vec<DepartmentExport> = graph
        .departments
        .iter()
        .map(|d| DepartmentExport {
            id: d.id.clone(),
            order: d.order,
            portal: d.portal.clone(),
            names: names(&department_msg(&d.id)),
            services: d
                .services
                .iter()
                .filter_map(|id| graph.services.get(id))
                .map(|s| ServiceExport {
                    id: s.id.clone(),
                    kind: s.kind,
                    fulfilment: s.fulfilment.clone(),
                    names: names(&service_msg(&s.id)),
                    slots: s
                        .slots
                        .iter()
                        .filter_map(|r| graph.slots.get(&r.name).map(|slot| (r, slot)))
                        .map(|(r, slot)| SlotExport {
                            name: r.name.clone(),
                            optional: r.optional,
                            ty: slot.ty.clone(),
                            prompts: langs
                                .iter()
                                .map(|l| (l.to_string(), own(l, &slot_msg(&r.name))))
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    GraphExport {
        languages: langs.iter().map(|l| l.to_string()).collect(),
        department_count: departments.len(),
        service_count: departments.iter().map(|d| d.services.len()).sum(),
        departments,
    }
}

/// One line per department and service, names in every language.
pub fn outline(export: &GraphExport) -> String {
    let mut out = String::new();
    let joined = |names: &BTreeMap<String, Names>| {
        names
            .values()
            .map(|n| n.name.as_str())
            .collect::<Vec<_>>()
            .join(" / ")
    };
    for d in &export.departments {
        out.push_str(&format!(
            "{:>2}. {} — {}\n",
            d.order,
            d.id,
            joined(&d.names)
        ));
        for s in &d.services {
            let slots: Vec<String> = s
                .slots
                .iter()
                .map(|x| {
                    if x.optional {
                        format!("{}?", x.name)
                    } else {
                        x.name.clone()
                    }
                })
                .collect();
            let kind = serde_json::to_value(s.kind)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            out.push_str(&format!(
                "      {} [{kind}] ({}) — {}\n",
                s.id,
                slots.join(", "),
                joined(&s.names)
            ));
        }
    }
    out.push_str(&format!(
        "{} departments, {} services; languages: {}\n",
        export.department_count,
        export.service_count,
        export.languages.join(", ")
    ));
    out
}
