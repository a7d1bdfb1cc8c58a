//! The words that work at every step (menu, back, help, ...), loaded from `intents/commands.toml`.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::Deserialize;

use crate::graph::Problem;
use crate::text::fold;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    Greet,
    Menu,
    Back,
    Help,
    Language,
    Stop,
    /// Next page of a menu.
    Next,
    /// Leave an optional input empty.
    Skip,
    Yes,
}

impl Command {
    fn from_name(name: &str) -> Option<Command> {
        Some(match name {
            "greet" => Command::Greet,
            "menu" => Command::Menu,
            "back" => Command::Back,
            "help" => Command::Help,
            "language" => Command::Language,
            "stop" => Command::Stop,
            "next" => Command::Next,
            "skip" => Command::Skip,
            "yes" => Command::Yes,
            _ => return None,
        })
    }

    /// Commands that act at every step; the others only where they make sense.
    pub fn is_global(self) -> bool {
        matches!(
            self,
            Command::Greet
                | Command::Menu
                | Command::Back
                | Command::Help
                | Command::Language
                | Command::Stop
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommandsFile {
    commands: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    dates: BTreeMap<String, Vec<String>>,
}

/// Command words and relative-day words.
#[derive(Debug, Default)]
pub struct Vocabulary {
    words: HashMap<String, Command>,
    /// (offset in days, words), e.g. (1, ["tomorrow", "repu", ...]).
    pub dates: Vec<(i64, Vec<String>)>,
}

impl Vocabulary {
    pub fn load(intents: &Path) -> anyhow::Result<(Vocabulary, Vec<Problem>)> {
        let path = intents.join("commands.toml");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
        let mut problems = Vec::new();
        let problem = |needle: &str, message: String| Problem {
            file: path.clone(),
            line: crate::graph::line_of(&text, needle),
            message,
        };
        let file: CommandsFile = match toml::from_str(&text) {
            Ok(f) => f,
            Err(e) => {
                let line = e
                    .span()
                    .map(|s| text[..s.start].matches('\n').count() + 1)
                    .unwrap_or(1);
                problems.push(Problem {
                    file: path.clone(),
                    line,
                    message: e.message().to_string(),
                });
                return Ok((Vocabulary::default(), problems));
            }
        };
        let mut vocab = Vocabulary::default();
        for (name, words) in &file.commands {
            let Some(command) = Command::from_name(name) else {
                problems.push(problem(name, format!("unknown command `{name}`")));
                continue;
            };
            for word in words {
                let key = fold(word);
                match vocab.words.get(&key) {
                    Some(other) if *other != command => problems.push(problem(
                        &format!("\"{word}\""),
                        format!(
                            "`{word}` is listed under two commands ({other:?} and {command:?})"
                        ),
                    )),
                    _ => {
                        vocab.words.insert(key, command);
                    }
                }
            }
        }
        for (offset, words) in file.dates {
            match offset.parse::<i64>() {
                Ok(days) => vocab.dates.push((days, words)),
                Err(_) => problems.push(problem(
                    &offset,
                    format!("date offset `{offset}` is not a number"),
                )),
            }
        }
        Ok((vocab, problems))
    }

    /// The command a whole message is, if any.
    pub fn command(&self, text: &str) -> Option<Command> {
        self.words.get(&fold(text)).copied()
    }
}
