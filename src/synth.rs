//! Synthetic data with ground truth, for benchmarks at any scale: deterministic (a seed
//! decides everything) and built from world knowledge only (the 1990 US Census name lists,
//! the given-name variant table, East Slavic surname endings), never from the seeds.
//!
//! - [`person_names`]: name strings with the identity each stands for, where one person
//!   appears under several spellings (given-name variants, transliterations, typos, initials,
//!   Cyrillic) and relatives share the surname (spouses in the gendered form, children with
//!   other given names).
//! - [`Corpus`]: news-like articles about a world of people, organisations and countries,
//!   with every event reported by several articles in different words and relative dates,
//!   and the gold file in the format of `seeds.gold.json`.
//!
//! ```
//! use eventgraph::synth::person_names;
//! let names = person_names(1000, 7);
//! assert_eq!(names.len(), 1000);
//! assert_eq!(person_names(1000, 7), names); // same seed, same names
//! ```

use crate::names::tables::{EAST_SLAVIC_GIVEN_ROWS, GIVEN_NAME_CLASSES};

/// A small deterministic generator (xorshift64*), so that data do not depend on a crate's
/// version.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (any value).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// One element of a slice.
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

fn lines(data: &'static str) -> Vec<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

fn census_surnames() -> Vec<&'static str> {
    lines(include_str!("lexicon/surnames_census.txt"))
}

fn census_given() -> Vec<&'static str> {
    lines(include_str!("lexicon/given_names_census.txt"))
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// East Slavic surname stems are written with these masculine / feminine endings, in the
/// Russian and the Belarusian spelling.
const SLAVIC_ENDINGS: &[(&str, &str, &str, &str)] = &[
    // (masculine ru, feminine ru, masculine be, feminine be)
    ("ov", "ova", "ou", "ava"),
    ("ev", "eva", "eu", "eva"),
    ("in", "ina", "in", "ina"),
    ("sky", "skaya", "ski", "skaya"),
];

/// Syllables of invented East Slavic surname stems (not real people's names): onset and
/// rhyme pieces combine into thousands of stems.
const ONSETS: &[&str] = &[
    "kov", "mor", "zhuk", "bond", "shev", "tkach", "krav", "mel", "dub", "lys", "sav", "hryts", "karp", "zai", "vor",
    "sok", "orl", "bel", "kuz", "rud", "laz", "pash", "yar", "mikh", "tar", "hlush", "kaz", "lit", "rom", "step",
    "bar", "dan", "fed", "gor", "iv", "kir", "lev", "nov", "pol", "sem", "tim", "vas", "zor", "chern",
];
const RHYMES: &[&str] = &[
    "alen", "ozk", "ach", "enk", "ich", "an", "el", "orn", "usl", "ik", "ab", "ed", "ul", "ash", "ets", "ob",
];

fn slavic_stem(k: usize) -> String {
    let (o, r) = (k % ONSETS.len(), k / ONSETS.len());
    let first = RHYMES[r % RHYMES.len()];
    // A second rhyme for most stems: longer, more distinct surnames.
    match r / RHYMES.len() {
        0 => format!("{}{first}", ONSETS[o]),
        n => format!("{}{first}{}", ONSETS[o], &RHYMES[(n - 1) % RHYMES.len()][..2]),
    }
}

const N_STEMS: usize = ONSETS.len() * RHYMES.len() * (RHYMES.len() + 1);

/// A person of the synthetic world.
#[derive(Debug, Clone, PartialEq)]
pub struct SynthPerson {
    /// Given name (canonical spelling).
    pub given: String,
    /// Surname (canonical spelling).
    pub surname: String,
    /// True for a woman (feminine surname form where the language has one).
    pub female: bool,
    /// The index of the given name's row in the variant table, if it has one.
    pub given_class: Option<usize>,
    /// Surname stem and ending index for East Slavic surnames (spelling variants).
    pub slavic: Option<(usize, usize)>,
}

impl SynthPerson {
    /// The canonical full name.
    pub fn name(&self) -> String {
        format!("{} {}", self.given, self.surname)
    }
}

fn slavic_surname(stem: usize, ending: usize, female: bool, belarusian: bool) -> String {
    let (m, f, mb, fb) = SLAVIC_ENDINGS[ending];
    let end = match (female, belarusian) {
        (false, false) => m,
        (true, false) => f,
        (false, true) => mb,
        (true, true) => fb,
    };
    capitalise(&format!("{}{}", slavic_stem(stem), end))
}

/// What makes two names "the same name": the given-name class (or the name) and the
/// surname skeleton (stem and gender, or the census surname).
fn identity_key(p: &SynthPerson) -> (String, String) {
    let given = match p.given_class {
        Some(c) => format!("#{c}"),
        None => p.given.to_lowercase(),
    };
    // Surnames that share a romanisation skeleton are one name (Kovalenko / Kavalenka).
    let surname = crate::names::key::word_key(&crate::names::fold(&p.surname));
    (given, format!("{surname}/{}", p.female))
}

/// Draws the people of a world: families share a surname (a spouse in the gendered form,
/// children with their own given names).
pub fn people(n: usize, rng: &mut Rng) -> Vec<SynthPerson> {
    let surnames = census_surnames();
    let given = census_given();
    let mut out: Vec<SynthPerson> = Vec::with_capacity(n);
    let mut used = std::collections::HashSet::new();
    while out.len() < n {
        let female = rng.chance(0.5);
        // Half the world is East Slavic (given names from the Slavic rows of the variant
        // table), the other half has census names (a variant-table name now and then).
        let slavic = rng
            .chance(0.5)
            .then(|| (rng.below(N_STEMS), rng.below(SLAVIC_ENDINGS.len())));
        let (given_name, given_class) = if slavic.is_some() {
            let c = rng.below(EAST_SLAVIC_GIVEN_ROWS);
            (capitalise(GIVEN_NAME_CLASSES[c][0]), Some(c))
        } else if rng.chance(0.3) {
            let c = EAST_SLAVIC_GIVEN_ROWS + rng.below(GIVEN_NAME_CLASSES.len() - EAST_SLAVIC_GIVEN_ROWS);
            (capitalise(GIVEN_NAME_CLASSES[c][0]), Some(c))
        } else {
            (capitalise(given[rng.below(given.len())]), None)
        };
        let surname = match slavic {
            Some((s, e)) => slavic_surname(s, e, female, false),
            None => capitalise(surnames[rng.below(surnames.len())]),
        };
        let p = SynthPerson {
            given: given_name,
            surname,
            female,
            given_class,
            slavic,
        };
        // Namesakes (two people with one name) cannot be told apart by their names; the
        // world has none, so that grouping is measured on variants and relatives.
        if !used.insert(identity_key(&p)) {
            continue;
        }
        // A relative now and then: same family name, another given name.
        let relative = rng.chance(0.2).then(|| {
            let mut r = p.clone();
            r.female = !p.female || rng.chance(0.5);
            if let Some((s, e)) = r.slavic {
                r.surname = slavic_surname(s, e, r.female, false);
            }
            loop {
                let g = capitalise(given[rng.below(given.len())]);
                if g != p.given {
                    r.given = g;
                    r.given_class = None;
                    break;
                }
            }
            r
        });
        out.push(p);
        if let Some(r) = relative
            && out.len() < n
            && used.insert(identity_key(&r))
        {
            out.push(r);
        }
    }
    out
}

/// Latin to Cyrillic for the spellings the synthetic world uses (Russian orthography).
fn cyrillic(s: &str) -> String {
    const PAIRS: &[(&str, &str)] = &[
        ("shch", "щ"),
        ("sky", "ский"),
        ("skaya", "ская"),
        ("zh", "ж"),
        ("kh", "х"),
        ("ts", "ц"),
        ("ch", "ч"),
        ("sh", "ш"),
        ("ya", "я"),
        ("ei", "ей"),
        ("ai", "ай"),
        ("oi", "ой"),
        ("yu", "ю"),
        ("a", "а"),
        ("b", "б"),
        ("v", "в"),
        ("g", "г"),
        ("d", "д"),
        ("e", "е"),
        ("z", "з"),
        ("i", "и"),
        ("y", "ы"),
        ("k", "к"),
        ("l", "л"),
        ("m", "м"),
        ("n", "н"),
        ("o", "о"),
        ("p", "п"),
        ("r", "р"),
        ("s", "с"),
        ("t", "т"),
        ("u", "у"),
        ("f", "ф"),
        ("h", "г"),
        ("c", "к"),
        ("w", "в"),
        ("x", "кс"),
        ("j", "й"),
        ("q", "к"),
    ];
    let lower = s.to_lowercase();
    let mut out = String::new();
    let mut i = 0;
    let mut word_start = true;
    while i < lower.len() {
        let rest = &lower[i..];
        match PAIRS.iter().find(|(l, _)| rest.starts_with(l)) {
            Some((l, c)) => {
                if word_start {
                    out.extend(c.chars().next().into_iter().flat_map(char::to_uppercase));
                    out.extend(c.chars().skip(1));
                } else {
                    out.push_str(c);
                }
                i += l.len();
                word_start = false;
            }
            None => {
                let ch = rest.chars().next().unwrap_or(' ');
                out.push(ch);
                word_start = ch == ' ';
                i += ch.len_utf8();
            }
        }
    }
    out
}

/// One spelling of a person's name, as an article or a list might write it.
pub fn spelling(p: &SynthPerson, rng: &mut Rng) -> String {
    let given = match p.given_class {
        Some(c) if rng.chance(0.5) => capitalise(GIVEN_NAME_CLASSES[c][rng.below(GIVEN_NAME_CLASSES[c].len())]),
        _ => p.given.clone(),
    };
    let surname = match p.slavic {
        Some((s, e)) if rng.chance(0.4) => slavic_surname(s, e, p.female, true),
        _ => p.surname.clone(),
    };
    // A typo in a long surname: a doubled or a dropped letter.
    let surname = if surname.len() >= 8 && rng.chance(0.1) {
        let k = 2 + rng.below(surname.len() - 4);
        if rng.chance(0.5) {
            format!("{}{}", &surname[..k], &surname[k - 1..])
        } else {
            format!("{}{}", &surname[..k], &surname[k + 1..])
        }
    } else {
        surname
    };
    match rng.below(10) {
        0 => format!("{}. {surname}", &given[..1]),
        1 if p.slavic.is_some() => cyrillic(&format!("{given} {surname}")),
        2 => format!("{}, {given}", surname.to_uppercase()),
        _ => format!("{given} {surname}"),
    }
}

/// `n` person-name strings with the identity (index of the person) each stands for: ten
/// mentions per person on average, under several spellings; relatives share surnames.
pub fn person_names(n: usize, seed: u64) -> Vec<(String, u32)> {
    let mut rng = Rng::new(seed);
    let world = people((n / 10).max(1), &mut rng);
    (0..n)
        .map(|_| {
            let id = rng.below(world.len());
            (spelling(&world[id], &mut rng), id as u32)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_vary_and_stay_deterministic() {
        let a = person_names(500, 1);
        let distinct: std::collections::BTreeSet<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert!(distinct.len() > 150, "{}", distinct.len());
        assert!(a.iter().any(|x| x.0.chars().any(|c| ('а'..='я').contains(&c))));
        assert_ne!(person_names(500, 2), a);
    }

    #[test]
    fn cyrillic_renders_russian_spellings() {
        assert_eq!(cyrillic("Andrei Zhukova"), "Андрей Жукова");
    }
}
