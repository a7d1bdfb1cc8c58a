//! Load on the webhook: signed text messages from many citizens, against the real server with
//! a local fake Graph API. Reports webhook requests per second and latency percentiles (the time
//! to the 200, which includes storing the message), and how fast replies go out.
//!
//! `cargo bench --bench webhook_load [-- REQUESTS CONCURRENCY ROUNDS]`

#[path = "../tests/common/mod.rs"]
mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let requests: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(4000);
    let concurrency: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(32);
    let rounds: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(3);
    println!("webhook load: {requests} signed text messages per round, {concurrency} at a time, {rounds} rounds");

    let (mut rps, mut p50s, mut p99s, mut e2e) = (vec![], vec![], vec![], vec![]);
    for round in 0..rounds {
        let h = Arc::new(Harness::start().await);
        // Bodies signed beforehand: the generator's own work stays out of the timing.
        let bodies: Vec<String> = (0..requests)
            .map(|i| {
                let user = format!("9198{:08}", i % 1000);
                let text = if i % 2 == 0 { "Hi" } else { "1" };
                text_message(&user, &format!("wamid.load.{round}.{i}"), text)
            })
            .collect();
        let signed: Vec<(String, String)> = bodies
            .into_iter()
            .map(|b| {
                let s =
                    mitra::channel::whatsapp::signature::sign(APP_SECRET.as_bytes(), b.as_bytes());
                (b, s)
            })
            .collect();
        let signed = Arc::new(signed);
        let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let start = Instant::now();
        let mut tasks = Vec::new();
        for _ in 0..concurrency {
            let (h, signed, next) = (h.clone(), signed.clone(), next.clone());
            tasks.push(tokio::spawn(async move {
                let mut lat = Vec::new();
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if i >= signed.len() {
                        return lat;
                    }
                    let (body, sig) = &signed[i];
                    let t = Instant::now();
                    let (status, _) = h.post_raw(body, Some(sig)).await;
                    assert_eq!(status, 200);
                    lat.push(t.elapsed().as_secs_f64() * 1000.0);
                }
            }));
        }
        let mut lat: Vec<f64> = Vec::new();
        for t in tasks {
            lat.extend(t.await.unwrap());
        }
        let elapsed = start.elapsed().as_secs_f64();
        lat.sort_by(|a, b| a.partial_cmp(b).unwrap());
        // Every message answered: wait until the queue is empty.
        loop {
            let stats = h.stats().await;
            if stats["inbound_pending"] == 0 && stats["inbound_total"] == requests as i64 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let all_done = start.elapsed().as_secs_f64();
        let r = requests as f64 / elapsed;
        println!(
            "round {}: {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; all {} answered after {:.2} s ({:.0} messages/s end to end)",
            round + 1,
            r,
            percentile(&lat, 0.5),
            percentile(&lat, 0.99),
            lat.last().unwrap(),
            requests,
            all_done,
            requests as f64 / all_done
        );
        rps.push(r);
        p50s.push(percentile(&lat, 0.5));
        p99s.push(percentile(&lat, 0.99));
        e2e.push(requests as f64 / all_done);
    }
    println!(
        "median of {rounds}: {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, {:.0} messages/s answered end to end",
        median(&mut rps),
        median(&mut p50s),
        median(&mut p99s),
        median(&mut e2e)
    );
}
