//! Any bytes into `analyze`, the way the CLI takes a file: decode (charset sniffing), then the
//! whole pipeline, as a page or with `--raw`. Fails on a panic and on any broken promise of the
//! analysis (`Analysis::check_invariants`). Run with `scripts/fuzz.sh SECONDS`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, bytes)) = data.split_first() else {
        return;
    };
    let input = lede::decode::decode(bytes);
    let options = lede::Options {
        raw: mode & 1 == 1,
        url: (mode & 2 == 2).then(|| "https://news.example.com/2024/04/01/story".to_string()),
        reference_date: Some("2024-04-01".to_string()),
        summary_sentences: (mode & 4 == 4).then_some(usize::from(mode >> 4)),
        ..Default::default()
    };
    if let Ok(analysis) = lede::analyze(&input, &options) {
        if let Err(broken) = analysis.check_invariants() {
            panic!("{broken}");
        }
    }
});
