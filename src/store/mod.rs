//! Persistence: sessions, the inbound queue (which is also the dedupe record), the outbound and
//! delivery-status logs, and fulfilment requests. Behind [`Store`] so another database can be
//! added without touching the dialogue or the channel.

mod sqlite;

use async_trait::async_trait;
use serde::Serialize;

use crate::dialogue::Session;

pub use sqlite::SqliteStore;

/// An inbound message as queued: the channel's parsed message kept as JSON.
#[derive(Clone, Debug)]
pub struct InboundRecord {
    /// Row id (0 before it is stored).
    pub id: i64,
    /// The channel's message id (`wamid...`): the dedupe key.
    pub message_id: String,
    pub user_id: String,
    pub kind: String,
    pub payload: serde_json::Value,
    pub received_at: i64,
}

#[derive(Clone, Debug)]
pub struct OutboundRecord {
    pub user_id: String,
    pub in_reply_to: Option<String>,
    pub payload: serde_json::Value,
    /// `sent` or `failed`.
    pub status: String,
    pub message_id: Option<String>,
    pub error_code: Option<i64>,
    pub error: Option<String>,
    pub attempts: u32,
}

#[derive(Clone, Debug)]
pub struct StatusRecord {
    pub message_id: String,
    pub status: String,
    pub recipient: Option<String>,
    pub timestamp: i64,
    pub errors: Option<serde_json::Value>,
}

#[derive(Clone, Debug)]
pub struct FulfilmentRecord {
    pub reference: String,
    pub service: String,
    /// `done`, `rejected`, `failed` or `not_connected`.
    pub status: String,
    pub inputs: serde_json::Value,
    pub response: Option<serde_json::Value>,
    pub error: Option<String>,
}

/// Counts for the operator's status page.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Stats {
    pub sessions: i64,
    pub inbound_total: i64,
    pub inbound_pending: i64,
    pub inbound_failed: i64,
    pub outbound_sent: i64,
    pub outbound_failed: i64,
    pub fulfilments: i64,
    pub fulfilments_failed: i64,
    pub delivery_failed: i64,
}

#[async_trait]
pub trait Store: Send + Sync {
    async fn load_session(&self, user_id: &str) -> anyhow::Result<Option<Session>>;
    async fn save_session(&self, user_id: &str, session: &Session) -> anyhow::Result<()>;

    /// Queues messages in one transaction; a message id seen before is ignored. Returns the
    /// number of new messages.
    async fn enqueue_inbound(&self, messages: Vec<InboundRecord>) -> anyhow::Result<usize>;
    /// Users with pending messages, oldest first.
    async fn pending_users(&self, limit: usize) -> anyhow::Result<Vec<String>>;
    /// The oldest pending message of a user.
    async fn next_pending(&self, user_id: &str) -> anyhow::Result<Option<InboundRecord>>;
    /// Marks a message `done` or `failed` (with the error).
    async fn finish_inbound(&self, id: i64, error: Option<String>) -> anyhow::Result<()>;

    /// Records a delivery status; false when this (message, status) was recorded before.
    async fn record_status(&self, status: StatusRecord) -> anyhow::Result<bool>;
    async fn record_outbound(&self, record: OutboundRecord) -> anyhow::Result<()>;
    async fn record_fulfilment(&self, record: FulfilmentRecord) -> anyhow::Result<()>;

    async fn stats(&self) -> anyhow::Result<Stats>;
}
