//! Dates at their precision, date expressions in text, and their resolution against a
//! document's reference date.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Error;

/// A calendar date known to a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// Year (proleptic Gregorian).
    pub year: i32,
    /// Month 1..=12, if known.
    pub month: Option<u8>,
    /// Day of month, if known (only with a month).
    pub day: Option<u8>,
}

/// Month names and abbreviations (English).
const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names (0 = Sunday).
const WEEKDAYS: &[(&str, u8)] = &[
    ("sunday", 0),
    ("sun", 0),
    ("monday", 1),
    ("mon", 1),
    ("tuesday", 2),
    ("tue", 2),
    ("tues", 2),
    ("wednesday", 3),
    ("wed", 3),
    ("thursday", 4),
    ("thu", 4),
    ("thurs", 4),
    ("friday", 5),
    ("fri", 5),
    ("saturday", 6),
    ("sat", 6),
];

/// What every name of a table shares: its shortest and longest length, and the set of its
/// first letters (a bit per letter), read before the table is scanned (most words a date
/// reader sees are no month or weekday).
struct Outline {
    shortest: usize,
    longest: usize,
    first: u32,
}

const fn outline(table: &[(&str, u8)]) -> Outline {
    let mut o = Outline {
        shortest: usize::MAX,
        longest: 0,
        first: 0,
    };
    let mut i = 0;
    while i < table.len() {
        let b = table[i].0.as_bytes();
        if b.len() < o.shortest {
            o.shortest = b.len();
        }
        if b.len() > o.longest {
            o.longest = b.len();
        }
        o.first |= 1 << (b[0] - b'a');
        i += 1;
    }
    o
}

impl Outline {
    fn may_hold(&self, w: &str) -> bool {
        let b = w.as_bytes();
        (self.shortest..=self.longest).contains(&b.len())
            && b[0].is_ascii_alphabetic()
            && self.first & (1 << (b[0].to_ascii_lowercase() - b'a')) != 0
    }
}

const MONTHS_OUTLINE: Outline = outline(MONTHS);
const WEEKDAYS_OUTLINE: Outline = outline(WEEKDAYS);

/// The month number of an English month name or abbreviation.
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    if !MONTHS_OUTLINE.may_hold(w) {
        return None;
    }
    MONTHS.iter().find(|(n, _)| n.eq_ignore_ascii_case(w)).map(|&(_, m)| m)
}

/// The weekday number (0 = Sunday) of an English weekday name or abbreviation.
pub fn weekday_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    if !WEEKDAYS_OUTLINE.may_hold(w) {
        return None;
    }
    WEEKDAYS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(w))
        .map(|&(_, d)| d)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl Date {
    /// A day-precise date, if it exists.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Date {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// A month-precise date.
    pub fn ym(year: i32, month: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(Date {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A year-precise date.
    pub fn y(year: i32) -> Date {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    /// Days since 1970-01-01 of a day-precise date (first of month/year otherwise).
    pub fn days(&self) -> i64 {
        let (y, m, d) = (
            self.year as i64,
            self.month.unwrap_or(1) as i64,
            self.day.unwrap_or(1) as i64,
        );
        // Howard Hinnant's days_from_civil.
        let y = if m <= 2 { y - 1 } else { y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The day-precise date `n` days since 1970-01-01.
    pub fn from_days(n: i64) -> Date {
        let z = n + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        Date {
            year: (if m <= 2 { y + 1 } else { y }) as i32,
            month: Some(m),
            day: Some(d),
        }
    }

    /// Day of the week (0 = Sunday) of a day-precise date.
    pub fn weekday(&self) -> u8 {
        (self.days() + 4).rem_euclid(7) as u8
    }

    /// True when the date is known to the day.
    pub fn is_day(&self) -> bool {
        self.day.is_some()
    }

    /// True when one date is a refinement of the other (2025 and 2025-12-13 are compatible;
    /// 2025-11 and 2025-12-13 are not).
    pub fn compatible(&self, other: &Date) -> bool {
        self.year == other.year
            && (self.month.is_none() || other.month.is_none() || self.month == other.month)
            && (self.day.is_none() || other.day.is_none() || self.day == other.day)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// ```
    /// use eventgraph::time::Date;
    /// assert_eq!(Date::parse("2025-12-13")?.to_string(), "2025-12-13");
    /// assert_eq!(Date::parse("2021-07")?.to_string(), "2021-07");
    /// assert!(Date::parse("2025-13").is_err());
    /// # Ok::<(), eventgraph::Error>(())
    /// ```
    pub fn parse(s: &str) -> Result<Date, Error> {
        let bad = || Error::UnknownDate { text: s.to_string() };
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str| -> Result<i64, Error> {
            if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) || p.len() > 4 {
                return Err(bad());
            }
            p.parse().map_err(|_| bad())
        };
        match parts.as_slice() {
            [y] if y.len() == 4 => Ok(Date::y(num(y)? as i32)),
            [y, m] if y.len() == 4 => Date::ym(num(y)? as i32, num(m)? as u8).ok_or_else(bad),
            [y, m, d] if y.len() == 4 => Date::ymd(num(y)? as i32, num(m)? as u8, num(d)? as u8).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// What a date expression says, before it is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateExpr {
    /// A full or partial calendar date ("December 13, 2025", "July 2024", "in 2020").
    Absolute(Date),
    /// A weekday ("on Saturday", "earlier Saturday"): the last such day on or before the reference.
    Weekday(u8),
    /// A weekday with day and month, no year ("Saturday (13 December)").
    WeekdayDayMonth(u8, u8, u8),
    /// Day and month without a year ("on 13 December").
    DayMonth(u8, u8),
    /// A month alone ("as recently as August"): the last such month on or before the reference.
    Month(u8),
    /// A year relative to the reference ("this year" = 0, "last year" = -1).
    RelativeYear(i32),
    /// "today" = 0, "yesterday" = -1.
    RelativeDay(i64),
    /// A month relative to the reference's ("last month" = -1, "next month" = 1).
    RelativeMonth(i32),
}

impl DateExpr {
    /// Resolves against the reference date (the document's date); `None` when it cannot be.
    ///
    /// ```
    /// use eventgraph::time::{Date, DateExpr};
    /// let published = Date::ymd(2025, 12, 17).unwrap();
    /// let saturday = DateExpr::Weekday(6).resolve(Some(published));
    /// assert_eq!(saturday, Date::ymd(2025, 12, 13));
    /// ```
    pub fn resolve(&self, reference: Option<Date>) -> Option<Date> {
        match *self {
            DateExpr::Absolute(d) => Some(d),
            DateExpr::Weekday(w) => {
                let r = reference.filter(Date::is_day)?;
                let back = (r.weekday() as i64 - w as i64).rem_euclid(7);
                Some(Date::from_days(r.days() - back))
            }
            DateExpr::WeekdayDayMonth(_, d, m) | DateExpr::DayMonth(d, m) => {
                let r = reference?;
                // The occurrence on or before the reference (news reports look back).
                let this = Date::ymd(r.year, m, d)?;
                if r.is_day() && this.days() > r.days() {
                    Date::ymd(r.year - 1, m, d)
                } else {
                    Some(this)
                }
            }
            DateExpr::Month(m) => {
                let r = reference?;
                let y = if r.month.is_some_and(|rm| m > rm) {
                    r.year - 1
                } else {
                    r.year
                };
                Date::ym(y, m)
            }
            DateExpr::RelativeYear(k) => reference.map(|r| Date::y(r.year + k)),
            DateExpr::RelativeDay(k) => reference.filter(Date::is_day).map(|r| Date::from_days(r.days() + k)),
            DateExpr::RelativeMonth(k) => {
                let r = reference?;
                let months = r.year * 12 + i32::from(r.month?) - 1 + k;
                Date::ym(months.div_euclid(12), (months.rem_euclid(12) + 1) as u8)
            }
        }
    }

    /// True when the expression needs a reference date.
    pub fn is_relative(&self) -> bool {
        !matches!(self, DateExpr::Absolute(_))
    }
}

/// A date expression found in text: its byte span and meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// What it says.
    pub expr: DateExpr,
}

fn year_of(word: &str) -> Option<i32> {
    let w = word.trim_end_matches(['s', '\'', '’']);
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1800..=2100).contains(y))
}

fn day_of(word: &str) -> Option<u8> {
    let w = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (!w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// Relative expressions: a word, the word after it if any, and what they say.
const RELATIVE: &[(&str, Option<&str>, DateExpr)] = &[
    ("this", Some("year"), DateExpr::RelativeYear(0)),
    ("last", Some("year"), DateExpr::RelativeYear(-1)),
    ("next", Some("year"), DateExpr::RelativeYear(1)),
    ("recent", Some("months"), DateExpr::RelativeYear(0)),
    ("recent", Some("weeks"), DateExpr::RelativeYear(0)),
    ("this", Some("month"), DateExpr::RelativeMonth(0)),
    ("last", Some("month"), DateExpr::RelativeMonth(-1)),
    ("next", Some("month"), DateExpr::RelativeMonth(1)),
    ("today", None, DateExpr::RelativeDay(0)),
    ("yesterday", None, DateExpr::RelativeDay(-1)),
];

/// Finds date expressions in `text`. `words` are the text's word tokens as (start, end)
/// byte spans (see [`crate::text`]).
pub fn find_dates(text: &str, words: &[(usize, usize)]) -> Vec<DateMention> {
    let w = |i: usize| -> &str { words.get(i).map(|&(s, e)| &text[s..e]).unwrap_or("") };
    let prev_is = |i: usize, options: &[&str]| i > 0 && options.iter().any(|o| w(i - 1).eq_ignore_ascii_case(o));
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let start = words[i].0;
        // Every pattern but the relative ones ("last year", "today") opens with a capital or
        // a digit; most words open with neither.
        let opening = w(i).as_bytes().first().copied().unwrap_or(0);
        let absolute = opening.is_ascii_uppercase() || opening.is_ascii_digit();
        let push = |out: &mut Vec<DateMention>, end_i: usize, expr| {
            out.push(DateMention {
                start,
                end: words[end_i].1,
                expr,
            });
        };
        if absolute {
            // ISO 2025-12-13 (one token or three).
            if w(i).len() == 10
                && let Ok(d) = Date::parse(w(i))
            {
                push(&mut out, i, DateExpr::Absolute(d));
                i += 1;
                continue;
            }
            if let Some(wd) = weekday_number(w(i))
                && w(i).chars().next().is_some_and(char::is_uppercase)
            {
                // "Saturday (13 December)" / "Saturday, December 13, 2025"
                let mut j = i + 1;
                while matches!(w(j), "(" | ",") {
                    j += 1;
                }
                if let (Some(d), Some(m)) = (day_of(w(j)), month_number(w(j + 1))) {
                    if let Some(y) =
                        year_of(w(j + 2)).or_else(|| if w(j + 2) == "," { year_of(w(j + 3)) } else { None })
                        && let Some(date) = Date::ymd(y, m, d)
                    {
                        push(&mut out, j + 2, DateExpr::Absolute(date));
                        i = j + 3;
                        continue;
                    }
                    push(&mut out, j + 1, DateExpr::WeekdayDayMonth(wd, d, m));
                    i = j + 2;
                    continue;
                }
                if let (Some(m), Some(d)) = (month_number(w(j)), day_of(w(j + 1))) {
                    let k = if w(j + 2) == "," { j + 3 } else { j + 2 };
                    if let Some(date) = year_of(w(k)).and_then(|y| Date::ymd(y, m, d)) {
                        push(&mut out, k, DateExpr::Absolute(date));
                        i = k + 1;
                        continue;
                    }
                }
                push(&mut out, i, DateExpr::Weekday(wd));
                i += 1;
                continue;
            }
            // "December 13, 2025" / "Dec. 13 2025" / "December 13" / "December 2025" / "December"
            if let Some(m) = month_number(w(i)).filter(|_| w(i).chars().next().is_some_and(char::is_uppercase))
            // "May" and "March" are months only before a day number or a year, or after a
            // preposition of time where no name goes on ("in May", not "in May's cabinet").
            && (!(w(i).eq_ignore_ascii_case("may") || w(i).eq_ignore_ascii_case("march"))
                || w(i + 1).starts_with(|c: char| c.is_ascii_digit())
                || prev_is(i, &["in", "since", "until", "early", "late", "mid"])
                    && !w(i + 1).starts_with(|c: char| c.is_uppercase() || c == '\'' || c == '\u{2019}'))
            {
                let mut j = i + 1;
                if w(j) == "." {
                    j += 1;
                }
                if let Some(d) = day_of(w(j)) {
                    let k = if w(j + 1) == "," { j + 2 } else { j + 1 };
                    if let Some(date) = year_of(w(k)).and_then(|y| Date::ymd(y, m, d)) {
                        push(&mut out, k, DateExpr::Absolute(date));
                        i = k + 1;
                    } else {
                        push(&mut out, j, DateExpr::DayMonth(d, m));
                        i = j + 1;
                    }
                    continue;
                }
                if let Some(y) = year_of(w(j)) {
                    if let Some(date) = Date::ym(y, m) {
                        push(&mut out, j, DateExpr::Absolute(date));
                    }
                    i = j + 1;
                    continue;
                }
                // A bare month is a date only after a preposition or "as recently as", or in
                // the possessive ("October's election"; not "May's", read above as a name).
                if prev_is(i, &["in", "since", "as", "until", "by", "last", "early", "late", "mid"])
                    || matches!(w(i + 1), "'s" | "\u{2019}s")
                {
                    push(&mut out, i, DateExpr::Month(m));
                }
                i += 1;
                continue;
            }
            // "13 December 2025" / "13 December"
            if let (Some(d), Some(m)) = (day_of(w(i)), month_number(w(i + 1)))
                && w(i + 1).chars().next().is_some_and(char::is_uppercase)
            {
                if let Some(date) = year_of(w(i + 2)).and_then(|y| Date::ymd(y, m, d)) {
                    push(&mut out, i + 2, DateExpr::Absolute(date));
                    i += 3;
                } else {
                    push(&mut out, i + 1, DateExpr::DayMonth(d, m));
                    i += 2;
                }
                continue;
            }
            // A year on its own: "in 2020", "2022 Nobel Peace Prize", "2020s" is not a date.
            if let Some(y) = year_of(w(i))
                && !w(i).ends_with('s')
                && !matches!(w(i + 1), "-" | "%")
                && !prev_is(i, &["$", "-"])
            {
                push(&mut out, i, DateExpr::Absolute(Date::y(y)));
                i += 1;
                continue;
            }
        }
        let word = w(i);
        let relative = RELATIVE.iter().find(|(first, second, _)| {
            word.eq_ignore_ascii_case(first) && second.is_none_or(|x| w(i + 1).eq_ignore_ascii_case(x))
        });
        if let Some(&(_, second, expr)) = relative {
            let end = i + usize::from(second.is_some());
            push(&mut out, end, expr);
            i = end + 1;
            continue;
        }
        i += 1;
    }
    out
}

/// Infers a document's date from date expressions that fix it: a weekday with a day and
/// month ("Saturday (13 December)") fits one year in seven; the candidate year is the
/// earliest one not before any year the text mentions.
///
/// ```
/// use eventgraph::time::{infer_reference, Date, DateExpr, DateMention};
/// let m = |expr| DateMention { start: 0, end: 0, expr };
/// let found = [m(DateExpr::WeekdayDayMonth(6, 13, 12)), m(DateExpr::Absolute(Date::ym(2024, 7).unwrap()))];
/// assert_eq!(infer_reference(&found), Date::ymd(2025, 12, 13));
/// ```
pub fn infer_reference(mentions: &[DateMention]) -> Option<Date> {
    let latest_year = mentions
        .iter()
        .filter_map(|m| match m.expr {
            DateExpr::Absolute(d) => Some(d.year),
            _ => None,
        })
        .max()?;
    for m in mentions {
        if let DateExpr::WeekdayDayMonth(wd, d, mo) = m.expr {
            for y in latest_year..latest_year + 7 {
                if let Some(date) = Date::ymd(y, mo, d)
                    && date.weekday() == wd
                {
                    return Some(date);
                }
            }
        }
    }
    // "The United States on Wednesday imposed … The measures were announced on Oct. 22,
    // 2025": the latest full date on the weekday the text names is the story's day.
    let weekdays: Vec<u8> = mentions
        .iter()
        .filter_map(|m| match m.expr {
            DateExpr::Weekday(wd) => Some(wd),
            _ => None,
        })
        .collect();
    mentions
        .iter()
        .filter_map(|m| match m.expr {
            DateExpr::Absolute(d) if d.is_day() && weekdays.contains(&d.weekday()) => Some(d),
            _ => None,
        })
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The outline read before the tables turns no name of them away, in any case, with a
    /// dot after it; words of other lengths or first letters are no month or weekday.
    #[test]
    fn every_month_and_weekday_name_is_read_past_the_outline() {
        for &(name, n) in MONTHS {
            let cap = format!("{}{}", name[..1].to_uppercase(), &name[1..]);
            for w in [name.to_string(), name.to_uppercase(), cap.clone(), format!("{cap}.")] {
                assert_eq!(month_number(&w), Some(n), "{w}");
            }
        }
        for &(name, n) in WEEKDAYS {
            for w in [
                name.to_string(),
                name.to_uppercase(),
                format!("{name}'s"),
                format!("{name}."),
            ] {
                assert_eq!(weekday_number(&w), Some(n), "{w}");
            }
        }
        for w in [
            "",
            "M",
            "Ma",
            "Mayday",
            "Septembers",
            "Zon",
            "Éte",
            "1",
            "Monday-Friday",
        ] {
            assert_eq!(month_number(w), None, "{w}");
            assert_eq!(weekday_number(w), None, "{w}");
        }
    }

    fn words(text: &str) -> Vec<(usize, usize)> {
        crate::text::tokenize(text).iter().map(|t| (t.start, t.end)).collect()
    }

    #[test]
    fn civil_days_round_trip() {
        for n in [-1000, 0, 1, 18000, 20435, 40000] {
            assert_eq!(Date::from_days(n).days(), n);
        }
        assert_eq!(Date::ymd(2024, 3, 1).unwrap().weekday(), 5);
    }

    #[test]
    fn finds_absolute_and_relative_dates() {
        let t = "It happened on March 3, 2019 and again in 2021, on Friday, and since July 2016. This year too.";
        let found: Vec<DateExpr> = find_dates(t, &words(t)).into_iter().map(|m| m.expr).collect();
        assert_eq!(
            found,
            vec![
                DateExpr::Absolute(Date::ymd(2019, 3, 3).unwrap()),
                DateExpr::Absolute(Date::y(2021)),
                DateExpr::Weekday(5),
                DateExpr::Absolute(Date::ym(2016, 7).unwrap()),
                DateExpr::RelativeYear(0),
            ]
        );
    }

    #[test]
    fn months_before_and_after_the_reference() {
        let t = "She met him last month and will return next month.";
        let found: Vec<DateExpr> = find_dates(t, &words(t)).into_iter().map(|m| m.expr).collect();
        assert_eq!(found, [DateExpr::RelativeMonth(-1), DateExpr::RelativeMonth(1)]);
        let jan = Date::ymd(2021, 1, 9);
        assert_eq!(DateExpr::RelativeMonth(-1).resolve(jan), Date::ym(2020, 12));
        assert_eq!(DateExpr::RelativeMonth(1).resolve(jan), Date::ym(2021, 2));
        assert_eq!(
            DateExpr::RelativeMonth(0).resolve(Date::ymd(2021, 8, 9)),
            Date::ym(2021, 8)
        );
        // A reference known only to its year leaves the month unknown.
        assert_eq!(DateExpr::RelativeMonth(-1).resolve(Some(Date::y(2021))), None);
    }

    #[test]
    fn weekday_resolves_backwards() {
        let r = Date::ymd(2024, 3, 1).unwrap(); // a Friday
        assert_eq!(DateExpr::Weekday(5).resolve(Some(r)), Some(r));
        assert_eq!(DateExpr::Weekday(1).resolve(Some(r)), Date::ymd(2024, 2, 26));
        assert_eq!(DateExpr::Weekday(1).resolve(None), None);
    }

    #[test]
    fn may_is_a_month_only_with_a_day() {
        let t = "The minister may resign. It was signed on May 4, 2010.";
        let found: Vec<DateExpr> = find_dates(t, &words(t)).into_iter().map(|m| m.expr).collect();
        assert_eq!(found, vec![DateExpr::Absolute(Date::ymd(2010, 5, 4).unwrap())]);
    }
}
