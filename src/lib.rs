//! Lede: reads a news page and tells what the article says, who is in it, who said what, and when.
//!
//! The core is one pipeline, run by [`analyze`]:
//! extract (page to article) → segment (paragraphs, sentences, tokens) → actors → quotes and dates
//! → summary → [`Analysis`]. Each stage is a module that reads the earlier stages' results and
//! writes its own; none reaches back into the HTML. The CLI (`src/main.rs`) and the wasm binding
//! (`src/wasm.rs`) are thin shells around the same call.
//!
//! ```
//! let analysis = lede::analyze(
//!     "Talks resume\n\nThe two sides met in Geneva on Monday, officials said. They will meet again next week.",
//!     &lede::Options { reference_date: Some("2024-04-03".into()), ..Default::default() },
//! ).unwrap();
//! assert_eq!(analysis.title.as_deref(), Some("Talks resume"));
//! assert_eq!(analysis.sentences.len(), 2);
//! ```

pub mod actors;
pub mod analysis;
pub mod assemble;
pub mod calendar;
pub mod dates;
#[cfg(not(target_arch = "wasm32"))]
pub mod decode;
pub mod extract;
pub mod lexicon;
pub mod order;
pub mod quotes;
pub mod render;
pub mod segment;
pub mod summary;
pub mod timeline;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::Analysis;

use serde::{Deserialize, Serialize};
use std::fmt;

/// What the caller knows besides the page itself.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// The page's address, used for the site name and to resolve nothing else.
    pub url: Option<String>,
    /// `YYYY-MM-DD`: the date to resolve relative dates against when the page gives none
    /// (the caller's today).
    pub reference_date: Option<String>,
    /// How many sentences the default summary holds (the ranking covers all sentences anyway).
    pub summary_sentences: Option<usize>,
    /// Treat the input as the bare article body: no title, metadata or chrome guessing.
    pub raw: bool,
    /// With `raw`, the article's title when the caller knows it.
    pub title: Option<String>,
}

/// Why there is no analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", content = "reason", rename_all = "kebab-case")]
pub enum LedeError {
    /// The input was empty or only whitespace.
    Empty,
    /// The page has no article; the reason says what it looks like instead.
    NoArticle(String),
}

impl fmt::Display for LedeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LedeError::Empty => write!(f, "the input is empty"),
            LedeError::NoArticle(reason) => write!(f, "no article here: {reason}"),
        }
    }
}

impl std::error::Error for LedeError {}

/// Default summary length, in sentences.
pub const DEFAULT_SUMMARY_SENTENCES: usize = 3;

/// Analyse a page (HTML) or an article (plain text); which one is told apart by content.
pub fn analyze(input: &str, options: &Options) -> Result<Analysis, LedeError> {
    if input.trim().is_empty() {
        return Err(LedeError::Empty);
    }
    let article = if options.raw {
        let mut article = extract::raw(input);
        article.title = options.title.clone();
        article
    } else {
        extract::extract(input, options.url.as_deref())?
    };
    if article.paragraphs.iter().all(|p| p.text.trim().is_empty()) {
        return Err(LedeError::NoArticle("the page has no readable text".into()));
    }
    let mut article = article;
    let truncated = keep_first_words(&mut article.paragraphs, MAX_ARTICLE_WORDS);
    let reference = article
        .published
        .as_deref()
        .and_then(calendar::Date::parse_iso)
        .or_else(|| {
            options
                .reference_date
                .as_deref()
                .and_then(calendar::Date::parse_iso)
        })
        .unwrap_or_else(calendar::Date::today);
    let doc = segment::segment(&article.paragraphs);
    let actors = actors::find(&doc, &article);
    let quotes = quotes::find(&doc, &actors);
    let dates = dates::find(&doc, reference);
    let summary_n = options
        .summary_sentences
        .unwrap_or(DEFAULT_SUMMARY_SENTENCES);
    let ranking = summary::rank(&doc, &article, &actors, &quotes);
    let mut analysis = assemble::assemble(
        article, reference, doc, actors, quotes, dates, ranking, summary_n,
    );
    analysis.truncated = truncated;
    Ok(analysis)
}

/// The most words of an article Lede reads: three times the longest long-form feature, so no
/// real article is cut, while a page that is megabytes of text (a forum dump, a book) costs a
/// bounded time after extraction.
pub const MAX_ARTICLE_WORDS: usize = 60_000;

/// Keep whole paragraphs up to `max_words` words; says whether any were dropped.
fn keep_first_words(paragraphs: &mut Vec<extract::Block>, max_words: usize) -> bool {
    let mut words = 0;
    for (i, p) in paragraphs.iter().enumerate() {
        words += p.text.split_whitespace().count();
        if words > max_words && i > 0 {
            paragraphs.truncate(i);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_megabytes_of_text_is_read_up_to_the_word_limit() {
        let paragraph =
            "Reader comment: I read this report and I think the meeting will matter a lot.";
        let body: Vec<String> = (0..12_000).map(|i| format!("{paragraph} ({i})")).collect();
        let text = body.join("\n\n");
        let analysis = analyze(&text, &Options::default()).expect("an analysis");
        assert!(analysis.truncated);
        assert!(
            analysis.words <= MAX_ARTICLE_WORDS + 20,
            "{} words",
            analysis.words
        );
        let short = analyze(&body[..10].join("\n\n"), &Options::default()).expect("an analysis");
        assert!(!short.truncated);
    }
}
