//! Configuration: built-in defaults, then an optional TOML file (`--config` or `MITRA_CONFIG`),
//! then environment variables, each overriding the one before.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// `MITRA_LISTEN`
    pub listen: String,
    /// `MITRA_DB`: the SQLite file.
    pub db: PathBuf,
    /// `MITRA_VERIFY_TOKEN`: answers Meta's webhook verification.
    pub verify_token: String,
    /// `MITRA_APP_SECRET`: signs webhook POSTs; without it every POST is refused.
    pub app_secret: String,
    /// `MITRA_ACCESS_TOKEN`: bearer token for the Graph API.
    pub access_token: String,
    /// `MITRA_PHONE_NUMBER_ID`
    pub phone_number_id: String,
    /// `MITRA_GRAPH_URL`
    pub graph_url: String,
    /// `MITRA_GRAPH_VERSION`
    pub graph_version: String,
    /// `MITRA_MODELS`: model cache.
    pub models: PathBuf,
    /// `MITRA_INTENTS`: the service graph and intent data.
    pub intents: PathBuf,
    /// `MITRA_LOCALES`
    pub locales: PathBuf,
    /// `MITRA_SESSION_IDLE_MINUTES`: a conversation idle this long starts again.
    pub session_idle_minutes: i64,
    /// `MITRA_MAX_BODY`: largest webhook body accepted, in bytes.
    pub max_body_bytes: usize,
    /// `MITRA_WORKERS`: conversations processed at once.
    pub workers: usize,
    /// `MITRA_SEND_ATTEMPTS`, `MITRA_SEND_BACKOFF_MS`: Graph API retries.
    pub send_attempts: u32,
    pub send_backoff_ms: u64,
    pub departments: DepartmentsConfig,
    /// `MITRA_UNDERSTANDING` (`on`/`off`): free text and voice understood by the local models;
    /// off, the service is the numbered menu only.
    pub understanding: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DepartmentsConfig {
    /// `MITRA_DEPARTMENTS_URL`: base URL for every department without its own.
    pub base_url: Option<String>,
    /// `MITRA_DEPARTMENT_TIMEOUT_MS`
    pub timeout_ms: u64,
    /// Base URLs per department or per service: `[departments.urls] revenue = "https://..."`.
    pub urls: HashMap<String, String>,
}

impl Default for DepartmentsConfig {
    fn default() -> Self {
        DepartmentsConfig {
            base_url: None,
            timeout_ms: 10_000,
            urls: HashMap::new(),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: "127.0.0.1:8080".into(),
            db: PathBuf::from("data/mitra.db"),
            verify_token: String::new(),
            app_secret: String::new(),
            access_token: String::new(),
            phone_number_id: String::new(),
            graph_url: "https://graph.facebook.com".into(),
            graph_version: "v25.0".into(),
            models: default_models_dir(),
            intents: data_dir("intents"),
            locales: data_dir("locales"),
            session_idle_minutes: 30,
            max_body_bytes: 4 * 1024 * 1024,
            workers: 8,
            send_attempts: 4,
            send_backoff_ms: 1000,
            departments: DepartmentsConfig::default(),
            understanding: true,
        }
    }
}

/// `./<name>` when run from a checkout, else the copy next to the sources this was built from.
fn data_dir(name: &str) -> PathBuf {
    let local = PathBuf::from(name);
    if local.is_dir() {
        local
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
    }
}

fn default_models_dir() -> PathBuf {
    dirs::cache_dir()
        .unwrap_or_else(|| PathBuf::from(".cache"))
        .join("mitra")
        .join("models")
}

impl Config {
    /// Defaults ← file (if any) ← environment.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let file = file
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("MITRA_CONFIG").map(PathBuf::from));
        let mut config = match file {
            Some(path) => {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| anyhow::anyhow!("cannot read config {}: {e}", path.display()))?;
                toml::from_str(&text)
                    .map_err(|e| anyhow::anyhow!("config {}: {e}", path.display()))?
            }
            None => Config::default(),
        };
        config.apply_env(|k| std::env::var(k).ok())?;
        Ok(config)
    }

    fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) -> anyhow::Result<()> {
        fn parse<T: std::str::FromStr>(name: &str, value: String) -> anyhow::Result<T> {
            value
                .trim()
                .parse()
                .map_err(|_| anyhow::anyhow!("{name}={value:?} is not a valid value"))
        }
        if let Some(v) = var("MITRA_LISTEN") {
            self.listen = v;
        }
        if let Some(v) = var("MITRA_DB") {
            self.db = v.into();
        }
        if let Some(v) = var("MITRA_VERIFY_TOKEN") {
            self.verify_token = v;
        }
        if let Some(v) = var("MITRA_APP_SECRET") {
            self.app_secret = v;
        }
        if let Some(v) = var("MITRA_ACCESS_TOKEN") {
            self.access_token = v;
        }
        if let Some(v) = var("MITRA_PHONE_NUMBER_ID") {
            self.phone_number_id = v;
        }
        if let Some(v) = var("MITRA_GRAPH_URL") {
            self.graph_url = v;
        }
        if let Some(v) = var("MITRA_GRAPH_VERSION") {
            self.graph_version = v;
        }
        if let Some(v) = var("MITRA_MODELS") {
            self.models = v.into();
        }
        if let Some(v) = var("MITRA_INTENTS") {
            self.intents = v.into();
        }
        if let Some(v) = var("MITRA_LOCALES") {
            self.locales = v.into();
        }
        if let Some(v) = var("MITRA_SESSION_IDLE_MINUTES") {
            self.session_idle_minutes = parse("MITRA_SESSION_IDLE_MINUTES", v)?;
        }
        if let Some(v) = var("MITRA_MAX_BODY") {
            self.max_body_bytes = parse("MITRA_MAX_BODY", v)?;
        }
        if let Some(v) = var("MITRA_WORKERS") {
            self.workers = parse("MITRA_WORKERS", v)?;
        }
        if let Some(v) = var("MITRA_SEND_ATTEMPTS") {
            self.send_attempts = parse("MITRA_SEND_ATTEMPTS", v)?;
        }
        if let Some(v) = var("MITRA_SEND_BACKOFF_MS") {
            self.send_backoff_ms = parse("MITRA_SEND_BACKOFF_MS", v)?;
        }
        if let Some(v) = var("MITRA_DEPARTMENTS_URL") {
            self.departments.base_url = Some(v);
        }
        if let Some(v) = var("MITRA_DEPARTMENT_TIMEOUT_MS") {
            self.departments.timeout_ms = parse("MITRA_DEPARTMENT_TIMEOUT_MS", v)?;
        }
        if let Some(v) = var("MITRA_UNDERSTANDING") {
            self.understanding = match v.to_lowercase().as_str() {
                "on" | "1" | "true" | "yes" => true,
                "off" | "0" | "false" | "no" => false,
                _ => anyhow::bail!("MITRA_UNDERSTANDING must be on or off, not {v:?}"),
            };
        }
        if self.workers == 0 {
            anyhow::bail!("MITRA_WORKERS must be at least 1");
        }
        if self.send_attempts == 0 {
            anyhow::bail!("MITRA_SEND_ATTEMPTS must be at least 1");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_overrides_defaults() {
        let mut c = Config::default();
        let env: HashMap<&str, &str> = [
            ("MITRA_LISTEN", "0.0.0.0:9000"),
            ("MITRA_GRAPH_VERSION", "v26.0"),
            ("MITRA_WORKERS", "3"),
        ]
        .into();
        c.apply_env(|k| env.get(k).map(|v| v.to_string())).unwrap();
        assert_eq!(c.listen, "0.0.0.0:9000");
        assert_eq!(c.graph_version, "v26.0");
        assert_eq!(c.workers, 3);
        assert_eq!(c.graph_url, "https://graph.facebook.com");
    }

    #[test]
    fn bad_numbers_are_reported_by_name() {
        let mut c = Config::default();
        let err = c
            .apply_env(|k| (k == "MITRA_WORKERS").then(|| "many".to_string()))
            .unwrap_err();
        assert!(err.to_string().contains("MITRA_WORKERS"));
    }
}
