//! The graph: entities and events as nodes, typed roles and relations as edges, every one
//! with provenance (document and byte span) — a `petgraph::StableGraph` behind the crate's
//! own types.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, OnceLock};

use petgraph::stable_graph::{NodeIndex, StableGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use serde::{Deserialize, Serialize};

pub use crate::events::{EventKind, Role};
pub use crate::lexicon::EntityKind;
use crate::names::{NameIndex, NameKind};
use crate::time::Date;

/// Where something was read: a document and a byte span in it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// Document id (the file stem), shared by every span of the document (a large graph
    /// holds millions of spans).
    pub doc: Arc<str>,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
}

/// A value stated by a source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The value as stated.
    pub value: String,
    /// Where.
    pub source: Span,
}

/// A person, organisation, country, location or prize.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id ("e1", …; sorted by kind and name).
    pub id: String,
    /// Kind.
    pub kind: EntityKind,
    /// Best name.
    pub name: String,
    /// Every surface form seen, transliteration variants included.
    pub aliases: BTreeSet<String>,
    /// Every mention.
    pub mentions: Vec<Span>,
    /// Attributes ("age") with the claims of each source.
    pub attributes: BTreeMap<String, Vec<Claim>>,
}

/// A quantity of an event with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventQuantity {
    /// Value.
    pub value: f64,
    /// Unit.
    pub unit: String,
    /// "more than", "at least" …
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub qualifier: Option<String>,
    /// Destination entity id, for people taken somewhere.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub to: Option<String>,
    /// Where.
    pub source: Span,
}

/// A real-world happening, however many documents report it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id ("v1", …).
    pub id: String,
    /// Kind.
    pub kind: EventKind,
    /// Date at its precision.
    pub date: Option<Date>,
    /// Documents that report it.
    pub sources: BTreeSet<String>,
    /// Quantities, each with its source (sources that disagree are all kept).
    pub quantities: Vec<EventQuantity>,
    /// For awards: the prize.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub subject: Option<String>,
    /// Trigger words, one per report.
    pub triggers: Vec<Span>,
    /// The sentences that report it.
    pub evidence: Vec<Span>,
}

/// Relations between entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// Head of state or government, or of a body.
    LeaderOf,
    /// Envoy or ambassador of a state or person.
    EnvoyOf,
    /// Member, employee or spokesperson of a body.
    MemberOf,
    /// A body based in a country or place.
    BasedIn,
    /// A place inside another.
    LocatedIn,
    /// Brother or sister.
    SiblingOf,
    /// Son or daughter.
    ChildOf,
    /// Father or mother.
    ParentOf,
    /// Husband or wife.
    SpouseOf,
    /// Ally.
    AllyOf,
}

impl RelationKind {
    /// Lower-case name used in exports.
    pub fn as_str(&self) -> &'static str {
        match self {
            RelationKind::LeaderOf => "leader_of",
            RelationKind::EnvoyOf => "envoy_of",
            RelationKind::MemberOf => "member_of",
            RelationKind::BasedIn => "based_in",
            RelationKind::LocatedIn => "located_in",
            RelationKind::SiblingOf => "sibling_of",
            RelationKind::ChildOf => "child_of",
            RelationKind::ParentOf => "parent_of",
            RelationKind::SpouseOf => "spouse_of",
            RelationKind::AllyOf => "ally_of",
        }
    }

    /// Parses the lower-case name.
    pub fn parse(s: &str) -> Option<RelationKind> {
        Some(match s {
            "leader_of" => RelationKind::LeaderOf,
            "envoy_of" => RelationKind::EnvoyOf,
            "member_of" => RelationKind::MemberOf,
            "based_in" => RelationKind::BasedIn,
            "located_in" => RelationKind::LocatedIn,
            "sibling_of" => RelationKind::SiblingOf,
            "child_of" => RelationKind::ChildOf,
            "parent_of" => RelationKind::ParentOf,
            "spouse_of" => RelationKind::SpouseOf,
            "ally_of" => RelationKind::AllyOf,
            _ => return None,
        })
    }
}

/// A node: an entity or an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Node {
    /// An entity.
    Entity(Entity),
    /// An event.
    Event(Event),
}

/// What an edge states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EdgeKind {
    /// Event → entity: the entity's role in the event.
    Role(Role),
    /// Entity → entity.
    Relation(RelationKind),
    /// Event → event: how one event is tied to another ("in exchange for", "after").
    Link(crate::events::EventLink),
}

/// An edge with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// What it states.
    pub kind: EdgeKind,
    /// Where it was read (sentence or phrase spans).
    pub evidence: Vec<Span>,
    /// Documents that support it.
    pub sources: BTreeSet<String>,
}

impl Edge {
    /// An edge whose sources are the documents of its evidence.
    pub fn from_evidence(kind: EdgeKind, evidence: Vec<Span>) -> Edge {
        let docs: BTreeSet<&str> = evidence.iter().map(|s| &*s.doc).collect();
        let sources = docs.into_iter().map(str::to_string).collect();
        Edge {
            kind,
            evidence,
            sources,
        }
    }
}

/// What the graph knows of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Publication date the article states.
    pub published: Option<Date>,
    /// The date the article's relative expressions were resolved against (stated or inferred).
    pub reference_date: Option<Date>,
    /// Number of bytes.
    pub bytes: usize,
}

/// The knowledge graph.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KnowledgeGraph {
    pub(crate) graph: StableGraph<Node, Edge>,
    pub(crate) documents: Vec<DocumentInfo>,
    /// Document texts, for evidence sentences (not serialised: point it at the files).
    #[serde(skip)]
    pub(crate) texts: HashMap<String, String>,
    /// Node of each entity and event id (rebuilt on load).
    #[serde(skip)]
    by_id: HashMap<String, NodeIndex>,
    /// The name indexes behind [`KnowledgeGraph::find_entity`], built on its first call.
    #[serde(skip)]
    names: OnceLock<NameLookup>,
}

/// Entities by name: folded aliases for exact hits, a [`NameIndex`] per kind of name for
/// variants.
#[derive(Debug, Clone, Default)]
struct NameLookup {
    exact: HashMap<String, Vec<NodeIndex>>,
    fuzzy: Vec<(NameIndex, Vec<NodeIndex>)>,
}

impl NameLookup {
    fn new(g: &StableGraph<Node, Edge>) -> NameLookup {
        let mut exact: HashMap<String, Vec<NodeIndex>> = HashMap::new();
        let mut fuzzy: Vec<(NameIndex, Vec<NodeIndex>)> = [NameKind::Person, NameKind::Organisation, NameKind::Other]
            .into_iter()
            .map(|k| (NameIndex::new(k), Vec::new()))
            .collect();
        for n in g.node_indices() {
            let Node::Entity(e) = &g[n] else { continue };
            let slot = match e.kind.name_kind() {
                NameKind::Person => 0,
                NameKind::Organisation => 1,
                _ => 2,
            };
            for a in &e.aliases {
                let list = exact.entry(crate::names::fold(a)).or_default();
                if list.last() != Some(&n) {
                    list.push(n);
                }
                let (idx, owner) = &mut fuzzy[slot];
                let id = idx.insert(a) as usize;
                if id == owner.len() {
                    owner.push(n);
                }
            }
        }
        NameLookup { exact, fuzzy }
    }
}

impl KnowledgeGraph {
    pub(crate) fn new(documents: Vec<DocumentInfo>, texts: HashMap<String, String>) -> KnowledgeGraph {
        KnowledgeGraph {
            graph: StableGraph::new(),
            documents,
            texts,
            by_id: HashMap::new(),
            names: OnceLock::new(),
        }
    }

    /// Adds a node and indexes its id.
    pub(crate) fn add_node(&mut self, node: Node) -> NodeIndex {
        let id = node_id(&node).to_string();
        let n = self.graph.add_node(node);
        self.by_id.insert(id, n);
        self.names = OnceLock::new();
        n
    }

    /// Rebuilds the id index (after deserialising).
    pub(crate) fn reindex(&mut self) {
        self.by_id = self
            .graph
            .node_indices()
            .map(|i| (node_id(&self.graph[i]).to_string(), i))
            .collect();
    }

    /// The underlying petgraph graph (read-only).
    pub fn petgraph(&self) -> &StableGraph<Node, Edge> {
        &self.graph
    }

    /// Documents ingested, in id order.
    pub fn documents(&self) -> &[DocumentInfo] {
        &self.documents
    }

    /// All entities, in id order.
    pub fn entities(&self) -> impl Iterator<Item = &Entity> {
        self.graph.node_weights().filter_map(|n| match n {
            Node::Entity(e) => Some(e),
            _ => None,
        })
    }

    /// All events, in id order.
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        self.graph.node_weights().filter_map(|n| match n {
            Node::Event(e) => Some(e),
            _ => None,
        })
    }

    pub(crate) fn node_of(&self, id: &str) -> Option<NodeIndex> {
        self.by_id.get(id).copied()
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        match self.graph.node_weight(self.node_of(id)?)? {
            Node::Entity(e) => Some(e),
            Node::Event(_) => None,
        }
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        match self.graph.node_weight(self.node_of(id)?)? {
            Node::Event(e) => Some(e),
            Node::Entity(_) => None,
        }
    }

    /// Roles of an event: (role, entity).
    pub fn roles(&self, event_id: &str) -> Vec<(Role, &Entity)> {
        let Some(n) = self.node_of(event_id) else {
            return Vec::new();
        };
        let mut out: Vec<(Role, &Entity)> = self
            .graph
            .edges(n)
            .filter_map(|e| match (e.weight().kind, &self.graph[e.target()]) {
                (EdgeKind::Role(r), Node::Entity(ent)) => Some((r, ent)),
                _ => None,
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.id.cmp(&b.1.id)));
        out
    }

    /// Relations: (source, kind, target, edge).
    pub fn relations(&self) -> Vec<(&Entity, RelationKind, &Entity, &Edge)> {
        let mut out: Vec<_> = self
            .graph
            .edge_references()
            .filter_map(
                |e| match (e.weight().kind, &self.graph[e.source()], &self.graph[e.target()]) {
                    (EdgeKind::Relation(k), Node::Entity(a), Node::Entity(b)) => Some((a, k, b, e.weight())),
                    _ => None,
                },
            )
            .collect();
        out.sort_by(|a, b| (&a.0.id, a.1, &a.2.id).cmp(&(&b.0.id, b.1, &b.2.id)));
        out
    }

    /// Looks up entities by any name variant: exact alias, then the name matcher (any
    /// romanisation or script, a misspelling), best first.
    ///
    /// ```
    /// # let g = eventgraph::GraphBuilder::new().add_text("d", "Title\nPresident Maria Kalesnikava spoke in Paris.")?.build();
    /// let hits = g.find_entity("Мария Колесникова");
    /// assert_eq!(hits[0].name, "Maria Kalesnikava");
    /// # Ok::<(), eventgraph::Error>(())
    /// ```
    pub fn find_entity(&self, name: &str) -> Vec<&Entity> {
        // The indexes are built once, on the first lookup; each lookup after that costs the
        // name's own blocks, not a pass over the graph.
        let names = self.names.get_or_init(|| NameLookup::new(&self.graph));
        let entity = |n: NodeIndex| match &self.graph[n] {
            Node::Entity(e) => Some(e),
            Node::Event(_) => None,
        };
        let folded = crate::names::fold(name);
        if let Some(nodes) = names.exact.get(&folded) {
            let mut exact: Vec<&Entity> = nodes.iter().filter_map(|&n| entity(n)).collect();
            exact.sort_by_key(|e| std::cmp::Reverse(e.mentions.len()));
            return exact;
        }
        let mut out: Vec<(&Entity, f32)> = Vec::new();
        for (idx, owner) in &names.fuzzy {
            for (id, c) in idx.lookup(name) {
                if let Some(e) = entity(owner[id as usize]) {
                    out.push((e, c.score));
                }
            }
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.id.cmp(&b.0.id)));
        let mut seen = BTreeSet::new();
        out.into_iter()
            .filter(|(e, _)| seen.insert(e.id.clone()))
            .map(|(e, _)| e)
            .collect()
    }

    /// The sentence text of an evidence span, when the document's text is at hand.
    pub fn evidence_text(&self, span: &Span) -> Option<&str> {
        self.texts.get(&*span.doc).and_then(|t| t.get(span.start..span.end))
    }
}

/// The id of a node.
pub(crate) fn node_id(n: &Node) -> &str {
    match n {
        Node::Entity(e) => &e.id,
        Node::Event(e) => &e.id,
    }
}
