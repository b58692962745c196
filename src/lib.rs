//! # eventgraph
//!
//! Turns news articles into one entity-and-event knowledge graph: people, organisations,
//! countries, locations and events (releases, sanctions, talks, sentences, arrests, protests,
//! elections, awards, invasions) joined by typed, sourced edges.
//!
//! ```
//! use eventgraph::GraphBuilder;
//! let graph = GraphBuilder::new()
//!     .add_text("a", "Title\nPresident Jan Novak of Atlantis met envoy Maria Kalesnikava in Paris on 3 May 2024.")?
//!     .add_text("b", "Title\nMaria Kolesnikova held talks with Jan Novak on May 3, 2024.")?
//!     .build();
//! let maria = graph.find_entity("Kolesnikova");
//! assert_eq!(maria[0].name, "Maria Kalesnikava");
//! let talks: Vec<_> = graph.events().filter(|e| e.kind == eventgraph::EventKind::Talks).collect();
//! assert_eq!(talks.len(), 1);
//! assert_eq!(talks[0].sources.len(), 2);
//! # Ok::<(), eventgraph::Error>(())
//! ```
//!
//! ## The pipeline, one module each
//! text ([`text`], [`document`], [`time`]) → mentions ([`mentions`], [`lexicon`]) →
//! names ([`names`]) → resolution ([`resolve`]) → events ([`events`], [`relations`]) →
//! graph ([`graph`], [`pipeline`]) → export and query ([`export`], [`query`]).

#![warn(missing_docs)]

pub mod document;
pub mod error;
pub mod events;
pub mod export;
pub mod graph;
pub mod lexicon;
pub mod mentions;
pub mod names;
pub mod pipeline;
pub mod query;
pub mod relations;
pub mod resolve;
pub mod synth;
pub mod tagger;
pub mod text;
pub mod time;

pub use error::{Error, Result};
pub use events::{EventKind, Role};
pub use graph::{EntityKind, KnowledgeGraph, RelationKind};
pub use pipeline::GraphBuilder;

/// The README's examples, compiled and run as doc-tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
