//! The persisted state of one conversation.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::locale::Lang;

/// Where the conversation stands: what the last message asked the citizen for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// Never talked.
    Start,
    ChooseLanguage,
    Departments {
        page: usize,
    },
    Services {
        department: String,
        page: usize,
    },
    /// Collecting input `index` of `service`; `page` pages through a choice's options.
    Slot {
        service: String,
        index: usize,
        values: BTreeMap<String, String>,
        page: usize,
    },
    Confirm {
        service: String,
        values: BTreeMap<String, String>,
    },
    AnythingElse,
    /// "Did you mean…": the services offered for a message the classifier was unsure of.
    Clarify {
        text: String,
        options: Vec<String>,
    },
    /// The citizen said stop; the next message starts again.
    Ended,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub lang: Option<Lang>,
    pub step: Step,
    /// Unix seconds of the last message.
    pub last_seen: i64,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            lang: None,
            step: Step::Start,
            last_seen: 0,
        }
    }
}

impl Session {
    /// Someone whose language is already known (say, from `mitra chat --lang`) and who has not
    /// started a conversation: their first message opens the main menu in that language.
    pub fn in_language(lang: Lang) -> Self {
        Session {
            lang: Some(lang),
            step: Step::Ended,
            last_seen: 0,
        }
    }

    /// A conversation left mid-way for longer than `idle` starts again at the main menu.
    pub fn is_expired(&self, now: DateTime<Utc>, idle: chrono::Duration) -> bool {
        let in_progress = !matches!(self.step, Step::Start | Step::Ended | Step::ChooseLanguage);
        in_progress && self.last_seen > 0 && now.timestamp() - self.last_seen > idle.num_seconds()
    }
}
