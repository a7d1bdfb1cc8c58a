//! The conversation with one citizen: a persisted state machine from greeting to a fulfilled
//! service. It knows nothing about HTTP or WhatsApp: it takes an [`Input`] and returns
//! [`Reply`]s, which the rendering stage turns into lists, buttons or numbered text.

pub mod commands;
pub mod messages;
mod prefill;
mod state;
mod understand;

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};

use crate::fulfilment::{Fulfiller, FulfilmentRequest, Outcome};
use crate::graph::{Fulfilment, Graph, Invalid, Service, SlotType};
use crate::locale::{department_msg, option_msg, service_msg, slot_msg, Lang, Locales};
use crate::text::{fold, typed_number};
use crate::understanding::Understanding;

pub use commands::{Command, Vocabulary};
pub use state::{Session, Step};

/// What the citizen sent, independent of the channel.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    Text(String),
    /// A tapped list row or button: its id, and its title as a fallback.
    Choice {
        id: String,
        title: String,
    },
    /// Media the dialogue cannot use yet (voice notes before transcription, images...).
    Media(MediaKind),
    Location,
    /// A message type the channel could not represent.
    Unsupported,
    /// Text transcribed from a voice note: echoed back ("I heard: …") so the citizen can tell
    /// a mishearing, then answered exactly like typed text.
    Heard(String),
    /// A voice note that could not be turned into text.
    VoiceProblem(VoiceProblem),
}

/// Why a voice note gave no text; each has its own reply, so the citizen knows what to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoiceProblem {
    /// Not audio we can decode (AMR, a corrupt file, another kind of file).
    Unsupported,
    /// Longer than the two minutes we transcribe.
    TooLong,
    /// Larger than WhatsApp's 16 MB audio limit.
    TooBig,
    /// Empty, silent, or nothing Whisper could make words of.
    NothingHeard,
    /// The speech model or the media download failed: not the citizen's fault.
    Unavailable,
}

impl VoiceProblem {
    /// The message id of the reply.
    pub fn message(self) -> &'static str {
        match self {
            VoiceProblem::Unsupported => "voice-unsupported",
            VoiceProblem::TooLong => "voice-too-long",
            VoiceProblem::TooBig => "voice-too-big",
            VoiceProblem::NothingHeard => "voice-nothing-heard",
            VoiceProblem::Unavailable => "voice-unavailable",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaKind {
    Audio,
    Image,
    Document,
    Video,
    Sticker,
}

/// One message to the citizen.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    Text(String),
    Menu(Menu),
}

/// A choice among items. Items carry global numbers: the number a citizen types selects the item
/// whatever page is showing.
#[derive(Clone, Debug, PartialEq)]
pub struct Menu {
    pub header: Option<String>,
    pub body: String,
    pub footer: Option<String>,
    /// Label of the button that opens a list.
    pub button: String,
    pub items: Vec<MenuItem>,
    /// Paging and navigation rows (next page, main menu...), shown after the items.
    pub navigation: Vec<MenuItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MenuItem {
    pub id: String,
    pub number: Option<usize>,
    pub title: String,
    pub description: Option<String>,
}

/// Tunables of the conversation.
#[derive(Clone, Debug)]
pub struct DialogueConfig {
    /// After this much silence a conversation starts again from the main menu.
    pub session_idle: chrono::Duration,
    /// Items per menu page (WhatsApp lists hold 10 rows, navigation included).
    pub page_size: usize,
    /// Name of the service shown to citizens when a locale does not override `brand`.
    pub brand: Option<String>,
    /// JSON lines of "did you mean…" answers, for the language teams (none: not kept).
    pub corrections_log: Option<std::path::PathBuf>,
}

impl Default for DialogueConfig {
    fn default() -> Self {
        DialogueConfig {
            session_idle: chrono::Duration::minutes(30),
            page_size: 8,
            brand: None,
            corrections_log: None,
        }
    }
}

pub struct Dialogue {
    pub graph: Arc<Graph>,
    pub locales: Arc<Locales>,
    pub vocabulary: Arc<Vocabulary>,
    fulfiller: Arc<dyn Fulfiller>,
    config: DialogueConfig,
    /// Free-text understanding; without it the service is the numbered menu of phase one.
    understanding: Option<Arc<Understanding>>,
}

/// Builds the replies of one turn in the citizen's language.
struct Turn<'a> {
    d: &'a Dialogue,
    lang: Lang,
    replies: Vec<Reply>,
    /// Text to put before the next menu (merged into its body, to send fewer messages).
    preamble: Vec<String>,
}

impl Dialogue {
    pub fn new(
        graph: Arc<Graph>,
        locales: Arc<Locales>,
        vocabulary: Arc<Vocabulary>,
        fulfiller: Arc<dyn Fulfiller>,
        config: DialogueConfig,
    ) -> Self {
        Dialogue {
            graph,
            locales,
            vocabulary,
            fulfiller,
            config,
            understanding: None,
        }
    }

    /// Adds free-text understanding (language, intent, entities) to the menus.
    pub fn with_understanding(mut self, understanding: Option<Arc<Understanding>>) -> Self {
        self.understanding = understanding;
        self
    }

    /// Advances `session` by one citizen message and returns what to send back.
    pub async fn handle(
        &self,
        session: &mut Session,
        input: Input,
        now: DateTime<Utc>,
    ) -> Vec<Reply> {
        let expired = session.is_expired(now, self.config.session_idle);
        session.last_seen = now.timestamp();
        let lang = session
            .lang
            .clone()
            .unwrap_or_else(|| self.locales.default_lang().clone());
        let mut turn = Turn {
            d: self,
            lang,
            replies: Vec::new(),
            preamble: Vec::new(),
        };
        // What was heard is shown first; from here on it is typed text.
        let input = match input {
            Input::Heard(text) => {
                turn.say("voice-heard", &[("text", text.trim())]);
                Input::Text(text)
            }
            other => other,
        };

        if session.lang.is_none() || matches!(session.step, Step::Start) {
            // A first message, whatever it says, is answered with the language choice; a
            // language typed or tapped right away is taken.
            let on_menu = matches!(session.step, Step::ChooseLanguage).then_some(&session.step);
            if let Some(lang) = self.language_in(&input, on_menu) {
                self.set_language(session, lang, &mut turn);
                return turn.finish();
            }
            if let Some(step) = self
                .understand_first_message(session, &input, now, &mut turn)
                .await
            {
                session.step = step;
                return turn.finish();
            }
            session.step = Step::ChooseLanguage;
            turn.language_menu(true);
            return turn.finish();
        }

        // A conversation saved before the data changed may point at a service that is gone.
        let stale = !self.step_is_valid(&session.step);
        if stale {
            tracing::info!(step = ?session.step, "saved step refers to data that no longer exists; back to the main menu");
        }
        if expired || stale {
            session.step = Step::Departments { page: 0 };
            turn.say("session-resumed", &[]);
            if !matches!(input, Input::Text(_) | Input::Choice { .. })
                || self.command_of(&input).is_none()
            {
                turn.departments_menu(0);
                return turn.finish();
            }
        }

        match &input {
            Input::Media(kind) => {
                turn.say(media_message(*kind), &[]);
                turn.prompt_step(session);
                return turn.finish();
            }
            Input::Location => {
                turn.say("location-not-needed", &[]);
                turn.prompt_step(session);
                return turn.finish();
            }
            Input::Unsupported => {
                turn.say("unsupported-message", &[]);
                turn.prompt_step(session);
                return turn.finish();
            }
            Input::VoiceProblem(problem) => {
                turn.say(problem.message(), &[]);
                turn.prompt_step(session);
                return turn.finish();
            }
            // Turned into text above.
            Input::Heard(_) => {}
            Input::Text(_) | Input::Choice { .. } => {}
        }

        if let Some(command) = self.command_of(&input) {
            if command.is_global() {
                self.global_command(session, command, &mut turn);
                return turn.finish();
            }
        }

        if let Some(id) = choice_id(&input) {
            if let Some(code) = id.strip_prefix("lang:") {
                let lang = Lang::new(code);
                if self.locales.has(&lang) {
                    self.set_language(session, lang, &mut turn);
                    return turn.finish();
                }
            }
        }

        if let Some(step) = self
            .understand_free_text(session, &input, now, &mut turn)
            .await
        {
            session.step = step;
            return turn.finish();
        }

        let step = std::mem::replace(&mut session.step, Step::Start);
        session.step = match step {
            Step::Start | Step::Ended => {
                turn.say("welcome-back", &[]);
                turn.departments_menu(0);
                Step::Departments { page: 0 }
            }
            Step::ChooseLanguage => match self.language_in(&input, Some(&session.step)) {
                Some(lang) => {
                    self.set_language(session, lang, &mut turn);
                    return turn.finish();
                }
                None => {
                    turn.language_menu(false);
                    Step::ChooseLanguage
                }
            },
            Step::Departments { page } => self.on_departments(page, &input, &mut turn),
            Step::Services { department, page } => {
                self.on_services(department, page, &input, &mut turn).await
            }
            Step::Slot {
                service,
                index,
                values,
                page,
            } => {
                self.on_slot(
                    service,
                    index,
                    values,
                    page,
                    &input,
                    &mut turn,
                    session.last_seen,
                )
                .await
            }
            Step::Confirm { service, values } => {
                self.on_confirm(service, values, &input, &mut turn).await
            }
            Step::AnythingElse => self.on_anything_else(&input, &mut turn),
            Step::Clarify { text, options } => {
                self.on_clarify(text, options, &input, now, &mut turn).await
            }
        };
        turn.finish()
    }

    fn step_is_valid(&self, step: &Step) -> bool {
        match step {
            Step::Services { department, .. } => self.graph.department(department).is_some(),
            Step::Slot { service, index, .. } => self
                .graph
                .service(service)
                .is_some_and(|s| *index < s.slots.len()),
            Step::Confirm { service, .. } => self.graph.service(service).is_some(),
            Step::Clarify { options, .. } => {
                options.iter().all(|s| self.graph.service(s).is_some())
            }
            _ => true,
        }
    }

    fn command_of(&self, input: &Input) -> Option<Command> {
        match input {
            Input::Text(t) => self.vocabulary.command(t),
            Input::Choice { id, .. } => match id.as_str() {
                "nav:menu" => Some(Command::Menu),
                "nav:stop" => Some(Command::Stop),
                "nav:next" => Some(Command::Next),
                "nav:back" => Some(Command::Back),
                "confirm:yes" => Some(Command::Yes),
                _ => None,
            },
            _ => None,
        }
    }

    fn global_command(&self, session: &mut Session, command: Command, turn: &mut Turn) {
        match command {
            Command::Greet => {
                turn.say("welcome", &[]);
                turn.departments_menu(0);
                session.step = Step::Departments { page: 0 };
            }
            Command::Menu => {
                turn.departments_menu(0);
                session.step = Step::Departments { page: 0 };
            }
            Command::Back => {
                session.step = self.step_back(std::mem::replace(&mut session.step, Step::Start));
                turn.prompt_step(session);
            }
            Command::Help => {
                turn.say("help", &[]);
                turn.prompt_step(session);
            }
            Command::Language => {
                session.step = Step::ChooseLanguage;
                turn.language_menu(false);
            }
            Command::Stop => {
                turn.say("goodbye", &[]);
                session.step = Step::Ended;
            }
            Command::Next | Command::Skip | Command::Yes => {}
        }
    }

    /// The step before this one: previous input, service list, department list.
    fn step_back(&self, step: Step) -> Step {
        match step {
            Step::Slot {
                service,
                index,
                mut values,
                ..
            } if index > 0 => {
                let svc = &self.graph.services[&service];
                let previous = &svc.slots[index - 1].name;
                values.remove(previous);
                Step::Slot {
                    service,
                    index: index - 1,
                    values,
                    page: 0,
                }
            }
            Step::Slot { service, .. } | Step::Confirm { service, .. } => {
                let department = self.graph.services[&service].department.clone();
                Step::Services {
                    department,
                    page: 0,
                }
            }
            Step::Services { page, department } if page > 0 => Step::Services {
                department,
                page: page - 1,
            },
            Step::Departments { page } if page > 0 => Step::Departments { page: page - 1 },
            _ => Step::Departments { page: 0 },
        }
    }

    fn set_language(&self, session: &mut Session, lang: Lang, turn: &mut Turn) {
        let first_time = session.lang.is_none();
        session.lang = Some(lang.clone());
        turn.lang = lang;
        turn.say(
            if first_time {
                "welcome"
            } else {
                "language-changed"
            },
            &[],
        );
        turn.departments_menu(0);
        session.step = Step::Departments { page: 0 };
    }

    /// A language named by a tap, a number on the language menu, a code or its own name.
    fn language_in(&self, input: &Input, on_menu: Option<&Step>) -> Option<Lang> {
        let langs: Vec<&Lang> = self.locales.langs().collect();
        match input {
            Input::Choice { id, .. } => id
                .strip_prefix("lang:")
                .map(Lang::new)
                .filter(|l| self.locales.has(l)),
            Input::Text(t) => {
                if on_menu.is_some() {
                    if let Some(n) = typed_number(t) {
                        return langs.get(n.wrapping_sub(1)).map(|l| (*l).clone());
                    }
                }
                let f = fold(t);
                langs
                    .into_iter()
                    .find(|l| {
                        // Language codes are not matched: "hi" is a greeting far more often
                        // than a request for Hindi. Aliases list what people type.
                        self.locales.get(l).is_some_and(|loc| {
                            loc.has("language-name")
                                && fold(&self.locales.text(l, "language-name", &[])) == f
                        }) || self
                            .locales
                            .try_attr(l, "language-name", "aliases")
                            .is_some_and(|a| a.split(',').any(|w| fold(w) == f))
                    })
                    .cloned()
            }
            _ => None,
        }
    }

    fn on_departments(&self, page: usize, input: &Input, turn: &mut Turn) -> Step {
        let depts = &self.graph.departments;
        match self.pick(input, "dept:", depts.len(), |i| depts[i].id.clone()) {
            Pick::Item(i) => {
                let dept = depts[i].id.clone();
                turn.services_menu(&dept, 0);
                Step::Services {
                    department: dept,
                    page: 0,
                }
            }
            Pick::Next => {
                let page = turn.next_page(page, depts.len());
                turn.departments_menu(page);
                Step::Departments { page }
            }
            Pick::OutOfRange => {
                turn.say("number-out-of-range", &[("max", &depts.len().to_string())]);
                turn.departments_menu(page);
                Step::Departments { page }
            }
            Pick::Nothing => {
                turn.say("not-understood", &[]);
                turn.departments_menu(page);
                Step::Departments { page }
            }
        }
    }

    async fn on_services(
        &self,
        department: String,
        page: usize,
        input: &Input,
        turn: &mut Turn<'_>,
    ) -> Step {
        let Some(dept) = self.graph.department(&department) else {
            turn.departments_menu(0);
            return Step::Departments { page: 0 };
        };
        let services = &dept.services;
        match self.pick(input, "svc:", services.len(), |i| services[i].clone()) {
            Pick::Item(i) => {
                let service = services[i].clone();
                self.start_service(&service, turn).await
            }
            Pick::Next => {
                let page = turn.next_page(page, services.len());
                turn.services_menu(&department, page);
                Step::Services { department, page }
            }
            Pick::OutOfRange => {
                turn.say(
                    "number-out-of-range",
                    &[("max", &services.len().to_string())],
                );
                turn.services_menu(&department, page);
                Step::Services { department, page }
            }
            Pick::Nothing => {
                turn.say("not-understood", &[]);
                turn.services_menu(&department, page);
                Step::Services { department, page }
            }
        }
    }

    /// Enters a service: asks for its first input, or fulfils it at once when it needs none.
    async fn start_service(&self, service: &str, turn: &mut Turn<'_>) -> Step {
        self.start_service_with(service, BTreeMap::new(), turn)
            .await
    }

    /// Starts a service with some inputs already known (understood from free text): asks for
    /// the first missing one, or goes to the confirmation when none is missing.
    async fn start_service_with(
        &self,
        service: &str,
        values: BTreeMap<String, String>,
        turn: &mut Turn<'_>,
    ) -> Step {
        let svc = &self.graph.services[service];
        if svc.slots.is_empty() {
            return self.fulfil(svc, values, turn).await;
        }
        let name = self.locales.text(&turn.lang, &service_msg(service), &[]);
        turn.say("service-start", &[("service", &name)]);
        match next_unfilled(svc, 0, &values) {
            Some(index) => {
                let step = Step::Slot {
                    service: service.to_string(),
                    index,
                    values,
                    page: 0,
                };
                turn.prompt_slot(&step);
                step
            }
            None => {
                turn.confirm_menu(svc, &values);
                Step::Confirm {
                    service: service.to_string(),
                    values,
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    async fn on_slot(
        &self,
        service: String,
        index: usize,
        mut values: BTreeMap<String, String>,
        page: usize,
        input: &Input,
        turn: &mut Turn<'_>,
        now_ts: i64,
    ) -> Step {
        let svc = &self.graph.services[&service];
        let slot_ref = &svc.slots[index];
        let slot = &self.graph.slots[&slot_ref.name];
        let command = self.command_of(input);
        let mut accepted: Option<Option<String>> = None; // Some(None) = skipped

        if slot_ref.optional && command == Some(Command::Skip) {
            accepted = Some(None);
        } else if let SlotType::Choice { options } = &slot.ty {
            match self.pick_option(input, &slot.name, options) {
                Pick::Item(i) => accepted = Some(Some(options[i].clone())),
                Pick::Next => {
                    let page = turn.next_page(page, options.len());
                    let step = Step::Slot {
                        service,
                        index,
                        values,
                        page,
                    };
                    turn.prompt_slot(&step);
                    return step;
                }
                Pick::OutOfRange => turn.say(
                    "number-out-of-range",
                    &[("max", &options.len().to_string())],
                ),
                Pick::Nothing => {
                    turn.say_attr(&slot_msg(&slot.name), "invalid", slot.example.as_deref())
                }
            }
        } else {
            let text = match input {
                Input::Text(t) => t.clone(),
                Input::Choice { title, .. } => title.clone(),
                _ => String::new(),
            };
            let today = DateTime::from_timestamp(now_ts, 0)
                .map(|t| t.date_naive())
                .unwrap_or_else(today_utc);
            match slot.ty.parse(&text, today, &self.vocabulary.dates) {
                Ok(v) => accepted = Some(Some(v)),
                Err(Invalid::Format) => {
                    turn.say_attr(&slot_msg(&slot.name), "invalid", slot.example.as_deref())
                }
                Err(reason) => turn.say(invalid_message(&reason), &[]),
            }
        }

        let Some(value) = accepted else {
            let step = Step::Slot {
                service,
                index,
                values,
                page,
            };
            turn.prompt_slot(&step);
            return step;
        };
        if let Some(v) = value {
            values.insert(slot.name.clone(), v);
        }
        if let Some(next) = next_unfilled(svc, index + 1, &values) {
            let step = Step::Slot {
                service,
                index: next,
                values,
                page: 0,
            };
            turn.prompt_slot(&step);
            step
        } else {
            turn.confirm_menu(svc, &values);
            Step::Confirm { service, values }
        }
    }

    async fn on_confirm(
        &self,
        service: String,
        values: BTreeMap<String, String>,
        input: &Input,
        turn: &mut Turn<'_>,
    ) -> Step {
        let svc = &self.graph.services[&service];
        let choice = match (input, self.command_of(input)) {
            (_, Some(Command::Yes)) => Some(1),
            (Input::Choice { id, .. }, _) => match id.as_str() {
                "confirm:edit" => Some(2),
                "confirm:cancel" => Some(3),
                _ => None,
            },
            (Input::Text(t), _) => typed_number(t),
            _ => None,
        };
        match choice {
            Some(1) => self.fulfil(svc, values, turn).await,
            Some(2) => {
                let step = Step::Slot {
                    service,
                    index: 0,
                    values: BTreeMap::new(),
                    page: 0,
                };
                turn.prompt_slot(&step);
                step
            }
            Some(3) => {
                turn.say("cancelled", &[]);
                turn.services_menu(&svc.department, 0);
                Step::Services {
                    department: svc.department.clone(),
                    page: 0,
                }
            }
            _ => {
                turn.say("not-understood", &[]);
                turn.confirm_menu(svc, &values);
                Step::Confirm { service, values }
            }
        }
    }

    fn on_anything_else(&self, input: &Input, turn: &mut Turn) -> Step {
        let choice = match input {
            Input::Text(t) => typed_number(t),
            _ => None,
        };
        match choice {
            Some(1) => {
                turn.departments_menu(0);
                Step::Departments { page: 0 }
            }
            Some(2) => {
                turn.say("goodbye", &[]);
                Step::Ended
            }
            _ => {
                // Anything else typed here is a new request: show the main menu.
                turn.departments_menu(0);
                Step::Departments { page: 0 }
            }
        }
    }

    /// Runs the service's fulfilment and tells the citizen the result.
    async fn fulfil(
        &self,
        svc: &Service,
        values: BTreeMap<String, String>,
        turn: &mut Turn<'_>,
    ) -> Step {
        let lang = turn.lang.clone();
        let name = self.locales.text(&lang, &service_msg(&svc.id), &[]);
        match &svc.fulfilment {
            Fulfilment::Info => {
                let answer = self
                    .locales
                    .attr(&lang, &service_msg(&svc.id), "answer", &[]);
                turn.replies
                    .push(Reply::Text(format!("*{name}*\n{answer}")));
            }
            Fulfilment::Portal { url } => {
                turn.say("result-portal", &[("service", &name), ("url", url)]);
            }
            Fulfilment::Endpoint { path } => {
                let request = FulfilmentRequest {
                    service: svc.id.clone(),
                    department: svc.department.clone(),
                    path: path.clone(),
                    language: lang.to_string(),
                    inputs: values,
                };
                let portal = self
                    .graph
                    .department(&svc.department)
                    .and_then(|d| d.portal.clone());
                let outcome = self.fulfiller.fulfil(request).await;
                turn.outcome(&name, outcome, portal.as_deref());
            }
        }
        turn.anything_else();
        Step::AnythingElse
    }

    /// Interprets a menu answer: a typed number, a tapped id, or "more".
    fn pick(
        &self,
        input: &Input,
        prefix: &str,
        len: usize,
        id_of: impl Fn(usize) -> String,
    ) -> Pick {
        match input {
            Input::Choice { id, .. } => {
                if id == "nav:next" {
                    return Pick::Next;
                }
                let wanted = id.strip_prefix(prefix).unwrap_or("");
                (0..len)
                    .find(|&i| id_of(i) == wanted)
                    .map(Pick::Item)
                    .unwrap_or(Pick::Nothing)
            }
            Input::Text(t) => {
                if let Some(n) = typed_number(t) {
                    return if n >= 1 && n <= len {
                        Pick::Item(n - 1)
                    } else {
                        Pick::OutOfRange
                    };
                }
                if self.vocabulary.command(t) == Some(Command::Next) {
                    return Pick::Next;
                }
                Pick::Nothing
            }
            _ => Pick::Nothing,
        }
    }

    /// Like `pick`, and also accepts an option's name in any language.
    fn pick_option(&self, input: &Input, slot: &str, options: &[String]) -> Pick {
        match self.pick(input, "opt:", options.len(), |i| options[i].clone()) {
            Pick::Nothing => {
                let Input::Text(t) = input else {
                    return Pick::Nothing;
                };
                let f = fold(t);
                options
                    .iter()
                    .position(|o| {
                        fold(o) == f
                            || fold(&o.replace('_', " ")) == f
                            || self.locales.langs().any(|l| {
                                fold(&self.locales.text(l, &option_msg(slot, o), &[])) == f
                            })
                    })
                    .map(Pick::Item)
                    .unwrap_or(Pick::Nothing)
            }
            other => other,
        }
    }
}

enum Pick {
    Item(usize),
    Next,
    OutOfRange,
    Nothing,
}

/// The first input from `from` on that has no value yet.
fn next_unfilled(svc: &Service, from: usize, values: &BTreeMap<String, String>) -> Option<usize> {
    (from..svc.slots.len()).find(|&i| !values.contains_key(&svc.slots[i].name))
}

fn choice_id(input: &Input) -> Option<&str> {
    match input {
        Input::Choice { id, .. } => Some(id),
        _ => None,
    }
}

fn today_utc() -> NaiveDate {
    Utc::now().date_naive()
}

fn media_message(kind: MediaKind) -> &'static str {
    match kind {
        MediaKind::Audio => "audio-not-supported",
        _ => "media-not-supported",
    }
}

fn invalid_message(reason: &Invalid) -> &'static str {
    match reason {
        Invalid::Format => "not-understood",
        Invalid::TooShort => "invalid-too-short",
        Invalid::TooLong => "invalid-too-long",
        Invalid::OutOfRange => "invalid-out-of-range",
        Invalid::DateNotFuture => "invalid-date-not-future",
        Invalid::DateNotPast => "invalid-date-not-past",
    }
}

impl<'a> Turn<'a> {
    fn t(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.d.locales.text(&self.lang, id, args)
    }

    fn say(&mut self, id: &str, args: &[(&str, &str)]) {
        let text = self.t(id, args);
        self.preamble.push(text);
    }

    fn say_attr(&mut self, id: &str, attr: &str, example: Option<&str>) {
        let args: Vec<(&str, &str)> = example.map(|e| vec![("example", e)]).unwrap_or_default();
        let text = self.d.locales.attr(&self.lang, id, attr, &args);
        self.preamble.push(text);
    }

    /// Emits a menu, with any pending text merged into its body when it fits.
    fn menu(&mut self, mut menu: Menu) {
        let preamble = std::mem::take(&mut self.preamble);
        if !preamble.is_empty() {
            let joined = preamble.join("\n\n");
            // WhatsApp interactive bodies hold 1024 characters.
            if joined.chars().count() + menu.body.chars().count() + 2 <= 1024 {
                menu.body = format!("{joined}\n\n{}", menu.body);
            } else {
                self.replies.push(Reply::Text(joined));
            }
        }
        self.replies.push(Reply::Menu(menu));
    }

    fn finish(mut self) -> Vec<Reply> {
        if !self.preamble.is_empty() {
            let joined = std::mem::take(&mut self.preamble).join("\n\n");
            self.replies.push(Reply::Text(joined));
        }
        self.replies
    }

    fn next_page(&self, page: usize, len: usize) -> usize {
        let pages = len.div_ceil(self.d.config.page_size).max(1);
        (page + 1) % pages
    }

    /// The items of one page, with "more" and "main menu" rows as space allows.
    fn paged_menu(
        &mut self,
        body: String,
        header: Option<String>,
        items: Vec<MenuItem>,
        page: usize,
        main_menu_row: bool,
    ) {
        let size = self.d.config.page_size;
        let pages = items.len().div_ceil(size).max(1);
        let page = page.min(pages - 1);
        let shown: Vec<MenuItem> = items.into_iter().skip(page * size).take(size).collect();
        let mut navigation = Vec::new();
        if pages > 1 {
            navigation.push(MenuItem {
                id: "nav:next".into(),
                number: None,
                title: self.t("nav-next", &[]),
                description: Some(self.t(
                    "nav-next-page",
                    &[
                        ("page", &((page + 1) % pages + 1).to_string()),
                        ("pages", &pages.to_string()),
                    ],
                )),
            });
        }
        if main_menu_row {
            navigation.push(MenuItem {
                id: "nav:menu".into(),
                number: Some(0),
                title: self.t("nav-menu", &[]),
                description: None,
            });
        }
        let footer = Some(if pages > 1 {
            self.t("menu-footer-more", &[])
        } else {
            self.t("menu-footer", &[])
        });
        self.menu(Menu {
            header,
            body,
            footer,
            button: self.t("menu-button", &[]),
            items: shown,
            navigation,
        });
    }

    fn language_menu(&mut self, every_language: bool) {
        let locales = &self.d.locales;
        let items: Vec<MenuItem> = locales
            .langs()
            .enumerate()
            .map(|(i, l)| MenuItem {
                id: format!("lang:{l}"),
                number: Some(i + 1),
                title: locales.text(l, "language-name", &[]),
                description: None,
            })
            .collect();
        // Before a language is known, ask in every language at once.
        let body = if every_language {
            locales
                .langs()
                .map(|l| locales.text(l, "choose-language", &[]))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            self.t("choose-language", &[])
        };
        let header = if every_language {
            Some(self.t("brand", &[]))
        } else {
            None
        };
        self.menu(Menu {
            header,
            body,
            footer: None,
            button: self.t("menu-button", &[]),
            items,
            navigation: vec![],
        });
    }

    fn departments_menu(&mut self, page: usize) {
        let items = self
            .d
            .graph
            .departments
            .iter()
            .enumerate()
            .map(|(i, d)| MenuItem {
                id: format!("dept:{}", d.id),
                number: Some(i + 1),
                title: self.t(&department_msg(&d.id), &[]),
                description: Some(self.d.locales.attr(
                    &self.lang,
                    &department_msg(&d.id),
                    "desc",
                    &[],
                )),
            })
            .collect();
        let body = self.t("departments-body", &[]);
        let header = Some(self.t("departments-header", &[]));
        self.paged_menu(body, header, items, page, false);
    }

    fn services_menu(&mut self, department: &str, page: usize) {
        let Some(dept) = self.d.graph.department(department) else {
            return;
        };
        let items = dept
            .services
            .iter()
            .enumerate()
            .map(|(i, s)| MenuItem {
                id: format!("svc:{s}"),
                number: Some(i + 1),
                title: self.t(&service_msg(s), &[]),
                description: Some(
                    self.d
                        .locales
                        .attr(&self.lang, &service_msg(s), "desc", &[]),
                ),
            })
            .collect();
        let name = self.t(&department_msg(department), &[]);
        let body = self.t("services-body", &[("department", &name)]);
        self.paged_menu(body, Some(name), items, page, true);
    }

    /// Asks for the slot the step is waiting for.
    fn prompt_slot(&mut self, step: &Step) {
        let Step::Slot {
            service,
            index,
            page,
            ..
        } = step
        else {
            return;
        };
        let svc = &self.d.graph.services[service];
        let slot_ref = &svc.slots[*index];
        let slot = &self.d.graph.slots[&slot_ref.name];
        let mut prompt = self.t(&slot_msg(&slot.name), &[]);
        if slot_ref.optional {
            prompt = format!("{prompt}\n{}", self.t("optional-hint", &[]));
        }
        if let SlotType::Choice { options } = &slot.ty {
            let items = options
                .iter()
                .enumerate()
                .map(|(i, o)| MenuItem {
                    id: format!("opt:{o}"),
                    number: Some(i + 1),
                    title: self.t(&option_msg(&slot.name, o), &[]),
                    description: None,
                })
                .collect();
            self.paged_menu(prompt, None, items, *page, true);
        } else {
            self.preamble.push(prompt);
            let text = std::mem::take(&mut self.preamble).join("\n\n");
            self.replies.push(Reply::Text(text));
        }
    }

    /// Re-asks whatever the current step is waiting for.
    fn prompt_step(&mut self, session: &Session) {
        match &session.step {
            Step::Start | Step::ChooseLanguage => self.language_menu(session.lang.is_none()),
            Step::Departments { page } => self.departments_menu(*page),
            Step::Services { department, page } => self.services_menu(department, *page),
            step @ Step::Slot { .. } => self.prompt_slot(step),
            Step::Confirm { service, values } => {
                let svc = &self.d.graph.services[service];
                self.confirm_menu(svc, values)
            }
            Step::AnythingElse => self.anything_else(),
            Step::Clarify { options, .. } => self.clarify_menu(options),
            Step::Ended => self.say("ended-hint", &[]),
        }
    }

    fn confirm_menu(&mut self, svc: &Service, values: &BTreeMap<String, String>) {
        let mut lines = Vec::new();
        for slot_ref in &svc.slots {
            let Some(value) = values.get(&slot_ref.name) else {
                continue;
            };
            let slot = &self.d.graph.slots[&slot_ref.name];
            let label = self
                .d
                .locales
                .attr(&self.lang, &slot_msg(&slot.name), "label", &[]);
            let shown = match &slot.ty {
                SlotType::Choice { .. } => self.t(&option_msg(&slot.name, value), &[]),
                SlotType::Date { .. } => NaiveDate::parse_from_str(value, "%Y-%m-%d")
                    .map(|d| d.format("%d/%m/%Y").to_string())
                    .unwrap_or_else(|_| value.clone()),
                _ => value.clone(),
            };
            lines.push(format!("• {label}: {shown}"));
        }
        let service = self.t(&service_msg(&svc.id), &[]);
        let body = self.t(
            "confirm-body",
            &[("service", &service), ("summary", &lines.join("\n"))],
        );
        let item = |id: &str, n: usize, key: &str| MenuItem {
            id: id.into(),
            number: Some(n),
            title: self.t(key, &[]),
            description: None,
        };
        let items = vec![
            item("confirm:yes", 1, "confirm-yes"),
            item("confirm:edit", 2, "confirm-edit"),
            item("confirm:cancel", 3, "confirm-cancel"),
        ];
        self.menu(Menu {
            header: None,
            body,
            footer: None,
            button: self.t("menu-button", &[]),
            items,
            navigation: vec![],
        });
    }

    fn anything_else(&mut self) {
        let item = |id: &str, n: usize, key: &str| MenuItem {
            id: id.into(),
            number: Some(n),
            title: self.t(key, &[]),
            description: None,
        };
        let items = vec![
            item("nav:menu", 1, "nav-menu"),
            item("nav:stop", 2, "nav-done"),
        ];
        let body = self.t("anything-else", &[]);
        self.menu(Menu {
            header: None,
            body,
            footer: None,
            button: self.t("menu-button", &[]),
            items,
            navigation: vec![],
        });
    }

    fn outcome(&mut self, service: &str, outcome: Outcome, portal: Option<&str>) {
        let mut lines = Vec::new();
        match outcome {
            Outcome::Done {
                reference,
                status_text,
                document_url,
                payment_url,
                amount,
            } => {
                lines.push(self.t(
                    "result-done",
                    &[("service", service), ("reference", &reference)],
                ));
                if let Some(s) = status_text {
                    lines.push(s);
                }
                if let Some(url) = document_url {
                    lines.push(self.t("result-document", &[("url", &url)]));
                }
                if let Some(url) = payment_url {
                    let amount = amount.unwrap_or_default();
                    lines.push(if amount.is_empty() {
                        self.t("result-payment", &[("url", &url)])
                    } else {
                        self.t(
                            "result-payment-amount",
                            &[("url", &url), ("amount", &amount)],
                        )
                    });
                }
            }
            Outcome::Rejected { reference, message } => {
                lines.push(self.t(
                    "result-rejected",
                    &[
                        ("service", service),
                        ("reference", &reference),
                        ("message", &message),
                    ],
                ));
            }
            Outcome::Failed { reference } => {
                lines.push(self.t(
                    "result-failed",
                    &[("service", service), ("reference", &reference)],
                ));
            }
            Outcome::NotConnected { reference } => {
                let url = portal.unwrap_or("");
                lines.push(self.t(
                    "result-not-connected",
                    &[
                        ("service", service),
                        ("reference", &reference),
                        ("url", url),
                    ],
                ));
            }
        }
        self.replies.push(Reply::Text(lines.join("\n")));
    }
}
