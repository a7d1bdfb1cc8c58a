//! Voice notes to text, on this machine: decode the audio
//! ([`crate::media::audio::decode_audio`]), then run Whisper on candle
//! ([`Transcriber`]) from a CTranslate2/faster-whisper model directory
//! ([`ct2`], [`weights`]) or a Hugging Face checkpoint.

pub mod ct2;
pub mod decoder;
pub mod ggml;
pub mod mel;
pub mod transcribe;
pub mod weights;
#[cfg(feature = "whisper-cpp")]
pub mod whisper_cpp;

pub use transcribe::{
    Segment, SpeechError, TranscribeOptions, Transcriber, Transcript, DEFAULT_LANGUAGES,
};
