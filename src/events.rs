//! Events: triggers in sentences, typed roles filled from the entities around them,
//! quantities and dates.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::document::Zone;
use crate::lexicon::words::{PLACE_NOUNS, SPEECH_VERBS, is_detention_word, is_released_thing};
use crate::lexicon::{EntityKind, Form};
use crate::mentions::{Mention, after_pro_or_anti, is_possessive_mark};
use crate::names::Gender;
use crate::resolve::{DocEntity, country_entity};
use crate::text::{Sentence, Token, TokenKind};
use crate::time::{DateExpr, DateMention};

/// The kind of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Prisoners freed, released, pardoned.
    Release,
    /// Sanctions lifted, eased, removed.
    SanctionsLifted,
    /// Sanctions imposed or tightened.
    SanctionsImposed,
    /// Talks, meetings, negotiations.
    Talks,
    /// Protests and demonstrations.
    Protest,
    /// Elections.
    Election,
    /// Invasions and wars.
    Invasion,
    /// Prison sentences.
    Sentence,
    /// Prizes and awards.
    Award,
    /// Arrests, detentions, jailings.
    Arrest,
}

impl EventKind {
    /// Lower-case name used in exports.
    pub fn as_str(&self) -> &'static str {
        match self {
            EventKind::Release => "release",
            EventKind::SanctionsLifted => "sanctions_lifted",
            EventKind::SanctionsImposed => "sanctions_imposed",
            EventKind::Talks => "talks",
            EventKind::Protest => "protest",
            EventKind::Election => "election",
            EventKind::Invasion => "invasion",
            EventKind::Sentence => "sentence",
            EventKind::Award => "award",
            EventKind::Arrest => "arrest",
        }
    }

    /// Kinds whose undated reports in a news article happen at the article's time.
    pub fn is_current(&self) -> bool {
        matches!(self, EventKind::Release | EventKind::SanctionsLifted | EventKind::Talks)
    }

    /// Kinds that happen to one person each (two such events with different people differ).
    pub fn is_personal(&self) -> bool {
        matches!(
            self,
            EventKind::Sentence | EventKind::Arrest | EventKind::Award | EventKind::Release
        )
    }

    /// Kinds told apart by the sides taking part in them (talks between whom, sanctions by
    /// whom on whom, who invades, who is freed or sentenced). Elections and protests are told
    /// apart by place and date: the people a report names beside them (candidates, leaders
    /// protested against, those jailed after them) vary from one report to the next.
    pub fn has_sides(&self) -> bool {
        !matches!(self, EventKind::Election | EventKind::Protest)
    }
}

/// The role an entity plays in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Who does it.
    Agent,
    /// Who is freed.
    Released,
    /// Who takes part.
    Participant,
    /// Whom it is aimed at.
    Target,
    /// Who receives it.
    Recipient,
    /// Where it happens.
    Location,
    /// Where people are taken.
    Destination,
    /// Who undergoes it (sentenced, arrested).
    Patient,
}

impl Role {
    /// Every role, in their order.
    pub(crate) const ALL: [Role; 8] = [
        Role::Agent,
        Role::Released,
        Role::Participant,
        Role::Target,
        Role::Recipient,
        Role::Location,
        Role::Destination,
        Role::Patient,
    ];

    /// Lower-case name used in exports.
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::Released => "released",
            Role::Participant => "participant",
            Role::Target => "target",
            Role::Recipient => "recipient",
            Role::Location => "location",
            Role::Destination => "destination",
            Role::Patient => "patient",
        }
    }

    /// Roles that identify who an event is about.
    pub fn is_key(&self) -> bool {
        matches!(
            self,
            Role::Agent | Role::Released | Role::Participant | Role::Target | Role::Recipient | Role::Patient
        )
    }
}

/// A number with its unit, as the text states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The value.
    pub value: f64,
    /// The unit ("prisoners", "years").
    pub unit: String,
    /// "more than", "at least", "about", "over", when stated.
    pub qualifier: Option<String>,
    /// For people taken somewhere: the destination entity (document entity index).
    #[serde(skip)]
    pub to_doc: Option<usize>,
    /// Byte span.
    pub span: (usize, usize),
}

/// An event as one document reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct DocEvent {
    /// Kind.
    pub kind: EventKind,
    /// Trigger word span.
    pub trigger: (usize, usize),
    /// Sentence span (the evidence).
    pub sentence: (usize, usize),
    /// Roles: (role, document entity index).
    pub roles: Vec<(Role, usize)>,
    /// The date expression that dates it, if the sentence has one.
    pub date_expr: Option<DateExpr>,
    /// Quantities.
    pub quantities: Vec<Quantity>,
    /// For awards: the prize's name.
    pub subject: Option<String>,
    /// True when stated in a photo caption.
    pub caption: bool,
    /// True when the article tells it as the day's news without a date: in its lead, in the
    /// present perfect ("A court has sentenced X to 19 years"). Like the kinds that are
    /// [`EventKind::is_current`], it then takes the article's date.
    pub current: bool,
    /// True for a release told as the other side of an exchange the article told before: a
    /// sentence opening "In return," or "In exchange," ("In return, Israel released 90
    /// prisoners"). Within its article it is a release of its own.
    pub counter: bool,
}

/// The value of a number word, lower-cased ("sixteen" → 16). A `match`, which the compiler
/// turns into a dispatch on length and bytes: it is asked for every word of three to nine
/// letters of a sentence with an event.
fn number_word(lower: &[u8]) -> Option<f64> {
    Some(match lower {
        b"one" => 1.0,
        b"two" => 2.0,
        b"three" => 3.0,
        b"four" => 4.0,
        b"five" => 5.0,
        b"six" => 6.0,
        b"seven" => 7.0,
        b"eight" => 8.0,
        b"nine" => 9.0,
        b"ten" => 10.0,
        b"eleven" => 11.0,
        b"twelve" => 12.0,
        b"thirteen" => 13.0,
        b"fourteen" => 14.0,
        b"fifteen" => 15.0,
        b"sixteen" => 16.0,
        b"seventeen" => 17.0,
        b"eighteen" => 18.0,
        b"nineteen" => 19.0,
        b"twenty" => 20.0,
        b"thirty" => 30.0,
        b"forty" => 40.0,
        b"fifty" => 50.0,
        b"sixty" => 60.0,
        b"seventy" => 70.0,
        b"eighty" => 80.0,
        b"ninety" => 90.0,
        b"hundred" => 100.0,
        _ => return None,
    })
}

/// Units counted in news about events.
const UNITS: &[&str] = &[
    "prisoners",
    "people",
    "detainees",
    "years",
    "months",
    "days",
    "hostages",
    "protesters",
    "citizens",
    "opponents",
    "activists",
    "journalists",
    "soldiers",
    "civilians",
    "dead",
    "killed",
    "injured",
    "year",
];

struct Cx<'a> {
    text: &'a str,
    toks: &'a [Token],
    mentions: &'a [Mention],
    of: &'a [Option<usize>],
    ents: &'a [DocEntity],
}

impl<'a> Cx<'a> {
    /// Token `i` in lower case ("" past the end).
    fn lower(&self, i: usize) -> Cow<'a, str> {
        self.toks.get(i).map_or(Cow::Borrowed(""), |t| t.lower(self.text))
    }
    /// The document's mentions whose first token is in `from..to` (mentions are in text
    /// order: found by position, not by reading them all).
    fn mentions_in(&self, from: usize, to: usize) -> &'a [Mention] {
        let a = self.mentions.partition_point(|m| m.first < from);
        let b = self.mentions.partition_point(|m| m.first < to).max(a);
        &self.mentions[a..b]
    }
    /// The entity a mention stands for as an actor: a capital or seat of government stands
    /// for its country ("Minsk pardoned").
    fn actor(&self, mi: usize) -> Option<usize> {
        let e = self.of[mi]?;
        let m = &self.mentions[mi];
        if let Some((_, form)) = &m.lexical
            && matches!(form, Form::Capital | Form::Seat)
            && let Some(c) = &m.country
        {
            return country_entity(self.ents, c).or(Some(e));
        }
        Some(e)
    }
    fn kind(&self, mi: usize) -> Option<EntityKind> {
        self.of[mi].map(|e| self.ents[e].kind)
    }
    /// The gender of mention `mi`'s entity, where names, pronouns or kin nouns tell it.
    fn gender(&self, mi: usize) -> Option<Gender> {
        self.of[mi].and_then(|e| self.ents[e].gender)
    }
}

fn number_at(cx: &Cx, i: usize) -> Option<f64> {
    let t = cx.toks.get(i)?;
    let s = t.text(cx.text);
    if t.kind == TokenKind::Number {
        // A number glued by a hyphen to a word names a thing, not a count ("J-6",
        // "F-16", "COVID-19").
        let glued = |k: usize| cx.toks.get(k).is_some_and(|p| p.end == cx.toks[k + 1].start);
        if i >= 2
            && cx.toks[i - 1].text(cx.text) == "-"
            && glued(i - 1)
            && glued(i - 2)
            && cx.toks[i - 2].kind == TokenKind::Word
        {
            return None;
        }
        return s.replace(',', "").parse().ok();
    }
    // Number words are three to nine ASCII letters: compare them lower-cased on the stack.
    if !(3..=9).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut buf = [0u8; 9];
    for (d, b) in buf.iter_mut().zip(s.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    number_word(&buf[..s.len()])
}

/// "123 prisoners", "more than 430 political prisoners", "11 years".
/// With `demonyms`, also people counted by a plural demonym ("eight Russians", "two
/// Americans"): what a release counts, where a figure about a country would misread "one in
/// four Turks" or "57.85 Swiss francs".
fn quantities_in(cx: &Cx, a: usize, b: usize, demonyms: bool) -> Vec<(usize, Quantity)> {
    let mut out = Vec::new();
    for i in a..b {
        let Some(mut v) = number_at(cx, i) else { continue };
        // "a 16-year sentence", "five and a half years".
        let (mut j, hyphen) = if cx.lower(i + 1) == "-" && matches!(&*cx.lower(i + 2), "year" | "month" | "day") {
            (i + 2, true)
        } else if cx.lower(i + 1) == "and" && cx.lower(i + 2) == "a" && cx.lower(i + 3) == "half" {
            v += 0.5;
            (i + 4, false)
        } else {
            (i + 1, false)
        };
        let demonym_at = |j: usize| {
            cx.mentions_in(j, j + 1)
                .first()
                .is_some_and(|m| m.last == j + 1 && matches!(&m.lexical, Some((_, Form::Demonym))))
        };
        // ("114 Belarusian political prisoners": a demonym before the unit.)
        while !hyphen
            && j < b
            && j < i + 4
            && (matches!(
                &*cx.lower(j),
                "political" | "other" | "more" | "of" | "the" | "released"
            ) || demonym_at(j) && (UNITS.contains(&&*cx.lower(j + 1)) || cx.lower(j + 1) == "political"))
        {
            j += 1;
        }
        let unit = cx.lower(j);
        let counted_by_demonym = || demonyms && unit.ends_with('s') && demonym_at(j);
        if !UNITS.contains(&&*unit) && !hyphen && !counted_by_demonym() {
            continue;
        }
        let q2 = if i >= 2 {
            format!("{} {}", cx.lower(i - 2), cx.lower(i - 1))
        } else {
            String::new()
        };
        let q1 = if i >= 1 { cx.lower(i - 1) } else { Cow::Borrowed("") };
        let q1 = q1.as_ref();
        let qualifier = if matches!(
            q2.as_str(),
            "more than" | "at least" | "up to" | "fewer than" | "less than"
        ) {
            Some(q2)
        } else if matches!(
            q1,
            "over" | "about" | "around" | "nearly" | "almost" | "some" | "roughly"
        ) {
            Some(q1.to_string())
        } else {
            None
        };
        let unit = match &*unit {
            "year" => "years".into(),
            "month" => "months".into(),
            "day" => "days".into(),
            _ => unit.into_owned(),
        };
        out.push((
            i,
            Quantity {
                value: v,
                unit,
                qualifier,
                to_doc: None,
                span: (cx.toks[i].start, cx.toks[j].end),
            },
        ));
    }
    out
}

/// Words for a crowd that protests, rallies or marches.
const CROWDS: &[&str] = &[
    "thousands",
    "hundreds",
    "tens",
    "people",
    "crowds",
    "crowd",
    "demonstrators",
    "protesters",
    "protestors",
    "supporters",
    "students",
    "residents",
    "workers",
    "citizens",
    "activists",
    "opponents",
    "women",
];

fn trigger_kind(cx: &Cx, i: usize, a: usize, b: usize) -> Option<EventKind> {
    let w = cx.lower(i);
    // (Words after the trigger are counted without possessive marks: "lift the bloc's
    // remaining economic sanctions" is five words from "lift" to "sanctions".)
    let near = |words: &[&str], before: usize, after: usize| -> bool {
        let marks = (i + 1..(i + after + 1).min(b))
            .filter(|&k| is_possessive_mark(&cx.lower(k)))
            .count();
        (i.saturating_sub(before).max(a)..(i + after + marks + 1).min(b))
            .any(|k| k != i && words.contains(&&*cx.lower(k)))
    };
    let sanctions = ["sanctions", "sanction", "restrictions", "embargo"];
    Some(match &*w {
        "freed" | "frees" | "released" | "releases" | "release" | "releasing" | "pardoned" | "pardons" | "pardon"
        | "freeing" => EventKind::Release,
        "free"
            if matches!(
                &*cx.lower(i.saturating_sub(1)),
                "walked" | "to" | "will" | "would" | "could" | "set"
            ) =>
        {
            EventKind::Release
        }
        // A prisoner exchange frees people on both sides: "exchanged 390 prisoners of war",
        // "a prisoner swap", "the exchange of prisoners" (not "in exchange for").
        "exchanged" | "swapped" | "exchanging" | "swapping"
            if near(
                &["prisoners", "prisoner", "detainees", "captives", "pows", "hostages"],
                0,
                4,
            ) =>
        {
            EventKind::Release
        }
        "exchange" | "exchanges" | "swap" | "swaps"
            if cx.lower(i.saturating_sub(1)) != "in"
                && (near(&["prisoner", "prisoners", "detainee", "hostage", "pow"], 1, 0)
                    || cx.lower(i + 1) == "of" && near(&["prisoners", "detainees", "hostages", "captives"], 0, 3)) =>
        {
            EventKind::Release
        }
        "lift" | "lifts" | "lifted" | "lifting" | "ease" | "eases" | "eased" | "easing" | "remove" | "removed"
        | "removal" | "removing"
            if near(&sanctions, 1, 5) =>
        {
            EventKind::SanctionsLifted
        }
        "relief" if near(&["sanctions", "sanction"], 1, 0) => EventKind::SanctionsLifted,
        // The verb: "Washington sanctioned interior minister X", "X was sanctioned" (not
        // "state-sanctioned", "officially sanctioned": approved).
        "sanctioned" | "sanctioning"
            if i > a
                && !matches!(&*cx.lower(i - 1), "-" | "officially" | "legally" | "formally")
                && (matches!(&*cx.lower(i - 1), "was" | "were" | "been" | "be" | "being")
                    // (A named subject: "13 athletes have been sanctioned" names no one.)
                    && cx.mentions_in(a, i).iter().any(|m| {
                        (i.saturating_sub(3)..i).contains(&m.last)
                            && matches!(m.kind, Some(EntityKind::Person | EntityKind::Organisation))
                    })
                    // (The object right after, titles between: not "will be sanctioned as
                    // part of X's efforts".)
                    || cx.mentions_in(i + 1, i + 7).iter().any(|m| {
                        m.last <= b
                            && matches!(m.kind, Some(EntityKind::Person | EntityKind::Organisation))
                            && (i + 1..m.first).all(|k| {
                                !matches!(
                                    &*cx.lower(k),
                                    "as" | "of" | "for" | "in" | "by" | "on" | "at" | "to" | "with" | "from" | "over"
                                        | "after" | "under" | ","
                                )
                            })
                    })
                    || counted_people_after(cx, i).is_some()) =>
        {
            EventKind::SanctionsImposed
        }
        // ("Adopted its 16th package of sanctions": a package or round of them is five or six
        // words on.)
        "imposed" | "impose" | "imposes" | "imposing" | "tightened" | "slapped" | "introduced" | "adopted"
        | "adopts" | "adopt" | "approved" | "approves" | "extended" | "renewed" | "prolonged"
            if near(&sanctions, 0, 4)
                || near(&["package", "packages", "round", "raft", "wave", "tranche"], 0, 3)
                    && near(&sanctions, 0, 6) =>
        {
            EventKind::SanctionsImposed
        }
        // "Biden announced new sanctions on X": sanctions announced are imposed (the words
        // between only describe them: not "announced the lifting of sanctions").
        "announced" | "announces" | "announce" | "unveiled" | "unveils" | "unveil"
            if (i + 1..(i + 5).min(b))
                .find(|&k| sanctions.contains(&&*cx.lower(k)))
                .is_some_and(|at| {
                    (i + 1..at).all(|k| {
                        matches!(
                            &*cx.lower(k),
                            "new"
                                | "fresh"
                                | "further"
                                | "additional"
                                | "more"
                                | "sweeping"
                                | "tough"
                                | "tougher"
                                | "targeted"
                                | "economic"
                                | "financial"
                                | "its"
                                | "their"
                                | "a"
                                | "the"
                                | "package"
                                | "round"
                                | "of"
                        )
                    }) && matches!(&*cx.lower(at + 1), "on" | "against" | "targeting")
                }) =>
        {
            EventKind::SanctionsImposed
        }
        // ("Met the demands", "met its targets": no one met anyone.)
        "met" | "meets"
            if near(
                &[
                    "demands",
                    "demand",
                    "targets",
                    "target",
                    "expectations",
                    "requirements",
                    "criteria",
                    "deadline",
                    "conditions",
                    "standards",
                    "needs",
                    "costs",
                    "goals",
                    "goal",
                    "obligations",
                    "threshold",
                ],
                0,
                4,
            ) =>
        {
            return None;
        }
        // The passive greets or answers: "was met by his daughter" at the prison gate, "was
        // met with criticism". Talks are told in the active ("X met Y", "the two met").
        "met" if i > a && matches!(&*cx.lower(i - 1), "was" | "were" | "been" | "being" | "be") => return None,
        "talks" | "met" | "meeting" | "meets" | "negotiations" | "discussions" | "summit" => EventKind::Talks,
        // "Signed a peace agreement", "sign ceasefire deal": the parties met to sign it.
        "signed" | "signs" | "sign" | "signing"
            if near(&["peace", "ceasefire", "truce"], 0, 4)
                && (i + 1..(i + 6).min(b)).any(|k| {
                    matches!(&*cx.lower(k), "deal" | "agreement" | "accord" | "treaty")
                        && matches!(&*cx.lower(k - 1), "peace" | "ceasefire" | "truce")
                }) =>
        {
            EventKind::Talks
        }
        // "The Ukrainian delegation was led by X": who takes part in the talks.
        "delegation" | "delegations"
            if (i + 1..(i + 4).min(b))
                .any(|k| matches!(&*cx.lower(k), "led" | "headed") && cx.lower(k + 1) == "by") =>
        {
            EventKind::Talks
        }
        // The verbs only with a crowd before them ("thousands of people protested"; a
        // player who "protested" to the umpire, a team that "rallied", take part in none).
        "protested" | "protesting" | "rallied" | "marched"
            if (i.saturating_sub(4).max(a)..i).any(|k| CROWDS.contains(&&*cx.lower(k))) =>
        {
            EventKind::Protest
        }
        "protest" | "protests" | "protesters" | "demonstrations" | "demonstrators" | "rallies" => EventKind::Protest,
        // One rally or demonstration, in a sentence with a crowd ("several hundred people
        // gathered, but the rally ended peacefully") or against something: not of a market
        // ("a rally in oil prices"), a campaign ("an election rally"), a sport, a game's
        // name or a product.
        "rally" | "demonstration"
            if cx.toks[i].text(cx.text).starts_with(char::is_lowercase)
                && ((a..b).any(|k| CROWDS.contains(&&*cx.lower(k))) || near(&["against"], 0, 3))
                && !near(
                    &[
                        "stocks",
                        "stock",
                        "shares",
                        "market",
                        "markets",
                        "prices",
                        "price",
                        "dollar",
                        "euro",
                        "oil",
                        "bonds",
                        "campaign",
                        "election",
                        "electoral",
                        "pre-election",
                        "late",
                        "product",
                        "cars",
                        "car",
                        "racing",
                    ],
                    3,
                    3,
                )
                && !matches!(&*cx.lower(i + 1), "driver" | "drivers" | "championship" | "car") =>
        {
            EventKind::Protest
        }
        // ("The election commission", "election officials": a body, not a vote.)
        "election" | "elections"
            if matches!(
                &*cx.lower(i + 1),
                "commission" | "committee" | "official" | "officials" | "observers" | "monitors" | "authorities"
            ) =>
        {
            return None;
        }
        // ("Re-election", "by-election" end in "election": the tokenizer splits at hyphens.)
        "election" | "elections" | "reelection" | "runoff" | "runoffs" => EventKind::Election,
        // "run-off"
        "off" if i >= 2 && cx.lower(i - 1) == "-" && cx.lower(i - 2) == "run" => EventKind::Election,
        "invasion" | "invaded" | "invade" => EventKind::Invasion,
        "war" if i > a && matches!(&*cx.lower(i - 1), "'s" | "’s") => EventKind::Invasion,
        "sentenced" => EventKind::Sentence,
        // A term handed down: "received nine years", "were given eight years each", "jailed
        // for 11 years", "handed a 15-year sentence" is a sentence.
        "received" | "given" | "handed" | "got" | "jailed" | "imprisoned" if term_after(cx, i, b) => {
            EventKind::Sentence
        }
        // "The court gave the director, X, and his deputy, Y, nine years each": the term
        // after the people it is given to.
        "gave" | "gives" if term_after_objects(cx, i, b) => EventKind::Sentence,
        "arrested" | "detained" | "jailed" => EventKind::Arrest,
        // "since her arrest in 2020", "X's detention": an arrest named by its noun, with
        // whose it is ("an arrest warrant", "under arrest" are none).
        // ("issued a warrant for his arrest", "called for her detention": not yet.)
        "arrest" | "detention"
            if i > a
                && matches!(&*cx.lower(i - 1), "his" | "her" | "their" | "'s" | "’s")
                && !(i >= a + 3
                    && cx.lower(i - 2) == "for"
                    && matches!(
                        &*cx.lower(i - 3),
                        "warrant" | "warrants" | "order" | "called" | "calls" | "calling"
                    )) =>
        {
            EventKind::Arrest
        }
        "imprisoned" if near(&["since"], 0, 1) => EventKind::Arrest,
        "jail" | "prison" if i >= 1 && cx.lower(i - 1) == "in" && cx.lower(i + 1) == "since" => EventKind::Arrest,
        "awarded" | "winner" | "laureate" | "co-winner" | "recipient" | "prize-winning"
            if (near(&["prize", "award", "nobel", "laureate", "medal"], 5, 5) || w == "laureate") =>
        {
            EventKind::Award
        }
        // (A prize named at length: "won the European Union's top human rights prize".)
        "won" | "winning"
            if near(&["prize", "award", "nobel", "medal"], 0, 5)
                || (i + 1..(i + 10).min(b))
                    .take_while(|&k| {
                        !matches!(&*cx.lower(k), "," | ";" | "and" | "but" | "after" | "for" | "in" | "on")
                    })
                    .any(|k| matches!(&*cx.lower(k), "prize" | "award")) =>
        {
            EventKind::Award
        }
        // "Taken into custody", "taken away by police".
        "taken"
            if cx.lower(i + 1) == "into" && cx.lower(i + 2) == "custody"
                || cx.lower(i + 1) == "away" && (i + 2..(i + 5).min(b)).any(|k| cx.lower(k) == "police") =>
        {
            EventKind::Arrest
        }
        // "Last year's prize went to X".
        "went" if cx.lower(i + 1) == "to" && near(&["prize", "award", "medal"], 3, 0) => EventKind::Award,
        _ => return None,
    })
}

/// Finds the events of one document.
#[allow(clippy::too_many_arguments)]
pub fn find_events(
    text: &str,
    toks: &[Token],
    sents: &[Sentence],
    mentions: &[Mention],
    of: &[Option<usize>],
    ents: &[DocEntity],
    dates: &[DateMention],
    zone_at: impl Fn(usize) -> Zone,
) -> Vec<DocEvent> {
    let cx = Cx {
        text,
        toks,
        mentions,
        of,
        ents,
    };
    let mut out: Vec<DocEvent> = Vec::new();
    // Whether the text speaks of custody, read at its first "released".
    let mut detention: Option<bool> = None;
    // The person a sentence opens with, for a "He …" or "She …" opening the next one.
    let mut prev_subject: Option<usize> = None;
    // The sentence before and its mentions, for a "They" opening the next one.
    let mut prev_sentence: Option<(&Sentence, Vec<usize>)> = None;
    // The last sentence that told of a release.
    let mut released_in: Option<usize> = None;
    // Whether the lead (the first sentence of the body) has been read.
    let mut body_seen = false;
    for (si, s) in sents.iter().enumerate() {
        let zone = zone_at(s.start);
        if matches!(zone, Zone::Boilerplate | Zone::Byline | Zone::Credit) {
            prev_subject = None;
            prev_sentence = None;
            continue;
        }
        let lead = zone == Zone::Body && !body_seen;
        body_seen |= zone == Zone::Body;
        // Mentions are in text order: the sentence's are a run found by position.
        let from = mentions.partition_point(|m| m.start < s.start);
        // (Not the dateline's place or agency.)
        let opens = after_dateline(&cx, s);
        let ms: Vec<usize> = (from..mentions.len())
            .take_while(|&k| mentions[k].start < s.end)
            .filter(|&k| mentions[k].end <= s.end && mentions[k].first >= opens && of[k].is_some())
            .collect();
        let opener = subject_pronoun(&cx, s, prev_subject);
        prev_subject = ms
            .iter()
            .find(|&&k| cx.kind(k) == Some(EntityKind::Person))
            .and_then(|&k| of[k]);
        // "X and her partner Y remain in detention. They were detained in May 2022": a
        // sentence opening with "They" speaks of the people the one before named as actors
        // (two or more: not after a preposition, not whose, not speaking).
        let they = match prev_sentence {
            Some((ps, ref pms)) if cx.lower(s.first) == "they" => {
                let mut people: Vec<usize> = pms
                    .iter()
                    .filter(|&&k| cx.kind(k) == Some(EntityKind::Person))
                    .filter(|&&k| {
                        let m = &mentions[k];
                        !after_preposition(&cx, ps, m)
                            && !is_possessive_mark(&cx.lower(m.last))
                            && !is_speaker(&cx, ps, m)
                    })
                    .filter_map(|&k| of[k])
                    .collect();
                people.sort_unstable();
                people.dedup();
                if people.len() < 2 { Vec::new() } else { people }
            }
            _ => Vec::new(),
        };
        // A sentence that goes on about the release the sentence before told ("Among them
        // are X and Y", "Another nine prisoners, including X, were taken to Lithuania")
        // adds its people and counts to it.
        if released_in == Some(si.wrapping_sub(1))
            && continues_release(&cx, s)
            && let Some(ev) = out.iter_mut().rev().find(|e| e.kind == EventKind::Release)
        {
            // (From the sentence's first word: "Romi G, 24, Emily D, 28, and … were handed over".)
            for p in objects(&cx, &ms, s, s.first.saturating_sub(1)) {
                ev.roles.push((Role::Released, p));
            }
            let people: Vec<(usize, Quantity)> = quantities_in(&cx, s.first, s.last, true)
                .into_iter()
                .filter(|(_, q)| !matches!(q.unit.as_str(), "years" | "months" | "days"))
                .collect();
            let qs = destinations(&cx, &ms, s, people, &mut ev.roles);
            ev.quantities.extend(qs);
            ev.roles.sort();
            ev.roles.dedup();
            released_in = Some(si);
        }
        let mut i = s.first;
        let mut last_kind = None;
        while i < s.last {
            let Some(kind) = trigger_kind(&cx, i, s.first, s.last) else {
                i += 1;
                continue;
            };
            if kind == EventKind::Release && frees_no_one(&cx, &ms, s, i, &mut detention) {
                i += 1;
                continue;
            }
            // Hypothetical, denied or called-off events ("could be released", "would lift",
            // "was not arrested", "suspended talks") did not happen.
            // ("Not before lengthy negotiations", "not only" and "not until" deny nothing.)
            // (Through an infinitive: "would not seek to open accession talks".)
            let reach = (i.saturating_sub(5).max(s.first)..i)
                .find(|&k| cx.lower(k) == "to")
                .map_or(i.saturating_sub(3), |to| to.saturating_sub(3))
                .max(s.first);
            // "The suspension of EU accession talks", "the collapse of the talks": called off.
            let called_off = (i.saturating_sub(6).max(s.first)..i).any(|k| {
                matches!(&*cx.lower(k), "suspension" | "collapse" | "freezing" | "breakdown")
                    && cx.lower(k + 1) == "of"
                    && (k + 2..i).all(|x| !matches!(&*cx.lower(x), "," | "and" | "after" | "before"))
            });
            // "Talks with X will continue", "a meeting would follow": talks still to come.
            let to_come = kind == EventKind::Talks
                && (i + 1..(i + 5).min(s.last))
                    .take_while(|&k| !matches!(&*cx.lower(k), "," | "." | ";" | "said" | "says"))
                    .any(|k| matches!(&*cx.lower(k), "will" | "would" | "could" | "should" | "might"));
            // "Pushing hard for his release", "campaigned for their freedom", "applied for
            // a royal pardon": sought.
            let sought = matches!(&*cx.lower(i), "release" | "freedom" | "pardon")
                && (i.saturating_sub(3).max(s.first)..i)
                    .rev()
                    .find(|&k| cx.lower(k) == "for")
                    .is_some_and(|f| {
                        (f.saturating_sub(2).max(s.first)..f).any(|k| EFFORT_VERBS.contains(&&*cx.lower(k)))
                    });
            // "Asked X on Monday to grant the writer a pardon", "refused to give him a
            // pardon": a pardon still to be granted (not "agreed to grant a pardon").
            let to_grant = kind == EventKind::Release
                && matches!(&*cx.lower(i), "release" | "pardon" | "amnesty" | "clemency")
                && (i.saturating_sub(10).max(s.first + 1)..i)
                    .rev()
                    .take_while(|&k| !matches!(&*cx.lower(k), "," | ";" | "and" | "but"))
                    .find(|&k| matches!(&*cx.lower(k), "grant" | "give" | "offer" | "issue"))
                    .is_some_and(|g| {
                        cx.lower(g - 1) == "to"
                            && !(g.saturating_sub(8).max(s.first)..g - 1).any(|k| {
                                matches!(
                                    &*cx.lower(k),
                                    "agreed" | "agrees" | "decided" | "decides" | "voted" | "votes" | "chose"
                                )
                            })
                    });
            // "Open to a prisoner exchange", "open to talks": not yet.
            let open_to = (i.saturating_sub(5).max(s.first)..i.saturating_sub(1))
                .any(|k| cx.lower(k) == "open" && cx.lower(k + 1) == "to");
            let modal = called_off
                || to_come
                || sought
                || to_grant
                || open_to
                || (reach..i).any(|k| {
                    let w = cx.lower(k);
                    // ("May" with a capital inside a sentence is the month: "on 3 May 2024 freed".)
                    if w == "may" && toks[k].text(text) != "may" && k > s.first {
                        return false;
                    }
                    // Prospects: "their next meeting", "the proposed talks", "possible sanctions"
                    // (right before the trigger; "the next day police arrested" is past).
                    if matches!(
                        &*w,
                        "next" | "proposed" | "possible" | "potential" | "upcoming" | "future"
                    ) {
                        return k + 1 == i
                            || k + 2 == i
                                && !matches!(&*cx.lower(k + 1), "day" | "week" | "month" | "year" | "morning");
                    }
                    (w == "not" && !matches!(&*cx.lower(k + 1), "before" | "until" | "only" | "just"))
                        || matches!(
                            &*w,
                            "could"
                            | "would"
                            | "might"
                            | "may"
                            | "should"
                            | "if"
                            | "urged"
                            | "asked"
                            | "secure"
                            | "seek"
                            | "seeking"
                            | "sought"
                            | "demand"
                            | "demands"
                            | "demanded"
                            | "demanding"
                            | "calls"
                            | "called"
                            | "calling"
                            | "never"
                            | "suspend"
                            | "suspended"
                            | "suspends"
                            | "suspending"
                            | "halted"
                            | "postponed"
                            | "cancelled"
                            | "canceled"
                            | "refused"
                            | "rejected"
                            // "Failed to agree on sanctions relief."
                            | "failed"
                            | "fail"
                            | "fails"
                            // Plans: "plans for a summit", "a planned meeting".
                            | "plans"
                            | "planned"
                        )
                });
            if modal || habitual(&cx, s, i, kind) || attempted(&cx, s, i) || yes_no_question(&cx, s, i) {
                i += 1;
                continue;
            }
            // One event per kind per sentence. (A second trigger that names whom the event
            // befell where the first named no one gives its people: "have swapped prisoners
            // before: in December 2022 X was freed in exchange for Y".)
            if let Some(e) = out
                .iter_mut()
                .rev()
                .find(|e| e.kind == kind && e.sentence == (s.start, s.end))
            {
                let key = |r: &Role| matches!(r, Role::Released | Role::Patient | Role::Recipient);
                if !e.roles.iter().any(|(r, _)| key(r)) {
                    let mut more = DocEvent {
                        roles: Vec::new(),
                        ..e.clone()
                    };
                    fill_roles(&cx, &ms, s, i, zone == Zone::Title, &mut more);
                    e.roles.extend(more.roles.into_iter().filter(|(r, _)| key(r)));
                }
                i += 1;
                continue;
            }
            if last_kind == Some(kind) {
                i += 1;
                continue;
            }
            last_kind = Some(kind);
            let mut ev = DocEvent {
                kind,
                trigger: (toks[i].start, toks[i].end),
                sentence: (s.start, s.end),
                roles: Vec::new(),
                date_expr: None,
                quantities: Vec::new(),
                subject: None,
                caption: zone == Zone::Caption,
                current: lead
                    && (present_perfect(&cx, s, i)
                        || won_perfect(&cx, s, i, kind)
                        // "X has been arrested after a court sentenced him": the verdict
                        // that led to the day's news is the day's.
                        || (i.saturating_sub(4).max(s.first)..i).any(|k| cx.lower(k) == "after")
                            && out.iter().any(|e| e.sentence == (s.start, s.end) && e.current)),
                counter: kind == EventKind::Release
                    && cx.lower(s.first) == "in"
                    && matches!(&*cx.lower(s.first + 1), "return" | "exchange")
                    && cx.lower(s.first + 2) == ",",
            };
            fill_roles(&cx, &ms, s, i, zone == Zone::Title, &mut ev);
            // A term or arrest of someone the sentence leaves unnamed ("left behind an
            // American jailed for nearly four years") is no one's the article names: not
            // kept, so that its term joins no one's event.
            if matches!(kind, EventKind::Sentence | EventKind::Arrest)
                && ev.roles.is_empty()
                && unnamed_participle_subject(&cx, &ms, s, i)
            {
                i += 1;
                continue;
            }
            // "X was sentenced to nine years, and Y and Z to eight years each": the people a
            // term follows are sentenced too, where the clause leaves the verb out.
            if kind == EventKind::Sentence {
                for &mi in ms.iter().filter(|&&mi| {
                    let m = &cx.mentions[mi];
                    m.first > i
                        && cx.kind(mi) == Some(EntityKind::Person)
                        && cx.lower(m.last) == "to"
                        && (m.last + 1..m.last + 3).any(|k| number_at(&cx, k).is_some())
                }) {
                    for p in list_before(&cx, &ms, s, mi).into_iter().chain(cx.of[mi]) {
                        ev.roles.push((Role::Patient, p));
                    }
                }
            }
            // "Arrested in Yekaterinburg", "sentenced to death in Minsk": where.
            if matches!(kind, EventKind::Sentence | EventKind::Arrest)
                && let Some(place) = place_after(&cx, &ms, s, i)
            {
                ev.roles.push((Role::Location, place));
            }
            // "A court sentenced her", "police arrested him": the person named last before,
            // in this sentence or the two before it, whose gender (if known) agrees.
            if matches!(kind, EventKind::Sentence | EventKind::Arrest | EventKind::Release)
                && !ev
                    .roles
                    .iter()
                    .any(|(r, _)| matches!(r, Role::Patient | Role::Released))
                && let Some(p) = object_pronoun(&cx, s, i, sents[si.saturating_sub(2)].start)
            {
                let role = if kind == EventKind::Release {
                    Role::Released
                } else {
                    Role::Patient
                };
                ev.roles.push((role, p));
            }
            // "He had been in jail since July 2021": a personal event with nobody named in
            // its sentence happens to the person the previous sentence opened with.
            if ev.roles.is_empty() && matches!(kind, EventKind::Sentence | EventKind::Arrest) {
                for &p in &they {
                    ev.roles.push((Role::Patient, p));
                }
            }
            if let Some(p) = opener
                && ev.roles.is_empty()
            {
                match kind {
                    EventKind::Sentence | EventKind::Arrest => ev.roles.push((Role::Patient, p)),
                    // "She was freed in April in a prisoner swap."
                    EventKind::Release if matches!(&*cx.lower(s.first + 1), "was" | "has" | "had") => {
                        ev.roles.push((Role::Released, p))
                    }
                    EventKind::Award => ev.roles.push((Role::Recipient, p)),
                    _ => {}
                }
            }
            // "Nobel laureate X", "prize winner X": the award is a title the person holds,
            // dated only by a year on the prize itself ("the 2022 Nobel Peace Prize").
            let title = kind == EventKind::Award
                && matches!(
                    &*cx.lower(i),
                    "winner" | "laureate" | "co-winner" | "recipient" | "prize-winning"
                );
            ev.date_expr = if title {
                title_date(dates, s, toks, i, cx.lower(i + 1) == "of")
            } else if kind == EventKind::Arrest && held_as_state(&cx, s, i, opens) {
                // "Jailed activist X won …": a state the person is in, not dated by what the
                // sentence says.
                None
            } else {
                date_for(&cx, dates, s, i, kind, ev.caption)
            };
            // One verdict told over several sentences: "A court on Tuesday sentenced 45
            // activists … X was sentenced to four years": an undated sentence after one the
            // article's own week dates is that verdict's (not one in the past perfect, "had
            // been sentenced", which tells of an earlier one).
            if kind == EventKind::Sentence
                && ev.date_expr.is_none()
                && !ev.caption
                && !(i.saturating_sub(3).max(s.first)..i).any(|k| cx.lower(k) == "had")
                && let Some(e) = out
                    .iter()
                    .rev()
                    .find(|e| e.kind == EventKind::Sentence)
                    .and_then(|e| e.date_expr)
                    .filter(|e| e.is_relative())
            {
                ev.date_expr = Some(e);
            }
            let qs = quantities_in(&cx, s.first, s.last, kind == EventKind::Release);
            if kind == EventKind::Sentence {
                ev.quantities = qs
                    .into_iter()
                    .filter(|(_, q)| matches!(q.unit.as_str(), "years" | "months"))
                    .filter(|&(k, _)| !time_not_term(&cx, k))
                    .map(|(_, q)| q)
                    .collect();
            } else if kind == EventKind::Release {
                // A release counts people; years in its sentence are someone's term.
                // Nor are those still held ("said more than 1,100 political prisoners
                // remained behind bars") among the freed.
                let still_held = |k: usize| {
                    (k + 1..(k + 6).min(s.last))
                        .take_while(|&x| !matches!(&*cx.lower(x), "," | ";" | "and" | "but"))
                        .any(|x| matches!(&*cx.lower(x), "remain" | "remained" | "remains" | "still"))
                        || cx.lower(k.saturating_sub(1)) == "remaining"
                };
                let people = qs
                    .into_iter()
                    .filter(|(_, q)| !matches!(q.unit.as_str(), "years" | "months" | "days"))
                    .filter(|&(k, _)| !still_held(k))
                    .collect();
                ev.quantities = destinations(&cx, &ms, s, people, &mut ev.roles);
            }
            ev.roles.sort();
            ev.roles.dedup();
            if kind == EventKind::Release {
                released_in = Some(si);
            }
            out.push(ev);
            i += 1;
        }
        prev_sentence = Some((s, ms));
    }
    out
}

/// True when the years or months counted at token `k` are a time spent or gone by, not a
/// term: "after 15 years of self-imposed exile", "two years ago" (but "ten years of
/// imprisonment" is one).
fn time_not_term(cx: &Cx, k: usize) -> bool {
    let unit = k + 1;
    k > 0 && cx.lower(k - 1) == "after"
        || cx.lower(unit + 1) == "ago"
        || cx.lower(unit + 1) == "of"
            && !matches!(
                &*cx.lower(unit + 2),
                "prison"
                    | "jail"
                    | "imprisonment"
                    | "detention"
                    | "custody"
                    | "hard"
                    | "forced"
                    | "house"
                    | "strict"
                    | "labour"
                    | "labor"
                    | "probation"
                    | "confinement"
            )
}

/// Participles that take people somewhere ("were taken to Ukraine", "were flown to …").
const TAKEN: &[&str] = &[
    "taken",
    "flown",
    "sent",
    "transferred",
    "moved",
    "driven",
    "bused",
    "bussed",
    "deported",
    "expelled",
    "handed",
    "transported",
    "brought",
];

/// True for a sentence that names the people of a release told just before: it opens with
/// "Among them" or "They include", or a count of people in it "were taken to", "were flown
/// to" somewhere.
fn continues_release(cx: &Cx, s: &Sentence) -> bool {
    let w = |k: usize| cx.lower(k);
    let f = s.first;
    if w(f) == "among"
        && matches!(&*w(f + 1), "them" | "those")
        && (f + 2..f + 5).any(|k| matches!(&*w(k), "are" | "were" | "was" | "is"))
    {
        return true;
    }
    if w(f) == "they" && matches!(&*w(f + 1), "include" | "included" | "including") {
        return true;
    }
    let moved = (f + 1..s.last).find(|&k| matches!(&*w(k - 1), "were" | "was") && TAKEN.contains(&&*w(k)));
    moved.is_some_and(|k| (f..k).any(|j| number_at(cx, j).is_some()))
}

/// True when the trigger `i` is an infinitive of effort or wish: "do everything I can to free
/// him", "efforts to release", "hopes to lift", "a bid to arrest".
fn attempted(cx: &Cx, s: &Sentence, i: usize) -> bool {
    if i < s.first + 2 || cx.lower(i - 1) != "to" {
        return false;
    }
    // "called on Minsk to free journalist X", "urged the authorities to release": someone
    // asked to act has not acted (the asking verb a few words back, within the clause).
    let asked = (i.saturating_sub(10).max(s.first)..i - 1)
        .rev()
        .take_while(|&k| !matches!(&*cx.lower(k), "," | ";" | ":" | "(" | "and" | "but"))
        .any(|k| {
            matches!(
                &*cx.lower(k),
                "urged"
                    | "urges"
                    | "urging"
                    | "called"
                    | "calls"
                    | "calling"
                    | "asked"
                    | "asks"
                    | "asking"
                    | "appealed"
                    | "appeals"
                    | "appealing"
                    | "pressed"
                    | "presses"
                    | "pressing"
                    | "demanded"
                    | "demands"
                    | "demanding"
            )
        });
    if asked {
        return true;
    }
    let mut k = i - 2;
    while k > s.first && matches!(&*cx.lower(k), "\"" | "”" | "'" | "’" | ",") {
        k -= 1;
    }
    matches!(
        &*cx.lower(k),
        "can"
            | "able"
            | "help"
            | "helped"
            | "helping"
            | "effort"
            | "efforts"
            | "bid"
            | "try"
            | "tries"
            | "trying"
            | "tried"
            | "attempt"
            | "attempts"
            | "attempting"
            | "want"
            | "wants"
            | "wanted"
            | "hope"
            | "hopes"
            | "hoped"
            | "hoping"
            | "aim"
            | "aims"
            | "aimed"
            | "aiming"
            | "push"
            | "pushing"
            | "pushed"
            | "pressure"
            | "pressing"
            | "campaign"
            | "campaigning"
            | "plan"
            | "plans"
            | "planned"
            | "planning"
            | "intends"
            | "intended"
            | "vowed"
            | "vows"
            | "pledged"
            | "promised"
            | "threatened"
            | "threatens"
            | "working"
            | "worked"
    )
}

/// True when a prison term follows trigger `i` within a few tokens: "nine years", "up to
/// 15 years in prison", "for 11 years" (not "10 years ago", "a 15-year-old").
fn term_after(cx: &Cx, i: usize, b: usize) -> bool {
    // (Farther, after "for" and the people in the same clause: "jailed 45 pro-democracy
    // activists for up to 10 years".)
    let far = |k: usize| {
        (k.saturating_sub(4).max(i + 2)..k).any(|f| cx.lower(f) == "for")
            && (i + 1..k).all(|x| !matches!(&*cx.lower(x), "who" | "which" | "that" | "," | ";" | "." | "after"))
    };
    (i + 2..(i + 13).min(b)).any(|k| {
        let unit = cx.lower(k);
        (k < i + 7 || far(k))
        // ("15-year" is read as "15", "-", "year".)
        && (matches!(&*unit, "years" | "months") && number_at(cx, k - 1).is_some()
            || matches!(&*unit, "sentence" | "term")
                && cx.lower(k - 1) == "year"
                && cx.lower(k - 2) == "-"
                && number_at(cx, k - 3).is_some())
            && !matches!(
                &*cx.lower(k + 1),
                "ago" | "old" | "later" | "earlier" | "before" | "after"
            )
    })
}

/// True when a term of years or months is given after the people "gave" takes, in the
/// same clause: "gave X and Y nine years each" (not "gave him two years to pay", nor
/// "gave … 10 years ago").
fn term_after_objects(cx: &Cx, i: usize, b: usize) -> bool {
    let end = (i + 25).min(b);
    (i + 2..end)
        .take_while(|&k| !matches!(&*cx.lower(k), ";" | "." | "who" | "which" | "that" | "said"))
        .any(|k| {
            matches!(&*cx.lower(k), "years" | "months")
                && number_at(cx, k - 1).is_some()
                && cx
                    .mentions_in(i + 1, k - 1)
                    .iter()
                    .any(|m| m.kind == Some(EntityKind::Person))
                && !matches!(
                    &*cx.lower(k + 1),
                    "ago" | "old" | "to" | "later" | "earlier" | "before" | "after"
                )
        })
}

/// Nouns of what befell a person that a protest is about ("over the death of X").
const CAUSE_NOUNS: &[&str] = &[
    "death",
    "killing",
    "murder",
    "arrest",
    "detention",
    "jailing",
    "imprisonment",
    "sentencing",
    "sentence",
    "execution",
    "shooting",
    "treatment",
    "ouster",
    "removal",
    "disappearance",
    "conviction",
    "beating",
];

/// True when the trigger `i` is a verb in the present perfect: "has sentenced", "have
/// been arrested", "has now freed".
fn present_perfect(cx: &Cx, s: &Sentence, i: usize) -> bool {
    (i.saturating_sub(3).max(s.first)..i).rev().any(|k| {
        matches!(&*cx.lower(k), "has" | "have")
            && (k + 1..i).all(|j| {
                matches!(
                    &*cx.lower(j),
                    "been" | "also" | "now" | "just" | "again" | "finally" | "reportedly"
                )
            })
    })
}

/// True when an election trigger `i` is the object of a present perfect "won": "X has won
/// Iran's presidential election" tells the day's news.
fn won_perfect(cx: &Cx, s: &Sentence, i: usize, kind: EventKind) -> bool {
    kind == EventKind::Election
        && (i.saturating_sub(7).max(s.first + 1)..i).any(|k| {
            cx.lower(k) == "won"
                && matches!(&*cx.lower(k - 1), "has" | "have")
                && (k + 1..i).all(|j| !matches!(&*cx.lower(j), "," | "in" | "after" | "since" | "and"))
        })
}

/// True when the trigger `i` tells of a habit, not one event: "she has been arrested 13
/// times", "was detained several times", "repeatedly jailed".
fn habitual(cx: &Cx, s: &Sentence, i: usize, kind: EventKind) -> bool {
    if !matches!(kind, EventKind::Arrest | EventKind::Sentence | EventKind::Release) {
        return false;
    }
    if i > s.first && matches!(&*cx.lower(i - 1), "repeatedly" | "regularly" | "routinely") {
        return true;
    }
    // A tally over a period: "has pardoned more than 300 prisoners over the past year",
    // "freed dozens in recent months", "has pardoned hundreds since 2019".
    let period = (i + 1..(i + 10).min(s.last)).any(|k| {
        matches!(&*cx.lower(k), "over" | "in" | "during")
            && matches!(&*cx.lower(k + 1), "the" | "recent")
            && (matches!(&*cx.lower(k + 2), "past" | "last") || cx.lower(k + 1) == "recent")
            && (k + 2..k + 5).any(|j| {
                matches!(
                    &*cx.lower(j),
                    "year" | "years" | "months" | "weeks" | "decade" | "decades"
                )
            })
    });
    // "Baku has pardoned hundreds of prisoners in similar decrees since 2019": releases
    // told in the present perfect up to now, from a time on.
    let since = i > s.first + 1
        && (i.saturating_sub(2).max(s.first)..i).any(|k| matches!(&*cx.lower(k), "has" | "have"))
        && (i + 1..(i + 10).min(s.last)).any(|k| cx.lower(k) == "since");
    if (period || since) && kind == EventKind::Release {
        return true;
    }
    (i + 1..(i + 4).min(s.last)).any(|k| {
        cx.lower(k) == "times"
            && k > i + 1
            && (number_at(cx, k - 1).is_some()
                || matches!(
                    &*cx.lower(k - 1),
                    "several" | "many" | "multiple" | "numerous" | "countless"
                ))
    })
}

/// The place after "in" a few tokens after trigger `i`, before another trigger: "arrested
/// in Yekaterinburg", "sentenced to death in Minsk", "detained by police in Tehran".
fn place_after(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> Option<usize> {
    // (Twelve words: "arrested Wall Street Journal reporter Evan Gershkovich in the city of
    // Yekaterinburg".)
    let stop = (i + 1..s.last.min(i + 12))
        .find(|&k| trigger_kind(cx, k, s.first, s.last).is_some())
        .unwrap_or(s.last.min(i + 12));
    // "in X", or "in the city of X".
    let placed = |m: &Mention| {
        cx.lower(m.first - 1) == "in"
            || m.first >= 4
                && cx.lower(m.first - 1) == "of"
                && matches!(
                    &*cx.lower(m.first - 2),
                    "city" | "town" | "village" | "region" | "province" | "district"
                )
                && cx.lower(m.first - 3) == "the"
                && cx.lower(m.first - 4) == "in"
    };
    ms.iter()
        .find(|&&mi| {
            let m = &cx.mentions[mi];
            m.first > i + 1
                && m.first <= stop
                && matches!(cx.kind(mi), Some(EntityKind::Location | EntityKind::Country))
                && placed(m)
                && !matches!(&m.lexical, Some((_, Form::Demonym)))
        })
        .and_then(|&mi| cx.of[mi])
}

/// Words after a verb (or its object pronoun) that show the clause goes on, and no noun
/// follows: "jailed in …", "sentenced her to …", "detained again".
const VERB_GOES_ON: &[&str] = &[
    "in", "on", "at", "for", "since", "by", "after", "over", "until", "from", "during", "last", "without", "and", "or",
    "to", "earlier", "this", "again", "as", "under",
];

/// True when an arrest trigger is an adjective for a state the person is in ("Jailed
/// activist X", "the detained journalist"): it opens the sentence or follows an article,
/// and a word other than a preposition follows it.
fn held_as_state(cx: &Cx, s: &Sentence, i: usize, opens: usize) -> bool {
    if !matches!(&*cx.lower(i), "jailed" | "detained" | "imprisoned") {
        return false;
    }
    // (Or after a preposition: "the prize went to jailed Iranian activist X", "including
    // detained journalist X".)
    let opening = i == opens.max(s.first)
        || i > s.first
            && matches!(
                &*cx.lower(i - 1),
                "the" | "a" | "an" | "to" | "for" | "of" | "with" | "including" | "among"
                    // (Or a verb that takes the jailed: "temporarily released jailed laureate X".)
                    | "released" | "freed" | "pardoned" | "releasing" | "freeing" | "pardoning" | "visited" | "met"
                    | "releases" | "frees" | "pardons"
            );
    let next = cx.toks.get(i + 1).filter(|_| i + 1 < s.last);
    opening && next.is_some_and(|t| t.kind == TokenKind::Word && !VERB_GOES_ON.contains(&&*cx.lower(i + 1)))
}

/// The person an object pronoun right after trigger `i` stands for ("sentenced her to",
/// "arrested him on"; not "sentenced her husband"): the person named last before it, from
/// `from` on, whose gender, if known, agrees.
fn object_pronoun(cx: &Cx, s: &Sentence, i: usize, from: usize) -> Option<usize> {
    let want = match &*cx.lower(i + 1) {
        "him" => Gender::Male,
        "her" => Gender::Female,
        _ => return None,
    };
    // "Her" before a noun is whose it is.
    if want == Gender::Female
        && i + 2 < s.last
        && cx.toks[i + 2].kind == TokenKind::Word
        && cx.text[cx.toks[i + 2].start..].starts_with(char::is_lowercase)
        && !VERB_GOES_ON.contains(&&*cx.lower(i + 2))
    {
        return None;
    }
    let trig = cx.toks[i].start;
    let end = cx.mentions.partition_point(|m| m.start < trig);
    cx.mentions[..end]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, m)| m.start >= from)
        // (In its own sentence a person before the trigger is who does it, unless a
        // speaker: "X said police arrested him".)
        .filter(|(_, m)| m.kind == Some(EntityKind::Person) && (m.start < s.start || is_speaker(cx, s, m)))
        .filter_map(|(mi, _)| cx.of[mi])
        .find(|&p| cx.ents[p].gender.is_none_or(|g| g == want))
}

/// True when the release trigger `i` frees no one. "The release of X Y" (a person's full
/// name) frees someone anywhere; other releases only in a text that speaks of custody
/// (`detention`, read at the first release trigger), and not where a thing released stands
/// beside the trigger ("released a statement", "the album, released", "its release", "on
/// general release"). "Freeing up" a market frees no one.
fn frees_no_one(cx: &Cx, ms: &[usize], s: &Sentence, i: usize, detention: &mut Option<bool>) -> bool {
    if release_of_person(cx, ms, i).is_some_and(|mi| cx.mentions[mi].last >= cx.mentions[mi].first + 2) {
        return false;
    }
    if !*detention.get_or_insert_with(|| speaks_of_detention(cx)) || cx.lower(i + 1) == "up" {
        return true;
    }
    // The thing stands a few words after the trigger ("released a statement"), or right
    // before it in its clause ("the album, released", "a statement was released"; not "in a
    // statement that the released prisoners").
    let before = (i.saturating_sub(4).max(s.first)..i)
        .rev()
        .take_while(|&k| cx.lower(k) != "that");
    cx.lower(i).starts_with("releas")
        && (matches!(&*cx.lower(i.saturating_sub(1)), "its" | "on" | "general")
            || (i + 1..(i + 4).min(s.last))
                .chain(before)
                .any(|k| is_released_thing(&cx.lower(k))))
}

/// "The release of X" (trigger `i`, "release"), X a person: the mention of X.
fn release_of_person(cx: &Cx, ms: &[usize], i: usize) -> Option<usize> {
    if cx.lower(i + 1) != "of" {
        return None;
    }
    // (Read through the article, a state of custody and titles: "the release of jailed
    // opposition leader X".)
    let described = |m: &Mention| {
        m.first >= i + 2
            && m.first <= i + 7
            && (i + 2..m.first).all(|k| {
                let w = cx.lower(k);
                matches!(&*w, "the" | "jailed" | "detained" | "imprisoned")
                    || crate::mentions::is_title(&w) && cx.toks[k].text(cx.text).starts_with(char::is_lowercase)
            })
    };
    ms.iter().copied().find(|&mi| {
        let m = &cx.mentions[mi];
        described(m) && cx.kind(mi) == Some(EntityKind::Person) && cx.of[mi].is_some()
    })
}

/// True when a word of detention is written in the text ("prisoners", "jailed", "custody").
fn speaks_of_detention(cx: &Cx) -> bool {
    (0..cx.toks.len()).any(|k| is_detention_word(&cx.lower(k)))
}

/// The date of a prize held as a title (trigger `i`, "laureate"): a title is not held "on
/// Saturday", so only an absolute date on the prize's own words counts, a few tokens
/// before the trigger ("the 2019 Nobel laureate") or after "of" ("winner of the 2019
/// prize"); a date after the holder's name dates what the sentence says.
fn title_date(dates: &[DateMention], s: &Sentence, toks: &[Token], i: usize, of_follows: bool) -> Option<DateExpr> {
    let trig = toks[i].start;
    let tok_of = |byte: usize| toks.partition_point(|t| t.start < byte);
    dates
        .iter()
        .filter(|d| d.start >= s.start && d.end <= s.end && !d.expr.is_relative())
        .filter(|d| {
            (of_follows && d.start > trig && tok_of(d.start) <= i + 4) || (d.end <= trig && tok_of(d.end) + 4 >= i)
        })
        .min_by_key(|d| d.start.abs_diff(trig))
        .map(|d| d.expr)
}

/// True for a word or mark that ends the clause a date is read in: punctuation, a relative
/// pronoun or a subordinating word.
fn breaks_clause(w: &str) -> bool {
    matches!(
        w,
        "," | ";" | ":" | "who" | "which" | "that" | "after" | "before" | "when" | "while" | "because" | "since"
    )
}

fn date_for(
    cx: &Cx,
    dates: &[DateMention],
    s: &Sentence,
    i: usize,
    kind: EventKind,
    caption: bool,
) -> Option<DateExpr> {
    let toks = cx.toks;
    let trig = toks[i].start;
    // "Last month's exchange in which Caracas freed 10 Americans": a verb in a clause on a
    // noun takes the date the noun's possessive gives.
    // (The date's last word, "'s", the noun and the preposition stand before "which".)
    if let Some(which) = (i.saturating_sub(4).max(s.first + 4)..i).find(|&k| cx.lower(k) == "which")
        && matches!(&*cx.lower(which - 1), "in" | "during" | "under")
        && is_possessive_mark(&cx.lower(which - 3))
        && let Some(d) = dates
            .iter()
            .find(|d| d.end == toks[which - 3].start || d.end == toks[which - 4].end)
    {
        return Some(d.expr);
    }
    // (A bound of a period is no event's date: "offenses committed from Jan. 1, 2014
    // through Dec. 1, 2024", "detained until Friday".)
    // (The token at a byte offset.)
    let tok_of = |byte: usize| toks.partition_point(|t| t.start < byte);
    let bound = |d: &DateMention| {
        let at = tok_of(d.start);
        at > s.first && matches!(&*cx.lower(at - 1), "from" | "through" | "until" | "till" | "between")
            // ("The first vote since the country's 2022 collapse", "the largest protests
            // since he took office in 2022", "their first talks since Russia's 2022
            // invasion": the first or largest of its kind is not dated
            // by what it is counted from. But "have rallied since Wednesday" began then,
            // one held "since" a date was arrested then, and "since the July 2024
            // election" is that election's.)
            || d.start > trig
                && (at.saturating_sub(8).max(s.first)..at)
                    .rev()
                    .take_while(|&k| cx.lower(k) != ",")
                    .any(|k| cx.lower(k) == "since")
                && (i.saturating_sub(4).max(s.first)..i).any(|k| {
                    let w = cx.lower(k);
                    matches!(&*w, "first" | "largest" | "biggest" | "worst" | "most" | "only")
                })
            // ("Three hostages held in Gaza since the attack on 7 October 2023 have been
            // released": the date a state began, before the verb, is not the release's; but
            // one "detained since December 2020" was arrested then.)
            || d.end <= trig
                && kind != EventKind::Arrest
                // (Not the event's own date before its noun: "since the July 2024 election",
                // "since last year's disputed election".)
                && !{
                    let end = tok_of(d.end);
                    end == i
                        || is_possessive_mark(&cx.lower(end))
                            && i <= end + 4
                            && (end + 1..i).all(|k| {
                                toks[k].kind == TokenKind::Word && cx.text[toks[k].start..].starts_with(char::is_lowercase)
                            })
                }
                && (at.saturating_sub(8).max(s.first)..at)
                    .rev()
                    .take_while(|&k| !breaks_clause(&cx.lower(k)) || cx.lower(k) == "since")
                    .any(|k| cx.lower(k) == "since")
    };
    // A date that a "when" clause goes on to tell dates its verb: "followed on May 20, when
    // ministers agreed to lift sanctions", "in 2020, when she was arrested" (a bound of
    // another period too: "since the collapse in 2022, when mass protests forced …").
    let told_by_when = |d: &DateMention| {
        let end = tok_of(d.end);
        let when = if cx.lower(end) == "," { end + 1 } else { end };
        when < i && cx.lower(when) == "when" && (when + 1..i).all(|k| !breaks_clause(&cx.lower(k)))
    };
    let in_sentence: Vec<&DateMention> = dates
        .iter()
        .filter(|d| d.start >= s.start && d.end <= s.end && (!bound(d) || told_by_when(d)))
        .collect();
    // The triggers up to three words before a date, from token `from` on.
    let triggers_before = |d: &DateMention, from: usize| {
        let at = toks.partition_point(|t| t.start < d.start);
        (at.saturating_sub(3).max(from)..at).filter_map(move |k| trigger_kind(cx, k, s.first, s.last).map(|t| (k, t)))
    };
    // Dates near the trigger, counted in tokens: after it ("sentenced … in 2021", "freed … on
    // Saturday"), or right before it ("the 2020 protests"). Current events take only near
    // dates; a far one dates another clause.
    // A caption's date is its photo's, wherever it stands.
    let near_only = kind.is_current() && !caption;
    // (The dates come in the text's order.)
    // Tokens `from..to` stay in one clause: nothing opens another clause, joins another
    // verb, tells of speech or is another trigger.
    let one_clause = |from: usize, to: usize| {
        (from..to).all(|k| {
            let w = cx.lower(k);
            !breaks_clause(&w)
                && !SPEECH_VERBS.contains(&&*w)
                && !matches!(&*w, "—" | "–" | "(" | ")" | "and" | "but" | "or" | "until")
                && trigger_kind(cx, k, s.first, s.last).is_none()
        })
    };
    // Farther than eight words, a date is still near when nothing between opens another
    // clause ("met Syria's interim president Ahmed al-Sharaa in the Saudi capital on May 14").
    let same_clause = |d: &DateMention| {
        let at = tok_of(d.start);
        at <= i + 20 && one_clause(i + 1, at)
    };
    // A date right after a later verb joined by "and" is that event's ("was arrested in
    // Shiraz … and was sentenced in February 2024": February is the sentence's; but
    // "imposed sanctions after … a disputed election in 2020" are of 2020).
    let follows_later_trigger =
        |d: &DateMention| triggers_before(d, i + 1).any(|(k, t)| t != kind && (i + 1..k).any(|j| cx.lower(j) == "and"));
    // A date that the verb of a count or its results takes is the day it was told, not the
    // event's ("won the presidential election, official results showed on Monday").
    let dates_a_count = |d: &DateMention| {
        let at = tok_of(d.start);
        // (An election's result is told after the vote: "X won the election, the election
        // commission said on Sunday".)
        if kind == EventKind::Election
            && (at.saturating_sub(2).max(i + 1)..at).any(|v| SPEECH_VERBS.contains(&&*cx.lower(v)))
        {
            return true;
        }
        (at.saturating_sub(3).max(s.first)..at).any(|v| {
            matches!(
                &*cx.lower(v),
                "showed" | "show" | "shows" | "announced" | "released" | "published"
            ) && (v.saturating_sub(2).max(s.first)..v)
                .any(|k| matches!(&*cx.lower(k), "results" | "count" | "tally" | "figures"))
        })
    };
    // A date in a clause of its own after the trigger dates that clause: "the election was
    // called after X was killed in a crash in May", "the protest was triggered by the
    // collapse of a canopy on Nov. 1".
    let other_clause = |d: &DateMention| {
        let at = tok_of(d.start);
        (i + 1..at).any(|k| {
            let w = cx.lower(k);
            matches!(&*w, "after" | "before" | "when" | "because" | "while")
                && (k + 1..at).any(|x| matches!(&*cx.lower(x), "was" | "were" | "is" | "are" | "had" | "has" | "have"))
                || matches!(&*w, "triggered" | "sparked" | "prompted" | "caused") && cx.lower(k + 1) == "by"
        })
    };
    let mut afters = in_sentence.iter().filter(|d| {
        d.start > trig
            && (!near_only || tok_of(d.start) <= i + 8 || same_clause(d))
            && !follows_later_trigger(d)
            && !dates_a_count(d)
            && !other_clause(d)
    });
    // A year that names a thing ("won the 2023 Nobel Peace Prize on Friday", "the 2020
    // election") yields to a date after it.
    let names_a_thing = |d: &DateMention| {
        let (a, b) = (tok_of(d.start), tok_of(d.end));
        matches!(d.expr, DateExpr::Absolute(x) if x.month.is_none())
            && a > s.first
            && matches!(&*cx.lower(a - 1), "the" | "its" | "his" | "her" | "their" | "a")
            && toks
                .get(b)
                .is_some_and(|t| t.kind == TokenKind::Word && cx.text[t.start..].starts_with(char::is_uppercase))
    };
    let after = match (afters.next(), afters.next()) {
        (Some(first), Some(next)) if names_a_thing(first) => Some(next),
        (first, _) => first,
    };
    // A date right after another trigger is that event's ("arrested in March 2023 and
    // sentenced … in July": March is the arrest's).
    let follows_trigger = |d: &DateMention| triggers_before(d, s.first).next().is_some();
    // A date that opens the sentence dates it too ("In January 2024, a court sentenced her").
    let opens_sentence = |d: &DateMention| {
        tok_of(d.start) <= s.first + 1 && toks.get(tok_of(d.end)).is_some_and(|t| t.text(cx.text) == ",")
    };
    // A year right before the trigger's noun is its own, after another trigger too ("jailed
    // after the 2020 presidential election").
    let premodifies = |d: &DateMention| {
        let (at, end) = (tok_of(d.start), tok_of(d.end));
        end <= i
            && i - end <= 2
            && at > s.first
            && matches!(&*cx.lower(at - 1), "the" | "a" | "an" | "its" | "his" | "her" | "their")
            && (end..i)
                .all(|k| cx.toks[k].kind == TokenKind::Word && cx.toks[k].text(cx.text).starts_with(char::is_lowercase))
    };
    // A date right after the sentence's subject dates each verb the subject governs: "The
    // EU on Friday banned Belarusian airlines … and approved new sanctions" (not across a
    // comma, a subordinate clause or a verb of speech: "X on Friday said Y was arrested").
    let after_subject = |d: &DateMention| {
        let (at, end) = (tok_of(d.start), tok_of(d.end));
        at >= 2
            && cx.lower(at - 1) == "on"
            && (cx.mentions_in(s.first, at - 1).last().is_some_and(|m| m.last == at - 1)
                // (Or a body named by its noun: "A Russian court on Friday found X guilty
                // … and sentenced him".)
                || at >= 3 && ACTOR_NOUNS.contains(&&*cx.lower(at - 2)))
            && i <= end + 25
            && (end..i).all(|k| {
                let w = cx.lower(k);
                !breaks_clause(&w) && !SPEECH_VERBS.contains(&&*w)
            })
    };
    // A date a few words before, in the same clause: "used tear gas early on Sunday to
    // disperse thousands of protesters".
    let same_clause_before = |d: &DateMention| {
        let end = tok_of(d.end);
        end + 8 >= i && one_clause(end, i)
    };
    let before = in_sentence
        .iter()
        .filter(|d| {
            d.end <= trig
                && (tok_of(d.end) + 2 >= i
                    || opens_sentence(d)
                    || after_subject(d)
                    || told_by_when(d)
                    || same_clause_before(d))
                && (!follows_trigger(d) || premodifies(d))
                // (A date inside a relative clause closed before the trigger dates that
                // clause's verb: "X, who has ruled since 1994, has pardoned …".)
                && !in_relative_clause(cx, s, tok_of(d.start), tok_of(d.end), i)
        })
        .max_by_key(|d| d.end);
    // (Distances from the trigger's ends: "in March 2023 and sentenced last month" is
    // dated last month.)
    let pick = match (after, before) {
        (Some(a), Some(b)) => {
            if trig - b.end < a.start - toks[i].end {
                Some(*b)
            } else {
                Some(*a)
            }
        }
        (a, b) => a.or(b).copied(),
    };
    pick.map(|d| d.expr)
}

/// The actor that opens the sentence before the trigger: its subject, skipping a source
/// of speech ("Belta said …") and places after a preposition. A demonym before a title and a
/// person adds the person ("Belarusian President Alexander Lukashenko").
fn subjects(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> Vec<usize> {
    let trig = cx.toks[i].start;
    // A clause of its own right before the verb: "X said … after last month's exchange in
    // which Caracas freed 10 Americans" (Caracas frees them, not X).
    // ("A day after the government of X freed them": the opener a few words back.)
    if let Some(&mi) = ms.iter().rev().find(|&&mi| cx.mentions[mi].start < trig)
        && cx.mentions[mi].last == i
        && (cx.mentions[mi].first.saturating_sub(4).max(s.first)..cx.mentions[mi].first).any(|k| {
            matches!(
                &*cx.lower(k),
                "which" | "when" | "after" | "where" | "because" | "while" | "before" | "since" | "until"
            ) && (k + 1..cx.mentions[mi].first).all(|x| !matches!(&*cx.lower(x), "," | "said" | "says"))
        })
        && let Some(e) = cx.actor(mi)
    {
        return vec![e];
    }
    let mut out = Vec::new();
    for (n, &mi) in ms.iter().enumerate() {
        let m = &cx.mentions[mi];
        if m.start >= trig {
            break;
        }
        if matches!(cx.kind(mi), Some(EntityKind::Award) | None) {
            continue;
        }
        let next = cx.lower(m.last);
        if after_preposition(cx, s, m) {
            continue;
        }
        if next == "according" || SPEECH_VERBS.contains(&&*next) {
            continue;
        }
        // ("Ten Americans who had been jailed … were freed": people of a country, not it.)
        if matches!(&m.lexical, Some((_, Form::Demonym))) && m.text.ends_with('s') && !m.text.ends_with("ss") {
            continue;
        }
        let Some(e) = cx.actor(mi) else { continue };
        out.push(e);
        let demonym = matches!(&m.lexical, Some((_, Form::Demonym)));
        // "Russian President X", "U.S. President X", "Algeria's President X": the country
        // and its leader act.
        let titled_next = |next_m: usize| {
            let title_at = with_title(cx, s, &cx.mentions[next_m]);
            cx.kind(mi) == Some(EntityKind::Country)
                && (title_at == m.last || title_at == m.last + 1 && matches!(&*next, "'s" | "’s"))
                && cx.mentions[next_m].first > m.last
        };
        if let Some(&next_m) = ms.get(n + 1)
            && (demonym || titled_next(next_m))
            && cx.kind(next_m) == Some(EntityKind::Person)
            && cx.mentions[next_m].start < trig
            && let Some(p) = cx.of[next_m]
        {
            out.push(p);
        }
        // "The United States and Germany released …": a subject joined by "and" is one too.
        if next == "and"
            && let Some(&next_m) = ms.get(n + 1)
            && cx.mentions[next_m].first == m.last + 1
            && cx.mentions[next_m].start < trig
            && cx.kind(next_m) == cx.kind(mi)
            && let Some(other) = cx.actor(next_m)
        {
            out.push(other);
        }
        break;
    }
    out
}

/// Where a sentence starts after a news agency's dateline ("WASHINGTON, Dec 20 (Reuters) -
/// Venezuela released …", "MINSK, BELARUS – Belarus has released …"): the token after the
/// dash that follows a word in capitals opening the sentence, else the sentence's first
/// token. The place is where the story was filed, and the agency who filed it: neither is
/// in the events.
fn after_dateline(cx: &Cx, s: &Sentence) -> usize {
    let word = |k: usize| cx.toks.get(k).map_or("", |t| t.text(cx.text));
    let w = word(s.first);
    if w.len() < 2 || w.chars().any(char::is_lowercase) || !w.chars().any(char::is_alphabetic) {
        return s.first;
    }
    (s.first + 1..s.last.min(s.first + 16))
        .find(|&k| matches!(word(k), "-" | "–" | "—"))
        .map_or(s.first, |k| k + 1)
}

/// The people and bodies a sanctions measure at `i` names as its targets: "sanctions on
/// X", "imposed sanctions on officials, including X and Y", "sanctions against the Z
/// company" (countries are [`country_after`]'s).
fn sanctioned(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> Vec<usize> {
    // (Or the verb's object, people it counts: "sanctioned five officials, including X".)
    let on = (i + 1..s.last.min(i + 8)).find(|&k| matches!(&*cx.lower(k), "on" | "against"));
    let Some(on) = on.or_else(|| counted_people_after(cx, i).map(|_| i)) else {
        return Vec::new();
    };
    // The object runs to the next clause or reason ("…, accusing him of", "over a
    // crackdown", "after the election"); a comma goes on only before "including", or after
    // a title before the name it sets off ("including the interior minister, X").
    let end = (on + 1..s.last)
        .find(|&k| {
            let w = cx.lower(k);
            matches!(
                &*w,
                "who" | "which" | "that" | "after" | "before" | "over" | "for" | "because" | "said" | ";" | "in"
            ) || w == "," && cx.lower(k + 1) != "including" && !crate::lexicon::words::is_person_title(&cx.lower(k - 1))
        })
        .unwrap_or(s.last);
    let inside: Vec<usize> = ms
        .iter()
        .copied()
        .filter(|&mi| cx.mentions[mi].first > on && cx.mentions[mi].last <= end)
        .collect();
    inside
        .iter()
        .enumerate()
        .filter(|&(n, &mi)| {
            let m = &cx.mentions[mi];
            let titled_next = inside.get(n + 1).is_some_and(|&nx| {
                cx.kind(nx) == Some(EntityKind::Person) && with_title(cx, s, &cx.mentions[nx]) <= m.last
            });
            match cx.kind(mi) {
                Some(EntityKind::Person) => !is_possessive_mark(&cx.lower(m.last)) && !of_someone(cx, s, m),
                // ("on Georgian Dream founder X": the body names whose founder.)
                Some(EntityKind::Organisation) => !titled_next && !is_possessive_mark(&cx.lower(m.last)),
                _ => false,
            }
        })
        .filter_map(|(_, &mi)| cx.of[mi])
        .collect()
}

/// The token of the plural noun of people or bodies that a count right after token `i`
/// counts ("sanctioned five Georgian officials", "20 individuals and 3 companies").
fn counted_people_after(cx: &Cx, i: usize) -> Option<usize> {
    number_at(cx, i + 1)?;
    (i + 2..i + 5).find(|&k| {
        matches!(
            &*cx.lower(k),
            "officials"
                | "individuals"
                | "people"
                | "persons"
                | "entities"
                | "companies"
                | "firms"
                | "banks"
                | "judges"
                | "ministers"
                | "officers"
                | "lawmakers"
                | "oligarchs"
                | "businessmen"
                | "executives"
                | "commanders"
        )
    })
}

fn country_after(cx: &Cx, ms: &[usize], s: &Sentence, i: usize, preps: &[&str], within: usize) -> Option<usize> {
    for &mi in ms {
        let m = &cx.mentions[mi];
        if m.first <= i || m.first > i + within || m.first >= s.last {
            continue;
        }
        if !matches!(cx.kind(mi), Some(EntityKind::Country) | Some(EntityKind::Location)) {
            continue;
        }
        let prev = cx.lower(m.first - 1);
        if preps.contains(&&*prev) || (prev == "the" && m.first >= 2 && preps.contains(&&*cx.lower(m.first - 2))) {
            return cx.actor(mi);
        }
    }
    None
}

/// "Lifted sanctions on the country's national airline": the country named last before the
/// trigger `i` in the sentence, other than the event's `agents`, when "on the country" (or
/// another of `preps`) follows within `within` tokens.
fn the_country_after(
    cx: &Cx,
    ms: &[usize],
    s: &Sentence,
    i: usize,
    preps: &[&str],
    within: usize,
    agents: &[usize],
) -> Option<usize> {
    let named = (i + 1..(i + within).min(s.last))
        .any(|k| preps.contains(&&*cx.lower(k)) && cx.lower(k + 1) == "the" && cx.lower(k + 2) == "country");
    if !named {
        return None;
    }
    ms.iter()
        .rev()
        .filter(|&&mi| cx.mentions[mi].last <= i && cx.kind(mi) == Some(EntityKind::Country))
        .filter_map(|&mi| cx.actor(mi))
        .find(|e| !agents.contains(e))
}

fn nearest_actor_left(cx: &Cx, ms: &[usize], i: usize, within: usize, kinds: &[EntityKind]) -> Option<usize> {
    ms.iter()
        .rev()
        .filter(|&&mi| cx.mentions[mi].last <= i && cx.mentions[mi].last + within >= i)
        // ("X told the AP that sanctions relief …": the one told is in another clause.)
        .filter(|&&mi| !(cx.mentions[mi].last..i).any(|k| cx.lower(k) == "that"))
        .find(|&&mi| cx.kind(mi).is_some_and(|k| kinds.contains(&k)))
        .and_then(|&mi| cx.actor(mi))
}

fn fill_roles(cx: &Cx, ms: &[usize], s: &Sentence, i: usize, title: bool, ev: &mut DocEvent) {
    let trig = cx.toks[i].start;
    let w = cx.lower(i);
    let prev = if i > s.first {
        cx.lower(i - 1)
    } else {
        Cow::Borrowed("")
    };
    // "X was freed", "X was among those freed".
    // "X was ordered to serve a year but released": the second verb of a passive, whose
    // subject stands before its "was".
    let coordinated = if matches!(&*prev, "but" | "and") {
        (s.first..i).rev().find(|&k| matches!(&*cx.lower(k), "was" | "were"))
    } else {
        None
    };
    // A headline's bare participle is a passive: "X, Y and Z freed in exchange" (not "X
    // freed 123 prisoners", "X frees Y").
    let headline_passive = title
        && matches!(
            &*w,
            "freed" | "released" | "pardoned" | "jailed" | "arrested" | "detained" | "sentenced"
        )
        && cx.toks.get(i + 1).is_none_or(|t| {
            let next = t.text(cx.text);
            t.kind != TokenKind::Number
                && !next.starts_with(char::is_uppercase)
                && number_at(cx, i + 1).is_none()
                && !matches!(
                    &*cx.lower(i + 1),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "dozens" | "hundreds" | "thousands"
                )
        });
    let passive = headline_passive
        || matches!(&*prev, "was" | "were" | "been" | "be" | "being" | "walked" | "also")
        || prev == "those" && i >= s.first + 2 && cx.lower(i - 2) == "among"
        || coordinated.is_some();
    let push = |ev: &mut DocEvent, r, e| ev.roles.push((r, e));
    match ev.kind {
        EventKind::Release => {
            let possessive = matches!(&*prev, "his" | "her" | "their");
            let noun = matches!(&*w, "release" | "releases") && !matches!(&*prev, "to" | "will");
            if noun {
                // "his release": the person before; "the release of X": X; "prisoner
                // releases": nobody in particular.
                // (Of the pronoun's gender, where known: "X's wife, Y, confirmed his release".)
                let want = match &*prev {
                    "his" => Some(Gender::Male),
                    "her" => Some(Gender::Female),
                    _ => None,
                };
                if possessive && let Some(mi) = nearest_person_mention_left(cx, ms, i, want) {
                    // ("Thanked X for his help in securing their release": "their" is not
                    // one person; it is a list named before, or no one named.)
                    let list = if prev == "their" {
                        list_before(cx, ms, s, mi)
                    } else {
                        Vec::new()
                    };
                    if prev != "their" || !list.is_empty() {
                        ev.roles
                            .extend(list.into_iter().chain(cx.of[mi]).map(|p| (Role::Released, p)));
                    }
                } else if let Some(p) = release_of_person(cx, ms, i).and_then(|mi| cx.of[mi]) {
                    push(ev, Role::Released, p);
                }
                // "X ordered the release of Y": who orders it frees.
                if prev == "the"
                    && i >= 2
                    && matches!(&*cx.lower(i - 2), "ordered" | "orders" | "authorised" | "authorized")
                {
                    for e in subjects(cx, ms, s, i) {
                        push(ev, Role::Agent, e);
                    }
                }
            } else if passive {
                // "X was released", "X walked free": the subject is freed. "Among those
                // released was X": with no one before, the people after.
                if let Some(mi) = passive_subject(cx, ms, s, coordinated.unwrap_or(i)) {
                    ev.roles.extend(cx.of[mi].map(|p| (Role::Released, p)));
                    // "A, B and C were freed", a headline's "A, B and C freed": the list.
                    let plural = prev == "were" || coordinated.is_some_and(|k| cx.lower(k) == "were");
                    if plural || headline_passive {
                        for p in list_before(cx, ms, s, mi) {
                            push(ev, Role::Released, p);
                        }
                    }
                } else if prev == "those" || (i + 1..(i + 4).min(s.last)).any(|k| cx.lower(k) == "including") {
                    // ("Three dual nationals who were freed, including X, were flown to …".)
                    for p in objects(cx, ms, s, i) {
                        push(ev, Role::Released, p);
                    }
                }
            } else if matches!(&*prev, "the" | "newly" | "recently" | "those")
                || UNITS.contains(&&*prev) && !matches!(&*prev, "years" | "months" | "days")
            {
                // "the released Americans, including X and Y", "several of those freed,
                // including X", "received 114 prisoners released by …": the sentence's
                // subject frees no one; the people named after are freed.
                for p in objects(cx, ms, s, i) {
                    push(ev, Role::Released, p);
                }
            } else {
                for e in subjects(cx, ms, s, i) {
                    push(ev, Role::Agent, e);
                }
                for p in objects(cx, ms, s, i) {
                    if !ev.roles.iter().any(|&(_, x)| x == p) {
                        push(ev, Role::Released, p);
                    }
                }
            }
            // The verb's agent may follow it: "freed by X", "the pardon given by X to Y".
            if !noun {
                for a in agents_after_by(cx, ms, s, i) {
                    push(ev, Role::Agent, a);
                }
            }
        }
        EventKind::SanctionsLifted => {
            // (Not the sentence's subject when the trigger stands in a "that" clause: "X
            // told the AP that sanctions relief was part of a deal".)
            let reported = (s.first..i).any(|k| cx.lower(k) == "that");
            // "the lifting of US sanctions on X": whose sanctions they are lifts them.
            let owner = || {
                (cx.lower(i + 1) == "of")
                    .then(|| {
                        ms.iter().find(|&&mi| {
                            let m = &cx.mentions[mi];
                            (i + 2..=i + 3).contains(&m.first)
                                && cx.kind(mi) == Some(EntityKind::Country)
                                && matches!(&*cx.lower(m.last), "sanctions" | "restrictions")
                        })
                    })
                    .flatten()
                    .and_then(|&mi| cx.actor(mi))
            };
            let agent = owner()
                .or_else(|| nearest_actor_left(cx, ms, i, 4, &[EntityKind::Country, EntityKind::Organisation]))
                .or_else(|| (!reported).then(|| subjects(cx, ms, s, i).into_iter().next()).flatten());
            if let Some(a) = agent {
                push(ev, Role::Agent, a);
            }
            let target = country_after(cx, ms, s, i, &["on", "against"], 8)
                .or_else(|| the_country_after(cx, ms, s, i, &["on", "against"], 8, agent.as_slice()));
            if let Some(t) = target {
                push(ev, Role::Target, t);
            }
            for t in sanctioned(cx, ms, s, i) {
                push(ev, Role::Target, t);
            }
        }
        EventKind::SanctionsImposed => {
            for (n, &mi) in ms.iter().filter(|&&mi| cx.mentions[mi].start < trig).enumerate() {
                // ("The EU banned Belarusian airlines … and approved sanctions": a demonym
                // past the subject describes a thing.)
                let demonym = matches!(&cx.mentions[mi].lexical, Some((_, Form::Demonym)));
                if demonym && n > 0 && cx.mentions[mi].last + 1 < i {
                    continue;
                }
                // ("Washington sanctioned X": a capital acts for its country.)
                let seat = matches!(&cx.mentions[mi].lexical, Some((_, Form::Capital | Form::Seat)));
                if (seat
                    || cx
                        .kind(mi)
                        .is_some_and(|k| matches!(k, EntityKind::Country | EntityKind::Organisation)))
                    && !matches!(
                        &*cx.lower(cx.mentions[mi].first.saturating_sub(1)),
                        "on" | "against" | "of"
                    )
                    && let Some(e) = cx.actor(mi)
                {
                    push(ev, Role::Agent, e);
                }
            }
            // "Biden announced new sanctions on X": with no country or body acting, the
            // person whose verb it is.
            if ev.roles.is_empty()
                && matches!(
                    &*w,
                    "announced" | "announces" | "announce" | "unveiled" | "unveils" | "unveil"
                )
                && !(s.first..i)
                    .rev()
                    .take(2)
                    .any(|k| matches!(&*cx.lower(k), "was" | "were" | "been" | "be" | "being"))
                && let Some(mi) = nearest_subject_left(cx, ms, s, i)
                && cx.kind(mi) == Some(EntityKind::Person)
                && let Some(e) = cx.of[mi]
            {
                push(ev, Role::Agent, e);
            }
            let agents: Vec<usize> = ev.roles.iter().map(|&(_, e)| e).collect();
            let target = country_after(cx, ms, s, i, &["on", "against"], 8)
                .or_else(|| the_country_after(cx, ms, s, i, &["on", "against"], 8, &agents));
            if let Some(t) = target {
                push(ev, Role::Target, t);
            }
            for t in sanctioned(cx, ms, s, i) {
                push(ev, Role::Target, t);
            }
            // The verb's object or passive subject: "sanctioned minister X", "X was sanctioned".
            if matches!(&*w, "sanctioned" | "sanctioning") {
                let held = if passive {
                    passive_subject(cx, ms, s, i).into_iter().collect()
                } else {
                    object_mentions(cx, ms, s, i)
                };
                for mi in held {
                    if matches!(cx.kind(mi), Some(EntityKind::Person | EntityKind::Organisation))
                        && let Some(e) = cx.of[mi]
                    {
                        push(ev, Role::Target, e);
                    }
                }
            }
        }
        EventKind::Talks => {
            // ("X, a deputy to U.S. envoy Y, met Z": Y was not there.)
            let (from, to) = clause_of(cx, ms, s, i);
            let ps: Vec<usize> = ms
                .iter()
                .filter(|&&mi| cx.mentions[mi].first >= from && cx.mentions[mi].last <= to)
                .filter(|&&mi| cx.kind(mi) == Some(EntityKind::Person) && !someones(cx, ms, s, &cx.mentions[mi]))
                // ("Sweden released X following talks with Norway": X is the release's.)
                .filter(|&&mi| !object_of_other(cx, s, from, &cx.mentions[mi], i, EventKind::Talks))
                // ("X, Trump's envoy, … talks with Y": whose, not who; "X's talks with Y",
                // "X's first meeting with Y": X takes part.)
                .filter(|&&mi| {
                    let m = &cx.mentions[mi];
                    !matches!(&*cx.lower(m.last), "'s" | "’s") || (m.last + 1..m.last + 4).contains(&i)
                })
                .filter_map(|&mi| cx.of[mi])
                .collect();
            for p in &ps {
                push(ev, Role::Participant, *p);
            }
            // "The Ukrainian delegation was led by X, while the Russian side was headed by
            // Y": whoever leads a side takes part.
            if matches!(&*w, "delegation" | "delegations") {
                for &mi in ms {
                    let m = &cx.mentions[mi];
                    // (Past the title before the name: "led by Defence Minister X".)
                    let by = (m.first.saturating_sub(4).max(s.first + 1)..m.first).find(|&k| {
                        cx.lower(k) == "by"
                            && (k + 1..m.first).all(|x| cx.toks[x].text(cx.text).starts_with(char::is_uppercase))
                    });
                    if m.start > trig
                        && cx.kind(mi) == Some(EntityKind::Person)
                        && by.is_some_and(|k| matches!(&*cx.lower(k - 1), "led" | "headed"))
                        && let Some(e) = cx.of[mi]
                    {
                        push(ev, Role::Participant, e);
                    }
                }
            }
            // "Russia and Ukraine hold talks", "Russian and Ukrainian officials met": two
            // countries or more named as the subject, right before the trigger.
            for e in subject_countries(cx, ms, s, i) {
                push(ev, Role::Participant, e);
            }
            if ps.is_empty() {
                // "talks with Russia", "talks mediated by the Vatican".
                let mediated = |first: usize| {
                    first >= 2
                        && cx.lower(first - 1) == "by"
                        && matches!(
                            &*cx.lower(first - 2),
                            "mediated" | "brokered" | "hosted" | "facilitated" | "convened"
                        )
                };
                let article = |first: usize| {
                    if first >= 1 && cx.lower(first - 1) == "the" {
                        first - 1
                    } else {
                        first
                    }
                };
                let with = |first: usize| matches!(&*cx.lower(first.saturating_sub(1)), "with" | "between");
                for &mi in ms {
                    let first = article(cx.mentions[mi].first);
                    // ("talks between X and Y", not "… because Hungary and Slovakia blocked it".)
                    let and_with = first >= 1
                        && cx.lower(first - 1) == "and"
                        && ms
                            .iter()
                            .find(|&&k| cx.mentions[k].last == first - 1)
                            .is_some_and(|&k| with(article(cx.mentions[k].first)));
                    // ("a ceasefire with X, after talks between Y and Z": X is the ceasefire's.)
                    // (A body or group too: "talks between Congo and the M23".)
                    if matches!(cx.kind(mi), Some(EntityKind::Country | EntityKind::Organisation))
                        && cx.mentions[mi].start > trig
                        && cx.mentions[mi].last <= to
                        && (with(first) || and_with || mediated(first))
                        && let Some(e) = cx.actor(mi)
                    {
                        push(ev, Role::Participant, e);
                    }
                }
            }
            for &mi in ms {
                let m = &cx.mentions[mi];
                // ("talks in the Saudi city of Jeddah".)
                let place_of =
                    m.first >= 2 && cx.lower(m.first - 1) == "of" && PLACE_NOUNS.contains(&&*cx.lower(m.first - 2));
                // ("At the Kremlin", not "returned to the White House".)
                let at = |k: usize| matches!(&*cx.lower(k), "in" | "at");
                if m.start > trig
                    && cx.kind(mi) == Some(EntityKind::Location)
                    && (at(m.first - 1) || cx.lower(m.first - 1) == "the" && at(m.first - 2) || place_of)
                    && let Some(e) = cx.of[mi]
                {
                    push(ev, Role::Location, e);
                } else if m.start > trig
                    // "Sunday's meeting in Monaco", "talks in Qatar".
                    && m.first <= i + 2
                    && cx.kind(mi) == Some(EntityKind::Country)
                    && cx.lower(m.first - 1) == "in"
                    && let Some(e) = cx.of[mi]
                {
                    push(ev, Role::Location, e);
                } else if m.start > trig
                    && let Some(e) = capital_named(cx, mi)
                {
                    push(ev, Role::Location, e);
                }
            }
        }
        EventKind::Protest | EventKind::Election => {
            let role = Role::Participant;
            let (from, to) = clause_of(cx, ms, s, i);
            // Protesters something is done to: "led a campaign of repression against
            // opposition figures and protesters", "police fired on protesters" (whoever is
            // named before did not protest).
            let acted_on = ev.kind == EventKind::Protest
                && matches!(&*w, "protesters" | "demonstrators")
                && (i.saturating_sub(5).max(s.first)..i).any(|k| {
                    // (Not a date's "on": "who on Sunday led thousands of protesters".)
                    matches!(&*cx.lower(k), "against" | "on" | "at")
                        && cx.toks[k + 1].text(cx.text).starts_with(char::is_lowercase)
                })
                // ("X accused the protesters of …", "police dispersed the demonstrators".)
                || matches!(&*w, "protesters" | "demonstrators")
                    && (i.saturating_sub(2).max(s.first)..i).any(|k| {
                        let v = cx.lower(k);
                        (PROTEST_BLAME.contains(&&*v)
                            || matches!(&*v, "dispersed" | "disperse" | "dispersing" | "warned" | "condemned"))
                            && (k + 1 == i || cx.lower(k + 1) == "the")
                    });
            for &mi in ms {
                let m = &cx.mentions[mi];
                let Some(e) = cx.of[mi] else { continue };
                match cx.kind(mi) {
                    // "a runoff between far-right candidate X and centrist Y": the candidates.
                    Some(EntityKind::Person) if ev.kind == EventKind::Election && contested_between(cx, s, m) => {
                        push(ev, role, e);
                    }
                    Some(EntityKind::Person) if m.first < from || m.last > to => {}
                    Some(EntityKind::Person) => {
                        // ("against Slovak PM X", "against the government of Prime Minister X".)
                        let against = {
                            let f = with_title(cx, s, m);
                            (f.saturating_sub(7).max(s.first)..f).rev().any(|k| {
                                cx.lower(k) == "against"
                                    && (k + 1..f).all(|x| {
                                        let t = cx.toks[x].text(cx.text);
                                        cx.toks[x].kind == TokenKind::Word && t.starts_with(char::is_uppercase)
                                            || matches!(
                                                t,
                                                "the"
                                                    | ","
                                                    | "government"
                                                    | "regime"
                                                    | "administration"
                                                    | "rule"
                                                    | "of"
                                            )
                                            || crate::mentions::is_title(&cx.lower(x))
                                    })
                            })
                        };
                        // ("X, the woman whose death sparked protests".)
                        let whose_cause = m.last < i
                            && (m.last..i - 1)
                                .any(|k| cx.lower(k) == "whose" && CAUSE_NOUNS.contains(&&*cx.lower(k + 1)));
                        // "over the death of X", "sanctions on X": what the protest is about or
                        // whom a measure hits, not who takes part.
                        let cause = m.first >= s.first + 2
                            && (cx.lower(m.first - 1) == "of" && CAUSE_NOUNS.contains(&&*cx.lower(m.first - 2))
                                || phrase_after(cx, ms, s, m, "on"));
                        // ("X's hometown": whose, not who.)
                        let possessive = matches!(&*cx.lower(m.last), "'s" | "’s");
                        // ("Demonstrators accuse the government of President X", "protesters
                        // demanded X's resignation": whom the protest is against.)
                        let blamed = ev.kind == EventKind::Protest
                            && m.first > i
                            && (i + 1..m.first)
                                .any(|k| PROTEST_BLAME.contains(&&*cx.lower(k)) && cx.lower(k + 1) != "by");
                        // "X resigned after protests against her government": the one whose
                        // rule the protest is against, named before it.
                        let against_own = ev.kind == EventKind::Protest
                            && m.last <= i
                            && cx.lower(i + 1) == "against"
                            && matches!(&*cx.lower(i + 2), "his" | "her")
                            && cx.gender(mi).is_none_or(|g| {
                                g == if cx.lower(i + 2) == "her" {
                                    Gender::Female
                                } else {
                                    Gender::Male
                                }
                            });
                        // "X resigns as protesters storm the palace": a clause of its own (not
                        // for one held there: "police detain X as protests enter a third week").
                        let held = (m.first.saturating_sub(4).max(s.first)..m.first).any(|k| {
                            let w = cx.lower(k);
                            is_detention_word(&w)
                                || matches!(&*w, "detain" | "detains" | "arrest" | "arrests" | "arrested")
                        });
                        let other_clause = m.last <= i
                            && !held
                            && (m.last..i).any(|k| {
                                cx.lower(k) == "as"
                                    && (k + 1..i).all(|j| cx.toks[j].text(cx.text).starts_with(char::is_lowercase))
                            });
                        // "X has resigned and fled the country after weeks of protests": the
                        // one the protests brought down.
                        let fell_after = ev.kind == EventKind::Protest
                            && m.last <= i
                            && (m.last..i).any(|k| {
                                matches!(
                                    &*cx.lower(k),
                                    "resigned"
                                        | "resigns"
                                        | "quit"
                                        | "quits"
                                        | "fled"
                                        | "flees"
                                        | "ousted"
                                        | "toppled"
                                        | "stepped"
                                        | "steps"
                                        // ("X has withdrawn the bill a day after protesters
                                        // stormed parliament": one who gave way.)
                                        | "withdrew"
                                        | "withdraws"
                                        | "withdrawn"
                                        | "scrapped"
                                        | "scraps"
                                        | "conceded"
                                        | "concedes"
                                        | "abandoned"
                                        | "abandons"
                                )
                            })
                            && (m.last..i).any(|k| matches!(&*cx.lower(k), "after" | "amid" | "following"));
                        // "Mass protests forced then-President X to flee": the one they
                        // brought down.
                        let forced_out = ev.kind == EventKind::Protest && m.first > i && {
                            let f = with_title(cx, s, m);
                            f <= i + 6
                                && (i + 1..f).any(|k| {
                                    matches!(
                                        &*cx.lower(k),
                                        "forced"
                                            | "forcing"
                                            | "toppled"
                                            | "toppling"
                                            | "ousted"
                                            | "ousting"
                                            | "overthrew"
                                    )
                                })
                        };
                        // "Kenya protests: X withdraws the bill": a headline's topic before
                        // its colon, another clause after it.
                        let after_colon = m.first > i && (i + 1..m.first).any(|k| cx.lower(k) == ":");
                        // "X has been in hiding since last year's election": the election
                        // tells when, and X's verb is another.
                        let since_then =
                            m.last <= i && (m.last.max(i.saturating_sub(6))..i).any(|k| cx.lower(k) == "since");
                        if (against || blamed || against_own || fell_after || forced_out)
                            && ev.kind == EventKind::Protest
                        {
                            push(ev, Role::Target, e);
                        } else if other_clause || since_then || after_colon && ev.kind == EventKind::Protest {
                        } else if (m.start < trig || m.start < trig + 80)
                            && !cause
                            && !whose_cause
                            && (m.start >= trig || !acted_on)
                            && !possessive
                            && !is_speaker(cx, s, m)
                            && !object_of_other(cx, s, from, m, i, ev.kind)
                        {
                            push(ev, role, e);
                        }
                    }
                    // "The ruling X party won the election": a party that wins or loses it.
                    Some(EntityKind::Organisation)
                        if ev.kind == EventKind::Election
                            && m.start < trig
                            && !after_pro_or_anti(cx.text, cx.toks, m.first)
                            && {
                                let mut k = if cx.lower(m.last) == "party" {
                                    m.last + 1
                                } else {
                                    m.last
                                };
                                // (Its acronym in brackets: "the Party of Action (PAS) won".)
                                if cx.lower(k) == "(" && cx.lower(k + 2) == ")" {
                                    k += 3;
                                }
                                k < i
                                    && matches!(
                                        &*cx.lower(k),
                                        "won"
                                            | "wins"
                                            | "lost"
                                            | "loses"
                                            | "swept"
                                            | "contested"
                                            | "boycotted"
                                            | "came"
                                            | "finished"
                                            | "trailed"
                                            | "garnered"
                                            | "polled"
                                    )
                            } =>
                    {
                        push(ev, role, e);
                    }
                    Some(EntityKind::Country) => {
                        let possessive = is_possessive_mark(&cx.lower(m.last));
                        if possessive || matches!(&*cx.lower(m.first.saturating_sub(1)), "in") {
                            push(ev, Role::Location, e);
                        }
                    }
                    // "Thousands protested in Istanbul", "rallies across Tbilisi", "marched
                    // through Belgrade", "rallied on Wednesday outside parliament on Rustaveli
                    // Avenue".
                    Some(EntityKind::Location)
                        if ev.kind == EventKind::Protest
                            && m.start > trig
                            && m.first <= i + 10
                            && matches!(
                                &*cx.lower(m.first.saturating_sub(1)),
                                "in" | "across" | "outside" | "throughout" | "through" | "on" | "at" | "near"
                            ) =>
                    {
                        push(ev, Role::Location, e);
                    }
                    _ => {}
                }
            }
        }
        EventKind::Invasion => {
            // "Russia launched a full-scale invasion of Ukraine": the subject of the verb
            // that starts it.
            let launched = || {
                (i.saturating_sub(5).max(s.first)..i)
                    .any(|k| {
                        matches!(
                            &*cx.lower(k),
                            "launched" | "launches" | "began" | "begins" | "started" | "starts" | "ordered" | "mounted"
                        )
                    })
                    .then(|| subjects(cx, ms, s, i).into_iter().next())
                    .flatten()
            };
            if let Some(a) = nearest_actor_left(cx, ms, i, 3, &[EntityKind::Country]).or_else(launched) {
                push(ev, Role::Agent, a);
            }
            // ("the regime's war against the Polish minority": a people, not a country.)
            let group = |t: usize| {
                ms.iter().any(|&mi| {
                    let m = &cx.mentions[mi];
                    m.first > i
                        && m.first <= i + 4
                        && cx.actor(mi) == Some(t)
                        && matches!(
                            &*cx.lower(m.last),
                            "minority"
                                | "minorities"
                                | "community"
                                | "communities"
                                | "diaspora"
                                | "people"
                                | "opposition"
                        )
                })
            };
            // The verb's object: "Rwanda had invaded Congo".
            let object = || {
                matches!(&*w, "invaded" | "invade" | "invades" | "invading")
                    .then(|| {
                        ms.iter().find(|&&mi| {
                            let m = &cx.mentions[mi];
                            (m.first == i + 1 || m.first == i + 2 && cx.lower(i + 1) == "the")
                                && cx.kind(mi) == Some(EntityKind::Country)
                        })
                    })
                    .flatten()
                    .and_then(|&mi| cx.actor(mi))
            };
            match country_after(cx, ms, s, i, &["of", "in", "against", "on"], 4)
                .or_else(object)
                .filter(|&t| !group(t))
            {
                Some(t) => push(ev, Role::Target, t),
                // "X's war" is an invasion only against a country: without one, no event.
                None if w == "war" => ev.roles.clear(),
                None => {}
            }
        }
        EventKind::Arrest if matches!(&*w, "arrest" | "detention") => {
            // "X's arrest": X; "his arrest": the person before it in the sentence, if any;
            // "their arrest": no one in particular.
            let p = if matches!(&*prev, "'s" | "’s") {
                ms.iter()
                    .find(|&&mi| cx.mentions[mi].last + 1 == i && cx.kind(mi) == Some(EntityKind::Person))
                    .and_then(|&mi| cx.of[mi])
            } else if matches!(&*prev, "his" | "her") {
                nearest_person_left(cx, ms, i)
            } else {
                None
            };
            if let Some(p) = p {
                push(ev, Role::Patient, p);
            }
        }
        EventKind::Sentence | EventKind::Arrest => {
            // "the campaign of jailed banker X": the one held is the one named after.
            let held = || objects(cx, ms, s, i).into_iter().next();
            // "Authorities detained X, 26, and his girlfriend, Y": everyone the verb takes, up
            // to the first preposition after the first of them.
            let taken = |ev: &mut DocEvent| {
                let all = object_mentions(cx, ms, s, i);
                if let Some((&first, rest)) = all.split_first() {
                    let from = cx.mentions[first].last;
                    let cut = (from..s.last)
                        .find(|&k| {
                            matches!(
                                &*cx.lower(k),
                                "for" | "on" | "over" | "in" | "at" | "during" | "with" | "from" | "by" | "of" | "to"
                            )
                        })
                        .unwrap_or(s.last);
                    for p in rest
                        .iter()
                        .filter(|&&mi| cx.mentions[mi].last <= cut)
                        .filter_map(|&mi| cx.of[mi])
                    {
                        push(ev, Role::Patient, p);
                    }
                }
                all.first().and_then(|&mi| cx.of[mi])
            };
            // "Judge X sentenced Y to …": a person before the verb and its object right after
            // it; the person sentences, the object is held.
            let object_after = !passive
                && ms
                    .iter()
                    .any(|&mi| cx.mentions[mi].first == i + 1 && cx.kind(mi) == Some(EntityKind::Person));
            let p = if ev.kind == EventKind::Arrest && held_as_state(cx, s, i, s.first) {
                held()
            } else if unnamed_kin_subject(cx, s, i) || unnamed_passive_subject(cx, ms, s, i) {
                None
            } else if matches!(&*prev, "has" | "have" | "had") {
                // "X's government has jailed hundreds of opponents": the jailed follow.
                held()
            } else if let Some(p) = apposed_to(cx, ms, s, i) {
                // "X, a dual national arrested in Y": the one the phrase describes.
                Some(p)
            } else if let Some(p) = relative_antecedent(cx, ms, s, i) {
                Some(p)
            } else if unnamed_participle_subject(cx, ms, s, i) {
                None
            } else if object_after && let Some(a) = nearest_subject_left(cx, ms, s, i).and_then(|k| cx.of[k]) {
                push(ev, Role::Agent, a);
                taken(ev)
            } else if let Some(mi) = nearest_subject_left(cx, ms, s, i) {
                // "A, B, C and D were detained", "A and B were each sentenced": everyone in
                // the list.
                if prev == "were" || matches!(&*prev, "each" | "both" | "all") && i >= 2 && cx.lower(i - 2) == "were" {
                    for p in list_before(cx, ms, s, mi) {
                        push(ev, Role::Patient, p);
                    }
                }
                cx.of[mi]
            } else {
                taken(ev)
            };
            if let Some(p) = p {
                push(ev, Role::Patient, p);
            }
        }
        EventKind::Award => {
            // "The parliament awarded its prize to X and Y": the subject gives, the people
            // and bodies after "to" receive.
            if w == "awarded"
                && !passive
                && let Some(got) = given_to(cx, ms, s, i)
            {
                for e in subjects(cx, ms, s, i) {
                    push(ev, Role::Agent, e);
                }
                for e in got {
                    push(ev, Role::Recipient, e);
                }
                ev.subject = nearest_award(cx, ms, trig);
                return;
            }
            let right = ms
                .iter()
                .find(|&&mi| {
                    cx.mentions[mi].start > trig
                        && cx.mentions[mi].first <= i + 6
                        && cx.kind(mi) == Some(EntityKind::Person)
                })
                .and_then(|&mi| cx.of[mi]);
            // ("X announced that the two had been awarded the prize": not X.)
            let passive_unnamed = w == "awarded" && passive && unnamed_passive_subject(cx, ms, s, i);
            let recipient = if passive_unnamed {
                right
            } else if matches!(&*w, "awarded" | "won" | "winning") {
                let left = nearest_person_mention_left(cx, ms, i, None);
                // "A of X and B of Y won the prize": everyone listed.
                for p in left.map(|mi| list_before(cx, ms, s, mi)).unwrap_or_default() {
                    push(ev, Role::Recipient, p);
                }
                left.and_then(|mi| cx.of[mi]).or(right)
            } else {
                right.or_else(|| nearest_person_left(cx, ms, i))
            };
            // "Nihon Hidankyo … won the 2024 Nobel Peace Prize": a body wins too.
            // (The body opens the sentence, after a demonym if any, and no pronoun stands
            // between it and the verb: not "He told Reuters that … he and his fellow
            // campaigners had won the Nobel prize".)
            let body = || {
                let first = ms
                    .iter()
                    .find(|&&mi| !matches!(&cx.mentions[mi].lexical, Some((_, Form::Demonym))))?;
                let m = &cx.mentions[*first];
                let pronoun = (m.last..i).any(|k| matches!(&*cx.lower(k), "he" | "she" | "they" | "we" | "i" | "it"));
                (m.start < trig && cx.kind(*first) == Some(EntityKind::Organisation) && !pronoun)
                    .then(|| cx.of[*first])
                    .flatten()
            };
            if let Some(p) = recipient.or_else(|| matches!(&*w, "won" | "winning").then(body).flatten()) {
                push(ev, Role::Recipient, p);
            }
            if w == "awarded" {
                for &mi in ms
                    .iter()
                    .filter(|&&mi| cx.mentions[mi].last <= i && cx.mentions[mi].last + 4 >= i)
                {
                    if cx.kind(mi) == Some(EntityKind::Organisation)
                        && let Some(e) = cx.of[mi]
                    {
                        push(ev, Role::Recipient, e);
                    }
                }
            }
            ev.subject = nearest_award(cx, ms, trig);
            for &mi in ms {
                let m = &cx.mentions[mi];
                if m.start > trig
                    && cx.kind(mi) == Some(EntityKind::Location)
                    && cx.lower(m.first - 1) == "in"
                    && let Some(e) = cx.of[mi]
                {
                    push(ev, Role::Location, e);
                }
            }
        }
    }
}

/// The prize named nearest to byte `trig`.
fn nearest_award(cx: &Cx, ms: &[usize], trig: usize) -> Option<String> {
    ms.iter()
        .filter(|&&mi| cx.kind(mi) == Some(EntityKind::Award))
        .min_by_key(|&&mi| cx.mentions[mi].start.abs_diff(trig))
        .and_then(|&mi| cx.of[mi])
        .map(|e| cx.ents[e].name.clone())
}

/// Who receives what verb `i` gives: the people and bodies after its "to" ("awarded the
/// prize to X and the Y group"), in its clause and within a dozen words of it; `None` when
/// no "to" follows.
fn given_to(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> Option<Vec<usize>> {
    let stops = |k: usize| matches!(&*cx.lower(k), "who" | "which" | "that" | ";" | "said" | "says");
    let to = (i + 1..s.last.min(i + 12))
        .take_while(|&k| !stops(k))
        .find(|&k| cx.lower(k) == "to")?;
    let end = (to + 1..s.last).find(|&k| stops(k)).unwrap_or(s.last);
    let got: Vec<usize> = ms
        .iter()
        .filter(|&&mi| {
            let m = &cx.mentions[mi];
            m.first > to
                && m.last <= end
                && matches!(cx.kind(mi), Some(EntityKind::Person | EntityKind::Organisation))
                && !matches!(&*cx.lower(m.last), "'s" | "’s")
                && !of_someone(cx, s, m)
        })
        .filter_map(|&mi| cx.of[mi])
        .collect();
    (!got.is_empty()).then_some(got)
}

/// Persons after the trigger in its clause ("freed X, Y and Z", "including X"), not those
/// in a following clause ("… who ran against Z") nor possessive modifiers ("Z's press service").
fn objects(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> Vec<usize> {
    object_mentions(cx, ms, s, i)
        .into_iter()
        .filter_map(|mi| cx.of[mi])
        .collect()
}

/// The mentions of [`objects`], in text order.
fn object_mentions(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> Vec<usize> {
    let stops = |k: usize| {
        matches!(
            &*cx.lower(k),
            "who"
                | "which"
                | "that"
                | "where"
                | "after"
                | "before"
                | "while"
                | "but"
                | "since"
                | "because"
                | "when"
                | "against"
                | "following"
                | ";"
                | "said"
                | "says"
        )
        // "… in exchange for X", "in return for X", "a swap for X": X is the other
        // side's.
        || matches!(&*cx.lower(k), "exchange" | "return" | "swap") && cx.lower(k + 1) == "for"
    };
    // The stretches of tokens that name the objects: "freed X, who was serving a sentence,
    // and Y" goes on after the relative clause set off by commas.
    let mut spans = Vec::new();
    let mut from = i + 1;
    loop {
        let Some(k) = (from..s.last).find(|&k| stops(k)) else {
            spans.push((from, s.last));
            break;
        };
        spans.push((from, k));
        let relative = matches!(&*cx.lower(k), "who" | "which") && k > s.first && cx.lower(k - 1) == ",";
        match (k + 1..s.last.min(k + 30)).find(|&c| cx.lower(c) == "," && cx.lower(c + 1) == "and") {
            Some(c) if relative => from = c + 2,
            _ => break,
        }
    }
    ms.iter()
        .filter(|&&mi| {
            let m = &cx.mentions[mi];
            spans.iter().any(|&(a, b)| m.first >= a && m.last <= b)
        })
        .filter(|&&mi| cx.kind(mi) == Some(EntityKind::Person))
        .filter(|&&mi| !matches!(&*cx.lower(cx.mentions[mi].last), "'s" | "’s"))
        .filter(|&&mi| !of_someone(cx, s, &cx.mentions[mi]) && !is_speaker(cx, s, &cx.mentions[mi]))
        .filter(|&&mi| !by_someone(cx, s, &cx.mentions[mi]) && !linked_to(cx, s, &cx.mentions[mi]))
        .filter(|&&mi| cx.of[mi].is_some())
        .copied()
        .collect()
}

/// True when a name tells whom something is tied to: "linked to the late opposition leader
/// X", "close to X", "loyal to X".
fn linked_to(cx: &Cx, s: &Sentence, m: &Mention) -> bool {
    // (Lower-case words between: "to the late X".)
    let first = with_title(cx, s, m);
    let lower_case = |k: usize| cx.toks[k].text(cx.text).starts_with(char::is_lowercase);
    (first.saturating_sub(4).max(s.first + 1)..first)
        .rev()
        .take_while(|&k| lower_case(k))
        .any(|k| {
            cx.lower(k) == "to"
                && matches!(
                    &*cx.lower(k - 1),
                    "linked" | "close" | "loyal" | "related" | "allied" | "connected" | "tied" | "married" | "opposed"
                )
        })
}

/// True for a question answered by yes or no ("Does the pardon … include …?", "Will talks
/// resume?"): it asks whether something happened and tells nothing.
fn yes_no_question(cx: &Cx, s: &Sentence, i: usize) -> bool {
    // The question opens the sentence or a quotation in it ("… asked: \"Does …?\"").
    let opens = |k: usize| matches!(cx.toks[k].text(cx.text), "\"" | "“" | ":");
    let mut first = (s.first..i).rev().find(|&k| opens(k)).map_or(s.first, |k| k + 1);
    while first < s.last && cx.toks[first].kind == TokenKind::Punct {
        first += 1;
    }
    let asks = matches!(
        &*cx.lower(first),
        "does"
            | "do"
            | "did"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "has"
            | "have"
    );
    // (The mark may stand before a closing quote or bracket.)
    let closing = |k: usize| matches!(cx.toks[k].text(cx.text), "\"" | "”" | "’" | "'" | ")");
    asks && (s.first..s.last)
        .rev()
        .find(|&k| !closing(k))
        .is_some_and(|k| cx.toks[k].text(cx.text) == "?")
}

/// The place meant by "in the Saudi capital", "at the Turkish capital": the capital the
/// document names elsewhere (a place the lexicon knows as that country's capital), else the
/// country.
fn capital_named(cx: &Cx, mi: usize) -> Option<usize> {
    let m = &cx.mentions[mi];
    let country = cx.of[mi].filter(|_| cx.kind(mi) == Some(EntityKind::Country))?;
    let phrase = m.first >= 2
        && cx.lower(m.first - 1) == "the"
        && matches!(&*cx.lower(m.first - 2), "in" | "at")
        && cx.lower(m.last) == "capital";
    if !phrase {
        return None;
    }
    let name = cx.ents[country].canonical.as_deref();
    let capital = cx.mentions.iter().zip(cx.of).find_map(|(c, e)| {
        let is_capital = matches!(&c.lexical, Some((_, Form::Capital))) && c.country.as_deref() == name;
        (is_capital && name.is_some()).then_some(*e).flatten()
    });
    Some(capital.unwrap_or(country))
}

/// True when a name, with its title, follows "by": the one who acts, not the one acted on
/// ("freed by X", "the pardon given by X to Y").
fn by_someone(cx: &Cx, s: &Sentence, m: &Mention) -> bool {
    // ("by the regime of X", "by the government of X": X acts.)
    let first = with_title(cx, s, m);
    after_word(cx, s, m, "by")
        || first >= s.first + 4
            && cx.lower(first - 1) == "of"
            && matches!(
                &*cx.lower(first - 2),
                "regime" | "government" | "authorities" | "administration"
            )
            && cx.lower(first - 3) == "the"
            && cx.lower(first - 4) == "by"
}

/// The people, countries and bodies named after a trigger with "by" before them, within six
/// words of it: the agents of a passive or of a noun ("a pardon given by X", "freed by X").
fn agents_after_by(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> Vec<usize> {
    ms.iter()
        .filter(|&&mi| {
            let m = &cx.mentions[mi];
            m.first > i
                && m.first <= i + 6
                && by_someone(cx, s, m)
                // (Not the agent of another noun: "frees 52 prisoners after visit by Trump
                // envoy": the visit is by the envoy, whose name is a modifier.)
                && !(i + 1..m.first).any(|k| matches!(&*cx.lower(k), "after" | "before" | "following" | "during" | "amid"))
                && !cx
                    .toks
                    .get(m.last)
                    .is_some_and(|t| crate::lexicon::words::is_person_title(t.text(cx.text)))
        })
        .filter(|&&mi| {
            matches!(
                cx.kind(mi),
                Some(EntityKind::Person | EntityKind::Country | EntityKind::Organisation)
            )
        })
        .filter_map(|&mi| cx.actor(mi))
        .collect()
}

/// True when a person is named as the one speaking ("X said", "said X", "X told
/// reporters"): in "'… jailed thousands,' Biden said" Biden jails no one and is not jailed.
fn is_speaker(cx: &Cx, s: &Sentence, m: &Mention) -> bool {
    let speech = |w: &str| SPEECH_VERBS.contains(&w);
    let first = with_title(cx, s, m);
    speech(&cx.lower(m.last))
        || first >= s.first + 2 && speech(&cx.lower(first - 1)) && matches!(&*cx.lower(first - 2), "," | "\"" | "”")
        // "X, who is serving a sentence, said …"
        || cx.lower(m.last) == ","
            && cx.lower(m.last + 1) == "who"
            && (m.last + 2..s.last.min(m.last + 20))
                .find(|&k| cx.lower(k) == ",")
                .is_some_and(|k| speech(&cx.lower(k + 1)))
}

/// True when a person's name, with its title, follows "of" ("an ally of President X", "the
/// wife of X"): it tells whose someone is, not who is acted on.
fn of_someone(cx: &Cx, s: &Sentence, m: &Mention) -> bool {
    after_word(cx, s, m, "of")
}

/// Words between a list of countries and the talks they hold: the people they send, verbs
/// of holding or starting, and words of the talks' kind ("Russian and Ukrainian officials
/// met", "Russia and Ukraine hold first direct talks", "… will resume a new round of talks").
const TALKS_SUBJECT_GAP: &[&str] = &[
    "officials",
    "delegations",
    "delegates",
    "negotiators",
    "diplomats",
    "leaders",
    "envoys",
    "representatives",
    "ministers",
    "teams",
    "presidents",
    "sides",
    "hold",
    "held",
    "holds",
    "holding",
    "will",
    "to",
    "began",
    "begin",
    "resumed",
    "resume",
    "opened",
    "open",
    "started",
    "start",
    "their",
    "first",
    "direct",
    "new",
    "fresh",
    "formal",
    "peace",
    "high-level",
    "more",
    "further",
    "a",
    "another",
    "round",
    "of",
    "have",
    "has",
    "had",
    "are",
    "were",
];

/// Entities of the countries listed as the subject of the talks at token `i`: two or more,
/// joined by commas and "and", with only [`TALKS_SUBJECT_GAP`] words between the last and
/// the trigger. Empty otherwise.
fn subject_countries(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> Vec<usize> {
    let mut k = i;
    while k > s.first && k + 6 > i && TALKS_SUBJECT_GAP.contains(&&*cx.lower(k - 1)) {
        k -= 1;
    }
    let country_ending_at = |end: usize| {
        ms.iter()
            .copied()
            .find(|&mi| cx.mentions[mi].last == end && cx.kind(mi) == Some(EntityKind::Country))
    };
    let mut out = Vec::new();
    let mut end = k;
    while let Some(mi) = country_ending_at(end) {
        if let Some(e) = cx.actor(mi) {
            out.push(e);
        }
        let first = cx.mentions[mi].first;
        // (The article of "the United States".)
        let first = if first > s.first && cx.lower(first - 1) == "the" {
            first - 1
        } else {
            first
        };
        if first > s.first && matches!(&*cx.lower(first - 1), "and" | ",") {
            end = first - 1;
        } else {
            break;
        }
    }
    out.dedup();
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// Verbs of blame and demand: a person named after one of them, after a protest's trigger,
/// is whom the protest is against ("Demonstrators accuse the government of President X").
const PROTEST_BLAME: &[&str] = &[
    "accuse",
    "accused",
    "accuses",
    "accusing",
    "blame",
    "blamed",
    "blames",
    "blaming",
    "denounce",
    "denounced",
    "denouncing",
    "demand",
    "demanded",
    "demanding",
    "demands",
    "criticise",
    "criticised",
    "criticize",
    "criticized",
    "urge",
    "urged",
    "urging",
];

/// Nouns that name a body acting in the news without naming it ("a Russian court", "police",
/// "the authorities").
const ACTOR_NOUNS: &[&str] = &[
    "court",
    "judge",
    "tribunal",
    "police",
    "authorities",
    "government",
    "officials",
    "prosecutors",
    "regime",
    "parliament",
    "ministry",
    "troops",
    "forces",
    "army",
];

/// Verbs of an effort towards what has not happened: "pushing hard for his release",
/// "campaigned for their freedom".
const EFFORT_VERBS: &[&str] = &[
    "push",
    "pushes",
    "pushed",
    "pushing",
    "press",
    "presses",
    "pressed",
    "pressing",
    "campaign",
    "campaigns",
    "campaigned",
    "campaigning",
    "lobby",
    "lobbies",
    "lobbied",
    "lobbying",
    "fight",
    "fights",
    "fought",
    "fighting",
    "work",
    "works",
    "worked",
    "working",
    "advocate",
    "advocated",
    "advocating",
    "appeal",
    "appealed",
    "appealing",
    "plead",
    "pleaded",
    "pleading",
    "pray",
    "prayed",
    "praying",
    "hope",
    "hoped",
    "hoping",
    // "Applied for a royal pardon", "petitioned for clemency".
    "apply",
    "applied",
    "applies",
    "applying",
    "petition",
    "petitioned",
    "petitioning",
    "asked",
];

/// The tokens of trigger `i`'s clause in its sentence, as far as people taking part go. A
/// subordinate clause with a subject of its own leaves out the people before it ("X was
/// freed, hours after envoy Y held talks with Z"; but "X said after a meeting with Y", "X
/// was jailed after leading protests": X took part); so does a verb that causes the event
/// ("X claimed victory, prompting protests"). People after the next subordinating word are
/// another clause's.
fn clause_of(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> (usize, usize) {
    let opens = |k: usize| {
        matches!(
            &*cx.lower(k),
            "after" | "before" | "while" | "when" | "following" | "until" | "because" | "since"
        )
    };
    let causes = |k: usize| {
        matches!(
            &*cx.lower(k),
            "prompting" | "sparking" | "triggering" | "provoking" | "fuelling" | "fueling"
        )
    };
    // A name right after the subordinating word (titles between) is its subject.
    let own_subject = |k: usize| {
        ms.iter().any(|&mi| {
            let m = &cx.mentions[mi];
            (k + 1..=k + 4).contains(&m.first)
                && m.last <= i
                && matches!(cx.kind(mi), Some(EntityKind::Person | EntityKind::Country | EntityKind::Organisation))
                && !after_preposition(cx, s, m)
                // ("following Norway's disputed election": whose, not who.)
                && !is_possessive_mark(&cx.lower(m.last))
        })
    };
    let from = (s.first..i)
        .rev()
        .find(|&k| opens(k) && own_subject(k) || causes(k))
        .map_or(s.first, |k| k + 1);
    // A trigger noun that a subordinating word takes ("The deal, signed after talks
    // mediated by Norway, did not lift the bans on … X") ends its phrase at the comma
    // before a lower-case word (not at a list's: "after talks with A, B and C").
    let after_opener = (i.saturating_sub(2).max(s.first)..i).any(|k| {
        opens(k) && (k + 1 == i || matches!(&*cx.lower(k + 1), "the" | "a" | "an" | "fresh" | "new" | "more"))
    });
    let phrase_end = (i + 1..s.last).find(|&k| {
        after_opener
            && cx.lower(k) == ","
            && cx
                .toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && t.text(cx.text).starts_with(char::is_lowercase))
            && !matches!(&*cx.lower(k + 1), "and" | "or")
    });
    // A comma before a noun that sums the clause up ("won the election with 54% of the vote,
    // a result the opposition and President X say was rigged") ends it: who speaks of it
    // there did not take part.
    let summed_up = (i + 1..s.last).find(|&k| {
        cx.lower(k) == ","
            && matches!(&*cx.lower(k + 1), "a" | "an")
            && matches!(
                &*cx.lower(k + 2),
                "result" | "outcome" | "move" | "decision" | "claim" | "figure" | "step" | "verdict" | "ruling"
            )
    });
    let to = (i + 1..s.last)
        .find(|&k| opens(k))
        .into_iter()
        .chain(phrase_end)
        .chain(summed_up)
        .min()
        .unwrap_or(s.last);
    (from, to)
}

/// True when a person's name, with its noun phrase ([`phrase_start`]), tells whose someone
/// is: "a deputy to U.S. special envoy X", "an aide of X", "the wife of X".
fn someones(cx: &Cx, ms: &[usize], s: &Sentence, m: &Mention) -> bool {
    let first = phrase_start(cx, ms, s, m);
    first >= s.first + 2
        && matches!(&*cx.lower(first - 1), "to" | "of")
        && matches!(
            &*cx.lower(first - 2),
            "deputy"
                | "aide"
                | "adviser"
                | "advisor"
                | "assistant"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "envoy"
                | "ally"
                | "rival"
                | "successor"
                | "predecessor"
                | "wife"
                | "husband"
                | "son"
                | "daughter"
                | "brother"
                | "sister"
                | "mother"
                | "father"
                | "widow"
                | "lawyer"
                | "staff"
        )
}

/// True when person mention `m`, named before trigger `i` of kind `kind`, is what an event
/// of another kind named before it (in the clause from token `from`) acts on: "Police arrested X after months of protests",
/// "Sweden released X and Y following talks with Norway" (not when a relative clause
/// makes X a subject again: "arrested X, who had led the protests"; a relative clause that
/// a comma closes before the trigger does not: "freed X, who had served a term, ahead of
/// talks").
fn object_of_other(cx: &Cx, s: &Sentence, from: usize, m: &Mention, i: usize, kind: EventKind) -> bool {
    m.last <= i
        && !(m.last..i).any(|k| matches!(&*cx.lower(k), "who" | "which") && !(k..i).any(|c| cx.lower(c) == ","))
        && (from..m.first).any(|k| trigger_kind(cx, k, s.first, s.last).is_some_and(|t| t != kind))
}

/// True when person mention `m` is one of the sides named after "between" that follows an
/// election word: "a runoff between far-right candidate X and centrist Y" (within twelve
/// words, across nothing that opens a clause).
fn contested_between(cx: &Cx, s: &Sentence, m: &Mention) -> bool {
    (m.first.saturating_sub(12).max(s.first + 1)..m.first)
        .rev()
        .take_while(|&k| {
            let w = cx.lower(k);
            w == "," || !breaks_clause(&w)
        })
        .any(|k| cx.lower(k) == "between" && trigger_kind(cx, k - 1, s.first, s.last) == Some(EventKind::Election))
}

/// True when a name's noun phrase ([`phrase_start`]) follows the word `w`: "a crackdown on
/// Georgian Dream founder X".
fn phrase_after(cx: &Cx, ms: &[usize], s: &Sentence, m: &Mention, w: &str) -> bool {
    let first = phrase_start(cx, ms, s, m);
    first > s.first && cx.lower(first - 1) == w
}

/// The first token of a name's noun phrase: its title and the names and capitalised words
/// before that title ("U.S. special envoy X", "Georgian Dream founder X").
fn phrase_start(cx: &Cx, ms: &[usize], s: &Sentence, m: &Mention) -> usize {
    let mut first = with_title(cx, s, m);
    loop {
        if let Some(&k) = ms
            .iter()
            .find(|&&k| cx.mentions[k].last == first && cx.mentions[k].first < first)
        {
            first = cx.mentions[k].first;
        } else if first > s.first + 1
            && cx.toks[first - 1].kind == TokenKind::Word
            && cx.toks[first - 1].text(cx.text).starts_with(char::is_uppercase)
        {
            first -= 1;
        } else {
            break;
        }
    }
    first
}

/// True when a name, with its title words, follows the word `w` in its sentence.
fn after_word(cx: &Cx, s: &Sentence, m: &Mention, w: &str) -> bool {
    let first = with_title(cx, s, m);
    first > s.first && cx.lower(first - 1) == w
}

/// The first token of a mention with the title words right before it ("President" of
/// "President X").
fn with_title(cx: &Cx, s: &Sentence, m: &Mention) -> usize {
    let first = m.first.saturating_sub(m.cue.len()).max(s.first);
    let titled = (first..m.first).all(|k| m.cue.iter().any(|c| *c == cx.lower(k)));
    if titled { first } else { m.first }
}

/// The person a sentence opening with "He" or "She" speaks of: `prev`, the person the
/// previous sentence opened with, when its gender (if known) agrees.
fn subject_pronoun(cx: &Cx, s: &Sentence, prev: Option<usize>) -> Option<usize> {
    let p = prev?;
    let want = match &*cx.lower(s.first) {
        "he" => Gender::Male,
        "she" => Gender::Female,
        _ => return None,
    };
    cx.ents[p].gender.is_none_or(|g| g == want).then_some(p)
}

/// True when mention `m` is the object of a preposition ("talks with X", "ran against X"),
/// so not the subject of its clause.
fn after_preposition(cx: &Cx, s: &Sentence, m: &Mention) -> bool {
    // (With its title: "the main rival of President X".)
    let first = with_title(cx, s, m);
    first > s.first
        && matches!(
            &*cx.lower(first - 1),
            "with"
                | "to"
                | "of"
                | "for"
                | "from"
                | "in"
                | "on"
                | "at"
                | "between"
                | "by"
                | "against"
                | "under"
                | "since"
                | "about"
                | "towards"
        )
}

/// The nearest person left of token `i` that is not the object of a preposition ("ran
/// against X but was jailed": X is not who was jailed).
fn nearest_subject_left(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> Option<usize> {
    // A speaker is the one it happens to only when a pronoun says so ("X said she was
    // arrested"; not "X said 61 supporters had been arrested").
    let of_self = |m: &Mention| (m.last..i).any(|k| matches!(&*cx.lower(k), "he" | "she" | "him" | "her"));
    ms.iter()
        .rev()
        .filter(|&&mi| cx.mentions[mi].last <= i && cx.kind(mi) == Some(EntityKind::Person))
        .find(|&&mi| {
            let m = &cx.mentions[mi];
            // ("X's lawyer was arrested": whose, not who.)
            !after_preposition(cx, s, m)
                && !is_possessive_mark(&cx.lower(m.last))
                && (!is_speaker(cx, s, m) || of_self(m))
        })
        .copied()
}

/// The people listed before person mention `mi` ("A, B, C and D"), each joined to the next
/// by a comma or "and" (titles between allowed).
fn list_before(cx: &Cx, ms: &[usize], s: &Sentence, mi: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut cur = mi;
    while let Some(&prev) = ms
        .iter()
        .rev()
        .find(|&&k| cx.mentions[k].last < cx.mentions[cur].first && cx.kind(k) == Some(EntityKind::Person))
    {
        let mut first = with_title(cx, s, &cx.mentions[cur]);
        // (With a word before the title: "and investigative reporter Y".)
        if first < cx.mentions[cur].first
            && first > s.first
            && cx.toks[first - 1].kind == TokenKind::Word
            && cx.toks[first - 1].text(cx.text).starts_with(char::is_lowercase)
            && !matches!(&*cx.lower(first - 1), "and" | "or" | "the" | "a" | "an")
        {
            first -= 1;
        }
        // ("A of the Philippines and B of Russia": where each is from stands between.)
        let mut last = cx.mentions[prev].last;
        if cx.lower(last) == "of"
            && let Some(&k) = ms.iter().find(|&&k| {
                (last + 1..=last + 2).contains(&cx.mentions[k].first)
                    && cx.mentions[k].last < first
                    && matches!(cx.kind(k), Some(EntityKind::Country | EntityKind::Location))
                    && (cx.mentions[k].first == last + 1 || cx.lower(last + 1) == "the")
            })
        {
            last = cx.mentions[k].last;
        }
        // ("X, the outlet's director, and Y were sentenced": an apposition between.)
        if cx.lower(last) == ","
            && matches!(
                &*cx.lower(last + 1),
                "the" | "a" | "an" | "his" | "her" | "its" | "their"
            )
            && let Some(c) = (last + 2..first.min(last + 9)).find(|&k| cx.lower(k) == ",")
            && (last + 1..c).all(|x| {
                cx.toks[x].kind == TokenKind::Word && cx.toks[x].text(cx.text).starts_with(char::is_lowercase)
                    || is_possessive_mark(&cx.lower(x))
            })
        {
            last = c;
        }
        let joined = match first - last {
            1 => matches!(&*cx.lower(first - 1), "," | "and"),
            2 => cx.lower(first - 2) == "," && cx.lower(first - 1) == "and",
            _ => false,
        };
        if !joined {
            break;
        }
        out.extend(cx.of[prev]);
        cur = prev;
    }
    out
}

/// The person a participle phrase set off after a name describes: "X, a dual national
/// arrested in Y" (the phrase opens with an article after the name's comma and runs,
/// comma-free, to the trigger `i`).
fn apposed_to(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> Option<usize> {
    let comma = (i.saturating_sub(10).max(s.first)..i)
        .rev()
        .find(|&k| cx.lower(k) == ",")?;
    if !matches!(&*cx.lower(comma + 1), "a" | "an") || matches!(&*cx.lower(i - 1), "was" | "were" | "been" | "be") {
        return None;
    }
    ms.iter()
        .find(|&&mi| cx.mentions[mi].last == comma && cx.kind(mi) == Some(EntityKind::Person))
        .and_then(|&mi| cx.of[mi])
}

/// The person a relative clause with trigger `i` hangs on: "the jailing of X, an
/// Australian citizen, who was sentenced to seven years" (X, an apposition between).
fn relative_antecedent(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> Option<usize> {
    let who = (i.saturating_sub(4).max(s.first + 1)..i)
        .rev()
        .find(|&k| cx.lower(k) == "who")?;
    let aux = |k: usize| {
        matches!(
            &*cx.lower(k),
            "was" | "were" | "had" | "has" | "have" | "been" | "later" | "also"
        )
    };
    if cx.lower(who - 1) != "," || !(who + 1..i).all(aux) {
        return None;
    }
    // Right before the comma, or before an apposition set off by commas (", a/an/the …,").
    let apposition = (who.saturating_sub(9).max(s.first)..who - 1)
        .rev()
        .find(|&k| cx.lower(k) == ",")
        .filter(|&c| matches!(&*cx.lower(c + 1), "a" | "an" | "the"));
    ms.iter()
        .find(|&&mi| {
            let m = &cx.mentions[mi];
            cx.kind(mi) == Some(EntityKind::Person) && (m.last == who - 1 || Some(m.last) == apposition)
        })
        .and_then(|&mi| cx.of[mi])
}

/// True when the subject of trigger `i` is someone's kin the sentence does not name: "X
/// entered the race after her husband was barred and jailed" (not X, and no one after).
fn unnamed_kin_subject(cx: &Cx, s: &Sentence, i: usize) -> bool {
    (i.saturating_sub(6).max(s.first + 1)..i).any(|k| {
        matches!(&*cx.lower(k - 1), "his" | "her" | "their")
            && crate::lexicon::words::KINSHIP.iter().any(|(w, _)| *w == cx.lower(k))
            && matches!(&*cx.lower(k + 1), "was" | "were" | "had" | "has")
    })
}

/// True when a passive verb's subject is people the sentence does not name: "the 2021
/// election, in which seven challengers were jailed", "X announced that the two had been
/// awarded the prize" (not the person named before). The subject stands right before the
/// auxiliaries.
fn unnamed_passive_subject(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> bool {
    let mut j = i;
    while j > s.first
        && matches!(
            &*cx.lower(j - 1),
            "been" | "being" | "be" | "had" | "has" | "have" | "was" | "were" | "will" | "would" | "also" | "jointly"
        )
    {
        j -= 1;
    }
    // (A finite auxiliary in it: "after being arrested" has the clause's own subject.)
    let finite = (j..i).any(|k| {
        matches!(
            &*cx.lower(k),
            "was" | "were" | "had" | "has" | "have" | "will" | "would"
        )
    });
    let passive = (j..i).any(|k| matches!(&*cx.lower(k), "was" | "were" | "been" | "be" | "being"));
    if j == s.first || !finite || !passive {
        return false;
    }
    let k = j - 1;
    let w = cx.toks[k].text(cx.text);
    w.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(
            w,
            "who" | "that" | "which" | "not" | "never" | "and" | "but" | "she" | "he"
        )
        && !crate::lexicon::words::KINSHIP.iter().any(|(kin, _)| *kin == w)
        && !ms
            .iter()
            .any(|&mi| (cx.mentions[mi].first..cx.mentions[mi].last).contains(&k))
}

/// Nouns for a person or people left unnamed ("a former Iranian official jailed in Sweden").
const PERSON_NOUNS: &[&str] = &[
    "official",
    "officials",
    "man",
    "men",
    "woman",
    "women",
    "activist",
    "activists",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "citizen",
    "citizens",
    "national",
    "nationals",
    "dissident",
    "dissidents",
    "prisoner",
    "prisoners",
    "student",
    "students",
    "lawyer",
    "lawyers",
    "blogger",
    "bloggers",
    "diplomat",
    "diplomats",
    "businessman",
    "businessmen",
    "tourist",
    "tourists",
    "worker",
    "workers",
    "people",
    "person",
    "others",
];

/// True when a participle `i` describes people the sentence does not name, right before it:
/// "in exchange for a former Iranian official jailed in Sweden" (not the person named
/// before; "X, a dual national arrested in Y" is read before this).
fn unnamed_participle_subject(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> bool {
    // (A demonym as a noun is one too: "left behind an American jailed for nearly four years".)
    let demonym_noun = i >= s.first + 2
        && matches!(&*cx.lower(i - 2), "a" | "an")
        && ms.iter().any(|&mi| {
            let m = &cx.mentions[mi];
            m.first == i - 1 && m.last == i && cx.kind(mi) == Some(EntityKind::Country)
        });
    i > s.first
        && (PERSON_NOUNS.contains(&&*cx.lower(i - 1))
            && !ms
                .iter()
                .any(|&mi| (cx.mentions[mi].first..cx.mentions[mi].last).contains(&(i - 1)))
            || demonym_noun)
}

/// The person named last before trigger `i`.
fn nearest_person_left(cx: &Cx, ms: &[usize], i: usize) -> Option<usize> {
    nearest_person_mention_left(cx, ms, i, None).and_then(|mi| cx.of[mi])
}

/// The mention of [`nearest_person_left`]; with `want`, of that gender or of none known.
fn nearest_person_mention_left(cx: &Cx, ms: &[usize], i: usize, want: Option<Gender>) -> Option<usize> {
    ms.iter()
        .rev()
        .filter(|&&mi| cx.mentions[mi].last <= i)
        .find(|&&mi| {
            cx.kind(mi) == Some(EntityKind::Person) && want.is_none_or(|g| cx.gender(mi).is_none_or(|x| x == g))
        })
        .copied()
}

/// The person mention a passive verb `i` speaks of: the nearest named before it, passing over a
/// relative clause closed before the verb ("X, a banker who had sought to challenge Y in
/// the election, was also freed": X).
fn passive_subject(cx: &Cx, ms: &[usize], s: &Sentence, i: usize) -> Option<usize> {
    // (Not one a pronoun of the other gender stands for between: "His daughter, Y, said that
    // he had been released".)
    let pronoun_against = |mi: usize| {
        let gender = cx.gender(mi);
        (cx.mentions[mi].last..i).any(|k| match &*cx.lower(k) {
            "he" => gender == Some(Gender::Female),
            "she" => gender == Some(Gender::Male),
            _ => false,
        })
    };
    ms.iter()
        .rev()
        .filter(|&&mi| cx.mentions[mi].last <= i && cx.kind(mi) == Some(EntityKind::Person))
        .find(|&&mi| !in_relative_clause(cx, s, cx.mentions[mi].first, cx.mentions[mi].last, i) && !pronoun_against(mi))
        .copied()
}

/// True when tokens `first..last` stand inside a relative clause ("who …", "which …",
/// "whose …", opened after the last comma before them) that a comma closes before token `i`.
fn in_relative_clause(cx: &Cx, s: &Sentence, first: usize, last: usize, i: usize) -> bool {
    let opened = (s.first..first)
        .rev()
        .take_while(|&k| cx.lower(k) != ",")
        .any(|k| matches!(&*cx.lower(k), "who" | "which" | "whose"));
    opened && (last..i).any(|k| cx.lower(k) == ",")
}

/// "Nine of the released prisoners left Belarus for Lithuania, while 114 were taken to
/// Ukraine": quantities with the destination each was taken to.
fn destinations(
    cx: &Cx,
    ms: &[usize],
    s: &Sentence,
    qs: Vec<(usize, Quantity)>,
    roles: &mut Vec<(Role, usize)>,
) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = qs.iter().map(|(_, q)| q.clone()).collect();
    let mut last_num: Option<(usize, f64)> = None;
    for i in s.first..s.last {
        if let Some(v) = number_at(cx, i) {
            // A count of people: "Nine of …", "114 were taken", "12 prisoners" (not "one another").
            let next = cx.lower(i + 1);
            // (Or set off before "including": "while nine, including X, were brought to …".)
            if matches!(&*next, "of" | "were" | "was" | "had" | "have")
                || UNITS.contains(&&*next)
                || next == "," && cx.lower(i + 2) == "including"
            {
                last_num = Some((i, v));
            }
            continue;
        }
        let lw = cx.lower(i);
        if !matches!(&*lw, "to" | "for") {
            continue;
        }
        let verb = (i.saturating_sub(4)..i).any(|k| {
            let w = cx.lower(k);
            // ("… and flew them to Guatemala", "took them to the border".)
            TAKEN.contains(&&*w) || matches!(&*w, "left" | "went" | "travel" | "flew" | "took")
        });
        if !verb {
            continue;
        }
        // ("to Lithuania", "to the US".)
        let at = if cx.lower(i + 1) == "the" { i + 2 } else { i + 1 };
        let Some(&mi) = ms
            .iter()
            .find(|&&mi| cx.mentions[mi].first == at && cx.kind(mi) == Some(EntityKind::Country))
        else {
            continue;
        };
        let Some(dest) = cx.actor(mi) else { continue };
        roles.push((Role::Destination, dest));
        if let Some((k, v)) = last_num.take() {
            // "nine, including X, were brought to …": X is among those freed.
            for &p in ms {
                let m = &cx.mentions[p];
                if m.first > k
                    && m.last <= i
                    && cx.kind(p) == Some(EntityKind::Person)
                    && (k + 1..m.first).any(|j| cx.lower(j) == "including")
                    && let Some(e) = cx.actor(p)
                {
                    roles.push((Role::Released, e));
                }
            }
            out.retain(|q| q.span.0 != cx.toks[k].start);
            // The unit: a counted noun just after the number ("Nine of the released
            // prisoners"), else the one the sentence counted before ("…, while 114 were taken").
            let unit = (k + 1..(k + 5).min(i))
                .map(|j| cx.lower(j))
                .find(|w| UNITS.contains(&w.as_ref()))
                .map(Cow::into_owned)
                .or_else(|| out.iter().rev().find(|q| q.to_doc.is_some()).map(|q| q.unit.clone()))
                // ("Most of the freed prisoners were taken to Ukraine, while nine …")
                .or_else(|| {
                    (s.first..k)
                        .rev()
                        .map(|j| cx.lower(j))
                        .find(|w| UNITS.contains(&w.as_ref()) && !matches!(w.as_ref(), "years" | "months" | "days"))
                        .map(Cow::into_owned)
                })
                .unwrap_or_else(|| "people".into());
            out.push(Quantity {
                value: v,
                unit,
                qualifier: None,
                to_doc: Some(dest),
                span: (cx.toks[k].start, cx.toks[i + 1].end),
            });
        }
    }
    // "Ukraine received 114 political prisoners released by …": the country that takes the
    // count in is where they went.
    for &mi in ms {
        let m = &cx.mentions[mi];
        if cx.kind(mi) != Some(EntityKind::Country)
            || !matches!(&*cx.lower(m.last), "received" | "welcomed" | "accepted" | "took")
        {
            continue;
        }
        let Some(dest) = cx.actor(mi) else { continue };
        let next = cx.toks.get(m.last + 1).map_or(usize::MAX, |t| t.start);
        if let Some(q) = out.iter_mut().find(|q| q.to_doc.is_none() && q.span.0 == next) {
            q.to_doc = Some(dest);
            roles.push((Role::Destination, dest));
        }
    }
    out
}

/// Figures stated of a place: "the group counts 412 political prisoners in Ruritania", "at
/// least 400 political prisoners remain in Ruritania". Each becomes an attribute of the country or
/// place it is stated of (the one after "in", else the only country of the sentence), named
/// by its unit and valued as written with its qualifier; figures that belong to an event are
/// left to the event. Sources that disagree each keep their own figure.
pub fn find_figures(
    text: &str,
    toks: &[Token],
    sents: &[Sentence],
    mentions: &[Mention],
    of: &[Option<usize>],
    ents: &[DocEntity],
    events: &[DocEvent],
) -> Vec<crate::relations::DocAttribute> {
    let cx = Cx {
        text,
        toks,
        mentions,
        of,
        ents,
    };
    // (By where the count starts: an event's count may run on to its destination.)
    let used: Vec<usize> = events
        .iter()
        .flat_map(|e| e.quantities.iter().map(|q| q.span.0))
        .collect();
    let mut out = Vec::new();
    for s in sents {
        for (i, q) in quantities_in(&cx, s.first, s.last, false) {
            if used.contains(&q.span.0) || matches!(q.unit.as_str(), "years" | "months" | "days") {
                continue;
            }
            let unit_end = toks.partition_point(|t| t.end <= q.span.1);
            let place =
                |mi: usize| of[mi].filter(|&e| matches!(ents[e].kind, EntityKind::Country | EntityKind::Location));
            let in_sentence: Vec<usize> = (0..mentions.len())
                .filter(|&k| mentions[k].start >= s.start && mentions[k].end <= s.end)
                .collect();
            // "… in Belarus" right after the unit, else the sentence's only country.
            let after_in = in_sentence.iter().copied().find(|&k| {
                mentions[k].first > unit_end
                    && mentions[k].first <= unit_end + 4
                    && cx.lower(mentions[k].first - 1) == "in"
            });
            let holder = after_in.and_then(place).or_else(|| {
                let mut cs: Vec<usize> = in_sentence
                    .iter()
                    .filter_map(|&k| of[k].filter(|&e| ents[e].kind == EntityKind::Country))
                    .collect();
                cs.sort_unstable();
                cs.dedup();
                (cs.len() == 1).then(|| cs[0])
            });
            let Some(holder) = holder else { continue };
            // The unit as written, without the words that only count ("more", "of the").
            let name: Vec<Cow<str>> = (i + 1..unit_end.min(s.last))
                .map(|k| cx.lower(k))
                .filter(|w| !matches!(w.as_ref(), "more" | "of" | "the" | "other" | "released"))
                .collect();
            let number = toks[i].text(text);
            let value = match &q.qualifier {
                Some(qual) => format!("{qual} {number}"),
                None => number.to_string(),
            };
            let start = q.qualifier.as_ref().map_or(toks[i].start, |qual| {
                let n = qual.split(' ').count();
                toks[i.saturating_sub(n)].start
            });
            out.push(crate::relations::DocAttribute {
                entity: holder,
                name: name.join(" "),
                value,
                span: (start, q.span.1),
            });
        }
    }
    out
}

/// How one event is tied to another where the text says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EventLink {
    /// Given in exchange for the other ("released … in exchange for the lifting of sanctions",
    /// "In return, the U.S. agreed to lift sanctions").
    InExchangeFor,
    /// Came after the other and, the text implies, because of it ("freed … after talks").
    After,
}

impl EventLink {
    /// Lower-case name used in exports.
    pub fn as_str(&self) -> &'static str {
        match self {
            EventLink::InExchangeFor => "in_exchange_for",
            EventLink::After => "after",
        }
    }
}

/// A link between two events of one document (indices into its events).
#[derive(Debug, Clone, PartialEq)]
pub struct DocEventLink {
    /// The event that is linked.
    pub from: usize,
    /// How.
    pub kind: EventLink,
    /// The event it is linked to.
    pub to: usize,
    /// Byte span from the first trigger to the last.
    pub span: (usize, usize),
}

/// Links between a document's events: "X … in exchange for Y", "X … in return for Y",
/// "X … after / following Y" within a sentence (the connector between the two triggers,
/// at most eight tokens before the second), and a sentence opening "In return," whose first
/// event is given for the last event of the sentence before.
pub fn find_event_links(text: &str, toks: &[Token], sents: &[Sentence], events: &[DocEvent]) -> Vec<DocEventLink> {
    let lower = |i: usize| toks.get(i).map(|t| t.lower(text)).unwrap_or_default();
    let tok_of = |byte: usize| toks.partition_point(|t| t.end <= byte);
    let mut out = Vec::new();
    let mut prev_last: Option<usize> = None;
    for s in sents {
        let mut evs: Vec<(usize, usize)> = events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.trigger.0 >= s.start && e.trigger.1 <= s.end)
            .map(|(k, e)| (tok_of(e.trigger.0), k))
            .collect();
        evs.sort_unstable();
        evs.dedup_by_key(|x| x.1);
        if let (Some(&(_, first)), Some(before)) = (evs.first(), prev_last)
            && lower(s.first) == "in"
            && lower(s.first + 1) == "return"
            && lower(s.first + 2) == ","
            && events[first].kind != events[before].kind
        {
            out.push(DocEventLink {
                from: first,
                kind: EventLink::InExchangeFor,
                to: before,
                span: (events[before].trigger.0, events[first].trigger.1),
            });
        }
        for (n, &(tb, b)) in evs.iter().enumerate().skip(1) {
            let ta = evs[n - 1].0;
            let Some((at, kind)) = (ta + 1..tb).rev().take(8).find_map(|i| match &*lower(i) {
                "for" if lower(i - 1) == "exchange" && lower(i - 2) == "in" => Some((i - 2, EventLink::InExchangeFor)),
                "for" if lower(i - 1) == "return" && lower(i - 2) == "in" => Some((i - 2, EventLink::InExchangeFor)),
                "after" | "following" => Some((i, EventLink::After)),
                _ => None,
            }) else {
                continue;
            };
            // The event the connector follows: the nearest before it that is not a prize
            // named in passing ("including Nobel laureate X, after …").
            let from = evs[..n]
                .iter()
                .rev()
                .filter(|&&(t, _)| t < at)
                .map(|&(_, k)| k)
                .find(|&k| events[k].kind != EventKind::Award && events[k].kind != events[b].kind);
            if let Some(a) = from {
                out.push(DocEventLink {
                    from: a,
                    kind,
                    to: b,
                    span: (events[a].trigger.0, events[b].trigger.1),
                });
            }
        }
        if let Some(&(_, last)) = evs.last() {
            prev_last = Some(last);
        }
    }
    out
}
