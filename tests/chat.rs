//! `mitra chat` driven by scripts, compared with the golden transcripts in `tests/golden/`:
//! what a citizen sees, in each language, from "Hi" to a fulfilled service.
//! Regenerate after changing texts: `MITRA_BLESS=1 cargo test --test chat`, then review the diff.

mod common;

use std::path::PathBuf;
use std::process::{Command, Stdio};

use common::*;
use serde_json::json;

fn golden(name: &str) -> PathBuf {
    repo_dir("tests/golden").join(name)
}

/// Runs `mitra chat` with the script's lines on stdin; department calls go to `departments`.
fn run_chat(departments: &str, script: &str, args: &[&str]) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mitra"))
        .arg("chat")
        .args(args)
        .env("MITRA_INTENTS", repo_dir("intents"))
        .env("MITRA_LOCALES", repo_dir("locales"))
        .env("MITRA_DEPARTMENTS_URL", departments)
        .env("MITRA_CHAT_NOW", "2026-01-15T10:00:00+05:30")
        .env("RUST_LOG", "error")
        .env_remove("MITRA_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// Reference numbers are random; everything else must match exactly.
fn normalise(transcript: &str) -> String {
    let re = regex::Regex::new(r"MM[0-9]{6}[A-Z0-9]{6}").unwrap();
    re.replace_all(transcript, "MM000000XXXXXX").into_owned()
}

/// A department back-end that accepts everything and answers like a real one would.
async fn departments() -> Fake {
    let fake = start_fake().await;
    fake.fallback(200, json!({"status": "submitted", "status_text": "Application received; you will get an SMS when it is ready."}));
    fake
}

async fn check_golden(lang: &str) {
    let fake = departments().await;
    let script = std::fs::read_to_string(golden(&format!("{lang}.script"))).unwrap();
    let url = fake.url.clone();
    let (ok, stdout, stderr) = tokio::task::spawn_blocking(move || run_chat(&url, &script, &[]))
        .await
        .unwrap();
    assert!(ok, "mitra chat failed: {stderr}");
    let transcript = normalise(&stdout);
    let path = golden(&format!("{lang}.txt"));
    if std::env::var_os("MITRA_BLESS").is_some() {
        std::fs::write(&path, &transcript).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if transcript != expected {
        let diff: Vec<String> = expected
            .lines()
            .zip(transcript.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(5)
            .map(|(i, (a, b))| format!("line {}:\n  golden: {a}\n  now:    {b}", i + 1))
            .collect();
        panic!(
            "{lang} transcript differs from {} ({} vs {} lines):\n{}\n(MITRA_BLESS=1 regenerates)\nmitra's log:\n{stderr}",
            path.display(),
            expected.lines().count(),
            transcript.lines().count(),
            diff.join("\n")
        );
    }
    assert!(
        !fake.requests().is_empty(),
        "the script must reach a department back-end"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn golden_transcript_en() {
    check_golden("en").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn golden_transcript_te() {
    check_golden("te").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn golden_transcript_hi() {
    check_golden("hi").await;
}

// Free text from the first message: the language is the one the citizen wrote in, the
// service is understood, and what the message already says is filled in.

#[tokio::test(flavor = "multi_thread")]
async fn golden_free_text_en() {
    check_golden("en-free").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn golden_free_text_te() {
    check_golden("te-free").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn golden_free_text_hi() {
    check_golden("hi-free").await;
}
