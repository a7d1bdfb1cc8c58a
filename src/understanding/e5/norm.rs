//! Residual add + LayerNorm, fused, as candle custom ops.
//!
//! `candle_nn::ops::layer_norm` splits rows over rayon, which for the 10-30
//! rows of a short utterance costs more in thread wake-ups than the work
//! itself; this runs on the calling thread, vectorized for the detected ISA,
//! with the same two-pass mean/variance as the C engine.

use candle_core::{CpuStorage, CustomOp1, CustomOp2, Layout, Shape};

use super::qkernel::Isa;

pub(super) struct AddLayerNorm {
    pub w: Vec<f32>,
    pub b: Vec<f32>,
    pub eps: f32,
    pub isa: Isa,
}

#[inline(always)]
fn sum8(x: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let c = x.chunks_exact(8);
    let r = c.remainder();
    for v in c {
        for i in 0..8 {
            acc[i] += v[i];
        }
    }
    let mut s = ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
    for v in r {
        s += v;
    }
    s
}

/// `out = LN(x + y)` (or `LN(x)` without `y`), row by row.
#[inline(always)]
fn body(x: &[f32], y: Option<&[f32]>, w: &[f32], b: &[f32], eps: f32, out: &mut [f32]) {
    let h = w.len();
    let mut tmp = vec![0f32; h];
    for (r, o) in out.chunks_exact_mut(h).enumerate() {
        let xr = &x[r * h..][..h];
        match y {
            Some(y) => {
                let yr = &y[r * h..][..h];
                for i in 0..h {
                    tmp[i] = xr[i] + yr[i];
                }
            }
            None => tmp.copy_from_slice(xr),
        }
        let mean = sum8(&tmp) / h as f32;
        for v in tmp.iter_mut() {
            *v -= mean;
        }
        let mut sq = [0f32; 8];
        for c in tmp.chunks_exact(8) {
            for i in 0..8 {
                sq[i] = c[i].mul_add(c[i], sq[i]);
            }
        }
        let mut var = ((sq[0] + sq[4]) + (sq[1] + sq[5])) + ((sq[2] + sq[6]) + (sq[3] + sq[7]));
        for v in tmp.chunks_exact(8).remainder() {
            var = v.mul_add(*v, var);
        }
        let inv = 1.0 / (var / h as f32 + eps).sqrt();
        for i in 0..h {
            o[i] = (tmp[i] * inv).mul_add(w[i], b[i]);
        }
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn body_avx512(
    x: &[f32],
    y: Option<&[f32]>,
    w: &[f32],
    b: &[f32],
    eps: f32,
    out: &mut [f32],
) {
    body(x, y, w, b, eps, out)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn body_avx2(x: &[f32], y: Option<&[f32]>, w: &[f32], b: &[f32], eps: f32, out: &mut [f32]) {
    body(x, y, w, b, eps, out)
}

impl AddLayerNorm {
    fn run(&self, x: &[f32], y: Option<&[f32]>) -> Vec<f32> {
        let mut out = vec![0f32; x.len()];
        match self.isa {
            // SAFETY: the ISA was detected at run time
            #[cfg(target_arch = "x86_64")]
            Isa::Avx512Vnni => unsafe { body_avx512(x, y, &self.w, &self.b, self.eps, &mut out) },
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => unsafe { body_avx2(x, y, &self.w, &self.b, self.eps, &mut out) },
            _ => body(x, y, &self.w, &self.b, self.eps, &mut out),
        }
        out
    }
}

fn contiguous<'a>(s: &'a CpuStorage, l: &Layout, h: usize) -> candle_core::Result<&'a [f32]> {
    let x = s.as_slice::<f32>()?;
    match l.contiguous_offsets() {
        Some((a, b)) if l.dims().last() == Some(&h) => Ok(&x[a..b]),
        _ => candle_core::bail!(
            "e5-layer-norm: input must be contiguous [.., {h}], got {:?}",
            l.shape()
        ),
    }
}

impl CustomOp1 for AddLayerNorm {
    fn name(&self) -> &'static str {
        "e5-layer-norm"
    }

    fn cpu_fwd(&self, s: &CpuStorage, l: &Layout) -> candle_core::Result<(CpuStorage, Shape)> {
        let x = contiguous(s, l, self.w.len())?;
        Ok((CpuStorage::F32(self.run(x, None)), l.shape().clone()))
    }
}

impl CustomOp2 for AddLayerNorm {
    fn name(&self) -> &'static str {
        "e5-add-layer-norm"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> candle_core::Result<(CpuStorage, Shape)> {
        if l1.shape() != l2.shape() {
            candle_core::bail!(
                "e5-add-layer-norm: shapes differ {:?} {:?}",
                l1.shape(),
                l2.shape()
            );
        }
        let x = contiguous(s1, l1, self.w.len())?;
        let y = contiguous(s2, l2, self.w.len())?;
        Ok((CpuStorage::F32(self.run(x, Some(y))), l1.shape().clone()))
    }
}
