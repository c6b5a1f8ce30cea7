//! Chrome: the lines around an article that are not the article.
//!
//! Photo captions and credits, "Updated:" stamps, bare dates and times, share words, bylines
//! and author bios. The text path and the HTML path both ask these questions of a line.

use crate::calendar::Date;
use crate::lexicon;

/// Words that stand alone on a line in share bars, players and footers.
const SHARE_WORDS: &[&str] = &[
    "twitter",
    "facebook",
    "linkedin",
    "email",
    "e-mail",
    "print",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "whatsapp",
    "reddit",
    "pinterest",
    "copy link",
    "link copied",
    "comments",
    "comment",
    "tweet",
    "listen",
    "listen to this article",
    "advertisement",
    "ad",
    "skip advertisement",
    "read more",
    "related",
    "related articles",
    "more",
    "sign up",
    "subscribe",
    "save",
    "gift article",
    "x",
    "telegram",
    "flipboard",
    "messenger",
    "copy",
    "mail",
    "top",
    "back to top",
    "story continues below advertisement",
    "continue reading",
    "close",
    "menu",
    "play",
    "video",
    "audio",
    "view comments",
    "leave a comment",
    "font size",
    // WordPress's like button: "Like this:", "Like Loading...".
    "like this",
    "like loading...",
    "like loading…",
    "loading...",
    "loading…",
    "a a",
    "bookmark",
    // The same in the languages whose stamps `foreign_month` reads: "read also", "advertisement",
    // "share".
    "leggi anche",
    "pubblicità",
    "condividi",
    "lesen sie auch",
    "mehr zum thema",
    "werbung",
    "anzeige",
    "teilen",
    "lire aussi",
    "à lire aussi",
    "publicité",
    "partager",
    "lee también",
    "leer más",
    "publicidad",
    "compartir",
    "leia também",
    "leia mais",
    "publicidade",
    "compartilhar",
    "lees ook",
    "advertentie",
    "delen",
];

/// Is this line one of the share, player or footer words?
pub fn is_share_line(line: &str) -> bool {
    let l = line.trim().trim_end_matches(':').to_lowercase();
    if l.is_empty() {
        return false;
    }
    if SHARE_WORDS.contains(&l.as_str()) {
        return true;
    }
    // "Story continues below gallery", "Article continues after advertisement".
    if l.split_whitespace().count() <= 6
        && [
            "story continues",
            "article continues",
            "content continues",
            "continue reading below",
        ]
        .iter()
        .any(|p| l.starts_with(p))
    {
        return true;
    }
    // "Click here to subscribe to The Paradigm Newsletter", "Sign up for our newsletter".
    let words = l.split_whitespace().count();
    if words <= 12
        && [
            "click here to subscribe",
            "subscribe to",
            "sign up for",
            "sign up to",
        ]
        .iter()
        .any(|p| l.starts_with(p))
        && (l.contains("newsletter") || l.contains("subscribe to our"))
    {
        return true;
    }
    // Player clocks such as "0:00" or "0:00 / 3:41", also after the player's word: "VIDEO3:45"
    // (a video's length, printed twice on some sites: "VIDEO3:4503:45").
    let clock = ["video", "watch", "audio", "listen", "play", "duration"]
        .iter()
        .find_map(|w| l.strip_prefix(w))
        .map_or(l.as_str(), |rest| rest.trim_start_matches([':', ' ']));
    !clock.is_empty()
        && clock
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | ' '))
        && clock.contains(':')
}

/// Agencies and words that mark a photo credit.
const CREDIT_MARKS: &[&str] = &[
    "getty images",
    "ap photo",
    "reuters",
    "afp",
    "photo",
    "shutterstock",
    "epa",
    "bloomberg",
    "via ",
    "/",
    "image",
    "courtesy",
    "credit",
    "pool",
    "file",
    "illustration",
];

/// Is this line a photo caption with its credit, or a bare credit?
pub fn is_caption(line: &str) -> bool {
    let t = line.trim();
    let lower = t.to_lowercase();
    for prefix in [
        "photo:",
        "image:",
        "credit:",
        "photograph:",
        "pictured:",
        "photo credit",
        "image credit",
        "file photo",
        "photo by ",
        "photos by ",
        "photograph by ",
        "photographs by ",
        "photo illustration by ",
        "illustration by ",
    ] {
        if lower.starts_with(prefix) {
            return true;
        }
    }
    if lower.ends_with("getty images") || lower.ends_with("/ap") || lower.ends_with("/reuters") {
        return true;
    }
    // (Found in the lower-cased line itself: lower-casing can change a character's length in
    // bytes, "Ⱥ" two and "ⱥ" three, so an offset into `t` may fall inside one of `lower`.)
    if let Some(open) = lower.rfind('(') {
        if lower.ends_with(')') || lower.ends_with(").") {
            let credit = &lower[open..];
            let words = credit.split_whitespace().count();
            return words <= 10 && CREDIT_MARKS.iter().any(|m| credit.contains(m));
        }
    }
    false
}

/// "Updated:", "Published 3 hours ago", "4/1/2024", "April 1, 2024 10:03 a.m. ET", "0:00".
pub fn is_timestamp(line: &str) -> bool {
    let t = line.trim();
    let lower = t.to_lowercase();
    let stripped = strip_stamp_word(&lower);
    if stripped.is_empty() && stripped.len() != lower.len() {
        return true;
    }
    if lower.ends_with(" ago") && lower.split_whitespace().count() <= 6 {
        return true;
    }
    parse_date_line(t).is_some() || is_share_line(t)
}

fn strip_stamp_word(lower: &str) -> &str {
    for w in [
        "last updated",
        "updated on",
        "published on",
        "posted on",
        "updated",
        "published",
        "posted",
        "modified",
        "first published",
        "date",
    ] {
        if let Some(rest) = lower.strip_prefix(w) {
            return rest.trim_start_matches([':', ' ', '|', '-']).trim();
        }
    }
    lower
}

/// A line that is only a date (with an optional stamp word and time): its date.
pub fn parse_date_line(line: &str) -> Option<Date> {
    let lower = line.trim().to_lowercase();
    let s = strip_stamp_word(&lower).trim_end_matches('.');
    if s.is_empty() || s.len() > 60 {
        return None;
    }
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    // Numeric forms: 4/1/2024 (US order), 2024-04-01, 2024/04/01.
    let first = *words.first()?;
    let date = if let Some(d) = parse_numeric_date(first) {
        Some((d, 1))
    } else {
        parse_worded_date(&words)
    };
    let (date, used) = date?;
    // What follows may only be a time and a zone: "10:03 a.m. ET", "| 3:45 PM".
    let rest_ok = words[used..].iter().all(|w| {
        let w = w.trim_matches(|c: char| c == '|' || c == '(' || c == ')');
        w.is_empty()
            || w.chars().all(|c| c.is_ascii_digit() || c == ':')
            || matches!(
                w,
                "a.m."
                    | "p.m."
                    | "am"
                    | "pm"
                    | "a.m"
                    | "p.m"
                    | "et"
                    | "est"
                    | "edt"
                    | "pt"
                    | "pst"
                    | "pdt"
                    | "ct"
                    | "cst"
                    | "cdt"
                    | "gmt"
                    | "utc"
                    | "bst"
                    | "cet"
                    | "cest"
                    | "at"
                    | "|"
                    | "-"
            )
            || (w.len() <= 8 && w.ends_with("am") || w.ends_with("pm"))
                && w.chars().next().is_some_and(|c| c.is_ascii_digit())
    });
    rest_ok.then_some(date)
}

fn parse_numeric_date(w: &str) -> Option<Date> {
    let parts: Vec<&str> = w.split(['/', '-', '.']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<i32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
    if parts[0].len() == 4 {
        return Date::new(n[0], n[1] as u32, n[2] as u32);
    }
    if parts[2].len() == 4 {
        // US order first; day-first when the first number cannot be a month.
        return Date::new(n[2], n[0] as u32, n[1] as u32)
            .or_else(|| Date::new(n[2], n[1] as u32, n[0] as u32));
    }
    None
}

/// "april 1 2024", "1 april 2024", "apr. 1 2024", "monday april 1 2024": date and words used.
/// A month in French, German, Spanish, Italian, Portuguese or Dutch, whole or cut short
/// ("02 Ago 2017", "3. März 2020", "12 janv. 2021"): only a date stamp's month, day first.
fn foreign_month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "janvier janv januar jänner enero ene gennaio gen janeiro januari",
        "février févr fevrier fevr februar febrero feb febbraio fevereiro fev februari",
        "mars märz maerz marzo mar março marco maart mrt",
        "avril avr april abril abr aprile",
        "mai mayo may maggio mag maio mei",
        "juin juni junio jun giugno giu junho",
        "juillet juil juli julio jul luglio lug julho",
        "août aout august agosto ago augustus",
        "septembre sept september septiembre sep settembre set setembro",
        "octobre oct oktober octubre ottobre ott outubro out",
        "novembre nov november noviembre novembro",
        "décembre déc decembre dezember diciembre dic dicembre dezembro dez december",
    ];
    let word = word.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|names| names.split(' ').any(|n| n == word))
        .map(|m| m as u32 + 1)
}

fn parse_worded_date(words: &[&str]) -> Option<(Date, usize)> {
    let mut i = 0;
    if words.get(i).is_some_and(|w| lexicon::weekday(w).is_some()) {
        i += 1;
    }
    let num = |w: &str| -> Option<u32> {
        let w = w
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        w.parse().ok()
    };
    let (month, day) = if let Some(m) = words.get(i).and_then(|w| lexicon::month(w)) {
        (m, num(words.get(i + 1)?)?)
    } else {
        let d = num(words.get(i)?.trim_end_matches('.'))?;
        let word = words.get(i + 1)?;
        (lexicon::month(word).or_else(|| foreign_month(word))?, d)
    };
    let year: i32 = words.get(i + 2)?.parse().ok()?;
    if !(1800..=2200).contains(&year) {
        return None;
    }
    Some((Date::new(year, month, day)?, i + 3))
}

/// How a byline says who wrote the piece: "By", and the forms that also say what kind of
/// piece it is ("Analysis by Chris Cillizza", "Opinion by …") or what the credit is for.
const CREDITS: [&str; 11] = [
    "by ",
    "written by ",
    "words by ",
    "story by ",
    "text by ",
    "analysis by ",
    "opinion by ",
    "commentary by ",
    "perspective by ",
    "review by ",
    "reporting by ",
];

/// A byline without its leading credit ("By ", "Analysis by "), or None when it has none.
pub fn without_credit(byline: &str) -> Option<&str> {
    let head = byline.get(..16.min(byline.len())).unwrap_or(byline);
    let head = head.to_ascii_lowercase();
    CREDITS
        .iter()
        .find(|c| head.starts_with(**c))
        .map(|c| byline[c.len()..].trim_start())
}

/// The names in a byline line: "By Jane Doe and John Roe", "Jane Doe, John Roe".
/// With `bare_names_ok`, a line of only a name counts (the header of a pasted article).
pub fn byline_names(line: &str, bare_names_ok: bool) -> Option<Vec<String>> {
    let t = line.trim();
    let (body, had_by) = match without_credit(t) {
        Some(rest) => (rest, true),
        None => (t, false),
    };
    if !had_by && !bare_names_ok {
        return None;
    }
    let body = body.split(['|', '•', '·']).next()?;
    // "Written by Rob Ewaschuk Edited by Betsy Beyer": the editor, photographer or
    // illustrator credited after the author is not an author.
    let lower = body.to_ascii_lowercase();
    let body = [
        " edited by ",
        " photos by ",
        " photographs by ",
        " illustrations by ",
    ]
    .iter()
    .filter_map(|credit| lower.find(credit))
    .min()
    .map_or(body, |at| &body[..at]);
    // "By FEDERICA LUSIARDI - 2019-04-10": what follows a spaced dash is not a name.
    let body = [" - ", " – ", " — "]
        .iter()
        .fold(body, |b, dash| b.split(dash).next().unwrap_or(b))
        .trim();
    let mut names = Vec::new();
    for part in body
        .split(", ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" & "))
    {
        let name = part.trim().trim_end_matches(',');
        let name = name.split(" for ").next().unwrap_or(name).trim();
        if name.is_empty() || is_job(name) {
            continue;
        }
        if !looks_like_name(name) {
            // "By The Associated Press", "By Reuters": a news agency's credit, whole.
            return (had_by && looks_like_agency(body)).then(|| vec![body.to_string()]);
        }
        names.push(name.to_string());
    }
    (!names.is_empty()).then_some(names)
}

/// A newsroom's or agency's name after "By": one to five capitalised words, "The" first at
/// most ("The Associated Press", "Reuters", "Bloomberg News"), no day or month ("By Monday").
fn looks_like_agency(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let named = words.strip_prefix(&["The"]).unwrap_or(&words);
    (1..=5).contains(&named.len())
        && named.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '&'))
                && !w.ends_with('.')
                && lexicon::month(&w.to_lowercase()).is_none()
                && lexicon::weekday(&w.to_lowercase()).is_none()
                && !lexicon::is_function_word(&w.to_lowercase())
        })
}

/// A newsroom job after a byline's name ("CNN Editor-at-large", "Senior Correspondent"): not
/// a name. Only jobs no one is named after ("King", "Head" and "Bishop" are surnames).
fn is_job(part: &str) -> bool {
    const JOBS: [&str; 12] = [
        "editor",
        "correspondent",
        "reporter",
        "writer",
        "columnist",
        "contributor",
        "journalist",
        "photographer",
        "critic",
        "analyst",
        "staff",
        "editor-at-large",
    ];
    part.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        let w = w.trim_end_matches(['.', ',']);
        JOBS.contains(&w)
            || w.split_once('-')
                .is_some_and(|(head, _)| JOBS.contains(&head))
    })
}

/// Two to four capitalised words (initials and particles allowed), nothing else.
pub fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) {
        return false;
    }
    words.iter().all(|w| {
        let first = w.chars().next().unwrap_or(' ');
        (first.is_uppercase()
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')))
            || matches!(
                *w,
                "de" | "van" | "von" | "der" | "da" | "del" | "la" | "le" | "bin" | "al"
            )
    }) && !words.iter().any(|w| {
        lexicon::month(&w.to_lowercase()).is_some() || lexicon::is_function_word(&w.to_lowercase())
    })
}

/// An author bio: a paragraph that starts with an author's name and says who they are.
pub fn is_bio(paragraph: &str, authors: &[String]) -> bool {
    let t = paragraph.trim();
    let starts_with_author = authors.iter().any(|a| {
        t.starts_with(a.as_str())
            || a.split_whitespace()
                .last()
                .is_some_and(|last| t.starts_with(last))
    });
    let says_who = [
        " is a ",
        " is an ",
        " is the ",
        " was a ",
        " covers ",
        " has been ",
        " reports on ",
        " writes about ",
        " is senior ",
        " is chief ",
    ]
    .iter()
    .any(|w| {
        t.get(..t.len().min(120))
            .is_some_and(|head| head.contains(w))
    });
    if starts_with_author && says_who {
        return true;
    }
    // Bios of authors the page did not name: "Jane Doe is a reporter for …".
    let head: Vec<&str> = t.split_whitespace().take(6).collect();
    head.len() >= 5
        && looks_like_name(&head[..2].join(" "))
        && head[2] == "is"
        && matches!(head[3], "a" | "an" | "the")
        && [
            "reporter",
            "correspondent",
            "editor",
            "writer",
            "journalist",
            "columnist",
            "contributor",
            "producer",
            "freelance",
            "staff",
            "senior",
            "national",
            "political",
            "washington",
        ]
        .iter()
        .any(|w| head[4].eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_that_the_story_goes_on_is_no_text() {
        assert!(is_share_line("Story continues below gallery"));
        assert!(is_share_line("Article continues after advertisement"));
        assert!(!is_share_line(
            "Story continues to unfold as the council meets again on Tuesday to vote on the plan"
        ));
    }

    #[test]
    fn captions_and_credits() {
        assert!(is_caption(
            "A camp in Rafah on March 13, 2024. (Mohammed Med Abed/AFP via Getty Images)"
        ));
        assert!(is_caption("Photo: Jane Doe"));
        assert!(is_caption("Photo by David Dyer-Bennet"));
        assert!(!is_caption("The vote passed (by a wide margin)."));
    }

    #[test]
    fn timestamps_and_dates() {
        assert_eq!(parse_date_line("4/1/2024"), Date::new(2024, 4, 1));
        assert_eq!(
            parse_date_line("Updated: April 1, 2024 10:03 a.m. ET"),
            Date::new(2024, 4, 1)
        );
        assert_eq!(parse_date_line("Mon 1 April 2024"), Date::new(2024, 4, 1));
        assert!(is_timestamp("Updated:"));
        assert!(is_timestamp("0:00"));
        assert!(is_timestamp("VIDEO3:4503:45"));
        assert!(is_share_line("Like this:"));
        assert!(is_share_line("Like Loading..."));
        assert!(is_share_line(
            "Click here to subscribe to The Paradigm Newsletter"
        ));
        assert!(!is_share_line(
            "Subscribe to the idea that news should be free, he said."
        ));
        assert!(is_timestamp("Watch: 2:10"));
        assert!(!is_timestamp("Video games"));
        assert!(!is_timestamp("Watch 10 things"));
        assert!(!is_timestamp("April 1 was a Monday."));
        // Other languages' stamps, day first.
        assert_eq!(parse_date_line("02 Ago 2017"), Date::new(2017, 8, 2));
        assert_eq!(parse_date_line("3. März 2020"), Date::new(2020, 3, 3));
        assert_eq!(parse_date_line("12 janv. 2021"), Date::new(2021, 1, 12));
        assert!(!is_timestamp("02 Agosto fue un gran día"));
        assert!(is_share_line("Leggi anche"));
        // Lower-casing that lengthens a character before the credit's parenthesis.
        assert!(!is_caption("Ⱥ said next week 𐀅(1.)"));
        assert!(is_caption("Ⱥ the harbour at dawn (Photo: Reuters)"));
        assert!(is_share_line("Lesen Sie auch:"));
        assert!(!is_share_line("Leggi anche il libro, disse."));
    }

    #[test]
    fn bylines_and_bios() {
        assert_eq!(
            byline_names("Written by Rob Ewaschuk Edited by Betsy Beyer", false).unwrap(),
            vec!["Rob Ewaschuk"]
        );
        assert_eq!(
            byline_names("Analysis by Chris Cillizza, CNN Editor-at-large", false).unwrap(),
            vec!["Chris Cillizza"]
        );
        assert_eq!(without_credit("BY JANE DOE"), Some("JANE DOE"));
        assert_eq!(without_credit("Opinion by Jane Doe"), Some("Jane Doe"));
        assert_eq!(without_credit("Bye Bye"), None);
        assert_eq!(
            byline_names("By Jane Doe and John Roe", false).unwrap(),
            vec!["Jane Doe", "John Roe"]
        );
        assert_eq!(
            byline_names("Jackson Richman", true).unwrap(),
            vec!["Jackson Richman"]
        );
        assert!(byline_names("The White House said", true).is_none());
        assert_eq!(
            byline_names("By The Associated Press", false).unwrap(),
            vec!["The Associated Press"]
        );
        assert_eq!(byline_names("By Reuters", true).unwrap(), vec!["Reuters"]);
        assert!(byline_names("By Monday", true).is_none());
        assert!(byline_names("The Associated Press", true).is_none());
        assert_eq!(
            byline_names("By FEDERICA LUSIARDI - 2019-04-10", false).unwrap(),
            vec!["FEDERICA LUSIARDI"]
        );
        let authors = vec!["Jackson Richman".to_string()];
        assert!(is_bio(
            "Jackson Richman is a Washington correspondent for The Epoch Times.",
            &authors
        ));
        assert!(!is_bio("Jackson said the vote was close.", &authors));
    }
}
