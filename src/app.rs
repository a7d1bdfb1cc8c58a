//! Assembling the service from configuration: the data, the store, the dialogue.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::check;
use crate::config::Config;
use crate::dialogue::{Dialogue, DialogueConfig, Vocabulary};
use crate::fulfilment::{Endpoints, HttpFulfiller};
use crate::graph::Graph;
use crate::locale::Locales;
use crate::store::Store;
use crate::understanding::Understanding;

/// The loaded data every front end (webhook, terminal chat) shares.
pub struct Data {
    pub graph: Arc<Graph>,
    pub locales: Arc<Locales>,
    pub vocabulary: Arc<Vocabulary>,
}

impl Data {
    /// Loads and validates `intents/` and `locales/`; refuses to start on broken data, listing
    /// every problem the way `mitra check` does.
    pub fn load(config: &Config) -> anyhow::Result<Data> {
        let report = check::run(&config.intents, &config.locales)?;
        for w in &report.warnings {
            tracing::warn!("{w}");
        }
        if !report.problems.is_empty() {
            for p in &report.problems {
                tracing::error!("{p}");
            }
            anyhow::bail!(
                "the data in {} and {} has {} problem(s); run `mitra check` to see them",
                config.intents.display(),
                config.locales.display(),
                report.problems.len()
            );
        }
        Ok(Data {
            graph: Arc::new(report.graph),
            locales: Arc::new(report.locales),
            vocabulary: Arc::new(report.vocabulary),
        })
    }

    /// The dialogue over this data, fulfilling through the configured department back-ends.
    pub fn dialogue(
        &self,
        config: &Config,
        store: Arc<dyn Store>,
    ) -> anyhow::Result<Arc<Dialogue>> {
        let endpoints = Endpoints {
            default_base_url: config
                .departments
                .base_url
                .clone()
                .filter(|u| !u.is_empty()),
            per_department: config.departments.urls.clone(),
        };
        let fulfiller = HttpFulfiller::new(
            endpoints,
            Duration::from_millis(config.departments.timeout_ms),
            store,
        )?;
        let dialogue_config = DialogueConfig {
            session_idle: chrono::Duration::minutes(config.session_idle_minutes),
            corrections_log: config.db.parent().map(|d| d.join("corrections.jsonl")),
            ..DialogueConfig::default()
        };
        let understanding = if config.understanding {
            self.understanding(config)
        } else {
            None
        };
        Ok(Arc::new(
            Dialogue::new(
                self.graph.clone(),
                self.locales.clone(),
                self.vocabulary.clone(),
                Arc::new(fulfiller),
                dialogue_config,
            )
            .with_understanding(understanding),
        ))
    }

    /// The understanding stage, loaded once per process and shared (tests start many servers).
    /// Without it (no model and no way to fetch one) the service still runs: menus only.
    pub fn understanding(&self, config: &Config) -> Option<Arc<Understanding>> {
        static LOADED: Mutex<Vec<(PathBuf, PathBuf, Arc<Understanding>)>> = Mutex::new(Vec::new());
        let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, _, u)) = loaded
            .iter()
            .find(|(i, m, _)| *i == config.intents && *m == config.models)
        {
            return Some(u.clone());
        }
        let started = std::time::Instant::now();
        match Understanding::load(&config.intents, &config.models, &self.graph, &self.locales) {
            Ok(u) => {
                tracing::info!(
                    examples = u.classifier.examples(),
                    intents = u.classifier.intents().len(),
                    ms = started.elapsed().as_millis() as u64,
                    "free-text understanding ready"
                );
                let u = Arc::new(u);
                loaded.push((config.intents.clone(), config.models.clone(), u.clone()));
                Some(u)
            }
            Err(e) => {
                tracing::error!(
                    error = format!("{e:#}"),
                    "free-text understanding unavailable; serving the numbered menus only"
                );
                None
            }
        }
    }
}
