//! Tokens and sentences with byte offsets into the original text.
//!
//! Abbreviations ("U.S.", "Mr.", "Jan.") do not end a sentence; a line break always does
//! (news text puts headlines, captions and paragraphs on lines of their own).

use std::borrow::Cow;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits inside a word), possibly with inner apostrophes or dots (U.S.).
    Word,
    /// Digits, with inner commas or dots (1,227; 3.5).
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token: a byte span of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
    /// True when a line break stands between this token and the one before.
    pub line_start: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The token's text in lower case, borrowed when it has no capital letter (as most
    /// words of running text): the rules compare lower-cased words everywhere.
    pub fn lower<'t>(&self, text: &'t str) -> Cow<'t, str> {
        lowercase(self.text(text))
    }
}

/// A word in lower case, borrowed when it has no capital letter (ASCII words, most of them,
/// without the Unicode tables).
#[inline]
pub(crate) fn lowercase(w: &str) -> Cow<'_, str> {
    // One pass over the bytes: a capital, or a byte outside ASCII (then the Unicode way).
    let mut upper = false;
    for &b in w.as_bytes() {
        if !b.is_ascii() {
            return if w.chars().any(char::is_uppercase) {
                Cow::Owned(w.to_lowercase())
            } else {
                Cow::Borrowed(w)
            };
        }
        upper |= b.is_ascii_uppercase();
    }
    if upper {
        Cow::Owned(w.to_ascii_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// A sentence: a range of tokens and its byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Index of the first token.
    pub first: usize,
    /// Index after the last token.
    pub last: usize,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits text into tokens.
///
/// ```
/// use eventgraph::text::tokenize;
/// let t = "The U.S. freed 1,227 people in O’Brien’s town.";
/// let words: Vec<&str> = tokenize(t).iter().map(|x| x.text(t)).collect();
/// assert_eq!(words, ["The", "U.S.", "freed", "1,227", "people", "in", "O’Brien", "’s", "town", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    // ASCII text (most English news) is read byte by byte; other text through a table of its
    // characters and their byte offsets. The rules are the same (`scan`).
    if text.is_ascii() {
        let b = text.as_bytes();
        scan(
            b.len(),
            |i| b.get(i).map_or(' ', |&c| char::from(c)),
            |i| i.min(b.len()),
        )
    } else {
        scan_chars(text)
    }
}

/// [`scan`] through a table of the text's characters and their byte offsets (any text).
fn scan_chars(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    scan(
        chars.len(),
        |i| chars.get(i).map_or(' ', |&(_, c)| c),
        |i| chars.get(i).map_or(text.len(), |&(b, _)| b),
    )
}

/// The tokenizer over `n` characters: `at(i)` is the i-th (a space past the end), `pos(i)`
/// its byte offset (the text's length past the end).
#[inline(always)]
fn scan(n: usize, at: impl Fn(usize) -> char, pos: impl Fn(usize) -> usize) -> Vec<Token> {
    let mut out = Vec::with_capacity(n / 5);
    let mut i = 0;
    let mut newline = true;
    while i < n {
        let c = at(i);
        if c.is_whitespace() {
            if c == '\n' || c == '\r' {
                newline = true;
            }
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            i += 1;
            while i < n && (at(i).is_ascii_digit() || (matches!(at(i), ',' | '.') && at(i + 1).is_ascii_digit())) {
                i += 1;
            }
            // "2020s", "10th", "1st"
            while i < n && at(i).is_alphanumeric() {
                i += 1;
            }
            kind = TokenKind::Number;
        } else if c.is_alphanumeric() {
            i += 1;
            loop {
                while i < n && (at(i).is_alphanumeric() || is_mark(at(i))) {
                    i += 1;
                }
                // Inner apostrophe: O'Brien, but not the possessive 's.
                if i < n && is_apostrophe(at(i)) && at(i + 1).is_alphabetic() {
                    let rest_s = matches!(at(i + 1), 's' | 'S') && !at(i + 2).is_alphanumeric();
                    if !rest_s {
                        i += 1;
                        continue;
                    }
                }
                // Capitals joined by an ampersand: AT&T, M&S, P&O.
                if i < n && at(i) == '&' && at(i + 1).is_uppercase() && at(i - 1).is_uppercase() {
                    i += 1;
                    continue;
                }
                // Abbreviation with dots: U.S., U.K., a.m.
                if i < n && at(i) == '.' && at(i + 1).is_alphabetic() && !at(i + 2).is_alphabetic() && i - start <= 2 {
                    i += 2;
                    if at(i) == '.' {
                        i += 1;
                    }
                    continue;
                }
                break;
            }
            kind = TokenKind::Word;
        } else if is_apostrophe(c) && matches!(at(i + 1), 's' | 'S') && !at(i + 2).is_alphanumeric() {
            i += 2;
            kind = TokenKind::Word;
        } else {
            i += 1;
            kind = TokenKind::Punct;
        }
        out.push(Token {
            start: pos(start),
            end: pos(i),
            kind,
            line_start: newline,
        });
        newline = false;
    }
    out
}

fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "prof", "inc",
    "ltd", "co", "corp", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mt", "ft", "rev", "hon", "adm", "maj", "cmdr", "approx", "est", "dept", "univ", "fig", "al",
];

/// Splits tokens into sentences.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let close = |out: &mut Vec<Sentence>, first: usize, last: usize| {
        if last > first {
            out.push(Sentence {
                first,
                last,
                start: tokens[first].start,
                end: tokens[last - 1].end,
            });
        }
    };
    for i in 0..tokens.len() {
        if i > first && tokens[i].line_start {
            close(&mut out, first, i);
            first = i;
        }
        let t = tokens[i].text(text);
        if !matches!(t, "." | "!" | "?") {
            continue;
        }
        // Closing quotes and brackets stay with the sentence they close.
        let mut end = i + 1;
        while end < tokens.len()
            && !tokens[end].line_start
            && matches!(tokens[end].text(text), "\"" | "”" | "’" | "'" | ")" | "»")
        {
            end += 1;
        }
        let Some(next) = tokens.get(end) else { continue };
        if next.line_start {
            continue;
        }
        let next_text = next.text(text);
        let starts_upper = next_text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || matches!(next_text, "\"" | "“" | "‘" | "(" | "«");
        if !starts_upper {
            continue;
        }
        if t == "." && i > 0 {
            let prev = tokens[i - 1].text(text);
            let lower = prev.to_ascii_lowercase();
            let initial = prev.chars().count() == 1 && prev.chars().all(char::is_uppercase);
            if ABBREVIATIONS.contains(&lower.as_str()) || initial {
                continue;
            }
        }
        close(&mut out, first, end);
        first = end;
    }
    close(&mut out, first, tokens.len());
    // Sentences that end in an abbreviation with dots ("... with the U.S.") followed by a
    // capitalised word stay joined; that costs little in news text.
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        let toks = tokenize(t);
        sentences(t, &toks).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn ampersand_names_are_one_token() {
        let t = "AT&T and M&S, not R & D.";
        let words: Vec<&str> = tokenize(t).iter().map(|x| x.text(t)).collect();
        assert_eq!(words, ["AT&T", "and", "M&S", ",", "not", "R", "&", "D", "."]);
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("Mr. Smith met Dr. J. Jones in the U.S. on Monday. They talked."),
            ["Mr. Smith met Dr. J. Jones in the U.S. on Monday.", "They talked."]
        );
    }

    #[test]
    fn lines_always_split_and_quotes_stay() {
        assert_eq!(
            split("Headline without stop\n“It works.” He said so! Really?"),
            ["Headline without stop", "“It works.”", "He said so!", "Really?"]
        );
    }

    /// The byte path for ASCII text cuts as the character path does: every ASCII text of
    /// words, numbers, dots, apostrophes, ampersands and line breaks gets the same tokens.
    #[test]
    fn ascii_and_character_paths_agree() {
        use proptest::prelude::*;
        let piece = prop_oneof![
            "[A-Z][a-z]{0,6}",
            "[0-9]{1,4}",
            "[.,'&s \n\r-]{1,3}",
            Just("U.S.".to_string()),
            Just("O'Brien's".to_string()),
            Just("AT&T".to_string()),
            Just("1,000.5th".to_string()),
        ];
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        runner
            .run(&prop::collection::vec(piece, 0..12).prop_map(|v| v.concat()), |t| {
                prop_assert!(t.is_ascii());
                prop_assert_eq!(tokenize(&t), scan_chars(&t));
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn offsets_are_bytes() {
        let t = "Aleś Bialiacki — «ok».";
        for tok in tokenize(t) {
            assert!(t.is_char_boundary(tok.start) && t.is_char_boundary(tok.end));
        }
    }
}
