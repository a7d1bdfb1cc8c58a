//! `mitra chat`: the same dialogue as the webhook, in a terminal. Each line typed (or piped) is
//! one citizen message; replies are shown as WhatsApp would show them.

use std::io::{BufRead, Write};
use std::path::Path;
use std::sync::Arc;

use crate::app::Data;
use crate::config::Config;
use crate::dialogue::{Input, MediaKind, Session};
use crate::locale::Lang;
use crate::render;
use crate::store::{SqliteStore, Store};
use crate::voice::{mime_of, Voice};

pub struct ChatOptions {
    /// Continue this citizen's saved conversation from the configured database; without it the
    /// conversation is fresh and kept in memory.
    pub user: Option<String>,
    pub lang: Option<String>,
    /// Echo each input line (useful when stdin is a script).
    pub echo: bool,
}

/// `/voice FILE`: the audio file to send as a voice note (transcribed like one from WhatsApp).
pub fn voice_file(line: &str) -> Option<&str> {
    let rest = line.trim().strip_prefix("/voice ")?.trim();
    (!rest.is_empty()).then_some(rest)
}

/// Lines starting with `/` stand for what cannot be typed: `/voice` (a voice note we do not
/// listen to; `/voice FILE` sends that file), `/image`, `/document`, `/video`, `/sticker`,
/// `/location`, `/unsupported`, and `/tap <id>` for a list or button tap.
pub fn parse_line(line: &str) -> Input {
    let trimmed = line.trim();
    let Some(command) = trimmed.strip_prefix('/') else {
        return Input::Text(line.to_string());
    };
    let (name, rest) = command.split_once(' ').unwrap_or((command, ""));
    match name {
        "voice" | "audio" => Input::Media(MediaKind::Audio),
        "image" | "photo" => Input::Media(MediaKind::Image),
        "document" => Input::Media(MediaKind::Document),
        "video" => Input::Media(MediaKind::Video),
        "sticker" => Input::Media(MediaKind::Sticker),
        "location" => Input::Location,
        "unsupported" => Input::Unsupported,
        "tap" if !rest.trim().is_empty() => Input::Choice {
            id: rest.trim().to_string(),
            title: String::new(),
        },
        _ => Input::Text(line.to_string()),
    }
}

pub async fn run(
    config: &Config,
    options: ChatOptions,
    input: impl BufRead,
    mut out: impl Write,
) -> anyhow::Result<()> {
    let data = Data::load(config)?;
    let store: Arc<dyn Store> = match &options.user {
        Some(_) => {
            if let Some(dir) = config.db.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)?;
            }
            Arc::new(SqliteStore::open(&config.db)?)
        }
        None => Arc::new(SqliteStore::in_memory()?),
    };
    let dialogue = data.dialogue(config, store.clone())?;
    let user = options
        .user
        .clone()
        .map(|u| format!("chat:{u}"))
        .unwrap_or_else(|| "chat:terminal".to_string());
    let mut session = store.load_session(&user).await?.unwrap_or_default();
    // Loaded on the first `/voice FILE`, like the webhook's.
    let voice = Voice::from_cache(&config.models);
    if let Some(code) = &options.lang {
        let lang = Lang::new(code);
        if !data.locales.has(&lang) {
            let known: Vec<&str> = data.locales.langs().map(|l| l.as_str()).collect();
            anyhow::bail!("no locale `{code}`; available: {}", known.join(", "));
        }
        session = match session.lang {
            Some(_) => Session {
                lang: Some(lang),
                ..session
            },
            None => Session::in_language(lang),
        };
    }

    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        if options.echo {
            writeln!(out, "> {line}")?;
        }
        let input = match voice_file(&line) {
            Some(path) => match std::fs::read(path) {
                Ok(bytes) => {
                    let mime = mime_of(Path::new(path)).map(str::to_string);
                    let lang = session.lang.as_ref().map(|l| l.as_str().to_string());
                    voice.hear(bytes, mime, lang).await
                }
                Err(e) => {
                    writeln!(out, "(cannot read {path}: {e})\n")?;
                    continue;
                }
            },
            None => parse_line(&line),
        };
        let replies = dialogue.handle(&mut session, input, chat_clock()).await;
        store.save_session(&user, &session).await?;
        for reply in &replies {
            for message in render::for_whatsapp(reply) {
                writeln!(out, "{}\n", render::outgoing_as_text(&message))?;
            }
        }
        out.flush()?;
    }
    Ok(())
}

/// The time the dialogue sees. `MITRA_CHAT_NOW` (RFC 3339) pins it, so scripted conversations
/// with relative dates ("tomorrow", "repu") give the same transcript every day.
fn chat_clock() -> chrono::DateTime<chrono::Utc> {
    std::env::var("MITRA_CHAT_NOW")
        .ok()
        .and_then(|v| chrono::DateTime::parse_from_rfc3339(&v).ok())
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap_or_else(chrono::Utc::now)
}
