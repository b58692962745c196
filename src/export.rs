//! Export and persistence: the JSON export that `score_graph.py` reads (deterministic: stable
//! ids, sorted), and a lossless serde save/load of the whole graph.

use std::path::Path;

use serde_json::{Value, json};

use crate::error::{Error, Result};
use crate::graph::{EdgeKind, KnowledgeGraph};

impl KnowledgeGraph {
    /// The JSON export: documents, entities (with aliases and mentions), events (with roles,
    /// quantities, sources and evidence) and relations, all sorted by id.
    pub fn to_export_json(&self) -> Value {
        let documents: Vec<Value> = self
            .documents()
            .iter()
            .map(|d| {
                json!({"id": d.id, "title": d.title, "published": d.published.map(|p| p.to_string()),
                       "reference_date": d.reference_date.map(|p| p.to_string())})
            })
            .collect();
        let entities: Vec<Value> = self
            .entities()
            .map(|e| {
                json!({"id": e.id, "kind": e.kind.as_str(), "name": e.name, "aliases": e.aliases,
                       "mentions": e.mentions, "attributes": e.attributes})
            })
            .collect();
        let events: Vec<Value> = self
            .events()
            .map(|v| {
                let roles: Vec<Value> = self
                    .roles(&v.id)
                    .iter()
                    .map(|(r, e)| json!({"role": r.as_str(), "entity": e.id}))
                    .collect();
                let links: Vec<Value> = self
                    .links(&v.id)
                    .iter()
                    .map(|(k, other, e)| json!({"kind": k.as_str(), "event": other.id, "sources": e.sources, "evidence": e.evidence}))
                    .collect();
                json!({"id": v.id, "kind": v.kind.as_str(), "date": v.date.map(|d| d.to_string()), "roles": roles,
                       "quantities": v.quantities, "subject": v.subject, "sources": v.sources,
                       "triggers": v.triggers, "evidence": v.evidence, "links": links})
            })
            .collect();
        let relations: Vec<Value> = self
            .relations()
            .iter()
            .map(|(s, k, t, e)| json!({"source": s.id, "kind": k.as_str(), "target": t.id, "sources": e.sources, "evidence": e.evidence}))
            .collect();
        json!({"documents": documents, "entities": entities, "events": events, "relations": relations})
    }

    /// Writes the JSON export to a file.
    pub fn write_export(&self, path: &Path) -> Result<()> {
        let s = serde_json::to_string_pretty(&self.to_export_json())?;
        std::fs::write(path, s).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })
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
