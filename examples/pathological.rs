//! Generate the pathological pages of the robustness benchmark and time Lede on each at 1, 4 and
//! 16 MB: `cargo run --release --example pathological` prints one JSON line per page and size
//! (ms and ms per MB). Time per MB should stay flat as the size grows (linear time).

use std::time::Instant;

fn generate(kind: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 64);
    match kind {
        "deep-nesting" => {
            s.push_str("<html><body>");
            let depth = 10_000;
            while s.len() < bytes {
                for _ in 0..depth {
                    s.push_str("<div>");
                }
                s.push_str("<p>Deep text, deep down, with some words in it.</p>");
                for _ in 0..depth {
                    s.push_str("</div>");
                }
            }
        }
        "no-punctuation" => {
            s.push_str("<html><body><p>");
            let words = [
                "the", "council", "met", "again", "today", "and", "voted", "on", "budget", "plans",
            ];
            let mut i = 0;
            while s.len() < bytes {
                s.push_str(words[i % words.len()]);
                s.push(' ');
                i += 1;
            }
            s.push_str("</p></body></html>");
        }
        "unbalanced-quotes" => {
            s.push_str("<html><body><p>");
            while s.len() < bytes {
                s.push_str("He said “yes and then \" she said ” no « maybe ");
            }
            s.push_str("</p></body></html>");
        }
        "capitalised-words" => {
            s.push_str("<html><body><p>");
            let words = [
                "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
            ];
            let mut i = 0;
            while s.len() < bytes {
                s.push_str(words[i % words.len()]);
                s.push(' ');
                if i % 50 == 49 {
                    s.push_str("said. ");
                }
                i += 1;
            }
            s.push_str("</p></body></html>");
        }
        "table-cells" => {
            s.push_str("<html><body><table>");
            let mut i = 0;
            while s.len() < bytes {
                if i % 10 == 0 {
                    s.push_str("<tr>");
                }
                s.push_str("<td>cell text, with a comma</td>");
                i += 1;
            }
            s.push_str("</table></body></html>");
        }
        "scripts-and-styles" => {
            s.push_str("<html><head>");
            while s.len() < bytes {
                s.push_str("<script>var a = '<p>not text</p>'; for (let i = 0; i < 10; i++) {}</script><style>p { color: red }</style>");
            }
            s.push_str("</head><body></body></html>");
        }
        "combining-marks" => {
            s.push_str("<html><body><p>");
            while s.len() < bytes {
                s.push('a');
                for _ in 0..30 {
                    s.push('\u{301}');
                }
                s.push_str(" word. ");
            }
            s.push_str("</p></body></html>");
        }
        "rtl-and-cjk" => {
            s.push_str("<html dir=\"rtl\" lang=\"ar\"><body>");
            while s.len() < bytes {
                s.push_str("<p>قال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في القاهرة. 東京で会議が開かれ、首相は「重要だ」と述べた。</p>");
            }
            s.push_str("</body></html>");
        }
        "dates-and-clauses" => {
            // One "sentence" with no full stop: a date every few clauses, and clauses that lean
            // on the one before ("which …"), so that the timeline finds no place to cut it.
            s.push_str("<html><body><p>");
            let mut i = 0;
            while s.len() < bytes {
                s.push_str("the council met again, which spoke ");
                if i % 50 == 0 {
                    s.push_str(&format!("on March {}, 2023, ", 1 + i % 28));
                }
                i += 1;
            }
            s.push_str("</p></body></html>");
        }
        _ => unreachable!("unknown kind"),
    }
    s
}

pub const KINDS: &[&str] = &[
    "deep-nesting",
    "no-punctuation",
    "unbalanced-quotes",
    "capitalised-words",
    "table-cells",
    "scripts-and-styles",
    "combining-marks",
    "rtl-and-cjk",
    "dates-and-clauses",
];

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1, 4, 16]
    } else {
        sizes
    };
    let options = lede::Options {
        reference_date: Some("2026-11-26".into()),
        ..Default::default()
    };
    for kind in KINDS {
        for &mb in &sizes {
            let page = generate(kind, mb << 20);
            let t0 = Instant::now();
            let result = lede::analyze(&page, &options);
            let ms = t0.elapsed().as_secs_f64() * 1000.0;
            let outcome = match result {
                Ok(a) => format!("{} sentences", a.sentences.len()),
                Err(e) => e.to_string(),
            };
            println!("{{\"kind\":\"{kind}\",\"mb\":{mb},\"ms\":{ms:.1},\"ms_per_mb\":{:.2},\"outcome\":{:?}}}", ms / mb as f64, outcome);
        }
    }
}
