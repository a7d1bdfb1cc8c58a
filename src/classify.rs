//! The understanding commands: `mitra classify`, `mitra train`, `mitra eval`.

use std::io::{BufRead, Write};
use std::path::Path;
use std::time::Instant;

use anyhow::Result;

use crate::app::Data;
use crate::config::Config;
use crate::understanding::eval::CrossValidation;
use crate::understanding::{self, classifier, Examples, Params, Understanding};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Jsonl,
}

/// Classifies each text (or each stdin line when there are none).
pub fn classify(
    config: &Config,
    lang: Option<&str>,
    format: Format,
    texts: &[String],
    out: &mut impl Write,
) -> Result<()> {
    let data = Data::load(config)?;
    let understanding =
        Understanding::load(&config.intents, &config.models, &data.graph, &data.locales)?;
    let today = chrono::Utc::now().date_naive();
    let one = |text: &str, out: &mut dyn Write| -> Result<()> {
        let u = understanding.understand(text, lang, today)?;
        match format {
            Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&u.json(text))?)?,
            Format::Text => {
                let c = &u.classification;
                let alts: Vec<String> = c
                    .alternatives
                    .iter()
                    .map(|a| format!("{} {:.2}", a.intent, a.confidence))
                    .collect();
                writeln!(
                    out,
                    "{text}\n  → {} {:.2} ({:?}; {} {} {}) | {}",
                    c.intent,
                    c.confidence,
                    c.decision,
                    c.language.lang,
                    c.language.script,
                    c.language.form,
                    alts.join(", ")
                )?;
                for e in &u.entities {
                    writeln!(
                        out,
                        "    {} = {}{}",
                        e.kind,
                        e.value,
                        e.role.map(|r| format!(" ({r})")).unwrap_or_default()
                    )?;
                }
            }
        }
        Ok(())
    };
    if texts.is_empty() {
        for line in std::io::stdin().lock().lines() {
            let line = line?;
            if !line.trim().is_empty() {
                one(&line, out)?;
            }
        }
    } else {
        for t in texts {
            one(t, out)?;
        }
    }
    Ok(())
}

/// `mitra classify --audio`: each voice note transcribed locally, then classified like text;
/// the classify object gains `file` and `transcript`.
pub fn classify_audio(
    config: &Config,
    lang: Option<&str>,
    format: Format,
    files: &[std::path::PathBuf],
    out: &mut impl Write,
) -> Result<bool> {
    #[derive(serde::Serialize)]
    struct AudioJson<'a> {
        file: String,
        transcript: &'a str,
        #[serde(flatten)]
        classify: understanding::ClassifyJson<'a>,
    }
    let data = Data::load(config)?;
    let understanding =
        Understanding::load(&config.intents, &config.models, &data.graph, &data.locales)?;
    let transcriber = crate::voice::load_from_cache(&config.models)?;
    let today = chrono::Utc::now().date_naive();
    let mut all_ok = true;
    for file in files {
        let heard = std::fs::read(file)
            .map_err(|e| anyhow::anyhow!("cannot read it: {e}"))
            .and_then(|bytes| {
                let pcm = crate::media::decode_audio(&bytes, crate::voice::mime_of(file))?;
                Ok(transcriber.transcribe(&pcm, lang)?)
            });
        let t = match heard {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}: {e:#}", file.display());
                all_ok = false;
                continue;
            }
        };
        let u = understanding.understand(&t.text, Some(&t.language), today)?;
        match format {
            Format::Jsonl => {
                let line = AudioJson {
                    file: file.display().to_string(),
                    transcript: &t.text,
                    classify: u.json(&t.text),
                };
                writeln!(out, "{}", serde_json::to_string(&line)?)?;
            }
            Format::Text => {
                let c = &u.classification;
                writeln!(
                    out,
                    "{} [{}]: {}\n  → {} {:.2} ({:?})",
                    file.display(),
                    t.language,
                    t.text,
                    c.intent,
                    c.confidence,
                    c.decision
                )?;
            }
        }
    }
    Ok(all_ok)
}

/// Embeds every example, trains the two heads on all of them and caches both; reports what
/// was built.
pub fn train(config: &Config) -> Result<()> {
    let started = Instant::now();
    let (examples, problems) = Examples::load(&config.intents)?;
    for p in &problems {
        eprintln!("{}: {}", p.origin, p.message);
    }
    let encoder = understanding::load_encoder(&config.models)?;
    let cache = classifier::EmbeddingCache::for_examples(&config.models.join("index"), &examples);
    let _ = std::fs::remove_file(&cache.path);
    let _ = std::fs::remove_file(cache.for_rewritten().path);
    let _ = std::fs::remove_file(cache.heads_path());
    let classifier = understanding::train(&config.intents, &config.models, encoder)?;
    println!(
        "trained on {} examples of {} intents in {} languages in {:.1} s; index {}",
        classifier.examples(),
        classifier.intents().len(),
        examples.langs.len(),
        started.elapsed().as_secs_f32(),
        cache.path.display()
    );
    Ok(())
}

/// k-fold cross-validation; prints and writes the Markdown report.
pub fn eval(
    config: &Config,
    folds: usize,
    tune: bool,
    report_path: &Path,
    export: Option<&Path>,
    misses: Option<&Path>,
) -> Result<bool> {
    let (examples, problems) = Examples::load(&config.intents)?;
    for p in &problems {
        eprintln!("{}: {}", p.origin, p.message);
    }
    let encoder = understanding::load_encoder(&config.models)?;
    let cache = classifier::EmbeddingCache::for_examples(&config.models.join("index"), &examples);
    let flat = classifier::embed_examples(&encoder, &examples.examples, &cache)?;
    if let Some(dir) = export {
        understanding::eval::export(dir, &examples, &flat, &encoder, folds.max(2))?;
        eprintln!(
            "examples, folds and embeddings written to {}",
            dir.display()
        );
    }
    let started = Instant::now();
    let cv = CrossValidation::run(
        encoder.clone(),
        &examples,
        &flat,
        folds.max(2),
        Params::default(),
    )?;
    let mut params = Params::default();
    if tune {
        params = cv.tune(&examples, params);
        eprintln!("tuned: {params:?}");
    }
    let report = cv.report(&examples, &params);
    let mut markdown = report.markdown();
    let (heldout, problems) = Examples::load_heldout(&config.intents)?;
    for p in &problems {
        eprintln!("{}: {}", p.origin, p.message);
    }
    if !heldout.examples.is_empty() {
        let mut classifier = understanding::train(&config.intents, &config.models, encoder)?;
        classifier.params = params;
        let predictions = heldout.examples.iter().enumerate().map(|(i, e)| {
            match classifier.classify(&e.text, Some(&e.lang)) {
                Ok(c) => (i, c.intent, c.decision),
                Err(err) => {
                    eprintln!("{}: {err:#}", e.origin);
                    let none = understanding::examples::NONE.to_string();
                    (i, none, classifier::Decision::Fallback)
                }
            }
        });
        let held = understanding::eval::Report::tally(&heldout, &params, 0, predictions);
        markdown.push_str(&held.heldout_markdown(&heldout));
        eprintln!(
            "{} held-out messages: top-1 {:.1}%, out of scope {:.1}% fall back",
            heldout.examples.len(),
            100.0 * held.in_scope_accuracy(),
            100.0 * held.oos.rate()
        );
    }
    print!("{markdown}");
    std::fs::write(report_path, &markdown)?;
    if let Some(path) = misses {
        std::fs::write(path, report.misses_jsonl(&examples))?;
        eprintln!(
            "{} misses written to {}",
            report.misses.len(),
            path.display()
        );
    }
    eprintln!(
        "{} examples, {} folds in {:.1} s; report written to {}",
        examples.examples.len(),
        folds,
        started.elapsed().as_secs_f32(),
        report_path.display()
    );
    let per_form_ok = report
        .cells
        .values()
        .all(|c| c.n == 0 || c.top1 as f32 / c.n as f32 >= 0.95);
    Ok(per_form_ok && report.oos.rate() >= 0.9)
}
