//! Property tests: any bytes, any HTML-like input and any text go through `analyze` without a
//! panic, and every analysis keeps its invariants: offsets on code-point boundaries inside
//! `text`, sentences in order and not overlapping, summary indices valid, mentions, quotes and
//! dates inside their sentence, and the same input always giving the same output.

use lede::{analyze, Options};
use proptest::prelude::*;

fn run(input: &str) {
    let options = Options {
        reference_date: Some("2024-04-01".into()),
        ..Default::default()
    };
    let first = analyze(input, &options);
    let second = analyze(input, &options);
    assert_eq!(first, second, "the same input gives the same output");
    if let Ok(a) = first {
        if let Err(broken) = a.check_invariants() {
            panic!("{broken}");
        }
    }
}

/// HTML-like soup: tags, attributes, entities, quotes, text, in any order.
fn html_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"article-body\">".to_string()),
        Just("</div>".to_string()),
        Just("<script>var x = '</p>';</script>".to_string()),
        Just("<br>".to_string()),
        Just("<a href=x>".to_string()),
        Just("</a>".to_string()),
        Just("&amp;&#8220;&bogus;&#x".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("Mr. Smith said ".to_string()),
        Just("on March 25, 2024. ".to_string()),
        Just("<!-- c".to_string()),
        Just("<table><tr><td>".to_string()),
        "[a-zA-Z ,.!?]{0,40}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// News-like text: sentences with names, quotes, dates and stray marks.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("The White House said ".to_string()),
        Just("“We will act,” Ms. Jean-Pierre said. ".to_string()),
        Just("Sen. Rick Scott (R-Fla.) ".to_string()),
        Just("next week ".to_string()),
        Just("U.S. ".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just("... ".to_string()),
        Just("1.) ".to_string()),
        Just("he said. ".to_string()),
        Just("“".to_string()),
        "[A-Z][a-z]{1,8} ",
        "[a-z]{1,8}[.,!?]? ",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        run(&lede::decode::decode(&bytes));
    }

    #[test]
    fn html_like_input_keeps_the_invariants(html in html_soup()) {
        run(&html);
    }

    #[test]
    fn news_like_text_keeps_the_invariants(text in newsy_text()) {
        run(&text);
    }
}

#[test]
fn the_seed_keeps_the_invariants() {
    run(include_str!("fixtures/seed.txt"));
    run(include_str!("fixtures/seed.html"));
}

/// Inputs that once panicked, found by the properties above; each stays a test.
#[test]
fn regressions_found_by_the_properties() {
    // A one-letter "initial" that is two bytes long, before a period and a quote mark.
    run("ϒ.\"ϒ“We will act,” Ms. Jean-Pierre said. The White House said ");
    // A name opening a clause after a quote, its speech verb the text's last word.
    run("“... The White House said Sen. Rick Scott (R-Fla.) \n🃁\"𝔍The White House said ");
}

/// Inputs that the fuzz target (scripts/fuzz.sh) or these properties once broke, one file each
/// in tests/fuzz-regressions/. scripts/test.sh also runs this test in the debug profile, where
/// an integer overflow panics as it does under the fuzzer.
#[test]
fn fuzz_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/fuzz-regressions") {
        let path = entry.expect("an entry").path();
        run(&lede::decode::decode(
            &std::fs::read(&path).expect("a readable file"),
        ));
        count += 1;
    }
    assert!(count > 0, "no regression inputs in {}", dir.display());
}
