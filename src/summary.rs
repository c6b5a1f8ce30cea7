//! Summary: every sentence scored once, and one ranking from which a summary of any length is
//! a cut.
//!
//! A sentence's worth blends what works on news without training: its centrality (its degree in
//! the graph of TF-IDF cosine similarities between sentences, as LexRank's, computed in linear
//! time as the dot product of its unit vector with the sum of all unit vectors), its length, its
//! overlap with the title, and the salience of the actors it names. (A bonus for the lead
//! sentence was tried: on the BBC set the lead is central enough without one.) Sentences that only make sense after another one (a leading "He", "But", "However"),
//! very short ones, headings and bare quotes are marked down. The ranking then picks greedily
//! with maximal marginal relevance, so a sentence that repeats an earlier pick falls back, and
//! last moves a sentence that introduces something ("a U.N. resolution") ahead of a sentence
//! that refers back to it ("the resolution"), so that a short summary does not lean on what it
//! left out.

use crate::actors::Actors;
use crate::extract::{Article, BlockKind};
use crate::lexicon;
use crate::quotes::QuoteInfo;
use crate::segment::{Doc, TokenKind};
use std::collections::HashMap;

/// Feature weights, tuned on the BBC News Summary dev set (see README, Evaluation).
/// Centrality: degree in the sentence-similarity graph (LexRank's degree, continuous).
const W_CENTRALITY: f64 = 0.6;
/// Length: longer sentences carry more of the story (up to 25 words).
const W_LENGTH: f64 = 0.5;
const W_TITLE: f64 = 0.1;
const W_ACTORS: f64 = 0.1;
/// Factor for a sentence that leans on the one before ("He", "But", "However").
const DANGLING_FACTOR: f64 = 0.95;
/// Redundancy penalty of maximal marginal relevance.
const MMR_LAMBDA: f64 = 0.2;
/// How many top picks are re-ranked for redundancy (the rest keep their score order), so that
/// ranking stays linear in the article's length.
const MMR_PICKS: usize = 24;
/// An antecedent is moved ahead of the sentence that refers to it only when it is worth at
/// least this share of that sentence's score (lower, and the BBC set's ROUGE falls: weak
/// antecedents push out central sentences).
const ANTECEDENT_MIN_VALUE: f64 = 0.85;
/// Words that tie a sentence to the one before it.
const DANGLING_STARTS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "this",
    "that",
    "these",
    "those",
    "but",
    "however",
    "and",
    "also",
    "meanwhile",
    "still",
    "yet",
    "instead",
    "then",
    "so",
    "his",
    "her",
    "its",
    "their",
    "there",
    "such",
    "both",
    "thus",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "or",
];

/// The ranking: a score per sentence (higher is better, already redundancy-adjusted) and the
/// 1-based rank.
#[derive(Debug, Clone)]
pub struct Ranking {
    pub scores: Vec<f64>,
    pub ranks: Vec<usize>,
}

/// A crude English stem: enough to match "talks" with "talk" and "agreed" with "agree".
pub fn stem(word: &str) -> String {
    let w = word.replace('’', "'").to_lowercase();
    let w = w.strip_suffix("'s").unwrap_or(&w);
    let n = w.chars().count();
    let cut = |suffix: &str, min: usize| -> Option<String> {
        (n > min && w.ends_with(suffix)).then(|| w[..w.len() - suffix.len()].to_string())
    };
    if let Some(s) = cut("ies", 4) {
        return s + "y";
    }
    for (suffix, min) in [("ing", 5), ("ed", 4), ("ly", 4), ("es", 4), ("s", 3)] {
        if suffix == "s" && w.ends_with("ss") {
            continue;
        }
        if let Some(s) = cut(suffix, min) {
            return s;
        }
    }
    w.to_string()
}

fn content_terms(doc: &Doc, from: usize, to: usize) -> Vec<String> {
    (from..to)
        .filter(|&t| doc.tokens[t].kind != TokenKind::Punct)
        .map(|t| doc.token_text(t))
        .filter(|w| {
            !lexicon::is_function_word(&w.to_lowercase()) && w.chars().any(char::is_alphanumeric)
        })
        .map(stem)
        .collect()
}

/// Term weights of a sentence: (term id, weight), sorted by term id. Sums run in id order, so
/// the same input always gives the same ranking.
type Vector = Vec<(u32, f64)>;

fn cosine(a: &Vector, b: &Vector, norm_a: f64, norm_b: f64) -> f64 {
    if norm_a == 0.0 || norm_b == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot / (norm_a * norm_b)
}

fn norm(v: &Vector) -> f64 {
    v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt()
}

/// "You can also subscribe to this newsletter here", "Click here to sign up": the
/// publication asking the reader for something, which no summary should repeat.
fn speaks_to_the_reader(sentence: &str) -> bool {
    // Every sentence of every page comes here: most are passed over by a plain search.
    if !["you", "You", "YOU", "here", "Here"]
        .iter()
        .any(|w| sentence.contains(w))
    {
        return false;
    }
    let (mut asks, mut to_you, mut clicks) = (false, false, false);
    let mut before = "";
    for w in sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        let after = |x: &str, y: &str| before.eq_ignore_ascii_case(x) && w.eq_ignore_ascii_case(y);
        to_you |= is("you") || is("your");
        asks |= is("subscribe")
            || is("newsletter")
            || after("sign", "up")
            || after("follow", "us")
            || after("download", "our")
            || after("our", "app");
        clicks |= after("click", "here");
        before = w;
    }
    clicks || (asks && to_you)
}

/// "Cover image: artist’s impression of …", "Pictured: …": a picture's caption in the text.
fn is_captioned(sentence: &str) -> bool {
    // The label is a word or three: only the sentence's first bytes are searched.
    let Some(colon) = sentence.bytes().take(40).position(|b| b == b':') else {
        return false;
    };
    if !sentence[colon + 1..].starts_with(' ') {
        return false;
    }
    let label = &sentence[..colon];
    let label = label.trim().to_lowercase();
    label.split_whitespace().count() <= 3
        && [
            "image", "photo", "picture", "pictured", "caption", "credit", "video", "above", "top",
            "main",
        ]
        .iter()
        .any(|w| {
            label
                .split_whitespace()
                .any(|l| l == *w || l.strip_suffix('s') == Some(w))
        })
}

/// Whether a sentence ends as one does: a full stop, a question or exclamation mark, closing
/// quotes or brackets after one.
fn ends_a_sentence(sentence: &str) -> bool {
    sentence
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', ':', ';', '…'])
}

/// "@noksutagram <The Palace: Tale of Jang Noksu> ‘2018 Welcome Festival’ Performance",
/// "2018 Jeongdong Theater Tradition Series": a label or a title set as a line of its own,
/// with no sentence's end and hardly a lowercase word. No sentence of a summary.
fn is_fragment(doc: &Doc, i: usize) -> bool {
    let sent = &doc.sentences[i];
    if ends_a_sentence(doc.sentence_text(i)) {
        return false;
    }
    let lowercase = (sent.first_token..sent.end_token)
        .filter(|&t| {
            doc.tokens[t].kind == TokenKind::Word
                && doc.token_text(t).starts_with(char::is_lowercase)
                && !lexicon::is_function_word(doc.token_text(t))
        })
        .count();
    lowercase < 2
}

/// Score and rank every sentence.
pub fn rank(doc: &Doc, article: &Article, actors: &Actors, quotes: &[QuoteInfo]) -> Ranking {
    let n = doc.sentences.len();
    if n == 0 {
        return Ranking {
            scores: Vec::new(),
            ranks: Vec::new(),
        };
    }
    let terms: Vec<Vec<String>> = doc
        .sentences
        .iter()
        .map(|s| content_terms(doc, s.first_token, s.end_token))
        .collect();
    // Terms as small ids, so that vectors are sorted arrays and sums need no hashing.
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let term_ids: Vec<Vec<u32>> = terms
        .iter()
        .map(|ts| {
            let mut u: Vec<u32> = ts
                .iter()
                .map(|t| {
                    let next = ids.len() as u32;
                    *ids.entry(t.as_str()).or_insert(next)
                })
                .collect();
            u.sort_unstable();
            u
        })
        .collect();
    let mut df = vec![0usize; ids.len()];
    for ts in &term_ids {
        for (k, &t) in ts.iter().enumerate() {
            if k == 0 || ts[k - 1] != t {
                df[t as usize] += 1;
            }
        }
    }
    let idf = |t: u32| ((n as f64 + 1.0) / (df[t as usize] as f64 + 0.5)).ln() + 1.0;
    let vectors: Vec<Vector> = term_ids
        .iter()
        .map(|ts| {
            let mut v = Vector::new();
            let mut k = 0;
            while k < ts.len() {
                let t = ts[k];
                let mut count = 0.0_f64;
                while k < ts.len() && ts[k] == t {
                    count += 1.0;
                    k += 1;
                }
                v.push((t, (1.0 + count.ln()) * idf(t)));
            }
            v
        })
        .collect();
    let norms: Vec<f64> = vectors.iter().map(norm).collect();
    // Title terms (or, without a title, the first sentence's).
    let title_terms: Vec<String> = match &article.title {
        Some(t) => {
            let tdoc = crate::segment::segment(&[crate::extract::Block::paragraph(t.as_str())]);
            content_terms(&tdoc, 0, tdoc.tokens.len())
        }
        None => Vec::new(),
    };
    // Actor salience: how often each actor is named, scaled to [0, 1].
    let max_mentions = actors
        .list
        .iter()
        .map(|a| a.mentions.len())
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let mut actor_weight = vec![0.0; n];
    for m in &actors.mentions {
        let s = doc.tokens[m.first_token].sentence;
        actor_weight[s] += actors.list[m.actor].mentions.len() as f64 / max_mentions;
    }
    let mut quoted_share = vec![0.0; n];
    for q in quotes {
        let s = q.sentence;
        let len = (doc.sentences[s].end - doc.sentences[s].start).max(1) as f64;
        quoted_share[s] += ((q.end - q.start) as f64 / len).min(1.0);
    }
    // Degree centrality of the cosine-similarity graph, in linear time: the sum of a sentence's
    // similarities to all others is its unit vector's dot product with the sum of unit vectors.
    let mut unit_sum = vec![0.0_f64; ids.len()];
    for (v, &nv) in vectors.iter().zip(&norms) {
        if nv > 0.0 {
            for &(t, x) in v {
                unit_sum[t as usize] += x / nv;
            }
        }
    }
    let degree: Vec<f64> = vectors
        .iter()
        .zip(&norms)
        .map(|(v, &nv)| {
            if nv > 0.0 {
                v.iter()
                    .map(|&(t, x)| x / nv * unit_sum[t as usize])
                    .sum::<f64>()
                    - 1.0
            } else {
                0.0
            }
        })
        .collect();
    let max_degree = degree.iter().cloned().fold(0.0, f64::max).max(1e-9);
    let mut base = vec![0.0; n];
    for i in 0..n {
        let sent = &doc.sentences[i];
        let words = (sent.first_token..sent.end_token)
            .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
            .count();
        let title = if title_terms.is_empty() {
            0.0
        } else {
            let hits = title_terms
                .iter()
                .filter(|t| {
                    ids.get(t.as_str())
                        .is_some_and(|id| vectors[i].binary_search_by_key(id, |&(t, _)| t).is_ok())
                })
                .count();
            hits as f64 / title_terms.len() as f64
        };
        let actor = (actor_weight[i] / 2.0).min(1.0);
        let graph = degree[i] / max_degree;
        let length = (words as f64 / 25.0).min(1.0);
        let mut score =
            W_CENTRALITY * graph + W_LENGTH * length + W_TITLE * title + W_ACTORS * actor;
        let first_word = doc
            .sentence_text(i)
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if i > 0 && DANGLING_STARTS.contains(&first_word.as_str()) {
            score *= DANGLING_FACTOR;
        }
        if words < 6 {
            score *= 0.4;
        }
        if doc.paragraphs[sent.paragraph].kind == BlockKind::Heading {
            score *= 0.1;
        }
        if quoted_share[i] > 0.8 {
            score *= 0.75;
        }
        if speaks_to_the_reader(doc.sentence_text(i))
            || is_captioned(doc.sentence_text(i))
            || is_fragment(doc, i)
        {
            score *= 0.1;
        } else if !ends_a_sentence(doc.sentence_text(i)) {
            // A line with no sentence's end: a caption, a label, a teaser.
            score *= 0.5;
        }
        base[i] = score;
    }
    // Maximal marginal relevance over the best candidates; the rest by score.
    let order = crate::order::by_key(n, |i| crate::order::descending(base[i]));
    let pool: Vec<usize> = order.iter().copied().take(MMR_PICKS * 2).collect();
    let mut picked: Vec<usize> = Vec::new();
    let mut adjusted: Vec<f64> = Vec::new();
    let mut remaining = pool.clone();
    // Each candidate's greatest similarity to what is picked so far, updated after each pick:
    // one cosine per candidate and pick.
    let mut redundancy = vec![0.0_f64; remaining.len()];
    while picked.len() < MMR_PICKS && !remaining.is_empty() {
        let (k, value) = remaining
            .iter()
            .enumerate()
            .map(|(k, &i)| (k, base[i] - MMR_LAMBDA * base[i] * redundancy[k]))
            .max_by(|a, b| {
                a.1.partial_cmp(&b.1)
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(b.0.cmp(&a.0))
            })
            .unwrap_or((0, 0.0));
        let chosen = remaining.remove(k);
        redundancy.remove(k);
        for (r, &i) in redundancy.iter_mut().zip(&remaining) {
            *r = r.max(cosine(
                &vectors[i],
                &vectors[chosen],
                norms[i],
                norms[chosen],
            ));
        }
        picked.push(chosen);
        adjusted.push(value);
    }
    let rest: Vec<usize> = order.into_iter().filter(|i| !picked.contains(i)).collect();
    let ranked: Vec<usize> = picked.iter().chain(rest.iter()).copied().collect();
    let slot_values: Vec<f64> = adjusted
        .iter()
        .copied()
        .chain(rest.iter().map(|&i| base[i]))
        .collect();
    let mut value = vec![0.0; n];
    for (&i, &v) in ranked.iter().zip(&slot_values) {
        value[i] = v;
    }
    let ranked = antecedents_first(doc, &ranked, &value);
    let mut scores = vec![0.0; n];
    let mut ranks = vec![0; n];
    let mut last = f64::INFINITY;
    for (r, (&i, &v)) in ranked.iter().zip(slot_values.iter()).enumerate() {
        // Keep scores strictly falling with rank, so sorting by score gives the ranking.
        let v = v.min(last - 1e-9).max(0.0);
        last = v;
        scores[i] = (v * 1e6).round() / 1e6;
        ranks[i] = r + 1;
    }
    Ranking { scores, ranks }
}

/// Reorders a ranking so that a sentence which names something by a definite description ("the
/// resolution") comes after the sentence that introduced it ("a U.N. Security Council
/// resolution"), when that one is nearly as good: a cut of the ranking then seldom holds the
/// reference without what it refers to. Linear in the article's tokens.
fn antecedents_first(doc: &Doc, ranked: &[usize], value: &[f64]) -> Vec<usize> {
    let n = doc.sentences.len();
    let is_content = |t: usize| {
        let tok = &doc.tokens[t];
        let w = doc.token_text(t);
        tok.kind == TokenKind::Word
            && w.chars().next().is_some_and(char::is_lowercase)
            && !lexicon::is_function_word(w)
    };
    let is_the = |t: usize| doc.token_text(t).eq_ignore_ascii_case("the");
    // A word's first three letters, lower-cased, packed: a cheap filter before stemming.
    let head = |w: &str| -> u64 {
        w.chars()
            .flat_map(char::to_lowercase)
            .take(3)
            .fold(0u64, |h, c| h << 21 | c as u64)
    };
    // What each sentence calls "the X" (up to three words after "the").
    let mut definite: Vec<(usize, String)> = Vec::new();
    for t in 0..doc.tokens.len() {
        if !is_the(t) {
            continue;
        }
        let sentence = doc.tokens[t].sentence;
        for a in t + 1..(t + 4).min(doc.tokens.len()) {
            if doc.tokens[a].sentence != sentence || !is_content(a) {
                break;
            }
            definite.push((sentence, stem(doc.token_text(a))));
        }
    }
    if definite.is_empty() {
        return ranked.to_vec();
    }
    let heads: std::collections::HashSet<u64> = definite.iter().map(|(_, st)| head(st)).collect();
    // Where each of those stems first occurs, and whether an indefinite article ("a", "an")
    // introduced it there.
    let mut first: HashMap<String, (usize, bool)> = definite
        .iter()
        .map(|(_, st)| (st.clone(), (usize::MAX, false)))
        .collect();
    for t in 0..doc.tokens.len() {
        if !is_content(t) || !heads.contains(&head(doc.token_text(t))) {
            continue;
        }
        let Some(entry) = first.get_mut(&stem(doc.token_text(t))) else {
            continue;
        };
        if entry.0 != usize::MAX {
            continue;
        }
        let sentence = doc.tokens[t].sentence;
        let mut introduced = false;
        for back in 1..=4 {
            let Some(b) = t.checked_sub(back) else { break };
            if doc.tokens[b].sentence != sentence || doc.tokens[b].kind == TokenKind::Punct {
                break;
            }
            let w = doc.token_text(b);
            if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
                introduced = true;
                break;
            }
            if is_the(b) || lexicon::is_function_word(&w.to_lowercase()) {
                break;
            }
        }
        *entry = (sentence, introduced);
    }
    // Each sentence's antecedents: the sentences that introduced what it calls "the X".
    let mut needs: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (sentence, st) in &definite {
        if let Some(&(j, true)) = first.get(st) {
            if j < *sentence
                && value[j] >= ANTECEDENT_MIN_VALUE * value[*sentence]
                && !needs[*sentence].contains(&j)
            {
                needs[*sentence].push(j);
            }
        }
    }
    let mut placed = vec![false; n];
    let mut out = Vec::with_capacity(ranked.len());
    fn place(i: usize, needs: &[Vec<usize>], placed: &mut [bool], out: &mut Vec<usize>) {
        if placed[i] {
            return;
        }
        placed[i] = true;
        for &j in &needs[i] {
            place(j, needs, placed, out);
        }
        out.push(i);
    }
    for &i in ranked {
        place(i, &needs, &mut placed, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc_of(paragraphs: &[&str]) -> Doc {
        let blocks: Vec<_> = paragraphs
            .iter()
            .map(|p| crate::extract::Block::paragraph(*p))
            .collect();
        crate::segment::segment(&blocks)
    }

    #[test]
    fn an_introduction_moves_ahead_of_its_definite_reference() {
        let doc = doc_of(&[
            "Officials met on Monday to discuss the war.",
            "Reporters waited outside in the rain.",
            "The talks came a week after the council passed a resolution calling for a ceasefire.",
            "The prime minister cancelled a visit in protest at the resolution.",
        ]);
        let values = [1.0, 0.3, 0.9, 0.95];
        assert_eq!(
            antecedents_first(&doc, &[0, 3, 2, 1], &values),
            vec![0, 2, 3, 1]
        );
        // A much weaker introduction stays where it was.
        let values = [1.0, 0.3, 0.5, 0.95];
        assert_eq!(
            antecedents_first(&doc, &[0, 3, 2, 1], &values),
            vec![0, 3, 2, 1]
        );
    }

    #[test]
    fn calls_to_the_reader_are_no_summary() {
        assert!(speaks_to_the_reader(
            "You can also subscribe to this newsletter here — just tick the box."
        ));
        assert!(speaks_to_the_reader("Click here for more."));
        assert!(!speaks_to_the_reader(
            "The paper said its newsletter had 2 million readers."
        ));
        assert!(!speaks_to_the_reader(
            "You will see prices rise, the minister said."
        ));
        assert!(is_captioned(
            "Cover image: artist’s impression of the installation."
        ));
        assert!(is_captioned("Pictured: the mayor at the opening."));
        assert!(!is_captioned("The reason was simple: prices rose."));
    }

    #[test]
    fn stems_match_inflections() {
        assert_eq!(stem("talks"), stem("talk"));
        assert_eq!(stem("agreed"), "agre");
        assert_eq!(stem("policies"), "policy");
        assert_eq!(stem("Israel’s"), "israel");
    }
}
