//! Turns model files into candle-transformers' Whisper: the CTranslate2
//! (`model.bin`) names are mapped onto the Hugging Face names that
//! `candle_transformers::models::whisper::model::Whisper::load` asks for,
//! fused projections are split and quantized weights widened to f32.
//!
//! | CTranslate2                                   | candle / Hugging Face                        |
//! |-----------------------------------------------|----------------------------------------------|
//! | `encoder/conv{1,2}/{weight,bias}`             | `model.encoder.conv{1,2}.{weight,bias}`      |
//! | `*/layer_N/self_attention/linear_0` (q;k;v)   | `*.layers.N.self_attn.{q,k,v}_proj` (k: no bias) |
//! | `*/layer_N/self_attention/linear_1`           | `*.layers.N.self_attn.out_proj`              |
//! | `*/layer_N/self_attention/layer_norm`         | `*.layers.N.self_attn_layer_norm`            |
//! | `decoder/layer_N/attention/linear_0`          | `…encoder_attn.q_proj`                       |
//! | `decoder/layer_N/attention/linear_1` (k;v)    | `…encoder_attn.{k,v}_proj`                   |
//! | `decoder/layer_N/attention/linear_2`          | `…encoder_attn.out_proj`                     |
//! | `decoder/layer_N/attention/layer_norm`        | `…encoder_attn_layer_norm`                   |
//! | `*/layer_N/ffn/linear_{0,1}`                  | `*.layers.N.fc{1,2}`                         |
//! | `*/layer_N/ffn/layer_norm`                    | `*.layers.N.final_layer_norm`                |
//! | `*/layer_norm/{gamma,beta}`                   | `*.layer_norm.{weight,bias}`                 |
//! | `decoder/embeddings/weight`                   | `model.decoder.embed_tokens.weight`          |
//! | `decoder/position_encodings/encodings`        | `model.decoder.embed_positions.weight`       |
//!
//! (candle computes the encoder's sinusoidal positions itself; the copy in
//! the file is checked against it in the tests.)

use std::collections::HashMap;
use std::path::Path;

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::whisper::Config;

use super::ct2::{Ct2Error, Ct2Model};

#[derive(Debug, thiserror::Error)]
pub enum WeightsError {
    #[error(transparent)]
    Ct2(#[from] Ct2Error),
    #[error(transparent)]
    Candle(#[from] candle_core::Error),
    #[error("{0}")]
    Layout(String),
    #[error("reading {path}: {msg}")]
    File { path: String, msg: String },
}

type Result<T> = std::result::Result<T, WeightsError>;

/// Config deduced from a CTranslate2 Whisper model: sizes from the tensor
/// shapes, head counts from the `num_heads` scalars, suppress lists from the
/// converter's `config.json` when given.
pub fn ct2_config(model: &Ct2Model, suppress_tokens: Vec<u32>) -> Result<Config> {
    if model.spec != "WhisperSpec" {
        return Err(WeightsError::Layout(format!(
            "model.bin holds a {}, not a WhisperSpec",
            model.spec
        )));
    }
    let shape = |name: &str| -> Result<Vec<usize>> { Ok(model.get(name)?.shape.clone()) };
    let conv1 = shape("encoder/conv1/weight")?;
    let emb = shape("decoder/embeddings/weight")?;
    let enc_pos = shape("encoder/position_encodings/encodings")?;
    let dec_pos = shape("decoder/position_encodings/encodings")?;
    if conv1.len() != 3 || emb.len() != 2 || enc_pos.len() != 2 || dec_pos.len() != 2 {
        return Err(WeightsError::Layout("unexpected tensor ranks".into()));
    }
    let count_layers = |prefix: &str| {
        (0..)
            .take_while(|i| model.contains(&format!("{prefix}/layer_{i}/ffn/linear_0/weight")))
            .count()
    };
    let d_model = conv1[0];
    if emb[1] != d_model || enc_pos[1] != d_model || dec_pos[1] != d_model {
        return Err(WeightsError::Layout("model widths disagree".into()));
    }
    let enc_heads = model.scalar("encoder/num_heads")? as usize;
    let dec_heads = model.scalar("decoder/num_heads")? as usize;
    if enc_heads == 0 || d_model % enc_heads != 0 || dec_heads == 0 || d_model % dec_heads != 0 {
        return Err(WeightsError::Layout(format!(
            "{d_model} wide with {enc_heads}/{dec_heads} heads"
        )));
    }
    Ok(Config {
        num_mel_bins: conv1[1],
        max_source_positions: enc_pos[0],
        d_model,
        encoder_attention_heads: enc_heads,
        encoder_layers: count_layers("encoder"),
        vocab_size: emb[0],
        max_target_positions: dec_pos[0],
        decoder_attention_heads: dec_heads,
        decoder_layers: count_layers("decoder"),
        suppress_tokens,
    })
}

/// Every tensor candle's Whisper needs, under candle's names, in f32.
pub fn ct2_tensors(
    model: &Ct2Model,
    cfg: &Config,
    dev: &Device,
) -> Result<HashMap<String, Tensor>> {
    let mut out: HashMap<String, Tensor> = HashMap::new();
    let d = cfg.d_model;
    let get = |name: &str| model.tensor_f32(name, dev);

    for conv in ["conv1", "conv2"] {
        for p in ["weight", "bias"] {
            out.insert(
                format!("model.encoder.{conv}.{p}"),
                get(&format!("encoder/{conv}/{p}"))?,
            );
        }
    }
    let put_norm = |out: &mut HashMap<String, Tensor>, dst: String, src: &str| -> Result<()> {
        out.insert(format!("{dst}.weight"), get(&format!("{src}/gamma"))?);
        out.insert(format!("{dst}.bias"), get(&format!("{src}/beta"))?);
        Ok(())
    };
    let linear = |out: &mut HashMap<String, Tensor>, dst: String, src: &str| -> Result<()> {
        out.insert(format!("{dst}.weight"), get(&format!("{src}/weight"))?);
        out.insert(format!("{dst}.bias"), get(&format!("{src}/bias"))?);
        Ok(())
    };
    // A fused projection: rows [0,d) / [d,2d) / [2d,3d) are the parts named
    // in `parts` (None: skip). Keys have no bias in Whisper: the converter
    // stored zeros there, which is checked.
    let split =
        |out: &mut HashMap<String, Tensor>, dst: &str, src: &str, parts: &[&str]| -> Result<()> {
            let w = get(&format!("{src}/weight"))?;
            let b = get(&format!("{src}/bias"))?;
            if w.dims() != [parts.len() * d, d] || b.dims() != [parts.len() * d] {
                return Err(WeightsError::Layout(format!(
                    "{src}: shape {:?} is not {} fused {d}x{d} projections",
                    w.dims(),
                    parts.len()
                )));
            }
            for (i, part) in parts.iter().enumerate() {
                let wi = w.narrow(0, i * d, d)?.contiguous()?;
                let bi = b.narrow(0, i * d, d)?.contiguous()?;
                out.insert(format!("{dst}.{part}.weight"), wi);
                if *part == "k_proj" {
                    let max = bi.abs()?.max(0)?.to_scalar::<f32>()?;
                    if max > 1e-6 {
                        return Err(WeightsError::Layout(format!(
                            "{src}: the key projection has a bias (max {max}); Whisper's has none"
                        )));
                    }
                } else {
                    out.insert(format!("{dst}.{part}.bias"), bi);
                }
            }
            Ok(())
        };

    for (side, layers) in [
        ("encoder", cfg.encoder_layers),
        ("decoder", cfg.decoder_layers),
    ] {
        for i in 0..layers {
            let s = format!("{side}/layer_{i}");
            let t = format!("model.{side}.layers.{i}");
            split(
                &mut out,
                &format!("{t}.self_attn"),
                &format!("{s}/self_attention/linear_0"),
                &["q_proj", "k_proj", "v_proj"],
            )?;
            linear(
                &mut out,
                format!("{t}.self_attn.out_proj"),
                &format!("{s}/self_attention/linear_1"),
            )?;
            put_norm(
                &mut out,
                format!("{t}.self_attn_layer_norm"),
                &format!("{s}/self_attention/layer_norm"),
            )?;
            if side == "decoder" {
                linear(
                    &mut out,
                    format!("{t}.encoder_attn.q_proj"),
                    &format!("{s}/attention/linear_0"),
                )?;
                split(
                    &mut out,
                    &format!("{t}.encoder_attn"),
                    &format!("{s}/attention/linear_1"),
                    &["k_proj", "v_proj"],
                )?;
                linear(
                    &mut out,
                    format!("{t}.encoder_attn.out_proj"),
                    &format!("{s}/attention/linear_2"),
                )?;
                put_norm(
                    &mut out,
                    format!("{t}.encoder_attn_layer_norm"),
                    &format!("{s}/attention/layer_norm"),
                )?;
            }
            linear(&mut out, format!("{t}.fc1"), &format!("{s}/ffn/linear_0"))?;
            linear(&mut out, format!("{t}.fc2"), &format!("{s}/ffn/linear_1"))?;
            put_norm(
                &mut out,
                format!("{t}.final_layer_norm"),
                &format!("{s}/ffn/layer_norm"),
            )?;
        }
        put_norm(
            &mut out,
            format!("model.{side}.layer_norm"),
            &format!("{side}/layer_norm"),
        )?;
    }
    out.insert(
        "model.decoder.embed_tokens.weight".into(),
        get("decoder/embeddings/weight")?,
    );
    out.insert(
        "model.decoder.embed_positions.weight".into(),
        get("decoder/position_encodings/encodings")?,
    );
    // Whisper ties the output projection to the embeddings; a file that
    // does not (no alias, a separate array) cannot run on candle's model.
    if let Ok(proj) = model.get("decoder/projection/weight") {
        let emb = model.get("decoder/embeddings/weight")?;
        if !std::ptr::eq(proj, emb) && proj.data != emb.data {
            return Err(WeightsError::Layout(
                "decoder/projection differs from the embeddings (untied)".into(),
            ));
        }
    }
    Ok(out)
}

/// A VarBuilder over the CTranslate2 file's tensors.
pub fn ct2_var_builder(
    model: &Ct2Model,
    cfg: &Config,
    dev: &Device,
) -> Result<VarBuilder<'static>> {
    let tensors = ct2_tensors(model, cfg, dev)?;
    Ok(VarBuilder::from_tensors(tensors, DType::F32, dev))
}

/// Hugging Face Whisper checkpoint (`config.json` + `model.safetensors`):
/// the names already are candle's.
pub fn hf_var_builder(dir: &Path, dev: &Device) -> Result<(Config, VarBuilder<'static>)> {
    let cfg_path = dir.join("config.json");
    let text = std::fs::read_to_string(&cfg_path).map_err(|e| WeightsError::File {
        path: cfg_path.display().to_string(),
        msg: e.to_string(),
    })?;
    let cfg: Config = serde_json::from_str(&text).map_err(|e| WeightsError::File {
        path: cfg_path.display().to_string(),
        msg: e.to_string(),
    })?;
    let st = dir.join("model.safetensors");
    // SAFETY: the file is mapped read-only and not modified while loaded.
    let vb = unsafe { VarBuilder::from_mmaped_safetensors(&[st], DType::F32, dev)? };
    Ok((cfg, vb))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiny_ct2_model_maps_onto_candle_names() {
        // Builds a one-layer, 4-wide WhisperSpec in memory.
        let d = 4usize;
        let mut vars: Vec<(String, Vec<usize>, Vec<f32>)> = Vec::new();
        let mut add = |n: &str, shape: &[usize]| {
            let len: usize = shape.iter().product();
            // Fused biases stay zero so the key parts pass the no-bias check.
            let zero_bias = (n.ends_with("linear_0/bias") && n.contains("attention"))
                || (n.contains("attention/linear_1/bias") && !n.contains("self_"));
            let data = if zero_bias {
                vec![0.0; len]
            } else {
                (0..len).map(|i| i as f32 * 0.01).collect()
            };
            vars.push((n.to_string(), shape.to_vec(), data));
        };
        add("encoder/conv1/weight", &[d, 2, 3]);
        add("encoder/conv1/bias", &[d]);
        add("encoder/conv2/weight", &[d, d, 3]);
        add("encoder/conv2/bias", &[d]);
        add("encoder/position_encodings/encodings", &[6, d]);
        add("decoder/position_encodings/encodings", &[5, d]);
        add("decoder/embeddings/weight", &[10, d]);
        for side in ["encoder", "decoder"] {
            add(&format!("{side}/layer_norm/gamma"), &[d]);
            add(&format!("{side}/layer_norm/beta"), &[d]);
            let s = format!("{side}/layer_0");
            add(&format!("{s}/self_attention/linear_0/weight"), &[3 * d, d]);
            add(&format!("{s}/self_attention/linear_0/bias"), &[3 * d]);
            add(&format!("{s}/self_attention/linear_1/weight"), &[d, d]);
            add(&format!("{s}/self_attention/linear_1/bias"), &[d]);
            for ln in ["self_attention", "ffn"] {
                add(&format!("{s}/{ln}/layer_norm/gamma"), &[d]);
                add(&format!("{s}/{ln}/layer_norm/beta"), &[d]);
            }
            add(&format!("{s}/ffn/linear_0/weight"), &[4 * d, d]);
            add(&format!("{s}/ffn/linear_0/bias"), &[4 * d]);
            add(&format!("{s}/ffn/linear_1/weight"), &[d, 4 * d]);
            add(&format!("{s}/ffn/linear_1/bias"), &[d]);
        }
        let s = "decoder/layer_0/attention";
        add(&format!("{s}/linear_0/weight"), &[d, d]);
        add(&format!("{s}/linear_0/bias"), &[d]);
        add(&format!("{s}/linear_1/weight"), &[2 * d, d]);
        add(&format!("{s}/linear_1/bias"), &[2 * d]);
        add(&format!("{s}/linear_2/weight"), &[d, d]);
        add(&format!("{s}/linear_2/bias"), &[d]);
        add(&format!("{s}/layer_norm/gamma"), &[d]);
        add(&format!("{s}/layer_norm/beta"), &[d]);

        let mut bytes = Vec::new();
        let string = |b: &mut Vec<u8>, s: &str| {
            b.extend_from_slice(&((s.len() + 1) as u16).to_le_bytes());
            b.extend_from_slice(s.as_bytes());
            b.push(0);
        };
        bytes.extend_from_slice(&6u32.to_le_bytes());
        string(&mut bytes, "WhisperSpec");
        bytes.extend_from_slice(&3u32.to_le_bytes());
        bytes.extend_from_slice(&((vars.len() + 2) as u32).to_le_bytes());
        for side in ["encoder", "decoder"] {
            string(&mut bytes, &format!("{side}/num_heads"));
            bytes.push(0);
            bytes.push(2); // int16
            bytes.extend_from_slice(&2u32.to_le_bytes());
            bytes.extend_from_slice(&2i16.to_le_bytes());
        }
        for (name, shape, data) in &vars {
            string(&mut bytes, name);
            bytes.push(shape.len() as u8);
            shape
                .iter()
                .for_each(|&x| bytes.extend_from_slice(&(x as u32).to_le_bytes()));
            bytes.push(0); // f32
            bytes.extend_from_slice(&((data.len() * 4) as u32).to_le_bytes());
            data.iter()
                .for_each(|v| bytes.extend_from_slice(&v.to_le_bytes()));
        }
        bytes.extend_from_slice(&1u32.to_le_bytes());
        string(&mut bytes, "decoder/projection/weight");
        string(&mut bytes, "decoder/embeddings/weight");

        let m = Ct2Model::parse(&bytes).unwrap();
        let cfg = ct2_config(&m, vec![]).unwrap();
        assert_eq!(
            (
                cfg.d_model,
                cfg.num_mel_bins,
                cfg.encoder_layers,
                cfg.decoder_layers
            ),
            (4, 2, 1, 1)
        );
        assert_eq!(
            (
                cfg.vocab_size,
                cfg.max_source_positions,
                cfg.max_target_positions
            ),
            (10, 6, 5)
        );
        let t = ct2_tensors(&m, &cfg, &Device::Cpu).unwrap();
        let v = t["model.decoder.layers.0.self_attn.v_proj.weight"]
            .flatten_all()
            .unwrap()
            .to_vec1::<f32>()
            .unwrap();
        // v is the third block of the fused rows.
        assert!((v[0] - 0.01 * (2 * d * d) as f32).abs() < 1e-6);
        assert!(!t.contains_key("model.decoder.layers.0.self_attn.k_proj.bias"));
        assert!(t.contains_key("model.decoder.layers.0.encoder_attn.v_proj.bias"));
        // candle's Whisper loads from it.
        let vb = VarBuilder::from_tensors(t, DType::F32, &Device::Cpu);
        candle_transformers::models::whisper::model::Whisper::load(&vb, cfg).unwrap();
    }
}
