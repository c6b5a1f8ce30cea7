//! Dates: every time expression, with a TIMEX3 value resolved against the reference date.
//!
//! A left-to-right scan over each sentence's tokens tries the patterns longest first: full and
//! partial calendar dates (April 1, 2024; 1 April 2024; 4/1/2024; 2024-04-01; Oct. 7), months
//! and years, weekdays, relative expressions (yesterday, last week, next month, two days ago,
//! earlier this year), times of day (3 p.m. EST), durations (two hours = PT2H), seasons,
//! quarters, decades and sets (every week). Partial dates take the year that puts them nearest
//! the reference date; weekdays fall in the reference week, moved a week back when the sentence
//! tells of the past and the day would lie ahead.

use crate::calendar::Date;
use crate::lexicon;
use crate::segment::{Doc, TokenKind};

#[derive(Debug, Clone)]
pub struct DateInfo {
    pub start: usize,
    pub end: usize,
    pub value: String,
    /// `date`, `time`, `duration` or `set`.
    pub kind: &'static str,
    pub sentence: usize,
    /// For a span of time counted from a day ("two days later" after March 3), the day it
    /// reaches: where the expression goes on a timeline.
    pub points_to: Option<String>,
    /// "Later that evening" before the article has named any day: counted from the article's
    /// own date for want of another, which may well be wrong. Kept off the timeline.
    pub guessed: bool,
}

fn number_word(w: &str) -> Option<u32> {
    const WORDS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some(n) = WORDS.iter().position(|x| *x == w) {
        return Some(n as u32);
    }
    match w {
        "a" | "an" | "single" => Some(1),
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" => Some(50),
        "sixty" => Some(60),
        "hundred" => Some(100),
        "couple" => Some(2),
        "dozen" => Some(12),
        _ if w.as_bytes().first().is_some_and(u8::is_ascii_digit) => w
            .replace(',', "")
            .parse()
            .ok()
            .filter(|&n: &u32| n < 100_000),
        _ => None,
    }
}

fn ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

fn is_vague_number(w: &str) -> bool {
    matches!(
        w,
        "several" | "few" | "many" | "some" | "recent" | "past" | "coming" | "next" | "last"
    )
}

/// Unit word → (TIMEX unit letter, is a time unit (PT…)).
fn unit(w: &str) -> Option<(&'static str, bool)> {
    let w = w.trim_end_matches('s');
    Some(match w {
        "second" | "sec" => ("S", true),
        "minute" | "min" => ("M", true),
        "hour" | "hr" => ("H", true),
        "day" => ("D", false),
        "night" => ("D", false),
        "week" => ("W", false),
        "weekend" => ("WE", false),
        "month" => ("M", false),
        "quarter" => ("Q", false),
        "year" | "yr" => ("Y", false),
        "decade" => ("DE", false),
        "century" | "centurie" => ("CE", false),
        _ => return None,
    })
}

fn season(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

struct Scanner<'a> {
    doc: &'a Doc,
    /// Lower-case token texts of the sentence.
    words: Vec<String>,
    first: usize,
    reference: Date,
    /// The last calendar day the article named before this sentence (else the reference), and
    /// the last year: what "the next day" and "the following year" count from.
    anchor_day: std::cell::Cell<Date>,
    anchor_year: std::cell::Cell<i32>,
    /// Whether the article has named a day yet (else `anchor_day` is the reference date).
    day_named: std::cell::Cell<bool>,
    /// Set when the last expression counted from a day the article never named.
    guessed: std::cell::Cell<bool>,
    /// A month this sentence has already named with its year ("arrested in April for a March
    /// 21 call"): a partial date after it takes the year that puts it nearest.
    sentence_month: std::cell::Cell<Option<Date>>,
    past: bool,
    future: bool,
}

impl Scanner<'_> {
    fn w(&self, k: usize) -> &str {
        self.words.get(k).map(String::as_str).unwrap_or("")
    }

    /// Whether the words before `k` tell of what was then still to come: "she said she would
    /// sign it on Friday", "the storm is expected to move east by Monday" (the day lies
    /// ahead), not "they would hand him over, Castro said Sunday" (a past verb nearer), nor
    /// "would have". Looks sixteen words back at most.
    fn still_to_come(&self, k: usize) -> bool {
        // "Wednesday's ruling": a day the news is about, not one to come.
        if self.doc.token_text(self.first + k).ends_with("'s") {
            return false;
        }
        for i in (k.saturating_sub(16)..k).rev() {
            let w = self.w(i);
            // "announced Wednesday", "who arrived in London on Tuesday": a verb in the past
            // ("would stay closed until Tuesday", "would be signed": a participle after a
            // verb, not one).
            let participle = i > 0
                && matches!(
                    self.w(i - 1),
                    "be" | "been"
                        | "being"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "stay"
                        | "remain"
                        | "get"
                        | "got"
                );
            if matches!(
                w,
                "expected" | "set" | "scheduled" | "going" | "likely" | "poised"
            ) && self.w(i + 1) == "to"
            {
                return true;
            }
            // ("The United States", a name, is no verb.)
            let lower_case = !self
                .doc
                .token_text(self.first + i)
                .starts_with(char::is_uppercase);
            if is_past_verb(w) || (tells_of_the_past(w) && !participle && lower_case) {
                return false;
            }
            if matches!(w, "would" | "might" | "may") {
                return self.w(i + 1) != "have";
            }
            // "MPs could vote on it on Tuesday", but not "could not be found on Monday" nor
            // "neither he nor ... could be located Wednesday" (what could not be done).
            if w == "could" {
                let negated = |j: usize| {
                    matches!(
                        self.w(j),
                        "not" | "n't" | "never" | "neither" | "nor" | "no"
                    )
                };
                return self.w(i + 1) != "have"
                    && !negated(i + 1)
                    && !(i.saturating_sub(6)..i).any(negated);
            }
        }
        false
    }

    fn num(&self, k: usize) -> Option<u32> {
        let w = self.w(k);
        if w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty() && w.len() <= 4 {
            w.parse().ok()
        } else {
            None
        }
    }

    fn ordinal_day(&self, k: usize) -> Option<u32> {
        let w = self.w(k);
        if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) || w.len() > 4 {
            return None;
        }
        let digits = w
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        let d: u32 = digits.parse().ok()?;
        (1..=31).contains(&d).then_some(d)
    }

    /// Whether the year at `k` ends a name: "Football Manager 2020", "Windows 2000", "Just
    /// Dance 2020" name a game or a product, not a year. The word before is capitalised inside
    /// the sentence and is no month, season, holiday, possessive ("Apple's 2019 results") or
    /// short acronym ("FY 2019").
    fn ends_a_name(&self, k: usize) -> bool {
        if k < 1 || self.doc.is_sentence_initial(self.first + k - 1) {
            return false;
        }
        let prev_text = self.doc.token_text(self.first + k - 1);
        let prev = self.w(k - 1);
        prev_text.chars().next().is_some_and(char::is_uppercase)
            && !prev_text.contains(['\'', '’'])
            && !(prev_text.len() <= 3 && prev_text.chars().all(|c| !c.is_lowercase()))
            && lexicon::month(prev).is_none()
            && lexicon::weekday(prev).is_none()
            && season(prev).is_none()
            && !lexicon::is_function_word(prev)
            && crate::calendar::holiday(prev, 2000).is_none()
            && !matches!(
                prev,
                "fiscal" | "financial" | "year" | "class" | "census" | "budget"
            )
    }

    /// Whether the four digits at `k` are a 24-hour clock time: "at 2000 GMT", "between 2000
    /// and 2100 BST", "from 1900 to 2300 hours".
    fn is_clock_time(&self, k: usize) -> bool {
        let four_digits = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        four_digits(self.w(k))
            && (self.is_zone(self.w(k + 1))
                || (matches!(self.w(k + 1), "and" | "to" | "until" | "till" | "-" | "–")
                    && four_digits(self.w(k + 2))
                    && self.is_zone(self.w(k + 3))))
    }

    /// A time zone, or "hours" after a 24-hour clock time.
    fn is_zone(&self, w: &str) -> bool {
        matches!(
            w,
            "gmt"
                | "bst"
                | "utc"
                | "est"
                | "edt"
                | "cst"
                | "cdt"
                | "mst"
                | "mdt"
                | "pst"
                | "pdt"
                | "cet"
                | "cest"
                | "aest"
                | "jst"
                | "hours"
                | "hrs"
        )
    }

    fn year_at(&self, k: usize) -> Option<i32> {
        let w = self.w(k);
        if w.len() == 4 {
            let y: i32 = w.parse().ok()?;
            (1000..=2200).contains(&y).then_some(y)
        } else {
            None
        }
    }

    /// The year that puts month/day nearest the reference date, leaning to the tense.
    fn infer_year(&self, month: u32, day: u32) -> Option<Date> {
        self.infer_year_leaning(month, day, 90)
    }

    /// A month without a day ("conducted in February"): the tense decides outright, as a month
    /// ahead is said "in February" only of what is still to come.
    fn infer_month_year(&self, month: u32) -> Option<Date> {
        self.infer_year_leaning(month, 15, 200)
    }

    fn infer_year_leaning(&self, month: u32, day: u32, lean: i64) -> Option<Date> {
        // The year that puts the day nearest the reference date, leaning to the sentence's tense;
        // or nearest the month the sentence named before it.
        if let Some(near) = self.sentence_month.get() {
            // That month's year, unless that puts the day most of a year away ("in December
            // 2018 … a January 5 meeting": the January after).
            let day_of =
                |y: i32| Date::new(y, month, day.min(crate::calendar::days_in_month(y, month)));
            if let Some(same) = day_of(near.year).filter(|d| (d.days() - near.days()).abs() <= 270)
            {
                return Some(same);
            }
            return [near.year - 1, near.year, near.year + 1]
                .iter()
                .filter_map(|&y| {
                    Date::new(y, month, day.min(crate::calendar::days_in_month(y, month)))
                })
                .min_by_key(|d| (d.days() - near.days()).abs());
        }
        let r = self.reference;
        [r.year - 1, r.year, r.year + 1]
            .iter()
            .filter_map(|&y| Date::new(y, month, day.min(crate::calendar::days_in_month(y, month))))
            .min_by_key(|d| {
                let diff = d.days() - r.days();
                let bias = if (self.past && diff > 0) || (self.future && diff < 0) {
                    lean
                } else {
                    0
                };
                diff.abs() + bias
            })
    }

    /// Try every pattern at token `k`: (tokens used, value, kind).
    fn match_at(&self, k: usize) -> Option<(usize, String, &'static str)> {
        let (used, value, kind) = self.match_core(k)?;
        // "Thursday morning", "Friday night": the part of the day belongs to the expression.
        let next = self.w(k + used);
        let part = match next {
            "morning" => Some("MO"),
            "afternoon" => Some("AF"),
            "evening" => Some("EV"),
            "night" => Some("NI"),
            _ => None,
        };
        if let Some(part) = part.filter(|_| kind == "date" && value.len() == 10) {
            return Some((used + 1, format!("{value}T{part}"), "time"));
        }
        // "9 a.m. Tuesday", "Monday, Oct. 26": a time or weekday with the date it falls on.
        if kind == "time"
            || (kind == "date" && value.len() == 10 && lexicon::weekday(self.w(k)).is_some())
        {
            let comma = usize::from(self.w(k + used) == ",");
            let next = self.w(k + used + comma);
            let calendar = lexicon::month(next).is_some()
                || (kind == "time" && lexicon::weekday(next).is_some_and(|_| next.len() > 3))
                || (kind == "time" && matches!(next, "today" | "tomorrow" | "yesterday"));
            if !calendar {
                // "at 6:38 p.m. on Saturday, May 18": the time of that day (each keeps its own
                // words, as TimeML marks them).
                if kind == "time" && next == "on" {
                    if let Some((_, day, "date")) = self.match_at(k + used + comma + 1) {
                        if day.len() == 10 && value.len() > 10 {
                            return Some((used, format!("{day}{}", &value[10..]), kind));
                        }
                    }
                }
                // "on Friday at 3 p.m.", "on April 5, at noon": the time of the day just named.
                if kind == "time" && value.len() > 10 {
                    if let Some(day) = self.day_before_at(k) {
                        return Some((used, format!("{day}{}", &value[10..]), kind));
                    }
                }
                // "between 0700 and 2200 GMT on Thursday": the range's first time falls on
                // the day its second one does (one step: no chain of times is followed).
                if kind == "time"
                    && comma == 0
                    && matches!(next, "and" | "to" | "until" | "till" | "-" | "–")
                    && value.len() > 10
                {
                    let second = k + used + 1;
                    if let Some((used2, _, "time")) = self.match_core(second) {
                        if self.w(second + used2) == "on" {
                            if let Some((_, day, "date")) = self.match_core(second + used2 + 1) {
                                if day.len() == 10 {
                                    return Some((used, format!("{day}{}", &value[10..]), kind));
                                }
                            }
                        }
                    }
                }
                return Some((used, value, kind));
            }
            if let Some((more, v2, "date")) = self.match_core(k + used + comma) {
                if v2.len() == 10 {
                    let merged = if kind == "time" {
                        format!("{v2}{}", &value[10..])
                    } else {
                        v2
                    };
                    return Some((used + comma + more, merged, kind));
                }
            }
        }
        Some((used, value, kind))
    }

    /// The day named just before "at" (and a comma) ahead of `k`: "on Friday at", "April 5,
    /// at". Tries the few starts such a day can have.
    fn day_before_at(&self, k: usize) -> Option<String> {
        if k < 2 || self.w(k - 1) != "at" {
            return None;
        }
        let end = k - 1 - usize::from(self.w(k - 2) == ",");
        (end.saturating_sub(5)..end).find_map(|start| match self.match_core(start) {
            Some((used, day, "date")) if start + used == end && day.len() == 10 => Some(day),
            _ => None,
        })
    }

    /// Quarters: "the third quarter", "third-quarter", "the latest quarter", "the fiscal quarter".
    fn quarter_at(&self, k: usize) -> Option<(usize, String, &'static str)> {
        let r = self.reference;
        let current_q = (r.month - 1) / 3 + 1;
        let mut j = k;
        if self.w(j) == "the" {
            j += 1;
        }
        if self.w(j) == "fiscal" {
            j += 1;
        }
        let w = self.w(j);
        let (ordinal, mut next) = match w.split_once('-') {
            // "the third-quarter results": the adjective alone is the expression.
            Some((_, "quarter")) if j > k => return None,
            Some((a, "quarter")) => (ordinal(a), j + 1),
            _ => (ordinal(w), j + 1),
        };
        let mut q = match ordinal {
            Some(q) if w.contains('-') => q,
            Some(q) => {
                if self.w(next) == "fiscal" {
                    next += 1;
                }
                if self.w(next) != "quarter" {
                    return None;
                }
                next += 1;
                q
            }
            None => {
                let latest = matches!(
                    w,
                    "latest" | "last" | "past" | "previous" | "recent" | "current" | "quarter"
                );
                if !latest || j == k && w != "quarter" && !matches!(w, "latest" | "current") {
                    return None;
                }
                if w != "quarter" {
                    if self.w(next) == "fiscal" {
                        next += 1;
                    }
                    if self.w(next) != "quarter" {
                        return None;
                    }
                    next += 1;
                }
                if j == k {
                    return None;
                }
                if w == "current" {
                    current_q
                } else if current_q == 1 {
                    4
                } else {
                    current_q - 1
                }
            }
        };
        let mut year = r.year;
        if ordinal.is_none() && w != "current" && current_q == 1 {
            year -= 1;
        }
        if ordinal.is_some() && q > current_q {
            year -= 1;
        }
        q = q.clamp(1, 4);
        // "the third quarter of 1990".
        if self.w(next) == "of" {
            if let Some(y) = self.year_at(next + 1) {
                return Some((next + 2 - k, format!("{y}-Q{q}"), "date"));
            }
        }
        Some((next - k, format!("{year}-Q{q}"), "date"))
    }

    fn match_core(&self, k: usize) -> Option<(usize, String, &'static str)> {
        let w = self.w(k);
        let r = self.reference;
        if let Some(m) = self.quarter_at(k) {
            return Some(m);
        }
        if let Some(m) = self
            .holiday_at(k)
            .or_else(|| self.spelled_year_at(k))
            .or_else(|| self.anaphoric_at(k))
        {
            return Some(m);
        }
        // "20th century" (TIMEX3 writes a century by its first two digits: 19).
        if unit(self.w(k + 1)) == Some(("CE", false)) && self.w(k + 1).starts_with("century") {
            if let Some(n) = self
                .ordinal_day(k)
                .filter(|_| !w.bytes().all(|b| b.is_ascii_digit()))
            {
                return Some((2, format!("{:02}", n - 1), "date"));
            }
        }
        // Hyphenated durations: "two-year", "eight-week".
        if let Some((a, b)) = w.split_once('-') {
            if let (Some(n), Some((u, time_unit))) = (number_word(a), unit(b)) {
                let value = if time_unit {
                    format!("PT{n}{u}")
                } else {
                    format!("P{n}{u}")
                };
                return Some((1, value, "duration"));
            }
            if let Some(rest) = ["mid-", "early-", "late-", "post-"]
                .iter()
                .find_map(|p| w.strip_prefix(p))
            {
                if let Some(m) = lexicon::month(rest).filter(|_| rest.len() > 3) {
                    let date = self.infer_month_year(m)?;
                    return Some((1, format!("{:04}-{m:02}", date.year), "date"));
                }
                if let Ok(y) = rest.parse::<i32>() {
                    if rest.len() == 4 && (1000..=2200).contains(&y) {
                        return Some((1, format!("{y:04}"), "date"));
                    }
                }
            }
            if matches!(w, "year-earlier" | "year-ago") {
                if let Some(q) = ordinal(self.w(k + 1)).filter(|_| self.w(k + 2) == "quarter") {
                    return Some((3, format!("{}-Q{q}", r.year - 1), "date"));
                }
                if self.w(k + 1) == "nine" && self.w(k + 2) == "months" {
                    return Some((3, format!("{}", r.year - 1), "date"));
                }
            }
            if matches!(w, "year-earlier" | "year-ago")
                && matches!(self.w(k + 1), "quarter" | "period")
            {
                return Some((2, format!("{}", r.year - 1), "date"));
            }
            if w == "year-end" {
                return Some((1, format!("{}", r.year), "date"));
            }
            if matches!(w, "year-earlier" | "year-ago") {
                return Some((1, format!("{}", r.year - 1), "date"));
            }
        }
        match w {
            // "soon", "previously", "recent" and a bare "future" are rarely marked as times in
            // news annotation (TimeBank marks them a fifth as often as they occur): left out.
            "current" | "currently" => return Some((1, "PRESENT_REF".into(), "date")),
            "the" => {
                let next = self.w(k + 1);
                match next {
                    "future" => return Some((2, "FUTURE_REF".into(), "date")),
                    "past"
                        if number_word(self.w(k + 2)).is_none()
                            && !matches!(
                                self.w(k + 2),
                                "year"
                                    | "week"
                                    | "month"
                                    | "decade"
                                    | "two"
                                    | "three"
                                    | "few"
                                    | "several"
                            ) =>
                    {
                        return Some((2, "PAST_REF".into(), "date"))
                    }
                    // "the year ending June 2004", "the year to March": a year's length counted
                    // back from a day (TimeML's duration), not the article's year.
                    "year" if matches!(self.w(k + 2), "ending" | "ended" | "to" | "through") => {
                        return Some((2, "P1Y".into(), "duration"))
                    }
                    "year" => return Some((2, format!("{}", r.year), "date")),
                    _ if self.year_at(k + 1).is_some() => {
                        // "the 1988 period", "the 1988 second quarter".
                        let y = self.year_at(k + 1)?;
                        if self.w(k + 2) == "period" {
                            return Some((3, format!("{y}"), "date"));
                        }
                        if let Some(q) =
                            ordinal(self.w(k + 2)).filter(|_| self.w(k + 3) == "quarter")
                        {
                            return Some((4, format!("{y}-Q{q}"), "date"));
                        }
                    }
                    "current" if self.w(k + 2) == "year" => {
                        return Some((3, format!("{}", r.year), "date"))
                    }
                    "current" if self.w(k + 2) == "fiscal" && self.w(k + 3) == "year" => {
                        return Some((4, format!("{}", r.year), "date"))
                    }
                    "fiscal" | "full" if self.w(k + 2) == "year" => {
                        return Some((3, format!("{}", r.year), "date"))
                    }
                    "weekend" => {
                        let (y, wk) = r.iso_week();
                        return Some((2, format!("{y}-W{wk:02}-WE"), "date"));
                    }
                    _ => {}
                }
            }
            "days" | "weeks" | "months" | "years" | "decades" => {
                let (u, _) = unit(w)?;
                return Some((1, format!("PX{u}"), "duration"));
            }
            "every" | "each" if unit(self.w(k + 1)).is_some() => {
                let (u, time_unit) = unit(self.w(k + 1))?;
                let value = if time_unit {
                    format!("PT1{u}")
                } else {
                    format!("P1{u}")
                };
                return Some((2, value, "set"));
            }
            _ => {}
        }
        // Month-first dates: "April 1, 2024", "Oct. 7", "March 2024", "March".
        if let Some(m) = lexicon::month(w) {
            let is_abbrev_or_full = w.len() > 3 || self.w(k + 1) == "." || w == "may";
            let capitalized = self
                .doc
                .token_text(self.first + k)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if is_abbrev_or_full && capitalized {
                let mut j = k + 1;
                if self.w(j) == "." && w.len() <= 4 && !matches!(w, "june" | "july" | "may") {
                    j += 1;
                }
                if let Some(d) = self.ordinal_day(j) {
                    let mut end = j + 1;
                    let mut year = None;
                    let comma = if self.w(end) == "," { 1 } else { 0 };
                    if let Some(y) = self.year_at(end + comma) {
                        year = Some(y);
                        end += comma + 1;
                    }
                    let date = match year {
                        Some(y) => Date::new(y, m, d),
                        None => self.infer_year(m, d),
                    }?;
                    return Some((end - k, date.to_string(), "date"));
                }
                if let Some(y) = self.year_at(j).or_else(|| {
                    if self.w(j) == "," {
                        self.year_at(j + 1)
                    } else {
                        None
                    }
                }) {
                    let used = if self.w(j) == "," {
                        j + 2 - k
                    } else {
                        j + 1 - k
                    };
                    return Some((used, format!("{y:04}-{m:02}"), "date"));
                }
                if w != "may" && w != "march"
                    || matches!(
                        self.w(k.wrapping_sub(1)),
                        "in" | "since"
                            | "between"
                            | "from"
                            | "until"
                            | "by"
                            | "of"
                            | "early"
                            | "late"
                            | "mid"
                            | "last"
                            | "next"
                            | "this"
                    )
                {
                    let date = self.infer_month_year(m)?;
                    return Some((j - k, format!("{:04}-{m:02}", date.year), "date"));
                }
            }
        }
        // Day-first dates: "1 April 2024", "7th of October".
        if let Some(d) = self.ordinal_day(k) {
            let mut j = k + 1;
            if self.w(j) == "of" {
                j += 1;
            }
            // ("1 May": after a day's number, a capital "May" is the month.)
            let month_word = self.w(j);
            let may = month_word == "may"
                && self
                    .doc
                    .token_text(self.first + j)
                    .starts_with(char::is_uppercase);
            if let Some(m) = lexicon::month(month_word)
                .filter(|_| month_word.len() > 3 || may || self.w(j + 1) == ".")
            {
                let mut end = j + 1;
                // An abbreviation's period ("1 Sept."), not the sentence's ("3 June.").
                if self.w(end) == "."
                    && month_word.len() <= 4
                    && !matches!(month_word, "june" | "july" | "may")
                {
                    end += 1;
                }
                let date = match self.year_at(end) {
                    Some(y) => {
                        end += 1;
                        Date::new(y, m, d)
                    }
                    None => self.infer_year(m, d),
                }?;
                return Some((end - k, date.to_string(), "date"));
            }
        }
        // Numeric dates: 4/1/2024, 2024-04-01.
        if self.doc.tokens[self.first + k].kind == TokenKind::Number {
            if let Some((used, date)) = self.numeric_date(k) {
                return Some((used, date.to_string(), "date"));
            }
        }
        // Weekdays: "Tuesday", "on Tuesday", "last Friday".
        if let Some(wd) = lexicon::weekday(w).filter(|_| w.len() > 3) {
            // The day in the reference week; moved back a week when that lies ahead, unless the
            // sentence tells of the future (then moved forward when it lies behind). Moving back
            // also when the tense is unclear, not only when it is past, is what news means: on
            // TimeBank, keeping such days in the reference week gets 0.4% fewer values right.
            let mut date = r.add_days(wd as i64 - r.weekday() as i64);
            let ahead = self.future || self.still_to_come(k);
            if !ahead && date > r {
                date = date.add_days(-7);
            }
            if ahead && date < r {
                date = date.add_days(7);
            }
            return Some((1, date.to_string(), "date"));
        }
        match w {
            "today" => return Some((1, r.to_string(), "date")),
            "yesterday" => return Some((1, r.add_days(-1).to_string(), "date")),
            "tomorrow" => return Some((1, r.add_days(1).to_string(), "date")),
            "tonight" => return Some((1, format!("{r}TNI"), "time")),
            "now" | "currently" | "nowadays" => return Some((1, "PRESENT_REF".into(), "date")),
            "recently" | "formerly" => return Some((1, "PAST_REF".into(), "date")),
            "daily" => return Some((1, "P1D".into(), "set")),
            "weekly" => return Some((1, "P1W".into(), "set")),
            "monthly" => return Some((1, "P1M".into(), "set")),
            "yearly" => return Some((1, "P1Y".into(), "set")),
            _ => {}
        }
        // "last week", "next month", "this year", "last Friday", "this summer", "last night".
        if matches!(
            w,
            "last" | "next" | "this" | "past" | "coming" | "previous" | "earlier" | "later"
        ) {
            let j = k + 1;
            // "earlier this year", "later this month".
            if matches!(w, "earlier" | "later") {
                // TimeBank keeps "earlier" with a month or year ("earlier this year") and leaves
                // it out with a week ("this week").
                if self.w(j) == "this" && matches!(self.w(j + 1), "year" | "month") {
                    let (used, value, kind) = self.match_core(j)?;
                    return Some((used + 1, value, kind));
                }
                if self.w(j) == "yesterday" || self.w(j) == "today" {
                    let (used, value, kind) = self.match_core(j)?;
                    return Some((used + 1, value, kind));
                }
                return None;
            }
            let shift: i32 = match w {
                "last" | "past" | "previous" => -1,
                "next" | "coming" => 1,
                _ => 0,
            };
            let target = self.w(j);
            // "the last weekend of the festival", "the last year of his presidency": a part of
            // something else, not counted from today.
            if k > 0 && self.w(k - 1) == "the" && self.w(j + 1) == "of" {
                return None;
            }
            if shift != 0 {
                if let Some((used, value, kind)) = self.holiday_at(j) {
                    return Some((used + 1, value, kind));
                }
            }
            if let Some(wd) = lexicon::weekday(target).filter(|_| target.len() > 3) {
                let base = r.add_days(wd as i64 - r.weekday() as i64);
                let date = match shift {
                    -1 if base >= r => base.add_days(-7),
                    1 if base <= r => base.add_days(7),
                    _ => base,
                };
                return Some((j + 1 - k, date.to_string(), "date"));
            }
            if let Some(s) = season(target) {
                let y = r.year + shift;
                return Some((j + 1 - k, format!("{y}-{s}"), "date"));
            }
            let value = match target {
                "week" => {
                    let (y, wk) = r.add_days(7 * shift as i64).iso_week();
                    format!("{y}-W{wk:02}")
                }
                "weekend" => {
                    let (y, wk) = r.add_days(7 * shift as i64).iso_week();
                    format!("{y}-W{wk:02}-WE")
                }
                "month" => {
                    let d = r.add_months(shift);
                    format!("{:04}-{:02}", d.year, d.month)
                }
                "year" => {
                    // "this year's third quarter", "next year's first quarter".
                    if let Some(q) = ordinal(self.w(j + 1)).filter(|_| self.w(j + 2) == "quarter") {
                        return Some((j + 3 - k, format!("{:04}-Q{q}", r.year + shift), "date"));
                    }
                    format!("{:04}", r.year + shift)
                }
                "night" if shift == -1 => format!("{}TNI", r.add_days(-1)),
                "morning" | "afternoon" | "evening" if shift == 0 => {
                    let part = match target {
                        "morning" => "MO",
                        "afternoon" => "AF",
                        _ => "EV",
                    };
                    return Some((j + 1 - k, format!("{r}T{part}"), "time"));
                }
                "decade" => format!("{}", (r.year / 10 + shift)),
                _ => return None,
            };
            return Some((j + 1 - k, value, "date"));
        }
        // Seasons with a year: "summer 2023", "the winter of 1994", "the winter of nineteen
        // ninety-four".
        let (lead, sk) = if w == "the" { (1, k + 1) } else { (0, k) };
        if let Some(s) = season(self.w(sk)) {
            let of = usize::from(self.w(sk + 1) == "of");
            let year = self.year_at(sk + 1 + of).map(|y| (1, y)).or_else(|| {
                let (used, v, _) = self.spelled_year_at(sk + 1 + of)?;
                Some((used, v.parse().ok()?))
            });
            if let Some((used, y)) = year {
                return Some((lead + 1 + of + used, format!("{y}-{s}"), "date"));
            }
        }
        // Times: "3 p.m.", "10:30 a.m. EST", "noon".
        if let Some(m) = self.time_at(k) {
            return Some(m);
        }
        // Durations and "N days ago": "two hours", "a week", "three years ago", "45 years old".
        if let Some(n) = number_word(w).or_else(|| is_vague_number(w).then_some(0)) {
            let mut j = k + 1;
            if self.w(j) == "-" {
                j += 1;
            }
            if matches!(w, "a" | "an") && matches!(self.w(j), "few" | "couple") {
                j += 1;
                if self.w(j) == "of" {
                    j += 1;
                }
            }
            if let Some((u, time_unit)) = unit(self.w(j)) {
                if matches!(w, "next" | "last" | "past" | "coming" | "recent") {
                    return None;
                }
                let vague = n == 0 && !w.chars().all(|c| c.is_ascii_digit())
                    || matches!(self.w(k + 1), "few" | "couple");
                let amount = if vague && !matches!(self.w(k + 1), "couple") {
                    "X".to_string()
                } else if matches!(self.w(k + 1), "couple") {
                    "2".into()
                } else {
                    n.to_string()
                };
                if matches!(self.w(j + 1), "ago" | "earlier") {
                    // "ago" counts from the article's date, "earlier" from the last day named.
                    let from = if self.w(j + 1) == "earlier" {
                        self.anchor_day.get()
                    } else {
                        self.reference
                    };
                    let value = self.shift_back(&amount, u, from);
                    return Some((j + 2 - k, value, "date"));
                }
                let value = if time_unit {
                    format!("PT{amount}{u}")
                } else {
                    format!("P{amount}{u}")
                };
                return Some((j + 1 - k, value, "duration"));
            }
        }
        // Decades: "the 1990s"; years: "in 2023".
        if w.len() == 5 && w.ends_with("0s") && w[..4].bytes().all(|b| b.is_ascii_digit()) {
            return Some((1, w[..3].to_string(), "date"));
        }
        if let Some(y) = self.year_at(k) {
            let prev = self.w(k.wrapping_sub(1));
            let next = self.w(k + 1);
            if !matches!(next, "%" | "percent")
                && !prev.starts_with('$')
                && prev != "$"
                && (1900..=2100).contains(&y)
                && !self.ends_a_name(k)
            {
                return Some((1, format!("{y:04}"), "date"));
            }
        }
        None
    }

    /// Ranges written in one token: "2010-2015", "1998-99", "March 3-5": each end is a date of
    /// its own, as TIMEX3 marks them. (Ranges in words, "from March 3 to March 5", are two
    /// expressions already.)
    #[allow(clippy::type_complexity)]
    fn range_at(&self, k: usize) -> Option<(usize, Vec<(usize, usize, String)>)> {
        // "March 3-5": the month here, the days in the next token.
        let month = lexicon::month(self.w(k))
            .filter(|_| self.w(k).len() > 3 || self.w(k) == "may")
            .filter(|_| self.first + k + 1 < self.doc.tokens.len());
        let at = if month.is_some() { k + 1 } else { k };
        if at >= self.words.len() {
            return None;
        }
        let token = &self.doc.tokens[self.first + at];
        if token.kind != TokenKind::Number {
            return None;
        }
        let text = &self.doc.text[token.start..token.end];
        let (a, b) = text.split_once('-')?;
        if !a.bytes().all(|c| c.is_ascii_digit()) || !b.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let second_start = token.start + a.len() + 1;
        if let Some(month) = month {
            let (d1, d2): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
            if a.len() > 2 || b.len() > 2 || d1 >= d2 || d2 > 31 {
                return None;
            }
            let first = self.infer_year(month, d1)?;
            let last = Date::new(first.year, month, d2)?;
            let month_start = self.doc.tokens[self.first + k].start;
            return Some((
                2,
                vec![
                    (month_start, token.start + a.len(), first.to_string()),
                    (second_start, token.end, last.to_string()),
                ],
            ));
        }
        if a.len() == 4 && (b.len() == 4 || b.len() == 2) {
            let from: i32 = a.parse().ok()?;
            let to: i32 = if b.len() == 4 {
                b.parse().ok()?
            } else {
                from / 100 * 100 + b.parse::<i32>().ok()?
            };
            if !(1800..=2200).contains(&from) || to <= from || to - from > 100 {
                return None;
            }
            return Some((
                1,
                vec![
                    (token.start, token.start + 4, format!("{from:04}")),
                    (second_start, token.end, format!("{to:04}")),
                ],
            ));
        }
        None
    }

    /// Holidays by name: "Thanksgiving Day", "Christmas Eve", "Election Day", "last Easter",
    /// "Easter week". The year is the one that puts the day nearest the reference date.
    fn holiday_at(&self, k: usize) -> Option<(usize, String, &'static str)> {
        // Every holiday's name starts with one of these words: most tokens stop here.
        if !matches!(
            self.w(k),
            "new"
                | "valentine"
                | "easter"
                | "good"
                | "memorial"
                | "independence"
                | "fourth"
                | "labor"
                | "columbus"
                | "halloween"
                | "election"
                | "veterans"
                | "thanksgiving"
                | "christmas"
                | "boxing"
                | "super"
                | "black"
                | "cyber"
                | "ash"
                | "palm"
                | "maundy"
                | "holy"
                | "groundhog"
                | "presidents"
                | "juneteenth"
                | "bastille"
                | "remembrance"
                | "armistice"
                | "bonfire"
                | "guy"
                | "hogmanay"
        ) {
            return None;
        }
        let capitalized = |i: usize| {
            self.first + i < self.doc.tokens.len()
                && self
                    .doc
                    .token_text(self.first + i)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        };
        let first_year = |name: &str| crate::calendar::holiday(name, self.reference.year);
        // The longest name that starts here: "new year's day" before "new year".
        let (used, name) = (1..=3).rev().find_map(|len| {
            if !(k..k + len).all(|i| capitalized(i) || self.w(i) == "of") {
                return None;
            }
            let name = (k..k + len)
                .map(|i| self.w(i))
                .collect::<Vec<_>>()
                .join(" ");
            first_year(&name).map(|_| (len, name))
        })?;
        let r = self.reference;
        let shift = match self.w(k.wrapping_sub(1)) {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        let date = if shift != 0 {
            // The last one before the reference, or the next one after it.
            [r.year - 1, r.year, r.year + 1]
                .iter()
                .filter_map(|&y| crate::calendar::holiday(&name, y))
                .filter(|d| if shift < 0 { *d < r } else { *d > r })
                .min_by_key(|d| (d.days() - r.days()).abs())?
        } else {
            [r.year - 1, r.year, r.year + 1]
                .iter()
                .filter_map(|&y| crate::calendar::holiday(&name, y))
                .min_by_key(|d| {
                    let diff = d.days() - r.days();
                    let bias = if (self.past && diff > 0) || (self.future && diff < 0) {
                        180
                    } else {
                        0
                    };
                    diff.abs() + bias
                })?
        };
        if self.w(k + used) == "week" {
            let (y, wk) = date.iso_week();
            return Some((used + 1, format!("{y}-W{wk:02}"), "date"));
        }
        Some((used, date.to_string(), "date"))
    }

    /// Years and decades in words: "nineteen ninety-six", "the year two thousand", "the
    /// nineties".
    fn spelled_year_at(&self, k: usize) -> Option<(usize, String, &'static str)> {
        let tens = |w: &str| -> Option<u32> {
            let (t, unit) = match w.split_once('-') {
                Some((t, u)) => (t, number_word(u).filter(|&n| (1..=9).contains(&n))?),
                None => (w, 0),
            };
            let t = match t {
                "ten" => 10,
                "twenty" => 20,
                "thirty" => 30,
                "forty" => 40,
                "fifty" => 50,
                "sixty" => 60,
                "seventy" => 70,
                "eighty" => 80,
                "ninety" => 90,
                _ => return None,
            };
            Some(t + unit)
        };
        let w = self.w(k);
        if let Some(century) = match w {
            "eighteen" => Some(18),
            "nineteen" => Some(19),
            _ => None,
        } {
            let year = century * 100 + tens(self.w(k + 1))?;
            return Some((2, format!("{year}"), "date"));
        }
        if w == "the"
            && self.w(k + 1) == "year"
            && self.w(k + 2) == "two"
            && self.w(k + 3) == "thousand"
        {
            return Some((4, "2000".into(), "date"));
        }
        if w == "the" {
            let decade = match self.w(k + 1) {
                "twenties" => 2,
                "thirties" => 3,
                "forties" => 4,
                "fifties" => 5,
                "sixties" => 6,
                "seventies" => 7,
                "eighties" => 8,
                "nineties" => 9,
                _ => return None,
            };
            // The decade of the last century before the reference year.
            let r = self.reference.year;
            let mut start = r / 100 * 100 + decade * 10;
            if start > r {
                start -= 100;
            }
            return Some((2, format!("{}", start / 10), "date"));
        }
        None
    }

    /// Days, weeks and years counted from the last one the article named: "the next day", "the
    /// following year", "that same day", "the previous week".
    fn anaphoric_at(&self, k: usize) -> Option<(usize, String, &'static str)> {
        let mut j = k;
        if matches!(self.w(j), "earlier" | "later") && self.w(j + 1) == "that" {
            j += 1;
        }
        let (shift, mut after) = match (self.w(j), self.w(j + 1)) {
            ("the", "next" | "following") => (1, j + 2),
            ("the", "previous") => (-1, j + 2),
            ("the", "same") | ("that", _) => (0, j + 1 + usize::from(self.w(j + 1) == "same")),
            _ => return None,
        };
        if self.w(j) == "that" && self.w(j + 1) == "same" {
            after = j + 2;
        }
        let target = self.w(after);
        let day = self.anchor_day.get();
        self.guessed.set(!self.day_named.get() && target != "year");
        let value = match target {
            "day" | "morning" | "afternoon" | "evening" | "night" => {
                day.add_days(shift as i64).to_string()
            }
            "week" => {
                let (y, wk) = day.add_days(7 * shift as i64).iso_week();
                format!("{y}-W{wk:02}")
            }
            "month" => {
                let d = day.add_months(shift);
                format!("{:04}-{:02}", d.year, d.month)
            }
            "year" => format!("{:04}", self.anchor_year.get() + shift),
            _ => return None,
        };
        Some((after + 1 - k, value, "date"))
    }

    /// The date `amount` units before `from`: "three days ago", "two years earlier".
    fn shift_back(&self, amount: &str, unit: &str, from: Date) -> String {
        let r = from;
        let Ok(n) = amount.parse::<i64>() else {
            return "PAST_REF".into();
        };
        match unit {
            "D" => r.add_days(-n).to_string(),
            "W" => {
                let (y, w) = r.add_days(-7 * n).iso_week();
                format!("{y}-W{w:02}")
            }
            "M" => {
                let d = r.add_months(-(n as i32));
                format!("{:04}-{:02}", d.year, d.month)
            }
            "Y" => format!("{:04}", r.year as i64 - n),
            "DE" => format!("{}", (r.year as i64 - 10 * n) / 10),
            _ => "PAST_REF".into(),
        }
    }

    fn numeric_date(&self, k: usize) -> Option<(usize, Date)> {
        let t = &self.doc.tokens[self.first + k];
        let rest = &self.doc.text[t.start..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '/' || c == '-'))
            .unwrap_or(rest.len());
        let s = &rest[..end];
        let parts: Vec<&str> = s.split(['/', '-']).collect();
        if parts.len() != 3 || parts.iter().any(|p| p.is_empty()) {
            return None;
        }
        let n: Vec<i32> = parts.iter().map(|p| p.parse().unwrap_or(-1)).collect();
        let date = if parts[0].len() == 4 {
            Date::new(n[0], n[1] as u32, n[2] as u32)?
        } else if parts[2].len() == 4 {
            Date::new(n[2], n[0] as u32, n[1] as u32)?
        } else {
            return None;
        };
        // Count the tokens inside the matched text.
        let stop = t.start + end;
        let used = self.doc.tokens[self.first + k..]
            .iter()
            .take_while(|x| x.end <= stop)
            .count();
        Some((used.max(1), date))
    }

    fn time_at(&self, k: usize) -> Option<(usize, String, &'static str)> {
        // A time on no named day falls on the last day the article named ("stabbed on
        // Saturday night. Officers were called at about 11:40 p.m."), else on its own date.
        let r = if self.day_named.get() {
            self.anchor_day.get()
        } else {
            self.reference
        };
        let w = self.w(k);
        if w == "noon" || w == "midday" {
            return Some((1, format!("{r}T12:00"), "time"));
        }
        if w == "midnight" {
            return Some((1, format!("{r}T24:00"), "time"));
        }
        // The 24-hour clock, by its zone or "hours": "2100 GMT", "0600 hours", and the first
        // end of "between 2000 and 2100 BST".
        if self.is_clock_time(k) {
            let (hour, minute) = (w[..2].parse::<u32>().ok()?, w[2..].parse::<u32>().ok()?);
            if hour <= 23 && minute <= 59 {
                let zoned = usize::from(self.is_zone(self.w(k + 1)));
                return Some((1 + zoned, format!("{r}T{hour:02}:{minute:02}"), "time"));
            }
        }
        let (hour, minute, mut j) = if let Some(h) = self.num(k).filter(|&h| (1..=12).contains(&h))
        {
            if self.w(k + 1) == ":" {
                (h, self.num(k + 2)?, k + 3)
            } else {
                (h, 0, k + 1)
            }
        } else {
            return None;
        };
        let ampm = self.w(j);
        let pm = match ampm {
            "p.m." | "pm" | "p.m" => true,
            "a.m." | "am" | "a.m" => false,
            "o'clock" => false,
            _ => return None,
        };
        j += 1;
        if self.w(j) == "." {
            j += 1;
        }
        let h24 = match (hour, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
        if matches!(
            self.w(j),
            "est"
                | "edt"
                | "et"
                | "pst"
                | "pdt"
                | "pt"
                | "cst"
                | "cdt"
                | "ct"
                | "gmt"
                | "utc"
                | "bst"
        ) {
            j += 1;
        }
        Some((j - k, format!("{r}T{h24:02}:{minute:02}"), "time"))
    }
}

/// A word that tells of the past: "said", "met", "ago", "last", a regular past form.
fn tells_of_the_past(w: &str) -> bool {
    is_past_verb(w) || (w.ends_with("ed") && w.len() > 4)
}

/// A common verb in the past ("said", "told", "was"), or "ago" and "last".
fn is_past_verb(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "said"
            | "told"
            | "met"
            | "went"
            | "came"
            | "took"
            | "made"
            | "launched"
            | "ago"
            | "last"
    )
}

/// Words that place a sentence in the past or the future.
fn tense(words: &[String]) -> (bool, bool) {
    let past = words.iter().any(|w| tells_of_the_past(w));
    let future = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "will"
                | "shall"
                | "next"
                | "upcoming"
                | "planned"
                | "plans"
                | "scheduled"
                | "'ll"
                | "tomorrow"
        )
    });
    (past && !future, future)
}

/// In earnings news, "a year ago", "year-earlier" and "a year earlier" mean the same quarter a
/// year before the quarter being reported, when one was just named.
fn year_ago_in_quarter_context(doc: &Doc, dates: &mut [DateInfo]) {
    let mut quarter: Option<(i32, u32, usize)> = None; // (year, quarter, sentence)
    for d in dates.iter_mut() {
        let b = d.value.as_bytes();
        if b.len() == 7 && &d.value[4..6] == "-Q" {
            if let (Ok(y), Ok(q)) = (d.value[..4].parse(), d.value[6..].parse()) {
                quarter = Some((y, q, d.sentence));
            }
            continue;
        }
        let text = doc.text[d.start..d.end].to_lowercase();
        let year_back = text.contains("year-ago")
            || text.contains("year-earlier")
            || text.contains("year ago")
            || text.contains("year earlier");
        if let Some((y, q, _)) = quarter.filter(|&(_, _, s)| year_back && d.sentence <= s + 6) {
            d.value = format!("{}-Q{q}", y - 1);
            d.kind = "date";
        }
    }
}

/// The day `duration` (`P2D`, `P1W`, `P3M`, `P1Y`) after (`sign` 1) or before (-1) `day`.
fn counted_from(day: Date, duration: &str, sign: i64) -> Option<String> {
    let rest = duration.strip_prefix('P')?;
    let unit_at = rest.find(|c: char| !c.is_ascii_digit())?;
    let n: i64 = rest[..unit_at].parse().ok()?;
    let n = n.min(100_000) * sign;
    let date = match &rest[unit_at..] {
        "D" => day.add_days(n),
        "W" => day.add_days(7 * n),
        "M" => day.add_months(n as i32),
        "Y" => day.add_months(12 * n as i32),
        _ => return None,
    };
    Some(date.to_string())
}

/// Find every time expression of the article.
pub fn find(doc: &Doc, reference: Date) -> Vec<DateInfo> {
    let mut out: Vec<DateInfo> = Vec::new();
    let mut anchor_day = reference;
    let mut anchor_year = reference.year;
    let mut day_named = false;
    for (s, sent) in doc.sentences.iter().enumerate() {
        let words: Vec<String> = (sent.first_token..sent.end_token)
            .map(|t| {
                let w = doc.token_text(t).replace('’', "'").to_lowercase();
                // "last year's": the possessive is not part of the unit.
                match w.strip_suffix("'s") {
                    Some(stem) if !stem.is_empty() => stem.to_string(),
                    _ => w,
                }
            })
            .collect();
        let (past, future) = tense(&words);
        let scanner = Scanner {
            doc,
            words,
            first: sent.first_token,
            reference,
            anchor_day: std::cell::Cell::new(anchor_day),
            anchor_year: std::cell::Cell::new(anchor_year),
            day_named: std::cell::Cell::new(day_named),
            guessed: std::cell::Cell::new(false),
            sentence_month: std::cell::Cell::new(None),
            past,
            future,
        };
        let n = sent.end_token - sent.first_token;
        let mut k = 0;
        while k < n {
            if let Some((used, parts)) = scanner.range_at(k) {
                for (start, end, value) in parts {
                    out.push(DateInfo {
                        start,
                        end,
                        value,
                        kind: "date",
                        sentence: s,
                        points_to: None,
                        guessed: false,
                    });
                }
                k += used;
                continue;
            }
            match scanner.match_at(k) {
                Some((used, mut value, kind)) if used > 0 => {
                    let last = (k + used - 1).min(n - 1);
                    // Modifiers belong to the expression: "early next week", "late November",
                    // "more than four decades ago", "the past two months", "last October".
                    let mut first = k;
                    let w = |i: usize| scanner.words.get(i).map(String::as_str).unwrap_or("");
                    if first > 0
                        && (matches!(w(first - 1), "early" | "late" | "mid" | "mid-" | "fiscal")
                            || ((kind == "duration" || w(last) == "ago")
                                && matches!(
                                    w(first - 1),
                                    "about"
                                        | "almost"
                                        | "nearly"
                                        | "roughly"
                                        | "approximately"
                                        | "some"
                                        | "under"
                                )))
                    {
                        first -= 1;
                    } else if first > 1
                        && matches!(
                            (w(first - 2), w(first - 1)),
                            ("more", "than") | ("less", "than") | ("at", "least") | ("up", "to")
                        )
                    {
                        first -= 2;
                    }
                    if kind == "duration"
                        && first > 0
                        && matches!(
                            w(first - 1),
                            "last" | "past" | "next" | "coming" | "first" | "recent"
                        )
                    {
                        first -= 1;
                        if first > 0 && w(first - 1) == "the" {
                            first -= 1;
                        }
                    } else if first == k
                        && first > 0
                        && w(first - 1) == "the"
                        && (kind == "duration" || w(k).starts_with("year-"))
                        // Not before an adjective ("the two-week trip") or a bare plural ("the
                        // weeks before"): TimeBank leaves the article out of those.
                        && !(kind == "duration" && (w(k).contains('-') || value.starts_with("PX") && used == 1))
                    {
                        // "the nine months": the article belongs to a duration.
                        first -= 1;
                    }
                    if kind == "date"
                        && first == k
                        && k > 0
                        && w(k - 1) == "last"
                        && lexicon::month(w(k)).is_some()
                        && value.len() == 7
                    {
                        // "last October": the most recent October before the reference date.
                        let month: u32 = value[5..7].parse().unwrap_or(1);
                        let year = if month >= reference.month {
                            reference.year - 1
                        } else {
                            reference.year
                        };
                        value = format!("{year:04}-{month:02}");
                        first -= 1;
                    }
                    if kind == "date"
                        && first >= 3
                        && w(first - 3) == "the"
                        && matches!(w(first - 2), "end" | "beginning" | "start" | "middle")
                        && w(first - 1) == "of"
                    {
                        // "the end of 1998", "the middle of October": TIMEX3 keeps the whole.
                        first -= 3;
                    }
                    let points_to = if kind == "duration" && w(last + 1) == "later" {
                        counted_from(anchor_day, &value, 1)
                    } else if kind == "duration"
                        && last + 2 < n
                        && matches!(w(last + 1), "after" | "before")
                    {
                        let sign = if w(last + 1) == "after" { 1 } else { -1 };
                        match scanner.match_at(last + 2) {
                            Some((_, v, "date")) => {
                                Date::parse_iso(&v).and_then(|day| counted_from(day, &value, sign))
                            }
                            _ => None,
                        }
                    } else {
                        None
                    };
                    let start = doc.tokens[sent.first_token + first].start;
                    let mut end = doc.tokens[sent.first_token + last].end;
                    // "last year's": the possessive is not part of the expression.
                    for suffix in ["'s", "’s"] {
                        if doc.text[start..end].ends_with(suffix) {
                            end -= suffix.len();
                        }
                    }
                    out.push(DateInfo {
                        start,
                        end,
                        value,
                        kind,
                        sentence: s,
                        points_to,
                        guessed: scanner.guessed.replace(false),
                    });
                    if kind == "date" {
                        let v = out.last().map_or("", |d| d.value.as_str());
                        let month = v
                            .get(..7)
                            .filter(|m| m.as_bytes().get(4) == Some(&b'-'))
                            .and_then(|m| Date::parse_iso(&format!("{m}-15")));
                        if month.is_some() {
                            scanner.sentence_month.set(month);
                        }
                    }
                    // What "the next day" or "that year" will count from.
                    let named = out
                        .last()
                        .map(|d| d.points_to.as_deref().unwrap_or(&d.value));
                    if let Some(day) = named.and_then(Date::parse_iso) {
                        anchor_day = day;
                        anchor_year = day.year;
                        day_named |= !out.last().is_some_and(|d| d.guessed);
                    } else if let Some(v) =
                        named.filter(|v| v.len() == 4 || v.len() > 4 && v.as_bytes()[4] == b'-')
                    {
                        if let Ok(y) = v[..4].parse::<i32>() {
                            anchor_year = y;
                        }
                    }
                    scanner.anchor_day.set(anchor_day);
                    scanner.day_named.set(day_named);
                    scanner.anchor_year.set(anchor_year);
                    k += used;
                }
                _ => k += 1,
            }
        }
    }
    year_ago_in_quarter_context(doc, &mut out);
    year_from_range_end(doc, &mut out);
    out
}

/// Whether `a` and `b` are the two ends of one span: "from 1 May to 3 June 2020", "between
/// March and June", "2010–2015".
pub fn is_range(doc: &Doc, a: &DateInfo, b: &DateInfo) -> bool {
    a.sentence == b.sentence
        && a.kind == "date"
        && b.kind == "date"
        && a.end <= b.start
        && matches!(
            doc.text[a.end..b.start].trim(),
            "to" | "until" | "till" | "through" | "and" | "-" | "–" | "—"
        )
        && {
            let before = doc.text[..a.start].trim_end();
            let opener = before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("")
                .to_lowercase();
            // "and" joins a span only after "between": "on May 1 and June 3" are two days.
            matches!(opener.as_str(), "from" | "between")
                || (doc.text[a.end..b.start].trim() != "and" && a.value.len() == b.value.len())
        }
}

/// "from 1 May to 3 June 2020": a span's first end without a year takes the year of its last
/// (the year before, when that would put it after the end: "from December to March 2020").
fn year_from_range_end(doc: &Doc, out: &mut [DateInfo]) {
    let has_year = |d: &DateInfo| {
        doc.text[d.start..d.end]
            .split(|c: char| !c.is_ascii_digit())
            .any(|n| n.len() == 4)
    };
    for i in 1..out.len() {
        let (head, tail) = out.split_at_mut(i);
        let (a, b) = (&mut head[i - 1], &tail[0]);
        if !is_range(doc, a, b) || has_year(a) || !has_year(b) {
            continue;
        }
        // The month and day, "-05-01", of each; their years, the first four digits.
        let (Some(a_rest), Some(b_rest), Some(b_year)) = (
            a.value
                .get(4..)
                .filter(|r| r.starts_with('-') && r.len() >= 3),
            b.value.get(4..),
            b.value.get(..4).and_then(|y| y.parse::<i32>().ok()),
        ) else {
            continue;
        };
        let n = a_rest.len().min(b_rest.len());
        let year = if a_rest[..n] > b_rest[..n] {
            b_year - 1
        } else {
            b_year
        };
        a.value = format!("{year:04}{a_rest}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Block;
    use crate::segment::segment;

    fn values(text: &str, reference: &str) -> Vec<(String, String)> {
        let doc = segment(&[Block::paragraph(text)]);
        find(&doc, Date::parse_iso(reference).unwrap())
            .into_iter()
            .map(|d| (doc.text[d.start..d.end].to_string(), d.value))
            .collect()
    }

    #[test]
    fn the_year_to_a_day_is_a_year_s_length_and_the_year_alone_is_this_one() {
        let pairs = |v: Vec<(String, String)>| {
            v.into_iter()
                .map(|(t, v)| format!("{t}={v}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            pairs(values(
                "Broadband rose in the year ending June 2004 and sales rose in the year.",
                "2005-01-01"
            )),
            "the year=P1Y June 2004=2004-06 the year=2005"
        );
    }

    #[test]
    fn a_year_that_ends_a_name_is_no_date() {
        assert_eq!(
            values(
                "Football Manager 2020 and Windows 2000 sold well in 2019. \"Clearly 2004 was \
                hard,\" he said of Apple's 2004 results.",
                "2019-11-19"
            ),
            [
                ("2019".to_string(), "2019".to_string()),
                ("2004".to_string(), "2004".to_string()),
                ("2004".to_string(), "2004".to_string())
            ]
        );
    }

    #[test]
    fn a_clock_time_in_four_digits_is_no_year() {
        assert_eq!(
            values(
                "Polls open between 0700 and 2200 GMT; the service ran from 2000 to 2100 BST and \
                the blast came at 1900 hours. In 2000 and 2004 turnout fell.",
                "2005-05-01"
            ),
            [
                ("0700".to_string(), "2005-05-01T07:00".to_string()),
                ("2200 GMT".to_string(), "2005-05-01T22:00".to_string()),
                ("2000".to_string(), "2005-05-01T20:00".to_string()),
                ("2100 BST".to_string(), "2005-05-01T21:00".to_string()),
                ("1900 hours".to_string(), "2005-05-01T19:00".to_string()),
                ("2000".to_string(), "2000".to_string()),
                ("2004".to_string(), "2004".to_string())
            ]
        );
    }

    #[test]
    fn a_range_s_first_time_falls_on_the_day_of_its_second() {
        assert_eq!(
            values(
                "Polls will open between 0700 and 2200 GMT on Thursday, and from 3 p.m. to 5 p.m. on \
                Friday.",
                "2005-05-01"
            ),
            [
                ("0700".to_string(), "2005-05-05T07:00".to_string()),
                ("2200 GMT".to_string(), "2005-05-05T22:00".to_string()),
                ("Thursday".to_string(), "2005-05-05".to_string()),
                ("3 p.m.".to_string(), "2005-05-06T15:00".to_string()),
                ("5 p.m.".to_string(), "2005-05-06T17:00".to_string()),
                ("Friday".to_string(), "2005-05-06".to_string())
            ]
        );
    }

    #[test]
    fn calendar_dates_in_every_common_form() {
        let v = values(
            "It began on Oct. 7, 2023, and on 1 April 2024 and 4/1/2024 and 2024-04-01 again.",
            "2024-04-01",
        );
        let vals: Vec<&str> = v.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(
            vals,
            vec!["2023-10-07", "2024-04-01", "2024-04-01", "2024-04-01"]
        );
    }

    #[test]
    fn partial_and_relative_dates_use_the_reference() {
        let v = values(
            "Mr. Kirby told reporters on March 25. They will meet next week for two hours.",
            "2024-04-01",
        );
        assert_eq!(
            v,
            vec![
                ("March 25".into(), "2024-03-25".into()),
                ("next week".into(), "2024-W15".into()),
                ("two hours".into(), "PT2H".into())
            ]
        );
        let v = values("The attack on Oct. 7 was the deadliest.", "2024-04-01");
        assert_eq!(v[0].1, "2023-10-07");
        let v = values("He resigned on Tuesday, three days ago.", "2024-04-04");
        assert_eq!(
            v,
            vec![
                ("Tuesday".into(), "2024-04-02".into()),
                ("three days ago".into(), "2024-04-01".into())
            ]
        );
    }

    #[test]
    fn a_day_still_to_come_when_it_was_said_lies_ahead() {
        // The reference is a Tuesday.
        let v = values(
            "Smith said she would sign it on Friday at 3 p.m. They would hand him over, Castro \
             said Sunday. He said he would have resigned on Thursday. The shop would stay \
             closed until Monday. The storm is expected to reach Maine by Sunday night. Bid \
             chiefs may like Paris, where they arrived on Monday. He could not be found on \
             Saturday. Police could charge him on Saturday. They would appeal Monday's ruling.",
            "2024-04-02",
        );
        assert_eq!(
            v,
            vec![
                ("Friday".into(), "2024-04-05".into()),
                ("3 p.m.".into(), "2024-04-05T15:00".into()),
                ("Sunday".into(), "2024-03-31".into()),
                ("Thursday".into(), "2024-03-28".into()),
                ("Monday".into(), "2024-04-08".into()),
                ("Sunday night".into(), "2024-04-07TNI".into()),
                ("Monday".into(), "2024-04-01".into()),
                ("Saturday".into(), "2024-03-30".into()),
                ("Saturday".into(), "2024-04-06".into()),
                ("Monday".into(), "2024-04-01".into()),
            ]
        );
    }

    #[test]
    fn a_time_on_a_day_is_that_day_s_time() {
        let v = values(
            "Webb grabbed the girl at 6:38 p.m. on Saturday, May 18. Police came at 9 p.m.",
            "2019-11-19",
        );
        assert_eq!(
            v,
            vec![
                ("6:38 p.m.".into(), "2019-05-18T18:38".into()),
                ("Saturday, May 18".into(), "2019-05-18".into()),
                // (A time on no day of its own: the day just named.)
                ("9 p.m.".into(), "2019-05-18T21:00".into())
            ]
        );
    }

    #[test]
    fn that_evening_before_any_day_is_named_is_a_guess() {
        let doc = segment(&[Block::paragraph(
            "Later that evening, he took the child to a hotel. He had seized her on Saturday, \
            May 18. The next day he was arrested, and that night he confessed.",
        )]);
        let found = find(&doc, Date::parse_iso("2019-11-19").unwrap());
        let guessed: Vec<(&str, &str, bool)> = found
            .iter()
            .map(|d| (&doc.text[d.start..d.end], d.value.as_str(), d.guessed))
            .collect();
        assert_eq!(
            guessed,
            [
                ("Later that evening", "2019-11-19", true),
                ("Saturday, May 18", "2019-05-18", false),
                ("The next day", "2019-05-19", false),
                ("that night", "2019-05-19", false)
            ]
        );
    }

    #[test]
    fn a_day_takes_the_year_of_the_month_its_sentence_named() {
        let v = values(
            "Carlineo was arrested in April for a March 21 phone call. The trial opens March 21.",
            "2019-11-18",
        );
        let vals: Vec<&str> = v.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(vals, ["2019-04", "2019-03-21", "2020-03-21"]);
        let v = values(
            "Talks began in December 2018 and a deal came on January 5.",
            "2019-11-18",
        );
        assert_eq!(v[1].1, "2019-01-05");
    }

    #[test]
    fn a_month_alone_follows_the_tense() {
        // Three months ahead, but told in the past: last February.
        let v = values(
            "His most recent exam, conducted in February, was routine. The next one will come in February.",
            "2019-11-18",
        );
        let vals: Vec<&str> = v.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(vals, ["2019-02", "2020-02"]);
    }

    #[test]
    fn the_last_weekend_of_something_is_not_last_weekend() {
        let v = values(
            "The award is presented in the last weekend of the festival. It rained last weekend.",
            "2018-09-15",
        );
        assert_eq!(v, vec![("last weekend".into(), "2018-W36-WE".into())]);
    }

    #[test]
    fn times_seasons_and_years() {
        let v = values(
            "The vote is at 3 p.m. EST this summer, not in 2023.",
            "2024-04-01",
        );
        let vals: Vec<&str> = v.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(vals, vec!["2024-04-01T15:00", "2024-SU", "2023"]);
    }

    #[test]
    fn holidays_and_years_in_words() {
        let v = values(
            "They met on Thanksgiving Day, and again last Christmas, as in nineteen ninety-six and the nineties.",
            "2000-01-07",
        );
        assert_eq!(
            v,
            vec![
                ("Thanksgiving Day".into(), "1999-11-25".into()),
                ("last Christmas".into(), "1999-12-25".into()),
                ("nineteen ninety-six".into(), "1996".into()),
                ("the nineties".into(), "199".into()),
            ]
        );
        let v = values("Polls open on Election Day.", "1998-10-26");
        assert_eq!(v[0].1, "1998-11-03");
    }

    #[test]
    fn days_counted_from_the_last_one_named() {
        let doc = segment(&[Block::paragraph(
            "The army entered the city on March 3, 2024. Two days later, it pulled back. The next day, talks began. A week after March 3, it rained. Three weeks earlier, the talks had failed.",
        )]);
        let found = find(&doc, Date::parse_iso("2024-04-20").unwrap());
        let got: Vec<(&str, &str, Option<&str>)> = found
            .iter()
            .map(|d| {
                (
                    &doc.text[d.start..d.end],
                    d.value.as_str(),
                    d.points_to.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("March 3, 2024", "2024-03-03", None),
                ("Two days", "P2D", Some("2024-03-05")),
                ("The next day", "2024-03-06", None),
                ("A week", "P1W", Some("2024-03-10")),
                ("March 3", "2024-03-03", None),
                ("Three weeks earlier", "2024-W06", None),
            ]
        );
    }

    #[test]
    fn modifiers_and_quarters_as_timebank_marks_them() {
        let v = values(
            "Sales rose in the past 20 years and fell almost two years ago, in the third quarter of 1990 and this year's third quarter, at the end of 1998.",
            "1999-11-02",
        );
        assert_eq!(
            v,
            vec![
                ("the past 20 years".into(), "P20Y".into()),
                ("almost two years ago".into(), "1997".into()),
                ("the third quarter of 1990".into(), "1990-Q3".into()),
                ("this year's third quarter".into(), "1999-Q3".into()),
                ("the end of 1998".into(), "1998".into()),
            ]
        );
    }

    #[test]
    fn ranges_give_both_ends() {
        let v = values(
            "Prices rose in 2010-2015 and in 1998-99; the fair runs from March 3 to March 5 and June 3-5.",
            "2024-04-01",
        );
        let got: Vec<(&str, &str)> = v.iter().map(|(t, v)| (t.as_str(), v.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("2010", "2010"),
                ("2015", "2015"),
                ("1998", "1998"),
                ("99", "1999"),
                ("March 3", "2024-03-03"),
                ("March 5", "2024-03-05"),
                ("June 3", "2024-06-03"),
                ("5", "2024-06-05"),
            ]
        );
    }

    #[test]
    fn a_span_s_first_end_takes_the_year_of_its_last() {
        let v = values(
            "The plant ran from 1 May to 3 June 2020. Talks ran from December to March 2021. \
             Sales fell between March and June 2019. It opened on 3 June.",
            "2024-01-01",
        );
        let pairs: Vec<(&str, &str)> = v.iter().map(|(t, v)| (t.as_str(), v.as_str())).collect();
        assert_eq!(
            pairs,
            [
                ("1 May", "2020-05-01"),
                ("3 June 2020", "2020-06-03"),
                ("December", "2020-12"),
                ("March 2021", "2021-03"),
                ("March", "2019-03"),
                ("June 2019", "2019-06"),
                // The sentence's period is no abbreviation's; the past tense, the June before.
                ("3 June", "2023-06-03"),
            ]
        );
    }
}
