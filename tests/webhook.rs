//! The WhatsApp channel end to end: the real server, a fake Graph API, signed webhooks.

mod common;

use std::time::Duration;

use common::*;
use serde_json::{json, Value};

#[tokio::test]
async fn verification_echoes_the_challenge_only_for_the_right_token() {
    let h = Harness::start().await;
    let ok = h
        .client
        .get(h.url(&format!(
            "/webhook?hub.mode=subscribe&hub.verify_token={VERIFY_TOKEN}&hub.challenge=1158201444"
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.text().await.unwrap(), "1158201444");
    let wrong = h
        .client
        .get(h.url("/webhook?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444"))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 403);
}

#[tokio::test]
async fn bad_or_missing_signature_is_refused_and_nothing_is_stored() {
    let h = Harness::start().await;
    let body = text_message("919800000001", &next_id(), "Hi");
    let (status, text) = h.post_raw(&body, None).await;
    assert_eq!(status, 401);
    assert!(text.contains("missing"), "{text}");
    let forged = mitra::channel::whatsapp::signature::sign(b"not-the-secret", body.as_bytes());
    let (status, _) = h.post_raw(&body, Some(&forged)).await;
    assert_eq!(status, 401);
    let (status, _) = h.post_raw(&body, Some("sha256=zz")).await;
    assert_eq!(status, 401);
    // A signature over different bytes (the body re-serialised) does not match either.
    let reformatted =
        serde_json::to_string_pretty(&serde_json::from_str::<Value>(&body).unwrap()).unwrap();
    let other =
        mitra::channel::whatsapp::signature::sign(APP_SECRET.as_bytes(), reformatted.as_bytes());
    let (status, _) = h.post_raw(&body, Some(&other)).await;
    assert_eq!(status, 401);
    assert_eq!(h.stats().await["inbound_total"], 0);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        h.graph.requests().is_empty(),
        "nothing may be sent for a refused POST"
    );
}

#[tokio::test]
async fn malformed_json_gets_400() {
    let h = Harness::start().await;
    let (status, _) = h
        .post_signed("{\"object\": \"whatsapp_business_account\", \"entry\": [")
        .await;
    assert_eq!(status, 400);
    let (status, _) = h.post_signed(r#"{"object":"page","entry":[]}"#).await;
    assert_eq!(status, 400);
    assert_eq!(h.stats().await["inbound_total"], 0);
}

#[tokio::test]
async fn a_body_over_the_limit_gets_413() {
    let h = Harness::start_with(|c| c.max_body_bytes = 64 * 1024).await;
    let big = text_message("919800000002", &next_id(), &"a".repeat(100 * 1024));
    let (status, _) = h.post_signed(&big).await;
    assert_eq!(status, 413);
    // A normal message still goes through afterwards.
    let mut seen = 0;
    let replies = h.say("919800000002", &mut seen, "Hi").await;
    assert!(!replies.is_empty());
}

#[tokio::test]
async fn first_message_gets_the_language_choice_and_a_read_receipt() {
    let h = Harness::start().await;
    let mut seen = 0;
    let replies = h.say("919800000003", &mut seen, "Hi").await;
    let ids: Vec<String> = replies.iter().flat_map(offered_ids).collect();
    for lang in ["lang:en", "lang:hi", "lang:te"] {
        assert!(
            ids.iter().any(|i| i == lang),
            "{lang} offered in {replies:#?}"
        );
    }
    let receipts = h.graph.read_receipts();
    assert_eq!(receipts.len(), 1);
    assert_eq!(receipts[0]["status"], "read");
    let req = &h.graph.requests()[0];
    assert_eq!(req.path, format!("/v25.0/{PHONE_NUMBER_ID}/messages"));
    assert_eq!(
        req.authorization.as_deref(),
        Some("Bearer test-access-token")
    );
}

#[tokio::test]
async fn duplicate_delivery_is_processed_once() {
    let h = Harness::start().await;
    let user = "919800000004";
    let body = text_message(user, "wamid.duplicate.1", "Hi");
    for _ in 0..3 {
        let (status, _) = h.post_signed(&body).await;
        assert_eq!(
            status, 200,
            "a duplicate is still acknowledged, or Meta keeps retrying"
        );
    }
    let mut seen = 0;
    let first = h.replies(user, &mut seen).await;
    h.graph.settle().await;
    assert_eq!(
        h.graph.messages_to(user).len(),
        first.len(),
        "replies sent once"
    );
    assert_eq!(h.graph.read_receipts().len(), 1);
    assert_eq!(h.stats().await["inbound_total"], 1);
}

#[tokio::test]
async fn several_entries_and_changes_in_one_post_are_all_processed() {
    let h = Harness::start().await;
    let value = |from: &str| {
        message_value(
            from,
            json!({"from": from, "id": next_id(), "timestamp": "1767225600", "type": "text", "text": {"body": "Hi"}}),
        )
    };
    let body = json!({"object": "whatsapp_business_account", "entry": [
        {"id": "W1", "changes": [{"field": "messages", "value": value("919800000011")}, {"field": "messages", "value": value("919800000012")}]},
        {"id": "W2", "changes": [{"field": "messages", "value": value("919800000013")}]}
    ]})
    .to_string();
    let (status, _) = h.post_signed(&body).await;
    assert_eq!(status, 200);
    for user in ["919800000011", "919800000012", "919800000013"] {
        h.graph.wait_for(user, 1).await;
    }
}

#[tokio::test]
async fn rate_limit_429_is_retried_until_it_succeeds() {
    let h = Harness::start().await;
    // The read receipt takes the first answer; the reply then meets two rate limits.
    let limited = json!({"error": {"message": "(#130429) Rate limit hit", "type": "OAuthException", "code": 130429}});
    h.graph.script(vec![
        (200, json!({"success": true})),
        (429, limited.clone()),
        (429, limited),
    ]);
    let user = "919800000005";
    let mut seen = 0;
    let replies = h.say(user, &mut seen, "Hi").await;
    // The same reply was attempted three times; the citizen got it.
    assert_eq!(
        replies.len(),
        3,
        "two refused attempts and one delivered: {replies:#?}"
    );
    assert_eq!(replies[0], replies[2]);
    h.graph.settle().await;
    let stats = h.stats().await;
    assert_eq!(stats["outbound_sent"], 1);
    assert_eq!(stats["outbound_failed"], 0);
}

#[tokio::test]
async fn error_131047_is_not_retried_and_is_recorded() {
    let h = Harness::start().await;
    let outside_window = json!({"error": {"message": "Re-engagement message", "type": "OAuthException", "code": 131047,
        "error_data": {"messaging_product": "whatsapp", "details": "More than 24 hours have passed"}}});
    h.graph
        .script(vec![(200, json!({"success": true})), (400, outside_window)]);
    let user = "919800000006";
    let (status, _) = h.post_signed(&text_message(user, &next_id(), "Hi")).await;
    assert_eq!(status, 200);
    h.graph.wait_for(user, 1).await;
    h.graph.settle().await;
    assert_eq!(
        h.graph.messages_to(user).len(),
        1,
        "131047 must not be retried"
    );
    let stats = h.stats().await;
    assert_eq!(stats["outbound_failed"], 1);
    assert_eq!(
        stats["inbound_failed"], 1,
        "the message is marked as not answered"
    );
}

#[tokio::test]
async fn server_errors_are_retried_then_recorded_as_failed() {
    let h = Harness::start_with(|c| c.send_attempts = 3).await;
    let oops = json!({"error": {"message": "Service unavailable", "code": 131000}});
    h.graph.script(vec![
        (200, json!({"success": true})),
        (503, oops.clone()),
        (503, oops.clone()),
        (503, oops),
    ]);
    let user = "919800000007";
    h.post_signed(&text_message(user, &next_id(), "Hi")).await;
    h.graph.wait_for(user, 3).await;
    h.graph.settle().await;
    assert_eq!(
        h.graph.messages_to(user).len(),
        3,
        "exactly send_attempts tries"
    );
    assert_eq!(h.stats().await["outbound_failed"], 1);
}

#[tokio::test]
async fn status_notifications_are_recorded_without_a_reply() {
    let h = Harness::start().await;
    let statuses = |status: &str| {
        envelope(
            json!({"messaging_product": "whatsapp", "metadata": {"phone_number_id": PHONE_NUMBER_ID},
            "statuses": [{"id": "wamid.out.1", "status": status, "timestamp": "1767225600", "recipient_id": "919800000008",
                          "errors": if status == "failed" { json!([{"code": 131026, "title": "Message undeliverable"}]) } else { Value::Null }}]}),
        )
    };
    for s in ["sent", "delivered", "failed", "failed"] {
        let (status, _) = h.post_signed(&statuses(s)).await;
        assert_eq!(status, 200);
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        h.graph.requests().is_empty(),
        "a status is not a message to answer"
    );
    let stats = h.stats().await;
    assert_eq!(
        stats["delivery_failed"], 1,
        "a repeated status is recorded once"
    );
    assert_eq!(stats["inbound_total"], 0);
}

#[tokio::test]
async fn a_user_without_a_phone_number_is_keyed_on_user_id() {
    let h = Harness::start().await;
    let value = json!({"messaging_product": "whatsapp", "metadata": {"phone_number_id": PHONE_NUMBER_ID},
        "contacts": [{"profile": {"name": "Anon"}, "user_id": "IN.bsuid.777"}],
        "messages": [{"from_user_id": "IN.bsuid.777", "id": next_id(), "timestamp": "1767225600", "type": "text", "text": {"body": "Hi"}}]});
    let (status, _) = h.post_signed(&envelope(value)).await;
    assert_eq!(status, 200);
    h.graph.wait_for("IN.bsuid.777", 1).await;
}
