//! Name normalisation and matching: one person, every spelling — and never two people as one.
//!
//! The module stands on its own (it knows nothing of documents or graphs):
//!
//! - [`fold`]: one canonical spelling (case, accents, punctuation, Cyrillic and Greek to Latin);
//! - [`key`]: the cross-romanisation skeleton under which Kalesnikava and Kolesnikova meet;
//! - [`PersonName`]: given names, patronymic, surname, initials, honorifics;
//! - [`compare`]: a score, a [`Verdict`] and the [`Reason`]s, with guards against false
//!   merges (different given names, gendered surname forms, conflicting initials, numbers);
//!   a [`Verdict::Possible`] tier answers the screening question ("can these be one?") for
//!   names too far apart to merge on;
//! - [`WordCounts`]: which typos are slips of the pen, from how often each word is written;
//! - [`NameIndex`] and [`cluster`]: blocking keys for millions of names, never all pairs.
//!
//! ```
//! use eventgraph::names::{cluster, compare, NameKind};
//! assert!(compare("Ales Bialiatski", "Алесь Бяляцкі", NameKind::Person).is_match());
//! let g = cluster(&["Viktar Babaryka", "Viktor Babariko", "Eduard Babaryka"], NameKind::Person);
//! assert_eq!(g, vec![0, 0, 2]);
//! ```

mod compare;
mod fold;
mod index;
pub mod key;
mod parse;
mod slips;
pub mod tables;

pub use compare::{
    Comparison, MATCH_THRESHOLD, NameKind, POSSIBLE_THRESHOLD, PreparedName, Reason, SLIP_MAX, SLIP_RATIO, Verdict,
    compare, compare_parsed, compare_prepared, org_core, typos_credible,
};
pub(crate) use compare::{given_class, may_be_same};
pub use fold::{fold, words};
pub(crate) use index::Prepared;
pub use index::{NameId, NameIndex, blocking_keys, cluster, prepare};
pub use parse::{Gender, NameToken, PersonName, TokenRole, gender_stem, is_particle, surname_gender};
pub use slips::WordCounts;
