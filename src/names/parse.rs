//! Parsing a person's name into given names, patronymic, surname, initials and honorifics.

use std::borrow::Cow;

use super::compare::{given_class, suffix_family};
use super::fold::{fold, words};
use super::key::word_key;
use super::tables::{
    ABD_FORMS, ARABIC_ARTICLES, GENDERED_ENDINGS, HONORIFICS, NAME_SUFFIXES, PARTICLES, PATRONYMIC_ENDINGS,
};

/// What one word of a person's name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum TokenRole {
    /// A given name (first or middle).
    Given,
    /// An East Slavic patronymic (Viktorovich, Ivanovna).
    Patronymic,
    /// The family name.
    Surname,
    /// A single letter standing for a given name.
    Initial,
    /// A particle such as bin, al, de, van.
    Particle,
}

/// One word of a parsed name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameToken {
    /// Folded spelling (see [`fold`]).
    pub text: String,
    /// Cross-romanisation key (see [`word_key`]).
    pub key: String,
    /// What the word is.
    pub role: TokenRole,
    /// Read off `text` once, for the many comparisons the word takes part in.
    pub(crate) facts: WordFacts,
}

/// What the comparison asks of a word, read once when the word is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordFacts {
    /// Its row in the given-name variant table.
    pub(crate) given_class: Option<usize>,
    /// Its surname suffix family (-evich, -enko, ...).
    pub(crate) suffix_family: Option<usize>,
    /// The gender its ending marks, read as a surname.
    pub(crate) gender: Option<Gender>,
    /// Its length in characters.
    pub(crate) chars: usize,
    /// How often each letter occurs (a to z, `j` counted as `y`; anything else in the last
    /// slot): half the difference of two such counts is a floor on the edit distance.
    pub(crate) letters: [u8; 27],
}

impl WordFacts {
    /// A floor on the edit distance (with transpositions, `j` read as `y`) between two words.
    pub(crate) fn edits_floor(&self, other: &WordFacts) -> usize {
        let diff: usize = self
            .letters
            .iter()
            .zip(&other.letters)
            .map(|(&a, &b)| a.abs_diff(b) as usize)
            .sum();
        diff.div_ceil(2)
    }
}

/// Letter counts of a word (see [`WordFacts::letters`]).
fn letter_counts(w: &str) -> [u8; 27] {
    let mut out = [0u8; 27];
    for c in w.chars() {
        let slot = match c {
            'j' => (b'y' - b'a') as usize,
            'a'..='z' => (c as u8 - b'a') as usize,
            _ => 26,
        };
        out[slot] = out[slot].saturating_add(1);
    }
    out
}

impl NameToken {
    /// A word of a name from its folded spelling.
    ///
    /// ```
    /// use eventgraph::names::{NameToken, TokenRole};
    /// let t = NameToken::new("kavalenka".into(), TokenRole::Surname);
    /// assert_eq!(t.key, NameToken::new("kovalenko".into(), TokenRole::Surname).key);
    /// ```
    pub fn new(text: String, role: TokenRole) -> NameToken {
        let facts = WordFacts {
            given_class: given_class(&text),
            suffix_family: suffix_family(&text),
            gender: surname_gender(&text),
            chars: text.chars().count(),
            letters: letter_counts(&text),
        };
        NameToken {
            key: word_key(&text),
            text,
            role,
            facts,
        }
    }
}

/// Grammatical gender read from a name (honorific or gendered surname ending).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Gender {
    /// Feminine form (Tsikhanouskaya, Kolesnikova; Mrs, Ms).
    Female,
    /// Masculine form (Tsikhanouski, Kolesnikov; Mr).
    Male,
}

/// A person's name, parsed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PersonName {
    /// The words of the name in order, honorifics removed.
    pub tokens: Vec<NameToken>,
    /// Honorifics and titles found before the name (folded).
    pub honorifics: Vec<String>,
}

impl PersonName {
    /// Parses a person's name.
    ///
    /// ```
    /// use eventgraph::names::{PersonName, TokenRole};
    /// let n = PersonName::parse("LAVROV, Sergey Viktorovich");
    /// assert_eq!(n.surname(), Some("lavrov"));
    /// assert_eq!(n.given().collect::<Vec<_>>(), ["sergey"]);
    /// assert_eq!(n.patronymic(), Some("viktorovich"));
    /// let n = PersonName::parse("President A. Lukashenko");
    /// assert_eq!(n.honorifics, ["president"]);
    /// assert_eq!(n.tokens[0].role, TokenRole::Initial);
    /// ```
    pub fn parse(raw: &str) -> PersonName {
        // "SURNAME, Given" order.
        let (raw, comma_surname) = match raw.split_once(',') {
            Some((before, after))
                if !after.contains(',')
                    && !after.trim().is_empty()
                    && !NAME_SUFFIXES.contains(&fold(after).as_str()) =>
            {
                (format!("{} {}", after.trim(), before.trim()), Some(fold(before)))
            }
            _ => (raw.to_string(), None),
        };
        // Words with a note of how they were written.
        struct Piece {
            text: String,
            all_caps: bool,
            short_caps: bool,
        }
        let mut pieces: Vec<Piece> = Vec::new();
        let has_lower = raw.chars().any(|c| c.is_lowercase());
        for chunk in raw.split(|c: char| c.is_whitespace() || c == '-' || c == '\u{2010}') {
            let letters: Vec<char> = chunk.chars().filter(|c| c.is_alphabetic()).collect();
            let all_caps = !letters.is_empty() && letters.iter().all(|c| c.is_uppercase());
            // "JC Juncker": a short block of capitals in a mixed-case name is initials.
            let short_caps = all_caps && has_lower && (2..=3).contains(&letters.len()) && !chunk.contains('.');
            let folded = fold(&deleet(chunk));
            if short_caps {
                for c in folded.chars().filter(|c| c.is_alphanumeric()) {
                    pieces.push(Piece {
                        text: c.to_string(),
                        all_caps,
                        short_caps,
                    });
                }
                continue;
            }
            for w in words(&folded) {
                pieces.push(Piece {
                    text: w.to_string(),
                    all_caps,
                    short_caps,
                });
            }
        }
        // "Abd El-Fattah", "Abdul Fattah" and "Abdel Fattah" are one spelling.
        let mut k = 0;
        while k + 1 < pieces.len() {
            if ABD_FORMS.contains(&pieces[k].text.as_str()) {
                if pieces[k].text == "abd" && ARABIC_ARTICLES.contains(&pieces[k + 1].text.as_str()) {
                    pieces.remove(k + 1);
                }
                pieces[k].text = "abdel".to_string();
            }
            k += 1;
        }
        let mut honorifics = Vec::new();
        while pieces.len() > 1 && HONORIFICS.contains(&pieces[0].text.as_str()) {
            honorifics.push(pieces.remove(0).text);
        }
        while pieces.len() > 1 && pieces.last().is_some_and(|p| NAME_SUFFIXES.contains(&p.text.as_str())) {
            pieces.pop();
        }
        let n = pieces.len();
        // The surname: given by a comma, else the one all-capitals word of a mixed-case
        // name ("Sergey Viktorovich LAVROV"), else the last full word.
        let caps: Vec<usize> = (0..n)
            .filter(|&i| pieces[i].all_caps && !pieces[i].short_caps && pieces[i].text.chars().count() > 1)
            .collect();
        let surname_at = if let Some(s) = &comma_surname {
            (0..n)
                .rev()
                .find(|&i| s.split(' ').any(|w| w == pieces[i].text) && !is_particle(&pieces[i].text))
        } else if has_lower && caps.len() == 1 {
            Some(caps[0])
        } else {
            (0..n)
                .rev()
                .find(|&i| pieces[i].text.chars().count() > 1 && !is_particle(&pieces[i].text))
        };
        let roles: Vec<TokenRole> = pieces
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let len = p.text.chars().count();
                if Some(i) == surname_at {
                    TokenRole::Surname
                } else if len == 1 {
                    TokenRole::Initial
                } else if is_particle(&p.text) && n > 1 && !(i == 0 && given_class(&p.text).is_some()) {
                    // "bin", "van", "de" inside a name; but a first word that is a given
                    // name ("Ben Smith") is a given name.
                    TokenRole::Particle
                } else if i > 0 && len > 5 && PATRONYMIC_ENDINGS.iter().any(|e| p.text.ends_with(e)) {
                    TokenRole::Patronymic
                } else {
                    TokenRole::Given
                }
            })
            .collect();
        let tokens = pieces
            .into_iter()
            .zip(roles)
            .map(|(p, role)| NameToken::new(p.text, role))
            .collect();
        PersonName { tokens, honorifics }
    }

    /// The folded surname, if the name has one.
    pub fn surname(&self) -> Option<&str> {
        self.tokens
            .iter()
            .find(|t| t.role == TokenRole::Surname)
            .map(|t| t.text.as_str())
    }

    /// The folded given names, in order.
    pub fn given(&self) -> impl Iterator<Item = &str> {
        self.tokens
            .iter()
            .filter(|t| t.role == TokenRole::Given)
            .map(|t| t.text.as_str())
    }

    /// The folded patronymic, if any.
    pub fn patronymic(&self) -> Option<&str> {
        self.tokens
            .iter()
            .find(|t| t.role == TokenRole::Patronymic)
            .map(|t| t.text.as_str())
    }

    /// Initials, in order.
    pub fn initials(&self) -> impl Iterator<Item = char> + '_ {
        self.tokens
            .iter()
            .filter(|t| t.role == TokenRole::Initial)
            .filter_map(|t| t.text.chars().next())
    }

    /// The words that identify the person: everything but particles and initials.
    pub fn full_tokens(&self) -> impl Iterator<Item = &NameToken> + Clone {
        self.tokens
            .iter()
            .filter(|t| !matches!(t.role, TokenRole::Particle | TokenRole::Initial))
    }

    /// Gender as the name marks it: by honorific, else by a gendered surname ending.
    pub fn gender(&self) -> Option<Gender> {
        for h in &self.honorifics {
            match h.as_str() {
                "mr" | "sir" | "lord" | "king" | "prince" | "monsieur" | "herr" | "senor" | "signor" | "pan"
                | "father" => {
                    return Some(Gender::Male);
                }
                "mrs" | "ms" | "miss" | "madame" | "mme" | "mlle" | "dame" | "lady" | "queen" | "princess" | "frau"
                | "senora" | "pani" => return Some(Gender::Female),
                _ => {}
            }
        }
        self.tokens
            .iter()
            .find(|t| t.role == TokenRole::Surname)
            .and_then(|t| t.facts.gender)
    }

    /// True when the name is a single word (a surname or a given name alone).
    pub fn is_single(&self) -> bool {
        self.full_tokens().count() == 1 && self.initials().next().is_none()
    }
}

/// Gender marked by a (folded) surname's ending, for names of the Slavic and Baltic pattern.
///
/// ```
/// use eventgraph::names::{surname_gender, Gender};
/// assert_eq!(surname_gender("tsikhanouskaya"), Some(Gender::Female));
/// assert_eq!(surname_gender("tsikhanouski"), Some(Gender::Male));
/// assert_eq!(surname_gender("kalesnikava"), Some(Gender::Female));
/// assert_eq!(surname_gender("lukashenko"), None);
/// ```
pub fn surname_gender(surname: &str) -> Option<Gender> {
    if surname.chars().count() < 5 {
        return None;
    }
    GENDERED_ENDINGS
        .iter()
        .find(|(e, _)| ends_with(surname, e))
        .map(|&(_, fem)| if fem { Gender::Female } else { Gender::Male })
}

/// The stem left when a gendered ending is removed (for pairing -skaya with -ski).
pub fn gender_stem(surname: &str) -> &str {
    match GENDERED_ENDINGS.iter().find(|(e, _)| ends_with(surname, e)) {
        Some((e, _)) if surname.len() > e.len() + 2 => &surname[..surname.len() - e.len()],
        _ => surname,
    }
}

/// `w.ends_with(end)`, reading the last byte first: a word is checked against whole tables
/// of endings, and most of them differ from it there (no call to compare the rest).
#[inline]
pub(crate) fn ends_with(w: &str, end: &str) -> bool {
    end.is_empty() || w.as_bytes().last() == end.as_bytes().last() && w.ends_with(end)
}

/// True for particles such as bin, al, de, van.
pub fn is_particle(w: &str) -> bool {
    PARTICLES.iter().any(|row| row.contains(&w))
}

/// True when two (folded) particles are spellings of one ("bin" / "ibn", "von" / "van" are
/// in one row of [`PARTICLES`]).
pub(crate) fn same_particle(a: &str, b: &str) -> bool {
    PARTICLES.iter().any(|row| row.contains(&a) && row.contains(&b))
}

/// Reads digits written for letters inside a word ("Ig0r Sech1n").
fn deleet(chunk: &str) -> Cow<'_, str> {
    let has_letters = chunk.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    if !has_letters
        || !chunk
            .bytes()
            .any(|b| matches!(b, b'0' | b'1' | b'3' | b'4' | b'5' | b'7'))
    {
        return Cow::Borrowed(chunk);
    }
    chunk
        .chars()
        .map(|c| match c {
            '0' => 'o',
            '1' => 'i',
            '3' => 'e',
            '4' => 'a',
            '5' => 's',
            '7' => 't',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorifics_and_initials() {
        let n = PersonName::parse("Mr. Recep Tayyip Erdoğan");
        assert_eq!(n.honorifics, ["mr"]);
        assert_eq!(n.surname(), Some("erdogan"));
        assert_eq!(n.gender(), Some(Gender::Male));
        let n = PersonName::parse("JC Juncker");
        assert_eq!(n.initials().collect::<String>(), "jc");
        let n = PersonName::parse("J.-C. Juncker");
        assert_eq!(n.initials().collect::<String>(), "jc");
    }

    #[test]
    fn all_caps_surname_and_particles() {
        let n = PersonName::parse("Sergey Viktorovich LAVROV");
        assert_eq!(n.surname(), Some("lavrov"));
        assert_eq!(n.patronymic(), Some("viktorovich"));
        let n = PersonName::parse("Osama bin Laden");
        assert_eq!(n.surname(), Some("laden"));
        assert_eq!(n.tokens[1].role, TokenRole::Particle);
    }

    #[test]
    fn leet_digits_read_as_letters() {
        let n = PersonName::parse("Ig0r Sech1n");
        assert_eq!(n.surname(), Some("sechin"));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in ["", " ", ",", ", ,", "Mr", "-", "😀😀", "a,b,c", "ˈ", "Mr Mrs"] {
            let _ = PersonName::parse(s).gender();
        }
    }
}
