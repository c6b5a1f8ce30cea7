//! Floors under Lede's scores on the shared evaluation data, so that a change cannot silently
//! make extraction, sentence splitting or summaries worse. The evaluation command
//! (`cargo run --release --example eval`) prints the same figures beside the peers'.

mod common;

use common::eval;

#[test]
fn extraction_benchmark_f1_and_exact_pages_stay_above_the_floor() {
    let s = eval::extraction(&eval::data_dir().join("extraction-benchmark"));
    assert_eq!(s.pages, 102);
    assert!(s.f1 >= 0.975, "extraction F1 fell to {:.3}", s.f1);
    assert!(
        s.exact >= 0.35,
        "exact pages fell to {:.1}%",
        100.0 * s.exact
    );
}

#[test]
fn readability_pages_metadata_and_body_stay_above_the_floor() {
    let s = eval::readability(&eval::data_dir().join("readability-pages"));
    let title = (s.title_ok + s.title_ok_but_suffix) as f64 / s.title_pages as f64;
    let byline = s.byline_ok as f64 / s.byline_pages as f64;
    assert!(title >= 0.95, "title match fell to {:.1}%", 100.0 * title);
    // 69 of 76 (session 10). The seven left are the expected file's own errors, where
    // Readability took a teaser's or a date's line: liberation-1's article is AFP's, not the
    // sidebar's "Par Sébastien Farcis" (Lede matched it only while it also listed every
    // teaser's writer); herald-sun-1's is Laurie Oakes's. Session 11: 68 of 76, as nytimes-5,
    // the New York Times en Español's front page, is declined as a list of other articles
    // (its expected byline, "Tariq Panja", is the first teaser's writer).
    assert!(
        byline >= 0.89,
        "byline match fell to {:.1}%",
        100.0 * byline
    );
    assert!(s.body_f1 >= 0.925, "body token F1 fell to {:.3}", s.body_f1);
    // Language, direction, site name, date and excerpt (session 9: 100%, 100%, 96.8%, 100%,
    // 90.6%; the excerpts left are Readability's first lines such as "Contents"). A declined
    // page gives no field: since session 11 that is nytimes-5, a front page (lang 72 of 73).
    for (field, pages, ok) in &s.fields {
        let floor = match *field {
            "site" => 0.95,
            "lang" => 0.98,
            "excerpt" => 0.88,
            _ => 0.99,
        };
        let share = *ok as f64 / *pages as f64;
        assert!(
            share >= floor,
            "{field} match fell to {:.1}%",
            100.0 * share
        );
    }
    let article_sized = s.article_sized_body_f1;
    assert!(
        article_sized >= 0.963,
        "body token F1 on article-sized pages fell to {article_sized:.3}"
    );
}

#[test]
fn every_golden_rule_of_sentence_boundaries_passes() {
    let (pass, total, fails) = eval::golden(&eval::data_dir().join("golden-rules"));
    assert_eq!(total, 48);
    assert_eq!(pass, total, "failing rules:\n{}", fails.join("\n"));
}

#[test]
fn bbc_summaries_beat_textrank_on_precision_at_3() {
    let s = eval::summary(
        &eval::data_dir().join("bbc-news-summary/articles.jsonl"),
        usize::MAX,
    );
    assert_eq!(s.articles, 1084);
    // TextRank (sumy) scores 74.0 on this set; the issue asks for 3 points more.
    assert!(s.p_at_3 >= 0.80, "P@3 fell to {:.1}", 100.0 * s.p_at_3);
    assert!(s.p_at_3 > s.lead3_p_at_3 + 0.2);
}

#[test]
fn polnear_quotes_are_found_and_rarely_spurious() {
    let s = eval::quotes(&eval::data_dir().join("polnear/dev"));
    let found = s.found as f64 / s.gold as f64;
    let spurious = s.spurious as f64 / s.lede_quotes as f64;
    let speaker = s.speaker_right as f64 / s.checkable as f64;
    // 98.0% since session 10 (99.1% before): the gold quotes Lede no longer gives are titles
    // of works in quotation marks ("The Wall Street Journal", "Women in Power"), which PolNeAR
    // marks as attributed content; the target is 97%.
    assert!(found >= 0.975, "found fell to {:.1}%", 100.0 * found);
    assert!(
        spurious <= 0.05,
        "spurious rose to {:.1}%",
        100.0 * spurious
    );
    // The literal last capitalised word of the source: an appositive's word counts against
    // ("Scott Pruitt, the attorney general of Oklahoma" wants "Oklahoma"). The floor keeps
    // what is there.
    assert!(
        speaker >= 0.70,
        "speaker right fell to {:.1}%",
        100.0 * speaker
    );
    // The target (92%), by the source's head name.
    let speaker_head = s.speaker_right_head as f64 / s.checkable as f64;
    assert!(
        speaker_head >= 0.92,
        "speaker right by head name fell to {:.1}%",
        100.0 * speaker_head
    );
    let named_head = s.named_head_right as f64 / s.named_head as f64;
    assert!(
        named_head >= 0.955,
        "speaker right where the source is a name fell to {:.1}%",
        100.0 * named_head
    );
    let named = s.named_sources_found as f64 / s.named_sources as f64;
    assert!(
        named >= 0.87,
        "named sources found as actors fell to {:.1}%",
        100.0 * named
    );
    // Unnamed sources ("the letter", "my father") Lede names no one for: described in the
    // article's own words (10 of 14 when this was added).
    let described = s.described_right as f64 / s.described.max(1) as f64;
    assert!(
        s.described >= 10 && described >= 0.65,
        "unnamed sources described fell to {:.1}% of {}",
        100.0 * described,
        s.described
    );
}

#[test]
/// The floor sits above the targets (0.92 relaxed, 0.85 strict, 0.82 value).
fn tempeval_time_expressions_stay_above_the_floor() {
    let s = eval::dates(&eval::data_dir().join("tempeval3-tbaq"));
    assert!(
        s.relaxed_f1() >= 0.93,
        "relaxed F1 fell to {:.3}",
        s.relaxed_f1()
    );
    assert!(
        s.strict_f1() >= 0.855,
        "strict F1 fell to {:.3}",
        s.strict_f1()
    );
    assert!(
        s.value_accuracy() >= 0.825,
        "value accuracy fell to {:.3}",
        s.value_accuracy()
    );
}

#[test]
fn hand_marked_actors_stay_above_the_floor() {
    let gold =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/actors/gold.json");
    for (split, people_floor, all_floor) in [
        ("dev", 0.90, 0.82),
        ("check", 0.90, 0.78),
        ("check2", 0.85, 0.78),
        ("check3", 0.75, 0.75),
        ("check4", 0.85, 0.85),
        ("check5", 0.90, 0.85),
        ("check6", 0.85, 0.72),
        ("check7", 0.90, 0.80),
        ("check8", 0.90, 0.85),
        ("check9", 0.90, 0.85),
    ] {
        let s = eval::actors(&gold, &eval::data_dir(), split);
        assert!(s.documents >= 3, "{split}: {} documents", s.documents);
        let (people, all) = (s.strict[0].f1(), s.strict[3].f1());
        assert!(
            people >= people_floor,
            "{split}: people F1 fell to {people:.2}"
        );
        assert!(
            all >= all_floor,
            "{split}: F1 over all three kinds fell to {all:.2}"
        );
    }
}

#[test]
fn hand_marked_bbc_quotes_stay_above_the_floor() {
    let gold =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quotes/gold.json");
    // (split, found, speaker right of those found): at session 22's end every split scored
    // 100%; a floor a little under leaves room for a rule that trades one quote for others.
    for (split, found, speaker) in [
        ("check", 0.95, 0.94),
        ("check2", 0.95, 0.94),
        ("check3", 0.95, 0.94),
    ] {
        let s = eval::hand_quotes(&gold, &eval::data_dir(), split);
        assert!(s.documents >= 5, "{split}: {} documents", s.documents);
        let f = s.found as f64 / s.marked as f64;
        let r = s.speaker_right as f64 / s.found.max(1) as f64;
        let spurious = s.spurious as f64 / s.lede.max(1) as f64;
        assert!(
            f >= found,
            "{split}: quotes found fell to {:.1}%: {:?}",
            100.0 * f,
            s.misses
        );
        assert!(
            r >= speaker,
            "{split}: speakers right fell to {:.1}%: {:?}",
            100.0 * r,
            s.misses
        );
        assert!(
            spurious <= 0.05,
            "{split}: spurious rose to {:.1}%: {:?}",
            100.0 * spurious,
            s.misses
        );
    }
}
