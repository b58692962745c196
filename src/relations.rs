//! Relations and attributes stated by titles and appositions: leader_of, envoy_of,
//! member_of, based_in, located_in, ally_of; ages.

use crate::lexicon::words::{COURTESY_TITLES, ENVOY_TITLES, LEADER_TITLES, is_person_title};
use crate::lexicon::{EntityKind, Form, Lexicon};
use crate::mentions::Mention;
use crate::resolve::{DocEntity, DocRelation, country_entity};
use crate::text::{Token, TokenKind};

/// Titles of the one who leads a body: `"<Body> leader X"` states leader_of.
const BODY_LEADER_TITLES: &[&str] = &[
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "chief",
    "president",
    "secretary-general",
    "secretary general",
    "chief executive",
];

/// An attribute stated of an entity ("Maria Kalesnikava, 43," → age 43).
#[derive(Debug, Clone, PartialEq)]
pub struct DocAttribute {
    /// Entity index.
    pub entity: usize,
    /// Attribute name ("age", "political prisoners").
    pub name: String,
    /// Value as text.
    pub value: String,
    /// Evidence span.
    pub span: (usize, usize),
}

/// Finds relations and attributes in a document.
pub fn find_relations(
    text: &str,
    toks: &[Token],
    mentions: &[Mention],
    of: &[Option<usize>],
    ents: &[DocEntity],
    lex: &Lexicon,
) -> (Vec<DocRelation>, Vec<DocAttribute>) {
    let lower = |i: usize| toks.get(i).map(|t| t.lower(text)).unwrap_or_default();
    let kind = |mi: usize| of[mi].map(|e| ents[e].kind);
    let mut rels = Vec::new();
    let mut attrs = Vec::new();
    for (mi, m) in mentions.iter().enumerate() {
        let Some(e) = of[mi] else { continue };
        let ek = ents[e].kind;
        let prev_m = (0..mi)
            .rev()
            .find(|&k| mentions[k].sentence == m.sentence && of[k].is_some());
        let next_m = (mi + 1..mentions.len()).find(|&k| mentions[k].sentence == m.sentence && of[k].is_some());
        if ek == EntityKind::Person {
            // "<Country> President X", "<Country> special envoy X" (a courtesy title between
            // the office and the name aside: "Bangladesh's Prime Minister Sheikh Hasina").
            let office = m.cue.len()
                - m.cue
                    .iter()
                    .rev()
                    .take_while(|c| COURTESY_TITLES.contains(&c.as_str()))
                    .count();
            let title = m.cue[..office].join(" ");
            // "<Body> leader X", "<Body> envoy X", "<City> Mayor X".
            // (Not a body or country glued to "pro-" or "anti-": "pro-EU president X".)
            let titled = |p: usize| {
                !m.cue.is_empty()
                    && !crate::mentions::after_pro_or_anti(text, toks, mentions[p].first)
                    && mentions[p].last + m.cue.len() + 1 >= m.first
                    && (mentions[p].last..m.first - m.cue.len()).all(|k| matches!(&*lower(k), "'s" | "’s"))
            };
            if let Some(p) = prev_m
                && matches!(kind(p), Some(EntityKind::Organisation | EntityKind::Location))
                && titled(p)
            {
                let heads = if kind(p) == Some(EntityKind::Location) {
                    &["mayor", "governor"][..]
                } else {
                    BODY_LEADER_TITLES
                };
                let relation = if heads.iter().any(|t| title.ends_with(t)) {
                    Some("leader_of")
                } else if kind(p) == Some(EntityKind::Organisation) && ENVOY_TITLES.iter().any(|t| title.ends_with(t)) {
                    Some("envoy_of")
                } else {
                    None
                };
                if let Some(kind) = relation {
                    rels.push(DocRelation {
                        source: e,
                        kind,
                        target: of[p].expect("resolved"),
                        span: (mentions[p].start, m.end),
                    });
                }
            }
            if let Some(p) = prev_m
                && kind(p) == Some(EntityKind::Country)
                && titled(p)
            {
                let country = of[p].expect("resolved");
                // ("Venezuelan opposition leader X" leads no country.)
                let counter = m.cue.iter().any(|c| {
                    matches!(
                        &**c,
                        "opposition" | "rebel" | "protest" | "separatist" | "militant" | "exiled"
                    )
                });
                if LEADER_TITLES.iter().any(|t| title.ends_with(t)) && !counter {
                    rels.push(DocRelation {
                        source: e,
                        kind: "leader_of",
                        target: country,
                        span: (mentions[p].start, m.end),
                    });
                } else if ENVOY_TITLES.iter().any(|t| title.ends_with(t)) {
                    rels.push(DocRelation {
                        source: e,
                        kind: "envoy_of",
                        target: country,
                        span: (mentions[p].start, m.end),
                    });
                }
            }
            // "X, <Country> special envoy …"
            let apposed = next_m.filter(|&n| {
                mentions[n].first == m.last + 1 || (mentions[n].first == m.last + 2 && lower(m.last + 1) == "the")
            });
            if lower(m.last) == ","
                && let Some(n) = apposed
                && kind(n) == Some(EntityKind::Country)
            {
                let after: Vec<std::borrow::Cow<str>> = (mentions[n].last..mentions[n].last + 3).map(lower).collect();
                let phrase = after.join(" ");
                if ENVOY_TITLES
                    .iter()
                    .any(|t| phrase.starts_with(t) || phrase.contains(&format!(" {t}")))
                {
                    rels.push(DocRelation {
                        source: e,
                        kind: "envoy_of",
                        target: of[n].expect("resolved"),
                        span: (m.start, mentions[n].end),
                    });
                }
            }
            // "X, a leader of the opposition Y", "X, the president of Z", "X, a member of
            // the Y": a title of the body or country after the name.
            if lower(m.last) == ","
                && let Some((relation, target)) = title_of_after(mentions, of, ents, &lower, mi)
            {
                rels.push(DocRelation {
                    source: e,
                    kind: relation,
                    target: of[target].expect("resolved"),
                    span: (m.start, mentions[target].end),
                });
            }
            // "The Patriotic Bloc, led by former President X, came second": X leads it.
            let k = m.first - m.cue.len().min(m.first);
            if k >= 3
                && lower(k - 1) == "by"
                && matches!(&*lower(k - 2), "led" | "headed" | "chaired")
                && let Some(p) = prev_m
                && kind(p) == Some(EntityKind::Organisation)
                && mentions[p].last + 2 == k - 1
                && lower(mentions[p].last) == ","
            {
                rels.push(DocRelation {
                    source: e,
                    kind: "leader_of",
                    target: of[p].expect("resolved"),
                    span: (mentions[p].start, m.end),
                });
            }
            // "A US delegation led by X", "Ukraine's delegation was led by Defence Minister
            // X": who leads a country's delegation is its envoy.
            if k >= 4
                && lower(k - 1) == "by"
                && matches!(&*lower(k - 2), "led" | "headed")
                && let Some(d) = [k - 3, k - 4].into_iter().find(|&d| {
                    matches!(&*lower(d), "delegation" | "team")
                        && (d + 1..k - 2).all(|x| matches!(&*lower(x), "was" | "is"))
                })
                && let Some(p) = prev_m
                && kind(p) == Some(EntityKind::Country)
                && (mentions[p].last == d
                    || mentions[p].last + 1 == d && matches!(&*lower(mentions[p].last), "'s" | "’s"))
            {
                rels.push(DocRelation {
                    source: e,
                    kind: "envoy_of",
                    target: of[p].expect("resolved"),
                    span: (mentions[p].start, m.end),
                });
            }
            // "X, President Y's envoy for special missions": the envoy of Y.
            if lower(m.last) == ","
                && let Some(n) = next_m
                && kind(n) == Some(EntityKind::Person)
                && (m.last + 1..mentions[n].first).all(|k| lower(k) == "the" || is_person_title(&lower(k)))
                && mentions[n].first <= m.last + 3
                && matches!(&*lower(mentions[n].last), "'s" | "’s")
                && {
                    let after = mentions[n].last + 1;
                    let title = if lower(after) == "special" { after + 1 } else { after };
                    ENVOY_TITLES.contains(&&*lower(title))
                }
            {
                rels.push(DocRelation {
                    source: e,
                    kind: "envoy_of",
                    target: of[n].expect("resolved"),
                    span: (m.start, mentions[n].end),
                });
            }
            // "<Person>'s envoy, X"
            if m.first >= 4
                && lower(m.first - 1) == ","
                && ENVOY_TITLES.contains(&&*lower(m.first - 2))
                && matches!(&*lower(m.first - 3), "'s" | "’s")
                && let Some(p) = prev_m
                && kind(p) == Some(EntityKind::Person)
                && mentions[p].last == m.first - 3
            {
                rels.push(DocRelation {
                    source: e,
                    kind: "envoy_of",
                    target: of[p].expect("resolved"),
                    span: (mentions[p].start, m.end),
                });
            }
            // "X of the <Org>"
            if lower(m.last) == "of"
                && let Some(n) = next_m
                && kind(n) == Some(EntityKind::Organisation)
                && mentions[n].first <= m.last + 2
            {
                rels.push(DocRelation {
                    source: e,
                    kind: "member_of",
                    target: of[n].expect("resolved"),
                    span: (m.start, mentions[n].end),
                });
            }
            // "X, 43,"
            if lower(m.last) == ","
                && toks.get(m.last + 1).is_some_and(|t| t.kind == TokenKind::Number)
                && lower(m.last + 2) == ","
                && let Ok(age) = lower(m.last + 1).parse::<u32>()
                && (1..120).contains(&age)
            {
                attrs.push(DocAttribute {
                    entity: e,
                    name: "age".into(),
                    value: age.to_string(),
                    span: (m.start, toks[m.last + 1].end),
                });
            }
        }
        // "ally of X": the sentence's first person is the ally.
        // Skip back over title words and a demonym: "ally of Russian President X".
        let mut k = m.first;
        while k > 0
            && (is_person_title(&lower(k - 1))
                || prev_m
                    .is_some_and(|p| mentions[p].last == k && matches!(&mentions[p].lexical, Some((_, Form::Demonym)))))
        {
            k = if prev_m.is_some_and(|p| mentions[p].last == k) {
                mentions[prev_m.expect("checked")].first
            } else {
                k - 1
            };
        }
        if ek == EntityKind::Person && k >= 2 && lower(k - 1) == "of" && lower(k - 2) == "ally" {
            let first_person = (0..mi).find(|&k| {
                mentions[k].sentence == m.sentence && kind(k) == Some(EntityKind::Person) && of[k] != Some(e)
            });
            if let Some(f) = first_person {
                rels.push(DocRelation {
                    source: of[f].expect("resolved"),
                    kind: "ally_of",
                    target: e,
                    span: (mentions[f].start, m.end),
                });
            }
        }
        // "<demonym> … news agency X": based_in.
        if ek == EntityKind::Organisation
            && let Some(p) = prev_m
            && matches!(&mentions[p].lexical, Some((_, Form::Demonym)))
            && m.first - mentions[p].last <= 4
            && (mentions[p].last..m.first).all(|k| toks[k].text(text).chars().all(|c| c.is_lowercase() || c == '-'))
            // ("The Russian side at the Dolmabahce Palace": a place the demonym's people are at.)
            && !(mentions[p].last..m.first).any(|k| {
                matches!(
                    toks[k].text(text),
                    "at" | "in" | "on" | "to" | "from" | "with" | "for" | "by" | "into" | "near"
                )
            })
            // ("Russian courts and the European Court of …", "Americans and Europeans": the
            // demonym is another's; not "Swiss food and drink giant Nestle".)
            && !(mentions[p].last..m.first).any(|k| {
                matches!(toks[k].text(text), "and" | "or" | "&")
                    && (k + 1 == m.first || matches!(toks[k + 1].text(text), "the" | "a" | "an" | "its" | "their"))
            })
        {
            rels.push(DocRelation {
                source: e,
                kind: "based_in",
                target: of[p].expect("resolved"),
                span: (mentions[p].start, m.end),
            });
        }
        // "Belarusian Association of Journalists", "Norwegian Nobel Committee": a body whose
        // name opens with a demonym is based in that country, when the article names it.
        if ek == EntityKind::Organisation
            && m.last > m.first + 1
            // (Not "Inter-American Development Bank".)
            && !(m.first > 0 && toks[m.first - 1].text(text) == "-" && toks[m.first - 1].end == toks[m.first].start)
            && let Some(d) = lex
                .lookup(toks[m.first].text(text))
                .iter()
                .find(|x| x.form == Form::Demonym && x.kind == EntityKind::Country)
            && let Some(c) = country_entity(ents, &d.canonical)
        {
            rels.push(DocRelation {
                source: e,
                kind: "based_in",
                target: c,
                span: (m.start, m.end),
            });
        }
        // "Vilnius, Lithuania" / "the Kremlin in Moscow": located_in.
        if ek == EntityKind::Location
            && let Some(n) = next_m
            && matches!(kind(n), Some(EntityKind::Country) | Some(EntityKind::Location))
            && matches!(&*lower(m.last), "," | "in")
            && mentions[n].first == m.last + 1
            && of[n] != Some(e)
            && !matches!(&mentions[n].lexical, Some((_, Form::Demonym)))
            // ("in Kyiv, Kharkiv and Odesa": a list of places, not one in the other.)
            && !(lower(m.last) == ","
                && kind(n) == Some(EntityKind::Location)
                && (matches!(&*lower(mentions[n].last), "and" | "or")
                    || lower(mentions[n].last) == ","
                        && mentions
                            .get(n + 1)
                            .is_some_and(|x| x.first == mentions[n].last + 1 && kind(n + 1) == Some(EntityKind::Location))))
        {
            rels.push(DocRelation {
                source: e,
                kind: "located_in",
                target: of[n].expect("resolved"),
                span: (m.start, mentions[n].end),
            });
        }
    }
    (rels, attrs)
}

/// The office a possessive apposition states (see [`title_of_after`]), from token `k` after
/// the comma: ", now Syria's interim president", ", Nato's secretary general". Only a bare
/// office, with at most a word of time or standing before it ("the EU's foreign policy
/// chief" leads no union).
fn possessive_office<'t>(
    mentions: &[Mention],
    of: &[Option<usize>],
    ents: &[DocEntity],
    lower: &dyn Fn(usize) -> std::borrow::Cow<'t, str>,
    mi: usize,
    mut k: usize,
) -> Option<(&'static str, usize)> {
    if matches!(&*lower(k), "now" | "currently" | "then") {
        k += 1;
    }
    let n = (mi + 1..mentions.len()).find(|&x| mentions[x].first >= k)?;
    let owner = &mentions[n];
    if owner.first != k || !matches!(&*lower(owner.last), "'s" | "’s") {
        return None;
    }
    let mut t = owner.last + 1;
    if matches!(
        &*lower(t),
        "interim" | "acting" | "new" | "current" | "outgoing" | "incoming"
    ) {
        t += 1;
    }
    // The office runs to the clause's end: a comma, a stop, or "and".
    let end = (t..t + 3).find(|&x| matches!(&*lower(x), "," | "." | ";" | "and" | ")" | ""))?;
    let title = (t..end).map(|x| lower(x).into_owned()).collect::<Vec<_>>().join(" ");
    let relation = match of[n].map(|e| ents[e].kind)? {
        EntityKind::Country if LEADER_TITLES.contains(&title.as_str()) => "leader_of",
        EntityKind::Country if ENVOY_TITLES.contains(&title.as_str()) => "envoy_of",
        EntityKind::Organisation if BODY_LEADER_TITLES.contains(&title.as_str()) => "leader_of",
        _ => return None,
    };
    Some((relation, n))
}

/// The relation an apposition after the person mention `mi` states, and the mention of its
/// body or country: ", a leader of the opposition Y", ", the president of Z", ", a member of
/// the Y". The title is up to three words between the article and "of", none of them making
/// it another office ("deputy leader", "vice president" lead nothing: of a body, they are
/// members); the body follows "of",
/// "the" and up to two lower-case words ("the banned opposition Y").
fn title_of_after<'t>(
    mentions: &[Mention],
    of: &[Option<usize>],
    ents: &[DocEntity],
    lower: &dyn Fn(usize) -> std::borrow::Cow<'t, str>,
    mi: usize,
) -> Option<(&'static str, usize)> {
    let m = &mentions[mi];
    let mut k = m.last + 1;
    if !matches!(&*lower(k), "a" | "an" | "the") {
        return possessive_office(mentions, of, ents, lower, mi, k);
    }
    k += 1;
    // The title: up to three words ending before "of".
    let of_at = (k..k + 4).find(|&x| lower(x) == "of")?;
    let title: Vec<String> = (k..of_at).map(|x| lower(x).into_owned()).collect();
    if title.is_empty() {
        return None;
    }
    let deputy = title
        .iter()
        .any(|w| matches!(w.as_str(), "deputy" | "vice" | "vice-president"));
    let title = title.join(" ");
    let mut t = of_at + 1;
    if lower(t) == "the" {
        t += 1;
    }
    let n = (mi + 1..mentions.len()).find(|&x| mentions[x].first >= t)?;
    // (A person's title before a person: "an envoy of President Y".)
    let titled_person = of[n].is_some_and(|e| ents[e].kind == EntityKind::Person)
        && mentions[n].first <= t + 3
        && (t..mentions[n].first).all(|x| is_person_title(&lower(x)));
    let between_lower = titled_person
        || (t..mentions[n].first).all(|x| lower(x).chars().all(|c| c.is_lowercase() || c == '-'))
            && mentions[n].first <= t + 2;
    if !between_lower || mentions[n].sentence != m.sentence {
        return None;
    }
    // Not one of a list ("X, the King of Belgium as well as Y"), nor a part of the body
    // ("the head of Merrill's private client business").
    if matches!(&*lower(mentions[n].last), "and" | "or" | "as" | "'s" | "’s") {
        return None;
    }
    let kind = of[n].map(|e| ents[e].kind)?;
    let ends = |list: &[&str]| list.iter().any(|x| title == *x || title.ends_with(&format!(" {x}")));
    let relation = match kind {
        // A body's deputy leader is one of its members ("a deputy chairman of the Y party").
        EntityKind::Organisation if deputy && ends(BODY_LEADER_TITLES) => "member_of",
        _ if deputy => return None,
        EntityKind::Organisation if ends(BODY_LEADER_TITLES) => "leader_of",
        EntityKind::Organisation if ends(&["member"]) => "member_of",
        EntityKind::Organisation if ends(ENVOY_TITLES) => "envoy_of",
        EntityKind::Country if ends(LEADER_TITLES) => "leader_of",
        EntityKind::Country if ends(ENVOY_TITLES) => "envoy_of",
        // "X, an envoy of President Y".
        EntityKind::Person if ends(ENVOY_TITLES) => "envoy_of",
        _ => return None,
    };
    Some((relation, n))
}
