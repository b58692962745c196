//! Queries: events by kind, date and participant; neighbourhoods; paths; timelines.

use petgraph::visit::EdgeRef;

use crate::events::{EventKind, EventLink};
use crate::graph::{Edge, EdgeKind, Entity, Event, KnowledgeGraph, Node, node_id};
use crate::time::Date;

impl KnowledgeGraph {
    /// Events of a kind (any if `None`), within a date range (inclusive, by start of the
    /// date's precision), involving an entity (any if `None`); sorted by date.
    pub fn find_events(
        &self,
        kind: Option<EventKind>,
        from: Option<Date>,
        to: Option<Date>,
        entity: Option<&str>,
    ) -> Vec<&Event> {
        let mut out: Vec<&Event> = self
            .events()
            .filter(|e| kind.is_none_or(|k| e.kind == k))
            .filter(|e| from.is_none_or(|f| e.date.is_some_and(|d| d.days() >= f.days())))
            .filter(|e| to.is_none_or(|t| e.date.is_some_and(|d| d.days() <= t.days())))
            .filter(|e| entity.is_none_or(|id| self.roles(&e.id).iter().any(|(_, x)| x.id == id)))
            .collect();
        out.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
        out
    }

    /// An entity's timeline: its events in date order (undated last).
    pub fn timeline(&self, entity_id: &str) -> Vec<&Event> {
        let mut evs = self.find_events(None, None, None, Some(entity_id));
        evs.sort_by_key(|e| (e.date.is_none(), e.date, e.id.clone()));
        evs
    }

    /// Neighbours of a node (entity or event), optionally only through edges of one kind:
    /// (edge, neighbour id).
    pub fn neighbours(&self, id: &str, only: Option<EdgeKind>) -> Vec<(&Edge, String)> {
        let Some(n) = self.node_of(id) else { return Vec::new() };
        let mut out: Vec<(&Edge, String)> = self
            .graph
            .edges_directed(n, petgraph::Direction::Outgoing)
            .map(|e| (e.weight(), e.target()))
            .chain(
                self.graph
                    .edges_directed(n, petgraph::Direction::Incoming)
                    .map(|e| (e.weight(), e.source())),
            )
            .filter(|(w, _)| only.is_none_or(|k| w.kind == k))
            .map(|(w, other)| (w, node_id(&self.graph[other]).to_string()))
            .collect();
        out.sort_by(|a, b| (a.0.kind, &a.1).cmp(&(b.0.kind, &b.1)));
        out
    }

    /// The shortest path between two nodes through any edges (direction ignored): the ids
    /// along it, both ends included.
    pub fn path(&self, from: &str, to: &str) -> Option<Vec<String>> {
        let (a, b) = (self.node_of(from)?, self.node_of(to)?);
        // Breadth-first over both directions.
        let mut prev = std::collections::HashMap::new();
        let mut queue = std::collections::VecDeque::from([a]);
        prev.insert(a, a);
        while let Some(n) = queue.pop_front() {
            if n == b {
                break;
            }
            let mut next: Vec<_> = self.graph.neighbors_undirected(n).collect();
            next.sort();
            for m in next {
                if let std::collections::hash_map::Entry::Vacant(v) = prev.entry(m) {
                    v.insert(n);
                    queue.push_back(m);
                }
            }
        }
        prev.get(&b)?;
        let mut path = vec![b];
        while *path.last()? != a {
            path.push(prev[path.last()?]);
        }
        path.reverse();
        Some(path.into_iter().map(|n| node_id(&self.graph[n]).to_string()).collect())
    }

    /// The events an event is linked to, as the text states it ("in exchange for", "after"):
    /// (link, other event, edge). Outgoing links only; see [`KnowledgeGraph::linked_from`].
    pub fn links(&self, event_id: &str) -> Vec<(EventLink, &Event, &Edge)> {
        self.event_links(event_id, petgraph::Direction::Outgoing)
    }

    /// The events linked to this one (incoming links).
    pub fn linked_from(&self, event_id: &str) -> Vec<(EventLink, &Event, &Edge)> {
        self.event_links(event_id, petgraph::Direction::Incoming)
    }

    fn event_links(&self, event_id: &str, dir: petgraph::Direction) -> Vec<(EventLink, &Event, &Edge)> {
        let Some(n) = self.node_of(event_id) else {
            return Vec::new();
        };
        let mut out: Vec<(EventLink, &Event, &Edge)> = self
            .graph
            .edges_directed(n, dir)
            .filter_map(|e| {
                let other = if dir == petgraph::Direction::Outgoing {
                    e.target()
                } else {
                    e.source()
                };
                match (e.weight().kind, &self.graph[other]) {
                    (EdgeKind::Link(k), Node::Event(v)) => Some((k, v, e.weight())),
                    _ => None,
                }
            })
            .collect();
        out.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
        out
    }

    /// Entities related to one through relation edges.
    pub fn related(&self, id: &str) -> Vec<(&Edge, &Entity)> {
        self.neighbours(id, None)
            .into_iter()
            .filter(|(e, _)| matches!(e.kind, EdgeKind::Relation(_)))
            .filter_map(|(e, other)| self.entity(&other).map(|x| (e, x)))
            .collect()
    }
}
