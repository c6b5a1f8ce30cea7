//! Segment: the article's paragraphs in, the article text with paragraph, sentence and token
//! spans out.
//!
//! The text is the paragraphs joined by blank lines. Sentences start from the Unicode sentence
//! boundaries of UAX #29 (`unicode-segmentation`) and then undo the breaks that news text does
//! not mean: after honorifics and titles (Mr., Sen., Lt. Col.), initials (Jonas E. Smith),
//! abbreviations with inner periods (U.S., U.N., a.m.) before a word that does not start a
//! sentence, months before a day (Oct. 7), and before a lower-case continuation ("Why?" he
//! asked). Tokens are words (with inner hyphens, apostrophes and the periods of U.S. or 3.5),
//! numbers and single punctuation marks. All spans are byte offsets into `text`.

use crate::extract::{Block, BlockKind};
use crate::lexicon;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
pub struct ParagraphSpan {
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
}

#[derive(Debug, Clone, Copy)]
pub struct SentenceSpan {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Tokens `first_token..end_token` belong to this sentence.
    pub first_token: usize,
    pub end_token: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub kind: TokenKind,
}

/// The segmented article.
#[derive(Debug, Clone)]
pub struct Doc {
    pub text: String,
    pub paragraphs: Vec<ParagraphSpan>,
    pub sentences: Vec<SentenceSpan>,
    pub tokens: Vec<Token>,
}

impl Doc {
    /// A token's text; "" past the last token, so that the stages' look-aheads ("the word
    /// after the name") read nothing at the text's end instead of failing there.
    pub fn token_text(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.start..t.end])
    }

    pub fn sentence_text(&self, i: usize) -> &str {
        let s = &self.sentences[i];
        &self.text[s.start..s.end]
    }

    /// The sentence containing byte offset `at` (the last one starting at or before it).
    pub fn sentence_at(&self, at: usize) -> usize {
        self.sentences
            .partition_point(|s| s.start <= at)
            .saturating_sub(1)
    }

    /// Is token `i` the first word of its sentence (after any opening quotes or brackets)?
    pub fn is_sentence_initial(&self, i: usize) -> bool {
        let s = self.tokens[i].sentence;
        let first = self.sentences[s].first_token;
        (first..i).all(|k| {
            self.tokens[k].kind == TokenKind::Punct
                && matches!(
                    self.token_text(k),
                    "\"" | "“" | "‘" | "'" | "(" | "[" | "—" | "-" | "–" | "…"
                )
        })
    }
}

/// Join the paragraphs and segment them.
pub fn segment(blocks: &[Block]) -> Doc {
    let mut text = String::new();
    let mut paragraphs = Vec::with_capacity(blocks.len());
    for b in blocks {
        let t = b.text.trim();
        if t.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(t);
        paragraphs.push(ParagraphSpan {
            start,
            end: text.len(),
            kind: b.kind,
        });
    }
    let mut sentences = Vec::new();
    let mut tokens = Vec::new();
    for (p, para) in paragraphs.iter().enumerate() {
        for (s, e) in split_sentences(&text[para.start..para.end]) {
            let first_token = tokens.len();
            let sentence = sentences.len();
            tokenize(&text, para.start + s, para.start + e, sentence, &mut tokens);
            sentences.push(SentenceSpan {
                start: para.start + s,
                end: para.start + e,
                paragraph: p,
                first_token,
                end_token: tokens.len(),
            });
        }
    }
    Doc {
        text,
        paragraphs,
        sentences,
        tokens,
    }
}

/// Abbreviations that never end a sentence when a word follows (titles, honorifics).
const PREPOSITIVE: &str = "mr mrs ms dr prof sen rep gov gen lt col maj capt sgt cpl pvt adm cmdr rev fr st mt ft pres supt insp det hon messrs mmes msgr gens reps sens govs";

/// Abbreviations that usually sit mid-sentence (before numbers, names or lower case).
const ABBREVIATIONS: &str = "no nos vs v sr jr del inc corp co ltd llc bros dept univ assn est approx fig figs vol vols ch chap art sec p pp para ed eds al etc cf ca ave blvd rd hwy jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun u.s e.g i.e a.m p.m ph.d m.d b.a m.a d.c u.k u.n e.u u.s.a";

fn word_before_period(piece: &str) -> &str {
    let t = piece.trim_end();
    let t = t.trim_end_matches(['"', '”', '’', '\'', ')', ']']);
    let Some(t) = t.strip_suffix('.') else {
        return "";
    };
    let start = t
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &t[start..]
}

fn first_word(piece: &str) -> &str {
    let t = piece.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')
    });
    let end = t
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '.'))
        .map(|(i, _)| i)
        .unwrap_or(t.len());
    &t[..end]
}

/// Should the boundary between `before` and `after` (the rest of the paragraph) be undone?
fn is_false_boundary(before: &str, after: &str) -> bool {
    let next = first_word(after);
    let next_first = next.chars().next();
    let after_start = after.trim_start().chars().next();
    // A continuation that starts in lower case or with a digit after a closing mark.
    if after_start.is_some_and(|c| c.is_lowercase()) {
        return true;
    }
    let tail = before.trim_end();
    // "“How many times?” Clinton said.": the attribution after a quote belongs to it. But not
    // one that brings a quote of its own after a quote ended by a full stop: "… of him." The
    // Foreign Secretary told the BBC: "I was …"".
    if tail.ends_with(['”', '"'])
        && starts_with_attribution(after)
        && !(tail.trim_end_matches(['”', '"']).ends_with('.') && introduces_a_quote(after))
    {
        return true;
    }
    if tail.ends_with(['!', '?'])
        || tail.ends_with("?”")
        || tail.ends_with("!”")
        || tail.ends_with("?\"")
        || tail.ends_with("!\"")
    {
        return next_first.is_some_and(|c| c.is_lowercase());
    }
    // "[...]" (Smith 55).": a citation after a quote that did not end a sentence.
    let trimmed_tail = tail.trim_end_matches(['"', '”', '\'', '’']);
    if after.trim_start().starts_with('(')
        && trimmed_tail.len() < tail.len()
        && !trimmed_tail.ends_with(['.', '!', '?'])
    {
        return true;
    }
    // A spaced ellipsis " . . ." runs on.
    if tail.ends_with(" . . .") && !tail.ends_with(". . . .") {
        return true;
    }
    // "N°. 1026": a number sign.
    if tail.trim_end_matches('.').ends_with('°') && next_first.is_some_and(|c| c.is_ascii_digit())
    {
        return true;
    }
    let word = word_before_period(before);
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    let bare = lower.trim_end_matches('.');
    // "Lt. Col.", "Mr.", "St." before a name: never a boundary.
    if PREPOSITIVE.split_whitespace().any(|a| a == bare) {
        return !next.is_empty();
    }
    // An initial: "Jonas E. Smith", "Albert I. Jones" (but "you and I. Did" ends).
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        let core = tail.trim_end_matches(['"', '”', '’', '\'', ')', ']']);
        let core = core.strip_suffix('.').unwrap_or(core);
        let before_word = core.strip_suffix(word).unwrap_or(core).trim_end();
        let prev = before_word
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        let prev_is_name = prev.chars().next().is_some_and(char::is_uppercase)
            && !lexicon::is_function_word(&prev.to_lowercase());
        return next_first.is_some_and(|c| c.is_uppercase()) && (prev_is_name || word != "I");
    }

    // A month before a day number: "Oct. 7".
    if lexicon::month(bare).is_some() && next_first.is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    let is_abbrev = ABBREVIATIONS.split_whitespace().any(|a| a == bare)
        || (bare.contains('.') && bare.split('.').all(|p| p.chars().count() <= 2));
    if is_abbrev {
        if next_first.is_some_and(|c| c.is_ascii_digit() || c.is_lowercase()) {
            return true;
        }
        // "U.S. Government" goes on; "U.S. How about you?" and "the U.S. Mr. Smith" do not.
        // An office's title goes on: "U.S. Sen. Rand Paul", "U.S. Attorney Erin Nealy Cox".
        let next_lower = next.to_lowercase();
        let starts_sentence = lexicon::is_function_word(&next_lower)
            || (lexicon::is_courtesy_title(next)
                && word.chars().any(|c| c.is_uppercase())
                && !word.chars().any(|c| c.is_lowercase()));
        if matches!(bare, "a.m" | "p.m") {
            // "At 5 a.m. Mr. Smith went" goes on; "at 6 P.M. Mr. Smith then went" does not.
            return word.chars().any(|c| c.is_lowercase())
                && !lexicon::is_function_word(&next_lower);
        }
        return !starts_sentence && next_first.is_some_and(|c| c.is_uppercase());
    }
    false
}

/// Does this text, before its first full stop or quote mark, bring a quote with a colon: "The
/// Foreign Secretary told the BBC: “…”"?
fn introduces_a_quote(after: &str) -> bool {
    let clause = after.split(['.', '!', '?', '"', '“']).next().unwrap_or("");
    clause.trim_end().ends_with(':') && clause.split_whitespace().count() <= 12
}

/// Does this text open with an attribution: "Clinton said", "Mr. Kirby told reporters", "said
/// Ms. Jean-Pierre"?
fn starts_with_attribution(after: &str) -> bool {
    let is_verb = |w: &str| {
        lexicon::is_speech_verb(&w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
    };
    // "… all over the court." And Agassi, who …, said": a sentence that opens with a
    // conjunction is a sentence of its own.
    if matches!(
        after.split_whitespace().next(),
        Some("And" | "But" | "Yet" | "So" | "Or" | "However," | "Meanwhile,")
    ) {
        return false;
    }
    // "Murphy, the head of Right to Rise USA, tweeted": a name, an appositive between commas,
    // then the verb.
    let long: Vec<&str> = after.split_whitespace().take(16).collect();
    if let Some(name_end) = long.iter().take(4).position(|w| w.ends_with(',')) {
        // "Scott's niece, state Del. Marcia Price (D-Newport News), shouted": a possessive
        // and the relation it names stand for the name.
        let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        let named = long[..=name_end].iter().all(capitalised)
            || (name_end == 1
                && capitalised(&long[0])
                && long[0].ends_with(['s', 'S'])
                && long[0].contains(['\'', '’']));
        let close = (name_end + 1..long.len()).find(|&k| long[k].ends_with(','));
        if named
            && close
                .and_then(|k| long.get(k + 1))
                .is_some_and(|w| is_verb(w))
        {
            return true;
        }
    }
    let words: Vec<&str> = after.split_whitespace().take(6).collect();
    // "Trump went on, as if …" speaks as "said" does.
    let went_on = |k: usize| {
        matches!(words[k], "went" | "goes")
            && words
                .get(k + 1)
                .is_some_and(|n| n.trim_end_matches([',', '.', ':']) == "on" && *n != "on")
    };
    let verb_at = (0..words.len()).find(|&k| {
        // "The report said": after "the" or "a", "report" is a noun.
        let after_article =
            k > 0 && matches!(words[k - 1], "The" | "the" | "A" | "a" | "An" | "an");
        went_on(k)
            || !after_article
                && lexicon::is_speech_verb(
                    &words[k]
                        .trim_matches(|c: char| !c.is_alphabetic())
                        .to_lowercase(),
                )
    });
    // "Russia insisted that Pyongyang …", "Ohio Gov. John Kasich said he would …" open a
    // sentence of their own: the verb takes a clause, not the quote before it.
    // So does "The Tories say Labour's plans have failed": a verb of saying whose subject comes
    // first, then its clause's subject, a possessive or a determiner ("told the BBC" is an
    // attribution's object).
    let says = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "say"
                | "says"
                | "said"
                | "claim"
                | "claims"
                | "claimed"
                | "argue"
                | "argues"
                | "argued"
                | "insist"
                | "insists"
                | "insisted"
                | "believe"
                | "believes"
                // "Hodges described his years as …": an object, not a quote, is described.
                | "described"
                | "describes"
        )
    };
    if verb_at.is_some_and(|k| {
        words.get(k + 1).is_some_and(|w| {
            *w == "that"
                || (k > 0 && matches!(*w, "he" | "she" | "they" | "we" | "I" | "there"))
                || (k > 0
                    && says(words[k])
                    // (Not "“Never!” she said the next day": a pronoun speaks.)
                    && !matches!(words[0], "he" | "she" | "they" | "we" | "I" | "He" | "She")
                    && (matches!(
                        *w,
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "this"
                            | "these"
                            | "it"
                            | "all"
                            | "some"
                            | "many"
                    ) || w.ends_with("'s")
                        || w.ends_with("’s")))
        })
    }) {
        return false;
    }
    match verb_at {
        // "Asked whether he was comfortable, Mr Howard told …" opens a sentence of its own.
        Some(0) => !words.get(1).is_some_and(|w| {
            matches!(
                *w,
                "whether" | "if" | "about" | "what" | "how" | "why" | "to"
            )
        }),
        Some(k) => {
            words[..k].iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "the" | "a")
            }) && !words[..k]
                .iter()
                .any(|w| lexicon::is_function_word(&w.to_lowercase()) && *w != "The")
        }
        None => false,
    }
}

/// Sentence spans (byte offsets) of one paragraph, trimmed of surrounding whitespace.
pub fn split_sentences(para: &str) -> Vec<(usize, usize)> {
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    for (start, piece) in para.split_sentence_bound_indices() {
        let end = start + piece.len();
        match pieces.last_mut() {
            Some(last)
                if is_false_boundary(&para[last.0..last.1], &para[start..])
                    || para[last.0..last.1].trim().chars().count() < 2 =>
            {
                last.1 = end;
            }
            _ => pieces.push((start, end)),
        }
    }
    // "compounds. . . . The practice": the sentence ends at its own period; the spaced
    // ellipsis opens the next one.
    for k in 0..pieces.len().saturating_sub(1) {
        let (s, e) = pieces[k];
        let piece = para[s..e].trim_end();
        if let Some(head) = piece.strip_suffix(" . . .") {
            if head.ends_with('.')
                && head[..head.len() - 1].ends_with(|c: char| c.is_alphanumeric())
            {
                let cut = s + head.len();
                pieces[k].1 = cut;
                pieces[k + 1].0 = cut;
            }
        }
    }
    let pieces = split_list_items(para, keep_citations_with_their_sentence(para, pieces));
    pieces
        .into_iter()
        .filter_map(|(s, e)| {
            let piece = &para[s..e];
            let lead = piece.len() - piece.trim_start().len();
            let trail = piece.len() - piece.trim_end().len();
            (e - trail > s + lead).then_some((s + lead, e - trail))
        })
        .collect()
}

/// "…the previous loop.[1]: 207 The list provides…": the sentence splitter takes a bracket
/// right after a full stop as the stop's closing mark and breaks after it, inside the citation.
/// A citation ("[1]", "[a]", "[citation needed]", with a page locator ": 207") after a
/// sentence's end belongs to that sentence.
/// What a sentence that a citation follows ends with: its stop, or a quote mark after one.
const ENDS_BEFORE_CITATION: [char; 6] = ['.', '!', '?', '"', '”', '’'];

fn keep_citations_with_their_sentence(
    para: &str,
    pieces: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    // "It grew.[citation needed] Then": a citation in words hides the end from the splitter.
    let mut split = Vec::with_capacity(pieces.len());
    for (s, e) in pieces {
        let mut start = s;
        let mut from = s;
        while let Some(at) = para[from..e].find(".[").map(|i| from + i + 1) {
            let cited = citation_len(&para[at..e]);
            from = at + 1;
            let after = &para[at + cited..e];
            let next = after.trim_start();
            if cited > 0 && next.len() < after.len() && next.starts_with(|c: char| c.is_uppercase())
            {
                split.push((start, at + cited));
                start = at + cited;
                from = start;
            }
        }
        split.push((start, e));
    }
    let mut pieces = split;
    for k in 0..pieces.len().saturating_sub(1) {
        let (s, e) = pieces[k];
        let trimmed = para[s..e].trim_end();
        if let Some(head) = trimmed.strip_suffix('[') {
            if head.ends_with(ENDS_BEFORE_CITATION) {
                let cut = s + head.len();
                pieces[k].1 = cut;
                pieces[k + 1].0 = cut;
            }
        }
        let (ns, ne) = pieces[k + 1];
        let cited = citation_len(&para[ns..ne]);
        if cited > 0
            && para[pieces[k].0..pieces[k].1]
                .trim_end()
                .ends_with(|c| ENDS_BEFORE_CITATION.contains(&c) || c == ']')
        {
            pieces[k].1 = ns + cited;
            pieces[k + 1].0 = ns + cited;
        }
    }
    pieces
}

/// The length of the citations that open `text`: "[1]", "[12][13]", "[a]", "[citation
/// needed]", each perhaps followed by a page locator (": 207", ":\u{200a}12–14").
fn citation_len(text: &str) -> usize {
    let mut at = 0;
    while let Some(rest) = text[at..].strip_prefix('[') {
        // A citation is short: look no further than its longest form, so that a page of
        // unclosed brackets costs no more than its length.
        let window = &rest[..rest.char_indices().nth(26).map_or(rest.len(), |(i, _)| i)];
        let Some(close) = window.find(']') else { break };
        let inner = &rest[..close];
        if inner.is_empty() || inner.chars().count() > 24 || inner.contains(['[', '.', '\n']) {
            break;
        }
        at += 1 + close + 1;
        let after = &text[at..];
        if let Some(locator) = after.strip_prefix(':') {
            let thin = |c: char| c == '\u{200a}' || c == '\u{2009}' || c == ' ';
            let l = locator.trim_start_matches(thin);
            let digits = l.len()
                - l.trim_start_matches(|c: char| c.is_ascii_digit() || c == '–' || c == '-')
                    .len();
            if digits > 0 {
                let l2 = &l[digits..];
                at += 1
                    + (locator.len() - l.len())
                    + digits
                    + (l2.len() - l2.trim_start_matches(thin).len());
            }
        }
    }
    at
}

/// Inline enumerations ("1.) The first item 2.) The second item", "a. … b. …", "• 9. … • 10. …"):
/// when a paragraph holds at least two enumerators in sequence, each starts a sentence and the
/// enumerator's own period ends none.
fn split_list_items(para: &str, pieces: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    // Enumerators: (start offset, end offset, ordinal).
    let mut marks: Vec<(usize, usize, u32)> = Vec::new();
    let bytes = para.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let inside_last = marks.last().is_some_and(|m| i <= m.1);
        let at_word_start = !inside_last && (i == 0 || para[..i].ends_with(char::is_whitespace));
        if at_word_start {
            let rest = &para[i..];
            let bullet = rest
                .strip_prefix("• ")
                .or_else(|| rest.strip_prefix('•'))
                .or_else(|| rest.strip_prefix('⁃'));
            let body = bullet.unwrap_or(rest);
            let lead = rest.len() - body.len();
            let digits = body.bytes().take_while(u8::is_ascii_digit).count();
            let (ordinal, used) = if (1..=2).contains(&digits) {
                (body[..digits].parse().unwrap_or(0), digits)
            } else if body.len() > 1
                && body.as_bytes()[0].is_ascii_lowercase()
                && !body.as_bytes()[1].is_ascii_alphanumeric()
            {
                ((body.as_bytes()[0] - b'a' + 1) as u32, 1)
            } else {
                (0, 0)
            };
            if ordinal > 0 {
                let after = &body[used..];
                let mark = [".) ", ") ", ". "].iter().find(|m| after.starts_with(**m));
                if let Some(m) = mark {
                    if used == 1 && !body.as_bytes()[0].is_ascii_digit() && *m != ". " {
                        // Letters only with a period: "a. The first item".
                    } else {
                        marks.push((i, i + lead + used + m.len() - 1, ordinal));
                    }
                }
            }
        }
        i += para[i..].chars().next().map_or(1, char::len_utf8);
    }
    // Keep enumerators that count up by one from their predecessor.
    let sequenced: Vec<(usize, usize)> = marks
        .iter()
        .enumerate()
        .filter(|(k, m)| {
            let prev_ok = *k > 0 && marks[k - 1].2 + 1 == m.2;
            let next_ok = marks.get(k + 1).is_some_and(|n| n.2 == m.2 + 1);
            prev_ok || next_ok
        })
        .map(|(_, m)| (m.0, m.1))
        .collect();
    if sequenced.len() < 2 {
        return pieces;
    }
    // Boundaries: the old ones, minus those inside an enumerator, plus one before each.
    let mut cuts: Vec<usize> = pieces
        .iter()
        .skip(1)
        .map(|p| p.0)
        .filter(|&c| !sequenced.iter().any(|&(s, e)| c > s && c <= e + 1))
        .collect();
    cuts.extend(sequenced.iter().map(|&(s, _)| s).filter(|&s| s > 0));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut start = pieces.first().map_or(0, |p| p.0);
    for c in cuts {
        if c > start {
            out.push((start, c));
            start = c;
        }
    }
    out.push((start, pieces.last().map_or(para.len(), |p| p.1)));
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{300}'..='\u{36f}')
}

/// Tokens of `text[start..end]`, appended to `out`.
fn tokenize(text: &str, start: usize, end: usize, sentence: usize, out: &mut Vec<Token>) {
    let s = &text[start..end];
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            out.push(Token {
                start: start + i,
                end: start + i + c.len_utf8(),
                sentence,
                kind: TokenKind::Punct,
            });
            continue;
        }
        let mut j = i + c.len_utf8();
        let mut all_digits = c.is_ascii_digit();
        loop {
            let rest = &s[j..];
            let mut it = rest.chars();
            let Some(n) = it.next() else { break };
            if is_word_char(n) {
                all_digits &= n.is_ascii_digit() || n == ',';
                j += n.len_utf8();
                continue;
            }
            // Inner joiners: don't, Jean-Pierre, U.S, 3.5, 1,200.
            let joiner = matches!(n, '\'' | '’' | '-' | '.' | ',' | '&')
                && it.next().is_some_and(is_word_char)
                && (n != ',' || all_digits)
                && (n != '&' || s[i..j].chars().all(|c| c.is_uppercase()));
            if joiner {
                j += n.len_utf8();
                continue;
            }
            break;
        }
        // Abbreviations with inner periods keep their final period: U.S., a.m., D.C.
        let word = &s[i..j];
        if word.contains('.')
            && s[j..].starts_with('.')
            && word.split('.').all(|p| p.chars().count() <= 2)
        {
            j += 1;
        }
        while chars.peek().is_some_and(|&(k, _)| k < j) {
            chars.next();
        }
        out.push(Token {
            start: start + i,
            end: start + j,
            sentence,
            kind: if s[i..j].chars().next().is_some_and(|c| c.is_ascii_digit()) {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(p: &str) -> Vec<&str> {
        split_sentences(p)
            .into_iter()
            .map(|(s, e)| &p[s..e])
            .collect()
    }

    #[test]
    fn a_conjunction_or_a_description_after_a_quote_opens_a_sentence() {
        assert_eq!(
            sentences("\"He makes you run all over the court.\" And Agassi, who was matched for power, said Melzer was fine."),
            vec![
                "\"He makes you run all over the court.\"",
                "And Agassi, who was matched for power, said Melzer was fine."
            ]
        );
        assert_eq!(
            sentences("\"We wish him well.\" Hodges described his years at Stradey as the best of his life."),
            vec![
                "\"We wish him well.\"",
                "Hodges described his years at Stradey as the best of his life."
            ]
        );
        // An attribution still belongs to its quote.
        assert_eq!(
            sentences("\"We wish him well.\" Gallacher, the chairman, said."),
            vec!["\"We wish him well.\" Gallacher, the chairman, said."]
        );
        // An attribution that brings a quote of its own opens a sentence.
        assert_eq!(
            sentences("\"It gets the better of him.\" The Foreign Secretary told the BBC: \"I was making an observation.\""),
            vec![
                "\"It gets the better of him.\"",
                "The Foreign Secretary told the BBC: \"I was making an observation.\""
            ]
        );
    }

    #[test]
    fn a_citation_after_a_full_stop_stays_with_its_sentence() {
        assert_eq!(
            sentences("…retaining the memories from the previous loop.[1]:\u{200a}207\u{200a} The list provides the names."),
            vec!["…retaining the memories from the previous loop.[1]:\u{200a}207", "The list provides the names."]
        );
        assert_eq!(
            sentences("It was founded in 1998.[2][3] It grew.[citation needed] Then it split."),
            vec![
                "It was founded in 1998.[2][3]",
                "It grew.[citation needed]",
                "Then it split."
            ]
        );
        // Brackets that open a sentence are its own.
        assert_eq!(
            sentences("He left. [Editor's note: he came back.] Then it ended."),
            vec![
                "He left.",
                "[Editor's note: he came back.]",
                "Then it ended."
            ]
        );
    }

    #[test]
    fn news_abbreviations_do_not_split() {
        assert_eq!(
            sentences("Speaking to visiting Sen. Rick Scott (R-Fla.), Mr. Netanyahu said no. He left on Oct. 7, 2023."),
            vec!["Speaking to visiting Sen. Rick Scott (R-Fla.), Mr. Netanyahu said no.", "He left on Oct. 7, 2023."]
        );
        assert_eq!(
            sentences("I work for the U.S. Government in Virginia."),
            vec!["I work for the U.S. Government in Virginia."]
        );
        assert_eq!(
            sentences("I live in the U.S. How about you?"),
            vec!["I live in the U.S.", "How about you?"]
        );
        assert_eq!(
            sentences("He said U.S. Sen. Rand Paul agreed, as did U.S. Attorney Erin Cox."),
            vec!["He said U.S. Sen. Rand Paul agreed, as did U.S. Attorney Erin Cox."]
        );
        assert_eq!(
            sentences("He lives in the U.S. Mr. Smith does not."),
            vec!["He lives in the U.S.", "Mr. Smith does not."]
        );
        assert_eq!(
            sentences("My name is Jonas E. Smith."),
            vec!["My name is Jonas E. Smith."]
        );
    }

    #[test]
    fn quotes_with_several_sentences_and_closing_marks() {
        assert_eq!(
            sentences(
                "“We have to talk,” said Ms. Jean-Pierre. “We have to understand.” Then she left."
            ),
            vec![
                "“We have to talk,” said Ms. Jean-Pierre.",
                "“We have to understand.”",
                "Then she left."
            ]
        );
        assert_eq!(sentences("“Why?” he asked."), vec!["“Why?” he asked."]);
        assert_eq!(
            sentences("He said: \"We will win.\" Asked whether he was sure, Mr Howard nodded."),
            vec![
                "He said: \"We will win.\"",
                "Asked whether he was sure, Mr Howard nodded."
            ]
        );
        // "report" after "The" is a noun: no attribution, a sentence of its own.
        assert_eq!(
            sentences("He said: \"It will end in failure.\" The report said the G8 agreed."),
            vec![
                "He said: \"It will end in failure.\"",
                "The report said the G8 agreed."
            ]
        );
        // A verb of saying that takes a clause of its own opens a sentence.
        assert_eq!(
            sentences("\"We aim to shift the emphasis.\" The Tories say Labour's plans failed."),
            vec![
                "\"We aim to shift the emphasis.\"",
                "The Tories say Labour's plans failed."
            ]
        );
        assert_eq!(
            sentences("\"Never!\" she said the next day. He left."),
            vec!["\"Never!\" she said the next day.", "He left."]
        );
        assert_eq!(
            sentences("\"We will win,\" Mr Howard told the BBC. He left."),
            vec!["\"We will win,\" Mr Howard told the BBC.", "He left."]
        );
        // The speaker behind an appositive still ends the quote's sentence.
        assert_eq!(
            sentences("“Not us!” Murphy, the head of Right to Rise USA, tweeted. He left."),
            vec![
                "“Not us!” Murphy, the head of Right to Rise USA, tweeted.",
                "He left."
            ]
        );
        assert_eq!(
            sentences("Japan called it “an outlaw nation.” Russia insisted that it stop."),
            vec![
                "Japan called it “an outlaw nation.”",
                "Russia insisted that it stop."
            ]
        );
        // A possessive and a relation stand for the name before the appositive.
        assert_eq!(
            sentences("“What a year!” Scott's niece, state Del. Marcia Price, shouted. He smiled."),
            vec![
                "“What a year!” Scott's niece, state Del. Marcia Price, shouted.",
                "He smiled."
            ]
        );
        // A verb that takes a clause opens a sentence of its own.
        assert_eq!(
            sentences("“That has no place here.” Ohio Gov. John Kasich said he would fire him."),
            vec![
                "“That has no place here.”",
                "Ohio Gov. John Kasich said he would fire him."
            ]
        );
        assert_eq!(
            sentences("“It happens, right?” Trump went on, as if he did not hear. He left."),
            vec![
                "“It happens, right?” Trump went on, as if he did not hear.",
                "He left."
            ]
        );
        assert_eq!(
            sentences("“We won.” Smith, Jones and Brown went home."),
            vec!["“We won.”", "Smith, Jones and Brown went home."]
        );
    }

    #[test]
    fn tokens_keep_names_and_numbers_whole() {
        let doc = segment(&[Block::paragraph(
            "Karine Jean-Pierre said the U.S. gave $1.2 billion, don’t.",
        )]);
        let toks: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect();
        assert_eq!(
            toks,
            vec![
                "Karine",
                "Jean-Pierre",
                "said",
                "the",
                "U.S.",
                "gave",
                "$",
                "1.2",
                "billion",
                ",",
                "don’t",
                "."
            ]
        );
    }
}
