//! The evaluation command: Lede's scores on the shared data sets, beside the peers' figures the
//! issues give.
//!
//!   cargo run --release --example eval -- [all|extraction|readability|golden|summary|quotes|dates] [--worst N]
//!   cargo run --release --example eval -- diff PAGE   (one page's body against the expected one)
//!
//! ROUGE for summaries is computed by the `rouge-score` Python package (the peers' figures come
//! from it); `scripts/rouge.py` runs it when installed (`pip install rouge-score`).

#[path = "../tests/common/eval.rs"]
mod eval;

use std::io::Write;

fn main() {
    // Piped into `head`, the closed pipe ends the listing quietly rather than in a panic.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .unwrap_or("");
        if message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default_hook(info);
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let what = args.first().map(String::as_str).unwrap_or("all");
    let worst: usize = args
        .iter()
        .position(|a| a == "--worst")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let data = eval::data_dir();
    let all = what == "all";
    if all || what == "extraction" {
        let s = eval::extraction(&data.join("extraction-benchmark"));
        println!(
            "Extraction benchmark ({} pages): F1 {:.3} (P {:.3}, R {:.3}), exact pages {:.1}%",
            s.pages,
            s.f1,
            s.precision,
            s.recall,
            100.0 * s.exact
        );
        println!("  peers (held-back half): rs-trafilatura F1 0.966 · commercial ML service 0.961 (49% exact) · Readability.js 0.946; target F1 ≥ 0.975, exact ≥ 35%");
        for (id, f1) in s.per_page.iter().take(worst) {
            println!("    {f1:.3} {id}");
        }
    }
    if all || what == "actors" {
        let gold = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/actors/gold.json");
        let line = |t: &[eval::KindScore; 4]| {
            format!(
                "people {:.2} · organisations {:.2} · places {:.2} · all three {:.2}",
                t[0].f1(),
                t[1].f1(),
                t[2].f1(),
                t[3].f1()
            )
        };
        for split in [
            "dev", "check", "check2", "check3", "check4", "check5", "check6", "check7", "check8",
            "check9", "blind",
        ] {
            let s = eval::actors(&gold, &data, split);
            if s.documents == 0 {
                continue;
            }
            println!(
                "Actors, {} hand-marked {split} documents (tests/fixtures/actors), F1 by canonical name: {}",
                s.documents,
                line(&s.strict)
            );
            println!(
                "  by any of Lede's names for the actor: {}",
                line(&s.by_alias)
            );
            if split == "dev" || args.iter().any(|a| a == "--check") && split != "blind" {
                for m in s.misses.iter().take(worst) {
                    println!("    {m}");
                }
            }
        }
        println!("  peers (held-back set): spaCy small people 0.72, all 0.59 · compromise 0.51, 0.46; target people ≥ 0.80, all ≥ 0.68");
    }
    if what == "diff" {
        // `eval diff PAGE`: a page's body against the expected one, block by block.
        let page = args
            .get(1)
            .expect("diff PAGE (a Readability page's name or a benchmark id's start)");
        match eval::body_diff(&data, page) {
            Some(report) => print!("{report}"),
            None => eprintln!("no page {page} in readability-pages or extraction-benchmark"),
        }
    }
    if what == "extraction-texts" {
        // Score other extractors' output (JSON lines of {name, texts: {id: body}}, as
        // bench/rust-peers prints) with the same metric.
        let file = args.get(1).expect("extraction-texts FILE");
        let lines = std::fs::read_to_string(file).expect("a readable file");
        for line in lines.lines().filter(|l| !l.trim().is_empty()) {
            let peer: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let s = eval::extraction_by(&data.join("extraction-benchmark"), |id, _| {
                peer["texts"][id].as_str().unwrap_or("").to_string()
            });
            println!(
                "{{\"name\":{},\"f1\":{:.4},\"exact\":{:.4}}}",
                peer["name"], s.f1, s.exact
            );
        }
    }
    if all || what == "readability" {
        let s = eval::readability(&data.join("readability-pages"));
        println!(
            "Readability pages ({}): title {:.1}% ({}/{}; {:.1}% counting titles that differ only by the site-name suffix Lede drops), byline {:.1}% ({}/{}), body token F1 {:.3}",
            s.pages,
            100.0 * s.title_ok as f64 / s.title_pages.max(1) as f64,
            s.title_ok,
            s.title_pages,
            100.0 * (s.title_ok + s.title_ok_but_suffix) as f64 / s.title_pages.max(1) as f64,
            100.0 * s.byline_ok as f64 / s.byline_pages.max(1) as f64,
            s.byline_ok,
            s.byline_pages,
            s.body_f1
        );
        println!(
            "  body token F1 over the {} article-sized pages (expected body of {}+ words; the others are Readability's short feature tests, most of which Lede declines as \"no article here\"): {:.3}",
            s.article_sized_pages,
            eval::ARTICLE_SIZED_WORDS,
            s.article_sized_body_f1
        );
        let fields: Vec<String> = s
            .fields
            .iter()
            .map(|(f, pages, ok)| {
                format!(
                    "{f} {:.1}% ({ok}/{pages})",
                    100.0 * *ok as f64 / (*pages).max(1) as f64
                )
            })
            .collect();
        println!(
            "  the other fields Readability gives: {}",
            fields.join(", ")
        );
        println!("  target: title and byline ≥ 95%, body F1 ≥ 0.95");
        for m in s.misses.iter().take(worst) {
            println!("    {m}");
        }
    }
    if all || what == "golden" {
        let (pass, total, fails) = eval::golden(&data.join("golden-rules"));
        println!("Golden rules of sentence boundaries: {pass}/{total} (pySBD claims 47/48; target 48/48)");
        for f in fails.iter().take(worst) {
            println!("    {f}");
        }
    }
    if all || what == "quotes" {
        // `--split train` for the 840 training articles, a check that a change generalises.
        let split = args
            .iter()
            .position(|a| a == "--split")
            .and_then(|i| args.get(i + 1))
            .map_or("dev", String::as_str);
        let s = eval::quotes(&data.join("polnear").join(split));
        println!(
            "PolNeAR {split} ({} articles, {} gold quotes): found {:.1}%, speaker right {:.1}% ({:.1}% against the source's head name) of {} checkable, spurious {:.1}% of {} Lede quotes",
            s.articles,
            s.gold,
            100.0 * s.found as f64 / s.gold.max(1) as f64,
            100.0 * s.speaker_right as f64 / s.checkable.max(1) as f64,
            100.0 * s.speaker_right_head as f64 / s.checkable.max(1) as f64,
            s.checkable,
            100.0 * s.spurious as f64 / s.lede_quotes.max(1) as f64,
            s.lede_quotes
        );
        println!(
            "  speaker right where the source's head is a name, not a description (\"Sen. Bernie Sanders\", not \"the Vermont senator\"): {:.1}% of {}",
            100.0 * s.named_head_right as f64 / s.named_head.max(1) as f64,
            s.named_head
        );
        println!("  peer: textacy + spaCy small finds 48%, right speaker for 62%; target found ≥ 97%, speaker ≥ 92%, spurious ≤ 5%");
        println!(
            "  named sources found as person or organisation actors: {:.1}% ({}/{})",
            100.0 * s.named_sources_found as f64 / s.named_sources.max(1) as f64,
            s.named_sources_found,
            s.named_sources
        );
        println!(
            "  unnamed sources (\"officials\", \"the victim's mother\") that Lede names no one for, described by the source's own last word: {:.1}% ({}/{})",
            100.0 * s.described_right as f64 / s.described.max(1) as f64,
            s.described_right,
            s.described
        );
        for m in s.misses.iter().take(worst) {
            println!("    {m}");
        }
        // British news, marked by hand (tests/fixtures/quotes).
        let gold = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/quotes/gold.json");
        for split in ["check", "check2", "check3", "blind"] {
            let s = eval::hand_quotes(&gold, &data, split);
            if s.documents == 0 {
                continue;
            }
            println!(
                "Quotes, {} hand-marked {split} BBC articles (tests/fixtures/quotes, {} quotes): found {:.1}%, speaker right {:.1}% of those found, spurious {:.1}% of {} Lede quotes",
                s.documents,
                s.marked,
                100.0 * s.found as f64 / s.marked.max(1) as f64,
                100.0 * s.speaker_right as f64 / s.found.max(1) as f64,
                100.0 * s.spurious as f64 / s.lede.max(1) as f64,
                s.lede
            );
            if split != "blind" {
                for m in s.misses.iter().take(worst) {
                    println!("    {m}");
                }
            }
        }
    }
    if all || what == "dates" {
        let s = eval::dates(&data.join("tempeval3-tbaq"));
        println!(
            "TempEval-3 TimeBank+AQUAINT ({} documents, {} gold TIMEX3): relaxed F1 {:.3}, strict F1 {:.3}, value accuracy {:.3}",
            s.documents,
            s.gold,
            s.relaxed_f1(),
            s.strict_f1(),
            s.value_accuracy()
        );
        println!("  peer: chrono-node 0.75 relaxed, 0.51 strict, 0.49 value; best shared-task systems ~0.90/0.81; target 0.92/0.85/0.82");
        for m in s.misses.iter().take(worst) {
            println!("    {m}");
        }
    }
    if all || what == "summary" {
        let s = eval::summary(&data.join("bbc-news-summary/articles.jsonl"), usize::MAX);
        println!(
            "BBC News Summary ({} articles), 3 sentences: P@3 Lede {:.1} · Lead-3 {:.1}",
            s.articles,
            100.0 * s.p_at_3,
            100.0 * s.lead3_p_at_3
        );
        println!("  peers (dev set): TextRank P@3 74.0, ROUGE 60.6/54.3/56.5 · LexRank 66.8, 50.9/43.5/47.0 · Lead-3 57.3, 44.8/35.7/40.8");
        rouge(&s);
    }
}

/// ROUGE-1/2/Lsum F1 (stemmed) through the rouge-score package, when it is installed.
fn rouge(s: &eval::SummaryScore) {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/rouge.py");
    let child = std::process::Command::new("python3")
        .arg(script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        println!("  ROUGE: python3 not found");
        return;
    };
    {
        let mut stdin = child.stdin.take().unwrap();
        for (id, lede, lead, reference) in &s.outputs {
            let line =
                serde_json::json!({ "id": id, "lede": lede, "lead": lead, "reference": reference });
            let _ = writeln!(stdin, "{line}");
        }
    }
    let out = child.wait_with_output().unwrap();
    if out.status.success() {
        print!("{}", String::from_utf8_lossy(&out.stdout));
    } else {
        println!(
            "  ROUGE: {}",
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("failed")
        );
    }
}
