//! The output of Lede: one serializable `Analysis` per page.
//!
//! Every stage writes its results here and nothing else reads back from HTML. Offsets in the
//! serialized form are Unicode code-point offsets into `text` (what JavaScript's `Array.from(text)`
//! indexes and what Python's `str` indexes); stages work on byte offsets and `finish` converts them
//! once, at the end.

use serde::{Deserialize, Serialize};

/// The whole analysis of one article, as the CLI prints it and the wasm build returns it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Analysis {
    pub title: Option<String>,
    pub byline: Vec<String>,
    /// The publication date, `YYYY-MM-DD`, when the page gives one.
    pub published: Option<String>,
    /// The date that relative time expressions were resolved against.
    pub reference_date: String,
    pub site: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
    /// Text direction: `ltr` or `rtl`.
    pub dir: String,
    /// A one-sentence standfirst or description, when the page has one.
    pub excerpt: Option<String>,
    /// The article body, paragraphs separated by a blank line.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    /// The chosen summary sentences (indices into `sentences`), in article order.
    pub summary: Vec<usize>,
    /// The "in short" line: of the three best sentences, the first in the article.
    pub in_short: Option<usize>,
    pub actors: Vec<Actor>,
    pub quotes: Vec<Quote>,
    pub dates: Vec<DateMention>,
    /// Dated events in chronological order.
    pub timeline: Vec<TimelineEvent>,
    pub words: usize,
    pub reading_minutes: usize,
    /// The article was longer than Lede reads (`MAX_ARTICLE_WORDS`): the analysis covers its
    /// beginning only.
    #[serde(default)]
    pub truncated: bool,
}

/// One paragraph of the body. `kind` is `paragraph`, `heading`, `list-item` or `quote`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub kind: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Sentence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Summary score. Sorting by score (descending) gives the summary ranking with redundancy
    /// already removed, so a summary of any length is the top-N cut shown in article order.
    pub score: f64,
    /// 1-based position in that ranking.
    pub rank: usize,
    /// How many characters at the start are a dateline ("HONOLULU, Hawaii (AP) — "), which
    /// a summary leaves out. Zero for most sentences.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub dateline: usize,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Sentence {
    /// The sentence as a summary shows it: without a dateline.
    pub fn summary_text(&self) -> &str {
        match self.text.char_indices().nth(self.dateline) {
            Some((at, _)) if self.dateline > 0 => &self.text[at..],
            _ => &self.text,
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Place,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Actor {
    /// The canonical name: the fullest form the article uses.
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    /// `[start, end]` offset pairs into `text`.
    pub mentions: Vec<[usize; 2]>,
    /// 1 for the most salient actor.
    pub salience: usize,
    /// How many quotes are attributed to this actor.
    pub quotes: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Quote {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The canonical name of the speaking actor, or null when no speaker was found.
    pub speaker: Option<String>,
    /// With no named speaker, the article's words for whoever said it ("officers", "the
    /// victim's mother", "a spokeswoman for the company"); else absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// True for a verbatim quote in quotation marks; false for reported speech.
    pub direct: bool,
    pub sentence: usize,
    /// The same words from the same speaker as an earlier quote (a pull quote, a line given
    /// twice): shown once. Absent when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub repeat: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DateMention {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// TIMEX3-style value: `2024-04-01`, `2024-W15`, `2024-03`, `PT2H`, `2024-SU`, `PRESENT_REF`.
    pub value: String,
    /// `date`, `time`, `duration` or `set`.
    #[serde(rename = "type")]
    pub kind: String,
    pub sentence: usize,
    /// For a span counted from a named day ("two days later" after March 3; "a week after
    /// March 3"), the day it reaches (`2024-03-05`); else null.
    pub points_to: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TimelineEvent {
    pub value: String,
    /// For a span ("from 2010 to 2015"), the value of its last date; `value` is its first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// The date's own words.
    pub text: String,
    /// What happened: the sentence, or where it holds more than one event, the clause around
    /// this one's date, with "…" where words were cut.
    pub excerpt: String,
    pub sentence: usize,
}

impl Analysis {
    /// The summary for `n` sentences: the top `n` of the ranking, in article order.
    pub fn summary_of(&self, n: usize) -> Vec<usize> {
        let mut picked: Vec<usize> = self
            .sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.rank >= 1 && s.rank <= n)
            .map(|(i, _)| i)
            .collect();
        picked.sort_unstable();
        picked
    }

    /// Checks what every analysis promises its readers: offsets on code-point boundaries inside
    /// `text` and agreeing with the sentence texts, sentences in order and not overlapping,
    /// summary indices valid and in article order, mentions, quotes and dates inside their
    /// sentence, speakers among the actors. The property tests and the fuzz target call it;
    /// `Err` names the first broken promise.
    pub fn check_invariants(&self) -> Result<(), String> {
        let n = self.text.chars().count();
        let mut last_end = 0;
        for (i, s) in self.sentences.iter().enumerate() {
            if !(s.start < s.end && s.end <= n) {
                return Err(format!("sentence {i} out of bounds"));
            }
            if s.start < last_end {
                return Err(format!("sentence {i} overlaps the one before"));
            }
            last_end = s.end;
            let text: String = self
                .text
                .chars()
                .skip(s.start)
                .take(s.end - s.start)
                .collect();
            if text != s.text {
                return Err(format!("sentence {i} text and offsets disagree"));
            }
            if s.dateline >= s.end - s.start {
                return Err(format!("sentence {i} is all dateline"));
            }
            if s.paragraph >= self.paragraphs.len() {
                return Err(format!("sentence {i} in a paragraph that does not exist"));
            }
        }
        if self.summary.iter().any(|&i| i >= self.sentences.len()) {
            return Err("summary index out of range".into());
        }
        if !self.summary.windows(2).all(|w| w[0] < w[1]) {
            return Err("summary not in article order".into());
        }
        let within = |start: usize, end: usize, sentence: usize| {
            self.sentences
                .get(sentence)
                .is_some_and(|s| start >= s.start && end <= s.end + 1 && start <= end)
        };
        for actor in &self.actors {
            if actor.mentions.iter().any(|m| !(m[0] < m[1] && m[1] <= n)) {
                return Err(format!("a mention of {} out of bounds", actor.name));
            }
        }
        for d in &self.dates {
            if !within(d.start, d.end, d.sentence) {
                return Err(format!("date {:?} outside its sentence", d.text));
            }
        }
        for q in &self.quotes {
            let Some(sentence) = self.sentences.get(q.sentence) else {
                return Err("quote in a sentence that does not exist".into());
            };
            if !(q.start < q.end && q.end <= n) || q.start < sentence.start {
                return Err(format!("quote {:?} out of bounds", q.text));
            }
            if let Some(speaker) = &q.speaker {
                if !self.actors.iter().any(|a| &a.name == speaker) {
                    return Err(format!("speaker {speaker} is not an actor"));
                }
            }
            if let Some(source) = &q.source {
                if q.speaker.is_some() || source.trim().is_empty() || source.contains('\n') {
                    return Err(format!("quote {:?} has a bad source {source:?}", q.text));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    #[test]
    fn invariants_hold_and_catch_broken_offsets() {
        let text =
            "The mayor, Ana Ruiz, spoke on Monday. “We will build,” Ruiz said. The council agreed.";
        let mut analysis = analyze(text, &Options::default()).expect("an analysis");
        assert_eq!(analysis.check_invariants(), Ok(()));
        analysis.sentences[1].start -= 1;
        assert!(analysis.check_invariants().is_err());
        let mut analysis = analyze(text, &Options::default()).expect("an analysis");
        analysis.summary.push(99);
        assert!(analysis.check_invariants().is_err());
    }
}
