//! Time Lede's full analysis natively, page by page, in one process:
//! `cargo run --release --example bench -- DIR` prints one JSON line (median, p95, max, total ms
//! and bytes). Decoding the files is not timed; `scripts/bench.sh` also times the `lede` binary
//! itself over the same pages.

use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/extraction-benchmark/html"
        )
        .to_string()
    });
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("a directory of pages")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let pages: Vec<String> = files
        .iter()
        .map(|f| lede::decode::decode(&std::fs::read(f).expect("a page")))
        .collect();
    let bytes: usize = pages.iter().map(String::len).sum();
    let options = lede::Options {
        reference_date: Some("2026-11-26".into()),
        ..Default::default()
    };
    // Extraction alone (page to article), the part Readability.js does.
    let mut extraction = Vec::new();
    for page in &pages {
        let t0 = Instant::now();
        let _ = std::hint::black_box(lede::extract::extract(std::hint::black_box(page), None));
        extraction.push(t0.elapsed().as_secs_f64() * 1000.0);
    }
    let extraction_total: f64 = extraction.iter().sum();
    extraction.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mut times = Vec::new();
    for _ in 0..rounds {
        for page in &pages {
            let t0 = Instant::now();
            let _ = std::hint::black_box(lede::analyze(std::hint::black_box(page), &options));
            times.push(t0.elapsed().as_secs_f64() * 1000.0);
        }
    }
    let total: f64 = times.iter().sum::<f64>() / rounds as f64;
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    let ex_at = |q: f64| extraction[((extraction.len() - 1) as f64 * q) as usize];
    println!(
        "{{\"name\":\"Lede (native)\",\"pipeline\":{{\"median\":{:.4},\"p95\":{:.4},\"max\":{:.4},\"total\":{:.3}}},\"extraction\":{{\"median\":{:.4},\"p95\":{:.4},\"max\":{:.4},\"total\":{:.3}}},\"bytes\":{}}}",
        at(0.5),
        at(0.95),
        times[times.len() - 1],
        total,
        ex_at(0.5),
        ex_at(0.95),
        extraction[extraction.len() - 1],
        extraction_total,
        bytes
    );
}
