//! Civil-calendar arithmetic for the dates stage: days since the epoch, weekdays and ISO weeks.
//!
//! Proleptic Gregorian calendar, with the day-count algorithm from Howard Hinnant's
//! "chrono-compatible low-level date algorithms" (public domain).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parse `YYYY-MM-DD` (anything after the date, such as a time, is ignored).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = s.get(0..4)?.parse().ok()?;
        let month = s.get(5..7)?.parse().ok()?;
        let day = s.get(8..10)?.parse().ok()?;
        Date::new(year, month, day)
    }

    /// Today's date in UTC, from the system clock (or the browser's clock in wasm).
    pub fn today() -> Date {
        #[cfg(target_arch = "wasm32")]
        let secs = (js_sys::Date::now() / 1000.0) as i64;
        #[cfg(not(target_arch = "wasm32"))]
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Date::from_days(secs.div_euclid(86_400))
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = if self.month <= 2 {
            self.year - 1
        } else {
            self.year
        } as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> u32 {
        (self.days() + 3).rem_euclid(7) as u32
    }

    /// The ISO-8601 week: (week-numbering year, week 1..=53).
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(3 - self.weekday() as i64);
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = ((thursday.days() - jan1.days()) / 7 + 1) as u32;
        (thursday.year, week)
    }

    pub fn add_months(self, n: i32) -> Date {
        let total = self.year * 12 + self.month as i32 - 1 + n;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u32;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }
}

/// The `nth` (1-based) given weekday (Monday = 0) of a month; `nth` 0 gives the last one.
pub fn nth_weekday(year: i32, month: u32, weekday: u32, nth: u32) -> Option<Date> {
    if nth == 0 {
        let last = Date::new(year, month, days_in_month(year, month))?;
        let back = (last.weekday() + 7 - weekday) % 7;
        return Some(last.add_days(-(back as i64)));
    }
    let first = Date::new(year, month, 1)?;
    let ahead = (weekday + 7 - first.weekday()) % 7;
    let date = first.add_days(ahead as i64 + 7 * (nth as i64 - 1));
    (date.month == month).then_some(date)
}

/// Easter Sunday (Western churches) of a year, by the Gregorian computus.
pub fn easter(year: i32) -> Option<Date> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u32, day as u32)
}

/// The date of a holiday news names by name, in a given year: `name` is the lower-case
/// words ("thanksgiving", "christmas eve", "election day").
pub fn holiday(name: &str, year: i32) -> Option<Date> {
    const MON: u32 = 0;
    const TUE: u32 = 1;
    const THU: u32 = 3;
    match name {
        "new year's day" | "new year day" => Date::new(year, 1, 1),
        "new year's eve" | "new year eve" => Date::new(year, 12, 31),
        "valentine's day" | "valentine day" => Date::new(year, 2, 14),
        "easter" | "easter sunday" => easter(year),
        "good friday" => easter(year).map(|d| d.add_days(-2)),
        "easter monday" => easter(year).map(|d| d.add_days(1)),
        "ash wednesday" => easter(year).map(|d| d.add_days(-46)),
        "palm sunday" => easter(year).map(|d| d.add_days(-7)),
        "maundy thursday" | "holy thursday" => easter(year).map(|d| d.add_days(-3)),
        "groundhog day" => Date::new(year, 2, 2),
        "presidents day" | "presidents' day" => nth_weekday(year, 2, MON, 3),
        "juneteenth" => Date::new(year, 6, 19),
        "bastille day" => Date::new(year, 7, 14),
        "remembrance day" | "armistice day" => Date::new(year, 11, 11),
        "bonfire night" | "guy fawkes night" => Date::new(year, 11, 5),
        "hogmanay" => Date::new(year, 12, 31),
        "memorial day" => nth_weekday(year, 5, MON, 0),
        "independence day" | "fourth of july" => Date::new(year, 7, 4),
        "labor day" => nth_weekday(year, 9, MON, 1),
        "columbus day" => nth_weekday(year, 10, MON, 2),
        "halloween" => Date::new(year, 10, 31),
        // The Tuesday after the first Monday of November.
        "election day" => nth_weekday(year, 11, MON, 1).map(|d| d.add_days(1)),
        "veterans day" => Date::new(year, 11, 11),
        "thanksgiving" | "thanksgiving day" => nth_weekday(year, 11, THU, 4),
        // The shopping days after (US) Thanksgiving.
        "black friday" => nth_weekday(year, 11, THU, 4).map(|d| d.add_days(1)),
        "cyber monday" => nth_weekday(year, 11, THU, 4).map(|d| d.add_days(4)),
        "christmas eve" => Date::new(year, 12, 24),
        "christmas" | "christmas day" => Date::new(year, 12, 25),
        "boxing day" => Date::new(year, 12, 26),
        "super tuesday" => nth_weekday(year, 3, TUE, 1),
        _ => None,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_weekdays() {
        let d = Date::new(2024, 4, 1).unwrap();
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(d.weekday(), 0, "2024-04-01 was a Monday");
        assert_eq!(d.iso_week(), (2024, 14));
        assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(d.add_months(-2).to_string(), "2024-02-01");
        assert_eq!(
            Date::new(2024, 3, 31).unwrap().add_months(-1).to_string(),
            "2024-02-29"
        );
    }

    #[test]
    fn holidays_fall_where_the_calendar_puts_them() {
        let on = |name: &str, year: i32| holiday(name, year).map(|d| d.to_string());
        assert_eq!(on("easter", 2024).as_deref(), Some("2024-03-31"));
        assert_eq!(on("black friday", 2019).as_deref(), Some("2019-11-29"));
        assert_eq!(on("cyber monday", 2019).as_deref(), Some("2019-12-02"));
        assert_eq!(on("ash wednesday", 2024).as_deref(), Some("2024-02-14"));
        assert_eq!(on("presidents day", 2024).as_deref(), Some("2024-02-19"));
        assert_eq!(on("easter", 2000).as_deref(), Some("2000-04-23"));
        assert_eq!(on("easter", 2025).as_deref(), Some("2025-04-20"));
        assert_eq!(on("thanksgiving", 1999).as_deref(), Some("1999-11-25"));
        assert_eq!(on("election day", 1998).as_deref(), Some("1998-11-03"));
        assert_eq!(on("election day", 2024).as_deref(), Some("2024-11-05"));
        assert_eq!(on("memorial day", 2024).as_deref(), Some("2024-05-27"));
        assert_eq!(on("labor day", 2024).as_deref(), Some("2024-09-02"));
        assert_eq!(on("groundhog", 2024), None);
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::parse_iso("2024-13-01").is_none());
        assert_eq!(
            Date::parse_iso("2024-04-01T10:00:00Z"),
            Date::new(2024, 4, 1)
        );
    }
}
