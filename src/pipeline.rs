//! The builder users call: documents in, one graph out. Each document is analysed on its own
//! (text → mentions → entities → events → relations); then entities are merged across
//! documents with the name matcher and its guards, events with the same happening are
//! merged, and the graph is built with stable, sorted ids.
//!
//! The entity merge places every full name before any bare surname. A match the names alone
//! cannot settle (a slip, two listed surnames read as one romanisation, a bare surname
//! written otherwise than the person's) joins only where the documents share context: a
//! person, place or body named beside both, and no document naming both.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;

use crate::document::{Document, Zone};
use crate::error::{Error, Result};
use crate::events::{DocEvent, DocEventLink, EventKind, EventLink, Role, find_event_links, find_events, find_figures};
use crate::graph::{
    Claim, DocumentInfo, Edge, EdgeKind, Entity, EntityKind, Event, EventQuantity, KnowledgeGraph, Node, RelationKind,
    Span,
};
use crate::lexicon::Lexicon;
use crate::mentions::Mention;
use crate::names::{
    Comparison, NameId, NameIndex, NameKind, Prepared, PreparedName, Reason, Verdict, compare_prepared, fold,
    may_be_same, typos_credible,
};
use crate::relations::{DocAttribute, find_relations};
use crate::resolve::{DocEntity, DocRelation, resolve_document};
use crate::tagger::find_mentions_tagged;
use crate::text::{sentences, tokenize};
use crate::time::{Date, DateExpr, DateMention, find_dates, infer_reference, month_number};

/// Everything read from one document.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The document.
    pub doc: Document,
    /// Mentions.
    pub mentions: Vec<Mention>,
    /// Byte span of each mention, by mention index: all the merge reads of them. The
    /// builder frees `mentions` once a document is analysed and keeps these (a corpus holds
    /// its documents' analyses until the merge).
    pub mention_spans: Vec<(usize, usize)>,
    /// Entities (within the document).
    pub entities: Vec<DocEntity>,
    /// Events as this document reports them.
    pub events: Vec<DocEvent>,
    /// Relations stated in it.
    pub relations: Vec<DocRelation>,
    /// Attributes stated in it.
    pub attributes: Vec<DocAttribute>,
    /// Links between its events.
    pub links: Vec<DocEventLink>,
    /// Date expressions found.
    pub dates: Vec<DateMention>,
    /// Reference date: stated, or inferred from the text.
    pub reference: Option<Date>,
}

/// Analyses one document on its own.
pub fn analyse(doc: Document, lex: &Lexicon) -> Analysis {
    let toks = tokenize(&doc.text);
    let sents = sentences(&doc.text, &toks);
    let words: Vec<(usize, usize)> = toks.iter().map(|t| (t.start, t.end)).collect();
    let all_dates = find_dates(&doc.text, &words);
    let mut mentions = find_mentions_tagged(&doc, &toks, &sents, lex);
    // A month the dates read as one ("in May", "since March") names no one and nowhere.
    mentions.retain(|m| {
        let d = all_dates.partition_point(|d| d.end < m.end);
        month_number(&m.text).is_none() || all_dates.get(d).is_none_or(|d| !(d.start <= m.start && m.end <= d.end))
    });
    let (entities, of, mut relations) = resolve_document(&doc.text, &toks, &mentions, lex);
    let dates: Vec<DateMention> = all_dates
        .into_iter()
        .filter(|d| !matches!(doc.zone_at(d.start), Zone::Byline | Zone::Boilerplate))
        .collect();
    let reference = doc.published.or_else(|| infer_reference(&dates));
    let events = find_events(&doc.text, &toks, &sents, &mentions, &of, &entities, &dates, |p| {
        doc.zone_at(p)
    });
    let (rels, mut attributes) = find_relations(&doc.text, &toks, &mentions, &of, &entities, lex);
    attributes.extend(find_figures(
        &doc.text, &toks, &sents, &mentions, &of, &entities, &events,
    ));
    let links = find_event_links(&doc.text, &toks, &sents, &events);
    relations.extend(rels);
    Analysis {
        doc,
        mention_spans: mentions.iter().map(|m| (m.start, m.end)).collect(),
        mentions,
        entities,
        events,
        relations,
        attributes,
        links,
        dates,
        reference,
    }
}

impl Analysis {
    /// Frees what the merge does not read (the mentions, whose spans are kept, the date
    /// mentions, the document's line zones), so a large corpus holds less while its documents
    /// wait for the merge.
    fn keep_what_merge_reads(&mut self) {
        self.mentions = Vec::new();
        self.dates = Vec::new();
        self.doc.lines = Vec::new();
        self.entities.shrink_to_fit();
        self.events.shrink_to_fit();
    }
}

/// Builds a [`KnowledgeGraph`] from documents.
///
/// ```
/// use eventgraph::GraphBuilder;
/// let graph = GraphBuilder::new()
///     .add_text("a", "Title\nThe Atlantis government freed 12 prisoners including activist Maria Kalesnikava on 3 May 2024.")?
///     .add_text("b", "Title\nMaria Kolesnikova was released on May 3, 2024, officials said.")?
///     .build();
/// let maria = graph.find_entity("Kolesnikova");
/// assert_eq!(maria.len(), 1);
/// # Ok::<(), eventgraph::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct GraphBuilder {
    lexicon: Option<Lexicon>,
    docs: Vec<Document>,
    ids: BTreeSet<String>,
}

impl GraphBuilder {
    /// A builder with the built-in lexicon.
    pub fn new() -> GraphBuilder {
        GraphBuilder::default()
    }

    /// Uses a lexicon with the user's own entries (see [`Lexicon::with_entry`]).
    pub fn with_lexicon(mut self, lex: Lexicon) -> GraphBuilder {
        self.lexicon = Some(lex);
        self
    }

    /// Adds a parsed document. Fails on a duplicate id; nothing already added is lost.
    pub fn add_document(mut self, doc: Document) -> Result<GraphBuilder> {
        self.insert_document(doc)?;
        Ok(self)
    }

    /// Adds a document in place. On error (a duplicate id) nothing changes, so what was
    /// added before is kept: the form to use when documents come one by one and some may
    /// be bad.
    pub fn insert_document(&mut self, doc: Document) -> Result<()> {
        if !self.ids.insert(doc.id.clone()) {
            return Err(Error::DuplicateDocument { doc: doc.id });
        }
        self.docs.push(doc);
        Ok(())
    }

    /// Adds an article given as text, in place; on error (empty, binary, no sentences,
    /// duplicate id) nothing changes.
    ///
    /// ```
    /// use eventgraph::GraphBuilder;
    /// let mut b = GraphBuilder::new();
    /// b.insert_text("a", "Title\nJan Novak spoke in Paris.")?;
    /// assert!(b.insert_text("b", "").is_err());
    /// assert_eq!(b.len(), 1);
    /// # Ok::<(), eventgraph::Error>(())
    /// ```
    pub fn insert_text(&mut self, id: &str, text: &str) -> Result<()> {
        self.insert_document(Document::from_text(id, text)?)
    }

    /// Adds an article given as text (chaining form; on error the builder is dropped, see
    /// [`GraphBuilder::insert_text`] to keep it).
    pub fn add_text(mut self, id: &str, text: &str) -> Result<GraphBuilder> {
        self.insert_text(id, text)?;
        Ok(self)
    }

    /// Adds every `.txt` file under a folder, sub-folders included, in sorted path order.
    /// A file directly in `dir` gets its file stem as id ("0001.txt" → "0001"); a file in a
    /// sub-folder gets its relative path without the extension ("sport/001.txt" →
    /// "sport/001"), so equal file names in different folders stay distinct documents.
    /// Documents that fail are returned with their errors; the others are added.
    pub fn add_dir(&mut self, dir: &Path) -> Result<Vec<(String, Error)>> {
        let mut paths = Vec::new();
        collect_txt(dir, &mut paths)?;
        paths.sort_unstable();
        // Files are read and parsed on all cores (most of the cost is the system's reads of
        // many small files), then inserted in path order, so ids, duplicates and errors come
        // out as a sequential read would give them.
        let read: Vec<(String, Result<Document>)> = paths
            .par_iter()
            .map(|p| {
                let rel = p.strip_prefix(dir).unwrap_or(p).with_extension("");
                let id = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let doc = Document::from_path_as(p, &id);
                (id, doc)
            })
            .collect();
        drop(paths);
        let mut failed = Vec::new();
        for (id, doc) in read {
            if let Err(e) = doc.and_then(|d| self.insert_document(d)) {
                failed.push((id, e));
            }
        }
        Ok(failed)
    }

    /// Number of documents added.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// True when no document was added.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Builds the graph.
    pub fn build(self) -> KnowledgeGraph {
        let lex = self.lexicon.as_ref().unwrap_or_else(|| Lexicon::builtin());
        let mut docs = self.docs;
        docs.sort_by(|a, b| a.id.cmp(&b.id));
        // Extraction is per document and runs on all cores (rayon's pool: set
        // RAYON_NUM_THREADS or call inside `ThreadPool::install` to bound it); the merge that
        // follows is sequential and sees documents in id order, so the graph is the same
        // whatever the number of threads.
        let analyses: Vec<Analysis> = docs
            .into_par_iter()
            .map(|d| {
                let mut a = analyse(d, lex);
                a.keep_what_merge_reads();
                a
            })
            .collect();
        trace("analysed");
        merge(analyses)
    }
}

// ---------------------------------------------------------------------------------------
// Cross-document merging.

struct GEntity {
    kind: EntityKind,
    name: String,
    aliases: BTreeSet<String>,
    mentions: Vec<Span>,
    attributes: BTreeMap<String, Vec<Claim>>,
    full: bool,
    /// How `name` ranks among the entity's spellings: (two words or more, documents that
    /// write it, length in characters).
    name_rank: (bool, u32, usize),
    /// `name`, prepared for comparison (kept in step with `name`).
    prepared: Arc<PreparedName>,
}

struct GEvent {
    kind: EventKind,
    date: Option<Date>,
    /// How good the date is: 3 explicit absolute, 2 resolved relative, 1 the document's date.
    date_rank: u8,
    roles: BTreeMap<(Role, usize), Vec<Span>>,
    sources: BTreeSet<String>,
    quantities: Vec<(crate::events::Quantity, Arc<str>, Option<usize>)>,
    subject: Option<String>,
    /// The first folded word of `subject`, which two events must share (read once).
    subject_word: Option<String>,
    triggers: Vec<Span>,
    evidence: Vec<Span>,
    /// (doc index, event index) of each report.
    reports: Vec<(usize, usize)>,
    /// Its first report is the other side of an exchange (see [`DocEvent::counter`]).
    counter: bool,
}

/// One kind per name across documents: an entity without a gazetteer entry whose exact
/// name is, in most of its mentions across the corpus, of another kind (three times as many
/// mentions, at least three) takes that kind ("Yukos" read as a person in one article and as
/// an organisation in forty).
/// What the merge learns from every document before it places any name: the kind each
/// document entity is voted to be, and in how many (document, spelling) pairs each folded
/// word of a person's name is written.
struct Census {
    kinds: Vec<Vec<EntityKind>>,
    /// For each document entity, in how many documents its folded name is written (as its kind).
    spelling_docs: Vec<Vec<u32>>,
    person_words: HashMap<String, u32>,
    /// For each document entity, what it adds to the context of a person named in the same
    /// document (see [`context_item`]).
    items: Vec<Vec<u64>>,
    /// In how many documents each context item is named.
    df: HashMap<u64, u32>,
    /// Documents in the corpus.
    documents: usize,
}

/// An item named in more than one document in this many is not context (see [`census`])...
const CONTEXT_SHARE: usize = 100;
/// ... unless it is named in at most this many documents.
const CONTEXT_FLOOR: usize = 20;
/// How unlikely, as -log10 of a probability, the items two persons' documents share must be
/// to be shared by chance for [`join_by_context`] to join them: less than 1 in 100.
const CONTEXT_SURPRISE: f64 = 2.0;
/// The item that stands for "no context" (never counted as shared).
const NO_CONTEXT: u64 = 0;

/// What an entity of a document tells about the people named beside it: a person by the
/// cross-romanisation key of the last word of the name (so "Kalesnikava" and "Kolesnikova"
/// beside someone are one piece of context), anything else by its gazetteer name or its
/// folded name, each with its kind.
fn context_item(kind: EntityKind, folded: &str, canonical: Option<&str>) -> u64 {
    use std::hash::BuildHasher;
    let hash = |text: &str| std::hash::BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one((kind, text));
    match canonical {
        Some(c) => hash(c),
        None if kind == EntityKind::Person => {
            hash(&crate::names::key::word_key(folded.rsplit(' ').next().unwrap_or("")))
        }
        None => hash(folded),
    }
}

fn census(analyses: &[Analysis]) -> Census {
    // Each document entity's folded name, once (on all cores, as the context items below).
    let folded: Vec<Vec<String>> = analyses
        .par_iter()
        .map(|a| a.entities.iter().map(|e| fold(&e.name)).collect())
        .collect();
    // Per (folded name, kind): mentions (for the vote) and (document, spelling) pairs.
    let mut votes: HashMap<(&str, EntityKind), (usize, u32)> = HashMap::default();
    for (a, names) in analyses.iter().zip(&folded) {
        for (e, name) in a.entities.iter().zip(names) {
            if e.canonical.is_none() {
                let v = votes.entry((name.as_str(), e.kind)).or_default();
                v.0 += e.mentions.len();
                v.1 += 1;
            }
        }
    }
    let mut best: HashMap<&str, (usize, EntityKind)> = HashMap::default();
    let mut person_words: HashMap<String, u32> = HashMap::default();
    for (&(name, kind), &(n, seen)) in &votes {
        let slot = best.entry(name).or_insert((0, kind));
        if (n, std::cmp::Reverse(kind)) > (slot.0, std::cmp::Reverse(slot.1)) {
            *slot = (n, kind);
        }
        if kind == EntityKind::Person {
            for w in name.split(' ').filter(|w| !w.is_empty()) {
                match person_words.get_mut(w) {
                    Some(c) => *c += seen,
                    None => {
                        person_words.insert(w.to_string(), seen);
                    }
                }
            }
        }
    }
    // Per document entity: the kind it is voted to be, and the documents writing its spelling.
    let (kinds, spelling_docs): (Vec<Vec<EntityKind>>, Vec<Vec<u32>>) = analyses
        .iter()
        .zip(&folded)
        .map(|(a, names)| {
            a.entities
                .iter()
                .zip(names)
                .map(|(e, name)| {
                    let own = votes.get(&(name.as_str(), e.kind)).copied().unwrap_or_default();
                    let kind = match best.get(name.as_str()) {
                        Some(&(n, k)) if e.canonical.is_none() && k != e.kind && n >= 3 && n >= 3 * own.0 => k,
                        _ => e.kind,
                    };
                    (kind, own.1)
                })
                .unzip()
        })
        .unzip();
    let mut items: Vec<Vec<u64>> = analyses
        .par_iter()
        .zip(&folded)
        .zip(&kinds)
        .map(|((a, names), ks)| {
            a.entities
                .iter()
                .zip(names)
                .zip(ks)
                .map(|((e, name), &k)| context_item(k, name, e.canonical.as_deref()))
                .collect()
        })
        .collect();
    // What a large share of the documents name ("Europe" in a stock sentence, the country a
    // corpus is about) tells nothing about who is who: it is no context.
    let mut df: HashMap<u64, u32> = HashMap::default();
    let mut once: Vec<u64> = Vec::new();
    for list in &items {
        once.clear();
        once.extend_from_slice(list);
        once.sort_unstable();
        once.dedup();
        for &x in &once {
            *df.entry(x).or_default() += 1;
        }
    }
    let common = (analyses.len() / CONTEXT_SHARE).max(CONTEXT_FLOOR) as u32;
    for list in &mut items {
        for x in list.iter_mut() {
            if df[x] > common {
                *x = NO_CONTEXT;
            }
        }
    }
    Census {
        kinds,
        spelling_docs,
        person_words,
        items,
        df,
        documents: analyses.len(),
    }
}

impl Census {
    /// What document `d` names beside its entity `i`: the context items of its other
    /// entities, without the entity's own (a relative with its surname says nothing of it).
    fn context(&self, d: usize, i: usize) -> impl Iterator<Item = u64> + '_ {
        let items = &self.items[d];
        items
            .iter()
            .enumerate()
            .filter(move |&(j, &x)| j != i && x != items[i] && x != NO_CONTEXT)
            .map(|(_, &x)| x)
    }

    /// How unlikely it is that the items `a` and `b` share are shared by chance, as -log10 of
    /// a probability: the sum, over the shared items, of -log10 of the chance that one of the
    /// smaller side's documents names the item, were the item's documents drawn at random
    /// (its share of the corpus times those documents). A country that many reports name is
    /// worth little; the other people of one event, named in a few reports, much. (The corpus
    /// counts as at least `CONTEXT_SHARE * CONTEXT_FLOOR` documents: an item named in at most
    /// `CONTEXT_FLOOR` documents is context however small the corpus, as in [`census`].)
    fn surprise(&self, a: &Seen, b: &Seen) -> f64 {
        let (short, long) = if a.items.len() <= b.items.len() { (a, b) } else { (b, a) };
        let docs = a.docs.len().min(b.docs.len()) as f64;
        let corpus = self.documents.max(CONTEXT_SHARE * CONTEXT_FLOOR) as f64;
        short
            .items
            .iter()
            .filter(|x| long.items.binary_search(x).is_ok())
            .map(|x| {
                let df = self.df.get(x).copied().unwrap_or(1) as f64;
                -(docs * df / corpus).min(1.0).log10()
            })
            .sum()
    }

    /// See [`typos_credible`], for names of persons (other kinds are not counted): here a
    /// word's count is the number of (document, spelling) pairs that write it in a person's name.
    fn typos_credible(&self, kind: EntityKind, c: &Comparison) -> bool {
        kind != EntityKind::Person || typos_credible(c, |w| self.person_words.get(w).copied().unwrap_or(0))
    }
}

/// An indexed spelling's graph entity, the entity's kind, and whether the spelling is one word.
type Owner = (usize, EntityKind, bool);

/// Where a person placed by its full names was read: its documents (ascending) and what they
/// name beside it (see [`context_item`]).
#[derive(Default)]
struct Seen {
    docs: Vec<u32>,
    items: Vec<u64>,
}

/// The entity `g` stands in now (entities joined after their spellings were indexed point
/// to the one that took them in).
fn root(parent: &mut [usize], mut g: usize) -> usize {
    while parent[g] != g {
        parent[g] = parent[parent[g]];
        g = parent[g];
    }
    g
}

/// Whether two ascending lists share a value (the shorter is looked up in the longer, so a
/// person named in thousands of documents costs a few steps per check).
fn meets<T: Ord>(a: &[T], b: &[T]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.iter().any(|x| long.binary_search(x).is_ok())
}

/// A match of full names that the names alone cannot settle, so the full-name pass does not
/// join it and [`join_by_context`] does when the documents agree:
/// - a word is a slip of another ("Langton" for "Langston"): a slip of one person and a rare
///   namesake look the same;
/// - two surnames of the built-in surname list are read as romanisations of one name
///   ("Seiler", "Sayler"; "Regan", "Reagan"): each is a family name of its own, and the
///   cross-romanisation key, made for Slavic names, joins them;
/// - the same holds for two given names of the lists ("Terese", "Theressa"; "Sheila",
///   "Shella"); variants of one name in the given-name table are no transliteration.
fn needs_context(c: &Comparison, lex: &Lexicon) -> bool {
    c.reasons.iter().any(|r| match r {
        Reason::Typo(..) => true,
        Reason::Transliteration(a, b) => {
            lex.is_surname(a) && lex.is_surname(b) || lex.is_given_name(a) && lex.is_given_name(b)
        }
        _ => false,
    })
}

/// A match that needs a word to be a transliteration or a slip of another.
fn leans_on_spelling(c: &Comparison) -> bool {
    c.reasons
        .iter()
        .any(|r| matches!(r, Reason::Typo(..) | Reason::Transliteration(..)))
}

/// Joins the persons that the full-name pass kept apart because their names matched only in
/// a way the names cannot settle (`deferred`: an entity and a spelling of another it so
/// matched, see [`needs_context`]). They are one person when their names still match, no
/// document names both (a document that names both tells two people), and the documents of
/// each name someone or something in common besides them that chance would not explain (see
/// [`Census::surprise`]): the other people of an event, its place, a body. A namesake a
/// letter away is named among other people and places; a slip comes from a report of a
/// happening the person's other reports tell too.
fn join_by_context(
    ents: &mut [GEntity],
    parent: &mut [usize],
    seen: &mut [Seen],
    deferred: &[(usize, NameId)],
    owner: &[Owner],
    census: &Census,
) {
    for s in seen.iter_mut() {
        s.items.sort_unstable();
        s.items.dedup();
    }
    for &(g, t) in deferred {
        let (a, b) = (root(parent, g), root(parent, owner[t as usize].0));
        if a == b {
            continue;
        }
        let c = compare_prepared(&ents[a].prepared, &ents[b].prepared);
        if c.verdict != Verdict::Same
            || !c.is_match()
            || !census.typos_credible(EntityKind::Person, &c)
            || meets(&seen[a].docs, &seen[b].docs)
        {
            continue;
        }
        if census.surprise(&seen[a], &seen[b]) < CONTEXT_SURPRISE {
            continue;
        }
        let (keep, gone) = (a.min(b), a.max(b));
        parent[gone] = keep;
        let from = std::mem::take(&mut seen[gone]);
        let into = &mut seen[keep];
        into.docs.extend(from.docs);
        into.docs.sort_unstable();
        into.items.extend(from.items);
        into.items.sort_unstable();
        into.items.dedup();
        let from = &mut ents[gone];
        let (aliases, mentions, name) = (
            std::mem::take(&mut from.aliases),
            std::mem::take(&mut from.mentions),
            std::mem::take(&mut from.name),
        );
        let (rank, prepared) = (from.name_rank, Arc::clone(&from.prepared));
        let e = &mut ents[keep];
        e.aliases.extend(aliases);
        e.mentions.extend(mentions);
        if rank > e.name_rank {
            e.name = name;
            e.name_rank = rank;
            e.prepared = prepared;
        }
    }
}

/// Maps each document entity to a graph entity.
fn merge_entities<'a>(analyses: &'a [Analysis], ids: &[Arc<str>]) -> (Vec<GEntity>, Vec<Vec<usize>>) {
    let mut ents: Vec<GEntity> = Vec::new();
    let mut map: Vec<Vec<usize>> = analyses.iter().map(|a| vec![usize::MAX; a.entities.len()]).collect();
    let mut by_canonical: HashMap<(EntityKind, String), usize> = HashMap::default();
    // Per name kind: the index of spellings, and each spelling's owner.
    let mut indexes: HashMap<NameKind, (NameIndex, Vec<Owner>)> = HashMap::default();
    let mut resolved: HashMap<(EntityKind, bool, &str), usize> = HashMap::default();
    // Persons by the hyphenated surname that ends their full name (folded).
    let mut by_tail: HashMap<String, Vec<usize>> = HashMap::default();
    // Full names first (in every document), then single words.
    let census = census(analyses);
    let lex = Lexicon::builtin();
    // Every spelling the merge compares or indexes, prepared once, on all cores (from each
    // thread's memo where the document analysis prepared it already).
    // (Repeats removed through a hash set: sorting the millions of spellings a large corpus
    // writes cost more than preparing the distinct ones.)
    let mut spellings: rustc_hash::FxHashSet<(&str, NameKind)> = Default::default();
    for (d, a) in analyses.iter().enumerate() {
        for (e, &ek) in a.entities.iter().zip(&census.kinds[d]) {
            let nk = ek.name_kind();
            spellings.insert((e.name.as_str(), nk));
            if e.canonical.is_none() {
                spellings.extend(e.aliases.iter().map(|s| (s.as_str(), nk)));
            }
        }
    }
    // (With whether the spelling is in the index yet: most are written again and again.)
    let prepared: HashMap<(&str, NameKind), (Prepared, std::cell::Cell<bool>)> = spellings
        .into_par_iter()
        .map(|(s, nk)| ((s, nk), (Prepared::once(s, nk), std::cell::Cell::new(false))))
        .collect();
    let ready = |s: &'a str, nk: NameKind| &prepared[&(s, nk)].0;
    let voted = &census.kinds;
    let mut order: Vec<(bool, usize, usize)> = Vec::new();
    for (d, a) in analyses.iter().enumerate() {
        for (i, e) in a.entities.iter().enumerate() {
            let ek = voted[d][i];
            let single = e.canonical.is_none() && !e.name.contains(char::is_whitespace) && ek == EntityKind::Person;
            order.push((single, d, i));
        }
    }
    order.sort();
    // The documents that name someone as another's kin (most name no one so).
    let kin_docs: Vec<bool> = analyses.iter().map(|a| a.entities.iter().any(|e| e.kin)).collect();
    // Persons joined by `join_by_context` point to the entity that took them in.
    let mut parent: Vec<usize> = Vec::new();
    let mut seen: Vec<Seen> = Vec::new();
    // Matches left to `join_by_context`: (entity, spelling of another it matched).
    let mut deferred: Vec<(usize, NameId)> = Vec::new();
    let mut unsettled: Vec<NameId> = Vec::new();
    let first_single = order.partition_point(|o| !o.0);
    let placed = order.len();
    for (n, (single, d, i)) in order.into_iter().enumerate() {
        if n == first_single {
            let owner = indexes.get(&NameKind::Person).map_or(&[][..], |x| &x.1);
            join_by_context(&mut ents, &mut parent, &mut seen, &deferred, owner, &census);
        }
        let e = &analyses[d].entities[i];
        let ek = voted[d][i];
        let memo_key = (ek, single, e.name.as_str());
        let mut remember = true;
        // A document that names a person as another's kin ("Peter Pernell, a relative") tells
        // two people under two full names, however alike: the graph persons of the document's
        // others so named, placed already, are not this one's (a decision of the document, not
        // of the spelling).
        let others = &analyses[d].entities;
        let apart: Vec<usize> = if kin_docs[d] && ek == EntityKind::Person && !single && e.canonical.is_none() {
            (0..others.len())
                .filter(|&j| j != i && (e.kin || others[j].kin) && map[d][j] != usize::MAX)
                .filter(|&j| others[j].name != e.name)
                .map(|j| root(&mut parent, map[d][j]))
                .collect()
        } else {
            Vec::new()
        };
        // (Lexicon entities go by their canonical name, never through the memo.)
        let memo = match e.canonical {
            None => resolved.get(&memo_key).map(|&g| root(&mut parent, g)),
            Some(_) => None,
        };
        let g = if let Some(c) = &e.canonical {
            by_canonical.get(&(ek, c.clone())).copied()
        } else if let Some(g) = memo.filter(|g| !apart.contains(g)) {
            // A spelling resolved before goes where it went: every full name is placed before
            // any single word, so the candidates it met then are the ones it would meet now
            // (and one surname in many documents stays one entity).
            Some(g)
        } else {
            remember = memo.is_none();
            let nk = ek.name_kind();
            let (idx, owner) = indexes.entry(nk).or_insert_with(|| (NameIndex::new(nk), Vec::new()));
            let q = &*ready(&e.name, nk).name;
            // Matching spellings, best first; each graph entity is checked once against its
            // current best name.
            // (score, entity, whether the match leans on a transliteration or a slip)
            let mut hits: Vec<(f32, usize, bool)> = Vec::new();
            let mut checked: HashMap<(usize, bool), bool> = HashMap::default();
            // (While full names are placed, a full name does not join a name without a given
            // name: a one-word one is turned away below, and one of more words is a full
            // entity, which a partial match does not join.)
            let found = if single {
                idx.candidates_prepared(q)
            } else {
                idx.full_name_candidates(q)
            };
            for id in found {
                // Read from the owner list, not from the entity or the prepared name, which
                // lie all over memory (most candidates stop here).
                let (g, kind, one_word) = owner[id as usize];
                if kind != ek {
                    continue;
                }
                // While full names are placed every entity is a full one, which a full name
                // never joins through a partial match: a one-word spelling cannot match.
                if !single && one_word {
                    continue;
                }
                // (Names of as many words that cannot be one are passed over unread.)
                if !may_be_same(q, idx.prepared(id)) {
                    continue;
                }
                let g = root(&mut parent, g);
                if apart.contains(&g) {
                    remember = false;
                    continue;
                }
                let c = compare_prepared(q, idx.prepared(id));
                if !c.is_match() || !census.typos_credible(ek, &c) {
                    continue;
                }
                // A match the names cannot settle waits for `join_by_context`.
                if !single && ek == EntityKind::Person && needs_context(&c, lex) {
                    unsettled.push(id);
                    continue;
                }
                let ok = *checked
                    .entry((g, c.verdict == Verdict::Same))
                    .or_insert_with(|| match c.verdict {
                        Verdict::Same => {
                            let c = compare_prepared(q, &ents[g].prepared);
                            c.is_match() && census.typos_credible(ek, &c)
                        }
                        Verdict::Partial => single || !ents[g].full,
                        Verdict::Possible | Verdict::Different => false,
                    });
                if ok {
                    hits.push((c.score, g, single && leans_on_spelling(&c)));
                }
            }
            hits.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            let mut cands: Vec<usize> = Vec::new();
            for &(_, g, _) in &hits {
                if !cands.contains(&g) {
                    cands.push(g);
                }
            }
            if single {
                // A surname alone joins the one compatible person, or an equal single name.
                let mut fulls: Vec<usize> = cands.iter().copied().filter(|&g| ents[g].full).collect();
                // The persons the document itself names as someone's kin ("he was reunited
                // with his wife, Evgenia X"): full names are all placed by now.
                let mut kin_here = || -> Vec<usize> {
                    (0..others.len())
                        .filter(|&j| kin_docs[d] && others[j].kin && map[d][j] != usize::MAX)
                        .map(|j| root(&mut parent, map[d][j]))
                        .collect()
                };
                if fulls.is_empty() && e.name.contains('-') {
                    // A hyphenated surname alone ("Kara-Murza"), which the matcher reads as a
                    // given name and a surname: the persons whose full names end in it, but
                    // not the document's own kin, whom the document kept apart from it.
                    let kin = kin_here();
                    fulls = by_tail
                        .get(&fold(&e.name))
                        .into_iter()
                        .flatten()
                        .map(|&g| root(&mut parent, g))
                        .filter(|g| !kin.contains(g))
                        .collect();
                    fulls.sort_unstable();
                    fulls.dedup();
                    remember &= kin.is_empty();
                } else if fulls.len() > 1 && kin_docs[d] {
                    // Among several, the document's own kin leave the bare surname to the
                    // others, as within the document.
                    let kin = kin_here();
                    let rest: Vec<usize> = fulls.iter().copied().filter(|g| !kin.contains(g)).collect();
                    if !rest.is_empty() && rest.len() < fulls.len() {
                        // (The document's decision, not the spelling's.)
                        remember = false;
                        fulls = rest;
                    }
                }
                match fulls[..] {
                    [g] if hits.iter().any(|&(_, h, _)| h == g) && hits.iter().all(|&(_, h, weak)| h != g || weak) => {
                        // A lone word written otherwise than the person's surname ("Gmail",
                        // Bill Gammell's key) stands for the person only where the document
                        // names something the person's documents name too. The decision is
                        // the document's own, not remembered for the spelling.
                        remember = false;
                        let mut here: Vec<u64> = census.context(d, i).collect();
                        here.sort_unstable();
                        if meets(&here, &seen[g].items) {
                            Some(g)
                        } else {
                            cands.iter().copied().find(|&c| !ents[c].full)
                        }
                    }
                    [g] => Some(g),
                    [] => cands.first().copied(),
                    _ => None,
                }
            } else {
                cands.first().copied()
            }
        };
        let g = match g {
            Some(g) => g,
            None => {
                ents.push(GEntity {
                    kind: ek,
                    name: e.name.clone(),
                    aliases: BTreeSet::new(),
                    mentions: Vec::new(),
                    attributes: BTreeMap::new(),
                    full: !single,
                    name_rank: (false, 0, 0),
                    prepared: Arc::clone(&ready(&e.name, ek.name_kind()).name),
                });
                parent.push(ents.len() - 1);
                seen.push(Seen::default());
                if let Some(c) = &e.canonical {
                    by_canonical.insert((ek, c.clone()), ents.len() - 1);
                }
                ents.len() - 1
            }
        };
        map[d][i] = g;
        if ek == EntityKind::Person
            && !single
            && let Some((_, tail)) = e.name.rsplit_once(char::is_whitespace)
            && tail.contains('-')
        {
            let list = by_tail.entry(fold(tail)).or_default();
            if !list.contains(&g) {
                list.push(g);
            }
        }
        if e.canonical.is_none() && remember {
            resolved.insert(memo_key, g);
        }
        deferred.extend(unsettled.drain(..).map(|t| (g, t)));
        if ek == EntityKind::Person && !single {
            let s = &mut seen[g];
            if s.docs.last() != Some(&(d as u32)) {
                s.docs.push(d as u32);
            }
            s.items.extend(census.context(d, i));
        }
        let ge = &mut ents[g];
        // The entity is named by its spelling of two words or more that most documents write,
        // then by the longest, counted in characters (in bytes, any Cyrillic spelling would
        // outweigh its Latin transliteration): a slip (a doubled letter is longer) or a rare
        // transliteration does not name a person written correctly elsewhere.
        let rank = (e.name.contains(' '), census.spelling_docs[d][i], e.name.chars().count());
        if e.canonical.is_none() && !e.inferred_name && rank > ge.name_rank {
            ge.name_rank = rank;
            ge.name = e.name.clone();
            ge.prepared = Arc::clone(&ready(&e.name, ge.kind.name_kind()).name);
        }
        ge.full |= !single;
        // (Most spellings are the entity's already: looked up before they are copied.)
        for alias in &e.aliases {
            if !ge.aliases.contains(alias) {
                ge.aliases.insert(alias.clone());
            }
        }
        if e.inferred_name || e.canonical.is_some() {
            ge.aliases.insert(e.name.clone());
        }
        let a = &analyses[d];
        for &mi in &e.mentions {
            let (start, end) = a.mention_spans[mi];
            ge.mentions.push(Span {
                doc: Arc::clone(&ids[d]),
                start,
                end,
            });
        }
        if e.canonical.is_none() {
            let nk = ek.name_kind();
            let (idx, owner) = indexes.entry(nk).or_insert_with(|| (NameIndex::new(nk), Vec::new()));
            for alias in e.aliases.iter().chain(std::iter::once(&e.name)) {
                let (ready, indexed) = &prepared[&(alias.as_str(), nk)];
                if indexed.replace(true) {
                    continue;
                }
                let id = idx.insert_prepared(alias, ready) as usize;
                if id == owner.len() {
                    let one_word = idx.prepared(id as NameId).person().is_some_and(|p| p.tokens.len() == 1);
                    owner.push((g, ek, one_word));
                }
            }
        }
    }
    if first_single == placed {
        let owner = indexes.get(&NameKind::Person).map_or(&[][..], |x| &x.1);
        join_by_context(&mut ents, &mut parent, &mut seen, &deferred, owner, &census);
    }
    // Entities taken in by another are dropped; each document entity goes where its went.
    let mut new_id = vec![usize::MAX; ents.len()];
    let mut kept: Vec<GEntity> = Vec::with_capacity(ents.len());
    for (g, e) in ents.into_iter().enumerate() {
        if parent[g] == g {
            new_id[g] = kept.len();
            kept.push(e);
        }
    }
    let mut ents = kept;
    for g in map.iter_mut().flatten() {
        *g = new_id[root(&mut parent, *g)];
    }
    for (d, a) in analyses.iter().enumerate() {
        for at in &a.attributes {
            let g = map[d][at.entity];
            ents[g].attributes.entry(at.name.clone()).or_default().push(Claim {
                value: at.value.clone(),
                source: Span {
                    doc: Arc::clone(&ids[d]),
                    start: at.span.0,
                    end: at.span.1,
                },
            });
        }
    }
    (ents, map)
}

fn resolve_date(ev: &DocEvent, reference: Option<Date>) -> (Option<Date>, u8) {
    if let Some(expr) = ev.date_expr
        && let Some(d) = expr.resolve(reference)
    {
        return (Some(d), if expr.is_relative() { 2 } else { 3 });
    }
    if (ev.kind.is_current() || ev.current) && !ev.caption && ev.date_expr.is_none_or(|e| e.is_relative()) {
        return (reference, 1);
    }
    (None, 0)
}

/// Every date, at any precision, that [`dates_compatible`] may accept with `d`, in two
/// lists: those compatible as dates (for a day: itself, its month, its year; for a month: its
/// days; for a year: its months and days), and the other days of a week either side, New Year
/// included, which only count when one side's date stands in for an undated event.
fn compatible_dates(d: Date) -> (Vec<Date>, Vec<Date>) {
    let year = Date::y(d.year);
    match (d.month, d.day) {
        (Some(m), Some(_)) => {
            let mut out = vec![year, d];
            out.extend(Date::ym(d.year, m));
            let day0 = d.days();
            let week = (day0 - 7..=day0 + 7)
                .filter(|&x| x != day0)
                .map(Date::from_days)
                .collect();
            (out, week)
        }
        (Some(m), None) => (
            std::iter::once(year)
                .chain(Date::ym(d.year, m))
                .chain((1..=31).filter_map(|day| Date::ymd(d.year, m, day)))
                .collect(),
            Vec::new(),
        ),
        _ => (
            std::iter::once(year)
                .chain((1..=12).filter_map(|m| Date::ym(d.year, m)))
                .chain((1..=12).flat_map(|m| (1..=31).filter_map(move |day| Date::ymd(d.year, m, day))))
                .collect(),
            Vec::new(),
        ),
    }
}

/// Dated events by a key (their kind, or kind and place) and current date, with
/// those whose date stands in for an undated event (rank 1) listed again apart: a day a
/// week away is only looked up there, unless the new report's own date is a stand-in. An event whose date changes is listed under
/// its new date too; a stale entry costs a check, never a merge.
struct DateIndex<K> {
    all: HashMap<(K, Option<Date>), Vec<usize>>,
    stand_in: HashMap<(K, Option<Date>), Vec<usize>>,
}

impl<K> Default for DateIndex<K> {
    fn default() -> Self {
        DateIndex {
            all: HashMap::default(),
            stand_in: HashMap::default(),
        }
    }
}

impl<K: std::hash::Hash + Eq + Copy> DateIndex<K> {
    fn add(&mut self, kind: K, date: Option<Date>, rank: u8, i: usize) {
        // (Undated events are found through their entities and documents instead.)
        if date.is_none() {
            return;
        }
        insert_sorted(self.all.entry((kind, date)).or_default(), i);
        if rank == 1 {
            insert_sorted(self.stand_in.entry((kind, date)).or_default(), i);
        }
    }

    /// Lowers `best` to the lowest event listed under a date compatible with `date` that
    /// `fits`, reading each list only up to its first fit or to `best`.
    fn first_fit(&self, kind: K, date: Date, rank: u8, best: &mut Option<usize>, fits: &mut impl FnMut(usize) -> bool) {
        let (same, week) = compatible_dates(date);
        let near = if rank == 1 { &self.all } else { &self.stand_in };
        let lists = same
            .into_iter()
            .filter_map(|x| self.all.get(&(kind, Some(x))))
            .chain(week.into_iter().filter_map(|x| near.get(&(kind, Some(x)))));
        for list in lists {
            first_fit_in(list, best, fits);
        }
    }
}

/// Lowers `best` to the first event of an ascending list that `fits`, reading it only up to
/// that event or to `best`.
fn first_fit_in(list: &[usize], best: &mut Option<usize>, fits: &mut impl FnMut(usize) -> bool) {
    for &i in list {
        if best.is_some_and(|b| i >= b) {
            break;
        }
        if fits(i) {
            *best = Some(i);
            break;
        }
    }
}

/// Lists event `i` at `date` under each of its places, or among the events placed nowhere.
fn list_by_place(
    by_place: &mut DateIndex<(EventKind, usize)>,
    unplaced: &mut DateIndex<EventKind>,
    kind: EventKind,
    places: &[usize],
    date: Option<Date>,
    rank: u8,
    i: usize,
) {
    if places.is_empty() {
        unplaced.add(kind, date, rank, i);
    }
    for &p in places {
        by_place.add((kind, p), date, rank, i);
    }
}

/// Adds `i` to an ascending list of event ids, once (an event listed again under a date it
/// gains is usually older than the list's last).
fn insert_sorted(list: &mut Vec<usize>, i: usize) {
    match list.last() {
        Some(&last) if last >= i => {
            if let Err(at) = list.binary_search(&i) {
                list.insert(at, i);
            }
        }
        _ => list.push(i),
    }
}

fn dates_compatible(a: Option<Date>, ra: u8, b: Option<Date>, rb: u8) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            if x.compatible(&y) {
                return true;
            }
            // A report's own publication date stands in for an undated event: a week's slack.
            (ra == 1 || rb == 1) && x.is_day() && y.is_day() && x.days().abs_diff(y.days()) <= 7
        }
        _ => true,
    }
}

fn key_entities(ev: &GEvent) -> BTreeSet<usize> {
    key_roles(ev).collect()
}

/// The entities in `role` of an event, read from their range of the role map (an event
/// reported thousands of times has thousands of roles; a check reads only the ones it asks).
fn in_role(ev: &GEvent, role: Role) -> impl Iterator<Item = usize> + '_ {
    ev.roles.range((role, 0)..=(role, usize::MAX)).map(|(&(_, e), _)| e)
}

/// The places an event is located in.
fn places(ev: &GEvent) -> impl Iterator<Item = usize> + '_ {
    in_role(ev, Role::Location)
}

/// The roles of the people an event happens to.
const KEY_ROLES: [Role; 4] = [Role::Released, Role::Participant, Role::Recipient, Role::Patient];

/// The people an event happens to (with repeats), without collecting them, in the order
/// of the role map.
fn key_roles(ev: &GEvent) -> impl Iterator<Item = usize> + '_ {
    KEY_ROLES.into_iter().flat_map(|r| in_role(ev, r))
}

/// True when `items` is empty or one of them is `wanted`: an event that names nobody (or
/// no place) can be anyone's, one that names some must share one.
fn none_or_any<T>(items: impl Iterator<Item = T>, wanted: impl FnMut(T) -> bool) -> bool {
    let mut items = items.peekable();
    items.peek().is_none() || items.any(wanted)
}

/// Whether report `b` (whose key entities are `kb`) may join event `a`. `sides` are the
/// entities that `b`'s document names in a key role of any of its events of `b`'s kind
/// (ascending); `named` the persons it names (ascending).
fn mergeable(a: &GEvent, b: &GEvent, kb: &BTreeSet<usize>, sides: &[usize], named: &[usize], person: &[bool]) -> bool {
    if a.kind != b.kind || !dates_compatible(a.date, a.date_rank, b.date, b.date_rank) {
        return false;
    }
    // (Documents are merged in turn: an event this report's document reported has its last
    // report from it.)
    let same_doc = a.reports.last().map(|r| r.0) == b.reports.first().map(|r| r.0);
    // One article's release and the other side of the exchange it goes on to tell are two.
    if a.counter != b.counter && same_doc {
        return false;
    }
    // An event with people or bodies in it joins a document that names some of its kind's
    // sides only if it names one of the event's: two talks on one day, or in one year,
    // between other sides are two talks. (The document as a whole, not the report: "the
    // talks were productive" names nobody, and one report of talks may name a side its
    // article's other reports leave out.)
    if a.kind.has_sides()
        && !sides.is_empty()
        && !none_or_any(a.roles.keys().filter(|(r, _)| r.is_key()), |(_, e)| {
            sides.binary_search(e).is_ok()
        })
    {
        return false;
    }
    // Undated talks in another document, between two sides or more, are other talks unless
    // two sides are the same ("talks between India and Pakistan" are not "the US and India
    // will start negotiations").
    if a.kind == EventKind::Talks
        && (a.date.is_none() || b.date.is_none())
        && !same_doc
        && kb.len() >= 2
        && key_roles(a).count() >= 2
        && key_roles(a).filter(|e| kb.contains(e)).count() < 2
    {
        return false;
    }
    // Talks between two people or more on each side, none of them the same, are two
    // meetings ("Rubio and Lavrov met in Riyadh … Zelenskiy, after meeting Erdogan in
    // Ankara"); countries aside, which one report names and another leaves out.
    let people = |e: &usize| person.get(*e).copied().unwrap_or(false);
    if a.kind == EventKind::Talks
        && kb.iter().filter(|e| people(e)).count() >= 2
        && key_roles(a).filter(people).count() >= 2
        && !key_roles(a).any(|e| people(&e) && kb.contains(&e))
    {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.subject_word, &b.subject_word)
        && x != y
    {
        return false;
    }
    // Sanctions imposed or lifted by one party are not another's: when both name who acts,
    // they share one ("Britain sanctioned X the week before" is not the US measure the
    // article opened with; "the US and Britain imposed sanctions" is one with either).
    if matches!(a.kind, EventKind::SanctionsImposed | EventKind::SanctionsLifted)
        && in_role(b, Role::Agent).next().is_some()
        && !none_or_any(in_role(a, Role::Agent), |x| b.roles.contains_key(&(Role::Agent, x)))
    {
        return false;
    }
    // A personal event with its people named on both sides shares one of them; but one
    // article's releases of one day are one release, whoever each sentence names ("X was
    // among those freed"), when the article names every person the event frees.
    // (An undated article's undated releases too: "VILNIUS, June 21 (Reuters)" gives no
    // year, and "Among those released was X" is its one release.)
    let one_release = a.kind == EventKind::Release
        && a.date.is_none_or(|d| d.is_day())
        && a.date == b.date
        && same_doc
        && key_roles(a).all(|e| sides.binary_search(&e).is_ok());
    if a.kind.is_personal() && !kb.is_empty() && !one_release && !none_or_any(key_roles(a), |e| kb.contains(&e)) {
        return false;
    }
    // Talks, protests, elections … held in different places are different events.
    if !a.kind.is_personal()
        && places(b).next().is_some()
        && !none_or_any(places(a), |x| b.roles.contains_key(&(Role::Location, x)))
    {
        return false;
    }
    // Reports in two articles that share no one and no place, only the kind and a month
    // or a year, are two events ("protests since 2021" in Dakar, and the protests of July
    // 2021 that one Cuban opposition leader joined): without a common day, an event with
    // people or places in it joins a report with some only through one of them, or through
    // a person the report's article names.
    let has = |e: usize| Role::ALL.iter().any(|&r| a.roles.contains_key(&(r, e)));
    let exempt = a.kind.is_personal()
        || same_doc
        || a.date == b.date && a.date.is_some_and(|d| d.is_day())
        || a.roles.is_empty()
        || b.roles.is_empty();
    if !exempt && !b.roles.keys().any(|&(_, e)| has(e)) && !named.iter().any(|&e| has(e)) {
        return false;
    }
    // Different counts of the same unit (and no destination) are different events. Sources
    // often disagree on a release's count (123 or 120 prisoners): releases differ only when
    // one count is more than twice the other ("freed 18 prisoners", "freed 168
    // prisoners"). (The report's few counts are the outer loop.)
    let differ = |x: f64, y: f64| {
        if a.kind == EventKind::Release {
            x.max(y) > 2.0 * x.min(y)
        } else {
            x != y
        }
    };
    for (qb, _, _) in b
        .quantities
        .iter()
        .filter(|(q, _, t)| t.is_none() && q.qualifier.is_none())
    {
        for (qa, _, ta) in &a.quantities {
            if qa.unit == qb.unit && ta.is_none() && qa.qualifier.is_none() && differ(qa.value, qb.value) {
                return false;
            }
        }
    }
    true
}

/// Merges the documents' event reports into events. `person` tells, by graph entity, which
/// are persons.
fn merge_events(
    analyses: &[Analysis],
    ids: &[Arc<str>],
    refs: &[Option<Date>],
    map: &[Vec<usize>],
    person: &[bool],
) -> Vec<GEvent> {
    let mut out: Vec<GEvent> = Vec::new();
    let mut by_entity: HashMap<(EventKind, usize), Vec<usize>> = HashMap::default();
    // Events created without key entities, by kind and date. An entry stays when the event
    // later gains people: `mergeable` then refuses it to any event with other people, and
    // one with the same people finds it through `by_entity` as well.
    let mut unkeyed_by_date: DateIndex<EventKind> = DateIndex::default();
    let mut by_date: DateIndex<EventKind> = DateIndex::default();
    // Events that happen somewhere (talks, protests …) by kind, place and date, and those
    // placed nowhere by kind and date: a report with places can only join an event in one
    // of them or in none (see `mergeable`), so it looks there instead of at every event of
    // its kind and dates. An event is listed again when it gains a place or a date.
    let mut by_place_date: DateIndex<(EventKind, usize)> = DateIndex::default();
    let mut unplaced_by_date: DateIndex<EventKind> = DateIndex::default();
    // Events by kind and each entity in any of their roles (ascending), for undated reports:
    // such a report joins only an event that involves one of its own entities or a person
    // its document names, or one its document reported already.
    let mut by_role_entity: HashMap<(EventKind, usize), Vec<usize>> = HashMap::default();
    // The same for events still undated when they gained the entity (an entry stays when the
    // event gains a date: it costs a check, never a wrong merge).
    let mut undated_by_entity: HashMap<(EventKind, usize), Vec<usize>> = HashMap::default();
    let mut named: Vec<usize> = Vec::new();
    let mut touched: Vec<usize> = Vec::new();
    let mut sides: Vec<(EventKind, usize)> = Vec::new();
    let mut kind_sides: Vec<usize> = Vec::new();
    let mut order: Vec<usize> = Vec::new();
    for (d, a) in analyses.iter().enumerate() {
        named.clear();
        named.extend(map[d].iter().copied().filter(|&e| person[e]));
        named.sort_unstable();
        named.dedup();
        touched.clear();
        // The sides its events name, by kind (see `mergeable`).
        sides.clear();
        for ev in &a.events {
            sides.extend(
                ev.roles
                    .iter()
                    .filter(|(r, _)| r.is_key())
                    .map(|&(_, e)| (ev.kind, map[d][e])),
            );
        }
        sides.sort_unstable();
        sides.dedup();
        // Reports that name whom an event happens to go first, so that a report naming no
        // one (a headline "X frees 39 prisoners", "the talks") joins its own document's
        // event before another's of that day.
        order.clear();
        order.extend(0..a.events.len());
        order.sort_by_key(|&k| !a.events[k].roles.iter().any(|(r, _)| KEY_ROLES.contains(r)));
        for &k in &order {
            let ev = &a.events[k];
            let (date, rank) = resolve_date(ev, refs[d]);
            let span = |s: (usize, usize)| Span {
                doc: Arc::clone(&ids[d]),
                start: s.0,
                end: s.1,
            };
            let mut g = GEvent {
                kind: ev.kind,
                date,
                date_rank: rank,
                roles: BTreeMap::new(),
                sources: BTreeSet::from([a.doc.id.clone()]),
                quantities: ev
                    .quantities
                    .iter()
                    .map(|q| (q.clone(), Arc::clone(&ids[d]), q.to_doc.map(|t| map[d][t])))
                    .collect(),
                subject: ev.subject.clone(),
                subject_word: ev
                    .subject
                    .as_deref()
                    .map(|x| fold(x).split(' ').next().unwrap_or("").to_string()),
                triggers: vec![span(ev.trigger)],
                evidence: vec![span(ev.sentence)],
                reports: vec![(d, k)],
                counter: ev.counter,
            };
            for &(r, e) in &ev.roles {
                g.roles.entry((r, map[d][e])).or_default().push(span(ev.sentence));
            }
            // Merge with the first compatible event of the same kind. Candidates come from
            // an index, never from a scan of every event: a personal event (release, arrest,
            // sentence, award) with people in it can only merge with one that shares a person
            // or has nobody in it yet; other kinds meet the events of compatible dates.
            let keys = key_entities(&g);
            // The first (lowest) event that fits. Lists by date are kept in ascending order,
            // so each is read only up to its first fit or to the best found so far; the
            // others (by person, undated) are read in full, one below the best checked.
            let mut best: Option<usize> = None;
            kind_sides.clear();
            kind_sides.extend(sides.iter().filter(|(k, _)| *k == g.kind).map(|&(_, e)| e));
            let mut fits = |i: usize| mergeable(&out[i], &g, &keys, &kind_sides, &named, person);
            // Reads a list of candidates in full, keeping the lowest that fits.
            fn scan(list: &[usize], best: &mut Option<usize>, fits: &mut impl FnMut(usize) -> bool) {
                for &i in list {
                    if best.is_none_or(|b| i < b) && fits(i) {
                        *best = Some(i);
                    }
                }
            }
            // A report whose document names no side of its kind and that names no place
            // ("the outcome of ongoing discussions", "prisoners were freed") says nothing
            // that ties it to another document's event of the day: it joins only what its
            // own document reported (below).
            let blind = g.kind.has_sides() && kind_sides.is_empty() && places(&g).next().is_none();
            // An event this document reported already comes first: one article tells of one
            // release of a day, of one round of talks, not of another article's.
            scan(&touched, &mut best, &mut fits);
            if best.is_some() || blind {
                // (Found, or nothing to look up by person, place or date.)
            } else if g.kind.is_personal() && !keys.is_empty() {
                for e in &keys {
                    scan(
                        by_entity.get(&(g.kind, *e)).map_or(&[], Vec::as_slice),
                        &mut best,
                        &mut fits,
                    );
                }
                if let Some(date) = g.date {
                    unkeyed_by_date.first_fit(g.kind, date, g.date_rank, &mut best, &mut fits);
                }
            } else if let Some(date) = g.date {
                let mut here = places(&g).peekable();
                if !g.kind.is_personal() && here.peek().is_some() {
                    for p in here {
                        by_place_date.first_fit((g.kind, p), date, g.date_rank, &mut best, &mut fits);
                    }
                    unplaced_by_date.first_fit(g.kind, date, g.date_rank, &mut best, &mut fits);
                } else {
                    by_date.first_fit(g.kind, date, g.date_rank, &mut best, &mut fits);
                }
            }
            // Also the first event that involves one of the report's entities or a person its
            // document names: for an undated report any such event, for a dated one such an
            // event still undated. Undated, a report or an event says too little to join one
            // only other documents tell of ("the talks" in an article about something else).
            // The lists by entity are ascending and read up to their first fit.
            if best.is_none() {
                let index = if g.date.is_none() {
                    &by_role_entity
                } else {
                    &undated_by_entity
                };
                for e in g.roles.keys().map(|&(_, e)| e).chain(named.iter().copied()) {
                    first_fit_in(index.get(&(g.kind, e)).map_or(&[], Vec::as_slice), &mut best, &mut fits);
                }
            }
            let target = best;
            let i = target.unwrap_or(out.len());
            // The places and date the event will be listed under, if new to it.
            let new_places: Vec<usize> = match target {
                None => places(&g).collect(),
                Some(t) => places(&g)
                    .filter(|&p| !out[t].roles.contains_key(&(Role::Location, p)))
                    .collect(),
            };
            // (A blind report's own event is no one else's to find: it names nobody.)
            if target.is_none() && !blind {
                by_date.add(g.kind, g.date, g.date_rank, i);
                if keys.is_empty() {
                    unkeyed_by_date.add(g.kind, g.date, g.date_rank, i);
                }
            }
            for e in &keys {
                let list = by_entity.entry((g.kind, *e)).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
            let undated = target.map_or(g.date, |t| out[t].date).is_none();
            for &(_, e) in g.roles.keys() {
                insert_sorted(by_role_entity.entry((g.kind, e)).or_default(), i);
                if undated {
                    insert_sorted(undated_by_entity.entry((g.kind, e)).or_default(), i);
                }
            }
            if !touched.contains(&i) {
                touched.push(i);
            }
            match target {
                Some(i) => {
                    let o = &mut out[i];
                    // A date the text gives (ranks 2 and 3) outranks the article's own day (1)
                    // and none (0). Of two the text gives, the finer ("on Thursday" refines
                    // "the 2024 Sakharov Prize"), then the one stated outright; otherwise the
                    // higher rank, then the finer.
                    let precision =
                        |d: Option<Date>| d.map_or(0, |d| 1 + u8::from(d.month.is_some()) + u8::from(d.is_day()));
                    let (pg, po) = (precision(g.date), precision(o.date));
                    let replace = if g.date_rank >= 2 && o.date_rank >= 2 {
                        pg > po || pg == po && g.date_rank > o.date_rank
                    } else {
                        g.date_rank > o.date_rank || g.date_rank == o.date_rank && pg > po
                    };
                    if replace {
                        if o.date != g.date || o.date_rank != g.date_rank {
                            by_date.add(o.kind, g.date, g.date_rank, i);
                            // Only an event still without people is looked up there (one
                            // with people is found through them); listing every event would
                            // make each report read all the events of its kind and day.
                            if keys.is_empty() && key_roles(o).next().is_none() {
                                unkeyed_by_date.add(o.kind, g.date, g.date_rank, i);
                            }
                            let at: Vec<usize> = places(o).collect();
                            list_by_place(
                                &mut by_place_date,
                                &mut unplaced_by_date,
                                o.kind,
                                &at,
                                g.date,
                                g.date_rank,
                                i,
                            );
                        }
                        o.date = g.date;
                        o.date_rank = g.date_rank;
                    }
                    // Places it gains are listed at its (possibly new) date.
                    for &p in &new_places {
                        by_place_date.add((o.kind, p), o.date, o.date_rank, i);
                    }
                    for (k, v) in g.roles {
                        o.roles.entry(k).or_default().extend(v);
                    }
                    o.sources.extend(g.sources);
                    o.quantities.extend(g.quantities);
                    if o.subject.is_none() {
                        o.subject = g.subject;
                        o.subject_word = g.subject_word;
                    }
                    o.triggers.extend(g.triggers);
                    o.evidence.extend(g.evidence);
                    o.reports.extend(g.reports);
                }
                None => {
                    if !blind {
                        list_by_place(
                            &mut by_place_date,
                            &mut unplaced_by_date,
                            g.kind,
                            &new_places,
                            g.date,
                            g.date_rank,
                            i,
                        );
                    }
                    out.push(g)
                }
            }
        }
    }
    out
}

/// Dates an event that the text dates only to a year ("opened talks this year") by the month
/// of an article that both dates it to that year and tells it as current news (an undated
/// report of a kind that happens at the article's time, see [`EventKind::is_current`], dated
/// by the article's day): the event happened by then, and news tells it within weeks. Of
/// several such articles, the earliest. The year stays what the merge compared.
fn refine_years(events: &mut [GEvent], analyses: &[Analysis], refs: &[Option<Date>]) {
    for g in events {
        let Some(year) = g.date.filter(|d| d.month.is_none() && g.date_rank >= 2) else {
            continue;
        };
        let dated: Vec<(usize, Option<Date>, u8)> = g
            .reports
            .iter()
            .map(|&(d, k)| {
                let (date, rank) = resolve_date(&analyses[d].events[k], refs[d]);
                (d, date, rank)
            })
            .collect();
        let earliest = dated
            .iter()
            .filter(|&&(d, x, rank)| {
                rank == 1
                    && x.is_some_and(|x| x.year == year.year && x.month.is_some())
                    && dated.iter().any(|&(e, y, r)| e == d && r >= 2 && y == Some(year))
            })
            .filter_map(|&(_, x, _)| x)
            .min();
        if let Some(x) = earliest {
            g.date = Some(Date { day: None, ..x });
        }
    }
}

/// Infers the reference date of undated documents from events they share with dated ones:
/// a report of "Saturday's release" dated by another source dates the report's Saturday.
fn infer_references(analyses: &[Analysis], refs: &mut [Option<Date>], events: &[GEvent]) {
    // Each event is read once, through its reports (not every event for every undated
    // document, which grows with the square of the corpus): the first event, in order, dated
    // to the day that a document reports by a weekday dates that document.
    // (An event dated by its reports' own publication day counts too, where the weekday
    // the undated document gives is that day's: "freed on Wednesday" in a story whose
    // dateline has no year, of a release that another story of that Wednesday tells.)
    for g in events
        .iter()
        .filter(|g| g.date_rank >= 1 && g.date.is_some_and(|x| x.is_day()))
    {
        for &(d, k) in &g.reports {
            if let Some(DateExpr::Weekday(w)) = analyses[d].events[k].date_expr
                && refs[d].is_none()
                && (g.date_rank >= 2 || g.date.is_some_and(|x| x.weekday() == w))
            {
                refs[d] = g.date;
            }
        }
    }
}

/// With the environment variable `EVENTGRAPH_TRACE` set, prints to stderr the seconds since
/// the first call, the phase just finished, and the process's current and peak resident
/// memory (Linux `/proc/self/status`; elsewhere only the time). The builder calls it after
/// each phase; programs may call it around their own steps.
pub fn trace(phase: &str) {
    static TRACE: OnceLock<bool> = OnceLock::new();
    static T0: OnceLock<std::time::Instant> = OnceLock::new();
    if !*TRACE.get_or_init(|| std::env::var_os("EVENTGRAPH_TRACE").is_some()) {
        return;
    }
    let t = T0.get_or_init(std::time::Instant::now).elapsed().as_secs_f64();
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    eprintln!(
        "[trace] {t:9.2} s  {phase:<16} rss {:>12}  peak {:>12}",
        field("VmRSS:"),
        field("VmHWM:")
    );
}

/// Merges per-document analyses into one graph.
pub fn merge(mut analyses: Vec<Analysis>) -> KnowledgeGraph {
    // Each document's id once, shared by all its spans.
    let ids: Vec<Arc<str>> = analyses.iter().map(|a| Arc::from(a.doc.id.as_str())).collect();
    let (gents, map) = merge_entities(&analyses, &ids);
    // What only the entity merge reads (names, spellings, mention spans, attributes) is
    // freed before the events are merged: by a rough count of its allocations, about 1.2 of
    // the 2.9 KB a generated document's analysis holds.
    for a in &mut analyses {
        a.entities = Vec::new();
        a.mention_spans = Vec::new();
        a.attributes = Vec::new();
    }
    trace("entities");
    let mut refs: Vec<Option<Date>> = analyses.iter().map(|a| a.reference).collect();
    let person: Vec<bool> = gents.iter().map(|g| g.kind == EntityKind::Person).collect();
    let first = merge_events(&analyses, &ids, &refs, &map, &person);
    trace("events, first pass");
    infer_references(&analyses, &mut refs, &first);
    // (Freed before the second pass, which would otherwise hold both passes' events.)
    drop(first);
    let mut gevents = merge_events(&analyses, &ids, &refs, &map, &person);
    trace("events");
    // An event with nobody in it says nothing that can be checked; but a protest is told by
    // its place and date ("thousands protested in Istanbul on Wednesday").
    gevents.retain(|g| {
        g.roles.keys().any(|(r, _)| r.is_key())
            || g.kind == EventKind::Protest && g.date.is_some() && g.roles.keys().any(|(r, _)| *r == Role::Location)
    });
    refine_years(&mut gevents, &analyses, &refs);

    // Stable ids: entities by kind and name, events by kind, date and first report.
    let mut eorder: Vec<usize> = (0..gents.len()).collect();
    eorder.sort_by(|&a, &b| {
        (gents[a].kind, &gents[a].name, &gents[a].mentions.first()).cmp(&(
            gents[b].kind,
            &gents[b].name,
            &gents[b].mentions.first(),
        ))
    });
    let mut eid = vec![String::new(); gents.len()];
    for (n, &g) in eorder.iter().enumerate() {
        eid[g] = format!("e{}", n + 1);
    }
    gevents.sort_by(|a, b| (a.kind, a.date, &a.triggers[0]).cmp(&(b.kind, b.date, &b.triggers[0])));

    let docs: Vec<DocumentInfo> = analyses
        .iter()
        .enumerate()
        .map(|(d, a)| DocumentInfo {
            id: a.doc.id.clone(),
            title: a.doc.title.clone(),
            published: a.doc.published,
            reference_date: refs[d],
            bytes: a.doc.text.len(),
        })
        .collect();
    // The texts move into the graph (for quotes); they are not copied.
    let texts = analyses
        .iter_mut()
        .map(|a| (a.doc.id.clone(), std::mem::take(&mut a.doc.text)))
        .collect();
    // Which graph event each document event became.
    let mut event_of: HashMap<(usize, usize), usize> = HashMap::default();
    for (n, g) in gevents.iter().enumerate() {
        for &r in &g.reports {
            event_of.insert(r, n);
        }
    }
    // Event links, one edge per (event, kind, event) with every report's evidence.
    let mut links: BTreeMap<(usize, EventLink, usize), Vec<Span>> = BTreeMap::new();
    for (d, a) in analyses.iter().enumerate() {
        for l in &a.links {
            if let (Some(&f), Some(&t)) = (event_of.get(&(d, l.from)), event_of.get(&(d, l.to)))
                && f != t
            {
                links.entry((f, l.kind, t)).or_default().push(Span {
                    doc: Arc::clone(&ids[d]),
                    start: l.span.0,
                    end: l.span.1,
                });
            }
        }
    }
    // Relations, one edge per (source, kind, target) with all its evidence.
    let mut rels: BTreeMap<(usize, RelationKind, usize), Vec<Span>> = BTreeMap::new();
    for (d, a) in analyses.iter().enumerate() {
        for r in &a.relations {
            let (s, t) = (map[d][r.source], map[d][r.target]);
            let Some(kind) = RelationKind::parse(r.kind) else {
                continue;
            };
            if s == t {
                continue;
            }
            rels.entry((s, kind, t)).or_default().push(Span {
                doc: Arc::clone(&ids[d]),
                start: r.span.0,
                end: r.span.1,
            });
        }
    }
    // The envoy of a head of state is the state's envoy: "X, an envoy of President Y" with
    // "Y leads Z" stated anywhere makes X an envoy of Z (on the envoy's evidence).
    let of_leaders: Vec<((usize, RelationKind, usize), Vec<Span>)> = rels
        .iter()
        .filter(|((_, k, p), _)| *k == RelationKind::EnvoyOf && gents[*p].kind == EntityKind::Person)
        .flat_map(|(&(x, _, p), spans)| {
            rels.range((p, RelationKind::LeaderOf, 0)..=(p, RelationKind::LeaderOf, usize::MAX))
                .filter(|((_, _, c), _)| gents[*c].kind == EntityKind::Country)
                .map(move |(&(_, _, c), _)| ((x, RelationKind::EnvoyOf, c), spans.clone()))
        })
        .collect();
    for (key, spans) in of_leaders {
        if key.0 != key.2 {
            rels.entry(key).or_insert(spans);
        }
    }
    // All the rest is in the merged entities and events: the analyses (and the maps from
    // them) go before the graph is built beside them.
    drop((analyses, map, event_of));
    let mut kg = KnowledgeGraph::new(docs, texts);
    let mut node = vec![None; gents.len()];
    let mut gents = gents;
    for &g in &eorder {
        let e = &mut gents[g];
        e.mentions.sort();
        e.mentions.dedup();
        let ent = Entity {
            id: eid[g].clone(),
            kind: e.kind,
            name: e.name.clone(),
            aliases: std::mem::take(&mut e.aliases),
            mentions: std::mem::take(&mut e.mentions),
            attributes: std::mem::take(&mut e.attributes),
        };
        node[g] = Some(kg.add_node(Node::Entity(ent)));
    }
    let mut event_nodes = Vec::with_capacity(gevents.len());
    for (n, g) in gevents.into_iter().enumerate() {
        let mut quantities: Vec<EventQuantity> = g
            .quantities
            .iter()
            .map(|(q, doc, to)| EventQuantity {
                value: q.value,
                unit: q.unit.clone(),
                qualifier: q.qualifier.clone(),
                to: to.map(|t| eid[t].clone()),
                source: Span {
                    doc: Arc::clone(doc),
                    start: q.span.0,
                    end: q.span.1,
                },
            })
            .collect();
        quantities.sort_by(|a, b| (&a.source, &a.unit).cmp(&(&b.source, &b.unit)));
        // One document that gives a figure twice (headline and lead: "frees 123 prisoners",
        // "has released 123 prisoners") gives it once, at its first span.
        let mut seen = std::collections::HashSet::new();
        quantities.retain(|q| {
            seen.insert((
                Arc::clone(&q.source.doc),
                q.value.to_bits(),
                q.unit.clone(),
                q.qualifier.clone(),
                q.to.clone(),
            ))
        });
        let ev = Event {
            id: format!("v{}", n + 1),
            kind: g.kind,
            date: g.date,
            sources: g.sources,
            quantities,
            subject: g.subject,
            triggers: g.triggers,
            evidence: g.evidence,
        };
        let v = kg.add_node(Node::Event(ev));
        event_nodes.push(v);
        for ((role, e), spans) in g.roles {
            kg.graph.add_edge(
                v,
                node[e].expect("entity node"),
                Edge::from_evidence(EdgeKind::Role(role), spans),
            );
        }
    }
    for ((f, kind, t), spans) in links {
        kg.graph.add_edge(
            event_nodes[f],
            event_nodes[t],
            Edge::from_evidence(EdgeKind::Link(kind), spans),
        );
    }
    for ((s, kind, t), spans) in rels {
        kg.graph.add_edge(
            node[s].expect("node"),
            node[t].expect("node"),
            Edge::from_evidence(EdgeKind::Relation(kind), spans),
        );
    }
    kg
}

/// Every `.txt` file under `dir`, recursively. Unreadable sub-folders are skipped; an
/// unreadable `dir` itself is an error.
fn collect_txt(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<()> {
    let rd = std::fs::read_dir(dir).map_err(|source| Error::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    for entry in rd.filter_map(|e| e.ok()) {
        let path = entry.path();
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_dir() {
            let _ = collect_txt(&path, out);
        } else if path.extension().is_some_and(|x| x == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair of dates `dates_compatible` accepts is found through `compatible_dates`: the
    /// event index never hides a candidate the full scan would have merged.
    #[test]
    fn the_date_index_finds_every_compatible_date() {
        let start = Date::ymd(2023, 12, 1).map(|d| d.days()).unwrap_or(0);
        let mut dates: Vec<Date> = (start..start + 80).map(Date::from_days).collect();
        for (y, m) in [(2023, 12), (2024, 1), (2024, 2)] {
            dates.extend(Date::ym(y, m));
        }
        dates.extend([Date::y(2023), Date::y(2024)]);
        for &a in &dates {
            for &b in &dates {
                for (ra, rb) in [(1, 1), (1, 3), (3, 1), (3, 3)] {
                    if !dates_compatible(Some(a), ra, Some(b), rb) {
                        continue;
                    }
                    let (same, week) = compatible_dates(b);
                    let found = same.contains(&a) || ((rb == 1 || ra == 1) && week.contains(&a));
                    assert!(
                        found,
                        "{a} (rank {ra}) is compatible with {b} (rank {rb}) but not looked up"
                    );
                }
            }
        }
    }

    /// What two persons' documents share counts by how unlikely chance makes it: a few
    /// rarely named items join, a widely named one does not, and in a small corpus any item
    /// named in a few documents still counts.
    #[test]
    fn shared_context_counts_by_how_rarely_it_is_named() {
        let census = |documents: usize, df: &[(u64, u32)]| Census {
            kinds: Vec::new(),
            spelling_docs: Vec::new(),
            person_words: HashMap::default(),
            items: Vec::new(),
            df: df.iter().copied().collect(),
            documents,
        };
        let seen = |docs: std::ops::Range<u32>, items: &[u64]| Seen {
            docs: docs.collect(),
            items: items.to_vec(),
        };
        // Item 1: the other people of one event (20 of 100,000 documents); item 2: a country
        // in one document in twenty.
        let c = census(100_000, &[(1, 20), (2, 5_000), (3, 5_000)]);
        let slip = seen(0..1, &[1, 2]);
        let person = seen(1..41, &[1, 2, 3]);
        assert!(c.surprise(&slip, &person) >= CONTEXT_SURPRISE);
        // The country alone: one document in twenty names it, whoever is in it.
        let namesake = seen(50..54, &[2, 3]);
        assert!(c.surprise(&namesake, &person) < CONTEXT_SURPRISE);
        // Nothing shared, nothing to go on; the measure is symmetric.
        assert_eq!(c.surprise(&seen(60..61, &[9]), &person), 0.0);
        assert_eq!(c.surprise(&person, &slip), c.surprise(&slip, &person));
        // Five documents: an item that three of them name is still context.
        let small = census(5, &[(1, 3)]);
        assert!(small.surprise(&seen(0..1, &[1]), &seen(1..3, &[1])) >= CONTEXT_SURPRISE);
    }
}
