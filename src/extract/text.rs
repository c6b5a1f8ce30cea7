//! The plain-text path: a pasted article or a `.txt` file in, an `Article` out.
//!
//! Pasted articles carry the page's chrome as lines: the title, a standfirst, the title again, a
//! photo caption, author names, "Updated:" stamps, a player's "0:00", and at the end a bio and
//! share words. The header zone runs to the last chrome line near the top; its names become the
//! byline, its first date the published date, its first prose line the excerpt. Chrome lines
//! elsewhere are dropped, and so are trailing bios and share words.

use super::chrome;
use super::{Article, Block, BlockKind};

/// How far into the text a chrome line still counts as header (in paragraphs).
const HEADER_SCAN: usize = 16;

/// The longest line (in characters) that hard-wrapped text is taken to have.
const MAX_WRAPPED_LINE: usize = 160;

/// Paragraphs of a text: blank lines separate them; within a block, each line is its own
/// paragraph unless the block is hard-wrapped prose.
pub fn split_paragraphs(input: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let flush = |block: &mut Vec<&str>, out: &mut Vec<String>| {
        if block.is_empty() {
            return;
        }
        if is_hard_wrapped(block) {
            out.push(block.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "));
        } else {
            out.extend(block.iter().map(|l| l.trim().to_string()));
        }
        block.clear();
    };
    for line in input.trim_start_matches('\u{feff}').lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut block, &mut out);
        } else {
            block.push(line);
        }
    }
    flush(&mut block, &mut out);
    out.into_iter()
        .map(|p| collapse_spaces(&p))
        .filter(|p| !p.is_empty())
        .collect()
}

fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    super::dom::push_collapsed(&mut out, s);
    out.trim().to_string()
}

/// Lines of similar length that mostly do not end a sentence: prose wrapped at a fixed width.
fn is_hard_wrapped(lines: &[&str]) -> bool {
    if lines.len() < 2 {
        return false;
    }
    let open_ends = lines[..lines.len() - 1]
        .iter()
        .filter(|l| !ends_sentence(l.trim_end()))
        .count();
    let long = lines[..lines.len() - 1]
        .iter()
        .filter(|l| l.trim().len() >= 40)
        .count();
    // Wrapped lines are at most a screen wide; lines of hundreds of characters that end
    // without a stop are paragraphs of their own ("“…” ― Christina Lastra").
    let wide = lines[..lines.len() - 1]
        .iter()
        .filter(|l| l.trim().chars().count() > MAX_WRAPPED_LINE)
        .count();
    open_ends * 2 > lines.len() - 1 && long * 2 > lines.len() - 1 && wide * 2 < lines.len() - 1
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', '"', '”', '’', '\'', ':'])
}

/// Prose: a line with a sentence in it, not a label.
fn is_prose(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (words >= 8 && ends_sentence(s)) || words >= 20
}

pub fn article_from_text(input: &str) -> Article {
    let paragraphs = split_paragraphs(input);
    let mut article = Article::default();
    let mut rest: &[String] = &paragraphs;
    // The title: a first line that is short and not a sentence.
    if let Some(first) = paragraphs.first() {
        let words = first.split_whitespace().count();
        if paragraphs.len() > 1
            && words <= 30
            && !first.ends_with('.')
            && !chrome::is_timestamp(first)
        {
            article.title = Some(first.clone());
            rest = &paragraphs[1..];
        }
    }
    let title = article.title.clone().unwrap_or_default();
    let is_chrome = |p: &str| {
        (!title.is_empty() && p == title)
            || chrome::is_caption(p)
            || chrome::is_timestamp(p)
            || chrome::is_share_line(p)
    };
    // The header zone: up to the last chrome or byline line near the top, before the second
    // prose paragraph (the first may be a standfirst above the chrome).
    let scan = rest.len().min(HEADER_SCAN);
    let mut header_end = 0;
    let mut prose_seen = 0;
    for (i, p) in rest[..scan].iter().enumerate() {
        if is_chrome(p) || (chrome::byline_names(p, true).is_some() && !is_prose(p)) {
            header_end = i + 1;
        } else if is_prose(p) {
            prose_seen += 1;
            if prose_seen >= 2 {
                break;
            }
        }
    }
    // A byline-only header needs a chrome line too; a lone name line is not a header.
    for p in &rest[..header_end] {
        if !title.is_empty() && *p == title {
            continue;
        }
        if let Some(date) = chrome::parse_date_line(p) {
            if article.published.is_none() {
                article.published = Some(date.to_string());
            }
            continue;
        }
        if is_chrome(p) {
            continue;
        }
        if let Some(names) = chrome::byline_names(p, true) {
            for n in names {
                if !article.byline.contains(&n) {
                    article.byline.push(n);
                }
            }
            continue;
        }
        if is_prose(p) && article.excerpt.is_none() {
            article.excerpt = Some(p.clone());
        }
    }
    for p in &rest[..header_end] {
        if chrome::is_caption(p) {
            article.captions.push(p.clone());
        }
    }
    let mut body: Vec<&String> = rest[header_end..]
        .iter()
        .filter(|p| !is_chrome(p))
        .collect();
    // Explicit "By …" lines at the top of the body are bylines too.
    while let Some(first) = body.first() {
        match chrome::byline_names(first, false) {
            Some(names) => {
                article.byline.extend(names);
                body.remove(0);
            }
            None => break,
        }
    }
    // The tail: bios and share words.
    while let Some(last) = body.last() {
        if chrome::is_share_line(last) || chrome::is_bio(last, &article.byline) || last.len() < 3 {
            body.pop();
        } else {
            break;
        }
    }
    article.paragraphs = body
        .into_iter()
        .map(|p| Block {
            text: p.clone(),
            kind: if !is_prose(p) && p.split_whitespace().count() <= 12 && !ends_sentence(p) {
                BlockKind::Heading
            } else {
                BlockKind::Paragraph
            },
        })
        .collect();
    article
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_wrapped_prose_is_joined() {
        let text = "This is a long line of prose that wraps at a fixed\nwidth and goes on to the next line without\nstopping until the end.";
        assert_eq!(split_paragraphs(text).len(), 1);
        assert_eq!(split_paragraphs("Line one.\nLine two.").len(), 2);
        // Reader comments one to a line, each ending in its author's name, are not wrapped prose.
        let comments = format!(
            "“{}” ― Veronica Cruz\n“{}” ― Adriana Rodarte\n“{}” ― Christina Lastra",
            "He avoided every question he was asked tonight and talked about himself. ".repeat(3),
            "I would rather live in what he calls hell than in a country he runs. ".repeat(3),
            "He is someone no sane person would want in the White House at all. ".repeat(3),
        );
        assert_eq!(split_paragraphs(&comments).len(), 3);
    }

    #[test]
    fn header_chrome_becomes_metadata() {
        let text = "Storm hits coast\n\nThe storm made landfall overnight, officials said on Tuesday.\nStorm hits coast\nJane Doe\n4/2/2024\nUpdated:\n4/2/2024\n\nThe storm made landfall overnight near the town, officials said on Tuesday morning.\n\nJane Doe is a reporter for The Daily.\ntwitter";
        let a = article_from_text(text);
        assert_eq!(a.title.as_deref(), Some("Storm hits coast"));
        assert_eq!(a.byline, vec!["Jane Doe"]);
        assert_eq!(a.published.as_deref(), Some("2024-04-02"));
        assert_eq!(
            a.excerpt.as_deref(),
            Some("The storm made landfall overnight, officials said on Tuesday.")
        );
        assert_eq!(a.paragraphs.len(), 1);
    }
}
