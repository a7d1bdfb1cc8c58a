//! Whisper's log-mel features, computed the way OpenAI's `whisper.audio`
//! and faster-whisper's `FeatureExtractor` do: 25 ms periodic Hann windows
//! every 10 ms over a reflect-padded (centred) signal, power spectrum, an
//! 80-band Slaney mel filterbank (librosa `htk=False, norm="slaney"`),
//! `log10`, a floor 8 decades below the peak, then `(x + 4) / 4`.

use std::sync::Arc;

use realfft::{RealFftPlanner, RealToComplex};

pub const SAMPLE_RATE: usize = 16_000;
pub const N_FFT: usize = 400;
pub const HOP_LENGTH: usize = 160;
/// Frames in one 30-second window.
pub const N_FRAMES: usize = 3000;
const N_BINS: usize = N_FFT / 2 + 1;

/// The 80 x 201 (row-major) Slaney mel filterbank Whisper was trained with.
pub fn mel_filters(n_mels: usize) -> Vec<f32> {
    let sr = SAMPLE_RATE as f64;
    // Slaney's auditory scale: linear below 1 kHz, logarithmic above.
    let f_sp = 200.0 / 3.0;
    let min_log_hz = 1000.0;
    let min_log_mel = min_log_hz / f_sp;
    let logstep = 6.4f64.ln() / 27.0;
    let hz_to_mel = |hz: f64| {
        if hz >= min_log_hz {
            min_log_mel + (hz / min_log_hz).ln() / logstep
        } else {
            hz / f_sp
        }
    };
    let mel_to_hz = |mel: f64| {
        if mel >= min_log_mel {
            min_log_hz * (logstep * (mel - min_log_mel)).exp()
        } else {
            f_sp * mel
        }
    };
    let max_mel = hz_to_mel(sr / 2.0);
    let freqs: Vec<f64> = (0..n_mels + 2)
        .map(|i| mel_to_hz(max_mel * i as f64 / (n_mels + 1) as f64))
        .collect();
    let fft_freqs: Vec<f64> = (0..N_BINS).map(|k| k as f64 * sr / N_FFT as f64).collect();
    let mut weights = vec![0f32; n_mels * N_BINS];
    for m in 0..n_mels {
        let (lo, mid, hi) = (freqs[m], freqs[m + 1], freqs[m + 2]);
        let enorm = 2.0 / (hi - lo);
        for (k, &f) in fft_freqs.iter().enumerate() {
            let lower = (f - lo) / (mid - lo);
            let upper = (hi - f) / (hi - mid);
            let w = lower.min(upper).max(0.0);
            weights[m * N_BINS + k] = (w * enorm) as f32;
        }
    }
    weights
}

/// A normalized log-mel spectrogram.
#[derive(Debug, Clone)]
pub struct LogMel {
    /// `n_mels` rows of `n_frames` values.
    pub data: Vec<f32>,
    pub n_frames: usize,
    /// The value digital silence takes after normalization (8 decades
    /// under the peak): what padding frames are filled with.
    pub floor: f32,
}

/// Computes log-mel features for 16 kHz mono audio.
pub struct MelExtractor {
    n_mels: usize,
    filters: Vec<f32>,
    window: Vec<f32>,
    fft: Arc<dyn RealToComplex<f32>>,
}

impl MelExtractor {
    pub fn new(n_mels: usize) -> Self {
        let window = (0..N_FFT)
            .map(|i| {
                let x = 2.0 * std::f64::consts::PI * i as f64 / N_FFT as f64;
                (0.5 - 0.5 * x.cos()) as f32
            })
            .collect();
        let fft = RealFftPlanner::<f32>::new().plan_fft_forward(N_FFT);
        Self {
            n_mels,
            filters: mel_filters(n_mels),
            window,
            fft,
        }
    }

    pub fn n_mels(&self) -> usize {
        self.n_mels
    }

    /// Normalized log-mel spectrogram, `n_mels` rows of `pcm.len() / 160`
    /// frames each (row-major), exactly as OpenAI's `log_mel_spectrogram`
    /// (the STFT's last frame dropped).
    pub fn log_mel(&self, pcm: &[f32]) -> LogMel {
        let n_frames = pcm.len() / HOP_LENGTH;
        let mut mel = vec![0f32; self.n_mels * n_frames];
        if n_frames == 0 {
            return LogMel {
                data: mel,
                n_frames: 0,
                floor: -1.5,
            };
        }
        let pad = N_FFT / 2;
        // Reflect padding (numpy "reflect": the edge sample is not repeated).
        let reflect = |i: isize| -> f32 {
            let n = pcm.len() as isize;
            let mut j = i;
            if n == 1 {
                return pcm[0];
            }
            loop {
                if j < 0 {
                    j = -j;
                } else if j >= n {
                    j = 2 * (n - 1) - j;
                } else {
                    return pcm[j as usize];
                }
            }
        };
        let mut input = self.fft.make_input_vec();
        let mut spectrum = self.fft.make_output_vec();
        let mut scratch = self.fft.make_scratch_vec();
        let mut power = vec![0f32; N_BINS];
        for t in 0..n_frames {
            let start = (t * HOP_LENGTH) as isize - pad as isize;
            let inside = start >= 0 && (start as usize + N_FFT) <= pcm.len();
            if inside {
                let s = start as usize;
                for ((dst, &x), &w) in input.iter_mut().zip(&pcm[s..s + N_FFT]).zip(&self.window) {
                    *dst = x * w;
                }
            } else {
                for (k, dst) in input.iter_mut().enumerate() {
                    *dst = reflect(start + k as isize) * self.window[k];
                }
            }
            self.fft
                .process_with_scratch(&mut input, &mut spectrum, &mut scratch)
                .expect("FFT buffers have the planned sizes");
            for (p, c) in power.iter_mut().zip(&spectrum) {
                *p = c.re * c.re + c.im * c.im;
            }
            for m in 0..self.n_mels {
                let row = &self.filters[m * N_BINS..(m + 1) * N_BINS];
                let s: f32 = row.iter().zip(&power).map(|(a, b)| a * b).sum();
                mel[m * n_frames + t] = s.max(1e-10).log10();
            }
        }
        let max = mel.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let floor = max - 8.0;
        for v in mel.iter_mut() {
            *v = (v.max(floor) + 4.0) / 4.0;
        }
        LogMel {
            data: mel,
            n_frames,
            floor: (floor + 4.0) / 4.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filterbank_matches_librosa_slaney_shape() {
        let f = mel_filters(80);
        assert_eq!(f.len(), 80 * N_BINS);
        // Every band is a non-empty triangle; bands rise in frequency.
        let peak = |m: usize| {
            (0..N_BINS)
                .max_by(|&a, &b| f[m * N_BINS + a].total_cmp(&f[m * N_BINS + b]))
                .unwrap()
        };
        for m in 0..80 {
            assert!(f[m * N_BINS..(m + 1) * N_BINS].iter().any(|&w| w > 0.0));
        }
        assert!(peak(79) > peak(40) && peak(40) > peak(1));
        // librosa.filters.mel(sr=16000, n_fft=400, n_mels=80)[0, 1] = 0.02486259
        assert!((f[1] - 0.024_862_59).abs() < 1e-6, "{}", f[1]);
    }

    #[test]
    fn a_tone_lands_in_its_band_and_frames_count() {
        let pcm: Vec<f32> = (0..16_000)
            .map(|i| (2.0 * std::f32::consts::PI * 440.0 * i as f32 / 16_000.0).sin() * 0.5)
            .collect();
        let ex = MelExtractor::new(80);
        let LogMel {
            data: mel,
            n_frames: frames,
            ..
        } = ex.log_mel(&pcm);
        assert_eq!(frames, 100);
        let t = 50;
        let best = (0..80)
            .max_by(|&a, &b| mel[a * frames + t].total_cmp(&mel[b * frames + t]))
            .unwrap();
        // 440 Hz sits around mel band 9-10 of Whisper's 80.
        assert!((8..=11).contains(&best), "band {best}");
        assert!(mel.iter().all(|v| v.is_finite()));
    }
}
