//! Builds the graph from a folder of `.txt` articles and prints what it found.
//!
//! `cargo run --release --example build_graph -- [DIR] [--json PATH]`
//! (default DIR `seeds/`, default PATH `target/graph.json`).

use std::error::Error;
use std::io::Write;
use std::path::PathBuf;

use eventgraph::GraphBuilder;

/// The pipeline makes many small strings and vectors; mimalloc serves them faster than the
/// system allocator (the library itself leaves the allocator to the program that embeds it).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), Box<dyn Error>> {
    match run() {
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            Ok(())
        }
        other => other,
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = PathBuf::from("seeds");
    let mut json = PathBuf::from("target/graph.json");
    let mut quiet = false;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--json" => {
                json = PathBuf::from(args.get(i + 1).ok_or("--json needs a path")?);
                i += 1;
            }
            "--quiet" => quiet = true,
            other => dir = PathBuf::from(other),
        }
        i += 1;
    }
    eventgraph::pipeline::trace("start");
    let mut builder = GraphBuilder::new();
    let failed = builder.add_dir(&dir)?;
    for (name, err) in &failed {
        eprintln!("skipped {name}: {err}");
    }
    let n_docs = builder.len();
    eventgraph::pipeline::trace("read");
    let graph = builder.build();
    eventgraph::pipeline::trace("built");
    let (roles, relations) = graph.edge_count();
    if let Some(parent) = json.parent() {
        std::fs::create_dir_all(parent)?;
    }
    graph.write_export(&json)?;
    eventgraph::pipeline::trace("exported");
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} documents ({} skipped) -> {} entities, {} events, {} role edges, {} relations",
        n_docs,
        failed.len(),
        graph.entities().count(),
        graph.events().count(),
        roles,
        relations
    )?;
    if !quiet {
        writeln!(out, "\nENTITIES")?;
        for e in graph.entities() {
            let others: Vec<&str> = e.aliases.iter().map(String::as_str).filter(|a| *a != e.name).collect();
            let docs: std::collections::BTreeSet<&str> = e.mentions.iter().map(|m| &*m.doc).collect();
            let attrs: Vec<String> = e
                .attributes
                .iter()
                .map(|(k, v)| {
                    format!(
                        "{k}={}",
                        v.iter().map(|c| c.value.as_str()).collect::<Vec<_>>().join("/")
                    )
                })
                .collect();
            writeln!(
                out,
                "  {:<5} {:<13} {}{}  [{} mentions in {} docs]{}",
                e.id,
                e.kind.as_str(),
                e.name,
                if others.is_empty() {
                    String::new()
                } else {
                    format!("  (also: {})", others.join(", "))
                },
                e.mentions.len(),
                docs.len(),
                if attrs.is_empty() {
                    String::new()
                } else {
                    format!(" {}", attrs.join(" "))
                }
            )?;
        }
        writeln!(out, "\nEVENTS")?;
        for v in graph.events() {
            let date = v.date.map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
            writeln!(
                out,
                "  {:<5} {:<18} {}  sources: {}",
                v.id,
                v.kind.as_str(),
                date,
                v.sources.iter().cloned().collect::<Vec<_>>().join(", ")
            )?;
            for (role, e) in graph.roles(&v.id) {
                writeln!(out, "          {:<12} {} ({})", role.as_str(), e.name, e.id)?;
            }
            for q in &v.quantities {
                let to =
                    q.to.as_deref()
                        .and_then(|t| graph.entity(t))
                        .map(|e| format!(" to {}", e.name))
                        .unwrap_or_default();
                let qual = q.qualifier.as_deref().map(|s| format!("{s} ")).unwrap_or_default();
                writeln!(
                    out,
                    "          quantity     {qual}{} {}{to}  [{}]",
                    q.value, q.unit, q.source.doc
                )?;
            }
            for (k, other, e) in graph.links(&v.id) {
                writeln!(
                    out,
                    "          {:<12} {} {} ({})  [{} source(s)]",
                    k.as_str(),
                    other.kind.as_str(),
                    other.date.map(|d| d.to_string()).unwrap_or_default(),
                    other.id,
                    e.sources.len()
                )?;
            }
            if let Some(s) = &v.subject {
                writeln!(out, "          subject      {s}")?;
            }
        }
        writeln!(out, "\nRELATIONS")?;
        for (s, k, t, e) in graph.relations() {
            writeln!(
                out,
                "  {} {} {}  [{} source(s)]",
                s.name,
                k.as_str(),
                t.name,
                e.sources.len()
            )?;
        }
    }
    writeln!(out, "\nJSON export written to {}", json.display())?;
    // The process ends here: leave the graph to the OS rather than free millions of spans one
    // by one (seconds on a large corpus).
    std::mem::forget(graph);
    Ok(())
}
