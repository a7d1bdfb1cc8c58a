//! Media from WhatsApp: download ([`download`]) and decoding of voice notes to 16 kHz mono
//! samples ([`audio`]).

pub mod audio;
pub mod download;

pub use audio::{decode_audio, decode_audio_with_limits, AudioError, AudioLimits};
pub use download::{DownloadError, Media, MediaClient, MediaInfo, MAX_MEDIA_BYTES};
