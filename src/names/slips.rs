//! Which typos are slips of the pen: counts of the words written in names, and each word's
//! neighbours one edit away, so that a typo joins two names only when the rarer word is a
//! slip of the other one and not of some nearer word.

use rustc_hash::FxHashMap as HashMap;

use super::compare::{Comparison, Reason, typos_credible};

/// How often each (folded) word of the names at hand is written, with the words one edit
/// apart from each other, for [`WordCounts::typos_credible`].
///
/// ```
/// use eventgraph::names::{compare, NameKind, WordCounts};
/// // "ivanaasina" is a slip of "ivanasina" (one edit), not of "ivanalina" (two).
/// let counts = WordCounts::new([("ivanasina", 3), ("ivanaasina", 1), ("ivanalina", 12)]);
/// let c = compare("Matvei Ivanaasina", "Matvei Ivanalina", NameKind::Person);
/// assert!(c.is_match());
/// assert!(!counts.typos_credible(&c));
/// let c = compare("Matvei Ivanaasina", "Matvei Ivanasina", NameKind::Person);
/// assert!(counts.typos_credible(&c));
/// ```
#[derive(Debug, Clone, Default)]
pub struct WordCounts<'w> {
    /// The words, borrowed from the names counted (a document's cluster counts its words
    /// without copying them).
    words: Vec<(&'w str, u32)>,
    index: HashMap<&'w str, u32>,
    /// (hash of a word or of the word with one character deleted, word), sorted: two words
    /// one insertion, deletion or replacement apart share a key. Made on the first two-edit
    /// typo asked about: most lists (a document's names) never ask.
    keys: std::sync::OnceLock<Vec<(u64, u32)>>,
}

impl<'w> WordCounts<'w> {
    /// Counts from (word, times written) pairs; a word given twice has its times added.
    pub fn new(counts: impl IntoIterator<Item = (&'w str, u32)>) -> WordCounts<'w> {
        let mut out = WordCounts::default();
        for (w, n) in counts {
            match out.index.get(w) {
                Some(&i) => out.words[i as usize].1 += n,
                None => {
                    out.index.insert(w, out.words.len() as u32);
                    out.words.push((w, n));
                }
            }
        }
        out
    }

    fn keys(&self) -> &[(u64, u32)] {
        self.keys.get_or_init(|| {
            let mut keys: Vec<(u64, u32)> = Vec::new();
            for (i, (w, _)) in self.words.iter().enumerate() {
                keys.extend(deletion_keys(w).map(|k| (k, i as u32)));
            }
            keys.sort_unstable();
            keys.dedup();
            keys
        })
    }

    /// How often `word` is written (0 for a word never seen).
    pub fn count(&self, word: &str) -> u32 {
        self.index.get(word).map_or(0, |&i| self.words[i as usize].1)
    }

    /// [`typos_credible`](super::typos_credible) with these counts, and one more rule for a
    /// typo of two edits: its rarer word must not be one edit from a third written word that
    /// is written more often than itself, of which it is then the slip.
    pub fn typos_credible(&self, c: &Comparison) -> bool {
        typos_credible(c, |w| self.count(w))
            && c.reasons.iter().all(|r| match r {
                Reason::Typo(a, b, d) if *d > 1 => {
                    let (x, y) = (self.count(a), self.count(b));
                    // With equal counts either word can be the slip.
                    (x > y || !self.nearer_word(a, b, x)) && (y > x || !self.nearer_word(b, a, y))
                }
                _ => true,
            })
    }

    /// True when `slip` (written `times` times) is one edit from a written word other than
    /// `of` that is written more often.
    fn nearer_word(&self, slip: &str, of: &str, times: u32) -> bool {
        let keys = self.keys();
        deletion_keys(slip).any(|k| {
            let from = keys.partition_point(|&(h, _)| h < k);
            keys[from..].iter().take_while(|&&(h, _)| h == k).any(|&(_, i)| {
                let (w, n) = self.words[i as usize];
                n > times && w != slip && w != of && one_edit(slip, w)
            })
        })
    }
}

/// Hashes of the word and of the word with each character deleted in turn.
fn deletion_keys(w: &str) -> impl Iterator<Item = u64> + '_ {
    use std::hash::BuildHasher;
    let hasher = std::hash::BuildHasherDefault::<rustc_hash::FxHasher>::default();
    // The deleted forms are written out: a hasher fed in two pieces does not hash as in one.
    let mut buf = String::with_capacity(w.len());
    std::iter::once(hasher.hash_one(w)).chain(w.char_indices().map(move |(i, c)| {
        buf.clear();
        buf.push_str(&w[..i]);
        buf.push_str(&w[i + c.len_utf8()..]);
        hasher.hash_one(buf.as_str())
    }))
}

/// True when the words are one insertion, deletion or replacement apart (a key hash shared
/// by chance is not enough).
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (s, l) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    match l.len() - s.len() {
        0 => s.iter().zip(l.iter()).filter(|(x, y)| x != y).count() == 1,
        1 => {
            let head = s.iter().zip(l.iter()).take_while(|(x, y)| x == y).count();
            s[head..] == l[head + 1..]
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::{NameKind, compare};

    #[test]
    fn one_edit_is_one_insertion_deletion_or_replacement() {
        assert!(one_edit("kuzulorin", "kuzullorin"));
        assert!(one_edit("kuzulorin", "kuzuorin"));
        assert!(one_edit("kuzulorin", "kuzularin"));
        assert!(!one_edit("kuzulorin", "kuzulorin"));
        assert!(!one_edit("kuzulorin", "kuzusloorin"));
        assert!(!one_edit("ab", "ba"));
    }

    #[test]
    fn a_slip_two_edits_away_belongs_to_a_nearer_word() {
        // Two people, Kuzulorin (often) and Kuzuslorin; a slip of each is written once.
        let counts = WordCounts::new([
            ("kuzulorin", 26),
            ("kuzullorin", 1),
            ("kuzuslorin", 4),
            ("kuzusloorin", 1),
        ]);
        let credible = |a: &str, b: &str| {
            let c = compare(a, b, NameKind::Person);
            assert!(c.is_match(), "{a} / {b}");
            counts.typos_credible(&c)
        };
        assert!(credible("Matvei Kuzullorin", "Matvei Kuzulorin"));
        assert!(credible("Matvei Kuzusloorin", "Matvei Kuzuslorin"));
        // The slips of two people do not join each other, nor the other person.
        assert!(!credible("Matvei Kuzullorin", "Matvei Kuzusloorin"));
        assert!(!credible("Matvei Kuzusloorin", "Matvei Kuzulorin"));
    }

    #[test]
    fn words_given_twice_add_up() {
        let counts = WordCounts::new([("smith", 2), ("smith", 3)]);
        assert_eq!(counts.count("smith"), 5);
        assert_eq!(counts.count("smyth"), 0);
    }
}
