//! Quotes: who said what.
//!
//! Direct quotes are the stretches between quotation marks (curly, straight, guillemets) of at
//! least three words, or two that a speech verb of their sentence gives someone ("said members
//! did not like “ring-fenced funds”"); a quote left open at the end of a paragraph runs on into the next one when
//! that one opens with a quotation mark, as news style writes long quotes. The speaker comes
//! from the quote's own sentences: a speech verb with a name or pronoun on either side ("X
//! said", "said X", "X told reporters", "it said", "according to X"), the name resolved to its
//! actor through the actors stage's mentions, and pronouns to the nearest fitting actor before
//! the quote ("he" a person, "it" an organisation that was a sentence's subject). A quote with
//! no speaker in its sentences takes the speaker of the other quotes of its paragraph, or of the
//! previous paragraph when the whole paragraph is the quote. A quote still with no speaker keeps
//! the article's words for whoever said it, when it has some: "officers announced", "said a
//! spokesman for the company", "according to the letter".

use crate::actors::Actors;
use crate::analysis::ActorKind;
use crate::lexicon::{self, Sex};
use crate::segment::{Doc, TokenKind};

/// Shortest quote, in words, that counts (shorter ones are scare quotes and titles).
const MIN_QUOTE_WORDS: usize = 3;
/// How many tokens before or after a quote its speech verb may stand.
const VERB_WINDOW: usize = 40;
/// How many tokens away from its speech verb a speaker may stand.
const SPEAKER_WINDOW: usize = 10;
/// How far back an appositive between a name and its speech verb may reach ("Aaron Kall, the
/// director of debate at the University of Michigan, said").
const APPOSITIVE_WINDOW: usize = 30;

#[derive(Debug, Clone)]
pub struct QuoteInfo {
    /// Byte span of the quoted words, without the quotation marks.
    pub start: usize,
    pub end: usize,
    pub speaker: Option<usize>,
    /// For a quote with no named speaker, the byte span of the words that describe who said
    /// it ("officers", "the victim's mother", "a spokeswoman for the company").
    pub source: Option<(usize, usize)>,
    pub direct: bool,
    pub sentence: usize,
    pub paragraph: usize,
    /// The same words from the same speaker as an earlier quote: a pull quote, or a line the
    /// writer gives twice. Still a quote in the text; shown once.
    pub repeat: bool,
}

fn is_open_mark(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}

fn is_close_mark(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// Quoted stretches of one paragraph: (content start, content end, closed?) in byte offsets
/// relative to the paragraph. `open_at_start` says a quote carried over from the paragraph
/// before is still open.
fn quote_spans(para: &str) -> Vec<(usize, usize, bool)> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    let mut prev: Option<char> = None;
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let straight = c == '"';
        let opens = is_open_mark(c)
            || (straight
                && open.is_none()
                && prev.is_none_or(|p| p.is_whitespace() || "([{—–-:".contains(p))
                && next.is_some_and(|n| !n.is_whitespace()));
        // "„Hallo“" (German) and "“Zodiaco“" (a typist's slip): a “ right after the quoted
        // words, with no space before it, closes the quote that is open.
        // "… straight away. "It looks strange …": a straight mark after a sentence's end and a
        // space, before a capital, opens the next quote of one speaker whose last never
        // closed (as British papers run a quote on).
        let runs_on = straight
            && open.is_some()
            && prev.is_some_and(char::is_whitespace)
            && k >= 2
            && ".!?".contains(chars[k - 2].1)
            && next.is_some_and(char::is_uppercase);
        let closes = is_close_mark(c)
            || (straight && open.is_some() && !runs_on)
            || (c == '“' && open.is_some() && prev.is_some_and(|p| !p.is_whitespace()));
        let opens = opens || runs_on;
        if closes && open.is_some() {
            spans.push((open.take().unwrap_or(0), i, true));
        } else if opens {
            if let Some(o) = open.take() {
                // A second opening mark: the first quote was never closed.
                spans.push((o, i, false));
            }
            open = Some(i + c.len_utf8());
        }
        prev = Some(c);
    }
    if let Some(o) = open {
        spans.push((o, para.len(), false));
    }
    spans
}

fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod quote_span_tests {
    use super::quote_spans;

    #[test]
    fn a_closing_mark_written_as_an_opening_one_closes() {
        let spans = |p: &str| -> Vec<String> {
            quote_spans(p)
                .into_iter()
                .map(|(s, e, closed)| {
                    format!("{}{}", &p[s..e], if closed { "" } else { " (open)" })
                })
                .collect()
        };
        assert_eq!(
            spans("Er sagte: „Wir kommen morgen wieder.“ Dann ging er."),
            ["Wir kommen morgen wieder."]
        );
        assert_eq!(
            spans("il remake della serie “I Cavalieri dello Zodiaco“, prodotta da Toei, e “Castlevania”."),
            ["I Cavalieri dello Zodiaco", "Castlevania"]
        );
        // An opening mark after a space, while one is open: the first was never closed.
        assert_eq!(
            spans("“One was left open “and another"),
            ["One was left open  (open)", "and another (open)"]
        );
    }
}

/// "Winter Solstice, Camelot Station", "Ask Dr. Mike": a short run of capitalised words with
/// no sentence's end is the title of a story, a column or a show, not something said.
fn is_title_of_a_work(content: &str) -> bool {
    let words: Vec<&str> = content
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let capitalised = |w: &&str| {
        w.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let small = |w: &&str| lexicon::is_function_word(&w.to_lowercase());
    // A sentence's end marks something said, but a long title keeps its period when the
    // quote closes the sentence ("just tick “10 Things in Tech You Need to Know.”").
    let end = content.trim_end();
    let ends_sentence = end.ends_with(['?', '!', '…']) || (end.ends_with('.') && words.len() < 5);
    (2..=8).contains(&words.len())
        && !ends_sentence
        && capitalised(&words[0])
        && words.iter().filter(|w| capitalised(w)).count() * 2 > words.len()
        && words.iter().all(|w| capitalised(w) || small(w))
}

/// Whether the words before a quote's opening mark say it gives a name or a term, not
/// something said: "HP is called “feather duvet lung.”", "what is known as “the Fed put”".
fn names_a_term(before: &str) -> bool {
    let mut words = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase());
    let (last, previous) = (
        words.next().unwrap_or_default(),
        words.next().unwrap_or_default(),
    );
    // ("what Trump called “a disaster”" is his word: only the passive names a term.)
    let passive = matches!(
        previous.as_str(),
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "often" | "sometimes" | "also"
    );
    last == "so-called"
        || (passive
            && matches!(
                last.as_str(),
                "called" | "dubbed" | "termed" | "named" | "nicknamed" | "labeled" | "labelled"
            ))
        || (last == "as" && matches!(previous.as_str(), "known" | "referred"))
}

/// Find the quotes of the article and their speakers.
pub fn find(doc: &Doc, actors: &Actors) -> Vec<QuoteInfo> {
    let mut quotes: Vec<QuoteInfo> = Vec::new();
    // Quoted titles of works: no quotes, but no one inside them speaks either ("On “The Steve
    // Harvey Morning Show,” the nominee said…").
    let mut titles: Vec<(usize, usize)> = Vec::new();
    // Whether a quote runs on from each paragraph into the next.
    let mut carried: Vec<bool> = vec![false; doc.paragraphs.len()];
    // Two-word quotes inside a sentence: (start, end, paragraph).
    let mut short: Vec<(usize, usize, usize)> = Vec::new();
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let text = &doc.text[para.start..para.end];
        for (s, e, closed) in quote_spans(text) {
            let raw = &text[s..e];
            let content = raw.trim_end_matches([',', ' ']);
            let e = s + content.len();
            // Short quotes count when they stand as an utterance of their own: they open
            // their sentence and carry their own punctuation ("“It’s disappointing,” he said").
            let before = &text[..s];
            let before = before
                .char_indices()
                .last()
                .map(|(k, _)| &before[..k])
                .unwrap_or("")
                .trim_end();
            let opens_sentence = before.is_empty() || before.ends_with(['.', '?', '!', '”', '"']);
            let own_punctuation = raw.trim_end().ends_with([',', '.', '?', '!']);
            let words = word_count(content);
            if words < MIN_QUOTE_WORDS && !(opens_sentence && own_punctuation && words >= 2) {
                // Two words inside a sentence are someone's only when a speech verb of that
                // sentence names who ("said members did not like “ring-fenced funds”"):
                // kept aside until the speakers are known.
                if words == 2 && !names_a_term(before) && !is_title_of_a_work(content) {
                    short.push((para.start + s, para.start + e, p));
                }
                continue;
            }
            if is_title_of_a_work(content) || names_a_term(before) {
                titles.push((para.start + s, para.start + e));
                continue;
            }
            if !closed && e == text.len() {
                carried[p] = true;
            }
            let start = para.start + s;
            quotes.push(QuoteInfo {
                start,
                end: para.start + e,
                speaker: None,
                source: None,
                direct: true,
                sentence: doc.sentence_at(start),
                paragraph: p,
                repeat: false,
            });
        }
    }
    // Which tokens lie inside a quote (its marks included): one sweep, quotes are in order.
    let mut in_quote = vec![false; doc.tokens.len()];
    let mut qk = 0;
    for (t, tok) in doc.tokens.iter().enumerate() {
        while qk < quotes.len() && quotes[qk].end + 3 < tok.end {
            qk += 1;
        }
        if let Some(q) = quotes.get(qk) {
            in_quote[t] = tok.start + 3 >= q.start && tok.end <= q.end + 3;
        }
    }
    let mut tk = 0;
    for (t, tok) in doc.tokens.iter().enumerate() {
        while tk < titles.len() && titles[tk].1 + 3 < tok.end {
            tk += 1;
        }
        if let Some(&(start, end)) = titles.get(tk) {
            in_quote[t] |= tok.start + 3 >= start && tok.end <= end + 3;
        }
    }
    let inside = |t: usize| in_quote[t];
    // The two-word quotes join the others for their speakers (their words left out of
    // `in_quote`: a scare quote's name may still be someone's).
    // (Both lists are in text order: merged, not sorted.)
    let mut is_short = vec![false; quotes.len()];
    if !short.is_empty() {
        let mut long = std::mem::take(&mut quotes).into_iter().peekable();
        is_short.clear();
        let mut short = short.into_iter().peekable();
        loop {
            let next_short = match (short.peek(), long.peek()) {
                (Some(s), Some(q)) => s.0 < q.start,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            is_short.push(next_short);
            if next_short {
                let (start, end, paragraph) = short.next().unwrap_or_default();
                quotes.push(QuoteInfo {
                    start,
                    end,
                    speaker: None,
                    source: None,
                    direct: true,
                    sentence: doc.sentence_at(start),
                    paragraph,
                    repeat: false,
                });
            } else {
                quotes.extend(long.next());
            }
        }
    }
    let mut unattributed_short = vec![false; quotes.len()];
    // The speaker from each quote's own sentences.
    for qi in 0..quotes.len() {
        let q = &quotes[qi];
        let first_s = q.sentence;
        let (from, to, q_first, q_last) = quote_tokens(doc, q);
        let mut best: Option<(usize, usize)> = None; // (distance, actor)
                                                     // Speech verbs near the quote only, so that a paragraph of many quotes stays linear.
        let window_from = q_first.saturating_sub(VERB_WINDOW).max(from);
        let window_to = (q_last + VERB_WINDOW).min(to);
        for v in window_from..window_to {
            // A word of a name is no verb: "Hope Hicks said"; nor is an aside's imperative:
            // "(think Edith Wilson)".
            if inside(v)
                || (q_first..=q_last).contains(&v)
                || doc.tokens[v].kind != TokenKind::Word
                || actors.mention_at_token(v).is_some()
                || (v > 0 && doc.token_text(v - 1) == "(")
            {
                continue;
            }
            let w = doc.token_text(v).to_lowercase();
            let according = w == "according" && v + 1 < to && doc.token_text(v + 1) == "to";
            // "as Trump went on about “how the system is rigged”".
            // "“You know, it happens, right?” Trump went on, as if he didn’t hear her."
            let went_on_about = (matches!(w.as_str(), "went" | "goes" | "go" | "going")
                && v + 2 < to
                && doc.token_text(v + 1) == "on"
                && matches!(doc.token_text(v + 2), "about" | "," | "." | ":"))
                // "Bozell points out.", "Hillary shot back, “…”".
                || (w == "points" && v + 1 < to && doc.token_text(v + 1) == "out")
                || (matches!(w.as_str(), "shot" | "fired" | "hit" | "wrote")
                    && v + 1 < to
                    && doc.token_text(v + 1) == "back");
            if (!lexicon::is_speech_verb(&w) || used_as_noun(doc, v))
                && !according
                && !went_on_about
            {
                continue;
            }
            // A verb in an aside that closes before the quote opens (or opens after it
            // closes) is the aside's: "(44 percent say they want the Senate to convict), but
            // most want Congress to act if he “committed impeachable offenses”".
            if in_aside_apart(doc, window_from, window_to, v, q_first, q_last) {
                continue;
            }
            // A verb in a sentence's opening clause is not the main clause's quote: "After
            // Jerry Brown criticized Bill Clinton, Hillary shot back, “…”".
            if v < q_first && in_opening_clause(doc, from, v, q_first) {
                continue;
            }
            // A verb after the quote in a clause of its own is someone else's: "Trump saying,
            // “That makes me smart,” when Clinton blasted him".
            // (A comma after that clause closes it: "“…” if she didn’t win by more, said
            // David Wasserman".)
            if v > q_last
                && (q_last + 1..v)
                    .rev()
                    .take_while(|&k| doc.token_text(k) != ",")
                    .any(|k| !inside(k) && is_subordinator(&doc.token_text(k).to_lowercase()))
            {
                continue;
            }
            // "It is thought", "was described as … by his friend Michael Pointon", "was
            // told": a speech verb in the passive has its speaker after "by", or none.
            let passive = is_passive(doc, from, v);
            let by_agent = || {
                (v + 1..to)
                    .filter(|&k| !inside(k))
                    .take(SPEAKER_WINDOW)
                    .take_while(|&k| !matches!(doc.token_text(k), "," | ";" | "."))
                    .find(|&k| doc.token_text(k) == "by")
                    .and_then(|k| speaker_after(doc, actors, k, to, &inside, &in_quote))
            };
            let distance = if v < q_first {
                q_first - v
            } else {
                v.saturating_sub(q_last)
            };
            // "“…” if she didn’t win by more, said David Wasserman, an analyst": set off by a
            // comma, a verb with a name after it that ends the clause is an attribution turned
            // round ("Aaron Kall, the director of debate, said Trump is …" is not).
            let inverted = v > from && doc.token_text(v - 1) == "," && {
                let named = actors.mention_at_token(v + 1).or_else(|| {
                    (v + 3 < to && lexicon::honorific(doc.token_text(v + 1)).is_some())
                        .then(|| actors.mention_at_token(v + 3))
                        .flatten()
                });
                named.is_some_and(|m| {
                    actors.list[m.actor].kind == ActorKind::Person
                        && (m.last_token + 1 >= to
                            || matches!(doc.token_text(m.last_token + 1), "," | "." | ";"))
                })
            };
            let speaker = if passive {
                by_agent()
            } else if according {
                speaker_after(doc, actors, v + 1, to, &inside, &in_quote)
            } else if inverted {
                speaker_after(doc, actors, v, to, &inside, &in_quote)
            } else {
                speaker_before(doc, actors, from, v, &inside, &in_quote)
                    .or_else(|| speaker_after(doc, actors, v, to, &inside, &in_quote))
            };
            if let Some(a) = speaker {
                if best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, a));
                }
            }
        }
        if is_short[qi] && best.is_none() {
            unattributed_short[qi] = true;
            continue;
        }
        let para_end = doc.paragraphs[q.paragraph].end;
        let para_to = doc.sentences[doc.sentence_at(para_end.saturating_sub(1))].end_token;
        quotes[qi].speaker = best
            .map(|(_, a)| a)
            .or_else(|| dash_attribution(doc, actors, q_last, para_to.max(to)))
            .or_else(|| name_before_colon(doc, actors, from, q_first))
            .or_else(|| sentence_subject(doc, actors, first_s, q_first, in_quote.as_slice()));
    }
    if unattributed_short.contains(&true) {
        let mut k = 0;
        quotes.retain(|_| {
            k += 1;
            !unattributed_short[k - 1]
        });
    }
    // Quotes joined by "and" or "or" share the verb that governs the first: "as Trump went on
    // about “how the system is rigged,” and “wounded American families”".
    for qi in 1..quotes.len() {
        let (prev, this) = (&quotes[qi - 1], &quotes[qi]);
        if prev.paragraph != this.paragraph || prev.speaker.is_none() || prev.end > this.start {
            continue;
        }
        let between = doc.text[prev.end..this.start].trim_matches(|c: char| {
            c.is_whitespace() || c == ',' || is_open_mark(c) || is_close_mark(c) || c == '"'
        });
        if matches!(between, "and" | "or") {
            quotes[qi].speaker = quotes[qi - 1].speaker;
        }
    }
    // Transcripts: a quote that opens with a speaker label ("PENCE: Well, look, …") is that
    // speaker's, and the label is not part of what was said. Without an actor of that name the
    // quote keeps no speaker rather than borrowing a neighbour's.
    let mut labelled = vec![false; quotes.len()];
    let mut label_speaker: std::collections::HashMap<usize, Option<usize>> = Default::default();
    for (qi, q) in quotes.iter_mut().enumerate() {
        // Everything quoted further on in a labelled paragraph is the labelled speaker's.
        if let Some(&speaker) = label_speaker.get(&q.paragraph) {
            labelled[qi] = true;
            q.speaker = speaker;
            continue;
        }
        // Only where the quote opens its paragraph, as transcripts are laid out.
        if !opens_paragraph(doc, q) {
            continue;
        }
        if let Some((label, skip)) = transcript_label(&doc.text[q.start..q.end]) {
            labelled[qi] = true;
            q.start += skip;
            q.speaker = person_named(actors, label);
            label_speaker.insert(q.paragraph, q.speaker);
        }
    }
    // Quotes whose own sentence describes who said them without a name ("the paper says")
    // keep those words, and take no neighbour's speaker.
    let own_verb = describe_unnamed_sources(doc, actors, &mut quotes, &labelled, &in_quote);
    // Quotes with no speaker of their own: the nearest attributed quote of their paragraph, the
    // running quote from the paragraph before, or whoever that paragraph introduces. Each is
    // found in one pass so that pages of many quotes stay linear.
    let n = quotes.len();
    let mut prev_in_para: Vec<Option<usize>> = vec![None; n];
    let mut last: Option<usize> = None;
    for qi in 0..n {
        if last.is_some_and(|l| quotes[l].paragraph != quotes[qi].paragraph) {
            last = None;
        }
        prev_in_para[qi] = last;
        if quotes[qi].speaker.is_some() {
            last = Some(qi);
        }
    }
    let mut next_in_para: Vec<Option<usize>> = vec![None; n];
    let mut next: Option<usize> = None;
    for qi in (0..n).rev() {
        if next.is_some_and(|x| quotes[x].paragraph != quotes[qi].paragraph) {
            next = None;
        }
        next_in_para[qi] = next;
        if quotes[qi].speaker.is_some() {
            next = Some(qi);
        }
    }
    // The speaker of the last quote of each paragraph.
    let mut last_speaker_of: std::collections::HashMap<usize, Option<usize>> =
        std::collections::HashMap::new();
    for q in &quotes {
        last_speaker_of.insert(q.paragraph, q.speaker);
    }
    // Paragraphs that are all quotes, with no letter outside their quoted stretches: "“…
    // them. “And why should I sell him? …”" runs on from the paragraph before as one quote does.
    let mut all_quoted: Vec<bool> = vec![false; doc.paragraphs.len()];
    let mut qi = 0;
    while qi < n {
        let p = quotes[qi].paragraph;
        let para = &doc.paragraphs[p];
        let mut at = para.start;
        let mut letters = false;
        while qi < n && quotes[qi].paragraph == p {
            let start = quotes[qi].start.clamp(at, para.end);
            letters |= doc.text[at..start].chars().any(char::is_alphabetic);
            at = quotes[qi].end.clamp(at, para.end);
            qi += 1;
        }
        letters |= doc.text[at..para.end].chars().any(char::is_alphabetic);
        all_quoted[p] = !letters;
    }
    let mut introduced_by: std::collections::HashMap<usize, Option<usize>> =
        std::collections::HashMap::new();
    for qi in 0..n {
        if quotes[qi].speaker.is_some() || labelled[qi] || quotes[qi].source.is_some() {
            continue;
        }
        let p = quotes[qi].paragraph;
        let start = quotes[qi].start;
        let same_paragraph = match (prev_in_para[qi], next_in_para[qi]) {
            (Some(a), Some(b)) => Some(if start - quotes[a].start <= quotes[b].start - start {
                a
            } else {
                b
            }),
            (a, b) => a.or(b),
        }
        .and_then(|o| quotes[o].speaker);
        let para = &doc.paragraphs[p];
        let frame_words = (para.end - para.start).saturating_sub(quotes[qi].end - quotes[qi].start);
        let whole_paragraph = frame_words < 12;
        let all_quotes = whole_paragraph || all_quoted[p];
        let from_previous = if p > 0 && (carried[p - 1] || all_quotes) {
            last_speaker_of
                .get(&(p - 1))
                .copied()
                .flatten()
                .or_else(|| {
                    if p > 1 && carried[p - 1] {
                        last_speaker_of.get(&(p - 2)).copied().flatten()
                    } else {
                        None
                    }
                })
        } else {
            None
        };
        // A paragraph that is all quote, after one that introduces it ("Caddell continued:")
        // or talks about someone: that someone.
        let after_colon = p > 0 && {
            let prev_para = &doc.paragraphs[p - 1];
            doc.text[prev_para.start..prev_para.end]
                .trim_end()
                .ends_with(':')
        };
        let introduced =
            if p > 0 && (whole_paragraph || (after_colon && opens_paragraph(doc, &quotes[qi]))) {
                *introduced_by
                    .entry(p - 1)
                    .or_insert_with(|| previous_paragraph_speaker(doc, actors, p - 1, &in_quote))
            } else {
                None
            };
        // A quote that opens its sentence, after one about someone in the same paragraph:
        // "Clinton touted her credentials. “We need to find ways …”".
        let after_subject = || {
            let s = quotes[qi].sentence;
            let first = doc.sentences[s].first_token;
            let opens = doc.tokens[first..doc.sentences[s].end_token]
                .iter()
                .position(|t| t.kind == TokenKind::Word)
                .is_some_and(|k| in_quote[first + k]);
            if !opens || s == 0 || doc.sentences[s - 1].paragraph != p {
                return None;
            }
            // "… while Kerry negotiates with Russia, Schiff said. “The other factor …”": the
            // previous sentence's speaker, else its subject.
            sentence_speaker(doc, actors, s - 1, &in_quote).or_else(|| {
                sentence_subject(
                    doc,
                    actors,
                    s - 1,
                    doc.sentences[s - 1].end_token,
                    &in_quote,
                )
            })
        };
        // A quote that opens its paragraph and is its whole sentence, after a paragraph whose
        // last sentence reports someone's words ("Mr Gates said that a lot of work had been
        // done …" then “We predicted …”), is theirs.
        let reported_before = || {
            // (Only a paragraph's first quote opens it: its sentence is read once.)
            if p == 0 || !opens_paragraph(doc, &quotes[qi]) {
                return None;
            }
            let s = quotes[qi].sentence;
            let alone = (doc.sentences[s].first_token..doc.sentences[s].end_token)
                .all(|t| doc.tokens[t].kind != TokenKind::Word || in_quote[t]);
            if !alone {
                return None;
            }
            let prev = &doc.paragraphs[p - 1];
            let s = doc.sentence_at(prev.end.saturating_sub(1));
            sentence_speaker(doc, actors, s, &in_quote)
        };
        // Else the quote before it in the paragraph, as just resolved: a quote nested in an
        // unclosed one ("\"… I’m going to read you the question: “As you know, …”").
        let earlier_in_paragraph = || {
            qi.checked_sub(1)
                .filter(|&o| quotes[o].paragraph == p)
                .and_then(|o| quotes[o].speaker)
        };
        // A speaker of reported words between the quote before and this one ("Lord Moynihan
        // said the policy would …" then “We aim to …”) is this quote's, before that quote's.
        let reported_between = {
            let s = quotes[qi].sentence;
            let before_quote_ends = prev_in_para[qi].map_or(0, |o| quotes[o].end);
            let words_of = |s: usize| {
                (doc.sentences[s].first_token..doc.sentences[s].end_token)
                    .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
            };
            // This sentence is the quote alone; the one before quotes no one, in a paragraph
            // that does not open inside a quote (whose sentences may all be quoted words).
            let para_text = doc.text[doc.paragraphs[p].start..doc.paragraphs[p].end].trim_start();
            // A verb that reports speech: "said the policy would", not "continued to
            // practise".
            let reports = |s: usize| {
                words_of(s).any(|t| {
                    lexicon::is_speech_verb(&doc.token_text(t).to_lowercase())
                        && doc
                            .tokens
                            .get(t + 1)
                            .is_some_and(|_| doc.token_text(t + 1) != "to")
                })
            };
            (s > 0
                && !para_text.starts_with(['"', '“', '\'', '‘'])
                && doc.sentences[s - 1].paragraph == p
                && reports(s - 1)
                && doc.tokens[doc.sentences[s - 1].first_token].start >= before_quote_ends
                && prev_in_para[qi].is_some()
                && words_of(s).all(|t| in_quote[t])
                && words_of(s - 1).all(|t| !in_quote[t]))
            .then(|| sentence_speaker(doc, actors, s - 1, &in_quote))
            .flatten()
            // (A person: "The Ofsted chief said …" names the organisation's mention.)
            .filter(|&a| actors.list[a].kind == ActorKind::Person)
        };
        // A quote that opens its paragraph, running on from one the paragraph before left
        // open, is still that speaker's, whoever is quoted later in its paragraph.
        let runs_on = p > 0 && carried[p - 1] && opens_paragraph(doc, &quotes[qi]);
        quotes[qi].speaker = reported_between
            .or(if runs_on { from_previous } else { None })
            .or(same_paragraph)
            .or(from_previous)
            .or(introduced)
            .or_else(reported_before)
            .or_else(after_subject)
            .or_else(earlier_in_paragraph);
        if qi + 1 == n || quotes[qi + 1].paragraph != p {
            last_speaker_of.insert(p, quotes[qi].speaker);
        }
    }
    pass_on_sources(&mut quotes, &labelled, &own_verb);
    mark_repeats(doc, &mut quotes);
    quotes
}

/// A quote the article gives twice (a pull quote, or a line the writer repeats further down)
/// is marked a repeat when its words, letters and digits only, are an earlier quote's and the
/// same speaker (or none) says them.
fn mark_repeats(doc: &Doc, quotes: &mut [QuoteInfo]) {
    let key = |q: &QuoteInfo| -> String {
        doc.text[q.start..q.end]
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mut seen: std::collections::HashSet<(String, Option<usize>)> = Default::default();
    for q in quotes.iter_mut() {
        q.repeat = !seen.insert((key(q), q.speaker));
    }
}

/// Who said a quote that has no named speaker, in the article's words: "“We got her!”
/// officers announced", "The victim's mother testified, describing her daughter as “…”",
/// "said a spokeswoman for the company". A quote with no such words of its own takes those of
/// the quote before it in its paragraph.
fn describe_unnamed_sources(
    doc: &Doc,
    actors: &Actors,
    quotes: &mut [QuoteInfo],
    labelled: &[bool],
    in_quote: &[bool],
) -> Vec<bool> {
    // Whether each quote has a speech verb of its own near it.
    let mut own_verb = vec![false; quotes.len()];
    for qi in 0..quotes.len() {
        if quotes[qi].speaker.is_some() || labelled[qi] {
            continue;
        }
        let first_s = quotes[qi].sentence;
        let (from, to, q_first, q_last) = quote_tokens(doc, &quotes[qi]);
        let window_from = q_first.saturating_sub(VERB_WINDOW).max(from);
        let window_to = (q_last + VERB_WINDOW).min(to);
        // Speech verbs outside the quote, nearest first (walking out from the quote).
        let is_verb = |v: usize| {
            if in_quote[v] || doc.tokens[v].kind != TokenKind::Word {
                return false;
            }
            let w = doc.token_text(v).to_lowercase();
            (lexicon::is_speech_verb(&w) && !used_as_noun(doc, v))
                || (w == "according" && v + 1 < to && doc.token_text(v + 1) == "to")
                || w == "per"
        };
        let verbs = (1..=VERB_WINDOW).flat_map(|d| {
            let before = q_first.checked_sub(d).filter(|&v| v >= window_from);
            let after = Some(q_last + d).filter(|&v| v < window_to);
            before.into_iter().chain(after)
        });
        let found = verbs.filter(|&v| is_verb(v)).find_map(|v| {
            own_verb[qi] = true;
            let w = doc.token_text(v).to_lowercase();
            if w == "according" {
                return unnamed_after(doc, v + 2, to, in_quote);
            }
            if w == "per" {
                return unnamed_after(doc, v + 1, to, in_quote);
            }
            // "a new report called Rags To Riches" names; "analysts called it “the end of an
            // era”" speaks.
            if matches!(
                w.as_str(),
                "called" | "dubbed" | "termed" | "labeled" | "labelled" | "branded"
            ) && !(v + 1 < to
                && matches!(
                    doc.token_text(v + 1),
                    "it" | "him" | "her" | "them" | "this" | "that"
                ))
            {
                return None;
            }
            unnamed_before(doc, from, v, in_quote)
                .or_else(|| general_speakers(doc, actors, v))
                .or_else(|| {
                    matches!(
                        w.as_str(),
                        "said"
                            | "says"
                            | "added"
                            | "adds"
                            | "wrote"
                            | "writes"
                            | "explained"
                            | "noted"
                    )
                    .then(|| unnamed_after(doc, v + 1, to, in_quote))
                    .flatten()
                })
                .or_else(|| {
                    // "The official said … . “…,” he said.": whom the sentence before describes.
                    let pronoun = |k: usize| {
                        k >= from
                            && k < to
                            && matches!(
                                doc.token_text(k).to_lowercase().as_str(),
                                "he" | "she" | "they"
                            )
                    };
                    let by_pronoun = (v > 0 && pronoun(v - 1)) || pronoun(v + 1);
                    let paragraph = doc.sentences[first_s].paragraph;
                    (first_s.saturating_sub(3)..first_s)
                        .rev()
                        .take_while(|&k| by_pronoun && doc.sentences[k].paragraph == paragraph)
                        .find_map(|k| described_in_sentence(doc, k, in_quote))
                })
        });
        // The description, then the person's name set off by a comma: the person.
        let appositive = found.and_then(|(_, b)| {
            // ("said the committee chairman, MP Edward Leigh": a title may come first.)
            (b + 2 < to && doc.token_text(b + 1) == ",")
                .then(|| {
                    (b + 2..(b + 5).min(to))
                        .take_while(|&k| doc.token_text(k).starts_with(char::is_uppercase))
                        .find_map(|k| actors.mention_at_token(k))
                })
                .flatten()
                .filter(|m| {
                    m.first_token <= b + 4
                        && actors.list[m.actor].kind == ActorKind::Person
                        && (m.last_token + 1 >= to
                            || matches!(doc.token_text(m.last_token + 1), "," | "." | ";" | ":"))
                })
        });
        if let Some(m) = appositive {
            quotes[qi].speaker = Some(m.actor);
        } else if let Some(a) = found.and_then(|(a, b)| described_actor(doc, actors, a, b)) {
            quotes[qi].speaker = Some(a);
        } else {
            quotes[qi].source = found.map(|(a, b)| (doc.tokens[a].start, doc.tokens[b].end));
        }
    }
    own_verb
}

/// How far back (in tokens) a definite description looks for the actor it stands for.
const DESCRIBED_ACTOR_WINDOW: usize = 400;

/// The person a short definite description stands for, named shortly before it with a role
/// that has the description's noun: "Bernard Laporte, the France coach, … “…,” the French
/// coach said" is Laporte. (Not "the company" for the nearest company: that was as often a
/// rival or a customer as the one that spoke, and the description itself is never wrong.)
fn described_actor(doc: &Doc, actors: &Actors, first: usize, head: usize) -> Option<usize> {
    if !doc.token_text(first).eq_ignore_ascii_case("the") || head < first + 1 || head > first + 3 {
        return None;
    }
    let noun = doc.token_text(head).to_lowercase();
    if !lexicon::is_role_noun(&noun) {
        return None;
    }
    // "Shadow foreign secretary Michael Ancram" is not "the Foreign Secretary", nor a former
    // or deputy one.
    let qualified = |role: &str| {
        role.split(|c: char| !c.is_alphanumeric())
            .filter(|w| {
                [
                    "shadow",
                    "former",
                    "deputy",
                    "vice",
                    "assistant",
                    "acting",
                    "ex",
                ]
                .iter()
                .any(|q| w.eq_ignore_ascii_case(q))
            })
            .any(|w| !(first..head).any(|k| doc.token_text(k).eq_ignore_ascii_case(w)))
    };
    let k = actors.mentions.partition_point(|m| m.last_token < first);
    actors.mentions[..k]
        .iter()
        .rev()
        .take_while(|m| first - m.last_token <= DESCRIBED_ACTOR_WINDOW)
        .map(|m| m.actor)
        .find(|&a| {
            let actor = &actors.list[a];
            actor.kind == ActorKind::Person
                && actor.role.as_deref().is_some_and(|r| {
                    r.split(|c: char| !c.is_alphanumeric() && c != '-')
                        .any(|w| w.eq_ignore_ascii_case(&noun))
                        && !qualified(r)
                })
        })
}

/// A quote with no speaker, no description and no speech verb of its own takes the description
/// of the quote before it in its paragraph: "“We got her!” officers announced. “He's in
/// custody.”"
fn pass_on_sources(quotes: &mut [QuoteInfo], labelled: &[bool], own_verb: &[bool]) {
    for qi in 1..quotes.len() {
        let (prev, this) = (&quotes[qi - 1], &quotes[qi]);
        if this.speaker.is_none()
            && this.source.is_none()
            && !labelled[qi]
            && !own_verb[qi]
            && prev.speaker.is_none()
            && prev.paragraph == this.paragraph
        {
            quotes[qi].source = quotes[qi - 1].source;
        }
    }
}

/// The speaker a sentence describes without naming, by its first speech verb that has one:
/// "The official said the government has not yet decided …".
fn described_in_sentence(doc: &Doc, s: usize, in_quote: &[bool]) -> Option<(usize, usize)> {
    let sentence = &doc.sentences[s];
    (sentence.first_token..sentence.end_token)
        .filter(|&v| {
            !in_quote[v]
                && doc.tokens[v].kind == TokenKind::Word
                && lexicon::is_speech_verb(&doc.token_text(v).to_lowercase())
                && !used_as_noun(doc, v)
        })
        .find_map(|v| unnamed_before(doc, sentence.first_token, v, in_quote))
}

/// A lower-case word that names whoever speaks without naming them: "officers", "a
/// spokeswoman", "the victim's mother", "the letter".
fn names_someone(word: &str) -> bool {
    lexicon::is_people_noun(word)
        || lexicon::is_speaker_noun(word.trim_end_matches('s'))
        || lexicon::is_trade_plural(word)
}

/// Words that open a description of someone: "the", "a", "one", "his", "several".
fn is_determiner(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "one"
            | "two"
            | "three"
            | "some"
            | "several"
            | "many"
            | "other"
            | "another"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "both"
            | "most"
            | "these"
            | "those"
            | "this"
    )
}

/// The last word of the subject of the verb at `v`, over up to two auxiliaries or adverbs
/// between them: "officers later said", "police have said", "a spokeswoman would only say".
fn subject_end_before(doc: &Doc, from: usize, v: usize) -> Option<usize> {
    let mut head = v.checked_sub(1)?;
    for _ in 0..2 {
        if head > from
            && matches!(
                doc.token_text(head),
                "also"
                    | "later"
                    | "then"
                    | "had"
                    | "has"
                    | "have"
                    | "would"
                    | "will"
                    | "could"
                    | "can"
                    | "might"
                    | "should"
                    | "only"
                    | "previously"
                    | "earlier"
                    | "reportedly"
                    | "once"
                    | "recently"
                    | "quickly"
                    | "often"
                    | "frequently"
                    | "repeatedly"
                    | "simply"
                    | "finally"
                    | "just"
                    | "allegedly"
                    | "publicly"
                    | "privately"
                    | "still"
                    | "always"
                    | "never"
                    | "again"
                    | "first"
            )
        {
            head -= 1;
        }
    }
    Some(head)
}

/// The description that ends right before a speech verb at `v` ("officers announced", "a
/// senior official said", "Fort Worth police later said"), as a token span.
fn unnamed_before(doc: &Doc, from: usize, v: usize, in_quote: &[bool]) -> Option<(usize, usize)> {
    let head = subject_end_before(doc, from, v)?;
    if let Some(start) = office_before(doc, from, head, in_quote) {
        return Some((start, head));
    }
    let word = doc.token_text(head);
    // ("Demonstrators said they want …": capitalised only for opening the sentence.)
    let opens_sentence = head == from && word.starts_with(char::is_uppercase);
    if head < from
        || in_quote[head]
        || doc.tokens[head].kind != TokenKind::Word
        || !(word.starts_with(char::is_lowercase) || opens_sentence)
        || !names_someone(&word.to_lowercase())
    {
        return None;
    }
    // Back to a determiner within a few words ("the victim's mother"), else over the
    // capitalised words right before the noun ("Fort Worth police").
    let mut start = head;
    for k in (from..head).rev().take(4) {
        let w = doc.token_text(k);
        if in_quote[k] || doc.tokens[k].kind == TokenKind::Punct {
            break;
        }
        if is_determiner(w) {
            start = k;
            break;
        }
        if lexicon::is_function_word(&w.to_lowercase()) && !w.ends_with("’s") && !w.ends_with("'s")
        {
            break;
        }
    }
    if start == head {
        // With no determiner: the words before the noun when they run back to where the
        // sentence or a clause starts ("Former royal PR aides called it …"), else only the
        // capitalised ones ("… moments heavily armed officers said": "officers").
        let modifier = |k: usize| {
            let w = doc.token_text(k);
            !in_quote[k]
                && doc.tokens[k].kind == TokenKind::Word
                && !is_determiner(w)
                && !lexicon::is_function_word(&w.to_lowercase())
                && !lexicon::is_speech_verb(&w.to_lowercase())
        };
        let mut k = head;
        while k > from && k + 3 > head && modifier(k - 1) {
            k -= 1;
        }
        let boundary = k == from
            || doc.tokens[k - 1].kind == TokenKind::Punct
            || lexicon::is_function_word(&doc.token_text(k - 1).to_lowercase());
        if boundary {
            start = k;
        }
    }
    // "A Department for Work and Pensions spokeswoman", "A Five spokesman": a name before the
    // noun, connectors and all, back to its determiner.
    if start == head || !is_determiner(doc.token_text(start)) {
        let k = capitalised_before(doc, from, head, in_quote);
        if k < start {
            start = k;
        }
    }
    // Its determiner: "a Department for Work and Pensions spokeswoman".
    if start > from
        && start < head
        && is_determiner(doc.token_text(start - 1))
        && !in_quote[start - 1]
    {
        start -= 1;
    }
    // "Kaplan, also an avid collector of games, rare tarot cards, and books says": the end of
    // a list in an aside, not the subject.
    if start > from
        && !is_determiner(doc.token_text(start))
        && matches!(doc.token_text(start - 1), "and" | "or")
    {
        return None;
    }
    Some((start, head))
}

/// "The Prime Minister said", "The Archbishop of Canterbury said": an office written in
/// capitals after "the", ending at `head` (its role noun, or the place of "of" after it), held
/// by someone the article does not name there. Where "the" stands, or None.
fn office_before(doc: &Doc, from: usize, head: usize, in_quote: &[bool]) -> Option<usize> {
    let capital = |k: usize| {
        k >= from
            && !in_quote[k]
            && doc.tokens[k].kind == TokenKind::Word
            && doc.token_text(k).starts_with(char::is_uppercase)
    };
    // (And the church's and peerage's offices, which are no role before a name: "the
    // Archbishop of Westminster, Cardinal Cormac Murphy-O'Connor".)
    let role = |k: usize| {
        let w = doc.token_text(k).to_lowercase();
        capital(k)
            && (lexicon::is_role_noun(&w)
                || matches!(w.as_str(), "archbishop" | "duke" | "duchess" | "earl"))
    };
    let role_at = if role(head) {
        head
    } else if head >= from + 2
        && capital(head)
        && doc.token_text(head - 1) == "of"
        && role(head - 2)
    {
        head - 2
    } else {
        return None;
    };
    // Back over the office's other words ("Prime", "Foreign") to its "the".
    let mut k = role_at;
    while k > from && role_at - k < 3 && capital(k - 1) && !is_determiner(doc.token_text(k - 1)) {
        k -= 1;
    }
    (k > from && doc.token_text(k - 1).eq_ignore_ascii_case("the") && !in_quote[k - 1])
        .then_some(k - 1)
}

/// Where the capitalised name right before `head` starts ("Fort Worth police", "Department
/// for Work and Pensions spokeswoman", "Five spokesman"), or `head` when there is none.
fn capitalised_before(doc: &Doc, from: usize, head: usize, in_quote: &[bool]) -> usize {
    let capital = |k: usize| {
        let w = doc.token_text(k);
        !in_quote[k]
            && doc.tokens[k].kind == TokenKind::Word
            && w.starts_with(char::is_uppercase)
            && !is_determiner(w)
            && !lexicon::is_speech_verb(&w.to_lowercase())
    };
    let mut start = head;
    let mut k = head;
    while k > from && head - k < 8 {
        let w = doc.token_text(k - 1);
        if capital(k - 1) {
            k -= 1;
            start = k;
        } else if matches!(w, "for" | "of" | "and" | "&")
            && k - 1 > from
            && capital(k - 2)
            && k < head
        {
            k -= 1;
        } else {
            break;
        }
    }
    start
}

/// The description right after a speech verb (or "according to"), from `at`: "said a
/// spokeswoman for the company", "according to police".
fn unnamed_after(doc: &Doc, at: usize, to: usize, in_quote: &[bool]) -> Option<(usize, usize)> {
    if at >= to || in_quote[at] {
        return None;
    }
    let opens = is_determiner(doc.token_text(at));
    let head = (at..(at + 5).min(to))
        .take_while(|&k| !in_quote[k] && doc.tokens[k].kind == TokenKind::Word)
        .find(|&k| {
            let w = doc.token_text(k);
            w.starts_with(char::is_lowercase)
                && names_someone(w)
                && (opens || k == at || doc.token_text(at).starts_with(char::is_uppercase))
        })?;
    // "the festival's executive director", "the committee chairman": the whole title.
    let mut head = head;
    while head + 1 < to
        && !in_quote[head + 1]
        && doc.token_text(head + 1).starts_with(char::is_lowercase)
        && names_someone(doc.token_text(head + 1))
    {
        head += 1;
    }
    // "… for the company", "… of the group", "… at the scene": what the speaker is of.
    let mut end = head;
    if head + 2 < to && matches!(doc.token_text(head + 1), "for" | "of" | "at" | "with") {
        let more = (head + 2..(head + 6).min(to))
            .take_while(|&k| !in_quote[k] && doc.tokens[k].kind == TokenKind::Word)
            .last();
        if let Some(m) = more {
            end = m;
        }
    }
    Some((at, end))
}

/// A quote's sentences as a token range, and its own first and last tokens: (from, to,
/// first, last). Token positions by binary search: tokens are in text order.
fn quote_tokens(doc: &Doc, q: &QuoteInfo) -> (usize, usize, usize, usize) {
    let first_s = q.sentence;
    let last_s = doc.sentence_at(q.end.saturating_sub(1)).max(first_s);
    let from = doc.sentences[first_s].first_token;
    let to = doc.sentences[last_s].end_token;
    let q_first = from + doc.tokens[from..to].partition_point(|t| t.start < q.start);
    let q_last = (from + doc.tokens[from..to].partition_point(|t| t.end <= q.end))
        .saturating_sub(1)
        .max(q_first);
    (from, to, q_first, q_last)
}

/// Whether the speech verb at `v` is in the passive: a form of "be" before it, an adverb
/// perhaps between ("is widely thought", "was later told", "were described"). Not "was
/// saying".
fn is_passive(doc: &Doc, from: usize, v: usize) -> bool {
    let is_be = |k: usize| {
        matches!(
            doc.token_text(k).to_lowercase().as_str(),
            "is" | "are" | "was" | "were" | "be" | "been" | "being"
        )
    };
    let is_adverb = |k: usize| {
        let w = doc.token_text(k);
        w.ends_with("ly") || matches!(w, "also" | "not" | "never" | "often" | "later" | "once")
    };
    !doc.token_text(v).ends_with("ing")
        && v > from
        && (is_be(v - 1) || (v - 1 > from && is_adverb(v - 1) && is_be(v - 2)))
}

/// Whether nothing but white space and opening marks comes before the quote in its paragraph.
fn opens_paragraph(doc: &Doc, q: &QuoteInfo) -> bool {
    doc.text[doc.paragraphs[q.paragraph].start..q.start]
        .chars()
        .all(|c| c.is_whitespace() || is_open_mark(c) || c == '"')
}

/// A transcript's speaker label at the start of a quote: one to three words in capitals (at least
/// two letters, "MR." and initials allowed) and a colon, then the words. Gives the label's last
/// word and how many bytes the label and the space after it take.
fn transcript_label(quote: &str) -> Option<(&str, usize)> {
    let colon = quote.find(':')?;
    let label = &quote[..colon];
    let words: Vec<&str> = label.split_whitespace().collect();
    let is_label_word = |w: &str| {
        w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 1
    };
    let last = *words.last()?;
    if label.len() > 30
        || words.len() > 3
        || !words.iter().all(|w| is_label_word(w))
        || last.chars().filter(|c| c.is_alphabetic()).count() < 2
        || !quote[colon + 1..].starts_with(char::is_whitespace)
    {
        return None;
    }
    let rest = &quote[colon + 1..];
    let skip = colon + 1 + (rest.len() - rest.trim_start().len());
    (skip < quote.len()).then_some((last.trim_end_matches('.'), skip))
}

/// The person actor whose last name is `surname`, ignoring case ("PENCE" → Mike Pence).
fn person_named(actors: &Actors, surname: &str) -> Option<usize> {
    actors.list.iter().position(|a| {
        a.kind == ActorKind::Person
            && a.name
                .split_whitespace()
                .last()
                .is_some_and(|last| last.eq_ignore_ascii_case(surname))
    })
}

/// "“…” ― Pamela Padilla": a name after a dash right behind the closing quotation mark.
fn dash_attribution(doc: &Doc, actors: &Actors, q_last: usize, to: usize) -> Option<usize> {
    let mut t = q_last + 1;
    let mut seen_dash = false;
    while t < to.min(q_last + 5) {
        match doc.token_text(t) {
            "”" | "\"" | "," | "." => {}
            "―" | "—" | "–" | "-" => seen_dash = true,
            _ if seen_dash => {
                return actors
                    .mention_at_token(t)
                    .filter(|m| actors.list[m.actor].kind != ActorKind::Place)
                    .map(|m| m.actor);
            }
            _ => return None,
        }
        t += 1;
    }
    None
}

/// Who the paragraph before a quote-only paragraph is about: the subject of its last speech
/// verb, else the last person it names.
fn previous_paragraph_speaker(
    doc: &Doc,
    actors: &Actors,
    p: usize,
    in_quote: &[bool],
) -> Option<usize> {
    let para = &doc.paragraphs[p];
    let first_s = doc.sentence_at(para.start);
    let last_s = doc.sentence_at(para.end.saturating_sub(1));
    let from = doc.sentences[first_s].first_token;
    let to = doc.sentences[last_s].end_token;
    let inside = |t: usize| in_quote[t];
    for v in (from..to).rev() {
        if !inside(v) && lexicon::is_speech_verb(&doc.token_text(v).to_lowercase()) {
            let sentence_start = doc.sentences[doc.tokens[v].sentence].first_token;
            if let Some(a) = speaker_before(doc, actors, sentence_start, v, &inside, in_quote) {
                return Some(a);
            }
        }
    }
    // "Viguerie is upbeat about Cruz’s chances …": whom the last sentence is about.
    if let Some(a) = sentence_subject(doc, actors, last_s, to, in_quote) {
        if actors.list[a].kind == ActorKind::Person {
            return Some(a);
        }
    }
    let k = actors.mentions.partition_point(|m| m.first_token < to);
    actors.mentions[..k]
        .iter()
        .rev()
        .take_while(|m| m.first_token >= from)
        .find(|m| actors.list[m.actor].kind == ActorKind::Person && !in_quote[m.first_token])
        .map(|m| m.actor)
}

/// Whether the period at token `t` ends an abbreviation rather than a sentence: after an
/// honorific ("Sen."), inside parentheses ("(R-Fla.)"), or after a short capitalised word with a
/// name right after it ("Del. Stacey Plaskett").
fn abbreviation_period(doc: &Doc, t: usize) -> bool {
    let Some(prev) = t.checked_sub(1).map(|p| doc.token_text(p)) else {
        return false;
    };
    let next = doc
        .tokens
        .get(t + 1)
        .map(|_| doc.token_text(t + 1))
        .unwrap_or("");
    // A party and state: "R-Ky.", "D-N.C.".
    let party_state = ["R-", "D-", "I-"].iter().any(|p| {
        prev.strip_prefix(p).is_some_and(|state| {
            !state.is_empty() && state.chars().all(|c| c.is_alphabetic() || c == '.')
        })
    });
    lexicon::honorific(prev).is_some()
        || party_state
        || next == ")"
        || (prev.chars().count() <= 4
            && prev.chars().next().is_some_and(char::is_uppercase)
            && prev.chars().all(char::is_alphabetic)
            && next.chars().next().is_some_and(char::is_uppercase)
            && next.chars().count() > 1)
}

/// Whether a speech verb at `v` is a noun here: "Trump’s flurry of late-night *tweets*", "the
/// *remarks*", "his *claims*". A determiner, a possessive or "of" before it says so.
fn used_as_noun(doc: &Doc, v: usize) -> bool {
    if v == 0 {
        return false;
    }
    let before = doc.token_text(v - 1);
    if before.ends_with("’s") || before.ends_with("'s") || before.ends_with("-night") {
        return true;
    }
    // "state Del. Marcia Price", "state officials": the noun before a title or a role.
    if doc.token_text(v).eq_ignore_ascii_case("state") {
        let next = doc
            .tokens
            .get(v + 1)
            .map(|_| doc.token_text(v + 1))
            .unwrap_or("");
        if next.starts_with(char::is_uppercase)
            || lexicon::is_role_noun(next)
            || matches!(
                next,
                "officials" | "lawmakers" | "legislators" | "law" | "laws"
            )
        {
            return true;
        }
    }
    // "The Demos *report* was commissioned", "the Fed *statement* is": a verb's bare form
    // before an auxiliary, or after "the" and a name, is a noun.
    {
        let verb = doc.token_text(v);
        let bare = !verb.ends_with("ed") && !verb.ends_with('s') && verb != "said";
        let next = doc.tokens.get(v + 1).map(|_| doc.token_text(v + 1));
        if bare
            && next.is_some_and(|n| {
                matches!(n, "was" | "were" | "is" | "has" | "had" | "will" | "would")
            })
        {
            return true;
        }
        // (Not after a plural: "the Tories say".)
        if bare
            && v >= 2
            && before.starts_with(char::is_uppercase)
            && !before.ends_with('s')
            && !doc.is_sentence_initial(v - 1)
            && matches!(
                doc.token_text(v - 2).to_lowercase().as_str(),
                "the" | "a" | "an"
            )
        {
            return true;
        }
    }
    // "Kim’s mental *state*", "his latest *claim*": one lower-case word between a possessive
    // and a verb's bare form is an adjective, and the verb a noun.
    if v >= 2 && before.starts_with(char::is_lowercase) && !before.ends_with("ly") {
        let two_before = doc.token_text(v - 2);
        let possessive = two_before.ends_with("’s")
            || two_before.ends_with("'s")
            || matches!(
                two_before.to_lowercase().as_str(),
                "his" | "her" | "its" | "their" | "our" | "my" | "your" | "the" | "a" | "an"
            );
        // A bare form only: "the campaign's website *states*" is the verb.
        let verb = doc.token_text(v);
        let bare = !verb.ends_with("ed") && !verb.ends_with('s') && verb != "said";
        if possessive && bare {
            return true;
        }
    }
    matches!(
        before.to_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "of"
            | "these"
            | "those"
            | "recent"
            | "many"
            | "several"
            | "such"
            | "whose"
            // Not said here: "Rubio will *continue* to be …", "declined to *say*", "if
            // *asked*".
            | "if"
            | "unless"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "to"
            | "not"
            | "never"
    )
}

/// The name that introduces a quote with a colon: "… does not surprise Republican pollster
/// Daron Shaw: “Historically, …”".
fn name_before_colon(doc: &Doc, actors: &Actors, from: usize, q_first: usize) -> Option<usize> {
    let colon = (from..q_first)
        .rev()
        .find(|&k| doc.tokens[k].kind == TokenKind::Word || doc.token_text(k) == ":")?;
    if doc.token_text(colon) != ":" || colon == 0 {
        return None;
    }
    let m = actors.mention_at_token(colon - 1)?;
    // "… told the Dutch newspaper NRC Handelsblad: “…”" is said to it, not by it.
    let said_to = (m.first_token.saturating_sub(4)..m.first_token).any(|k| {
        matches!(
            doc.token_text(k).to_lowercase().as_str(),
            "to" | "with" | "told"
        )
    });
    (m.last_token == colon - 1 && actors.list[m.actor].kind != ActorKind::Place && !said_to)
        .then_some(m.actor)
}

/// How far, in tokens, a clause is read for its subject or an earlier verb: enough for news
/// sentences, and it keeps a page-long sentence with many quotes linear.
const CLAUSE_REACH: usize = 60;

/// Whether token `v` lies in the opening subordinate clause of its sentence ("After …,", "When
/// …,"), which ends with a comma before the quote at `q_first`.
fn in_opening_clause(doc: &Doc, from: usize, v: usize, q_first: usize) -> bool {
    let sentence_start = doc.sentences[doc.tokens[v].sentence].first_token.max(from);
    let Some(first_word) = (sentence_start..v).find(|&k| doc.tokens[k].kind == TokenKind::Word)
    else {
        return false;
    };
    if !matches!(
        doc.token_text(first_word).to_lowercase().as_str(),
        "after"
            | "when"
            | "while"
            | "as"
            | "before"
            | "because"
            | "although"
            | "though"
            | "if"
            | "since"
            | "once"
            | "until"
    ) {
        return false;
    }
    // "As White House press secretary Josh Earnest explained, …", "As RealClearPolitics’
    // David Byler pointed out in December, “…”" attribute the sentence (a verb nearer the
    // quote still wins).
    if doc.token_text(first_word).eq_ignore_ascii_case("as") {
        return false;
    }
    v - first_word <= CLAUSE_REACH
        && (v + 1..q_first).any(|k| doc.token_text(k) == ",")
        && !(first_word..v).any(|k| doc.token_text(k) == ",")
}

/// Words that open a clause of its own after a quote: a speech verb beyond one is not the
/// quote's ("“…,” when Clinton blasted him").
fn is_subordinator(word: &str) -> bool {
    matches!(
        word,
        "when"
            | "while"
            | "because"
            | "although"
            | "though"
            | "whereas"
            | "until"
            | "unless"
            | "if"
    )
}

/// Who speaks in sentence `s` by its last speech verb outside quotes: "…, Schiff said."
fn sentence_speaker(doc: &Doc, actors: &Actors, s: usize, in_quote: &[bool]) -> Option<usize> {
    let (from, to) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let inside = |t: usize| in_quote[t];
    (from..to)
        .rev()
        .filter(|&v| {
            !in_quote[v]
                && doc.tokens[v].kind == TokenKind::Word
                && lexicon::is_speech_verb(&doc.token_text(v).to_lowercase())
                && !used_as_noun(doc, v)
        })
        .find_map(|v| {
            speaker_before(doc, actors, from, v, &inside, in_quote)
                .or_else(|| speaker_after(doc, actors, v, to, &inside, in_quote))
        })
}

/// The subject of sentence `s` when it is named before the quote at token `quote` and the
/// sentence has no speech verb: "Trump barked “Go back to Univision”", "The New York Times
/// characterized … as a “journey from denial”". The sentence must open with the name (or "the"
/// and the name, or "he"/"she"), so that a name after a preposition or a verb is not taken.
fn sentence_subject(
    doc: &Doc,
    actors: &Actors,
    s: usize,
    quote: usize,
    in_quote: &[bool],
) -> Option<usize> {
    let mut t = doc.sentences[s].first_token;
    while t < quote && doc.tokens[t].kind != TokenKind::Word {
        t += 1;
    }
    if t >= quote || in_quote[t] {
        return None;
    }
    // "But Cruz would not comment on …", "Still, Clinton …": a conjunction or linking adverb.
    if matches!(
        doc.token_text(t).to_lowercase().as_str(),
        "but" | "and" | "yet" | "so" | "still" | "meanwhile" | "however" | "now"
    ) {
        t += 1;
        while t < quote && doc.tokens[t].kind != TokenKind::Word {
            t += 1;
        }
        if t >= quote || in_quote[t] {
            return None;
        }
    }
    // "In July, Gingrich dismissed …", "On “Face the Nation,” Sen. Bernie Sanders said …": a
    // short opening phrase and its comma come before the subject.
    // "With Democratic leaders increasingly worried about …, President Obama is rolling out":
    // a longer one.
    let opener = doc.token_text(t).to_lowercase();
    // "Speaking to MSNBC’s Morning Joe …, Bush referred to Rubio as “…”", "Asked about …,".
    let participle_opener = doc.token_text(t).starts_with(char::is_uppercase)
        && (opener.ends_with("ing") || opener.ends_with("ed"))
        && opener.len() > 4
        && actors.mention_at_token(t).is_none();
    let long_opener = participle_opener
        || matches!(
            opener.as_str(),
            "with" | "amid" | "despite" | "while" | "as"
        );
    if long_opener
        || matches!(
            opener.as_str(),
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "since"
                | "earlier"
                | "later"
                | "last"
        )
    {
        let reach = if long_opener { 30 } else { 12 };
        let comma = (t + 1..quote.min(t + reach)).find(|&k| doc.token_text(k) == ",")?;
        t = comma + 1;
        while t < quote && (doc.tokens[t].kind != TokenKind::Word) {
            t += 1;
        }
        if t >= quote || in_quote[t] {
            return None;
        }
    }
    let w = doc.token_text(t).to_lowercase();
    if matches!(w.as_str(), "he" | "she") {
        return resolve_pronoun(doc, actors, t, ActorKind::Person, in_quote);
    }
    // "The East Midlands MEP, who quit the party, wants his group to “change the face”": a
    // description with no one's name after it is someone named before, as "he" would be.
    if w == "the" {
        let described = description_at(doc, t, quote).filter(|&end| {
            // A noun phrase ("The England coach"), not a clause that reaches a role ("The
            // Tories have accused the prime minister", "The complaints about the star").
            (t + 1..end).all(|k| {
                let l = doc.token_text(k).to_lowercase();
                !lexicon::is_function_word(&l) && !lexicon::is_speech_verb(&l)
            }) && !(end + 1..quote).any(|k| {
                actors
                    .mention_at_token(k)
                    .is_some_and(|m| actors.list[m.actor].kind == ActorKind::Person)
            })
        });
        if let Some(end) = described {
            return described_person(doc, actors, t, end, in_quote);
        }
    }
    if w == "the" {
        t += 1;
    }
    // "Sen. Bernie Sanders", "President Obama": the name starts after its title.
    if t + 2 < quote
        && doc.token_text(t + 1) == "."
        && lexicon::honorific(doc.token_text(t)).is_some()
    {
        t += 2;
    } else if t + 1 < quote
        && actors.mention_at_token(t).is_none()
        && (lexicon::honorific(doc.token_text(t)).is_some()
            || lexicon::is_role_noun(&doc.token_text(t).to_lowercase()))
    {
        t += 1;
    }
    // "Republican presidential front-runner Donald Trump is questioning …": a description
    // before the name.
    if actors.mention_at_token(t).is_none() {
        let described = (t..(t + 5).min(quote))
            .take_while(|&k| {
                let w = doc.token_text(k);
                let l = w.to_lowercase();
                doc.tokens[k].kind == TokenKind::Word
                    && actors.mention_at_token(k).is_none()
                    && !lexicon::is_function_word(&l)
                    && !lexicon::is_speech_verb(&l)
                    && (w.starts_with(char::is_uppercase)
                        || lexicon::is_role_noun(&l)
                        || !(l.ends_with('s') || l.ends_with("ed")))
            })
            .last();
        if let Some(k) = described {
            if actors
                .mention_at_token(k + 1)
                .is_some_and(|m| actors.list[m.actor].kind == ActorKind::Person)
            {
                t = k + 1;
            }
        }
    }
    let m = actors.mention_at_token(t)?;
    // "Former Obama spokesman Robert Gibbs derided …": the person whose role follows the name.
    if let Some(holder) = role_holder(doc, actors, m.last_token + 1, quote) {
        return Some(holder);
    }
    (m.last_token < quote && actors.list[m.actor].kind != ActorKind::Place).then_some(m.actor)
}

/// The person a description that opens a sentence stands for ("The mayor then says", "The East
/// Midlands MEP … wants"): a party's or a body's officer ("The Tory leader") is the one with
/// that role; else the one person whose role holds the description's words ("London mayor"
/// for "The mayor"); else the person "he" would be, when that is also the one the article
/// names most (descriptions are mostly written of the article's own subject: "The actor
/// repeatedly refused" after "The actor's friend Budd Schulberg said" is not Schulberg, and
/// no one is given). A spokesman or an official is someone else, unnamed.
fn described_person(
    doc: &Doc,
    actors: &Actors,
    det: usize,
    noun: usize,
    in_quote: &[bool],
) -> Option<usize> {
    let most_named = actors.most_named_person()?;
    let holds_role = |a: usize| holds_role(actors, a, doc.token_text(noun));
    if is_adjective_officer(doc, det) && noun == det + 2 {
        let adjective = doc.token_text(det + 1);
        return officer_named(
            doc,
            actors,
            &[adjective],
            doc.token_text(noun),
            det,
            in_quote,
            0,
        )
        .filter(|&a| holds_role(a));
    }
    if let Some(m) = actors
        .mention_at_token(det + 1)
        .filter(|m| officer_description(doc, m) == Some(det))
    {
        return officer_of(doc, actors, m, det, in_quote, 0).filter(|&a| holds_role(a));
    }
    let words: Vec<String> = (det + 1..=noun)
        .map(|k| doc.token_text(k).to_lowercase())
        .collect();
    // Among the people named in the last forty mentions (a bounded look: an article of
    // thousands of such sentences stays linear).
    let k = actors.mentions.partition_point(|m| m.last_token < det);
    let mut with_role: Vec<usize> = Vec::new();
    for m in actors.mentions[..k].iter().rev().take(40) {
        let a = &actors.list[m.actor];
        let holds = a.kind == ActorKind::Person
            && a.role.as_deref().is_some_and(|r| {
                let role: Vec<String> = r.split_whitespace().map(str::to_lowercase).collect();
                words.iter().all(|w| role.contains(w))
            });
        if holds && !with_role.contains(&m.actor) {
            with_role.push(m.actor);
        }
    }
    match with_role[..] {
        [only] => return Some(only),
        [_, _, ..] => return None,
        [] => {}
    }
    if words.last().is_some_and(|w| {
        w.starts_with("spokes") || matches!(w.as_str(), "official" | "source" | "aide")
    }) {
        return None;
    }
    resolve_pronoun(doc, actors, det, ActorKind::Person, in_quote).filter(|&a| a == most_named)
}

/// Whether the person `a` holds the role the noun `role_word` names, or is the article's
/// most-named person: an officer found only as "he" would be is taken when the article is
/// about them.
fn holds_role(actors: &Actors, a: usize, role_word: &str) -> bool {
    let role_word = role_word.to_lowercase();
    Some(a) == actors.most_named_person()
        || actors.list[a]
            .role
            .as_deref()
            .is_some_and(|r| r.to_lowercase().split_whitespace().any(|w| w == role_word))
}

/// When mention `m` is a possessive ("Clinton’s", "Clinton ’s", "Sanders’"), the token after
/// its mark.
fn after_possessive(doc: &Doc, m: &crate::actors::Mention) -> Option<usize> {
    let end = doc.token_text(m.last_token);
    let next = doc
        .tokens
        .get(m.last_token + 1)
        .map(|_| doc.token_text(m.last_token + 1));
    if matches!(next, Some("’s" | "'s" | "’" | "'")) {
        Some(m.last_token + 2)
    } else if end.ends_with("’s") || end.ends_with("'s") {
        Some(m.last_token + 1)
    } else {
        None
    }
}

/// The person named right after a role that starts at token `from`: "[Clinton’s] top foreign
/// policy aide Jake Sullivan", "[Former Obama] spokesman Robert Gibbs". Up to four lower-case
/// words, the last of them a role noun, all before `limit`.
fn role_holder(doc: &Doc, actors: &Actors, from: usize, limit: usize) -> Option<usize> {
    let role_end = (from..(from + 4).min(limit))
        .take_while(|&k| doc.token_text(k).starts_with(char::is_lowercase))
        .filter(|&k| lexicon::is_role_noun(doc.token_text(k)))
        .last()?;
    actors
        .mention_at_token(role_end + 1)
        .filter(|h| h.last_token < limit && actors.list[h.actor].kind == ActorKind::Person)
        .map(|h| h.actor)
}

/// A person's sex where the text shows it: a courtesy title ("Mr. Kirby", "Ms. Jean-Pierre") or
/// a first name the Census gives mostly to one ("John Kirby").
fn sex_of(person: &crate::actors::ActorInfo) -> Option<Sex> {
    for alias in &person.aliases {
        if alias.starts_with("Mr.") {
            return Some(Sex::Male);
        }
        if alias.starts_with("Ms.") || alias.starts_with("Mrs.") {
            return Some(Sex::Female);
        }
    }
    lexicon::first_name_sex(person.name.split(' ').next()?)
}

/// How many of a sentence's first names are looked at for its subject.
const SUBJECT_LOOKAHEAD: usize = 50;

/// Longest description of a person: "the former secretary of state and current Democratic
/// presidential nominee".
const DESCRIPTION_WINDOW: usize = 12;

/// A description of a person starting at `det` ("the", "a", "an", "another", "one"): words up
/// to a role noun, which ends it, before `limit`. Gives the role noun's token.
fn description_at(doc: &Doc, det: usize, limit: usize) -> Option<usize> {
    let w = doc.token_text(det).to_lowercase();
    if !matches!(w.as_str(), "the" | "a" | "an" | "another" | "one") {
        return None;
    }
    let mut end = None;
    for k in det + 1..limit.min(det + DESCRIPTION_WINDOW) {
        if doc.tokens[k].kind != TokenKind::Word {
            break;
        }
        let word = doc.token_text(k);
        // ("the East Midlands MEP": a role's initials.)
        let initials = word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase());
        if is_person_noun(word) || (initials && lexicon::is_role_noun(&word.to_lowercase())) {
            end = Some(k);
        }
    }
    end
}

/// The determiner of a description of a person that ends just before the verb at `verb`
/// ("the Vermont senator acknowledged"), with no name of a person in it.
fn description_before(doc: &Doc, from: usize, verb: usize) -> Option<usize> {
    let noun = verb.checked_sub(1)?;
    if !is_person_noun(doc.token_text(noun)) {
        return None;
    }
    let stop = noun.saturating_sub(DESCRIPTION_WINDOW).max(from);
    (stop..noun)
        .rev()
        .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
        .find(|&k| description_at(doc, k, noun + 1) == Some(noun))
}

/// A noun for a person: a role ("the senator", "the world champion") or an age ("the
/// 22-year-old"). ("Champion" is no role of the actors: it is a surname too, "Gill Champion".)
fn is_person_noun(word: &str) -> bool {
    lexicon::is_role_noun(word)
        || word == "champion"
        || word
            .strip_suffix("-year-old")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn pronoun_kind(word: &str) -> Option<ActorKind> {
    match word {
        "he" | "she" | "him" | "her" => Some(ActorKind::Person),
        "it" | "they" => Some(ActorKind::Organization),
        _ => None,
    }
}

/// The name or pronoun just before a speech verb at `verb`: "Mr. Kirby told", "it said",
/// "John Kirby, the White House spokesman, said".
/// The words that open a sentence with people named only as a plural group ("Users", "Many
/// customers", "Some fans"), not by a name or a pronoun: the first and last token.
fn people_in_general_opening(doc: &Doc, actors: &Actors, start: usize) -> Option<(usize, usize)> {
    let first = doc.token_text(start).to_lowercase();
    let k = if matches!(first.as_str(), "many" | "most" | "some" | "all") {
        start + 1
    } else {
        start
    };
    if k >= doc.tokens.len() || actors.mention_at_token(k).is_some() {
        return None;
    }
    let w = doc.token_text(k).to_lowercase();
    w.strip_suffix('s')
        .is_some_and(|one| {
            lexicon::is_speaker_noun(one)
                || lexicon::is_people_noun(&w)
                || lexicon::is_trade_plural(&w)
        })
        .then_some((start, k))
}

/// "Users will … get more on a song they have been listening to by asking: “What is this?”":
/// a speech verb after "by" in a sentence about people in general is what any of them may
/// say; the opening words describe them.
fn general_speakers(doc: &Doc, actors: &Actors, verb: usize) -> Option<(usize, usize)> {
    let by = verb.checked_sub(1)?;
    if !doc.token_text(by).eq_ignore_ascii_case("by")
        || !doc.token_text(verb).to_lowercase().ends_with("ing")
    {
        return None;
    }
    let start = doc.sentences[doc.tokens[verb].sentence].first_token;
    people_in_general_opening(doc, actors, start)
}

fn speaker_before(
    doc: &Doc,
    actors: &Actors,
    from: usize,
    verb: usize,
    inside: &dyn Fn(usize) -> bool,
    in_quote: &[bool],
) -> Option<usize> {
    let mut t = verb;
    let stop = verb.saturating_sub(SPEAKER_WINDOW).max(from);
    // "Aaron Kall, the director of debate at the University of Michigan, said": the name before
    // the appositive speaks, not the organisation inside it.
    // "Clinton … stressed her support … and said": a second verb of the same subject; the
    // sentence's first person speaks, not the last name before "and".
    // "Trump attacked Clinton …, saying, …": the same, for a participle after a comma.
    // Also after a preposition: "before claiming", "while adding", "by tweeting back at him".
    let participle = verb > from
        && doc.token_text(verb).to_lowercase().ends_with("ing")
        && matches!(
            doc.token_text(verb - 1).to_lowercase().as_str(),
            "," | "before" | "after" | "while" | "by" | "when" | "without" | "since"
        );
    let sentence_start = doc.sentences[doc.tokens[verb].sentence]
        .first_token
        .max(from);
    // "…, Lewandowski added, saying …", "Hollande said Tuesday in Paris, noting …": the speaker
    // of the sentence's speech verb before the participle. (Not itself a participle: "saying,
    // saying, …" must not recurse without end.)
    // "…, but now said", "and then told": a second verb of the sentence's subject, behind
    // an adverb or two.
    let coordinated = coordinated_verb(doc, from, verb);
    // "Lazar said he welcomed extradition and added, “…”": the same for a second verb, when
    // the first is not itself a second one (so that a chain of them stays one step).
    if participle || coordinated {
        let earlier = (sentence_start.max(verb.saturating_sub(CLAUSE_REACH))..verb - 1)
            .rev()
            .find(|&k| {
                let w = doc.token_text(k).to_lowercase();
                !inside(k)
                    && doc.tokens[k].kind == TokenKind::Word
                    && !w.ends_with("ing")
                    && lexicon::is_speech_verb(&w)
                    && !used_as_noun(doc, k)
                    // "he asked about X, called Omar a “terrorist” and said": a verb in a
                    // list has the list's subject, not the name before its comma.
                    && (k == 0 || doc.token_text(k - 1) != ",")
            })
            .filter(|&k| !coordinated_verb(doc, from, k));
        if let Some(a) =
            earlier.and_then(|k| speaker_before(doc, actors, from, k, inside, in_quote))
        {
            return Some(a);
        }
    }
    if verb > from && (coordinated || participle) {
        // The subject opens the sentence: a long one is not read to its end for each verb.
        let subject_end = (verb - 1).min(sentence_start + CLAUSE_REACH);
        for k in (sentence_start..subject_end).take_while(|&k| !inside(k)) {
            if k == sentence_start {
                if let Some(end) = description_at(doc, k, verb - 1) {
                    if end + 1 < verb {
                        return resolve_pronoun(doc, actors, k, ActorKind::Person, in_quote);
                    }
                }
            }
            if let Some(m) = actors.mention_at_token(k) {
                // "Trump’s “excesses” are sickening, Hollande said": not a possessive.
                if actors.list[m.actor].kind == ActorKind::Person
                    && after_possessive(doc, m).is_none()
                {
                    return Some(m.actor);
                }
                // "PolitiFact claimed “Trump exaggerates” … and concluded": an organisation
                // that opens the sentence is its subject.
                let opens = k == sentence_start
                    || (k == sentence_start + 1
                        && doc.token_text(sentence_start).eq_ignore_ascii_case("the"));
                // (Not in a pair: "Yahoo News and anchor Katie Couric … urged".)
                let paired = doc.tokens.get(m.last_token + 1).is_some()
                    && doc.token_text(m.last_token + 1) == "and";
                if opens
                    && !paired
                    && actors.list[m.actor].kind == ActorKind::Organization
                    && after_possessive(doc, m).is_none()
                {
                    // ("Newcastle boss Graeme Souness has reopened … after claiming": the
                    // one whose role names the organisation.)
                    return role_holder(doc, actors, m.last_token + 1, verb).or(Some(m.actor));
                }
            }
            let w = doc.token_text(k).to_lowercase();
            if matches!(w.as_str(), "he" | "she") {
                return resolve_pronoun(doc, actors, k, ActorKind::Person, in_quote);
            }
        }
        // People in general: no name or pronoun further on stands for them.
        if general_speakers(doc, actors, verb).is_some() {
            return None;
        }
    }
    // "Ian Hamilton, an expert in drug use at the University of York who did not work on the
    // study, told Newsweek": an appositive too long for the comma search below (a relative
    // clause, no comma before the verb), after the name that opens the sentence, or the
    // clause after a quote ("“…,” Kaplan, also an avid collector of games, rare tarot cards,
    // and books says").
    // (After the last quote before the verb: "Prince Harry should see “…”, Rabbi Marvin Hier,
    // founder of … said".)
    let after_quote = (from.max(sentence_start)..verb)
        .rev()
        .take(CLAUSE_REACH)
        .find(|&k| inside(k) || in_quote[k]);
    let clause_start = after_quote
        .and_then(|q| {
            (q + 1..verb)
                .find(|&k| doc.tokens[k].kind != TokenKind::Punct && !inside(k) && !in_quote[k])
        })
        .unwrap_or(sentence_start);
    // ("Prince Andrew, …": the name after a title that is not part of it.)
    let opener = actors.mention_at_token(clause_start).or_else(|| {
        let w = doc.token_text(clause_start);
        (lexicon::honorific(w).is_some() || lexicon::is_role_noun(&w.to_lowercase()))
            .then(|| actors.mention_at_token(clause_start + 1))
            .flatten()
            .filter(|m| m.first_token == clause_start + 1)
    });
    if let Some(m) = opener {
        let after = m.last_token + 1;
        let det = if after + 1 < verb && doc.token_text(after + 1).eq_ignore_ascii_case("also") {
            after + 2
        } else {
            after + 1
        };
        // (", founder of Jewish human rights group the Simon Wiesenthal Center said": a role
        // with no article.)
        let described = det + 1 < verb
            && doc.token_text(after) == ","
            && (matches!(
                doc.token_text(det).to_lowercase().as_str(),
                "a" | "an" | "the"
            ) || (doc.token_text(det).starts_with(char::is_lowercase)
                && lexicon::is_role_noun(doc.token_text(det))));
        if described
            && m.first_token <= clause_start + 1
            && actors.list[m.actor].kind == ActorKind::Person
            && verb - after <= 2 * APPOSITIVE_WINDOW
            && !(after..verb).any(|k| {
                inside(k)
                    // ("Prince Andrew, the younger brother of the heir, Charles, has told":
                    // a name inside the appositive is not a second speaker; "Smith, the
                    // mayor, and Jones said" is.)
                    || (actors
                        .mention_at_token(k)
                        .is_some_and(|n| actors.list[n.actor].kind == ActorKind::Person)
                        && doc.token_text(k - 1) == "and")
                    || lexicon::is_speech_verb(&doc.token_text(k).to_lowercase())
            })
        {
            return Some(m.actor);
        }
    }
    // "…, a senior fellow at the Tax Policy Center, has written": the verb's auxiliary stands
    // after the appositive.
    let verb = if verb > from + 1
        && matches!(doc.token_text(verb - 1), "has" | "have" | "had")
        && doc.token_text(verb - 2) == ","
    {
        verb - 1
    } else {
        verb
    };
    let appositive_stop = verb.saturating_sub(APPOSITIVE_WINDOW).max(from);
    // "Jim Chilton, senior vice president at Boeing Defense, Space, and Security, said": the
    // person before the appositive speaks; an organisation found on the way back speaks only
    // when no person is there.
    let mut organisation_in_chain = None;
    if verb > appositive_stop + 1 && doc.token_text(verb - 1) == "," {
        let stop = appositive_stop;
        let opening = (stop..verb - 1).rev().find(|&k| {
            let w = doc.token_text(k);
            (matches!(w, "," | ";" | "“" | "”" | "\"") && k + 1 < verb - 1)
                || (w == "." && !abbreviation_period(doc, k))
                || inside(k)
        });
        // Appositives in a chain ("Scott Pruitt, the attorney general of Oklahoma, one of the
        // states suing the EPA, said"): each comma back in turn, up to the window.
        let mut opening = opening;
        while let Some(k) =
            opening.filter(|&k| doc.token_text(k) == "," && k > stop && !inside(k - 1))
        {
            // "her senior policy adviser, Jake Sullivan, said": a name that is the whole
            // stretch between the commas.
            if let Some(m) = actors.mention_at_token(k + 1) {
                if m.first_token == k + 1
                    && m.last_token + 2 == verb
                    && actors.list[m.actor].kind == ActorKind::Person
                {
                    return Some(m.actor);
                }
            }
            // "Attorney General Roy Cooper (D), McCrory's opponent …, called": the name before
            // a party label in parentheses.
            let mut name_end = k - 1;
            if doc.token_text(name_end) == ")" {
                if let Some(open) = (name_end.saturating_sub(6).max(stop)..name_end)
                    .rev()
                    .find(|&j| doc.token_text(j) == "(")
                {
                    name_end = open.saturating_sub(1);
                }
            }
            if let Some(m) = actors.mention_at_token(name_end) {
                match actors.list[m.actor].kind {
                    ActorKind::Person => return Some(m.actor),
                    ActorKind::Organization => {
                        organisation_in_chain.get_or_insert(m.actor);
                    }
                    ActorKind::Place => {}
                }
            }
            opening = (stop..k).rev().find(|&k2| {
                let w = doc.token_text(k2);
                (matches!(w, "," | ";" | "“" | "”" | "\"") && k2 + 1 < k)
                    || (w == "." && !abbreviation_period(doc, k2))
                    || inside(k2)
            });
        }
    }
    if let Some(a) = organisation_in_chain {
        return Some(a);
    }
    // "The Florida senator said", "said the former secretary of state": someone named before,
    // found as "he" or "she" would be; "a senior official said" is no one named.
    // A description with a name in it ("a State Department official", "the Clinton campaign
    // spokesman") is left to the search below, which takes that name.
    if let Some(det) = description_before(doc, from, verb) {
        // (An organisation's head, "the Tory leader argued", is someone named before.)
        let named = (det..verb).any(|k| {
            actors.mention_at_token(k).is_some_and(|m| {
                actors.list[m.actor].kind != ActorKind::Place
                    && officer_description(doc, m) != Some(det)
            })
        });
        if !named && doc.token_text(det).eq_ignore_ascii_case("the") {
            let officer = actors
                .mention_at_token(det + 1)
                .filter(|m| officer_description(doc, m) == Some(det));
            return match officer {
                Some(m) => officer_of(doc, actors, m, det, in_quote, 0),
                // "the Tory leader argued": the party's adjective, no name. (One found only as
                // "he" would be is taken when the article is about them: "“…”, the Conservative
                // leader said", after a sentence on Mr Blair, under "…, says Howard".)
                None if is_adjective_officer(doc, det) => officer_named(
                    doc,
                    actors,
                    &[doc.token_text(det + 1)],
                    doc.token_text(det + 2),
                    det,
                    in_quote,
                    0,
                )
                .filter(|&a| holds_role(actors, a, doc.token_text(det + 2))),
                None => resolve_pronoun(doc, actors, det, ActorKind::Person, in_quote),
            };
        }
    }
    while t > stop {
        t -= 1;
        if inside(t) {
            return None;
        }
        let w = doc.token_text(t).to_lowercase();
        if let Some(m) = actors.mention_at_token(t) {
            let kind = actors.list[m.actor].kind;
            // "Russia insisted that Pyongyang “stop …”": a country speaks for its government
            // when it is the verb's subject ("officials in Russia said" is not).
            let country_speaks = kind == ActorKind::Place
                && m.last_token + 1 == verb
                && m.first_token.checked_sub(1).is_none_or(|b| {
                    !matches!(
                        doc.token_text(b).to_lowercase().as_str(),
                        "in" | "from"
                            | "of"
                            | "at"
                            | "to"
                            | "for"
                            | "with"
                            | "across"
                            | "by"
                            | "on"
                            | "into"
                    )
                });
            // "Archbishop Aris Shirvanian of the Armenian Patriarchate told": the person
            // before "of the".
            if kind == ActorKind::Organization {
                let mut b = m.first_token;
                while b > stop
                    && matches!(doc.token_text(b - 1).to_lowercase().as_str(), "the" | "of")
                {
                    b -= 1;
                }
                if b < m.first_token && doc.token_text(b) == "of" && b > 0 {
                    if let Some(p) = actors
                        .mention_at_token(b - 1)
                        .filter(|p| actors.list[p.actor].kind == ActorKind::Person)
                    {
                        return Some(p.actor);
                    }
                }
            }
            if kind != ActorKind::Place || country_speaks {
                return Some(m.actor);
            }
        }
        if let Some(kind) = pronoun_kind(&w) {
            return resolve_pronoun(doc, actors, t, kind, in_quote);
        }
        // "Jack Straw told the Commons that the US had agreed after “…”": the verb's clause
        // opens at "that"; who is named before it belongs to another verb.
        if matches!(w.as_str(), "." | ";" | "”" | "“" | "\"" | "that")
            && !(w == "." && abbreviation_period(doc, t))
        {
            return None;
        }
    }
    None
}

/// Whether token `t` lies in a relative clause opened a few words before it, with no comma
/// between: "The company that runs the AMAs, Dick Clark Productions, denies …" (the AMAs are
/// not the sentence's subject).
fn in_relative_clause(doc: &Doc, sentence_first: usize, t: usize) -> bool {
    (sentence_first..t)
        .rev()
        .take(8)
        .take_while(|&k| doc.token_text(k) != ",")
        .any(|k| matches!(doc.token_text(k), "that" | "which" | "who"))
}

/// Whether token `v` lies inside parentheses, within tokens `from..to` (the verb window, so
/// that a sentence of many quotes stays linear), that do not hold the quote at
/// `q_first..=q_last`.
fn in_aside_apart(
    doc: &Doc,
    from: usize,
    to: usize,
    v: usize,
    q_first: usize,
    q_last: usize,
) -> bool {
    if v < q_first {
        // An opening mark before the verb with no closing one between, and a closing mark
        // between the verb and the quote.
        let opened = (from..v)
            .rev()
            .map(|k| doc.token_text(k))
            .find(|w| matches!(*w, "(" | ")"))
            == Some("(");
        opened && (v + 1..q_first).any(|k| doc.token_text(k) == ")")
    } else if v > q_last {
        let closed = (v + 1..to)
            .map(|k| doc.token_text(k))
            .find(|w| matches!(*w, "(" | ")"))
            == Some(")");
        closed && (q_last + 1..v).any(|k| doc.token_text(k) == "(")
    } else {
        false
    }
}

/// Whether the verb at `verb` is a second verb of its subject: "and added", "but now said".
fn coordinated_verb(doc: &Doc, from: usize, verb: usize) -> bool {
    (verb.saturating_sub(3).max(from)..verb)
        .rev()
        .take_while(|&k| {
            let w = doc.token_text(k).to_lowercase();
            matches!(w.as_str(), "and" | "but")
                || w.ends_with("ly")
                || matches!(
                    w.as_str(),
                    "now" | "then" | "also" | "later" | "still" | "again"
                )
        })
        .any(|k| matches!(doc.token_text(k), "and" | "but"))
}

/// The name or pronoun just after a speech verb: "said Ms. Jean-Pierre", "continued the White
/// House", "said White House press secretary Karine Jean-Pierre", "according to the White House".
fn speaker_after(
    doc: &Doc,
    actors: &Actors,
    verb: usize,
    to: usize,
    inside: &dyn Fn(usize) -> bool,
    in_quote: &[bool],
) -> Option<usize> {
    // "… told the Commons that …": who is told is not who speaks ("“…,” asked the minister"
    // may run backwards; "told" may not).
    if matches!(
        doc.token_text(verb).to_lowercase().as_str(),
        "told" | "tells" | "tell"
    ) {
        return None;
    }
    let mut t = verb + 1;
    let stop = (verb + 1 + SPEAKER_WINDOW).min(to);
    let mut persons_first: Option<usize> = None;
    while t < stop {
        if inside(t) {
            break;
        }
        let w = doc.token_text(t).to_lowercase();
        if let Some(m) = actors.mention_at_token(t) {
            let a = m.actor;
            // "said Kim's mental state is …": a possessive is what was said, not who said it.
            if let Some(k) = after_possessive(doc, m) {
                // "said Clinton’s top foreign policy aide Jake Sullivan": the person the
                // possessive's role describes.
                if let Some(person) = role_holder(doc, actors, k, stop) {
                    return Some(person);
                }
                // "said Florida’s Rick Wilson", "opined Cleveland’s Plain Dealer": the name
                // right after a place's or an organisation's possessive.
                if actors.list[a].kind != ActorKind::Person {
                    if let Some(n) = actors.mention_at_token(k).filter(|n| {
                        n.first_token == k && actors.list[n.actor].kind != ActorKind::Place
                    }) {
                        return Some(n.actor);
                    }
                }
                break;
            }
            if actors.list[a].kind == ActorKind::Person {
                // "said Clinton ally James Carville": the person the role after the name is.
                return Some(role_holder(doc, actors, m.last_token + 1, stop).unwrap_or(a));
            }
            // "said the Warriors chief": someone named before.
            if let Some(det) = officer_description(doc, m).filter(|_| persons_first.is_none()) {
                return officer_of(doc, actors, m, det, in_quote, 0);
            }
            // "said White House press secretary Karine Jean-Pierre": the person, if one follows.
            // ("said the Gloucester fly-half": a person the organisation's name describes,
            // whom the article does not name; not the organisation. But "said a Vodafone
            // spokesman": one who speaks for it.)
            let describes_someone = doc.tokens.get(m.last_token + 1).is_some_and(|_| {
                let next = doc.token_text(m.last_token + 1);
                next.starts_with(char::is_lowercase)
                    && lexicon::is_role_noun(next)
                    && !matches!(
                        next,
                        "spokesman"
                            | "spokeswoman"
                            | "spokesperson"
                            | "official"
                            | "representative"
                    )
            });
            if actors.list[a].kind == ActorKind::Organization
                && persons_first.is_none()
                && !describes_someone
            {
                persons_first = Some(a);
            }
            t = m.last_token + 1;
            continue;
        }
        // "said the American.", "said the 22-year-old.": a person described, closing the
        // clause, found as a description opening a sentence is.
        if t == verb + 1 && w == "the" {
            let end = description_at(doc, t, stop).or_else(|| {
                (t + 1 < stop && lexicon::is_demonym(doc.token_text(t + 1))).then_some(t + 1)
            });
            let closes = |e: usize| {
                doc.tokens
                    .get(e + 1)
                    .is_none_or(|_| matches!(doc.token_text(e + 1), "," | "." | ";" | "”" | "\""))
            };
            if let Some(end) = end.filter(|&e| closes(e)) {
                return described_person(doc, actors, t, end, in_quote);
            }
        }
        // "said he." speaks, and so does "said she wanted …"; "said it was" is what was said.
        let clause_ends = doc
            .tokens
            .get(t + 1)
            .is_none_or(|_| matches!(doc.token_text(t + 1), "," | "." | ";" | "”" | "\"" | "“"));
        if t == verb + 1 && (clause_ends || matches!(w.as_str(), "he" | "she")) {
            if let Some(kind) = pronoun_kind(&w) {
                return resolve_pronoun(doc, actors, t, kind, in_quote);
            }
        }
        // "worried about a lack of passion for Hillary Clinton": a verb's object is not its
        // speaker.
        if matches!(
            w.as_str(),
            "," | ";" | "“" | "”" | "\"" | "that" | "about" | "for" | "with" | "against" | "over"
        ) || (w == "." && !abbreviation_period(doc, t))
        {
            break;
        }
        t += 1;
    }
    persons_first
}

/// The actor a pronoun at token `t` stands for: the nearest fitting actor mentioned before it;
/// for "it", an organisation that was the first actor named in its sentence.
fn resolve_pronoun(
    doc: &Doc,
    actors: &Actors,
    t: usize,
    kind: ActorKind,
    in_quote: &[bool],
) -> Option<usize> {
    resolve_pronoun_within(doc, actors, t, kind, in_quote, 0)
}

/// The one who heads an organisation, named by it: "the Tory leader", "the Warriors chief".
/// Gives the token of "the". Such a description is someone named before, as "he" would be
/// ("a Nomura analyst", "the Clinton campaign spokesman" are not: one of many).
fn officer_description(doc: &Doc, m: &crate::actors::Mention) -> Option<usize> {
    let det = m.first_token.checked_sub(1)?;
    let role = doc
        .tokens
        .get(m.last_token + 1)
        .map(|_| doc.token_text(m.last_token + 1))?;
    (doc.token_text(det).eq_ignore_ascii_case("the") && is_officer_word(role)).then_some(det)
}

/// The nouns of an organisation's head: "leader", "chairman", "coach".
fn is_officer_word(word: &str) -> bool {
    matches!(
        word,
        "leader"
            | "chief"
            | "boss"
            | "chairman"
            | "chairwoman"
            | "manager"
            | "coach"
            | "captain"
            | "founder"
            | "owner"
    )
}

/// The person a description of an organisation's head names: the one whose role is that
/// ("Tory leader Michael Howard" for "the Tory leader"), else the one named last before it.
/// `names` are the organisation's names, or the party's adjective ("Tory").
fn officer_named(
    doc: &Doc,
    actors: &Actors,
    names: &[&str],
    role_word: &str,
    det: usize,
    in_quote: &[bool],
    hops: usize,
) -> Option<usize> {
    // Those whose role is the description's ("Chairman Steve Vaughan" for "the Chester
    // chairman"); of several, the one whose role also names the organisation.
    let with_role = |of_organisation: bool| -> Vec<usize> {
        actors
            .list
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                a.kind == ActorKind::Person
                    && a.role.as_deref().is_some_and(|r| {
                        let lower = r.to_lowercase();
                        let names_it = || names.iter().any(|n| lower.contains(&n.to_lowercase()));
                        // ("Liberal Democrat leader" is no Tory leader.)
                        let of_another = r
                            .split_whitespace()
                            .filter(|w| w.starts_with(char::is_uppercase))
                            .any(|w| !w.eq_ignore_ascii_case(role_word))
                            && !names_it();
                        lower.split_whitespace().any(|w| w == role_word)
                            && !of_another
                            && (!of_organisation || names_it())
                    })
            })
            .map(|(i, _)| i)
            .collect()
    };
    for of_organisation in [false, true] {
        if let [only] = with_role(of_organisation)[..] {
            return Some(only);
        }
    }
    resolve_pronoun_within(doc, actors, det, ActorKind::Person, in_quote, hops + 1)
}

/// The person "the <organisation mention m> <officer noun>" at `det` names.
fn officer_of(
    doc: &Doc,
    actors: &Actors,
    m: &crate::actors::Mention,
    det: usize,
    in_quote: &[bool],
    hops: usize,
) -> Option<usize> {
    let organisation = &actors.list[m.actor];
    let names: Vec<&str> = std::iter::once(organisation.name.as_str())
        .chain(organisation.aliases.iter().map(String::as_str))
        .collect();
    let role_word = doc.token_text(m.last_token + 1);
    officer_named(doc, actors, &names, role_word, det, in_quote, hops)
}

/// "The Tory leader", "the Democratic chairman": a party's or a nation's adjective and an
/// officer's noun after "the", between tokens `from` and `to` (not in a quote), nearest first.
/// Gives the determiner's token.
fn adjective_officer_description(
    doc: &Doc,
    from: usize,
    to: usize,
    in_quote: &[bool],
) -> Option<usize> {
    (from..to.saturating_sub(2))
        .rev()
        .find(|&det| !in_quote[det] && is_adjective_officer(doc, det))
}

/// Whether "the <adjective> <officer noun>" ("the Tory leader") starts at token `det`.
fn is_adjective_officer(doc: &Doc, det: usize) -> bool {
    det + 2 < doc.tokens.len()
        && doc.token_text(det).eq_ignore_ascii_case("the")
        && lexicon::is_demonym(doc.token_text(det + 1))
        && is_officer_word(doc.token_text(det + 2))
}

/// Whether the word before token `t` makes what starts there an object or a list's item: "for
/// Jay-Z", "such as Ludacris", "and Alicia Keys" (not "And Jamie Foxx" opening a sentence, nor
/// "according to Mandaric", a source).
fn after_object_word(doc: &Doc, t: usize) -> bool {
    let Some(b) = t
        .checked_sub(1)
        .filter(|&b| doc.tokens[b].sentence == doc.tokens[t].sentence)
    else {
        return false;
    };
    let opens_sentence = b == doc.sentences[doc.tokens[b].sentence].first_token;
    match doc.token_text(b).to_lowercase().as_str() {
        "and" | "or" => !opens_sentence,
        "to" => !(b > 0 && doc.token_text(b - 1).eq_ignore_ascii_case("according")),
        "for" | "with" | "by" | "from" | "of" | "about" | "against" | "at" | "on" | "in"
        | "like" | "as" | "than" | "including" | "between" => true,
        // "about the Muslim Brotherhood": behind an article.
        "the" | "a" | "an" => after_object_word(doc, b),
        _ => false,
    }
}

/// How many descriptions ("the Tory leader") one pronoun is followed back through.
const DESCRIPTION_HOPS: usize = 2;

/// How many sentences whose subject is the same pronoun one pronoun is followed back through.
const PRONOUN_HOPS: usize = 3;

fn resolve_pronoun_within(
    doc: &Doc,
    actors: &Actors,
    t: usize,
    kind: ActorKind,
    in_quote: &[bool],
    hops: usize,
) -> Option<usize> {
    let k = actors.mentions.partition_point(|m| m.last_token < t);
    // Unknown for a description ("the former secretary of state").
    let pronoun_sex = match doc.token_text(t).to_lowercase().as_str() {
        "she" | "her" => Some(Sex::Female),
        "he" | "him" | "his" => Some(Sex::Male),
        _ => None,
    };
    let fits = |person: &crate::actors::ActorInfo| {
        pronoun_sex.is_none() || sex_of(person).is_none_or(|sex| Some(sex) == pronoun_sex)
    };
    let mut fallback = None;
    let own_sentence = doc.tokens[t].sentence;
    // "The Tory leader countered … He declared": a party's officer described after the
    // nearest name, by the party's adjective (no name of its own), is whom the pronoun is.
    if kind == ActorKind::Person && hops < DESCRIPTION_HOPS {
        let nearest = k
            .checked_sub(1)
            .map_or(0, |n| actors.mentions[n].last_token + 1);
        let from = nearest.max(t.saturating_sub(CLAUSE_REACH * 4));
        if let Some(det) = adjective_officer_description(doc, from, t, in_quote) {
            let adjective = doc.token_text(det + 1);
            let role_word = doc.token_text(det + 2);
            return officer_named(doc, actors, &[adjective], role_word, det, in_quote, hops);
        }
    }
    for m in actors.mentions[..k].iter().rev().take(40) {
        let a = &actors.list[m.actor];
        // Names inside quotes are what was said, not who said it.
        if in_quote[m.first_token]
            || (kind != ActorKind::Person && doc.tokens[m.first_token].sentence == own_sentence)
        {
            continue;
        }
        // "The Tory leader countered … He declared": the one the description names.
        if kind == ActorKind::Person && a.kind == ActorKind::Organization && hops < DESCRIPTION_HOPS
        {
            if let Some(det) = officer_description(doc, m) {
                return officer_of(doc, actors, m, det, in_quote, hops);
            }
        }
        if a.kind != kind {
            continue;
        }
        if kind == ActorKind::Person {
            if !fits(a) {
                continue;
            }
            // The subject of the sentence that holds the nearest name is the likelier one:
            // "Hillary Clinton spoke about the death of Terence Crutcher. … she said".
            let s = doc.tokens[m.first_token].sentence;
            let first = doc.sentences[s].first_token;
            // And when that subject is the same pronoun, before any name ("During the call,
            // he asked about the Brotherhood, called Omar a terrorist …"), it is whom that
            // pronoun is: followed back a sentence or two.
            if hops < PRONOUN_HOPS {
                let same_pronoun = (first..m.first_token.min(first + CLAUSE_REACH))
                    .take_while(|&p| actors.mention_at_token(p).is_none())
                    .find(|&p| {
                        !in_quote[p]
                            && p != t
                            && doc.token_text(p).eq_ignore_ascii_case(doc.token_text(t))
                            && pronoun_sex.is_some()
                            // The sentence's subject: first ("And he said", "So he is"),
                            // after an opening phrase's comma or a quote ("“…,” he said");
                            // "Asked whether he was sure, Mr Howard said" is not.
                            && (doc.is_sentence_initial(p)
                                || matches!(doc.token_text(p - 1), "," | "\"" | "”")
                                || (doc.is_sentence_initial(p - 1)
                                    && matches!(
                                        doc.token_text(p - 1),
                                        "And" | "But" | "So" | "Then" | "Yet" | "Now" | "Still"
                                    )))
                    });
                if let Some(p) = same_pronoun {
                    return resolve_pronoun_within(doc, actors, p, kind, in_quote, hops + 1);
                }
            }
            // (A bounded look: a sentence of thousands of quoted names stays linear.)
            let subject = actors.mentions[..k]
                .iter()
                .skip(actors.mentions.partition_point(|o| o.first_token < first))
                .take(SUBJECT_LOOKAHEAD)
                // ("As their success attracted work for Jay-Z and Alicia Keys, West announced
                // …": a name after a preposition or in a list is an object, not the subject.)
                .find(|o| !in_quote[o.first_token] && !after_object_word(doc, o.first_token));
            if let Some(o) = subject {
                // "Cruz spokesman Rick Tyler said …": the role's holder is the subject.
                let holder = role_holder(
                    doc,
                    actors,
                    o.last_token + 1,
                    t.min(doc.sentences[s].end_token),
                )
                .filter(|&h| fits(&actors.list[h]));
                if let Some(h) = holder {
                    return Some(h);
                }
                let a2 = &actors.list[o.actor];
                if a2.kind == ActorKind::Person && o.first_token < m.first_token && fits(a2) {
                    return Some(o.actor);
                }
                // "UKIP's leader, Roger Knapman, has said he is glad to see the back of Mr
                // Kilroy-Silk": when an organisation or a place opens the sentence, its first
                // person that is no verb's object is the subject.
                if a2.kind != ActorKind::Person {
                    let person = actors.mentions[..k]
                        .iter()
                        .skip(
                            actors
                                .mentions
                                .partition_point(|p| p.first_token <= o.first_token),
                        )
                        .take(SUBJECT_LOOKAHEAD)
                        .take_while(|p| p.first_token < m.first_token)
                        .find(|p| {
                            actors.list[p.actor].kind == ActorKind::Person
                                && !in_quote[p.first_token]
                                && !after_object_word(doc, p.first_token)
                        });
                    if let Some(p) = person.filter(|p| fits(&actors.list[p.actor])) {
                        return Some(p.actor);
                    }
                }
            }
            return Some(m.actor);
        }
        let s = doc.tokens[m.first_token].sentence;
        let sentence_first = doc.sentences[s].first_token;
        let first_in_sentence = actors.mentions[actors
            .mentions
            .partition_point(|o| o.first_token < sentence_first)..]
            .iter()
            .take(SUBJECT_LOOKAHEAD)
            .find(|o| {
                doc.tokens[o.first_token].sentence == s
                    && !in_quote[o.first_token]
                    && !in_relative_clause(doc, sentence_first, o.first_token)
            })
            .map(|o| o.first_token)
            == Some(m.first_token);
        if first_in_sentence {
            return Some(m.actor);
        }
        fallback.get_or_insert(m.actor);
    }
    fallback
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The speakers of a text's quotes, in order, through the whole analysis.
    fn speakers_of(text: &str) -> Vec<Option<String>> {
        let options = crate::Options {
            raw: true,
            ..Default::default()
        };
        let a = crate::analyze(text, &options).expect("an analysis");
        a.quotes.into_iter().map(|q| q.speaker).collect()
    }

    fn sources_of(text: &str) -> Vec<(Option<String>, Option<String>)> {
        let options = crate::Options {
            raw: true,
            ..Default::default()
        };
        let a = crate::analyze(text, &options).expect("an analysis");
        assert_eq!(a.check_invariants(), Ok(()));
        a.quotes
            .into_iter()
            .map(|q| (q.speaker, q.source))
            .collect()
    }

    #[test]
    fn an_office_in_capitals_describes_its_unnamed_holder() {
        let text = "Shadow foreign secretary Michael Ancram spoke first. \"We have fought a positive campaign,\" he said.\n\nThe Foreign Secretary told the BBC: \"I was making an observation.\"\n\nThe Archbishop of Canterbury said: \"We must help the poor.\"";
        assert_eq!(
            sources_of(text),
            [
                (Some("Michael Ancram".to_string()), None),
                (None, Some("the Foreign Secretary".to_string())),
                // (A church's or a peer's title "of" a place is the name its holder goes by.)
                (Some("Archbishop of Canterbury".to_string()), None),
            ]
        );
    }

    #[test]
    fn what_people_in_general_may_say_is_theirs_not_a_named_speaker_s() {
        let text = "Apple makes the iPod. \"Speech is a natural fit for devices,\" said Alan Schwartz, a vice president of SpeechWorks. Users will also be able to get more on a song they have been listening to by asking: \"What is this?\"\n\nMayor Anna Smith ended the meeting by saying: \"We will build it.\"";
        assert_eq!(
            sources_of(text),
            [
                (Some("Alan Schwartz".to_string()), None),
                (None, Some("users".to_string())),
                // A named subject still speaks for "by saying".
                (Some("Anna Smith".to_string()), None),
            ]
        );
    }

    #[test]
    fn a_trade_in_the_plural_opening_a_sentence_is_described_not_named() {
        let described = |d: &str| (None, Some(d.to_string()));
        assert_eq!(
            sources_of(
                "The rally went on for hours in the city centre on Monday night.\n\n\
                Demonstrators said they want \"justice for Terrence,\" but pledged to remain \
                civil.\n\n\
                Paramedics said the crowd had been \"calm and kind\" all night."
            ),
            vec![described("Demonstrators"), described("Paramedics")]
        );
    }

    #[test]
    fn a_speaker_the_article_does_not_name_is_described_in_its_words() {
        let described = |d: &str| (None, Some(d.to_string()));
        assert_eq!(
            sources_of(
                "Police rescued the girl on Saturday night in Fort Worth.\n\n\
                \"We got her, we got her!\" officers announced on their radios. \"He's in \
                custody; we have her.\"\n\n\
                The victim's mother testified, describing her daughter as \"brave, strong, and \
                smart\" before the jury.\n\n\
                A Department for Work and Pensions spokeswoman said: \"The award reflects all \
                that he has achieved.\"\n\n\
                \"We will study this judgement in detail,\" said a spokesman for the company.\n\n\
                Christian Aid has urged firms to look after workers in a new report called \"Rags \
                To Riches To Rags\" this week.\n\n\
                \"Our mission was always to provide the best experience,\" said Opera \
                spokeswoman, Berit Hanson.\n\n\
                Stuart Kaplan founded the company in 1968. \"If I see a deck on sale,\" Kaplan, a collector of games, cards, and books \
                says, \"that upsets me.\""
            ),
            vec![
                described("officers"),
                described("officers"),
                described("the victim's mother"),
                described("a Department for Work and Pensions spokeswoman"),
                described("a spokesman for the company"),
                (Some("Berit Hanson".to_string()), None),
                (Some("Stuart Kaplan".to_string()), None),
                (Some("Stuart Kaplan".to_string()), None),
            ]
        );
    }

    #[test]
    fn the_sentences_own_description_beats_a_neighbours_name() {
        let found = sources_of(
            "The official said the government has not decided. \"The most important thing is \
            the method,\" he said.\n\n\
            Spanish Federation press officer Fernando Garrido said the press was to blame. \
            And Spanish daily ABC accuses English reporters of a witch-hunt. \"Perhaps it was \
            because their team had played so poorly,\" the paper says.\n\n\
            Wales coach Mike Ruddock was unhappy on Saturday. \"We created more opportunities \
            and squandered them,\" the coach said.",
        );
        assert_eq!(
            found,
            vec![
                (None, Some("the official".to_string())),
                (None, Some("the paper".to_string())),
                (Some("Mike Ruddock".to_string()), None),
            ]
        );
    }

    #[test]
    fn they_is_the_subject_not_a_name_in_its_relative_clause() {
        assert_eq!(
            speakers_of(
                "Big Machine have twice denied doing anything wrong.\n\nThe company that runs the \
                AMAs, Dick Clark Productions, denies that anything has been sorted, though.\n\n\
                “Any final agreement on this matter needs to be made with her team,” they said."
            ),
            vec![Some("Dick Clark Productions".to_string())]
        );
    }

    #[test]
    fn a_party_s_leader_described_by_its_adjective_is_the_one_with_that_role() {
        assert_eq!(
            speakers_of(
                "Tory leader Michael Howard spoke in Leeds on Monday. Mr Blair denied the \
                claim.\n\n“We will win,” the Tory leader said. “We agree,” said the Tory leader."
            ),
            vec![
                Some("Michael Howard".to_string()),
                Some("Michael Howard".to_string())
            ]
        );
    }

    #[test]
    fn a_lone_quote_after_someone_s_reported_words_is_theirs() {
        assert_eq!(
            speakers_of(
                "Shadow home secretary David Davis said children lacked sport. The plans would \
                help, “a great deal”, he said. Shadow sports minister Lord Moynihan said the \
                policy would empower clubs. “We aim to shift the emphasis to clubs.”"
            ),
            vec![
                Some("David Davis".to_string()),
                Some("Lord Moynihan".to_string())
            ]
        );
    }

    #[test]
    fn a_quote_opening_its_paragraph_is_the_reporting_paragraph_s_speaker() {
        // A paragraph of reported words, then one whose first sentence is all quote.
        assert_eq!(
            speakers_of(
                "Committee chairman John Denham said drink was sometimes used as an excuse.\n\n\
                 \"The committee believes that these arguments should be rejected.\" Judges \
                 disagree, according to lawyers."
            ),
            vec![Some("John Denham".to_string())]
        );
        // A paragraph of two quotes and nothing else runs on from the paragraph before.
        assert_eq!(
            speakers_of(
                "Birmingham manager Steve Bruce insists he will not sell Savage. \"A lot is \
                 said about him,\" he said.\n\n\
                 \"The fans love him because he works hard. \"And why should I sell him to \
                 someone else? I am not interested.\""
            ),
            vec![Some("Steve Bruce".to_string()); 3]
        );
        // A quote that has its own words of attribution takes no paragraph's speaker.
        assert_eq!(
            speakers_of(
                "Tony Blair has told Labour supporters he is back.\n\n\
                 \"The electorate are keener on the government than the members,\" is the dry \
                 assessment of a local councillor."
            ),
            vec![None]
        );
    }

    #[test]
    fn a_description_before_a_modal_or_of_a_champion_speaks() {
        assert_eq!(
            sources_of(
                "Downing Street would not be drawn on the claim. A Number 10 spokeswoman \
                 would only say: \"He will announce an election when he wants to.\""
            ),
            vec![(None, Some("a Number 10 spokeswoman".to_string()))]
        );
        assert_eq!(
            speakers_of(
                "Jason Gardener won the 60m in Sheffield. The world indoor champion said: \
                 \"I got to the airport and my stomach was upset.\""
            ),
            vec![Some("Jason Gardener".to_string())]
        );
    }

    #[test]
    fn a_person_described_after_the_verb_is_the_one_just_written_of() {
        assert_eq!(
            speakers_of(
                "Andy Roddick lost to Carlos Moya. Coach Patrick McEnroe was calm. \"We will \
                 learn from this,\" said McEnroe. Roddick was left frustrated after losing both \
                 his singles. \"It's just tough,\" said the American."
            ),
            vec![
                Some("Patrick McEnroe".to_string()),
                Some("Andy Roddick".to_string())
            ]
        );
    }

    #[test]
    fn a_party_s_officer_is_not_the_nearest_name_of_another_party() {
        // "The Conservative leader" is no "Mr Blair" of the sentence before: the article is
        // about Howard, as its title says.
        let options = crate::Options {
            raw: true,
            title: Some("UK heading wrong way, says Howard".to_string()),
            ..Default::default()
        };
        let text = "\
            Tony Blair has had the chance to tackle the problems and has failed, Michael Howard \
            has said. Mr Howard spoke in Leeds. Mr Blair was not there.\n\n\
            \"Britain is heading in the wrong direction,\" the Conservative leader said.";
        let a = crate::analyze(text, &options).expect("an analysis");
        assert_eq!(
            a.title.as_deref(),
            Some("UK heading wrong way, says Howard")
        );
        assert!(
            a.quotes
                .iter()
                .all(|q| q.speaker.as_deref() != Some("Tony Blair")),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn an_organisations_head_is_the_person_with_that_role() {
        assert_eq!(
            speakers_of(
                "Tory leader Michael Howard spoke in Leeds on Monday.\n\nMr Blair directly denied \
                the claim on Wednesday. The Tory leader countered that deals had been struck. He \
                declared: “He is the deals on meals prime minister.”\n\nChairman Steve Vaughan \
                made an offer. Aizlewood refused it. But the Chester chairman added: “They decided \
                to withdraw the verbal agreement.”"
            ),
            vec![
                Some("Michael Howard".to_string()),
                Some("Steve Vaughan".to_string())
            ]
        );
    }

    #[test]
    fn a_speech_verb_in_an_aside_is_not_the_quotes() {
        assert_eq!(
            speakers_of(
                "A fresh Reuters poll has lower numbers (44 percent of Americans say they want the \
                House to impeach and the Senate to convict), but shows that most Americans want \
                Congress to investigate Trump if he “committed impeachable offenses during his \
                conversation with the president of Ukraine.”"
            ),
            vec![None]
        );
    }

    #[test]
    fn the_name_before_a_long_appositive_speaks() {
        assert_speakers(
            "Ian Hamilton, an expert in drug use and mental health at the Department of Health Sciences at the University of York who did not work on the study, told Newsweek: \"Although the rise is small, it could equate to a large number of people.\"",
            &[Some("Ian Hamilton")],
        );
    }

    #[test]
    fn the_person_before_an_appositive_naming_a_company_speaks() {
        assert_speakers(
            "“We have developed the fewest steps to the Moon,” Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security, said in that statement.\n\n\
            \"The duty is paid at the border,\" Howard Gleckman, a senior fellow at the Tax Policy Center, has written.",
            &[Some("Jim Chilton"), Some("Howard Gleckman")],
        );
    }

    #[test]
    fn titles_of_works_are_not_said_and_hold_no_speaker() {
        let text = "On Tuesday’s episode of “The Steve Harvey Morning Show,” Hillary Clinton said she wanted to speak “directly to white people” today.\n\n\
            Ford wrote the story “Winter Solstice, Camelot Station” in 1988. “Don't you do it,” the officer shouted.\n\n\
            You can also subscribe to this newsletter: just tick “10 Things in Tech You Need to Know.”\n\n\
            When the feathers are in a duvet, the illness is called “feather duvet lung,” the doctor said.";
        let options = crate::Options {
            raw: true,
            ..Default::default()
        };
        let a = crate::analyze(text, &options).expect("an analysis");
        let said: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(said, ["directly to white people", "Don't you do it"]);
        assert_eq!(a.quotes[0].speaker.as_deref(), Some("Hillary Clinton"));
    }

    /// The quotes' speakers through the whole analysis are `expected`, in order.
    fn assert_speakers(text: &str, expected: &[Option<&str>]) {
        let speakers = speakers_of(text);
        let speakers: Vec<Option<&str>> = speakers.iter().map(Option::as_deref).collect();
        assert_eq!(speakers, expected);
    }

    #[test]
    fn speakers_behind_titles_appositives_and_abbreviations() {
        let text = "The hearing on the budget ran late into the evening on Tuesday.\n\n\
            \"The numbers simply do not add up for anyone here,\" said Representative Thomas J. Whitfield of Ohio.\n\n\
            \"We will not sign a budget like this one,\" Sen. Maria Lopez (D-Ariz.) said.\n\n\
            \"This is a waste of everyone's time,\" said Del. Anna Brooks of the Virgin Islands.\n\n\
            Paul Kern, the director of budget studies at the University of Utah, compared the vote to a game of \"musical chairs with no chairs left\" in the end.\n\n\
            \"Our assumption is that the veto will be overridden,\" Senate leader Mark Hollis, R-Ky., said on Tuesday.\n\n\
            Rep. Jim Jordan (R-Ohio) spoke after the vote. Aides \"got an immunity agreement from the panel,\" Jordan said.\n\n\
            Gingrich said the plan was \"a recipe for a very long winter\" for everyone.\n\n\
            Sen. Laura Finch stressed her support for the raid at a forum sponsored by NBC News and said she has what the job needs: \"Steadiness, and a great deal of patience.\"";
        assert_speakers(
            text,
            &[
                Some("Thomas J. Whitfield"),
                Some("Maria Lopez"),
                Some("Anna Brooks"),
                Some("Paul Kern"),
                Some("Mark Hollis"),
                Some("Jim Jordan"),
                Some("Gingrich"),
                Some("Laura Finch"),
            ],
        );
    }

    #[test]
    fn speakers_by_description_subject_participle_and_sex() {
        let text = "Hillary Clinton spoke on Tuesday about the death of Terence Crutcher in Tulsa.\n\n\
            On a morning radio show, the former secretary of state said she wanted to speak \"directly to white people\" about it.\n\n\
            Donald Trump attacked Clinton for her record in Libya, saying, \"She is trigger-happy and very unstable.\"\n\n\
            Clinton says Donald Trump’s flurry of late-night tweets was \"unhinged, even for him\" and worse.\n\n\
            Trump barked \"Go back to Univision\" at the reporter.\n\n\
            Marco Rubio met Jane Doe in Miami. He called the meeting \"a very good start for all of us\" afterwards.\n\n\
            Jane Doe toured the plant. \"We need to find ways to support workers like these,\" she said.";
        assert_speakers(
            text,
            &[
                Some("Hillary Clinton"),
                Some("Donald Trump"),
                Some("Hillary Clinton"),
                Some("Donald Trump"),
                Some("Marco Rubio"),
                Some("Jane Doe"),
            ],
        );
    }

    #[test]
    fn speakers_behind_appositive_chains_opening_phrases_and_the_sentence_before() {
        let text = "The states went to court over the rules on Monday.\n\n\
            \"It is an invasion of the state domain,\" Scott Pruitt, the attorney general of Oklahoma, one of the states suing the Environmental Protection Agency, said at an event.\n\n\
            In recent weeks, Harry Reid has gone after Trump as a \"human leech who will bleed the country\" in speeches.\n\n\
            The administration may wait while John Kerry negotiates with Russia, Adam Schiff said. \"The other factor is the appearance of it all.\"";
        assert_speakers(
            text,
            &[
                Some("Scott Pruitt"),
                Some("Harry Reid"),
                Some("Adam Schiff"),
            ],
        );
    }

    #[test]
    fn a_pronoun_follows_back_through_sentences_whose_subject_is_the_same_pronoun() {
        // "Omar" is the nearest name before each "he", but each sentence's subject is "he",
        // which is Carlineo; "called" in a list of verbs has the list's subject.
        let text = "Patrick Carlineo, 55, pleaded guilty to threatening Rep. Ilhan Omar.\n\n\
            He was arrested in April for the call to the offices of Omar.\n\n\
            During the call, he asked about the Muslim Brotherhood, called Omar a \
            “terrorist” and said, “somebody ought to do it,” the office said.\n\n\
            The staff member recalled that he said, \"I'll do it myself,\" the office said.";
        assert_eq!(
            speakers_of(text),
            [
                Some("Patrick Carlineo".to_string()),
                Some("Patrick Carlineo".to_string())
            ]
        );
    }

    #[test]
    fn a_quote_given_twice_is_marked_a_repeat_and_counted_once() {
        let text = "\"You will see things that Stadia can do,\" says Jack Buser, a director.\n\n\
            Buser spoke in San Francisco.\n\n\
            \"You will see things that Stadia can do.\"\n\n\
            \"You will see things Stadia can do,\" he added.";
        let options = crate::Options {
            raw: true,
            ..Default::default()
        };
        let a = crate::analyze(text, &options).expect("an analysis");
        let quotes: Vec<(Option<&str>, bool)> = a
            .quotes
            .iter()
            .map(|q| (q.speaker.as_deref(), q.repeat))
            .collect();
        // The third differs by a word: a quote of its own.
        assert_eq!(
            quotes,
            [
                (Some("Jack Buser"), false),
                (Some("Jack Buser"), true),
                (Some("Jack Buser"), false)
            ]
        );
        let buser = a.actors.iter().find(|x| x.name == "Jack Buser").unwrap();
        assert_eq!(buser.quotes, 2);
        assert_eq!(crate::render::quotes_by_speaker(&a)[0].1, [0, 2]);
    }

    #[test]
    fn who_is_told_does_not_speak() {
        assert_eq!(
            speakers_of(
                "Home Office minister Hazel Blears spoke on Tuesday.\n\n\
                \"The threat is most likely to come from those people associated with extremist \
                groups,\" told the Commons on Tuesday, a day after the vote."
            ),
            vec![None]
        );
        // A verb in the "that" clause: its subject is named after "that", not before.
        assert_eq!(
            speakers_of(
                "Foreign Secretary Jack Straw spoke on Tuesday.\n\n\
                Foreign Secretary Jack Straw told the Commons that the US had agreed after \
                \"intensive and complex discussions\" over security."
            ),
            vec![Some("Jack Straw".to_string())]
        );
    }

    #[test]
    fn a_quote_run_on_with_straight_marks_is_one_speakers() {
        // British papers open each new sentence of a running quote with a mark and close
        // only the last: the marks no longer pair, and each part is still the speaker's.
        let text = "Melzer has now beaten Agassi twice.\n\n\
            \"I had a good game plan and I executed it perfectly,\" said Melzer. \"It's always \
            tough to come out to play Andre. \"I didn't want him to play his game. He makes \
            you run like a dog all over the court.\" And Agassi, who was matched for power, \
            said Melzer was an example of several players willing to take their chances. \"A lot \
            more guys are capable of it now,\" said Agassi.";
        let options = crate::Options {
            raw: true,
            ..Default::default()
        };
        let a = crate::analyze(text, &options).expect("an analysis");
        let found: Vec<(&str, Option<&str>)> = a
            .quotes
            .iter()
            .map(|q| (q.text.as_str(), q.speaker.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                ("I had a good game plan and I executed it perfectly", Some("Melzer")),
                ("It's always tough to come out to play Andre.", Some("Melzer")),
                (
                    "I didn't want him to play his game. He makes you run like a dog all over the court.",
                    Some("Melzer")
                ),
                ("A lot more guys are capable of it now", Some("Agassi")),
            ]
        );
    }

    #[test]
    fn speakers_of_coordinated_quotes_participles_and_clauses_of_their_own() {
        let text = "The rally in Ohio ran for two hours on Saturday night.\n\n\
            As Mark Hollis went on about \"the schools that were promised,\" and \"the roads nobody fixed,\" Jane Doe said yes to everything.\n\n\
            The clip shows Mark Hollis saying at the debate, \"That is simply good business,\" when Jane Doe pressed him on taxes.\n\n\
            With many party leaders worried about turnout for Jane Doe among young voters, President Hollis is trying a new message: \"This one is about me.\"\n\n\
            Governor Tom Reilly (R) said little. Attorney General Ann Marsh (D), Reilly's opponent in the race, called for the tapes on Friday, saying openness \"brings people back to the table.\"\n\n\
            Paul Kern said Tuesday in Denver, noting that the plan \"makes no sense to anyone at all.\"";
        assert_speakers(
            text,
            &[
                Some("Mark Hollis"),
                Some("Mark Hollis"),
                Some("Mark Hollis"),
                Some("Mark Hollis"),
                Some("Ann Marsh"),
                Some("Paul Kern"),
            ],
        );
    }

    #[test]
    fn speakers_introduced_by_a_colon_a_possessive_role_a_description_or_a_bare_name() {
        let text = "The poll came out on Monday morning.\n\n\
            The timing of the surge does not surprise Republican pollster Daron Shaw: \"Lesser-known candidates often do well early.\"\n\n\
            \"This has to be the first time a candidate has done this,\" said Clinton’s top foreign policy aide Jake Sullivan.\n\n\
            Republican presidential front-runner Donald Trump is questioning whether anyone would have come \"if it were held anywhere else.\"";
        assert_speakers(
            text,
            &[
                Some("Daron Shaw"),
                Some("Jake Sullivan"),
                Some("Donald Trump"),
            ],
        );
        // A name that is also a word ("trump") opening a sentence is still the actor named so
        // elsewhere.
        let text = "Boos rained down when Trump mentioned the rules.\n\n\
            Trump gestured to the crowd, then leaned in and boomed: \"We will win this state in November.\"\n\n\
            \"There were some of us who thought so,\" Bozell points out.\n\n\
            Japan branded North Korea an \"outlaw nation in the neighborhood.\" Russia insisted that Pyongyang \"stop its dangerous escapades.\"\n\n\
            Officials in France said it was \"a threat to us all.\"";
        assert_eq!(
            speakers_of(text),
            vec![
                Some("Trump".to_string()),
                Some("Bozell".to_string()),
                Some("Japan".to_string()),
                Some("Russia".to_string()),
                None
            ]
        );
    }

    #[test]
    fn speakers_past_opening_clauses_coordinated_verbs_and_their_organisations() {
        let text = "In 1992, Hillary Clinton roiled traditionalists with one sentence.\n\n\
            After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, \"I suppose I could have chosen to stay home.\"\n\n\
            House Republican Thomas Massie used to support fellow Kentuckian Rand Paul, but now said Trump had \"the opportunity and the obligation to bring us together.\"\n\n\
            However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press, \"We have suffered the same fate.\"\n\n\
            Former Republican presidential candidate Jeb Bush broke it down to the Dutch newspaper NRC Handelsblad: \"What he did was so insensitive.\"\n\n\
            Former Obama spokesman Robert Gibbs derided and insulted \"the professional left\" at his briefings.\n\n\
            John Bolton said he would bring his expertise to the Trump Administration if asked. \"I am going to support him, and support him enthusiastically.\"\n\n\
            Richard Viguerie is upbeat about the chances of Ted Cruz, because he sees Cruz as a uniter.\n\n\
            \"Not only can Ted Cruz win in November, he is the one with the best chance of winning.\"\n\n\
            As White House press secretary Josh Earnest explained, three taxes were postponed, \"which sounds like a lot of money.\"\n\n\
            At a rally in Alabama, supporters punched a protester, with Donald Trump reportedly yelling: \"Get him out of here!\"";
        assert_speakers(
            text,
            &[
                Some("Hillary Clinton"),
                Some("Thomas Massie"),
                Some("Aris Shirvanian"),
                Some("Jeb Bush"),
                Some("Robert Gibbs"),
                Some("John Bolton"),
                Some("Richard Viguerie"),
                Some("Josh Earnest"),
                Some("Donald Trump"),
            ],
        );
    }

    #[test]
    fn transcript_labels_name_the_speaker_and_are_not_quoted() {
        let text = "Fox News host Chris Wallace interviewed Mike Pence on Sunday about the debate.\n\n\"PENCE: Well, look, the debate will be serious business for the whole country.\"\n\n\"WALLACE: Will she be there tomorrow night, as the campaign said?\"\n\n\"NATO: this is not a label because nobody here is called that.\"";
        let options = crate::Options {
            raw: true,
            ..Default::default()
        };
        let a = crate::analyze(text, &options).expect("an analysis");
        let said: Vec<(Option<&str>, &str)> = a
            .quotes
            .iter()
            .map(|q| (q.speaker.as_deref(), q.text.as_str()))
            .collect();
        assert_eq!(said[0].0, Some("Mike Pence"), "{said:?}");
        assert!(said[0].1.starts_with("Well, look"), "{said:?}");
        assert_eq!(said[1].0, Some("Chris Wallace"), "{said:?}");
        assert!(said[1].1.starts_with("Will she"), "{said:?}");
        // A label that names nobody leaves the quote without a speaker, not a neighbour's.
        assert_eq!(said[2].0, None, "{said:?}");
        assert_eq!(transcript_label("U.S. officials said: no"), None);
        assert_eq!(
            transcript_label("MR. TRUMP: We will win."),
            Some(("TRUMP", 11))
        );
    }

    #[test]
    fn speakers_of_a_paragraph_introduced_by_a_colon_and_of_a_quote_nested_in_it() {
        assert_speakers(
            "Pollster Pat Caddell spoke to the host on Thursday about the race.\n\n\
             Caddell continued:\n\n\
             \"The health issue is very much a partisan one, which, I’m going to read you the question: \
             “As you know, Hillary Clinton left an event early. Do you think her health will matter?” \
             For Democrats the numbers are the same.\n\n\
             The host thanked him.",
            &[Some("Pat Caddell"), Some("Pat Caddell")],
        );
    }

    #[test]
    fn speakers_who_sing_whose_niece_shouts_who_open_with_but_and_organisations_as_subjects() {
        assert_speakers(
            "“Promise mama you’ll keep your hands in sight,” Mary J. Blige sings to Hillary Clinton before \
             asking her, “I just want to know, where do we go from here?”\n\n\
             \"This is a big year for our potential senator, Bobby Scott!\" Scott's niece, state Del. \
             Marcia \"Cia\" Price (D-Newport News), shouted to the crowd.\n\n\
             Cruz spoke in Buffalo on Thursday. But Cruz would not comment on an order signed \
             “to protect privacy and equality” for state workers.\n\n\
             PolitiFact examined the claim on Monday. PolitiFact claimed “Trump exaggerates” the rate \
             through a “misleading use of statistics,” and concluded his comments were wrong.\n\n\
             Bill Clinton spoke first. “David is a longtime friend of mine,” said Clinton ally James Carville.\n\n\
             Megyn Kelly smiled. “You know, it happens, right?” Donald Trump went on, as if he did not hear her.\n\n\
             “I can point to only two accomplishments,” Brent Bozell answers.\n\n\
             \"He is innocent of this charge. He will plead not guilty,\" Trump campaign spokeswoman Hope Hicks said.\n\n\
             “This is fantastic!” beamed Donald Hartley of Madison, who snuck onto the floor.\n\n\
             \"Many would consider that an embarrassment for Hillary Clinton\" if she did not win by more, \
             said David Wasserman, an elections analyst.\n\n\
             \"We had a big issue with the trade part of her history,\" said United Auto Workers \
             Secretary-Treasurer Gary Casteel.\n\n\
             Nancy Reagan died on Sunday. The paradox of Nancy, says Carl Anthony, a historian, is that she \
             was \"one of the most powerful first ladies,\" not for her policy (think Edith Wilson).\n\n\
             Cruz spokesman Rick Tyler said that Cruz has \"guiding principles to make decisions,\" he said.\n\n\
             In an interview with journalist Matei Rosca last year, Marcel Lazar said he welcomed \
             extradition and added, “I will plead guilty, no problem.”\n\n\
             \"We are going to have a generational wipeout,\" said Florida’s Rick Wilson, a consultant.\n\n\
             As RealClearPolitics’ David Byler pointed out in December, “the delegates will have chances to change it.”\n\n\
             \"Gun owners should leave their weapons at home,\" opined Cleveland's Plain Dealer.",
            &[
                Some("Mary J. Blige"),
                Some("Mary J. Blige"),
                Some("Marcia Price"),
                Some("Cruz"),
                // (“Trump exaggerates”, two words PolitiFact claimed, and what it concluded.)
                Some("PolitiFact"),
                Some("PolitiFact"),
                Some("James Carville"),
                Some("Donald Trump"),
                Some("Brent Bozell"),
                Some("Hope Hicks"),
                Some("Donald Hartley"),
                Some("David Wasserman"),
                Some("Gary Casteel"),
                Some("Carl Anthony"),
                Some("Rick Tyler"),
                Some("Marcel Lazar"),
                Some("Rick Wilson"),
                Some("David Byler"),
                Some("Plain Dealer"),
            ],
        );
    }

    #[test]
    fn finds_curly_straight_and_unclosed_quotes() {
        let spans = quote_spans(
            "“It’s late,” he said. She said \"we will go now\" and left. “Open to the end",
        );
        assert_eq!(spans.len(), 3);
        assert!(spans[1].2);
        assert!(!spans[2].2);
    }

    #[test]
    fn he_is_the_subject_of_the_sentence_before_not_a_name_after_a_preposition() {
        let text = "Kanye West leads the race for the Grammys. West began by producing songs for \
                    superstar rapper Jay-Z.\n\n\
                    As their success attracted further work for Jay-Z and artists such as Alicia \
                    Keys, West announced plans for a solo album. Driving home in October 2002, he \
                    was involved in a car crash. \"Anytime I hear about any accident my heart \
                    sinks,\" he later said.\n\n\
                    And Jamie Foxx paid tribute to the legacy of Ray Charles. \"You took a \
                    chance, man,\" he said.";
        assert_eq!(
            speakers_of(text),
            [
                Some("Kanye West".to_string()),
                Some("Jamie Foxx".to_string())
            ]
        );
    }

    #[test]
    fn the_name_after_a_quote_before_a_long_appositive_speaks() {
        let text = "David Kaplan runs the shop in Brooklyn.\n\n\
                    \"It is a dream,\" Kaplan, also an avid collector of games, rare tarot cards, \
                    and books says.\n\n\
                    \"There is a whiff of a sweetener in there,\" Anais Faraj, an analyst at \
                    Nomura told the BBC.";
        assert_eq!(
            speakers_of(text),
            [
                Some("David Kaplan".to_string()),
                Some("Anais Faraj".to_string())
            ]
        );
    }

    #[test]
    fn a_team_s_player_described_is_not_the_team_and_its_boss_is_the_subject() {
        // "said the Gloucester fly-half": someone the article does not name, described; "said
        // a Vodafone spokesman": the company speaks.
        assert_eq!(
            sources_of(
                "The league season ended with a cup match. \"It is an honour,\" said the Gloucester \
                 fly-half. \"We believe the market is competitive,\" said a Vodafone spokesman."
            ),
            vec![
                (None, Some("the Gloucester fly-half".to_string())),
                (Some("Vodafone".to_string()), None),
            ]
        );
        // The organisation opening the sentence names the one whose role follows.
        assert_eq!(
            speakers_of(
                "Newcastle boss Graeme Souness has reopened his dispute with Craig Bellamy after \
                 claiming the Welshman was \"not good enough\" for the club."
            ),
            vec![Some("Graeme Souness".to_string())]
        );
    }

    #[test]
    fn a_report_named_after_its_author_is_no_speech_verb() {
        assert_eq!(
            speakers_of(
                "\"Broadband is putting the me in media,\" said John Craig, co-author of the \
                 report by think-tank Demos. \"From self-diagnosis to online education, it \
                 creates innovation.\" The Demos report was commissioned by AOL."
            ),
            vec![
                Some("John Craig".to_string()),
                Some("John Craig".to_string())
            ]
        );
    }

    /// The texts of the quotes found, in order.
    fn quote_texts(text: &str) -> Vec<String> {
        let options = crate::Options {
            raw: true,
            ..Default::default()
        };
        let a = crate::analyze(text, &options).expect("an analysis");
        a.quotes.into_iter().map(|q| q.text).collect()
    }

    #[test]
    fn two_quoted_words_are_a_quote_only_when_a_speech_verb_names_who_said_them() {
        let text = "Martin Ward, of the Secondary Heads Association, said members did not like \
             \"ring-fenced funds\" and that schools should decide.\n\n\
             The \"Iron Lady\" left office in 1990.\n\n\
             Steve Gallagher said January's figures were \"decent numbers\".";
        assert_eq!(quote_texts(text), ["ring-fenced funds", "decent numbers"]);
        assert_eq!(
            speakers_of(text),
            [Some("Martin Ward".into()), Some("Steve Gallagher".into())]
        );
        // A term, not something said: "what is known as “the Fed put”".
        assert!(quote_texts("The policy is known as \"the put\" by traders.").is_empty());
    }

    #[test]
    fn a_speech_verb_in_the_passive_has_its_speaker_after_by_or_none() {
        assert_eq!(
            speakers_of(
                "Cyril Fletcher died on Monday. Fletcher was described as a \"consummate \
                 professional and a friend\" by his friend and fellow broadcaster Michael \
                 Pointon."
            ),
            [Some("Michael Pointon".into())]
        );
        // "It is thought": no one said it; not the organisation named before.
        assert_eq!(
            speakers_of(
                "The Cabinet Office said it was reviewing the scheme. It is thought the \
                 overhaul could mean pensions \"based on a career average\" salary."
            ),
            [None]
        );
    }

    #[test]
    fn a_quote_that_runs_on_from_the_paragraph_before_stays_with_its_speaker() {
        // Paragraph two opens with the rest of Rantzen's quote; Fletcher is quoted later in
        // it, and is not whom the run-on quote is.
        assert_eq!(
            speakers_of(
                "Host Esther Rantzen said: \"He was courteous, and he adored gardens.\n\n\
                 \"He was funny and witty to work with. I shall miss him.\" In the 1990s, \
                 Fletcher said he had made a \"fabulous living\" since the age of 22."
            ),
            [
                Some("Esther Rantzen".into()),
                Some("Esther Rantzen".into()),
                Some("Fletcher".into())
            ]
        );
    }

    #[test]
    fn he_is_the_person_a_club_s_legend_is_and_a_name_in_an_appositive_does_not_speak() {
        assert_eq!(
            speakers_of(
                "Liverpool legend Phil Thompson has pleaded with Steve Gerrard to reject any \
                 overtures from Chelsea. The former assistant boss also warned that honours \
                 would be cheapened. He told BBC Radio Five Live: \"It will all be down to \
                 Steve in the end.\""
            ),
            [Some("Phil Thompson".into())]
        );
        assert_eq!(
            speakers_of(
                "Prince Andrew, the younger brother of the heir to the throne, Charles, has \
                 reportedly told friends that the interview was a \"great success for all of \
                 us\"."
            ),
            [Some("Andrew".into())]
        );
    }

    #[test]
    fn he_after_an_organisation_s_officer_is_the_officer_not_the_name_in_the_object() {
        assert_eq!(
            speakers_of(
                "UKIP's leader, Roger Knapman, has said he is glad to see the back of Mr \
                 Kilroy-Silk. \"He has remarkable ability to influence people, so it was nice \
                 knowing him,\" he said."
            ),
            [Some("Roger Knapman".into())]
        );
    }

    #[test]
    fn a_description_that_opens_a_sentence_is_the_one_with_that_role_or_the_article_s_subject() {
        // The only person whose role is a mayor's.
        assert_eq!(
            speakers_of(
                "London mayor Ken Livingstone compared a reporter to a guard. On tape, \
                 reporter Oliver Finegold replies: \"No, I'm Jewish, I was not.\" The mayor \
                 then says: \"Ah right, well you might be, but you are doing it for pay.\""
            ),
            [
                Some("Oliver Finegold".into()),
                Some("Ken Livingstone".into())
            ]
        );
        // "The East Midlands MEP" is the article's subject, named before.
        assert_eq!(
            speakers_of(
                "Robert Kilroy-Silk is to contest the seat of Erewash. Labour's Elizabeth \
                 Blackman won the seat in 1997. She says she will fight on her record \"as a \
                 hard-working constituency MP\". Mr Kilroy-Silk announced his plans on \
                 Monday. The East Midlands MEP, who quit the party, wants his new group to \
                 \"change the face\" of politics."
            ),
            [
                Some("Elizabeth Blackman".into()),
                Some("Robert Kilroy-Silk".into())
            ]
        );
        // "Liberal Democrat leader Charles Kennedy" is no Tory leader; nor is the prime
        // minister, named last but not the article's subject: no one is given.
        assert_eq!(
            speakers_of(
                "Tony Blair does not believe abortion should be an election issue. Liberal \
                 Democrat leader Charles Kennedy agreed. Michael Howard spoke in Leeds. Michael \
                 Howard spoke in York. Michael Howard spoke in Hull. The prime minister's \
                 spokesman set out Mr Blair's view after a cardinal backed Michael Howard's \
                 stance. The Tory leader supports a lower limit and has said current rules are \
                 \"tantamount to abortion on demand\"."
            ),
            [None]
        );
    }

    #[test]
    fn the_name_after_a_mid_sentence_quote_with_a_role_and_no_article_speaks() {
        assert_eq!(
            speakers_of(
                "Prince Harry should see for himself \"the results of the hated symbol he \
                 chose to wear\", Rabbi Marvin Hier, founder of Jewish human rights group the \
                 Simon Wiesenthal Center said."
            ),
            [Some("Marvin Hier".into())]
        );
    }
}
