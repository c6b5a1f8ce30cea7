//! Assemble: the stages' results in, one `Analysis` out.
//!
//! The stages speak in byte offsets; the analysis speaks in code-point offsets (what a browser's
//! `Array.from(text)` and Python's `str` index), converted here once through a byte-to-char map.
//! Actor salience is settled here too, because it needs the quotes: mentions, first position and
//! the quotes an actor speaks.

use crate::actors::Actors;
use crate::analysis::{Actor, Analysis, DateMention, Paragraph, Quote, Sentence};
use crate::calendar::Date;
use crate::dates::DateInfo;
use crate::extract::Article;
use crate::quotes::QuoteInfo;
use crate::segment::Doc;
use crate::summary::Ranking;

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
    for q in quotes.iter().filter(|q| !q.repeat) {
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
    let order = crate::order::by_key(actors.list.len(), |i| crate::order::descending(salience[i]));
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
            repeat: q.repeat,
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
    let timeline = crate::timeline::timeline_of(&doc, &dates, &date_list, &quotes);
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
}
