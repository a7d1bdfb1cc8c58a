//! Language identification for te, hi and en.
//!
//! Native script decides at once (Telugu U+0C00–0C7F, Devanagari U+0900–097F). Text in Latin
//! letters is romanized Telugu, romanized Hindi or English, told apart by a character n-gram
//! naive Bayes model trained on the language teams' own examples (romanized te/hi, English).

use std::collections::HashMap;

use super::normalize::{script_of, Script};

/// What the message is written in.
#[derive(Clone, Debug, PartialEq)]
pub struct Identified {
    pub lang: String,
    /// "telugu", "devanagari", "latin" or "mixed" (native script and Latin words together).
    pub script: &'static str,
    /// "native", "romanized" or "mixed", as in the example files.
    pub form: &'static str,
    /// Probability of `lang` among the candidates (1 for unambiguous native script).
    pub confidence: f32,
}

/// Naive Bayes over character 1–4-grams of Latin words.
#[derive(Debug, Default)]
pub struct LanguageId {
    langs: Vec<String>,
    /// log P(gram | lang) per lang; unseen grams get `unseen[lang]`.
    logp: Vec<HashMap<String, f32>>,
    unseen: Vec<f32>,
    /// Which language each native script means.
    telugu: Option<usize>,
    devanagari: Option<usize>,
}

fn grams(text: &str, mut f: impl FnMut(&str)) {
    for word in text.split_whitespace() {
        if !word.chars().any(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        let w: Vec<char> = format!("<{word}>").chars().collect();
        for n in 1..=4 {
            for win in w.windows(n) {
                let g: String = win.iter().collect();
                f(&g);
            }
        }
    }
}

impl LanguageId {
    /// Trains on (lang, Latin-script text) pairs.
    pub fn train<'a>(langs: &[String], samples: impl Iterator<Item = (&'a str, &'a str)>) -> Self {
        let mut counts: Vec<HashMap<String, f32>> = vec![HashMap::new(); langs.len()];
        for (lang, text) in samples {
            let Some(i) = langs.iter().position(|l| l == lang) else {
                continue;
            };
            grams(text, |g| {
                *counts[i].entry(g.to_string()).or_default() += 1.0
            });
        }
        let vocab: usize = {
            let mut all: Vec<&String> = counts.iter().flat_map(|c| c.keys()).collect();
            all.sort();
            all.dedup();
            all.len().max(1)
        };
        let mut logp = Vec::new();
        let mut unseen = Vec::new();
        for c in &counts {
            let total: f32 = c.values().sum::<f32>() + vocab as f32 * 0.5;
            logp.push(
                c.iter()
                    .map(|(g, n)| (g.clone(), ((n + 0.5) / total).ln()))
                    .collect(),
            );
            unseen.push((0.5 / total).ln());
        }
        LanguageId {
            telugu: langs.iter().position(|l| l == "te"),
            devanagari: langs.iter().position(|l| l == "hi"),
            langs: langs.to_vec(),
            logp,
            unseen,
        }
    }

    /// Identifies the language of a normalized message. `prior`: the citizen's language, which
    /// wins when the Latin-letter evidence is weak (short or shared words like "bill").
    pub fn identify(&self, normalized: &str, prior: Option<&str>) -> Identified {
        let (mut te, mut deva, mut latin) = (0usize, 0usize, 0usize);
        for c in normalized.chars() {
            match script_of(c) {
                Script::Telugu => te += 1,
                Script::Devanagari => deva += 1,
                Script::Latin => latin += 1,
                Script::Other => {}
            }
        }
        let native = te + deva;
        if native > 0 {
            let (idx, script) = if te >= deva {
                (self.telugu, "telugu")
            } else {
                (self.devanagari, "devanagari")
            };
            let lang = idx
                .and_then(|i| self.langs.get(i).cloned())
                .unwrap_or_else(|| if te >= deva { "te".into() } else { "hi".into() });
            let mixed = latin >= 3;
            return Identified {
                lang,
                script: if mixed { "mixed" } else { script },
                form: if mixed { "mixed" } else { "native" },
                confidence: 1.0,
            };
        }
        let probs = self.latin_probabilities(normalized, prior);
        let (best, p) = probs
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map(|(i, p)| (i, *p))
            .unwrap_or((0, 0.0));
        let lang = self.langs.get(best).cloned().unwrap_or_else(|| "en".into());
        let form = if lang == "en" { "native" } else { "romanized" };
        Identified {
            lang,
            script: "latin",
            form,
            confidence: p,
        }
    }

    fn latin_probabilities(&self, text: &str, prior: Option<&str>) -> Vec<f32> {
        if self.langs.is_empty() {
            return Vec::new();
        }
        let mut scores: Vec<f32> = self
            .langs
            .iter()
            .map(|l| if Some(l.as_str()) == prior { 1.0 } else { 0.0 })
            .collect();
        grams(text, |g| {
            for (i, s) in scores.iter_mut().enumerate() {
                *s += self.logp[i].get(g).copied().unwrap_or(self.unseen[i]) * 0.25;
            }
        });
        let max = scores.iter().cloned().fold(f32::MIN, f32::max);
        let exp: Vec<f32> = scores.iter().map(|s| (s - max).exp()).collect();
        let sum: f32 = exp.iter().sum();
        exp.iter().map(|e| e / sum).collect()
    }
}
