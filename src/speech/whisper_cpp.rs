//! whisper.cpp as a second engine (cargo feature `whisper-cpp`, over `whisper-rs`), for
//! operators who already run ggml models. Same call and same [`Transcript`] as
//! [`super::Transcriber`]: 16 kHz mono in, text and language out, language identification
//! restricted to the service's languages. `mitra models convert --to ggml` writes the file
//! from the model mitra's own engine uses, so the two can be compared on the same weights.
//!
//! Building it needs cmake, a C++ compiler and libclang (whisper.cpp is compiled from source).

use std::path::{Path, PathBuf};
use std::time::Instant;

use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters};

use super::transcribe::{Result, Segment, SpeechError, Transcript, DEFAULT_LANGUAGES};
use crate::media::audio::{is_near_silent, TARGET_RATE};

pub struct WhisperCpp {
    ctx: WhisperContext,
    languages: Vec<String>,
    threads: usize,
    model: PathBuf,
}

fn engine_error(e: impl std::fmt::Display) -> SpeechError {
    SpeechError::Engine(format!("whisper.cpp: {e}"))
}

impl WhisperCpp {
    /// Loads a whisper.cpp model file (`ggml-*.bin`).
    pub fn load(model_file: &Path) -> Result<Self> {
        // whisper.cpp logs every load and run on stderr; route it to nowhere (or to `log`).
        whisper_rs::install_logging_hooks();
        let ctx = WhisperContext::new_with_params(model_file, WhisperContextParameters::default())
            .map_err(|e| SpeechError::ModelDir {
                dir: model_file.display().to_string(),
                msg: format!("whisper.cpp cannot load it: {e}"),
            })?;
        Ok(Self {
            ctx,
            languages: DEFAULT_LANGUAGES.iter().map(|s| s.to_string()).collect(),
            threads: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
            model: model_file.to_path_buf(),
        })
    }

    /// Threads per transcription (default: the machine's cores).
    pub fn with_threads(mut self, threads: usize) -> Self {
        self.threads = threads.max(1);
        self
    }

    pub fn model(&self) -> &Path {
        &self.model
    }

    /// Transcribes 16 kHz mono audio: `language` forces one ("te", "hi", "en"); None or
    /// "auto" detects, among the allowed languages only.
    pub fn transcribe(&self, pcm: &[f32], language: Option<&str>) -> Result<Transcript> {
        let duration_s = pcm.len() as f32 / TARGET_RATE as f32;
        let forced = match language.map(str::trim) {
            None | Some("") | Some("auto") => None,
            Some(l) => {
                if whisper_rs::get_lang_id(l).is_none() {
                    return Err(SpeechError::UnknownLanguage(l.to_string()));
                }
                Some(l.to_string())
            }
        };
        if is_near_silent(pcm) {
            return Ok(empty_transcript(forced, duration_s));
        }
        let started = Instant::now();
        // First with whisper.cpp's own detection (one pass); only when it picks a language
        // the service does not speak is the choice redone among the allowed ones.
        let (mut segments, mut lang) = self.run(pcm, forced.as_deref().unwrap_or("auto"))?;
        let mut language_probs = vec![];
        let mut language_probability = 1.0;
        if forced.is_none() {
            if self.languages.contains(&lang) {
                // whisper.cpp does not report it for its own choice.
                language_probability = 0.0;
            } else {
                language_probs = self.allowed_language_probs(pcm)?;
                let best = language_probs[0].0.clone();
                language_probability = language_probs[0].1;
                (segments, lang) = self.run(pcm, &best)?;
            }
        }
        let elapsed_ms = started.elapsed().as_secs_f64() * 1e3;
        let kept: Vec<&Segment> = segments.iter().filter(|s| !s.text.is_empty()).collect();
        let text = kept
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        Ok(Transcript {
            no_speech: kept.is_empty(),
            text,
            language: lang,
            language_probability,
            language_probs,
            duration_s,
            no_speech_prob: segments
                .iter()
                .map(|s| s.no_speech_prob)
                .fold(0.0, f32::max),
            segments,
            // whisper.cpp does not report the split: all of it is counted as decoding.
            encode_ms: 0.0,
            decode_ms: elapsed_ms,
        })
    }

    /// One `whisper_full` run in `language` ("auto" to let whisper.cpp pick).
    fn run(&self, pcm: &[f32], language: &str) -> Result<(Vec<Segment>, String)> {
        let mut state = self.ctx.create_state().map_err(engine_error)?;
        let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
        params.set_n_threads(self.threads as i32);
        params.set_language(Some(language));
        params.set_translate(false);
        params.set_no_context(true);
        params.set_no_timestamps(true);
        params.set_print_special(false);
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_timestamps(false);
        params.set_suppress_blank(true);
        state.full(params, pcm).map_err(engine_error)?;
        let lang = whisper_rs::get_lang_str(state.full_lang_id_from_state())
            .unwrap_or(language)
            .to_string();
        let mut segments = vec![];
        for i in 0..state.full_n_segments() {
            let Some(seg) = state.get_segment(i) else {
                continue;
            };
            let text = seg.to_str_lossy().map_err(engine_error)?.trim().to_string();
            let tokens = (0..seg.n_tokens())
                .filter_map(|t| seg.get_token(t))
                .map(|t| t.token_id() as u32)
                .collect();
            segments.push(Segment {
                start_s: seg.start_timestamp() as f32 / 100.0,
                end_s: seg.end_timestamp() as f32 / 100.0,
                encoder_frames: 3000,
                text,
                tokens,
                avg_logprob: f32::NAN,
                no_speech_prob: seg.no_speech_probability(),
                temperature: 0.0,
                repetitive: false,
            });
        }
        Ok((segments, lang))
    }

    /// whisper.cpp's language probabilities, restricted to the allowed languages and
    /// renormalized, best first.
    fn allowed_language_probs(&self, pcm: &[f32]) -> Result<Vec<(String, f32)>> {
        let mut state = self.ctx.create_state().map_err(engine_error)?;
        state.pcm_to_mel(pcm, self.threads).map_err(engine_error)?;
        let (_, probs) = state.lang_detect(0, self.threads).map_err(engine_error)?;
        let mut allowed: Vec<(String, f32)> = self
            .languages
            .iter()
            .filter_map(|l| {
                let id = whisper_rs::get_lang_id(l)? as usize;
                Some((l.clone(), *probs.get(id)?))
            })
            .collect();
        let sum: f32 = allowed.iter().map(|(_, p)| p).sum();
        if sum > 0.0 {
            allowed.iter_mut().for_each(|(_, p)| *p /= sum);
        }
        allowed.sort_by(|a, b| b.1.total_cmp(&a.1));
        if allowed.is_empty() {
            return Err(engine_error("no allowed language is known to the model"));
        }
        Ok(allowed)
    }
}

fn empty_transcript(forced: Option<String>, duration_s: f32) -> Transcript {
    Transcript {
        text: String::new(),
        language_probability: if forced.is_some() { 1.0 } else { 0.0 },
        language: forced.unwrap_or_default(),
        language_probs: vec![],
        duration_s,
        no_speech_prob: 1.0,
        no_speech: true,
        segments: vec![],
        encode_ms: 0.0,
        decode_ms: 0.0,
    }
}
