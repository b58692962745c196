//! Lexicons: world knowledge as data (countries with aliases, demonyms, capitals and seats of
//! government; well-known international bodies and news agencies; common English words;
//! given names; title, organisation and trigger words), plus what a user adds.
//!
//! Nothing here names a person, and no organisation beyond well-known international bodies
//! and agencies.

pub mod words;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::names::tables::{GIVEN_NAME_CLASSES, GIVEN_NAMES_EXTRA};

/// The kind of a known name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    /// A human being.
    Person,
    /// A company, body, group, agency, party, outlet.
    Organisation,
    /// A sovereign state (or a historical one).
    Country,
    /// A city, region, landmark or other place.
    Location,
    /// A prize or award (not scored as an entity; kept for award events).
    Award,
}

impl EntityKind {
    /// How names of this kind are compared: people and organisations by their own rules,
    /// places and prizes as other names.
    pub fn name_kind(self) -> crate::names::NameKind {
        match self {
            EntityKind::Person => crate::names::NameKind::Person,
            EntityKind::Organisation => crate::names::NameKind::Organisation,
            _ => crate::names::NameKind::Other,
        }
    }

    /// Lower-case name used in exports.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Country => "country",
            EntityKind::Location => "location",
            EntityKind::Award => "award",
        }
    }
}

/// How a lexicon entry names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// The name itself or an alias ("Belarus", "U.S.").
    Name,
    /// An adjective or plural of nationality ("Belarusian", "Americans").
    Demonym,
    /// A country's capital: the city, and by metonymy its government ("Minsk pardoned").
    Capital,
    /// A seat of government ("the Kremlin", "the White House").
    Seat,
}

/// One entry: what a surface form names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Canonical name of the entity.
    pub canonical: String,
    /// Its kind.
    pub kind: EntityKind,
    /// How the surface form names it.
    pub form: Form,
    /// For places, demonyms and seats: the country they belong to.
    pub country: Option<String>,
}

/// A lexicon: the built-in world knowledge plus user entries.
#[derive(Debug, Clone)]
pub struct Lexicon {
    exact: HashMap<String, Vec<Entry>>,
    upper: HashMap<String, Vec<Entry>>,
    longest: usize,
    common: HashSet<String>,
    given: HashSet<String>,
    given_too: HashSet<String>,
    surnames: HashSet<String>,
}

static BUILTIN: OnceLock<Lexicon> = OnceLock::new();

impl Lexicon {
    /// The built-in lexicon (parsed once, shared).
    pub fn builtin() -> &'static Lexicon {
        BUILTIN.get_or_init(Lexicon::load_builtin)
    }

    fn load_builtin() -> Lexicon {
        let mut lex = Lexicon {
            exact: HashMap::default(),
            upper: HashMap::default(),
            longest: 1,
            common: HashSet::default(),
            given: HashSet::default(),
            given_too: HashSet::default(),
            surnames: HashSet::default(),
        };
        for line in data_lines(include_str!("countries.txt")) {
            let cols: Vec<&str> = line.split('|').collect();
            let list = |i: usize| -> Vec<&str> {
                cols.get(i)
                    .map(|c| c.split(';').map(str::trim).filter(|s| !s.is_empty()).collect())
                    .unwrap_or_default()
            };
            let name = cols[0].trim();
            let country = Some(name.to_string());
            let entry = |canonical: &str, kind, form| Entry {
                canonical: canonical.to_string(),
                kind,
                form,
                country: country.clone(),
            };
            lex.add(name, entry(name, EntityKind::Country, Form::Name));
            for a in list(1) {
                lex.add(a, entry(name, EntityKind::Country, Form::Name));
            }
            for d in list(2) {
                lex.add(d, entry(name, EntityKind::Country, Form::Demonym));
            }
            for (i, c) in list(3).into_iter().enumerate() {
                let form = if i == 0 { Form::Capital } else { Form::Name };
                lex.add(c, entry(c, EntityKind::Location, form));
            }
            for s in list(4) {
                lex.add(s, entry(s, EntityKind::Location, Form::Seat));
            }
        }
        for line in data_lines(include_str!("cities.txt")) {
            if let Some((place, country)) = line.split_once('|') {
                let e = Entry {
                    canonical: place.trim().into(),
                    kind: EntityKind::Location,
                    form: Form::Name,
                    country: Some(country.trim().into()),
                };
                lex.add(place.trim(), e);
            }
        }
        for line in data_lines(include_str!("organisations.txt")) {
            let mut cols = line.split('|');
            let name = cols.next().unwrap_or("").trim();
            let e = Entry {
                canonical: name.into(),
                kind: EntityKind::Organisation,
                form: Form::Name,
                country: None,
            };
            lex.add(name, e.clone());
            for a in cols
                .next()
                .unwrap_or("")
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                lex.add(a, e.clone());
            }
        }
        lex.surnames = data_lines(include_str!("surnames_census.txt"))
            .map(str::to_string)
            .collect();
        lex.common = data_lines(include_str!("common_words.txt"))
            .map(str::to_string)
            .collect();
        lex.common
            .extend(words::COMMON_NEWS_WORDS.iter().map(|s| s.to_string()));
        lex.given = data_lines(include_str!("given_names.txt"))
            .map(|s| s.to_lowercase())
            .collect();
        for row in GIVEN_NAME_CLASSES {
            lex.given.extend(row.iter().map(|s| s.to_string()));
        }
        lex.given.extend(GIVEN_NAMES_EXTRA.iter().map(|s| s.to_string()));
        // Census and world given names that are also places ("Georgia", "Paris") or months
        // ("June") are left to the gazetteer.
        let world = data_lines(include_str!("given_names_world.txt"));
        for w in data_lines(include_str!("given_names_census.txt")).chain(world) {
            let mut cap = w.to_string();
            if let Some(f) = cap.get_mut(..1) {
                f.make_ascii_uppercase();
            }
            if lex.lookup(&cap).is_empty() && crate::time::month_number(&cap).is_none() {
                lex.given.insert(w.to_string());
            } else {
                lex.given_too.insert(w.to_string());
            }
        }
        lex
    }

    /// Adds a surface form for an entity (user entries go through [`Lexicon::with_entry`]).
    fn add(&mut self, surface: &str, entry: Entry) {
        // (In tokens, at most: a hyphen or a stop inside a word splits it, "Co-operation"
        // is three.)
        let n = surface.split_whitespace().count()
            + 2 * surface.chars().filter(|c| matches!(c, '-' | '.' | '\'' | '’')).count();
        self.longest = self.longest.max(n + 1);
        let list = self.exact.entry(surface.to_string()).or_default();
        if !list.contains(&entry) {
            list.push(entry.clone());
        }
        // All-capitals headlines and datelines ("MINSK, BELARUS"): only for forms that are
        // not themselves short acronyms.
        if surface.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            let list = self.upper.entry(surface.to_uppercase()).or_default();
            if !list.contains(&entry) {
                list.push(entry);
            }
        }
    }

    /// A copy of this lexicon with one more entry: `surface` names `canonical` of `kind`.
    ///
    /// ```
    /// use eventgraph::lexicon::{EntityKind, Lexicon};
    /// let lex = Lexicon::builtin().clone().with_entry("Acme Widgets", "Acme Widgets", EntityKind::Organisation);
    /// assert_eq!(lex.lookup("Acme Widgets")[0].kind, EntityKind::Organisation);
    /// ```
    pub fn with_entry(mut self, surface: &str, canonical: &str, kind: EntityKind) -> Lexicon {
        let e = Entry {
            canonical: canonical.into(),
            kind,
            form: Form::Name,
            country: None,
        };
        self.add(surface, e);
        self
    }

    /// Entries for a surface form ("Belarusian", "U.S.", "MINSK").
    ///
    /// ```
    /// use eventgraph::lexicon::{EntityKind, Form, Lexicon};
    /// let lex = Lexicon::builtin();
    /// let e = &lex.lookup("Belarusian")[0];
    /// assert_eq!((e.canonical.as_str(), e.kind, e.form), ("Belarus", EntityKind::Country, Form::Demonym));
    /// assert_eq!(lex.lookup("Washington")[0].form, Form::Capital);
    /// assert!(lex.lookup("us").is_empty());
    /// ```
    pub fn lookup(&self, surface: &str) -> &[Entry] {
        if let Some(v) = self.exact.get(surface) {
            return v;
        }
        if surface.chars().any(char::is_lowercase) {
            return &[];
        }
        self.upper.get(surface).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The most tokens a surface form in this lexicon may have (plus one).
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// True for a word that English news writes in lower case ("the", "however", "talks").
    pub fn is_common(&self, lower: &str) -> bool {
        self.common.contains(lower)
    }

    /// True for a known given name (lower case).
    /// Names in other scripts are looked up by their Latin folding ("Александр").
    pub fn is_given_name(&self, lower: &str) -> bool {
        self.given.contains(lower) || !lower.is_ascii() && self.given.contains(&crate::names::fold(lower))
    }

    /// True for a given name of the census lists that the gazetteer or the calendar reads
    /// otherwise ("florida", "israel", "june"; lower case). [`Lexicon::is_given_name`] leaves
    /// these out; the mention rules read them as names only before a surname.
    pub fn is_given_name_too(&self, lower: &str) -> bool {
        self.given_too.contains(lower)
    }

    /// True for a frequent surname (lower case; a feature of the tagger, not a rule).
    pub fn is_surname(&self, lower: &str) -> bool {
        self.surnames.contains(lower)
    }

    /// The capital of a country, if listed.
    pub fn capital_of(&self, country: &str) -> Option<&str> {
        self.exact
            .values()
            .flatten()
            .find(|e| e.form == Form::Capital && e.country.as_deref() == Some(country))
            .map(|e| e.canonical.as_str())
    }
}

fn data_lines(s: &str) -> impl Iterator<Item = &str> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_demonyms_capitals() {
        let lex = Lexicon::builtin();
        assert_eq!(lex.lookup("U.S.")[0].canonical, "United States");
        assert_eq!(lex.lookup("US")[0].canonical, "United States");
        assert_eq!(lex.lookup("BELARUS")[0].canonical, "Belarus");
        assert_eq!(lex.lookup("Ukrainians")[0].form, Form::Demonym);
        assert_eq!(lex.lookup("Kremlin")[0].form, Form::Seat);
        assert_eq!(lex.capital_of("Lithuania"), Some("Vilnius"));
        assert_eq!(lex.lookup("EU")[0].kind, EntityKind::Organisation);
    }

    #[test]
    fn word_lists() {
        let lex = Lexicon::builtin();
        assert!(lex.is_common("however"));
        assert!(!lex.is_common("belarus"));
        assert!(lex.is_given_name("john"));
        assert!(lex.is_given_name("siarhei") || lex.is_given_name("sergei"));
    }
}
