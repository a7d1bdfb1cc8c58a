//! Understanding free text: which language ([`langid`]), what the citizen wants ([`classifier`],
//! over the language teams' [`examples`]) and what they already said ([`entities`]).
//! Everything runs on this machine: the sentence encoder is multilingual-e5-small on candle
//! ([`e5`]), fetched by [`crate::models`].

pub mod classifier;
pub mod e5;
pub mod entities;
pub mod eval;
pub mod examples;
pub mod langid;
pub mod lexical;
pub mod native_script;
pub mod normalize;

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};

pub use classifier::{Classification, Classifier, Decision, Params, Scored};
pub use examples::{Example, Examples, NONE};

use crate::models::{ModelCache, E5 as E5_MODEL};

/// Loads the encoder from the model cache (fetching it on first use).
pub fn load_encoder(models: &Path) -> Result<Arc<e5::E5>> {
    let dir = ModelCache::new(models)?.ensure(E5_MODEL)?;
    let path = dir.join("e5-small-q4.bin");
    let encoder = e5::E5::load(&path)
        .with_context(|| format!("loading the sentence encoder {}", path.display()))?;
    Ok(Arc::new(encoder))
}

/// Trains the classifier on every example under `intents/` (embeddings cached in the model
/// cache, so this takes seconds only the first time after the examples change).
pub fn train(intents: &Path, models: &Path, encoder: Arc<e5::E5>) -> Result<Classifier> {
    let (examples, problems) = Examples::load(intents)?;
    for p in &problems {
        tracing::warn!("{}: {}", p.origin, p.message);
    }
    let cache = classifier::EmbeddingCache::for_examples(&models.join("index"), &examples);
    let flat = classifier::embed_examples(&encoder, &examples.examples, &cache)?;
    let refs: Vec<&Example> = examples.examples.iter().collect();
    let rewritten = native_script::rewrite_examples(&refs);
    let rewritten_flat = classifier::embed_examples(&encoder, &rewritten, &cache.for_rewritten())?;
    let dim = encoder.dim();
    let rows: Vec<&[f32]> = flat.chunks_exact(dim).collect();
    let rewritten_refs: Vec<&Example> = rewritten.iter().collect();
    let rewritten_rows: Vec<&[f32]> = rewritten_flat.chunks_exact(dim).collect();
    Ok(Classifier::from_parts_cached(
        encoder,
        &refs,
        &rows,
        (&rewritten_refs, &rewritten_rows),
        Params::default(),
        Some(&cache.heads_path()),
    ))
}

/// The classifier plus what prefills inputs: the whole understanding stage.
pub struct Understanding {
    pub classifier: Classifier,
    pub gazetteer: entities::Gazetteer,
}

/// What a message says: the classification and the entities in it.
#[derive(Clone, Debug)]
pub struct Understood {
    pub classification: Classification,
    pub entities: Vec<entities::Entity>,
}

/// The classify object of `mitra classify --format jsonl` (and the logs).
#[derive(serde::Serialize)]
pub struct ClassifyJson<'a> {
    pub text: &'a str,
    pub lang: &'a str,
    pub script: &'a str,
    pub form: &'a str,
    pub intent: &'a str,
    pub confidence: f32,
    pub decision: Decision,
    pub alternatives: &'a [Scored],
    pub entities: &'a [entities::Entity],
}

impl Understood {
    pub fn json<'a>(&'a self, text: &'a str) -> ClassifyJson<'a> {
        let c = &self.classification;
        ClassifyJson {
            text,
            lang: &c.language.lang,
            script: c.language.script,
            form: c.language.form,
            intent: &c.intent,
            confidence: (c.confidence * 1000.0).round() / 1000.0,
            decision: c.decision,
            alternatives: &c.alternatives,
            entities: &self.entities,
        }
    }
}

impl Understanding {
    /// Loads the encoder (fetching it on first use), trains on `intents/`, and builds the
    /// gazetteer from `intents/entities.toml` and the graph's district and temple options.
    pub fn load(
        intents: &Path,
        models: &Path,
        graph: &crate::graph::Graph,
        locales: &crate::locale::Locales,
    ) -> Result<Understanding> {
        let encoder = load_encoder(models)?;
        let classifier = train(intents, models, encoder)?;
        let mut gazetteer = entities::Gazetteer::load(intents)?;
        for kind in ["district", "temple"] {
            let Some(slot) = graph.slot(kind) else {
                continue;
            };
            let crate::graph::SlotType::Choice { options } = &slot.ty else {
                continue;
            };
            for option in options {
                let id = crate::locale::option_msg(kind, option);
                let names: Vec<String> = locales.iter().filter_map(|l| l.render(&id)).collect();
                gazetteer.add(kind, option, &names);
            }
        }
        Ok(Understanding {
            classifier,
            gazetteer,
        })
    }

    pub fn understand(
        &self,
        text: &str,
        prior: Option<&str>,
        today: chrono::NaiveDate,
    ) -> Result<Understood> {
        let classification = self.classifier.classify(text, prior)?;
        let entities = entities::extract(&classification.normalized, &self.gazetteer, today);
        Ok(Understood {
            classification,
            entities,
        })
    }
}
