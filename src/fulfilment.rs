//! Fulfilment adapters: calling a department's back-end with what the citizen gave.
//!
//! Contract with a department endpoint: `POST {base_url}{path}` with JSON
//! `{"service","reference","language","inputs":{...}}`; it answers JSON with `status`
//! (`done`/`ok`/`pending`/`submitted` = success, `rejected`/`not_found`/`invalid` = refused)
//! and any of `message`, `status_text`, `document_url`, `payment_url`, `amount`, `reference`.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use rand::Rng;
use serde::Deserialize;

use crate::store::{FulfilmentRecord, Store};

#[derive(Clone, Debug)]
pub struct FulfilmentRequest {
    pub service: String,
    pub department: String,
    pub path: String,
    pub language: String,
    pub inputs: BTreeMap<String, String>,
}

/// What the citizen is told. Every outcome carries the reference number they can quote.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Done {
        reference: String,
        status_text: Option<String>,
        document_url: Option<String>,
        payment_url: Option<String>,
        amount: Option<String>,
    },
    /// The department answered but refused (unknown application number, not eligible...).
    Rejected { reference: String, message: String },
    /// The department did not answer usefully (timeout, error, garbage).
    Failed { reference: String },
    /// No back-end is configured for this department.
    NotConnected { reference: String },
}

#[async_trait]
pub trait Fulfiller: Send + Sync {
    async fn fulfil(&self, request: FulfilmentRequest) -> Outcome;
}

/// Where each department's back-end lives.
#[derive(Clone, Debug, Default)]
pub struct Endpoints {
    /// Used for departments without their own entry.
    pub default_base_url: Option<String>,
    /// Keyed by department id (`revenue`) or, to override one service, by service id
    /// (`revenue.income_certificate`).
    pub per_department: HashMap<String, String>,
}

impl Endpoints {
    /// A service's own back-end, else its department's, else the default.
    fn base_url(&self, service: &str, department: &str) -> Option<&str> {
        self.per_department
            .get(service)
            .or_else(|| self.per_department.get(department))
            .or(self.default_base_url.as_ref())
            .map(|s| s.as_str())
    }
}

pub struct HttpFulfiller {
    client: reqwest::Client,
    endpoints: Endpoints,
    store: Arc<dyn Store>,
}

#[derive(Deserialize, Default)]
struct DepartmentReply {
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    status_text: Option<String>,
    #[serde(default)]
    document_url: Option<String>,
    #[serde(default)]
    payment_url: Option<String>,
    #[serde(default)]
    amount: Option<serde_json::Value>,
}

impl HttpFulfiller {
    pub fn new(
        endpoints: Endpoints,
        timeout: Duration,
        store: Arc<dyn Store>,
    ) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .build()?;
        Ok(HttpFulfiller {
            client,
            endpoints,
            store,
        })
    }

    async fn call(
        &self,
        base: &str,
        request: &FulfilmentRequest,
        reference: &str,
    ) -> (
        Outcome,
        &'static str,
        Option<serde_json::Value>,
        Option<String>,
    ) {
        let url = format!("{}{}", base.trim_end_matches('/'), request.path);
        let body = serde_json::json!({
            "service": request.service,
            "reference": reference,
            "language": request.language,
            "inputs": request.inputs,
        });
        let failed = |error: String| {
            (
                Outcome::Failed {
                    reference: reference.to_string(),
                },
                "failed",
                None,
                Some(error),
            )
        };
        let response = match self.client.post(&url).json(&body).send().await {
            Ok(r) => r,
            Err(e) => return failed(format!("{url}: {e}")),
        };
        let http = response.status();
        let text = match response.text().await {
            Ok(t) => t,
            Err(e) => return failed(format!("{url}: reading the reply: {e}")),
        };
        let json: Option<serde_json::Value> = serde_json::from_str(&text).ok();
        let reply: Option<DepartmentReply> =
            json.clone().and_then(|j| serde_json::from_value(j).ok());
        if http.is_server_error() {
            return (
                Outcome::Failed {
                    reference: reference.into(),
                },
                "failed",
                json,
                Some(format!("{url}: HTTP {http}")),
            );
        }
        let Some(reply) = reply else {
            return (
                Outcome::Failed {
                    reference: reference.into(),
                },
                "failed",
                None,
                Some(format!("{url}: HTTP {http}, reply is not JSON")),
            );
        };
        let status = reply.status.as_deref().unwrap_or(if http.is_success() {
            "done"
        } else {
            "rejected"
        });
        let refused =
            !http.is_success() || matches!(status, "rejected" | "not_found" | "invalid" | "error");
        if refused {
            let message = reply.message.or(reply.status_text).unwrap_or_default();
            return (
                Outcome::Rejected {
                    reference: reference.into(),
                    message,
                },
                "rejected",
                json,
                None,
            );
        }
        let amount = reply.amount.map(|a| match a {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        });
        let outcome = Outcome::Done {
            reference: reference.into(),
            status_text: reply.status_text.or(reply.message),
            document_url: reply.document_url,
            payment_url: reply.payment_url,
            amount,
        };
        (outcome, "done", json, None)
    }
}

#[async_trait]
impl Fulfiller for HttpFulfiller {
    async fn fulfil(&self, request: FulfilmentRequest) -> Outcome {
        let reference = new_reference();
        let (outcome, status, response, error) = match self
            .endpoints
            .base_url(&request.service, &request.department)
        {
            None => (
                Outcome::NotConnected {
                    reference: reference.clone(),
                },
                "not_connected",
                None,
                None,
            ),
            Some(base) => self.call(base, &request, &reference).await,
        };
        if let Some(e) = &error {
            tracing::warn!(
                reference,
                service = request.service,
                error = e,
                "fulfilment failed"
            );
        }
        let record = FulfilmentRecord {
            reference: reference.clone(),
            service: request.service.clone(),
            status: status.into(),
            inputs: serde_json::to_value(&request.inputs).unwrap_or_default(),
            response,
            error,
        };
        if let Err(e) = self.store.record_fulfilment(record).await {
            tracing::error!(reference, error = %e, "could not record a fulfilment request");
        }
        outcome
    }
}

/// A reference a citizen can read out on the phone: `MM` + date + 6 unambiguous characters.
pub fn new_reference() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    let tail: String = (0..6)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect();
    format!("MM{}{tail}", chrono::Utc::now().format("%y%m%d"))
}
