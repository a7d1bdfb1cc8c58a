//! Voice-note decoding: bytes as WhatsApp (or a user's file) sends them in,
//! 16 kHz mono `f32` out.
//!
//! * Ogg/Opus (`audio/ogg; codecs=opus`, WhatsApp's voice notes): demuxed
//!   with the `ogg` crate and decoded with libopus (the `opus` crate, which
//!   builds libopus from source), honouring the OpusHead pre-skip, output
//!   gain and the end trim given by the last granule position.
//! * WAV, MP3, AAC/MP4 and Ogg/Vorbis: symphonia.
//! * AMR and anything else: [`AudioError::Unsupported`].
//!
//! Channels are averaged to mono and the result is resampled to 16 kHz
//! with rubato's FFT resampler.

use std::io::Cursor;

use symphonia::core::audio::SampleBuffer;
use symphonia::core::codecs::{DecoderOptions, CODEC_TYPE_NULL};
use symphonia::core::errors::Error as SymError;
use symphonia::core::formats::FormatOptions;
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;
use symphonia::core::probe::Hint;

/// Whisper's input rate.
pub const TARGET_RATE: u32 = 16_000;

/// What a voice note may be before it is refused.
#[derive(Debug, Clone, Copy)]
pub struct AudioLimits {
    pub max_bytes: usize,
    pub max_seconds: f32,
}

impl Default for AudioLimits {
    fn default() -> Self {
        Self {
            max_bytes: 16 * 1024 * 1024,
            max_seconds: 120.0,
        }
    }
}

/// Why a voice note could not be turned into samples. Each variant maps to
/// its own reply to the citizen.
#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    #[error("the audio is empty")]
    Empty,
    #[error("the audio is {bytes} bytes, over the limit of {max}")]
    TooLarge { bytes: usize, max: usize },
    #[error("the audio lasts {seconds:.1} s, over the limit of {max:.0} s")]
    TooLong { seconds: f32, max: f32 },
    #[error("unsupported audio format: {0}")]
    Unsupported(String),
    #[error("the audio could not be decoded: {0}")]
    Corrupt(String),
}

/// Container/codec recognised from the first bytes (the MIME type is only a
/// hint: WhatsApp's is right, a forwarded file's may not be).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudioKind {
    OggOpus,
    OggOther,
    Wav,
    Mp3,
    Mp4,
    Aac,
    Flac,
    Amr,
    Unknown,
}

pub fn sniff(bytes: &[u8]) -> AudioKind {
    let starts = |m: &[u8]| bytes.len() >= m.len() && &bytes[..m.len()] == m;
    if starts(b"OggS") {
        // The first page's first packet begins 27 + segment-count bytes in.
        if bytes.len() > 27 {
            let segs = bytes[26] as usize;
            let at = 27 + segs;
            if bytes.len() >= at + 8 && &bytes[at..at + 8] == b"OpusHead" {
                return AudioKind::OggOpus;
            }
        }
        return AudioKind::OggOther;
    }
    if starts(b"#!AMR") {
        return AudioKind::Amr;
    }
    if starts(b"RIFF") && bytes.len() >= 12 && &bytes[8..12] == b"WAVE" {
        return AudioKind::Wav;
    }
    if starts(b"fLaC") {
        return AudioKind::Flac;
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return AudioKind::Mp4;
    }
    if starts(b"ID3") {
        return AudioKind::Mp3;
    }
    if bytes.len() >= 2 && bytes[0] == 0xFF {
        // ADTS AAC has layer bits 00; MPEG audio layer III has 01.
        if bytes[1] & 0xF6 == 0xF0 {
            return AudioKind::Aac;
        }
        if bytes[1] & 0xE0 == 0xE0 {
            return AudioKind::Mp3;
        }
    }
    AudioKind::Unknown
}

/// Decodes a voice note to 16 kHz mono with the default limits.
pub fn decode_audio(bytes: &[u8], mime: Option<&str>) -> Result<Vec<f32>, AudioError> {
    decode_audio_with_limits(bytes, mime, &AudioLimits::default())
}

pub fn decode_audio_with_limits(
    bytes: &[u8],
    mime: Option<&str>,
    limits: &AudioLimits,
) -> Result<Vec<f32>, AudioError> {
    if bytes.is_empty() {
        return Err(AudioError::Empty);
    }
    if bytes.len() > limits.max_bytes {
        return Err(AudioError::TooLarge {
            bytes: bytes.len(),
            max: limits.max_bytes,
        });
    }
    let mime = mime.map(|m| m.trim().to_ascii_lowercase());
    let essence = mime
        .as_deref()
        .map(|m| m.split(';').next().unwrap_or("").trim().to_string());
    if let Some(e) = essence.as_deref() {
        if e.contains("amr") {
            return Err(AudioError::Unsupported("AMR".into()));
        }
    }
    let kind = sniff(bytes);
    let (interleaved, rate, channels) = match kind {
        AudioKind::Amr => return Err(AudioError::Unsupported("AMR".into())),
        AudioKind::OggOpus => decode_ogg_opus(bytes)?,
        AudioKind::Unknown => {
            let audio_like = essence
                .as_deref()
                .map(|e| e.starts_with("audio/") || e == "video/mp4" || e == "application/ogg")
                .unwrap_or(true);
            if !audio_like {
                return Err(AudioError::Unsupported(essence.unwrap_or_default()));
            }
            decode_symphonia(bytes, essence.as_deref(), kind)?
        }
        _ => decode_symphonia(bytes, essence.as_deref(), kind)?,
    };
    if channels == 0 || rate == 0 {
        return Err(AudioError::Corrupt("no channels or no sample rate".into()));
    }
    let frames = interleaved.len() / channels;
    if frames == 0 {
        return Err(AudioError::Empty);
    }
    let seconds = frames as f32 / rate as f32;
    if seconds > limits.max_seconds {
        return Err(AudioError::TooLong {
            seconds,
            max: limits.max_seconds,
        });
    }
    let mono = to_mono(&interleaved, channels);
    resample(&mono, rate, TARGET_RATE)
}

/// Averages interleaved channels.
pub fn to_mono(interleaved: &[f32], channels: usize) -> Vec<f32> {
    if channels <= 1 {
        return interleaved.to_vec();
    }
    interleaved
        .chunks_exact(channels)
        .map(|f| f.iter().sum::<f32>() / channels as f32)
        .collect()
}

/// Band-limited resampling of mono audio (rubato's synchronous FFT
/// resampler), with its delay removed so the output lines up with the input.
pub fn resample(input: &[f32], from: u32, to: u32) -> Result<Vec<f32>, AudioError> {
    use rubato::{FftFixedIn, Resampler};
    if from == to || input.is_empty() {
        return Ok(input.to_vec());
    }
    let chunk = 1024;
    let mut r = FftFixedIn::<f32>::new(from as usize, to as usize, chunk, 2, 1)
        .map_err(|e| AudioError::Corrupt(format!("resampler: {e}")))?;
    let expected = (input.len() as u64 * to as u64 / from as u64) as usize;
    let delay = r.output_delay();
    let err = |e: rubato::ResampleError| AudioError::Corrupt(format!("resampling: {e}"));
    let mut out = Vec::with_capacity(expected + delay + 2 * chunk);
    let mut pos = 0;
    while pos + r.input_frames_next() <= input.len() {
        let n = r.input_frames_next();
        let o = r.process(&[&input[pos..pos + n]], None).map_err(err)?;
        out.extend_from_slice(&o[0]);
        pos += n;
    }
    if pos < input.len() {
        let o = r
            .process_partial(Some(&[&input[pos..]]), None)
            .map_err(err)?;
        out.extend_from_slice(&o[0]);
    }
    while out.len() < expected + delay {
        let o = r.process_partial::<&[f32]>(None, None).map_err(err)?;
        if o[0].is_empty() {
            break;
        }
        out.extend_from_slice(&o[0]);
    }
    out.drain(..delay.min(out.len()));
    out.truncate(expected);
    Ok(out)
}

/// The fields of an `OpusHead` packet (RFC 7845 §5.1) the decoder needs.
#[derive(Debug, Clone, Copy)]
struct OpusHead {
    channels: usize,
    pre_skip: usize,
    gain_q8: i16,
    mapping_family: u8,
}

fn parse_opus_head(p: &[u8]) -> Result<OpusHead, AudioError> {
    if p.len() < 19 || &p[..8] != b"OpusHead" {
        return Err(AudioError::Corrupt("missing OpusHead".into()));
    }
    if p[8] >> 4 != 0 {
        return Err(AudioError::Unsupported(format!(
            "Opus header version {}",
            p[8]
        )));
    }
    Ok(OpusHead {
        channels: p[9] as usize,
        pre_skip: u16::from_le_bytes([p[10], p[11]]) as usize,
        gain_q8: i16::from_le_bytes([p[16], p[17]]),
        mapping_family: p[18],
    })
}

/// Ogg/Opus to interleaved 48 kHz samples: (samples, 48000, channels).
pub fn decode_ogg_opus(bytes: &[u8]) -> Result<(Vec<f32>, u32, usize), AudioError> {
    let corrupt = |e: ogg::OggReadError| AudioError::Corrupt(format!("Ogg: {e}"));
    let mut reader = ogg::PacketReader::new(Cursor::new(bytes));
    let first = reader
        .read_packet()
        .map_err(corrupt)?
        .ok_or_else(|| AudioError::Corrupt("no Ogg packets".into()))?;
    let serial = first.stream_serial();
    let head = parse_opus_head(&first.data)?;
    let channels = match (head.mapping_family, head.channels) {
        (_, 0) => return Err(AudioError::Corrupt("Opus stream with 0 channels".into())),
        (0 | 1, 1) => opus::Channels::Mono,
        (0 | 1, 2) => opus::Channels::Stereo,
        (f, c) => {
            return Err(AudioError::Unsupported(format!(
                "Opus with {c} channels (mapping family {f})"
            )))
        }
    };
    let nch = head.channels;
    let mut decoder = opus::Decoder::new(48_000, channels)
        .map_err(|e| AudioError::Corrupt(format!("Opus decoder: {e}")))?;
    let mut pcm: Vec<f32> = Vec::new();
    // 120 ms at 48 kHz is the longest Opus packet.
    let mut buf = vec![0f32; 5760 * nch];
    let mut seen_tags = false;
    let mut last_granule: Option<u64> = None;
    let mut packets = 0usize;
    loop {
        let packet = match reader.read_packet() {
            Ok(Some(p)) => p,
            Ok(None) => break,
            // A voice note cut short at the end still has usable audio.
            Err(_) if packets > 0 => break,
            Err(e) => return Err(corrupt(e)),
        };
        if packet.stream_serial() != serial {
            continue;
        }
        if !seen_tags {
            seen_tags = true;
            if packet.data.starts_with(b"OpusTags") {
                continue;
            }
        }
        let n = decoder
            .decode_float(&packet.data, &mut buf, false)
            .map_err(|e| AudioError::Corrupt(format!("Opus packet {packets}: {e}")))?;
        pcm.extend_from_slice(&buf[..n * nch]);
        packets += 1;
        if packet.last_in_page() && packet.absgp_page() != u64::MAX {
            last_granule = Some(packet.absgp_page());
        }
    }
    if packets == 0 {
        return Err(AudioError::Empty);
    }
    let decoded_frames = pcm.len() / nch;
    let mut end = decoded_frames;
    if let Some(g) = last_granule {
        // The final granule position counts frames including the pre-skip:
        // frames past it are encoder padding.
        let total = (g as usize).saturating_sub(head.pre_skip);
        let want = head.pre_skip + total;
        if want < end {
            end = want;
        }
    }
    let start = head.pre_skip.min(end);
    let mut out = pcm[start * nch..end * nch].to_vec();
    if head.gain_q8 != 0 {
        let gain = 10f32.powf(head.gain_q8 as f32 / (20.0 * 256.0));
        out.iter_mut().for_each(|s| *s *= gain);
    }
    Ok((out, 48_000, nch))
}

/// Everything symphonia reads, to interleaved samples.
fn decode_symphonia(
    bytes: &[u8],
    essence: Option<&str>,
    kind: AudioKind,
) -> Result<(Vec<f32>, u32, usize), AudioError> {
    let mut hint = Hint::new();
    if let Some(m) = essence {
        hint.mime_type(m);
    }
    match kind {
        AudioKind::Wav => {
            hint.with_extension("wav");
        }
        AudioKind::Mp3 => {
            hint.with_extension("mp3");
        }
        AudioKind::Mp4 => {
            hint.with_extension("m4a");
        }
        AudioKind::Aac => {
            hint.with_extension("aac");
        }
        AudioKind::OggOther => {
            hint.with_extension("ogg");
        }
        _ => {}
    }
    let mss = MediaSourceStream::new(Box::new(Cursor::new(bytes.to_vec())), Default::default());
    let probed = symphonia::default::get_probe()
        .format(
            &hint,
            mss,
            &FormatOptions::default(),
            &MetadataOptions::default(),
        )
        .map_err(|e| match e {
            SymError::Unsupported(w) => AudioError::Unsupported(w.to_string()),
            other => AudioError::Corrupt(other.to_string()),
        })?;
    let mut format = probed.format;
    let track = format
        .tracks()
        .iter()
        .find(|t| t.codec_params.codec != CODEC_TYPE_NULL)
        .ok_or_else(|| AudioError::Unsupported("no audio track".into()))?
        .clone();
    let mut decoder = symphonia::default::get_codecs()
        .make(&track.codec_params, &DecoderOptions::default())
        .map_err(|e| match e {
            SymError::Unsupported(w) => AudioError::Unsupported(w.to_string()),
            other => AudioError::Corrupt(other.to_string()),
        })?;
    let mut rate = track.codec_params.sample_rate.unwrap_or(0);
    let mut channels = track.codec_params.channels.map(|c| c.count()).unwrap_or(0);
    let mut out: Vec<f32> = Vec::new();
    let mut good = 0usize;
    let mut bad = 0usize;
    loop {
        let packet = match format.next_packet() {
            Ok(p) => p,
            Err(SymError::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(SymError::ResetRequired) => break,
            Err(e) if good > 0 => {
                // Truncated tail: keep what decoded.
                let _ = e;
                break;
            }
            Err(e) => return Err(AudioError::Corrupt(e.to_string())),
        };
        if packet.track_id() != track.id {
            continue;
        }
        match decoder.decode(&packet) {
            Ok(buf) => {
                let spec = *buf.spec();
                rate = spec.rate;
                channels = spec.channels.count();
                let mut sb = SampleBuffer::<f32>::new(buf.capacity() as u64, spec);
                sb.copy_interleaved_ref(buf);
                out.extend_from_slice(sb.samples());
                good += 1;
            }
            Err(SymError::DecodeError(_)) => {
                bad += 1;
                if bad > 8 && good == 0 {
                    return Err(AudioError::Corrupt("no packet decodes".into()));
                }
            }
            Err(SymError::IoError(_)) => break,
            Err(e) => return Err(AudioError::Corrupt(e.to_string())),
        }
    }
    if good == 0 {
        return Err(if bad > 0 {
            AudioError::Corrupt("no packet decodes".into())
        } else {
            AudioError::Empty
        });
    }
    Ok((out, rate, channels))
}

/// Peak absolute sample value.
pub fn peak(pcm: &[f32]) -> f32 {
    pcm.iter().fold(0f32, |m, &s| m.max(s.abs()))
}

/// True when no 100 ms window rises above about -50 dBFS RMS: nothing a
/// person said could be in it.
pub fn is_near_silent(pcm: &[f32]) -> bool {
    let win = TARGET_RATE as usize / 10;
    if pcm.is_empty() {
        return true;
    }
    let threshold = 10f32.powf(-50.0 / 20.0);
    !pcm.chunks(win).any(|w| {
        let rms = (w.iter().map(|s| s * s).sum::<f32>() / w.len() as f32).sqrt();
        rms > threshold
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_magic_numbers() {
        assert_eq!(sniff(b"#!AMR\n...."), AudioKind::Amr);
        assert_eq!(sniff(b"RIFF\0\0\0\0WAVEfmt "), AudioKind::Wav);
        assert_eq!(sniff(b"\0\0\0\x20ftypM4A "), AudioKind::Mp4);
        assert_eq!(sniff(b"ID3\x04"), AudioKind::Mp3);
        assert_eq!(sniff(b"\xFF\xF1\x50\x80"), AudioKind::Aac);
        assert_eq!(sniff(b"\xFF\xFB\x90\x00"), AudioKind::Mp3);
        assert_eq!(sniff(b"hello"), AudioKind::Unknown);
    }

    #[test]
    fn resampling_keeps_length_and_tone() {
        let tone: Vec<f32> = (0..48_000)
            .map(|i| (2.0 * std::f32::consts::PI * 300.0 * i as f32 / 48_000.0).sin())
            .collect();
        let out = resample(&tone, 48_000, 16_000).unwrap();
        assert_eq!(out.len(), 16_000);
        // Compare the middle with the ideal 16 kHz tone.
        let err: f32 = (4000..12_000)
            .map(|i| {
                let want = (2.0 * std::f32::consts::PI * 300.0 * i as f32 / 16_000.0).sin();
                (out[i] - want).abs()
            })
            .fold(0.0, f32::max);
        // The FFT resampler leaves a delay of a fraction of an output
        // sample (~20 us here), which shows as a small phase error.
        assert!(err < 0.06, "max error {err}");
        let rms = (out[4000..12_000].iter().map(|x| x * x).sum::<f32>() / 8000.0).sqrt();
        assert!(
            (rms - std::f32::consts::FRAC_1_SQRT_2).abs() < 0.01,
            "rms {rms}"
        );
    }

    #[test]
    fn empty_large_and_wrong_type_are_refused() {
        assert!(matches!(decode_audio(b"", None), Err(AudioError::Empty)));
        let limits = AudioLimits {
            max_bytes: 4,
            max_seconds: 120.0,
        };
        assert!(matches!(
            decode_audio_with_limits(b"12345", None, &limits),
            Err(AudioError::TooLarge { .. })
        ));
        assert!(matches!(
            decode_audio(b"#!AMR\n\x3c\x00", Some("audio/amr")),
            Err(AudioError::Unsupported(_))
        ));
        assert!(matches!(
            decode_audio(b"\x89PNG\r\n\x1a\n", Some("image/png")),
            Err(AudioError::Unsupported(_))
        ));
        assert!(decode_audio(b"OggS garbage that is not a page", Some("audio/ogg")).is_err());
    }

    #[test]
    fn silence_detector() {
        assert!(is_near_silent(&vec![0.0; 16_000]));
        assert!(is_near_silent(&vec![1e-4; 16_000]));
        let mut v = vec![0.0; 16_000];
        v[8000..9600].iter_mut().for_each(|s| *s = 0.1);
        assert!(!is_near_silent(&v));
    }
}
