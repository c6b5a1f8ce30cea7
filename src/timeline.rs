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
    let timeline: Vec<(usize, Placed)> = date_list
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
                        Placed {
                            event: TimelineEvent {
                                value: value.clone(),
                                until: None,
                                text: d.text.clone(),
                                excerpt: String::new(),
                                sentence: d.sentence,
                            },
                            start: info.start,
                            end: info.end,
                        },
                    )
                })
        })
        .collect();
    // A span ("from 2010 to 2015", "between March and June") is one event, from its first
    // date until its last, not the same sentence twice.
    let mut spans: Vec<Placed> = Vec::with_capacity(timeline.len());
    let mut last_index = None;
    for (i, placed) in timeline {
        let joined = last_index.filter(|&j: &usize| {
            j + 1 == i
                && date_list[j].points_to.is_none()
                && date_list[i].points_to.is_none()
                && crate::dates::is_range(doc, &dates[j], &dates[i])
        });
        match (joined, spans.last_mut()) {
            (Some(j), Some(first))
                if first.event.until.is_none() && first.event.value < placed.event.value =>
            {
                first.event.until = Some(placed.event.value);
                first.event.text = doc.text[dates[j].start..dates[i].end].to_string();
                first.end = placed.end;
            }
            _ => spans.push(placed),
        }
        last_index = Some(i);
    }
    let mut timeline = spans;
    // Excerpts are cut among all of a sentence's dates, before the same date's second mention
    // is dropped: "by 2024: …, Artemis 2 in 2022, and then Artemis 3 in 2024" gives 2022 its
    // own clause.
    excerpts(doc, &mut timeline);
    // A sentence stands once, at its most precise date: "until this year … on Monday" at the
    // Monday, not again at the year that holds it; and the same words at the same date once
    // (a pull quote that repeats a paragraph). Keyed by the sentence's words.
    // (A stable sort: one sentence's events of one date stay in text order.)
    timeline.sort_by(|a, b| {
        (a.event.value.cmp(&b.event.value)).then(a.event.sentence.cmp(&b.event.sentence))
    });
    // (A sentence stands for itself by its first few thousand bytes: a "sentence" of a whole
    // page with no full stop and many dates must not be hashed whole once per date.)
    let words_of = |sentence: usize| {
        let text = doc.sentence_text(sentence);
        &text[..floor_boundary(text, text.len().min(SENTENCE_KEY_BYTES))]
    };
    let mut refined: HashSet<(&str, &str)> = HashSet::new();
    for Placed { event: e, .. } in &timeline {
        let text = words_of(e.sentence);
        for (at, _) in e.value.match_indices('-') {
            refined.insert((&e.value[..at], text));
        }
    }
    let mut seen: HashSet<(&str, &str)> = HashSet::new();
    let keep: Vec<bool> = timeline
        .iter()
        .map(|Placed { event: e, .. }| {
            let key = (e.value.as_str(), words_of(e.sentence));
            !refined.contains(&key) && seen.insert(key)
        })
        .collect();
    let mut keep = keep.into_iter();
    timeline.retain(|_| keep.next().unwrap_or(false));
    // An embedded post's signature ("— The Nigerian Senate (@NGRSenate) October 9, 2018") dates
    // the post, and says nothing of what happened; nor does a copyright line.
    timeline.retain(|Placed { event: e, .. }| {
        let text = doc.sentence_text(e.sentence).trim_start();
        !(text.starts_with(['—', '–', '-']) && text.contains("(@"))
            && !text.starts_with(['©', '℗'])
            && !text
                .get(..9)
                .is_some_and(|w| w.eq_ignore_ascii_case("copyright"))
    });
    timeline.into_iter().map(|p| p.event).collect()
}

/// The nearest character boundary of `s` at or before byte `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest character boundary of `s` at or after byte `i`.
fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// How many bytes of a sentence tell it from others when the same words stand twice.
const SENTENCE_KEY_BYTES: usize = 2000;

/// An event with where its date's words lie in the text.
struct Placed {
    event: TimelineEvent,
    start: usize,
    end: usize,
}

/// Fills each event's `excerpt`: its whole sentence, or, where the sentence holds more than one
/// event, the clause that holds this one's date. Between two of a sentence's dates the cut falls
/// at the strongest clause boundary (a semicolon, dash or parenthesis; then a comma or colon;
/// then "and", "but" or "while" before a new subject), the one nearest the later date among
/// equals, and never where it would leave a piece of fewer than three words of its own. Dates
/// with no such boundary between them share their clause.
fn excerpts(doc: &Doc, timeline: &mut [Placed]) {
    // The events are in text order here, as the dates were found: a sentence's are together.
    for group in timeline.chunk_by_mut(|a, b| a.event.sentence == b.event.sentence) {
        let span = &doc.sentences[group[0].event.sentence];
        let ranges: Vec<(usize, usize)> = group.iter().map(|p| (p.start, p.end)).collect();
        let in_order = ranges.windows(2).all(|w| w[0].0 <= w[1].0);
        let pieces = if in_order {
            clauses(&doc.text, span.start, span.end, &ranges)
        } else {
            ranges
                .iter()
                .map(|&date| piece(&doc.text, span.start, span.end, false, false, date))
                .collect()
        };
        for (placed, piece) in group.iter_mut().zip(pieces) {
            placed.event.excerpt = piece;
        }
    }
}

/// The clause of `text[start..end]` (a sentence) around each of `dates` (in text order), cut as
/// `excerpts` says, with "…" where words were left out.
#[inline(never)]
fn clauses(text: &str, start: usize, end: usize, dates: &[(usize, usize)]) -> Vec<String> {
    // Cuts between consecutive dates, as (end of the piece before, start of the piece after).
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut piece_start = start;
    let dashes = Dashes::of(text, start, end);
    for (k, pair) in dates.windows(2).enumerate() {
        let (before, after) = (pair[0], pair[1]);
        if after.0 < before.1 {
            continue;
        }
        // The piece after runs at most to the date after next.
        let after_reach = dates.get(k + 2).map_or(end, |d| d.0.max(after.1));
        let (words_before, words_after) = (
            4 + words(&text[before.0..before.1]),
            3 + words(&text[after.0..after.1]),
        );
        let best = boundaries(text, &dashes, before.1, after.0)
            .filter(|b| {
                has_words_before(&text[piece_start..b.before], words_before)
                    && has_words(&text[b.after..after_reach], words_after)
                    && !leans_back(&text[b.after..after_reach])
                    && !(piece_start == start && sets_the_scene(&text[start..b.before]))
            })
            .max_by_key(|b| (b.strength, b.before));
        if let Some(b) = best {
            cuts.push((b.before, b.after));
            piece_start = b.after;
        }
    }
    if cuts.is_empty() {
        return dates
            .iter()
            .map(|&date| piece(text, start, end, false, false, date))
            .collect();
    }
    let mut pieces = Vec::with_capacity(dates.len());
    let mut from = start;
    let mut next_cut = cuts.iter().peekable();
    for &(date_start, date_end) in dates {
        while let Some(&&(_, after)) = next_cut.peek() {
            if after > date_start {
                break;
            }
            from = after;
            next_cut.next();
        }
        let to = next_cut.peek().map_or(end, |&&(before, _)| before);
        pieces.push(piece(
            text,
            from,
            to,
            from > start,
            to < end,
            (date_start, date_end),
        ));
    }
    pieces
}

/// A clause boundary: the piece before ends at `before`, the next begins at `after`.
struct Boundary {
    before: usize,
    after: usize,
    strength: u8,
}

/// The clause boundaries in `text[from..to]`, which lies in the sentence `text[sentence]`.
fn boundaries<'a>(
    text: &'a str,
    dashes: &'a Dashes,
    from: usize,
    to: usize,
) -> impl Iterator<Item = Boundary> + 'a {
    let between = &text[from..to];
    between.char_indices().filter_map(move |(at, c)| {
        let rest = &between[at + c.len_utf8()..];
        let (strength, skip) = match c {
            ';' | '(' | ')' => (3, c.len_utf8()),
            // A dash that opens an aside ("by 2016—Colorado, Washington and Oregon—and noted")
            // cuts nothing; the one that closes it, or a lone dash, does.
            '—' | '–' => {
                if dashes.opens_aside(c, from + at) {
                    return None;
                }
                (3, c.len_utf8())
            }
            ',' | ':' if rest.starts_with(' ') => (2, c.len_utf8()),
            ' ' => {
                let word = rest.split(' ').next().unwrap_or("");
                if !matches!(word, "and" | "but" | "while" | "whereas") {
                    return None;
                }
                let after_word = rest[word.len()..].trim_start();
                // "since 2014 and Microsoft launched", not "Ant and Dec", "Monday and Tuesday".
                let word_before = text[..from + at].rsplit(' ').next().unwrap_or("");
                let new_subject = (after_word.chars().next().is_some_and(|c| c.is_uppercase())
                    && !word_before.starts_with(|c: char| c.is_uppercase()))
                    || ["he ", "she ", "they ", "it ", "we ", "i "]
                        .iter()
                        .any(|p| after_word.starts_with(p));
                if matches!(word, "and" | "but" | "while" | "whereas") && new_subject {
                    (1, 1)
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        // A parenthesis opens its piece; everything else closes the one before.
        let before = from + at + if c == ')' { c.len_utf8() } else { 0 };
        let after = if c == '(' {
            from + at
        } else {
            from + at + skip
        };
        Some(Boundary {
            before,
            after,
            strength,
        })
    })
}

/// Where a sentence's first and last dash of each kind stand, so that whether a dash opens an
/// aside is known without reading the sentence again for each dash.
struct Dashes {
    /// (first, last) byte offsets of '—' and of '–'.
    em: Option<(usize, usize)>,
    en: Option<(usize, usize)>,
}

impl Dashes {
    fn of(text: &str, start: usize, end: usize) -> Dashes {
        let span = |c: char| {
            let sentence = &text[start..end];
            Some((start + sentence.find(c)?, start + sentence.rfind(c)?))
        };
        Dashes {
            em: span('—'),
            en: span('–'),
        }
    }

    /// Whether the dash `c` at `at` opens an aside: none like it before, one after.
    fn opens_aside(&self, c: char, at: usize) -> bool {
        let span = if c == '—' { self.em } else { self.en };
        span.is_some_and(|(first, last)| first >= at && last > at)
    }
}

/// How far a count of words reads: the counts asked for are a handful, and a stretch this long
/// without them is no clause of prose (reading further for each boundary of a sentence of
/// thousands would take time that grows with the square of its length).
const WORD_COUNT_REACH: usize = 400;

/// Whether `text` holds at least `n` words, read from its start.
fn has_words(text: &str, n: usize) -> bool {
    let reach = floor_boundary(text, WORD_COUNT_REACH.min(text.len()));
    words_up_to(text[..reach].split_whitespace(), n) >= n
}

/// Whether `text` holds at least `n` words, read back from its end.
fn has_words_before(text: &str, n: usize) -> bool {
    let reach = ceil_boundary(text, text.len().saturating_sub(WORD_COUNT_REACH));
    words_up_to(text[reach..].split_whitespace().rev(), n) >= n
}

fn words_up_to<'a>(pieces: impl Iterator<Item = &'a str>, n: usize) -> usize {
    pieces
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(n)
        .count()
}

/// Whether a clause leans on the one before and means nothing alone: a comparison ("from
/// $1.4bn a year earlier", "compared with 8.2% in 2003"), a relative clause ("which was reached
/// in October") or the verb of a subject left behind ("Roberto Lavagna, said that …").
fn leans_back(clause: &str) -> bool {
    let clause = &clause[..floor_boundary(clause, WORD_COUNT_REACH.min(clause.len()))];
    let first = clause
        .split_whitespace()
        .find(|w| !matches!(*w, "and" | "but"))
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    matches!(
        first.as_str(),
        "from"
            | "compared"
            | "down"
            | "up"
            | "against"
            | "versus"
            | "than"
            | "which"
            | "who"
            | "whose"
            | "where"
            | "when"
            | "both"
    ) || first.starts_with(|c: char| c.is_ascii_digit())
        || crate::lexicon::is_speech_verb(&first)
}

/// Whether a sentence's opening words only set the scene for what follows: "Before December's
/// record", "Due to the Thanksgiving holiday", "After registering falls at the end of 2004".
fn sets_the_scene(opening: &str) -> bool {
    let opening = &opening[..floor_boundary(opening, WORD_COUNT_REACH.min(opening.len()))];
    let first = opening
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    !has_words(opening, 10)
        && matches!(
            first.as_str(),
            "before"
                | "after"
                | "due"
                | "in"
                | "until"
                | "since"
                | "following"
                | "during"
                | "by"
                | "at"
                | "on"
                | "from"
                | "despite"
                | "amid"
                | "with"
                | "without"
                | "as"
                | "when"
                | "while"
                | "although"
                | "though"
                | "because"
                | "if"
                | "over"
                | "throughout"
                | "for"
        )
}

fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// How many bytes of its clause an excerpt keeps on either side of its date: a "sentence" of
/// thousands of words (a page with no full stops) gives each of its dates a few lines around
/// it, not a copy of the whole.
const EXCERPT_REACH: usize = 500;

/// `text[from..to]` tidied: no leading connective or trailing comma, "…" where cut; at most
/// `EXCERPT_REACH` bytes either side of the `date` it holds, cut between words.
fn piece(
    text: &str,
    from: usize,
    to: usize,
    cut_before: bool,
    cut_after: bool,
    date: (usize, usize),
) -> String {
    let (mut from, mut to, mut cut_before, mut cut_after) = (from, to, cut_before, cut_after);
    let (date_start, date_end) = (date.0.clamp(from, to), date.1.clamp(from, to));
    if date_start - from > EXCERPT_REACH {
        let reach = ceil_boundary(text, date_start - EXCERPT_REACH);
        // From the first word that starts within reach.
        from = text[reach..date_start]
            .find(char::is_whitespace)
            .map_or(date_start, |k| reach + k);
        cut_before = true;
    }
    if to - date_end > EXCERPT_REACH {
        let reach = floor_boundary(text, date_end + EXCERPT_REACH);
        to = text[date_end..reach]
            .rfind(char::is_whitespace)
            .map_or(date_end, |k| date_end + k);
        cut_after = true;
    }
    let mut body = text[from..to].trim();
    if cut_before {
        body = body.trim_start_matches([',', ';', ':', ' ']);
        for connective in ["and ", "but ", "while ", "whereas "] {
            if let Some(rest) = body.strip_prefix(connective) {
                body = rest.trim_start();
            }
        }
    }
    if cut_after {
        body = body.trim_end_matches([',', ';', ':', ' ', '—', '–']);
    }
    let mut out = String::with_capacity(body.len() + 6);
    if cut_before {
        out.push('…');
    }
    out.push_str(body);
    if cut_after {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_date_of_a_sentence_with_no_end_gets_a_few_lines_around_it() {
        // A page with no full stops: one "sentence" of some 60,000 bytes and 40 dates.
        let mut text = String::from("Council minutes\n\n");
        for i in 0..2000 {
            text.push_str("the council met again, which spoke ");
            if i % 50 == 0 {
                text.push_str(&format!("on March 3, {}, ", 1980 + i / 50));
            }
        }
        let options = crate::Options {
            reference_date: Some("2024-04-01".into()),
            raw: true,
            ..Default::default()
        };
        let a = crate::analyze(&text, &options).unwrap();
        assert!(a.sentences.iter().any(|s| s.text.len() > 60_000));
        assert_eq!(a.timeline.len(), 40);
        for e in &a.timeline {
            assert!(
                e.excerpt.len() <= 2 * super::EXCERPT_REACH + 40,
                "{}",
                e.excerpt
            );
            assert!(e.excerpt.contains(&e.text), "{} in {}", e.text, e.excerpt);
            assert!(e.excerpt.ends_with('…'), "{}", e.excerpt);
            assert_eq!(e.excerpt.starts_with('…'), e.value != "1980-03-03");
        }
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

    #[test]
    fn a_sentence_with_several_dates_gives_each_its_own_clause() {
        let (a, _) = timeline_events(
            "Stadia is not the only service, as Sony has offered its service since 2014 and \
            Microsoft launched an early stage of its own earlier this year, with plans for its \
            full launch set for next year.\n\n\
            The deal closed in March 2019 and the talks ended on October 3.\n\n\
            The firm was founded in 1998 (in Paris), and it was sold to Google last year.\n\n\
            Before the record in June, the highest total was sent in October 2018.\n\n\
            The team chose states with laws by 2016—Colorado, Washington and Oregon—and counted \
            who smoked in the past month.\n\n\
            Revenue in the last quarter was $5m ($4m), from $1.4bn a year earlier.",
        );
        let excerpts: Vec<(&str, &str)> = a
            .timeline
            .iter()
            .map(|e| (e.value.as_str(), e.excerpt.as_str()))
            .collect();
        assert_eq!(
            excerpts,
            [
                ("1998", "The firm was founded in 1998 (in Paris)…"),
                (
                    "2014",
                    "Stadia is not the only service, as Sony has offered its service since 2014…"
                ),
                (
                    "2016",
                    "The team chose states with laws by 2016—Colorado, Washington and Oregon…"
                ),
                ("2018", "…it was sold to Google last year."),
                // An opening that only sets the scene stays with its sentence.
                (
                    "2018-10",
                    "Before the record in June, the highest total was sent in October 2018."
                ),
                // A comparison's baseline means nothing alone: no cut.
                (
                    "2018-Q3",
                    "Revenue in the last quarter was $5m ($4m), from $1.4bn a year earlier."
                ),
                (
                    "2019",
                    "…Microsoft launched an early stage of its own earlier this year…"
                ),
                // No new subject after "and": one clause, whole.
                (
                    "2019-03",
                    "The deal closed in March 2019 and the talks ended on October 3."
                ),
                (
                    "2019-06",
                    "Before the record in June, the highest total was sent in October 2018."
                ),
                // The dash that opens an aside cuts nothing; the one that closes it does.
                ("2019-10", "…counted who smoked in the past month."),
                (
                    "2019-10-03",
                    "The deal closed in March 2019 and the talks ended on October 3."
                ),
                (
                    "2019-Q3",
                    "Revenue in the last quarter was $5m ($4m), from $1.4bn a year earlier."
                ),
                ("2020", "…with plans for its full launch set for next year."),
            ]
        );
    }
}
