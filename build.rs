//! Front-codes the two long word lists compiled into Lede (`data/common-words.txt` and
//! `data/first-names.txt`), so that the wasm carries them in less than two thirds of the
//! gzipped bytes: in a sorted list most words begin as the one before does ("abandon",
//! "abandoned", "abandoning"), and each line keeps only what is new. The lists stay readable in
//! `data/`; `lexicon::front_coded` reads the coded form back.
//!
//! The coded form: a line that starts with '#' is a part's heading ("# men"), kept whole, after
//! which the next word starts afresh; any other line is one character giving how many leading
//! characters the word shares with the word before ('0' for none, up to `MAX_SHARED`), then the
//! rest of the word. The files' opening comments (sources, licences: see NOTICE) are left out.

use std::{env, fs, path::Path};

/// The most shared characters one line can note (its digit stays below 'z').
const MAX_SHARED: usize = 40;

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in ["common-words", "first-names"] {
        let path = format!("data/{name}.txt");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        fs::write(
            Path::new(&out).join(format!("{name}.coded")),
            front_code(&text),
        )
        .expect("OUT_DIR is writable");
    }
    println!("cargo:rerun-if-changed=build.rs");
}

fn front_code(text: &str) -> String {
    let mut coded = String::with_capacity(text.len() / 2);
    let mut previous: Vec<char> = Vec::new();
    let mut opening_comment = true;
    for line in text.lines().filter(|l| !l.is_empty()) {
        if let Some(heading) = line.strip_prefix('#') {
            // The opening comment runs until the first word or part heading ("# men").
            if opening_comment && heading.trim().contains(' ') {
                continue;
            }
            coded.push_str(line);
            coded.push('\n');
            previous.clear();
            continue;
        }
        opening_comment = false;
        let word: Vec<char> = line.chars().collect();
        let shared = previous
            .iter()
            .zip(&word)
            .take_while(|(a, b)| a == b)
            .count()
            .min(MAX_SHARED);
        coded.push(char::from(b'0' + shared as u8));
        coded.extend(&word[shared..]);
        coded.push('\n');
        previous = word;
    }
    coded
}
