//! Whisper's text decoder with a key/value cache.
//!
//! candle-transformers' `TextDecoder` caches only the cross-attention keys
//! and values and runs every earlier token again at each step; a voice note
//! of 30 tokens then costs ~15x the decoder work it needs. This decoder
//! reads the same weights (the same VarBuilder, the same Hugging Face names
//! under `model.decoder`) and keeps each layer's self-attention keys and
//! values, so a step processes one token. The encoder stays candle's.

use candle_core::{DType, Device, Module, Result, Tensor};
use candle_nn::{embedding, layer_norm, linear, linear_no_bias, LayerNorm, Linear, VarBuilder};
use candle_transformers::models::whisper::Config;

#[derive(Debug, Clone)]
struct Attention {
    q: Linear,
    k: Linear,
    v: Linear,
    out: Linear,
}

impl Attention {
    fn load(d: usize, vb: VarBuilder) -> Result<Self> {
        Ok(Self {
            q: linear(d, d, vb.pp("q_proj"))?,
            k: linear_no_bias(d, d, vb.pp("k_proj"))?,
            v: linear(d, d, vb.pp("v_proj"))?,
            out: linear(d, d, vb.pp("out_proj"))?,
        })
    }
}

#[derive(Debug, Clone)]
struct Block {
    attn: Attention,
    attn_ln: LayerNorm,
    cross: Attention,
    cross_ln: LayerNorm,
    fc1: Linear,
    fc2: Linear,
    mlp_ln: LayerNorm,
}

/// Per-window decoding state: cross-attention keys/values from the audio,
/// self-attention keys/values of the tokens so far. Cheap to clone (the
/// tensors are shared), which is how a temperature retry restarts.
#[derive(Debug, Clone)]
pub struct DecoderState {
    cross_kv: Vec<(Tensor, Tensor)>,
    self_kv: Vec<Option<(Tensor, Tensor)>>,
    offset: usize,
}

impl DecoderState {
    /// Tokens consumed so far.
    pub fn len(&self) -> usize {
        self.offset
    }

    pub fn is_empty(&self) -> bool {
        self.offset == 0
    }
}

#[derive(Debug, Clone)]
pub struct KvDecoder {
    /// Token embeddings in float16 (the precision Whisper checkpoints ship
    /// in): looked up for the input and, tied, the output projection.
    token_embedding: Tensor,
    /// The same values as a flat slice for the output projection, which
    /// reads all 51865 rows every step: half the bytes of f32.
    projection: std::sync::Arc<Vec<half::f16>>,
    vocab_size: usize,
    threads: usize,
    positional_embedding: Tensor,
    blocks: Vec<Block>,
    ln: LayerNorm,
    n_head: usize,
    d_model: usize,
    max_positions: usize,
}

impl KvDecoder {
    /// `vb` at the model root (the decoder lives under `model.decoder`).
    pub fn load(vb: &VarBuilder, cfg: &Config) -> Result<Self> {
        let vb = vb.pp("model.decoder");
        let d = cfg.d_model;
        let ln_cfg = candle_nn::LayerNormConfig {
            eps: 1e-5,
            ..Default::default()
        };
        let blocks = (0..cfg.decoder_layers)
            .map(|i| {
                let vb = vb.pp(format!("layers.{i}"));
                Ok(Block {
                    attn: Attention::load(d, vb.pp("self_attn"))?,
                    attn_ln: layer_norm(d, ln_cfg, vb.pp("self_attn_layer_norm"))?,
                    cross: Attention::load(d, vb.pp("encoder_attn"))?,
                    cross_ln: layer_norm(d, ln_cfg, vb.pp("encoder_attn_layer_norm"))?,
                    fc1: linear(d, 4 * d, vb.pp("fc1"))?,
                    fc2: linear(4 * d, d, vb.pp("fc2"))?,
                    mlp_ln: layer_norm(d, ln_cfg, vb.pp("final_layer_norm"))?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let token_embedding = embedding(cfg.vocab_size, d, vb.pp("embed_tokens"))?
            .embeddings()
            .to_dtype(DType::F16)?;
        let projection = token_embedding.flatten_all()?.to_vec1::<half::f16>()?;
        Ok(Self {
            token_embedding,
            projection: std::sync::Arc::new(projection),
            vocab_size: cfg.vocab_size,
            threads: candle_core::utils::get_num_threads().max(1),
            positional_embedding: vb
                .get((cfg.max_target_positions, d), "embed_positions.weight")?,
            blocks,
            ln: layer_norm(d, ln_cfg, vb.pp("layer_norm"))?,
            n_head: cfg.decoder_attention_heads,
            d_model: d,
            max_positions: cfg.max_target_positions,
        })
    }

    pub fn max_positions(&self) -> usize {
        self.max_positions
    }

    /// [1, n, d] -> [1, heads, n, d/heads]
    fn heads(&self, x: &Tensor) -> Result<Tensor> {
        let (b, n, d) = x.dims3()?;
        x.reshape((b, n, self.n_head, d / self.n_head))?
            .transpose(1, 2)?
            .contiguous()
    }

    /// A fresh state for the encoder output `xa` ([1, frames, d]).
    pub fn start(&self, xa: &Tensor) -> Result<DecoderState> {
        let cross_kv = self
            .blocks
            .iter()
            .map(|b| {
                let k = self.heads(&b.cross.k.forward(xa)?)?;
                let v = self.heads(&b.cross.v.forward(xa)?)?;
                Ok((k, v))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(DecoderState {
            self_kv: vec![None; self.blocks.len()],
            cross_kv,
            offset: 0,
        })
    }

    fn attend(&self, q: &Tensor, k: &Tensor, v: &Tensor, mask: Option<&Tensor>) -> Result<Tensor> {
        let dh = self.d_model / self.n_head;
        let q = (q * (dh as f64).powf(-0.5))?;
        let mut w = q.matmul(&k.t()?)?;
        if let Some(m) = mask {
            w = w.broadcast_add(m)?;
        }
        let w = candle_nn::ops::softmax_last_dim(&w)?;
        let o = w.matmul(v)?; // [1, h, n, dh]
        let (b, _h, n, _) = o.dims4()?;
        o.transpose(1, 2)?.reshape((b, n, self.d_model))
    }

    /// Runs `tokens` (the next ones after `state`), returning the final
    /// hidden state of the last one, [1, d], layer-normed.
    pub fn forward(&self, tokens: &[u32], state: &mut DecoderState) -> Result<Tensor> {
        let n = tokens.len();
        let past = state.offset;
        if n == 0 || past + n > self.max_positions {
            candle_core::bail!(
                "decoder positions {}..{} outside 0..{}",
                past,
                past + n,
                self.max_positions
            );
        }
        let dev = self.token_embedding.device();
        let ids = Tensor::new(tokens, dev)?;
        let tok = self
            .token_embedding
            .index_select(&ids, 0)?
            .to_dtype(DType::F32)?;
        let pos = self.positional_embedding.narrow(0, past, n)?;
        let mut x = (tok + pos)?.unsqueeze(0)?; // [1, n, d]
        let mask = if n > 1 {
            Some(causal_mask(n, past, dev)?)
        } else {
            None
        };
        for (i, b) in self.blocks.iter().enumerate() {
            let h = b.attn_ln.forward(&x)?;
            let q = self.heads(&b.attn.q.forward(&h)?)?;
            let k = self.heads(&b.attn.k.forward(&h)?)?;
            let v = self.heads(&b.attn.v.forward(&h)?)?;
            let (k, v) = match &state.self_kv[i] {
                Some((pk, pv)) => (Tensor::cat(&[pk, &k], 2)?, Tensor::cat(&[pv, &v], 2)?),
                None => (k, v),
            };
            let a = self.attend(&q, &k, &v, mask.as_ref())?;
            state.self_kv[i] = Some((k, v));
            x = (x + b.attn.out.forward(&a)?)?;

            let h = b.cross_ln.forward(&x)?;
            let q = self.heads(&b.cross.q.forward(&h)?)?;
            let (ck, cv) = &state.cross_kv[i];
            let a = self.attend(&q, ck, cv, None)?;
            x = (x + b.cross.out.forward(&a)?)?;

            let h = b.mlp_ln.forward(&x)?;
            let h = b.fc2.forward(&b.fc1.forward(&h)?.gelu()?)?;
            x = (x + h)?;
        }
        state.offset += n;
        let last = x.narrow(1, n - 1, 1)?.squeeze(1)?; // [1, d]
        self.ln.forward(&last)
    }

    /// Logits over the vocabulary for one hidden state [1, d]: the output
    /// projection is the token embedding (tied). Computed from the float16
    /// rows with f32 accumulation, split over the CPU threads: the step is
    /// bound by memory traffic, which float16 halves.
    pub fn logits(&self, h: &Tensor) -> Result<Vec<f32>> {
        let h: Vec<f32> = h.flatten_all()?.to_dtype(DType::F32)?.to_vec1()?;
        let d = self.d_model;
        if h.len() != d {
            candle_core::bail!("logits for {} values, expected {d}", h.len());
        }
        let mut out = vec![0f32; self.vocab_size];
        let rows_per = self.vocab_size.div_ceil(self.threads);
        let w = self.projection.as_slice();
        std::thread::scope(|s| {
            for (o, wc) in out.chunks_mut(rows_per).zip(w.chunks(rows_per * d)) {
                let h = &h;
                s.spawn(move || {
                    use half::slice::HalfFloatSliceExt;
                    let mut row = vec![0f32; d];
                    for (k, r) in wc.chunks_exact(d).enumerate() {
                        r.convert_to_f32_slice(&mut row);
                        o[k] = dot(&row, h);
                    }
                });
            }
        });
        Ok(out)
    }

    /// Convenience: logits after `tokens`, as a vector.
    pub fn step(&self, tokens: &[u32], state: &mut DecoderState) -> Result<Vec<f32>> {
        let h = self.forward(tokens, state)?;
        self.logits(&h)
    }
}

/// f32 dot product in 8 lanes (vectorizes without target flags).
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let mut ca = a.chunks_exact(8);
    let mut cb = b.chunks_exact(8);
    for (x, y) in (&mut ca).zip(&mut cb) {
        for i in 0..8 {
            acc[i] += x[i] * y[i];
        }
    }
    let tail: f32 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(x, y)| x * y)
        .sum();
    acc.iter().sum::<f32>() + tail
}

/// [n, past + n]: token i of the new ones sees every past token and new
/// tokens 0..=i.
fn causal_mask(n: usize, past: usize, dev: &Device) -> Result<Tensor> {
    let total = past + n;
    let m: Vec<f32> = (0..n)
        .flat_map(|i| (0..total).map(move |j| if j > past + i { f32::NEG_INFINITY } else { 0.0 }))
        .collect();
    Tensor::from_vec(m, (n, total), dev)
}
