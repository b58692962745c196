//! Throughput of the pipeline, its merge step, lookups, the export, and name grouping.
//!
//! `cargo bench --bench pipeline` is the quick mode (a few minutes on 2 cores): seeds and BBC
//! ingest, a generated 1 MB corpus, merging the ~110,000 event reports of a generated 20 MB
//! corpus, lookups, export and load, grouping 10k and 100k names. With
//! `EVENTGRAPH_BENCH_FULL=1` it adds the generated 10 MB ingest and 1M names.

use std::hint::black_box;

use criterion::BatchSize;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use eventgraph::GraphBuilder;
use eventgraph::KnowledgeGraph;
use eventgraph::document::Document;
use eventgraph::lexicon::Lexicon;
use eventgraph::names::{NameKind, cluster};
use eventgraph::pipeline::{Analysis, analyse, merge};
use eventgraph::synth::{corpus as synth_corpus, person_names};
use rayon::prelude::*;

/// The allocator `build_graph` uses (see there): the figures are what that program gets.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    // 1M names only with EVENTGRAPH_BENCH_FULL=1 (about half a minute per sample).
    let mut sizes = vec![10_000usize, 100_000];
    if full() {
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

fn full() -> bool {
    std::env::var_os("EVENTGRAPH_BENCH_FULL").is_some()
}

/// Ingest of generated corpora (1 MB; 10 MB in full mode), both cores.
fn generated(c: &mut Criterion) {
    let mut g = c.benchmark_group("generated");
    g.sample_size(10);
    let mut sizes = vec![1usize];
    if full() {
        sizes.push(10);
    }
    for mb in sizes {
        let docs = synth_corpus(mb * 1_000_000, 1).articles;
        let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(format!("{mb}MB/all-cores"), |b| b.iter(|| black_box(build(&docs))));
    }
    g.finish();
}

/// The merge step alone (entities, then events in two passes) over the analyses of the
/// generated 20 MB corpus: about 41,000 documents and 110,000 event reports.
fn merging(c: &mut Criterion) {
    let mut g = c.benchmark_group("merge");
    g.sample_size(10);
    let docs = synth_corpus(20_000_000, 1).articles;
    let lex = Lexicon::builtin();
    let analyses: Vec<Analysis> = docs
        .par_iter()
        .filter_map(|(id, t)| Document::from_text(id, t).ok())
        .map(|d| analyse(d, lex))
        .collect();
    let reports: usize = analyses.iter().map(|a| a.events.len()).sum();
    g.throughput(Throughput::Elements(reports as u64));
    g.bench_function(format!("20MB/{reports}-event-reports"), |b| {
        b.iter_batched(|| analyses.clone(), |a| black_box(merge(a)), BatchSize::LargeInput)
    });
    g.finish();
}

/// A graph of the generated 1 MB corpus and spellings of its people to look up.
fn synth_graph() -> (KnowledgeGraph, Vec<String>) {
    let c = synth_corpus(1_000_000, 1);
    let graph = build(&c.articles);
    let variants: Vec<String> = c.gold["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["kind"] == "person")
        .filter_map(|e| {
            e["variants"]
                .as_array()?
                .iter()
                .find_map(|v| v.as_str().map(String::from))
        })
        .take(1000)
        .collect();
    (graph, variants)
}

/// Lookup of an entity by a spelling (latency per lookup = time / elements), and the JSON
/// export and load.
fn queries(c: &mut Criterion) {
    let (graph, variants) = synth_graph();
    let mut g = c.benchmark_group("lookup");
    g.sample_size(10);
    g.throughput(Throughput::Elements(variants.len() as u64));
    let _ = graph.find_entity("warm up the index");
    g.bench_function("find_entity/by-variant", |b| {
        b.iter(|| {
            for v in &variants {
                black_box(graph.find_entity(v));
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    let mut out = Vec::new();
    graph.write_export_to(&mut out).unwrap();
    g.throughput(Throughput::Bytes(out.len() as u64));
    g.bench_function("json-export/1MB-corpus", |b| {
        b.iter(|| graph.write_export_to(std::io::sink()).unwrap())
    });
    let saved = graph.save().unwrap();
    g.throughput(Throughput::Bytes(saved.len() as u64));
    g.bench_function("save/1MB-corpus", |b| b.iter(|| black_box(graph.save().unwrap())));
    g.bench_function("load/1MB-corpus", |b| {
        b.iter(|| black_box(KnowledgeGraph::load(&saved).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, ingest, generated, merging, queries, grouping);
criterion_main!(benches);
