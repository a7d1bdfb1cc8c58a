//! Whole conversations over signed webhooks, in each language, from "Hi" to a fulfilled service,
//! against the real server, a fake Graph API and a fake department back-end.

mod common;

use common::*;
use serde_json::{json, Value};

fn texts(replies: &[Value]) -> String {
    replies
        .iter()
        .map(visible_text)
        .collect::<Vec<_>>()
        .join("\n---\n")
}

fn has_script(s: &str, range: std::ops::RangeInclusive<char>) -> bool {
    s.chars().any(|c| range.contains(&c))
}

const TELUGU: std::ops::RangeInclusive<char> = '\u{0C00}'..='\u{0C7F}';
const DEVANAGARI: std::ops::RangeInclusive<char> = '\u{0900}'..='\u{097F}';

/// The department request that reached the fake back-end at `path`.
fn department_request(h: &Harness, path: &str) -> Value {
    let reqs: Vec<_> = h
        .departments
        .requests()
        .into_iter()
        .filter(|r| r.path == path)
        .collect();
    assert_eq!(
        reqs.len(),
        1,
        "one request to {path}: {:#?}",
        h.departments.requests()
    );
    reqs[0].body.clone()
}

#[tokio::test]
async fn english_income_certificate_by_taps_with_a_document_link() {
    let h = Harness::start().await;
    h.departments.route(
        "/revenue/income-certificate",
        200,
        json!({"status": "done", "status_text": "Certificate issued", "document_url": "https://certs.example.gov.in/INC123.pdf"}),
    );
    let user = "919811100001";
    let mut seen = 0;
    let r = h.say(user, &mut seen, "Hello").await;
    assert!(offered_ids(&r[0]).contains(&"lang:en".to_string()));
    let r = h.tap(user, &mut seen, "lang:en").await;
    assert!(
        offered_ids(r.last().unwrap()).contains(&"dept:revenue".to_string()),
        "{r:#?}"
    );
    let r = h.tap(user, &mut seen, "dept:revenue").await;
    assert!(offered_ids(r.last().unwrap()).contains(&"svc:revenue.income_certificate".to_string()));
    let r = h
        .tap(user, &mut seen, "svc:revenue.income_certificate")
        .await;
    assert!(texts(&r).to_lowercase().contains("name"), "{}", texts(&r));
    h.say(user, &mut seen, "Ravi Kumar").await;
    // Income must be a number: the citizen is told and asked again.
    let r = h.say(user, &mut seen, "very little").await;
    assert!(
        texts(&r).contains("120000"),
        "re-prompt with an example: {}",
        texts(&r)
    );
    let r = h.say(user, &mut seen, "Rs 1,20,000").await;
    assert!(
        texts(&r).to_lowercase().contains("district"),
        "{}",
        texts(&r)
    );
    h.say(user, &mut seen, "Krishna").await;
    let r = h.say(user, &mut seen, "Vijayawada Rural").await;
    // The confirmation shows what was collected, with buttons.
    let summary = texts(&r);
    assert!(
        summary.contains("Ravi Kumar")
            && summary.contains("Krishna")
            && summary.contains("Vijayawada Rural"),
        "{summary}"
    );
    assert!(offered_ids(r.last().unwrap()).contains(&"confirm:yes".to_string()));
    let r = h.tap(user, &mut seen, "confirm:yes").await;
    let result = texts(&r);
    assert!(
        result.contains("https://certs.example.gov.in/INC123.pdf"),
        "{result}"
    );
    assert!(
        regex::Regex::new(r"MM[0-9]{6}[A-Z0-9]{6}")
            .unwrap()
            .is_match(&result),
        "a reference number: {result}"
    );

    let call = department_request(&h, "/revenue/income-certificate");
    assert_eq!(call["service"], "revenue.income_certificate");
    assert_eq!(call["language"], "en");
    assert_eq!(call["inputs"]["applicant_name"], "Ravi Kumar");
    assert_eq!(call["inputs"]["revenue_annual_income"], "120000");
    assert_eq!(call["inputs"]["district"], "krishna");
    assert_eq!(call["inputs"]["mandal"], "Vijayawada Rural");
    assert!(call["reference"].as_str().unwrap().starts_with("MM"));
    let stats = h.stats().await;
    assert_eq!(stats["fulfilments"], 1);
}

#[tokio::test]
async fn telugu_property_tax_by_typed_numbers_with_a_payment_link() {
    let h = Harness::start().await;
    h.departments.route(
        "/maud/property-tax",
        200,
        json!({"status": "ok", "amount": 2450, "payment_url": "https://pay.example.gov.in/ptax/1086012345"}),
    );
    let user = "919811100002";
    let mut seen = 0;
    h.say(user, &mut seen, "నమస్కారం").await;
    // Telugu is first on the language menu; the citizen types its number.
    let r = h.say(user, &mut seen, "1").await;
    let menu = texts(&r);
    assert!(has_script(&menu, TELUGU), "{menu}");
    // Municipal services are number 2 on the department menu, property tax 1 in it.
    let r = h.say(user, &mut seen, "2").await;
    assert!(
        offered_ids(r.last().unwrap()).contains(&"svc:maud.property_tax".to_string()),
        "{r:#?}"
    );
    h.say(user, &mut seen, "1").await;
    h.say(user, &mut seen, "విజయవాడ").await;
    // An assessment number with Telugu digits and spaces is still understood.
    let r = h.say(user, &mut seen, "౧౦౮౬ ౦౧౨ ౩౪౫").await;
    assert!(texts(&r).contains("1086012345"), "{}", texts(&r));
    let r = h.say(user, &mut seen, "సరే").await;
    let result = texts(&r);
    assert!(
        result.contains("https://pay.example.gov.in/ptax/1086012345"),
        "{result}"
    );
    assert!(result.contains("2450"), "{result}");
    assert!(has_script(&result, TELUGU), "{result}");
    let call = department_request(&h, "/maud/property-tax");
    assert_eq!(call["language"], "te");
    assert_eq!(call["inputs"]["assessment_number"], "1086012345");
}

#[tokio::test]
async fn hindi_cmrf_status_rejected_by_the_department_is_explained() {
    let h = Harness::start().await;
    h.departments.route(
        "/cmrf/application-status",
        404,
        json!({"status": "not_found", "message": "No application with this number"}),
    );
    let user = "919811100003";
    let mut seen = 0;
    h.say(user, &mut seen, "नमस्ते").await;
    let r = h.say(user, &mut seen, "हिंदी").await;
    assert!(has_script(&texts(&r), DEVANAGARI));
    h.tap(user, &mut seen, "dept:cmrf").await;
    h.tap(user, &mut seen, "svc:cmrf.application_status").await;
    h.say(user, &mut seen, "CMRF2025001234").await;
    let r = h.say(user, &mut seen, "haan").await;
    let result = texts(&r);
    assert!(
        result.contains("No application with this number"),
        "{result}"
    );
    assert!(result.contains("MM"), "{result}");
    assert!(has_script(&result, DEVANAGARI), "{result}");
    assert_eq!(
        department_request(&h, "/cmrf/application-status")["inputs"]["reference_number"],
        "CMRF2025001234"
    );
}

#[tokio::test]
async fn a_department_that_does_not_answer_gives_a_reference_and_is_recorded() {
    let h = Harness::start_with(|c| c.departments.timeout_ms = 300).await;
    h.departments.delay(std::time::Duration::from_millis(1500));
    let user = "919811100004";
    let mut seen = 0;
    h.say(user, &mut seen, "hi").await;
    h.tap(user, &mut seen, "lang:en").await;
    h.tap(user, &mut seen, "dept:cmrf").await;
    h.tap(user, &mut seen, "svc:cmrf.application_status").await;
    h.say(user, &mut seen, "CMRF2025001234").await;
    let r = h.tap(user, &mut seen, "confirm:yes").await;
    let result = texts(&r);
    assert!(
        regex::Regex::new(r"MM[0-9]{6}[A-Z0-9]{6}")
            .unwrap()
            .is_match(&result),
        "{result}"
    );
    let stats = h.stats().await;
    assert_eq!(stats["fulfilments_failed"], 1);
}

#[tokio::test]
async fn number_out_of_range_and_global_commands() {
    let h = Harness::start().await;
    let user = "919811100005";
    let mut seen = 0;
    h.say(user, &mut seen, "Hi").await;
    h.say(user, &mut seen, "3").await; // English
    let r = h.say(user, &mut seen, "99").await;
    let t = texts(&r);
    assert!(
        t.contains("1") && t.contains("36"),
        "number out of range names the range: {t}"
    );
    // help, back, language and stop work mid-way, in any language and romanized.
    h.tap(user, &mut seen, "dept:revenue").await;
    let r = h.say(user, &mut seen, "sahayam").await;
    assert!(texts(&r).to_lowercase().contains("menu"), "{}", texts(&r));
    let r = h.say(user, &mut seen, "back").await;
    assert!(
        offered_ids(r.last().unwrap()).contains(&"dept:revenue".to_string()),
        "back to departments"
    );
    let r = h.say(user, &mut seen, "भाषा").await;
    assert!(offered_ids(r.last().unwrap()).contains(&"lang:te".to_string()));
    let r = h.say(user, &mut seen, "telugu").await;
    assert!(has_script(&texts(&r), TELUGU));
    let r = h.say(user, &mut seen, "మెనూ").await;
    assert!(offered_ids(r.last().unwrap()).contains(&"dept:revenue".to_string()));
    let r = h.say(user, &mut seen, "aapu").await;
    assert!(
        offered_ids(r.last().unwrap()).is_empty(),
        "goodbye is plain text"
    );
    let r = h.say(user, &mut seen, "Hi").await;
    assert!(
        offered_ids(r.last().unwrap()).contains(&"dept:revenue".to_string()),
        "language remembered"
    );
}

#[tokio::test]
async fn voice_notes_images_and_unsupported_messages_get_a_polite_answer_in_the_citizens_language()
{
    let h = Harness::start().await;
    let user = "919811100006";
    let mut seen = 0;
    h.say(user, &mut seen, "Hi").await;
    h.say(user, &mut seen, "1").await; // Telugu
    let media = |kind: &str| {
        let mut m = json!({"from": user, "id": next_id(), "timestamp": "1767225600", "type": kind});
        m[kind] = json!({"id": "MEDIA1", "mime_type": "audio/ogg; codecs=opus", "voice": true});
        envelope(message_value(user, m))
    };
    for kind in ["audio", "image", "document"] {
        let (status, _) = h.post_signed(&media(kind)).await;
        assert_eq!(status, 200);
        let r = h.replies(user, &mut seen).await;
        assert!(has_script(&texts(&r), TELUGU), "{kind}: {}", texts(&r));
        // The citizen is put back where they were: the department menu.
        assert!(
            offered_ids(r.last().unwrap()).contains(&"dept:revenue".to_string()),
            "{kind}"
        );
    }
    let unsupported = envelope(message_value(
        user,
        json!({"from": user, "id": next_id(), "timestamp": "1767225600", "type": "unsupported",
               "errors": [{"code": 131051, "title": "Message type unknown"}]}),
    ));
    h.post_signed(&unsupported).await;
    let r = h.replies(user, &mut seen).await;
    assert!(has_script(&texts(&r), TELUGU));
    let location = envelope(message_value(
        user,
        json!({"from": user, "id": next_id(), "timestamp": "1767225600", "type": "location", "location": {"latitude": 16.5, "longitude": 80.6}}),
    ));
    h.post_signed(&location).await;
    let r = h.replies(user, &mut seen).await;
    assert!(has_script(&texts(&r), TELUGU));
    assert_eq!(h.stats().await["inbound_failed"], 0);
}

#[tokio::test]
async fn an_expired_session_resumes_politely_at_the_main_menu() {
    let h = Harness::start_with(|c| c.session_idle_minutes = 0).await;
    let user = "919811100007";
    let mut seen = 0;
    h.say(user, &mut seen, "Hi").await;
    h.tap(user, &mut seen, "lang:en").await;
    h.tap(user, &mut seen, "dept:revenue").await;
    h.tap(user, &mut seen, "svc:revenue.income_certificate")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let r = h.say(user, &mut seen, "Ravi").await;
    assert!(
        offered_ids(r.last().unwrap()).contains(&"dept:revenue".to_string()),
        "{}",
        texts(&r)
    );
    assert!(h.departments.requests().is_empty());
}
