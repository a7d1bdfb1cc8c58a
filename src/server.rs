//! The HTTP service: the WhatsApp webhook, health and status for operators, and the worker that
//! answers citizens.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Json};
use axum::routing::get;
use axum::Router;
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::app::Data;
use crate::channel::whatsapp::webhook::{self, WebhookState};
use crate::channel::whatsapp::{GraphApi, GraphConfig};
use crate::config::Config;
use crate::media::MediaClient;
use crate::store::{SqliteStore, Store};
use crate::voice::Voice;
use crate::worker::{Listening, Worker};

#[derive(Clone)]
struct OpsState {
    store: Arc<dyn Store>,
    summary: Arc<String>,
}

/// The routes, over an already-built webhook state.
pub fn router(webhook_state: WebhookState, summary: String, max_body: usize) -> Router {
    let ops = OpsState {
        store: webhook_state.store.clone(),
        summary: Arc::new(summary),
    };
    let webhook = Router::new()
        .route("/webhook", get(webhook::verify).post(webhook::receive))
        .with_state(webhook_state);
    let ops_routes = Router::new()
        .route("/", get(dashboard))
        .route("/healthz", get(healthz))
        .route("/status", get(status))
        .with_state(ops);
    webhook
        .merge(ops_routes)
        // The limit answers 413 before a byte of an oversized body is buffered.
        .layer(DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(max_body))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(20),
        ))
        .layer(TraceLayer::new_for_http())
}

async fn healthz(State(ops): State<OpsState>) -> impl IntoResponse {
    match ops.store.stats().await {
        Ok(_) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check: the store does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "store unavailable")
        }
    }
}

async fn status(State(ops): State<OpsState>) -> impl IntoResponse {
    match ops.store.stats().await {
        Ok(stats) => {
            Json(serde_json::json!({ "data": *ops.summary, "stats": stats })).into_response()
        }
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, e.to_string()).into_response(),
    }
}

/// A small page for operators; it reads `/status` every few seconds.
async fn dashboard() -> Html<&'static str> {
    Html(include_str!("dashboard.html"))
}

/// A running service: where it listens, and its task.
pub struct Running {
    pub addr: SocketAddr,
    pub task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

/// Loads everything, binds `config.listen` and serves until the process ends.
pub async fn start(config: Config) -> anyhow::Result<Running> {
    let data = Data::load(&config)?;
    if let Some(dir) = config.db.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
    }
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(&config.db)?);
    if config.app_secret.is_empty() {
        tracing::warn!("MITRA_APP_SECRET is not set: every webhook POST will be refused");
    }
    if config.access_token.is_empty() || config.phone_number_id.is_empty() {
        tracing::warn!(
            "MITRA_ACCESS_TOKEN or MITRA_PHONE_NUMBER_ID is not set: replies cannot be sent"
        );
    }
    let dialogue = data.dialogue(&config, store.clone())?;
    let graph_config = GraphConfig {
        base_url: config.graph_url.clone(),
        version: config.graph_version.clone(),
        phone_number_id: config.phone_number_id.clone(),
        access_token: config.access_token.clone(),
        max_attempts: config.send_attempts.max(1),
        backoff: Duration::from_millis(config.send_backoff_ms),
        timeout: Duration::from_secs(15),
    };
    let api = GraphApi::new(graph_config.clone())?;
    // The speech model loads on the first voice note, not here.
    let listening = Listening {
        media: MediaClient::new(&graph_config)?,
        voice: Arc::new(Voice::from_cache(&config.models)),
    };
    let wake = Arc::new(Notify::new());
    let worker = Worker::new(
        store.clone(),
        dialogue,
        api,
        wake.clone(),
        config.workers.max(1),
        Some(listening),
    );
    worker.spawn();

    let summary = format!(
        "{} departments, {} services, {} languages",
        data.graph.departments.len(),
        data.graph.services.len(),
        data.locales.langs().count()
    );
    let state = WebhookState {
        verify_token: config.verify_token.clone(),
        app_secret: config.app_secret.clone(),
        store,
        wake,
    };
    let app = router(state, summary.clone(), config.max_body_bytes);
    let listener = TcpListener::bind(&config.listen)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.listen))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, "{summary}; webhook at /webhook");
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await?;
        Ok(())
    });
    Ok(Running { addr, task })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down; unfinished messages stay queued for the next start");
}
