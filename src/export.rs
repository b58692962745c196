//! Export and persistence: the JSON export that `score_graph.py` reads (deterministic: stable
//! ids, sorted), and a lossless serde save/load of the whole graph.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::graph::{EdgeKind, KnowledgeGraph};

/// Views of the graph in the export's shape, serialised straight to the writer: the export
/// is never built in memory as one JSON value.
mod view {
    use std::collections::{BTreeMap, BTreeSet};

    use serde::{Serialize, Serializer};

    use crate::graph::{Claim, EventQuantity, KnowledgeGraph, Span};

    #[derive(Serialize)]
    pub struct Export<'a> {
        pub documents: Documents<'a>,
        pub entities: Entities<'a>,
        pub events: Events<'a>,
        pub relations: Relations<'a>,
    }

    pub struct Documents<'a>(pub &'a KnowledgeGraph);
    pub struct Entities<'a>(pub &'a KnowledgeGraph);
    pub struct Events<'a>(pub &'a KnowledgeGraph);
    pub struct Relations<'a>(pub &'a KnowledgeGraph);

    #[derive(Serialize)]
    struct Document<'a> {
        id: &'a str,
        published: Option<String>,
        reference_date: Option<String>,
        title: &'a str,
    }

    #[derive(Serialize)]
    struct Entity<'a> {
        aliases: &'a BTreeSet<String>,
        attributes: &'a BTreeMap<String, Vec<Claim>>,
        id: &'a str,
        kind: &'static str,
        mentions: &'a [Span],
        name: &'a str,
    }

    #[derive(Serialize)]
    struct Role<'a> {
        entity: &'a str,
        role: &'static str,
    }

    #[derive(Serialize)]
    struct Link<'a> {
        event: &'a str,
        evidence: &'a [Span],
        kind: &'static str,
        sources: &'a BTreeSet<String>,
    }

    #[derive(Serialize)]
    struct Event<'a> {
        date: Option<String>,
        evidence: &'a [Span],
        id: &'a str,
        kind: &'static str,
        links: Vec<Link<'a>>,
        quantities: &'a [EventQuantity],
        roles: Vec<Role<'a>>,
        sources: &'a BTreeSet<String>,
        subject: &'a Option<String>,
        triggers: &'a [Span],
    }

    #[derive(Serialize)]
    struct Relation<'a> {
        evidence: &'a [Span],
        kind: &'static str,
        source: &'a str,
        sources: &'a BTreeSet<String>,
        target: &'a str,
    }

    impl Serialize for Documents<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(self.0.documents().iter().map(|d| Document {
                id: &d.id,
                published: d.published.map(|p| p.to_string()),
                reference_date: d.reference_date.map(|p| p.to_string()),
                title: &d.title,
            }))
        }
    }

    impl Serialize for Entities<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(self.0.entities().map(|e| Entity {
                aliases: &e.aliases,
                attributes: &e.attributes,
                id: &e.id,
                kind: e.kind.as_str(),
                mentions: &e.mentions,
                name: &e.name,
            }))
        }
    }

    impl Serialize for Events<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let g = self.0;
            s.collect_seq(g.events().map(|v| {
                Event {
                    date: v.date.map(|d| d.to_string()),
                    evidence: &v.evidence,
                    id: &v.id,
                    kind: v.kind.as_str(),
                    links: g
                        .links(&v.id)
                        .into_iter()
                        .map(|(k, other, e)| Link {
                            event: &other.id,
                            evidence: &e.evidence,
                            kind: k.as_str(),
                            sources: &e.sources,
                        })
                        .collect(),
                    quantities: &v.quantities,
                    roles: g
                        .roles(&v.id)
                        .into_iter()
                        .map(|(r, e)| Role {
                            entity: &e.id,
                            role: r.as_str(),
                        })
                        .collect(),
                    sources: &v.sources,
                    subject: &v.subject,
                    triggers: &v.triggers,
                }
            }))
        }
    }

    impl Serialize for Relations<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(self.0.relations().into_iter().map(|(a, k, b, e)| Relation {
                evidence: &e.evidence,
                kind: k.as_str(),
                source: &a.id,
                sources: &e.sources,
                target: &b.id,
            }))
        }
    }
}

impl KnowledgeGraph {
    fn export_view(&self) -> view::Export<'_> {
        view::Export {
            documents: view::Documents(self),
            entities: view::Entities(self),
            events: view::Events(self),
            relations: view::Relations(self),
        }
    }

    /// The JSON export: documents, entities (with aliases and mentions), events (with roles,
    /// quantities, sources, evidence and links) and relations, all sorted by id.
    pub fn to_export_json(&self) -> Value {
        serde_json::to_value(self.export_view()).unwrap_or(Value::Null)
    }

    /// Writes the JSON export (pretty-printed) to `out`, streaming: memory does not grow
    /// with the size of the export.
    pub fn write_export_to<W: Write>(&self, out: W) -> Result<()> {
        let mut ser = serde_json::Serializer::pretty(out);
        self.export_view().serialize(&mut ser)?;
        Ok(())
    }

    /// Writes the JSON export to a file.
    pub fn write_export(&self, path: &Path) -> Result<()> {
        let io = |source| Error::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut out = BufWriter::new(File::create(path).map_err(io)?);
        self.write_export_to(&mut out)?;
        out.flush().map_err(io)
    }

    /// Serialises the whole graph (lossless; load it back with [`KnowledgeGraph::load`]).
    pub fn save(&self) -> Result<String> {
        Ok(serde_json::to_string(self)?)
    }

    /// Loads a graph saved with [`KnowledgeGraph::save`].
    pub fn load(s: &str) -> Result<KnowledgeGraph> {
        let mut g: KnowledgeGraph = serde_json::from_str(s)?;
        g.reindex();
        Ok(g)
    }

    /// Number of edges of each kind of role or relation.
    pub fn edge_count(&self) -> (usize, usize) {
        let roles = self
            .petgraph()
            .edge_weights()
            .filter(|e| matches!(e.kind, EdgeKind::Role(_)))
            .count();
        (roles, self.petgraph().edge_count() - roles)
    }
}
