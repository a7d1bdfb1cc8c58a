//! The pipeline behind the webhook: takes stored inbound messages, one conversation at a time
//! and in order, runs the dialogue, renders and sends the replies. Messages are in the store
//! before the webhook answers, so a crash loses nothing: pending messages are picked up again
//! at start.
//!
//! Voice notes are downloaded, decoded and transcribed here, off the webhook path; a message
//! is marked done only after its replies are sent, so a crash mid-transcription leaves it
//! pending and it is heard again at the next start (the media id outlives the process by days).

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Mutex, Notify, Semaphore};

use crate::channel::whatsapp::{Content, GraphApi, InboundMessage};
use crate::dialogue::{Dialogue, Input, MediaKind, Session, VoiceProblem};
use crate::media::{DownloadError, MediaClient};
use crate::render;
use crate::store::{InboundRecord, OutboundRecord, Store};
use crate::voice::Voice;

/// What the worker needs to answer voice notes.
pub struct Listening {
    pub media: MediaClient,
    pub voice: Arc<Voice>,
}

pub struct Worker {
    store: Arc<dyn Store>,
    dialogue: Arc<Dialogue>,
    api: GraphApi,
    wake: Arc<Notify>,
    /// Users whose messages are being processed (each user's messages go in order).
    busy: Mutex<HashSet<String>>,
    slots: Arc<Semaphore>,
    /// Without it, voice notes get the "type instead" reply.
    listening: Option<Listening>,
}

impl Worker {
    pub fn new(
        store: Arc<dyn Store>,
        dialogue: Arc<Dialogue>,
        api: GraphApi,
        wake: Arc<Notify>,
        workers: usize,
        listening: Option<Listening>,
    ) -> Arc<Self> {
        Arc::new(Worker {
            store,
            dialogue,
            api,
            wake,
            busy: Mutex::new(HashSet::new()),
            slots: Arc::new(Semaphore::new(workers)),
            listening,
        })
    }

    /// Runs until the process ends: wakes on new messages, and every second in case a wake-up
    /// raced with a conversation finishing.
    pub fn spawn(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        let worker = self.clone();
        tokio::spawn(async move {
            loop {
                if let Err(e) = worker.dispatch().await {
                    tracing::error!(error = %e, "reading the inbound queue failed");
                }
                tokio::select! {
                    _ = worker.wake.notified() => {}
                    _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                }
            }
        })
    }

    async fn dispatch(self: &Arc<Self>) -> anyhow::Result<()> {
        let users = self.store.pending_users(256).await?;
        for user in users {
            let mut busy = self.busy.lock().await;
            if busy.insert(user.clone()) {
                drop(busy);
                let worker = self.clone();
                tokio::spawn(async move { worker.drain_user(user).await });
            }
        }
        Ok(())
    }

    /// Processes one user's pending messages in order, then releases the user.
    async fn drain_user(self: Arc<Self>, user: String) {
        let _slot = self.slots.clone().acquire_owned().await;
        loop {
            let next = {
                let mut busy = self.busy.lock().await;
                match self.store.next_pending(&user).await {
                    Ok(Some(record)) => record,
                    Ok(None) => {
                        busy.remove(&user);
                        return;
                    }
                    Err(e) => {
                        tracing::error!(user, error = %e, "reading a pending message failed");
                        busy.remove(&user);
                        return;
                    }
                }
            };
            let id = next.id;
            let error = self.process(next).await.err().map(|e| e.to_string());
            if let Some(e) = &error {
                tracing::error!(user, inbound = id, error = e, "message processing failed");
            }
            if let Err(e) = self.store.finish_inbound(id, error).await {
                tracing::error!(user, inbound = id, error = %e, "could not mark a message processed");
                // Leave the user busy-free so the dispatcher can retry later.
                self.busy.lock().await.remove(&user);
                return;
            }
        }
    }

    async fn process(&self, record: InboundRecord) -> anyhow::Result<()> {
        let message: InboundMessage = serde_json::from_value(record.payload).map_err(|e| {
            anyhow::anyhow!("stored message {} is unreadable: {e}", record.message_id)
        })?;
        let to = message
            .from
            .clone()
            .unwrap_or_else(|| message.user_id.clone());
        if let Err(e) = self.api.mark_read(&message.id).await {
            tracing::warn!(message = message.id, error = %e, "mark-as-read failed");
        }
        let mut session = self
            .store
            .load_session(&message.user_id)
            .await?
            .unwrap_or_else(Session::default);
        let input = match &message.content {
            Content::Media {
                kind,
                media_id,
                mime_type,
                ..
            } if kind == "audio" => {
                let lang = session.lang.as_ref().map(|l| l.as_str().to_string());
                self.hear(&message.id, media_id, mime_type.clone(), lang)
                    .await
            }
            content => content.to_input(),
        };
        let replies = self
            .dialogue
            .handle(&mut session, input, chrono::Utc::now())
            .await;
        self.store.save_session(&message.user_id, &session).await?;

        let mut failures = Vec::new();
        for reply in &replies {
            for out in render::for_whatsapp(reply) {
                let body = GraphApi::message_body(&to, &out);
                let result = self.api.send(&body).await;
                let record = match &result {
                    Ok((wamid, attempts)) => OutboundRecord {
                        user_id: message.user_id.clone(),
                        in_reply_to: Some(message.id.clone()),
                        payload: body,
                        status: "sent".into(),
                        message_id: Some(wamid.clone()),
                        error_code: None,
                        error: None,
                        attempts: *attempts,
                    },
                    Err(e) => {
                        failures.push(e.to_string());
                        OutboundRecord {
                            user_id: message.user_id.clone(),
                            in_reply_to: Some(message.id.clone()),
                            payload: body,
                            status: "failed".into(),
                            message_id: None,
                            error_code: e.code,
                            error: Some(e.message.clone()),
                            attempts: e.attempts,
                        }
                    }
                };
                self.store.record_outbound(record).await?;
            }
        }
        if failures.is_empty() {
            Ok(())
        } else {
            anyhow::bail!("reply not delivered: {}", failures.join("; "))
        }
    }

    /// A voice note as dialogue input: downloaded, then decoded and transcribed on the pool.
    async fn hear(
        &self,
        message_id: &str,
        media_id: &str,
        mime: Option<String>,
        lang: Option<String>,
    ) -> Input {
        let Some(listening) = &self.listening else {
            return Input::Media(MediaKind::Audio);
        };
        let media = match listening.media.download(media_id).await {
            Ok(m) => m,
            Err(DownloadError::TooLarge { bytes, max }) => {
                tracing::info!(message = message_id, bytes, max, "voice note too large");
                return Input::VoiceProblem(VoiceProblem::TooBig);
            }
            Err(e) => {
                tracing::error!(message = message_id, media_id, error = %e, "voice note download failed");
                return Input::VoiceProblem(VoiceProblem::Unavailable);
            }
        };
        // The media endpoint's type is the file's; the webhook's is what the phone claimed.
        let mime = media.mime_type.or(mime);
        listening.voice.hear(media.bytes, mime, lang).await
    }
}
