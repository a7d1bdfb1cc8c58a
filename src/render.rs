//! Rendering: turns dialogue replies into what a phone shows, within WhatsApp's limits —
//! reply buttons (≤ 3), an interactive list (≤ 10 rows) or numbered text — and into plain text
//! for the terminal. Every rendering keeps the item numbers, so a typed number always works.

use crate::dialogue::{Menu, MenuItem, Reply};
use crate::text::clip;

/// WhatsApp Cloud API limits (see shared/whatsapp-cloud-api.md).
pub mod limits {
    pub const TEXT_BODY: usize = 4096;
    pub const INTERACTIVE_BODY: usize = 1024;
    pub const LIST_ROWS: usize = 10;
    pub const ROW_TITLE: usize = 24;
    pub const ROW_DESCRIPTION: usize = 72;
    pub const ROW_ID: usize = 200;
    pub const LIST_BUTTON: usize = 20;
    pub const HEADER: usize = 60;
    pub const FOOTER: usize = 60;
    pub const BUTTONS: usize = 3;
    pub const BUTTON_TITLE: usize = 20;
    pub const BUTTON_ID: usize = 256;
}

/// A message ready for a channel, shaped by what WhatsApp can show.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Outgoing {
    Text {
        body: String,
    },
    List {
        header: Option<String>,
        body: String,
        footer: Option<String>,
        button: String,
        rows: Vec<Row>,
    },
    Buttons {
        header: Option<String>,
        body: String,
        footer: Option<String>,
        buttons: Vec<Row>,
    },
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Row {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Renders one reply for WhatsApp; long text is split into several messages.
pub fn for_whatsapp(reply: &Reply) -> Vec<Outgoing> {
    match reply {
        Reply::Text(text) => split_text(text, limits::TEXT_BODY)
            .into_iter()
            .map(|body| Outgoing::Text { body })
            .collect(),
        Reply::Menu(menu) => vec![menu_for_whatsapp(menu)],
    }
}

fn numbered_title(item: &MenuItem, max: usize) -> String {
    match item.number {
        Some(n) => clip(&format!("{n}. {}", item.title), max),
        None => clip(&item.title, max),
    }
}

fn menu_for_whatsapp(menu: &Menu) -> Outgoing {
    let header = menu.header.as_ref().map(|h| clip(h, limits::HEADER));
    let footer = menu.footer.as_ref().map(|f| clip(f, limits::FOOTER));
    let all: Vec<&MenuItem> = menu.items.iter().chain(menu.navigation.iter()).collect();

    let button_titles: Vec<String> = all
        .iter()
        .map(|i| numbered_title(i, limits::BUTTON_TITLE))
        .collect();
    let titles_unique = {
        let mut t = button_titles.clone();
        t.sort();
        t.dedup();
        t.len() == button_titles.len()
    };
    let fits_buttons = all.len() <= limits::BUTTONS
        && all
            .iter()
            .all(|i| i.description.is_none() && i.id.len() <= limits::BUTTON_ID)
        && titles_unique
        && menu.body.chars().count() <= limits::INTERACTIVE_BODY;
    if fits_buttons && !all.is_empty() {
        let buttons = all
            .iter()
            .zip(button_titles)
            .map(|(i, title)| Row {
                id: i.id.clone(),
                title,
                description: None,
            })
            .collect();
        return Outgoing::Buttons {
            header,
            body: menu.body.clone(),
            footer,
            buttons,
        };
    }

    let fits_list = !all.is_empty()
        && all.len() <= limits::LIST_ROWS
        && all.iter().all(|i| i.id.len() <= limits::ROW_ID)
        && menu.body.chars().count() <= limits::INTERACTIVE_BODY;
    if fits_list {
        let rows = all
            .iter()
            .map(|i| Row {
                id: i.id.clone(),
                title: numbered_title(i, limits::ROW_TITLE),
                description: i
                    .description
                    .as_ref()
                    .map(|d| clip(d, limits::ROW_DESCRIPTION)),
            })
            .collect();
        return Outgoing::List {
            header,
            body: menu.body.clone(),
            footer,
            button: clip(&menu.button, limits::LIST_BUTTON),
            rows,
        };
    }

    Outgoing::Text {
        body: clip(&menu_as_text(menu), limits::TEXT_BODY),
    }
}

/// The numbered-text form of a menu: what the terminal shows, and the fallback on WhatsApp.
pub fn menu_as_text(menu: &Menu) -> String {
    let mut out = String::new();
    if let Some(h) = &menu.header {
        out.push_str(&format!("*{h}*\n"));
    }
    out.push_str(&menu.body);
    out.push('\n');
    for item in menu.items.iter().chain(menu.navigation.iter()) {
        let number = item
            .number
            .map(|n| format!("{n}. "))
            .unwrap_or_else(|| "» ".to_string());
        match &item.description {
            Some(d) if !d.is_empty() => out.push_str(&format!("\n{number}{} — {d}", item.title)),
            _ => out.push_str(&format!("\n{number}{}", item.title)),
        }
    }
    if let Some(f) = &menu.footer {
        out.push_str(&format!("\n\n_{f}_"));
    }
    out
}

/// Plain text of any reply, for the terminal.
pub fn as_text(reply: &Reply) -> String {
    match reply {
        Reply::Text(t) => t.clone(),
        Reply::Menu(m) => menu_as_text(m),
    }
}

/// How an outgoing message looks on a phone, in text (for `mitra chat --whatsapp` and logs).
pub fn outgoing_as_text(out: &Outgoing) -> String {
    match out {
        Outgoing::Text { body } => body.clone(),
        Outgoing::Buttons {
            header,
            body,
            footer,
            buttons,
        } => {
            let mut s = header
                .as_ref()
                .map(|h| format!("*{h}*\n"))
                .unwrap_or_default();
            s.push_str(body);
            if let Some(f) = footer {
                s.push_str(&format!("\n_{f}_"));
            }
            s.push('\n');
            for b in buttons {
                s.push_str(&format!("\n[ {} ]", b.title));
            }
            s
        }
        Outgoing::List {
            header,
            body,
            footer,
            button,
            rows,
        } => {
            let mut s = header
                .as_ref()
                .map(|h| format!("*{h}*\n"))
                .unwrap_or_default();
            s.push_str(body);
            if let Some(f) = footer {
                s.push_str(&format!("\n_{f}_"));
            }
            s.push_str(&format!("\n[☰ {button}]"));
            for r in rows {
                match &r.description {
                    Some(d) => s.push_str(&format!("\n  {} — {d}", r.title)),
                    None => s.push_str(&format!("\n  {}", r.title)),
                }
            }
            s
        }
    }
}

/// Splits text at line breaks into pieces of at most `max` characters.
fn split_text(text: &str, max: usize) -> Vec<String> {
    if text.chars().count() <= max {
        return vec![text.to_string()];
    }
    let mut parts = Vec::new();
    let mut current = String::new();
    for line in text.split_inclusive('\n') {
        if current.chars().count() + line.chars().count() > max && !current.is_empty() {
            parts.push(std::mem::take(&mut current));
        }
        if line.chars().count() > max {
            let chars: Vec<char> = line.chars().collect();
            for chunk in chars.chunks(max) {
                parts.push(chunk.iter().collect());
            }
        } else {
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        parts.push(current);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, n: usize, title: &str, desc: Option<&str>) -> MenuItem {
        MenuItem {
            id: id.into(),
            number: Some(n),
            title: title.into(),
            description: desc.map(Into::into),
        }
    }

    fn menu(items: Vec<MenuItem>) -> Menu {
        Menu {
            header: None,
            body: "Choose".into(),
            footer: None,
            button: "Choose".into(),
            items,
            navigation: vec![],
        }
    }

    #[test]
    fn three_short_items_become_buttons() {
        let m = menu(vec![
            item("a", 1, "తెలుగు", None),
            item("b", 2, "हिंदी", None),
            item("c", 3, "English", None),
        ]);
        match menu_for_whatsapp(&m) {
            Outgoing::Buttons { buttons, .. } => assert_eq!(buttons[0].title, "1. తెలుగు"),
            other => panic!("expected buttons, got {other:?}"),
        }
    }

    #[test]
    fn lists_respect_row_limits() {
        let long = "A very long service name that does not fit";
        let items = (1..=10)
            .map(|n| item(&format!("i{n}"), n, long, Some(&"d".repeat(100))))
            .collect();
        match menu_for_whatsapp(&menu(items)) {
            Outgoing::List { rows, .. } => {
                assert_eq!(rows.len(), 10);
                assert!(rows.iter().all(|r| r.title.chars().count() <= 24));
                assert!(rows
                    .iter()
                    .all(|r| r.description.as_ref().unwrap().chars().count() <= 72));
            }
            other => panic!("expected a list, got {other:?}"),
        }
    }

    #[test]
    fn too_many_rows_become_numbered_text() {
        let items = (1..=11)
            .map(|n| item(&format!("i{n}"), n, "Item", None))
            .collect();
        match menu_for_whatsapp(&menu(items)) {
            Outgoing::Text { body } => assert!(body.contains("\n11. Item")),
            other => panic!("expected text, got {other:?}"),
        }
    }

    #[test]
    fn long_text_is_split_not_cut() {
        let text = "line of text\n".repeat(600);
        let parts = split_text(&text, 4096);
        assert!(parts.len() > 1);
        assert!(parts.iter().all(|p| p.chars().count() <= 4096));
        assert_eq!(parts.concat(), text);
    }
}
