//! Documents: loading, validation, and the layout of a news article (title, publication
//! date, bylines, photo captions and credits, page furniture).

use std::path::Path;

use crate::error::{Error, Result};
use crate::lexicon::words::BOILERPLATE_LINES;
use crate::text::{Token, tokenize};
use crate::time::{Date, find_dates, month_number};

/// The longest line accepted (bytes). News paragraphs are a few kilobytes at most.
pub const MAX_LINE: usize = 1 << 20;

/// What a line of an article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Zone {
    /// The headline (first line).
    Title,
    /// Article text.
    Body,
    /// A photo caption: its facts are real but may belong to another time.
    Caption,
    /// A photo credit ("Name | Agency | Getty Images").
    Credit,
    /// A byline or date line ("By: …", "Posted On: …", a leading timestamp).
    Byline,
    /// Page furniture ("Tags", "Contact Us").
    Boilerplate,
}

/// One line of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end (without the line break).
    pub end: usize,
    /// What it is.
    pub zone: Zone,
}

/// A news article as read.
#[derive(Debug, Clone)]
pub struct Document {
    /// Id (the file stem for files).
    pub id: String,
    /// The text as read (offsets everywhere are bytes into it).
    pub text: String,
    /// The headline.
    pub title: String,
    /// Publication date stated by the article itself (byline, timestamp, dateline).
    pub published: Option<Date>,
    /// Lines with their zones.
    pub lines: Vec<Line>,
}

impl Document {
    /// Validates and reads an article from bytes.
    ///
    /// ```
    /// use eventgraph::document::Document;
    /// let d = Document::from_bytes("a", b"Title here\nBy: Agency Posted On: December 13, 2025\nText.")?;
    /// assert_eq!(d.title, "Title here");
    /// assert_eq!(d.published.map(|p| p.to_string()).as_deref(), Some("2025-12-13"));
    /// assert!(Document::from_bytes("b", b"").is_err());
    /// assert!(Document::from_bytes("c", b"\xff\xfe").is_err());
    /// # Ok::<(), eventgraph::Error>(())
    /// ```
    pub fn from_bytes(id: &str, bytes: &[u8]) -> Result<Document> {
        let doc = || id.to_string();
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(Error::Empty { doc: doc() });
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let binary = bytes.iter().take(8192).any(|&b| b == 0);
                return Err(if binary {
                    Error::Binary { doc: doc() }
                } else {
                    Error::InvalidUtf8 {
                        doc: doc(),
                        offset: e.valid_up_to(),
                    }
                });
            }
        };
        Document::from_text(id, text)
    }

    /// Reads an article from text.
    pub fn from_text(id: &str, text: &str) -> Result<Document> {
        let doc = || id.to_string();
        if text.trim().is_empty() {
            return Err(Error::Empty { doc: doc() });
        }
        let controls = text
            .bytes()
            .filter(|&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
            .count();
        if controls > 0 && controls * 100 > text.len().min(8192) / 10 {
            return Err(Error::Binary { doc: doc() });
        }
        let longest = text.split('\n').map(str::len).max().unwrap_or(0);
        if longest > MAX_LINE {
            return Err(Error::LineTooLong {
                doc: doc(),
                len: longest,
                limit: MAX_LINE,
            });
        }
        if !text.chars().any(char::is_alphabetic) {
            return Err(Error::NoSentences { doc: doc() });
        }
        let mut lines = Vec::new();
        let mut pos = 0;
        for raw in text.split('\n') {
            let start = pos;
            pos += raw.len() + 1;
            let trimmed = raw.trim_end_matches('\r');
            if trimmed.trim().is_empty() {
                continue;
            }
            lines.push(Line {
                start,
                end: start + trimmed.len(),
                zone: Zone::Body,
            });
        }
        let line_text = |l: &Line| text[l.start..l.end].trim();
        // Title: the first line (a repeated title on the next line is the same).
        if let Some(first) = lines.first_mut() {
            first.zone = Zone::Title;
        }
        let mut published = None;
        let mut yearless = None;
        for i in 0..lines.len() {
            let t = line_text(&lines[i]);
            if i > 0 && t == line_text(&lines[0]) {
                lines[i].zone = Zone::Title;
                continue;
            }
            // An agency's dateline with its date opens the story's first paragraph: the
            // article's date, in a line that stays body text.
            match agency_dateline(t) {
                Some(Dateline::Day(d)) => {
                    published = published.or(Some(d));
                    continue;
                }
                Some(Dateline::NoYear(day, month)) => {
                    yearless = yearless.or(Some((day, month)));
                    continue;
                }
                None => {}
            }
            let lower = t.to_lowercase();
            if let Some(d) = byline_date(t, &lower) {
                published = published.or(Some(d));
                if t.len() < 120 || t.starts_with(|c: char| c.is_ascii_alphabetic()) && t.contains("Posted") {
                    lines[i].zone = Zone::Byline;
                }
                continue;
            }
            if t.starts_with("By:") || t.starts_with("By ") && t.len() < 60 && !t.ends_with('.') {
                lines[i].zone = Zone::Byline;
            } else if BOILERPLATE_LINES.contains(&lower.as_str())
                || (lower.starts_with("read this on") || lower.starts_with("read the latest"))
            {
                lines[i].zone = Zone::Boilerplate;
            } else if is_credit(t) {
                lines[i].zone = Zone::Credit;
                // The line before a credit is the photo's caption.
                if i > 0 && lines[i - 1].zone == Zone::Body {
                    lines[i - 1].zone = Zone::Caption;
                }
            }
        }
        // Page furniture after the article: short lines without sentence punctuation at the end.
        for i in (0..lines.len()).rev() {
            let t = line_text(&lines[i]);
            let short = t.split_whitespace().count() <= 4 && !t.ends_with(['.', '"', '”']);
            if lines[i].zone == Zone::Boilerplate || (short && lines[i].zone == Zone::Body && i > 2) {
                lines[i].zone = Zone::Boilerplate;
            } else {
                break;
            }
        }
        let title = lines.first().map(|l| line_text(l).to_string()).unwrap_or_default();
        if published.is_none()
            && let Some((day, month)) = yearless
        {
            published = year_of_dateline(text, day, month);
        }
        Ok(Document {
            id: id.to_string(),
            text: text.to_string(),
            title,
            published,
            lines,
        })
    }

    /// Reads an article from a file; the id is the file stem.
    pub fn from_path(path: &Path) -> Result<Document> {
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        Document::from_path_as(path, &id)
    }

    /// Reads an article from a file under the given id.
    pub fn from_path_as(path: &Path, id: &str) -> Result<Document> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Document::from_bytes(id, &bytes)
    }

    /// The zone of the line holding byte `pos`.
    pub fn zone_at(&self, pos: usize) -> Zone {
        match self.lines.binary_search_by(|l| {
            if l.end < pos {
                std::cmp::Ordering::Less
            } else if l.start > pos {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        }) {
            Ok(i) => self.lines[i].zone,
            Err(_) => Zone::Body,
        }
    }
}

/// A date stated as the article's own: "Posted On: December 13, 2025", a leading timestamp
/// "Wed Dec 17 04:20:00 UTC 2025", a dateline "LONDON 1996-08-30".
fn byline_date(line: &str, lower: &str) -> Option<Date> {
    // (`contains` first: its vectorised scan turns away the lines without the word, most of
    // them, faster than `find`.)
    let marker = ["posted on", "published", "updated", "posted:", "date:"]
        .iter()
        .filter(|m| lower.contains(*m))
        .find_map(|m| lower.find(m).map(|i| i + m.len()));
    if let Some(at) = marker {
        let rest = &line[at..];
        return first_day(rest, &tokenize(rest)).map(|(_, _, d)| d);
    }
    if let Some(d) = date_only_line(line) {
        return Some(d);
    }
    // The other two forms are short lines of a few words, or open with a weekday.
    let mut first_words = line.split_whitespace();
    let opens_with_weekday = first_words
        .next()
        .is_some_and(|w| crate::time::weekday_number(w).is_some());
    if !opens_with_weekday && first_words.nth(4).is_some() {
        return None;
    }
    // "Wed Dec 17 04:20:00 UTC 2025" at the start of the text.
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() >= 5
        && crate::time::weekday_number(words[0]).is_some()
        && let Some(m) = month_number(words[1])
        && let Ok(d) = words[2].parse::<u8>()
        && words[3].contains(':')
    {
        let year = words[4..]
            .iter()
            .take(2)
            .find_map(|w| w.trim_end_matches(':').parse::<i32>().ok());
        return year.and_then(|y| Date::ymd(y, m, d));
    }
    // Dateline: "LONDON 1996-08-30" (a short line ending with an ISO date).
    if words.len() <= 5
        && let Some(last) = words.last()
        && let Ok(d) = Date::parse(last)
        && d.is_day()
    {
        return Some(d);
    }
    None
}

/// The date of an agency's dateline.
enum Dateline {
    /// "Dec 15, 2025".
    Day(Date),
    /// "Dec 1", without a year: day and month.
    NoYear(u8, u8),
}

/// A news agency's dateline opening a paragraph, with its date: "HONG KONG, Dec 15,
/// 2025 (Reuters) - A court …" (a place in capitals, a comma, the date, the agency in
/// brackets, or a dash when the agency is not named: "LIMA, May 3, 2025 - "), or
/// "WASHINGTON, Dec 1 (Reuters) -" without the year.
fn agency_dateline(line: &str) -> Option<Dateline> {
    // The date ends at the agency in brackets, or at a dash when no agency is named
    // ("LIMA, May 3, 2025 - ").
    let agency = line
        .find(" (")
        .filter(|&p| p <= 48 && line[p..].find(')').is_some_and(|c| c <= 40));
    let dash = || {
        [" - ", " — ", " – "]
            .iter()
            .filter_map(|d| line.find(d))
            .min()
            .filter(|&p| p <= 48)
    };
    let open = agency.or_else(dash)?;
    let (place, rest) = line[..open].split_once(',')?;
    if !place.chars().any(char::is_alphabetic) || place.chars().any(char::is_lowercase) {
        return None;
    }
    let toks = tokenize(rest);
    // (Without an agency, nothing but the date stands between the comma and the dash.)
    let only_date = |start: usize| agency.is_some() || rest[..start].trim().is_empty();
    if let Some((start, end, date)) = first_day(rest, &toks) {
        return (rest[end..].trim().is_empty() && only_date(start)).then_some(Dateline::Day(date));
    }
    let spans: Vec<(usize, usize)> = toks.iter().map(|t| (t.start, t.end)).collect();
    match find_dates(rest, &spans).as_slice() {
        [m] if rest[m.end..].trim().is_empty() && only_date(m.start) => match m.expr {
            crate::time::DateExpr::DayMonth(day, month) => Some(Dateline::NoYear(day, month)),
            _ => None,
        },
        _ => None,
    }
}

/// The year of a dateline written without one ("Dec 1 (Reuters)"): the latest year in which
/// the text names a full date on or before that day and month ("… through Dec. 1, 2024"). A
/// story tells of what has happened; dates after its day are of that year's plans or of
/// years to come, and are not counted.
///
/// Without such a date, the weekday of the story's first "on Friday" is taken for the
/// dateline's own (a wire story's lead tells the day's news): of the latest year the text
/// names ("arrested in March 2023") and the next, the one year in which the dateline's day
/// falls on that weekday ("July 19 (Reuters) - A court on Friday …" with "March 2023": July
/// 19, 2024 was a Friday, July 19, 2023 a Wednesday).
fn year_of_dateline(text: &str, day: u8, month: u8) -> Option<Date> {
    let toks = tokenize(text);
    let spans: Vec<(usize, usize)> = toks.iter().map(|t| (t.start, t.end)).collect();
    let dates = find_dates(text, &spans);
    let full_day = dates
        .iter()
        .filter_map(|m| match m.expr {
            crate::time::DateExpr::Absolute(d) if d.is_day() => Some(d),
            _ => None,
        })
        .filter(|d| (d.month, d.day) <= (Some(month), Some(day)))
        .map(|d| d.year)
        .max();
    if let Some(year) = full_day {
        return Date::ymd(year, month, day);
    }
    let latest = dates
        .iter()
        .filter_map(|m| match m.expr {
            crate::time::DateExpr::Absolute(d) => Some(d.year),
            _ => None,
        })
        .max()?;
    let weekday = dates.iter().find_map(|m| match m.expr {
        crate::time::DateExpr::Weekday(w) => Some(w),
        _ => None,
    })?;
    let mut fits = (latest..=latest + 1).filter_map(|y| Date::ymd(y, month, day).filter(|d| d.weekday() == weekday));
    match (fits.next(), fits.next()) {
        (Some(d), None) => Some(d),
        _ => None,
    }
}

/// The first full date (a day of a month of a year) in `text`, tokenised as `toks`, with its
/// byte span.
fn first_day(text: &str, toks: &[Token]) -> Option<(usize, usize, Date)> {
    let spans: Vec<(usize, usize)> = toks.iter().map(|t| (t.start, t.end)).collect();
    find_dates(text, &spans).into_iter().find_map(|m| match m.expr {
        crate::time::DateExpr::Absolute(d) if d.is_day() => Some((m.start, m.end, d)),
        _ => None,
    })
}

/// A line that is only a date, with its weekday, time and time zone if any: "December 20,
/// 2023", "Wed, 20 Dec 2023 16:15 GMT", "Dec 20, 2023 4:15 PM ET".
fn date_only_line(line: &str) -> Option<Date> {
    // (A day and a year hold five digits at least: most lines are turned away here, before
    // they are tokenised.)
    if line.len() > 64
        || !line.starts_with(|c: char| c.is_alphanumeric())
        || line.bytes().filter(u8::is_ascii_digit).count() < 5
    {
        return None;
    }
    let toks = tokenize(line);
    let (start, end, date) = first_day(line, &toks)?;
    let furniture = |w: &str| {
        !w.chars().any(char::is_alphabetic)
            || crate::time::weekday_number(w).is_some()
            // Time zones and "AM" / "PM".
            || w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase())
            // ("Updated" and "published" lines were read by their marker above.)
            || matches!(w.to_ascii_lowercase().as_str(), "am" | "pm" | "a.m" | "p.m" | "at" | "on")
    };
    toks.iter()
        .filter(|t| t.end <= start || t.start >= end)
        .all(|t| furniture(t.text(line)))
        .then_some(date)
}

/// A photo credit: short, names separated by '|' or a picture agency at the end.
fn is_credit(line: &str) -> bool {
    let t = line.trim();
    if t.len() > 120 || t.ends_with('.') {
        return false;
    }
    t.matches(" | ").count() >= 1 || t.ends_with("Getty Images") || t.starts_with("Photo:") || t.starts_with("(Photo")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_that_is_only_a_date_dates_the_article() {
        for line in [
            "December 20, 2023",
            "20 December 2023",
            "Wed, 20 Dec 2023 16:15 GMT",
            "Dec 20, 2023 4:15 PM ET",
            "Updated on December 20, 2023",
        ] {
            let d =
                Document::from_text("x", &format!("A title\n{line}\n\nPolice arrested Jan Kral on Monday.")).unwrap();
            assert_eq!(d.published, Date::ymd(2023, 12, 20), "{line}");
            assert_eq!(d.lines[1].zone, Zone::Byline, "{line}");
        }
        // A sentence with a date in it is no date line.
        for line in ["Protests began on December 20, 2023", "Kral, December 20, 2023"] {
            let d =
                Document::from_text("x", &format!("A title\n{line}\n\nPolice arrested Jan Kral on Monday.")).unwrap();
            assert_eq!(d.published, None, "{line}");
        }
    }

    #[test]
    fn a_dateline_dates_the_article_with_or_without_the_agency() {
        for line in [
            "LIMA, Dec 20, 2023 (Reuters) - Police arrested Jan Kral on Monday.",
            "LIMA, Dec 20, 2023 - Police arrested Jan Kral on Monday.",
            "LIMA, Dec 20, 2023 — Police arrested Jan Kral on Monday.",
        ] {
            let d = Document::from_text("x", &format!("A title\n{line}")).unwrap();
            assert_eq!(d.published, Date::ymd(2023, 12, 20), "{line}");
        }
        // A place, a date and a dash further on, or words after the date, are no dateline.
        for line in [
            "LIMA, the capital, said on Dec 20, 2023 - a Wednesday - that it would.",
            "LIMA, Dec 20, 2023 and onwards - the rules apply.",
        ] {
            let d = Document::from_text("x", &format!("A title\n{line}")).unwrap();
            assert_eq!(d.published, None, "{line}");
        }
    }

    #[test]
    fn captions_and_credits() {
        let t = "Title\nBody text here.\nThe minister speaks in Paris on May 2, 2019.\nJane Doe | Agency | via Wire\nMore body.\nTags\n";
        let d = Document::from_text("x", t).unwrap();
        let zones: Vec<Zone> = d.lines.iter().map(|l| l.zone).collect();
        assert_eq!(
            zones,
            [
                Zone::Title,
                Zone::Body,
                Zone::Caption,
                Zone::Credit,
                Zone::Body,
                Zone::Boilerplate
            ]
        );
    }

    #[test]
    fn timestamp_line_dates_the_document() {
        let d = Document::from_text("x", "Wed Dec 17 04:20:00 UTC 2025: Summary:\nText.").unwrap();
        assert_eq!(d.published, Date::ymd(2025, 12, 17));
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(matches!(Document::from_bytes("e", b"  \n"), Err(Error::Empty { .. })));
        assert!(matches!(
            Document::from_bytes("b", b"\x00\x01\x02abc\x00"),
            Err(Error::Binary { .. })
        ));
        assert!(matches!(
            Document::from_bytes("u", b"abc \xc3\x28 def"),
            Err(Error::InvalidUtf8 { offset: 4, .. })
        ));
        assert!(matches!(
            Document::from_bytes("n", b"12 34 -- 56"),
            Err(Error::NoSentences { .. })
        ));
        let long = "a".repeat(MAX_LINE + 1);
        assert!(matches!(
            Document::from_text("l", &long),
            Err(Error::LineTooLong { .. })
        ));
    }
}
