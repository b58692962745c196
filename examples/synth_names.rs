//! Groups N synthetic person names (see `eventgraph::synth`) and measures the grouping
//! against the known identities: time, pairwise precision and recall, false merges.
//!
//! ```text
//! cargo run --release --example synth_names -- 100000 [SEED]
//! ```

use std::collections::HashMap;

use eventgraph::names::{NameKind, cluster};
use eventgraph::synth::person_names;

/// The allocator of `build_graph` and the benches, so that the timings agree.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let data = person_names(n, seed);
    let names: Vec<&str> = data.iter().map(|x| x.0.as_str()).collect();
    let t = std::time::Instant::now();
    let groups = cluster(&names, NameKind::Person);
    let elapsed = t.elapsed();
    // Pairs counted through group sizes, never pair by pair.
    let mut cells: HashMap<(u32, u32), u64> = HashMap::new();
    let mut pred: HashMap<u32, u64> = HashMap::new();
    let mut gold: HashMap<u32, u64> = HashMap::new();
    for (i, &g) in groups.iter().enumerate() {
        *cells.entry((g, data[i].1)).or_default() += 1;
        *pred.entry(g).or_default() += 1;
        *gold.entry(data[i].1).or_default() += 1;
    }
    let pairs = |x: u64| x * x.saturating_sub(1) / 2;
    let tp: u64 = cells.values().map(|&x| pairs(x)).sum();
    let pp: u64 = pred.values().map(|&x| pairs(x)).sum();
    let gp: u64 = gold.values().map(|&x| pairs(x)).sum();
    let mixed = {
        let mut ids_per_group: HashMap<u32, u32> = HashMap::new();
        for &(g, _) in cells.keys() {
            *ids_per_group.entry(g).or_default() += 1;
        }
        ids_per_group.values().filter(|&&k| k > 1).count()
    };
    println!(
        "synth_names: {n} names, {} people, {} groups in {:.2} s ({:.0} names/s); pairwise precision {:.4} recall {:.4}; {} of {} groups mix people",
        gold.len(),
        pred.len(),
        elapsed.as_secs_f64(),
        n as f64 / elapsed.as_secs_f64(),
        tp as f64 / pp.max(1) as f64,
        tp as f64 / gp.max(1) as f64,
        mixed,
        pred.len()
    );
}
