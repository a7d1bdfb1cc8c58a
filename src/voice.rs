//! Voice notes into the conversation: audio bytes → 16 kHz samples ([`crate::media::audio`]) →
//! Whisper ([`crate::speech`]) → [`Input::Heard`], or [`Input::VoiceProblem`] saying what went
//! wrong in words the citizen can act on.
//!
//! The model is loaded once, on the first voice note (it takes a second and ~330 MB, which a
//! service that never receives audio should not pay), and shared. Decoding and transcription
//! are CPU-bound, so they run on tokio's blocking threads behind a semaphore sized to the
//! machine: a burst of voice notes queues instead of starving the webhook and each other.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::{OnceCell, Semaphore};

use crate::dialogue::{Input, VoiceProblem};
use crate::media::audio::{decode_audio_with_limits, AudioError, AudioLimits};
use crate::models::{ModelCache, WHISPER};
use crate::speech::{SpeechError, Transcriber, Transcript};

/// How much more likely than each other language the citizen's chosen one is taken to be.
/// People mostly speak the language they chose; Whisper base confuses Telugu and Hindi on
/// short notes, and this settles close calls without overriding clear evidence (an English
/// sentence from a citizen who chose Telugu stays English).
pub const PRIOR_WEIGHT: f32 = 4.0;

/// After a failed model load, voice notes are answered "unavailable" for this long instead of
/// each retrying a slow fetch.
const RETRY_LOAD_AFTER: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum VoiceError {
    #[error(transparent)]
    Audio(#[from] AudioError),
    #[error("the speech model is not available: {0}")]
    Model(String),
    #[error(transparent)]
    Speech(#[from] SpeechError),
    /// The blocking task panicked or was cancelled.
    #[error("transcription stopped: {0}")]
    Aborted(String),
}

impl VoiceError {
    /// The reply the citizen gets.
    pub fn problem(&self) -> VoiceProblem {
        match self {
            VoiceError::Audio(AudioError::Empty) => VoiceProblem::NothingHeard,
            VoiceError::Audio(AudioError::TooLarge { .. }) => VoiceProblem::TooBig,
            VoiceError::Audio(AudioError::TooLong { .. }) => VoiceProblem::TooLong,
            VoiceError::Audio(AudioError::Unsupported(_) | AudioError::Corrupt(_)) => {
                VoiceProblem::Unsupported
            }
            VoiceError::Speech(SpeechError::Audio(e)) => match e {
                AudioError::Empty => VoiceProblem::NothingHeard,
                AudioError::TooLarge { .. } => VoiceProblem::TooBig,
                AudioError::TooLong { .. } => VoiceProblem::TooLong,
                _ => VoiceProblem::Unsupported,
            },
            VoiceError::Model(_) | VoiceError::Speech(_) | VoiceError::Aborted(_) => {
                VoiceProblem::Unavailable
            }
        }
    }
}

/// Where the Whisper model comes from.
#[derive(Clone, Debug)]
enum ModelSource {
    /// `ModelCache::ensure(WHISPER)` in this cache directory (fetched on first use).
    Cache(PathBuf),
    /// A model directory as is (CTranslate2 or Hugging Face layout).
    Dir(PathBuf),
}

/// The shared voice-note transcriber with its worker pool.
pub struct Voice {
    source: ModelSource,
    transcriber: OnceCell<Arc<Transcriber>>,
    load_failed_at: Mutex<Option<Instant>>,
    pool: Arc<Semaphore>,
    limits: AudioLimits,
}

impl Voice {
    /// The default model from the model cache (`MITRA_MODELS`).
    pub fn from_cache(models: &Path) -> Voice {
        Self::new(ModelSource::Cache(models.to_path_buf()))
    }

    /// A model directory of the operator's choosing.
    pub fn from_dir(dir: &Path) -> Voice {
        Self::new(ModelSource::Dir(dir.to_path_buf()))
    }

    fn new(source: ModelSource) -> Voice {
        Voice {
            source,
            transcriber: OnceCell::new(),
            load_failed_at: Mutex::new(None),
            pool: Arc::new(Semaphore::new(default_pool_size())),
            limits: AudioLimits::default(),
        }
    }

    /// At most `n` voice notes decoded or transcribed at once.
    pub fn with_pool(mut self, n: usize) -> Voice {
        self.pool = Arc::new(Semaphore::new(n.max(1)));
        self
    }

    pub fn with_limits(mut self, limits: AudioLimits) -> Voice {
        self.limits = limits;
        self
    }

    /// The loaded model, loading it (and fetching it into the cache) on first use.
    pub async fn transcriber(&self) -> Result<Arc<Transcriber>, VoiceError> {
        if let Some(t) = self.transcriber.get() {
            return Ok(t.clone());
        }
        let failed = *self
            .load_failed_at
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if failed.is_some_and(|at| at.elapsed() < RETRY_LOAD_AFTER) {
            return Err(VoiceError::Model(
                "loading failed moments ago; see the log".into(),
            ));
        }
        let source = self.source.clone();
        let result = self
            .transcriber
            .get_or_try_init(|| async move {
                tokio::task::spawn_blocking(move || load(&source))
                    .await
                    .map_err(|e| VoiceError::Aborted(e.to_string()))?
                    .map(Arc::new)
            })
            .await
            .cloned();
        if let Err(e) = &result {
            tracing::error!(error = %e, "the speech model could not be loaded");
            *self
                .load_failed_at
                .lock()
                .unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
        }
        result
    }

    /// Decodes and transcribes one voice note on the pool. `language`: the citizen's chosen
    /// language, used as a prior (see [`transcribe_with_prior`]).
    pub async fn transcribe(
        &self,
        bytes: Vec<u8>,
        mime: Option<String>,
        language: Option<String>,
    ) -> Result<Transcript, VoiceError> {
        // Refuse bad audio before loading a model for it.
        if bytes.is_empty() {
            return Err(AudioError::Empty.into());
        }
        if bytes.len() > self.limits.max_bytes {
            return Err(AudioError::TooLarge {
                bytes: bytes.len(),
                max: self.limits.max_bytes,
            }
            .into());
        }
        let permit = self
            .pool
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| VoiceError::Aborted(e.to_string()))?;
        let limits = self.limits;
        // Decode first: a corrupt or wrong-type file is answered even if the model is missing.
        let pcm = tokio::task::spawn_blocking(move || {
            decode_audio_with_limits(&bytes, mime.as_deref(), &limits)
        })
        .await
        .map_err(|e| VoiceError::Aborted(e.to_string()))??;
        let transcriber = self.transcriber().await?;
        tokio::task::spawn_blocking(move || {
            // The permit travels with the work: it is released when the CPU is, even if the
            // caller stopped waiting.
            let _permit = permit;
            transcribe_with_prior(&transcriber, &pcm, language.as_deref())
        })
        .await
        .map_err(|e| VoiceError::Aborted(e.to_string()))?
        .map_err(VoiceError::from)
    }

    /// What the dialogue sees for a voice note.
    pub async fn hear(
        &self,
        bytes: Vec<u8>,
        mime: Option<String>,
        language: Option<String>,
    ) -> Input {
        let started = Instant::now();
        match self.transcribe(bytes, mime, language).await {
            Ok(t) => {
                tracing::info!(
                    language = t.language,
                    duration_s = t.duration_s,
                    elapsed_ms = started.elapsed().as_millis() as u64,
                    no_speech = t.no_speech,
                    "voice note transcribed"
                );
                input_of(&t)
            }
            Err(e) => {
                let problem = e.problem();
                if problem == VoiceProblem::Unavailable {
                    tracing::error!(error = %e, "voice note not transcribed");
                } else {
                    tracing::info!(error = %e, "voice note refused");
                }
                Input::VoiceProblem(problem)
            }
        }
    }
}

/// One voice note at a time per core: each transcription is itself multi-threaded, but most
/// of a short note's time is spent in single-token decoder steps that do not fill the cores.
pub fn default_pool_size() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

fn load(source: &ModelSource) -> Result<Transcriber, VoiceError> {
    let dir = match source {
        ModelSource::Dir(d) => d.clone(),
        ModelSource::Cache(models) => ModelCache::new(models)
            .and_then(|c| c.ensure(WHISPER))
            .map_err(|e| VoiceError::Model(format!("{e:#}")))?,
    };
    let started = Instant::now();
    let t = Transcriber::load(&dir)?;
    tracing::info!(
        model = %dir.display(),
        ms = started.elapsed().as_millis() as u64,
        "speech model loaded"
    );
    Ok(t)
}

/// One line of `mitra transcribe`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FileTranscript {
    pub file: String,
    pub lang: String,
    pub text: String,
    pub duration_s: f32,
    /// Decoding and transcription, model loading excluded.
    pub elapsed_ms: u64,
}

/// `mitra transcribe`: each file decoded and transcribed (`language`: a code to force, None
/// to detect among te/hi/en), one line per file. A file that fails is reported on stderr
/// and the others go on; returns whether all succeeded.
pub fn transcribe_files(
    transcriber: &Transcriber,
    files: &[PathBuf],
    language: Option<&str>,
    format: crate::classify::Format,
    out: &mut impl std::io::Write,
) -> anyhow::Result<bool> {
    let mut all_ok = true;
    for file in files {
        let started = Instant::now();
        let result = std::fs::read(file)
            .map_err(|e| anyhow::anyhow!("cannot read it: {e}"))
            .and_then(|bytes| {
                let pcm = crate::media::decode_audio(&bytes, mime_of(file))?;
                Ok(transcriber.transcribe(&pcm, language)?)
            });
        let t = match result {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}: {e:#}", file.display());
                all_ok = false;
                continue;
            }
        };
        let line = FileTranscript {
            file: file.display().to_string(),
            lang: t.language.clone(),
            text: t.text.clone(),
            duration_s: (t.duration_s * 1000.0).round() / 1000.0,
            elapsed_ms: started.elapsed().as_millis() as u64,
        };
        match format {
            crate::classify::Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&line)?)?,
            crate::classify::Format::Text => writeln!(
                out,
                "{} [{}, {:.1} s, {} ms]: {}",
                line.file, line.lang, line.duration_s, line.elapsed_ms, line.text
            )?,
        }
        out.flush()?;
    }
    Ok(all_ok)
}

/// A MIME hint from the file name (the decoder sniffs the bytes anyway).
pub fn mime_of(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "ogg" | "oga" | "opus" => "audio/ogg",
        "mp3" => "audio/mpeg",
        "m4a" | "mp4" => "audio/mp4",
        "aac" => "audio/aac",
        "wav" => "audio/wav",
        "amr" => "audio/amr",
        _ => return None,
    })
}

/// The default Whisper model from the cache (fetched if missing), loaded.
pub fn load_from_cache(models: &Path) -> Result<Transcriber, VoiceError> {
    load(&ModelSource::Cache(models.to_path_buf()))
}

/// The transcript as dialogue input: its text, or "nothing heard".
pub fn input_of(t: &Transcript) -> Input {
    let text = t.text.trim();
    if t.no_speech || !text.chars().any(char::is_alphanumeric) {
        Input::VoiceProblem(VoiceProblem::NothingHeard)
    } else {
        Input::Heard(text.to_string())
    }
}

/// Transcribes with language identification among the service's languages, weighting the
/// citizen's `prior` language [`PRIOR_WEIGHT`] times. The common case (Whisper agrees with the
/// citizen's choice, or clearly hears another language) costs one pass; a close call the prior
/// overturns is transcribed again in the citizen's language.
pub fn transcribe_with_prior(
    t: &Transcriber,
    pcm: &[f32],
    prior: Option<&str>,
) -> Result<Transcript, SpeechError> {
    let auto = t.transcribe(pcm, None)?;
    let Some(prior) = prior.filter(|p| t.options().languages.iter().any(|l| l == p)) else {
        return Ok(auto);
    };
    if auto.no_speech || auto.language == prior || auto.language_probs.is_empty() {
        return Ok(auto);
    }
    if prior_overturns(&auto.language_probs, prior) {
        tracing::debug!(probs = ?auto.language_probs, prior, "transcribing again in the citizen's language");
        return t.transcribe(pcm, Some(prior));
    }
    Ok(auto)
}

/// Whether weighting `prior` makes it the most likely language.
pub fn prior_overturns(probs: &[(String, f32)], prior: &str) -> bool {
    let weighted = |(l, p): &(String, f32)| {
        if l == prior {
            p * PRIOR_WEIGHT
        } else {
            *p
        }
    };
    probs
        .iter()
        .max_by(|a, b| weighted(a).total_cmp(&weighted(b)))
        .is_some_and(|(l, _)| l == prior)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probs(v: &[(&str, f32)]) -> Vec<(String, f32)> {
        v.iter().map(|(l, p)| (l.to_string(), *p)).collect()
    }

    #[test]
    fn prior_settles_close_calls_only() {
        let close = probs(&[("hi", 0.6), ("te", 0.35), ("en", 0.05)]);
        assert!(prior_overturns(&close, "te"));
        let clear = probs(&[("en", 0.97), ("te", 0.02), ("hi", 0.01)]);
        assert!(!prior_overturns(&clear, "te"));
        assert!(!prior_overturns(&clear, "xx"));
    }

    #[test]
    fn problems_map_to_replies() {
        let p = |e: AudioError| VoiceError::Audio(e).problem();
        assert_eq!(p(AudioError::Empty), VoiceProblem::NothingHeard);
        assert_eq!(
            p(AudioError::TooLarge { bytes: 2, max: 1 }),
            VoiceProblem::TooBig
        );
        assert_eq!(
            p(AudioError::TooLong {
                seconds: 130.0,
                max: 120.0
            }),
            VoiceProblem::TooLong
        );
        assert_eq!(
            p(AudioError::Unsupported("AMR".into())),
            VoiceProblem::Unsupported
        );
        assert_eq!(
            p(AudioError::Corrupt("x".into())),
            VoiceProblem::Unsupported
        );
        assert_eq!(
            VoiceError::Model("offline".into()).problem(),
            VoiceProblem::Unavailable
        );
    }
}
