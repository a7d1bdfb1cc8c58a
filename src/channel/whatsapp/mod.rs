//! The WhatsApp Cloud API channel: webhook in (verification, signatures, notification parsing)
//! and Graph API out (messages, read receipts, with retries).

pub mod graph_api;
pub mod inbound;
pub mod signature;
pub mod webhook;

pub use graph_api::{GraphApi, GraphConfig, SendError};
pub use inbound::{Content, InboundMessage, Notification};
