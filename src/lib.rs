//! eventgraph (work in progress)
pub mod names;
