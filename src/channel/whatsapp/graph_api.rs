//! Sending through the Graph API: messages and read receipts, with the retry policy WhatsApp's
//! error codes call for.

use std::time::Duration;

use serde_json::{json, Value};

use crate::render::Outgoing;

#[derive(Clone, Debug)]
pub struct GraphConfig {
    pub base_url: String,
    pub version: String,
    pub phone_number_id: String,
    pub access_token: String,
    /// Attempts per message, the first included.
    pub max_attempts: u32,
    /// First back-off; doubled each retry (131056, the pair rate limit, waits 4^n times it).
    pub backoff: Duration,
    pub timeout: Duration,
}

#[derive(Clone)]
pub struct GraphApi {
    config: GraphConfig,
    client: reqwest::Client,
}

/// A send that did not succeed, after the retries its error allowed.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message} (code {code:?}, HTTP {http_status:?}, {attempts} attempt(s))")]
pub struct SendError {
    pub code: Option<i64>,
    pub http_status: Option<u16>,
    pub message: String,
    pub attempts: u32,
    pub retryable: bool,
}

/// How to treat an error WhatsApp returned.
#[derive(Debug, PartialEq, Eq)]
enum Policy {
    Retry,
    /// Same user too fast: back off much longer.
    RetryPairLimit,
    Fail,
}

fn policy(http_status: Option<u16>, code: Option<i64>) -> Policy {
    match code {
        Some(131056) => return Policy::RetryPairLimit,
        Some(130429 | 131000 | 4 | 80007 | 2) => return Policy::Retry,
        // Outside the 24 h window, undeliverable, bad parameters, expired token: retrying
        // cannot help.
        Some(131047 | 131026 | 100 | 131008 | 131009 | 190 | 131051) => return Policy::Fail,
        _ => {}
    }
    match http_status {
        Some(429) | Some(500..=599) | None => Policy::Retry,
        _ => Policy::Fail,
    }
}

impl GraphApi {
    pub fn new(config: GraphConfig) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder().timeout(config.timeout).build()?;
        Ok(GraphApi { config, client })
    }

    fn messages_url(&self) -> String {
        format!(
            "{}/{}/{}/messages",
            self.config.base_url.trim_end_matches('/'),
            self.config.version,
            self.config.phone_number_id
        )
    }

    /// The Graph API body for a message to `to`.
    pub fn message_body(to: &str, out: &Outgoing) -> Value {
        let mut body =
            json!({"messaging_product": "whatsapp", "recipient_type": "individual", "to": to});
        let content = match out {
            Outgoing::Text { body } => {
                json!({"type": "text", "text": {"preview_url": false, "body": body}})
            }
            Outgoing::List {
                header,
                body,
                footer,
                button,
                rows,
            } => {
                let mut interactive = json!({
                    "type": "list",
                    "body": {"text": body},
                    "action": {"button": button, "sections": [{"rows": rows}]},
                });
                if let Some(h) = header {
                    interactive["header"] = json!({"type": "text", "text": h});
                }
                if let Some(f) = footer {
                    interactive["footer"] = json!({"text": f});
                }
                json!({"type": "interactive", "interactive": interactive})
            }
            Outgoing::Buttons {
                header,
                body,
                footer,
                buttons,
            } => {
                let buttons: Vec<Value> = buttons
                    .iter()
                    .map(|b| json!({"type": "reply", "reply": {"id": b.id, "title": b.title}}))
                    .collect();
                let mut interactive = json!({"type": "button", "body": {"text": body}, "action": {"buttons": buttons}});
                if let Some(h) = header {
                    interactive["header"] = json!({"type": "text", "text": h});
                }
                if let Some(f) = footer {
                    interactive["footer"] = json!({"text": f});
                }
                json!({"type": "interactive", "interactive": interactive})
            }
        };
        for (k, v) in content.as_object().expect("built as an object") {
            body[k] = v.clone();
        }
        body
    }

    /// Sends a message; returns the new message id and the number of attempts.
    pub async fn send(&self, body: &Value) -> Result<(String, u32), SendError> {
        let response = self.post_with_retries(body).await?;
        let id = response
            .0
            .pointer("/messages/0/id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        Ok((id, response.1))
    }

    /// Marks an inbound message read and shows the typing indicator while we work on it.
    pub async fn mark_read(&self, message_id: &str) -> Result<(), SendError> {
        let body = json!({
            "messaging_product": "whatsapp",
            "status": "read",
            "message_id": message_id,
            "typing_indicator": {"type": "text"},
        });
        self.post_with_retries(&body).await.map(|_| ())
    }

    async fn post_with_retries(&self, body: &Value) -> Result<(Value, u32), SendError> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let err = match self.post_once(body).await {
                Ok(v) => return Ok((v, attempt)),
                Err(e) => e,
            };
            let policy = policy(err.http_status, err.code);
            if policy == Policy::Fail || attempt >= self.config.max_attempts {
                return Err(SendError {
                    attempts: attempt,
                    retryable: policy != Policy::Fail,
                    ..err
                });
            }
            let factor = match policy {
                Policy::RetryPairLimit => 4u32.saturating_pow(attempt),
                _ => 2u32.saturating_pow(attempt - 1),
            };
            let wait = self.config.backoff.saturating_mul(factor);
            tracing::warn!(code = ?err.code, http = ?err.http_status, attempt, ?wait, "Graph API send failed; retrying");
            tokio::time::sleep(wait).await;
        }
    }

    async fn post_once(&self, body: &Value) -> Result<Value, SendError> {
        let error = |code, http_status, message: String| SendError {
            code,
            http_status,
            message,
            attempts: 0,
            retryable: false,
        };
        let response = self
            .client
            .post(self.messages_url())
            .bearer_auth(&self.config.access_token)
            .json(body)
            .send()
            .await
            .map_err(|e| error(None, None, format!("request failed: {e}")))?;
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if (200..300).contains(&status) {
            return Ok(json);
        }
        let code = json.pointer("/error/code").and_then(Value::as_i64);
        let message = json
            .pointer("/error/message")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("HTTP {status}: {}", crate::text::clip(&text, 200)));
        if code == Some(190) {
            tracing::error!("the WhatsApp access token has expired: set a new MITRA_ACCESS_TOKEN");
        }
        Err(error(code, Some(status), message))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_policy_follows_whatsapp_codes() {
        assert_eq!(policy(Some(429), Some(130429)), Policy::Retry);
        assert_eq!(policy(Some(400), Some(131056)), Policy::RetryPairLimit);
        assert_eq!(policy(Some(503), None), Policy::Retry);
        assert_eq!(policy(None, None), Policy::Retry);
        assert_eq!(policy(Some(400), Some(131047)), Policy::Fail);
        assert_eq!(policy(Some(400), Some(131026)), Policy::Fail);
        assert_eq!(policy(Some(400), Some(100)), Policy::Fail);
        assert_eq!(policy(Some(401), Some(190)), Policy::Fail);
        assert_eq!(policy(Some(404), None), Policy::Fail);
    }
}
