//! Multi-head self-attention over packed sequences, as a candle `CustomOp1`.
//!
//! Input: the fused `[T, 3H]` Q|K|V projections of all tokens of a batch,
//! sequences packed back to back; output: the `[T, H]` attention context.
//! Each token attends to the tokens of its own sequence only, so a batch
//! needs neither padding nor a mask (the C engine does the same). For the
//! short inputs this engine sees (10-30 tokens) this replaces ~12 small
//! candle ops per layer (split, transposes, copies, two batched GEMMs,
//! softmax) by one pass that stays in L1.

#![allow(clippy::too_many_arguments)]

use candle_core::{CpuStorage, CustomOp1, Layout, Shape};

use super::qkernel::Isa;
use super::split::{self, SharedOut};

pub(super) struct PackedAttention<'a> {
    /// `(start, len)` of each sequence in the packed token dimension
    pub seqs: &'a [(usize, usize)],
    pub heads: usize,
    pub hidden: usize,
    pub isa: Isa,
}

#[inline(always)]
fn dot(a: &[f32], b: &[f32]) -> f32 {
    // 8 independent partial sums so the loop vectorizes without fast-math
    let mut acc = [0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let (ra, rb) = (ca.remainder(), cb.remainder());
    for (x, y) in ca.zip(cb) {
        for i in 0..8 {
            acc[i] = x[i].mul_add(y[i], acc[i]);
        }
    }
    let mut s = ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
    for (x, y) in ra.iter().zip(rb) {
        s = x.mul_add(*y, s);
    }
    s
}

/// One (sequence, head): context rows for all of the sequence's queries.
///
/// # Safety
/// `out` points to a `[T, H]` buffer covering the sequence, whose columns
/// of this head no other thread writes meanwhile.
#[inline(always)]
unsafe fn seq_head_body(
    qkv: &[f32],
    out: SharedOut,
    start: usize,
    len: usize,
    head: usize,
    h: usize,
    hd: usize,
    scale: f32,
) {
    let row = 3 * h;
    let mut p = vec![0f32; len];
    let mut ctx = vec![0f32; hd];
    for t in start..start + len {
        let q = &qkv[t * row + head * hd..][..hd];
        let mut mx = f32::NEG_INFINITY;
        for (j, s) in (start..start + len).enumerate() {
            let k = &qkv[s * row + h + head * hd..][..hd];
            let v = dot(q, k) * scale;
            p[j] = v;
            mx = mx.max(v);
        }
        let mut sum = 0f32;
        for v in p.iter_mut() {
            *v = (*v - mx).exp();
            sum += *v;
        }
        let inv = 1.0 / sum;
        ctx.fill(0.0);
        for (j, s) in (start..start + len).enumerate() {
            let w = p[j] * inv;
            let v = &qkv[s * row + 2 * h + head * hd..][..hd];
            for e in 0..hd {
                ctx[e] = w.mul_add(v[e], ctx[e]);
            }
        }
        // SAFETY: row t, head `head` of the output: this call's own (see above)
        unsafe {
            std::ptr::copy_nonoverlapping(ctx.as_ptr(), out.get().add(t * h + head * hd), hd)
        };
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn seq_head_avx512(
    qkv: &[f32],
    out: SharedOut,
    start: usize,
    len: usize,
    head: usize,
    h: usize,
    hd: usize,
    scale: f32,
) {
    // SAFETY: forwarded from the caller
    unsafe { seq_head_body(qkv, out, start, len, head, h, hd, scale) }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn seq_head_avx2(
    qkv: &[f32],
    out: SharedOut,
    start: usize,
    len: usize,
    head: usize,
    h: usize,
    hd: usize,
    scale: f32,
) {
    // SAFETY: forwarded from the caller
    unsafe { seq_head_body(qkv, out, start, len, head, h, hd, scale) }
}

impl PackedAttention<'_> {
    pub fn run(&self, qkv: &[f32]) -> Vec<f32> {
        let h = self.hidden;
        let hd = h / self.heads;
        let t: usize = self.seqs.iter().map(|s| s.1).sum();
        assert_eq!(qkv.len(), t * 3 * h);
        let scale = 1.0 / (hd as f32).sqrt();
        let mut out = vec![0f32; t * h];
        let o = SharedOut(out.as_mut_ptr());
        // one chunk per (sequence, head), each writing its own columns
        let work = |i: usize| {
            let (start, len) = self.seqs[i / self.heads];
            let head = i % self.heads;
            match self.isa {
                // SAFETY: the ISA was detected at run time
                #[cfg(target_arch = "x86_64")]
                Isa::Avx512Vnni => unsafe {
                    seq_head_avx512(qkv, o, start, len, head, h, hd, scale)
                },
                #[cfg(target_arch = "x86_64")]
                Isa::Avx2 => unsafe { seq_head_avx2(qkv, o, start, len, head, h, hd, scale) },
                // SAFETY: `out` has T x H elements, a chunk writes its own head
                _ => unsafe { seq_head_body(qkv, o, start, len, head, h, hd, scale) },
            }
        };
        split::for_each_chunk(self.seqs.len() * self.heads, &work);
        out
    }
}

impl CustomOp1 for PackedAttention<'_> {
    fn name(&self) -> &'static str {
        "e5-packed-attention"
    }

    fn cpu_fwd(
        &self,
        storage: &CpuStorage,
        layout: &Layout,
    ) -> candle_core::Result<(CpuStorage, Shape)> {
        let x = storage.as_slice::<f32>()?;
        let x = match layout.contiguous_offsets() {
            Some((a, b)) => &x[a..b],
            None => candle_core::bail!("e5-packed-attention: input must be contiguous"),
        };
        let (t, w) = layout.shape().dims2()?;
        if w != 3 * self.hidden || t != self.seqs.iter().map(|s| s.1).sum::<usize>() {
            candle_core::bail!(
                "e5-packed-attention: input {:?} does not match the batch",
                layout.shape()
            );
        }
        Ok((CpuStorage::F32(self.run(x)), Shape::from((t, self.hidden))))
    }
}
