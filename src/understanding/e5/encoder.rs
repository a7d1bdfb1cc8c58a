//! The XLM-R/BERT encoder of multilingual-e5-small on candle (CPU).
//!
//! Same computation as the C engine's `forward_batch`: word (Q4_0) +
//! absolute position (rows 0.. of the file's table) + token-type-0
//! embeddings, LayerNorm, then `layers` post-LN blocks of multi-head
//! self-attention and a GELU(erf) feed-forward, then mean pooling over each
//! sequence's tokens (including `<s>`/`</s>`). L2 normalisation and the
//! sliding-window combination are done by the caller (`super::E5`).
//!
//! A batch is processed with the tokens of all sequences packed into one
//! `[T, H]` matrix, so every weight matrix is streamed once per batch and no
//! work is spent on padding; only attention is done per sequence. With the
//! default weight format that is one custom op (`super::attention`); with the
//! candle-matmul formats it is done with candle tensor ops on a padded
//! `[B, heads, Lmax, Lmax]` block with a key mask.

use std::borrow::Cow;

use candle_core::quantized::{GgmlDType, QMatMul, QStorage, QTensor};
use candle_core::{DType, Device, Module, Tensor};

use super::attention::PackedAttention;
use super::format::{dequant_block, ModelFile, Q4_BLOCK_BYTES, QK};
use super::norm::AddLayerNorm;
use super::qkernel::{detect_isa, Act, Isa, Q4Linear, TILE};
use super::{E5Error, E5Options, WeightFormat};

/// A dense layer `y = x W^T + b` with `W` `[out, in]`.
enum Linear {
    /// this crate's tiled Q4_0 x Q8 kernel (a candle custom op, bias fused)
    Q4(Q4Linear),
    /// candle's own `QMatMul` (Q4_0 / Q8_0 blocks or dequantized f32)
    Candle { w: QMatMul, b: Tensor },
}

impl Linear {
    fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        match self {
            Linear::Q4(op) => x.apply_op1_no_bwd(op),
            Linear::Candle { w, b } => w.forward(x)?.broadcast_add(b),
        }
    }

    /// forward followed by GELU (fused for the custom kernel)
    fn forward_gelu(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        match self {
            Linear::Q4(op) => x.apply_op1_no_bwd(op),
            Linear::Candle { w, b } => w.forward(x)?.broadcast_add(b)?.gelu_erf(),
        }
    }

    /// `act` is fused into the custom kernel; with candle matmuls it is
    /// applied by `forward_gelu`.
    fn new(
        q4: &[u8],
        rows: usize,
        cols: usize,
        bias: Vec<f32>,
        opts: &E5Options,
        act: Act,
    ) -> Result<Linear, E5Error> {
        Ok(match opts.weights {
            WeightFormat::Q4_0 => {
                if !rows.is_multiple_of(TILE) {
                    return Err(E5Error::Format(format!(
                        "{rows} output rows is not a multiple of {TILE}"
                    )));
                }
                Linear::Q4(Q4Linear::new(q4, rows, cols, bias, act))
            }
            fmt => {
                let dev = Device::Cpu;
                Linear::Candle {
                    w: q4_to_matmul(q4, rows, cols, fmt, &dev)?,
                    b: Tensor::from_vec(bias, rows, &dev)?,
                }
            }
        })
    }
}

struct LayerNorm {
    w: Tensor,
    b: Tensor,
    eps: f32,
    /// single-threaded fused op (default format); else candle-nn's
    fused: Option<AddLayerNorm>,
}

impl LayerNorm {
    fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        match &self.fused {
            Some(op) => x.apply_op1_no_bwd(op),
            None => candle_nn::ops::layer_norm(x, &self.w, &self.b, self.eps),
        }
    }

    /// `LN(x + y)`
    fn add_forward(&self, x: &Tensor, y: &Tensor) -> candle_core::Result<Tensor> {
        match &self.fused {
            Some(op) => x.apply_op2_no_bwd(y, op),
            None => self.forward(&(x + y)?),
        }
    }
}

struct Layer {
    /// Q, K and V fused into one `[3H, H]` matrix (they share their input).
    qkv: Linear,
    out: Linear,
    attn_ln: LayerNorm,
    ffn_in: Linear,
    ffn_out: Linear,
    out_ln: LayerNorm,
}

pub(super) struct Encoder {
    pub hidden: usize,
    pub heads: usize,
    pub max_positions: usize,
    vocab_rows: usize,
    /// byte offset of the Q4_0 word-embedding table inside the mapped file
    word_offset: usize,
    pos: Vec<f32>,
    type0: Vec<f32>,
    emb_ln: LayerNorm,
    layers: Vec<Layer>,
    device: Device,
    /// attention as one custom op (with the custom linear kernel)
    packed_attention: bool,
    isa: Isa,
}

/// Q4_0 bytes -> candle matrix in the requested representation.
fn q4_to_matmul(
    q4: &[u8],
    rows: usize,
    cols: usize,
    fmt: WeightFormat,
    dev: &Device,
) -> Result<QMatMul, E5Error> {
    let qt = match fmt {
        WeightFormat::Q4_0 | WeightFormat::CandleQ4_0 => {
            let storage = QStorage::from_data(Cow::Borrowed(q4), dev, GgmlDType::Q4_0)?;
            QTensor::new(storage, (rows, cols))?
        }
        WeightFormat::CandleQ8_0 => {
            // Exact re-encoding: a Q8_0 block is an f16 scale + 32 i8, and
            // (q - 8) fits in i8, so each block keeps its scale and values.
            let nblocks = q4.len() / Q4_BLOCK_BYTES;
            // u16 backing store: BlockQ8_0 needs 2-byte alignment.
            let mut words = vec![0u16; nblocks * 17];
            {
                // SAFETY: viewing an initialised u16 buffer as bytes.
                let bytes: &mut [u8] = unsafe {
                    std::slice::from_raw_parts_mut(words.as_mut_ptr() as *mut u8, nblocks * 34)
                };
                for (src, dst) in q4
                    .chunks_exact(Q4_BLOCK_BYTES)
                    .zip(bytes.chunks_exact_mut(34))
                {
                    dst[0] = src[0];
                    dst[1] = src[1];
                    for j in 0..16 {
                        dst[2 + j] = ((src[2 + j] & 0x0F) as i8 - 8) as u8;
                        dst[2 + j + 16] = ((src[2 + j] >> 4) as i8 - 8) as u8;
                    }
                }
            }
            // SAFETY: same buffer, read-only view.
            let bytes: &[u8] =
                unsafe { std::slice::from_raw_parts(words.as_ptr() as *const u8, nblocks * 34) };
            let storage = QStorage::from_data(Cow::Borrowed(bytes), dev, GgmlDType::Q8_0)?;
            QTensor::new(storage, (rows, cols))?
        }
        WeightFormat::CandleF32 => {
            let mut w = vec![0f32; rows * cols];
            for (blk, o) in q4.chunks_exact(Q4_BLOCK_BYTES).zip(w.chunks_exact_mut(QK)) {
                dequant_block(blk, o);
            }
            let t = Tensor::from_vec(w, (rows, cols), dev)?;
            return Ok(QMatMul::Tensor(t));
        }
    };
    Ok(QMatMul::QTensor(std::sync::Arc::new(qt)))
}

impl Encoder {
    pub fn load(f: &ModelFile, opts: &E5Options) -> Result<Encoder, E5Error> {
        let hp = f.hp;
        let dev = Device::Cpu;
        let h = hp.hidden;
        let vec_t = |name: &str, n: usize| -> Result<Tensor, E5Error> {
            Ok(Tensor::from_vec(f.f32_tensor(name, n)?, n, &dev)?)
        };
        let custom = opts.weights == WeightFormat::Q4_0;
        let ln = |w: &str, b: &str| -> Result<LayerNorm, E5Error> {
            let fused = if custom {
                Some(AddLayerNorm {
                    w: f.f32_tensor(w, h)?,
                    b: f.f32_tensor(b, h)?,
                    eps: hp.eps,
                    isa: detect_isa(),
                })
            } else {
                None
            };
            Ok(LayerNorm {
                w: vec_t(w, h)?,
                b: vec_t(b, h)?,
                eps: hp.eps,
                fused,
            })
        };
        let lin =
            |w: &str, b: &str, rows: usize, cols: usize, act: Act| -> Result<Linear, E5Error> {
                Linear::new(
                    f.q4_matrix(w, rows, cols)?,
                    rows,
                    cols,
                    f.f32_tensor(b, rows)?,
                    opts,
                    act,
                )
            };

        let word = f.entry("emb.word")?;
        if word.dtype != super::format::TensorDType::Q4_0 || word.n_elems != hp.vocab_rows * h {
            return Err(E5Error::Format(
                "emb.word must be a Q4_0 [vocab, hidden] table".into(),
            ));
        }
        let mut layers = Vec::with_capacity(hp.layers);
        for l in 0..hp.layers {
            let p = |s: &str| format!("l{l}.{s}");
            // fused QKV: Q4_0 rows are independent, so concatenating the
            // row-major block bytes concatenates the matrices.
            let mut qkv_q4 = Vec::with_capacity(3 * h * h / QK * Q4_BLOCK_BYTES);
            let mut qkv_b = Vec::with_capacity(3 * h);
            for m in ["q", "k", "v"] {
                qkv_q4.extend_from_slice(f.q4_matrix(&p(&format!("{m}.w")), h, h)?);
                qkv_b.extend(f.f32_tensor(&p(&format!("{m}.b")), h)?);
            }
            let qkv = Linear::new(&qkv_q4, 3 * h, h, qkv_b, opts, Act::None)?;
            layers.push(Layer {
                qkv,
                out: lin(&p("ao.w"), &p("ao.b"), h, h, Act::None)?,
                attn_ln: ln(&p("aln.w"), &p("aln.b"))?,
                ffn_in: lin(&p("fi.w"), &p("fi.b"), hp.ffn, h, Act::Gelu)?,
                ffn_out: lin(&p("fo.w"), &p("fo.b"), h, hp.ffn, Act::None)?,
                out_ln: ln(&p("oln.w"), &p("oln.b"))?,
            });
        }
        Ok(Encoder {
            hidden: h,
            heads: hp.heads,
            max_positions: hp.max_positions,
            vocab_rows: hp.vocab_rows,
            word_offset: word.offset,
            pos: f.f32_tensor("emb.pos", hp.max_positions * h)?,
            type0: f.f32_tensor("emb.type", hp.type_vocab * h)?[..h].to_vec(),
            emb_ln: ln("emb.ln.w", "emb.ln.b")?,
            layers,
            device: dev,
            packed_attention: custom,
            isa: detect_isa(),
        })
    }

    /// Input embeddings for the packed token ids (position resets at each
    /// sequence start), before the embedding LayerNorm.
    fn embed_tokens(&self, file: &[u8], seqs: &[&[u32]]) -> Result<Vec<f32>, E5Error> {
        let h = self.hidden;
        let row_bytes = h / QK * Q4_BLOCK_BYTES;
        let total: usize = seqs.iter().map(|s| s.len()).sum();
        let mut x = vec![0f32; total * h];
        let mut rows = x.chunks_exact_mut(h);
        for s in seqs {
            if s.len() > self.max_positions {
                return Err(E5Error::Input(format!(
                    "sequence of {} tokens exceeds {}",
                    s.len(),
                    self.max_positions
                )));
            }
            for (p, &id) in s.iter().enumerate() {
                let id = id as usize;
                if id >= self.vocab_rows {
                    return Err(E5Error::Input(format!("token id {id} out of range")));
                }
                let r = rows.next().unwrap();
                let src = &file[self.word_offset + id * row_bytes..][..row_bytes];
                for (blk, o) in src.chunks_exact(Q4_BLOCK_BYTES).zip(r.chunks_exact_mut(QK)) {
                    dequant_block(blk, o);
                }
                let pr = &self.pos[p * h..(p + 1) * h];
                for i in 0..h {
                    r[i] += pr[i] + self.type0[i];
                }
            }
        }
        Ok(x)
    }

    /// Mean-pooled (not normalised) final hidden states, one `hidden` vector
    /// per sequence, concatenated. Every sequence already has `<s>`/`</s>`.
    pub fn forward(&self, file: &[u8], seqs: &[&[u32]]) -> Result<Vec<f32>, E5Error> {
        let h = self.hidden;
        let nh = self.heads;
        let b = seqs.len();
        let t: usize = seqs.iter().map(|s| s.len()).sum();
        if b == 0 {
            return Ok(Vec::new());
        }
        if seqs.iter().any(|s| s.is_empty()) {
            return Err(E5Error::Input("empty sequence".into()));
        }
        let dev = &self.device;
        let x = self.embed_tokens(file, seqs)?;
        let mut x = self.emb_ln.forward(&Tensor::from_vec(x, (t, h), dev)?)?;
        if self.packed_attention {
            let mut spans = Vec::with_capacity(b);
            let mut start = 0;
            for s in seqs {
                spans.push((start, s.len()));
                start += s.len();
            }
            let attn_op = PackedAttention {
                seqs: &spans,
                heads: nh,
                hidden: h,
                isa: self.isa,
            };
            for layer in &self.layers {
                let qkv = layer.qkv.forward(&x)?; // [T, 3H]
                let ctx = qkv.apply_op1_no_bwd(&attn_op)?; // [T, H]
                let attn = layer.out.forward(&ctx)?;
                x = layer.attn_ln.add_forward(&x, &attn)?;
                let mid = layer.ffn_in.forward_gelu(&x)?;
                let ffn = layer.ffn_out.forward(&mid)?;
                x = layer.out_ln.add_forward(&x, &ffn)?;
            }
        } else {
            x = self.layers_candle_attention(x, seqs)?;
        }

        // mean pooling per sequence
        let x = x.to_dtype(DType::F32)?.flatten_all()?.to_vec1::<f32>()?;
        let mut pooled = vec![0f32; b * h];
        let mut rows = x.chunks_exact(h);
        for (s, out) in seqs.iter().zip(pooled.chunks_exact_mut(h)) {
            for _ in 0..s.len() {
                for (o, v) in out.iter_mut().zip(rows.next().unwrap()) {
                    *o += v;
                }
            }
            let inv = 1.0 / s.len() as f32;
            out.iter_mut().for_each(|o| *o *= inv);
        }
        Ok(pooled)
    }

    /// The encoder layers with attention from candle tensor ops (used with
    /// the candle-matmul weight formats): Q/K/V are gathered into a padded
    /// `[B, heads, Lmax, hd]` layout, padded keys are masked.
    fn layers_candle_attention(&self, mut x: Tensor, seqs: &[&[u32]]) -> Result<Tensor, E5Error> {
        let h = self.hidden;
        let nh = self.heads;
        let hd = h / nh;
        let b = seqs.len();
        let t: usize = seqs.iter().map(|s| s.len()).sum();
        let dev = &self.device;
        let lmax = seqs.iter().map(|s| s.len()).max().unwrap();
        let scale = 1.0 / (hd as f64).sqrt();

        // Padding plumbing for B > 1 (all sequences the same length needs none).
        let uniform = seqs.iter().all(|s| s.len() == lmax);
        let (pad_idx, unpad_idx, mask) = if uniform {
            (None, None, None)
        } else {
            let mut pad = Vec::with_capacity(b * lmax);
            let mut unpad = Vec::with_capacity(t);
            let mut mask = Vec::with_capacity(b * lmax);
            let mut start = 0u32;
            for (si, s) in seqs.iter().enumerate() {
                for j in 0..lmax {
                    let real = j < s.len();
                    // padded slots just repeat the sequence's first token; they
                    // are masked as keys and dropped as queries
                    pad.push(if real { start + j as u32 } else { start });
                    mask.push(if real { 0f32 } else { f32::NEG_INFINITY });
                }
                for j in 0..s.len() {
                    unpad.push((si * lmax + j) as u32);
                }
                start += s.len() as u32;
            }
            (
                Some(Tensor::from_vec(pad, b * lmax, dev)?),
                Some(Tensor::from_vec(unpad, t, dev)?),
                Some(Tensor::from_vec(mask, (b, 1, 1, lmax), dev)?),
            )
        };

        for layer in &self.layers {
            let qkv = layer.qkv.forward(&x)?; // [T, 3H]
            let qkv = match &pad_idx {
                Some(idx) => qkv.index_select(idx, 0)?, // [B*Lmax, 3H]
                None => qkv,
            };
            let qkv = qkv.reshape((b, lmax, 3, nh, hd))?;
            let q = (qkv.narrow(2, 0, 1)?.squeeze(2)?.transpose(1, 2)? * scale)?.contiguous()?; // [B, NH, L, hd]
            let k = qkv
                .narrow(2, 1, 1)?
                .squeeze(2)?
                .transpose(1, 2)?
                .contiguous()?;
            let v = qkv
                .narrow(2, 2, 1)?
                .squeeze(2)?
                .transpose(1, 2)?
                .contiguous()?;
            let mut scores = q.matmul(&k.t()?)?; // [B, NH, L, L]
            if let Some(m) = &mask {
                scores = scores.broadcast_add(m)?;
            }
            let probs = candle_nn::ops::softmax_last_dim(&scores)?;
            let ctx = probs.matmul(&v)?; // [B, NH, L, hd]
            let ctx = ctx.transpose(1, 2)?.reshape((b * lmax, h))?;
            let ctx = match &unpad_idx {
                Some(idx) => ctx.index_select(idx, 0)?,
                None => ctx,
            };
            let attn = layer.out.forward(&ctx)?;
            x = layer.attn_ln.forward(&(x + attn)?)?;
            let mid = layer.ffn_in.forward_gelu(&x)?;
            let ffn = layer.ffn_out.forward(&mid)?;
            x = layer.out_ln.forward(&(x + ffn)?)?;
        }
        Ok(x)
    }
}
