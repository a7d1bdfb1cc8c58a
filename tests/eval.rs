//! `mitra eval` on a small set of examples with the real model: the report is written, and an
//! example filed under the wrong service comes back in `--misses` with its file and line.

use std::process::Command;

use serde_json::Value;

const EXAMPLES: &str = r#"
[energy.bill_payment]
native = [
  "I want to pay my electricity bill",
  "pay current bill",
  "how do I pay the power bill online",
  "electricity bill payment for service number 1234567890",
  "pay my eb bill please",
  "I need to clear my pending electricity dues",
  "where can I pay the light bill",
  "power bill payment",
  "pay the current charges for this month",
  "bill for electricity has come, want to pay it",
  "book a bus ticket from vijayawada to guntur tomorrow",
]

[apsrtc.ticket_booking]
native = [
  "book a bus ticket to tirupati",
  "I want to travel by rtc bus to hyderabad",
  "bus ticket booking from vizag to vijayawada",
  "reserve a seat on the express bus tomorrow",
  "need two bus tickets for sunday",
  "apsrtc ticket booking",
  "book bus seats for my family to srisailam",
  "online bus reservation",
  "bus ticket for kurnool on friday",
  "I have to go to nellore by bus, book a ticket",
]
"#;

#[test]
fn eval_reports_and_lists_the_examples_it_got_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let intents = dir.path().join("intents");
    std::fs::create_dir_all(intents.join("en")).unwrap();
    std::fs::write(intents.join("en/services.toml"), EXAMPLES).unwrap();
    // Held-out messages, scored by the classifier trained on all the examples.
    std::fs::create_dir_all(intents.join("heldout/en")).unwrap();
    std::fs::write(
        intents.join("heldout/en/messages.toml"),
        "[apsrtc.ticket_booking]\nnative = [\"need a bus seat to ongole on monday\"]\n\n[energy.bill_payment]\nnative = [\"want to clear the electricity bill of my house\"]\n",
    )
    .unwrap();
    let report = dir.path().join("report.md");
    let misses = dir.path().join("misses.jsonl");
    let out = Command::new(env!("CARGO_BIN_EXE_mitra"))
        .args(["eval", "--folds", "2", "--report"])
        .arg(&report)
        .arg("--misses")
        .arg(&misses)
        .env("MITRA_INTENTS", &intents)
        .env("RUST_LOG", "error")
        .env_remove("MITRA_CONFIG")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Exit status 1 says a target was missed (expected with one planted error); anything else
    // is a failure to run.
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "mitra eval failed: {stderr}"
    );
    let markdown = std::fs::read_to_string(&report).unwrap();
    assert!(markdown.contains("| en | native | 21 |"), "{markdown}");
    let heldout = &markdown[markdown
        .find("## Held-out messages")
        .unwrap_or_else(|| panic!("no held-out section: {markdown}"))..];
    assert!(heldout.contains("| en | native | 2 |"), "{heldout}");

    let lines: Vec<Value> = std::fs::read_to_string(&misses)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    let planted = lines
        .iter()
        .find(|m| m["text"] == "book a bus ticket from vijayawada to guntur tomorrow")
        .unwrap_or_else(|| panic!("the mislabelled example is not among the misses: {lines:?}"));
    assert_eq!(planted["expected"], "energy.bill_payment");
    assert_eq!(planted["got"], "apsrtc.ticket_booking");
    assert_eq!(planted["origin"], "intents/en/services.toml:14");
    assert_eq!(planted["lang"], "en");
    // Most of the rest are right: the file is the misses, not every example.
    assert!(lines.len() <= 5, "{lines:?}");
}
