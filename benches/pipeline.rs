//! Throughput of the pipeline and of name grouping.
//! `cargo bench --bench pipeline`

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use eventgraph::GraphBuilder;
use eventgraph::names::{NameKind, cluster};
use eventgraph::synth::person_names;

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

/// The real-news corpus when it is beside the checkout (../shared/corpora/bbc), else the seeds.
fn corpus() -> (&'static str, Vec<(String, String)>) {
    let bbc = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/bbc"));
    if bbc.is_dir() {
        let mut out = Vec::new();
        let mut stack = vec![bbc.to_path_buf()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap().filter_map(|e| e.ok()) {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "txt")
                    && let Ok(text) = std::fs::read_to_string(&p)
                {
                    let id = p
                        .strip_prefix(bbc)
                        .unwrap()
                        .with_extension("")
                        .to_string_lossy()
                        .into_owned();
                    out.push((id, text));
                }
            }
        }
        out.sort();
        ("bbc", out)
    } else {
        ("seeds", seeds())
    }
}

fn build(docs: &[(String, String)]) -> eventgraph::KnowledgeGraph {
    let mut builder = GraphBuilder::new();
    for (id, text) in docs {
        let _ = builder.insert_text(id, text);
    }
    builder.build()
}

fn ingest(c: &mut Criterion) {
    let mut g = c.benchmark_group("ingest");
    g.sample_size(10);
    for (name, docs) in [("seeds", seeds()), corpus()] {
        let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        g.bench_function(format!("{name}/1-thread"), |b| {
            b.iter(|| one.install(|| black_box(build(&docs))))
        });
        g.bench_function(format!("{name}/all-cores"), |b| b.iter(|| black_box(build(&docs))));
    }
    g.finish();
}

fn grouping(c: &mut Criterion) {
    let mut g = c.benchmark_group("cluster_names");
    g.sample_size(10);
    // 1M names only with EVENTGRAPH_BENCH_FULL=1 (about a minute per sample).
    let mut sizes = vec![10_000usize, 100_000];
    if std::env::var_os("EVENTGRAPH_BENCH_FULL").is_some() {
        sizes.push(1_000_000);
    }
    for n in sizes {
        let ns: Vec<String> = person_names(n, 1).into_iter().map(|x| x.0).collect();
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &ns, |b, ns| {
            b.iter(|| black_box(cluster(ns, NameKind::Person)))
        });
    }
    g.finish();
}

criterion_group!(benches, ingest, grouping);
criterion_main!(benches);
