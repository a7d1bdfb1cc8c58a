//! The service graph: departments, their services and the inputs (slots) each service needs.
//!
//! Loaded from `intents/slots.toml` and `intents/departments/*.toml`; the Rust code never names a
//! department or service.

mod export;
mod slot;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use export::{export, outline, GraphExport};
pub use slot::{parse_date, Invalid, SlotType, SlotValue, When};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    Certificate,
    Payment,
    Booking,
    Status,
    Information,
    Grievance,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Fulfilment {
    /// POST the collected inputs to the department's back-end at `path`.
    Endpoint { path: String },
    /// Send the citizen to a web portal.
    Portal { url: String },
    /// Answer with the service's `.answer` text.
    Info,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Slot {
    pub name: String,
    #[serde(flatten)]
    pub ty: SlotType,
    /// Shown in the re-prompt as `{ $example }`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

/// A slot as a service uses it.
#[derive(Clone, Debug, Serialize)]
pub struct SlotRef {
    pub name: String,
    pub optional: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Service {
    pub id: String,
    pub department: String,
    pub kind: ServiceKind,
    pub slots: Vec<SlotRef>,
    pub fulfilment: Fulfilment,
}

#[derive(Clone, Debug, Serialize)]
pub struct Department {
    pub id: String,
    pub order: u32,
    pub portal: Option<String>,
    /// Service ids in file order.
    pub services: Vec<String>,
    #[serde(skip)]
    pub file: PathBuf,
}

/// The whole graph, with lookups by id.
#[derive(Debug, Default)]
pub struct Graph {
    /// Departments in menu order.
    pub departments: Vec<Department>,
    pub services: BTreeMap<String, Service>,
    pub slots: BTreeMap<String, Slot>,
    /// Where each id was defined: id → (file, line), for diagnostics.
    pub origins: BTreeMap<String, (PathBuf, usize)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SlotsFile {
    #[serde(default)]
    slots: Vec<Slot>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DepartmentFile {
    id: String,
    order: u32,
    #[serde(default)]
    portal: Option<String>,
    #[serde(default)]
    services: Vec<ServiceEntry>,
    #[serde(default)]
    slots: Vec<Slot>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceEntry {
    id: String,
    kind: ServiceKind,
    #[serde(default)]
    slots: Vec<String>,
    fulfilment: Fulfilment,
}

/// A problem in the data, located as `file:line`.
#[derive(Clone, Debug)]
pub struct Problem {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

impl Graph {
    /// Loads the graph from an `intents/` folder. Returns the graph built from every file that
    /// parsed, and the problems found; callers decide whether problems are fatal.
    pub fn load(intents: &Path) -> anyhow::Result<(Graph, Vec<Problem>)> {
        let mut graph = Graph::default();
        let mut problems = Vec::new();

        let slots_path = intents.join("slots.toml");
        if slots_path.exists() {
            let text = read(&slots_path)?;
            match toml::from_str::<SlotsFile>(&text) {
                Ok(file) => {
                    for slot in file.slots {
                        graph.add_slot(slot, &slots_path, &text, &mut problems);
                    }
                }
                Err(e) => problems.push(toml_problem(&slots_path, &text, &e)),
            }
        }

        let dir = intents.join("departments");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        for path in files {
            let text = read(&path)?;
            match toml::from_str::<DepartmentFile>(&text) {
                Ok(file) => graph.add_department(file, &path, &text, &mut problems),
                Err(e) => problems.push(toml_problem(&path, &text, &e)),
            }
        }
        graph.departments.sort_by_key(|d| (d.order, d.id.clone()));
        graph.check_references(&mut problems);
        Ok((graph, problems))
    }

    /// Loads the graph and fails on any problem (for `serve` and `chat`).
    pub fn load_strict(intents: &Path) -> anyhow::Result<Graph> {
        let (graph, problems) = Graph::load(intents)?;
        if !problems.is_empty() {
            let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            anyhow::bail!(
                "the service graph has problems (run `mitra check`):\n{}",
                list.join("\n")
            );
        }
        Ok(graph)
    }

    fn add_slot(&mut self, slot: Slot, path: &Path, text: &str, problems: &mut Vec<Problem>) {
        let line = line_of(text, &format!("\"{}\"", slot.name));
        if let Err(message) = slot.ty.validate_definition() {
            problems.push(Problem {
                file: path.into(),
                line,
                message: format!("slot `{}`: {message}", slot.name),
            });
        }
        let key = format!("slot:{}", slot.name);
        if let Some((f, l)) = self.origins.get(&key) {
            problems.push(Problem {
                file: path.into(),
                line,
                message: format!(
                    "slot `{}` is already defined at {}:{l}",
                    slot.name,
                    f.display()
                ),
            });
            return;
        }
        self.origins.insert(key, (path.into(), line));
        self.slots.insert(slot.name.clone(), slot);
    }

    fn add_department(
        &mut self,
        file: DepartmentFile,
        path: &Path,
        text: &str,
        problems: &mut Vec<Problem>,
    ) {
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let dept_line = line_of(text, "id");
        if file.id != stem {
            problems.push(Problem {
                file: path.into(),
                line: dept_line,
                message: format!(
                    "department id `{}` does not match the file name `{stem}`",
                    file.id
                ),
            });
        }
        if !is_identifier(&file.id) {
            problems.push(Problem {
                file: path.into(),
                line: dept_line,
                message: format!(
                    "department id `{}` must be lowercase letters, digits and '_'",
                    file.id
                ),
            });
        }
        let key = format!("dept:{}", file.id);
        if let Some((f, l)) = self.origins.get(&key) {
            problems.push(Problem {
                file: path.into(),
                line: dept_line,
                message: format!(
                    "department `{}` is already defined at {}:{l}",
                    file.id,
                    f.display()
                ),
            });
            return;
        }
        self.origins.insert(key, (path.into(), dept_line));
        for slot in file.slots {
            self.add_slot(slot, path, text, problems);
        }
        let mut ids = Vec::new();
        for entry in file.services {
            let line = line_of(text, &format!("\"{}\"", entry.id));
            let problem = |message: String| Problem {
                file: path.into(),
                line,
                message,
            };
            match entry.id.split_once('.') {
                Some((d, s)) if d == file.id && is_identifier(s) => {}
                _ => {
                    problems.push(problem(format!(
                        "service id `{}` must be `{}.<service>` (lowercase letters, digits, '_')",
                        entry.id, file.id
                    )));
                    continue;
                }
            }
            let key = format!("svc:{}", entry.id);
            if let Some((f, l)) = self.origins.get(&key) {
                problems.push(problem(format!(
                    "service `{}` is already defined at {}:{l}",
                    entry.id,
                    f.display()
                )));
                continue;
            }
            self.origins.insert(key, (path.into(), line));
            let slots = entry
                .slots
                .iter()
                .map(|s| match s.strip_suffix('?') {
                    Some(name) => SlotRef {
                        name: name.to_string(),
                        optional: true,
                    },
                    None => SlotRef {
                        name: s.clone(),
                        optional: false,
                    },
                })
                .collect();
            ids.push(entry.id.clone());
            self.services.insert(
                entry.id.clone(),
                Service {
                    id: entry.id,
                    department: file.id.clone(),
                    kind: entry.kind,
                    slots,
                    fulfilment: entry.fulfilment,
                },
            );
        }
        self.departments.push(Department {
            id: file.id,
            order: file.order,
            portal: file.portal,
            services: ids,
            file: path.into(),
        });
    }

    fn check_references(&self, problems: &mut Vec<Problem>) {
        for svc in self.services.values() {
            let (file, line) = self.origins[&format!("svc:{}", svc.id)].clone();
            let mut seen = std::collections::HashSet::new();
            for slot in &svc.slots {
                if !self.slots.contains_key(&slot.name) {
                    problems.push(Problem {
                        file: file.clone(),
                        line,
                        message: format!("service `{}` uses unknown slot `{}`", svc.id, slot.name),
                    });
                }
                if !seen.insert(&slot.name) {
                    problems.push(Problem {
                        file: file.clone(),
                        line,
                        message: format!(
                            "service `{}` asks for slot `{}` twice",
                            svc.id, slot.name
                        ),
                    });
                }
            }
            if let Fulfilment::Endpoint { path } | Fulfilment::Portal { url: path } =
                &svc.fulfilment
            {
                if path.trim().is_empty() {
                    problems.push(Problem {
                        file: file.clone(),
                        line,
                        message: format!("service `{}` has an empty fulfilment path/url", svc.id),
                    });
                }
            }
        }
        let mut orders = BTreeMap::new();
        for d in &self.departments {
            if let Some(other) = orders.insert(d.order, d.id.clone()) {
                let (file, line) = self.origins[&format!("dept:{}", d.id)].clone();
                problems.push(Problem {
                    file,
                    line,
                    message: format!(
                        "department `{}` has the same order {} as `{other}`",
                        d.id, d.order
                    ),
                });
            }
        }
    }

    pub fn department(&self, id: &str) -> Option<&Department> {
        self.departments.iter().find(|d| d.id == id)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.get(id)
    }

    pub fn slot(&self, name: &str) -> Option<&Slot> {
        self.slots.get(name)
    }
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// 1-based line of the first occurrence of `needle` (1 if absent).
pub fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle)
        .map(|i| text[..i].matches('\n').count() + 1)
        .unwrap_or(1)
}

fn toml_problem(path: &Path, text: &str, e: &toml::de::Error) -> Problem {
    let line = e
        .span()
        .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
        .unwrap_or(1);
    Problem {
        file: path.into(),
        line,
        message: e.message().to_string(),
    }
}
