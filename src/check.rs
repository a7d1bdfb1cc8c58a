//! `mitra check`: validates the service graph, the command words and every locale, reporting
//! each problem as `file:line: message` so language teams can fix it without reading Rust.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::dialogue::messages::{MESSAGES, SHORT_TITLES};
use crate::dialogue::Vocabulary;
use crate::graph::{Fulfilment, Graph, SlotType};
use crate::locale::{department_msg, option_msg, service_msg, slot_msg, Locales};
use crate::render::limits;
use crate::understanding::examples::{Example, FORMS, NONE, SYSTEM};

/// A menu row shows its number before the name ("12. "), so a name may use what is left.
const NAME_MAX: usize = limits::ROW_TITLE - 4;

pub struct Report {
    pub graph: Graph,
    pub locales: Locales,
    pub vocabulary: Vocabulary,
    /// Every problem, as `file:line: message`, sorted.
    pub problems: Vec<String>,
    /// Problems a citizen would notice but that do not break a conversation (text too long for
    /// a list row is shortened with "…"), and problems of the held-out messages, which only
    /// the measurement reads. `mitra check` fails on them; `serve` only logs them.
    pub warnings: Vec<String>,
    /// Number of example utterances for free-text understanding.
    pub examples: usize,
}

impl Report {
    /// One line for the operator: what was checked and how it went.
    pub fn summary(&self) -> String {
        let langs: Vec<&str> = self.locales.langs().map(|l| l.as_str()).collect();
        let n = self.problems.len() + self.warnings.len();
        let state = if n == 0 {
            "ok".to_string()
        } else {
            format!("{n} problem(s)")
        };
        format!(
            "{state}: {} departments, {} services, {} slots, {} locales ({}), {} example utterances",
            self.graph.departments.len(),
            self.graph.services.len(),
            self.graph.slots.len(),
            langs.len(),
            langs.join(", "),
            self.examples
        )
    }
}

/// What a message must look like: its attributes, its variables (when fixed by the code) and
/// the longest its text may be.
struct Expected {
    id: String,
    attrs: Vec<&'static str>,
    /// Attributes allowed but not required.
    optional_attrs: Vec<&'static str>,
    vars: Option<Vec<String>>,
    /// Variables each attribute may use.
    attr_vars: BTreeMap<&'static str, Vec<String>>,
    max_len: Option<usize>,
    desc_max_len: Option<usize>,
    /// What needs it, for the message: `file:line` and a description.
    needed_by: (PathBuf, usize, String),
}

impl Expected {
    fn new(id: String, needed_by: (PathBuf, usize, String)) -> Self {
        Expected {
            id,
            attrs: vec![],
            optional_attrs: vec![],
            vars: Some(vec![]),
            attr_vars: BTreeMap::new(),
            max_len: None,
            desc_max_len: None,
            needed_by,
        }
    }
}

pub fn run(intents: &Path, locales_dir: &Path) -> anyhow::Result<Report> {
    let (graph, graph_problems) = Graph::load(intents)?;
    let (vocabulary, vocab_problems) = Vocabulary::load(intents)?;
    let locales = Locales::load(locales_dir)?;
    let mut problems: Vec<String> = graph_problems
        .iter()
        .chain(&vocab_problems)
        .map(|p| p.to_string())
        .collect();
    for locale in locales.iter() {
        problems.extend(locale.problems.iter().cloned());
    }

    if graph.departments.is_empty() {
        problems.push(format!(
            "{}: no departments: a citizen would have nothing to choose",
            intents.join("departments").display()
        ));
    }
    let expected = expected_messages(&graph, locales_dir);
    let mut warnings = Vec::new();
    check_messages(&locales, &expected, &mut problems, &mut warnings);
    check_consistency(&locales, &expected, &mut problems);
    let examples = check_examples(intents, &graph, &locales, &mut problems, &mut warnings)?;

    problems.sort();
    problems.dedup();
    warnings.sort();
    warnings.dedup();
    Ok(Report {
        graph,
        locales,
        vocabulary,
        problems,
        warnings,
        examples,
    })
}

/// The language teams' example utterances (`intents/<lang>/*.toml`): every table names a
/// service, a system intent or an out-of-scope group; forms are known; no utterance is given
/// to two intents (that teaches the classifier a contradiction); every service has examples in
/// every language (otherwise citizens of that language cannot reach it by free text).
fn check_examples(
    intents: &Path,
    graph: &Graph,
    locales: &Locales,
    problems: &mut Vec<String>,
    warnings: &mut Vec<String>,
) -> anyhow::Result<usize> {
    use crate::understanding::normalize::normalize;
    use std::collections::{BTreeSet, HashMap};

    let (examples, load_problems) = crate::understanding::Examples::load(intents)?;
    for p in load_problems {
        problems.push(format!("{}: {}", p.origin, p.message));
    }
    let mut seen: HashMap<(String, String), (String, String)> = HashMap::new();
    let mut covered: BTreeSet<(String, String)> = BTreeSet::new();
    let mut reported_tables = BTreeSet::new();
    for e in &examples.examples {
        if !names_an_intent(e, graph)
            && reported_tables.insert((
                e.origin.split(':').next().unwrap_or("").to_string(),
                e.table.clone(),
            ))
        {
            problems.push(not_an_intent(e));
            continue;
        }
        problems.extend(not_a_form(e));
        covered.insert((e.lang.clone(), e.intent.clone()));
        let key = (e.lang.clone(), normalize(&e.text));
        match seen.get(&key) {
            Some((intent, origin)) if *intent != e.intent => problems.push(format!(
                "{}: \"{}\" is also an example of {} ({origin}); one utterance cannot mean two things",
                e.origin, e.text, intent
            )),
            Some((_, origin)) => {
                warnings.push(format!("{}: \"{}\" repeats {origin}", e.origin, e.text))
            }
            None => {
                seen.insert(key, (e.intent.clone(), e.origin.clone()));
            }
        }
    }
    check_heldout(intents, graph, &seen, warnings)?;
    for lang in locales.langs() {
        let lang = lang.as_str();
        if !examples.langs.iter().any(|l| l == lang) {
            warnings.push(format!(
                "{}: no example utterances for {lang}: free text in {lang} cannot be understood",
                intents.join(lang).display()
            ));
            continue;
        }
        for id in graph.services.keys() {
            if !covered.contains(&(lang.to_string(), id.clone())) {
                warnings.push(format!(
                    "{}: service {id} has no examples in {lang}: citizens writing {lang} cannot reach it by free text",
                    intents.join(lang).display()
                ));
            }
        }
    }
    Ok(examples.examples.len())
}

/// Whether an example's table is a service, a system intent or an out-of-scope group.
fn names_an_intent(e: &Example, graph: &Graph) -> bool {
    if let Some(name) = e.table.strip_prefix("system.") {
        SYSTEM.contains(&name)
    } else {
        e.intent == NONE || graph.service(&e.intent).is_some()
    }
}

fn not_an_intent(e: &Example) -> String {
    format!(
        "{}: `[{}]` is not a service id, `system.<{}>` or `none.<group>`",
        e.origin,
        e.table,
        SYSTEM.join("|")
    )
}

fn not_a_form(e: &Example) -> Option<String> {
    (!FORMS.contains(&e.form.as_str())).then(|| {
        format!(
            "{}: `{}` is not a form (use {})",
            e.origin,
            e.form,
            FORMS.join(", ")
        )
    })
}

/// The held-out messages (`intents/heldout/<lang>/*.toml`) name known intents and forms, and
/// none of them is also a training example (`trained`: language and normalized text → intent
/// and origin): one that is measures nothing. Only `mitra eval` reads them, so these are
/// warnings: the service runs without them.
fn check_heldout(
    intents: &Path,
    graph: &Graph,
    trained: &std::collections::HashMap<(String, String), (String, String)>,
    warnings: &mut Vec<String>,
) -> anyhow::Result<()> {
    use crate::understanding::normalize::normalize;

    let (heldout, load_problems) = crate::understanding::Examples::load_heldout(intents)?;
    for p in load_problems {
        warnings.push(format!("{}: {}", p.origin, p.message));
    }
    for e in &heldout.examples {
        if !names_an_intent(e, graph) {
            warnings.push(not_an_intent(e));
        }
        warnings.extend(not_a_form(e));
        if let Some((_, origin)) = trained.get(&(e.lang.clone(), normalize(&e.text))) {
            warnings.push(format!(
                "{}: \"{}\" is also a training example ({origin}); a held-out message must not be trained on",
                e.origin, e.text
            ));
        }
    }
    Ok(())
}

fn expected_messages(graph: &Graph, locales_dir: &Path) -> Vec<Expected> {
    let mut out = Vec::new();
    let ui = (locales_dir.to_path_buf(), 0, "the conversation".to_string());
    for (id, vars) in MESSAGES {
        let mut e = Expected::new(id.to_string(), ui.clone());
        let mut vars: Vec<String> = vars.iter().map(|v| v.to_string()).collect();
        vars.sort();
        e.vars = Some(vars);
        e.max_len = SHORT_TITLES.iter().find(|(t, _)| t == id).map(|(_, n)| *n);
        if *id == "language-name" {
            e.optional_attrs.push("aliases");
            e.max_len = Some(NAME_MAX);
        }
        out.push(e);
    }
    for dept in &graph.departments {
        let (file, line) = graph
            .origins
            .get(&format!("dept:{}", dept.id))
            .cloned()
            .unwrap_or((dept.file.clone(), 1));
        let mut e = Expected::new(
            department_msg(&dept.id),
            (file, line, format!("department `{}`", dept.id)),
        );
        e.attrs.push("desc");
        e.max_len = Some(NAME_MAX);
        e.desc_max_len = Some(limits::ROW_DESCRIPTION);
        out.push(e);
    }
    for svc in graph.services.values() {
        let (file, line) = graph
            .origins
            .get(&format!("svc:{}", svc.id))
            .cloned()
            .unwrap_or_default();
        let mut e = Expected::new(
            service_msg(&svc.id),
            (file, line, format!("service `{}`", svc.id)),
        );
        e.attrs.push("desc");
        if svc.fulfilment == Fulfilment::Info {
            e.attrs.push("answer");
        }
        e.max_len = Some(NAME_MAX);
        e.desc_max_len = Some(limits::ROW_DESCRIPTION);
        out.push(e);
    }
    for slot in graph.slots.values() {
        let (file, line) = graph
            .origins
            .get(&format!("slot:{}", slot.name))
            .cloned()
            .unwrap_or_default();
        let needed = (file, line, format!("slot `{}`", slot.name));
        let mut e = Expected::new(slot_msg(&slot.name), needed.clone());
        e.attrs.extend(["label", "invalid"]);
        let example_vars = if slot.example.is_some() {
            vec!["example".to_string()]
        } else {
            vec![]
        };
        e.attr_vars.insert("invalid", example_vars);
        out.push(e);
        if let SlotType::Choice { options } = &slot.ty {
            for option in options {
                let mut e = Expected::new(
                    option_msg(&slot.name, option),
                    (
                        needed.0.clone(),
                        needed.1,
                        format!("option `{option}` of slot `{}`", slot.name),
                    ),
                );
                e.max_len = Some(NAME_MAX);
                out.push(e);
            }
        }
    }
    out
}

/// Every expected message exists in every language with the right attributes, variables and
/// lengths.
fn check_messages(
    locales: &Locales,
    expected: &[Expected],
    problems: &mut Vec<String>,
    warnings: &mut Vec<String>,
) {
    for locale in locales.iter() {
        let lang = &locale.lang;
        let where_ = |key: &str| locale.entries.get(key).map(|(o, _)| o.to_string());
        for e in expected {
            let (file, line, what) = &e.needed_by;
            let Some((origin, vars)) = locale.entries.get(&e.id) else {
                // Point at the file that needs it, or else at the same message in another language.
                let elsewhere = locales
                    .iter()
                    .find_map(|l| l.entries.get(&e.id).map(|(o, _)| o.to_string()));
                let at = match (*line, elsewhere) {
                    (0, Some(o)) => o,
                    (0, None) => format!("{}/{lang}", file.display()),
                    _ => format!("{}:{line}", file.display()),
                };
                problems.push(format!(
                    "{at}: {what} needs message `{}` in {lang}, which is missing",
                    e.id
                ));
                continue;
            };
            if let Some(want) = &e.vars {
                if vars != want {
                    problems.push(format!(
                        "{origin}: `{}` must use the variables {} but uses {}",
                        e.id,
                        show(want),
                        show(vars)
                    ));
                }
            }
            if let (Some(max), Some(text)) = (e.max_len, locale.render(&e.id)) {
                let n = text.chars().count();
                if n > max {
                    warnings.push(format!("{origin}: `{}` is {n} characters; at most {max} fit a WhatsApp row with its number: \"{text}\"", e.id));
                }
            }
            for attr in &e.attrs {
                let key = format!("{}.{attr}", e.id);
                let Some((attr_origin, attr_vars)) = locale.entries.get(&key) else {
                    problems.push(format!(
                        "{origin}: `{}` needs the attribute `.{attr}` in {lang}",
                        e.id
                    ));
                    continue;
                };
                let allowed = e.attr_vars.get(attr).cloned().unwrap_or_default();
                if let Some(v) = attr_vars.iter().find(|v| !allowed.contains(v)) {
                    problems.push(format!("{attr_origin}: `{key}` uses `${v}`, which is never given here (allowed: {})", show(&allowed)));
                }
                if *attr == "desc" {
                    if let (Some(max), Some(text)) = (e.desc_max_len, locale.render(&key)) {
                        let n = text.chars().count();
                        if n > max {
                            warnings.push(format!("{attr_origin}: `{key}` is {n} characters; WhatsApp allows {max}: \"{text}\""));
                        }
                    }
                }
            }
            // Attributes nobody reads are usually typos (`.dsc`).
            let prefix = format!("{}.", e.id);
            for (key, _) in locale.entries.range(prefix.clone()..) {
                let Some(attr) = key.strip_prefix(&prefix) else {
                    break;
                };
                if !e.attrs.contains(&attr) && !e.optional_attrs.contains(&attr) {
                    problems.push(format!(
                        "{}: `{key}` is not used (expected attributes: {})",
                        where_(key).unwrap_or_default(),
                        e.attrs.join(", ")
                    ));
                }
            }
        }
        // Graph messages that name nothing in the graph: a typo or a removed service.
        let known: BTreeSet<&str> = expected.iter().map(|e| e.id.as_str()).collect();
        for (key, (origin, _)) in &locale.entries {
            if key.contains('.') {
                continue;
            }
            let graph_like = ["dept-", "svc-", "slot-", "opt-"]
                .iter()
                .any(|p| key.starts_with(p));
            if graph_like && !known.contains(key.as_str()) {
                problems.push(format!(
                    "{origin}: `{key}` names no department, service, slot or option in intents/"
                ));
            }
        }
    }
}

/// Whatever one language defines, every language defines, with the same variables.
fn check_consistency(locales: &Locales, expected: &[Expected], problems: &mut Vec<String>) {
    let fixed: BTreeSet<&str> = expected
        .iter()
        .filter(|e| e.vars.is_some())
        .map(|e| e.id.as_str())
        .collect();
    let all: Vec<_> = locales.iter().collect();
    for a in &all {
        for (key, (origin, vars)) in &a.entries {
            for b in &all {
                if a.lang == b.lang {
                    continue;
                }
                match b.entries.get(key) {
                    None => {
                        let base = key.split('.').next().unwrap_or(key);
                        // Missing expected messages are already reported once, by what needs them.
                        if !fixed.contains(base) && !key.ends_with(".aliases") {
                            problems
                                .push(format!("{origin}: `{key}` has no {} translation", b.lang));
                        }
                    }
                    Some((other, other_vars))
                        if other_vars != vars
                            && a.lang < b.lang
                            && !fixed.contains(key.as_str()) =>
                    {
                        problems.push(format!(
                            "{other}: `{key}` uses the variables {} in {} but {} in {} ({origin})",
                            show(other_vars),
                            b.lang,
                            show(vars),
                            a.lang
                        ));
                    }
                    _ => {}
                }
            }
        }
    }
}

fn show(vars: &[String]) -> String {
    if vars.is_empty() {
        "none".to_string()
    } else {
        vars.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
