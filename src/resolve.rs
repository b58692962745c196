//! Within-document resolution: mentions grouped into the document's entities (a surname to
//! the one full name it can belong to, "his son Eduard" to a person with his father's
//! surname, demonyms to their country), with gender read from names and pronouns.

use std::collections::BTreeSet;

use crate::document::Zone;
use crate::lexicon::words::{KIN_NOUNS, KINSHIP};
use crate::lexicon::{EntityKind, Lexicon};
use crate::mentions::Mention;
use crate::names::tables::SURNAME_FIRST_FAMILIES;
use crate::names::{Gender, PersonName, PreparedName, Verdict, cluster, compare_prepared, fold};
use crate::text::Token;

/// The index of the document's entity for the country the lexicon names `canonical`, if
/// the document names it.
pub(crate) fn country_entity(ents: &[DocEntity], canonical: &str) -> Option<usize> {
    ents.iter()
        .position(|x| x.kind == EntityKind::Country && x.canonical.as_deref() == Some(canonical))
}

/// An entity of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocEntity {
    /// Kind.
    pub kind: EntityKind,
    /// Best name (the longest full form seen, or the lexicon's canonical name).
    pub name: String,
    /// Every surface form seen, sorted, each once (a sorted `Vec` rather than a set: a
    /// corpus holds millions of these until the merge).
    pub aliases: Vec<String>,
    /// Indices of its mentions.
    pub mentions: Vec<usize>,
    /// Canonical lexicon name, for lexicon entities.
    pub canonical: Option<String>,
    /// Gender, where names or pronouns tell it.
    pub gender: Option<Gender>,
    /// True when the full name was inferred (a son named only by his given name).
    pub inferred_name: bool,
    /// True for a person the document first names as someone's kin ("X, a relative,", "his
    /// son X"): another person than the document's others of other names, however alike
    /// (the graph merge does not join them).
    pub kin: bool,
}

/// A relation stated between two entities of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocRelation {
    /// Source entity index.
    pub source: usize,
    /// Relation name (see [`crate::graph::RelationKind`]).
    pub kind: &'static str,
    /// Target entity index.
    pub target: usize,
    /// Byte span of the evidence.
    pub span: (usize, usize),
}

/// A body's name followed by a short name in brackets defines it ("the Republican People's
/// Party (CHP)", "the Patriotic Union of Cuba (Unpacu)"): the two are one body whatever the
/// letters (an acronym of the name in another language). `idx` holds the mention of each name that
/// `groups` groups.
fn join_defined_acronyms(text: &str, toks: &[Token], mentions: &[Mention], idx: &[usize], groups: &mut [u32]) {
    for k in 0..idx.len() {
        let m = &mentions[idx[k]];
        // (A name of one word before brackets is too often the tail of a longer name the
        // mention rules cut: "… for Sport (CAS)".)
        if toks.get(m.last).is_none_or(|t| t.text(text) != "(") || m.last - m.first < 2 {
            continue;
        }
        let defined = (0..idx.len()).find(|&n| {
            let d = &mentions[idx[n]];
            d.first == m.last + 1
                && d.last == d.first + 1
                && d.text.len() >= 2
                && (!d.text.chars().any(char::is_lowercase) || d.lexical.is_none() && d.text.chars().count() <= 8)
                && toks.get(d.last).is_some_and(|t| t.text(text) == ")")
        });
        if let Some(n) = defined {
            let (from, to) = (groups[n], groups[k]);
            for g in groups.iter_mut().filter(|g| **g == from) {
                *g = to;
            }
        }
    }
}

/// Groups a document's mentions into entities. Returns the entities, the entity of each
/// mention, and the relations stated by kinship phrases.
pub fn resolve_document(
    text: &str,
    toks: &[Token],
    mentions: &[Mention],
    lex: &Lexicon,
) -> (Vec<DocEntity>, Vec<Option<usize>>, Vec<DocRelation>) {
    let mut ents: Vec<DocEntity> = Vec::new();
    let mut of: Vec<Option<usize>> = vec![None; mentions.len()];
    let new_entity = |ents: &mut Vec<DocEntity>, kind, name: &str| {
        ents.push(DocEntity {
            kind,
            name: name.to_string(),
            aliases: Vec::new(),
            mentions: Vec::new(),
            canonical: None,
            gender: None,
            inferred_name: false,
            kin: false,
        });
        ents.len() - 1
    };
    let attach = |ents: &mut Vec<DocEntity>, of: &mut Vec<Option<usize>>, e: usize, mi: usize| {
        let text = &mentions[mi].text;
        if !ents[e].aliases.contains(text) {
            ents[e].aliases.push(text.clone());
        }
        ents[e].mentions.push(mi);
        of[mi] = Some(e);
    };
    // Which mentions that may name a person name them as someone's kin (read once each).
    let mut kin_named: Vec<bool> = mentions
        .iter()
        .map(|m| matches!(m.kind, None | Some(EntityKind::Person)) && introduced_as_kin(text, toks, m))
        .collect();
    // ("His parents, A and B": B is kin too.)
    for k in 1..mentions.len() {
        let (p, m) = (&mentions[k - 1], &mentions[k]);
        if kin_named[k - 1]
            && m.first == p.last + 1
            && toks[p.last].lower(text) == "and"
            && matches!(m.kind, None | Some(EntityKind::Person))
            && kin_noun_before(text, toks, p).is_some_and(|w| is_plural_kin(&w))
        {
            kin_named[k] = true;
        }
    }
    let any_kin = kin_named.contains(&true);
    // 1. Lexicon mentions: one entity per canonical name and kind (demonyms reach their country).
    for (mi, m) in mentions.iter().enumerate() {
        let Some((canonical, _)) = &m.lexical else { continue };
        let kind = m.kind.unwrap_or(EntityKind::Location);
        let e = match ents
            .iter()
            .position(|e| e.canonical.as_deref() == Some(canonical) && e.kind == kind)
        {
            Some(e) => e,
            None => {
                let e = new_entity(&mut ents, kind, canonical);
                ents[e].canonical = Some(canonical.clone());
                e
            }
        };
        attach(&mut ents, &mut of, e, mi);
    }
    // 2. Full names of people and names of organisations, grouped with the name matcher.
    for kind in [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Location,
        EntityKind::Award,
    ] {
        let idx: Vec<usize> = (0..mentions.len())
            .filter(|&i| of[i].is_none() && mentions[i].kind == Some(kind))
            // (A hyphenated surname alone, "Kara-Murza", is one word, not a given name and a surname.)
            .filter(|&i| kind != EntityKind::Person || mentions[i].text.contains(char::is_whitespace))
            // (A double surname alone, "Braga Netto" after "Walter Braga Netto", is read with
            // the single words below.)
            .filter(|&i| kind != EntityKind::Person || !surnames_of_another(lex, mentions, i))
            // (And "the Journal" after "the Wall Street Journal", read below.)
            .filter(|&i| kind != EntityKind::Organisation || !tail_of_one_body(text, toks, mentions, i))
            .collect();
        let names: Vec<&str> = idx.iter().map(|&i| mentions[i].text.as_str()).collect();
        let mut groups = cluster(&names, kind.name_kind());
        if kind == EntityKind::Person {
            keep_kin_apart(&names, &mut groups, |k| kin_named[idx[k]]);
        }
        if kind == EntityKind::Organisation {
            join_defined_acronyms(text, toks, mentions, &idx, &mut groups);
        }
        let mut group_entity: Vec<Option<usize>> = vec![None; names.len()];
        for (k, &g) in groups.iter().enumerate() {
            let e = match group_entity[g as usize] {
                Some(e) => e,
                None => {
                    let e = new_entity(&mut ents, kind, names[k]);
                    group_entity[g as usize] = Some(e);
                    e
                }
            };
            // (The longest spelling; of two alike but for case, the one not in capitals: a
            // dateline's "SAIPAN" is "Saipan".)
            let cur = &ents[e].name;
            let capitals = |x: &str| !x.chars().any(char::is_lowercase);
            if names[k].len() > cur.len() || capitals(cur) && !capitals(names[k]) && names[k].eq_ignore_ascii_case(cur)
            {
                ents[e].name = names[k].to_string();
            }
            attach(&mut ents, &mut of, e, idx[k]);
        }
    }
    // 3. Single words and names of unknown kind: to the one compatible entity, if any.
    // Entity names are prepared once; a mention is compared only with entities that share
    // a word key with it (or, for a short single word, organisations it may abbreviate).
    let mut prepared: Vec<Option<(PreparedName, BTreeSet<String>)>> = Vec::new();
    for mi in 0..mentions.len() {
        if of[mi].is_some() {
            continue;
        }
        let m = &mentions[mi];
        prepared.resize_with(ents.len(), || None);
        let folded = fold(&m.text);
        let short_word = !folded.contains(' ') && (2..=6).contains(&folded.len());
        let mut as_kind: [Option<(PreparedName, Vec<String>)>; 2] = [None, None];
        let mut candidates: Vec<usize> = Vec::new();
        for e in 0..ents.len() {
            let ek = ents[e].kind;
            let slot = match ek {
                EntityKind::Person => 0,
                EntityKind::Organisation => 1,
                _ => continue,
            };
            if m.kind.is_some_and(|k| k != ek) {
                continue;
            }
            let nk = ek.name_kind();
            let (pe, keys) = prepared[e].get_or_insert_with(|| {
                let p = PreparedName::new(&ents[e].name, nk);
                let keys = p.word_keys().map(str::to_string).collect();
                (p, keys)
            });
            let (pm, mkeys) = as_kind[slot].get_or_insert_with(|| {
                let p = PreparedName::new(&m.text, nk);
                let keys = p.word_keys().map(str::to_string).collect();
                (p, keys)
            });
            // A person the document introduces later as someone's kin ("X, a relative") is
            // not the one an earlier surname names; a name written as someone's kin is not a
            // person the document names otherwise (see `keep_kin_apart`).
            if ek == EntityKind::Person
                && any_kin
                && (ents[e]
                    .mentions
                    .iter()
                    .min()
                    .is_some_and(|&first| mentions[first].start > m.start && kin_named[first])
                    || kin_named[mi] && !ents[e].aliases.iter().any(|a| fold(a) == folded))
            {
                continue;
            }
            let may_abbreviate = short_word && ek == EntityKind::Organisation;
            if !may_abbreviate && !mkeys.iter().any(|k| keys.contains(k)) {
                continue;
            }
            let c = compare_prepared(pm, pe);
            if c.is_match() && (c.verdict == Verdict::Partial || c.verdict == Verdict::Same) {
                candidates.push(e);
            }
        }
        // Among several, the relatives the document introduced as someone's kin ("Lai's
        // son, Sebastien Lai", "his daughter Claire Lai") leave the bare surname to the one
        // person it names otherwise.
        // (A person the document first names as someone's kin.)
        let introduced_as_kin = |e: usize| ents[e].mentions.iter().min().is_some_and(|&first| kin_named[first]);
        if candidates.len() > 1 && any_kin && !kin_named[mi] {
            let others: Vec<usize> = candidates.iter().copied().filter(|&e| !introduced_as_kin(e)).collect();
            if let [one] = others[..] {
                candidates = vec![one];
            }
        }
        // A double surname alone goes to the full name it ends ("De Wilde" is "Filip De
        // Wilde", not "De Bilde" a letter away).
        let double = surnames_of_another(lex, mentions, mi);
        if double && candidates.len() > 1 {
            let ending: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&e| {
                    fold(&ents[e].name)
                        .strip_suffix(folded.as_str())
                        .is_some_and(|h| h.ends_with(' '))
                })
                .collect();
            if let [one] = ending[..] {
                candidates = vec![one];
            }
        }
        if candidates.len() == 1 {
            attach(&mut ents, &mut of, candidates[0], mi);
            continue;
        }
        // A given name alone ("Maria") names the one person with that given name; so does a
        // word read as a person's name that is no known surname, where one person's full name
        // opens with it (news names Thai people by their given name: "Thaksin" after "Thaksin
        // Shinawatra").
        let lw = &folded;
        let given_alone =
            lex.is_given_name(lw) || m.kind == Some(EntityKind::Person) && !lex.is_surname(lw) && !lex.is_common(lw);
        if !lw.contains(' ') && given_alone {
            let with_given: Vec<usize> = (0..ents.len())
                .filter(|&e| ents[e].kind == EntityKind::Person)
                .filter(|&e| PersonName::parse(&ents[e].name).given().any(|g| g == lw))
                .collect();
            // (Kin named by a given name is most often another person, "his son Eduard";
            // a speaker's own kin is the one the story named: "My husband Pavel is free".)
            let my_kin = m.first >= 2 && toks[m.first - 2].lower(text) == "my";
            if with_given.len() == 1 && (!is_kin_named(text, toks, m) || my_kin) {
                attach(&mut ents, &mut of, with_given[0], mi);
                continue;
            }
        }
        if !candidates.is_empty() {
            continue; // ambiguous: stays unlinked
        }
        // "The Journal" after "the Wall Street Journal": a body's last word after "the" is
        // the one body of the document it ends.
        if tail_of_one_body(text, toks, mentions, mi) {
            let ending: Vec<usize> = (0..ents.len())
                .filter(|&e| ents[e].kind == EntityKind::Organisation)
                .filter(|&e| {
                    ents[e]
                        .name
                        .strip_suffix(m.text.as_str())
                        .is_some_and(|h| h.ends_with(' '))
                })
                .collect();
            if let [one] = ending[..] {
                attach(&mut ents, &mut of, one, mi);
                continue;
            }
        }
        // Surnames the name matcher reads otherwise alone, where the document names one such
        // person (not one it introduces as someone's kin): a Spanish or Portuguese double
        // surname by its first part ("Gonzalez" is "Edmundo Gonzalez Urrutia"), and a
        // hyphenated surname whole ("Kara-Murza", which alone would parse as a given name
        // and a surname).
        if m.kind.is_none_or(|k| k == EntityKind::Person)
            && (!m.text.contains(char::is_whitespace) || double)
            && !lex.is_given_name(lw)
        {
            let hyphenated = m.text.contains('-');
            let bearers: Vec<usize> = (0..ents.len())
                .filter(|&e| ents[e].kind == EntityKind::Person && !introduced_as_kin(e))
                .filter(|&e| {
                    let full = fold(&ents[e].name);
                    if hyphenated || double {
                        full.strip_suffix(lw.as_str()).is_some_and(|head| head.ends_with(' '))
                    } else {
                        let words: Vec<&str> = full.split(' ').collect();
                        words.len() >= 3 && words[words.len() - 2] == lw && lex.is_given_name(words[0])
                    }
                })
                .collect();
            if let [e] = bearers[..] {
                attach(&mut ents, &mut of, e, mi);
                continue;
            }
        }
        // A family name written first alone ("Xi", "Yoon"): the one person whose full name
        // opens with it, where no one's ends with it.
        if m.kind.is_none_or(|k| k == EntityKind::Person) && SURNAME_FIRST_FAMILIES.contains(&lw.as_str()) {
            let persons = || (0..ents.len()).filter(|&e| ents[e].kind == EntityKind::Person);
            let opening: Vec<usize> = persons()
                .filter(|&e| {
                    let full = fold(&ents[e].name);
                    full.strip_prefix(lw.as_str()).is_some_and(|rest| rest.starts_with(' '))
                })
                .collect();
            let ending = persons().any(|e| {
                let full = fold(&ents[e].name);
                full.strip_suffix(lw.as_str()).is_some_and(|head| head.ends_with(' '))
            });
            if let [e] = opening[..]
                && !ending
            {
                attach(&mut ents, &mut of, e, mi);
                continue;
            }
        }
        let kind = match m.kind {
            Some(k) => k,
            None => {
                // Unknown multi-word names of plain name-like words are most often people.
                let words = fold(&m.text).split(' ').count();
                if (2..=3).contains(&words)
                    && m.zone != Zone::Title
                    && m.text
                        .split_whitespace()
                        .all(|w| !lex.is_common(&crate::text::lowercase(w)))
                {
                    EntityKind::Person
                } else {
                    continue;
                }
            }
        };
        // Same surface already an entity of this kind (a single-word person seen twice).
        let e = match ents
            .iter()
            .position(|e| e.kind == kind && fold(&e.name) == fold(&m.text))
        {
            Some(e) => e,
            None => new_entity(&mut ents, kind, &m.text),
        };
        attach(&mut ents, &mut of, e, mi);
    }
    // 4. Gender from names, then from pronouns that open the next sentence.
    for e in ents.iter_mut().filter(|e| e.kind == EntityKind::Person) {
        e.gender = PersonName::parse(&e.name).gender();
    }
    pronoun_gender(text, toks, mentions, &of, &mut ents);
    // A person written right after a gendered kin noun is of its gender ("his wife X",
    // "Ferrer's wife, Nelva Ortega"), whatever the surname's ending says.
    if any_kin {
        for (mi, m) in mentions.iter().enumerate() {
            if let Some(e) = of[mi]
                && ents[e].kind == EntityKind::Person
                && let Some(g) = kin_noun_before(text, toks, m).and_then(|w| kin_noun_gender(&w))
            {
                ents[e].gender = Some(g);
            }
        }
    }
    for e in ents.iter_mut().filter(|e| any_kin && e.kind == EntityKind::Person) {
        e.kin = e.mentions.iter().min().is_some_and(|&first| kin_named[first]);
    }
    // 5. Kinship: "his son Eduard", "whose son Eduard", "Her sister, X", "X's sister".
    let rels = kinship(text, toks, mentions, &of, &mut ents);
    for e in &mut ents {
        e.aliases.sort();
    }
    (ents, of, rels)
}

/// Splits from each group the names written as someone's kin ("X, a relative,", "his
/// son X") in a spelling that no other name of the group has: the document introduces
/// another person of the family there, who may bear a look-alike of the name
/// (Purnell / Pernell) but is not the person the other spellings name. (Group ids stay
/// indices of a member, as [`cluster`] gives them.)
fn keep_kin_apart(names: &[&str], groups: &mut [u32], kin: impl Fn(usize) -> bool) {
    let marked: Vec<bool> = (0..names.len()).map(kin).collect();
    // Only the groups that hold a kin-named name can change.
    let mut ids: Vec<u32> = (0..names.len()).filter(|&k| marked[k]).map(|k| groups[k]).collect();
    if ids.is_empty() {
        return;
    }
    ids.sort_unstable();
    ids.dedup();
    let folded: Vec<String> = names.iter().map(|n| fold(n)).collect();
    for g in ids {
        let members: Vec<usize> = (0..names.len()).filter(|&k| groups[k] == g).collect();
        let plain: Vec<&str> = members
            .iter()
            .filter(|&&k| !marked[k])
            .map(|&k| folded[k].as_str())
            .collect();
        let (apart, stay): (Vec<usize>, Vec<usize>) = members
            .iter()
            .partition(|&&k| marked[k] && !plain.contains(&folded[k].as_str()));
        if plain.is_empty() || apart.is_empty() {
            continue;
        }
        // Each part takes the id of its first name (an id no other group has: it is a
        // member of this one).
        for (part, id) in [(&apart, apart[0]), (&stay, stay[0])] {
            for &k in part {
                groups[k] = id as u32;
            }
        }
    }
}

/// True when a person's name is written as someone's kin: after a kin noun ("his son X",
/// "her sister, X") or before one (", a relative", ", his brother", ", Y's cousin").
fn introduced_as_kin(text: &str, toks: &[Token], m: &Mention) -> bool {
    let lower = |i: usize| toks.get(i).map(|t| t.lower(text)).unwrap_or_default();
    is_kin_named(text, toks, m)
        || lower(m.last) == ","
            && (matches!(&*lower(m.last + 1), "a" | "an" | "his" | "her" | "their" | "the")
                && is_kin_noun(&lower(m.last + 2))
                || matches!(&*lower(m.last + 2), "'s" | "’s") && is_kin_noun(&lower(m.last + 3)))
}

/// True when person mention `i` is of two or more words and is the last words of another
/// person mention of the document, its first word no given name: a double surname alone
/// ("Braga Netto" of "Walter Braga Netto", "Lula da Silva").
fn surnames_of_another(lex: &Lexicon, mentions: &[Mention], i: usize) -> bool {
    let m = &mentions[i];
    m.kind == Some(EntityKind::Person)
        && m.text.contains(' ')
        && !m.text.split(' ').next().is_some_and(|w| lex.is_given_name(&fold(w)))
        && mentions.iter().any(|o| {
            o.text.strip_suffix(m.text.as_str()).is_some_and(|h| h.ends_with(' '))
                && crate::mentions::sure_person(o, lex)
        })
}

/// The gender a kin noun gives the person it names.
fn kin_noun_gender(w: &str) -> Option<Gender> {
    match w {
        "son" | "father" | "brother" | "husband" | "widower" | "nephew" | "uncle" | "grandson" | "grandfather" => {
            Some(Gender::Male)
        }
        "daughter" | "mother" | "sister" | "wife" | "widow" | "niece" | "aunt" | "granddaughter" | "grandmother" => {
            Some(Gender::Female)
        }
        _ => None,
    }
}

/// A noun of kinship: of [`KINSHIP`] or of [`KIN_NOUNS`].
fn is_kin_noun(w: &str) -> bool {
    KINSHIP.iter().any(|(k, _)| *k == w) || KIN_NOUNS.contains(&w)
}

/// True when a kin noun stands right before the name ("his son X", "her sister, X").
fn is_kin_named(text: &str, toks: &[Token], m: &Mention) -> bool {
    kin_noun_before(text, toks, m).is_some()
}

/// A plural kin noun, after which "A and B" are both kin: "his parents, A and B".
fn is_plural_kin(w: &str) -> bool {
    matches!(
        w,
        "parents" | "sons" | "daughters" | "children" | "brothers" | "sisters"
    )
}

/// True when mention `i` is one word after "the" that ends the names of bodies the
/// document names in full, all one name: "the Journal" after "the Wall Street Journal".
fn tail_of_one_body(text: &str, toks: &[Token], mentions: &[Mention], i: usize) -> bool {
    let m = &mentions[i];
    if m.kind != Some(EntityKind::Organisation)
        || m.text.contains(char::is_whitespace)
        || m.first == 0
        || toks[m.first - 1].lower(text) != "the"
    {
        return false;
    }
    let mut ending = mentions.iter().filter(|o| {
        o.kind == Some(EntityKind::Organisation)
            && o.text.strip_suffix(m.text.as_str()).is_some_and(|h| h.ends_with(' '))
    });
    ending.next().is_some_and(|first| ending.all(|o| o.text == first.text))
}

/// Where the words naming a kin end before the name: its first token, or the first of the
/// titles (and the place of an office) between a kin noun and it ("His daughter, Vice
/// President X", "Y's daughter, Vice-President X", "Y's son, Davao Mayor X", "her sister,
/// Sheikh X").
fn kin_start(text: &str, toks: &[Token], m: &Mention) -> usize {
    let lower = |i: usize| toks[i].lower(text);
    let mut t = m.first;
    // (A hyphen between two words of the title too: "Vice-President".)
    let title_word = |i: usize| {
        crate::mentions::is_title(&lower(i))
            || lower(i) == "-"
                && i > 0
                && crate::mentions::is_title(&lower(i - 1))
                && i + 1 < toks.len()
                && crate::mentions::is_title(&lower(i + 1))
    };
    while t > 0 && m.first - t < 4 && title_word(t - 1) && !is_kin_noun(&lower(t - 1)) {
        t -= 1;
    }
    if t < m.first && t >= 2 && toks[t - 1].text(text).starts_with(char::is_uppercase) && lower(t - 2) == "," {
        t -= 1;
    }
    let kin_before = t >= 2 && (is_kin_noun(&lower(t - 1)) || lower(t - 1) == "," && is_kin_noun(&lower(t - 2)));
    if kin_before { t } else { m.first }
}

/// The kin noun right before the name, if any ("his son X", "her sister, X"), titles
/// between read through (see [`kin_start`]).
fn kin_noun_before<'t>(text: &'t str, toks: &[Token], m: &Mention) -> Option<std::borrow::Cow<'t, str>> {
    let lower = |i: usize| toks[i].lower(text);
    match kin_start(text, toks, m) {
        f if f >= 1 && is_kin_noun(&lower(f - 1)) => Some(lower(f - 1)),
        f if f >= 2 && lower(f - 1) == "," && is_kin_noun(&lower(f - 2)) => Some(lower(f - 2)),
        _ => None,
    }
}

/// "X … . She …": the first person of a sentence followed by a sentence opening with a
/// gendered pronoun gets that gender, if no name told it already.
fn pronoun_gender(text: &str, toks: &[Token], mentions: &[Mention], of: &[Option<usize>], ents: &mut [DocEntity]) {
    // Where sentences start, found once: a line's first token, or a capital after a stop.
    let starts: Vec<usize> = (0..toks.len())
        .filter(|&i| {
            toks[i].line_start
                || (i > 0
                    && matches!(toks[i - 1].text(text), "." | "!" | "?")
                    && toks[i].text(text).chars().next().is_some_and(char::is_uppercase))
        })
        .collect();
    for (mi, m) in mentions.iter().enumerate() {
        let Some(e) = of[mi] else { continue };
        if ents[e].kind != EntityKind::Person || ents[e].gender.is_some() {
            continue;
        }
        // First person mention of its sentence? (Mentions are in text order: a sentence's
        // are a run.)
        if mentions[..mi]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, x)| x.sentence == m.sentence)
            .any(|(k, _)| of[k].is_some_and(|o| ents[o].kind == EntityKind::Person))
        {
            continue;
        }
        // ("She met X at the border. Her sister …": when a pronoun opens X's own sentence, X
        // is not whom the next one speaks of.)
        let at = starts.partition_point(|&i| i <= m.first);
        let own = at.checked_sub(1).map(|k| starts[k]);
        if own.is_some_and(|i| matches!(toks[i].text(text), "She" | "He" | "Her" | "His" | "They" | "Their")) {
            continue;
        }
        // Next sentence's first word.
        let next = starts[starts.partition_point(|&i| i < m.last)..].first();
        if let Some(&i) = next {
            match toks[i].text(text) {
                "She" | "Her" => ents[e].gender = Some(Gender::Female),
                "He" | "His" => ents[e].gender = Some(Gender::Male),
                _ => {}
            }
        }
    }
}

fn kinship(
    text: &str,
    toks: &[Token],
    mentions: &[Mention],
    of: &[Option<usize>],
    ents: &mut [DocEntity],
) -> Vec<DocRelation> {
    let mut out = Vec::new();
    let lower = |i: usize| toks.get(i).map(|t| t.lower(text)).unwrap_or_default();
    let person_at = |ents: &[DocEntity], start: usize| -> Option<(usize, usize)> {
        mentions
            .iter()
            .enumerate()
            .find(|(_, m)| m.start == start)
            .and_then(|(k, _)| of[k].map(|e| (k, e)))
            .filter(|&(_, e)| ents[e].kind == EntityKind::Person)
    };
    // The last relation stated with a plural kin noun, for a name joined to it by "and"
    // ("his parents, A and B"): the token after that name, the relation, its anchor and
    // where the phrase starts.
    let mut plural: Option<(usize, &'static str, usize, usize)> = None;
    for (mi, m) in mentions.iter().enumerate() {
        let Some(named) = of[mi] else { continue };
        if ents[named].kind != EntityKind::Person {
            continue;
        }
        if let Some((after, rel, anchor, start)) = plural.take()
            && lower(after) == "and"
            && m.first == after + 1
            && anchor != named
        {
            out.push(DocRelation {
                source: named,
                kind: rel,
                target: anchor,
                span: (start, m.end),
            });
            continue;
        }
        // "<anchor>'s sister X", "his son X", "whose son X", "Her sister, X"
        let mut k = kin_start(text, toks, m);
        if k > 0 && lower(k - 1) == "," {
            // ("… access to her children, Greer said": the speaker, not the kin.)
            if crate::lexicon::words::SPEECH_VERBS.contains(&&*lower(m.last)) {
                continue;
            }
            k -= 1;
        }
        if k == 0 {
            continue;
        }
        let Some(&(_, rel)) = KINSHIP.iter().find(|(w, _)| *w == lower(k - 1)) else {
            // "X, Y's sister": the kin noun after the name.
            if (lower(m.last) == "," && m.last + 3 < toks.len() && lower(m.last + 2) == "'s"
                || lower(m.last + 2) == "’s")
                && let Some(&(_, rel)) = KINSHIP.iter().find(|(w, _)| *w == lower(m.last + 3))
                && let Some((_, anchor)) = person_at(ents, toks[m.last + 1].start)
                && anchor != named
            {
                out.push(DocRelation {
                    source: named,
                    kind: rel,
                    target: anchor,
                    span: (m.start, toks[m.last + 3].end),
                });
            } else if lower(m.last) == ","
                && let Some((kin, rel)) = (m.last + 1..m.last + 10)
                    .take_while(|&j| !matches!(&*lower(j), "," | "." | ";" | ""))
                    .find_map(|j| {
                        let w = lower(j);
                        let rel = KINSHIP.iter().find(|(k, _)| *k == w)?.1;
                        (lower(j + 1) == "of").then_some((j, rel))
                    })
                && let Some((ak, anchor)) = (kin + 2..kin + 7)
                    .filter_map(|j| toks.get(j))
                    .find_map(|t| person_at(ents, t.start))
                && anchor != named
            {
                // "X, a blogger and the husband of opposition leader Y": the kin noun and
                // "of" in the words set off after the name.
                out.push(DocRelation {
                    source: named,
                    kind: rel,
                    target: anchor,
                    span: (m.start, mentions[ak].end),
                });
            }
            continue;
        };
        let det_i = k - 2;
        if k < 2 {
            continue;
        }
        let det = lower(det_i);
        // ("Destiny's Child, Ti and Lil Wayne": a capitalised kin noun after a name is the
        // name's own word.)
        if matches!(&*det, "'s" | "’s") && toks[k - 1].text(text).starts_with(char::is_uppercase) {
            continue;
        }
        let anchor = match &*det {
            "'s" | "’s" if det_i > 0 => person_at_end(mentions, of, ents, toks[det_i - 1].end),
            "whose" => person_at_end(mentions, of, ents, toks[det_i.saturating_sub(1)].end)
                .or_else(|| person_at_end(mentions, of, ents, toks[det_i].start.saturating_sub(1))),
            "his" | "her" => {
                let want = if det == "her" { Gender::Female } else { Gender::Male };
                nearest_person_before(mentions, of, ents, mi, named, Some(want))
            }
            _ => None,
        };
        let Some(anchor) = anchor else { continue };
        if anchor == named {
            continue;
        }
        // A child named by the given name alone carries the parent's surname.
        if rel == "child_of"
            && !fold(&ents[named].name).contains(' ')
            && let Some(surname) = PersonName::parse(&ents[anchor].name).surname()
        {
            // (Unless a name joined by "and" gives the one they share: "her children Kiana
            // and Ali Rahmani" bear their father's.)
            let shared = (lower(m.last) == "and")
                .then(|| mentions.iter().position(|n| n.first == m.last + 1))
                .flatten()
                .and_then(|k| of[k])
                .filter(|&e| ents[e].kind == EntityKind::Person && ents[e].name.contains(' '))
                .and_then(|e| ents[e].name.split_whitespace().last().map(str::to_string));
            let display = shared.unwrap_or_else(|| {
                ents[anchor]
                    .name
                    .split_whitespace()
                    .last()
                    .unwrap_or(surname)
                    .to_string()
            });
            ents[named].name = format!("{} {}", ents[named].name, display);
            ents[named].inferred_name = true;
        }
        out.push(DocRelation {
            source: named,
            kind: rel,
            target: anchor,
            span: (toks[det_i].start, m.end),
        });
        if is_plural_kin(&lower(k - 1)) {
            plural = Some((m.last, rel, anchor, toks[det_i].start));
        }
    }
    unnamed_kin_then_named(text, toks, mentions, of, ents, &mut out);
    out
}

/// "The son of jailed media tycoon X urged …. Y X, 28, told reporters": kin the article
/// names only through X, where it names one other person of X's surname (a gendered
/// ending aside), is that person, unless a relation between the two is stated already.
fn unnamed_kin_then_named(
    text: &str,
    toks: &[Token],
    mentions: &[Mention],
    of: &[Option<usize>],
    ents: &[DocEntity],
    out: &mut Vec<DocRelation>,
) {
    let lower = |i: usize| toks.get(i).map(|t| t.lower(text)).unwrap_or_default();
    let stem = |e: usize| surname_stem(&ents[e].name);
    for (k, tok) in toks.iter().enumerate().take(toks.len().saturating_sub(3)) {
        // (Every token of every document passes here: compared without lower-casing first.)
        if !tok.text(text).eq_ignore_ascii_case("the") || !toks[k + 2].text(text).eq_ignore_ascii_case("of") {
            continue;
        }
        let Some(&(_, rel)) = KINSHIP.iter().find(|(w, _)| *w == lower(k + 1)) else {
            continue;
        };
        if is_plural_kin(&lower(k + 1)) {
            continue;
        }
        // (The kin noun itself unnamed: not "X, the son of Y".)
        if k > 0 && lower(k - 1) == "," {
            continue;
        }
        let Some((ami, anchor)) = mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.first >= k + 3 && m.first <= k + 9)
            .find_map(|(i, _)| of[i].filter(|&e| ents[e].kind == EntityKind::Person).map(|e| (i, e)))
        else {
            continue;
        };
        if !ents[anchor].name.contains(' ')
            || (k + 3..mentions[ami].first).any(|j| matches!(&*lower(j), "," | "." | ";" | "and" | "or"))
            // (Named right after: "the son of X, Y," is read from Y.)
            || lower(mentions[ami].last) == ","
        {
            continue;
        }
        let Some(want) = stem(anchor) else { continue };
        let mut bearers: Vec<usize> = (ami + 1..mentions.len())
            .filter_map(|i| of[i])
            .filter(|&e| e != anchor && ents[e].kind == EntityKind::Person && ents[e].name.contains(' '))
            .filter(|&e| stem(e).as_deref() == Some(want.as_str()))
            .collect();
        bearers.sort_unstable();
        bearers.dedup();
        if let [e] = bearers[..]
            && !out
                .iter()
                .any(|r| (r.source, r.target) == (e, anchor) || (r.source, r.target) == (anchor, e))
        {
            out.push(DocRelation {
                source: e,
                kind: rel,
                target: anchor,
                span: (tok.start, mentions[ami].end),
            });
        }
    }
}

/// The surname of a person's name with any gendered ending taken off ("Tsikhanouskaya" and
/// "Tsikhanouski" share one): families share it.
fn surname_stem(name: &str) -> Option<String> {
    PersonName::parse(name)
        .surname()
        .map(|x| crate::names::gender_stem(x).to_string())
}

fn person_at_end(mentions: &[Mention], of: &[Option<usize>], ents: &[DocEntity], end: usize) -> Option<usize> {
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.end <= end && end - m.end <= 2)
        .filter_map(|(k, _)| of[k])
        .find(|&e| ents[e].kind == EntityKind::Person)
}

/// The nearest person before mention `mi` (within three sentences) of the wanted gender;
/// persons of unknown gender count only when no one of the wanted gender is near.
fn nearest_person_before(
    mentions: &[Mention],
    of: &[Option<usize>],
    ents: &[DocEntity],
    mi: usize,
    not: usize,
    want: Option<Gender>,
) -> Option<usize> {
    let s = mentions[mi].sentence;
    let near: Vec<usize> = mentions[..mi]
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, m)| m.sentence + 3 >= s)
        .filter_map(|(k, _)| of[k])
        .filter(|&e| e != not && ents[e].kind == EntityKind::Person)
        .collect();
    // Someone named as another's kin is seldom the "his" of the next kin ("X's parents, A
    // and B, emigrated. His sister, C, …": C is X's sister).
    let pick = |skip_kin: bool| {
        let ok = |e: usize| !(skip_kin && ents[e].kin);
        near.iter()
            .copied()
            .find(|&e| ents[e].gender == want && want.is_some() && ok(e))
            .or_else(|| near.iter().copied().find(|&e| ents[e].gender.is_none() && ok(e)))
    };
    // A relative who bears the surname of one person the document named before is that
    // person's kin ("His wife, Evgenia X, said", though a judge was named last): families
    // share names (a gendered ending aside: Tsikhanouskaya, Tsikhanouski).
    let stem = |e: usize| surname_stem(&ents[e].name);
    if ents[not].name.contains(char::is_whitespace)
        && let Some(kin_stem) = stem(not)
    {
        let mut bearers: Vec<usize> = of[..mi]
            .iter()
            .flatten()
            .copied()
            .filter(|&e| e != not && ents[e].kind == EntityKind::Person && !ents[e].kin)
            .filter(|&e| want.is_none() || ents[e].gender.is_none() || ents[e].gender == want)
            .collect();
        bearers.sort_unstable();
        bearers.dedup();
        bearers.retain(|&e| stem(e).as_deref() == Some(kin_stem.as_str()));
        if let [e] = bearers[..] {
            return Some(e);
        }
    }
    // The sentence's own people first: "X left the prison and was met by his daughter"
    // is X's daughter, though a man of a known gender was named a sentence before.
    let same: Vec<usize> = mentions[..mi]
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, m)| m.sentence == s)
        .filter_map(|(k, _)| of[k])
        .filter(|&e| e != not && ents[e].kind == EntityKind::Person && !ents[e].kin)
        .collect();
    same.iter()
        .copied()
        .find(|&e| ents[e].gender == want && want.is_some())
        .or_else(|| same.iter().copied().find(|&e| ents[e].gender.is_none()))
        .or_else(|| pick(true))
        .or_else(|| pick(false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kin_named_spellings_leave_their_group_and_take_the_id_of_their_first() {
        let names = ["Peter Halvorsen", "Peter Halversen", "Peter Halvorsen", "Anna Lund"];
        let mut groups = vec![0, 0, 0, 3];
        keep_kin_apart(&names, &mut groups, |k| k == 1);
        assert_eq!(groups, [0, 1, 0, 3]);
        // Kin-named first: the kin keep the id of their first, the name that stays its own.
        let mut groups = vec![0, 0, 0, 3];
        keep_kin_apart(&names, &mut groups, |k| k == 0 || k == 2);
        assert_eq!(groups, [0, 1, 0, 3]);
        // A kin-named spelling that the group also writes otherwise stays.
        let mut groups = vec![0, 0, 0, 3];
        keep_kin_apart(&names, &mut groups, |k| k == 0);
        assert_eq!(groups, [0, 0, 0, 3]);
        let names = ["Peter Halversen", "Peter Halvorsen", "Pete Halvorsen"];
        let mut groups = vec![0, 0, 0];
        keep_kin_apart(&names, &mut groups, |k| k == 0);
        assert_eq!(groups, [0, 1, 1]);
        // With no name of the group written otherwise than as kin, nothing moves.
        let mut groups = vec![0, 0, 0];
        keep_kin_apart(&names, &mut groups, |_| true);
        assert_eq!(groups, [0, 0, 0]);
    }
}
