//! Reader for CTranslate2's `model.bin` (binary format version 6), the file
//! faster-whisper ships.
//!
//! Layout, all integers little-endian (checked byte by byte against the
//! faster-whisper base conversion):
//!
//! ```text
//! u32  binary version (6)
//! str  spec name            e.g. "WhisperSpec"
//! u32  spec revision        e.g. 3
//! u32  variable count
//!   per variable:
//!   str  name               e.g. "encoder/conv1/weight"
//!   u8   rank
//!   u32  dims[rank]
//!   u8   dtype id           0 f32, 1 i8, 2 i16, 3 i32, 4 f16, 5 bf16
//!   u32  byte count
//!   [u8] data (row-major)
//! u32  alias count
//!   per alias: str alias, str target
//! ```
//! where `str` is a u16 length that counts a trailing NUL, then the bytes.
//!
//! Quantized weights (int8 / int16) come with a sibling `<name>_scale`
//! variable holding one f32 per output row; CTranslate2 stores
//! `round(w * scale)`, so the real weight is `q / scale`.

use std::collections::BTreeMap;
use std::path::Path;

use candle_core::{Device, Tensor};

/// The only binary layout this reader understands.
pub const SUPPORTED_BINARY_VERSION: u32 = 6;

#[derive(Debug, thiserror::Error)]
pub enum Ct2Error {
    #[error("reading {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "CTranslate2 binary version {0} is not supported (expected {SUPPORTED_BINARY_VERSION})"
    )]
    Version(u32),
    #[error("model file truncated at byte {offset} while reading {what}")]
    Truncated { offset: usize, what: &'static str },
    #[error("malformed model file: {0}")]
    Malformed(String),
    #[error("variable {0} not found")]
    Missing(String),
    #[error("variable {name}: {msg}")]
    Variable { name: String, msg: String },
    #[error(transparent)]
    Candle(#[from] candle_core::Error),
}

pub type Result<T> = std::result::Result<T, Ct2Error>;

/// Element types as numbered by CTranslate2's `DataType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ct2DType {
    F32,
    I8,
    I16,
    I32,
    F16,
    BF16,
}

impl Ct2DType {
    fn from_id(id: u8) -> Option<Self> {
        Some(match id {
            0 => Self::F32,
            1 => Self::I8,
            2 => Self::I16,
            3 => Self::I32,
            4 => Self::F16,
            5 => Self::BF16,
            _ => return None,
        })
    }

    pub fn id(self) -> u8 {
        match self {
            Self::F32 => 0,
            Self::I8 => 1,
            Self::I16 => 2,
            Self::I32 => 3,
            Self::F16 => 4,
            Self::BF16 => 5,
        }
    }

    pub fn size_in_bytes(self) -> usize {
        match self {
            Self::I8 => 1,
            Self::I16 | Self::F16 | Self::BF16 => 2,
            Self::F32 | Self::I32 => 4,
        }
    }
}

/// One named array from the file, kept as raw bytes until asked for.
#[derive(Debug, Clone)]
pub struct Ct2Variable {
    pub shape: Vec<usize>,
    pub dtype: Ct2DType,
    pub data: Vec<u8>,
}

impl Ct2Variable {
    pub fn element_count(&self) -> usize {
        self.shape.iter().product()
    }

    /// Every element widened to f32 (no dequantization scale applied).
    pub fn to_f32_vec(&self) -> Vec<f32> {
        let d = &self.data;
        match self.dtype {
            Ct2DType::F32 => d
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect(),
            Ct2DType::F16 => d
                .chunks_exact(2)
                .map(|b| half::f16::from_le_bytes([b[0], b[1]]).to_f32())
                .collect(),
            Ct2DType::BF16 => d
                .chunks_exact(2)
                .map(|b| half::bf16::from_le_bytes([b[0], b[1]]).to_f32())
                .collect(),
            Ct2DType::I8 => d.iter().map(|&b| b as i8 as f32).collect(),
            Ct2DType::I16 => d
                .chunks_exact(2)
                .map(|b| i16::from_le_bytes([b[0], b[1]]) as f32)
                .collect(),
            Ct2DType::I32 => d
                .chunks_exact(4)
                .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f32)
                .collect(),
        }
    }

    /// A scalar integer setting such as `encoder/num_heads`.
    pub fn as_scalar_i64(&self) -> Option<i64> {
        if self.element_count() != 1 {
            return None;
        }
        let d = &self.data;
        Some(match self.dtype {
            Ct2DType::I8 => d[0] as i8 as i64,
            Ct2DType::I16 => i16::from_le_bytes([d[0], d[1]]) as i64,
            Ct2DType::I32 => i32::from_le_bytes([d[0], d[1], d[2], d[3]]) as i64,
            _ => self.to_f32_vec()[0] as i64,
        })
    }
}

/// A parsed `model.bin`.
#[derive(Debug, Clone)]
pub struct Ct2Model {
    pub spec: String,
    pub revision: u32,
    pub variables: BTreeMap<String, Ct2Variable>,
    /// alias -> target name (e.g. the tied output projection).
    pub aliases: BTreeMap<String, String>,
}

impl Ct2Model {
    pub fn read(path: &Path) -> Result<Self> {
        let bytes = std::fs::read(path).map_err(|source| Ct2Error::Io {
            path: path.display().to_string(),
            source,
        })?;
        Self::parse(&bytes)
    }

    pub fn parse(bytes: &[u8]) -> Result<Self> {
        let mut r = ByteReader::new(bytes);
        let version = r.u32("binary version")?;
        if version != SUPPORTED_BINARY_VERSION {
            return Err(Ct2Error::Version(version));
        }
        let spec = r.string("spec name")?;
        let revision = r.u32("spec revision")?;
        let count = r.u32("variable count")? as usize;
        let mut variables = BTreeMap::new();
        for _ in 0..count {
            let (name, var) = read_variable(&mut r)?;
            if variables.insert(name.clone(), var).is_some() {
                return Err(Ct2Error::Malformed(format!("duplicate variable {name}")));
            }
        }
        let alias_count = r.u32("alias count")? as usize;
        let mut aliases = BTreeMap::new();
        for _ in 0..alias_count {
            let alias = r.string("alias name")?;
            let target = r.string("alias target")?;
            if !variables.contains_key(&target) {
                return Err(Ct2Error::Malformed(format!(
                    "alias {alias} points to unknown variable {target}"
                )));
            }
            aliases.insert(alias, target);
        }
        if !r.is_at_end() {
            return Err(Ct2Error::Malformed(format!(
                "{} trailing bytes after the aliases",
                r.remaining()
            )));
        }
        Ok(Self {
            spec,
            revision,
            variables,
            aliases,
        })
    }

    /// Serializes back to the version-6 layout (variables in name order).
    pub fn to_bytes(&self) -> Vec<u8> {
        fn string(out: &mut Vec<u8>, s: &str) {
            out.extend_from_slice(&((s.len() + 1) as u16).to_le_bytes());
            out.extend_from_slice(s.as_bytes());
            out.push(0);
        }
        let mut out = Vec::new();
        out.extend_from_slice(&SUPPORTED_BINARY_VERSION.to_le_bytes());
        string(&mut out, &self.spec);
        out.extend_from_slice(&self.revision.to_le_bytes());
        out.extend_from_slice(&(self.variables.len() as u32).to_le_bytes());
        for (name, v) in &self.variables {
            string(&mut out, name);
            out.push(v.shape.len() as u8);
            for &d in &v.shape {
                out.extend_from_slice(&(d as u32).to_le_bytes());
            }
            out.push(v.dtype.id());
            out.extend_from_slice(&(v.data.len() as u32).to_le_bytes());
            out.extend_from_slice(&v.data);
        }
        out.extend_from_slice(&(self.aliases.len() as u32).to_le_bytes());
        for (alias, target) in &self.aliases {
            string(&mut out, alias);
            string(&mut out, target);
        }
        out
    }

    /// Looks a name up, following an alias if there is one.
    pub fn get(&self, name: &str) -> Result<&Ct2Variable> {
        let resolved = self.aliases.get(name).map(String::as_str).unwrap_or(name);
        self.variables
            .get(resolved)
            .ok_or_else(|| Ct2Error::Missing(name.to_string()))
    }

    pub fn contains(&self, name: &str) -> bool {
        self.get(name).is_ok()
    }

    pub fn scalar(&self, name: &str) -> Result<i64> {
        let var = self.get(name)?;
        var.as_scalar_i64().ok_or_else(|| Ct2Error::Variable {
            name: name.to_string(),
            msg: format!("expected a scalar, found shape {:?}", var.shape),
        })
    }

    /// The variable as an f32 tensor, dequantized when the file holds
    /// int8/int16 weights with a `<name>_scale` sibling.
    pub fn tensor_f32(&self, name: &str, device: &Device) -> Result<Tensor> {
        // The scale sits beside the real variable, not beside an alias.
        let name = self.aliases.get(name).map(String::as_str).unwrap_or(name);
        let var = self.get(name)?;
        let mut values = var.to_f32_vec();
        if matches!(var.dtype, Ct2DType::I8 | Ct2DType::I16) {
            if let Ok(scale) = self.get(&format!("{name}_scale")) {
                dequantize_rows(name, &mut values, &var.shape, &scale.to_f32_vec())?;
            }
        }
        Ok(Tensor::from_vec(values, var.shape.clone(), device)?)
    }
}

/// Divides each output row by its scale; a single scale covers the tensor.
fn dequantize_rows(name: &str, values: &mut [f32], shape: &[usize], scales: &[f32]) -> Result<()> {
    let rows = shape.first().copied().unwrap_or(1).max(1);
    let row_len = values.len() / rows;
    let per_row = match scales.len() {
        1 => false,
        n if n == rows => true,
        n => {
            return Err(Ct2Error::Variable {
                name: name.to_string(),
                msg: format!("{n} scales for {rows} rows"),
            })
        }
    };
    for (row, chunk) in values.chunks_mut(row_len.max(1)).enumerate() {
        let scale = if per_row { scales[row] } else { scales[0] };
        if scale == 0.0 || !scale.is_finite() {
            return Err(Ct2Error::Variable {
                name: name.to_string(),
                msg: format!("bad quantization scale {scale} on row {row}"),
            });
        }
        chunk.iter_mut().for_each(|v| *v /= scale);
    }
    Ok(())
}

fn read_variable(r: &mut ByteReader) -> Result<(String, Ct2Variable)> {
    let name = r.string("variable name")?;
    let rank = r.u8("rank")? as usize;
    let shape = (0..rank)
        .map(|_| r.u32("dimension").map(|d| d as usize))
        .collect::<Result<Vec<_>>>()?;
    let dtype_id = r.u8("dtype")?;
    let dtype = Ct2DType::from_id(dtype_id).ok_or_else(|| Ct2Error::Variable {
        name: name.clone(),
        msg: format!("unknown dtype id {dtype_id}"),
    })?;
    let byte_count = r.u32("byte count")? as usize;
    let elements = shape
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .ok_or_else(|| Ct2Error::Variable {
            name: name.clone(),
            msg: "shape overflows".into(),
        })?;
    if elements.checked_mul(dtype.size_in_bytes()) != Some(byte_count) {
        return Err(Ct2Error::Variable {
            name,
            msg: format!("{byte_count} bytes do not hold {shape:?} of {dtype:?}"),
        });
    }
    let data = r.bytes(byte_count, "variable data")?.to_vec();
    Ok((name, Ct2Variable { shape, dtype, data }))
}

/// Bounds-checked little-endian cursor: a short file is an error, not a panic.
struct ByteReader<'a> {
    bytes: &'a [u8],
    offset: usize,
}

impl<'a> ByteReader<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, offset: 0 }
    }

    fn bytes(&mut self, n: usize, what: &'static str) -> Result<&'a [u8]> {
        let end = self
            .offset
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len());
        let end = end.ok_or(Ct2Error::Truncated {
            offset: self.offset,
            what,
        })?;
        let out = &self.bytes[self.offset..end];
        self.offset = end;
        Ok(out)
    }

    fn u8(&mut self, what: &'static str) -> Result<u8> {
        Ok(self.bytes(1, what)?[0])
    }

    fn u16(&mut self, what: &'static str) -> Result<u16> {
        let b = self.bytes(2, what)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self, what: &'static str) -> Result<u32> {
        let b = self.bytes(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// u16 length (including the NUL terminator) followed by the bytes.
    fn string(&mut self, what: &'static str) -> Result<String> {
        let len = self.u16(what)? as usize;
        let raw = self.bytes(len, what)?;
        let text = raw.strip_suffix(&[0]).ok_or_else(|| {
            Ct2Error::Malformed(format!("{what} at byte {} lacks its NUL", self.offset))
        })?;
        String::from_utf8(text.to_vec())
            .map_err(|_| Ct2Error::Malformed(format!("{what} is not UTF-8")))
    }

    fn remaining(&self) -> usize {
        self.bytes.len() - self.offset
    }

    fn is_at_end(&self) -> bool {
        self.remaining() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a tiny file in the same layout the converter writes.
    struct Writer(Vec<u8>);
    impl Writer {
        fn u32(&mut self, v: u32) {
            self.0.extend_from_slice(&v.to_le_bytes());
        }
        fn string(&mut self, s: &str) {
            self.0
                .extend_from_slice(&((s.len() + 1) as u16).to_le_bytes());
            self.0.extend_from_slice(s.as_bytes());
            self.0.push(0);
        }
        fn var(&mut self, name: &str, shape: &[u32], dtype: u8, data: &[u8]) {
            self.string(name);
            self.0.push(shape.len() as u8);
            shape.iter().for_each(|&d| self.u32(d));
            self.0.push(dtype);
            self.u32(data.len() as u32);
            self.0.extend_from_slice(data);
        }
    }

    fn sample_file() -> Vec<u8> {
        let mut w = Writer(Vec::new());
        w.u32(6);
        w.string("WhisperSpec");
        w.u32(3);
        w.u32(3);
        w.var("enc/num_heads", &[], 2, &8i16.to_le_bytes());
        let q: Vec<u8> = [10i8, -20, 30, 40].iter().map(|&v| v as u8).collect();
        w.var("enc/w", &[2, 2], 1, &q);
        let scales: Vec<u8> = [10f32, 20f32]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect();
        w.var("enc/w_scale", &[2], 0, &scales);
        w.u32(1);
        w.string("dec/w");
        w.string("enc/w");
        w.0
    }

    #[test]
    fn parses_layout_scalars_aliases_and_int8() {
        let m = Ct2Model::parse(&sample_file()).unwrap();
        assert_eq!((m.spec.as_str(), m.revision), ("WhisperSpec", 3));
        assert_eq!(m.scalar("enc/num_heads").unwrap(), 8);
        let t = m.tensor_f32("dec/w", &Device::Cpu).unwrap();
        let v: Vec<f32> = t.flatten_all().unwrap().to_vec1().unwrap();
        assert_eq!(v, vec![1.0, -2.0, 1.5, 2.0]);
    }

    #[test]
    fn writes_back_what_it_read() {
        let bytes = sample_file();
        let m = Ct2Model::parse(&bytes).unwrap();
        let again = Ct2Model::parse(&m.to_bytes()).unwrap();
        assert_eq!(again.to_bytes(), m.to_bytes());
        assert_eq!(again.aliases, m.aliases);
    }

    #[test]
    fn truncation_is_an_error_at_every_length() {
        let bytes = sample_file();
        for len in 0..bytes.len() {
            assert!(Ct2Model::parse(&bytes[..len]).is_err(), "len {len}");
        }
    }

    #[test]
    fn wrong_version_and_bad_dtype_are_errors() {
        let mut bytes = sample_file();
        bytes[0] = 5;
        assert!(matches!(Ct2Model::parse(&bytes), Err(Ct2Error::Version(5))));
        let mut w = Writer(Vec::new());
        w.u32(6);
        w.string("S");
        w.u32(1);
        w.u32(1);
        w.var("x", &[1], 9, &[0]);
        w.u32(0);
        assert!(matches!(
            Ct2Model::parse(&w.0),
            Err(Ct2Error::Variable { .. })
        ));
    }
}
