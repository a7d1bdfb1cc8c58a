//! mitra: a conversational layer for government services over WhatsApp, in Telugu, Hindi and
//! English.
//!
//! A message flows through the modules in this order:
//! [`channel`] (webhook in) → [`worker`] (per-citizen queue) → [`dialogue`] (state machine over
//! the [`graph`] of departments and services, text from [`locale`]) → [`fulfilment`]
//! (department back-ends) → [`render`] (lists, buttons, numbered text) → [`channel`] (Graph API
//! out). [`store`] persists sessions and the message log; [`check`] validates the data.

pub mod app;
pub mod channel;
pub mod chat;
pub mod check;
pub mod classify;
pub mod config;
pub mod dialogue;
pub mod fulfilment;
pub mod graph;
pub mod locale;
pub mod media;
pub mod models;
pub mod render;
pub mod server;
pub mod speech;
pub mod store;
pub mod text;
pub mod understanding;
pub mod voice;
pub mod worker;
