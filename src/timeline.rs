//! Timeline: what happened when. Each date the article names (and each span counted from one,
//! "two days later", at the day it reaches) with the sentence that holds it, in time order; a
//! span ("from 2010 to 2015") is one event; a sentence stands once at its most precise date; a
//! sentence with several dates is cut into the clauses that hold them ("Sony has offered it since
//! 2014 …", "… and Microsoft launched its own earlier this year …"), so that each event reads as
//! its own and the same long sentence is not read three times over.

use crate::analysis::{DateMention, TimelineEvent};
use crate::dates::DateInfo;
use crate::quotes::QuoteInfo;
use crate::segment::Doc;
use std::collections::HashSet;

/// The timeline: dates, and spans counted from a date ("two days later") at the day they reach,
/// each sentence once at its most precise date.
#[inline(never)]
pub fn timeline_of(
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

#[cfg(test)]
mod tests {
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
