//! `mitra check` and `mitra graph --json` on the shipped data, and on data broken on purpose.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

mod common;
use common::{copy_dir, repo_dir};

const REQUIRED: &[&str] = &[
    "revenue.income_certificate",
    "revenue.caste_certificate",
    "revenue.residence_certificate",
    "revenue.ews_certificate",
    "revenue.family_member_certificate",
    "revenue.land_records",
    "registration.encumbrance_certificate",
    "registration.marriage_certificate",
    "maud.property_tax",
    "maud.water_tax",
    "maud.trade_licence",
    "maud.birth_certificate",
    "maud.death_certificate",
    "maud.anna_canteen",
    "endowments.darshan_booking",
    "endowments.accommodation_booking",
    "endowments.donation",
    "energy.bill_payment",
    "energy.new_connection",
    "energy.complaint",
    "apsrtc.ticket_booking",
    "apsrtc.bus_pass",
    "apsrtc.track_bus",
    "cmrf.application_status",
    "school_education.hall_ticket",
    "school_education.results",
    "civil_supplies.ration_card_status",
    "health.aarogyasri_card",
    "transport.driving_licence",
    "transport.challan_payment",
    "home.fir_status",
    "rural_development.pension_status",
    "pgrs.grievance",
];

fn mitra(intents: &Path, locales: &Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mitra"))
        .args(args)
        .env("MITRA_INTENTS", intents)
        .env("MITRA_LOCALES", locales)
        .env_remove("MITRA_CONFIG")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn shipped_data_passes_check() {
    let (ok, stdout, stderr) = mitra(&repo_dir("intents"), &repo_dir("locales"), &["check"]);
    assert!(ok, "mitra check failed:\n{stdout}\n{stderr}");
    let summary = stdout.lines().last().unwrap();
    assert!(summary.starts_with("ok: "), "{summary}");
    assert!(summary.contains("locales (te, hi, en)"), "{summary}");
    let examples: usize = summary
        .rsplit(", ")
        .next()
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(examples > 5000, "{summary}");
}

#[test]
fn graph_json_has_every_department_service_and_name() {
    let (ok, stdout, stderr) = mitra(
        &repo_dir("intents"),
        &repo_dir("locales"),
        &["graph", "--json"],
    );
    assert!(ok, "{stderr}");
    let graph: Value = serde_json::from_str(&stdout).unwrap();
    let depts = graph["departments"].as_array().unwrap();
    assert!(depts.len() >= 36, "{} departments", depts.len());
    let services: Vec<&Value> = depts
        .iter()
        .flat_map(|d| d["services"].as_array().unwrap())
        .collect();
    assert!(services.len() >= 161, "{} services", services.len());
    for id in REQUIRED {
        assert!(services.iter().any(|s| s["id"] == *id), "{id} missing");
    }
    let kinds = [
        "certificate",
        "payment",
        "booking",
        "status",
        "information",
        "grievance",
    ];
    for item in depts.iter().chain(services.iter().copied()) {
        for lang in ["te", "hi", "en"] {
            let name = item["names"][lang]["name"].as_str().unwrap_or_default();
            assert!(!name.is_empty(), "{} has no {lang} name", item["id"]);
        }
    }
    for s in &services {
        assert!(kinds.contains(&s["kind"].as_str().unwrap()), "{}", s["id"]);
    }
    for kind in kinds {
        assert!(
            services.iter().any(|s| s["kind"] == kind),
            "no service of kind {kind}"
        );
    }
    // Telugu and Hindi names are in their scripts, not copies of the English ones.
    let income = services
        .iter()
        .find(|s| s["id"] == "revenue.income_certificate")
        .unwrap();
    let te = income["names"]["te"]["name"].as_str().unwrap();
    let hi = income["names"]["hi"]["name"].as_str().unwrap();
    assert!(
        te.chars().any(|c| ('\u{0C00}'..='\u{0C7F}').contains(&c)),
        "{te}"
    );
    assert!(
        hi.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
        "{hi}"
    );
}

fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap();
    let new = f(text.clone());
    assert_ne!(text, new, "the edit of {} changed nothing", path.display());
    std::fs::write(path, new).unwrap();
}

#[test]
fn broken_data_is_reported_as_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let (intents, locales) = (dir.path().join("intents"), dir.path().join("locales"));
    copy_dir(&repo_dir("intents"), &intents);
    copy_dir(&repo_dir("locales"), &locales);

    // A service asking for a slot nobody defined, and a duplicated service id.
    edit(&intents.join("departments/revenue.toml"), |t| {
        t.replacen("[[services]]", "[[services]]\nid = \"revenue.ghost\"\nkind = \"status\"\nslots = [\"no_such_slot\"]\nfulfilment = { type = \"info\" }\n\n[[services]]", 1)
    });
    edit(&intents.join("departments/energy.toml"), |t| {
        format!("{t}\n[[services]]\nid = \"energy.bill_payment\"\nkind = \"payment\"\nfulfilment = {{ type = \"info\" }}\n")
    });
    // A Telugu message removed, a Hindi name too long for a WhatsApp row, a variable renamed.
    edit(&locales.join("te/main.ftl"), |t| {
        t.lines()
            .filter(|l| !l.starts_with("anything-else"))
            .collect::<Vec<_>>()
            .join("\n")
    });
    edit(&locales.join("hi/revenue.ftl"), |t| {
        let start = t.find("dept-revenue =").unwrap();
        let end = start + t[start..].find('\n').unwrap();
        format!(
            "{}dept-revenue = यह नाम व्हाट्सऐप की सूची के लिए बहुत ही ज़्यादा लंबा है{}",
            &t[..start],
            &t[end..]
        )
    });
    edit(&locales.join("en/main.ftl"), |t| {
        t.replace("{ $max }", "{ $maximum }")
    });
    // Example utterances: an unknown service id, an unknown form, and one message taught as
    // two different services.
    std::fs::write(
        intents.join("en/extra.toml"),
        "[revenue.no_such_service]\nnative = [\"a ghost service\"]\n\n[revenue.caste_certificate]\nslang = [\"caste cert pls\"]\nnative = [\"I need an income certificate for my son\"]\n",
    )
    .unwrap();
    edit(&intents.join("en/revenue.toml"), |t| {
        t.replacen("[revenue.income_certificate]\nnative = [", "[revenue.income_certificate]\nnative = [\n  \"I need an income certificate for my son\",", 1)
    });

    // Held-out messages: one that is also a training example, one under an unknown id.
    std::fs::create_dir_all(intents.join("heldout/en")).unwrap();
    std::fs::write(
        intents.join("heldout/en/messages.toml"),
        "[revenue.income_certificate]\nnative = [\"I need an income certificate for my son\"]\n\n[revenue.no_such_service]\nnative = [\"a ghost\"]\n",
    )
    .unwrap();

    // A Fluent syntax error.
    edit(&locales.join("en/revenue.ftl"), |t| {
        format!("{t}\nbroken-message = {{ unclosed\n")
    });

    let (ok, stdout, _) = mitra(&intents, &locales, &["check"]);
    assert!(!ok, "broken data must fail the check");
    let expect = [
        ("revenue.toml:", "no_such_slot"),
        ("energy.toml:", "energy.bill_payment"),
        ("main.ftl:", "`anything-else` in te"),
        ("hi/revenue.ftl:", "dept-revenue"),
        ("en/main.ftl:", "number-out-of-range"),
        ("en/revenue.ftl:", "syntax"),
        ("en/extra.toml:", "revenue.no_such_service"),
        ("en/extra.toml:", "`slang` is not a form"),
        ("/revenue.toml:", "one utterance cannot mean two things"),
        ("heldout/en/messages.toml:", "must not be trained on"),
        ("heldout/en/messages.toml:", "revenue.no_such_service"),
    ];
    for (file, what) in expect {
        assert!(
            stdout
                .lines()
                .any(|l| l.contains(file) && l.contains(what) && l.split(':').nth(1).is_some()),
            "expected a problem in {file} about {what}:\n{stdout}"
        );
    }
    let summary = stdout.lines().last().unwrap();
    assert!(summary.contains("problem(s)"), "{summary}");
    // The service refuses to start on such data.
    let (ok, _, stderr) = mitra(&intents, &locales, &["chat"]);
    assert!(!ok);
    assert!(stderr.contains("mitra check"), "{stderr}");
}
