//! Name runs: the stretches of capitalised tokens that may name an actor, with what the words
//! around them say (an honorific before, a role before or after, a cue word inside).
//!
//! A run is a sequence of capitalised words, joined by "of", "for" or "and" only where the part
//! before ends in an organisation cue or role word ("Bank of America", "Secretary of State",
//! "Relief and Works Agency"). Leading function words, demonyms and sentence-initial common
//! words are trimmed; a title inside the run ("Defense Secretary Lloyd Austin") is split off
//! as the role.

use crate::analysis::ActorKind;
use crate::lexicon;
use crate::segment::{Doc, TokenKind};

/// A candidate name found in the text.
#[derive(Debug, Clone)]
pub struct Run {
    /// Tokens `first..=last` of the name itself (no honorific, no role, no possessive).
    pub first: usize,
    pub last: usize,
    /// Byte span of the name in the text (possessive `’s` excluded).
    pub start: usize,
    pub end: usize,
    pub name: String,
    /// "Mr.", "Sen." and the like directly before the name.
    pub honorific: Option<String>,
    pub role: Option<String>,
    /// The run started its sentence (its capital letter says little).
    pub sentence_initial: bool,
    /// What the words around the name say it is: "technology firm Webroot", "Frankfurt-based
    /// Deutsche Boerse" (an organisation, and a place before "-based").
    pub context: Option<ActorKind>,
}

/// A first name, or two joined by a hyphen ("Eva-Marie", "Jean-Pierre").
fn is_first_name_joined(word: &str) -> bool {
    lexicon::is_first_name(word)
        || word.split_once('-').is_some_and(|(head, tail)| {
            lexicon::is_first_name(head) && tail.starts_with(char::is_uppercase)
        })
}

/// A noun for someone of a nation or a party: "Welshman", "Frenchwoman", "Spaniard",
/// "New Yorker" (its last word), "Tory", "Democrat".
fn is_demonym_noun(word: &str) -> bool {
    lexicon::is_demonym(word)
        || ["man", "woman"].iter().any(|end| {
            word.strip_suffix(end).is_some_and(|stem| {
                stem.len() >= 4
                    && (lexicon::is_demonym(stem) || lexicon::is_demonym(&format!("{stem}h")))
            })
        })
        || matches!(
            word,
            "Spaniard" | "Yorker" | "Tory" | "Briton" | "Scot" | "Kiwi" | "Aussie"
        )
}

pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix('’').filter(|w| w.ends_with('s')))
        .unwrap_or(word)
}

/// Is token `i` a capitalised word that can be part of a name?
fn is_name_token(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    if t.kind != TokenKind::Word {
        return false;
    }
    let w = doc.token_text(i);
    is_capitalized(w) && w != "I" && !is_party_tag(w) && !is_contraction(w)
}

/// "Don’t", "It’s", "We’re": contractions are never names.
fn is_contraction(w: &str) -> bool {
    let l = w.replace('’', "'").to_lowercase();
    ["n't", "'re", "'ll", "'ve", "'d", "'m"]
        .iter()
        .any(|s| l.ends_with(s))
        || (l.ends_with("'s") && lexicon::is_function_word(&l))
}

/// "R-Fla.", "D-N.Y.": a party and state tag, never a name.
fn is_party_tag(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && matches!(b[0], b'R' | b'D' | b'I') && b[1] == b'-'
}

fn lower(doc: &Doc, i: usize) -> String {
    doc.token_text(i).replace('’', "'").to_lowercase()
}

/// The honorific ending just before token `i`: ("Sen.", index of its first token).
fn honorific_before(doc: &Doc, i: usize) -> Option<(String, usize)> {
    let s = doc.tokens[i].sentence;
    let first = doc.sentences[s].first_token;
    if i >= first + 2
        && doc.token_text(i - 1) == "."
        && lexicon::honorific(doc.token_text(i - 2)).is_some()
        && is_capitalized(doc.token_text(i - 2))
    {
        // "Lt. Col. X": take both.
        let mut start = i - 2;
        let mut text = format!("{}.", doc.token_text(i - 2));
        if start >= first + 2
            && doc.token_text(start - 1) == "."
            && lexicon::honorific(doc.token_text(start - 2)).is_some()
            && is_capitalized(doc.token_text(start - 2))
        {
            text = format!("{}. {}", doc.token_text(start - 2), text);
            start -= 2;
        }
        return Some((text, start));
    }
    // "Mr Maran": British style writes courtesy titles without the period.
    if i > first
        && lexicon::is_courtesy_title(doc.token_text(i - 1))
        && !doc.token_text(i - 1).ends_with('.')
        && is_capitalized(doc.token_text(i - 1))
    {
        return Some((doc.token_text(i - 1).to_string(), i - 1));
    }
    None
}

/// All name runs of the document, in text order.
pub fn find_runs(doc: &Doc) -> Vec<Run> {
    let mut runs = Vec::new();
    for (s, sent) in doc.sentences.iter().enumerate() {
        let mut i = sent.first_token;
        while i < sent.end_token {
            if !is_name_token(doc, i) {
                i += 1;
                continue;
            }
            // Skip a bare honorific: it belongs to the name after it.
            if lexicon::honorific(doc.token_text(i)).is_some()
                && i + 1 < sent.end_token
                && doc.token_text(i + 1) == "."
            {
                i += 2;
                continue;
            }
            if lexicon::is_courtesy_title(doc.token_text(i))
                && i + 1 < sent.end_token
                && is_name_token(doc, i + 1)
            {
                i += 1;
                continue;
            }
            // "… ?” Stated Stone.": a speech verb capitalised after a quote is not a name.
            let verb = lower(doc, i);
            if i + 1 < sent.end_token
                && is_name_token(doc, i + 1)
                && lexicon::is_speech_verb(&verb)
                && (verb.ends_with("ed")
                    || matches!(verb.as_str(), "said" | "says" | "told" | "wrote"))
                && !lexicon::is_first_name(doc.token_text(i))
            {
                i += 1;
                continue;
            }
            let mut j = i;
            loop {
                // "CNN’s Wolf Blitzer": a possessive ends a name; the next one starts anew.
                // (A plural's before a body's cue word is inside one: "the Professional
                // Footballers' Association", "the Writers' Guild".)
                let word = doc.token_text(j);
                if strip_possessive(word).len() < word.len() {
                    break;
                }
                if word.ends_with('s')
                    && j + 2 < sent.end_token
                    && matches!(doc.token_text(j + 1), "'" | "’")
                    && doc.tokens[j + 1].start == doc.tokens[j].end
                    && is_name_token(doc, j + 2)
                    && lexicon::is_org_cue(&lower(doc, j + 2))
                {
                    j += 2;
                    continue;
                }
                if j + 1 < sent.end_token && is_name_token(doc, j + 1) {
                    j += 1;
                    continue;
                }
                // "Channel 4", "Channel 5": a broadcaster named by its number.
                if doc.token_text(j) == "Channel"
                    && j + 1 < sent.end_token
                    && doc.tokens[j + 1].kind == TokenKind::Number
                    && strip_possessive(doc.token_text(j + 1)).len() <= 2
                {
                    j += 1;
                    break;
                }
                // Two particles before a surname that ends the name: "Ursula von der Leyen",
                // "Rafael van der Vaart", "Ana de la Cruz" (not German's "Thomas Müller von
                // der Deutschen Bank").
                if j + 3 < sent.end_token
                    && matches!(
                        (doc.token_text(j + 1), doc.token_text(j + 2)),
                        ("von" | "van", "der" | "den" | "dem")
                            | ("de" | "del", "la" | "los" | "las")
                    )
                    && is_name_token(doc, j + 3)
                    && !(j + 4 < sent.end_token && is_name_token(doc, j + 4))
                {
                    j += 3;
                    continue;
                }
                // A middle initial: "John D. Podesta".
                if j + 2 < sent.end_token
                    && doc.token_text(j + 1) == "."
                    && is_name_token(doc, j + 2)
                    && doc.token_text(j).chars().count() == 1
                    && j > i
                {
                    j += 2;
                    continue;
                }
                // A nickname in quotation marks: "Robert C. \"Bobby\" Scott".
                if let Some(after) = nickname_after(doc, j, sent.end_token) {
                    j = after;
                    continue;
                }
                // "World Summit for the Information Society (WSIS)": "of the", "for the", "on
                // the" inside a name its bracketed initials spell out.
                if j + 3 < sent.end_token
                    && matches!(doc.token_text(j + 1), "of" | "for" | "on")
                    && doc.token_text(j + 2) == "the"
                    && is_name_token(doc, j + 3)
                    && initials_follow(doc, i, j + 3, sent.end_token)
                {
                    j += 3;
                    continue;
                }
                // Connectors inside organisation names and titles.
                if j + 2 < sent.end_token
                    && matches!(
                        doc.token_text(j + 1),
                        "of" | "for"
                            | "on"
                            | "and"
                            | "&"
                            | "de"
                            | "du"
                            | "del"
                            | "von"
                            | "van"
                            | "bin"
                            | "al"
                    )
                    && is_name_token(doc, j + 2)
                {
                    let head = lower(doc, j);
                    let joins = match doc.token_text(j + 1) {
                        "of" | "for" => {
                            lexicon::is_org_cue(&head)
                                || lexicon::is_role_noun(&head)
                                || lexicon::is_office_title(&head)
                                || lexicon::is_place_cue(&head)
                                || head == "relief"
                                // "Hollywood Walk of Fame", "Hall of Fame".
                                || matches!(head.as_str(), "walk" | "hall")
                                    && doc.token_text(j + 2) == "Fame"
                        }
                        // "Council on Foreign Relations", "Commission on Human Rights".
                        // (Not "the Intelligence Committee on Tuesday", "the Post on Monday".)
                        "on" => {
                            let next = lower(doc, j + 2);
                            matches!(
                                head.as_str(),
                                "council"
                                    | "committee"
                                    | "subcommittee"
                                    | "commission"
                                    | "conference"
                                    | "institute"
                                    | "center"
                                    | "centre"
                                    | "panel"
                                    | "coalition"
                            ) && lexicon::weekday(&next).is_none()
                                && lexicon::month(&next).is_none()
                        }
                        // Not after a whole organisation's name: "Sony Pictures Entertainment
                        // and MGM Studios", "Exxon Mobil and British Petroleum" are two.
                        // Nor before a name that opens with its own "The": "Big Machine and
                        // The Carlyle Group".
                        // "Ernst & Young", "Marks & Spencer": an ampersand between names
                        // makes one firm's name.
                        // (Not "Sun & Mon", days.)
                        "&" => {
                            doc.token_text(j + 2) != "The"
                                && lexicon::weekday(&lower(doc, j + 2)).is_none()
                                && lexicon::weekday(&head).is_none()
                        }
                        "and" => {
                            (org_cue_ahead(doc, j + 2, sent.end_token)
                                || initials_follow(doc, i, j + 2, sent.end_token))
                                && doc.token_text(j + 2) != "The"
                                && !(lexicon::is_org_cue(&head) && j > i)
                                && !lexicon::organizations()
                                    .canonical
                                    .contains_key(join_tokens(doc, i, j).as_str())
                        }
                        _ => true,
                    };
                    if joins {
                        j += 2;
                        continue;
                    }
                }
                break;
            }
            // "Retired Lt. Gen. Michael Flynn", "former South Carolina Gov. Jim Hodges": an
            // abbreviated title ending the stretch belongs to the name after it.
            // (Not "said governor Mervyn King." at a sentence's end: a title that is a whole
            // word ends the sentence there unless a name follows.)
            while j > i
                && j + 1 < sent.end_token
                && doc.token_text(j + 1) == "."
                && lexicon::honorific(doc.token_text(j)).is_some()
                && (!lexicon::is_common_word(&lower(doc, j))
                    || (j + 2 < sent.end_token && is_name_token(doc, j + 2)))
            {
                j -= 1;
            }
            // "20th Century Fox": a known name that opens with a number.
            let start = if i > sent.first_token
                && doc.tokens[i - 1].kind == TokenKind::Number
                && lexicon::organizations()
                    .canonical
                    .contains_key(strip_possessive(&join_tokens(doc, i - 1, j)))
            {
                i - 1
            } else {
                i
            };
            for mut run in shape_run(doc, s, start, j) {
                trim_office(doc, &mut run);
                runs.push(run);
            }
            i = j + 1;
        }
    }
    runs
}

/// The longest name, in tokens, that a headline's run is cut back to.
const HEADLINE_NAME_TOKENS: usize = 8;

/// In a sentence written in headline case ("Hillary Clinton Speaks ‘Directly To White People’
/// After Latest Police Shooting"), a run that begins with a name the article also writes in
/// running text is cut to that name: the capitals after it are the headline's, not a name's.
pub fn trim_headline_runs(doc: &Doc, mut runs: Vec<Run>) -> Vec<Run> {
    let headline: Vec<bool> = doc
        .sentences
        .iter()
        .map(|sent| {
            let words = (sent.first_token..sent.end_token)
                .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
                .map(|k| doc.token_text(k));
            let (mut n, mut caps) = (0usize, 0usize);
            for w in words {
                n += 1;
                caps += usize::from(is_capitalized(w));
            }
            n >= 4 && caps * 10 >= n * 7
        })
        .collect();
    let in_headline = |r: &Run| headline[doc.tokens[r.first].sentence];
    let known: std::collections::HashSet<String> = runs
        .iter()
        .filter(|r| !in_headline(r))
        .map(|r| r.name.clone())
        .collect();
    for r in runs.iter_mut().filter(|r| r.last > r.first) {
        if !in_headline(r) || known.contains(&r.name) {
            continue;
        }
        // Names are short: only the first few tokens are tried, so that a headline-case
        // stretch of thousands of words stays linear.
        if let Some(k) = (r.first..r.last.min(r.first + HEADLINE_NAME_TOKENS))
            .rev()
            .find(|&k| known.contains(&join_tokens(doc, r.first, k)))
        {
            r.last = k;
            r.end = doc.tokens[k].end;
            r.name = join_tokens(doc, r.first, k);
        }
    }
    runs
}

/// "former House of Representatives Speaker, Benjamin Nzeribe": the body, without the office
/// in it that the name after the comma holds.
#[inline(never)]
fn trim_office(doc: &Doc, run: &mut Run) {
    if run.role.is_some() || run.last < run.first + 2 {
        return;
    }
    // ("Office of the Deputy Prime Minister (ODPM)": initials spell the whole name.)
    let sentence_end = doc.sentences[doc.tokens[run.first].sentence].end_token;
    if initials_follow(doc, run.first, run.last, sentence_end) {
        return;
    }
    let office = matches!(
        lower(doc, run.last).as_str(),
        "speaker"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "president"
            | "leader"
            | "governor"
            | "chief"
            | "secretary"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "minister"
            | "boss"
            | "manager"
            | "coach"
            | "captain"
            | "ceo"
    ) && !matches!(
        lower(doc, run.last - 1).as_str(),
        "of" | "for" | "and" | "on"
    );
    if !office {
        return;
    }
    let body = join_tokens(doc, run.first, run.last - 1);
    if lexicon::organizations()
        .canonical
        .contains_key(body.as_str())
        || (run.first..run.last).any(|k| lexicon::is_org_cue(&lower(doc, k)))
    {
        run.last -= 1;
        run.end = doc.tokens[run.last].end;
        run.name = body;
    }
}

/// "The National Institute of Economic and Social Research (NIESR)": does the capitalised
/// stretch from `from` end in a bracketed acronym made of the initials of the name that starts
/// at `first`?
fn initials_follow(doc: &Doc, first: usize, from: usize, end: usize) -> bool {
    let mut k = from;
    while k + 1 < end && k < from + 6 && is_name_token(doc, k + 1) {
        k += 1;
    }
    if k + 3 >= end || doc.token_text(k + 1) != "(" || doc.token_text(k + 3) != ")" {
        return false;
    }
    let acronym = doc.token_text(k + 2);
    let initials: String = (first..=k)
        .map(|t| doc.token_text(t))
        .filter(|w| w.starts_with(char::is_uppercase) && *w != "The")
        .filter_map(|w| w.chars().next())
        .collect();
    acronym.chars().count() >= 3 && acronym == initials
}

/// Does an organisation cue word end the capitalised stretch starting at `from`?
fn org_cue_ahead(doc: &Doc, from: usize, end: usize) -> bool {
    let mut k = from;
    while k < end
        && k < from + 6
        && (is_name_token(doc, k) || matches!(doc.token_text(k), "of" | "for" | "and"))
    {
        // ("Rock and Roll Hall of Fame": a hall of fame is an institution too.)
        if lexicon::is_org_cue(&lower(doc, k))
            || (doc.token_text(k) == "Hall"
                && doc.tokens.get(k + 2).is_some()
                && doc.token_text(k + 2) == "Fame")
        {
            return true;
        }
        k += 1;
    }
    false
}

/// Turn the raw capitalised stretch `i..=j` into zero or more runs: trim, split titles off.
fn shape_run(doc: &Doc, s: usize, i: usize, j: usize) -> Vec<Run> {
    shape_run_from(doc, s, i, j, true)
}

/// `shape_run`, told whether a "-based" word may still split the stretch.
fn shape_run_from(doc: &Doc, s: usize, mut i: usize, mut j: usize, split_based: bool) -> Vec<Run> {
    let sentence_initial = doc.is_sentence_initial(i);
    let run_first = i;
    // "House Republican Thomas Massie", "Vermont Democrat Peter Welch": a description that
    // ends in a party or demonym before a first name.
    if let Some(k) = (i + 1..j).find(|&k| {
        lexicon::is_demonym(doc.token_text(k)) && lexicon::is_first_name(doc.token_text(k + 1))
    }) {
        i = k + 1;
    }
    // "Chancellor of the Exchequer Gordon Brown", "Secretary of the Navy Ray Mabus": the body
    // an office is "of the" or "to the" ends the office before a first name.
    let first_in_sentence = doc.sentences[s].first_token;
    if i >= first_in_sentence + 3
        && i + 1 < j
        && doc.token_text(i - 1) == "the"
        && matches!(doc.token_text(i - 2), "of" | "to" | "for")
        && lexicon::is_role_noun(&lower(doc, i - 3))
        && !lexicon::is_first_name(doc.token_text(i))
    {
        // (Not "for the San Francisco Police Department": a body's name, or a place's.)
        let person_named = |k: usize| {
            lexicon::is_first_name(doc.token_text(k))
                && !(k..=j).any(|t| lexicon::is_org_cue(&lower(doc, t)))
                && !lexicon::places()
                    .canonical
                    .contains_key(join_tokens(doc, i, k).as_str())
        };
        if let Some(k) = (i + 1..j.min(i + 3)).find(|&k| person_named(k)) {
            let mut runs = shape_run(doc, s, i, k - 1);
            runs.extend(shape_run(doc, s, k, j));
            return runs;
        }
    }
    // "Crooked Hillary Clinton", "Little Marco Rubio": a nickname's adjective before a full name;
    // "Public Prosecution Eva-Marie Persson": the end of a title written before it.
    let describes = |k: usize| {
        let w = doc.token_text(k);
        let l = w.to_lowercase();
        (lexicon::is_common_word(&l)
            || l.ends_with("ed")
            || l.ends_with(['\'', '’'])
            // "Welshman Jimmy Watkins", "Spaniard Guillermo Garcia-Lopez", "Tory Neil
            // Hamilton", "Comedian Harry Hill": who someone is, before the name.
            || is_demonym_noun(w)
            || lexicon::is_role_noun(&l)
            // "Defiant Matt Williams", "Jubilant Andy Murray": a sentence's opening adjective.
            || (doc.is_sentence_initial(k)
                && l.chars().count() >= 5
                && ["ant", "ent", "ous", "ful", "ive", "less", "ic", "ed"]
                    .iter()
                    .any(|end| l.ends_with(end))))
            && !lexicon::is_first_name(w)
            && lexicon::honorific(w).is_none()
            && !matches!(
                l.as_str(),
                "saint" | "san" | "santa" | "fort" | "mount" | "lake" | "port" | "cape" | "new"
            )
    };
    if let Some(k) = (i + 1..=(i + 2).min(j.saturating_sub(1)))
        .find(|&k| is_first_name_joined(doc.token_text(k)))
        .filter(|&k| (i..k).all(describes))
    {
        i = k;
    } else if j == i + 2
        && lexicon::is_role_noun(&lower(doc, i))
        && !is_first_name_joined(doc.token_text(i + 1))
        && !lexicon::is_org_cue(&lower(doc, i))
        && (i + 1..=j).all(|k| {
            let l = lower(doc, k);
            !lexicon::is_common_word(&l)
                && !lexicon::is_role_noun(&l)
                && !lexicon::is_org_cue(&l)
                && !lexicon::is_place_cue(&l)
                && !lexicon::places().canonical.contains_key(doc.token_text(k))
        })
    {
        // "Journalist Guillem Balague": a role, then a name of two words no list knows.
        i += 1;
    }
    // Leading function words ("The", "However") and months, weekdays, demonyms.
    while i <= j {
        let w = doc.token_text(i);
        let l = w.to_lowercase();
        // "Scottish & Newcastle": a word before an ampersand is half of a firm's name.
        if i < j && doc.token_text(i + 1) == "&" {
            break;
        }
        let is_the_of_name = l == "the"
            && i < j
            && lexicon::organizations()
                .canonical
                .contains_key(join_tokens(doc, i, j).as_str());
        // "US" is the country, not "us".
        let gazetteer_caps = w.len() >= 2
            && w.chars().all(|c| c.is_ascii_uppercase())
            && lexicon::places().canonical.contains_key(w);
        // "New York", "New Zealand": a known name that opens with a common word keeps it,
        // and so does "New Haven" inside a sentence.
        let opens_known_name = (i + 1..=j.min(i + 3)).any(|k| {
            let name = join_tokens(doc, i, k);
            let name = strip_possessive(&name).trim_end_matches("-based");
            // ("NEW YORK (Reuters) —": a dateline's capitals.)
            let title_cased: String = if name.chars().any(char::is_lowercase) {
                String::new()
            } else {
                name.split(' ')
                    .map(|w| {
                        w.chars()
                            .enumerate()
                            .map(|(n, c)| if n == 0 { c } else { c.to_ascii_lowercase() })
                            .collect::<String>()
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            [name, title_cased.as_str()].iter().any(|name| {
                lexicon::places().canonical.contains_key(name)
                    || lexicon::organizations().canonical.contains_key(name)
            })
        }) || (l == "new" && i < j && !doc.is_sentence_initial(i));
        // ("TV channel Five": a number's word that a body's noun names.)
        let named_by_noun = w != l
            && !doc.is_sentence_initial(i)
            && ((i == j && org_noun_before(doc, i))
                // ("on Five News": a number's word that opens a body's name.)
                || (i < j
                    && matches!(
                        l.as_str(),
                        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight"
                            | "nine" | "ten"
                    )
                    && ends_in_org_cue(doc, i, j)));
        if (lexicon::is_function_word(&l)
            && !is_the_of_name
            && !named_by_noun
            && !gazetteer_caps
            && !opens_known_name
            && lexicon::honorific(w).is_none())
            || lexicon::weekday(strip_possessive(&l)).is_some()
            || (lexicon::month(&l).is_some() && l.len() > 2 && (l != "may" || i == j))
            || (lexicon::is_demonym(strip_possessive(w))
                && !ends_in_org_cue(doc, i, j)
                // ("the British Empire", "the Ottoman Empire": a realm of the past.)
                && (j != i + 1 || doc.token_text(j) != "Empire")
                // ("British Phonographic Industry (BPI)": the initials keep the demonym.)
                && !initials_follow(doc, i, j, doc.sentences[s].end_token)
                && !opens_known_name
                && !opens_company_name(doc, i, j))
            // "Former Arkansas Gov. Mike Huckabee", "Fellow Kentuckian Rand Paul": a
            // description at a sentence's start.
            || matches!(l.as_str(), "former" | "fellow" | "ex" | "then" | "late" | "retired" | "veteran")
            // "Hosting Cook at Dreamforce": a sentence's opening verb before a name.
            || (i < j
                && doc.is_sentence_initial(i)
                && l.strip_suffix("ing").is_some_and(|stem| {
                    // ("Using Braille for speeches": "use".)
                    (stem.len() >= 3 && lexicon::is_common_word(stem))
                        || (stem.len() >= 2 && lexicon::is_common_word(&format!("{stem}e")))
                })
                && !lexicon::is_first_name(w))
            // "Recent Samsung TVs", "Rival Sony", "Overall UK exports": a word opening a
            // sentence before a known name (not "Little Britain", a show).
            || (i < j
                && doc.is_sentence_initial(i)
                && (matches!(
                    l.as_str(),
                    "recent" | "previous" | "overall" | "rival" | "rivals" | "holders" | "champions"
                        | "buy" | "elsewhere" | "currently" | "finally" | "ultimately"
                ) || (l.ends_with("ly") && lexicon::is_common_word(&l) && !lexicon::is_first_name(w)))
                && {
                    let rest = join_tokens(doc, i + 1, j);
                    let rest = strip_possessive(&rest);
                    !opens_known_name
                        && (lexicon::organizations().canonical.contains_key(rest)
                            || lexicon::places().canonical.contains_key(rest))
                })
            // "Email Tariq Malik at …": a contact line's word.
            || (i < j && matches!(l.as_str(), "email" | "e-mail"))
            // "Australian-born Assange", "GOP-dominated Legislature", "Saudi-led coalition":
            // a description ("Seattle-based Amazon" is split below, into the place and the
            // company).
            || (i < j
                && w.rsplit_once('-').is_some_and(|(head, tail)| {
                    head.starts_with(char::is_uppercase)
                        && tail.len() >= 3
                        && tail.chars().all(|c| c.is_lowercase())
                        && tail != "based"
                }))
            // "Mr Rubin": the title without its period is the name's honorific.
            || (i < j && lexicon::is_courtesy_title(w) && !w.ends_with('.'))
            // "The Coty-Kylie Jenner deal": two parties to something, not one name
            // ("Jean-Pierre", "Mary-Kate" open with a first name; "Sui-Lee Wee of the Times"
            // names no deal). The person keeps her surname.
            || (i < j
                && w.split_once('-').is_some_and(|(head, tail)| {
                    head.starts_with(char::is_uppercase)
                        && tail.starts_with(char::is_uppercase)
                        && !lexicon::is_first_name(head)
                        && lexicon::is_first_name(tail)
                })
                && j + 1 < doc.sentences[s].end_token
                && matches!(
                    doc.token_text(j + 1),
                    "deal" | "merger" | "partnership" | "alliance" | "agreement" | "talks"
                        | "match" | "collaboration" | "venture" | "summit" | "meeting" | "feud"
                        | "rivalry" | "split" | "relationship" | "tie-up" | "pact" | "clash"
                ))
            // "Man-of-the-match Stephen Jones": a hyphenated phrase is a description.
            || (i < j
                && w.contains('-')
                && w.split('-').skip(1).any(|p| lexicon::is_function_word(p)))
            // "South Korean President …", "North African": a compass word before a demonym.
            || (matches!(w, "South" | "North" | "East" | "West")
                && i < j
                && lexicon::is_demonym(strip_possessive(doc.token_text(i + 1))))
        {
            i += 1;
        } else {
            break;
        }
    }
    // Trailing months or weekdays ("Hamas Monday").
    while j > i
        && (lexicon::weekday(strip_possessive(&lower(doc, j))).is_some()
            || (lexicon::month(&lower(doc, j)).is_some() && j > i))
    {
        if j == 0 {
            break;
        }
        j -= 1;
    }
    // "John Milbank RRP", "Sterling GBP": a person's name followed by a price's or a
    // currency's abbreviation (not "John Smith III").
    while j > i && lexicon::is_first_name(doc.token_text(i)) && {
        let w = doc.token_text(j);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| c.is_ascii_uppercase())
            && !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            && lexicon::is_non_org_capitals(w)
    } {
        j -= 1;
    }
    // "Labour MPs", "Tory leaders": the people named after a party are not its name.
    while j > i && {
        let l = lower(doc, j);
        l.ends_with('s') && lexicon::is_people_noun(&l) && !lexicon::is_org_cue(&l)
    } {
        j -= 1;
    }
    // "Apple AirPods", "Microsoft Xbox": a maker, then one of its products (a product of
    // `data/works.txt`, or a word with a capital inside it): the maker is the name.
    if j > i && j - i <= 4 {
        let product = |k: usize| {
            let w = doc.token_text(k);
            // (Not a surname's "Mc", "De" or "La": "McCain", "DeSantis"; nor "Co-Chairman".)
            let inner_capital = w.starts_with(char::is_uppercase)
                && w.chars().all(char::is_alphanumeric)
                && w.chars().skip(3).any(char::is_uppercase)
                && !["Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von"]
                    .iter()
                    .any(|p| w.starts_with(p));
            (k == j && inner_capital) || lexicon::is_work_title(&join_tokens(doc, k, j))
        };
        if let Some(k) = (i + 1..=j).find(|&k| {
            product(k)
                && lexicon::organizations()
                    .canonical
                    .contains_key(join_tokens(doc, i, k - 1).as_str())
        }) {
            j = k - 1;
        }
    }
    if i > j {
        return Vec::new();
    }
    // "the Foreign Policy Centre Mr Straw said": a courtesy title inside a run starts a
    // person's name ("Little Miss Sunshine" is a title's own word).
    if let Some(k) = (i + 1..j).find(|&k| {
        let w = doc.token_text(k);
        lexicon::is_courtesy_title(w) && !w.eq_ignore_ascii_case("miss")
    }) {
        let mut runs = shape_run(doc, s, i, k - 1);
        runs.extend(shape_run(doc, s, k, j));
        return runs;
    }
    // "White House Russia adviser Fiona Hill", "State Department Iran envoy": a body, then
    // the place its officer's role is for; two names, not one.
    if j > i + 1
        && j + 1 < doc.sentences[s].end_token
        && lexicon::is_role_noun(doc.token_text(j + 1))
    {
        // (A place's name is a few words: a run of thousands is cut three ways at most.)
        let split = ((i + 2).max(j.saturating_sub(2))..=j).find(|&k| {
            lexicon::places()
                .canonical
                .contains_key(join_tokens(doc, k, j).as_str())
                && lexicon::organizations()
                    .canonical
                    .contains_key(join_tokens(doc, i, k - 1).as_str())
        });
        if let Some(k) = split {
            let mut runs = shape_run(doc, s, i, k - 1);
            runs.extend(shape_run(doc, s, k, j));
            return runs;
        }
    }
    // "Hong Kong-based Hutchison Whampoa": a place, then the company based there.
    if let Some(k) = (i..=j)
        .find(|&k| lower(doc, k).ends_with("-based"))
        .filter(|_| split_based)
    {
        let mut runs = shape_run_from(doc, s, i, k, false);
        if let Some(place) = runs.last_mut().filter(|r| r.last == k) {
            place.end -= "-based".len();
            place.name.truncate(place.name.len() - "-based".len());
            place.context = Some(ActorKind::Place);
        }
        // "K-based": too little left to name a place.
        runs.retain(|r| r.name.chars().filter(|c| c.is_alphabetic()).count() >= 2);
        let mut company = if k < j {
            shape_run(doc, s, k + 1, j)
        } else {
            Vec::new()
        };
        for r in &mut company {
            r.context = Some(ActorKind::Organization);
        }
        runs.extend(company);
        return runs;
    }
    // "special envoy to Ukraine Kurt Volker", "Unison Dave Prentis": a place or a known
    // organisation (whose name is no first name), then a person's full name.
    let known_kind = |name: &str| {
        if lexicon::places().canonical.contains_key(name) {
            Some(ActorKind::Place)
        } else if lexicon::organizations().canonical.contains_key(name) {
            Some(ActorKind::Organization)
        } else {
            None
        }
    };
    if let Some(n) = (1..=2).find(|&n| {
        i + n < j
            && !lexicon::is_first_name(doc.token_text(i))
            && lexicon::is_first_name(doc.token_text(i + n))
            // (Not "Aberdeen Royal Infirmary", "Hollywood Roosevelt Hotel".)
            && !lexicon::is_common_word(&lower(doc, i + n))
            && !lexicon::is_org_cue(&lower(doc, j))
            && !lexicon::is_place_cue(&lower(doc, j))
            && !matches!(lower(doc, j).as_str(), "hotel" | "infirmary" | "clinic")
            && known_kind(&join_tokens(doc, i, i + n - 1)).is_some()
            && known_kind(&join_tokens(doc, i, i + n)).is_none()
            && looks_like_person(doc, i + n, j)
    }) {
        let kind = known_kind(&join_tokens(doc, i, i + n - 1));
        let mut runs = shape_run(doc, s, i, i + n - 1);
        for r in &mut runs {
            r.context = kind;
        }
        runs.extend(shape_run(doc, s, i + n, j));
        return runs;
    }
    // A person "of" a place: "Representative Charles B. Rangel of New York", "Gov. Earl Ray
    // Tomblin of West Virginia" are a person and a place, not one name. (Not "Secretary of
    // State Antony Blinken" or "Bank of America": no first name and surname before the "of".)
    if let Some(of) = (i + 1..j).find(|&k| doc.token_text(k) == "of") {
        let person_before =
            (i..of.saturating_sub(1)).any(|k| lexicon::is_first_name(doc.token_text(k)));
        if person_before && !lexicon::is_org_cue(&lower(doc, of - 1)) {
            let mut runs = shape_run(doc, s, i, of - 1);
            runs.extend(shape_run(doc, s, of + 1, j));
            return runs;
        }
    }
    // A title inside the run: "Defense Secretary Lloyd Austin", "Secretary of State Antony Blinken".
    let mut role_in_run: Option<String> = None;
    let mut name_first = i;
    for k in (i..j).rev() {
        let l = lower(doc, k);
        // ("Star Wars Jedi": "star" is a role in lower case only, "R&B star Usher".)
        if lexicon::is_role_noun(&l) && !matches!(l.as_str(), "star" | "superstar")
            || (lexicon::honorific(doc.token_text(k)).is_some_and(|r| !r.is_empty())
                && !lexicon::is_courtesy_title(doc.token_text(k)))
        {
            let mut after = k + 1;
            // "Secretary of State for Health John Reid": an office may name two things.
            while after < j && matches!(doc.token_text(after), "of" | "for") {
                after += 2;
                // "Director of Public Prosecution Eva-Marie Persson": the office's name runs
                // on to the first name.
                while after + 1 < j
                    && lexicon::is_common_word(&lower(doc, after))
                    && !lexicon::is_first_name(doc.token_text(after))
                    && is_first_name_joined(doc.token_text(after + 1))
                {
                    after += 1;
                }
            }
            // "Governor of New York" is an office and its place, not "York" with a role; in
            // "U.S. Attorney for New York James Kennedy" the name starts after the place.
            if after > k + 1 && after <= j {
                if let Some(place_last) = place_at(doc, after - 1, j) {
                    if place_last == j {
                        return shape_run(doc, s, after - 1, j);
                    }
                    after = place_last + 1;
                }
            }
            // Name words after the title, initials' periods and particles not counted
            // ("Charles B. Rangel", "Ursula von der Leyen").
            let rest = (after..=j)
                .filter(|&k| {
                    let w = doc.token_text(k);
                    w != "." && !w.starts_with(char::is_lowercase)
                })
                .count();
            if (1..=3).contains(&rest)
                && after <= j
                && looks_like_person(doc, after, j)
                && !lexicon::is_building_word(&lower(doc, j))
            {
                // "Israeli Prime Minister", "Tory MP", "former Prime Minister": the words
                // that were trimmed off the run's start belong to the role.
                let mut role_first = i;
                while role_first > run_first && {
                    let w = doc.token_text(role_first - 1);
                    lexicon::is_demonym(w)
                        || ROLE_MODIFIERS.contains(&w.to_lowercase().as_str())
                        || matches!(w.to_lowercase().as_str(), "ex" | "then" | "fellow")
                } {
                    role_first -= 1;
                }
                // "met former Prime Minister Tony Blair": a modifier in lower case before it.
                let sentence_first = doc.sentences[s].first_token;
                while role_first == run_first
                    && role_first > sentence_first
                    && ROLE_MODIFIERS.contains(&doc.token_text(role_first - 1))
                {
                    role_first -= 1;
                }
                let mut role = join_tokens(doc, role_first, after - 1);
                if role_first < i
                    && doc.is_sentence_initial(role_first)
                    && !lexicon::is_demonym(doc.token_text(role_first))
                {
                    role = lower_first(&role);
                }
                role_in_run = Some(role);
                name_first = after;
            }
            break;
        }
    }
    let i = name_first;
    let honorific = if role_in_run.is_none() {
        honorific_before(doc, i)
    } else {
        None
    };
    let last_word = doc.token_text(j);
    let start = doc.tokens[i].start;
    // "Moody's", "Standard & Poor's": a known name that ends in a possessive keeps it.
    let whole = doc.text[start..doc.tokens[j].end].replace('’', "'");
    let known_possessive = whole.ends_with("'s")
        && lexicon::organizations()
            .canonical
            .contains_key(whole.as_str());
    let end = if known_possessive {
        doc.tokens[j].end
    } else {
        doc.tokens[j].start + strip_possessive(last_word).len()
    };
    let name = if known_possessive {
        whole
    } else {
        without_nickname(&doc.text[start..end])
    };
    // (But "G7", "G20": a known body's letter and number.)
    if name.chars().filter(|c| c.is_alphabetic()).count() < 2
        && !lexicon::organizations()
            .canonical
            .contains_key(name.as_str())
    {
        return Vec::new();
    }
    let role = role_in_run
        .or_else(|| role_before(doc, s, honorific.as_ref().map(|h| h.1).unwrap_or(i)))
        .or_else(|| office_in_apposition(doc, s, honorific.as_ref().map(|h| h.1).unwrap_or(i), j))
        .or_else(|| honorific.as_ref().and_then(|(h, _)| title_role(h, doc, j)))
        .or_else(|| role_after(doc, s, j));
    vec![Run {
        first: i,
        last: j,
        start,
        end,
        name,
        honorific: honorific.map(|h| h.0),
        role,
        sentence_initial: sentence_initial
            && i == doc.sentences[s].first_token + leading_punct(doc, s),
        context: org_noun_before(doc, i).then_some(ActorKind::Organization),
    }]
}

/// The last token of the longest known place's name (up to four words) that starts at token
/// `from` and ends by `to`.
fn place_at(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    (from..=to.min(from + 3)).rev().find(|&last| {
        lexicon::places()
            .canonical
            .contains_key(join_tokens(doc, from, last).as_str())
    })
}

/// Lower-case nouns that introduce an organisation's name: "investment bank Morgan Stanley",
/// "media giant Vivendi", "technology firms Earthlink and Webroot".
const ORG_NOUNS: &str = "firm firms company companies bank banks group giant giants regulator watchdog agency carrier carriers operator retailer bourse exchange broadcaster newspaper club clubs subsidiary subsidiaries studio studios publisher developer developers maker makers manufacturer airline insurer lender brand chain conglomerate startup start-up outlet network charity union unions consultancy think-tank thinktank think-tanks band bands channel station";

pub fn is_org_noun(word: &str) -> bool {
    static SET: std::sync::OnceLock<lexicon::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| ORG_NOUNS.split_whitespace().collect())
        .contains(word)
}

/// Is the name at token `i` introduced by an organisation noun ("firm X", "firms such as X",
/// "rivals including X")?
fn org_noun_before(doc: &Doc, i: usize) -> bool {
    let sentence_start = doc.sentences[doc.tokens[i].sentence].first_token;
    let word = |k: usize| (k >= sentence_start).then(|| doc.token_text(k));
    let is_lower_org_noun = |k: usize| {
        word(k).is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) && is_org_noun(w))
    };
    if i == 0 {
        return false;
    }
    if is_lower_org_noun(i - 1) {
        return true;
    }
    i >= 3
        && ((word(i - 1) == Some("as") && word(i - 2) == Some("such") && is_lower_org_noun(i - 3))
            || (word(i - 1) == Some("including") && is_lower_org_noun(i - 2)))
}

fn leading_punct(doc: &Doc, s: usize) -> usize {
    let sent = &doc.sentences[s];
    (sent.first_token..sent.end_token)
        .take_while(|&k| doc.tokens[k].kind == TokenKind::Punct)
        .count()
}

/// "British Telecom", "British Museum": a demonym before a name that is no person's, no title
/// and no other demonym opens that name (but "British actor Toby Stephens", "Briton Tim Henman"
/// and "South Korean President Park" are a description and a person).
fn opens_company_name(doc: &Doc, i: usize, j: usize) -> bool {
    // Two words only: "German Wolfram Mulle" is a description and a person's name.
    if j != i + 1 {
        return false;
    }
    let next = strip_possessive(doc.token_text(i + 1));
    let l = next.to_lowercase();
    !lexicon::is_first_name(next)
        && !lexicon::is_role_noun(&l)
        && lexicon::honorific(next).is_none()
        && !lexicon::is_demonym(next)
        && !lexicon::is_common_word(&l)
        && !lexicon::places().canonical.contains_key(next)
        && !matches!(next, "North" | "South" | "East" | "West")
}

/// "Israeli Defense Forces": a demonym that opens an organisation's name stays in it.
fn ends_in_org_cue(doc: &Doc, i: usize, j: usize) -> bool {
    i < j && lexicon::is_org_cue(&lower(doc, j))
}

/// A person-looking name: a known first name first, or one to three capitalised words that are
/// not cue words.
pub fn looks_like_person(doc: &Doc, i: usize, j: usize) -> bool {
    let first = strip_possessive(doc.token_text(i));
    if lexicon::is_first_name(first) && j > i {
        return true;
    }
    (i..=j).all(|k| {
        let l = lower(doc, k);
        // "Park" first is the Korean surname ("Park Geun-hye"), not a park.
        !lexicon::is_org_cue(&l)
            && (!lexicon::is_place_cue(&l) || (k == i && k < j && l == "park"))
            && !lexicon::is_role_noun(&l)
            && doc.token_text(k).chars().any(|c| c.is_lowercase())
    })
}

/// Whether `i..=j` opens with a common English word or ends with one that is no common surname:
/// "Quiet Man", "True Grit", "Heineken Cup" are titles and events, not people ("Jeb Bush" is).
pub fn has_common_end_word(doc: &Doc, i: usize, j: usize) -> bool {
    let word = |k: usize| {
        strip_possessive(doc.token_text(k))
            .replace('’', "'")
            .to_lowercase()
    };
    let last = word(j);
    lexicon::is_common_word(&word(i))
        || (lexicon::is_common_word(&last) && !lexicon::is_surname_word(&last))
}

/// "Ban Ki-moon", "Moon Jae-in": a Korean name, surname and a hyphenated given name.
pub fn is_korean_name(doc: &Doc, i: usize, j: usize) -> bool {
    j == i + 1
        && doc.token_text(j).split_once('-').is_some_and(|(a, b)| {
            (2..=5).contains(&a.len())
                && (2..=5).contains(&b.len())
                && b.chars().all(|c| c.is_ascii_lowercase())
        })
}

/// The token after a quoted nickname that follows the first name (or middle initial) at `j`:
/// `Marcia "Cia" Price`, `Robert C. “Bobby” Scott`. The surname must follow the nickname.
fn nickname_after(doc: &Doc, j: usize, end: usize) -> Option<usize> {
    let mut k = j + 1;
    if k < end && doc.token_text(k) == "." && doc.token_text(j).chars().count() == 1 {
        k += 1;
    }
    let opens = |t: usize| matches!(doc.token_text(t), "\"" | "“" | "‘" | "'");
    let closes = |t: usize| matches!(doc.token_text(t), "\"" | "”" | "’" | "'");
    let first_name =
        lexicon::is_first_name(doc.token_text(j)) || doc.token_text(j).chars().count() == 1;
    (first_name
        && k + 3 < end
        && opens(k)
        && is_name_token(doc, k + 1)
        && closes(k + 2)
        && is_name_token(doc, k + 3))
    .then_some(k + 3)
}

/// A name without its quoted nickname: `Marcia "Cia" Price` is Marcia Price.
fn without_nickname(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut words = name.split(' ').peekable();
    while let Some(w) = words.next() {
        let quoted = w.chars().count() > 2
            && w.starts_with(['"', '“', '‘', '\''])
            && w.ends_with(['"', '”', '’', '\''])
            && words.peek().is_some();
        if quoted {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Words that open a role without naming anyone: "senior author", "former minister".
const ROLE_MODIFIERS: [&str; 27] = [
    "senior",
    "junior",
    "former",
    "shadow",
    "deputy",
    "assistant",
    "acting",
    "veteran",
    "local",
    "late",
    "leading",
    "previous",
    "prosecuting",
    "vice",
    "interim",
    "incoming",
    "outgoing",
    "retired",
    "top",
    "chief",
    "head",
    "general",
    "managing",
    "executive",
    "associate",
    "principal",
    "lead",
];

#[inline(never)]
fn lower_first(text: &str) -> String {
    // ("MSP", "MEP": letters stay capitals.)
    let first_word = text.split_whitespace().next().unwrap_or("");
    if first_word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !first_word.chars().any(char::is_lowercase)
    {
        return text.to_string();
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn join_tokens(doc: &Doc, i: usize, j: usize) -> String {
    doc.text[doc.tokens[i].start..doc.tokens[j].end].to_string()
}

/// A role written before the name: "national security adviser Jake Sullivan",
/// "minister for strategic affairs Ron Dermer", "Israeli prime minister Benjamin Netanyahu".
fn role_before(doc: &Doc, s: usize, name_start: usize) -> Option<String> {
    let first = doc.sentences[s].first_token;
    let mut k = name_start;
    let mut has_role_noun = false;
    let mut words = 0;
    while k > first && words < 8 {
        let w = doc.token_text(k - 1);
        if doc.tokens[k - 1].kind != TokenKind::Word {
            break;
        }
        let l = w.to_lowercase();
        // "Chief Secretary to the Treasury Paul Boateng": an office "to/of/for the" its body.
        if l == "the"
            && k >= first + 3
            && (1..=2).contains(&(name_start - k))
            && lexicon::is_first_name(doc.token_text(name_start))
            && matches!(doc.token_text(k - 2), "to" | "of" | "for")
            && lexicon::is_role_noun(&doc.token_text(k - 3).to_lowercase())
        {
            k -= 2;
            words += 2;
            continue;
        }
        if lexicon::is_role_noun(&l) {
            has_role_noun = true;
        } else if matches!(l.as_str(), "of" | "for") {
            // "minister for strategic affairs": only inside a role; the role noun comes first
            // ("the campaign of President Mathieu Kerekou" is no campaign's role; "Bank of
            // England governor" names the bank).
            let capitalised_before =
                k >= first + 2 && doc.token_text(k - 2).starts_with(char::is_uppercase);
            if has_role_noun && !capitalised_before {
                break;
            }
        } else if (lexicon::is_function_word(&l) && !lexicon::is_demonym(w))
            || matches!(l.as_str(), "including" | "like" | "excluding" | "besides")
            || lexicon::is_speech_verb(&l)
            || is_verb_like(&l)
        {
            break;
        }
        k -= 1;
        words += 1;
    }
    if !has_role_noun {
        return None;
    }
    // Trim leading connectors, and require the role to reach the name through role words.
    while k < name_start && matches!(doc.token_text(k), "of" | "for") {
        k += 1;
    }
    if k >= name_start {
        return None;
    }
    let mut role = join_tokens(doc, k, name_start - 1);
    // "Senior author Dr. Silvia Martins" opens its sentence: the capital is the sentence's,
    // not the role's ("White House press secretary", "Israeli prime minister" keep theirs).
    // Only a word that is itself a role's ("Chief executive", "Former minister", "Shadow home
    // secretary") is lowered: "Arsenal boss", "Tory leader", "Bath prop" keep their names.
    if doc.is_sentence_initial(k) {
        let first = doc.token_text(k).to_lowercase();
        let role_word = lexicon::is_role_noun(&first)
            || ROLE_MODIFIERS.contains(&first.as_str())
            || ["ex-", "co-", "vice-"].iter().any(|p| first.starts_with(p));
        // ("Chief Secretary to the Treasury" is an office written in capitals throughout.)
        let role_words: Vec<&str> = role.split_whitespace().collect();
        let capitalised_office = (1..role_words.len()).any(|n| {
            let w = role_words[n];
            w.starts_with(char::is_uppercase)
                && (lexicon::is_role_noun(&w.to_lowercase())
                    || matches!(role_words[n - 1], "the" | "of" | "to" | "for"))
        });
        if role_word && !capitalised_office {
            role = lower_first(&role);
        }
    }
    // The role should end in a role noun or a "for/of …" tail of at most three words.
    let tail: Vec<&str> = role.split_whitespace().collect();
    let last_noun = tail
        .iter()
        .rposition(|w| lexicon::is_role_noun(&w.to_lowercase()))?;
    let after = &tail[last_noun + 1..];
    if after.is_empty() || (after.len() <= 3 && matches!(after[0], "for" | "of" | "to")) {
        Some(role)
    } else {
        None
    }
}

/// An office before a name, between commas: "the Foreign Secretary, Jack Straw, said", "led by
/// the Archbishop of Canterbury, Dr Rowan Williams.": the capitalised office after "the" (with
/// a role noun, or a church or peerage title "of" a place), then the name, then a comma, a full
/// stop or a bracket.
fn office_in_apposition(
    doc: &Doc,
    s: usize,
    name_start: usize,
    name_last: usize,
) -> Option<String> {
    let first = doc.sentences[s].first_token;
    let end = doc.sentences[s].end_token;
    if name_start < first + 3 || doc.token_text(name_start - 1) != "," {
        return None;
    }
    if name_last + 1 < end && !matches!(doc.token_text(name_last + 1), "," | "." | ")") {
        return None;
    }
    let comma = name_start - 1;
    let mut the = comma - 1;
    while the > first && comma - the < 6 && !matches!(doc.token_text(the), "the" | "The") {
        the -= 1;
    }
    if !matches!(doc.token_text(the), "the" | "The")
        || the + 1 >= comma
        || doc.token_text(comma - 1) == "of"
    {
        return None;
    }
    // Capitals throughout ("Foreign Secretary", "Archbishop of Canterbury").
    for k in the + 1..comma {
        let w = doc.token_text(k);
        if !(w.starts_with(char::is_uppercase) || matches!(w, "of" | "for")) {
            return None;
        }
    }
    let titled = lexicon::is_office_title(&lower(doc, the + 1)) && doc.token_text(the + 2) == "of";
    (titled || lexicon::is_role_noun(&lower(doc, comma - 1)))
        .then(|| join_tokens(doc, the + 1, comma - 1))
}

/// Words that end a role scan: past-tense and present verbs that are not role words.
fn is_verb_like(l: &str) -> bool {
    (l.ends_with("ed") && l.len() > 4 && !lexicon::is_role_noun(l))
        || matches!(
            l,
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "met"
                | "led"
                | "meet"
                | "visiting"
                // "for playing soul star Ray Charles": a verb's -ing form before the role.
                | "playing"
                | "portraying"
                | "starring"
                | "featuring"
                | "replacing"
                | "joining"
                | "leaving"
                | "told"
                | "says"
                // "Kentucky Democrats beat incumbent Matt Bevin": a headline's verb.
                | "beat"
                | "beats"
                | "won"
                | "wins"
                | "lost"
                | "took"
                | "takes"
                | "became"
                | "becomes"
                | "hit"
                | "hits"
                | "chose"
                | "found"
                | "gave"
                | "got"
                | "went"
                | "came"
                | "kept"
                | "held"
                | "ran"
                | "began"
                | "will"
                | "would"
                | "could"
                | "should"
                | "can"
                | "might"
                | "must"
                | "sent"
                | "saw"
                | "sees"
                | "made"
                | "makes"
                | "faces"
                | "joins"
                | "names"
                | "calls"
                // "who advises Attorney-General George Brandis": the verb of a relative clause.
                | "advises"
                | "replaces"
                | "succeeds"
                | "praises"
                | "criticises"
                | "criticizes"
                | "blames"
                | "accuses"
                | "urges"
                | "appoints"
                | "sacks"
                | "tells"
                | "asks"
                | "hires"
                | "thanks"
                | "defends"
                | "slams"
                | "welcomes"
                | "nominates"
                | "interviews"
        )
}

/// The role an honorific gives ("Sen."), with a party tag after the name: "Sen., R-Fla.".
fn title_role(honorific: &str, doc: &Doc, name_last: usize) -> Option<String> {
    let implied = lexicon::honorific(honorific.split_whitespace().last().unwrap_or(honorific))?;
    if implied.is_empty() {
        return None;
    }
    let mut role = honorific.to_string();
    // "(R-Fla.)" right after the name.
    if name_last + 2 < doc.tokens.len()
        && doc.token_text(name_last + 1) == "("
        && is_party_tag(doc.token_text(name_last + 2))
    {
        let tag = doc.token_text(name_last + 2);
        let dot = if name_last + 3 < doc.tokens.len() && doc.token_text(name_last + 3) == "." {
            "."
        } else {
            ""
        };
        role = format!("{role}, {tag}{dot}");
    }
    Some(role)
}

/// A role in apposition after the name: "John Kirby, the White House spokesman, said".
fn role_after(doc: &Doc, s: usize, name_last: usize) -> Option<String> {
    let end = doc.sentences[s].end_token;
    let mut k = name_last + 1;
    // "James P. Kennedy Jr., the U.S. Attorney": the suffix's period first.
    if k < end && doc.token_text(k) == "." && matches!(doc.token_text(name_last), "Jr" | "Sr") {
        k += 1;
    }
    if k >= end || doc.token_text(k) != "," {
        return None;
    }
    k += 1;
    if k < end && matches!(doc.token_text(k), "the" | "a" | "an") {
        k += 1;
    }
    let start = k;
    // "Twickenham, with the Irish captain leading the side": a role opens with no preposition.
    if k < end
        && matches!(
            lower(doc, k).as_str(),
            "with"
                | "at"
                | "in"
                | "on"
                | "of"
                | "for"
                | "from"
                | "to"
                | "by"
                | "into"
                | "after"
                | "before"
                | "during"
                | "under"
                | "over"
                | "about"
                | "like"
                | "as"
                | "while"
        )
    {
        return None;
    }
    let mut has_role_noun = false;
    while k < end && k < start + 12 && doc.tokens[k].kind == TokenKind::Word {
        let l = lower(doc, k);
        // "a NASA planetary scientist who led the investigation": the role ends at its noun.
        if matches!(l.as_str(), "who" | "whose")
            && k > start
            && lexicon::is_role_noun(&lower(doc, k - 1))
        {
            return Some(join_tokens(doc, start, k - 1));
        }
        if lexicon::is_speech_verb(&l)
            || is_verb_like(&l)
            || matches!(l.as_str(), "who" | "whose" | "which" | "that" | "and")
        {
            return None;
        }
        // A long role opens with its noun: "the U.S. Attorney for the Western District of New
        // York", not "will take place at Toronto's Princess of Wales Theatre".
        if lexicon::is_role_noun(&l) && !has_role_noun && k >= start + 5 {
            return None;
        }
        has_role_noun |= lexicon::is_role_noun(&l) || lexicon::is_office_title(&l);
        k += 1;
    }
    if !has_role_noun || k == start || k >= end || !matches!(doc.token_text(k), "," | "." | ")") {
        return None;
    }
    // "the Archbishop of Westminster, Cardinal Cormac Murphy-O'Connor,": a title and a name
    // after the comma is someone named, no role.
    let capitalised = |t: usize| doc.token_text(t).starts_with(char::is_uppercase);
    let mut name_from = k;
    while name_from > start
        && capitalised(name_from - 1)
        && !lexicon::is_role_noun(&lower(doc, name_from - 1))
    {
        name_from -= 1;
    }
    if name_from < k && name_from > start && capitalised(name_from - 1) && capitalised(start) {
        return None;
    }
    Some(join_tokens(doc, start, k - 1))
}
