//! A second core for one utterance's matrix products.
//!
//! Batches already keep every core busy (one pack of sequences per thread,
//! see `super::E5::embed`); a single utterance runs on the calling thread.
//! Its weight matrices are split here: the calling thread and one
//! process-wide helper thread draw chunks of output tiles from one atomic
//! counter. The caller never waits for the helper to arrive: when the helper
//! is asleep, busy with another caller, or its core is taken by another
//! process, the caller takes every chunk itself and waits only for chunks
//! the helper has already started. So a loaded machine costs at most what
//! one thread would, and an idle one gets both cores.
//!
//! (A rayon pool was measured for this and was slower than one thread: its
//! workers sleep and wake through futexes between the ~70 matrix products
//! of one utterance. The helper spins instead, for `SPIN` after its last
//! job, then parks.)

use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// how long the helper spins for the next job before it parks (the matrix
/// products of one utterance come a few tens of microseconds apart)
const SPIN: Duration = Duration::from_micros(500);
/// how many times a caller spins for the helper's last chunk before it
/// yields (a spin is a PAUSE, ~10-40 ns: tens of microseconds in all)
const SPINS_BEFORE_YIELD: u32 = 2000;

thread_local! {
    /// set while this thread runs a single-sequence forward pass
    static ALLOWED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with splitting allowed on this thread (the single-pack path of
/// `E5::embed`; the batch path keeps its threads to themselves).
pub(super) fn allowed<R>(f: impl FnOnce() -> R) -> R {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            ALLOWED.with(|a| a.set(self.0));
        }
    }
    let _reset = Reset(ALLOWED.with(|a| a.replace(true)));
    f()
}

/// An output buffer written by chunks on up to two threads, each chunk its
/// own elements.
#[derive(Clone, Copy)]
pub(super) struct SharedOut(pub *mut f32);
// SAFETY: chunks write disjoint elements and `for_each_chunk` returns only
// when all of them are done.
unsafe impl Send for SharedOut {}
unsafe impl Sync for SharedOut {}
impl SharedOut {
    pub fn get(self) -> *mut f32 {
        self.0
    }
}

struct Job<'a> {
    work: &'a (dyn Fn(usize) + Sync),
    chunks: usize,
    /// chunks claimed so far, by either thread
    claimed: AtomicUsize,
}

impl Job<'_> {
    /// Runs chunks until all are claimed: the caller from the first chunk
    /// up, the helper from the last one down, so that each streams through
    /// its own contiguous part of the weights (handing out chunks in turn was
    /// measured slower) and the two meet wherever the faster one got to.
    /// One shared count of claims keeps every chunk run exactly once.
    fn drain(&self, from_the_back: bool) {
        let mut mine = 0;
        while self.claimed.fetch_add(1, SeqCst) < self.chunks {
            (self.work)(if from_the_back {
                self.chunks - 1 - mine
            } else {
                mine
            });
            mine += 1;
        }
    }
}

struct Helper {
    /// the published job, null when none; its owner keeps it alive until it
    /// has taken it back and `active` is 0
    job: AtomicPtr<Job<'static>>,
    /// bumped on every publication (the helper's signal; a job's address
    /// may repeat)
    generation: AtomicU64,
    /// 1 while the helper may be reading a job
    active: AtomicUsize,
    sleeping: AtomicBool,
    thread: OnceLock<std::thread::Thread>,
}

fn helper() -> Option<&'static Helper> {
    static HELPER: OnceLock<Option<&'static Helper>> = OnceLock::new();
    *HELPER.get_or_init(|| {
        if std::thread::available_parallelism().map_or(1, |n| n.get()) < 2 {
            return None;
        }
        let h: &'static Helper = Box::leak(Box::new(Helper {
            job: AtomicPtr::new(std::ptr::null_mut()),
            generation: AtomicU64::new(0),
            active: AtomicUsize::new(0),
            sleeping: AtomicBool::new(false),
            thread: OnceLock::new(),
        }));
        let spawned = std::thread::Builder::new()
            .name("e5-helper".into())
            .spawn(move || helper_loop(h));
        match spawned {
            Ok(j) => {
                let _ = h.thread.set(j.thread().clone());
                Some(h)
            }
            Err(_) => None,
        }
    })
}

fn helper_loop(h: &'static Helper) {
    let mut seen = h.generation.load(SeqCst);
    let mut idle_since = Instant::now();
    loop {
        let g = h.generation.load(SeqCst);
        if g != seen {
            seen = g;
            h.active.fetch_add(1, SeqCst);
            // decremented even if a chunk panics, so no caller waits forever
            struct Leave(&'static AtomicUsize);
            impl Drop for Leave {
                fn drop(&mut self) {
                    self.0.fetch_sub(1, SeqCst);
                }
            }
            let _leave = Leave(&h.active);
            let p = h.job.load(SeqCst);
            if !p.is_null() {
                // SAFETY: the owner does not return before `active` is 0
                unsafe { (*p).drain(true) };
            }
            drop(_leave);
            idle_since = Instant::now();
            continue;
        }
        if idle_since.elapsed() < SPIN {
            std::hint::spin_loop();
            continue;
        }
        // Park; a publisher that bumps the generation after our check sees
        // `sleeping` and unparks us (both sides are SeqCst).
        h.sleeping.store(true, SeqCst);
        if h.generation.load(SeqCst) == seen {
            std::thread::park();
        }
        h.sleeping.store(false, SeqCst);
        idle_since = Instant::now();
    }
}

/// Runs `work(0..chunks)`, each index exactly once, on this thread and, when
/// splitting is allowed here and the helper is free, on the helper too.
/// Returns when every chunk has finished.
pub(super) fn for_each_chunk(chunks: usize, work: &(dyn Fn(usize) + Sync)) {
    let job = Job {
        work,
        chunks,
        claimed: AtomicUsize::new(0),
    };
    let h = if chunks > 1 && ALLOWED.with(|a| a.get()) {
        helper()
    } else {
        None
    };
    let published = h.filter(|h| {
        let p = &job as *const Job as *mut Job<'static>;
        h.job
            .compare_exchange(std::ptr::null_mut(), p, SeqCst, SeqCst)
            .is_ok()
    });
    if let Some(h) = published {
        h.generation.fetch_add(1, SeqCst);
        if h.sleeping.load(SeqCst) {
            if let Some(t) = h.thread.get() {
                t.unpark();
            }
        }
    }
    job.drain(false);
    if let Some(h) = published {
        h.job.store(std::ptr::null_mut(), SeqCst);
        // The helper is finishing its last chunk (microseconds), unless the
        // scheduler took its core: then give this thread's core away.
        let mut spins = 0u32;
        while h.active.load(SeqCst) != 0 {
            if spins < SPINS_BEFORE_YIELD {
                spins += 1;
                std::hint::spin_loop();
            } else {
                std::thread::yield_now();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chunk_runs_once_with_or_without_the_helper() {
        for allow in [false, true] {
            for round in 0..200 {
                let chunks = 1 + round % 37;
                let counts: Vec<AtomicUsize> = (0..chunks).map(|_| AtomicUsize::new(0)).collect();
                let work = |i: usize| {
                    counts[i].fetch_add(1, SeqCst);
                };
                if allow {
                    allowed(|| for_each_chunk(chunks, &work));
                } else {
                    for_each_chunk(chunks, &work);
                }
                assert!(counts.iter().all(|c| c.load(SeqCst) == 1), "round {round}");
            }
        }
    }

    #[test]
    fn callers_on_many_threads_share_the_one_helper() {
        std::thread::scope(|s| {
            for t in 0..4 {
                s.spawn(move || {
                    for round in 0..100 {
                        let chunks = 2 + (round + t) % 17;
                        let sum = AtomicUsize::new(0);
                        allowed(|| {
                            for_each_chunk(chunks, &|i| {
                                sum.fetch_add(i + 1, SeqCst);
                            })
                        });
                        assert_eq!(sum.load(SeqCst), chunks * (chunks + 1) / 2);
                    }
                });
            }
        });
    }
}
