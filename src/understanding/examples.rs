//! Example utterances written by the language teams: `intents/<lang>/<file>.toml`.
//!
//! ```toml
//! [revenue.income_certificate]
//! native = ["నాకు ఆదాయ ధృవీకరణ పత్రం కావాలి"]
//! romanized = ["naku income certificate kavali"]
//! mixed = ["income certificate ఎలా apply చేయాలి"]
//! ```
//!
//! Tables are service ids, `system.*` (greet, menu, help, language, thanks) or `none.*`
//! (out-of-scope messages, which all mean the intent [`NONE`]).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// The intent of a message that no service or system intent covers.
pub const NONE: &str = "none";
/// System intents: handled by the dialogue itself.
pub const SYSTEM: &[&str] = &["greet", "menu", "help", "language", "thanks"];
/// The forms an example can be written in.
pub const FORMS: &[&str] = &["native", "romanized", "mixed"];
/// The folder under `intents/` of messages kept out of training, to measure on.
pub const HELDOUT: &str = "heldout";

#[derive(Clone, Debug)]
pub struct Example {
    pub text: String,
    /// Service id, `system.<name>`, or [`NONE`].
    pub intent: String,
    /// The table it was written under (differs from `intent` for `none.*` groups).
    pub table: String,
    pub lang: String,
    pub form: String,
    /// `intents/te/revenue.toml:12`
    pub origin: String,
}

#[derive(Debug, Default)]
pub struct Examples {
    pub examples: Vec<Example>,
    /// The languages that have an example folder, sorted.
    pub langs: Vec<String>,
    /// A digest of every example file, so a built index knows when it is stale.
    pub digest: String,
}

/// A problem in an example file.
#[derive(Debug, Clone)]
pub struct ExampleProblem {
    pub origin: String,
    pub message: String,
}

type FileTables = BTreeMap<String, BTreeMap<String, BTreeMap<String, Vec<String>>>>;

impl Examples {
    /// Loads every `intents/<lang>/*.toml` where `<lang>` is a locale folder name (two or three
    /// letters). Files that do not parse are reported, not fatal.
    pub fn load(intents: &Path) -> anyhow::Result<(Examples, Vec<ExampleProblem>)> {
        Self::load_under(intents, "intents")
    }

    /// The held-out messages, `intents/heldout/<lang>/*.toml`, in the examples' format; empty
    /// when there are none.
    pub fn load_heldout(intents: &Path) -> anyhow::Result<(Examples, Vec<ExampleProblem>)> {
        let dir = intents.join(HELDOUT);
        if !dir.is_dir() {
            return Ok((Examples::default(), Vec::new()));
        }
        Self::load_under(&dir, &format!("intents/{HELDOUT}"))
    }

    /// `shown` names the folder in origins (and the digest), as the language teams see it.
    fn load_under(intents: &Path, shown: &str) -> anyhow::Result<(Examples, Vec<ExampleProblem>)> {
        use sha2::{Digest, Sha256};
        let mut examples = Examples::default();
        let mut problems = Vec::new();
        let mut hasher = Sha256::new();
        let mut langs: Vec<_> = fs::read_dir(intents)?
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| (2..=3).contains(&n.len()) && n.chars().all(|c| c.is_ascii_lowercase()))
            .collect();
        langs.sort();
        for lang in &langs {
            let mut files: Vec<_> = fs::read_dir(intents.join(lang))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            files.sort();
            for path in files {
                let shown = format!(
                    "{shown}/{lang}/{}",
                    path.file_name().unwrap_or_default().to_string_lossy()
                );
                let text = fs::read_to_string(&path)?;
                hasher.update(shown.as_bytes());
                hasher.update(text.as_bytes());
                let tables: FileTables = match toml::from_str(&text) {
                    Ok(t) => t,
                    Err(e) => {
                        let line = e
                            .span()
                            .map(|s| text[..s.start].lines().count().max(1))
                            .unwrap_or(1);
                        problems.push(ExampleProblem {
                            origin: format!("{shown}:{line}"),
                            message: format!(
                                "not valid TOML in the example format: {}",
                                e.message()
                            ),
                        });
                        continue;
                    }
                };
                for (top, inner) in tables {
                    for (name, forms) in inner {
                        let table = format!("{top}.{name}");
                        let intent = if top == NONE {
                            NONE.to_string()
                        } else {
                            table.clone()
                        };
                        for (form, utterances) in forms {
                            for u in utterances {
                                let line = line_of(&text, &u);
                                examples.examples.push(Example {
                                    text: u,
                                    intent: intent.clone(),
                                    table: table.clone(),
                                    lang: lang.clone(),
                                    form: form.clone(),
                                    origin: format!("{shown}:{line}"),
                                });
                            }
                        }
                    }
                }
            }
        }
        examples.langs = langs;
        examples.digest = hex::encode(hasher.finalize());
        Ok((examples, problems))
    }

    /// The distinct intents, sorted.
    pub fn intents(&self) -> Vec<String> {
        let mut v: Vec<String> = self.examples.iter().map(|e| e.intent.clone()).collect();
        v.sort();
        v.dedup();
        v
    }
}

/// Line (1-based) of the first occurrence of a quoted string in a file.
fn line_of(text: &str, needle: &str) -> usize {
    let quoted = format!("\"{}\"", needle.replace('\\', "\\\\").replace('"', "\\\""));
    let at = text
        .find(&quoted)
        .or_else(|| text.find(needle))
        .unwrap_or(0);
    text[..at].lines().count().max(1)
}
