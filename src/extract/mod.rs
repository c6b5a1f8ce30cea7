//! Extract: a page (HTML) or a pasted article (plain text) in, one `Article` out.
//!
//! HTML goes through `dom` (a forgiving parser), `metadata` (JSON-LD, OpenGraph, `<meta>`,
//! `<time>`, byline markup) and `content` (which part of the page is the article, in the
//! manner of Readability: score text blocks, pick the best container, keep its kin, drop
//! boilerplate). Plain text goes through `text`, which drops the same kinds of chrome lines.
//! Both paths share `chrome`, the line-level tests for captions, timestamps, share words and
//! author bios.

pub mod chrome;
mod content;
pub mod dom;
mod entities;
mod json;
mod metadata;
mod text;

use crate::LedeError;

/// What kind of block a paragraph came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    ListItem,
    Quote,
}

impl BlockKind {
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading => "heading",
            BlockKind::ListItem => "list-item",
            BlockKind::Quote => "quote",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub text: String,
    pub kind: BlockKind,
}

impl Block {
    pub fn paragraph(text: impl Into<String>) -> Block {
        Block {
            text: text.into(),
            kind: BlockKind::Paragraph,
        }
    }
}

/// An article as read off a page, before any language analysis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    pub title: Option<String>,
    pub byline: Vec<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
    /// `ltr` or `rtl`.
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub paragraphs: Vec<Block>,
    /// Text that belongs to the article but not to its body (photo captions): actors named only
    /// there are still actors of the article.
    pub captions: Vec<String>,
}

/// Does this input look like HTML rather than plain text?
pub fn looks_like_html(input: &str) -> bool {
    let head = input.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('<') {
        return true;
    }
    let sample: String = head
        .chars()
        .take(65_536)
        .collect::<String>()
        .to_ascii_lowercase();
    ["</p>", "<br", "<div", "<html", "<body", "</a>"]
        .iter()
        .filter(|t| sample.contains(*t))
        .count()
        >= 2
}

/// Read the article off a page or a pasted text.
pub fn extract(input: &str, url: Option<&str>) -> Result<Article, LedeError> {
    let mut article = if looks_like_html(input) {
        let dom = dom::parse(input);
        content::article_from_dom(&dom, url)?
    } else {
        text::article_from_text(input)
    };
    if article.url.is_none() {
        article.url = url.map(str::to_string);
    }
    if article.site.is_none() {
        article.site = url.and_then(site_from_url);
    }
    if article.paragraphs.is_empty() {
        return Err(LedeError::NoArticle("the page has no readable text".into()));
    }
    Ok(article)
}

/// The input as the bare article body: paragraphs split on blank lines, nothing guessed.
pub fn raw(input: &str) -> Article {
    let paragraphs = text::split_paragraphs(input)
        .into_iter()
        .map(Block::paragraph)
        .collect();
    Article {
        paragraphs,
        ..Default::default()
    }
}

/// `https://www.example.co.uk/a/b` → `example.co.uk`.
pub fn site_from_url(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?.split('@').last()?;
    let host = host.split(':').next()?.trim_start_matches("www.");
    if host.is_empty() || !host.contains('.') {
        return None;
    }
    Some(host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_html_from_text() {
        assert!(looks_like_html("<!doctype html><p>x"));
        assert!(!looks_like_html(
            "Prices rose 3% as a < b held.\n\nMore text."
        ));
    }

    #[test]
    fn site_name_from_url() {
        assert_eq!(
            site_from_url("https://www.theepochtimes.com/us/x?y=1").as_deref(),
            Some("theepochtimes.com")
        );
        assert_eq!(
            site_from_url("http://127.0.0.1:8080/seed.html").as_deref(),
            Some("127.0.0.1")
        );
        assert_eq!(site_from_url("about:blank"), None);
    }
}
