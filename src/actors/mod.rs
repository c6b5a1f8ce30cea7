//! Actors: the people, organisations and places of an article, each once.
//!
//! Name runs (see `runs`) are classified by what they are and what surrounds them: the
//! gazetteers of places and organisations, honorifics and roles for people, cue words at the
//! end of a name ("Council", "Strip"), acronyms, and known first names. Runs are then merged
//! into actors: a surname or "Mr. Surname" joins the full name used elsewhere, an acronym in
//! parentheses joins the name before it, gazetteer aliases (U.S., U.N.) join their canonical
//! name. The canonical name is the fullest form the article uses. Authors (the byline) are not
//! actors of the article.

mod runs;

use crate::analysis::ActorKind;
use crate::extract::Article;
use crate::lexicon;
use crate::segment::{self, Doc};
pub use runs::Run;
use std::collections::HashMap;

/// One actor, with byte-offset mentions.
#[derive(Debug, Clone)]
pub struct ActorInfo {
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    pub mentions: Vec<(usize, usize)>,
}

/// A mention of an actor in the text.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub first_token: usize,
    pub last_token: usize,
    pub actor: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Actors {
    pub list: Vec<ActorInfo>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// The article's title, whose person counts as named once more.
    headline: String,
    /// The person named most often, found once when first asked for.
    most_named: std::cell::OnceCell<Option<usize>>,
}

impl Actors {
    /// The person the article names most often, a surname in its title counting once more
    /// (of equals, the first listed): the one its descriptions ("the actor", "the MEP", "the
    /// Conservative leader" under "UK heading wrong way, says Howard") are mostly written of.
    pub fn most_named_person(&self) -> Option<usize> {
        *self.most_named.get_or_init(|| {
            let headline: Vec<&str> = self
                .headline
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .collect();
            self.list
                .iter()
                .enumerate()
                .filter(|(_, a)| a.kind == ActorKind::Person)
                .max_by_key(|(k, a)| {
                    let in_headline = headline.contains(&surname_of(&a.name));
                    (
                        a.mentions.len() + usize::from(in_headline),
                        std::cmp::Reverse(*k),
                    )
                })
                .map(|(k, _)| k)
        })
    }

    /// The mention covering token `t`, if any.
    pub fn mention_at_token(&self, t: usize) -> Option<&Mention> {
        let k = self.mentions.partition_point(|m| m.last_token < t);
        self.mentions.get(k).filter(|m| m.first_token <= t)
    }
}

/// What a run is, from its own words and the words around it; `None` when nothing says.
/// What a name is when a lower-case word after it says it is a building or a site ("Walter
/// Reed hospital", "John Wayne airport").
fn facility_kind(next: &str) -> Option<ActorKind> {
    match next {
        "hospital" | "university" | "college" | "school" | "museum" | "library" => {
            Some(ActorKind::Organization)
        }
        "airport" | "stadium" | "arena" | "park" | "street" | "avenue" | "bridge" | "field" => {
            Some(ActorKind::Place)
        }
        _ => None,
    }
}

/// "VIENNA" as "Vienna": one word in capitals, as a name is written in running text.
fn title_case(word: &str) -> String {
    word.chars()
        .enumerate()
        .map(|(i, c)| if i == 0 { c } else { c.to_ascii_lowercase() })
        .collect()
}

fn classify(doc: &Doc, run: &Run) -> Option<ActorKind> {
    let kind = classify_by_words(doc, run);
    // "Hewlett Packard (HP)": a name read as a person's but given its initials in brackets is
    // a firm's.
    let words: Vec<&str> = run.name.split_whitespace().collect();
    if kind == Some(ActorKind::Person)
        && run.honorific.is_none()
        && run.role.is_none()
        && words.len() > 1
        && doc.tokens.get(run.last + 3).is_some()
        && doc.token_text(run.last + 1) == "("
        && doc.token_text(run.last + 3) == ")"
    {
        let initials: String = words
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase) && **w != "The")
            .filter_map(|w| w.chars().next())
            .collect();
        if initials.chars().count() >= 2 && doc.token_text(run.last + 2) == initials {
            return Some(ActorKind::Organization);
        }
    }
    // "Veteran Nollywood actress, Kate Henshaw", "Salesforce's Marc Benioff adviser Jane Doe":
    // a name right before a role noun and the name of the one who holds it describes that
    // person; it is no one's name itself.
    let word_at = |t: usize| word_in_sentence(doc, run, t);
    let describes_next_person = word_at(run.last + 1)
        .is_some_and(|w| w.starts_with(char::is_lowercase) && lexicon::is_role_noun(w))
        && word_at(run.last + 2).is_some_and(|w| w == "," || w.starts_with(char::is_uppercase));
    if kind == Some(ActorKind::Person)
        && run.first != run.last
        && run.honorific.is_none()
        && describes_next_person
    {
        return None;
    }
    // "Young Riders", "Orange Blossom Comb Honey Globe Jar": a name that ends in an ordinary
    // plural (with no first name before it: "Doug Mills", "Tiger Woods"), or a long one that
    // ends in an ordinary word, names a group or a thing, not a person.
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    let ordinary_end = lexicon::is_common_word(&last) && !lexicon::is_surname_word(&last);
    let ordinary_plural_end = !lexicon::is_first_name(words[0])
        && last.strip_suffix('s').is_some_and(|one| {
            one.len() >= 3 && lexicon::is_common_word(one) && !lexicon::is_surname_word(&last)
        });
    if kind == Some(ActorKind::Person)
        && run.honorific.is_none()
        && run.role.is_none()
        && words.len() > 1
        && (ordinary_plural_end || (words.len() >= 4 && ordinary_end))
    {
        return None;
    }
    kind
}

/// What lower-case word after a name says the name is: a town's police or county is the
/// town's ("Forest Hill police", "Van Buren counties"); a craft, a device or a console is a
/// product's ("737 Max jets", "Blue Moon lander", "MX Keys keyboard"); an illness or a
/// vaccine is no actor either ("Lyme disease").
fn kind_by_word_after(next: &str) -> Option<Option<ActorKind>> {
    match next {
        "police" | "county" | "counties" | "township" | "prison" | "jail" | "theater"
        | "theatre" => Some(Some(ActorKind::Place)),
        "lander" | "probe" | "rover" | "spacecraft" | "rocket" | "satellite" | "jet" | "jets"
        | "airliner" | "airliners" | "keyboard" | "keyboards" | "smartphone" | "smartphones"
        | "headset" | "laptop" | "laptops" | "console" | "consoles" => Some(None),
        // "Lyme disease", "the HPV vaccine", "the Delta variant": an illness or a remedy.
        "disease" | "diseases" | "syndrome" | "disorder" | "virus" | "vaccine" | "vaccines"
        | "variant" => Some(None),
        _ => None,
    }
}

/// The token `t` as written, when it is in the same sentence as the run.
fn word_in_sentence<'d>(doc: &'d Doc, run: &Run, t: usize) -> Option<&'d str> {
    doc.tokens
        .get(t)
        .filter(|tok| tok.sentence == doc.tokens[run.first].sentence)
        .map(|_| doc.token_text(t))
}

/// Whether a run names a work or a product, by its title or the word after it ("Alexa", "737
/// Max jets"): no actor, whatever else it looks like.
fn names_a_thing(doc: &Doc, run: &Run) -> bool {
    let next = word_in_sentence(doc, run, run.last + 1);
    // "crime show CSI:NY": a title's letters glued to another by a colon.
    let glued_colon = |colon: usize| {
        colon > 0
            && colon + 1 < doc.tokens.len()
            && doc.token_text(colon) == ":"
            && doc.tokens[colon].start == doc.tokens[colon - 1].end
            && doc.tokens[colon + 1].start == doc.tokens[colon].end
    };
    lexicon::is_work_title(&run.name)
        || after_work_noun(doc, run)
        || glued_colon(run.last + 1)
        || (run.first > 0 && glued_colon(run.first - 1))
        || next.and_then(kind_by_word_after) == Some(None)
        // "Destiny 2", "Halo 5": a sequel's number.
        || next.is_some_and(|w| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the run is the tail of a title written in title case: "My Own Private Idaho",
/// "Something's Gotta Give", "Gone With the Wind". A pronoun, a preposition or another
/// function word written with a capital in the middle of a sentence opens a work's title
/// (the run is what is left once those words are cut), never a person's or a body's name.
/// "The" is not one of them ("The Hague", "The Guardian"), nor the honorifics the list of
/// function words holds ("Mr", "Dr").
fn inside_title_case_phrase(doc: &Doc, run: &Run) -> bool {
    let Some(before) = run.first.checked_sub(1) else {
        return false;
    };
    let Some(word) = word_in_sentence(doc, run, before) else {
        return false;
    };
    if !runs::is_capitalized(word) || doc.is_sentence_initial(before) {
        return false;
    }
    // After an opening quotation mark or a colon, a capital opens a quoted sentence.
    if before > 0
        && matches!(
            doc.token_text(before - 1),
            "\u{201c}" | "\"" | "'" | "\u{2018}" | ":" | "(" | "—" | "–"
        )
    {
        return false;
    }
    let bare = runs::strip_possessive(word).to_lowercase();
    // ("A Lo Cicero": an initial, unless an ordinary word follows it, as in "A Little Less
    // Conversation"; "the Most Reverend Peter Smith": a form of address.)
    let first_word = run.name.split_whitespace().next().unwrap_or("");
    let initial = bare == "a"
        && !(lexicon::is_common_word(&first_word.to_lowercase())
            && !lexicon::is_first_name(first_word));
    !initial
        && lexicon::is_function_word(&bare)
        && lexicon::honorific(word).is_none()
        && !matches!(
            bare.as_str(),
            "the"
                | "new"
                | "old"
                | "first"
                | "one"
                | "oh"
                | "most"
                | "dear"
                | "sir"
                | "madam"
                | "editor's"
        )
}

/// Whether a one-word name, whatever surrounds it, names no actor: a number or a pronoun
/// written with a hyphen at a sentence's start ("Three-quarters said", "No-one"), or a people
/// or a faction named by a plural ("the Slovaks", "the Thatcherites").
fn names_no_one(word: &str) -> bool {
    (word.contains('-') && word.split('-').all(is_number_or_function_word))
        || word.strip_suffix('s').is_some_and(lexicon::is_demonym)
        || (word.len() > 6 && word.ends_with("ites"))
}

/// A function word or a number word, any case: "No", "one", "Twenty", "quarters", "thirds".
fn is_number_or_function_word(word: &str) -> bool {
    let l = word.to_lowercase();
    lexicon::is_function_word(&l)
        || matches!(
            l.as_str(),
            "eleven"
                | "twelve"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "sixty"
                | "seventy"
                | "eighty"
                | "ninety"
                | "hundred"
                | "half"
                | "halves"
                | "thirds"
                | "quarters"
                | "quarter"
                | "fifths"
                | "tenths"
        )
}

/// Whether tokens `first..=last` are a US state's postal code after a town and a comma, at
/// the end of the phrase: "Gladstone, NJ;", "New York, NY –", "Harrisburg, PA."
fn is_state_after_town(doc: &Doc, first: usize, last: usize) -> bool {
    first == last
        && first >= 2
        && lexicon::us_state_by_postal_code(doc.token_text(first)).is_some()
        && doc.token_text(first - 1) == ","
        && runs::is_capitalized(doc.token_text(first - 2))
        && doc.tokens[first - 2].sentence == doc.tokens[first].sentence
        && doc
            .tokens
            .get(last + 1)
            .is_none_or(|_| !doc.token_text(last + 1).starts_with(char::is_alphabetic))
}

/// "US10YT=RR": a market quote's code, no actor ("JTBC=" opens a Korean byline).
fn is_market_code(doc: &Doc, run: &Run) -> bool {
    doc.text[..run.start]
        .strip_suffix('=')
        .is_some_and(|before| before.ends_with(|c: char| c.is_ascii_alphanumeric()))
}

/// "A HUNTER who killed …", "the MUM": a tabloid's opening noun set in capitals, no
/// abbreviation.
fn is_shouted_noun(doc: &Doc, run: &Run) -> bool {
    let name = run.name.as_str();
    let lower = name.to_lowercase();
    run.first == run.last
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && name.chars().all(|c| !c.is_lowercase())
        && run
            .first
            .checked_sub(1)
            .and_then(|t| word_in_sentence(doc, run, t))
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
        && (lexicon::is_common_word(&lower)
            || lexicon::is_people_noun(&lower)
            || word_in_sentence(doc, run, run.last + 1)
                .is_some_and(|w| matches!(w, "who" | "whose")))
}

/// Whether a noun for a work stands right before the name: "the film Reservoir Dogs", "hit
/// musical Bombay Dreams", "fellow ITV1 show Filthy Love", "their work Starry Night".
fn after_work_noun(doc: &Doc, run: &Run) -> bool {
    let word_before = run
        .first
        .checked_sub(1)
        .and_then(|t| word_in_sentence(doc, run, t));
    word_before.is_some_and(|w| {
        matches!(
            w,
            "film"
                | "films"
                | "movie"
                | "movies"
                | "musical"
                | "album"
                | "novel"
                | "novels"
                | "memoir"
                | "book"
                | "song"
                | "series"
                | "sitcom"
                | "soap"
                | "programme"
                | "serial"
                | "entitled"
                | "titled"
                | "drama"
                | "comedy"
                | "thriller"
                | "documentary"
                | "opera"
                | "ballet"
                | "painting"
                | "franchise"
                | "sequel"
                | "remake"
                | "biopic"
                | "blockbuster"
                | "installation"
                | "installations"
                | "artwork"
                | "sculpture"
                | "exhibition"
                | "poem"
                | "podcast"
        )
    }) || (word_before == Some("show")
        // "fellow ITV1 show Filthy Love", "the chat show Parkinson" (not "polls show Clinton"):
        // a show's noun names its title.
        && run.first >= 2
        // (After a plural, "show" is the verb: "polls show", "figures show".)
        && word_in_sentence(doc, run, run.first - 2).is_some_and(|w| {
            !w.ends_with('s')
                && !matches!(
                    w,
                    "data" | "they" | "we" | "you" | "I" | "people" | "to" | "will" | "would"
                        | "can" | "could" | "may" | "might" | "should" | "must" | "did" | "do"
                        | "not" | "also" | "that" | "which" | "who" | "and" | "," | "media"
                        | "evidence" | "research"
                )
        }))
        || (word_before == Some("work")
        // "their work Starry Night" (not "to work Sundays").
        && run.first >= 2
        && word_in_sentence(doc, run, run.first - 2).is_some_and(|w| {
            matches!(w, "their" | "his" | "her" | "its" | "the" | "whose" | "new" | "latest")
        }))
}

fn classify_by_words(doc: &Doc, run: &Run) -> Option<ActorKind> {
    let name = run.name.as_str();
    if lexicon::organizations().canonical.contains_key(name) {
        return Some(ActorKind::Organization);
    }
    if lexicon::places().canonical.contains_key(name) {
        return Some(ActorKind::Place);
    }
    if is_state_after_town(doc, run.first, run.last) {
        return Some(ActorKind::Place);
    }
    if is_market_code(doc, run) {
        return None;
    }
    // "the Archbishop of Canterbury", "the Duke of Edinburgh": an office that names its holder.
    let words: Vec<&str> = name.split_whitespace().collect();
    // "Princess Consort", "Chief Executive": a title, no one's name.
    if words.len() > 1
        && words
            .iter()
            .all(|w| lexicon::is_role_noun(&w.to_lowercase()))
    {
        return None;
    }
    if let Some(of) = words.iter().position(|w| *w == "of") {
        if of > 0 && of + 1 < words.len() && lexicon::is_office_title(&words[of - 1].to_lowercase())
        {
            return Some(ActorKind::Person);
        }
    }
    // "Tomb Raider", "Star Wars Jedi", "Alexa": a work's or a product's title.
    if lexicon::is_work_title(name) {
        return None;
    }
    // "CSI:NY": the end of a title written with a colon and no space.
    if run.first >= 2
        && doc.token_text(run.first - 1) == ":"
        && doc.tokens[run.first - 1].start == doc.tokens[run.first - 2].end
        && doc.tokens[run.first].start == doc.tokens[run.first - 1].end
    {
        return None;
    }
    // "doing well with “Super Blue”", "the hit “Crazy in Love”": a name quoted whole is a
    // title's or a product's (a person's nickname stands inside the name: runs).
    let quoted = run.first > 0
        && matches!(doc.token_text(run.first - 1), "“" | "\"" | "‘")
        && doc.tokens.get(run.last + 1).is_some_and(|_| {
            let after = doc.token_text(run.last + 1);
            matches!(after, "”" | "\"" | "’")
                || (matches!(after, "," | ".")
                    && doc
                        .tokens
                        .get(run.last + 2)
                        .is_some_and(|_| matches!(doc.token_text(run.last + 2), "”" | "\"" | "’")))
        });
    // (Not a person's name in quotation marks: "work with ‘Nellie Wall,’".)
    let persons_name = run.first != run.last
        && lexicon::is_first_name(doc.token_text(run.first))
        && !lexicon::is_common_word(&doc.token_text(run.first).to_lowercase());
    if quoted && !persons_name && run.honorific.is_none() && run.role.is_none() {
        return None;
    }
    // "the film Reservoir Dogs", "hit musical Bombay Dreams", "his novel Iceberg Passages":
    // what a noun for a work names is its title.
    if after_work_noun(doc, run) && run.honorific.is_none() {
        return None;
    }
    let word_before = run
        .first
        .checked_sub(1)
        .and_then(|t| word_in_sentence(doc, run, t));
    if run.first == run.last && names_no_one(name) {
        return None;
    }
    // "the Holocaust", "the Games": an event's word alone; "Subs Not Used": a line-up's label.
    // (But "the Championship" is English football's second league.)
    if (run.first == run.last
        && lexicon::is_non_actor_cue(&name.to_lowercase())
        && name != "Championship")
        || name.split_whitespace().any(|w| w == "Not")
    {
        return None;
    }
    // "Lord Falconer", "Baroness Kennedy", "Lord John Russell": a peer, known by the title.
    let peer: Vec<&str> = name.split_whitespace().collect();
    if peer.len() >= 2
        && matches!(peer[0], "Lord" | "Baroness" | "Lady")
        && peer[1..].iter().all(|w| runs::is_capitalized(w))
        // ("Lord Chancellor", "Lord Chief Justice": an office, not its holder's name.)
        && !peer[1..].iter().any(|w| {
            let l = w.to_lowercase();
            lexicon::is_role_noun(&l) || matches!(l.as_str(), "chief" | "justices" | "high" | "privy")
        })
    {
        return Some(ActorKind::Person);
    }
    if run.honorific.is_none() && inside_title_case_phrase(doc, run) {
        return None;
    }
    // "the Hollywood Walk of Fame" is a pavement; "the Rock and Roll Hall of Fame" a museum.
    if name.ends_with("Walk of Fame") {
        return Some(ActorKind::Place);
    }
    if name.ends_with("Hall of Fame") {
        return Some(ActorKind::Organization);
    }
    if let Some(kind) = run.context {
        return Some(kind);
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // "CONGRESS HAS INVESTIGATED HIM": a heading in capitals, not a name.
    if words.len() > 1
        && !name.chars().any(char::is_lowercase)
        && words
            .iter()
            .any(|w| lexicon::is_function_word(&w.to_lowercase()))
    {
        return None;
    }
    // "Ernst & Young", "Marks & Spencer": names joined by an ampersand are a firm's.
    if words.len() > 2 && words[1..words.len() - 1].contains(&"&") {
        let halves: Vec<&str> = name.split(" & ").collect();
        // ("Serbia & Montenegro": two places are a place; "Body & Soul", "War & Peace",
        // "Christmas & New Year": ordinary words or days joined are a title or a season.)
        if halves
            .iter()
            .all(|h| lexicon::places().canonical.contains_key(*h))
        {
            return Some(ActorKind::Place);
        }
        let ordinary = |w: &&str| {
            let l = w.to_lowercase();
            *w == "&"
                || (lexicon::is_common_word(&l) && !lexicon::is_surname_word(&l))
                || crate::calendar::holiday(&l, 2000).is_some()
                || lexicon::weekday(&l).is_some()
                || lexicon::month(&l).is_some()
        };
        // ("R & B": a genre's letters.)
        if words.iter().all(ordinary) || name.split(" & ").any(|h| h.chars().count() == 1) {
            return None;
        }
        return Some(ActorKind::Organization);
    }
    // "the British Empire", "the Ottoman Empire": a realm, a place of the past.
    if words.len() == 2 && words[1] == "Empire" && lexicon::is_demonym(words[0]) {
        return Some(ActorKind::Place);
    }
    // "Virginia Democrats", "House Republicans": a party's people, named as a body.
    if words.len() > 1
        && matches!(
            words[words.len() - 1],
            "Democrats" | "Republicans" | "Conservatives" | "Liberals" | "Tories" | "Socialists"
        )
    {
        return Some(ActorKind::Organization);
    }
    // "VIENNA (Reuters) —", "HONOLULU —": a dateline's town, in capitals.
    if words.len() == 1 && name.chars().count() >= 4 && !name.chars().any(char::is_lowercase) {
        let title_case = title_case(name);
        let next = doc
            .tokens
            .get(run.last + 1)
            .map(|_| doc.token_text(run.last + 1));
        if lexicon::organizations()
            .canonical
            .contains_key(title_case.as_str())
        {
            return Some(ActorKind::Organization);
        }
        let dateline = run.sentence_initial && matches!(next, Some("(" | "—" | "–" | "-" | ","));
        if lexicon::places()
            .canonical
            .contains_key(title_case.as_str())
            || dateline
        {
            return Some(ActorKind::Place);
        }
    }
    let last = name.split_whitespace().last().unwrap_or("").to_lowercase();
    // "equity strategist at Miller Tabak": where someone with a role works.
    let before = |back: usize| {
        run.first
            .checked_sub(back)
            .filter(|&t| doc.tokens[t].sentence == doc.tokens[run.first].sentence)
            .map(|t| doc.token_text(t))
    };
    // "Christopher L. Tays, 32, of Franklin": where someone of a given age lives.
    if before(1) == Some("of")
        && before(2) == Some(",")
        && before(3).is_some_and(|w| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
    {
        return Some(ActorKind::Place);
    }
    if before(1) == Some("at")
        && before(2).is_some_and(|w| lexicon::is_role_noun(&w.to_lowercase()))
        && !lexicon::places().canonical.contains_key(name)
    {
        return Some(ActorKind::Organization);
    }
    // "Fort Wayne", "Mount Vernon", "Lake Placid": a place's cue word can open its name too
    // (but "Fort Worth Police Department" is the department).
    if words.len() > 1
        && !lexicon::is_org_cue(&last)
        && matches!(
            words[0],
            "Fort" | "Mount" | "Mt." | "Lake" | "Port" | "Cape" | "Camp"
        )
        || (words.len() == 2
            && matches!(words[0], "New" | "San" | "Santa" | "Los" | "Las")
            && !lexicon::is_non_actor_cue(&words[1].to_lowercase())
            // ("New Order", "New Edition": a band's or a title's words.)
            && !(words[0] == "New" && lexicon::is_common_word(&words[1].to_lowercase())))
    {
        return Some(ActorKind::Place);
    }
    // "Inauguration Day", "Election Day": a day, not an actor. "Nintendo Switch Lite", "DJI
    // Mavic Mini", "Echo Buds": a product.
    if run.first != run.last
        && matches!(
            last.as_str(),
            "day"
                | "mini"
                | "lite"
                | "pro"
                | "max"
                | "plus"
                | "ultra"
                | "wireless"
                | "buds"
                | "earbuds"
                | "earphones"
                | "headphones"
                | "router"
                | "edition"
        )
    {
        return None;
    }
    // "Nintendo DS", "Sony PSP": a maker's name and a product's letters (but "Sky TV",
    // "Capital FM", "BBC HD" are channels and stations).
    if words.len() > 1
        && words[words.len() - 1].chars().count() >= 2
        && !words[words.len() - 1].chars().any(char::is_lowercase)
        && lexicon::is_non_org_capitals(words[words.len() - 1])
        && !matches!(last.as_str(), "tv" | "fm" | "am" | "hd")
    {
        return None;
    }
    // "Brent LCOc1": a ticker's letters and digits are no one's name.
    if words.len() > 1 && words.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit())) {
        return None;
    }
    // "Davis Cup", "Philip K. Dick Award", "Eastern Equine Encephalitis", "World Cup-style":
    // an event's, a prize's, an illness's or a description's name, even when a first name
    // opens it.
    if run.first != run.last
        && (matches!(
            last.as_str(),
            "award"
                | "awards"
                | "prize"
                | "prizes"
                | "cup"
                | "finals"
                | "championship"
                | "championships"
                | "trophy"
                | "tournament"
                | "festival"
                | "simulator"
                | "encephalitis"
                | "syndrome"
                | "disease"
                | "virus"
                | "fever"
        ) || last.ends_with("-style")
            || last.ends_with("-like"))
    {
        return None;
    }
    if run.honorific.is_none() && run.role.is_none() {
        let next = word_in_sentence(doc, run, run.last + 1);
        let one_plain_word = run.first == run.last && lexicon::is_common_word(&name.to_lowercase());
        if let Some(kind) = next
            .and_then(kind_by_word_after)
            .filter(|_| !one_plain_word)
        {
            return kind;
        }
        // "Chelsea have paid", "Arsenal are": a one-word name that takes a plural verb is a
        // team's or a company's (as British English writes them), not a person's.
        let prev = word_before.map(str::to_lowercase);
        // ("Researchers have", "Officials are": people named by a plural noun, no one.)
        // "Big Machine have twice denied": so is a name of two or three words with no first
        // name, that ends in no plural.
        let short_name_not_person = run.first != run.last
            && words.len() <= 3
            && !lexicon::is_first_name(words[0])
            && !last.ends_with('s')
            && !lexicon::is_people_noun(&last)
            && !words.iter().any(|w| lexicon::is_demonym(w))
            && !lexicon::is_non_actor_cue(&last)
            // (Not the end of a longer phrase: "the debate on the Hunting Bill have been".)
            && prev.as_deref() != Some("the");
        if (run.first == run.last || short_name_not_person)
            && matches!(next, Some("have" | "are"))
            && (prev.as_deref() == Some("the") || !one_plain_word && !name.ends_with('s'))
            && prev.as_deref().is_none_or(|p| {
                matches!(
                    p,
                    "the"
                        | "as"
                        | "while"
                        | "after"
                        | "before"
                        | "but"
                        | "because"
                        | "since"
                        | "when"
                        | "though"
                        | "although"
                        | "with"
                        | "\u{201c}"
                        | "\""
                )
            })
        {
            return Some(ActorKind::Organization);
        }
    }
    // ("Thomas Haden Church", "Jeremy House": a first name, a middle name and a surname that
    // happens to be a cue word are a person's.)
    let persons_full_name = words.len() == 3
        && lexicon::is_first_name(words[0])
        && !lexicon::is_common_word(&words[0].to_lowercase())
        && !lexicon::is_common_word(&words[1].to_lowercase())
        && !lexicon::is_org_cue(&words[1].to_lowercase())
        && lexicon::is_surname_word(&last);
    if lexicon::is_org_cue(&last) && run.first != run.last && !persons_full_name {
        return Some(ActorKind::Organization);
    }
    // "Bank of England", "University of Michigan", "Church of England": an institution of a
    // place is an organisation, not the place.
    if words.len() >= 3 && words[1] == "of" && lexicon::is_org_cue(&words[0].to_lowercase()) {
        return Some(ActorKind::Organization);
    }
    // "Walter Reed hospital", "John Wayne airport": a place or institution named after
    // someone (a person's name only: "a US university" is in the US).
    if run.first != run.last && lexicon::is_first_name(words[0]) {
        if let Some(kind) = doc
            .tokens
            .get(run.last + 1)
            .and_then(|_| facility_kind(doc.token_text(run.last + 1)))
        {
            return Some(kind);
        }
    }
    // "President Park": a person's title outweighs a place's cue word.
    let titled = run.honorific.is_some()
        || run.role.is_some()
        || name.split_whitespace().next().is_some_and(|w| {
            lexicon::honorific(w).is_some_and(|r| !r.is_empty())
                || lexicon::is_role_noun(&w.to_lowercase())
        });
    // ("the Prince Edward Theatre", "King Fahd Stadium": a building named after the titled.)
    let building = lexicon::is_building_word(&last);
    if lexicon::is_place_cue(&last) && run.first != run.last {
        return Some(if titled && !building {
            ActorKind::Person
        } else {
            ActorKind::Place
        });
    }
    // "United Nations Relief and Works Agency for Palestine Refugees".
    if words.len() >= 4
        && words
            .iter()
            .any(|w| matches!(*w, "of" | "for" | "on" | "and"))
        && words.iter().any(|w| lexicon::is_org_cue(&w.to_lowercase()))
    {
        return Some(ActorKind::Organization);
    }
    // "a spokesman for Nabisco", "the former secretary of State": the name is what the role
    // is of, an organisation (or the department a title names), not a person.
    if run
        .role
        .as_deref()
        .is_some_and(|r| r.ends_with(" of") || r.ends_with(" for"))
        // "best director for Alexander Payne": an award's winner, a person.
        && !(run.first != run.last && lexicon::is_first_name(name.split_whitespace().next().unwrap_or("")))
    {
        // ("the star of Rain Man": a film or a show, as often as a team.)
        let star = run
            .role
            .as_deref()
            .is_some_and(|r| r.starts_with("star ") || r.starts_with("superstar "));
        return (!star
            && !matches!(
                name,
                "State" | "Defense" | "Treasury" | "Commerce" | "Energy"
            ))
        .then_some(ActorKind::Organization);
    }
    if run.honorific.is_some() || run.role.is_some() {
        // "Chief Strategy Officer", "the Justice Department": a title's own words, not a
        // titled person's name (but "President Park", "Mr. Brown": surnames too).
        // "Mr. Ranking Member": a form of address made of ordinary words.
        let plain_word = (run.first == run.last || !lexicon::is_first_name(words[0]))
            && words.iter().all(|w| {
                let l = w.to_lowercase();
                let stem_common = l
                    .strip_suffix("ing")
                    .is_some_and(|stem| stem.len() >= 3 && lexicon::is_common_word(stem));
                (lexicon::is_common_word(&l) || stem_common) && !lexicon::is_surname_word(&l)
            });
        // "Mr Straw", "Ms Short": a courtesy title names a person by any surname (but "Mr
        // Speaker" addresses an office).
        // (Not "MS. Final approval", a disease's capitals, nor "the Mr Nasty of books", "No
        // More Mr Nasty": a character.)
        let honorific_at =
            run.first
                .saturating_sub(if run.first >= 2 && doc.token_text(run.first - 1) == "." {
                    2
                } else {
                    1
                });
        let before_honorific = honorific_at
            .checked_sub(1)
            .and_then(|t| word_in_sentence(doc, run, t))
            .map(str::to_lowercase);
        let courtesy_surname = run.first == run.last
            && run.role.is_none()
            && run.honorific.as_deref().is_some_and(|h| {
                h.split_whitespace().all(lexicon::is_courtesy_title)
                    && h.chars().any(char::is_lowercase)
            })
            && !matches!(
                before_honorific.as_deref(),
                Some("the" | "a" | "an" | "more" | "no")
            )
            && !lexicon::is_role_noun(&name.to_lowercase());
        // "research director of gaming VR": a role before a thing's abbreviation.
        let capitals = !name.chars().any(char::is_lowercase);
        return ((!plain_word || courtesy_surname)
            && !(capitals && lexicon::is_non_org_capitals(name)))
        .then_some(ActorKind::Person);
    }
    // "Henderson, Nev.", "HEMPSTEAD, N.Y., Sept. 26": a town, then its state or country.
    if run.first == run.last
        && run.last + 2 < doc.tokens.len()
        && doc.token_text(run.last + 1) == ","
    {
        let place_after = |len: usize| {
            run.last + 1 + len < doc.tokens.len()
                && lexicon::places()
                    .canonical
                    .contains_key(runs::join_tokens(doc, run.last + 2, run.last + 1 + len).as_str())
        };
        if place_after(1) || place_after(2) || is_state_after_town(doc, run.last + 2, run.last + 2)
        {
            return Some(ActorKind::Place);
        }
    }
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && !name.contains(' ') {
        return (!is_shouted_noun(doc, run) && !lexicon::is_non_org_capitals(name))
            .then_some(ActorKind::Organization);
    }
    let first_word = name.split_whitespace().next().unwrap_or("");
    // "Star Wars", "Echo Dot", "Lean Season": a rare first name that is an ordinary word,
    // before another ordinary word that is no surname, is a title or a product.
    if run.first != run.last && lexicon::is_first_name(first_word) {
        let l = last.as_str();
        let ordinary_pair = lexicon::is_common_word(&first_word.to_lowercase())
            && lexicon::is_common_word(l)
            && !lexicon::is_surname_word(l);
        if !ordinary_pair {
            return Some(ActorKind::Person);
        }
        // "Art Director", "Managing Editor": a job in a credits list, no one's name.
        if lexicon::is_role_noun(l) {
            return None;
        }
    }
    // "The Biden administration": the person whose administration it is.
    let next = run.last + 1;
    if run.first == run.last
        && next < doc.tokens.len()
        && matches!(doc.token_text(next), "administration" | "campaign")
    {
        return Some(ActorKind::Person);
    }
    if run.honorific.is_none() && run.role.is_none() && said_to_be_an_organisation(doc, run) {
        return Some(ActorKind::Organization);
    }
    // One ordinary word, capitalised ("Something's Gotta Give"): no actor by itself.
    if run.first == run.last && lexicon::is_common_word(&name.to_lowercase()) {
        return None;
    }
    if run.first == run.last && run.first > 0 {
        let after = |k: usize| {
            doc.tokens
                .get(run.last + k)
                .map(|_| doc.token_text(run.last + k))
        };
        let possessive = {
            let w = doc.token_text(run.last);
            w.ends_with("’s") || w.ends_with("'s")
        };
        // "Gartner's principal analyst Kobita Desai": whose people have roles and names is an
        // organisation.
        if possessive {
            let role_then_name = (1..=4)
                .take_while(|&k| after(k).is_some_and(|w| w.starts_with(char::is_lowercase)))
                .any(|k| {
                    after(k).is_some_and(|w| lexicon::is_role_noun(w))
                        && after(k + 1).is_some_and(|w| w.starts_with(char::is_uppercase))
                });
            // "Metlife's chairman", "Vivendi's board": only an organisation has these.
            let org_only = after(1).is_some_and(|w| {
                matches!(
                    w,
                    "chairman"
                        | "chairwoman"
                        | "board"
                        | "shareholders"
                        | "employees"
                        | "subsidiary"
                        | "headquarters"
                        | "executives"
                        | "ceo"
                        | "shares"
                )
            });
            if role_then_name || org_only {
                return Some(ActorKind::Organization);
            }
        }
        let the_before = doc.token_text(run.first - 1) == "the";
        // "the Scarlets have begun", "the Commons.": a name after "the" is an organisation's
        // (unless a word after it says it only describes: "the Obama administration").
        let ends_phrase = after(1).is_none_or(|w| {
            !w.starts_with(char::is_alphanumeric)
                || (w.starts_with(char::is_lowercase) && lexicon::is_function_word(w))
        });
        // ("the Internet", "the Moon": one of a kind, no actor.)
        let one_of_a_kind = matches!(name, "Internet" | "Web" | "Net" | "Moon" | "Earth");
        if the_before
            && ends_phrase
            && !possessive
            && !one_of_a_kind
            && !lexicon::is_demonym(name)
            && !name.ends_with("ans")
        {
            return Some(ActorKind::Organization);
        }
    }
    // "in Rafah", "city of Rafah".
    if run.first == run.last && run.first > 0 {
        let prev = doc.token_text(run.first - 1).to_lowercase();
        let prev2 = if run.first > 1 {
            doc.token_text(run.first - 2).to_lowercase()
        } else {
            String::new()
        };
        // Not "in Vivendi's assets", "in Bollywood films", "in Bride and Prejudice": a
        // possessive, a modifier or the first word of a title.
        let word = doc.token_text(run.last);
        let next = doc
            .tokens
            .get(run.last + 1)
            .map(|_| doc.token_text(run.last + 1));
        let next2 = doc
            .tokens
            .get(run.last + 2)
            .map(|_| doc.token_text(run.last + 2));
        let modifier = word.ends_with("’s")
            || word.ends_with("'s")
            || next.is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && !lexicon::is_function_word(w)
                    && !lexicon::is_speech_verb(w)
                    && !w.ends_with("ed")
                    && lexicon::is_common_word(w)
            })
            || (matches!(next, Some("and" | "&"))
                && next2.is_some_and(|w| {
                    w.starts_with(char::is_uppercase)
                        && !lexicon::places().canonical.contains_key(w)
                }));
        if (matches!(
            prev.as_str(),
            "in" | "near" | "across" | "outside" | "inside"
        ) && !modifier)
            || (prev == "of" && lexicon::is_place_cue(&prev2))
        {
            return Some(ActorKind::Place);
        }
    }
    // "Senator representing Yobe North": a lawmaker represents a constituency (a lawyer
    // representing Google, a client).
    if run.first >= 2
        && matches!(
            doc.token_text(run.first - 1),
            "representing" | "represents" | "represented"
        )
        && matches!(
            doc.token_text(run.first - 2).to_lowercase().as_str(),
            "senator"
                | "congressman"
                | "congresswoman"
                | "mp"
                | "lawmaker"
                | "legislator"
                | "representative"
                | "councillor"
                | "councilor"
                | "assemblyman"
                | "assemblywoman"
                | "member"
                | "deputy"
                | "delegate"
        )
        && !lexicon::organizations().canonical.contains_key(name)
        && !lexicon::is_org_cue(&last)
        && !lexicon::is_first_name(words[0])
    {
        return Some(ActorKind::Place);
    }
    // "in Corso Monforte", "atop Mauna Kea": a name of two or three words with no first name,
    // where only a place stands.
    if run.first != run.last
        && run.last - run.first <= 2
        && run.first > 0
        && matches!(
            doc.token_text(run.first - 1),
            "in" | "atop" | "near" | "outside" | "inside"
        )
        && !lexicon::is_first_name(words[0])
        // Not a team or a unit named after its place ("Oklahoma City Thunder"), a group's
        // letter ("Group A") or an abbreviation's ("AFC West", "BMJ Case Reports").
        && !(1..words.len()).any(|n| {
            let opening = words[..n].join(" ");
            lexicon::places().canonical.contains_key(opening.as_str())
                || lexicon::organizations().canonical.contains_key(opening.as_str())
        })
        && words.iter().all(|w| {
            w.chars().count() > 1
                && w.chars().skip(1).any(char::is_lowercase)
                && !lexicon::is_function_word(&w.to_lowercase())
        })
        && runs::strip_possessive(doc.token_text(run.last)).len() == doc.token_text(run.last).len()
        && !lexicon::is_org_cue(&last)
        && !lexicon::is_non_actor_cue(&last)
    {
        return Some(ActorKind::Place);
    }
    if run.first != run.last && run.last - run.first <= 2 {
        let common_end = runs::has_common_end_word(doc, run.first, run.last);
        // "Singapore Telecom", "British Telecom": a place's name (or its adjective) that opens
        // a longer name opens a company's or a team's.
        let opener = name.split_whitespace().next().unwrap_or("");
        let closer = name.split_whitespace().last().unwrap_or("");
        // "Stade de France", "Gulf of Mexico": a site named after the place it is in.
        if lexicon::places().canonical.contains_key(closer)
            && name
                .split_whitespace()
                .any(|w| matches!(w, "de" | "du" | "del" | "of"))
        {
            return Some(ActorKind::Place);
        }
        // "Google Stadia": what a known organisation's name opens is its, not a person's;
        // "Lexus Philippines": no person's name ends in a country's.
        // ("Heineken Cup": a known organisation's name before an event's cue word names the
        // event, no actor.)
        if lexicon::is_non_actor_cue(&closer.to_lowercase()) {
            return None;
        }
        // "W Yorkshire", "Mid Wales", "Dorset West", "Surrey South West": a part of a place, or
        // a constituency named after one.
        let compass = |w: &str| {
            matches!(
                w,
                "N" | "S" | "E" | "W" | "North" | "South" | "East" | "West" | "Central" | "Mid"
            )
        };
        let words: Vec<&str> = name.split_whitespace().collect();
        // ("East Kilbride", "West Lothian": a compass word before a name no list knows is a
        // town's or a district's.)
        let unknown_word = |w: &str| {
            let l = w.to_lowercase();
            w.chars().skip(1).all(char::is_lowercase)
                && w.chars().count() >= 3
                && !lexicon::is_common_word(&l)
                && !lexicon::is_first_name(w)
                && !lexicon::is_org_cue(&l)
                && !lexicon::is_non_actor_cue(&l)
                && !lexicon::is_demonym(w)
                && !lexicon::is_demonym(w.trim_end_matches('s'))
                && !lexicon::organizations().canonical.contains_key(w)
        };
        if (words.len() == 2
            && compass(words[0])
            && (lexicon::places().canonical.contains_key(closer)
                || (words[0].len() > 1 && unknown_word(closer))))
            || (lexicon::places().canonical.contains_key(opener)
                && words[1..].iter().all(|w| compass(w)))
        {
            return Some(ActorKind::Place);
        }
        // "Senate Leader, Ahmad Lawan", "Federal Reserve Chair": an office, no one's name.
        if lexicon::is_role_noun(&closer.to_lowercase()) && !lexicon::is_first_name(opener) {
            return None;
        }
        if lexicon::organizations().canonical.contains_key(opener)
            || (lexicon::places().canonical.contains_key(closer)
                && !lexicon::is_first_name(closer)
                && !lexicon::is_first_name(opener))
        {
            return Some(ActorKind::Organization);
        }
        if !common_end
            && (lexicon::places().canonical.contains_key(opener) || lexicon::is_demonym(opener))
        {
            return Some(ActorKind::Organization);
        }
        // "Bharti Televentures, which …": people are "who".
        let word_after = |k: usize| doc.tokens.get(k).map(|_| doc.token_text(k));
        let which = word_after(run.last + 1) == Some("which")
            || (word_after(run.last + 1) == Some(",") && word_after(run.last + 2) == Some("which"));
        // "CNN’s Wolf Blitzer", "Gartner's Kobita Desai": a name right after an organisation's
        // possessive is one of its people.
        let after_possessive = run.first > 0 && {
            let before = doc.token_text(run.first - 1);
            let last = doc.token_text(run.last).to_lowercase();
            (before.ends_with("’s") || before.ends_with("'s"))
                && !lexicon::is_first_name(runs::strip_possessive(before))
                && (!lexicon::is_common_word(&last) || lexicon::is_surname_word(&last))
        };
        if runs::looks_like_person(doc, run.first, run.last) {
            if !common_end && !which
                || after_possessive
                || runs::is_korean_name(doc, run.first, run.last)
            {
                return Some(ActorKind::Person);
            }
            // "Black Lives Matter", "Zero Hedge", "the Daily Beast": common words in a name
            // with no first name are an organisation's, unless they end like a law, an event
            // or a work ("Clean Air Act", "Heineken Cup", "Iraq War").
            let last = name.split_whitespace().last().unwrap_or("").to_lowercase();
            // But a name made only of ordinary words, written at no place where only a name
            // stands ("Price Drop", "Night Mode", "Magic Keyboard": a heading's, a feature's or
            // a product's words in title case), is no organisation's.
            let ordinary = name.split_whitespace().all(|w| {
                let l = w.to_lowercase();
                lexicon::is_common_word(&l) && !lexicon::is_surname_word(&l)
            });
            // "the Daily Beast", "Cleveland's Plain Dealer" (a known place's or organisation's):
            // where only a name stands.
            let the_before = run.first > 0 && {
                let before = doc.token_text(run.first - 1);
                let owner = runs::strip_possessive(before);
                before.eq_ignore_ascii_case("the")
                    || (owner.len() < before.len()
                        && (lexicon::places().canonical.contains_key(owner)
                            || lexicon::organizations().canonical.contains_key(owner)))
            };
            if ordinary && !the_before {
                return None;
            }
            // "the Opioid Prevention campaign", "a Liquid Retina display", "GiveWell's
            // Incubation Grants program": a name that only describes the ordinary thing
            // after it, a campaign's, a feature's or a scheme's, not a body's (but "Black
            // Lives Matter organizers", "Zero Hedge claims", "the Tata group").
            let thing_after = word_in_sentence(doc, run, run.last + 1).is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && lexicon::is_common_word(w)
                    && !lexicon::is_function_word(w)
                    && !lexicon::is_speech_verb(w)
                    && !runs::is_org_noun(w)
                    && !lexicon::is_org_cue(w)
                    && !lexicon::is_people_noun(w)
                    && !lexicon::is_role_noun(w)
                    && !matches!(w, "side" | "team" | "squad" | "outfit" | "unit" | "arm")
                    && !["s", "ed", "ly", "ing"].iter().any(|end| w.ends_with(end))
            });
            // (After an article or an organisation's possessive only: "Newcastle United face",
            // "a determined Nottingham Forest side", "New York's Metropolitan Opera came".)
            let determined = run.first > 0 && {
                let before = doc.token_text(run.first - 1);
                let owner = runs::strip_possessive(before);
                matches!(before.to_lowercase().as_str(), "the" | "a" | "an")
                    || (owner.len() < before.len()
                        && !lexicon::places().canonical.contains_key(owner))
            };
            if thing_after
                && determined
                && runs::strip_possessive(doc.token_text(run.last)) == doc.token_text(run.last)
            {
                return None;
            }
            // "Magic Johnson said he", "Tiger Woods, who", "Hope Solo, 25,": what follows
            // only a person's name makes one of a name that opens with an ordinary word and
            // ends with a surname.
            let after = |k: usize| word_in_sentence(doc, run, run.last + k).unwrap_or("");
            let persons_cue = (lexicon::is_speech_verb(after(1))
                && matches!(after(2), "he" | "she"))
                || (after(1) == "," && after(2) == "who")
                || (after(1) == ","
                    && after(3) == ","
                    && after(2).len() == 2
                    && after(2).bytes().all(|b| b.is_ascii_digit()));
            if persons_cue
                && words.len() == 2
                && (!lexicon::is_common_word(&last) || lexicon::is_surname_word(&last))
            {
                return Some(ActorKind::Person);
            }
            return (!lexicon::is_non_actor_cue(&last)).then_some(ActorKind::Organization);
        }
    }
    None
}

/// Words of a match report: an article with three of them reports a sport, and its towns' and
/// nicknames' words before "fans" or "boss" are teams.
const SPORT_WORDS: &[&str] = &[
    "league",
    "striker",
    "midfielder",
    "goalkeeper",
    "defender",
    "goal",
    "goals",
    "match",
    "fixture",
    "penalty",
    "scrum",
    "wicket",
    "innings",
    "premiership",
    "relegation",
    "half-time",
    "kick-off",
    "referee",
    "unbeaten",
    "semi-final",
    "quarter-final",
    "tries",
    "squad",
    "season",
    "champions",
    "cup",
    "scored",
    "scoring",
    "replay",
    "tackle",
    "hat-trick",
    "stadium",
    "pitch",
];

/// Words of an article on films, television, books or music ("album", "sitcom").
const ARTS_WORDS: &[&str] = &[
    "film",
    "films",
    "movie",
    "movies",
    "dvd",
    "dvds",
    "cinema",
    "sequel",
    "album",
    "albums",
    "chart",
    "charts",
    "sitcom",
    "soap",
    "novel",
    "actor",
    "actress",
    "comedy",
    "drama",
    "episode",
    "starring",
    "starred",
    "box-office",
    "oscar",
    "oscars",
    "bafta",
    "baftas",
    "grammy",
    "grammys",
    "musical",
    "singer",
    "band",
    "director",
];

/// Whether three different words of `topic` (lower case) stand in the article.
#[inline(never)]
fn is_about(doc: &Doc, topic: &[&str]) -> bool {
    let mut seen: Vec<usize> = Vec::new();
    for t in 0..doc.tokens.len() {
        let w = doc.token_text(t);
        if w.len() > 12 || !w.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        if let Some(k) = topic.iter().position(|x| x.eq_ignore_ascii_case(w)) {
            if !seen.contains(&k) {
                seen.push(k);
                if seen.len() >= 3 {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether the words around a name (with no first name) say it is an organisation's: an
/// appositive ("Metlife, the US's leading insurance company,", "Deutsche Boerse, the German
/// stock exchange"), an organisation's noun after it ("the Tata group", "the Argonaut games
/// group"), or the title of someone it has ("the Veritas leader", "the Arsenal manager").
fn said_to_be_an_organisation(doc: &Doc, run: &Run) -> bool {
    let words: Vec<&str> = run.name.split_whitespace().collect();
    let one_word = words.len() == 1;
    // (Not "Currently, the …", "John Lewis, the company's chief executive", "the CEO of
    // Hipcricket, a mobile marketing company".)
    if !one_word
        && (lexicon::is_first_name(words[0])
            || words.iter().any(|w| {
                lexicon::is_role_noun(&w.to_lowercase()) || lexicon::is_non_org_capitals(w)
            }))
    {
        return false;
    }
    // ("the US-German car group": whose it is, not its name.)
    if run.name.contains('-')
        && run
            .name
            .split('-')
            .all(|part| lexicon::places().canonical.contains_key(part) || lexicon::is_demonym(part))
    {
        return false;
    }
    let after = |k: usize| word_in_sentence(doc, run, run.last + k);
    let appositive = !(one_word && lexicon::is_common_word(&run.name.to_lowercase()))
        && after(1) == Some(",")
        && after(2).is_some_and(|w| matches!(w, "the" | "a" | "an"))
        && (3..=7)
            .take_while(|&k| after(k).is_some_and(|w| w != "," && w != "."))
            .any(|k| {
                after(k).is_some_and(|w| w.starts_with(char::is_lowercase) && runs::is_org_noun(w))
            });
    let the_before = run.first > 0 && doc.token_text(run.first - 1).eq_ignore_ascii_case("the");
    let noun_after = (1..=3)
        .take_while(|&k| after(k).is_some_and(|w| w.starts_with(char::is_lowercase)))
        .any(|k| after(k).is_some_and(runs::is_org_noun));
    let its_officer = after(1).is_some_and(|w| {
        matches!(
            w,
            "leader"
                | "chairman"
                | "chairwoman"
                | "spokesman"
                | "spokeswoman"
                | "manager"
                | "boss"
                | "chief"
                | "treasurer"
        )
    }) && after(2).is_none_or(|w| !w.starts_with(char::is_uppercase));
    appositive || (the_before && (noun_after || its_officer))
}

/// Whether a one-word name stands as the subject of a speech verb: "Gingrich said", "Gingrich
/// told reporters", "said Gingrich".
fn speaks(doc: &Doc, r: &Run) -> bool {
    let word = |t: usize| {
        doc.tokens
            .get(t)
            .filter(|tok| tok.sentence == doc.tokens[r.first].sentence)
            .map(|_| doc.token_text(t).to_lowercase())
            .unwrap_or_default()
    };
    let after = word(r.last + 1);
    let before = r.first.checked_sub(1).map(word).unwrap_or_default();
    // Not the tail of a longer name ("the Justice Department said") or an abbreviation ("said
    // Del. Anna Brooks").
    let raw_before = r
        .first
        .checked_sub(1)
        .map(|t| doc.token_text(t))
        .unwrap_or("");
    if matches!(before.as_str(), "the" | "and" | "of" | "for" | "&")
        || raw_before.chars().next().is_some_and(char::is_uppercase)
        || after == "."
            && r.last + 2 < doc.tokens.len()
            && doc
                .token_text(r.last + 2)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    {
        return false;
    }
    let after_after = word(r.last + 2);
    // A speech verb in the past or the third person ("stated", "argues"); not a bare form,
    // which after a capitalised word is as often a noun ("Trump rally", "the Obama record").
    let speech_verb = lexicon::is_speech_verb(&after)
        && (after.ends_with("ed")
            || after.ends_with('s')
            || matches!(after.as_str(), "said" | "told" | "wrote" | "thought"));
    speech_verb
        || (after == "points" && after_after == "out")
        || (matches!(before.as_str(), "said" | "says" | "added" | "wrote")
            && matches!(after.as_str(), "." | "," | "")
            && after_after != "")
        || matches!(before.as_str(), "said" | "says" | "added" | "wrote") && after == "."
}

/// Abbreviations the article defines as a term of ordinary words: "Binge eating disorder
/// (BED)", "the effective cost per mille (CPM)". The words before the parentheses, one for
/// each letter, spell it, and some of them are lower-case: a thing's name, not a body's
/// ("Strategic Consultative Group (SCG)" is written in capitals).
#[inline(never)]
fn term_acronyms(doc: &Doc) -> std::collections::HashSet<&str> {
    let mut terms = std::collections::HashSet::new();
    for t in 1..doc.tokens.len().saturating_sub(1) {
        if doc.token_text(t - 1) != "(" || doc.token_text(t + 1) != ")" {
            continue;
        }
        let acronym = doc.token_text(t);
        let letters: Vec<char> = acronym.chars().collect();
        if !(2..=6).contains(&letters.len()) || !letters.iter().all(char::is_ascii_uppercase) {
            continue;
        }
        let Some(first) = (t - 1).checked_sub(letters.len()) else {
            continue;
        };
        let words: Vec<&str> = (first..t - 1).map(|k| doc.token_text(k)).collect();
        let spelled = words.iter().zip(&letters).all(|(w, l)| {
            w.chars()
                .next()
                .is_some_and(|c| c.to_ascii_uppercase() == *l)
        });
        let lower_case = words
            .iter()
            .any(|w| w.starts_with(char::is_lowercase) && !lexicon::is_function_word(w));
        if spelled
            && lower_case
            && (first..t - 1).all(|k| doc.tokens[k].sentence == doc.tokens[t].sentence)
        {
            terms.insert(acronym);
        }
    }
    // "the Justice Against Sponsors of Terrorism Act" … "JASTA", "the African Growth and
    // Opportunity Act" … "AGOA": the initials of a law's, a treaty's or a show's name are its,
    // not a body's.
    let mut spelled: std::collections::HashSet<String> = std::collections::HashSet::new();
    for t in 0..doc.tokens.len() {
        let w = doc.token_text(t);
        if !runs::is_capitalized(w)
            || !matches!(
                w,
                "Act"
                    | "Bill"
                    | "Treaty"
                    | "Accord"
                    | "Accords"
                    | "Amendment"
                    | "Protocol"
                    | "Doctrine"
                    | "Show"
                    | "Festival"
                    | "Expo"
            )
        {
            continue;
        }
        let sentence = doc.tokens[t].sentence;
        let mut first = t;
        while first > 0 && t - first < 10 && doc.tokens[first - 1].sentence == sentence && {
            let before = doc.token_text(first - 1);
            runs::is_capitalized(before) || matches!(before, "of" | "for" | "and" | "on" | "to")
        } {
            first -= 1;
        }
        let name = runs::join_tokens(doc, first, t);
        let letters: String = initials(&name)
            .chars()
            .filter(|c| c.is_uppercase())
            .collect();
        // (Three letters may spell another name by chance: "the Greater London Act" beside
        // the GLA, its Authority; but "the Consumer Electronics Show" is the CES.)
        let event = matches!(w, "Show" | "Festival" | "Expo");
        if letters.chars().count() >= 4 || (event && letters.chars().count() == 3) {
            spelled.insert(letters);
        }
    }
    if !spelled.is_empty() {
        for t in 0..doc.tokens.len() {
            let w = doc.token_text(t);
            if spelled.contains(w) {
                terms.insert(w);
            }
        }
    }
    terms
}

/// A standard's or a connector's name: letters, a hyphen and one more letter or digit
/// ("USB-A", "USB-C", "DDR-4").
fn is_standard_name(name: &str) -> bool {
    name.rsplit_once('-').is_some_and(|(head, tail)| {
        head.len() >= 2
            && head.chars().all(|c| c.is_ascii_uppercase())
            && tail.chars().count() == 1
            && tail.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !matches!(*w, "of" | "for" | "on" | "and" | "the" | "&" | "The"))
        .filter_map(|w| w.chars().next())
        .collect()
}

fn acronym_letters(s: &str) -> String {
    s.chars().filter(|c| c.is_alphabetic()).collect()
}

/// "Summary Studies show…" (a bold label, then the paragraph), "Price Drop", "Art Director":
/// ordinary words capitalised at a sentence's start or in a heading, with nothing that makes
/// them a name (no gazetteer entry, no title, role or cue word, no context).
fn is_capitalised_phrase(r: &Run) -> bool {
    r.honorific.is_none()
        && r.role.is_none()
        && r.context.is_none()
        && !lexicon::organizations()
            .canonical
            .contains_key(r.name.as_str())
        && !lexicon::places().canonical.contains_key(r.name.as_str())
        && r.name.split_whitespace().all(|w| {
            let l = w.to_lowercase();
            lexicon::is_common_word(&l) && !lexicon::is_org_cue(&l) && !lexicon::is_place_cue(&l)
        })
}

/// Find the actors of a segmented article.
/// A surname as a key: case and the apostrophe's shape ignored ("O’Neill", "O'Neill").
/// A person's surname in their full name: its last word, or the one before a generational
/// suffix ("James P. Kennedy Jr." is a Kennedy).
fn surname_of(name: &str) -> &str {
    let mut words = name.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    let suffix = matches!(
        last.trim_end_matches('.').to_lowercase().as_str(),
        "jr" | "sr" | "ii" | "iii" | "iv"
    );
    match words.next() {
        Some(before) if suffix => before.trim_end_matches(','),
        _ => last,
    }
}

fn surname_key(s: &str) -> String {
    s.replace('’', "'").to_lowercase()
}

/// The surnames (as keys) of the people named in full: a lone "Jordan" after "Rep. Jim
/// Jordan" is him, not the country.
fn full_name_surnames(
    runs: &[Run],
    kinds: &[Option<ActorKind>],
) -> std::collections::HashSet<String> {
    runs.iter()
        .zip(kinds)
        .filter(|(r, kind)| r.first != r.last && **kind == Some(ActorKind::Person))
        .map(|(r, _)| surname_key(surname_of(&r.name)))
        .filter(|key| !key.is_empty())
        .collect()
}

/// Kinds the whole article changes: a name opening with another language's article, what a
/// maker's possessive names, a town's club in a match report, a title in an arts article.
/// (Kept out of `find`, whose size the wasm feels.)
#[inline(never)]
fn reclassify_in_context(doc: &Doc, runs: &[Run], kinds: &mut [Option<ActorKind>]) {
    // "La Traviata", "Le Roi de Lahore", "Die Hard": a name that opens with another language's
    // article is a title's, a theatre's or a paper's, not a person's (a person's name opens
    // with the given name, and "Le Pen" after "Marine Le Pen" is hers).
    let names: Vec<&str> = runs.iter().map(|r| r.name.as_str()).collect();
    for (r, kind) in runs.iter().zip(kinds.iter_mut()) {
        if *kind == Some(ActorKind::Person)
            && r.first != r.last
            && r.honorific.is_none()
            && r.role.is_none()
            && matches!(
                doc.token_text(r.first),
                "La" | "Le" | "El" | "Il" | "Los" | "Las" | "Der" | "Die" | "Das"
            )
            && !names.iter().any(|n| {
                n.len() > r.name.len()
                    && n.ends_with(r.name.as_str())
                    && n[..n.len() - r.name.len()].ends_with(' ')
            })
        {
            *kind = None;
        }
    }
    // "Giacomo Puccini's Madame Butterfly", "Vincenzo Bellini's Norma": a name right after a
    // person's possessive is what that person made, not another person (unless it is a full
    // name of its own: "Trump's Mike Pompeo").
    for k in 1..runs.len() {
        let (owner, r) = (&runs[k - 1], &runs[k]);
        let full_name = {
            let words: Vec<&str> = r.name.split_whitespace().collect();
            let particle_after = word_in_sentence(doc, r, r.last + 1).is_some_and(|w| {
                matches!(
                    w,
                    "van" | "von" | "de" | "der" | "da" | "di" | "du" | "dos" | "bin" | "al"
                )
            });
            lexicon::is_first_name(words[0])
                && (particle_after
                    || (words.len() >= 2
                        && !lexicon::is_common_word(&words[words.len() - 1].to_lowercase())))
        };
        if kinds[k] == Some(ActorKind::Person)
            && kinds[k - 1] == Some(ActorKind::Person)
            && r.first == owner.last + 1
            && runs::strip_possessive(doc.token_text(owner.last)).len()
                < doc.token_text(owner.last).len()
            && r.honorific.is_none()
            && r.role.is_none()
            && !full_name
        {
            kinds[k] = None;
        }
    }
    // "Chelsea boss Jose Mourinho", "Newcastle fans", "the Barcelona side": a town's (or a given
    // name's) word before a team's people is the team's, an organisation, wherever it stands
    // in the article. (A nation's team is written as the nation, "England coach", and CoNLL
    // and Lede keep it a place.)
    let sport = is_about(doc, SPORT_WORDS);
    let teams: std::collections::HashSet<&str> = runs
        .iter()
        .zip(kinds.iter())
        .filter(|(r, kind)| {
            let next = word_in_sentence(doc, r, r.last + 1);
            let after_next = word_in_sentence(doc, r, r.last + 2);
            let team_word = next.is_some_and(|w| {
                matches!(
                    w,
                    "boss"
                        | "manager"
                        | "striker"
                        | "midfielder"
                        | "defender"
                        | "goalkeeper"
                        | "keeper"
                        | "winger"
                        | "coach"
                        | "fans"
                        | "supporters"
                        | "skipper"
                        | "prop"
                        | "flanker"
                        | "fly-half"
                        | "scrum-half"
                        | "hooker"
                        | "full-back"
                ) || (w == "squad" && after_next.is_none_or(|w| !w.starts_with(char::is_uppercase)))
            });
            let words: Vec<&str> = r.name.split_whitespace().collect();
            let last_word = words[words.len() - 1];
            // A word no list knows, in a report of a match ("Boro", "Addicks"), not an
            // ordinary word ("Music fans"), a product's capitals ("DVD", "MP3") or a
            // description ("Under-pressure").
            // "Nirvana frontman Kurt Cobain", "Oasis guitarist": a band's.
            let band_word = next.is_some_and(|w| {
                matches!(
                    w,
                    "frontman" | "frontwoman" | "guitarist" | "drummer" | "bassist"
                )
            });
            // ("Chelsea boss": a name before a team's own officer or player says it even
            // outside a match report; "Warcraft fans" needs the report.)
            let strong_word = next.is_some_and(|w| !matches!(w, "fans" | "supporters" | "squad"));
            let team_like_word = (sport || strong_word)
                && words.len() == 1
                // (A sentence's first word may be an adjective, "Uncapped flanker", unless
                // it is a given name or a town: "Chelsea boss Jose Mourinho has".)
                && (!r.sentence_initial
                    || lexicon::is_first_name(&r.name)
                    || lexicon::places().canonical.contains_key(r.name.as_str()))
                && !lexicon::is_common_word(&r.name.to_lowercase())
                && r.name.chars().skip(1).any(char::is_lowercase)
                && !r.name.contains(|c: char| c.is_ascii_digit() || c == '-')
                && !matches!(r.name.as_str(), "North" | "South" | "East" | "West");
            let band = band_word
                && words.len() == 1
                && !r.sentence_initial
                && **kind != Some(ActorKind::Organization)
                && !lexicon::is_nation_or_region(&r.name);
            band || team_word
                && r.honorific.is_none()
                && r.role.is_none()
                && match kind {
                    None => team_like_word,
                    Some(ActorKind::Person) => words.len() == 1 && (sport || !r.sentence_initial),
                    Some(ActorKind::Place) => {
                        !lexicon::is_nation_or_region(&r.name)
                            && !lexicon::is_nation_or_region(last_word)
                    }
                    Some(ActorKind::Organization) => false,
                }
                && !(words.len() > 1 && lexicon::is_first_name(words[0]))
        })
        .map(|(r, _)| r.name.as_str())
        .collect();
    // "knocked out of the FA Cup by Newcastle", "seeing Barcelona secure a lead": in a match
    // report, a club known by its town's name is the club.
    for (r, kind) in runs.iter().zip(kinds.iter_mut()) {
        if sport
            && lexicon::is_club(&r.name)
            && r.honorific.is_none()
            && r.role.is_none()
            && !(r.sentence_initial && lexicon::is_common_word(&r.name.to_lowercase()))
            && *kind != Some(ActorKind::Organization)
        {
            *kind = Some(ActorKind::Organization);
        }
    }
    for (r, kind) in runs.iter().zip(kinds.iter_mut()) {
        if teams.contains(r.name.as_str()) && r.honorific.is_none() && r.role.is_none() {
            *kind = Some(ActorKind::Organization);
        }
    }
    // "Little Britain was named best comedy", "beat Nighty Night and Green Wing": in an
    // article on films, shows, books or music, a name of ordinary words that nothing marks as
    // a body's is a title's, not an organisation's (but "the band Snow Patrol", "Iron Maiden's
    // singer", "Depeche Mode toured").
    if is_about(doc, ARTS_WORDS) {
        let band_named: std::collections::HashSet<&str> = runs
            .iter()
            .filter(|r| {
                let before = r
                    .first
                    .checked_sub(1)
                    .and_then(|t| word_in_sentence(doc, r, t));
                let after = word_in_sentence(doc, r, r.last + 1);
                before.is_some_and(|w| {
                    matches!(
                        w,
                        "band"
                            | "bands"
                            | "group"
                            | "rockers"
                            | "duo"
                            | "trio"
                            | "quartet"
                            | "act"
                            | "outfit"
                            | "label"
                    )
                }) || after.is_some_and(|w| {
                    matches!(
                        w,
                        "frontman"
                            | "singer"
                            | "guitarist"
                            | "drummer"
                            | "bassist"
                            | "members"
                            | "tour"
                            | "toured"
                            | "concert"
                            | "gig"
                            | "reformed"
                            | "split"
                            | "label"
                    )
                })
            })
            .map(|r| r.name.as_str())
            .collect();
        // ("Gill Champion said": a title does not speak.)
        let speaking: std::collections::HashSet<&str> = runs
            .iter()
            .filter(|r| speaks(doc, r))
            .map(|r| r.name.as_str())
            .collect();
        for (r, kind) in runs.iter().zip(kinds.iter_mut()) {
            let words: Vec<&str> = r.name.split_whitespace().collect();
            let ordinary = words
                .iter()
                .any(|w| lexicon::is_common_word(&w.to_lowercase()));
            if *kind == Some(ActorKind::Organization)
                && words.len() > 1
                && ordinary
                && r.context.is_none()
                && r.honorific.is_none()
                && r.role.is_none()
                && !band_named.contains(r.name.as_str())
                && !speaking.contains(r.name.as_str())
                && !r.name.contains('&')
                && !(lexicon::is_first_name(words[0])
                    && !lexicon::is_common_word(&words[0].to_lowercase()))
                // ("Singapore Telecom", "British Gas": a place's name opens a firm's; but
                // "Little Britain" is a show.)
                && !lexicon::places().canonical.contains_key(words[0])
                && !lexicon::is_demonym(words[0])
                && !words.iter().any(|w| {
                    lexicon::is_org_cue(&w.to_lowercase())
                        || lexicon::organizations().canonical.contains_key(*w)
                        || w.chars().filter(|c| c.is_uppercase()).count() > 1
                })
                && !lexicon::organizations()
                    .canonical
                    .contains_key(r.name.as_str())
            {
                *kind = None;
            }
        }
    }
}

pub fn find(doc: &Doc, article: &Article) -> Actors {
    let mut runs = runs::trim_headline_runs(doc, runs::find_runs(doc));
    let mut actors = Actors {
        headline: article.title.clone().unwrap_or_default(),
        ..Actors::default()
    };
    let mut by_name: HashMap<String, usize> = HashMap::new();
    // Which run goes to which actor.
    let mut assigned: Vec<Option<usize>> = vec![None; runs.len()];
    let mut kinds: Vec<Option<ActorKind>> = runs.iter().map(|r| classify(doc, r)).collect();
    // A name written once with a person's title or role ("talk radio host Rush Limbaugh") is a
    // person's wherever else it stands bare.
    let titled_people: std::collections::HashSet<&str> = runs
        .iter()
        .zip(&kinds)
        .filter(|(r, kind)| {
            **kind == Some(ActorKind::Person) && (r.honorific.is_some() || r.role.is_some())
        })
        .map(|(r, _)| r.name.as_str())
        .collect();
    for (r, kind) in runs.iter().zip(kinds.iter_mut()) {
        if titled_people.contains(r.name.as_str()) {
            *kind = Some(ActorKind::Person);
        }
    }
    reclassify_in_context(doc, &runs, &mut kinds);
    // "“Notice Trump sniffing …”": an ordinary word opening a sentence or a quotation, before
    // the surname of someone the article names in full with another first word, is no part of
    // the name ("Tiger Woods" opening a sentence keeps "Tiger": no one else is a Woods).
    // (The surnames of the full names, and each full name's first word and surname.)
    let full_surnames = full_name_surnames(&runs, &kinds);
    let first_and_surname: std::collections::HashSet<String> = runs
        .iter()
        .zip(&kinds)
        .filter(|(r, kind)| r.first != r.last && **kind == Some(ActorKind::Person))
        .map(|(r, _)| {
            let opener = r.name.split_whitespace().next().unwrap_or("");
            format!("{opener}\t{}", surname_key(surname_of(&r.name)))
        })
        .collect();
    for k in 0..runs.len() {
        let r = &runs[k];
        let opener = doc.token_text(r.first);
        let opens = r.sentence_initial
            || (r.first > 0 && matches!(doc.token_text(r.first - 1), "“" | "\"" | "‘"));
        let Some(surname) = r.name.split_whitespace().nth(1) else {
            continue;
        };
        if r.first + 1 == r.last
            && opens
            && r.honorific.is_none()
            && r.role.is_none()
            && lexicon::is_common_word(&opener.to_lowercase())
            && !lexicon::is_first_name(opener)
            && full_surnames.contains(&surname_key(surname))
            && !first_and_surname.contains(&format!("{opener}\t{}", surname_key(surname)))
        {
            let surname = surname.to_string();
            let r = &mut runs[k];
            r.first = r.last;
            r.start = r.end - surname.len();
            r.name = surname;
            r.sentence_initial = false;
            kinds[k] = Some(ActorKind::Person);
        }
    }
    // "Fans love Tiger Woods. … Woods said": a two-word name read as an organisation's whose
    // last word stands alone elsewhere as a person (speaking, or with "Mr") is that person's.
    let lone_people: std::collections::HashSet<&str> = runs
        .iter()
        .zip(&kinds)
        .filter(|(r, kind)| {
            r.first == r.last
                && (r.honorific.is_some() && **kind == Some(ActorKind::Person)
                    || kind.is_none() && speaks(doc, r))
        })
        .map(|(r, _)| r.name.as_str())
        .collect();
    let surnames_in_full = full_name_surnames(&runs, &kinds);
    for (r, kind) in runs.iter().zip(kinds.iter_mut()) {
        let words: Vec<&str> = r.name.split_whitespace().collect();
        // "what Jack Straw said … Mr Straw said": a first name before an ordinary word ("Jack
        // Straw", read as "Star Wars" is) is a person's name when its last word is someone's
        // elsewhere, or when it speaks.
        let first_name_and_ordinary_word = kind.is_none()
            && words.len() == 2
            && lexicon::is_first_name(words[0])
            && (lone_people.contains(words[1]) || speaks(doc, r));
        if (*kind == Some(ActorKind::Organization) || first_name_and_ordinary_word)
            && words.len() == 2
            && r.context.is_none()
            && !lexicon::organizations().canonical.contains_key(r.name.as_str())
            && !lexicon::is_org_cue(&words[1].to_lowercase())
            // ("Fiat Powertrain", "American Davenport": a known name or a nationality opens it.)
            && !lexicon::organizations().canonical.contains_key(words[0])
            && !lexicon::places().canonical.contains_key(words[0])
            && !lexicon::is_demonym(words[0])
            && (lone_people.contains(words[1]) || first_name_and_ordinary_word)
            // ("Vote Blair" beside Tony Blair: the lone name is another person's.)
            && !surnames_in_full.contains(&surname_key(words[1]))
        {
            *kind = Some(ActorKind::Person);
        }
    }
    // "Forest Hill police" once makes "Forest Hill's WoodSpring Suites" the town's too.
    let place_by_word_after: std::collections::HashSet<&str> = runs
        .iter()
        .filter(|r| {
            r.honorific.is_none()
                && r.role.is_none()
                && word_in_sentence(doc, r, r.last + 1).and_then(kind_by_word_after)
                    == Some(Some(ActorKind::Place))
        })
        .map(|r| r.name.as_str())
        .collect();
    for (r, kind) in runs.iter().zip(kinds.iter_mut()) {
        if *kind == Some(ActorKind::Person)
            && r.honorific.is_none()
            && r.role.is_none()
            && place_by_word_after.contains(r.name.as_str())
        {
            *kind = Some(ActorKind::Place);
        }
    }
    // "firms such as Symantec, McAfee and Trend Micro": the kind a noun gave the first name of
    // a list goes to the rest of it.
    for k in 1..runs.len() {
        let (a, b) = (&runs[k - 1], &runs[k]);
        let listed = doc.tokens[a.last].sentence == doc.tokens[b.first].sentence
            && b.first > a.last + 1
            && (a.last + 1..b.first).all(|t| matches!(doc.token_text(t), "," | "and" | "or"));
        if listed
            && a.context.is_some()
            && kinds[k - 1] == a.context
            && kinds[k] != Some(ActorKind::Place)
        {
            kinds[k] = a.context;
        }
    }
    let canonical_of = |r: &Run, kind: ActorKind| -> String {
        match kind {
            // "WASHINGTON (AP) —": a dateline's town in capitals is the town as written
            // elsewhere.
            ActorKind::Place => {
                let places = &lexicon::places().canonical;
                places
                    .get(r.name.as_str())
                    .or_else(|| places.get(title_case(&r.name).as_str()))
                    .copied()
                    .or_else(|| lexicon::us_state_by_postal_code(&r.name))
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| r.name.clone())
            }
            // ("REUTERS" in a dateline is Reuters.)
            ActorKind::Organization => {
                let orgs = &lexicon::organizations().canonical;
                orgs.get(r.name.as_str())
                    .or_else(|| {
                        (r.name.chars().count() >= 4 && !r.name.chars().any(char::is_lowercase))
                            .then(|| orgs.get(title_case(&r.name).as_str()))
                            .flatten()
                    })
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| r.name.clone())
            }
            ActorKind::Person => r.name.clone(),
        }
    };
    // Words the article also writes in lower case ("officials"): a capitalised one at a
    // sentence's start is no name.
    let lowercase_words: std::collections::HashSet<&str> = doc
        .tokens
        .iter()
        .map(|t| &doc.text[t.start..t.end])
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    let person_surnames = full_name_surnames(&runs, &kinds);
    // Names written somewhere other than at a sentence's start.
    let named_mid_sentence: std::collections::HashSet<&str> = runs
        .iter()
        .filter(|r| !r.sentence_initial)
        .map(|r| r.name.as_str())
        .collect();
    // Surnames written alone after a title ("Mr Gates") or speaking ("Woods said"): "Bill
    // Gates", "Tiger Woods", made of ordinary words, opening a sentence is that person's full
    // name, not a capitalised phrase (`lone_people` holds the speaking ones).
    let titled_surnames: std::collections::HashSet<&str> = runs
        .iter()
        .filter(|r| r.first == r.last && r.honorific.is_some())
        .map(|r| r.name.as_str())
        .collect();
    // Pass 1: the full names: multi-word people, and every organisation and place.
    for (k, r) in runs.iter().enumerate() {
        let Some(kind) = kinds[k] else { continue };
        let multiword = r.first != r.last;
        if multiword
            && r.sentence_initial
            && !named_mid_sentence.contains(r.name.as_str())
            && is_capitalised_phrase(r)
            && !(kind == ActorKind::Person
                && (titled_surnames.contains(surname_of(&r.name))
                    || lone_people.contains(surname_of(&r.name))))
        {
            continue;
        }
        if !multiword
            && kind != ActorKind::Person
            && person_surnames.contains(&surname_key(&r.name))
        {
            continue;
        }
        // "(SCG)" after a name is that name's alias: pass 2 decides.
        let paren_acronym = k > 0
            && r.first >= 2
            && doc.token_text(r.first - 1) == "("
            && runs[k - 1].last + 2 == r.first
            && kinds[k - 1].is_some();
        let acronym = !multiword
            && r.name.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && r.name
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase());
        let gazetteer_alias = lexicon::organizations()
            .canonical
            .get(r.name.as_str())
            .is_some_and(|c| *c != r.name)
            || lexicon::places().canonical.contains_key(r.name.as_str())
            || (kind == ActorKind::Place
                && lexicon::places()
                    .canonical
                    .contains_key(title_case(&r.name).as_str()));
        if (paren_acronym || acronym) && !gazetteer_alias {
            continue;
        }
        if kind == ActorKind::Person && !multiword {
            continue;
        }
        let canon = canonical_of(r, kind);
        let id = actor_named(&mut actors, &mut by_name, &canon, kind);
        assigned[k] = Some(id);
    }
    // Who holds each office the article names as a role ("the Archbishop of Canterbury, Dr
    // Rowan Williams,"), for merge_name_variants.
    let mut office_holders: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, r) in runs.iter().enumerate() {
        if let (Some(role), Some(holder)) = (&r.role, assigned[k]) {
            let holders = office_holders.entry(role.to_lowercase()).or_default();
            if !holders.contains(&holder) {
                holders.push(holder);
            }
        }
    }
    merge_name_variants(&mut actors, &mut by_name, &mut assigned, &office_holders);
    // Full-name people by surname, and organisations by initials, for the lookups of pass 2.
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    for (m, run) in runs.iter().enumerate() {
        if run.first != run.last
            && assigned[m].is_some_and(|a| actors.list[a].kind == ActorKind::Person)
        {
            let last = surname_of(&run.name);
            if !last.is_empty() {
                by_surname.entry(surname_key(last)).or_default().push(m);
            }
        }
    }
    // Surnames two full-name people share ("Joe Biden", "Hunter Biden"): which one a lone
    // "Vice President Biden" is cannot be told from the text alone.
    let shared_surnames: std::collections::HashSet<&String> = by_surname
        .iter()
        .filter(|(_, list)| {
            let first = list.first().and_then(|&m| assigned[m]);
            list.iter().any(|&m| assigned[m] != first)
        })
        .map(|(surname, _)| surname)
        .collect();
    let term_acronyms = term_acronyms(doc);
    let mut by_initials: HashMap<String, usize> = HashMap::new();
    for (i, a) in actors.list.iter().enumerate() {
        if a.kind == ActorKind::Organization && a.name.contains(' ') {
            by_initials.entry(initials(&a.name)).or_insert(i);
        }
    }
    // "Marsh said" after "Marsh & McLennan": a firm named for its founders goes by the first.
    let firm_by_founder: HashMap<String, usize> = actors
        .list
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == ActorKind::Organization)
        .filter_map(|(i, a)| {
            let mut words = a.name.split_whitespace();
            let first = words.next()?;
            (words.next() == Some("&")).then(|| (first.to_string(), i))
        })
        .collect();
    // "Asahi is predicting" after "Asahi Breweries": a firm named by a word of its own and
    // its trade goes by that word.
    let firm_by_own_word: HashMap<String, usize> = actors
        .list
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == ActorKind::Organization)
        .filter_map(|(i, a)| {
            let words: Vec<&str> = a.name.split_whitespace().collect();
            let [own, trade] = words[..] else { return None };
            (lexicon::is_org_cue(&trade.to_lowercase())
                && own.chars().skip(1).all(char::is_lowercase)
                && !lexicon::is_common_word(&own.to_lowercase())
                && !lexicon::is_demonym(own)
                && !lexicon::places().canonical.contains_key(own)
                && !lexicon::organizations().canonical.contains_key(own))
            .then(|| (own.to_string(), i))
        })
        .collect();
    // Full-name people by first name: the one who holds it, or `None` when several do.
    let mut first_name_holder: HashMap<String, Option<usize>> = HashMap::new();
    for (i, a) in actors.list.iter().enumerate() {
        if a.kind == ActorKind::Person && a.name.contains(' ') {
            let first = a.name.split_whitespace().next().unwrap_or("").to_string();
            first_name_holder
                .entry(first)
                .and_modify(|h| *h = None)
                .or_insert(Some(i));
        }
    }
    // "Prince Charles", "Queen Elizabeth": a royal is known by one name, and that name alone
    // ("Charles said") is theirs, not another's first name ("Charles Kennedy").
    let royal_names: std::collections::HashSet<&str> = runs
        .iter()
        .filter(|r| {
            r.first == r.last
                // (Not "the Queen Mother".)
                && lexicon::is_first_name(&r.name)
                && r.role.as_deref().is_some_and(|role| {
                    matches!(
                        role.to_lowercase().as_str(),
                        "prince" | "princess" | "king" | "queen" | "princes" | "princesses"
                    )
                })
        })
        .map(|r| r.name.as_str())
        .collect();
    let mut bracketed_letters: HashMap<String, usize> = HashMap::new();
    // Pass 2: surnames and "Mr. Surname" join the person whose last name they are (the one
    // mentioned most recently before, else the first one after); acronyms join their name.
    for (k, r) in runs.iter().enumerate() {
        if assigned[k].is_some() {
            continue;
        }
        let surname = r.name.as_str();
        // "the Bidens": a family, named by the plural of a person's surname; no one actor.
        if r.first == r.last
            && surname
                .strip_suffix('s')
                .is_some_and(|one| by_surname.contains_key(&surname_key(one)))
        {
            continue;
        }
        // The nearest full-name person with this surname: before (nearest first), else after.
        // ("Mr Gate's speech" beside Bill Gates: a possessive written on the wrong side of
        // a surname's last "s".)
        let person = by_surname
            .get(&surname_key(surname))
            .or_else(|| {
                let possessive = doc
                    .tokens
                    .get(r.last + 1)
                    .is_some_and(|_| matches!(doc.token_text(r.last + 1), "'s" | "’s"))
                    || doc.token_text(r.last).ends_with("'s")
                    || doc.token_text(r.last).ends_with("’s");
                (possessive && r.honorific.is_some())
                    .then(|| by_surname.get(&surname_key(&format!("{surname}s"))))
                    .flatten()
            })
            .and_then(|list| {
                let at = list.partition_point(|&m| m < k);
                let before = at.checked_sub(1).map(|i| list[i]);
                before.or_else(|| list.get(at).copied())
            })
            .and_then(|m| assigned[m]);
        if let Some(p) = person {
            assigned[k] = Some(p);
            continue;
        }
        if let Some(&firm) =
            (r.first == r.last && r.honorific.is_none() && !lexicon::is_first_name(&r.name))
                .then(|| firm_by_founder.get(r.name.as_str()))
                .flatten()
        {
            assigned[k] = Some(firm);
            continue;
        }
        if let Some(&firm) = (r.first == r.last
            && r.honorific.is_none()
            && r.role.is_none()
            && !matches!(first_name_holder.get(r.name.as_str()), Some(Some(_))))
        .then(|| firm_by_own_word.get(r.name.as_str()))
        .flatten()
        {
            assigned[k] = Some(firm);
            continue;
        }
        if r.first == r.last && royal_names.contains(r.name.as_str()) {
            let id = actor_named(&mut actors, &mut by_name, &r.name, ActorKind::Person);
            assigned[k] = Some(id);
            continue;
        }
        // "Hillary" after "Hillary Clinton": a first name alone is the one person who has it.
        if r.first == r.last
            && lexicon::is_first_name(&r.name)
            && lexicon::honorific(&r.name).is_none()
            && doc
                .tokens
                .get(r.last + 1)
                .is_none_or(|_| doc.token_text(r.last + 1) != ".")
        {
            if let Some(&Some(p)) = first_name_holder.get(r.name.as_str()) {
                assigned[k] = Some(p);
                continue;
            }
            // "his mother, Patricia,": a first name no one else holds, in running text.
            // (Not "Vincenzo Bellini's Norma": what someone made.)
            let after_name_possessive = r.first > 0 && {
                let before = doc.token_text(r.first - 1);
                runs::is_capitalized(before) && runs::strip_possessive(before).len() < before.len()
            };
            // (Nor "Shaun of the Dead": a title that opens with a given name.)
            let title_of = doc.tokens.get(r.last + 2).is_some_and(|_| {
                doc.token_text(r.last + 1) == "of"
                    && (runs::is_capitalized(doc.token_text(r.last + 2))
                        || doc.token_text(r.last + 2) == "the")
            });
            if !r.sentence_initial
                && kinds[k].is_none()
                && !after_name_possessive
                && !title_of
                && !names_a_thing(doc, r)
                && !lexicon::is_common_word(&r.name.to_lowercase())
                && !person_surnames.contains(&surname_key(&r.name))
            {
                let id = actor_named(&mut actors, &mut by_name, &r.name, ActorKind::Person);
                assigned[k] = Some(id);
                continue;
            }
        }
        let letters = acronym_letters(surname);
        if letters.len() >= 2
            && letters.chars().all(|c| c.is_uppercase())
            && (!r.name.contains(' ') || kinds[k].is_some())
        {
            // "(SCG)" right after a name, or the initials of a known organisation.
            // ("LONDON (REUTERS) —": a dateline's agency, a known name of its own, is no alias.)
            let known_elsewhere = k > 0 && {
                let orgs = &lexicon::organizations().canonical;
                orgs.get(r.name.as_str())
                    .or_else(|| orgs.get(title_case(&r.name).as_str()))
                    .is_some_and(|c| {
                        assigned[k - 1].is_some_and(|a| {
                            let before = &actors.list[a].name;
                            // (Not "United Nations Relief and Works Agency for Palestine
                            // Refugees (UNRWA)": its initials.)
                            before != c && !initials(before).starts_with(letters.as_str())
                        })
                    })
            };
            let after_paren = k > 0
                && r.first >= 2
                && doc.token_text(r.first - 1) == "("
                && runs[k - 1].last + 2 == r.first
                && !known_elsewhere;
            // ("The INSEE also said" after "The National Statistic Institute (INSEE)": the
            // letters a name was given in brackets stand for it from then on.)
            let target = if after_paren && assigned[k - 1].is_some() {
                bracketed_letters
                    .entry(r.name.clone())
                    .or_insert(assigned[k - 1].expect("assigned"));
                assigned[k - 1]
            } else {
                bracketed_letters
                    .get(&r.name)
                    .or_else(|| by_initials.get(&letters))
                    .copied()
            };
            if let Some(t) = target {
                assigned[k] = Some(t);
                continue;
            }
            // An acronym of its own: an organisation (or a gazetteer place); not a title, a
            // thing or a word set in capitals ("CEO", "DVD", "LETTERS").
            // ("BED" for "binge eating disorder", "USB-A", "the HPV vaccine": a term's, a
            // standard's or a thing's letters.)
            let known = lexicon::organizations()
                .canonical
                .contains_key(r.name.as_str());
            if (kinds[k].is_none()
                && (lexicon::is_non_org_capitals(&r.name) || is_shouted_noun(doc, r)))
                || (kinds[k] != Some(ActorKind::Place)
                    && !known
                    && (term_acronyms.contains(r.name.as_str())
                        || is_standard_name(&r.name)
                        || is_market_code(doc, r)
                        || names_a_thing(doc, r)))
            {
                continue;
            }
            let kind = kinds[k].unwrap_or(ActorKind::Organization);
            let canon = canonical_of(r, kind);
            let id = actor_named(&mut actors, &mut by_name, &canon, kind);
            assigned[k] = Some(id);
            continue;
        }
        // A person known only by one name, with an honorific or role: keep.
        if kinds[k] == Some(ActorKind::Person) {
            let id = actor_named(&mut actors, &mut by_name, &r.name, ActorKind::Person);
            assigned[k] = Some(id);
            continue;
        }
        // One name that speaks ("Gingrich said", "said Hollande"): a person. Not a group
        // ("Officials said", "Police said", "Witnesses told").
        // Nor a trade in the plural no list knows ("Forecasters said", "Paramedics said"):
        // a surname so spelt ("Sanders said") is a full name's, found by its surname above.
        // ("Sanders" written inside a sentence too is a name, though it speaks alone.)
        let l = r.name.to_lowercase();
        let trade = lexicon::is_trade_plural(&l) && !named_mid_sentence.contains(r.name.as_str());
        let group = lexicon::is_people_noun(&l) || trade;
        let plain_word = {
            let l = r.name.to_lowercase();
            lexicon::is_common_word(&l) && !lexicon::is_surname_word(&l)
        };
        if kinds[k].is_none()
            && !group
            && !plain_word
            && !names_a_thing(doc, r)
            && r.first == r.last
            && !lowercase_words.contains(r.name.to_lowercase().as_str())
            && !lexicon::is_function_word(&r.name.to_lowercase())
            && !names_no_one(&r.name)
            && speaks(doc, r)
        {
            // "SpaceX said", "SoftBank said": a capital inside the word marks a company.
            let kind = if r.name.chars().skip(1).any(char::is_uppercase)
                && !r.name.contains(['\'', '’', '-'])
            {
                ActorKind::Organization
            } else {
                ActorKind::Person
            };
            let id = actor_named(&mut actors, &mut by_name, &r.name, kind);
            assigned[k] = Some(id);
            continue;
        }
        // "Key rival Sapporo is …", "Kirin, the fourth big name, is launching its own …": one
        // name no list knows, a business's rival or the owner of "its" in its own clause, is
        // an organisation.
        let word = |t: usize| word_in_sentence(doc, r, t).unwrap_or("");
        let rival = r.first > 0 && matches!(word(r.first - 1), "rival" | "rivals");
        let owns_its = (r.last + 1..r.last + 14)
            .map(word)
            .take_while(|w| {
                !w.is_empty()
                    && !matches!(
                        *w,
                        "." | ";" | "“" | "\"" | "and" | "but" | "he" | "she" | "they"
                    )
                    && !lexicon::is_speech_verb(w)
                    && !runs::is_capitalized(w)
            })
            .any(|w| w == "its");
        let subject = r.sentence_initial
            || (r.first > 0 && word(r.first - 1) == ",")
            || matches!(word(r.first.wrapping_sub(1)), "rival" | "rivals");
        if kinds[k].is_none()
            && r.first == r.last
            && r.honorific.is_none()
            && r.role.is_none()
            && !group
            && !plain_word
            && !names_a_thing(doc, r)
            && !lexicon::is_first_name(&r.name)
            && !lexicon::is_demonym(&r.name)
            && !lowercase_words.contains(r.name.to_lowercase().as_str())
            && !names_no_one(&r.name)
            && r.name.chars().skip(1).all(char::is_lowercase)
            && (rival || (owns_its && subject))
        {
            let id = actor_named(&mut actors, &mut by_name, &r.name, ActorKind::Organization);
            assigned[k] = Some(id);
        }
    }
    // A one-word name left over that is an actor's own name elsewhere in the article: the same
    // actor, wherever it stands ("Trump gestured …" at a sentence's start, after "when Trump
    // said" made Trump an actor).
    for (k, r) in runs.iter().enumerate() {
        if assigned[k].is_none() && r.first == r.last {
            if let Some(&id) = by_name.get(r.name.as_str()) {
                assigned[k] = Some(id);
            }
        }
    }
    // A person's surname that is also a nationality ("Mark Cuban" … "Cuban said"): the runs
    // dropped it as a demonym; where it stands as a name, it is that person.
    let surname_demonym_runs = demonym_surnames(doc, &runs, &actors);
    for (run, id) in surname_demonym_runs {
        runs.push(run);
        assigned.push(Some(id));
    }
    // Mentions, roles and aliases.
    let mut name_used = vec![false; actors.list.len()];
    for (k, r) in runs.iter().enumerate() {
        let Some(a) = assigned[k] else { continue };
        let actor = &mut actors.list[a];
        name_used[a] |= r.name == actor.name;
        // Roles are people's: "the principal deputy White House press secretary" gives the
        // White House none.
        let ambiguous = r.first == r.last && shared_surnames.contains(&surname_key(&r.name));
        // "a spokeswoman for Adam Neumann": the role is someone else's, whose it is names him.
        let role_of_another = r
            .role
            .as_deref()
            .is_some_and(|role| role.ends_with(" for") || role.ends_with(" of"));
        if actor.role.is_none() && actor.kind == ActorKind::Person && !ambiguous && !role_of_another
        {
            actor.role = r.role.clone();
        }
        let mut forms = vec![r.name.clone()];
        if let Some(h) = &r.honorific {
            forms.push(format!("{h} {}", r.name));
        }
        for form in forms {
            if form != actor.name && !actor.aliases.contains(&form) {
                actor.aliases.push(form);
            }
        }
        actor.mentions.push((r.start, r.end));
        actors.mentions.push(Mention {
            start: r.start,
            end: r.end,
            first_token: r.first,
            last_token: r.last,
            actor: a,
        });
    }
    // The canonical name is the fullest form the article uses: a gazetteer's name the article
    // never writes ("United Kingdom" for "UK" and "Britain") stays an alias.
    for (actor, used) in actors.list.iter_mut().zip(name_used) {
        // Abbreviations ("Nev.", "Calif.") still show the whole name.
        let abbreviated = actor.aliases.iter().all(|a| {
            let dotted = format!("{a}.");
            lexicon::places().canonical.contains_key(dotted.as_str())
                || lexicon::organizations()
                    .canonical
                    .contains_key(dotted.as_str())
        });
        if used || actor.aliases.is_empty() || abbreviated {
            continue;
        }
        let longest = (0..actor.aliases.len())
            .max_by_key(|&i| (actor.aliases[i].chars().count(), std::cmp::Reverse(i)))
            .unwrap_or(0);
        // "WASHINGTON (AP) —": a dateline's capitals are the same name, written as a dateline.
        if actor.aliases[longest].to_lowercase() == actor.name.to_lowercase() {
            continue;
        }
        let name = actor.aliases.remove(longest);
        let gazetteer_name = std::mem::replace(&mut actor.name, name);
        actor.aliases.push(gazetteer_name);
    }
    // Gazetteer aliases the article used are already aliases; a person's surname is one too.
    for actor in &mut actors.list {
        if actor.kind == ActorKind::Person && actor.name.contains(' ') {
            let surname = actor
                .name
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_string();
            if actor.aliases.iter().any(|a| a.ends_with(&surname))
                && !actor.aliases.contains(&surname)
            {
                actor.aliases.push(surname);
            }
        }
    }
    // The authors are not actors of their own article.
    let authors: Vec<&str> = article.byline.iter().map(String::as_str).collect();
    drop_actors(&mut actors, |a| {
        a.kind == ActorKind::Person && authors.contains(&a.name.as_str())
    });
    add_caption_actors(&mut actors, article);
    // In another language the capitals that mark names in English mark every noun (German:
    // "Dieses Jahr", "Kommen Sie") or a title's words (Italian: "Il Signore"): there, only a
    // name Lede knows is one.
    if !reads_as_english(doc) {
        drop_actors(&mut actors, |a| !is_known_name(a));
    }
    let order = crate::order::by_key(actors.mentions.len(), |k| actors.mentions[k].start as u64);
    actors.mentions = order.iter().map(|&k| actors.mentions[k]).collect();
    actors
}

/// The share of a text's words that are English's commonest short words ("the", "of",
/// "said") at or above which it reads as English. Measured on the shared evaluation pages:
/// English prose runs 9% to 25%; German, French, Spanish, Italian, Portuguese or Czech news
/// 0 to 2%. A page of sports results ("Palm Bay d. Rockledge 70-44") has under 1% and no other
/// language's words either: it is read as English.
const ENGLISH_SHARE: f64 = 0.05;
/// The share of another language's commonest words above which a text that is not plainly
/// English is that language (news in those languages: 12% to 22%).
const OTHER_LANGUAGE_SHARE: f64 = 0.02;

/// Whether the article is written in English, from its words, not from the page's `lang`
/// (a German page can say "en").
fn reads_as_english(doc: &Doc) -> bool {
    let (mut words, mut english, mut other, mut non_latin) = (0usize, 0usize, 0usize, 0usize);
    for i in 0..doc.tokens.len() {
        let w = doc.token_text(i);
        let Some(first) = w.chars().next().filter(|c| c.is_alphabetic()) else {
            continue;
        };
        words += 1;
        non_latin += (first > '\u{24f}') as usize;
        if w.len() <= 5 {
            // Lower-cased on the stack: this runs once per word of the article.
            let mut lower = [0u8; 5];
            let lower = &mut lower[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            let lower = std::str::from_utf8(lower).unwrap_or(w);
            english += lexicon::is_english_marker(lower) as usize;
            other += lexicon::is_other_language_marker(w) as usize;
        }
    }
    let share = |n: usize| n as f64 / words.max(1) as f64;
    !(non_latin * 2 > words
        || (share(english) < ENGLISH_SHARE
            && share(other) >= OTHER_LANGUAGE_SHARE
            && other > english))
}

/// A name that is one in any language: a gazetteer's place or organisation, an acronym, a
/// name ending in an organisation's cue word ("… Group"), or a person whose first name is a
/// known one.
fn is_known_name(a: &ActorInfo) -> bool {
    let known = |n: &str| {
        lexicon::places().canonical.contains_key(n)
            || lexicon::organizations().canonical.contains_key(n)
    };
    let words: Vec<&str> = a.name.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    match a.kind {
        // ("Un Népalais": "Un" is in the Census's list of first names, and French's "a".)
        ActorKind::Person => {
            words.len() > 1
                && lexicon::is_first_name(words[0])
                && !lexicon::is_other_language_marker(&words[0].to_lowercase())
        }
        ActorKind::Place => known(&a.name) || a.aliases.iter().any(|n| known(n)),
        ActorKind::Organization => {
            known(&a.name)
                || a.aliases.iter().any(|n| known(n))
                || (words.len() > 1 && lexicon::is_org_cue(&last))
                || (a.name.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && a.name
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase))
        }
    }
}

/// Runs for one-word surnames that are also demonyms, each with its person: a word not inside
/// any run, written as a name ("Cuban said", "Cuban’s", "Cuban, who"), not as an adjective
/// ("Cuban cigars").
fn demonym_surnames(doc: &Doc, runs: &[runs::Run], actors: &Actors) -> Vec<(runs::Run, usize)> {
    let mut by_surname: HashMap<&str, Option<usize>> = HashMap::new();
    for (id, a) in actors.list.iter().enumerate() {
        if a.kind != ActorKind::Person || !a.name.contains(' ') {
            continue;
        }
        let surname = a.name.split_whitespace().last().unwrap_or("");
        if lexicon::is_demonym(surname) {
            // Two people of one surname: neither.
            by_surname
                .entry(surname)
                .and_modify(|e| *e = None)
                .or_insert(Some(id));
        }
    }
    if by_surname.is_empty() {
        return Vec::new();
    }
    let mut covered = vec![false; doc.tokens.len()];
    for r in runs {
        for c in &mut covered[r.first..=r.last] {
            *c = true;
        }
    }
    let mut out = Vec::new();
    for (t, &in_run) in covered.iter().enumerate() {
        if in_run || doc.tokens[t].kind != crate::segment::TokenKind::Word {
            continue;
        }
        let word = doc.token_text(t);
        let name = runs::strip_possessive(word);
        let Some(&Some(id)) = by_surname.get(name) else {
            continue;
        };
        let possessive = name.len() < word.len();
        let next = doc
            .tokens
            .get(t + 1)
            .map(|_| doc.token_text(t + 1))
            .unwrap_or(".");
        let as_name = possessive
            || lexicon::is_speech_verb(&next.to_lowercase())
            || matches!(
                next,
                "," | "."
                    | ";"
                    | ":"
                    | ")"
                    | "’s"
                    | "'s"
                    | "and"
                    | "is"
                    | "was"
                    | "has"
                    | "had"
                    | "who"
                    | "would"
                    | "will"
                    | "did"
                    | "does"
            );
        if !as_name {
            continue;
        }
        let start = doc.tokens[t].start;
        out.push((
            runs::Run {
                first: t,
                last: t,
                start,
                end: start + name.len(),
                name: name.to_string(),
                honorific: None,
                role: None,
                sentence_initial: doc.is_sentence_initial(t),
                context: None,
            },
            id,
        ));
    }
    out
}

/// A full name's parts for matching its variants: first name (lower case) and surname (lower
/// case, without "Jr." or "III"), and the generational suffix if any.
fn name_parts(name: &str) -> Option<(String, String, Option<String>)> {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let suffix = words
        .last()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .filter(|w| matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "iv"));
    if suffix.is_some() {
        words.pop();
    }
    // Middle initials ("Patrick W. Carlineo") do not tell people apart.
    let words: Vec<&str> = words
        .into_iter()
        .filter(|w| w.trim_end_matches('.').chars().count() > 1)
        .collect();
    if words.len() < 2 {
        return None;
    }
    Some((
        words[0].to_lowercase(),
        words[words.len() - 1].replace('’', "'").to_lowercase(),
        suffix,
    ))
}

/// "Pat Carlineo", "Patrick W. Carlineo" and "Patrick Carlineo Jr." in one article are one man:
/// full names with the same surname whose first names are the same or one shortens the other
/// ("Pat", "Patrick") become one actor, named by the longest. Different suffixes ("Jr." and
/// "Sr.") are father and son and stay apart.
fn merge_name_variants(
    actors: &mut Actors,
    by_name: &mut HashMap<String, usize>,
    assigned: &mut [Option<usize>],
    office_holders: &HashMap<String, Vec<usize>>,
) {
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    let parts: Vec<Option<(String, String, Option<String>)>> = actors
        .list
        .iter()
        .map(|a| {
            (a.kind == ActorKind::Person)
                .then(|| name_parts(&a.name))
                .flatten()
        })
        .collect();
    for (i, p) in parts.iter().enumerate() {
        if let Some((_, surname, _)) = p {
            by_surname.entry(surname.clone()).or_default().push(i);
        }
    }
    let mut target: Vec<usize> = (0..actors.list.len()).collect();
    for group in by_surname.values().filter(|g| g.len() > 1) {
        // Longest names first, so that each variant joins the fullest form.
        let group: Vec<usize> = crate::order::by_key(group.len(), |k| {
            u64::MAX - actors.list[group[k]].name.chars().count() as u64
        })
        .into_iter()
        .map(|k| group[k])
        .collect();
        for (gi, &i) in group.iter().enumerate() {
            if target[i] != i {
                continue;
            }
            let (first_i, _, suffix_i) = parts[i].as_ref().expect("parts");
            for &j in &group[gi + 1..] {
                let (first_j, _, suffix_j) = parts[j].as_ref().expect("parts");
                let firsts_agree = first_i == first_j
                    || (first_j.chars().count() >= 3 && first_i.starts_with(first_j.as_str()))
                    || (first_i.chars().count() >= 3 && first_j.starts_with(first_i.as_str()));
                let suffixes_agree =
                    suffix_i.is_none() || suffix_j.is_none() || suffix_i == suffix_j;
                if target[j] == j && firsts_agree && suffixes_agree {
                    target[j] = i;
                }
            }
        }
    }
    // "the Archbishop of Canterbury, Dr Rowan Williams, … The Archbishop of Canterbury said": an
    // office that names its holder is the one person the article gives it to as a role.
    for (i, office) in actors.list.iter().enumerate() {
        let words: Vec<&str> = office.name.split_whitespace().collect();
        if office.kind != ActorKind::Person
            || words.len() < 3
            || words[1] != "of"
            || !lexicon::is_office_title(&words[0].to_lowercase())
        {
            continue;
        }
        let holders = office_holders
            .get(&office.name.to_lowercase())
            .map(Vec::as_slice)
            .unwrap_or_default();
        if let [holder] = holders[..] {
            if holder != i
                && actors.list[holder].kind == ActorKind::Person
                && target[i] == i
                && target[holder] == holder
            {
                target[i] = holder;
            }
        }
    }
    // "Fox Entertainment" and "Fox Entertainment Group": a name and the same name with its
    // legal form or a body's word after it are one organisation, named by the longer.
    let orgs_by_name: HashMap<&str, usize> = actors
        .list
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == ActorKind::Organization)
        .map(|(i, a)| (a.name.as_str(), i))
        .collect();
    for (j, long) in actors.list.iter().enumerate() {
        if long.kind != ActorKind::Organization {
            continue;
        }
        let words: Vec<&str> = long.name.split_whitespace().collect();
        for k in 1..words.len() {
            if !words[k..]
                .iter()
                .all(|w| lexicon::is_org_cue(&w.trim_end_matches('.').to_lowercase()))
            {
                continue;
            }
            let short = words[..k].join(" ");
            if let Some(&i) = orgs_by_name.get(short.as_str()) {
                if i != j && target[i] == i && target[j] == j && short.contains(' ') {
                    target[i] = j;
                }
            }
        }
    }
    // "Vivendi" after "Vivendi Universal": an organisation's first word alone is the
    // organisation, when only one of its names opens with it.
    let mut org_by_first: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, a) in actors.list.iter().enumerate() {
        if a.kind == ActorKind::Organization && a.name.contains(' ') && target[i] == i {
            let first = a.name.split_whitespace().next().unwrap_or("");
            org_by_first
                .entry(first)
                .and_modify(|h| *h = None)
                .or_insert(Some(i));
        }
    }
    // (But a known company's name stays its own before its product's or unit's: "Apple" is
    // not "Apple Arcade", "Sony" not "Sony Pictures"; "Boeing Co" is Boeing.)
    let legal_form_of = |short: &str, long: &str| {
        long.split_whitespace().skip(1).all(|w| {
            matches!(
                w.trim_end_matches('.').to_lowercase().as_str(),
                "inc"
                    | "corp"
                    | "co"
                    | "company"
                    | "corporation"
                    | "group"
                    | "holdings"
                    | "ltd"
                    | "plc"
                    | "llc"
                    | "ag"
                    | "sa"
                    | "nv"
                    | "se"
                    | "limited"
                    | "incorporated"
            )
        }) || !lexicon::organizations().canonical.contains_key(short)
    };
    for (i, a) in actors.list.iter().enumerate() {
        if a.kind == ActorKind::Organization && !a.name.contains(' ') && target[i] == i {
            if let Some(&Some(j)) = org_by_first.get(a.name.as_str()) {
                if !lexicon::is_function_word(&a.name.to_lowercase())
                    && legal_form_of(&a.name, &actors.list[j].name)
                {
                    target[i] = j;
                }
            }
        }
    }
    // "GW Pharma" and "GW Pharmaceuticals", "Acme Corp" and "Acme Corporation": the same
    // words but the last, which one shortens, are one organisation, named by the longer.
    let mut org_by_head: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, a) in actors.list.iter().enumerate() {
        if a.kind == ActorKind::Organization {
            if let Some((head, _)) = a.name.rsplit_once(' ') {
                org_by_head.entry(head).or_default().push(i);
            }
        }
    }
    for group in org_by_head.values().filter(|g| g.len() > 1) {
        for &i in group {
            let short = actors.list[i].name.rsplit(' ').next().unwrap_or("");
            if short.chars().count() < 3 || target[i] != i {
                continue;
            }
            let longer = group.iter().copied().find(|&j| {
                let long = actors.list[j].name.rsplit(' ').next().unwrap_or("");
                // (A plural, or three letters more: not "Bank of America" into "Bank of
                // American", "United" into "United-Arsenal".)
                let more = long.strip_prefix(short).unwrap_or("");
                j != i
                    && (more == "s" || (more.len() >= 3 && more.chars().all(char::is_alphabetic)))
                    && target[j] == j
            });
            if let Some(j) = longer {
                target[i] = j;
            }
        }
    }
    // "Security Council" after "United Nations Security Council": the tail of one organisation's
    // name (two words or more, ending in an organisation word) is that organisation, when no
    // other organisation's name ends the same way.
    // First "U.N. Security Council" joins "United Nations Security Council": an abbreviated
    // first word that is the initials of the other's first words, the rest the same.
    let mut expanded: HashMap<String, usize> = HashMap::new();
    for (i, a) in actors.list.iter().enumerate() {
        let words: Vec<&str> = a.name.split_whitespace().collect();
        if a.kind == ActorKind::Organization && words.len() >= 3 {
            for k in 2..words.len() {
                let initials: String = words[..k].iter().filter_map(|w| w.chars().next()).collect();
                if initials.chars().all(char::is_uppercase) {
                    expanded.insert(format!("{initials} {}", words[k..].join(" ")), i);
                }
            }
        }
    }
    for (i, a) in actors.list.iter().enumerate() {
        let Some((first, rest)) = a.name.split_once(' ') else {
            continue;
        };
        let letters: String = first.chars().filter(|c| *c != '.').collect();
        if a.kind == ActorKind::Organization
            && letters.len() >= 2
            && letters.chars().all(|c| c.is_ascii_uppercase())
            && target[i] == i
        {
            if let Some(&j) = expanded.get(&format!("{letters} {rest}")) {
                if j != i && target[j] == j {
                    target[i] = j;
                }
            }
        }
    }
    let mut org_by_tail: HashMap<String, Option<usize>> = HashMap::new();
    for (i, a) in actors.list.iter().enumerate() {
        let words: Vec<&str> = a.name.split_whitespace().collect();
        if a.kind == ActorKind::Organization && words.len() >= 3 && target[i] == i {
            for k in 1..words.len() - 1 {
                org_by_tail
                    .entry(words[k..].join(" "))
                    .and_modify(|h| *h = None)
                    .or_insert(Some(i));
            }
        }
    }
    // "the Cubs" after "Chicago Cubs": a team's name without its town.
    let mut by_team_tail: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, a) in actors.list.iter().enumerate() {
        if let Some((town, team)) = a.name.rsplit_once(' ') {
            if a.kind == ActorKind::Organization
                && lexicon::places().canonical.contains_key(town)
                && team.ends_with('s')
                && target[i] == i
            {
                by_team_tail
                    .entry(team)
                    .and_modify(|h| *h = None)
                    .or_insert(Some(i));
            }
        }
    }
    for (i, a) in actors.list.iter().enumerate() {
        if a.kind == ActorKind::Organization && target[i] == i {
            if let Some(&Some(j)) = by_team_tail.get(a.name.as_str()) {
                if j != i && target[j] == j {
                    target[i] = j;
                }
            }
        }
    }
    // "Phonographic Industry" beside "British Phonographic Industry": the name without the
    // demonym it opens with (which runs drop where nothing shows it belongs to the name).
    let mut by_demonym_tail: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, a) in actors.list.iter().enumerate() {
        if let Some((first, rest)) = a.name.split_once(' ') {
            if a.kind == ActorKind::Organization && lexicon::is_demonym(first) && target[i] == i {
                by_demonym_tail
                    .entry(rest)
                    .and_modify(|h| *h = None)
                    .or_insert(Some(i));
            }
        }
    }
    // (Named by the one written more often: "Taliban" four times and "Afghan Taliban" once
    // are the Taliban.)
    let mut written = vec![0usize; actors.list.len()];
    for a in assigned.iter().flatten() {
        written[*a] += 1;
    }
    for (i, a) in actors.list.iter().enumerate() {
        if a.kind == ActorKind::Organization && target[i] == i {
            if let Some(&Some(j)) = by_demonym_tail.get(a.name.as_str()) {
                if j != i && target[j] == j {
                    if written[i] > written[j] {
                        target[j] = i;
                    } else {
                        target[i] = j;
                    }
                }
            }
        }
    }
    for (i, a) in actors.list.iter().enumerate() {
        let ends_in_cue = a
            .name
            .rsplit(' ')
            .next()
            .is_some_and(|w| lexicon::is_org_cue(&w.to_lowercase()));
        if a.kind == ActorKind::Organization
            && a.name.contains(' ')
            && ends_in_cue
            && target[i] == i
        {
            if let Some(&Some(j)) = org_by_tail.get(a.name.as_str()) {
                if j != i && target[j] == j {
                    target[i] = j;
                }
            }
        }
    }
    // "Eriksson Ek" after "Joel Eriksson Ek": a double surname alone is the tail of the name.
    let mut by_tail: HashMap<String, usize> = HashMap::new();
    for (i, a) in actors.list.iter().enumerate() {
        let words: Vec<&str> = a.name.split_whitespace().collect();
        if a.kind == ActorKind::Person && words.len() >= 3 {
            by_tail
                .entry(words[1..].join(" ").to_lowercase())
                .or_insert(i);
        }
    }
    for (i, a) in actors.list.iter().enumerate() {
        if a.kind == ActorKind::Person && target[i] == i {
            if let Some(&j) = by_tail.get(&a.name.to_lowercase()) {
                if j != i && target[j] == j {
                    target[i] = j;
                }
            }
        }
    }
    if target.iter().enumerate().all(|(i, &t)| i == t) {
        return;
    }
    // Renumber: kept actors in order, merged ones pointing at their keeper.
    let mut new_index = vec![0; target.len()];
    let mut kept = Vec::new();
    for (i, a) in std::mem::take(&mut actors.list).into_iter().enumerate() {
        if target[i] == i {
            new_index[i] = kept.len();
            kept.push(a);
        }
    }
    for i in 0..target.len() {
        if target[i] != i {
            new_index[i] = new_index[target[i]];
        }
    }
    actors.list = kept;
    for a in assigned.iter_mut().flatten() {
        *a = new_index[*a];
    }
    for v in by_name.values_mut() {
        *v = new_index[*v];
    }
}

/// The actor with this canonical name, made on first use.
fn actor_named(
    actors: &mut Actors,
    by_name: &mut HashMap<String, usize>,
    name: &str,
    kind: ActorKind,
) -> usize {
    *by_name.entry(name.to_string()).or_insert_with(|| {
        actors.list.push(ActorInfo {
            name: name.to_string(),
            kind,
            role: None,
            aliases: Vec::new(),
            mentions: Vec::new(),
        });
        actors.list.len() - 1
    })
}

fn drop_actors(actors: &mut Actors, doomed: impl Fn(&ActorInfo) -> bool) {
    let mut remap = Vec::with_capacity(actors.list.len());
    let mut kept = Vec::new();
    for a in actors.list.drain(..) {
        if doomed(&a) {
            remap.push(None);
        } else {
            remap.push(Some(kept.len()));
            kept.push(a);
        }
    }
    actors.list = kept;
    actors.mentions.retain_mut(|m| match remap[m.actor] {
        Some(n) => {
            m.actor = n;
            true
        }
        None => false,
    });
}

/// "Christopher Battin" and "Christopher D. Battin": one person, the middle name or initial
/// written once and left out once.
fn same_person_but_middle_names(a: &ActorInfo, b: &ActorInfo) -> bool {
    let ends = |n: &str| {
        let words: Vec<&str> = n.split_whitespace().collect();
        (words.len() >= 2).then(|| (words[0].to_string(), words[words.len() - 1].to_string()))
    };
    a.kind == ActorKind::Person
        && b.kind == ActorKind::Person
        && ends(&a.name).is_some_and(|e| Some(e) == ends(&b.name))
}

/// Actors named only in a photo caption belong to the article too (with no body mentions).
fn add_caption_actors(actors: &mut Actors, article: &Article) {
    for caption in &article.captions {
        // Leave the photo credit out: "(Jane Doe/AFP via Getty Images)".
        let text = match caption.rfind('(') {
            Some(k) if caption.trim_end().ends_with(')') => &caption[..k],
            _ => caption.as_str(),
        };
        // "Christopher Battin  Submitted photo": who is pictured, then where the photo is from.
        let text = text.trim_end();
        let text = [
            "Submitted photo",
            "Contributed photo",
            "Courtesy photo",
            "File photo",
        ]
        .iter()
        .find_map(|credit| text.strip_suffix(credit))
        .unwrap_or(text);
        let doc = segment::segment(&[crate::extract::Block::paragraph(text)]);
        let found = find(&doc, &Article::default());
        for a in found.list {
            let known = actors.list.iter().any(|b| {
                b.name == a.name
                    || b.aliases.contains(&a.name)
                    || a.aliases.contains(&b.name)
                    || same_person_but_middle_names(&a, b)
            });
            if !known {
                actors.list.push(ActorInfo {
                    mentions: Vec::new(),
                    ..a
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::ActorKind;

    /// The actors of a text, as (name, kind) in the analysis's order.
    /// The whole analysis of `text` as an article's bare body.
    fn analysis_of(text: &str) -> crate::Analysis {
        let options = crate::Options {
            raw: true,
            ..Default::default()
        };
        crate::analyze(text, &options).expect("an analysis")
    }

    fn actors_of(text: &str) -> Vec<(String, ActorKind)> {
        let a = analysis_of(text);
        a.actors.into_iter().map(|x| (x.name, x.kind)).collect()
    }

    /// The actors of `text` include every name of `present` and none of `absent`.
    fn assert_names(text: &str, present: &[&str], absent: &[&str]) {
        let found = actors_of(text);
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        for name in present {
            assert!(names.contains(name), "{name} not in {names:?}");
        }
        for name in absent {
            assert!(!names.contains(name), "{name} in {names:?}");
        }
    }

    /// The role of the actor named `name`: `None` when there is no such actor.
    fn role_of(a: &crate::Analysis, name: &str) -> Option<Option<String>> {
        a.actors
            .iter()
            .find(|x| x.name == name)
            .map(|x| x.role.clone())
    }

    /// Each of `expected` is among `found`, with its kind.
    fn assert_kinds(found: &[(String, ActorKind)], expected: &[(&str, ActorKind)]) {
        for &(name, kind) in expected {
            assert!(
                found.contains(&(name.to_string(), kind)),
                "{name} ({kind:?}) in {found:?}"
            );
        }
    }

    #[test]
    fn two_parties_joined_by_a_hyphen_are_no_one_name() {
        assert_names(
            "Coty took a majority stake in Kylie Jenner's company. The Coty-Kylie Jenner deal could \
            start a trend, says Jean-Pierre Dubois. Mary-Kate Olsen agreed, according to Sui-Lee \
            Wee of the New York Times.",
            &["Kylie Jenner", "Jean-Pierre Dubois", "Mary-Kate Olsen", "Sui-Lee Wee"],
            &["Coty-Kylie Jenner"],
        );
    }

    #[test]
    fn what_a_noun_for_a_work_names_is_a_title() {
        assert_names(
            "Ivana Jelić found inspiration for their work Starry Night in a painting. With the \
            installation Parabolic Lightcloud, Balmond Studio shows light. She went to work Monday \
            with Peter Snijder.",
            &["Ivana Jelić", "Balmond Studio", "Peter Snijder"],
            &["Starry Night", "Parabolic Lightcloud"],
        );
    }

    #[test]
    fn a_shortened_last_word_is_the_same_organisation() {
        let found = actors_of(
            "GW Pharmaceuticals has won approval. GW Pharma said shares rose. Senator representing \
            Yobe North, Ahmad Lawan, mourned former House of Representatives Speaker, Benjamin \
            Nzeribe.",
        );
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert!(
            names.contains(&"GW Pharmaceuticals") && !names.contains(&"GW Pharma"),
            "{names:?}"
        );
        assert_kinds(
            &found,
            &[
                ("Yobe North", ActorKind::Place),
                ("House of Representatives", ActorKind::Organization),
            ],
        );
    }

    #[test]
    fn an_ampersand_joins_a_firms_name() {
        let text = "Accountancy firm Ernst & Young said that Scottish & Newcastle and Marsh & \
            McLennan had erred. \"We are saddened,\" Marsh said. Moody's and Standard & Poor's cut \
            their ratings. Serbia & Montenegro lost on Sun & Mon, as Body & Soul played R & B.";
        let found = actors_of(text);
        assert_kinds(
            &found,
            &[
                ("Ernst & Young", ActorKind::Organization),
                ("Scottish & Newcastle", ActorKind::Organization),
                ("Marsh & McLennan", ActorKind::Organization),
                ("Moody's", ActorKind::Organization),
                ("Standard & Poor's", ActorKind::Organization),
                ("Serbia & Montenegro", ActorKind::Place),
            ],
        );
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        for absent in [
            "Marsh",
            "Ernst",
            "Newcastle",
            "& Newcastle",
            "Sun &",
            "Body & Soul",
            "Best R & B",
        ] {
            assert!(!names.contains(&absent), "{absent} in {names:?}");
        }
        let a = analysis_of(text);
        assert_eq!(a.quotes[0].speaker.as_deref(), Some("Marsh & McLennan"));
    }

    #[test]
    fn initials_in_brackets_join_a_name_over_and() {
        let a = analysis_of(
            "The National Institute of Economic and Social Research (NIESR) claims that taxes \
            need to rise. NIESR said so. The Bank of England and Barclays (BARC) agreed.",
        );
        let org = a
            .actors
            .iter()
            .find(|x| x.name == "National Institute of Economic and Social Research")
            .expect("the whole name");
        assert_eq!(org.aliases, ["NIESR"]);
        assert!(a.actors.iter().any(|x| x.name == "Bank of England"));
    }

    #[test]
    fn bracketed_initials_name_the_whole_body_from_then_on() {
        let a = analysis_of(
            "The National Statistic Institute (INSEE) added that spending rose. The INSEE also \
            said prices fell. A spokesman for the World Summit for the Information Society \
            (WSIS) spoke, as did the British Phonographic Industry (BPI) and the Office of the \
            Deputy Prime Minister (ODPM). Sales rose, according to the British Phonographic \
            Industry. The Christian Medical Fellowship (CMF) agreed.",
        );
        let named = |name: &str| a.actors.iter().find(|x| x.name == name);
        let insee = named("National Statistic Institute").expect("INSEE's name");
        assert_eq!(insee.aliases, ["INSEE"]);
        assert_eq!(insee.mentions.len(), 3);
        for whole in [
            "World Summit for the Information Society",
            "British Phonographic Industry",
            "Office of the Deputy Prime Minister",
        ] {
            assert!(named(whole).is_some(), "{whole} in {:?}", a.actors);
        }
        assert!(named("INSEE").is_none() && named("Phonographic Industry").is_none());
        assert_eq!(
            named("Christian Medical Fellowship").map(|x| x.kind),
            Some(ActorKind::Organization)
        );
    }

    #[test]
    fn a_body_is_named_as_written_more_often_with_or_without_its_demonym() {
        let a = analysis_of(
            "The Taliban attacked. The Taliban said so. The Afghan Taliban denied it. The \
            Taliban later agreed.",
        );
        let taliban = a
            .actors
            .iter()
            .find(|x| x.name == "Taliban")
            .expect("the Taliban");
        assert_eq!(taliban.mentions.len(), 4);
        assert_eq!(a.actors.len(), 1, "{:?}", a.actors);
    }

    #[test]
    fn a_role_is_the_noun_after_of_not_the_thing_before_it() {
        let a = analysis_of(
            "Titan put $2m into the re-election campaign of President Mathieu Kerekou. Fans \
            mourned the death of actress Sharon Tate. Bank of England governor Mervyn King said \
            rates rose. Foxx won best actor for playing soul star Ray Charles. Journalist \
            Guillem Balague writes that Agassi will play France's Olivier Patience.",
        );
        assert_eq!(
            role_of(&a, "Mathieu Kerekou"),
            Some(Some("President".into()))
        );
        assert_eq!(role_of(&a, "Sharon Tate"), Some(Some("actress".into())));
        assert_eq!(
            role_of(&a, "Mervyn King"),
            Some(Some("Bank of England governor".into()))
        );
        assert_eq!(role_of(&a, "Ray Charles"), Some(Some("soul star".into())));
        assert_eq!(
            role_of(&a, "Guillem Balague"),
            Some(Some("journalist".into()))
        );
        let patience = a.actors.iter().find(|x| x.name == "Olivier Patience");
        assert_eq!(patience.map(|x| x.kind), Some(ActorKind::Person));
    }

    #[test]
    fn an_event_a_label_or_an_opening_verb_is_no_organisation() {
        assert_names(
            "It has nothing to do with the Holocaust, he said. Subs Not Used: Berger, Ashdown. \
            Using Braille for speeches, he won. Factories in the Far East make them. Leeds are \
            top of the Championship.",
            &["Far East", "Championship"],
            &["Holocaust", "Subs Not Used", "Using Braille"],
        );
    }

    #[test]
    fn an_office_of_the_body_before_a_name_is_a_role() {
        let a = analysis_of(
            "He said that Chancellor of the Exchequer Gordon Brown's plans failed. Chief \
            Secretary to the Treasury Paul Boateng agreed. Secretary of the Navy Ray Mabus did \
            not. A spokesperson for the San Francisco Police Department said nothing.",
        );
        assert_eq!(
            role_of(&a, "Gordon Brown"),
            Some(Some("Chancellor of the Exchequer".into()))
        );
        assert_eq!(
            role_of(&a, "Paul Boateng"),
            Some(Some("Chief Secretary to the Treasury".into()))
        );
        assert_eq!(
            role_of(&a, "Ray Mabus"),
            Some(Some("Secretary of the Navy".into()))
        );
        assert!(a
            .actors
            .iter()
            .any(|x| x.name == "San Francisco Police Department"));
        assert!(a.actors.iter().any(|x| x.name == "Treasury"));
    }

    #[test]
    fn a_council_on_something_is_one_name() {
        assert_names(
            "The Council on Foreign Relations agreed. The House Intelligence Committee on Tuesday \
            released the report, and the Commission on Human Rights in Geneva welcomed it.",
            &[
                "Council on Foreign Relations",
                "House Intelligence Committee",
                "Commission on Human Rights",
            ],
            &["House Intelligence Committee on Tuesday"],
        );
    }

    #[test]
    fn in_german_only_known_names_are_actors() {
        // A German page (that says lang="en"): every noun is capitalised.
        assert_names(
            "Dieses Jahr zeigen wir auf der Messe unser neues Leitmotto. Kommen Sie an unseren Stand, \
            sagte Thomas Müller von der Deutschen Bank. Des Weiteren ist die Firma in Berlin und auch \
            bei SAP für die Bedürfnisse Ihres Unternehmens da, und wir freuen uns auf Sie.",
            &["Thomas Müller", "Berlin", "SAP"],
            &["Dieses Jahr", "Kommen Sie", "Des Weiteren", "Bedürfnisse Ihres Unternehmens"],
        );
        // French: "Un" is a first name in the Census's list, and French's "a".
        assert_names(
            "Un troisième Français a été tué dans le tremblement de terre samedi au Népal, a déclaré \
            jeudi le ministre. Un Népalais porte secours à une femme dans les ruines de Katmandou.",
            &[],
            &["Un Népalais"],
        );
    }

    #[test]
    fn works_events_and_products_are_no_people() {
        assert_names(
            "Google's Stadia launched with Tomb Raider and Star Wars Jedi, said analyst Lewis Ward. \
            Rafael Nadal kept Spain alive in the Davis Cup Finals, a World Cup-style event. \
            Michigan reported a death from Eastern Equine Encephalitis in Van Buren County. \
            Blue Origin offered its Blue Moon lander, and Boeing grounded its 737 Max jets. \
            Brent LCOc1 fell 1%, and Sterling GBP was flat, said the Wheeling News-Register. \
            The manual by John Milbank RRP £25 covers Destiny 2 too, said Lewis Ward, research director of gaming VR.",
            &["Lewis Ward", "Rafael Nadal", "Google", "Blue Origin", "Wheeling News-Register", "John Milbank"],
            &[
                "Tomb Raider",
                "Star Wars Jedi",
                "Davis Cup Finals",
                "Davis Cup",
                "World Cup-style",
                "Equine Encephalitis",
                "Blue Moon",
                "Max",
                "Brent LCOc1",
                "Sterling GBP",
                "John Milbank RRP",
                "Destiny",
                "VR",
            ],
        );
    }

    #[test]
    fn technical_and_everyday_abbreviations_are_no_organisations() {
        assert_names(
            "Nintendo said the DS plays songs over GSM and FM, with DRM, RFID tags and HD video. \
            The CPI rose, the PPI fell, and PE lessons are back, said Guy Mansfield QC.",
            &["Nintendo", "Guy Mansfield"],
            &[
                "DS",
                "GSM",
                "FM",
                "DRM",
                "RFID",
                "HD",
                "CPI",
                "PPI",
                "PE",
                "QC",
                "Guy Mansfield QC",
            ],
        );
    }

    #[test]
    fn a_tabloids_shouted_opening_noun_is_no_organisation() {
        let found = actors_of(
            "A HUNTER who killed and ate a wild rabbit in China has the plague. WHO IS THE \
            FRONT-RUNNER? The IAAF, which banned him, said the IAAF will appeal.",
        );
        assert_kinds(
            &found,
            &[
                ("China", ActorKind::Place),
                ("IAAF", ActorKind::Organization),
            ],
        );
        assert!(
            !found
                .iter()
                .any(|(n, _)| n == "HUNTER" || n == "FRONT-RUNNER"),
            "{found:?}"
        );
    }

    #[test]
    fn descriptions_before_names_and_lists_of_companies() {
        let found = actors_of(
            "Welshman Jimmy Watkins beat Spaniard Guillermo Garcia-Lopez, said Comedian Harry Hill \
            and Tom McCabe MSP. The deal with Sony Pictures Entertainment and MGM Studios was backed \
            by the IMF and World Bank, and by Lionhead Studios and Marvel Comics. Braun sold Big \
            Machine and The Carlyle Group bought it, an INTIMIDATING FRONT-RUNNER.",
        );
        assert_kinds(
            &found,
            &[
                ("Jimmy Watkins", ActorKind::Person),
                ("Guillermo Garcia-Lopez", ActorKind::Person),
                ("Harry Hill", ActorKind::Person),
                ("Tom McCabe", ActorKind::Person),
                ("Sony Pictures Entertainment", ActorKind::Organization),
                ("MGM Studios", ActorKind::Organization),
                ("World Bank", ActorKind::Organization),
                ("Lionhead Studios", ActorKind::Organization),
                ("Marvel Comics", ActorKind::Organization),
                ("Carlyle Group", ActorKind::Organization),
            ],
        );
        assert!(
            !found
                .iter()
                .any(|(n, _)| n.contains(" and ") || n == "INTIMIDATING" || n == "FRONT-RUNNER"),
            "{found:?}"
        );
    }

    #[test]
    fn buildings_named_after_people_are_places() {
        let found = actors_of(
            "She saw the musical at the Prince Edward Theatre. Other venues included the Dorothy \
            Chandler Pavilion and the Shrine Auditorium. Wembley Stadium opens in January, \
            President Park said.",
        );
        assert_kinds(
            &found,
            &[
                ("Prince Edward Theatre", ActorKind::Place),
                ("Dorothy Chandler Pavilion", ActorKind::Place),
                ("Shrine Auditorium", ActorKind::Place),
                ("Wembley Stadium", ActorKind::Place),
            ],
        );
        assert!(
            found.contains(&("President Park".to_string(), ActorKind::Person)),
            "{found:?}"
        );
    }

    #[test]
    fn a_short_name_with_a_plural_verb_is_a_body() {
        let a = analysis_of(
            "Swift accused Big Machine of holding back permission.\n\nBig Machine have twice denied \
            doing anything wrong.\n\n“At no point did we block her Netflix special,” they said.\n\n\
            Protesters who stormed the chamber during a debate on the Hunting Bill have been charged.",
        );
        let names: Vec<(&str, ActorKind)> =
            a.actors.iter().map(|x| (x.name.as_str(), x.kind)).collect();
        assert!(
            names.contains(&("Big Machine", ActorKind::Organization)),
            "{names:?}"
        );
        assert!(
            !names.iter().any(|(n, _)| *n == "Hunting Bill"),
            "{names:?}"
        );
        assert_eq!(a.quotes[0].speaker.as_deref(), Some("Big Machine"));
    }

    #[test]
    fn numbers_peoples_and_factions_are_no_actors() {
        assert_names(
            "Three-quarters said Mr Blunkett was right. Twenty-seven were hurt. The Slovaks won. \
            The Thatcherites lost, said the Nazis.",
            &["Blunkett"],
            &[
                "Three-quarters",
                "Twenty-seven",
                "Slovaks",
                "Thatcherites",
                "Nazis",
            ],
        );
    }

    #[test]
    fn counties_regions_and_constituencies_are_places() {
        let found = actors_of(
            "A man from Camberley, Surrey, was arrested. Prices fell in the East Midlands and in \
            North Rhine-Westphalia. The Lib Dems target Oxford East and Surrey South West, said \
            the referee from W Yorkshire. Plague was found in Inner Mongolia and Yunnan.",
        );
        assert_kinds(
            &found,
            &[
                ("Surrey", ActorKind::Place),
                ("East Midlands", ActorKind::Place),
                ("North Rhine-Westphalia", ActorKind::Place),
                ("Oxford East", ActorKind::Place),
                ("Surrey South West", ActorKind::Place),
                ("W Yorkshire", ActorKind::Place),
                ("Inner Mongolia", ActorKind::Place),
                ("Yunnan", ActorKind::Place),
            ],
        );
    }

    #[test]
    fn peers_bosses_and_referees_are_people() {
        let found = actors_of(
            "They warned the rival camps. Lord Haskins even suggested Mr Blair should reinstate Mr \
            Brown, and the Lord Chancellor agreed. Boss Henk Addink blames the euro. Mr Addink \
            said so. Referee Graham Poll said he applied the laws, as Lord Liverpool had.",
        );
        assert_kinds(
            &found,
            &[
                ("Lord Haskins", ActorKind::Person),
                ("Henk Addink", ActorKind::Person),
                ("Graham Poll", ActorKind::Person),
                ("Lord Liverpool", ActorKind::Person),
            ],
        );
        assert!(
            !found
                .iter()
                .any(|(n, _)| n == "Lord Chancellor" || n == "Liverpool"),
            "{found:?}"
        );
    }

    #[test]
    fn titles_in_title_case_are_no_actors() {
        assert_names(
            "Reeves has a star on the Hollywood Walk of Fame. He made films including My Own Private \
            Idaho, and was seen in Something's Gotta Give alongside Jack Nicholson. The set runs \
            from the Westerns to The Quiet Man and A Little Less Conversation, the Most Reverend \
            Peter Smith said. The team: L Orquera, A Lo Cicero, F Ongaro. Clark is in the Rock and \
            Roll Hall of Fame. He loved New Order.",
            &["Jack Nicholson", "Hollywood Walk of Fame", "Lo Cicero", "Rock and Roll Hall of Fame"],
            &["Private Idaho", "Gotta Give", "Little Less Conversation", "Hollywood Walk", "New Order"],
        );
    }

    #[test]
    fn an_office_written_before_a_joined_first_name_is_not_the_name() {
        let a = analysis_of(
            "Deputy Director of Public Prosecution Eva-Marie Persson took the decision, she said. \
            The case was reviewed by Public Prosecution Eva-Marie Persson again.",
        );
        let names: Vec<(&str, Option<&str>)> = a
            .actors
            .iter()
            .map(|x| (x.name.as_str(), x.role.as_deref()))
            .collect();
        assert_eq!(
            names,
            [(
                "Eva-Marie Persson",
                Some("Deputy Director of Public Prosecution")
            )]
        );
    }

    #[test]
    fn a_work_named_after_its_kind_is_no_actor() {
        assert_names(
            "Quentin Tarantino first showed the film Reservoir Dogs at Sundance. Andrew Lloyd Webber staged \
            the hit musical Bombay Dreams, and Mike Ford wrote the novel Growing Up Weightless.",
            &["Quentin Tarantino", "Andrew Lloyd Webber", "Mike Ford"],
            &["Reservoir Dogs", "Bombay Dreams", "Growing Up Weightless", "Up Weightless"],
        );
    }

    #[test]
    fn what_surrounds_a_name_says_what_it_is() {
        let found = actors_of(
            "Chelsea have paid the fee to sign the goalkeeper, manager Frank Lampard said. \
            He took the child to Forest Hill's WoodSpring Suites hotel. \
            Later that night, Forest Hill police officers found the girl, Sheriff Bill Waybourn said. \
            Veteran Nollywood actress, Kate Henshaw, posted new photos. \
            Traders cited the lingering uncertainty, and Officials are checking the results. \
            Hosting Tim Cook at Dreamforce was a dream, Marc Benioff said. \
            “I think, Mr. Ranking Member, that would work,” Jim Bridenstine said.",
        );
        let kind_of = |name: &str| found.iter().find(|(n, _)| n == name).map(|(_, k)| *k);
        assert_eq!(
            kind_of("Chelsea"),
            Some(ActorKind::Organization),
            "{found:?}"
        );
        assert_eq!(kind_of("Forest Hill"), Some(ActorKind::Place), "{found:?}");
        assert_eq!(
            kind_of("Kate Henshaw"),
            Some(ActorKind::Person),
            "{found:?}"
        );
        assert_eq!(kind_of("Tim Cook"), Some(ActorKind::Person), "{found:?}");
        for absent in [
            "Veteran Nollywood",
            "Nollywood",
            "Traders",
            "Officials",
            "Hosting Tim Cook",
            "Ranking Member",
        ] {
            assert_eq!(kind_of(absent), None, "{absent} in {found:?}");
        }
    }

    #[test]
    fn a_company_is_not_its_product() {
        let found = actors_of(
            "Apple Arcade costs $5 a month, and Apple said sales of the Apple Card rose. \
            Boeing Co said it won an order, and Boeing said more would follow.",
        );
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"Apple"), "{names:?}");
        assert!(
            !names.contains(&"Boeing"),
            "Boeing Co and Boeing are one: {names:?}"
        );
    }

    #[test]
    fn a_name_where_only_a_place_stands_is_a_place() {
        let found = actors_of(
            "NASA scientists using a telescope atop Mauna Kea confirmed it. The showroom in Corso \
            Monforte opened, and the plague spread in Inner Mongolia. They recalled the Yerba Buena \
            theater. Spain play in Group A, and the Oklahoma City Thunder won in Oklahoma City.",
        );
        for place in [
            "Mauna Kea",
            "Corso Monforte",
            "Inner Mongolia",
            "Yerba Buena",
        ] {
            assert!(
                found.contains(&(place.to_string(), ActorKind::Place)),
                "{place} in {found:?}"
            );
        }
        for (name, kind) in &found {
            assert!(
                !(name == "Group A" || name == "Oklahoma City Thunder")
                    || *kind != ActorKind::Place,
                "{name} a place in {found:?}"
            );
        }
    }

    #[test]
    fn home_towns_and_street_addresses_are_places() {
        let found = actors_of(
            "Officers arrested Christopher L. Tays, 32, of Franklin, on two warrants. \
            A short time later, officers stopped a vehicle driven by Jonathan P. Blair, 29, of 1909 Jolinda Drive. \
            Elizabeth A. Burton, 32, of 1119 Eighth St., was arrested too, police said.",
        );
        for place in ["Franklin", "Jolinda Drive", "Eighth St"] {
            assert!(
                found.contains(&(place.to_string(), ActorKind::Place)),
                "{place} in {found:?}"
            );
        }
    }

    #[test]
    fn companies_products_and_events_are_told_apart() {
        let found = actors_of(
            "Lockheed Martin and Northrop Grumman won the contract, analysts at Piper Jaffray said. \
            The Nintendo Switch Lite sold well in El Paso, and Munster won the Heineken Cup.",
        );
        assert_kinds(
            &found,
            &[
                ("Lockheed Martin", ActorKind::Organization),
                ("Northrop Grumman", ActorKind::Organization),
                ("Piper Jaffray", ActorKind::Organization),
                ("El Paso", ActorKind::Place),
            ],
        );
        assert!(
            found.iter().all(
                |(n, _)| !["Nintendo Switch Lite", "Switch Lite", "Heineken Cup"]
                    .contains(&n.as_str())
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_title_s_words_and_descriptions_are_no_names() {
        assert_names(
            "The company named Ivan Braiker its new Chief Strategy Officer on Monday. \
            Australian-born Julian Assange appeared in court, and the GOP-dominated Legislature met. \
            Email Tariq Malik at tmalik@space.com or follow him on Twitter.",
            &["Ivan Braiker", "Julian Assange", "Tariq Malik"],
            &["Strategy", "Australian-born Julian Assange", "GOP-dominated Legislature", "Email Tariq Malik"],
        );
    }

    #[test]
    fn title_case_ordinary_words_are_no_organisation() {
        assert_names(
            "Price Drop: a Magic Keyboard now costs less. Night Mode works well, and the Daily Beast \
            said Black Lives Matter marched on Saturday.",
            &["Daily Beast", "Black Lives Matter"],
            &["Price Drop", "Magic Keyboard", "Night Mode"],
        );
    }

    #[test]
    fn a_role_is_its_holder_s_only() {
        let a = analysis_of(
            "Kentucky Democrats beat incumbent Matt Bevin on Tuesday. A spokeswoman for Adam Neumann \
            declined to comment, and Adam Neumann said nothing.",
        );
        let role = |name: &str| role_of(&a, name);
        assert_eq!(role("Matt Bevin"), Some(Some("incumbent".to_string())));
        assert_eq!(role("Adam Neumann"), Some(None));
    }

    #[test]
    fn a_role_that_opens_its_sentence_loses_the_sentence_s_capital_only() {
        let a = analysis_of(
            "Senior author Silvia Martins commented on the study. Arsenal boss Arsene Wenger \
            said nothing. Former minister Clare Short spoke.",
        );
        let role = |name: &str| {
            a.actors
                .iter()
                .find(|x| x.name == name)
                .and_then(|x| x.role.clone())
        };
        assert_eq!(role("Silvia Martins").as_deref(), Some("senior author"));
        assert_eq!(role("Arsene Wenger").as_deref(), Some("Arsenal boss"));
        assert_eq!(role("Clare Short").as_deref(), Some("former minister"));
    }

    #[test]
    fn an_office_of_a_place_names_the_place_and_a_suffix_keeps_the_surname() {
        let a = analysis_of(
            "The Governor of New York said nothing. U.S. Attorney for New York Mary Jones \
            spoke. James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, \
            said the case matters. \"It matters,\" Kennedy said.",
        );
        let people: Vec<(&str, Option<&str>)> = a
            .actors
            .iter()
            .filter(|x| x.kind == ActorKind::Person)
            .map(|x| (x.name.as_str(), x.role.as_deref()))
            .collect();
        assert_eq!(
            people,
            [
                (
                    "James P. Kennedy Jr",
                    Some("U.S. Attorney for the Western District of New York")
                ),
                ("Mary Jones", Some("U.S. Attorney for New York")),
            ]
        );
        assert!(a
            .actors
            .iter()
            .any(|x| x.name == "New York" && x.kind == ActorKind::Place));
    }

    #[test]
    fn an_appositive_role_ends_at_its_noun_before_a_relative_clause() {
        let a = analysis_of(
            "Lucas Paganini, a NASA planetary scientist who led the investigation, said water \
            was found. Maria Lopez, a woman who knew him, said nothing.",
        );
        let role = |name: &str| role_of(&a, name);
        assert_eq!(
            role("Lucas Paganini"),
            Some(Some("NASA planetary scientist".to_string()))
        );
        assert_eq!(role("Maria Lopez"), Some(None));
    }

    #[test]
    fn a_role_before_a_name_starts_after_a_relative_clause_s_verb() {
        let a = analysis_of(
            "The roadshow featured Justin Bassi, who advises Attorney-General George Brandis on \
            crime and security matters, and Police Commissioner Andrew Colvin.",
        );
        let role = |name: &str| role_of(&a, name);
        assert_eq!(
            role("George Brandis"),
            Some(Some("Attorney-General".to_string()))
        );
        assert_eq!(
            role("Andrew Colvin"),
            Some(Some("Police Commissioner".to_string()))
        );
    }

    #[test]
    fn offices_of_a_body_and_a_party_s_adjective() {
        let a = analysis_of(
            "But Chief Secretary to the Treasury Paul Boateng attacked the Tory plans. Tory \
            frontbencher John Redwood said the Tories would cut quangos. Secretary of State for \
            Health John Reid disagreed.",
        );
        let role = |name: &str| role_of(&a, name);
        assert_eq!(
            role("Paul Boateng"),
            Some(Some("Chief Secretary to the Treasury".to_string()))
        );
        assert_eq!(
            role("John Redwood"),
            Some(Some("Tory frontbencher".to_string()))
        );
        assert_eq!(
            role("John Reid"),
            Some(Some("Secretary of State for Health".to_string()))
        );
        assert_eq!(role("Treasury"), Some(None));
        assert_eq!(role("Tory"), None, "a party's adjective is no one");
        let tories = a
            .actors
            .iter()
            .find(|x| x.name == "Tories")
            .expect("the Tories");
        assert_eq!(tories.kind, ActorKind::Organization);
        assert_eq!(tories.aliases, ["Conservatives"]);
    }

    #[test]
    fn a_sentence_s_opening_adjective_is_no_part_of_a_name() {
        assert_names(
            "Defiant Matt Williams said he would stay. Jubilant Andy Murray left. Vincent \
            Brown stayed.",
            &["Matt Williams", "Andy Murray", "Vincent Brown"],
            &["Defiant Matt Williams", "Jubilant Andy Murray"],
        );
    }

    #[test]
    fn a_courtesy_title_names_a_person_by_any_surname() {
        let text = "Bill Gates has opened the show in Las Vegas. Mr Gates said gadgets work \
            together. Despite glitches during Mr Gate's speech, he was cheered. In a speech to \
            the Foreign Policy Centre Mr Straw said so. \"I'm not going to be the Mr Nasty of \
            books,\" said Cowell, 54. It helps patients with MS. Final approval is due.";
        let found = actors_of(text);
        assert_kinds(
            &found,
            &[
                ("Bill Gates", ActorKind::Person),
                ("Straw", ActorKind::Person),
                ("Foreign Policy Centre", ActorKind::Organization),
            ],
        );
        assert_names(text, &[], &["Gates", "Gate", "Nasty", "Final"]);
        let a = analysis_of(text);
        let gates = a.actors.iter().find(|x| x.name == "Bill Gates").unwrap();
        assert_eq!(gates.mentions.len(), 3, "{:?}", gates.aliases);
    }

    #[test]
    fn a_page_of_results_is_still_read_as_english() {
        // Hardly a "the" or "of": names and numbers, and no other language's words either.
        assert_names(
            "Heritage d. Titusville 53-9. Heritage (1-0): Armani Sheffield 19 points and 3 steals. \
            Space Coast (0-1): Kairi Thomas-Brooks 18 points. Syniah Johnson 6 points. \
            Melbourne (3-0): Osas Osaro 3 goals, 1 assist. Mekhi Robinson 1 goal, 1 assist.",
            &["Syniah Johnson", "Mekhi Robinson", "Osas Osaro"],
            &[],
        );
    }

    #[test]
    fn a_shared_surname_lends_no_role_and_its_plural_is_a_family() {
        let text = "Trump asked Ukraine to investigate Joe Biden. Hunter Biden sat on the board. \
            The inquiry into the Bidens went on. Volker rejected the theory that Vice President Biden was influenced.";
        let a = analysis_of(text);
        assert!(
            a.actors.iter().all(|x| x.name != "Bidens"),
            "{:?}",
            a.actors
        );
        let hunter = a
            .actors
            .iter()
            .find(|x| x.name == "Hunter Biden")
            .expect("Hunter Biden");
        assert_eq!(hunter.role, None);
    }

    #[test]
    fn ordinary_words_after_a_rare_first_name_are_no_person() {
        let found = actors_of(
            "Fans lined up for the new Star Wars game on Friday, and the festival's Art Director Kim Hana said the crowds came early. Forest Whitaker agreed.",
        );
        let kind = |name: &str| found.iter().find(|(n, _)| n == name).map(|(_, k)| *k);
        assert_ne!(kind("Star Wars"), Some(ActorKind::Person), "{found:?}");
        assert_eq!(kind("Art Director"), None, "{found:?}");
        assert_eq!(
            kind("Forest Whitaker"),
            Some(ActorKind::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_bold_label_before_a_paragraph_is_no_name() {
        let found = actors_of(
            "Eat regular meals.\n\nSummary Eating slowly may reduce cravings.\n\n\
             Summary Adhering to a regular eating pattern can reduce overeating, the Mayo Clinic said.",
        );
        assert!(
            !found.iter().any(|(n, _)| n.starts_with("Summary")),
            "{found:?}"
        );
        assert!(found.iter().any(|(n, _)| n == "Mayo Clinic"), "{found:?}");
    }

    #[test]
    fn institutions_of_places_buildings_named_after_people_and_roles_for_people_only() {
        let text = "The President received a plan, said Hogan Gidley, the principal deputy White House press secretary. \
            The Bank of England raised rates. Trump visited Walter Reed hospital on Saturday. \
            Students at a US university protested. \
            Matt Maley, equity strategist at Miller Tabak, agreed. The Fort Worth Police Department made an arrest.";
        let a = analysis_of(text);
        let find = |name: &str| a.actors.iter().find(|x| x.name == name);
        for (name, kind) in [
            ("Bank of England", ActorKind::Organization),
            ("Walter Reed", ActorKind::Organization),
            ("US", ActorKind::Place),
            ("Miller Tabak", ActorKind::Organization),
            ("Fort Worth Police Department", ActorKind::Organization),
        ] {
            assert_eq!(find(name).map(|x| x.kind), Some(kind), "{name}");
        }
        let white_house = find("White House").expect("the White House");
        assert_eq!(white_house.role, None);
        assert_eq!(
            find("Hogan Gidley").and_then(|x| x.role.as_deref()),
            Some("principal deputy White House press secretary")
        );
    }

    #[test]
    fn names_real_news_writes() {
        let text = "North Korea tested a bomb on Friday morning near the border.\n\n\
            Officials said South Korean President Park Geun-hye called her security council.\n\n\
            Retired Lt. Gen. Michael Flynn spoke to CNN’s Wolf Blitzer before Inauguration Day.\n\n\
            Witnesses told reporters that scholars at the Carnegie Endowment for International Peace agreed.\n\n\
            Former Arkansas Gov. Mike Huckabee met Fellow Kentuckian Rand Paul. Kentuckian Rand Paul left.\n\n\
            It was harder than beating Crooked Hillary Clinton, said House Republican Thomas Massie.";
        let found = actors_of(text);
        let has = |name: &str, kind: ActorKind| found.iter().any(|(n, k)| n == name && *k == kind);
        assert!(has("North Korea", ActorKind::Place), "{found:?}");
        assert!(has("Park Geun-hye", ActorKind::Person), "{found:?}");
        assert!(has("Michael Flynn", ActorKind::Person), "{found:?}");
        assert!(has("Wolf Blitzer", ActorKind::Person), "{found:?}");
        assert!(has("CNN", ActorKind::Organization), "{found:?}");
        assert!(has("Mike Huckabee", ActorKind::Person), "{found:?}");
        assert!(has("Rand Paul", ActorKind::Person), "{found:?}");
        assert!(has("Arkansas", ActorKind::Place), "{found:?}");
        assert!(has("Hillary Clinton", ActorKind::Person), "{found:?}");
        assert!(has("Thomas Massie", ActorKind::Person), "{found:?}");
        assert!(
            has(
                "Carnegie Endowment for International Peace",
                ActorKind::Organization
            ),
            "{found:?}"
        );
        for junk in [
            "Officials",
            "Witnesses",
            "Inauguration Day",
            "Retired Lt",
            "South Korean President Park",
            "Former Arkansas",
            "Kentuckian Rand Paul",
            "Crooked Hillary Clinton",
            "House Republican Thomas Massie",
        ] {
            assert!(!found.iter().any(|(n, _)| n == junk), "{junk} in {found:?}");
        }
    }

    #[test]
    fn tells_companies_places_and_titles_from_people() {
        let text = "Investment bank Morgan Stanley expects growth, said Gartner's principal analyst Kobita Desai.\n\n\
            Essar is linked with Hong Kong-based Hutchison Whampoa and with Singapore Telecom.\n\n\
            Research by technology firms Earthlink and Webroot found flaws, and Mr Maran, who spoke to CNN’s Wolf Blitzer, agreed.\n\n\
            Dayanidhi Maran lives in Henderson, Nev., and watched The Quiet Man and Big Brother on DVD in the US.";
        let found = actors_of(text);
        let has = |name: &str, kind: ActorKind| found.iter().any(|(n, k)| n == name && *k == kind);
        for org in [
            "Morgan Stanley",
            "Gartner",
            "Hutchison Whampoa",
            "Singapore Telecom",
            "Earthlink",
            "Webroot",
            "CNN",
        ] {
            assert!(has(org, ActorKind::Organization), "{org} in {found:?}");
        }
        for person in ["Kobita Desai", "Wolf Blitzer", "Dayanidhi Maran"] {
            assert!(has(person, ActorKind::Person), "{person} in {found:?}");
        }
        for place in ["Hong Kong", "Henderson", "Nevada", "US"] {
            assert!(has(place, ActorKind::Place), "{place} in {found:?}");
        }
        for junk in ["Mr Maran", "DVD"] {
            assert!(!found.iter().any(|(n, _)| n == junk), "{junk} in {found:?}");
        }
        assert!(!has("Quiet Man", ActorKind::Person), "{found:?}");
    }

    #[test]
    fn variants_of_one_name_are_one_person() {
        let text = "Patrick W. Carlineo pleaded guilty on Monday.\n\n\
            Pat Carlineo had called the office, and Patrick Carlineo Jr. later apologised.\n\n\
            John Smith Sr. and John Smith Jr. both attended.";
        let found = actors_of(text);
        let carlineos = found.iter().filter(|(n, _)| n.contains("Carlineo")).count();
        assert_eq!(carlineos, 1, "{found:?}");
        let smiths = found.iter().filter(|(n, _)| n.contains("Smith")).count();
        assert_eq!(smiths, 2, "father and son: {found:?}");
        // A surname that is also a nationality is the person where it stands as a name.
        let text = "Mark Cuban, the owner of the Dallas team, says he is open to running.\n\n\
            \"It's too early to tell,\" Cuban said. He lit a Cuban cigar.";
        let a = crate::analyze(
            text,
            &crate::Options {
                raw: true,
                ..Default::default()
            },
        )
        .expect("an analysis");
        let cuban = a
            .actors
            .iter()
            .find(|x| x.name == "Mark Cuban")
            .expect("Mark Cuban");
        assert_eq!(cuban.mentions.len(), 2, "{:?}", cuban.mentions);
        assert_eq!(a.quotes[0].speaker.as_deref(), Some("Mark Cuban"));
        // A nickname in quotation marks is no part of the name and no person of its own.
        let found = actors_of(
            "Rep. Robert C. \"Bobby\" Scott opened his yard, and Del. Marcia “Cia” Price spoke.",
        );
        assert!(
            found.iter().any(|(n, _)| n == "Robert C. Scott"),
            "{found:?}"
        );
        assert!(found.iter().any(|(n, _)| n == "Marcia Price"), "{found:?}");
        assert!(
            !found
                .iter()
                .any(|(n, _)| n.contains("Bobby") || n == "Robert C" || n == "Marcia"),
            "{found:?}"
        );
        let text = "The United Nations Security Council met on Friday after the test.\n\n\
            The U.N. Security Council said the test was a clear threat. The Security Council will act soon.";
        let found = actors_of(text);
        let councils = found.iter().filter(|(n, _)| n.contains("Council")).count();
        assert_eq!(councils, 1, "{found:?}");
    }

    #[test]
    fn datelines_parties_and_companies_with_co() {
        let text = "VIENNA (Reuters) — The ministry said Virginia Democrats met officials of Pacific Gas and Electric Co. on Monday.";
        let found = actors_of(text);
        let has = |name: &str, kind: ActorKind| found.iter().any(|(n, k)| n == name && *k == kind);
        // The dateline's capitals, shown as the town is written.
        assert!(has("Vienna", ActorKind::Place), "{found:?}");
        assert!(
            has("Virginia Democrats", ActorKind::Organization),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(n, k)| n.starts_with("Pacific Gas and Electric Co")
                    && *k == ActorKind::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn known_names_keep_their_first_word_and_short_forms_join() {
        let text = "The Northern Ireland runner will race in New York and at the Stade de France before Sunday’s meeting.\n\n\
            Vivendi Universal said its board met. Vivendi has rejected the charge, said talk radio host Rush Limbaugh.\n\n\
            Rush Limbaugh told listeners the Tata group was in the UK.";
        let found = actors_of(text);
        let has = |name: &str, kind: ActorKind| found.iter().any(|(n, k)| n == name && *k == kind);
        for place in ["Northern Ireland", "New York", "Stade de France", "UK"] {
            assert!(has(place, ActorKind::Place), "{place} in {found:?}");
        }
        assert!(
            has("Vivendi Universal", ActorKind::Organization),
            "{found:?}"
        );
        assert!(has("Tata", ActorKind::Organization), "{found:?}");
        assert!(has("Rush Limbaugh", ActorKind::Person), "{found:?}");
        for junk in ["Vivendi", "Sunday", "York", "Ireland", "United Kingdom"] {
            assert!(!found.iter().any(|(n, _)| n == junk), "{junk} in {found:?}");
        }
    }

    #[test]
    fn terms_standards_and_illnesses_are_no_organisations() {
        assert_names(
            "Binge eating disorder (BED) is the most common eating disorder, doctors said. BED is \
            more than food. The HPV vaccine might have helped. Taylor had Feather Duvet Lung \
            disease. It has a 60W USB-C PD port and a 12W USB-A port, and works with CDMA \
            carriers. Here is the TL;DR version. Staff browsed the Internet all day.",
            &[],
            &[
                "BED",
                "HPV",
                "Feather Duvet Lung",
                "USB-A",
                "CDMA",
                "TL",
                "Internet",
            ],
        );
        // "the Strategic Consultative Group (SCG)" is still a body, in capitals.
        assert_names(
            "Officials met the Strategic Consultative Group (SCG) on Monday. The SCG agreed.",
            &["Strategic Consultative Group"],
            &[],
        );
    }

    #[test]
    fn a_state_code_after_a_town_is_the_state() {
        let found = actors_of(
            "The finals are Oct. 5–7, in Gladstone, NJ; the show is in Harrisburg, PA. The \
            system failed, Mayor Jo Tate said.",
        );
        assert_kinds(
            &found,
            &[
                ("NJ", ActorKind::Place),
                ("PA", ActorKind::Place),
                ("Gladstone", ActorKind::Place),
                ("Harrisburg", ActorKind::Place),
            ],
        );
        assert!(
            found.iter().all(|(_, k)| *k != ActorKind::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn an_office_and_a_place_before_a_name_are_not_the_name() {
        let found = actors_of(
            "Senate Leader, Ahmad Lawan raised a motion. Another diplomat, former special envoy to \
            Ukraine Kurt Volker, testified on Tuesday.",
        );
        assert_kinds(
            &found,
            &[
                ("Ahmad Lawan", ActorKind::Person),
                ("Kurt Volker", ActorKind::Person),
                ("Ukraine", ActorKind::Place),
            ],
        );
        assert!(
            !found
                .iter()
                .any(|(n, _)| n == "Senate Leader" || n == "Ukraine Kurt Volker"),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_that_describes_a_thing_after_it_is_no_organisation() {
        let found = actors_of(
            "The firm behind the Opioid Prevention campaign won. The iPad has a Liquid Retina \
            display, said Tim Cook. Newcastle United face Yeading, and a determined Nottingham \
            Forest side lost. His debut at New York's Metropolitan Opera came in 2000.",
        );
        assert_kinds(
            &found,
            &[
                ("Newcastle United", ActorKind::Organization),
                ("Nottingham Forest", ActorKind::Organization),
                ("Metropolitan Opera", ActorKind::Organization),
            ],
        );
        assert!(
            !found
                .iter()
                .any(|(n, _)| n == "Opioid Prevention" || n == "Liquid Retina"),
            "{found:?}"
        );
    }

    #[test]
    fn capitals_in_datelines_times_and_sentence_openers() {
        let found = actors_of(
            "ST. JOSEPH, Mich. (AP) — Officials met at 9.30 A.M. in the hall. Recent Samsung models \
            play it. Rival Sony said no. LONDON (REUTERS) — Gold \
            rose; notes US10YT=RR fell. Little Britain won a prize. The United Nations Relief and \
            Works Agency for Palestine Refugees (UNRWA) runs it.",
        );
        assert_kinds(
            &found,
            &[
                ("Samsung", ActorKind::Organization),
                ("Sony", ActorKind::Organization),
                ("Reuters", ActorKind::Organization),
            ],
        );
        for junk in [
            "ST",
            "A.M.",
            "Recent Samsung",
            "Rival Sony",
            "REUTERS",
            "Britain",
            "RR",
            "UNRWA",
        ] {
            assert!(!found.iter().any(|(n, _)| n == junk), "{junk} in {found:?}");
        }
    }

    #[test]
    fn what_is_said_of_a_name_can_make_it_an_organisation() {
        let found = actors_of(
            "Deutsche Boerse, the German stock exchange that is trying to buy its London rival, \
            has said it will go on. The Veritas leader said the only people to benefit are firms. \
            Essar agreed, as did the Sterling group and the US-German car group. Currently, the \
            site has six games.",
        );
        assert_kinds(
            &found,
            &[
                ("Deutsche Boerse", ActorKind::Organization),
                ("Veritas", ActorKind::Organization),
                ("Sterling", ActorKind::Organization),
            ],
        );
        for junk in ["US-German", "Currently"] {
            assert!(!found.iter().any(|(n, _)| n == junk), "{junk} in {found:?}");
        }
    }

    #[test]
    fn events_and_people_whose_surname_is_a_cue_word() {
        let found = actors_of(
            "Thomas Haden Church won for Sideways. Ireland can win the Grand Slam, and Paula \
            Radcliffe ran the New York Marathon, officials said. It is the medieval disease \
            dubbed the Black Death, which killed millions before the Great Depression.",
        );
        assert_kinds(
            &found,
            &[
                ("Thomas Haden Church", ActorKind::Person),
                ("Paula Radcliffe", ActorKind::Person),
            ],
        );
        for junk in [
            "Grand Slam",
            "New York Marathon",
            "Black Death",
            "Great Depression",
        ] {
            assert!(!found.iter().any(|(n, _)| n == junk), "{junk} in {found:?}");
        }
    }

    #[test]
    fn a_makers_product_letters_are_no_organisation() {
        let found = actors_of(
            "Nintendo DS sales rose, and the Sony PSP fell, Sky TV reported. The BBC Michael Howard \
            interview ran.",
        );
        assert_kinds(&found, &[("Michael Howard", ActorKind::Person)]);
        for junk in ["Nintendo DS", "Sony PSP", "PSP", "BBC Michael Howard"] {
            assert!(!found.iter().any(|(n, _)| n == junk), "{junk} in {found:?}");
        }
    }

    #[test]
    fn sports_and_arts_nouns_give_a_role_and_a_lone_surname_gives_the_person() {
        let found = actors_of(
            "The shoes are endorsed by golfer Tiger Woods. R&B singer Usher won best album, and \
             rapper Twista joined him on stage.",
        );
        assert_kinds(
            &found,
            &[
                ("Tiger Woods", ActorKind::Person),
                ("Usher", ActorKind::Person),
                ("Twista", ActorKind::Person),
            ],
        );
        // No role, but the surname speaks alone later: a person, not a company.
        let found = actors_of(
            "Fans queued for hours to see Lucky Woods at the club. Woods said he was moved by \
             the welcome.",
        );
        assert_kinds(&found, &[("Lucky Woods", ActorKind::Person)]);
        assert!(!found
            .iter()
            .any(|(n, k)| n == "Lucky Woods" && *k == ActorKind::Organization));
        // A first name before an ordinary word ("Jack Straw", read as "Star Wars" is) names a
        // person when it speaks, or when its last word is a "Mr" elsewhere.
        assert_kinds(
            &actors_of("He will look at what Jack Straw said about the plan."),
            &[("Jack Straw", ActorKind::Person)],
        );
        assert_kinds(
            &actors_of("He will look at the words of Jack Straw. Mr Straw left early."),
            &[("Jack Straw", ActorKind::Person)],
        );
        // A title's capital "Star" is no role, and "the star of" a film names no organisation.
        assert_names(
            "Star Wars Jedi: Fallen Order borrows from Tomb Raider. Dustin Hoffman, the star of \
             Rain Man, said films had got worse.",
            &["Dustin Hoffman"],
            &["Wars Jedi", "Rain Man"],
        );
    }

    #[test]
    fn surnames_with_two_particles_and_trades_in_the_plural() {
        let a = analysis_of(
            "European Commission President Ursula von der Leyen spoke on Friday. Von der Leyen \
             said the talks were over. Chief executive Jeroen van der Veer agreed. Forecasters \
             said more rain was coming, and Paramedics said two people were hurt. Det Insp \
             Sarah Collins said it was shocking. She was taken to Leeds General Infirmary.",
        );
        let actor = |name: &str| a.actors.iter().find(|x| x.name == name);
        let leyen = actor("Ursula von der Leyen").expect("Ursula von der Leyen");
        assert_eq!(leyen.role.as_deref(), Some("European Commission President"));
        assert_eq!(leyen.mentions.len(), 2);
        assert!(actor("Jeroen van der Veer").is_some());
        assert!(actor("Forecasters").is_none() && actor("Paramedics").is_none());
        // A British police rank as the BBC writes it; a hospital by its own word.
        assert_eq!(
            actor("Sarah Collins").and_then(|x| x.role.as_deref()),
            Some("Det Insp")
        );
        assert_eq!(
            actor("Leeds General Infirmary").map(|x| x.kind),
            Some(ActorKind::Organization)
        );
    }

    #[test]
    fn offices_that_name_their_holders_and_royals_known_by_one_name() {
        let a = analysis_of(
            "Prince Charles will marry in April. Liberal Democrat leader Charles Kennedy said he \
             was pleased. Charles said he was delighted. The service will be led by the \
             Archbishop of Canterbury, Dr Rowan Williams. The Duke of Edinburgh will attend. \
             Camilla will be known as Princess Consort. The Archbishop of Canterbury said: \
             \"I am pleased.\"",
        );
        let actor = |name: &str| a.actors.iter().find(|x| x.name == name);
        // "Charles said" is the prince's, not the Liberal Democrat's.
        assert_eq!(
            actor("Charles").and_then(|x| x.role.as_deref()),
            Some("Prince")
        );
        assert!(actor("Charles Kennedy").is_some_and(|x| !x.aliases.contains(&"Charles".into())));
        // The office is its holder's, who speaks by it.
        let williams = actor("Rowan Williams").expect("Rowan Williams");
        assert_eq!(williams.role.as_deref(), Some("Archbishop of Canterbury"));
        assert!(williams
            .aliases
            .contains(&"Archbishop of Canterbury".to_string()));
        assert_eq!(a.quotes[0].speaker.as_deref(), Some("Rowan Williams"));
        // A peer by his title is a person, not a place; a title alone is no one.
        assert_eq!(
            actor("Duke of Edinburgh").map(|x| x.kind),
            Some(ActorKind::Person)
        );
        assert!(actor("Edinburgh").is_none() && actor("Princess Consort").is_none());
        // An office in apposition before a name is that person's role.
        let a = analysis_of("The talks were led by the Foreign Secretary, Jack Straw, on Monday.");
        assert_eq!(a.actors[0].role.as_deref(), Some("Foreign Secretary"));
    }

    #[test]
    fn a_plural_possessive_inside_a_body_s_name() {
        let found = actors_of(
            "Chelsea were criticised, with the Professional Footballers' Association accusing \
             the club of failing its player. The Writers’ Guild said it agreed.",
        );
        assert_kinds(
            &found,
            &[
                (
                    "Professional Footballers' Association",
                    ActorKind::Organization,
                ),
                ("Writers’ Guild", ActorKind::Organization),
            ],
        );
    }

    #[test]
    fn clubs_named_after_towns_are_organisations_in_a_sports_report() {
        let found = actors_of(
            "Chelsea boss Jose Mourinho insists his side are not in a dip. They were knocked out \
             of the FA Cup by Newcastle before Barcelona took a 2-1 lead in the Nou Camp. League \
             rivals Arsenal could exploit it, but the striker scored twice at half-time.",
        );
        assert_kinds(
            &found,
            &[
                ("Chelsea", ActorKind::Organization),
                ("Newcastle", ActorKind::Organization),
                ("Barcelona", ActorKind::Organization),
                ("Arsenal", ActorKind::Organization),
                ("Jose Mourinho", ActorKind::Person),
                ("Nou Camp", ActorKind::Place),
            ],
        );
        // Outside a sports report the town is the town; a nation's team stays the nation.
        assert_kinds(
            &actors_of("Shipbuilding jobs return to Newcastle. The mayor of Newcastle said so."),
            &[("Newcastle", ActorKind::Place)],
        );
        assert_kinds(
            &actors_of("England coach Andy Robinson named his side. The league season starts with a cup match."),
            &[("England", ActorKind::Place), ("Andy Robinson", ActorKind::Person)],
        );
        // "Music fans", "DVD players": an ordinary word or a product's capitals is no team.
        assert_names(
            "Music fans queued for the new DVD players. The league, the cup and the penalty \
             shoot-out were on the screens.",
            &[],
            &["Music", "DVD"],
        );
    }

    #[test]
    fn works_titles_in_other_languages_and_bodies_known_by_letters() {
        // A composer's opera and a title opening with "La" are no people; "Marine Le Pen"
        // keeps "Le Pen"; G7 and G20 are bodies; a conservatory is a school.
        let found = actors_of(
            "Viotti conducted Giacomo Puccini's Madame Butterfly and Vincenzo Bellini's Norma at \
             La Scala, and studied at the Lausanne Conservatory. India attends the G7 meeting as \
             part of the G20. Marine Le Pen was there. Le Pen said so.",
        );
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        for work in ["Madame Butterfly", "Norma", "La Scala"] {
            assert!(
                !found.contains(&(work.to_string(), ActorKind::Person)),
                "{work} in {found:?}"
            );
        }
        assert!(names.contains(&"Giacomo Puccini") && names.contains(&"Vincenzo Bellini"));
        assert_kinds(
            &found,
            &[
                ("Lausanne Conservatory", ActorKind::Organization),
                ("G7", ActorKind::Organization),
                ("G20", ActorKind::Organization),
                ("Marine Le Pen", ActorKind::Person),
            ],
        );
        assert!(!names.contains(&"Le Pen"), "{names:?}");
    }

    #[test]
    fn compass_towns_empires_and_members_of_parliaments() {
        let a = analysis_of(
            "He was due to stand in the East Kilbride seat, soon after the departure of MEP \
             Robert Kilroy-Silk. He wants the British Empire back, said Green MSP Mark Ballard. \
             South Koreans spent more.",
        );
        let found: Vec<(String, ActorKind)> =
            a.actors.iter().map(|x| (x.name.clone(), x.kind)).collect();
        assert_kinds(
            &found,
            &[
                ("East Kilbride", ActorKind::Place),
                ("British Empire", ActorKind::Place),
                ("Robert Kilroy-Silk", ActorKind::Person),
                ("Mark Ballard", ActorKind::Person),
            ],
        );
        assert_eq!(
            role_of(&a, "Robert Kilroy-Silk"),
            Some(Some("MEP".to_string()))
        );
        assert_eq!(
            role_of(&a, "Mark Ballard"),
            Some(Some("Green MSP".to_string()))
        );
        assert!(!found
            .iter()
            .any(|(n, k)| n == "South Koreans" && *k == ActorKind::Place));
    }

    #[test]
    fn a_law_s_initials_are_no_organisation() {
        assert_names(
            "The bill, known as the Justice Against Sponsors of Terrorism Act, was passed by \
             Congress. \"The president's rationales to veto JASTA don't hold weight,\" said \
             Terry Strada. The GLA met on Monday to discuss the Greater London Act.",
            &["Congress", "Terry Strada", "GLA"],
            &["JASTA"],
        );
    }

    #[test]
    fn broadcasters_shows_quoted_products_and_a_firm_by_its_own_word() {
        let found = actors_of(
            "The soap beat fellow ITV1 show Filthy Love and Channel 4's Shameless to win. Polls \
             show Clinton ahead. According to Asahi Breweries, the market will grow. Asahi is \
             predicting profits as Suntory does well with \"Super Blue\". He wanted to work \
             with 'Nellie Wall,' she said.",
        );
        assert_kinds(
            &found,
            &[
                ("ITV1", ActorKind::Organization),
                ("Channel 4", ActorKind::Organization),
                ("Asahi Breweries", ActorKind::Organization),
                ("Clinton", ActorKind::Person),
                ("Nellie Wall", ActorKind::Person),
            ],
        );
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        for absent in ["Filthy Love", "Super Blue", "Asahi"] {
            assert!(!names.contains(&absent), "{absent} in {names:?}");
        }
    }

    #[test]
    fn a_rival_and_the_owner_of_its_are_organisations_and_a_title_is_no_one() {
        let found = actors_of(
            "Asahi Breweries is coming late to the market. Key rival Sapporo is already \
             well-established. Kirin, the fourth big name, is launching its own drink in April. \
             The film beat Shaun of the Dead to the award.",
        );
        assert_kinds(
            &found,
            &[
                ("Sapporo", ActorKind::Organization),
                ("Kirin", ActorKind::Organization),
            ],
        );
        assert!(!found.iter().any(|(n, _)| n == "Shaun"), "{found:?}");
    }

    #[test]
    fn titles_in_an_arts_article_are_no_organisations_but_bands_are() {
        let text = "Coronation Street won best drama, beating Nighty Night and Green Wing, while \
                    Little Britain was named best comedy. The band Snow Patrol took the album \
                    award, and the film Finding Neverland starred Johnny Depp. Gill Champion said \
                    the sitcom would return.";
        assert_names(
            text,
            &["Snow Patrol", "Johnny Depp", "Gill Champion"],
            &[
                "Nighty Night",
                "Green Wing",
                "Little Britain",
                "Coronation Street",
            ],
        );
        // Outside an arts article, such a name is still a body's.
        assert_kinds(
            &actors_of("Shares in Black Lives Matter Global Network rose. Zero Hedge reported it."),
            &[("Zero Hedge", ActorKind::Organization)],
        );
    }

    #[test]
    fn bands_before_their_players_and_a_think_tank_are_organisations() {
        assert_kinds(
            &actors_of(
                "It was blocked by Courtney Love, the widow of Nirvana frontman Kurt Cobain. The \
                 report by UK think-tank Demos was out.",
            ),
            &[
                ("Nirvana", ActorKind::Organization),
                ("Demos", ActorKind::Organization),
                ("Kurt Cobain", ActorKind::Person),
            ],
        );
    }

    #[test]
    fn a_channel_named_by_a_number_a_firm_and_its_legal_form_and_a_show_s_letters() {
        let a = analysis_of(
            "TV channel Five has been criticised for its crime show CSI:NY. News Corporation \
             is seeking to buy out investors in Fox Entertainment Group, home to the 20th \
             Century Fox film studio. Fox Entertainment shares rose, and Fox puts out 24.",
        );
        let found: Vec<(String, ActorKind)> =
            a.actors.iter().map(|x| (x.name.clone(), x.kind)).collect();
        assert_kinds(
            &found,
            &[
                ("Five", ActorKind::Organization),
                ("Fox Entertainment Group", ActorKind::Organization),
                ("20th Century Fox", ActorKind::Organization),
            ],
        );
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        for absent in ["CSI", "NY", "Fox Entertainment", "Century Fox"] {
            assert!(!names.contains(&absent), "{absent} in {names:?}");
        }
    }

    #[test]
    fn initials_in_brackets_a_team_without_its_town_and_a_news_programme() {
        let a = analysis_of(
            "A US woman is suing Hewlett Packard (HP) over its cartridges. Mr Blair spoke on \
             Five News. Nomar Garciaparra has agreed a deal with the Chicago Cubs, and the \
             Cubs are pleased. She won gold at the Athens Olympics and was Fifa's player of \
             the year.",
        );
        let found: Vec<(String, ActorKind)> =
            a.actors.iter().map(|x| (x.name.clone(), x.kind)).collect();
        assert_kinds(
            &found,
            &[
                ("Hewlett Packard", ActorKind::Organization),
                ("Five News", ActorKind::Organization),
                ("Chicago Cubs", ActorKind::Organization),
                ("FIFA", ActorKind::Organization),
            ],
        );
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        for absent in ["Cubs", "Athens Olympics"] {
            assert!(!names.contains(&absent), "{absent} in {names:?}");
        }
    }

    #[test]
    fn a_name_opening_with_an_ordinary_word_is_a_person_by_what_follows_it() {
        // The full name opens a sentence and its surname speaks later: one person.
        let a = analysis_of("Tiger Woods won the Masters on Sunday. Woods said he was delighted.");
        let people: Vec<(&str, usize)> = a
            .actors
            .iter()
            .filter(|x| x.kind == ActorKind::Person)
            .map(|x| (x.name.as_str(), x.mentions.len()))
            .collect();
        assert_eq!(people, [("Tiger Woods", 2)]);
        assert_kinds(
            &actors_of("Magic Johnson said he was happy to be back."),
            &[("Magic Johnson", ActorKind::Person)],
        );
        // An ordinary word opening a quotation before someone's surname is no first name.
        let a = analysis_of(
            "Donald Trump debated. Dean tweeted: “Notice Trump sniffing all the time.”",
        );
        let trump = a
            .actors
            .iter()
            .find(|x| x.name == "Donald Trump")
            .expect("Trump");
        assert_eq!(trump.mentions.len(), 2);
        assert!(a.actors.iter().all(|x| x.name != "Notice Trump"));
    }

    #[test]
    fn a_body_and_the_place_its_officer_is_for_are_two_names() {
        let found = actors_of(
            "The witness was former White House Russia adviser Fiona Hill, who testified.",
        );
        assert_kinds(
            &found,
            &[
                ("White House", ActorKind::Organization),
                ("Russia", ActorKind::Place),
                ("Fiona Hill", ActorKind::Person),
            ],
        );
        assert!(
            found.iter().all(|(n, _)| n != "White House Russia"),
            "{found:?}"
        );
    }

    #[test]
    fn a_maker_before_its_product_is_the_maker() {
        let found = actors_of(
            "Shoppers bought Apple AirPods and the Microsoft Xbox in November. \
             The Conservative Party Co-Chairman said sales would rise, as did Fox McCain.",
        );
        assert_kinds(
            &found,
            &[
                ("Apple", ActorKind::Organization),
                ("Microsoft", ActorKind::Organization),
            ],
        );
        assert!(
            found.iter().all(|(n, _)| !n.contains("AirPods")
                && !n.contains("Xbox")
                && n != "Conservative Party"),
            "{found:?}"
        );
    }

    #[test]
    fn an_olympian_is_a_role() {
        let a = analysis_of("Olympian Tomlinson jumped 7.87m on Sunday.");
        assert_eq!(role_of(&a, "Tomlinson"), Some(Some("Olympian".to_string())));
    }

    #[test]
    fn a_review_of_films_on_dvd_is_an_arts_article() {
        let found = actors_of(
            "The DVD set holds 34 John Wayne films, from war movies to The Quiet Man. \
             There is no True Grit on the DVDs, for instance.",
        );
        assert_kinds(&found, &[("John Wayne", ActorKind::Person)]);
        assert!(
            found
                .iter()
                .all(|(n, _)| n != "Quiet Man" && n != "True Grit"),
            "{found:?}"
        );
    }
}
