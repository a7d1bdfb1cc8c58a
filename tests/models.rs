//! The model cache on first use: several `mitra` processes starting together on an empty cache
//! (a test suite, a server with workers) all get a working model. One fetches, the others wait
//! for it; none replaces the directory while another reads it (that once left one of six
//! processes with "Directory not empty" and the numbered menus only).

use std::process::Command;

mod common;
use common::{copy_dir, repo_dir};

const EXAMPLES: &str = r#"
[energy.bill_payment]
native = ["pay my current bill", "electricity bill payment", "pay the power bill online"]

[apsrtc.ticket_booking]
native = ["book a bus ticket", "rtc bus ticket to tirupati", "reserve a seat on the bus"]
"#;

#[test]
fn processes_starting_together_on_an_empty_cache_all_get_the_model() {
    let dir = tempfile::tempdir().unwrap();
    // The real service graph with two services' worth of examples: the test is about the
    // cache, not about embedding every example.
    let intents = dir.path().join("intents");
    copy_dir(
        &repo_dir("intents/departments"),
        &intents.join("departments"),
    );
    for file in ["slots.toml", "commands.toml", "entities.toml"] {
        std::fs::copy(repo_dir("intents").join(file), intents.join(file)).unwrap();
    }
    std::fs::create_dir_all(intents.join("en")).unwrap();
    std::fs::write(intents.join("en/services.toml"), EXAMPLES).unwrap();
    let models = dir.path().join("models");

    let children: Vec<_> = (0..6)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_mitra"))
                .args([
                    "classify",
                    "--format",
                    "jsonl",
                    "I want to pay my electricity bill",
                ])
                .env("MITRA_INTENTS", &intents)
                .env("MITRA_MODELS", &models)
                .env("RUST_LOG", "error")
                .env_remove("MITRA_CONFIG")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "mitra classify failed: {stderr}");
        let line: serde_json::Value = serde_json::from_str(stdout.trim())
            .unwrap_or_else(|e| panic!("not one JSON line ({e}): {stdout}\n{stderr}"));
        assert_eq!(line["intent"], "energy.bill_payment", "{stdout}\n{stderr}");
    }
    // One verified copy, and no half-finished fetch left behind.
    let leftovers: Vec<String> = std::fs::read_dir(&models)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".fetch-"))
        .collect();
    assert!(leftovers.is_empty(), "unfinished fetches: {leftovers:?}");
    assert!(models.join("e5-small/.verified").is_file());
}
