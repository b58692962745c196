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
/// surname skeleton.
fn identity_key(p: &SynthPerson) -> (String, String) {
    // The class is looked up, not read from `given_class`: a relative's census name ("Ben",
    // "Michael") is in a row of the table too, and is then the same name as the row's others.
    let folded = crate::names::fold(&p.given);
    let given = match crate::names::given_class(&folded) {
        Some(c) => format!("#{c}"),
        None => folded,
    };
    // Surnames that share a romanisation skeleton are one name (Kovalenko / Kavalenka);
    // a man and a woman of one name are namesakes too (gendered surnames differ anyway).
    (given, crate::names::key::word_key(&crate::names::fold(&p.surname)))
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
        // "-ai", "-ei", "-oi" at the end of a word are "-ай", "-ей", "-ой" (Nikolai, Sergei).
        let word_end = |n: usize| rest[n..].chars().next().is_none_or(|c| !c.is_alphabetic());
        let diphthong = ["ai", "ei", "oi"].iter().find(|d| rest.starts_with(**d) && word_end(2));
        if let Some(d) = diphthong {
            let vowel = match *d {
                "ai" => "ай",
                "ei" => "ей",
                _ => "ой",
            };
            out.push_str(vowel);
            i += 2;
            word_start = false;
            continue;
        }
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

/// One spelling of a person's name, as a list might write it (with "SURNAME, Given").
pub fn spelling(p: &SynthPerson, rng: &mut Rng) -> String {
    spell(p, rng, true)
}

/// One spelling of a person's name, as news prose writes it.
fn prose_spelling(p: &SynthPerson, rng: &mut Rng) -> String {
    loop {
        let s = spell(p, rng, false);
        if !s.contains(". ") {
            return s;
        }
    }
}

fn spell(p: &SynthPerson, rng: &mut Rng, list: bool) -> String {
    // Cyrillic from the Russian spelling of a Slavic name.
    if p.slavic.is_some() && p.given_class.is_some_and(|c| c < EAST_SLAVIC_GIVEN_ROWS) && rng.chance(0.1) {
        return cyrillic(&p.name());
    }
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
        1 if list => format!("{}, {given}", surname.to_uppercase()),
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

/// A country of the synthetic world, from the built-in gazetteer.
#[derive(Debug, Clone)]
struct Place {
    country: String,
    capital: String,
}

fn places() -> Vec<Place> {
    lines(include_str!("lexicon/countries.txt"))
        .into_iter()
        .filter_map(|l| {
            let f: Vec<&str> = l.split('|').collect();
            let capital = f.get(3)?.split(';').next()?.trim();
            (!capital.is_empty() && !f[0].contains(' ')).then(|| Place {
                country: f[0].to_string(),
                capital: capital.to_string(),
            })
        })
        .collect()
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// The kinds of events the synthetic world has.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Release,
    Arrest,
    Sentence,
    Talks,
}

#[derive(Debug, Clone)]
struct SynthEvent {
    kind: Kind,
    day: i64,
    /// People in the event (released / arrested / sentenced / the two in talks).
    people: Vec<usize>,
    place: usize,
    number: u32,
}

/// A generated corpus: articles `(id, text)` and the gold annotation in the format of
/// `seeds.gold.json`, so `score_graph.py` scores the graph built from it.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The articles, id and text.
    pub articles: Vec<(String, String)>,
    /// The gold annotation.
    pub gold: serde_json::Value,
}

impl Corpus {
    /// Writes `DIR/docs/ID.txt` for each article and `DIR/gold.json`.
    pub fn write(&self, dir: &std::path::Path) -> std::io::Result<()> {
        let docs = dir.join("docs");
        std::fs::create_dir_all(&docs)?;
        for (id, text) in &self.articles {
            std::fs::write(docs.join(format!("{id}.txt")), text)?;
        }
        // Written as it is serialised: the gold of a large corpus is gigabytes as one string.
        let mut out = std::io::BufWriter::new(std::fs::File::create(dir.join("gold.json"))?);
        serde_json::to_writer_pretty(&mut out, &self.gold)?;
        std::io::Write::flush(&mut out)
    }

    /// Total size of the articles in bytes.
    pub fn bytes(&self) -> usize {
        self.articles.iter().map(|(_, t)| t.len()).sum()
    }
}

/// The days a generated corpus spans, per megabyte of articles: two years at 10 MB. Ten
/// times the articles cover ten times the days at the same density of events, as years of
/// news do: a fixed span would pack ten times the events of a kind into each day and
/// capital, and two releases by one government on one day, which reports of one release
/// look like, would become common.
pub const DAYS_PER_MB: usize = 70;

/// Generates about `target_bytes` of news-like articles about a world of people (with
/// relatives), countries and their capitals, where every event (release, arrest, sentence,
/// talks) is reported by two to four articles in different words, dated relatively ("on
/// Saturday") against each article's own date line, and people appear under several
/// spellings. The world grows with the corpus (one person per 2 KB), so names stay as dense
/// as in news, and so does the time it spans ([`DAYS_PER_MB`]).
///
/// ```
/// let c = eventgraph::synth::corpus(20_000, 3);
/// assert!(c.bytes() >= 20_000);
/// assert!(c.gold["events"].as_array().unwrap().len() > 5);
/// ```
pub fn corpus(target_bytes: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let world = people((target_bytes / 2000).max(40), &mut rng);
    let places = places();
    // Families: people who share a surname skeleton, to be kept apart.
    let mut by_stem: std::collections::BTreeMap<String, Vec<usize>> = std::collections::BTreeMap::new();
    for (k, p) in world.iter().enumerate() {
        let stem = crate::names::key::word_key(crate::names::gender_stem(&crate::names::fold(&p.surname)));
        by_stem.entry(stem).or_default().push(k);
    }
    let families: Vec<Vec<usize>> = by_stem.into_values().collect();
    let mut family_of = vec![0; world.len()];
    for (f, members) in families.iter().enumerate() {
        for &k in members {
            family_of[k] = f;
        }
    }
    // The span ends with 2025 and reaches back as far as the corpus needs (1834 at 1 GB; the
    // date reader takes years from 1800, so up to about 1.5 GB).
    let days = (target_bytes / (1_000_000 / DAYS_PER_MB)).max(DAYS_PER_MB);
    let start = crate::time::Date::ymd(2026, 1, 1).map(|d| d.days()).unwrap_or(0) - days as i64;
    let mut events: Vec<SynthEvent> = Vec::new();
    let mut articles: Vec<(String, String)> = Vec::new();
    // Gold bookkeeping: surface forms per person and place, documents per event.
    let mut person_forms: Vec<std::collections::BTreeSet<String>> = vec![Default::default(); world.len()];
    let mut person_docs: Vec<std::collections::BTreeSet<String>> = vec![Default::default(); world.len()];
    let mut place_docs: Vec<std::collections::BTreeSet<String>> = vec![Default::default(); places.len()];
    let mut capital_docs: Vec<std::collections::BTreeSet<String>> = vec![Default::default(); places.len()];
    let mut event_docs: Vec<Vec<String>> = Vec::new();
    let mut bytes = 0usize;
    while bytes < target_bytes {
        let kind = *rng.pick(&[Kind::Release, Kind::Arrest, Kind::Sentence, Kind::Talks]);
        let n_people = if kind == Kind::Talks { 2 } else { 1 };
        let mut ps: Vec<usize> = Vec::new();
        while ps.len() < n_people {
            let k = rng.below(world.len());
            if !ps.contains(&k) {
                ps.push(k);
            }
        }
        let ev = SynthEvent {
            kind,
            day: start + rng.below(days) as i64,
            people: ps,
            place: rng.below(places.len()),
            number: match kind {
                Kind::Release => 5 + rng.below(200) as u32,
                Kind::Sentence => 2 + rng.below(14) as u32,
                _ => 0,
            },
        };
        let e = events.len();
        events.push(ev);
        event_docs.push(Vec::new());
        let reports = 2 + rng.below(3);
        for r in 0..reports {
            let id = format!("g{:07}", articles.len());
            let ev = &events[e];
            let published = ev.day + rng.below(3) as i64;
            let (text, relative) = article(
                &world,
                &places,
                ev,
                published,
                r,
                &families[family_of[ev.people[0]]],
                &mut rng,
                &mut person_forms,
            );
            // A relative named in the article is in the gold too.
            if let Some(k) = relative {
                person_docs[k].insert(id.clone());
            }
            for &p in &ev.people {
                person_docs[p].insert(id.clone());
            }
            place_docs[ev.place].insert(id.clone());
            if matches!(ev.kind, Kind::Arrest | Kind::Sentence | Kind::Talks) {
                capital_docs[ev.place].insert(id.clone());
            }
            event_docs[e].push(id.clone());
            bytes += text.len();
            articles.push((id, text));
        }
    }
    let date = |d: i64| crate::time::Date::from_days(d).to_string();
    let mut entities = Vec::new();
    for (k, p) in world.iter().enumerate() {
        if person_docs[k].is_empty() {
            continue;
        }
        entities.push(serde_json::json!({
            "id": format!("p{k}"), "kind": "person", "name": p.name(),
            "variants": person_forms[k], "docs": person_docs[k], "required": true,
        }));
    }
    for (k, pl) in places.iter().enumerate() {
        if !place_docs[k].is_empty() {
            entities.push(serde_json::json!({
                "id": format!("c{k}"), "kind": "country", "name": pl.country,
                "variants": [pl.country], "docs": place_docs[k], "required": true,
            }));
        }
        if !capital_docs[k].is_empty() {
            entities.push(serde_json::json!({
                "id": format!("l{k}"), "kind": "location", "name": pl.capital,
                "variants": [pl.capital], "docs": capital_docs[k], "required": true,
            }));
        }
    }
    let mut must_not_merge = Vec::new();
    for fam in families.iter().filter(|v| v.len() > 1) {
        let seen: Vec<usize> = fam.iter().copied().filter(|&k| !person_docs[k].is_empty()).collect();
        for (i, &a) in seen.iter().enumerate() {
            for &b in &seen[i + 1..] {
                must_not_merge.push(serde_json::json!([format!("p{a}"), format!("p{b}")]));
            }
        }
    }
    let gold_events: Vec<serde_json::Value> = events
        .iter()
        .enumerate()
        .map(|(e, ev)| {
            let people: Vec<String> = ev.people.iter().map(|p| format!("p{p}")).collect();
            let (kind, roles, quantities) = match ev.kind {
                Kind::Release => (
                    "release",
                    serde_json::json!({"agent": [format!("c{}", ev.place)], "released": people}),
                    serde_json::json!([{"value": ev.number, "unit": "prisoners"}]),
                ),
                Kind::Arrest => ("arrest", serde_json::json!({"patient": people}), serde_json::json!([])),
                Kind::Sentence => (
                    "sentence",
                    serde_json::json!({"patient": people}),
                    serde_json::json!([{"value": ev.number, "unit": "years"}]),
                ),
                Kind::Talks => (
                    "talks",
                    serde_json::json!({"participant": people, "location": [format!("l{}", ev.place)]}),
                    serde_json::json!([]),
                ),
            };
            serde_json::json!({"id": format!("v{e}"), "kind": kind, "date": date(ev.day), "required": true,
                               "roles": roles, "quantities": quantities, "docs": event_docs[e]})
        })
        .collect();
    let docs: serde_json::Map<String, serde_json::Value> = articles
        .iter()
        .map(|(id, _)| (id.clone(), serde_json::json!({"published": serde_json::Value::Null})))
        .collect();
    let gold = serde_json::json!({
        "about": format!("Synthetic corpus, seed {seed}, generated by eventgraph::synth::corpus"),
        "docs": docs, "entities": entities, "must_not_merge": must_not_merge,
        "relations": [], "events": gold_events, "facts": [],
    });
    Corpus { articles, gold }
}

fn date_line(day: i64) -> String {
    let d = crate::time::Date::from_days(day);
    let (m, dd) = (d.month.unwrap_or(1) as usize, d.day.unwrap_or(1));
    format!("Posted On: {} {dd}, {}", MONTHS[m - 1], d.year)
}

/// How an article says when: the weekday when the event is at most six days before the
/// article's date, else the full date.
fn when(day: i64, published: i64, rng: &mut Rng) -> String {
    let d = crate::time::Date::from_days(day);
    if published - day <= 6 && rng.chance(0.7) {
        return format!("on {}", WEEKDAYS[d.weekday() as usize]);
    }
    format!(
        "on {} {}, {}",
        MONTHS[d.month.unwrap_or(1) as usize - 1],
        d.day.unwrap_or(1),
        d.year
    )
}

const ROLES: &[&str] = &[
    "opposition activist",
    "journalist",
    "rights campaigner",
    "blogger",
    "lawyer",
    "trade unionist",
];
const OFFICIALS: &[&str] = &["Foreign Minister", "Prime Minister", "President", "special envoy"];

#[allow(clippy::too_many_arguments)]
fn article(
    world: &[SynthPerson],
    places: &[Place],
    ev: &SynthEvent,
    published: i64,
    variant: usize,
    family: &[usize],
    rng: &mut Rng,
    forms: &mut [std::collections::BTreeSet<String>],
) -> (String, Option<usize>) {
    let pl = &places[ev.place];
    let name = |k: usize, rng: &mut Rng, forms: &mut [std::collections::BTreeSet<String>]| {
        let s = prose_spelling(&world[k], rng);
        forms[k].insert(s.clone());
        s
    };
    let surname_of = |full: &str| -> String {
        // The last word, or the word before a comma in "SURNAME, Given".
        match full.split_once(',') {
            Some((s, _)) => s.to_string(),
            None => full.split_whitespace().last().unwrap_or(full).to_string(),
        }
    };
    let when = when(ev.day, published, rng);
    let mut body: Vec<String> = Vec::new();
    let title;
    let p0 = ev.people[0];
    let full0 = {
        // Articles introduce a person with a full name (not initials).
        name(p0, rng, forms)
    };
    let role = rng.pick(ROLES);
    match ev.kind {
        Kind::Release => {
            title = format!("{} frees {} prisoners", pl.country, ev.number);
            body.push(match variant % 3 {
                0 => format!(
                    "{} released {} prisoners {when}, including {role} {full0}.",
                    pl.country, ev.number
                ),
                1 => format!(
                    "The government of {} freed {role} {full0} {when} along with {} other prisoners.",
                    pl.country,
                    ev.number - 1
                ),
                _ => format!(
                    "{role} {full0} walked free {when}, one of {} prisoners released by {}.",
                    ev.number, pl.country
                )
                .replacen(role, &capitalise(role), 1),
            });
        }
        Kind::Arrest => {
            title = format!("{role} detained in {}", pl.capital).replacen(role, &capitalise(role), 1);
            body.push(match variant % 2 {
                0 => format!("Police in {} arrested {role} {full0} {when}.", pl.capital),
                _ => format!(
                    "{} was arrested in {} {when}, a {role} said to be critical of the government of {}.",
                    full0, pl.capital, pl.country
                ),
            });
        }
        Kind::Sentence => {
            title = format!("Court jails {role}");
            body.push(match variant % 2 {
                0 => format!(
                    "A court in {} sentenced {role} {full0} to {} years in prison {when}.",
                    pl.capital, ev.number
                ),
                _ => format!(
                    "{full0}, a {role}, was sentenced to {} years {when} by a court in {}.",
                    ev.number, pl.capital
                ),
            });
        }
        Kind::Talks => {
            let p1 = ev.people[1];
            let full1 = name(p1, rng, forms);
            let title0 = rng.pick(OFFICIALS);
            title = format!("Talks in {}", pl.capital);
            body.push(match variant % 2 {
                0 => format!("{title0} {full0} met {full1} in {} {when} for talks.", pl.capital),
                _ => format!(
                    "{full0} held talks with {full1} in {} {when}, officials said.",
                    pl.capital
                ),
            });
            let s1 = surname_of(&full1);
            forms[p1].insert(s1.clone());
            body.push(format!("{s1} said the meeting had been useful."));
        }
    }
    // A later sentence names the person by surname, unless a relative is named too.
    let s0 = surname_of(&full0);
    let relative = family.iter().copied().find(|&k| k != p0).filter(|_| rng.chance(0.5));
    if let Some(rel) = relative {
        let r = name(rel, rng, forms);
        body.push(format!(
            "{r}, a relative, said the family had not been told in advance."
        ));
    } else {
        forms[p0].insert(s0.clone());
        body.push(format!("{s0} has denied any wrongdoing, according to lawyers."));
    }
    // Filler of the kind news carries, with numbers and places that are not events.
    let filler = [
        format!("Officials in {} did not respond to a request for comment.", pl.capital),
        "Rights groups have called for more transparency about the cases.".to_string(),
        format!(
            "The case has drawn criticism from governments in Europe and beyond, and analysts said relations with {} could improve in the coming months.",
            pl.country
        ),
        "Diplomats said further steps would depend on the outcome of ongoing discussions.".to_string(),
    ];
    for _ in 0..2 + rng.below(3) {
        body.push(rng.pick(&filler).clone());
    }
    (
        format!("{title}\n{}\n\n{}\n", date_line(published), body.join(" ")),
        relative,
    )
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
    fn corpus_has_reports_gold_and_relative_dates() {
        let c = corpus(30_000, 5);
        assert!(c.bytes() >= 30_000);
        let events = c.gold["events"].as_array().unwrap();
        assert!(events.iter().all(|e| e["docs"].as_array().unwrap().len() >= 2));
        assert!(
            c.articles
                .iter()
                .any(|(_, t)| WEEKDAYS.iter().any(|w| t.contains(&format!("on {w}"))))
        );
        assert_eq!(corpus(30_000, 5).articles, c.articles);
    }

    #[test]
    fn cyrillic_renders_russian_spellings() {
        assert_eq!(cyrillic("Andrei Zhukova"), "Андрей Жукова");
    }
}
