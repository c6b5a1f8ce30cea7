//! The seed article, through the library and through the `lede` binary, as pasted text and as
//! a news page: what the end-to-end issue lists must come out right.

use lede::analysis::{ActorKind, Analysis};
use lede::{analyze, Options};
use std::process::Command;

const SEED_TEXT: &str = include_str!("fixtures/seed.txt");
const SEED_PAGE: &str = include_str!("fixtures/seed.html");
const LEAD: &str = "U.S. and Israeli officials met virtually on April 1 to discuss Israel’s likely invasion of the Gazan city of Rafah, said White House press secretary Karine Jean-Pierre.";

fn seed_analyses() -> Vec<(&'static str, Analysis)> {
    let options = Options {
        reference_date: Some("2026-11-26".into()),
        ..Default::default()
    };
    vec![
        (
            "text",
            analyze(SEED_TEXT, &options).expect("the seed text is an article"),
        ),
        (
            "page",
            analyze(SEED_PAGE, &options).expect("the seed page is an article"),
        ),
    ]
}

fn actor<'a>(a: &'a Analysis, name: &str) -> &'a lede::analysis::Actor {
    let found: Vec<_> = a.actors.iter().filter(|x| x.name == name).collect();
    assert_eq!(
        found.len(),
        1,
        "{name} should be one actor; actors: {:?}",
        a.actors.iter().map(|x| &x.name).collect::<Vec<_>>()
    );
    found[0]
}

#[test]
fn metadata_and_body_leave_the_chrome_out() {
    for (how, a) in seed_analyses() {
        assert_eq!(a.title.as_deref(), Some("Biden Admin Officials Meet With Israeli Officials Virtually Ahead of Likely Rafah Invasion"), "{how}");
        assert_eq!(
            a.byline,
            vec!["Jackson Richman", "Andrew Thornebrooke"],
            "{how}"
        );
        assert_eq!(a.published.as_deref(), Some("2024-04-01"), "{how}");
        assert_eq!(a.excerpt.as_deref(), Some("U.S. and Israeli officials met virtually on April 1 to discuss Israel’s likely invasion of the Gazan city of Rafah."), "{how}");
        assert!(
            a.text.starts_with(LEAD),
            "{how}: the body starts with the lead, not the standfirst"
        );
        for chrome in [
            "Getty Images",
            "Updated:",
            "0:00",
            "is a Washington correspondent",
            "twitter",
            "Mediaite",
        ] {
            assert!(
                !a.text.contains(chrome),
                "{how}: body keeps chrome {chrome:?}"
            );
        }
        assert!(
            !a.text.contains("Biden Admin Officials Meet"),
            "{how}: the title is not repeated in the body"
        );
        assert!(
            a.text
                .ends_with("The Associated Press contributed to this report."),
            "{how}"
        );
    }
}

#[test]
fn summary_starts_with_the_lead() {
    for (how, a) in seed_analyses() {
        assert_eq!(a.summary.len(), 3, "{how}");
        assert_eq!(a.sentences[a.summary[0]].text, LEAD, "{how}");
        assert_eq!(
            a.in_short.map(|i| a.sentences[i].text.as_str()),
            Some(LEAD),
            "{how}"
        );
    }
}

/// The gist a person would write: the meeting and its purpose, the U.N. abstention it follows,
/// and (at five sentences) the disagreement over Rafah, with no sentence that leans on a
/// left-out one ("the resolution" comes with the sentence that introduced the resolution).
#[test]
fn summary_reads_as_the_gist() {
    for (how, a) in seed_analyses() {
        let cut = |n: usize| -> Vec<&str> {
            let mut picked: Vec<usize> = (0..a.sentences.len())
                .filter(|&i| a.sentences[i].rank <= n)
                .collect();
            picked.sort_unstable();
            picked
                .iter()
                .map(|&i| a.sentences[i].text.as_str())
                .collect()
        };
        let short = cut(3);
        assert!(
            short
                .iter()
                .any(|s| s.contains("abstained from a U.N. Security Council resolution")),
            "{how}: {short:#?}"
        );
        let medium = cut(5);
        assert!(
            medium
                .iter()
                .any(|s| s.contains("opposing views on a potential Israeli invasion of Rafah")),
            "{how}: {medium:#?}"
        );
        for n in 1..=a.sentences.len() {
            let summary = cut(n);
            let refers = summary
                .iter()
                .any(|s| s.contains("in response to the resolution"));
            let introduces = summary
                .iter()
                .any(|s| s.contains("a U.N. Security Council resolution"));
            assert!(!refers || introduces, "{how}, {n} sentences: {summary:#?}");
        }
    }
}

#[test]
fn people_each_once_with_roles_and_honorifics_merged() {
    let expected = [
        (
            "Karine Jean-Pierre",
            "White House press secretary",
            Some("Ms. Jean-Pierre"),
        ),
        (
            "Jake Sullivan",
            "national security adviser",
            Some("Mr. Sullivan"),
        ),
        ("Tzachi Hanegbi", "national security adviser", None),
        ("Ron Dermer", "minister for strategic affairs", None),
        (
            "Benjamin Netanyahu",
            "Israeli prime minister",
            Some("Mr. Netanyahu"),
        ),
        (
            "Yoav Gallant",
            "Israeli defense minister",
            Some("Mr. Gallant"),
        ),
        ("Antony Blinken", "Secretary of State", None),
        ("Lloyd Austin", "Defense Secretary", None),
        ("Rick Scott", "Sen., R-Fla.", None),
        (
            "John Kirby",
            "White House National Security Council spokesperson",
            Some("Mr. Kirby"),
        ),
    ];
    for (how, a) in seed_analyses() {
        for (name, role, alias) in expected {
            let p = actor(&a, name);
            assert_eq!(p.kind, ActorKind::Person, "{how}: {name}");
            assert_eq!(p.role.as_deref(), Some(role), "{how}: {name}");
            if let Some(alias) = alias {
                assert!(
                    p.aliases.iter().any(|x| x == alias),
                    "{how}: {name} lacks alias {alias}: {:?}",
                    p.aliases
                );
                assert!(
                    !a.actors.iter().any(|x| x.name == alias),
                    "{how}: {alias} is a separate actor"
                );
            }
        }
        for author in ["Jackson Richman", "Andrew Thornebrooke"] {
            assert!(
                !a.actors.iter().any(|x| x.name == author),
                "{how}: the author {author} is not an actor"
            );
        }
        for word in [
            "However", "Although", "Speaking", "Most", "When", "The", "April", "Oct",
        ] {
            assert!(
                !a.actors.iter().any(|x| x.name == word),
                "{how}: {word} is not an actor"
            );
        }
    }
}

#[test]
fn organizations_and_places() {
    for (how, a) in seed_analyses() {
        for name in [
            "Hamas",
            "White House",
            "U.N. Security Council",
            "Strategic Consultative Group",
            "The Associated Press",
        ] {
            assert_eq!(
                actor(&a, name).kind,
                ActorKind::Organization,
                "{how}: {name}"
            );
        }
        assert!(
            actor(&a, "Strategic Consultative Group")
                .aliases
                .contains(&"SCG".to_string()),
            "{how}"
        );
        assert!(
            !a.actors.iter().any(|x| x.name == "SCG"),
            "{how}: SCG is an alias, not an actor"
        );
        assert!(
            a.actors.iter().any(|x| x.kind == ActorKind::Organization
                && (x.name == "UNRWA" || x.aliases.iter().any(|y| y == "UNRWA"))),
            "{how}: UNRWA (named in the photo caption)"
        );
        for name in ["Rafah", "Gaza", "Israel", "Washington", "Egypt"] {
            assert_eq!(actor(&a, name).kind, ActorKind::Place, "{how}: {name}");
        }
    }
}

#[test]
fn quotes_have_the_right_speakers() {
    let expected = [
        (
            "We want to make sure, if there is going to be a military operation",
            "Karine Jean-Pierre",
        ),
        (
            "We have to understand how they’re going to move forward.",
            "Karine Jean-Pierre",
        ),
        (
            "The two sides over the course of two hours had a constructive engagement on Rafah.",
            "White House",
        ),
        (
            "The U.S. side expressed its concerns with various courses of action in Rafah",
            "White House",
        ),
        (
            "The Israeli side agreed to take these concerns into account",
            "White House",
        ),
        (
            "was a message first and foremost to Hamas",
            "Benjamin Netanyahu",
        ),
        ("very, very bad", "Benjamin Netanyahu"),
        ("encouraged Hamas to take a hard line", "Benjamin Netanyahu"),
        ("It’s disappointing", "John Kirby"),
        (
            "We’re very disappointed that they won’t be coming to Washington D.C.",
            "John Kirby",
        ),
        ("There’s no change in our policy here", "John Kirby"),
        (
            "We continue to support Israel as they go after Hamas",
            "John Kirby",
        ),
    ];
    for (how, a) in seed_analyses() {
        for (start, speaker) in expected {
            let q = a
                .quotes
                .iter()
                .find(|q| q.text.starts_with(start))
                .unwrap_or_else(|| panic!("{how}: no quote {start:?}"));
            assert_eq!(q.speaker.as_deref(), Some(speaker), "{how}: {start:?}");
            assert!(q.direct);
        }
        assert_eq!(
            a.quotes.len(),
            expected.len(),
            "{how}: no scare quotes or fragments: {:?}",
            a.quotes.iter().map(|q| &q.text).collect::<Vec<_>>()
        );
    }
}

#[test]
fn dates_resolve_against_the_article_date() {
    let expected = [
        ("April 1", "2024-04-01"),
        ("Oct. 7, 2023", "2023-10-07"),
        ("March 25", "2024-03-25"),
        ("next week", "2024-W15"),
        ("two hours", "PT2H"),
    ];
    for (how, a) in seed_analyses() {
        assert_eq!(a.reference_date, "2024-04-01", "{how}");
        for (text, value) in expected {
            let d = a
                .dates
                .iter()
                .find(|d| d.text == text)
                .unwrap_or_else(|| panic!("{how}: no date {text:?}"));
            assert_eq!(d.value, value, "{how}: {text}");
            let chars: Vec<char> = a.text.chars().collect();
            assert_eq!(
                chars[d.start..d.end].iter().collect::<String>(),
                text,
                "{how}: offsets of {text}"
            );
        }
        let values: Vec<&str> = a.timeline.iter().map(|e| e.value.as_str()).collect();
        let mut sorted = values.clone();
        sorted.sort();
        assert_eq!(values, sorted, "{how}: the timeline is in order");
    }
}

#[test]
fn the_cli_prints_the_same_analysis_in_every_format() {
    let bin = env!("CARGO_BIN_EXE_lede");
    let out = Command::new(bin)
        .args([
            "tests/fixtures/seed.txt",
            "--format",
            "json",
            "--date",
            "2026-11-26",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let from_cli: Analysis = serde_json::from_slice(&out.stdout).unwrap();
    let options = Options {
        reference_date: Some("2026-11-26".into()),
        ..Default::default()
    };
    assert_eq!(from_cli, analyze(SEED_TEXT, &options).unwrap());

    let text = Command::new(bin)
        .arg("tests/fixtures/seed.txt")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    for part in [
        "Summary",
        "Who said what",
        "John Kirby (White House National Security Council spokesperson)",
        "People",
        "Places",
        "Dates",
        LEAD,
    ] {
        assert!(text.contains(part), "text output lacks {part:?}");
    }
    let md = Command::new(bin)
        .args([
            "tests/fixtures/seed.html",
            "--format",
            "markdown",
            "--url",
            "https://www.theepochtimes.com/us/seed",
        ])
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("## [Biden Admin Officials Meet With Israeli Officials Virtually Ahead of Likely Rafah Invasion](https://www.theepochtimes.com/us/seed)"), "{md}");
    assert!(
        md.contains("- **John Kirby:** “It’s disappointing”"),
        "{md}"
    );

    let jsonl = Command::new(bin)
        .args([
            "tests/fixtures/seed.txt",
            "tests/fixtures/seed.html",
            "--format",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(jsonl.stdout).unwrap().lines().count(), 2);
}
