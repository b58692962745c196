//! Mentions: spans of text that name people, organisations, countries, locations (and
//! prizes), found by general rules over capitalised spans, the lexicons and context cues.

use std::borrow::Cow;

use crate::document::{Document, Zone};
use crate::lexicon::words::{
    ORG_NOUNS, PLACE_NOUNS, SPEECH_VERBS, is_org_head, is_person_title, is_place_head, org_noun_after,
};
use crate::lexicon::{EntityKind, Form, Lexicon};
use crate::text::{Sentence, Token, TokenKind};
use crate::time::{month_number, weekday_number};

/// A span of text that names something.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// The surface text.
    pub text: String,
    /// The kind, when the rules could tell (`None`: decided by within-document resolution).
    pub kind: Option<EntityKind>,
    /// For lexicon matches: the canonical name and how the surface names it.
    pub lexical: Option<(String, Form)>,
    /// For places and demonyms: the country.
    pub country: Option<String>,
    /// Index of the sentence.
    pub sentence: usize,
    /// Token range `[first, last)`.
    pub first: usize,
    /// Token after the mention.
    pub last: usize,
    /// Title or role words right before the name ("president", "special envoy").
    pub cue: Vec<String>,
    /// The zone of the line it stands in.
    pub zone: Zone,
}

/// Words that extend a title before a name ("special envoy", "foreign minister").
const TITLE_MODIFIERS: &[&str] = &[
    "special",
    "foreign",
    "deputy",
    "vice",
    "former",
    "ex",
    "acting",
    "interim",
    "prime",
    "defence",
    "defense",
    "finance",
    "interior",
    "justice",
    "health",
    "state",
    "first",
    "supreme",
    "senior",
    "top",
    "chief",
    "opposition",
    "exiled",
    "crown",
];

/// Heads of prize names ("Nobel Peace Prize", "Right Livelihood Award").
const AWARD_HEADS: &[&str] = &["prize", "award", "medal", "trophy", "laureate"];

/// Heads of prize names that what the prize is for may follow ("Sakharov Prize for Freedom
/// of Thought", "Presidential Medal of Freedom").
const PRIZE_FOR_HEADS: &[&str] = &["prize", "award", "medal"];

/// Connectors allowed inside a capitalised name when both sides are capitalised.
pub(crate) const NAME_CONNECTORS: &[&str] = &[
    "de", "da", "van", "von", "bin", "al", "del", "der", "di", "du", "la", "le", "ibn",
];

/// True when tokens `j`, `j + 1`, `j + 2` are an Arabic article, a hyphen and a capitalised
/// word, glued together ("al-Assad", "el-Sisi", "ash-Sharaa"): one piece of a name.
pub(crate) fn is_glued_article(text: &str, toks: &[Token], j: usize) -> bool {
    let (Some(a), Some(h), Some(w)) = (toks.get(j), toks.get(j + 1), toks.get(j + 2)) else {
        return false;
    };
    matches!(
        a.text(text),
        "al" | "el" | "Al" | "El" | "ad" | "as" | "ash" | "an" | "ar" | "at" | "az" | "ud" | "ul"
    ) && h.text(text) == "-"
        && a.end == h.start
        && h.end == w.start
        && w.kind == TokenKind::Word
        && w.text(text).starts_with(char::is_uppercase)
}

/// True when the hyphen at token `j` glues a short lower-case syllable to the last word of
/// a name of two or more words: a hyphenated given name of East Asia ("Kim Jong-un", "Moon
/// Jae-in", "Han Duck-soo", "Cheung Kim-hung"). Not a word that describes
/// ("Hong Kong-based", "Cold War-era"), nor after a single word ("Moscow-led").
pub(crate) fn glued_syllable(lex: &crate::lexicon::Lexicon, text: &str, toks: &[Token], j: usize) -> bool {
    let (Some(h), Some(w)) = (toks.get(j), toks.get(j + 1)) else {
        return false;
    };
    if j < 2 || h.text(text) != "-" {
        return false;
    }
    let (p, q) = (&toks[j - 1], &toks[j - 2]);
    let piece = w.text(text);
    let cap_word = |t: &Token| {
        let x = t.text(text);
        t.kind == TokenKind::Word && x.starts_with(char::is_uppercase) && x.chars().skip(1).all(char::is_lowercase)
    };
    p.end == h.start
        && h.end == w.start
        && toks
            .get(j + 2)
            .is_none_or(|n| n.start > w.end || n.kind == TokenKind::Punct && n.text(text) != "-")
        && cap_word(p)
        && cap_word(q)
        && q.end < p.start
        && w.kind == TokenKind::Word
        && (2..=5).contains(&piece.len())
        && piece.chars().all(|c| c.is_ascii_lowercase())
        && (piece.len() <= 2 || !lex.is_common(piece))
        && !matches!(
            piece,
            "era" | "ish" | "esque" | "ite" | "ites" | "ist" | "ists" | "like" | "wide" | "type"
        )
}

/// True when tokens `a..b` hold a hyphenated given name of East Asia (see
/// [`glued_syllable`]): the name is a person's.
pub(crate) fn has_glued_syllable(
    lex: &crate::lexicon::Lexicon,
    text: &str,
    toks: &[Token],
    a: usize,
    b: usize,
) -> bool {
    (a + 2..b.saturating_sub(1)).any(|j| glued_syllable(lex, text, toks, j))
}

/// True for two acronyms glued by a slash: "RFE/RL".
pub(crate) fn is_acronym_pair(s: &str) -> bool {
    s.split_once('/').is_some_and(|(x, y)| {
        [x, y]
            .iter()
            .all(|p| (2..=6).contains(&p.len()) && p.chars().all(|c| c.is_ascii_uppercase()))
    })
}

/// True when the rules are sure mention `m` names a person: a person's title before it (not
/// a modifier alone: "the first Rugby Sevens World Cup"), or a given name first that is no
/// common word ("Royal Opera House").
pub(crate) fn sure_person(m: &Mention, lex: &crate::lexicon::Lexicon) -> bool {
    m.kind == Some(EntityKind::Person)
        && (m.cue.iter().any(|c| is_person_title(c))
            || m.text.split(' ').next().is_some_and(|g| {
                let g = crate::text::lowercase(g);
                lex.is_given_name(&g) && !lex.is_common(&g)
            }))
}

/// Connectors allowed inside an organisation or place name after a head word.
const ORG_CONNECTORS: &[&str] = &["of", "for", "on"];

/// The fields of ministers and secretaries, which belong to the title before a name
/// ("Interior Minister X", "Foreign Secretary X"), not to a body of their own.
pub(crate) const PORTFOLIOS: &[&str] = &[
    "interior",
    "foreign",
    "home",
    "defence",
    "defense",
    "finance",
    "justice",
    "health",
    "education",
    "economy",
    "energy",
    "trade",
    "agriculture",
    "culture",
    "labour",
    "labor",
    "transport",
    "environment",
];

/// Titles of office (person titles all) that split a capitalised run into the body before
/// and the person after ("Commission President Karla Maasen", "Carnegie Mellon Professor Raj
/// Reddy"). Not "King", "Prince" or "Saint", which stand inside names ("Martin Luther King",
/// "Saint-Andre").
const OFFICE_TITLES: &[&str] = &[
    "president",
    "chairman",
    "chairwoman",
    "minister",
    "premier",
    "governor",
    "mayor",
    "senator",
    "judge",
    "justice",
    "professor",
    "secretary",
    "chancellor",
    "ambassador",
    "envoy",
    "commissioner",
    "spokesman",
    "spokeswoman",
];

/// Plurals of people that a body's name may hold in the possessive ("Republican People's
/// Party", "Workers' Party", "Children's Fund").
const NAME_POSSESSORS: &[&str] = &[
    "people",
    "peoples",
    "workers",
    "women",
    "children",
    "citizens",
    "farmers",
    "veterans",
    "soldiers",
    "mothers",
    "writers",
    "journalists",
    "teachers",
    "students",
];

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    lex: &'a Lexicon,
}

impl<'a> Ctx<'a> {
    fn t(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }
    /// Token `i` in lower case ("" past the end).
    fn lower(&self, i: usize) -> Cow<'a, str> {
        self.toks.get(i).map_or(Cow::Borrowed(""), |t| t.lower(self.text))
    }
    fn is_cap(&self, i: usize) -> bool {
        let Some(tok) = self.toks.get(i) else { return false };
        tok.kind == TokenKind::Word && self.t(i).chars().next().is_some_and(char::is_uppercase)
    }
    /// The text of tokens `a..b` with each run of white space as one space (borrowed when
    /// it is written so already, as nearly every name is).
    fn surface(&self, a: usize, b: usize) -> Cow<'a, str> {
        let s = &self.text[self.toks[a].start..self.toks[b - 1].end];
        if b == a + 1 {
            // One token: no white space in it.
            return Cow::Borrowed(s);
        }
        let mut prev_space = false;
        let plain = s.chars().all(|c| {
            let ok = !c.is_whitespace() || (c == ' ' && !prev_space);
            prev_space = c == ' ';
            ok
        });
        if plain {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
        }
    }
    /// Longest lexicon match starting at `a`, ending at or before `b`.
    fn lexicon_at(&self, a: usize, b: usize) -> Option<(usize, &crate::lexicon::Entry)> {
        let max = (b - a).min(self.lex.longest());
        for len in (1..=max).rev() {
            let s = self.surface(a, a + len);
            if let Some(e) = self.lex.lookup(&s).first() {
                return Some((len, e));
            }
        }
        None
    }
}

/// Finds the mentions of a document.
pub fn find_mentions(doc: &Document, toks: &[Token], sents: &[Sentence], lex: &Lexicon) -> Vec<Mention> {
    let cx = Ctx {
        text: &doc.text,
        toks,
        lex,
    };
    let mut out = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        let zone = doc.zone_at(s.start);
        match zone {
            Zone::Boilerplate | Zone::Byline => continue,
            Zone::Credit => {
                credit_mentions(&cx, si, s, zone, &mut out);
                continue;
            }
            _ => {}
        }
        sentence_mentions(&cx, si, s, zone, &mut out);
    }
    out
}

fn mention(cx: &Ctx, si: usize, a: usize, b: usize, kind: Option<EntityKind>, zone: Zone) -> Mention {
    Mention {
        start: cx.toks[a].start,
        end: cx.toks[b - 1].end,
        text: cx.surface(a, b).into_owned(),
        kind,
        lexical: None,
        country: None,
        sentence: si,
        first: a,
        last: b,
        cue: Vec::new(),
        zone,
    }
}

/// "Jane Doe | Agency | via Wire": people and agencies.
fn credit_mentions(cx: &Ctx, si: usize, s: &Sentence, zone: Zone, out: &mut Vec<Mention>) {
    let mut a = s.first;
    while a < s.last {
        let mut b = a;
        while b < s.last && cx.t(b) != "|" {
            b += 1;
        }
        let mut start = a;
        while start < b && !cx.is_cap(start) {
            start += 1; // "via"
        }
        if start < b {
            let mut m = mention(cx, si, start, b, None, zone);
            let upper = cx.surface(start, b).to_uppercase();
            let acronym = (upper.len() <= 5).then(|| cx.lex.lookup(&upper).first()).flatten();
            if let Some(e) = cx
                .lexicon_at(start, b)
                .filter(|(len, _)| *len == b - start)
                .map(|(_, e)| e)
                .or(acronym)
            {
                m.kind = Some(e.kind);
                m.lexical = Some((e.canonical.clone(), e.form));
                m.country = e.country.clone();
            } else if b - start >= 2 && cx.lex.is_given_name(&cx.lower(start)) {
                m.kind = Some(EntityKind::Person);
            } else {
                m.kind = Some(EntityKind::Organisation);
            }
            out.push(m);
        }
        a = b + 1;
    }
}

fn sentence_mentions(cx: &Ctx, si: usize, s: &Sentence, zone: Zone, out: &mut Vec<Mention>) {
    let words: Vec<usize> = (s.first..s.last)
        .filter(|&i| cx.toks[i].kind == TokenKind::Word)
        .collect();
    let upper = words
        .iter()
        .filter(|&&i| !cx.t(i).chars().any(char::is_lowercase))
        .count();
    let capitalised = words.iter().filter(|&&i| cx.is_cap(i)).count();
    let last_text = cx.t(s.last.saturating_sub(1));
    // All-capitals lines, and headlines in title case, capitalise common words too.
    let all_caps = upper == words.len()
        || (words.len() >= 4 && capitalised * 10 >= words.len() * 6 && !matches!(last_text, "." | "\"" | "”"));
    let mut i = s.first;
    while i < s.last {
        if !cx.is_cap(i) {
            i += 1;
            continue;
        }
        // The capitalised run.
        let mut j = i + 1;
        loop {
            if j >= s.last {
                break;
            }
            if cx.is_cap(j) && !cx.toks[j].line_start {
                j += 1;
                continue;
            }
            let lw = cx.lower(j);
            let glued =
                cx.toks[j].start == cx.toks[j - 1].end && cx.toks.get(j + 1).is_some_and(|n| n.start == cx.toks[j].end);
            if cx.t(j) == "-" && glued && cx.is_cap(j + 1) {
                // Jean-Claude joins; Belarus-Ukraine does not.
                let left = cx.lexicon_at(j - 1, j).is_some();
                let right = cx.lexicon_at(j + 1, j + 2).is_some();
                if !left && !right && !both_stand_alone(cx.text, cx.toks, j - 1, j + 1) {
                    j += 2;
                    continue;
                }
                break;
            }
            // The Persian and Urdu "-e-" (and "-i-", "-ul-", "-ut-", "-uz-", "-ur-", "-ud-")
            // that joins the words of a name: "Tehreek-e-Insaf", "Jamaat-e-Islami",
            // "Hizb-ut-Tahrir", "Waker-uz-Zaman", "Zia-ur-Rahman", "Salah-ud-Din".
            if cx.t(j) == "-"
                && glued
                && matches!(cx.t(j + 1), "e" | "i" | "ul" | "ut" | "us" | "uz" | "ur" | "ud")
                && cx.t(j + 2) == "-"
                && cx.toks.get(j + 3).is_some_and(|w| w.start == cx.toks[j + 2].end)
                && cx.is_cap(j + 3)
            {
                j += 4;
                continue;
            }
            // A word glued by a hyphen inside a body's name with a head and a connector
            // ("Organization for Security and Co-operation in Europe").
            if cx.t(j) == "-"
                && glued
                && cx.toks[j + 1].kind == TokenKind::Word
                && cx.t(j + 1).starts_with(char::is_lowercase)
                && head_connector(cx.text, cx.toks, i, j).is_some()
            {
                j += 2;
                continue;
            }
            // One particle or two: "Jan van Dijk", "Ursula von der Leyen", "de la Cruz".
            if NAME_CONNECTORS.contains(&&*lw) && j > i {
                let second = usize::from(matches!(
                    &*cx.lower(j + 1),
                    "der" | "den" | "la" | "los" | "las" | "le" | "des"
                ));
                if cx.is_cap(j + 1 + second) {
                    j += 2 + second;
                    continue;
                }
            }
            // A possessive inside a body's name: "Republican People's Party", "Kurdistan
            // Workers' Party", "Women's League" (a plural of people before it, and the
            // capitalised words after it ending in an organisation's head word).
            if is_possessive_mark(cx.t(j))
                && cx.toks[j].start == cx.toks[j - 1].end
                && cx.is_cap(j + 1)
                && NAME_POSSESSORS.contains(&&*cx.lower(j - 1))
            {
                let mut e = j + 1;
                while e < s.last && cx.is_cap(e) {
                    e += 1;
                }
                if is_head(&cx.lower(e - 1)) || matches!(&*cx.lower(e - 1), "army" | "front" | "league" | "daily") {
                    j = e;
                    continue;
                }
            }
            // The Arabic article glued to a name: "Bashar al-Assad", "Abdel Fattah el-Sisi".
            if is_glued_article(cx.text, cx.toks, j) {
                j += 3;
                continue;
            }
            // Two acronyms glued by a slash are one: "RFE/RL" (not a dateline's
            // "CARACAS/WASHINGTON").
            if cx.t(j) == "/"
                && glued
                && j + 1 < s.last
                && is_acronym_pair(&cx.surface(j - 1, j + 2))
                && cx.lexicon_at(j - 1, j).is_none()
                && cx.lexicon_at(j + 1, j + 2).is_none()
            {
                j += 2;
                continue;
            }
            // A hyphenated given name: "Kim Jong-un", "Han Duck-soo".
            if glued_syllable(cx.lex, cx.text, cx.toks, j) {
                j += 2;
                continue;
            }
            // ("Committee on Foreign Relations"; not "the European Union on Tuesday".)
            let next = cx.t(j + 1);
            let date_next = month_number(next).is_some()
                || weekday_number(next).is_some()
                || next.strip_suffix('s').is_some_and(|w| weekday_number(w).is_some());
            // ("Committee to Protect Journalists": "to" with a verb and its object.)
            let to_verb = lw == "to" && cx.lex.is_common(&cx.lower(j + 1)) && j + 2 < s.last && cx.is_cap(j + 2);
            let headed = |j: usize| head_connector(cx.text, cx.toks, i, j + 1).is_some();
            // "in" and a place inside a body's name with a head and a connector, when the
            // acronym in brackets after spells the place too ("Organisation for Security and
            // Cooperation in Europe (OSCE)"; not "the Ministry of Defence in London").
            if lw == "in"
                && headed(j)
                && cx.is_cap(j + 1)
                && let len = cx.lexicon_at(j + 1, s.last).map_or(1, |(len, _)| len)
                && spelt_by_acronym(
                    cx.text,
                    cx.toks,
                    if cx.lower(i) == "the" { i + 1 } else { i },
                    j + 1 + len,
                )
            {
                j += 1 + len;
                continue;
            }
            // "and" inside a body's name with a head and a connector, before words with no
            // head or known name of their own ("Department of Work and Pensions"; not
            // "Department of Health and State University of New York").
            if lw == "and" && cx.is_cap(j + 1) && headed(j) {
                let mut e = j + 1;
                while e < s.last && cx.is_cap(e) {
                    e += 1;
                }
                // (One word after "and" may be a head: "Centre for Transport and Society".)
                let plain =
                    |x: usize| cx.t(x).chars().any(char::is_lowercase) && (e == j + 2 || !is_head(&cx.lower(x)));
                if (j + 1..e).all(|x| plain(x) && cx.lexicon_at(x, e).is_none()) {
                    j = e;
                    continue;
                }
            }
            // "and" between the words of a party's name that a lower-case "party" follows
            // ("the opposition Law and Justice party", "the Peace and Freedom movement"):
            // neither side a known name of its own (not "France and Germany party leaders").
            if lw == "and" && cx.is_cap(j + 1) && j - i <= 3 {
                let mut e = j + 1;
                while e < s.last && e - j <= 3 && cx.is_cap(e) {
                    e += 1;
                }
                if e < s.last
                    && matches!(
                        &*cx.lower(e),
                        "party" | "movement" | "alliance" | "coalition" | "bloc" | "front"
                    )
                    && (i..e).all(|x| x == j || cx.lexicon_at(x, e).is_none() && !cx.lex.is_given_name(&cx.lower(x)))
                {
                    j = e;
                    continue;
                }
            }
            // What a prize is for is its name's: "Sakharov Prize for Freedom of Thought",
            // "Presidential Medal of Freedom", "Award for Courage and Integrity".
            if matches!(&*lw, "for" | "of")
                && PRIZE_FOR_HEADS.contains(&&*cx.lower(j - 1))
                && cx.is_cap(j + 1)
                && !date_next
                && cx.lexicon_at(j + 1, s.last).is_none()
            {
                j += 2;
                loop {
                    while j < s.last && cx.is_cap(j) {
                        j += 1;
                    }
                    if j + 1 < s.last
                        && matches!(&*cx.lower(j), "of" | "and")
                        && cx.is_cap(j + 1)
                        && cx.lexicon_at(j + 1, s.last).is_none()
                    {
                        j += 2;
                    } else {
                        break;
                    }
                }
                break;
            }
            // ("International Committee of the Red Cross", "Office for the Coordination of
            // Humanitarian Affairs".)
            // (Not a country or place after "the": "the Dow Chemical Co of the United States".)
            let the_body = || {
                cx.lower(j + 1) == "the"
                    && cx.is_cap(j + 2)
                    && cx
                        .lexicon_at(j + 2, s.last)
                        .is_none_or(|(_, e)| !matches!(e.kind, EntityKind::Country | EntityKind::Location))
            };
            if (ORG_CONNECTORS.contains(&&*lw) && (cx.is_cap(j + 1) || the_body())
                || to_verb && cx.is_cap(j + 1))
                // ("… for the Coordination of Humanitarian Affairs": "of" after a connector's
                // words too.)
                && (is_head(&cx.lower(j - 1)) || lw == "of" && headed(j))
                && !date_next
            {
                j += if cx.lower(j + 1) == "the" && cx.is_cap(j + 2) {
                    3
                } else {
                    2
                };
                continue;
            }
            break;
        }
        segment_run(cx, si, s, i, j, zone, all_caps, out);
        i = j;
    }
}

/// True for a name set off by commas after a body's noun that a possessive or "the" opens:
/// "his party, Pastef, was dissolved", "the company, Acme, said".
pub(crate) fn named_body_in_apposition(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    // (Asked of every name the rules read: the comma first, and words compared unallocated.)
    let word = |i: usize| toks.get(i).map_or(Cow::Borrowed(""), |t| t.lower(text));
    a >= 3
        && toks[a - 1].text(text) == ","
        && matches!(toks.get(b).map(|t| t.text(text)), Some("," | ")" | "." | ";"))
        && ORG_NOUNS.contains(&&*word(a - 2))
        && matches!(&*word(a - 3), "his" | "her" | "their" | "its" | "our" | "the")
}

/// True when the words at tokens `x` and `y` (glued by a hyphen) are each written alone
/// elsewhere in the document: "the Trump-Kim summit" of an article about Trump and Kim is
/// two names ("Jean-Claude", "Rolls-Royce" are one).
pub(crate) fn both_stand_alone(text: &str, toks: &[Token], x: usize, y: usize) -> bool {
    // (Not the name of something the pair names, which goes on in capitals: "the
    // Markova-Dolin Ballet".)
    if toks
        .get(y + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase))
    {
        return false;
    }
    let (wx, wy) = (toks[x].text(text), toks[y].text(text));
    let word = |n: usize| toks.get(n).map_or("", |t| t.text(text));
    // (Alone: not glued by a hyphen, nor next to the other, "Sinama Pongolle".)
    let alone = |k: usize, w: &str| {
        toks.iter().enumerate().any(|(n, t)| {
            n != k
                && t.text(text) == w
                && (n == 0 || toks[n - 1].end < t.start || toks[n - 1].text(text) != "-")
                && toks.get(n + 1).is_none_or(|u| u.start > t.end || u.text(text) != "-")
                && !(w == wx && word(n + 1) == wy)
                && !(w == wy && n > 0 && word(n - 1) == wx)
        })
    };
    alone(x, wx) && alone(y, wy)
}

/// True when tokens `a..b` are followed by an acronym in brackets made of the initials of
/// their capitalised words, two or more: "Pakistan Tehreek-e-Insaf (PTI)".
pub(crate) fn spelt_by_acronym(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let t = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    if t(b) != "(" || t(b + 2) != ")" {
        return false;
    }
    let acronym = t(b + 1);
    let mut initials = (a..b).filter_map(|k| {
        let w = t(k);
        (toks[k].kind == TokenKind::Word && w.starts_with(char::is_uppercase))
            .then(|| w.chars().next())
            .flatten()
    });
    acronym.len() >= 2
        && acronym.chars().all(|c| c.is_ascii_uppercase())
        && acronym.chars().all(|c| initials.next() == Some(c))
        && initials.next().is_none()
}

/// The possessive after a word: "'s", or the bare apostrophe of a plural ("Workers'").
pub(crate) fn is_possessive_mark(t: &str) -> bool {
    matches!(t, "'s" | "’s" | "'" | "’")
}

/// True when token `k` is glued to "pro-" or "anti-" ("the pro-European Party of Action",
/// "a pro-EU party"): it says what someone is for or against, and names no one.
pub(crate) fn after_pro_or_anti(text: &str, toks: &[Token], k: usize) -> bool {
    k >= 2
        && k < toks.len()
        && toks[k - 1].text(text) == "-"
        && toks[k - 1].end == toks[k].start
        && matches!(toks[k - 2].text(text), "pro" | "anti" | "Pro" | "Anti")
}

/// True for a connector inside a body's name (see [`ORG_CONNECTORS`]), or "to" ("Committee
/// to Protect Journalists").
fn is_connector(lw: &str) -> bool {
    ORG_CONNECTORS.contains(&lw) || lw == "to"
}

/// The first connector among tokens `a + 1 .. b - 1` that follows an organisation's head
/// word: "Association of Journalists", "Committee to Protect Journalists".
pub(crate) fn head_connector(text: &str, toks: &[Token], a: usize, b: usize) -> Option<usize> {
    (a + 1..b.saturating_sub(1).min(toks.len()))
        .find(|&c| is_connector(&toks[c].lower(text)) && is_org_head(&toks[c - 1].lower(text)))
}

fn is_head(lw: &str) -> bool {
    is_org_head(lw) || matches!(lw, "republic" | "kingdom" | "university" | "bank" | "state" | "states")
}

/// True when "Marine" at token `k` of a capitalised run ending at `b` names the service:
/// before a given name and a surname ("Marine Paul Whelan"), or alone before a title word
/// ("Marine veteran X"); not in "Marine Le Pen".
pub(crate) fn is_service(text: &str, toks: &[Token], k: usize, b: usize, lex: &Lexicon) -> bool {
    let lower = |i: usize| {
        toks.get(i)
            .map(|t| crate::text::lowercase(t.text(text)))
            .unwrap_or_default()
    };
    b == k + 1 && is_person_title(&lower(b))
        || b >= k + 3 && lex.is_given_name(&lower(k + 1)) && !NAME_CONNECTORS.contains(&&*lower(k + 1))
}

/// The singular of a plural title of a person ("reporters", "spokesmen"), if `lw` is one.
fn plural_title(lw: &str) -> Option<String> {
    let singular = match lw.strip_suffix("men") {
        Some(stem) => format!("{stem}man"),
        None => lw.strip_suffix('s')?.to_string(),
    };
    // (Not the plural of a trade that names firms: "analysts Forrester Research", "bankers
    // JP Morgan", "lawyers Clifford Chance".)
    // Nor of a title that a team or a band holds ("rock veterans New Order").
    let s = singular.as_str();
    (is_person_title(s) && !NO_PLURAL_CUE.contains(&s) && !TEAM_TITLES.contains(&s)).then_some(singular)
}

/// Person titles that describe a team or a band as well ("Chelsea, the champions", "rock
/// veterans New Order").
const TEAM_TITLES: [&str; 3] = ["veteran", "champion", "winner"];

/// Person titles whose plural is no cue for the names after it: trades whose plural names
/// firms, in British usage above all, and verbs.
const NO_PLURAL_CUE: &[&str] = &[
    "analyst",
    "banker",
    "lawyer",
    "attorney",
    "solicitor",
    "economist",
    "consultant",
    "broker",
    "accountant",
    "auditor",
    "adviser",
    "advisor",
    "manager",
    "agent",
    "architect",
    "publisher",
    "producer",
    "promoter",
    "sponsor",
    "supplier",
    "builder",
    "manufacturer",
    // Titles that are verbs too: "who heads F-Secure", "chairs the board".
    "head",
    "chair",
    "coach",
    "pilot",
    "judge",
    "host",
    "guard",
    "boss",
];

/// The singular of a plural person title ("journalists") that opens the list of names the
/// run at `a` belongs to: right before it, or before the names that "and" or a comma join
/// to it ("journalists X, Y and Z"). Only capitalised words, commas and "and" may stand
/// between the title and the run.
fn plural_title_before_list(cx: &Ctx, s: &Sentence, a: usize) -> Option<String> {
    let (mut k, mut names) = (a, 1);
    while k > s.first {
        let w = cx.lower(k - 1);
        if !cx.is_cap(k - 1)
            && let Some(t) = plural_title(&w)
        {
            // ("League One leaders Luton": a team leads a league.)
            let league = t == "leader" && k >= s.first + 2 && cx.is_cap(k - 2);
            return (!league).then_some(t);
        }
        // A joiner ("and", a comma, ", and"), then the name before it.
        let mut j = k - 1;
        match &*w {
            "and" if j > s.first && cx.t(j - 1) == "," => j -= 1,
            "and" | "," => {}
            _ => return None,
        }
        let end = j;
        while j > s.first && cx.is_cap(j - 1) {
            j -= 1;
        }
        names += 1;
        if j == end || names > 6 {
            return None;
        }
        k = j;
    }
    None
}

pub(crate) fn is_title(lw: &str) -> bool {
    is_person_title(lw) || TITLE_MODIFIERS.contains(&lw)
}

#[allow(clippy::too_many_arguments)]
fn segment_run(
    cx: &Ctx,
    si: usize,
    s: &Sentence,
    a: usize,
    b: usize,
    zone: Zone,
    all_caps: bool,
    out: &mut Vec<Mention>,
) {
    let mut a = a;
    // Sentence-initial common words ("The", "However", "Thousands").
    let at_start =
        a == s.first || (a > s.first && matches!(cx.t(a - 1), "\"" | "“" | "‘" | "(" | "'" | "—" | "-" | ":"));
    while a < b {
        // (Nor the rest of a compound whose first word was dropped: "Ex-PM arrested",
        // "Ex-Yankee Randy Velarde".)
        if cx.t(a) == "-" {
            a += 2;
            continue;
        }
        let lw = cx.lower(a);
        let lexical = cx.lexicon_at(a, b).is_some();
        // (After a title, a common word opens the name: "Former President Win Myint".)
        let titled = a > s.first && is_title(&cx.lower(a - 1)) && a + 1 < b;
        let common = cx.lex.is_common(&lw) && !cx.lex.is_given_name(&lw) && !lexical && !titled;
        // ("The Women's Tennis Association": a possessive inside the run keeps its word.)
        let possessed = a + 1 < b && is_possessive_mark(cx.t(a + 1));
        // (A leading "The" stays where the lexicon knows the name only with it: "The
        // Hague", not "The Netherlands".)
        let needs_the = lexical && a + 1 < b && cx.lexicon_at(a + 1, b).is_none();
        if ((at_start || all_caps) && common && !possessed) || lw == "the" && !needs_the {
            a += 1;
            continue;
        }
        // A creed before a body's name and its noun: "the Islamist Ennahda party" (but
        // "the Socialist Party").
        if a + 1 < b && crate::lexicon::words::IDEOLOGIES.contains(&&*lw) && b < s.last && ORG_NOUNS.contains(&cx.t(b))
        {
            a += 1;
            continue;
        }
        break;
    }
    if a >= b {
        return;
    }
    // A whole run ending in an organisation head is one organisation ("Norwegian Nobel
    // Committee"), and so is one whose head a connector follows, when no place or country
    // comes after it ("Belarusian Association of Journalists"; not "Bank of England").
    let last_lw = cx.lower(b - 1);
    let whole_lexical = cx.lexicon_at(a, b).filter(|(len, _)| *len == b - a);
    let head_then_connector =
        head_connector(cx.text, cx.toks, a, b).is_some_and(|c| (c + 1..b).all(|x| cx.lexicon_at(x, b).is_none()));
    let mayors_city = mayors_city(cx, a, b);
    // (A demonym before a body the lexicon knows whole is the country's: "Swedish European
    // Union diplomat X".)
    let demonym_then_known = || {
        b - a >= 3
            && cx
                .lexicon_at(a, b)
                .is_some_and(|(len, e)| len == 1 && e.form == Form::Demonym)
            && cx
                .lexicon_at(a + 1, b)
                .is_some_and(|(len, e)| len == b - a - 1 && e.kind == EntityKind::Organisation)
    };
    // A name its acronym in brackets spells, country and all, is one body: "Pakistan
    // Tehreek-e-Insaf (PTI)", "Islamic Revolutionary Guard Corps (IRGC)".
    if whole_lexical.is_none() && !all_caps && b - a >= 2 && spelt_by_acronym(cx.text, cx.toks, a, b) {
        out.push(mention(cx, si, a, b, Some(EntityKind::Organisation), zone));
        return;
    }
    if whole_lexical.is_none()
        && b - a >= 2
        && (is_org_head(&last_lw) || head_then_connector)
        && !all_caps
        && !mayors_city
        && !demonym_then_known()
    {
        let mut start = a;
        // (Not the title or the month before it: "August National Association of …".)
        let month = |k: usize| month_number(cx.t(k)).is_some() && !cx.t(k).eq_ignore_ascii_case("may");
        while start < b - 1 && (is_title(&cx.lower(start)) && !cx.lex.lookup(cx.t(start)).is_empty() || month(start)) {
            start += 1;
        }
        // (Nor the word glued to "pro-" or "anti-": "the pro-Russian Party of Socialists",
        // "the pro-European Party of Action"; a demonym stays a mention of its country.)
        if start < b - 1 && start > s.first + 1 && after_pro_or_anti(cx.text, cx.toks, start) {
            if let Some((1, e)) = cx.lexicon_at(start, start + 1)
                && e.form == Form::Demonym
            {
                let mut m = mention(cx, si, start, start + 1, Some(e.kind), zone);
                m.lexical = Some((e.canonical.clone(), e.form));
                m.country = e.country.clone();
                out.push(m);
            }
            start += 1;
        }
        out.push(mention(cx, si, start, b, Some(EntityKind::Organisation), zone));
        return;
    }
    // A demonym opening a name that "party" follows is part of the party's name ("the ruling
    // Georgian Dream party"). (Before another organisation noun it describes the body: "a
    // Ukrainian Telegram channel", "a British Muslim group".)
    if whole_lexical.is_none()
        && b - a >= 2
        && b < s.last
        && !all_caps
        && !cx.is_cap(b)
        && cx.lower(b) == "party"
        && cx
            .lexicon_at(a, b)
            .is_some_and(|(len, e)| len == 1 && e.form == Form::Demonym)
        && (a + 1..b).all(|k| cx.lexicon_at(k, b).is_none())
    {
        out.push(mention(cx, si, a, b, Some(EntityKind::Organisation), zone));
        return;
    }
    // A place's name, then a capitalised preposition and a word, is one body's name
    // ("Serbia Against Violence", "Europe For Peace"): the preposition's capital is the
    // name's, in a line that does not capitalise every word.
    if whole_lexical.is_none()
        && !all_caps
        && let Some((len, _)) = cx.lexicon_at(a, b)
        && a + len + 1 < b
        && matches!(cx.t(a + len), "Against" | "For" | "Without" | "Beyond")
        && (a + len + 1..b).all(|x| cx.lexicon_at(x, b).is_none())
    {
        out.push(mention(cx, si, a, b, Some(EntityKind::Organisation), zone));
        return;
    }
    let mut k = a;
    let mut cue: Vec<String> = Vec::new();
    // Where the title words inside the run that `cue` holds begin.
    let mut cue_start: Option<usize> = None;
    // Lower-case title words right before the run ("opposition leader Maria …").
    let mut p = a;
    while p > s.first && p + 3 > a && !cx.is_cap(p - 1) && is_title(&cx.lower(p - 1)) {
        p -= 1;
        cue.insert(0, cx.lower(p).into_owned());
    }
    // A kin noun set off by a comma: "was met by his daughter, Leyla X".
    if cue.is_empty()
        && a >= s.first + 3
        && cx.lower(a - 1) == ","
        && matches!(&*cx.lower(a - 3), "his" | "her" | "their" | "whose" | "'s" | "’s")
        && let kin = cx.lower(a - 2)
        && crate::lexicon::words::KINSHIP.iter().any(|(w, _)| *w == kin)
    {
        cue.push(kin.into_owned());
    }
    // A plural title before a list of names is each name's ("reporters X and Y").
    if cue.is_empty()
        && let Some(t) = plural_title_before_list(cx, s, a)
    {
        cue.push(t);
    }
    while k < b {
        if k + 2 == b && given_name_before_surname(cx.text, cx.toks, k, cx.lex) {
            let mut m = mention(cx, si, k, b, Some(EntityKind::Person), zone);
            m.cue = std::mem::take(&mut cue);
            out.push(m);
            break;
        }
        // "Kyong Senegal", "Kevin Jordan": a given name, then a country's name that is
        // also a surname, make a person.
        if k + 2 == b
            && cx.lex.is_given_name(&cx.lower(k))
            && cx.lex.lookup(cx.t(k)).is_empty()
            && cx.lex.is_surname(&cx.lower(k + 1))
            && cx
                .lexicon_at(k + 1, b)
                .is_some_and(|(len, e)| len == 1 && e.kind == EntityKind::Country && e.form == Form::Name)
        {
            let mut m = mention(cx, si, k, b, Some(EntityKind::Person), zone);
            m.cue = std::mem::take(&mut cue);
            out.push(m);
            break;
        }
        // "His sister, Sanaa Seif": after a kin noun, two words are a person's names, the
        // first one a place's too.
        if k + 2 == b
            && cue
                .iter()
                .any(|c| crate::lexicon::words::KINSHIP.iter().any(|(w, _)| w == c))
            && cx.lexicon_at(k, k + 1).is_some()
            && cx.lexicon_at(k + 1, b).is_none()
            && !cx.lex.is_common(&cx.lower(k + 1))
            && cx.t(k + 1).chars().skip(1).all(char::is_lowercase)
        {
            let mut m = mention(cx, si, k, b, Some(EntityKind::Person), zone);
            m.cue = std::mem::take(&mut cue);
            out.push(m);
            break;
        }
        if let Some((len, e)) = cx.lexicon_at(k, b) {
            let mut m = mention(cx, si, k, k + len, Some(e.kind), zone);
            m.lexical = Some((e.canonical.clone(), e.form));
            m.country = e.country.clone();
            out.push(m);
            k += len;
            continue;
        }
        let lw = cx.lower(k);
        // "former U.S. Marine Paul Whelan", "Marine veteran X": the service, not a name (but
        // "Marine Le Pen" is one).
        if lw == "marine" && !all_caps && is_service(cx.text, cx.toks, k, b, cx.lex) {
            k += 1;
            continue;
        }
        // A title word, or a word that modifies a title later in the run (or right after
        // it) or ends one before a given name ("Crown Prince X", "Former WorldCom boss X",
        // "Secretary of State John X"; not "Crown Prosecution Service", "First Amendment").
        let modifies = TITLE_MODIFIERS.contains(&&*lw)
            && k + 1 < b
            && ((k + 1..=b).any(|j| is_title(&cx.lower(j))) || cx.lex.is_given_name(&cx.lower(k + 1)));
        if is_person_title(&lw) || modifies {
            // A title before a name is a cue; a title alone is not a name.
            cue_start.get_or_insert(k);
            cue.push(lw.into_owned());
            k += 1;
            continue;
        }
        // A month opening a run is a date word, unless it is also a given name and a name
        // follows ("Jan Novak", "June Carter"; "June 2024" stays a date).
        let month_as_name =
            k + 1 < b && cx.lex.is_given_name(&lw) && !cx.t(k + 1).starts_with(|c: char| c.is_ascii_digit());
        if month_number(cx.t(k)).is_some() && !cx.t(k).eq_ignore_ascii_case("may") && !month_as_name
            || weekday_number(cx.t(k)).is_some()
        {
            k += 1;
            continue;
        }
        if all_caps && cx.lex.is_common(&lw) {
            k += 1;
            continue;
        }
        // A name: up to the next lexicon match, or a person's title with a name after it
        // ("Commission President Karla Maasen").
        let mut m_end = k + 1;
        while m_end < b
            && cx.lexicon_at(m_end, b).is_none()
            && !(m_end + 1 < b && OFFICE_TITLES.contains(&&*cx.lower(m_end)) && !all_caps)
        {
            m_end += 1;
        }
        if m_end < b && cx.lexicon_at(m_end, b).is_none() {
            // Cut before a title of office: the words before name the body or place the
            // office is of ("Supreme Court Justice X", "Carnegie Mellon Professor X"), with
            // the title words before them ("Supreme"); words that are all titles ("Vice-Prime
            // Minister X") are the cue.
            let portfolio = matches!(&*cx.lower(m_end), "minister" | "secretary")
                && (k..m_end).all(|x| PORTFOLIOS.contains(&&*cx.lower(x)));
            if portfolio || (k..m_end).all(|x| is_title(&cx.lower(x)) || cx.toks[x].kind == TokenKind::Punct) {
                cue_start.get_or_insert(k);
                cue.extend(
                    (k..m_end)
                        .filter(|&x| cx.toks[x].kind != TokenKind::Punct)
                        .map(|x| cx.lower(x).into_owned()),
                );
                k = m_end;
                continue;
            }
            // (Read below as a name of its own, without a cue.)
            k = cue_start.take().unwrap_or(k);
            cue.clear();
        }
        let kind = classify(cx, s, k, m_end, &cue, all_caps);
        if let Some(kind) = kind {
            let mut m = mention(cx, si, k, m_end, Some(kind), zone);
            m.cue = std::mem::take(&mut cue);
            out.push(m);
        } else if !all_caps {
            let lw = cx.lower(k);
            let single_common = m_end - k == 1 && cx.lex.is_common(&lw);
            if !single_common {
                let mut m = mention(cx, si, k, m_end, None, zone);
                m.cue = std::mem::take(&mut cue);
                out.push(m);
            }
        }
        cue.clear();
        cue_start = None;
        k = m_end;
    }
}

/// Lower-case words after which a place or a month is read as one, not as a given name.
const PLACE_OR_TIME_PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "from",
    "to",
    "into",
    "since",
    "until",
    "till",
    "during",
    "near",
    "across",
    "throughout",
    "around",
    "outside",
    "inside",
    "last",
    "next",
    "early",
    "late",
    "mid",
    "this",
    "each",
    "every",
    "of",
];

/// True when the tokens at `a` and `a + 1` are a given name that the gazetteer or the
/// calendar reads otherwise ("Florida", "Israel", "June", "Sunday") and a surname: a word
/// of the census surname list, or one with a Slavic gendered ending, that is no English
/// word, no place and no organisation's head word, with no capitalised word after it and no
/// preposition of place or time before. "Florida Eskridge" and "June Tocci" are people; "Florida Power",
/// "China Southern", "June 2024" and "in September Spears married" are not.
pub(crate) fn given_name_before_surname(text: &str, toks: &[Token], a: usize, lex: &Lexicon) -> bool {
    let word = |i: usize| toks.get(i).filter(|t| t.kind == TokenKind::Word).map(|t| t.text(text));
    let (Some(given), Some(surname)) = (word(a), word(a + 1)) else {
        return false;
    };
    let capitalised = |w: &str| w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase);
    if !capitalised(given) || !capitalised(surname) || word(a + 2).is_some_and(|w| w.starts_with(char::is_uppercase)) {
        return false;
    }
    // The given name first: most names are not of these, and this check is one lookup.
    let g = given.to_lowercase();
    // ("Sun", "Sat" are weekdays too, in tables.)
    let weekday_name = given.len() >= 6 && crate::time::weekday_number(given).is_some() && lex.is_given_name(&g);
    if !lex.is_given_name_too(&g) && !weekday_name {
        return false;
    }
    // "In September Spears married …", "from Jordan Smith …": a date or a place.
    let before = a.checked_sub(1).and_then(word);
    if before.is_some_and(|w| PLACE_OR_TIME_PREPOSITIONS.contains(&w.to_lowercase().as_str())) {
        return false;
    }
    let s = surname.to_lowercase();
    lex.lookup(surname).is_empty()
        && !lex.is_common(&s)
        && !is_org_head(&s)
        && (lex.is_surname(&s) || crate::names::surname_gender(&crate::names::fold(surname)).is_some())
}

/// True when an age follows a name ending at byte `end`: "X, 43," or "X, a 22-year-old
/// woman", which only a person has.
pub(crate) fn aged_after(text: &str, end: usize) -> bool {
    // (Some corpora set a space before the comma: "X , 42 ,".)
    let Some(rest) = text[end..].trim_start().strip_prefix(',') else {
        return false;
    };
    let rest = rest.trim_start();
    let article = rest.strip_prefix("an ").or_else(|| rest.strip_prefix("a "));
    let rest = article.unwrap_or(rest);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    // ("X, 43," but not "Marines, 6,000 soldiers".)
    let comma_after = after
        .trim_start()
        .strip_prefix(',')
        .is_some_and(|r| r.is_empty() || r.starts_with(char::is_whitespace));
    // ("In Kyoto, 83-year-old X": the age is the next name's.)
    (1..=3).contains(&digits)
        && (comma_after && article.is_none() || article.is_some() && after.starts_with("-year-old"))
}

/// True when an apposition giving a person's title follows the name ending at byte `end`:
/// "X, a leader of the opposition", "X, an exiled journalist", "X, the former president".
/// (The title in the singular: "Chelsea, the champions" is a team.)
pub(crate) fn titled_after(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].trim_start().strip_prefix(',') else {
        return false;
    };
    let rest = rest.trim_start();
    let Some(rest) = ["a ", "an ", "the "].iter().find_map(|a| rest.strip_prefix(a)) else {
        return false;
    };
    for w in rest.split_whitespace().take(4) {
        let word = w.trim_end_matches([',', '.', ';', ':']);
        // (A possessive among the modifiers: "X, the outlet's director".)
        let stem = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"));
        if let Some(stem) = stem
            && word == w
            && !stem.is_empty()
            && stem.chars().all(char::is_lowercase)
        {
            continue;
        }
        if !word.chars().all(|c| c.is_lowercase() || c == '-') || word.is_empty() {
            return false;
        }
        if is_person_title(word) && !TEAM_TITLES.contains(&word) {
            return true;
        }
        // (Only modifiers come before the title: "a prominent opposition leader".)
        if word != w || matches!(word, "of" | "in" | "at" | "for" | "and" | "who" | "which" | "that") {
            return false;
        }
    }
    false
}

/// True when a person's title in apposition comes before the name that opens at token `a`:
/// "the committee's chairman, X", "its chief executive, X", "her lawyer, X" (a determiner
/// or a possessive before the title, lower-case modifiers between).
pub(crate) fn titled_before(text: &str, toks: &[Token], a: usize) -> bool {
    if a < 3 || toks[a - 1].text(text) != "," {
        return false;
    }
    let title = toks[a - 2].text(text);
    if !title.starts_with(char::is_lowercase) || !is_person_title(title) || TEAM_TITLES.contains(&title) {
        return false;
    }
    (a.saturating_sub(6)..a - 2).rev().any(|k| {
        matches!(
            &*toks[k].lower(text),
            "the" | "its" | "his" | "her" | "their" | "'s" | "’s"
        ) && (k + 1..a - 2)
            .all(|x| toks[x].kind == TokenKind::Word && toks[x].text(text).starts_with(char::is_lowercase))
    })
}

/// True for the place of a dateline: words in capitals opening a line, before an agency in
/// brackets, a comma and a month (or a name and a bracket or a dash), or a date in figures ("SAN ANTONIO (AP) —",
/// "KHARTOUM, March 3 (Reuters)", "MINSK, Belarus —", "LONDON 1996-08-30"; not "NEW YORK 74
/// 59", a standings table).
pub(crate) fn dateline_place(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    toks[a].line_start
        && b - a <= 4
        && word(a).chars().filter(|c| c.is_alphabetic()).count() >= 2
        && (a..b).all(|k| !word(k).chars().any(char::is_lowercase))
        && match word(b) {
            "(" => word(b + 2) == ")" && word(b + 1).starts_with(char::is_uppercase),
            "," => {
                // (The country or region between: "GOMA, Democratic Republic of Congo, Jan 27".)
                let region_end = (b + 1..b + 7)
                    .take_while(|&k| word(k).starts_with(char::is_uppercase) || matches!(word(k), "of" | "and"))
                    .last()
                    .map_or(b + 1, |k| k + 1);
                month_number(word(b + 1)).is_some()
                    || word(b + 1).starts_with(char::is_uppercase) && matches!(word(b + 2), "(" | "-" | "—" | "–")
                    || region_end > b + 1 && word(region_end) == "," && month_number(word(region_end + 1)).is_some()
            }
            w => toks.get(b).is_some_and(|t| t.kind == TokenKind::Number) && w.contains(['-', '/']),
        }
}

/// True for "the mayor of Davao City": a city, not a club named after it ("Manchester City").
fn mayors_city(cx: &Ctx, a: usize, b: usize) -> bool {
    cx.lower(b - 1) == "city" && a >= 2 && cx.t(a - 1) == "of" && matches!(&*cx.lower(a - 2), "mayor" | "governor")
}

/// The kind of a capitalised name from its words and context; `None` when unsure.
fn classify(cx: &Ctx, s: &Sentence, a: usize, b: usize, cue: &[String], all_caps: bool) -> Option<EntityKind> {
    let last = cx.lower(b - 1);
    if AWARD_HEADS.contains(&&*last)
        || (a + 1..b).any(|k| PRIZE_FOR_HEADS.contains(&&*cx.lower(k)) && matches!(&*cx.lower(k + 1), "for" | "of"))
    {
        return Some(EntityKind::Award);
    }
    if mayors_city(cx, a, b) {
        return Some(EntityKind::Location);
    }
    // "Yoo Ji-chang": a hyphenated given name of East Asia.
    if b - a <= 5 && has_glued_syllable(cx.lex, cx.text, cx.toks, a, b) {
        return Some(EntityKind::Person);
    }
    if is_org_head(&last) && b - a >= 2 {
        return Some(EntityKind::Organisation);
    }
    // "the Novruz holiday", "in an Easter amnesty": a feast's name, no place or body.
    if b < s.last && crate::lexicon::words::FEAST_NOUNS.contains(&cx.t(b)) && cx.lexicon_at(a, b).is_none() {
        return None;
    }
    if dateline_place(cx.text, cx.toks, a, b) {
        return Some(EntityKind::Location);
    }
    // (Not a given name and a surname that is also a place noun: "Mike Lake", "Michael Bay".)
    if is_place_head(&last) && b - a >= 2 && !(b - a == 2 && cx.lex.is_given_name(&cx.lower(a))) {
        return Some(EntityKind::Location);
    }
    // Lower-case organisation nouns right before ("news agency Ukrinform") or after ("Memorial rights group").
    let before: Vec<String> = (a.saturating_sub(2).max(s.first)..a)
        .map(|i| cx.lower(i).into_owned())
        .collect();
    if before.last().is_some_and(|w| ORG_NOUNS.contains(&w.as_str()))
        || named_body_in_apposition(cx.text, cx.toks, a, b)
    {
        return Some(EntityKind::Organisation);
    }
    let after1 = cx.lower(b);
    let after2 = cx.lower(b + 1);
    if b < s.last && !cx.is_cap(b) && org_noun_after([&after1, &after2, &cx.lower(b + 2)]) {
        return Some(EntityKind::Organisation);
    }
    // A place's noun right after it, in lower case: "Le Bourget airport", "the Zocalo
    // square".
    if b < s.last && !cx.is_cap(b) && is_place_head(&after1) && !cx.lex.is_given_name(&cx.lower(a)) {
        return Some(EntityKind::Location);
    }
    // A body's post between it and a person: "Telegram founder Pavel Durov", "Tesla chief
    // executive Elon Musk".
    if b + 1 < s.last
        && !cx.is_cap(b)
        && matches!(
            &*after1,
            "founder" | "co-founder" | "cofounder" | "boss" | "chief" | "ceo" | "chairman" | "chairwoman" | "owner"
        )
        && (b + 1..(b + 3).min(s.last)).any(|k| cx.is_cap(k))
        && !cx.lex.is_given_name(&cx.lower(a))
    {
        return Some(EntityKind::Organisation);
    }
    if before.last().is_some_and(|w| PLACE_NOUNS.contains(&w.as_str())) && before.first().is_some_and(|w| w == "of") {
        return Some(EntityKind::Location);
    }
    let n = b - a;
    // (A cue's name counted in words: "General Waker-Uz-Zaman" is three, not five tokens;
    // small connectors not counted: "President Luiz Inacio Lula da Silva".)
    let words = (a..b).filter(|&k| cx.toks[k].kind == TokenKind::Word).count();
    let capitalised = (a..b).filter(|&k| cx.is_cap(k)).count();
    let first = cx.lower(a);
    let person_cue = !cue.is_empty() || before.last().is_some_and(|w| is_title(w));
    // An acronym on its own is an organisation ("CNBC", "NATO").
    let t = cx.t(a);
    if n == 1 && !all_caps && t.len() >= 2 && t.len() <= 6 && t.chars().all(|c| c.is_ascii_uppercase()) {
        return Some(EntityKind::Organisation);
    }
    // And so are two glued by a slash ("RFE/RL").
    if b == a + 3 && cx.t(a + 1) == "/" && !all_caps && is_acronym_pair(&cx.surface(a, b)) {
        return Some(EntityKind::Organisation);
    }
    if person_cue && (words <= 4 || capitalised <= 4 && words <= 6) {
        return Some(EntityKind::Person);
    }
    if (2..=4).contains(&n) && cx.lex.is_given_name(&first) {
        return Some(EntityKind::Person);
    }
    if aged_after(cx.text, cx.toks[b - 1].end)
        || titled_after(cx.text, cx.toks[b - 1].end)
        || b - a >= 2 && words <= 4 && titled_before(cx.text, cx.toks, a)
    {
        return Some(EntityKind::Person);
    }
    if n == 1 && cx.lex.is_given_name(&first) && !cx.lex.is_common(&first) {
        return Some(EntityKind::Person);
    }
    if (2..=3).contains(&n) && SPEECH_VERBS.contains(&&*after1) {
        return Some(EntityKind::Person);
    }
    if a > s.first && matches!(&*cx.lower(a - 1), "in" | "near") && n <= 3 && !all_caps {
        return Some(EntityKind::Location);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{sentences, tokenize};

    /// A title of office that splits a run is read as the cue before the person, which only
    /// a person's title is.
    #[test]
    fn every_title_of_office_is_a_person_title() {
        for t in OFFICE_TITLES {
            assert!(is_person_title(t), "{t}");
        }
    }

    fn found(text: &str) -> Vec<(String, Option<EntityKind>)> {
        let doc = Document::from_text("t", text).unwrap();
        let toks = tokenize(&doc.text);
        let sents = sentences(&doc.text, &toks);
        find_mentions(&doc, &toks, &sents, Lexicon::builtin())
            .into_iter()
            .map(|m| (m.text, m.kind))
            .collect()
    }

    #[test]
    fn titles_split_from_names_and_demonyms_reach_countries() {
        let f = found("Headline\nThe French Prime Minister Jean Dupont met Polish envoy Anna Nowak in Warsaw.");
        assert!(f.contains(&("French".into(), Some(EntityKind::Country))), "{f:?}");
        assert!(f.contains(&("Jean Dupont".into(), Some(EntityKind::Person))), "{f:?}");
        assert!(f.contains(&("Anna Nowak".into(), Some(EntityKind::Person))), "{f:?}");
        assert!(f.contains(&("Warsaw".into(), Some(EntityKind::Location))), "{f:?}");
    }

    #[test]
    fn organisations_by_head_and_by_noun() {
        let f =
            found("Headline\nThe Danish Refugee Council and the watchdog group Zorka said the charity Helpa helped.");
        assert!(
            f.contains(&("Danish Refugee Council".into(), Some(EntityKind::Organisation))),
            "{f:?}"
        );
        assert!(f.contains(&("Zorka".into(), Some(EntityKind::Organisation))), "{f:?}");
        assert!(f.contains(&("Helpa".into(), Some(EntityKind::Organisation))), "{f:?}");
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        let f = found("Headline\nThousands marched. However, Olga Petrova, 51, spoke.");
        assert!(!f.iter().any(|(t, _)| t == "Thousands" || t == "However"), "{f:?}");
        assert!(f.contains(&("Olga Petrova".into(), Some(EntityKind::Person))), "{f:?}");
    }

    #[test]
    fn hyphenated_countries_split() {
        let f = found("Headline\nTalks on the Poland-Germany border resumed.");
        assert!(f.contains(&("Poland".into(), Some(EntityKind::Country))), "{f:?}");
        assert!(f.contains(&("Germany".into(), Some(EntityKind::Country))), "{f:?}");
    }
}
