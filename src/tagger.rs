//! A statistical mention tagger that joins the rules where they plateau.
//!
//! An averaged perceptron (Collins 2002, with lazy averaging) tags each token of a sentence
//! with a BIO label over four classes (person, organisation, location, other name), greedily
//! from left to right. Its features are the word and its neighbours, word shape, prefixes and
//! suffixes, the gazetteers of [`crate::lexicon`] (countries, places, organisations, given
//! names, common words), the label the rules of [`crate::mentions`] gave the token, whether
//! the line is a headline in capitals, and the two previous labels. So it learns when the
//! rules are right and where they miss, rather than replacing them.
//!
//! The built-in model is trained on the CoNLL-2003 English training set (Reuters, 1996) by
//!
//! ```text
//! cargo run --release --example train_tagger -- ../shared/corpora/conll2003-train src/tagger/model.bin
//! ```
//!
//! and committed as `src/tagger/model.bin` (weights quantised to 16 bits, features hashed
//! with 64-bit FNV-1a). It is parsed once, on first use, in a few milliseconds.
//!
//! ```
//! use eventgraph::document::Document;
//! use eventgraph::lexicon::{EntityKind, Lexicon};
//! use eventgraph::tagger::find_mentions_tagged;
//! use eventgraph::text::{sentences, tokenize};
//! let doc = Document::from_text("d", "Title\nShares in Vodafone rose after chief executive Arun Sarin spoke in Madrid.").unwrap();
//! let toks = tokenize(&doc.text);
//! let sents = sentences(&doc.text, &toks);
//! let ms = find_mentions_tagged(&doc, &toks, &sents, Lexicon::builtin());
//! let found: Vec<(&str, Option<EntityKind>)> = ms.iter().map(|m| (m.text.as_str(), m.kind)).collect();
//! assert!(found.contains(&("Arun Sarin", Some(EntityKind::Person))), "{found:?}");
//! assert!(found.contains(&("Madrid", Some(EntityKind::Location))), "{found:?}");
//! ```

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::document::{Document, Zone};
use crate::error::{Error, Result};
use crate::lexicon::words::{
    AWARD_WORDS, NOT_NAMES, ORG_NOUNS, is_org_head, is_person_title, is_place_head, org_noun_after,
};
use crate::lexicon::{EntityKind, Lexicon};
use crate::mentions::{
    Mention, after_pro_or_anti, aged_after, dateline_place, find_mentions, given_name_before_surname, head_connector,
    is_glued_article, titled_after,
};
use crate::text::{Sentence, Token, TokenKind};
use crate::time::{month_number, weekday_number};

/// The classes of names the tagger knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameClass {
    /// A person.
    Person,
    /// An organisation.
    Organisation,
    /// A place or a country.
    Location,
    /// Any other name (nationalities, events, works, prizes).
    Other,
}

const CLASSES: [NameClass; 4] = [
    NameClass::Person,
    NameClass::Organisation,
    NameClass::Location,
    NameClass::Other,
];

/// Number of labels: O, then B and I of each class.
pub const N_LABELS: usize = 1 + 2 * CLASSES.len();

/// A BIO label: 0 is outside; `1 + 2c` begins and `2 + 2c` continues a name of class `c`.
pub type Label = u8;

fn label_class(l: Label) -> Option<NameClass> {
    (l > 0).then(|| CLASSES[(l as usize - 1) / 2])
}

fn is_inside(l: Label) -> bool {
    l > 0 && l.is_multiple_of(2)
}

/// The BIO label of a class, at the beginning or inside a name.
pub fn label(class: NameClass, begin: bool) -> Label {
    let c = CLASSES.iter().position(|&x| x == class).unwrap_or(0) as u8;
    1 + 2 * c + u8::from(!begin)
}

/// A hasher for keys that are hashes already.
#[derive(Default)]
struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type FeatureMap<V> = std::collections::HashMap<u64, V, BuildHasherDefault<Identity>>;

/// 64-bit FNV-1a over a template number and the feature's parts: stable across platforms
/// and runs, so a model file means the same everywhere.
fn fnv(template: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    eat(template);
    for p in parts {
        for &b in *p {
            eat(b);
        }
        eat(0xff);
    }
    h
}

/// The case of a whole line: headlines in capitals or title case capitalise common words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineCase {
    Normal,
    Capitals,
    TitleCase,
}

/// One token as the features see it (the default: an empty view, see [`SPARSE_REACH`]).
#[derive(Debug, Clone, Default)]
struct TokenView<'t> {
    /// The word in lower case, borrowed from the text when it has no capital letter.
    lower: Cow<'t, str>,
    shape: Shape,
    /// The rule label: kind code and whether the token begins a rule mention.
    rule: u8,
    /// Gazetteer flags: given name, common word, single-word lexicon hit kind.
    given: bool,
    surname: bool,
    common: bool,
    lex_kind: u8,
    cap: bool,
    /// Any upper-case letter in the word ("eBay" too).
    has_upper: bool,
}

fn kind_code(k: Option<EntityKind>) -> u8 {
    match k {
        None => 6,
        Some(EntityKind::Person) => 1,
        Some(EntityKind::Organisation) => 2,
        Some(EntityKind::Country) => 3,
        Some(EntityKind::Location) => 4,
        Some(EntityKind::Award) => 5,
    }
}

/// A word's shape ("Xx", "d", "X.X."), at most 12 bytes, kept inline: one per token, so it
/// must not cost an allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Shape {
    bytes: [u8; 12],
    len: u8,
}

impl Shape {
    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }
}

/// Upper case to `X`, lower case to `x`, digits to `d`, other characters kept; runs longer
/// than two collapse; cut after eight bytes.
fn shape(w: &str) -> Shape {
    let mut out = Shape { bytes: [0; 12], len: 0 };
    let mut last = ' ';
    let mut run = 0;
    for c in w.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if s == last {
            run += 1;
            if run >= 2 {
                continue;
            }
        } else {
            run = 0;
        }
        let at = usize::from(out.len);
        out.len += s.encode_utf8(&mut out.bytes[at..]).len() as u8;
        last = s;
        if out.len > 8 {
            break;
        }
    }
    out
}

/// A sentence ready for tagging: its tokens' views and the line case.
#[derive(Debug, Clone)]
pub struct SentenceView<'t> {
    toks: Vec<TokenView<'t>>,
    case: LineCase,
    /// Token index of the first token in the document.
    first: usize,
}

impl SentenceView<'_> {
    /// The view with its words copied, free of the document's text (for a training set
    /// kept after its documents).
    pub fn into_owned(self) -> SentenceView<'static> {
        let toks = self
            .toks
            .into_iter()
            .map(|t| TokenView {
                lower: Cow::Owned(t.lower.into_owned()),
                shape: t.shape,
                rule: t.rule,
                given: t.given,
                surname: t.surname,
                common: t.common,
                lex_kind: t.lex_kind,
                cap: t.cap,
                has_upper: t.has_upper,
            })
            .collect();
        SentenceView {
            toks,
            case: self.case,
            first: self.first,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// True for a sentence without tokens.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }
}

/// Sentences of a document prepared for the tagger, with the rule mentions as features.
/// Sentences in bylines and boilerplate are left out (as the rules leave them out).
pub fn sentence_views<'t>(
    doc: &'t Document,
    toks: &[Token],
    sents: &[Sentence],
    rules: &[Mention],
    lex: &Lexicon,
) -> Vec<(usize, SentenceView<'t>)> {
    views(doc, toks, sents, rules, lex, false)
}

/// [`sentence_views`]; with `sparse`, a token further than [`SPARSE_REACH`] tokens from any
/// word with a capital letter in an ordinary sentence gets an empty view: the tagger never
/// scores it (see [`Tagger::tag`]) nor reads it as a neighbour of a word it scores.
fn views<'t>(
    doc: &'t Document,
    toks: &[Token],
    sents: &[Sentence],
    rules: &[Mention],
    lex: &Lexicon,
    sparse: bool,
) -> Vec<(usize, SentenceView<'t>)> {
    let mut rule_of: Vec<u8> = vec![0; toks.len()];
    for m in rules {
        let code = kind_code(m.kind) + if m.lexical.is_some() { 8 } else { 0 };
        let end = m.last.min(toks.len());
        for (i, r) in rule_of.iter_mut().enumerate().take(end).skip(m.first) {
            *r = code * 2 + u8::from(i == m.first);
        }
    }
    let text = &doc.text;
    let mut out = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        if matches!(doc.zone_at(s.start), Zone::Byline | Zone::Boilerplate | Zone::Credit) {
            continue;
        }
        let words: Vec<&str> = (s.first..s.last)
            .filter(|&i| toks[i].kind == TokenKind::Word)
            .map(|i| toks[i].text(text))
            .collect();
        let upper = words.iter().filter(|w| !w.chars().any(char::is_lowercase)).count();
        let capitalised = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        let case = if !words.is_empty() && upper == words.len() && words.len() > 1 {
            LineCase::Capitals
        } else if words.len() >= 4 && capitalised * 10 >= words.len() * 6 {
            LineCase::TitleCase
        } else {
            LineCase::Normal
        };
        let upper: Vec<bool> = (s.first..s.last)
            .map(|i| toks[i].text(text).chars().any(char::is_uppercase))
            .collect();
        // Distance from each token to the nearest word with a capital letter.
        let mut reach = vec![usize::MAX; upper.len()];
        let mut last = None;
        for k in 0..upper.len() {
            if upper[k] {
                last = Some(k);
            }
            reach[k] = last.map_or(usize::MAX, |l| k - l);
        }
        last = None;
        for k in (0..upper.len()).rev() {
            if upper[k] {
                last = Some(k);
            }
            reach[k] = reach[k].min(last.map_or(usize::MAX, |l| l - k));
        }
        let views = (s.first..s.last)
            .map(|i| {
                if sparse && case == LineCase::Normal && reach[i - s.first] > SPARSE_REACH {
                    return TokenView {
                        rule: rule_of[i],
                        ..TokenView::default()
                    };
                }
                let w = toks[i].text(text);
                let lower = crate::text::lowercase(w);
                let lex_kind = lex.lookup(w).first().map(|e| kind_code(Some(e.kind))).unwrap_or(0);
                TokenView {
                    given: lex.is_given_name(&lower),
                    surname: lex.is_surname(&lower),
                    common: lex.is_common(&lower),
                    shape: shape(w),
                    cap: w.chars().next().is_some_and(char::is_uppercase),
                    has_upper: upper[i - s.first],
                    lower,
                    rule: rule_of[i],
                    lex_kind,
                }
            })
            .collect();
        out.push((
            si,
            SentenceView {
                toks: views,
                case,
                first: s.first,
            },
        ));
    }
    out
}

/// How far from a word with a capital letter a token of an ordinary sentence still gets a
/// full view: the tagger scores a word without a capital only right after a name it is
/// labelling, and reads two neighbours either side of a word it scores. (A name running on
/// through more than two such words sees empty views past this reach: on BBC one name in
/// 11,500 changed, "Li 7-5 3" became "Li 7"; CoNLL F1 is unchanged.)
const SPARSE_REACH: usize = 4;

/// The features of token `i` that do not depend on earlier labels.
fn static_features(s: &SentenceView, i: usize, out: &mut Vec<u64>) {
    let t = &s.toks[i];
    let get = |k: isize| -> Option<&TokenView> {
        let j = i as isize + k;
        (j >= 0).then(|| s.toks.get(j as usize)).flatten()
    };
    let w = |k: isize| get(k).map(|t| t.lower.as_bytes()).unwrap_or(b"<s>");
    let sh = |k: isize| get(k).map(|t| t.shape.as_bytes()).unwrap_or(b"<s>");
    let rule = |k: isize| [get(k).map(|t| t.rule).unwrap_or(255)];
    let case = [s.case as u8];
    let lw = t.lower.as_bytes();
    let lower: &str = &t.lower;
    let prefix = |k: usize| &lower[..lower.char_indices().nth(k).map(|c| c.0).unwrap_or(lower.len())];
    let suffix = |k: usize| {
        &lower[lower
            .char_indices()
            .rev()
            .nth(k.wrapping_sub(1))
            .map(|c| c.0)
            .unwrap_or(0)..]
    };
    let flags = [
        u8::from(t.given),
        u8::from(t.common),
        t.lex_kind,
        u8::from(t.cap),
        u8::from(t.surname),
    ];
    out.push(fnv(0, &[]));
    out.push(fnv(1, &[lw]));
    out.push(fnv(2, &[w(-1)]));
    out.push(fnv(3, &[w(1)]));
    out.push(fnv(4, &[w(-2)]));
    out.push(fnv(5, &[w(2)]));
    out.push(fnv(6, &[sh(0)]));
    out.push(fnv(7, &[sh(-1), sh(0)]));
    out.push(fnv(8, &[sh(0), sh(1)]));
    out.push(fnv(9, &[prefix(1).as_bytes()]));
    out.push(fnv(10, &[prefix(3).as_bytes()]));
    out.push(fnv(11, &[suffix(2).as_bytes()]));
    out.push(fnv(12, &[suffix(3).as_bytes()]));
    out.push(fnv(13, &[suffix(4).as_bytes()]));
    out.push(fnv(14, &[&rule(0)]));
    out.push(fnv(15, &[&rule(-1)]));
    out.push(fnv(16, &[&rule(1)]));
    out.push(fnv(17, &[&rule(0), sh(0)]));
    out.push(fnv(18, &[&flags]));
    out.push(fnv(19, &[&flags, &case]));
    out.push(fnv(20, &[&case, sh(0)]));
    out.push(fnv(21, &[&case, lw]));
    out.push(fnv(22, &[w(-1), lw]));
    out.push(fnv(23, &[lw, w(1)]));
    out.push(fnv(24, &[&[u8::from(i == 0)], sh(0)]));
    out.push(fnv(25, &[&rule(0), &rule(1)]));
    out.push(fnv(26, &[&rule(-1), &rule(0)]));
    if let Some(p) = get(-1) {
        out.push(fnv(27, &[&[u8::from(p.given), p.lex_kind], sh(0)]));
        out.push(fnv(29, &[&[u8::from(p.given), u8::from(t.surname)], sh(0)]));
    }
    if let Some(nx) = get(1) {
        out.push(fnv(
            28,
            &[&[u8::from(nx.given), nx.lex_kind, u8::from(nx.common)], sh(0)],
        ));
    }
}

/// The features that depend on the two previous labels.
fn label_features(s: &SentenceView, i: usize, p1: Label, p2: Label, out: &mut Vec<u64>) {
    out.push(fnv(40, &[&[p1]]));
    out.push(fnv(41, &[&[p1, p2]]));
    out.push(fnv(42, &[&[p1], s.toks[i].lower.as_bytes()]));
    out.push(fnv(43, &[&[p1], s.toks[i].shape.as_bytes()]));
}

/// Labels that may follow `prev`: a continuation only after its own class.
fn allowed(prev: Label, l: Label) -> bool {
    !is_inside(l) || (prev > 0 && label_class(prev) == label_class(l))
}

/// The model: one weight per feature and label.
#[derive(Debug, Clone, Default)]
pub struct Tagger {
    weights: FeatureMap<[i16; N_LABELS]>,
}

const MAGIC: &[u8; 4] = b"EGT1";

static BUILTIN: OnceLock<Tagger> = OnceLock::new();

impl Tagger {
    /// The built-in model (parsed once, shared).
    pub fn builtin() -> &'static Tagger {
        BUILTIN.get_or_init(|| {
            Tagger::from_bytes(include_bytes!("tagger/model.bin")).unwrap_or_else(|_| Tagger::default())
        })
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// True for an empty (untrained) model, which tags nothing.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Reads a model written by [`Tagger::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger> {
        let bad = |why: &str| Error::Model { why: why.to_string() };
        if bytes.len() < 9 || &bytes[..4] != MAGIC || bytes[4] as usize != N_LABELS {
            return Err(bad("not an eventgraph tagger model of this version"));
        }
        let n = u32::from_le_bytes(bytes[5..9].try_into().map_err(|_| bad("truncated header"))?) as usize;
        let rec = 8 + 2 * N_LABELS;
        if bytes.len() != 9 + n * rec {
            return Err(bad("length does not match the number of features"));
        }
        let mut weights = FeatureMap::default();
        weights.reserve(n);
        for r in bytes[9..].chunks_exact(rec) {
            let key = u64::from_le_bytes(r[..8].try_into().map_err(|_| bad("truncated record"))?);
            let mut w = [0i16; N_LABELS];
            for (k, x) in w.iter_mut().enumerate() {
                *x = i16::from_le_bytes([r[8 + 2 * k], r[9 + 2 * k]]);
            }
            weights.insert(key, w);
        }
        Ok(Tagger { weights })
    }

    /// Writes the model (features sorted, so equal models give equal bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut keys: Vec<&u64> = self.weights.keys().collect();
        keys.sort();
        let mut out = Vec::with_capacity(9 + keys.len() * (8 + 2 * N_LABELS));
        out.extend_from_slice(MAGIC);
        out.push(N_LABELS as u8);
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for k in keys {
            out.extend_from_slice(&k.to_le_bytes());
            for x in &self.weights[k] {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out
    }

    fn scores(&self, feats: &[u64]) -> [i32; N_LABELS] {
        let mut s = [0i32; N_LABELS];
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for (a, &b) in s.iter_mut().zip(w) {
                    *a += i32::from(b);
                }
            }
        }
        s
    }

    /// Labels for one sentence, greedily from left to right.
    pub fn tag(&self, s: &SentenceView) -> Vec<Label> {
        let mut labels: Vec<Label> = Vec::with_capacity(s.len());
        let mut feats = Vec::with_capacity(48);
        for i in 0..s.len() {
            let p1 = if i > 0 { labels[i - 1] } else { 0 };
            // Outside a name, a word without a capital letter in ordinary text does not open
            // one: most tokens of news are such words, and scoring them changes nothing.
            if p1 == 0 && s.case == LineCase::Normal && !s.toks[i].has_upper {
                labels.push(0);
                continue;
            }
            feats.clear();
            static_features(s, i, &mut feats);
            let p2 = if i > 1 { labels[i - 2] } else { 0 };
            label_features(s, i, p1, p2, &mut feats);
            let sc = self.scores(&feats);
            let best = (0..N_LABELS as u8)
                .filter(|&l| allowed(p1, l))
                .max_by_key(|&l| (sc[l as usize], std::cmp::Reverse(l)))
                .unwrap_or(0);
            labels.push(best);
        }
        labels
    }
}

/// Spans `(first, last, class)` of a label sequence (token indices within the sentence).
pub fn spans(labels: &[Label]) -> Vec<(usize, usize, NameClass)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, NameClass)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let class = label_class(l);
        let continues = is_inside(l) && open.is_some_and(|(_, c)| Some(c) == class);
        if !continues {
            if let Some((a, c)) = open.take() {
                out.push((a, i, c));
            }
            if let Some(c) = class {
                open = Some((i, c));
            }
        }
    }
    if let Some((a, c)) = open {
        out.push((a, labels.len(), c));
    }
    out
}

/// One training sentence: its view and its gold labels.
pub type Example = (SentenceView<'static>, Vec<Label>);

/// Trains a model with the averaged perceptron: `epochs` passes over the examples in an
/// order shuffled by a fixed seed (so training is deterministic).
pub fn train(examples: &[Example], epochs: usize) -> Tagger {
    struct W {
        w: [f32; N_LABELS],
        total: [f32; N_LABELS],
        stamp: [u32; N_LABELS],
    }
    let mut ws: FeatureMap<W> = FeatureMap::default();
    let statics: Vec<Vec<Vec<u64>>> = examples
        .iter()
        .map(|(s, _)| {
            (0..s.len())
                .map(|i| {
                    let mut f = Vec::new();
                    static_features(s, i, &mut f);
                    f
                })
                .collect()
        })
        .collect();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut now: u32 = 0;
    let mut feats = Vec::new();
    for _ in 0..epochs {
        // Fisher-Yates with a fixed linear congruential generator.
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        for &e in &order {
            let (s, gold) = &examples[e];
            let mut prev: Vec<Label> = Vec::with_capacity(s.len());
            for i in 0..s.len() {
                now += 1;
                feats.clear();
                feats.extend_from_slice(&statics[e][i]);
                let p1 = if i > 0 { prev[i - 1] } else { 0 };
                let p2 = if i > 1 { prev[i - 2] } else { 0 };
                label_features(s, i, p1, p2, &mut feats);
                let mut sc = [0f32; N_LABELS];
                for f in &feats {
                    if let Some(x) = ws.get(f) {
                        for (a, b) in sc.iter_mut().zip(&x.w) {
                            *a += b;
                        }
                    }
                }
                let guess = (0..N_LABELS as u8)
                    .filter(|&l| allowed(p1, l))
                    .max_by(|&a, &b| sc[a as usize].total_cmp(&sc[b as usize]).then(b.cmp(&a)))
                    .unwrap_or(0);
                let truth = gold[i];
                if guess != truth {
                    for f in &feats {
                        let x = ws.entry(*f).or_insert_with(|| W {
                            w: [0.0; N_LABELS],
                            total: [0.0; N_LABELS],
                            stamp: [0; N_LABELS],
                        });
                        for (l, d) in [(truth, 1.0f32), (guess, -1.0f32)] {
                            let l = l as usize;
                            x.total[l] += (now - x.stamp[l]) as f32 * x.w[l];
                            x.stamp[l] = now;
                            x.w[l] += d;
                        }
                    }
                }
                prev.push(guess);
            }
        }
    }
    // Average, then quantise to 16 bits with one scale; features whose weights all round to
    // zero are dropped.
    let mut avg: Vec<(u64, [f32; N_LABELS])> = ws
        .into_iter()
        .map(|(k, x)| {
            let a: [f32; N_LABELS] = std::array::from_fn(|l| {
                let total = x.total[l] + (now - x.stamp[l]) as f32 * x.w[l];
                total / now.max(1) as f32
            });
            (k, a)
        })
        .collect();
    avg.sort_by_key(|(k, _)| *k);
    let max = avg
        .iter()
        .flat_map(|(_, a)| a.iter())
        .fold(0f32, |m, x| m.max(x.abs()))
        .max(1e-9);
    let scale = 32767.0 / max;
    let mut weights = FeatureMap::default();
    for (k, a) in avg {
        let q: [i16; N_LABELS] = a.map(|x| (x * scale).round().clamp(-32767.0, 32767.0) as i16);
        if q.iter().any(|&x| x != 0) {
            weights.insert(k, q);
        }
    }
    Tagger { weights }
}

/// Gold labels for the tokens of a sentence from gold byte spans `(class, start, end)`.
pub fn gold_labels(toks: &[Token], s: &Sentence, gold: &[(NameClass, usize, usize)]) -> Vec<Label> {
    (s.first..s.last)
        .map(|i| {
            let t = toks[i];
            match gold.iter().find(|(_, a, b)| t.start >= *a && t.end <= *b) {
                Some((c, a, _)) => label(*c, t.start == *a),
                None => 0,
            }
        })
        .collect()
}

/// Finds a document's mentions with the rules and then the tagger: rule mentions resting on
/// strong evidence (see `is_strong`) stand; elsewhere the tagger's spans decide where names
/// are and what class they are, a rule mention on the same span lending its lexicon entry,
/// country and title cues; rule mentions of a known kind that no tagger span covers are kept.
pub fn find_mentions_tagged(doc: &Document, toks: &[Token], sents: &[Sentence], lex: &Lexicon) -> Vec<Mention> {
    let rules = find_mentions(doc, toks, sents, lex);
    let tagger = Tagger::builtin();
    if tagger.is_empty() {
        return rules;
    }
    combine(doc, toks, sents, lex, rules, tagger)
}

/// True when the name on tokens `a..b` is the object of a verb of custody ("pardoned X",
/// "freed X and Y", "detained X on Monday"), not a word before a noun ("freed Apple
/// shares").
fn custody_object(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let lower = |i: usize| toks[i].lower(text);
    a >= 1
        && matches!(
            &*lower(a - 1),
            "pardoned"
                | "freed"
                | "arrested"
                | "detained"
                | "jailed"
                | "sentenced"
                | "imprisoned"
                | "deported"
                | "extradited"
                // ("The decision to release Krassikow, the convicted murderer".)
                | "release"
                | "releasing"
                | "free"
                | "freeing"
                | "pardon"
                | "pardoning"
                | "arrest"
                | "detain"
                | "jail"
        )
        && toks.get(b).is_none_or(|t| {
            t.kind != TokenKind::Word
                || !t.text(text).starts_with(char::is_lowercase)
                || matches!(
                    &*lower(b),
                    "and" | "on" | "in" | "after" | "for" | "to" | "who" | "last" | "at"
                )
        })
}

/// True when the name on tokens `a..b` is the place a local office serves, written before
/// its title and holder ("Davao Mayor Sebastian Vela", "Ohio Governor Jane Roe").
fn place_of_office(text: &str, toks: &[Token], b: usize) -> bool {
    toks.get(b)
        .is_some_and(|t| matches!(&*t.lower(text), "mayor" | "governor"))
        && toks
            .get(b + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase))
}

fn combine(
    doc: &Document,
    toks: &[Token],
    sents: &[Sentence],
    lex: &Lexicon,
    rules: Vec<Mention>,
    tagger: &Tagger,
) -> Vec<Mention> {
    let text = &doc.text;
    // The last words of a titled person's full name, written alone, are that person's
    // ("Abd El-Fattah" after "activist Alaa Abd El-Fattah"), where the tagger would split them;
    // so is the whole name written without the title ("Yoon Suk Yeol" in a headline, after
    // "President Yoon Suk Yeol").
    let tails: HashSet<String> = rules
        .iter()
        .filter(|m| !m.cue.is_empty() && crate::mentions::sure_person(m, lex))
        .flat_map(|m| {
            let words: Vec<&str> = m.text.split(' ').collect();
            (0..words.len().saturating_sub(1)).map(move |k| words[k..].join(" "))
        })
        .collect();
    let mut rules = rules;
    for m in rules.iter_mut() {
        if m.kind.is_none() && m.text.contains(' ') && tails.contains(&m.text) {
            m.kind = Some(EntityKind::Person);
        }
    }
    let a_tail = |m: &Mention| m.kind == Some(EntityKind::Person) && tails.contains(&m.text);
    // Single words the rules read as a titled person ("Mr Dissanayake").
    let titled_surnames: HashSet<&str> = rules
        .iter()
        .filter(|m| m.last == m.first + 1 && !m.cue.is_empty() && crate::mentions::sure_person(m, lex))
        .map(|m| m.text.as_str())
        .collect();
    let rule_kinds: HashMap<String, EntityKind> = rules
        .iter()
        .filter_map(|m| m.kind.map(|k| (m.text.clone(), k)))
        .collect();
    // Rule mentions by token, so that each span looks only at the rules it touches.
    let mut rules_at: Vec<Vec<usize>> = vec![Vec::new(); toks.len()];
    for (k, m) in rules.iter().enumerate() {
        for slot in rules_at.iter_mut().take(m.last.min(toks.len())).skip(m.first) {
            slot.push(k);
        }
    }
    let near = |a: usize, b: usize| {
        let mut ks: Vec<usize> = rules_at[a..b].iter().flatten().copied().collect();
        ks.sort_unstable();
        ks.dedup();
        ks.into_iter().map(|k| &rules[k])
    };
    let exact = |a: usize, b: usize| near(a, b).find(|m| m.first == a && m.last == b);
    // How often each word form occurs in the document, counted once.
    // (Counted on first need: most documents never ask.)
    let counts: OnceCell<HashMap<&str, usize>> = OnceCell::new();
    let counts = || {
        counts.get_or_init(|| {
            // (Sized for every token at once: growing it step by step cost more than filling it.)
            let mut c = HashMap::with_capacity_and_hasher(toks.len(), Default::default());
            for t in toks {
                *c.entry(t.text(text)).or_default() += 1;
            }
            c
        })
    };
    let mut out: Vec<Mention> = Vec::new();
    let mut covered = vec![false; toks.len()];
    for (si, view) in views(doc, toks, sents, &rules, lex, true) {
        if view.case == LineCase::TitleCase && is_headline(text, toks, &sents[si], lex) {
            // The training text has no title-case headlines; the rules' headline mode reads them.
            continue;
        }
        let labels = tagger.tag(&view);
        for (a, b, class) in pairs_split(text, toks, lex, view.first, spans(&labels)) {
            // A name does not run through a lower-case word other than a connector
            // ("Bank of England", "Jan van Dijk").
            let b = (a..b)
                .find(|&i| {
                    let w = toks[i].text(text);
                    i > a
                        && toks[i].kind == TokenKind::Word
                        && w.starts_with(char::is_lowercase)
                        && !CONNECTORS.contains(&w)
                        && !is_glued_article(text, toks, i)
                })
                .unwrap_or(b);
            // Nor through a bracket: "National People's Power (NPP)" is a name and its acronym.
            let b = (a + 1..b).find(|&i| toks[i].text(text) == "(").unwrap_or(b);
            // Punctuation does not end or open a name ("Bush ,", "Marsh &").
            let mut b = b;
            while b > a && toks[b - 1].kind == TokenKind::Punct {
                b -= 1;
            }
            let mut a = a;
            while a < b && toks[a].kind == TokenKind::Punct {
                a += 1;
            }
            // A name the tagger opened after a hyphen takes the capitalised word glued
            // before it ("Vorov-" of "Vorov-Lanski" opening a sentence), as the rules join
            // such words, where neither is a known name ("U.S.-Belarus" stays apart).
            // (Both parts written as names are, a capital and small letters, neither a
            // prefix or a common word: not "Sub-Saharan", "HD-DVD", "Hi-Fi".)
            let name_like = |k: usize| {
                let w = toks[k].text(text);
                toks[k].kind == TokenKind::Word
                    && w.chars().count() >= 3
                    && w.starts_with(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && lex.lookup(w).is_empty()
                    && !lex.is_common(&w.to_lowercase())
            };
            while a >= 2
                && a < b
                && toks[a - 1].text(text) == "-"
                && toks[a - 2].end == toks[a - 1].start
                && toks[a - 1].end == toks[a].start
                && name_like(a - 2)
                && name_like(a)
                && !covered[a - 2]
                && !crate::mentions::both_stand_alone(text, toks, a - 2, a)
            {
                a -= 2;
            }
            // A hyphenated given name runs on: "Han Duck-soo" (the tagger stops at "-soo").
            if b > a + 1 && crate::mentions::glued_syllable(lex, text, toks, b) {
                b += 2;
            }
            if toks[a].text(text) == "Marine" && crate::mentions::is_service(text, toks, a, b, lex) {
                a += 1;
            }
            // The word glued to "pro-" or "anti-" says what a body is for, and is not its
            // name's ("the pro-European Party of Action").
            if b > a + 1 && after_pro_or_anti(text, toks, a) {
                a += 1;
            }
            if a == b {
                continue;
            }
            let first = toks[a].text(text);
            if first.starts_with(char::is_lowercase) {
                continue;
            }
            // A title split from the name after it names no one ("Ayatollah" before
            // "Ruhollah Khomenei", where the given name opened the tagger's name).
            if b == a + 1
                && is_person_title(&crate::text::lowercase(first))
                && toks
                    .get(b)
                    .is_some_and(|t| t.text(text).starts_with(char::is_uppercase))
            {
                continue;
            }
            // "Interior Minister X": the field is the title's, no body of its own.
            if b == a + 1
                && crate::mentions::PORTFOLIOS.contains(&&*crate::text::lowercase(first))
                && toks
                    .get(b)
                    .is_some_and(|t| matches!(t.text(text), "Minister" | "Secretary"))
            {
                continue;
            }
            // "Nobel laureate", "Pulitzer winner": a prize's name, not a person or a body.
            if toks
                .get(b)
                .is_some_and(|t| AWARD_WORDS.contains(&t.text(text)) && exact(a, b).is_none_or(|m| m.lexical.is_none()))
            {
                continue;
            }
            // "the Novruz holiday", "an Easter amnesty": a feast's name, not a place.
            if toks
                .get(b)
                .is_some_and(|t| crate::lexicon::words::FEAST_NOUNS.contains(&t.text(text)))
                && exact(a, b).is_none_or(|m| m.lexical.is_none())
            {
                continue;
            }
            // Two bodies joined by "and" in one span, the first the rules' ("New York State
            // Department of Health and State University of New York"): the span is the second.
            let two_bodies = |m: &Mention| {
                m.first == a
                    && head_then_connector(m, text, toks)
                    && b > m.last + 2
                    && toks[m.last].text(text) == "and"
                    && (m.last..b).any(|x| is_org_head(&toks[x].text(text).to_lowercase()))
            };
            let a = match near(a, b).find(|m| two_bodies(m)) {
                Some(m) => m.last + 1,
                None => a,
            };
            // Where the rules have strong evidence (a gazetteer entry, a title before the
            // name, an organisation's head word, a prize), their mention stands.
            // A longer name around a place name ("Bank of England", "New York Yankees") is the
            // tagger's, unless a hyphen joins the place to its neighbour ("U.S.-Belarus").
            // On the same span, the kinds are reconciled below.
            // A part of a gazetteer name is no name of its own ("La" and "Paz" of "La Paz").
            let blocks = |m: &Mention| {
                let overlaps = m.first < b && a < m.last;
                let around = a <= m.first && m.last <= b;
                let hyphen = |i: usize| i < toks.len() && toks[i].text(text) == "-";
                let hyphenated = hyphen(m.last) && m.last < b || m.first > a && hyphen(m.first - 1);
                overlaps
                    && (is_strong(m, text, toks, lex) && (m.lexical.is_none() || !around || hyphenated)
                        || a_tail(m) && !around
                        // (A longer name around it stands: "Department of Trade and Industry".)
                        || head_then_connector(m, text, toks) && (!around || (m.first, m.last) == (a, b)))
            };
            if near(a, b).any(blocks) {
                continue;
            }
            // A lone common word at the start of a sentence, or a contraction ("We're"), is
            // not a name unless the rules say so.
            if b == a + 1
                && exact(a, b).is_none_or(|m| m.kind.is_none())
                && not_a_name(text, toks, a, opens_clause(text, toks, a, &sents[si]), lex, &counts)
            {
                continue;
            }
            let same = exact(a, b);
            let lexical_country = same.is_some_and(|m| m.lexical.is_some() && m.kind == Some(EntityKind::Country));
            // A known place in capitals opening a line before a bracket, a comma or a number
            // is a dateline's ("TBILISI, Oct 27 (Reuters)", "DUBAI (Reuters) -", "LONDON
            // 1996-08-30"), not a team or a body named after it.
            let dateline = same.is_some_and(|m| {
                m.lexical.is_some()
                    && matches!(m.kind, Some(EntityKind::Location | EntityKind::Country))
                    && dateline_place(text, toks, a, b)
            });
            let kind = match (class, same.and_then(|m| m.kind)) {
                (_, Some(k)) if dateline => k,
                // "X, a 22-year-old woman", "X, 43,": only a person has an age.
                (NameClass::Location | NameClass::Organisation, None | Some(EntityKind::Person))
                    if same.is_none_or(|m| m.lexical.is_none())
                        && aged_after(text, toks[b - 1].end)
                        // (Not in a list of numbers: "the 156 Sportwagon, 166, GTV".)
                        && (a == 0 || toks[a - 1].kind != TokenKind::Number) =>
                {
                    EntityKind::Person
                }
                // "the outgoing Biden administration": a word no gazetteer knows before
                // "administration" names its president, not a place.
                (NameClass::Location, None | Some(EntityKind::Person))
                    if b == a + 1
                        && toks.get(b).is_some_and(|t| t.text(text) == "administration")
                        && lex.lookup(toks[a].text(text)).is_empty() =>
                {
                    EntityKind::Person
                }
                // "Germany pardoned X", "police detained X on Monday": the one a verb of
                // custody takes is a person, where the tagger reads an unknown surname as a
                // place or a body.
                (NameClass::Location | NameClass::Organisation, None | Some(EntityKind::Person))
                    if b == a + 1
                        && same.is_none_or(|m| m.lexical.is_none())
                        && custody_object(text, toks, a, b)
                        && lex.lookup(toks[a].text(text)).is_empty() =>
                {
                    EntityKind::Person
                }
                // "men including X Y, who was detained in 2015": one who "was" is a person
                // (bands, teams and places are "who" in British news too, but plural: "Red
                // Bull, who will", "Teessiders, who have").
                (NameClass::Location | NameClass::Organisation, None | Some(EntityKind::Person))
                    if same.is_none_or(|m| m.lexical.is_none())
                        && lex.lookup(&text[toks[a].start..toks[b - 1].end]).is_empty()
                        && toks.get(b).is_some_and(|t| t.text(text) == ",")
                        && toks.get(b + 1).is_some_and(|t| t.text(text) == "who")
                        && toks
                            .get(b + 2)
                            .is_some_and(|t| matches!(t.text(text), "was" | "is" | "has"))
                        && (a..b).all(|k| toks[k].kind == TokenKind::Word && !lex.is_common(&toks[k].lower(text))) =>
                {
                    EntityKind::Person
                }
                // "Braga Netto" after "Walter Braga Netto", a headline's "Sisi" of "President
                // Abdel Fattah al-Sisi": the last words of a person's full name that the
                // document gives are that person (a double surname alone, a surname after
                // the Arabic article).
                (NameClass::Location | NameClass::Organisation, None | Some(EntityKind::Person))
                    if same.is_none_or(|m| m.lexical.is_none())
                        && lex.lookup(&text[toks[a].start..toks[b - 1].end]).is_empty()
                        && {
                            let tail = &text[toks[a].start..toks[b - 1].end];
                            rules.iter().any(|m| {
                                crate::mentions::sure_person(m, lex)
                                    && (m.last < a || m.first >= b)
                                    && m.text.strip_suffix(tail).is_some_and(|head| {
                                        head.ends_with(' ') && b >= a + 2
                                            || head.ends_with('-') && !m.cue.is_empty() && b == a + 1
                                    })
                            })
                        } =>
                {
                    EntityKind::Person
                }
                // "Anura Kumara Dissanayake" before "Mr Dissanayake": a name that ends with the
                // surname the document gives a titled person is that person's full name, where
                // the tagger reads it as a body or a place.
                (NameClass::Location | NameClass::Organisation, None | Some(EntityKind::Person))
                    if b >= a + 2
                        && same.is_none_or(|m| m.lexical.is_none())
                        && titled_surnames.contains(toks[b - 1].text(text))
                        && !is_org_head(&toks[b - 1].lower(text))
                        // (Not after an article or a preposition, as a body or a place is:
                        // "of the Exchequer Gordon Brown", "At La Fenice Viotti".)
                        && (a == 0 || !matches!(&*toks[a - 1].lower(text), "the" | "of" | "at" | "in" | "from"))
                        // (The words before it written as names, none a common word, a title
                        // or a known name: not "Exchequer Gordon Brown", "Last Christmas",
                        // "MP Edward Leigh".)
                        && (a..b - 1).all(|k| {
                            let w = toks[k].text(text);
                            let lw = toks[k].lower(text);
                            toks[k].kind == TokenKind::Word
                                && w.chars().count() >= 2
                                && w.starts_with(char::is_uppercase)
                                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                                && !lex.is_common(&lw)
                                && !is_person_title(&lw)
                                && lex.lookup(w).is_empty()
                        }) =>
                {
                    EntityKind::Person
                }
                // "Davao Mayor X": an unknown word before a local office and its holder is
                // the place the office serves.
                (NameClass::Person | NameClass::Organisation, None | Some(EntityKind::Person))
                    if b == a + 1
                        && same.is_none_or(|m| m.lexical.is_none())
                        && place_of_office(text, toks, b)
                        && lex.lookup(toks[a].text(text)).is_empty() =>
                {
                    EntityKind::Location
                }
                // The gazetteer knows its countries ("US" is a country, not a company).
                (NameClass::Person | NameClass::Organisation, _) if lexical_country => EntityKind::Country,
                (NameClass::Person, _) => EntityKind::Person,
                (NameClass::Organisation, _) => EntityKind::Organisation,
                (NameClass::Location, Some(k @ (EntityKind::Country | EntityKind::Location))) => k,
                (NameClass::Location, _) => {
                    let surface = &text[toks[a].start..toks[b - 1].end];
                    match lex.lookup(surface).first() {
                        Some(e) if e.kind == EntityKind::Country => EntityKind::Country,
                        _ => EntityKind::Location,
                    }
                }
                (NameClass::Other, Some(EntityKind::Award)) => EntityKind::Award,
                (NameClass::Other, _) => {
                    // A known body's name inside a longer name of something else ("UEFA
                    // Cup", a competition) is not named there.
                    let inside = |m: &Mention| {
                        m.lexical.is_some()
                            && m.kind.is_some()
                            && a <= m.first
                            && m.last <= b
                            && (m.first, m.last) != (a, b)
                    };
                    if near(a, b).any(inside) {
                        covered[a..b].fill(true);
                    }
                    continue;
                }
            };
            for c in &mut covered[a..b] {
                *c = true;
            }
            let m = match same {
                Some(m) => Mention {
                    kind: Some(kind),
                    ..m.clone()
                },
                None => {
                    // Lend cues and the lexicon entry of a rule mention inside the span.
                    let inner = near(a, b).find(|m| m.first >= a && m.last <= b);
                    let whole = &text[toks[a].start..toks[b - 1].end];
                    let entry = lex.lookup(whole).first().filter(|e| e.kind == kind);
                    Mention {
                        start: toks[a].start,
                        end: toks[b - 1].end,
                        text: whole.split_whitespace().collect::<Vec<_>>().join(" "),
                        kind: Some(kind),
                        lexical: entry.map(|e| (e.canonical.clone(), e.form)),
                        country: entry.and_then(|e| e.country.clone()),
                        sentence: si,
                        first: a,
                        last: b,
                        cue: inner.map(|m| m.cue.clone()).unwrap_or_default(),
                        zone: doc.zone_at(toks[a].start),
                    }
                }
            };
            out.push(m);
        }
    }
    for m in rules {
        let free = (m.first..m.last).all(|i| !covered[i]);
        if free && m.kind.is_some() {
            out.push(m);
        }
    }
    // (A lone letter is no name: "wrote on X", "Plan B"; nor a stance: a headline's
    // "Pro-European party keeps majority"; nor a pair of things glued by a slash,
    // "HIV/AIDS", "CD/DVD".)
    out.retain(|m| {
        let lower = m.text.to_lowercase();
        let stance = ["pro-", "anti-"].iter().any(|p| lower.starts_with(p)) && !lower.contains(' ');
        m.text.chars().any(char::is_alphanumeric)
            && m.text.chars().nth(1).is_some()
            && !lower.split('/').any(|p| NOT_NAMES.contains(&p))
            && !stance
    });
    surnames_alone(doc, toks, sents, lex, &mut out);
    people_by_their_surname(text, toks, lex, &mut out);
    two_surnames_apart(text, toks, &mut out);
    out.sort_by_key(|m| (m.start, m.end));
    short_names_in_brackets(text, toks, &mut out);
    bodies_written_again(doc, toks, sents, &mut out);
    one_kind_per_name(&mut out, &rule_kinds);
    out
}

/// Adds, as a person's mention, a capitalised word standing alone that the document has
/// written as the surname of a person named in full ("Pavel Novak … police arrested Novak"),
/// where neither the rules nor the tagger took it.
fn surnames_alone(doc: &Document, toks: &[Token], sents: &[Sentence], lex: &Lexicon, out: &mut Vec<Mention>) {
    let text = &doc.text;
    // Surnames of full names that open with a known given name; not words the document
    // also writes in a name of another kind ("Boeing"), nor dates, nor common words.
    let plain = |w: &str| {
        w.chars().skip(1).any(char::is_lowercase)
            && lex.lookup(w).is_empty()
            && month_number(w).is_none()
            && weekday_number(w).is_none()
    };
    let mut surnames: HashSet<&str> = out
        .iter()
        .filter(|m| {
            m.kind == Some(EntityKind::Person)
                && (2..=3).contains(&(m.last - m.first))
                && lex.is_given_name(&toks[m.first].text(text).to_lowercase())
        })
        .map(|m| toks[m.last - 1].text(text))
        .filter(|w| w.len() >= 3 && !lex.is_common(&w.to_lowercase()) && plain(w))
        .collect();
    // And the family names written first ("Xi" of "Xi Jinping", "Yoon" of "Yoon Suk Yeol").
    surnames.extend(
        out.iter()
            .filter(|m| m.kind == Some(EntityKind::Person) && (2..=4).contains(&(m.last - m.first)))
            .map(|m| toks[m.first].text(text))
            .filter(|w| {
                crate::names::tables::SURNAME_FIRST_FAMILIES.contains(&crate::names::fold(w).as_str()) && plain(w)
            }),
    );
    if surnames.is_empty() {
        return;
    }
    for m in out.iter().filter(|m| m.kind != Some(EntityKind::Person)) {
        for t in &toks[m.first..m.last] {
            surnames.remove(t.text(text));
        }
    }
    let mut covered = vec![false; toks.len()];
    for m in out.iter() {
        covered[m.first..m.last].fill(true);
    }
    let cap = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase))
    };
    let hyphen = |k: usize| toks.get(k).is_some_and(|t| matches!(t.text(text), "-" | "–"));
    for (si, s) in sents.iter().enumerate() {
        for i in s.first..s.last {
            if covered[i]
                || !cap(i)
                || !surnames.contains(toks[i].text(text))
                || i > s.first && (cap(i - 1) || hyphen(i - 1))
                || cap(i + 1)
                || hyphen(i + 1)
            {
                continue;
            }
            let zone = doc.zone_at(toks[i].start);
            if matches!(zone, Zone::Boilerplate | Zone::Byline | Zone::Credit) {
                continue;
            }
            out.push(Mention {
                start: toks[i].start,
                end: toks[i].end,
                text: toks[i].text(text).to_string(),
                kind: Some(EntityKind::Person),
                lexical: None,
                country: None,
                sentence: si,
                first: i,
                last: i + 1,
                cue: Vec::new(),
                zone,
            });
        }
    }
}

/// The tagger's spans in document token indices (`first` is the view's first token), with a
/// span of two people's names of two words or more joined by "and" split in two ("Nargiz
/// Absalamova and Elnara Gasimova"; not "Bosnia and Herzegovina", "Marks and Spencer"): people
/// when each opens with a known given name or bears a gendered surname.
fn pairs_split(
    text: &str,
    toks: &[Token],
    lex: &Lexicon,
    first: usize,
    spans: Vec<(usize, usize, NameClass)>,
) -> Vec<(usize, usize, NameClass)> {
    let mut out = Vec::with_capacity(spans.len());
    for (a, b, class) in spans {
        let (a, b) = (first + a, first + b);
        let capitalised =
            |k: usize| toks[k].kind == TokenKind::Word && toks[k].text(text).starts_with(char::is_uppercase);
        let and = (a + 2..b.saturating_sub(2)).find(|&k| toks[k].text(text) == "and");
        // ("National Development and Reform Commission": a head word ending the whole span
        // and not its left side makes one name.)
        let head = |k: usize| is_org_head(&toks[k].text(text).to_lowercase());
        match and {
            Some(k) if (a..k).chain(k + 1..b).all(capitalised) && (!head(b - 1) || head(k - 1)) => {
                let side = |x: usize, y: usize| {
                    lex.is_given_name(&toks[x].text(text).to_lowercase())
                        || crate::names::PersonName::parse(&text[toks[x].start..toks[y - 1].end])
                            .gender()
                            .is_some()
                };
                // (Split only what reads as two people: the tagger's reading of a pair it saw
                // as one body would otherwise cast both names as bodies everywhere.)
                if side(a, k) && side(k + 1, b) {
                    out.push((a, k, NameClass::Person));
                    out.push((k + 1, b, NameClass::Person));
                } else {
                    out.push((a, b, class));
                }
            }
            _ => {
                // "the Trump-Kim summit", where each name is written alone too: two names.
                let glued = |h: usize| toks[h - 1].end == toks[h].start && toks[h].end == toks[h + 1].start;
                match (a + 1..b.saturating_sub(1)).find(|&h| {
                    toks[h].text(text) == "-"
                        && glued(h)
                        && capitalised(h - 1)
                        && capitalised(h + 1)
                        && crate::mentions::both_stand_alone(text, toks, h - 1, h + 1)
                }) {
                    Some(h) => {
                        out.push((a, h, class));
                        out.push((h + 1, b, class));
                    }
                    None => out.push((a, b, class)),
                }
            }
        }
    }
    // A name the tagger cut after a lower-case connector goes on with the next one: "Puerta
    // de" and "Fe" are "Puerta de la Fe".
    // (Name particles only: not "for", "and", "of", which join two names as often.)
    let connector = |k: usize| crate::mentions::NAME_CONNECTORS.contains(&toks[k].text(text));
    let mut joined: Vec<(usize, usize, NameClass)> = Vec::with_capacity(out.len());
    for (a, b, class) in out {
        if let Some(last) = joined.last_mut()
            && last.1 > last.0
            && connector(last.1 - 1)
            && (last.1..a).all(connector)
        {
            last.1 = b;
            continue;
        }
        joined.push((a, b, class));
    }
    joined
}

/// Makes a person of a name the tagger read as a place or a body when it ends with a word the
/// document writes alone as a person ("the rule of Bashar al-Assad" beside "Assad fled").
/// The name must look like a person's (a known given name first, or the Arabic article glued
/// into it), and the word must stand alone as a person twice at least.
fn people_by_their_surname(text: &str, toks: &[Token], lex: &Lexicon, out: &mut [Mention]) {
    let mut alone: HashMap<&str, usize> = HashMap::default();
    for m in out
        .iter()
        .filter(|m| m.kind == Some(EntityKind::Person) && m.last == m.first + 1)
    {
        *alone.entry(toks[m.first].text(text)).or_default() += 1;
    }
    alone.retain(|_, n| *n >= 2);
    if alone.is_empty() {
        return;
    }
    for m in out.iter_mut() {
        if matches!(m.kind, Some(EntityKind::Location | EntityKind::Organisation))
            && m.lexical.is_none()
            && (m.first + 2..=m.first + 4).contains(&m.last)
            && alone.contains_key(toks[m.last - 1].text(text))
            && (m.first..m.last).all(|k| toks[k].text(text) != "and")
            && (lex.is_given_name(&toks[m.first].text(text).to_lowercase())
                || (m.first..m.last).any(|k| is_glued_article(text, toks, k)))
        {
            m.kind = Some(EntityKind::Person);
        }
    }
}

/// A word in brackets right after a body's name, that no gazetteer knows, is the body's
/// short name, whatever the tagger read ("the Patriotic Union of Cuba (Unpacu)", an acronym
/// of its Spanish name). `out` is sorted by position.
fn short_names_in_brackets(text: &str, toks: &[Token], out: &mut [Mention]) {
    for k in 1..out.len() {
        let (m, d) = (&out[k - 1], &out[k]);
        if m.kind == Some(EntityKind::Organisation)
            && m.last - m.first >= 2
            && d.first == m.last + 1
            && d.last == d.first + 1
            && d.lexical.is_none()
            && matches!(d.kind, None | Some(EntityKind::Location))
            && toks[m.last].text(text) == "("
            && toks.get(d.last).is_some_and(|t| t.text(text) == ")")
        {
            out[k].kind = Some(EntityKind::Organisation);
        }
    }
}

/// A body's or place's name of two words or more, written again in the document where it
/// was missed or cut ("Georgian Dream won …" opening a sentence, "US sanctions Georgian
/// Dream founder X" in a headline, after "the ruling Georgian Dream party"), is that name
/// there too: the mentions inside it give way. (Not where a mention runs past it: "New
/// York" of "the New York Times"; nor over a person's name.) `out` is sorted by position,
/// and stays so.
fn bodies_written_again(doc: &Document, toks: &[Token], sents: &[Sentence], out: &mut Vec<Mention>) {
    let text = &doc.text;
    let mut known: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, m) in out.iter().enumerate() {
        // (One word too where letters and figures make a code: "the M23 rebel group".)
        let code = m.kind == Some(EntityKind::Organisation)
            && m.last == m.first + 1
            && m.text.contains(|c: char| c.is_ascii_digit())
            && m.text.starts_with(|c: char| c.is_ascii_uppercase());
        if matches!(m.kind, Some(EntityKind::Organisation | EntityKind::Location)) && (m.last - m.first >= 2 || code) {
            let list = known.entry(toks[m.first].text(text)).or_default();
            if list.iter().all(|&o| out[o].text != m.text) {
                list.push(k);
            }
        }
    }
    if known.is_empty() {
        return;
    }
    let mut added: Vec<Mention> = Vec::new();
    let mut dropped: Vec<usize> = Vec::new();
    // (The mentions that may overlap a span are found by position: none is longer than this.)
    let longest = out.iter().map(|m| m.last - m.first).max().unwrap_or(0);
    // (Past the last name added: two added names do not overlap.)
    let mut free_from = 0;
    for i in 0..toks.len() {
        if i < free_from || !toks[i].text(text).starts_with(char::is_uppercase) {
            continue;
        }
        let Some(names) = known.get(toks[i].text(text)) else {
            continue;
        };
        for &k in names {
            let m = &out[k];
            let n = m.last - m.first;
            if i + n > toks.len() || (0..n).any(|j| toks[i + j].text(text) != toks[m.first + j].text(text)) {
                continue;
            }
            let (a, b) = (i, i + n);
            let lo = out.partition_point(|o| o.first + longest <= a);
            let hi = out.partition_point(|o| o.first < b);
            let overlapping: Vec<usize> = (lo..hi).filter(|&o| a < out[o].last).collect();
            if overlapping.iter().any(|&o| {
                (out[o].first, out[o].last) == (a, b)
                    || out[o].first < a
                    || out[o].last > b
                    || out[o].kind == Some(EntityKind::Person)
            }) {
                continue;
            }
            // (A dateline's place is a place: "NEW YORK 1996-08-30" under a team's results.)
            if dateline_place(text, toks, a, b) {
                continue;
            }
            let sentence = sents.partition_point(|s| s.last <= a);
            dropped.extend(overlapping);
            added.push(Mention {
                start: toks[a].start,
                end: toks[b - 1].end,
                sentence,
                first: a,
                last: b,
                cue: Vec::new(),
                zone: doc.zone_at(toks[a].start),
                ..m.clone()
            });
            free_from = b;
            break;
        }
    }
    if added.is_empty() {
        return;
    }
    dropped.sort_unstable();
    dropped.dedup();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        dropped.binary_search(&(k - 1)).is_err()
    });
    out.extend(added);
    out.sort_by_key(|m| (m.start, m.end));
}

/// Splits a name "A and B" whose two words are surnames of people the document names in
/// full ("including Petrova and Novak" in a headline, read as one body) into two
/// people.
fn two_surnames_apart(text: &str, toks: &[Token], out: &mut Vec<Mention>) {
    let surnames: HashSet<&str> = out
        .iter()
        .filter(|m| m.kind == Some(EntityKind::Person) && m.last >= m.first + 2)
        .map(|m| toks[m.last - 1].text(text))
        .collect();
    let mut split = Vec::new();
    out.retain(|m| {
        let pair = m.lexical.is_none()
            && m.last == m.first + 3
            && toks[m.first + 1].text(text) == "and"
            && surnames.contains(toks[m.first].text(text))
            && surnames.contains(toks[m.first + 2].text(text));
        if pair {
            for k in [m.first, m.first + 2] {
                split.push(Mention {
                    start: toks[k].start,
                    end: toks[k].end,
                    text: toks[k].text(text).to_string(),
                    kind: Some(EntityKind::Person),
                    first: k,
                    last: k + 1,
                    cue: Vec::new(),
                    ..m.clone()
                });
            }
        }
        !pair
    });
    out.extend(split);
}

/// A lone token that is no name whatever the tagger says: a contraction of a pronoun or a
/// common word ("We're", "I'm", "It's"), or, at the start of a sentence, a common word or a
/// word set off by a comma ("Furthermore, …") or one the document writes in lower case
/// elsewhere.
fn not_a_name<'t>(
    text: &'t str,
    toks: &[Token],
    i: usize,
    sentence_start: bool,
    lex: &Lexicon,
    counts: &dyn Fn() -> &'t HashMap<&'t str, usize>,
) -> bool {
    let w = toks[i].text(text);
    let lower = w.to_lowercase().replace('’', "'");
    if let Some((head, tail)) = lower.split_once('\'')
        && matches!(tail, "re" | "m" | "ve" | "ll" | "d" | "s" | "t")
        && (head == "i" || lex.is_common(head))
    {
        return true;
    }
    if !sentence_start || lex.is_given_name(&lower) || !lex.lookup(w).is_empty() {
        return false;
    }
    let counts = counts();
    let once = counts.get(w) == Some(&1);
    // The document itself writes it in lower case elsewhere ("Potash is …" after "potash").
    let written_lower = w != lower && counts.contains_key(lower.as_str());
    lex.is_common(&lower) || toks.get(i + 1).is_some_and(|t| t.text(text) == ",") && once || written_lower
}

/// A rule mention resting on strong evidence: a gazetteer entry, a title or role word before
/// it, an organisation head word ending it, a prize, a credit line, or a given name the
/// gazetteer reads as a place before a surname ("Florida Eskridge").
fn is_strong(m: &Mention, text: &str, toks: &[Token], lex: &Lexicon) -> bool {
    if m.kind.is_none() {
        return false;
    }
    let last = toks[m.last - 1].text(text).to_lowercase();
    m.lexical.is_some()
        || !m.cue.is_empty() && m.kind == Some(EntityKind::Person)
        || m.kind == Some(EntityKind::Award)
        || m.kind == Some(EntityKind::Organisation) && crate::mentions::is_acronym_pair(&m.text)
        || m.kind == Some(EntityKind::Person) && crate::mentions::has_glued_syllable(lex, text, toks, m.first, m.last)
        || m.zone == Zone::Credit
        || m.kind == Some(EntityKind::Person)
            && m.last == m.first + 2
            && given_name_before_surname(text, toks, m.first, lex)
        // A known given name, then particles inside the name: "Rodrigo de la Serna",
        // "Ursula von der Leyen", which the tagger tends to cut at the particles.
        || m.kind == Some(EntityKind::Person)
            && m.last >= m.first + 3
            && lex.is_given_name(&toks[m.first].text(text).to_lowercase())
            && (m.first + 1..m.last - 1).any(|k| {
                let w = toks[k].text(text);
                w.starts_with(char::is_lowercase) && CONNECTORS.contains(&w)
            })
        || m.kind == Some(EntityKind::Organisation)
            && m.last - m.first >= 2
            && (is_org_head(&last) || crate::mentions::spelt_by_acronym(text, toks, m.first, m.last))
        || m.kind == Some(EntityKind::Location) && m.last - m.first >= 2 && is_place_head(&last)
        // "SAN ANTONIO (AP) —": a dateline's place.
        || m.kind == Some(EntityKind::Location) && dateline_place(text, toks, m.first, m.last)
        // "X, a leader of the opposition …": a person's title in apposition.
        || m.kind == Some(EntityKind::Person)
            && m.last - m.first >= 2
            && (titled_after(text, m.end) || crate::mentions::titled_before(text, toks, m.first))
        || m.kind == Some(EntityKind::Organisation) && {
            // "the Telegram channel X", "X rights group".
            let word = |i: usize| toks.get(i).map(|t| t.text(text)).unwrap_or("");
            let before = if m.first > 0 { word(m.first - 1) } else { "" };
            ORG_NOUNS.contains(&before)
                || crate::mentions::named_body_in_apposition(text, toks, m.first, m.last)
                || ORG_NOUNS.contains(&word(m.last + 1))
                || org_noun_after([word(m.last), word(m.last + 1), word(m.last + 2)])
        }
}

/// True for a body's name with a head word, then a connector: "Association of Journalists",
/// "Committee to Protect Journalists" (which the tagger tends to cut or to read as a person).
fn head_then_connector(m: &Mention, text: &str, toks: &[Token]) -> bool {
    m.kind == Some(EntityKind::Organisation) && head_connector(text, toks, m.first, m.last).is_some()
}

/// True at the start of a sentence or right after an opening bracket, quote, dash or colon,
/// where English capitalises any word.
fn opens_clause(text: &str, toks: &[Token], i: usize, s: &Sentence) -> bool {
    i == s.first || i > s.first && matches!(toks[i - 1].text(text), "(" | "\"" | "“" | "‘" | "'" | "—" | "-" | ":")
}

/// Lower-case words that may stand inside a name.
const CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "de", "da", "van", "von", "der", "den", "del", "di", "du", "la", "le", "bin", "al",
    "ibn", "on", "&", "y", "e", "des", "dos", "das", "upon", "in",
];

/// A title-case line that reads as a headline: no closing punctuation, capitalised common
/// words ("Frees", "Lifts") and at least one small word left in lower case ("as", "in").
fn is_headline(text: &str, toks: &[Token], s: &Sentence, lex: &Lexicon) -> bool {
    let words: Vec<&str> = (s.first..s.last)
        .filter(|&i| toks[i].kind == TokenKind::Word)
        .map(|i| toks[i].text(text))
        .collect();
    let closes = (s.first..s.last)
        .next_back()
        .is_some_and(|i| matches!(toks[i].text(text), "." | "!" | "?" | "\"" | "”"));
    let lower_small = words.iter().any(|w| w.starts_with(char::is_lowercase));
    let cap_common = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter(|w| {
            let l = w.to_lowercase();
            lex.is_common(&l) && !lex.is_given_name(&l) && lex.lookup(w).is_empty()
        })
        .count();
    !closes && lower_small && cap_common >= 2
}

/// One name, one kind within a document: a word that is the surname of a person named in
/// full in the document is that person ("Lukashenko" after "Alexander Lukashenko"); other
/// names take the kind most of their mentions have (ties: the rules' kind, then person,
/// organisation, location).
fn one_kind_per_name(ms: &mut [Mention], rule_kinds: &HashMap<String, EntityKind>) {
    let mut surnames: std::collections::HashSet<String> = std::collections::HashSet::new();
    for m in ms.iter().filter(|m| m.kind == Some(EntityKind::Person)) {
        let words: Vec<&str> = m.text.split_whitespace().collect();
        if words.len() >= 2
            && let Some(last) = words.last()
        {
            surnames.insert(last.to_string());
        }
    }
    let mut votes: HashMap<&str, BTreeMap<EntityKind, usize>> = HashMap::default();
    for m in ms.iter() {
        if let Some(k) = m.kind {
            *votes.entry(m.text.as_str()).or_default().entry(k).or_default() += 1;
        }
    }
    let winner: HashMap<String, EntityKind> = votes
        .into_iter()
        .filter_map(|(text, v)| {
            let rule = rule_kinds.get(text);
            let (k, _) = v
                .into_iter()
                .max_by_key(|&(k, n)| (n, Some(&k) == rule, std::cmp::Reverse(k)))?;
            Some((text.to_string(), k))
        })
        .collect();
    for m in ms.iter_mut() {
        if m.lexical.is_some() || m.kind.is_none() {
            continue;
        }
        if !m.text.contains(' ') && surnames.contains(&m.text) {
            m.kind = Some(EntityKind::Person);
        } else if let Some(&k) = winner.get(&m.text) {
            m.kind = Some(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_follow_bio_and_repair_stray_continuations() {
        let per_b = label(NameClass::Person, true);
        let per_i = label(NameClass::Person, false);
        let loc_i = label(NameClass::Location, false);
        assert_eq!(
            spans(&[0, per_b, per_i, 0, loc_i, loc_i, per_b]),
            vec![
                (1, 3, NameClass::Person),
                (4, 6, NameClass::Location),
                (6, 7, NameClass::Person)
            ]
        );
    }

    #[test]
    fn model_bytes_round_trip() {
        let t = Tagger::builtin();
        assert!(!t.is_empty(), "the built-in model is missing");
        let back = Tagger::from_bytes(&t.to_bytes()).unwrap();
        assert_eq!(back.len(), t.len());
        assert!(Tagger::from_bytes(b"EGT1\x09garbage").is_err());
    }

    fn tagged(text: &str) -> Vec<(String, Option<EntityKind>)> {
        let doc = Document::from_text("t", text).unwrap();
        let toks = crate::text::tokenize(&doc.text);
        let sents = crate::text::sentences(&doc.text, &toks);
        find_mentions_tagged(&doc, &toks, &sents, Lexicon::builtin())
            .into_iter()
            .map(|m| (m.text, m.kind))
            .collect()
    }

    #[test]
    fn contractions_and_clause_openers_are_not_names() {
        let f = tagged("Title\n\"We're ready,\" said coach Anna Berg. Meanwhile, the club signed Tom Hale.");
        assert!(!f.iter().any(|(t, _)| t == "We're" || t == "Meanwhile"), "{f:?}");
        assert!(f.contains(&("Anna Berg".into(), Some(EntityKind::Person))), "{f:?}");
    }

    #[test]
    fn a_word_the_text_writes_in_lower_case_is_not_a_name() {
        let f = tagged("Title\nFarmers sold more barley this year. Barley is used to brew beer in Ghent.");
        assert!(!f.iter().any(|(t, _)| t == "Barley"), "{f:?}");
    }

    #[test]
    fn prize_names_and_gazetteer_countries() {
        let f = tagged("Title\nThe Pulitzer winner Jane Roe spoke after US officials met in Oslo.");
        assert!(!f.iter().any(|(t, _)| t == "Pulitzer"), "{f:?}");
        assert!(f.contains(&("US".into(), Some(EntityKind::Country))), "{f:?}");
    }

    #[test]
    fn a_surname_takes_the_kind_of_its_full_name() {
        let f =
            tagged("Title\nPrime minister Omar Haddad arrived on Monday. Haddad met workers at Haddad's old factory.");
        for (t, k) in &f {
            if t == "Haddad" {
                assert_eq!(*k, Some(EntityKind::Person), "{f:?}");
            }
        }
        assert!(f.iter().any(|(t, _)| t == "Haddad"), "{f:?}");
    }

    #[test]
    fn shapes_compress_runs() {
        assert_eq!(shape("Lukashenko").as_bytes(), "Xxx".as_bytes());
        assert_eq!(shape("U.S.").as_bytes(), "X.X.".as_bytes());
        assert_eq!(shape("1,227").as_bytes(), "d,dd".as_bytes());
    }
}
