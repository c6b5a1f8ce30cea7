//! Property tests: any bytes, any HTML-like input and any text go through `analyze` without a
//! panic, and every analysis keeps its invariants: offsets on code-point boundaries inside
//! `text`, sentences in order and not overlapping, summary indices valid, mentions, quotes and
//! dates inside their sentence, and the same input always giving the same output.

use lede::analysis::Analysis;
use lede::{analyze, Options};
use proptest::prelude::*;

fn check_invariants(a: &Analysis) {
    let n = a.text.chars().count();
    let mut last_end = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        assert!(s.start < s.end && s.end <= n, "sentence {i} out of bounds");
        assert!(s.start >= last_end, "sentence {i} overlaps the one before");
        last_end = s.end;
        let text: String = a.text.chars().skip(s.start).take(s.end - s.start).collect();
        assert_eq!(text, s.text, "sentence {i} text and offsets disagree");
        assert!(s.paragraph < a.paragraphs.len());
    }
    for &i in &a.summary {
        assert!(i < a.sentences.len());
    }
    assert!(
        a.summary.windows(2).all(|w| w[0] < w[1]),
        "summary in article order"
    );
    let within = |start: usize, end: usize, sentence: usize| {
        let s = &a.sentences[sentence];
        start >= s.start && end <= s.end + 1 && start <= end
    };
    for actor in &a.actors {
        for m in &actor.mentions {
            assert!(m[0] < m[1] && m[1] <= n, "mention out of bounds");
        }
    }
    for d in &a.dates {
        assert!(
            d.sentence < a.sentences.len() && within(d.start, d.end, d.sentence),
            "date {:?} outside its sentence",
            d.text
        );
    }
    for q in &a.quotes {
        assert!(
            q.sentence < a.sentences.len() && q.start < q.end && q.end <= n,
            "quote out of bounds"
        );
        assert!(
            q.start >= a.sentences[q.sentence].start,
            "quote starts before its sentence"
        );
        if let Some(sp) = &q.speaker {
            assert!(
                a.actors.iter().any(|x| &x.name == sp),
                "speaker {sp} is an actor"
            );
        }
    }
}

fn run(input: &str) {
    let options = Options {
        reference_date: Some("2024-04-01".into()),
        ..Default::default()
    };
    let first = analyze(input, &options);
    let second = analyze(input, &options);
    assert_eq!(first, second, "the same input gives the same output");
    if let Ok(a) = first {
        check_invariants(&a);
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
}
