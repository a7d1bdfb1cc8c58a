//! The webhook endpoints: Meta's verification handshake and the signed notification POST.
//! A POST is answered only after its messages are stored, and the slow work happens after.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use serde::Deserialize;
use tokio::sync::Notify;

use super::inbound::{self, InboundMessage};
use super::signature::{self, SignatureError};
use crate::store::{InboundRecord, StatusRecord, Store};

#[derive(Clone)]
pub struct WebhookState {
    pub verify_token: String,
    pub app_secret: String,
    pub store: Arc<dyn Store>,
    /// Wakes the worker when new messages are stored.
    pub wake: Arc<Notify>,
}

#[derive(Deserialize)]
pub struct Verification {
    #[serde(rename = "hub.mode")]
    mode: Option<String>,
    #[serde(rename = "hub.verify_token")]
    token: Option<String>,
    #[serde(rename = "hub.challenge")]
    challenge: Option<String>,
}

/// `GET /webhook`: echo the challenge when the verify token matches.
pub async fn verify(
    State(state): State<WebhookState>,
    Query(q): Query<Verification>,
) -> impl IntoResponse {
    let token_ok = !state.verify_token.is_empty()
        && q.token.as_deref().is_some_and(|t| {
            subtle::ConstantTimeEq::ct_eq(t.as_bytes(), state.verify_token.as_bytes()).into()
        });
    match (q.mode.as_deref(), token_ok, q.challenge) {
        (Some("subscribe"), true, Some(challenge)) => (StatusCode::OK, challenge),
        _ => {
            tracing::warn!("webhook verification refused: wrong mode or verify token");
            (StatusCode::FORBIDDEN, "verification failed".to_string())
        }
    }
}

/// `POST /webhook`: check the signature over the raw bytes, parse, store, then answer 200.
pub async fn receive(
    State(state): State<WebhookState>,
    headers: HeaderMap,
    body: Bytes,
) -> impl IntoResponse {
    if state.app_secret.is_empty() {
        tracing::error!("webhook POST refused: MITRA_APP_SECRET is not set");
        return (StatusCode::UNAUTHORIZED, "app secret not configured");
    }
    let header = headers
        .get("x-hub-signature-256")
        .and_then(|v| v.to_str().ok());
    if let Err(e) = signature::verify(state.app_secret.as_bytes(), &body, header) {
        tracing::warn!(reason = ?e, bytes = body.len(), "webhook POST with a bad signature refused");
        let why = match e {
            SignatureError::Missing => "missing X-Hub-Signature-256",
            SignatureError::Malformed => "malformed X-Hub-Signature-256",
            SignatureError::Mismatch => "signature does not match",
        };
        return (StatusCode::UNAUTHORIZED, why);
    }
    let notification = match inbound::parse(&body) {
        Ok(n) => n,
        Err(e) => {
            tracing::warn!(error = %e, "webhook POST refused: not a WhatsApp notification");
            return (StatusCode::BAD_REQUEST, "not a WhatsApp notification");
        }
    };
    for why in &notification.skipped {
        tracing::info!(part = why, "webhook part skipped");
    }
    let records: Vec<InboundRecord> = notification.messages.iter().map(to_record).collect();
    let count = records.len();
    if count > 0 {
        match state.store.enqueue_inbound(records).await {
            Ok(added) => {
                if added < count {
                    tracing::info!(duplicates = count - added, "duplicate deliveries ignored");
                }
                state.wake.notify_one();
            }
            Err(e) => {
                // Not stored: make Meta deliver it again rather than lose it.
                tracing::error!(error = %e, "could not store inbound messages");
                return (StatusCode::SERVICE_UNAVAILABLE, "try again");
            }
        }
    }
    for s in notification.statuses {
        if s.status == "failed" {
            tracing::warn!(message = s.message_id, errors = ?s.errors, "WhatsApp could not deliver a message");
        }
        let record = StatusRecord {
            message_id: s.message_id,
            status: s.status,
            recipient: s.recipient,
            timestamp: s.timestamp,
            errors: s.errors,
        };
        if let Err(e) = state.store.record_status(record).await {
            tracing::error!(error = %e, "could not record a delivery status");
            return (StatusCode::SERVICE_UNAVAILABLE, "try again");
        }
    }
    (StatusCode::OK, "EVENT_RECEIVED")
}

fn to_record(m: &InboundMessage) -> InboundRecord {
    InboundRecord {
        id: 0,
        message_id: m.id.clone(),
        user_id: m.user_id.clone(),
        kind: m.content.kind().to_string(),
        payload: serde_json::to_value(m).unwrap_or_default(),
        received_at: chrono::Utc::now().timestamp(),
    }
}
