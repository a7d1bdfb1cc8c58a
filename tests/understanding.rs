//! Free-text understanding with the real model: `mitra classify` on messages written for this
//! test (none of them is an example in `intents/`), in every language and form.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::repo_dir;
use serde_json::Value;

fn classify(lines: &[&str], args: &[&str]) -> Vec<Value> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mitra"))
        .args(["classify", "--format", "jsonl"])
        .args(args)
        .env("MITRA_INTENTS", repo_dir("intents"))
        .env("MITRA_LOCALES", repo_dir("locales"))
        .env("RUST_LOG", "error")
        .env_remove("MITRA_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(lines.join("\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "mitra classify failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let values: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(values.len(), lines.len(), "one answer per input line");
    values
}

#[test]
fn requests_in_every_language_and_form_land_on_their_service() {
    let cases = [
        (
            "naaku income certificate kaavaali sir",
            "revenue.income_certificate",
            "te",
            "latin",
        ),
        (
            "నాకు కుల ధృవీకరణ పత్రం కావాలి",
            "revenue.caste_certificate",
            "te",
            "telugu",
        ),
        // abbreviations spelled in native letters
        (
            "సీఎంఆర్ఎఫ్ అప్లికేషన్ ఏ స్టేజ్ లో ఉందో చెప్పండి",
            "cmrf.application_status",
            "te",
            "telugu",
        ),
        (
            "एफआईआर की स्थिति जाननी है",
            "home.fir_status",
            "hi",
            "devanagari",
        ),
        (
            "current bill kattali ela",
            "energy.bill_payment",
            "te",
            "latin",
        ),
        (
            "मुझे बिजली का बिल भरना है",
            "energy.bill_payment",
            "hi",
            "devanagari",
        ),
        (
            "mera ration card ka status kya hai",
            "civil_supplies.ration_card_status",
            "hi",
            "latin",
        ),
        (
            "bus ticket vijayawada to hyderabad tomorrow",
            "apsrtc.ticket_booking",
            "en",
            "latin",
        ),
        (
            "I want to pay my property tax",
            "maud.property_tax",
            "en",
            "latin",
        ),
        (
            "srisailam lo darshanam ticket kavali",
            "endowments.darshan_booking",
            "te",
            "latin",
        ),
        (
            "हॉल टिकट डाउनलोड करना है 10th का",
            "school_education.hall_ticket",
            "hi",
            "devanagari",
        ),
        (
            "driving licence కోసం apply చేయాలి",
            "transport.driving_licence",
            "te",
            "mixed",
        ),
    ];
    let texts: Vec<&str> = cases.iter().map(|c| c.0).collect();
    let out = classify(&texts, &[]);
    let mut wrong = Vec::new();
    for ((text, intent, lang, script), v) in cases.iter().zip(&out) {
        for key in [
            "text",
            "lang",
            "script",
            "intent",
            "confidence",
            "alternatives",
            "entities",
        ] {
            assert!(v.get(key).is_some(), "{key} missing in {v}");
        }
        if v["intent"] != *intent || v["lang"] != *lang || v["script"] != *script {
            wrong.push(format!(
                "{text}: got {} {} {} ({})",
                v["intent"], v["lang"], v["script"], v["confidence"]
            ));
        }
    }
    assert!(wrong.is_empty(), "misunderstood:\n{}", wrong.join("\n"));
}

#[test]
fn out_of_scope_messages_fall_back() {
    let texts = [
        "who won yesterday's IPL match",
        "tell me a joke",
        "best biryani recipe please",
        "kal movie ka review kaisa hai",
        "ఈ రోజు స్టాక్ మార్కెట్ ఎలా ఉంది",
    ];
    let out = classify(&texts, &[]);
    let routed: Vec<String> = texts
        .iter()
        .zip(&out)
        .filter(|(_, v)| v["intent"] != "none")
        .map(|(t, v)| format!("{t} → {}", v["intent"]))
        .collect();
    assert!(
        routed.is_empty(),
        "out-of-scope messages routed to services: {routed:?}"
    );
}

#[test]
fn entities_are_found_in_every_script() {
    let out = classify(
        &[
            "repu vijayawada nunchi tirupati ki bus ticket",
            "मेरा मोबाइल नंबर ९८४९०१२३४५ है",
            "pay 1500 rupees property tax for 15/12/2026",
        ],
        &["--lang", "te"],
    );
    let entities = |v: &Value| -> Vec<(String, String, String)> {
        v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["kind"].as_str().unwrap().to_string(),
                    e["value"].as_str().unwrap().to_string(),
                    e["role"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    };
    let journey = entities(&out[0]);
    assert!(
        journey.contains(&("place".into(), "vijayawada".into(), "from".into())),
        "{journey:?}"
    );
    assert!(
        journey.contains(&("place".into(), "tirupati".into(), "to".into())),
        "{journey:?}"
    );
    assert!(journey.iter().any(|e| e.0 == "date"), "{journey:?}");
    assert_eq!(
        entities(&out[1]),
        vec![("mobile".into(), "9849012345".into(), "".into())]
    );
    let payment = entities(&out[2]);
    assert!(
        payment.contains(&("amount".into(), "1500".into(), "".into())),
        "{payment:?}"
    );
    assert!(
        payment.contains(&("date".into(), "2026-12-15".into(), "".into())),
        "{payment:?}"
    );
}

/// `classify` scores only the best class's examples for the floor; that must decide exactly
/// as scoring every example does (the eval's path), with the same best-class similarities.
#[test]
fn scoring_only_the_best_class_decides_as_scoring_every_class() {
    use mitra::understanding::classifier::embed;
    use mitra::understanding::normalize::normalize;
    let config = mitra::config::Config::load(None).unwrap();
    let encoder = mitra::understanding::load_encoder(&config.models).unwrap();
    let classifier =
        mitra::understanding::train(&repo_dir("intents"), &config.models, encoder.clone()).unwrap();
    assert_eq!(
        classifier.params.neighbour_weight, 0.0,
        "the fast path is the one in use"
    );
    for text in [
        "naku income certificate kavali",
        "మా ఇంటి కరెంటు బిల్లు ఎంత వచ్చింది",
        "mujhe bijli ka bill bharna hai",
        "तिरुपति दर्शन टिकट बुक करना है",
        "caste certificate ఎలా apply చేయాలి",
        "who won the cricket match yesterday",
        "bus ticket vijayawada to hyderabad tomorrow",
    ] {
        let fast = classifier.classify(text, None).unwrap();
        let normalized = normalize(text);
        let embedding = embed(&encoder, &normalized).unwrap();
        let language = classifier.identify(&normalized, None);
        let scores = classifier.scores(&normalized, &embedding, &language);
        let full = classifier.decide(&normalized, None, &scores, &classifier.params);
        assert_eq!(
            (
                &fast.intent,
                fast.decision,
                fast.confidence,
                fast.semantic,
                fast.lexical
            ),
            (
                &full.intent,
                full.decision,
                full.confidence,
                full.semantic,
                full.lexical
            ),
            "{text}"
        );
        assert!(
            fast.lexical > 0.0 || fast.intent == "none",
            "{text}: {}",
            fast.lexical
        );
    }
}
