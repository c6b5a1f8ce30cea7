//! The fastest Rust article extractors, timed on the same pages as Lede: `dom_smoothie` (a port
//! of Readability.js) and `rs-trafilatura`, extraction only. They are yardsticks for
//! `scripts/bench.sh`, not dependencies of Lede. Prints one JSON line per extractor with the
//! per-page timing figures and the extracted texts, so that the benchmark can score them with
//! Lede's own metric (`cargo run --release --example eval -- extraction-texts FILE`).
//!
//! `cargo run --release -- DIR` (DIR holds `<id>.html` pages).

use std::time::Instant;

fn stats(mut times: Vec<f64>) -> serde_json::Value {
    let total: f64 = times.iter().sum();
    times.sort_by(|a, b| a.total_cmp(b));
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    serde_json::json!({
        "median": at(0.5), "p95": at(0.95), "max": times[times.len() - 1], "total": total,
    })
}

fn time_extractor(
    name: &str,
    pages: &[(String, String)],
    extract: impl Fn(&str) -> Option<String>,
) -> serde_json::Value {
    let mut times = Vec::with_capacity(pages.len());
    let mut texts = serde_json::Map::new();
    let mut failures = 0;
    for (id, html) in pages {
        let started = Instant::now();
        let text = std::hint::black_box(extract(std::hint::black_box(html)));
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        if text.is_none() {
            failures += 1;
        }
        texts.insert(id.clone(), text.unwrap_or_default().into());
    }
    serde_json::json!({ "name": name, "extraction": stats(times), "failures": failures, "texts": texts })
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: rust-peers DIR");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("a directory of pages")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    files.sort();
    let pages: Vec<(String, String)> = files
        .iter()
        .map(|f| {
            let id = f.file_stem().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(f).expect("a readable page");
            (id, String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect();
    let smoothie = time_extractor("dom_smoothie", &pages, |html| {
        let mut reader = dom_smoothie::Readability::new(html, None, None).ok()?;
        Some(reader.parse().ok()?.text_content.to_string())
    });
    println!("{smoothie}");
    let trafilatura = time_extractor("rs-trafilatura", &pages, |html| {
        Some(rs_trafilatura::extract(html).ok()?.content_text)
    });
    println!("{trafilatura}");
}
