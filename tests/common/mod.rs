//! Test harness: the real mitra server on a random port, with local fakes for what lies outside
//! this machine (the WhatsApp Graph API and department back-ends). The fakes record every
//! request and can be told to fail.

#![allow(dead_code)]

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use axum::{Json, Router};
use serde_json::{json, Value};

pub const APP_SECRET: &str = "test-app-secret";
pub const VERIFY_TOKEN: &str = "test-verify-token";
pub const PHONE_NUMBER_ID: &str = "106540352242922";

/// One request a fake received.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub authorization: Option<String>,
    pub body: Value,
}

/// A scripted answer: HTTP status and JSON body.
pub type Scripted = (u16, Value);

#[derive(Default)]
struct FakeState {
    requests: Mutex<Vec<Recorded>>,
    /// Answers for the next requests, in order; when empty, success.
    script: Mutex<VecDeque<Scripted>>,
    /// Per-path answers for department back-ends (used for every request to that path).
    routes: Mutex<Vec<(String, Scripted)>>,
    delay: Mutex<Option<Duration>>,
    /// The answer when nothing is scripted or routed; a Graph API success when `None`.
    fallback: Mutex<Option<Scripted>>,
    counter: Mutex<u64>,
    /// Byte answers (media files, media lookups), checked before everything else.
    raw: Mutex<Vec<RawRoute>>,
}

/// A canned answer with any body, for a number of requests or for all of them.
#[derive(Clone)]
struct RawRoute {
    path: String,
    times_left: Option<usize>,
    status: u16,
    content_type: String,
    body: Vec<u8>,
}

/// A local HTTP server standing in for an outside system.
#[derive(Clone)]
pub struct Fake {
    pub url: String,
    state: Arc<FakeState>,
}

impl Fake {
    pub fn requests(&self) -> Vec<Recorded> {
        self.state.requests.lock().unwrap().clone()
    }

    /// The next requests get these answers, in order.
    pub fn script(&self, answers: Vec<Scripted>) {
        self.state.script.lock().unwrap().extend(answers);
    }

    /// Every request to `path` gets this answer.
    pub fn route(&self, path: &str, status: u16, body: Value) {
        self.state
            .routes
            .lock()
            .unwrap()
            .push((path.to_string(), (status, body)));
    }

    /// Every request not scripted or routed gets this answer.
    pub fn fallback(&self, status: u16, body: Value) {
        *self.state.fallback.lock().unwrap() = Some((status, body));
    }

    /// Every request to `path` (GET included) gets these bytes.
    pub fn route_bytes(&self, path: &str, status: u16, content_type: &str, body: Vec<u8>) {
        self.push_raw(path, None, status, content_type, body);
    }

    /// The next `times` requests to `path` get this JSON, before any other route for it.
    pub fn route_times(&self, path: &str, times: usize, status: u16, body: Value) {
        let bytes = body.to_string().into_bytes();
        self.push_raw(path, Some(times), status, "application/json", bytes);
    }

    fn push_raw(
        &self,
        path: &str,
        times_left: Option<usize>,
        status: u16,
        content_type: &str,
        body: Vec<u8>,
    ) {
        let route = RawRoute {
            path: path.to_string(),
            times_left,
            status,
            content_type: content_type.to_string(),
            body,
        };
        let mut raw = self.state.raw.lock().unwrap();
        // Limited answers go first, so they take precedence over a standing one.
        if times_left.is_some() {
            raw.insert(0, route);
        } else {
            raw.push(route);
        }
    }

    /// Requests received for `path`.
    pub fn requests_to(&self, path: &str) -> Vec<Recorded> {
        self.requests()
            .into_iter()
            .filter(|r| r.path == path)
            .collect()
    }

    pub fn delay(&self, d: Duration) {
        *self.state.delay.lock().unwrap() = Some(d);
    }

    /// Messages (not read receipts) sent to `to`.
    pub fn messages_to(&self, to: &str) -> Vec<Value> {
        self.requests()
            .into_iter()
            .filter(|r| r.body.get("to").and_then(Value::as_str) == Some(to))
            .map(|r| r.body)
            .collect()
    }

    pub fn read_receipts(&self) -> Vec<Value> {
        self.requests()
            .into_iter()
            .filter(|r| r.body.get("status").is_some())
            .map(|r| r.body)
            .collect()
    }

    /// Waits until `to` has received at least `n` messages; returns them all.
    pub async fn wait_for(&self, to: &str, n: usize) -> Vec<Value> {
        for _ in 0..400 {
            let got = self.messages_to(to);
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!(
            "{to} received {} message(s), expected {n}: {:#?}",
            self.messages_to(to).len(),
            self.messages_to(to)
        );
    }

    /// Waits for `n` more messages to `to` after the `seen` already received; returns the new ones.
    pub async fn wait_new(&self, to: &str, seen: &mut usize, n: usize) -> Vec<Value> {
        let all = self.wait_for(to, *seen + n).await;
        let new = all[*seen..].to_vec();
        *seen = all.len();
        new
    }

    /// Waits until nothing new has arrived for a while (for "nothing else was sent" checks).
    pub async fn settle(&self) -> usize {
        let mut last = usize::MAX;
        loop {
            let now = self.requests().len();
            if now == last {
                return now;
            }
            last = now;
            tokio::time::sleep(Duration::from_millis(400)).await;
        }
    }
}

async fn fake_handler(
    State(state): State<Arc<FakeState>>,
    Path(path): Path<String>,
    method: axum::http::Method,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let path = format!("/{path}");
    state.requests.lock().unwrap().push(Recorded {
        method: method.to_string(),
        path: path.clone(),
        authorization: headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(String::from),
        body,
    });
    let delay = *state.delay.lock().unwrap();
    if let Some(d) = delay {
        tokio::time::sleep(d).await;
    }
    let raw = {
        let mut routes = state.raw.lock().unwrap();
        let found = routes
            .iter_mut()
            .find(|r| r.path == path && r.times_left != Some(0));
        found.map(|r| {
            if let Some(n) = r.times_left.as_mut() {
                *n -= 1;
            }
            r.clone()
        })
    };
    if let Some(r) = raw {
        return (
            StatusCode::from_u16(r.status).unwrap(),
            [(axum::http::header::CONTENT_TYPE, r.content_type)],
            r.body,
        )
            .into_response();
    }
    let scripted = state.script.lock().unwrap().pop_front();
    let routed = state
        .routes
        .lock()
        .unwrap()
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, s)| s.clone());
    let fallback = state.fallback.lock().unwrap().clone();
    let (status, body) = match scripted.or(routed).or(fallback) {
        Some(s) => s,
        None => {
            let mut c = state.counter.lock().unwrap();
            *c += 1;
            (
                200,
                json!({"messaging_product":"whatsapp","messages":[{"id": format!("wamid.fake{}", *c)}]}),
            )
        }
    };
    (StatusCode::from_u16(status).unwrap(), Json(body)).into_response()
}

pub async fn start_fake() -> Fake {
    let state = Arc::new(FakeState::default());
    let app = Router::new()
        .route("/{*path}", any(fake_handler))
        .with_state(state.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Fake {
        url: format!("http://{addr}"),
        state,
    }
}

/// A running mitra with its fakes.
pub struct Harness {
    pub addr: SocketAddr,
    pub graph: Fake,
    pub departments: Fake,
    pub client: reqwest::Client,
    pub dir: tempfile::TempDir,
}

pub fn repo_dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// Copies a directory tree (tests edit copies of `intents/` and `locales/`).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub fn test_config(
    graph: &Fake,
    departments: &Fake,
    dir: &std::path::Path,
) -> mitra::config::Config {
    let mut config = mitra::config::Config {
        listen: "127.0.0.1:0".into(),
        ..Default::default()
    };
    config.db = dir.join("mitra.db");
    config.app_secret = APP_SECRET.into();
    config.verify_token = VERIFY_TOKEN.into();
    config.access_token = "test-access-token".into();
    config.phone_number_id = PHONE_NUMBER_ID.into();
    config.graph_url = graph.url.clone();
    config.send_attempts = 4;
    config.send_backoff_ms = 20;
    config.intents = repo_dir("intents");
    config.locales = repo_dir("locales");
    config.departments.base_url = Some(departments.url.clone());
    config.departments.timeout_ms = 2000;
    config
}

impl Harness {
    pub async fn start() -> Harness {
        Self::start_with(|_| {}).await
    }

    pub async fn start_with(tweak: impl FnOnce(&mut mitra::config::Config)) -> Harness {
        let graph = start_fake().await;
        let departments = start_fake().await;
        let dir = tempfile::tempdir().unwrap();
        let mut config = test_config(&graph, &departments, dir.path());
        tweak(&mut config);
        let running = mitra::server::start(config).await.expect("mitra starts");
        Harness {
            addr: running.addr,
            graph,
            departments,
            client: reqwest::Client::new(),
            dir,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// POSTs a body to /webhook signed with the app secret.
    pub async fn post_signed(&self, body: &str) -> (u16, String) {
        let signature =
            mitra::channel::whatsapp::signature::sign(APP_SECRET.as_bytes(), body.as_bytes());
        self.post_raw(body, Some(&signature)).await
    }

    pub async fn post_raw(&self, body: &str, signature: Option<&str>) -> (u16, String) {
        let mut req = self
            .client
            .post(self.url("/webhook"))
            .header("content-type", "application/json")
            .body(body.to_string());
        if let Some(s) = signature {
            req = req.header("x-hub-signature-256", s);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        (status, resp.text().await.unwrap())
    }

    pub async fn stats(&self) -> Value {
        let v: Value = self
            .client
            .get(self.url("/status"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        v["stats"].clone()
    }

    /// Sends a text message from `user`; returns the replies (all of them: it waits until the
    /// conversation is quiet).
    pub async fn say(&self, user: &str, seen: &mut usize, text: &str) -> Vec<Value> {
        let (status, _) = self
            .post_signed(&text_message(user, &next_id(), text))
            .await;
        assert_eq!(status, 200, "webhook refused a text message");
        self.replies(user, seen).await
    }

    /// Taps a list row or button; returns the replies.
    pub async fn tap(&self, user: &str, seen: &mut usize, id: &str) -> Vec<Value> {
        let (status, _) = self.post_signed(&list_reply(user, &next_id(), id)).await;
        assert_eq!(status, 200, "webhook refused a list reply");
        self.replies(user, seen).await
    }

    /// The replies to the last message: at least one, and everything until a quiet moment.
    pub async fn replies(&self, user: &str, seen: &mut usize) -> Vec<Value> {
        let mut new = self.graph.wait_new(user, seen, 1).await;
        loop {
            tokio::time::sleep(Duration::from_millis(150)).await;
            let all = self.graph.messages_to(user);
            if all.len() == *seen {
                return new;
            }
            new.extend(all[*seen..].iter().cloned());
            *seen = all.len();
        }
    }
}

pub fn next_id() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(1);
    format!(
        "wamid.test{}.{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

pub fn envelope(value: Value) -> String {
    json!({"object":"whatsapp_business_account","entry":[{"id":"WABA1","changes":[{"field":"messages","value":value}]}]}).to_string()
}

pub fn message_value(from: &str, message: Value) -> Value {
    json!({
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_NUMBER_ID},
        "contacts": [{"profile": {"name": "Citizen"}, "wa_id": from}],
        "messages": [message],
    })
}

pub fn text_message(from: &str, id: &str, body: &str) -> String {
    envelope(message_value(
        from,
        json!({"from": from, "id": id, "timestamp": "1767225600", "type": "text", "text": {"body": body}}),
    ))
}

pub fn list_reply(from: &str, id: &str, row: &str) -> String {
    envelope(message_value(
        from,
        json!({"from": from, "id": id, "timestamp": "1767225600", "type": "interactive",
               "interactive": {"type": "list_reply", "list_reply": {"id": row, "title": row}}}),
    ))
}

/// A voice note (`voice: true`) or another audio message, as WhatsApp announces it.
pub fn audio_message(from: &str, id: &str, media_id: &str, voice: bool) -> String {
    envelope(message_value(
        from,
        json!({"from": from, "id": id, "timestamp": "1767225600", "type": "audio",
               "audio": {"id": media_id, "mime_type": "audio/ogg; codecs=opus",
                         "sha256": "m04pFf2ERdaopTyFkGPA0+bX3i+YY2dYgVFwOgDLSDI=", "voice": voice}}),
    ))
}

/// All the text a citizen sees in one sent message (body, header, footer, rows, buttons).
pub fn visible_text(m: &Value) -> String {
    let mut parts = Vec::new();
    let mut walk = vec![m.clone()];
    while let Some(v) = walk.pop() {
        match v {
            Value::String(s) => parts.push(s),
            Value::Array(a) => walk.extend(a),
            Value::Object(o) => {
                for (k, v) in o {
                    if !matches!(
                        k.as_str(),
                        "id" | "to" | "type" | "messaging_product" | "recipient_type"
                    ) {
                        walk.push(v);
                    }
                }
            }
            _ => {}
        }
    }
    parts.join("\n")
}

/// Row and button ids offered in a sent message.
pub fn offered_ids(m: &Value) -> Vec<String> {
    let mut ids = Vec::new();
    if let Some(sections) = m
        .pointer("/interactive/action/sections")
        .and_then(Value::as_array)
    {
        for s in sections {
            for r in s["rows"].as_array().into_iter().flatten() {
                ids.push(r["id"].as_str().unwrap_or_default().to_string());
            }
        }
    }
    if let Some(buttons) = m
        .pointer("/interactive/action/buttons")
        .and_then(Value::as_array)
    {
        for b in buttons {
            ids.push(
                b.pointer("/reply/id")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
            );
        }
    }
    ids
}
