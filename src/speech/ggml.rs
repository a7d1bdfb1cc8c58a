//! Writing whisper.cpp's model file ("ggml" format, as its `convert-pt-to-ggml.py` writes it)
//! from the weights mitra already reads (a CTranslate2 directory or a Hugging Face checkpoint),
//! so an operator who runs whisper.cpp gets the very model mitra's own engine runs, and the two
//! engines can be compared on it.
//!
//! Layout (all little-endian): magic `0x67676d6c`; eleven i32 hyper-parameters (n_vocab,
//! n_audio_ctx, n_audio_state, n_audio_head, n_audio_layer, n_text_ctx, n_text_state,
//! n_text_head, n_text_layer, n_mels, ftype); the mel filterbank (i32 n_mels, i32 n_fft, then
//! f32 values); the vocabulary (i32 count, then each token as i32 length + bytes, in id order,
//! special tokens excluded: whisper.cpp adds those itself); then every tensor as i32 n_dims,
//! i32 name length, i32 type (0 f32, 1 f16), the dimensions innermost first, the name, and the
//! data. Names are OpenAI's (`encoder.blocks.0.attn.query.weight`).

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use candle_core::{DType, Device, Tensor};
use candle_transformers::models::whisper::Config;

use super::ct2::Ct2Model;
use super::mel::{mel_filters, N_FFT};
use super::weights::{self, WeightsError};

const MAGIC: u32 = 0x6767_6d6c;

#[derive(Debug, thiserror::Error)]
pub enum GgmlError {
    #[error(transparent)]
    Weights(#[from] WeightsError),
    #[error(transparent)]
    Candle(#[from] candle_core::Error),
    #[error("{0}")]
    Model(String),
    #[error("writing {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// What was written.
#[derive(Debug, Clone)]
pub struct GgmlSummary {
    pub tensors: usize,
    pub vocab: usize,
    pub bytes: u64,
}

/// Converts the model in `model_dir` (CTranslate2 `model.bin` or HF `model.safetensors`, with
/// `tokenizer.json`) to a whisper.cpp file at `out`, weights in f16 like whisper.cpp's own.
pub fn convert(model_dir: &Path, out: &Path) -> Result<GgmlSummary, GgmlError> {
    let device = Device::Cpu;
    let (config, tensors) = if model_dir.join("model.bin").exists() {
        let ct2 = Ct2Model::read(&model_dir.join("model.bin")).map_err(WeightsError::from)?;
        let config = weights::ct2_config(&ct2, vec![])?;
        let tensors = weights::ct2_tensors(&ct2, &config, &device)?;
        (config, tensors)
    } else if model_dir.join("model.safetensors").exists() {
        let text = std::fs::read_to_string(model_dir.join("config.json"))
            .map_err(|e| GgmlError::Model(format!("config.json: {e}")))?;
        let config: Config = serde_json::from_str(&text)
            .map_err(|e| GgmlError::Model(format!("config.json: {e}")))?;
        let raw = candle_core::safetensors::load(model_dir.join("model.safetensors"), &device)?;
        // Checkpoints name tensors with or without the `model.` prefix.
        let tensors = raw
            .into_iter()
            .map(|(k, v)| {
                let k = if k.starts_with("model.") {
                    k
                } else {
                    format!("model.{k}")
                };
                (k, v)
            })
            .collect();
        (config, tensors)
    } else {
        return Err(GgmlError::Model(format!(
            "{}: neither model.bin nor model.safetensors",
            model_dir.display()
        )));
    };
    let vocab = vocabulary(&model_dir.join("tokenizer.json"))?;
    let named = openai_tensors(&config, &tensors)?;

    let io = |source| GgmlError::Io {
        path: out.display().to_string(),
        source,
    };
    let file = std::fs::File::create(out).map_err(io)?;
    let mut w = std::io::BufWriter::new(file);
    let mut put = |bytes: &[u8]| w.write_all(bytes).map_err(io);
    let i32s = |v: usize| (v as i32).to_le_bytes();
    put(&MAGIC.to_le_bytes())?;
    for v in [
        config.vocab_size,
        config.max_source_positions,
        config.d_model,
        config.encoder_attention_heads,
        config.encoder_layers,
        config.max_target_positions,
        config.d_model,
        config.decoder_attention_heads,
        config.decoder_layers,
        config.num_mel_bins,
        1, // ftype: mostly f16
    ] {
        put(&i32s(v))?;
    }
    let n_bins = N_FFT / 2 + 1;
    put(&i32s(config.num_mel_bins))?;
    put(&i32s(n_bins))?;
    for f in mel_filters(config.num_mel_bins) {
        put(&f.to_le_bytes())?;
    }
    put(&i32s(vocab.len()))?;
    for token in &vocab {
        put(&i32s(token.len()))?;
        put(token)?;
    }
    for (name, tensor) in &named {
        let dims = tensor.dims().to_vec();
        // As convert-pt-to-ggml.py: vectors, the conv biases and the positional embeddings
        // stay f32; matrices are f16.
        let keep_f32 = dims.len() < 2
            || name.ends_with("conv1.bias")
            || name.ends_with("conv2.bias")
            || name.ends_with("positional_embedding");
        put(&i32s(dims.len()))?;
        put(&i32s(name.len()))?;
        put(&i32s(if keep_f32 { 0 } else { 1 }))?;
        for d in dims.iter().rev() {
            put(&i32s(*d))?;
        }
        put(name.as_bytes())?;
        let flat = tensor.flatten_all()?;
        if keep_f32 {
            for v in flat.to_dtype(DType::F32)?.to_vec1::<f32>()? {
                put(&v.to_le_bytes())?;
            }
        } else {
            for v in flat.to_dtype(DType::F16)?.to_vec1::<half::f16>()? {
                put(&v.to_le_bytes())?;
            }
        }
    }
    w.flush().map_err(io)?;
    drop(w);
    let bytes = std::fs::metadata(out).map_err(io)?.len();
    Ok(GgmlSummary {
        tensors: named.len(),
        vocab: vocab.len(),
        bytes,
    })
}

/// Candle/Hugging Face tensors under OpenAI's names, in a fixed order, with the encoder's
/// sinusoidal positions computed when the checkpoint does not carry them.
fn openai_tensors(
    config: &Config,
    t: &HashMap<String, Tensor>,
) -> Result<Vec<(String, Tensor)>, GgmlError> {
    let get = |name: &str| {
        t.get(name)
            .cloned()
            .ok_or_else(|| GgmlError::Model(format!("the checkpoint has no {name}")))
    };
    let mut out: Vec<(String, Tensor)> = vec![];
    let d = config.d_model;
    let encoder_positions = match t.get("model.encoder.embed_positions.weight") {
        Some(p) => p.clone(),
        None => sinusoids(config.max_source_positions, d)?,
    };
    out.push(("encoder.positional_embedding".into(), encoder_positions));
    for conv in ["conv1", "conv2"] {
        out.push((
            format!("encoder.{conv}.weight"),
            get(&format!("model.encoder.{conv}.weight"))?,
        ));
        // whisper.cpp adds the bias as a column.
        let bias = get(&format!("model.encoder.{conv}.bias"))?;
        out.push((format!("encoder.{conv}.bias"), bias.reshape((d, 1))?));
    }
    let linear = |out: &mut Vec<(String, Tensor)>, dst: &str, src: &str, bias: bool| {
        out.push((format!("{dst}.weight"), get(&format!("{src}.weight"))?));
        if bias {
            out.push((format!("{dst}.bias"), get(&format!("{src}.bias"))?));
        }
        Ok::<_, GgmlError>(())
    };
    let attention = |out: &mut Vec<(String, Tensor)>, dst: &str, src: &str| {
        linear(out, &format!("{dst}.query"), &format!("{src}.q_proj"), true)?;
        // Whisper's key projection has no bias.
        linear(out, &format!("{dst}.key"), &format!("{src}.k_proj"), false)?;
        linear(out, &format!("{dst}.value"), &format!("{src}.v_proj"), true)?;
        linear(out, &format!("{dst}.out"), &format!("{src}.out_proj"), true)
    };
    for (side, layers) in [
        ("encoder", config.encoder_layers),
        ("decoder", config.decoder_layers),
    ] {
        if side == "decoder" {
            out.push((
                "decoder.positional_embedding".into(),
                get("model.decoder.embed_positions.weight")?,
            ));
            out.push((
                "decoder.token_embedding.weight".into(),
                get("model.decoder.embed_tokens.weight")?,
            ));
        }
        for i in 0..layers {
            let dst = format!("{side}.blocks.{i}");
            let src = format!("model.{side}.layers.{i}");
            linear(
                &mut out,
                &format!("{dst}.attn_ln"),
                &format!("{src}.self_attn_layer_norm"),
                true,
            )?;
            attention(
                &mut out,
                &format!("{dst}.attn"),
                &format!("{src}.self_attn"),
            )?;
            if side == "decoder" {
                linear(
                    &mut out,
                    &format!("{dst}.cross_attn_ln"),
                    &format!("{src}.encoder_attn_layer_norm"),
                    true,
                )?;
                attention(
                    &mut out,
                    &format!("{dst}.cross_attn"),
                    &format!("{src}.encoder_attn"),
                )?;
            }
            linear(
                &mut out,
                &format!("{dst}.mlp_ln"),
                &format!("{src}.final_layer_norm"),
                true,
            )?;
            linear(
                &mut out,
                &format!("{dst}.mlp.0"),
                &format!("{src}.fc1"),
                true,
            )?;
            linear(
                &mut out,
                &format!("{dst}.mlp.2"),
                &format!("{src}.fc2"),
                true,
            )?;
        }
        let ln = if side == "encoder" {
            "encoder.ln_post"
        } else {
            "decoder.ln"
        };
        linear(&mut out, ln, &format!("model.{side}.layer_norm"), true)?;
    }
    Ok(out)
}

/// OpenAI's `sinusoids(length, channels)`: sines then cosines over geometric timescales.
pub fn sinusoids(length: usize, channels: usize) -> Result<Tensor, GgmlError> {
    let half = channels / 2;
    let increment = (10_000f64).ln() / (half as f64 - 1.0);
    let mut data = vec![0f32; length * channels];
    for t in 0..length {
        for i in 0..half {
            let x = t as f64 * (-increment * i as f64).exp();
            data[t * channels + i] = x.sin() as f32;
            data[t * channels + half + i] = x.cos() as f32;
        }
    }
    Ok(Tensor::from_vec(data, (length, channels), &Device::Cpu)?)
}

/// The byte strings of the ordinary tokens, by id, from a byte-level BPE `tokenizer.json`
/// (GPT-2's byte-to-character mapping undone).
pub fn vocabulary(path: &Path) -> Result<Vec<Vec<u8>>, GgmlError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| GgmlError::Model(format!("{}: {e}", path.display())))?;
    let json: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| GgmlError::Model(format!("{}: {e}", path.display())))?;
    let vocab = json
        .pointer("/model/vocab")
        .and_then(|v| v.as_object())
        .ok_or_else(|| GgmlError::Model(format!("{}: no model.vocab", path.display())))?;
    // Special tokens (<|endoftext|> and after) are listed as added tokens; whisper.cpp
    // numbers those itself from n_vocab.
    let special: std::collections::HashSet<u64> = json
        .get("added_tokens")
        .and_then(|a| a.as_array())
        .into_iter()
        .flatten()
        .filter_map(|t| t.get("id").and_then(|i| i.as_u64()))
        .collect();
    let decode = byte_decoder();
    let ordinary = vocab
        .values()
        .filter(|id| id.as_u64().is_some_and(|i| !special.contains(&i)))
        .count();
    let mut by_id: Vec<Option<Vec<u8>>> = vec![None; ordinary];
    for (token, id) in vocab {
        let id = id
            .as_u64()
            .ok_or_else(|| GgmlError::Model(format!("token {token:?} has no id")))?;
        if special.contains(&id) {
            continue;
        }
        let id = id as usize;
        if id >= by_id.len() {
            return Err(GgmlError::Model(format!(
                "ordinary token ids are not 0..{ordinary}"
            )));
        }
        let bytes = token
            .chars()
            .map(|c| {
                decode
                    .get(&c)
                    .copied()
                    .ok_or_else(|| GgmlError::Model(format!("token {token:?} is not byte-level")))
            })
            .collect::<Result<Vec<u8>, _>>()?;
        by_id[id] = Some(bytes);
    }
    by_id
        .into_iter()
        .enumerate()
        .map(|(i, t)| t.ok_or_else(|| GgmlError::Model(format!("no token with id {i}"))))
        .collect()
}

/// GPT-2's `bytes_to_unicode`, inverted: the character standing for each byte.
fn byte_decoder() -> HashMap<char, u8> {
    let mut printable: Vec<u32> = (b'!' as u32..=b'~' as u32)
        .chain(0xA1..=0xAC)
        .chain(0xAE..=0xFF)
        .collect();
    let mut chars: Vec<u32> = printable.clone();
    let mut n = 0;
    for b in 0..256u32 {
        if !printable.contains(&b) {
            printable.push(b);
            chars.push(256 + n);
            n += 1;
        }
    }
    printable
        .into_iter()
        .zip(chars)
        .filter_map(|(b, c)| char::from_u32(c).map(|c| (c, b as u8)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_decoder_covers_every_byte_once() {
        let d = byte_decoder();
        assert_eq!(d.len(), 256);
        let mut bytes: Vec<u8> = d.values().copied().collect();
        bytes.sort();
        bytes.dedup();
        assert_eq!(bytes.len(), 256);
        assert_eq!(d[&'A'], b'A');
        assert_eq!(d[&'Ġ'], b' ');
        assert_eq!(d[&'Ċ'], b'\n');
    }

    #[test]
    fn sinusoids_match_openai() {
        let s = sinusoids(4, 8).unwrap().to_vec2::<f32>().unwrap();
        // Position 0: sin 0 = 0, cos 0 = 1.
        assert_eq!(s[0], vec![0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0]);
        // Channel 0 has timescale 1: sin(t).
        assert!((s[3][0] - 3f32.sin()).abs() < 1e-6);
        // The last channel has timescale 10000.
        assert!((s[3][3] - (3.0f64 / 10_000.0).sin() as f32).abs() < 1e-6);
    }
}
