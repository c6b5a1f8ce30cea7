//! Assemble: the stages' results in, one `Analysis` out.
//!
//! The stages speak in byte offsets; the analysis speaks in code-point offsets (what a browser's
//! `Array.from(text)` and Python's `str` index), converted here once through a byte-to-char map.
//! Actor salience is settled here too, because it needs the quotes: mentions, first position and
//! the quotes an actor speaks.

use crate::actors::Actors;
use crate::analysis::{Actor, Analysis, DateMention, Paragraph, Quote, Sentence, TimelineEvent};
use crate::calendar::Date;
use crate::dates::DateInfo;
use crate::extract::Article;
use crate::quotes::QuoteInfo;
use crate::segment::Doc;
use crate::summary::Ranking;
use std::collections::HashSet;

/// Words per minute for the reading time.
const READING_WPM: usize = 230;

/// Byte offset → code-point offset, for offsets that lie on char boundaries.
struct CharIndex {
    /// For each char, its byte offset; ASCII text needs no table.
    ascii: bool,
    starts: Vec<usize>,
}

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        let ascii = text.is_ascii();
        CharIndex {
            ascii,
            starts: if ascii {
                Vec::new()
            } else {
                text.char_indices().map(|(i, _)| i).collect()
            },
        }
    }

    fn at(&self, byte: usize) -> usize {
        if self.ascii {
            byte
        } else {
            self.starts.partition_point(|&b| b < byte)
        }
    }
}

/// `in_short` is chosen among this many of the best sentences.
const IN_SHORT_AMONG: usize = 3;

#[allow(clippy::too_many_arguments)]
pub fn assemble(
    article: Article,
    reference: Date,
    doc: Doc,
    actors: Actors,
    quotes: Vec<QuoteInfo>,
    dates: Vec<DateInfo>,
    ranking: Ranking,
    summary_n: usize,
) -> Analysis {
    let ci = CharIndex::new(&doc.text);
    let sentences: Vec<Sentence> = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| Sentence {
            text: doc.text[s.start..s.end].to_string(),
            start: ci.at(s.start),
            end: ci.at(s.end),
            paragraph: s.paragraph,
            score: ranking.scores[i],
            rank: ranking.ranks[i],
            dateline: if doc.paragraphs[s.paragraph].start == s.start {
                dateline_chars(&doc.text[s.start..s.end])
            } else {
                0
            },
        })
        .collect();
    let paragraphs = doc
        .paragraphs
        .iter()
        .map(|p| Paragraph {
            start: ci.at(p.start),
            end: ci.at(p.end),
            kind: p.kind.name().to_string(),
        })
        .collect();
    // Quotes per actor, for salience and for the panel.
    let mut quote_counts = vec![0usize; actors.list.len()];
    for q in &quotes {
        if let Some(a) = q.speaker {
            quote_counts[a] += 1;
        }
    }
    let text_len = doc.text.len().max(1) as f64;
    let salience: Vec<f64> = actors
        .list
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let first = a
                .mentions
                .first()
                .map(|m| m.0 as f64 / text_len)
                .unwrap_or(1.0);
            a.mentions.len() as f64 + 2.0 * quote_counts[i] as f64 + 1.5 * (1.0 - first)
        })
        .collect();
    let mut order: Vec<usize> = (0..actors.list.len()).collect();
    order.sort_by(|&a, &b| {
        salience[b]
            .partial_cmp(&salience[a])
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.cmp(&b))
    });
    let mut salience_rank = vec![0; actors.list.len()];
    for (r, &i) in order.iter().enumerate() {
        salience_rank[i] = r + 1;
    }
    let actor_list: Vec<Actor> = order
        .iter()
        .map(|&i| {
            let a = &actors.list[i];
            Actor {
                name: a.name.clone(),
                kind: a.kind,
                role: a.role.clone(),
                aliases: a.aliases.clone(),
                mentions: a
                    .mentions
                    .iter()
                    .map(|&(s, e)| [ci.at(s), ci.at(e)])
                    .collect(),
                salience: salience_rank[i],
                quotes: quote_counts[i],
            }
        })
        .collect();
    let quote_list: Vec<Quote> = quotes
        .iter()
        .map(|q| Quote {
            text: doc.text[q.start..q.end].to_string(),
            start: ci.at(q.start),
            end: ci.at(q.end),
            speaker: q.speaker.map(|a| actors.list[a].name.clone()),
            source: q.source.map(|(a, b)| {
                let opens_sentence =
                    doc.tokens[doc.sentences[doc.sentence_at(a)].first_token].start == a;
                unnamed_source(&doc.text[a..b], opens_sentence)
            }),
            direct: q.direct,
            sentence: q.sentence,
        })
        .collect();
    let date_list: Vec<DateMention> = dates
        .iter()
        .map(|d| DateMention {
            text: doc.text[d.start..d.end].to_string(),
            start: ci.at(d.start),
            end: ci.at(d.end),
            value: d.value.clone(),
            kind: d.kind.to_string(),
            sentence: d.sentence,
            points_to: d.points_to.clone(),
        })
        .collect();
    let timeline = timeline_of(&doc, &dates, &date_list, &quotes);
    let words = doc
        .tokens
        .iter()
        .filter(|t| t.kind != crate::segment::TokenKind::Punct)
        .count();
    let mut analysis = Analysis {
        title: article.title,
        byline: article.byline,
        published: article.published,
        reference_date: reference.to_string(),
        site: article.site,
        url: article.url,
        lang: article.lang,
        dir: article.dir.unwrap_or_else(|| "ltr".into()),
        excerpt: article.excerpt,
        text: doc.text,
        paragraphs,
        sentences,
        summary: Vec::new(),
        in_short: None,
        actors: actor_list,
        quotes: quote_list,
        dates: date_list,
        timeline,
        words,
        reading_minutes: words.div_ceil(READING_WPM).max(1),
        truncated: false,
    };
    // Without a description from the page, the excerpt is the article's first sentence: the
    // first of a paragraph that reads as one (four words or more, closed by a full stop, a
    // question or exclamation mark, or a quote after one), so that a line such as "Written by
    // Rob Ewaschuk Edited by Betsy Beyer" or "From Wikipedia, the free encyclopedia" is passed.
    if analysis
        .excerpt
        .as_deref()
        .is_none_or(|e| e.trim().is_empty())
    {
        let in_paragraph = |s: &&Sentence| analysis.paragraphs[s.paragraph].kind == "paragraph";
        let reads_as_sentence = |s: &&Sentence| {
            s.text.split_whitespace().count() >= 4
                && s.text
                    .trim_end_matches(['"', '”', '’', '\'', ')'])
                    .ends_with(['.', '!', '?', '…'])
        };
        let mut in_paragraphs = analysis.sentences.iter().filter(in_paragraph);
        analysis.excerpt = in_paragraphs
            .clone()
            .find(reads_as_sentence)
            .or_else(|| in_paragraphs.next())
            .map(|s| s.text.clone());
    }
    analysis.summary = analysis.summary_of(summary_n);
    // The one-line gist: of the three best sentences, the one that comes first. News puts its
    // gist early; the best-scored sentence alone is sometimes a detail from further down.
    analysis.in_short = analysis.summary_of(IN_SHORT_AMONG).first().copied();
    analysis
}

/// The timeline: dates, and spans counted from a date ("two days later") at the day they reach,
/// each sentence once at its most precise date.
#[inline(never)]
fn timeline_of(
    doc: &Doc,
    dates: &[DateInfo],
    date_list: &[DateMention],
    quotes: &[QuoteInfo],
) -> Vec<TimelineEvent> {
    // Whether a date lies in a quote: quotes are in text order and do not overlap.
    let quoted = |info: &DateInfo| {
        let k = quotes.partition_point(|q| q.end < info.end);
        quotes
            .get(k)
            .is_some_and(|q| q.start <= info.start && info.end <= q.end)
    };
    // "today", "next week", "this year": counted from when it was said, which a quote does not
    // tell ("we needed to win this game today," said on Monday night, reported on Tuesday).
    let deictic = |text: &str| {
        !text.contains(|c: char| c.is_ascii_digit())
            && !text.split_whitespace().any(|w| {
                let w = w.to_lowercase();
                crate::lexicon::month(&w).is_some()
                    || crate::lexicon::weekday(&w).is_some()
                    // "our third quarter results": a quarter named, not counted.
                    || matches!(w.as_str(), "first" | "second" | "third" | "fourth")
            })
    };
    // The timeline: dates, and spans counted from a date ("two days later") at the day they
    // reach.
    // ("Later that evening" before any day is named is off it: its day is only a guess.)
    let timeline: Vec<(usize, TimelineEvent)> = date_list
        .iter()
        .zip(dates.iter())
        .enumerate()
        .filter_map(|(i, (d, info))| {
            if info.guessed || (d.points_to.is_none() && deictic(&d.text) && quoted(info)) {
                return None;
            }
            let value = match &d.points_to {
                Some(day) => day,
                None if d.kind == "date" => &d.value,
                None => return None,
            };
            value
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_digit)
                .then(|| {
                    (
                        i,
                        TimelineEvent {
                            value: value.clone(),
                            until: None,
                            text: d.text.clone(),
                            sentence: d.sentence,
                        },
                    )
                })
        })
        .collect();
    // A span ("from 2010 to 2015", "between March and June") is one event, from its first
    // date until its last, not the same sentence twice.
    let mut spans: Vec<TimelineEvent> = Vec::with_capacity(timeline.len());
    let mut last_index = None;
    for (i, event) in timeline {
        let joined = last_index.filter(|&j: &usize| {
            j + 1 == i
                && date_list[j].points_to.is_none()
                && date_list[i].points_to.is_none()
                && crate::dates::is_range(doc, &dates[j], &dates[i])
        });
        match (joined, spans.last_mut()) {
            (Some(j), Some(first)) if first.until.is_none() && first.value < event.value => {
                first.until = Some(event.value);
                first.text = doc.text[dates[j].start..dates[i].end].to_string();
            }
            _ => spans.push(event),
        }
        last_index = Some(i);
    }
    let mut timeline = spans;
    // A sentence stands once, at its most precise date: "until this year … on Monday" at the
    // Monday, not again at the year that holds it; and the same words at the same date once
    // (a pull quote that repeats a paragraph). Keyed by the sentence's words.
    timeline.sort_by(|a, b| a.value.cmp(&b.value).then(a.sentence.cmp(&b.sentence)));
    let mut refined: HashSet<(&str, &str)> = HashSet::new();
    for e in &timeline {
        let text = doc.sentence_text(e.sentence);
        for (at, _) in e.value.match_indices('-') {
            refined.insert((&e.value[..at], text));
        }
    }
    let mut seen: HashSet<(&str, &str)> = HashSet::new();
    let keep: Vec<bool> = timeline
        .iter()
        .map(|e| {
            let key = (e.value.as_str(), doc.sentence_text(e.sentence));
            !refined.contains(&key) && seen.insert(key)
        })
        .collect();
    let mut keep = keep.into_iter();
    timeline.retain(|_| keep.next().unwrap_or(false));
    // An embedded post's signature ("— The Nigerian Senate (@NGRSenate) October 9, 2018") dates
    // the post, and says nothing of what happened; nor does a copyright line.
    timeline.retain(|e| {
        let text = doc.sentence_text(e.sentence).trim_start();
        !(text.starts_with(['—', '–', '-']) && text.contains("(@"))
            && !text.starts_with(['©', '℗'])
            && !text
                .get(..9)
                .is_some_and(|w| w.eq_ignore_ascii_case("copyright"))
    });
    timeline
}

/// The length in characters of a dateline that opens a paragraph: "WASHINGTON (AP) — ",
/// "HONOLULU, Hawaii (HawaiiNewsNow) - ", "LONDON, Nov 19 (Reuters) - ", "(CNN) — ". The
/// town is in capitals (or the agency alone in parentheses), and a dash closes it within a
/// few words.
#[inline(never)]
fn dateline_chars(sentence: &str) -> usize {
    let head = match sentence.char_indices().nth(90) {
        Some((at, _)) => &sentence[..at],
        None => sentence,
    };
    let Some((dash_at, dash)) = [" — ", " – ", " - ", "—", "–"]
        .iter()
        .filter_map(|d| head.find(d).map(|at| (at, *d)))
        .min_by_key(|&(at, _)| at)
    else {
        return 0;
    };
    let prefix = &head[..dash_at];
    let words: Vec<&str> = prefix.split_whitespace().collect();
    let first = words.first().copied().unwrap_or("");
    let town_in_capitals = {
        let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    let agency_alone =
        first.starts_with('(') && prefix.trim_end().ends_with(')') && words.len() <= 2;
    if words.is_empty() || words.len() > 8 || !(town_in_capitals || agency_alone) {
        return 0;
    }
    // Only names, dates and the agency: no ordinary lowercase word outside parentheses.
    let mut depth = 0i32;
    for w in &words {
        let outside = depth == 0 && !w.starts_with('(');
        depth += w.matches('(').count() as i32 - w.matches(')').count() as i32;
        if outside && w.starts_with(char::is_lowercase) {
            return 0;
        }
    }
    let rest = &sentence[dash_at + dash.len()..];
    let skipped = rest.len() - rest.trim_start().len();
    // Something must follow.
    if rest.trim().is_empty() {
        return 0;
    }
    sentence[..dash_at + dash.len() + skipped].chars().count()
}

/// An unnamed speaker's description as a label, its words on one line, its first word in
/// lower case where only the sentence's start had capitalised it ("The victim's mother" → "the
/// victim's mother", "Federal prosecutors" → "federal prosecutors"; not "Fort Worth police").
fn unnamed_source(words: &str, opens_sentence: bool) -> String {
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut parts = words.splitn(3, ' ');
    let (first, second) = (parts.next().unwrap_or(""), parts.next());
    let lower = first.to_lowercase();
    let common = crate::lexicon::is_function_word(&lower) || crate::lexicon::is_common_word(&lower);
    let name_follows = second.is_some_and(|w| w.starts_with(char::is_uppercase));
    let determiner = matches!(
        first,
        "The"
            | "A"
            | "An"
            | "One"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "Our"
            | "My"
            | "Some"
            | "Several"
            | "Many"
            | "Another"
    );
    if opens_sentence
        && (determiner || common && !name_follows)
        && first.chars().skip(1).all(char::is_lowercase)
    {
        format!("{lower}{}", &words[first.len()..])
    } else {
        words
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_dateline_is_told_from_the_sentence() {
        let chars = |s: &str| super::dateline_chars(s);
        let cut = |s: &str| s.chars().skip(chars(s)).collect::<String>();
        assert_eq!(
            cut("HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists have confirmed it."),
            "NASA scientists have confirmed it."
        );
        assert_eq!(
            cut("WASHINGTON (AP) — The Senate voted."),
            "The Senate voted."
        );
        assert_eq!(
            cut("LONDON, Nov 19 (Reuters) - Shares fell."),
            "Shares fell."
        );
        assert_eq!(cut("(CNN) — The storm hit."), "The storm hit.");
        assert_eq!(chars("NASA scientists – and others – agree."), 0);
        assert_eq!(chars("The vote — a close one — passed."), 0);
        assert_eq!(chars("US-China talks resumed on Monday."), 0);
    }

    #[test]
    fn a_post_s_signature_and_a_repeated_line_stand_once_or_not_at_all() {
        let text = "The Senate adjourned on Tuesday.\n\nSenate resolves to observe a minute of silence.\n\n\
            — The Nigerian Senate (@NGRSenate) October 9, 2018\n\nThe Senate adjourned on Tuesday.\n\n\
            Copyright 2018 The Paradigm.";
        let options = crate::Options {
            reference_date: Some("2018-10-09".into()),
            raw: true,
            ..Default::default()
        };
        let a = crate::analyze(text, &options).unwrap();
        let events: Vec<(&str, &str)> = a
            .timeline
            .iter()
            .map(|e| (e.value.as_str(), a.sentences[e.sentence].text.as_str()))
            .collect();
        assert_eq!(events, [("2018-10-09", "The Senate adjourned on Tuesday.")]);
    }

    /// The analysis of `text` dated 2019-11-19, and its timeline as (value, sentence).
    fn timeline_events(text: &str) -> (crate::analysis::Analysis, Vec<(String, usize)>) {
        let options = crate::Options {
            reference_date: Some("2019-11-19".into()),
            raw: true,
            ..Default::default()
        };
        let a = crate::analyze(text, &options).unwrap();
        let events = a
            .timeline
            .iter()
            .map(|e| (e.value.clone(), e.sentence))
            .collect();
        (a, events)
    }

    #[test]
    fn a_sentence_stands_on_the_timeline_at_its_most_precise_date() {
        let (_, events) = timeline_events(
            "Shares fell on Monday. \"This stock had been clobbered until this year,\" Maley said \
            on Monday. The deal closed in March 2019 and the talks ended on October 3.",
        );
        let events: Vec<(&str, usize)> = events.iter().map(|(v, s)| (v.as_str(), *s)).collect();
        // Not the second sentence again at 2019; the third at both of its days.
        assert_eq!(
            events,
            [
                ("2019-03", 2),
                ("2019-10-03", 2),
                ("2019-11-18", 0),
                ("2019-11-18", 1)
            ]
        );
    }

    #[test]
    fn today_in_a_quote_is_when_it_was_said_and_stays_off_the_timeline() {
        let (a, events) = timeline_events(
            "The Chargers lost on Monday night. \"We needed to win this game today,\" Lynn \
            said. \"Our third quarter results were strong, and we meet again next week,\" the \
            chief said. The team flies home today.",
        );
        let events: Vec<(&str, usize)> = events.iter().map(|(v, s)| (v.as_str(), *s)).collect();
        assert_eq!(events, [("2019-11-19", 3), ("2019-Q3", 2)]);
        // The dates list keeps them all.
        assert!(a.dates.iter().any(|d| d.text == "today" && d.sentence == 1));
    }

    #[test]
    fn without_a_description_the_excerpt_is_the_first_sentence_that_reads_as_one() {
        let html = format!(
            "<html><head><title>Talks</title></head><body><article><p>From Wikipedia, the free encyclopedia</p><p>The two sides met in Geneva on Monday, officials said. They will meet again next week.</p>{}</article></body></html>",
            "<p>Negotiators from both delegations said the talks had been long but useful, and that a second round would follow.</p>".repeat(3)
        );
        let a = crate::analyze(&html, &crate::Options::default()).unwrap();
        assert_eq!(
            a.excerpt.as_deref(),
            Some("The two sides met in Geneva on Monday, officials said.")
        );
    }

    #[test]
    fn a_span_is_one_event_from_its_first_date_until_its_last() {
        let (a, _) = timeline_events(
            "The show ran from 1971 to 1987 on BBC One.\n\n\
             It opened on May 1 and closed on June 3, 2019.",
        );
        let events: Vec<(&str, Option<&str>, &str)> = a
            .timeline
            .iter()
            .map(|e| (e.value.as_str(), e.until.as_deref(), e.text.as_str()))
            .collect();
        assert_eq!(
            events,
            [
                ("1971", Some("1987"), "1971 to 1987"),
                ("2019-05-01", None, "May 1"),
                ("2019-06-03", None, "June 3, 2019"),
            ]
        );
    }
}
