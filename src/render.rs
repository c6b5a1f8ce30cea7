//! Render: an `Analysis` as text for a person, or as the Markdown that the panel's Copy button
//! copies. The CLI and the wasm binding both call these, so the terminal, the clipboard and the
//! panel say the same thing.

use crate::analysis::{ActorKind, Analysis};
use std::fmt::Write;

/// Who a group of quotes is by: a named actor, the article's words for someone it does not
/// name ("officers", "a club spokesman"), or no one found.
#[derive(Debug, Clone, PartialEq)]
pub enum Speaker {
    Named(String),
    Described(String),
    Unknown,
}

impl Speaker {
    /// How a heading shows it: the name, the description with a capital ("A club spokesman"),
    /// or "Unattributed".
    pub fn label(&self) -> String {
        match self {
            Speaker::Named(n) => n.clone(),
            // (ASCII only: Unicode's case tables would add kilobytes to the wasm, and a
            // description opens with an English word.)
            Speaker::Described(d) => {
                let mut label = d.clone();
                if let Some(first) = label.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                label
            }
            Speaker::Unknown => "Unattributed".to_string(),
        }
    }
}

/// Quotes grouped by speaker (a repeat shown once), speakers in order of first quote; those described but not named
/// after the named, unattributed ones last.
pub fn quotes_by_speaker(a: &Analysis) -> Vec<(Speaker, Vec<usize>)> {
    let mut groups: Vec<(Speaker, Vec<usize>)> = Vec::new();
    for (i, q) in a.quotes.iter().enumerate().filter(|(_, q)| !q.repeat) {
        let who = match (&q.speaker, &q.source) {
            (Some(n), _) => Speaker::Named(n.clone()),
            (None, Some(d)) => Speaker::Described(d.clone()),
            (None, None) => Speaker::Unknown,
        };
        let same = |s: &Speaker| match (s, &who) {
            (Speaker::Described(x), Speaker::Described(y)) => x.eq_ignore_ascii_case(y),
            (x, y) => x == y,
        };
        match groups.iter_mut().find(|(s, _)| same(s)) {
            Some((_, list)) => list.push(i),
            None => groups.push((who, vec![i])),
        }
    }
    let order = crate::order::by_key(groups.len(), |k| match groups[k].0 {
        Speaker::Named(_) => 0,
        Speaker::Described(_) => 1,
        Speaker::Unknown => 2,
    });
    let mut groups: Vec<Option<_>> = groups.into_iter().map(Some).collect();
    order.iter().filter_map(|&k| groups[k].take()).collect()
}

fn role_of(a: &Analysis, name: &str) -> Option<String> {
    a.actors
        .iter()
        .find(|x| x.name == name)
        .and_then(|x| x.role.clone())
}

fn byline_line(a: &Analysis) -> String {
    let mut parts = Vec::new();
    if !a.byline.is_empty() {
        parts.push(format!("By {}", join_names(&a.byline)));
    }
    if let Some(p) = &a.published {
        parts.push(p.clone());
    }
    if let Some(s) = &a.site {
        parts.push(s.clone());
    }
    parts.push(format!("{} min read", a.reading_minutes));
    parts.join(" · ")
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

fn kind_heading(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "People",
        ActorKind::Organization => "Organizations",
        ActorKind::Place => "Places",
    }
}

/// Text for a terminal: title, byline and date, the summary as bullets, who said what, the
/// actors with their roles, and the dates.
pub fn text(a: &Analysis, n: usize) -> String {
    let mut out = String::new();
    if let Some(t) = &a.title {
        let _ = writeln!(out, "{t}");
        let _ = writeln!(out, "{}", "=".repeat(t.chars().count().min(80)));
    }
    let _ = writeln!(out, "{}", byline_line(a));
    let _ = writeln!(out, "\nSummary");
    for i in a.summary_of(n) {
        let _ = writeln!(out, "  • {}", a.sentences[i].summary_text());
    }
    let groups = quotes_by_speaker(a);
    if !groups.is_empty() {
        let _ = writeln!(out, "\nWho said what");
        for (speaker, list) in &groups {
            let who = match speaker {
                Speaker::Named(s) => match role_of(a, s) {
                    Some(r) => format!("{s} ({r})"),
                    None => s.clone(),
                },
                Speaker::Described(_) => format!("{} (not named)", speaker.label()),
                Speaker::Unknown => speaker.label(),
            };
            let _ = writeln!(out, "  {who}");
            for &q in list {
                let _ = writeln!(out, "    “{}”", a.quotes[q].text);
            }
        }
    }
    for kind in [ActorKind::Person, ActorKind::Organization, ActorKind::Place] {
        let actors: Vec<_> = a.actors.iter().filter(|x| x.kind == kind).collect();
        if actors.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", kind_heading(kind));
        for x in actors {
            let role = x
                .role
                .as_ref()
                .map(|r| format!(", {r}"))
                .unwrap_or_default();
            // Named only in a photo caption: no mention in the body to count.
            let count = match x.mentions.len() {
                0 => "in a caption".to_string(),
                n => format!("{n}×"),
            };
            let _ = writeln!(out, "  {}{} ({count})", x.name, role);
        }
    }
    if !a.timeline.is_empty() {
        let _ = writeln!(out, "\nTimeline");
        let when: Vec<String> = a
            .timeline
            .iter()
            .map(|e| match &e.until {
                Some(until) => format!("{} – {until}", e.value),
                None => e.value.clone(),
            })
            .collect();
        let width = when
            .iter()
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
            .max(12);
        for (e, when) in a.timeline.iter().zip(&when) {
            let _ = writeln!(out, "  {when:<width$} {}", e.excerpt);
        }
    }
    if !a.dates.is_empty() {
        let _ = writeln!(out, "\nDates");
        for d in &a.dates {
            let _ = writeln!(out, "  {:<22} {} ({})", d.text, d.value, d.kind);
        }
    }
    out
}

/// Markdown for notes, chat or mail: the title linked to the page, date and source, the
/// summary as bullets, who said what.
pub fn markdown(a: &Analysis, n: usize) -> String {
    let mut out = String::new();
    let title = a.title.clone().unwrap_or_else(|| "Summary".to_string());
    match &a.url {
        Some(u) if u.starts_with("http") => {
            let _ = writeln!(out, "## [{}]({})", escape_md(&title), u);
        }
        _ => {
            let _ = writeln!(out, "## {}", escape_md(&title));
        }
    }
    let _ = writeln!(out, "\n*{}*\n", byline_line(a));
    let bullets = a.summary_of(n);
    // The gist line, unless it is already the first bullet: pasted text should not repeat.
    if let Some(i) = a.in_short.filter(|i| !bullets.contains(i)) {
        let _ = writeln!(
            out,
            "**In short:** {}\n",
            escape_md(a.sentences[i].summary_text())
        );
    }
    for i in bullets {
        let _ = writeln!(out, "- {}", escape_md(a.sentences[i].summary_text()));
    }
    let groups = quotes_by_speaker(a);
    let attributed: Vec<_> = groups
        .iter()
        .filter(|(s, _)| *s != Speaker::Unknown)
        .collect();
    if !attributed.is_empty() {
        let _ = writeln!(out, "\n**Who said what**\n");
        for (speaker, list) in attributed {
            let s = speaker.label();
            for &q in list {
                let _ = writeln!(
                    out,
                    "- **{}:** “{}”",
                    escape_md(&s),
                    escape_md(&a.quotes[q].text)
                );
            }
        }
    }
    out
}

/// Plain text for pasting where Markdown would show as symbols.
pub fn plain(a: &Analysis, n: usize) -> String {
    let mut out = String::new();
    if let Some(t) = &a.title {
        let _ = writeln!(out, "{t}");
    }
    if let Some(u) = &a.url {
        let _ = writeln!(out, "{u}");
    }
    let _ = writeln!(out, "{}\n", byline_line(a));
    for i in a.summary_of(n) {
        let _ = writeln!(out, "• {}", a.sentences[i].summary_text());
    }
    let groups = quotes_by_speaker(a);
    let attributed: Vec<_> = groups
        .iter()
        .filter(|(s, _)| *s != Speaker::Unknown)
        .collect();
    if !attributed.is_empty() {
        let _ = writeln!(out, "\nWho said what");
        for (speaker, list) in attributed {
            for &q in list {
                let _ = writeln!(out, "• {}: “{}”", speaker.label(), a.quotes[q].text);
            }
        }
    }
    out
}

/// Escape the characters that Markdown would read as markup.
fn escape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '`' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    #[test]
    fn markdown_does_not_repeat_the_gist_that_is_already_a_bullet() {
        let text = include_str!("../tests/fixtures/seed.txt");
        let a = analyze(text, &Options::default()).expect("an analysis");
        let gist = &a.sentences[a.in_short.expect("a gist")].text;
        let md = super::markdown(&a, 3);
        assert_eq!(md.matches(gist.as_str()).count(), 1, "{md}");
        // With one bullet that is not the gist, the gist line is there as well.
        let mut other = a.clone();
        for s in other.sentences.iter_mut() {
            s.rank = if s.rank == 1 {
                2
            } else if s.rank == 2 {
                1
            } else {
                s.rank
            };
        }
        if !other.summary_of(1).contains(&a.in_short.unwrap()) {
            assert!(super::markdown(&other, 1).contains("**In short:**"));
        }
    }
}
