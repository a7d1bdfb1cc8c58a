//! Whisper transcription on candle: language identification among the
//! service's languages, greedy decoding without timestamps (temperature
//! fallback when the greedy result is repetitive or unlikely), a no-speech
//! test, and 30-second windows for longer notes.
//!
//! A window is encoded over the audio's own length (rounded up to
//! [`TranscribeOptions::min_encoder_frames`]), not padded to 30 s: candle's
//! encoder takes any length up to 1500 positions, and a short note then
//! costs in proportion to its length.

use std::path::{Path, PathBuf};
use std::time::Instant;

use candle_core::{Device, Tensor};
use candle_transformers::models::whisper::model::{AudioEncoder, Whisper};
use candle_transformers::models::whisper::Config;
use tokenizers::Tokenizer;

use super::ct2::Ct2Model;
use super::decoder::{DecoderState, KvDecoder};
use super::mel::{MelExtractor, HOP_LENGTH, N_FRAMES};
use super::weights::{self, WeightsError};
use crate::media::audio::{is_near_silent, TARGET_RATE};

/// The languages mitra serves, in the order used for ties.
pub const DEFAULT_LANGUAGES: [&str; 3] = ["te", "hi", "en"];

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("model directory {dir}: {msg}")]
    ModelDir { dir: String, msg: String },
    #[error(transparent)]
    Weights(#[from] WeightsError),
    #[error(transparent)]
    Candle(#[from] candle_core::Error),
    #[error("tokenizer: {0}")]
    Tokenizer(String),
    #[error("language {0:?} is not one the model knows")]
    UnknownLanguage(String),
    #[error(transparent)]
    Audio(#[from] crate::media::audio::AudioError),
    /// Another engine (whisper.cpp) failed.
    #[error("{0}")]
    Engine(String),
}

pub type Result<T> = std::result::Result<T, SpeechError>;

#[derive(Debug, Clone)]
pub struct TranscribeOptions {
    /// Languages language identification chooses among (the others are
    /// masked out).
    pub languages: Vec<String>,
    /// Pad every window to the full 30 s the way faster-whisper does
    /// (slower on short notes; kept for comparison).
    pub full_window: bool,
    /// Shortest encoder input, in mel frames (100 per second).
    pub min_encoder_frames: usize,
    /// Silent frames appended after the audio of a trimmed window.
    pub tail_padding_frames: usize,
    /// Below this probability, language identification on a trimmed
    /// window is redone on the full 30 s window.
    pub language_confidence: f32,
    pub no_speech_threshold: f32,
    pub logprob_threshold: f32,
    pub temperatures: Vec<f32>,
    /// Most tokens sampled per window.
    pub max_new_tokens: usize,
    /// Optional text put before the prompt (`<|startofprev|>` …), e.g. the
    /// service vocabulary of the citizen's language.
    pub initial_prompt: Option<String>,
}

impl Default for TranscribeOptions {
    fn default() -> Self {
        Self {
            languages: DEFAULT_LANGUAGES.iter().map(|s| s.to_string()).collect(),
            full_window: false,
            min_encoder_frames: 200,
            tail_padding_frames: 50,
            language_confidence: 0.95,
            no_speech_threshold: 0.6,
            logprob_threshold: -1.0,
            temperatures: vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0],
            max_new_tokens: 224,
            initial_prompt: None,
        }
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Segment {
    pub start_s: f32,
    pub end_s: f32,
    /// Mel frames the encoder ran over (3000 = the full 30 s window).
    pub encoder_frames: usize,
    pub text: String,
    pub tokens: Vec<u32>,
    pub avg_logprob: f32,
    pub no_speech_prob: f32,
    pub temperature: f32,
    /// True when the decoder looped and the loop was cut.
    pub repetitive: bool,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Transcript {
    pub text: String,
    /// ISO code of the language transcribed ("te", "hi", "en").
    pub language: String,
    /// Probability of `language` among the allowed ones (1.0 when forced).
    pub language_probability: f32,
    /// Every allowed language with its probability, best first (empty when
    /// forced).
    pub language_probs: Vec<(String, f32)>,
    pub duration_s: f32,
    /// Highest no-speech probability over the windows; 1.0 for silence.
    pub no_speech_prob: f32,
    /// True when nothing was heard (near-silent audio, or Whisper's
    /// no-speech test on every window).
    pub no_speech: bool,
    pub segments: Vec<Segment>,
    /// Milliseconds spent in the encoder and the decoder.
    pub encode_ms: f64,
    pub decode_ms: f64,
}

#[derive(Debug, Clone)]
struct SpecialTokens {
    sot: u32,
    eot: u32,
    transcribe: u32,
    no_timestamps: u32,
    no_speech: u32,
    start_of_prev: u32,
}

pub struct Transcriber {
    /// candle-transformers' Whisper encoder.
    encoder: AudioEncoder,
    /// Text decoder over the same weights, with a self-attention cache.
    decoder: KvDecoder,
    config: Config,
    tokenizer: Tokenizer,
    mel: MelExtractor,
    device: Device,
    special: SpecialTokens,
    /// (code, token id) for every language token in the vocabulary.
    language_tokens: Vec<(String, u32)>,
    suppress: Vec<u32>,
    suppress_begin: Vec<u32>,
    /// Per language: tokens that write another script (Whisper base, forced to Telugu or Hindi,
    /// otherwise drifts into Arabic or Kannada letters; citizens must see their own script).
    script_masks: Vec<(String, Vec<bool>)>,
    options: TranscribeOptions,
    model_dir: PathBuf,
}

/// The tokenizer's 99 Whisper language codes.
const WHISPER_LANGUAGES: [&str; 99] = [
    "en", "zh", "de", "es", "ru", "ko", "fr", "ja", "pt", "tr", "pl", "ca", "nl", "ar", "sv", "it",
    "id", "hi", "fi", "vi", "he", "uk", "el", "ms", "cs", "ro", "da", "hu", "ta", "no", "th", "ur",
    "hr", "bg", "lt", "la", "mi", "ml", "cy", "sk", "te", "fa", "lv", "bn", "sr", "az", "sl", "kn",
    "et", "mk", "br", "eu", "is", "hy", "ne", "mn", "bs", "kk", "sq", "sw", "gl", "mr", "pa", "si",
    "km", "sn", "yo", "so", "af", "oc", "ka", "be", "tg", "sd", "gu", "am", "yi", "lo", "uz", "fo",
    "ht", "ps", "tk", "nn", "mt", "sa", "lb", "my", "bo", "tl", "mg", "as", "tt", "haw", "ln",
    "ha", "ba", "jw", "su",
];

impl Transcriber {
    /// Loads a CTranslate2/faster-whisper directory (`model.bin`,
    /// `config.json`, `tokenizer.json`) or a Hugging Face Whisper checkpoint
    /// (`model.safetensors`, `config.json`, `tokenizer.json`).
    pub fn load(model_dir: &Path) -> Result<Self> {
        Self::load_with(model_dir, TranscribeOptions::default())
    }

    pub fn load_with(model_dir: &Path, options: TranscribeOptions) -> Result<Self> {
        let dir_err = |msg: String| SpeechError::ModelDir {
            dir: model_dir.display().to_string(),
            msg,
        };
        let device = Device::Cpu;
        let tokenizer = Tokenizer::from_file(model_dir.join("tokenizer.json"))
            .map_err(|e| dir_err(format!("tokenizer.json: {e}")))?;
        let config_json: serde_json::Value =
            match std::fs::read_to_string(model_dir.join("config.json")) {
                Ok(t) => {
                    serde_json::from_str(&t).map_err(|e| dir_err(format!("config.json: {e}")))?
                }
                Err(_) => serde_json::Value::Null,
            };
        let ids = |key: &str| -> Option<Vec<u32>> {
            config_json.get(key)?.as_array().map(|a| {
                a.iter()
                    .filter_map(|v| v.as_i64())
                    .filter(|&v| v >= 0)
                    .map(|v| v as u32)
                    .collect()
            })
        };
        let (config, vb) = if model_dir.join("model.bin").exists() {
            let ct2 = Ct2Model::read(&model_dir.join("model.bin")).map_err(WeightsError::from)?;
            let suppress = ids("suppress_ids").unwrap_or_default();
            let config = weights::ct2_config(&ct2, suppress)?;
            let vb = weights::ct2_var_builder(&ct2, &config, &device)?;
            (config, vb)
        } else if model_dir.join("model.safetensors").exists() {
            weights::hf_var_builder(model_dir, &device)?
        } else {
            return Err(dir_err("neither model.bin nor model.safetensors".into()));
        };
        let encoder = Whisper::load(&vb, config.clone())?.encoder;
        let decoder = KvDecoder::load(&vb, &config)?;
        drop(vb);
        let tok = |t: &str| {
            tokenizer
                .token_to_id(t)
                .ok_or_else(|| SpeechError::Tokenizer(format!("no {t} token")))
        };
        let special = SpecialTokens {
            sot: tok("<|startoftranscript|>")?,
            eot: tok("<|endoftext|>")?,
            transcribe: tok("<|transcribe|>")?,
            no_timestamps: tok("<|notimestamps|>")?,
            no_speech: tok("<|nospeech|>").or_else(|_| tok("<|nocaptions|>"))?,
            start_of_prev: tok("<|startofprev|>")?,
        };
        let language_tokens: Vec<(String, u32)> = WHISPER_LANGUAGES
            .iter()
            .filter_map(|l| {
                tokenizer
                    .token_to_id(&format!("<|{l}|>"))
                    .map(|id| (l.to_string(), id))
            })
            .collect();
        for l in &options.languages {
            if !language_tokens.iter().any(|(c, _)| c == l) {
                return Err(SpeechError::UnknownLanguage(l.clone()));
            }
        }
        let suppress = if config.suppress_tokens.is_empty() {
            ids("suppress_tokens").unwrap_or_default()
        } else {
            config.suppress_tokens.clone()
        };
        let suppress_begin = ids("suppress_ids_begin")
            .or_else(|| ids("begin_suppress_tokens"))
            .unwrap_or_else(|| vec![220, special.eot]);
        let script_masks = script_masks(&tokenizer, config.vocab_size, &options.languages);
        Ok(Self {
            mel: MelExtractor::new(config.num_mel_bins),
            encoder,
            decoder,
            config,
            tokenizer,
            device,
            special,
            language_tokens,
            suppress,
            suppress_begin,
            script_masks,
            options,
            model_dir: model_dir.to_path_buf(),
        })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn options(&self) -> &TranscribeOptions {
        &self.options
    }

    pub fn set_options(&mut self, options: TranscribeOptions) {
        self.options = options;
    }

    pub fn model_dir(&self) -> &Path {
        &self.model_dir
    }

    fn language_token(&self, code: &str) -> Result<u32> {
        self.language_tokens
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, id)| *id)
            .ok_or_else(|| SpeechError::UnknownLanguage(code.to_string()))
    }

    /// Transcribes 16 kHz mono audio. `language`: a code to force ("te",
    /// "hi", "en"; "auto" or None detects among the allowed languages).
    pub fn transcribe(&self, pcm_16k_mono: &[f32], language: Option<&str>) -> Result<Transcript> {
        let opts = &self.options;
        let duration_s = pcm_16k_mono.len() as f32 / TARGET_RATE as f32;
        let forced = match language.map(str::trim) {
            None | Some("") | Some("auto") => None,
            Some(l) => {
                self.language_token(l)?;
                Some(l.to_string())
            }
        };
        if is_near_silent(pcm_16k_mono) {
            return Ok(Transcript {
                text: String::new(),
                language: forced.clone().unwrap_or_default(),
                language_probability: if forced.is_some() { 1.0 } else { 0.0 },
                language_probs: vec![],
                duration_s,
                no_speech_prob: 1.0,
                no_speech: true,
                segments: vec![],
                encode_ms: 0.0,
                decode_ms: 0.0,
            });
        }
        // Like faster-whisper: 160 zero samples after the audio, one global
        // normalization for the whole note.
        let mut padded = pcm_16k_mono.to_vec();
        padded.extend(std::iter::repeat_n(0f32, HOP_LENGTH));
        let mel = self.mel.log_mel(&padded);
        let n_mels = self.config.num_mel_bins;
        let total_frames = mel.n_frames;
        let mut encoder = self.encoder.clone();

        let mut language = forced.clone();
        let mut language_probability = if forced.is_some() { 1.0 } else { 0.0 };
        let mut language_probs = vec![];
        let mut segments = vec![];
        let mut encode_ms = 0.0;
        let mut decode_ms = 0.0;
        let mut seek = 0;
        while seek < total_frames {
            let len = (total_frames - seek).min(N_FRAMES);
            // A last sliver under a tenth of a second holds no word.
            if len < 10 && seek > 0 {
                break;
            }
            // First the audio's own length; the full 30 s window (what the
            // model was trained on, and what its no-speech and language
            // probabilities are calibrated for) only when that result is
            // doubtful.
            let trimmed = (len + opts.tail_padding_frames)
                .max(opts.min_encoder_frames)
                .min(N_FRAMES);
            let passes: Vec<usize> = if opts.full_window || trimmed >= N_FRAMES {
                vec![N_FRAMES]
            } else {
                vec![trimmed, N_FRAMES]
            };
            let mut chosen = None;
            for (pass, &enc_frames) in passes.iter().enumerate() {
                let last_pass = pass + 1 == passes.len();
                let mut window = vec![mel.floor; n_mels * enc_frames];
                for m in 0..n_mels {
                    let src = &mel.data[m * total_frames + seek..m * total_frames + seek + len];
                    window[m * enc_frames..m * enc_frames + len].copy_from_slice(src);
                }
                let t0 = Instant::now();
                let input = Tensor::from_vec(window, (1, n_mels, enc_frames), &self.device)?;
                let xa = encoder.forward(&input, true)?;
                encode_ms += t0.elapsed().as_secs_f64() * 1e3;

                let t1 = Instant::now();
                let base = self.decoder.start(&xa)?;
                // Language identification once, on the first window.
                let (after_sot, lang) = match &language {
                    Some(l) => (None, l.clone()),
                    None => {
                        let mut st = base.clone();
                        let logits = self.decoder.step(&[self.special.sot], &mut st)?;
                        let probs = self.language_probs(&logits)?;
                        if !last_pass && probs[0].1 < opts.language_confidence {
                            decode_ms += t1.elapsed().as_secs_f64() * 1e3;
                            continue;
                        }
                        language_probability = probs[0].1;
                        let l = probs[0].0.clone();
                        language_probs = probs;
                        language = Some(l.clone());
                        (Some((st, logits)), l)
                    }
                };
                let temperatures = if last_pass {
                    &opts.temperatures[..]
                } else {
                    &opts.temperatures[..opts.temperatures.len().min(1)]
                };
                let seg = self.decode_window(&base, &lang, after_sot, temperatures)?;
                decode_ms += t1.elapsed().as_secs_f64() * 1e3;
                let doubtful = seg.text.is_empty()
                    || seg.repetitive
                    || seg.avg_logprob < opts.logprob_threshold;
                if last_pass || !doubtful {
                    chosen = Some(Segment {
                        encoder_frames: enc_frames,
                        ..seg
                    });
                    break;
                }
            }
            let seg = chosen.expect("the last pass always yields a segment");
            let start_s = (seek * HOP_LENGTH) as f32 / TARGET_RATE as f32;
            let end_s = ((seek + len) * HOP_LENGTH) as f32 / TARGET_RATE as f32;
            segments.push(Segment {
                start_s,
                end_s: end_s.min(duration_s),
                ..seg
            });
            seek += len;
        }
        let kept: Vec<&Segment> = segments.iter().filter(|s| !s.text.is_empty()).collect();
        let text = kept
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let no_speech_prob = segments
            .iter()
            .map(|s| s.no_speech_prob)
            .fold(0.0, f32::max);
        Ok(Transcript {
            text,
            language: language.unwrap_or_default(),
            language_probability,
            language_probs,
            duration_s,
            no_speech_prob,
            no_speech: kept.is_empty(),
            segments,
            encode_ms,
            decode_ms,
        })
    }

    /// Probabilities of the allowed languages for the first 30 s of audio,
    /// best first: for callers that weigh them with the citizen's own choice.
    pub fn detect_language(&self, pcm_16k_mono: &[f32]) -> Result<Vec<(String, f32)>> {
        let mut padded = pcm_16k_mono.to_vec();
        padded.extend(std::iter::repeat_n(0f32, HOP_LENGTH));
        let mel = self.mel.log_mel(&padded);
        let n_mels = self.config.num_mel_bins;
        let len = mel.n_frames.min(N_FRAMES);
        let frames = if self.options.full_window {
            N_FRAMES
        } else {
            (len + self.options.tail_padding_frames)
                .max(self.options.min_encoder_frames)
                .min(N_FRAMES)
        };
        let mut window = vec![mel.floor; n_mels * frames];
        for m in 0..n_mels {
            window[m * frames..m * frames + len]
                .copy_from_slice(&mel.data[m * mel.n_frames..m * mel.n_frames + len]);
        }
        let mut encoder = self.encoder.clone();
        let input = Tensor::from_vec(window, (1, n_mels, frames), &self.device)?;
        let xa = encoder.forward(&input, true)?;
        let mut st = self.decoder.start(&xa)?;
        let logits = self.decoder.step(&[self.special.sot], &mut st)?;
        self.language_probs(&logits)
    }

    fn language_probs(&self, logits: &[f32]) -> Result<Vec<(String, f32)>> {
        let allowed: Vec<(String, u32)> = self
            .options
            .languages
            .iter()
            .map(|l| Ok((l.clone(), self.language_token(l)?)))
            .collect::<Result<_>>()?;
        let max = allowed
            .iter()
            .map(|(_, id)| logits[*id as usize])
            .fold(f32::NEG_INFINITY, f32::max);
        let exps: Vec<f32> = allowed
            .iter()
            .map(|(_, id)| (logits[*id as usize] - max).exp())
            .collect();
        let sum: f32 = exps.iter().sum();
        let mut probs: Vec<(String, f32)> = allowed
            .into_iter()
            .zip(exps)
            .map(|((l, _), e)| (l, e / sum))
            .collect();
        probs.sort_by(|a, b| b.1.total_cmp(&a.1));
        Ok(probs)
    }

    /// Decodes one encoded window, with temperature fallback. `after_sot`:
    /// the state and logits after a bare `<|startoftranscript|>`, when
    /// language identification already ran it.
    fn decode_window(
        &self,
        base: &DecoderState,
        language: &str,
        after_sot: Option<(DecoderState, Vec<f32>)>,
        temperatures: &[f32],
    ) -> Result<Segment> {
        let opts = &self.options;
        let mut prefix = vec![];
        if let Some(p) = &opts.initial_prompt {
            let enc = self
                .tokenizer
                .encode(format!(" {}", p.trim()), false)
                .map_err(|e| SpeechError::Tokenizer(e.to_string()))?;
            let ids = enc.get_ids();
            let keep = ids.len().min(self.config.max_target_positions / 2 - 1);
            prefix.push(self.special.start_of_prev);
            prefix.extend_from_slice(&ids[ids.len() - keep..]);
        }
        prefix.push(self.special.sot);
        // No-speech probability: the distribution right after <|startoftranscript|>.
        let (mut state, sot_logits) = match after_sot {
            Some(x) if prefix.len() == 1 => x,
            _ => {
                let mut st = base.clone();
                let l = self.decoder.step(&prefix, &mut st)?;
                (st, l)
            }
        };
        let no_speech_prob = softmax_at(&sot_logits, self.special.no_speech as usize);
        let task = [
            self.language_token(language)?,
            self.special.transcribe,
            self.special.no_timestamps,
        ];
        let first_logits = self.decoder.step(&task, &mut state)?;

        let mut best: Option<Segment> = None;
        for (attempt, &temperature) in temperatures.iter().enumerate() {
            let (tokens, sum_logprob, repetitive) = self.sample(
                language,
                state.clone(),
                first_logits.clone(),
                temperature,
                attempt as u64,
            )?;
            let avg_logprob = sum_logprob / (tokens.len() + 1) as f32;
            let text = self
                .tokenizer
                .decode(&tokens, true)
                .map_err(|e| SpeechError::Tokenizer(e.to_string()))?
                .trim()
                .to_string();
            let seg = Segment {
                start_s: 0.0,
                end_s: 0.0,
                encoder_frames: 0,
                text,
                tokens,
                avg_logprob,
                no_speech_prob,
                temperature,
                repetitive,
            };
            // Whisper's silence rule: likely no speech and an unlikely text.
            if no_speech_prob > opts.no_speech_threshold && avg_logprob < opts.logprob_threshold {
                return Ok(Segment {
                    text: String::new(),
                    tokens: vec![],
                    ..seg
                });
            }
            let needs_fallback = repetitive || avg_logprob < opts.logprob_threshold;
            let better = best
                .as_ref()
                .map(|b| !seg.repetitive && (b.repetitive || seg.avg_logprob > b.avg_logprob))
                .unwrap_or(true);
            if better {
                best = Some(seg);
            }
            if !needs_fallback {
                break;
            }
        }
        Ok(best.expect("at least one temperature"))
    }

    /// Samples tokens after `prompt` (greedy at temperature 0). Returns the
    /// tokens, the sum of their log-probabilities (with the end token's) and
    /// whether a repetition loop was cut.
    fn sample(
        &self,
        language: &str,
        mut state: DecoderState,
        first_logits: Vec<f32>,
        temperature: f32,
        seed: u64,
    ) -> Result<(Vec<u32>, f32, bool)> {
        let vocab = self.config.vocab_size;
        let max_len = self.decoder.max_positions();
        let mut out: Vec<u32> = vec![];
        let mut sum_logprob = 0f32;
        let mut rng =
            XorShift(0x9E37_79B9_7F4A_7C15 ^ (seed + 1).wrapping_mul(0x2545_F491_4F6C_DD1D));
        let mut mask = vec![false; vocab];
        for &t in &self.suppress {
            if (t as usize) < vocab {
                mask[t as usize] = true;
            }
        }
        // Every special token but <|endoftext|>: no timestamps, no tasks.
        for m in mask.iter_mut().skip(self.special.eot as usize + 1) {
            *m = true;
        }
        if let Some((_, foreign)) = self.script_masks.iter().find(|(l, _)| l == language) {
            for (m, &f) in mask.iter_mut().zip(foreign) {
                *m |= f;
            }
        }
        let mut repetitive = false;
        let mut next_logits = Some(first_logits);
        for step in 0..self.options.max_new_tokens {
            let mut logits = match next_logits.take() {
                Some(l) => l,
                None => {
                    if state.len() >= max_len {
                        break;
                    }
                    self.decoder.step(&out[out.len() - 1..], &mut state)?
                }
            };
            for (l, &m) in logits.iter_mut().zip(&mask) {
                if m {
                    *l = f32::NEG_INFINITY;
                }
            }
            if step == 0 {
                for &t in &self.suppress_begin {
                    if (t as usize) < vocab {
                        logits[t as usize] = f32::NEG_INFINITY;
                    }
                }
            }
            let logprobs = log_softmax(&logits);
            let next = if temperature <= 0.0 {
                argmax(&logits)
            } else {
                sample_from(&logits, temperature, &mut rng)
            };
            sum_logprob += logprobs[next];
            if next as u32 == self.special.eot {
                break;
            }
            out.push(next as u32);
            if let Some(keep) = repetition_cut(&out) {
                out.truncate(keep);
                repetitive = true;
                break;
            }
        }
        Ok((out, sum_logprob, repetitive))
    }
}

/// When `tokens` ends in a loop (one token 8 times, a 2-3 token phrase 5
/// times, a longer one up to 24 tokens 3 times), the length that keeps its
/// first occurrence.
pub fn repetition_cut(tokens: &[u32]) -> Option<usize> {
    for n in 1..=24usize {
        let times = match n {
            1 => 8,
            2..=3 => 5,
            _ => 3,
        };
        let span = n * times;
        if tokens.len() < span {
            continue;
        }
        let tail = &tokens[tokens.len() - span..];
        let unit = &tail[..n];
        if tail.chunks(n).all(|c| c == unit) {
            return Some(tokens.len() - span + n);
        }
    }
    None
}

fn argmax(v: &[f32]) -> usize {
    let mut best = 0;
    for (i, &x) in v.iter().enumerate() {
        if x > v[best] {
            best = i;
        }
    }
    best
}

fn log_softmax(v: &[f32]) -> Vec<f32> {
    let max = v.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let sum: f32 = v.iter().map(|&x| (x - max).exp()).sum();
    let lse = max + sum.ln();
    v.iter().map(|&x| x - lse).collect()
}

fn softmax_at(v: &[f32], i: usize) -> f32 {
    log_softmax(v)[i].exp()
}

struct XorShift(u64);
impl XorShift {
    fn next_f32(&mut self) -> f32 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x >> 40) as f32 / (1u64 << 24) as f32
    }
}

fn sample_from(logits: &[f32], temperature: f32, rng: &mut XorShift) -> usize {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let weights: Vec<f32> = logits
        .iter()
        .map(|&l| ((l - max) / temperature).exp())
        .collect();
    let total: f32 = weights.iter().sum();
    let mut r = rng.next_f32() * total;
    for (i, w) in weights.iter().enumerate() {
        if r < *w {
            return i;
        }
        r -= w;
    }
    argmax(logits)
}

/// GPT-2's byte-level alphabet, reversed: the character a token string uses for each byte.
fn byte_of_char() -> std::collections::HashMap<char, u8> {
    let mut printable: Vec<u32> = (b'!' as u32..=b'~' as u32)
        .chain(0xA1..=0xAC)
        .chain(0xAE..=0xFF)
        .collect();
    let mut chars: Vec<u32> = printable.clone();
    let mut n = 0;
    for b in 0..=255u32 {
        if !printable.contains(&b) {
            printable.push(b);
            chars.push(256 + n);
            n += 1;
        }
    }
    printable
        .into_iter()
        .zip(chars)
        .filter_map(|(b, c)| char::from_u32(c).map(|c| (c, b as u8)))
        .collect()
}

/// Whether a code point belongs to what `language` is written in: its own script, Latin
/// (English words are common in Telugu and Hindi speech), digits, punctuation and symbols.
fn script_allows(language: &str, cp: u32) -> bool {
    // Latin stays allowed for te and hi: masked to their own script only, Whisper base writes
    // nothing but punctuation for the test voices, while romanized Telugu and Hindi are what the
    // classifier reads well.
    let common = cp < 0x250 || (0x2000..=0x206F).contains(&cp) || (0x20A0..=0x20CF).contains(&cp);
    common
        || match language {
            "te" => (0x0C00..=0x0C7F).contains(&cp),
            "hi" => (0x0900..=0x097F).contains(&cp),
            _ => false,
        }
}

/// For each allowed language, the tokens whose bytes write a character outside its scripts.
/// Byte-level tokens can hold part of a character: a sequence cut at the token's edge is judged
/// by the bytes it has (E0 B0 is Telugu's block, E0 A4 Devanagari's) and kept when undecidable.
fn script_masks(
    tokenizer: &Tokenizer,
    vocab: usize,
    languages: &[String],
) -> Vec<(String, Vec<bool>)> {
    let table = byte_of_char();
    let tokens: Vec<Option<Vec<u8>>> = (0..vocab as u32)
        .map(|id| {
            let t = tokenizer.id_to_token(id)?;
            if t.starts_with("<|") {
                return None;
            }
            t.chars().map(|c| table.get(&c).copied()).collect()
        })
        .collect();
    languages
        .iter()
        .map(|lang| {
            let mask = tokens
                .iter()
                .map(|bytes| bytes.as_ref().is_some_and(|b| writes_foreign(b, lang)))
                .collect();
            (lang.clone(), mask)
        })
        .collect()
}

fn writes_foreign(bytes: &[u8], language: &str) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let len = match b {
            0x00..=0x7F => {
                if !script_allows(language, b as u32) {
                    return true;
                }
                i += 1;
                continue;
            }
            // A continuation byte at the start: the rest of a character begun by the previous
            // token, which was judged then.
            0x80..=0xBF => {
                i += 1;
                continue;
            }
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if i + len <= bytes.len() {
            let cp = match std::str::from_utf8(&bytes[i..i + len]) {
                Ok(s) => s.chars().next().map(|c| c as u32).unwrap_or(0),
                Err(_) => return true,
            };
            if !script_allows(language, cp) {
                return true;
            }
        } else {
            // Cut at the edge: decide on the bits we have (lead byte, and the second byte when
            // present, which fixes the 64-code-point block of a 3-byte character).
            let lo = match (len, bytes.get(i + 1)) {
                (2, _) => (b as u32 & 0x1F) << 6,
                (3, Some(&b2)) => ((b as u32 & 0x0F) << 12) | ((b2 as u32 & 0x3F) << 6),
                (3, None) => (b as u32 & 0x0F) << 12,
                _ => return true,
            };
            let span = match (len, bytes.get(i + 1)) {
                (2, _) => 0x40,
                (3, Some(_)) => 0x40,
                _ => 0x1000,
            };
            if !(lo..lo + span).any(|cp| script_allows(language, cp)) {
                return true;
            }
        }
        i += len;
    }
    false
}

#[cfg(test)]
mod tests {
    #[test]
    fn script_mask_keeps_the_language_and_latin_out_of_other_scripts() {
        let te = "ఆదాయం".as_bytes();
        let hi = "बिजली".as_bytes();
        let ar = "نی".as_bytes();
        assert!(!writes_foreign(b" bill", "te"));
        assert!(!writes_foreign(te, "te"));
        assert!(writes_foreign(te, "hi"));
        assert!(!writes_foreign(hi, "hi"));
        assert!(writes_foreign(ar, "te") && writes_foreign(ar, "hi") && writes_foreign(ar, "en"));
        // A token holding only the first two bytes of a character is judged by its block.
        assert!(!writes_foreign(&te[..2], "te"));
        assert!(writes_foreign(&te[..2], "hi"));
        // A token that continues the previous token's character cannot be judged alone.
        assert!(!writes_foreign(&te[1..3], "hi"));
    }

    use super::*;

    #[test]
    fn repetition_guard() {
        assert_eq!(repetition_cut(&[1, 2, 3]), None);
        assert_eq!(repetition_cut(&[5, 7, 7, 7, 7, 7, 7, 7, 7]), Some(2));
        let mut v = vec![9];
        for _ in 0..5 {
            v.extend([1, 2]);
        }
        assert_eq!(repetition_cut(&v), Some(3));
        let phrase = [4u32, 5, 6, 7, 8];
        let mut v = vec![];
        for _ in 0..3 {
            v.extend(phrase);
        }
        assert_eq!(repetition_cut(&v), Some(5));
    }

    #[test]
    fn softmax_helpers() {
        let l = [1.0f32, 2.0, 3.0];
        let lp = log_softmax(&l);
        let s: f32 = lp.iter().map(|x| x.exp()).sum();
        assert!((s - 1.0).abs() < 1e-6);
        assert_eq!(argmax(&l), 2);
        let mut rng = XorShift(42);
        let hits = (0..1000)
            .filter(|_| sample_from(&l, 0.01, &mut rng) == 2)
            .count();
        assert!(hits > 990);
    }
}
