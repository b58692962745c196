//! Throughput of the pipeline and of name grouping.
//! `cargo bench --bench pipeline`

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use eventgraph::GraphBuilder;
use eventgraph::names::{NameKind, cluster};

fn seeds() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn ingest(c: &mut Criterion) {
    let docs = seeds();
    let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
    let mut g = c.benchmark_group("ingest");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("seeds", |b| {
        b.iter(|| {
            let mut builder = GraphBuilder::new();
            for (id, text) in &docs {
                builder = builder.add_text(id, text).unwrap();
            }
            black_box(builder.build())
        })
    });
    g.finish();
}

/// Deterministic synthetic person names: surnames with transliteration variants.
fn names(n: usize) -> Vec<String> {
    let given = [
        "Siarhei", "Sergei", "Maria", "Mariya", "Viktar", "Viktor", "Anna", "Hanna", "Ivan", "Olga", "Volha",
    ];
    let stems = [
        "Kalesnik",
        "Kolesnik",
        "Babaryk",
        "Tsikhanou",
        "Bialiat",
        "Lukashen",
        "Petrov",
        "Sidorov",
    ];
    let ends = ["ava", "ova", "a", "o", "ski", "sky", "skaya"];
    let mut x: u64 = 0x9e3779b97f4a7c15;
    (0..n)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let g = given[(x % given.len() as u64) as usize];
            let s = stems[((x >> 8) % stems.len() as u64) as usize];
            let e = ends[((x >> 16) % ends.len() as u64) as usize];
            format!("{g} {s}{e}{}", i % (n / 8).max(1))
        })
        .collect()
}

fn grouping(c: &mut Criterion) {
    let mut g = c.benchmark_group("cluster_names");
    g.sample_size(10);
    for n in [10_000usize, 100_000] {
        let ns = names(n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &ns, |b, ns| {
            b.iter(|| black_box(cluster(ns, NameKind::Person)))
        });
    }
    g.finish();
}

criterion_group!(benches, ingest, grouping);
criterion_main!(benches);
