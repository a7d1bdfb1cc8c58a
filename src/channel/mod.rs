//! Channels: where messages come in and go out. Only WhatsApp's Cloud API for now.

pub mod whatsapp;
