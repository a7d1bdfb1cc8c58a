//! `mitra eval`: k-fold cross-validation of the classifier on the language teams' examples.
//! Each example is classified by a classifier trained without its fold, so the figures measure
//! generalisation to messages nobody wrote down, not recall of the examples.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::Arc;

use super::classifier::{embed_normalized, ClassScores, Classifier, Decision, FormWeights, Params};
use super::e5::E5;
use super::examples::{Example, Examples, NONE};
use super::langid::Identified;
use super::native_script;
use super::normalize::normalize;

/// One held-out example and its class scores under the classifier of the other folds.
struct HeldOut {
    example: usize,
    fold: usize,
    normalized: String,
    /// Identified once: the head's scores depend on it, and so does every decision.
    language: Identified,
    scores: ClassScores,
}

pub struct CrossValidation {
    folds: Vec<Classifier>,
    held_out: Vec<HeldOut>,
    pub k: usize,
}

/// Stratified folds: every (intent, language, form) group is dealt round-robin over the folds
/// after a deterministic shuffle.
fn assign_folds(examples: &[Example], k: usize, seed: u64) -> Vec<usize> {
    let mut groups: BTreeMap<(String, String, String), Vec<usize>> = BTreeMap::new();
    for (i, e) in examples.iter().enumerate() {
        groups
            .entry((e.table.clone(), e.lang.clone(), e.form.clone()))
            .or_default()
            .push(i);
    }
    let mut fold = vec![0; examples.len()];
    let mut state = seed | 1;
    // Each group starts one fold further on, so the groups' remainders spread over the folds.
    for (offset, (_, mut members)) in groups.into_iter().enumerate() {
        // xorshift: reproducible without a dependency on rand's algorithms staying fixed.
        for i in (1..members.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            members.swap(i, (state % (i as u64 + 1)) as usize);
        }
        for (j, m) in members.into_iter().enumerate() {
            fold[m] = (j + offset) % k;
        }
    }
    fold
}

/// Writes `examples.jsonl` (one object per example, in order, with its fold) and
/// `embeddings.f32` (little-endian rows of `dim` floats) into `dir`.
pub fn export(
    dir: &std::path::Path,
    examples: &Examples,
    embeddings: &[f32],
    encoder: &E5,
    k: usize,
) -> anyhow::Result<()> {
    let dim = encoder.dim();
    use std::io::Write;
    std::fs::create_dir_all(dir)?;
    let fold_of = assign_folds(&examples.examples, k, 0x5eed);
    let mut out = std::io::BufWriter::new(std::fs::File::create(dir.join("examples.jsonl"))?);
    for (e, fold) in examples.examples.iter().zip(&fold_of) {
        let normalized = normalize(&e.text);
        let line = serde_json::json!({
            "text": e.text, "normalized": normalized,
            "key": super::normalize::phonetic_key(&normalized),
            "intent": e.intent, "table": e.table, "lang": e.lang, "form": e.form,
            "origin": e.origin, "fold": fold, "tokens": encoder.tokenize_raw(&normalized),
        });
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    let bytes: Vec<u8> = embeddings[..examples.examples.len() * dim]
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect();
    std::fs::write(dir.join("embeddings.f32"), bytes)?;
    Ok(())
}

impl CrossValidation {
    pub fn run(
        e5: Arc<E5>,
        examples: &Examples,
        embeddings: &[f32],
        k: usize,
        params: Params,
    ) -> anyhow::Result<CrossValidation> {
        let dim = e5.dim();
        let rows: Vec<&[f32]> = embeddings.chunks_exact(dim).collect();
        let fold_of = assign_folds(&examples.examples, k, 0x5eed);
        let mut folds = Vec::new();
        let mut held_out = Vec::new();
        // Rewrites of one fold's training examples mostly recur in the others': each text is
        // embedded once.
        let mut rewritten_embeddings: HashMap<String, Vec<f32>> = HashMap::new();
        for f in 0..k {
            let train: Vec<usize> = (0..examples.examples.len())
                .filter(|&i| fold_of[i] != f)
                .collect();
            let ex: Vec<&Example> = train.iter().map(|&i| &examples.examples[i]).collect();
            let em: Vec<&[f32]> = train.iter().map(|&i| rows[i]).collect();
            // The spellings come from the training folds only, as they would come from the
            // examples alone for a message nobody wrote down.
            let rewritten = native_script::rewrite_examples(&ex);
            let new: Vec<String> = rewritten
                .iter()
                .filter(|e| !rewritten_embeddings.contains_key(&e.text))
                .map(|e| e.text.clone())
                .collect();
            let normalized: Vec<String> = new.iter().map(|t| normalize(t)).collect();
            let flat = embed_normalized(&e5, &normalized)?;
            rewritten_embeddings.extend(
                new.into_iter()
                    .zip(flat.chunks_exact(dim).map(<[f32]>::to_vec)),
            );
            let rewritten_refs: Vec<&Example> = rewritten.iter().collect();
            let rewritten_rows: Vec<&[f32]> = rewritten
                .iter()
                .map(|e| rewritten_embeddings[&e.text].as_slice())
                .collect();
            let classifier = Classifier::from_parts(
                e5.clone(),
                &ex,
                &em,
                (&rewritten_refs, &rewritten_rows),
                params,
            );
            for i in (0..examples.examples.len()).filter(|&i| fold_of[i] == f) {
                let normalized = normalize(&examples.examples[i].text);
                let language = classifier.identify(&normalized, Some(&examples.examples[i].lang));
                let scores = classifier.scores(&normalized, rows[i], &language);
                held_out.push(HeldOut {
                    example: i,
                    fold: f,
                    normalized,
                    language,
                    scores,
                });
            }
            folds.push(classifier);
        }
        Ok(CrossValidation { folds, held_out, k })
    }

    /// Every held-out prediction under `params`: (example index, intent, decision).
    fn predictions<'a>(
        &'a self,
        params: &'a Params,
    ) -> impl Iterator<Item = (usize, String, Decision)> + 'a {
        self.held_out.iter().map(move |h| {
            let c =
                self.folds[h.fold].decide_as(&h.normalized, h.language.clone(), &h.scores, params);
            (h.example, c.intent, c.decision)
        })
    }

    pub fn report(&self, examples: &Examples, params: &Params) -> Report {
        Report::tally(examples, params, self.k, self.predictions(params))
    }

    /// Picks the mixing weights and thresholds on the held-out scores, in two stages.
    ///
    /// 1. The ranking: for each weight of the nearest examples, every form's own best weight
    ///    of the e5 head against the lexical head (a message's ranking depends only on the
    ///    weight of its own form, so one sweep with the same weight everywhere measures them
    ///    all), by top-1 with no floor.
    /// 2. The cuts: out-of-scope messages must fall back at least 90% of the time; within
    ///    that, the most messages answered right plus the most top-1 right, where a confident
    ///    wrong answer costs five right ones (a citizen sent to the wrong service is worse off
    ///    than one who is asked).
    pub fn tune(&self, examples: &Examples, base: Params) -> Params {
        let weights = [
            0.0f32, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0,
        ];
        let mut ranking: Option<(f32, Params)> = None;
        for &nw in &[0.0f32, 0.02, 0.05] {
            // Per form: (best accuracy, its weight).
            let mut best = [(0.0f32, base.semantic_weight.english); FormWeights::SLOTS];
            for &w in &weights {
                let p = Params {
                    semantic_weight: FormWeights::all(w),
                    neighbour_weight: nw,
                    floor: -1.0,
                    answer: 0.0,
                    clarify: 0.0,
                    ..base
                };
                let r = self.report(examples, &p);
                let mut per = [(0usize, 0usize); FormWeights::SLOTS];
                for ((lang, form), c) in &r.cells {
                    let f = FormWeights::slot(lang, form);
                    per[f].0 += c.top1;
                    per[f].1 += c.n;
                }
                tracing::info!(
                    neighbours = nw,
                    e5_weight = w,
                    "top-1 Telugu script {:.3} Devanagari {:.3} English {:.3} romanized {:.3} mixed {:.3}",
                    ratio(per[0].0, per[0].1),
                    ratio(per[1].0, per[1].1),
                    ratio(per[2].0, per[2].1),
                    ratio(per[3].0, per[3].1),
                    ratio(per[4].0, per[4].1)
                );
                for f in 0..FormWeights::SLOTS {
                    let acc = ratio(per[f].0, per[f].1);
                    if acc > best[f].0 {
                        best[f] = (acc, w);
                    }
                }
            }
            let p = Params {
                semantic_weight: FormWeights::from_slots(best.map(|(_, w)| w)),
                neighbour_weight: nw,
                ..base
            };
            let r = self.report(
                examples,
                &Params {
                    floor: -1.0,
                    answer: 0.0,
                    clarify: 0.0,
                    ..p
                },
            );
            let acc = r.in_scope_accuracy();
            if ranking.as_ref().is_none_or(|(a, _)| acc > *a) {
                ranking = Some((acc, p));
            }
        }
        let ranked = ranking.map(|(_, p)| p).unwrap_or(base);
        let mut best: Option<(f32, Params)> = None;
        for &ns in &[0.5f32, 0.7] {
            for &floor in &[0.3f32, 0.35, 0.4, 0.45, 0.5] {
                for &answer in &[0.35f32, 0.45, 0.55, 0.65, 0.75] {
                    for &clarify in &[0.1f32, 0.2, 0.3] {
                        let p = Params {
                            neighbour_semantic: ns,
                            floor,
                            answer,
                            clarify: clarify.min(answer),
                            ..ranked
                        };
                        let r = self.report(examples, &p);
                        let oos = r.oos.rate();
                        let value = r.in_scope_accuracy() + r.answered_right_rate()
                            - 5.0 * r.wrong_answer_rate();
                        let score = if oos >= 0.9 {
                            10.0 + value
                        } else {
                            oos + value
                        };
                        if best.as_ref().is_none_or(|(s, _)| score > *s) {
                            best = Some((score, p));
                        }
                    }
                }
            }
        }
        best.map(|(_, p)| p).unwrap_or(ranked)
    }
}

#[derive(Default, Debug, Clone, Copy)]
pub struct Cell {
    pub n: usize,
    pub top1: usize,
    pub answered_right: usize,
    pub answered_wrong: usize,
    pub clarified: usize,
    pub fell_back: usize,
}

#[derive(Default, Debug, Clone, Copy)]
pub struct OutOfScope {
    pub n: usize,
    pub fell_back: usize,
    /// Sent to a service with confidence: the worst outcome.
    pub answered: usize,
}

impl OutOfScope {
    pub fn rate(&self) -> f32 {
        ratio(self.fell_back, self.n)
    }
}

#[derive(Default, Debug)]
pub struct Report {
    pub params: Params,
    pub k: usize,
    pub cells: BTreeMap<(String, String), Cell>,
    pub oos: OutOfScope,
    pub in_scope_to_none: usize,
    pub confused: Vec<((String, String), usize)>,
    /// Every held-out example whose best intent was not its own, in example order.
    pub misses: Vec<Miss>,
}

/// A held-out example the classifier got wrong.
#[derive(Debug, Clone)]
pub struct Miss {
    /// index into the examples
    pub example: usize,
    /// what it chose ([`NONE`] for a fallback)
    pub got: String,
    pub decision: Decision,
}

impl Report {
    /// The report of a set of predictions, (example index, intent, decision), one per example
    /// scored.
    pub fn tally(
        examples: &Examples,
        params: &Params,
        k: usize,
        predictions: impl Iterator<Item = (usize, String, Decision)>,
    ) -> Report {
        let mut report = Report {
            params: *params,
            k,
            ..Report::default()
        };
        let mut confusions: HashMap<(String, String), usize> = HashMap::new();
        for (i, intent, decision) in predictions {
            let e = &examples.examples[i];
            if intent != e.intent {
                report.misses.push(Miss {
                    example: i,
                    got: intent.clone(),
                    decision,
                });
            }
            if e.intent == NONE {
                report.oos.n += 1;
                if intent == NONE {
                    report.oos.fell_back += 1;
                } else if decision == Decision::Answer {
                    report.oos.answered += 1;
                }
                continue;
            }
            let cell = report
                .cells
                .entry((e.lang.clone(), e.form.clone()))
                .or_default();
            cell.n += 1;
            let correct = intent == e.intent;
            match decision {
                Decision::Answer if correct => cell.answered_right += 1,
                Decision::Answer => cell.answered_wrong += 1,
                Decision::Clarify => cell.clarified += 1,
                Decision::Fallback => cell.fell_back += 1,
            }
            if correct {
                cell.top1 += 1;
            } else {
                *confusions
                    .entry((e.intent.clone(), intent.clone()))
                    .or_default() += 1;
                if intent == NONE {
                    report.in_scope_to_none += 1;
                }
            }
        }
        let mut confused: Vec<_> = confusions.into_iter().collect();
        confused.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        report.confused = confused.into_iter().take(20).collect();
        report.misses.sort_by_key(|m| m.example);
        report
    }

    /// The misses as JSON lines (file and line, text, expected and chosen intent), for the
    /// language teams: most are an example that fits two services, or a service whose
    /// examples do not yet say what sets it apart.
    pub fn misses_jsonl(&self, examples: &Examples) -> String {
        let mut out = String::new();
        for m in &self.misses {
            let e = &examples.examples[m.example];
            let line = serde_json::json!({
                "origin": e.origin, "text": e.text, "lang": e.lang, "form": e.form,
                "expected": e.intent, "got": m.got, "decision": m.decision,
            });
            let _ = writeln!(out, "{line}");
        }
        out
    }
}

fn ratio(a: usize, b: usize) -> f32 {
    if b == 0 {
        0.0
    } else {
        a as f32 / b as f32
    }
}

fn pct(a: usize, b: usize) -> String {
    format!("{:.1}%", 100.0 * ratio(a, b))
}

impl Report {
    pub fn in_scope_accuracy(&self) -> f32 {
        let (top1, n) = self
            .cells
            .values()
            .fold((0, 0), |(t, n), c| (t + c.top1, n + c.n));
        ratio(top1, n)
    }

    pub fn answered_right_rate(&self) -> f32 {
        let (a, n) = self
            .cells
            .values()
            .fold((0, 0), |(a, n), c| (a + c.answered_right, n + c.n));
        ratio(a, n)
    }

    pub fn wrong_answer_rate(&self) -> f32 {
        let (w, n) = self
            .cells
            .values()
            .fold((0, 0), |(w, n), c| (w + c.answered_wrong, n + c.n));
        ratio(w + self.oos.answered, n + self.oos.n)
    }

    /// Accuracy per language, all forms together.
    pub fn per_language(&self) -> BTreeMap<String, (usize, usize)> {
        let mut out: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for ((lang, _), c) in &self.cells {
            let e = out.entry(lang.clone()).or_default();
            e.0 += c.top1;
            e.1 += c.n;
        }
        out
    }

    pub fn markdown(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "# Intent classification: {}-fold cross-validation\n",
            self.k
        );
        let _ = writeln!(
            s,
            "Each example is classified by a model trained on the other folds (stratified by intent, language and form). \
             *top-1*: the best intent is the right one (a fallback counts as wrong). *answered*: routed straight to the service; \
             *asked*: \"did you mean…\" with the right one first; *fallback*: the menu. Parameters: e5 head weight \
             {:.2} Telugu script, {:.2} Devanagari, {:.2} English, {:.2} romanized, {:.2} mixed (the lexical head has the rest); nearest examples \
             {:.2} (temperature {:.3}); floor {:.2}, answer ≥ {:.2}, ask ≥ {:.2}.\n",
            self.params.semantic_weight.telugu,
            self.params.semantic_weight.devanagari,
            self.params.semantic_weight.english,
            self.params.semantic_weight.romanized,
            self.params.semantic_weight.mixed,
            self.params.neighbour_weight,
            self.params.temperature,
            self.params.floor,
            self.params.answer,
            self.params.clarify
        );
        s.push_str(&self.tables());
        s
    }

    /// The section on messages scored by a classifier trained on all of `intents/` that never
    /// saw them (`intents/heldout/`), with every one it got wrong.
    pub fn heldout_markdown(&self, examples: &Examples) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "\n## Held-out messages (`intents/heldout/`)\n\n\
             Messages written apart from the examples and never trained on, scored by the classifier \
             trained on all of `intents/` with the same parameters, each with its file's language as the \
             chosen language. Cross-validation above holds out examples written alongside the ones \
             trained on; these come closer to what citizens will send.\n"
        );
        s.push_str(&self.tables());
        if !self.misses.is_empty() {
            let _ = writeln!(s, "\nEvery held-out message it got wrong:\n");
            let _ = writeln!(s, "| where | message | expected | got | decision |");
            let _ = writeln!(s, "|---|---|---|---|---|");
            // In file and line order, as a language team reads them.
            let mut misses: Vec<_> = self
                .misses
                .iter()
                .map(|m| (&examples.examples[m.example], m))
                .collect();
            misses.sort_by_key(|(e, _)| {
                let (file, line) = e.origin.rsplit_once(':').unwrap_or((&e.origin, ""));
                (file.to_string(), line.parse::<usize>().unwrap_or(0))
            });
            for (e, m) in misses {
                let _ = writeln!(
                    s,
                    "| {} | {} | {} | {} | {:?} |",
                    e.origin,
                    e.text.replace('|', "\\|"),
                    e.intent,
                    m.got,
                    m.decision
                );
            }
        }
        s
    }

    /// The per-language and per-form table, out of scope, fallback precision and confusions.
    fn tables(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "| language | form | examples | top-1 | answered right | asked | fallback | answered wrong |");
        let _ = writeln!(s, "|---|---|---:|---:|---:|---:|---:|---:|");
        for ((lang, form), c) in &self.cells {
            let _ = writeln!(
                s,
                "| {lang} | {form} | {} | **{}** | {} | {} | {} | {} |",
                c.n,
                pct(c.top1, c.n),
                pct(c.answered_right, c.n),
                pct(c.clarified, c.n),
                pct(c.fell_back, c.n),
                pct(c.answered_wrong, c.n)
            );
        }
        for (lang, (t, n)) in self.per_language() {
            let _ = writeln!(s, "| {lang} | all | {n} | **{}** | | | | |", pct(t, n));
        }
        let _ = writeln!(
            s,
            "\nOut of scope: {} examples, **{}** fall back to the menu, {} are routed to a service with confidence.\n",
            self.oos.n,
            pct(self.oos.fell_back, self.oos.n),
            pct(self.oos.answered, self.oos.n)
        );
        let fallbacks = self.oos.fell_back + self.in_scope_to_none;
        let _ = writeln!(
            s,
            "Fallback precision (fallbacks that were really out of scope): {}.\n",
            pct(self.oos.fell_back, fallbacks)
        );
        if !self.confused.is_empty() {
            let _ = writeln!(s, "Most confused (expected → got):\n");
            let _ = writeln!(s, "| expected | got | times |");
            let _ = writeln!(s, "|---|---|---:|");
            for ((want, got), n) in &self.confused {
                let _ = writeln!(s, "| {want} | {got} | {n} |");
            }
        }
        s
    }
}
