//! The SQLite store: one file, created and migrated on first use.

use std::path::Path;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use rusqlite::{params, Connection, OptionalExtension};

use super::{FulfilmentRecord, InboundRecord, OutboundRecord, Stats, StatusRecord, Store};
use crate::dialogue::Session;

/// Each entry brings the schema from version `index` to `index + 1`.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE sessions (
    user_id    TEXT PRIMARY KEY,
    state      TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE inbound (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id  TEXT NOT NULL UNIQUE,
    user_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending',
    error       TEXT,
    finished_at INTEGER
);
CREATE INDEX inbound_pending ON inbound(status, user_id, id);
CREATE TABLE outbound (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT NOT NULL,
    in_reply_to TEXT,
    payload     TEXT NOT NULL,
    status      TEXT NOT NULL,
    message_id  TEXT,
    error_code  INTEGER,
    error       TEXT,
    attempts    INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE TABLE statuses (
    message_id TEXT NOT NULL,
    status     TEXT NOT NULL,
    recipient  TEXT,
    timestamp  INTEGER NOT NULL,
    errors     TEXT,
    PRIMARY KEY (message_id, status)
);
CREATE TABLE fulfilments (
    reference  TEXT PRIMARY KEY,
    service    TEXT NOT NULL,
    status     TEXT NOT NULL,
    inputs     TEXT NOT NULL,
    response   TEXT,
    error      TEXT,
    created_at INTEGER NOT NULL
);
"#];

#[derive(Clone)]
pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
}

impl SqliteStore {
    pub fn open(path: &Path) -> anyhow::Result<Self> {
        if let Some(dir) = path.parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
            }
        }
        let conn = Connection::open(path)
            .map_err(|e| anyhow::anyhow!("cannot open database {}: {e}", path.display()))?;
        Self::init(conn)
    }

    pub fn in_memory() -> anyhow::Result<Self> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> anyhow::Result<Self> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: usize = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > MIGRATIONS.len() {
            anyhow::bail!(
                "the database is from a newer mitra (schema {version}, this build knows {})",
                MIGRATIONS.len()
            );
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
            let tx = conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", i + 1)?;
            tx.commit()?;
        }
        Ok(SqliteStore {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` on the connection off the async runtime's threads.
    async fn with<T, F>(&self, f: F) -> anyhow::Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            f(&mut guard).map_err(anyhow::Error::from)
        })
        .await?
    }
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

#[async_trait]
impl Store for SqliteStore {
    async fn load_session(&self, user_id: &str) -> anyhow::Result<Option<Session>> {
        let user = user_id.to_string();
        let state: Option<String> = self
            .with(move |c| {
                c.query_row(
                    "SELECT state FROM sessions WHERE user_id = ?1",
                    [user],
                    |r| r.get(0),
                )
                .optional()
            })
            .await?;
        match state {
            None => Ok(None),
            Some(json) => match serde_json::from_str(&json) {
                Ok(session) => Ok(Some(session)),
                Err(e) => {
                    // A state written by an older version that no longer parses starts afresh.
                    tracing::warn!(user_id, error = %e, "stored session unreadable; starting again");
                    Ok(None)
                }
            },
        }
    }

    async fn save_session(&self, user_id: &str, session: &Session) -> anyhow::Result<()> {
        let user = user_id.to_string();
        let json = serde_json::to_string(session)?;
        self.with(move |c| {
            c.execute(
                "INSERT INTO sessions (user_id, state, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT(user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
                params![user, json, now()],
            )
            .map(|_| ())
        })
        .await
    }

    async fn enqueue_inbound(&self, messages: Vec<InboundRecord>) -> anyhow::Result<usize> {
        self.with(move |c| {
            let tx = c.transaction()?;
            let mut added = 0;
            {
                let mut stmt = tx.prepare(
                    "INSERT OR IGNORE INTO inbound (message_id, user_id, kind, payload, received_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )?;
                for m in &messages {
                    added += stmt.execute(params![
                        m.message_id,
                        m.user_id,
                        m.kind,
                        m.payload.to_string(),
                        m.received_at
                    ])?;
                }
            }
            tx.commit()?;
            Ok(added)
        })
        .await
    }

    async fn pending_users(&self, limit: usize) -> anyhow::Result<Vec<String>> {
        self.with(move |c| {
            let mut stmt = c.prepare(
                "SELECT user_id FROM inbound WHERE status = 'pending' GROUP BY user_id ORDER BY MIN(id) LIMIT ?1",
            )?;
            let rows = stmt.query_map([limit as i64], |r| r.get(0))?;
            rows.collect()
        })
        .await
    }

    async fn next_pending(&self, user_id: &str) -> anyhow::Result<Option<InboundRecord>> {
        let user = user_id.to_string();
        self.with(move |c| {
            c.query_row(
                "SELECT id, message_id, user_id, kind, payload, received_at FROM inbound
                 WHERE status = 'pending' AND user_id = ?1 ORDER BY id LIMIT 1",
                [user],
                |r| {
                    let payload: String = r.get(4)?;
                    Ok(InboundRecord {
                        id: r.get(0)?,
                        message_id: r.get(1)?,
                        user_id: r.get(2)?,
                        kind: r.get(3)?,
                        payload: serde_json::from_str(&payload).unwrap_or(serde_json::Value::Null),
                        received_at: r.get(5)?,
                    })
                },
            )
            .optional()
        })
        .await
    }

    async fn finish_inbound(&self, id: i64, error: Option<String>) -> anyhow::Result<()> {
        self.with(move |c| {
            let status = if error.is_some() { "failed" } else { "done" };
            c.execute(
                "UPDATE inbound SET status = ?1, error = ?2, finished_at = ?3 WHERE id = ?4",
                params![status, error, now(), id],
            )
            .map(|_| ())
        })
        .await
    }

    async fn record_status(&self, s: StatusRecord) -> anyhow::Result<bool> {
        self.with(move |c| {
            let n = c.execute(
                "INSERT OR IGNORE INTO statuses (message_id, status, recipient, timestamp, errors) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![s.message_id, s.status, s.recipient, s.timestamp, s.errors.map(|e| e.to_string())],
            )?;
            Ok(n == 1)
        })
        .await
    }

    async fn record_outbound(&self, o: OutboundRecord) -> anyhow::Result<()> {
        self.with(move |c| {
            c.execute(
                "INSERT INTO outbound (user_id, in_reply_to, payload, status, message_id, error_code, error, attempts, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![o.user_id, o.in_reply_to, o.payload.to_string(), o.status, o.message_id, o.error_code, o.error, o.attempts, now()],
            )
            .map(|_| ())
        })
        .await
    }

    async fn record_fulfilment(&self, f: FulfilmentRecord) -> anyhow::Result<()> {
        self.with(move |c| {
            c.execute(
                "INSERT OR REPLACE INTO fulfilments (reference, service, status, inputs, response, error, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![f.reference, f.service, f.status, f.inputs.to_string(), f.response.map(|r| r.to_string()), f.error, now()],
            )
            .map(|_| ())
        })
        .await
    }

    async fn stats(&self) -> anyhow::Result<Stats> {
        self.with(|c| {
            let count = |sql: &str| c.query_row(sql, [], |r| r.get::<_, i64>(0));
            Ok(Stats {
                sessions: count("SELECT COUNT(*) FROM sessions")?,
                inbound_total: count("SELECT COUNT(*) FROM inbound")?,
                inbound_pending: count("SELECT COUNT(*) FROM inbound WHERE status = 'pending'")?,
                inbound_failed: count("SELECT COUNT(*) FROM inbound WHERE status = 'failed'")?,
                outbound_sent: count("SELECT COUNT(*) FROM outbound WHERE status = 'sent'")?,
                outbound_failed: count("SELECT COUNT(*) FROM outbound WHERE status = 'failed'")?,
                fulfilments: count("SELECT COUNT(*) FROM fulfilments")?,
                fulfilments_failed: count(
                    "SELECT COUNT(*) FROM fulfilments WHERE status = 'failed'",
                )?,
                delivery_failed: count("SELECT COUNT(*) FROM statuses WHERE status = 'failed'")?,
            })
        })
        .await
    }
}
