//! Free text in the dialogue: a message the current step cannot take is understood, and the
//! citizen lands on the service it asks for, with what it already says filled in. Unsure, the
//! dialogue asks ("did you mean…"); out of scope, it keeps the menu. A typed number never gets
//! here: it always selects on the current menu.

use std::collections::BTreeMap;
use std::io::Write as _;

use chrono::{DateTime, Utc};

use super::prefill::prefill;
use super::{Command, Dialogue, Input, Menu, MenuItem, Session, Step, Turn};
use crate::graph::SlotType;
use crate::locale::{department_msg, service_msg, Lang};
use crate::text::typed_number;
use crate::understanding::{Decision, Understood};

/// What to do with a message, once understood.
enum Intent<'a> {
    Service(&'a str),
    System(&'a str),
}

impl Dialogue {
    /// The first message of a new citizen: a clear request in a language we speak skips the
    /// language menu — the language is the one they wrote in (changeable at any time).
    pub(super) async fn understand_first_message(
        &self,
        session: &mut Session,
        input: &Input,
        now: DateTime<Utc>,
        turn: &mut Turn<'_>,
    ) -> Option<Step> {
        let Input::Text(text) = input else {
            return None;
        };
        if typed_number(text).is_some() || self.command_of(input).is_some() {
            return None;
        }
        let understood = self.understand(text, None, now)?;
        let c = &understood.classification;
        let lang = Lang::new(&c.language.lang);
        if c.decision != Decision::Answer || !self.locales.has(&lang) {
            return None;
        }
        let Intent::Service(service) = self.intent_of(&c.intent)? else {
            return None;
        };
        session.lang = Some(lang.clone());
        turn.lang = lang;
        turn.say("welcome", &[]);
        Some(self.start_understood(service, &understood, now, turn).await)
    }

    /// Free text the current step cannot take. `None`: the step handles the input as before
    /// (re-prompt, "not understood").
    pub(super) async fn understand_free_text(
        &self,
        session: &Session,
        input: &Input,
        now: DateTime<Utc>,
        turn: &mut Turn<'_>,
    ) -> Option<Step> {
        let Input::Text(text) = input else {
            return None;
        };
        if typed_number(text).is_some() || self.command_of(input).is_some() {
            return None;
        }
        let in_slot = match &session.step {
            Step::ChooseLanguage => return None,
            Step::Slot { service, index, .. } => {
                if self.slot_takes(service, *index, input, now) {
                    return None;
                }
                Some(service.as_str())
            }
            _ => None,
        };
        let understood = self.understand(text, Some(turn.lang.as_str()), now)?;
        let c = &understood.classification;
        self.offer_language(c, turn);
        if let Some(current) = in_slot {
            // Mid-service, only a confident request for another service changes course.
            return match (c.decision, self.intent_of(&c.intent)) {
                (Decision::Answer, Some(Intent::Service(s))) if s != current => {
                    Some(self.start_understood(s, &understood, now, turn).await)
                }
                _ => None,
            };
        }
        match c.decision {
            Decision::Answer => match self.intent_of(&c.intent)? {
                Intent::Service(service) => {
                    Some(self.start_understood(service, &understood, now, turn).await)
                }
                Intent::System(name) => Some(self.system_intent(name, session, turn)),
            },
            Decision::Clarify => {
                let options: Vec<String> = std::iter::once(c.intent.clone())
                    .chain(c.alternatives.iter().map(|a| a.intent.clone()))
                    .filter(|i| self.graph.service(i).is_some())
                    .take(3)
                    .collect();
                if options.is_empty() {
                    return None;
                }
                turn.clarify_menu(&options);
                Some(Step::Clarify {
                    text: text.clone(),
                    options,
                })
            }
            Decision::Fallback => None,
        }
    }

    /// A pick on the "did you mean…" menu. The citizen's choice is a correction of the
    /// classifier: it is logged for the language team.
    pub(super) async fn on_clarify(
        &self,
        text: String,
        options: Vec<String>,
        input: &Input,
        now: DateTime<Utc>,
        turn: &mut Turn<'_>,
    ) -> Step {
        match self.pick(input, "svc:", options.len(), |i| options[i].clone()) {
            super::Pick::Item(i) => {
                self.log_correction(&turn.lang, &text, &options, &options[i]);
                let lang = turn.lang.as_str().to_string();
                match self.understand(&text, Some(&lang), now) {
                    Some(u) => self.start_understood(&options[i], &u, now, turn).await,
                    None => self.start_service(&options[i], turn).await,
                }
            }
            super::Pick::OutOfRange => {
                turn.say(
                    "number-out-of-range",
                    &[("max", &options.len().to_string())],
                );
                turn.clarify_menu(&options);
                Step::Clarify { text, options }
            }
            _ => {
                turn.say("not-understood", &[]);
                turn.clarify_menu(&options);
                Step::Clarify { text, options }
            }
        }
    }

    fn understand(
        &self,
        text: &str,
        prior: Option<&str>,
        now: DateTime<Utc>,
    ) -> Option<Understood> {
        let u = self.understanding.as_ref()?;
        match u.understand(text, prior, now.date_naive()) {
            Ok(understood) => {
                let c = &understood.classification;
                tracing::info!(
                    intent = %c.intent,
                    confidence = c.confidence,
                    decision = ?c.decision,
                    lang = %c.language.lang,
                    form = c.language.form,
                    "understood free text"
                );
                Some(understood)
            }
            Err(e) => {
                tracing::warn!(error = %e, "free-text understanding failed; using the menu");
                None
            }
        }
    }

    /// Written in another of our languages' own script: say, in that language, how to switch.
    /// (Romanized text is not enough evidence: "bill", "ticket" are shared by all three.)
    fn offer_language(&self, c: &crate::understanding::Classification, turn: &mut Turn) {
        let written = Lang::new(&c.language.lang);
        if c.language.script == "latin" || written == turn.lang || !self.locales.has(&written) {
            return;
        }
        let offer = self.locales.text(&written, "language-offer", &[]);
        turn.preamble.push(offer);
    }

    fn intent_of<'a>(&'a self, intent: &'a str) -> Option<Intent<'a>> {
        if let Some(name) = intent.strip_prefix("system.") {
            Some(Intent::System(name))
        } else if self.graph.service(intent).is_some() {
            Some(Intent::Service(intent))
        } else {
            None
        }
    }

    /// Whether the slot the step waits for accepts the input as it is.
    fn slot_takes(&self, service: &str, index: usize, input: &Input, now: DateTime<Utc>) -> bool {
        let Some(slot) = self
            .graph
            .service(service)
            .and_then(|s| s.slots.get(index))
            .and_then(|r| self.graph.slot(&r.name))
        else {
            return true;
        };
        let Input::Text(text) = input else {
            return true;
        };
        match &slot.ty {
            // Long free text (a grievance, a description) is the answer whatever it says; a
            // short one (a name, a place) is not when it is plainly a request for a service.
            SlotType::Text { max_len, .. } => *max_len > 100,
            SlotType::Choice { options } => !matches!(
                self.pick_option(input, &slot.name, options),
                super::Pick::Nothing
            ),
            ty => ty
                .parse(text, now.date_naive(), &self.vocabulary.dates)
                .is_ok(),
        }
    }

    async fn start_understood(
        &self,
        service: &str,
        understood: &Understood,
        now: DateTime<Utc>,
        turn: &mut Turn<'_>,
    ) -> Step {
        let values = match self.graph.service(service) {
            Some(svc) => prefill(
                &self.graph,
                svc,
                &understood.entities,
                &self.vocabulary,
                now.date_naive(),
            ),
            None => BTreeMap::new(),
        };
        self.start_service_with(service, values, turn).await
    }

    fn system_intent(&self, name: &str, session: &Session, turn: &mut Turn) -> Step {
        match name {
            "greet" | "menu" => {
                if name == "greet" {
                    turn.say("welcome-back", &[]);
                }
                turn.departments_menu(0);
                Step::Departments { page: 0 }
            }
            "language" => {
                turn.language_menu(false);
                Step::ChooseLanguage
            }
            "thanks" => {
                turn.say("you-are-welcome", &[]);
                turn.anything_else();
                Step::AnythingElse
            }
            _ => {
                // help, and any system intent added to the data before the code knows it.
                let _ = Command::Help;
                turn.say("help", &[]);
                turn.prompt_step(session);
                session.step.clone()
            }
        }
    }

    fn log_correction(&self, lang: &Lang, text: &str, offered: &[String], chosen: &str) {
        tracing::info!(text, chosen, offered = ?offered, "did-you-mean answered");
        let Some(path) = &self.config.corrections_log else {
            return;
        };
        let line = serde_json::json!({
            "time": Utc::now().to_rfc3339(),
            "lang": lang.as_str(),
            "text": text,
            "offered": offered,
            "chosen": chosen,
        });
        let write = || -> std::io::Result<()> {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)?;
            writeln!(f, "{line}")
        };
        if let Err(e) = write() {
            tracing::warn!(error = %e, path = %path.display(), "could not log a correction");
        }
    }
}

impl Turn<'_> {
    /// "Did you mean…": the candidates, then the main menu.
    pub(super) fn clarify_menu(&mut self, options: &[String]) {
        let items = options
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let dept = self
                    .d
                    .graph
                    .service(s)
                    .map(|svc| svc.department.clone())
                    .unwrap_or_default();
                MenuItem {
                    id: format!("svc:{s}"),
                    number: Some(i + 1),
                    title: self.t(&service_msg(s), &[]),
                    description: Some(self.t(&department_msg(&dept), &[])),
                }
            })
            .collect();
        let navigation = vec![MenuItem {
            id: "nav:menu".into(),
            number: Some(0),
            title: self.t("nav-menu", &[]),
            description: None,
        }];
        self.menu(Menu {
            header: None,
            body: self.t("did-you-mean", &[]),
            footer: None,
            button: self.t("menu-button", &[]),
            items,
            navigation,
        });
    }
}
