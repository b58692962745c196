//! Asks the graph three questions a reader of the news would ask.
//!
//! ```text
//! cargo run --release --example query                       # the seeds, default questions
//! cargo run --release --example query -- DIR --about NAME --path NAME NAME
//! ```
//!
//! 1. Who was released, when, by whom, in exchange for what?
//! 2. What do we know about NAME (any spelling, Latin or Cyrillic)?
//! 3. How is one person connected to another (the shortest path through events and relations)?

use std::error::Error;
use std::path::PathBuf;

use eventgraph::graph::{EdgeKind, Entity};
use eventgraph::{EventKind, GraphBuilder, KnowledgeGraph, Role};

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = PathBuf::from("seeds");
    let mut about = "Kolesnikova".to_string();
    let mut path = ("Coale".to_string(), "Bialiatski".to_string());
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--about" => {
                about = args.get(i + 1).ok_or("--about needs a name")?.clone();
                i += 1;
            }
            "--path" => {
                path = (
                    args.get(i + 1).ok_or("--path needs two names")?.clone(),
                    args.get(i + 2).ok_or("--path needs two names")?.clone(),
                );
                i += 2;
            }
            other => dir = PathBuf::from(other),
        }
        i += 1;
    }
    let mut builder = GraphBuilder::new();
    for (name, err) in builder.add_dir(&dir)? {
        eprintln!("skipped {name}: {err}");
    }
    let g = builder.build();
    releases(&g);
    know_about(&g, &about);
    connect(&g, &path.0, &path.1);
    Ok(())
}

fn names(g: &KnowledgeGraph, event: &str, role: Role) -> String {
    let v: Vec<&str> = g
        .roles(event)
        .into_iter()
        .filter(|(r, _)| *r == role)
        .map(|(_, e)| e.name.as_str())
        .collect();
    if v.is_empty() { "-".into() } else { v.join(", ") }
}

fn releases(g: &KnowledgeGraph) {
    println!("== Who was released, when, by whom, in exchange for what?");
    for v in g.find_events(Some(EventKind::Release), None, None, None) {
        let date = v.date.map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
        println!("{date}  released: {}", names(g, &v.id, Role::Released));
        println!("      by: {}", names(g, &v.id, Role::Agent));
        let counts: Vec<String> = v
            .quantities
            .iter()
            .filter(|q| q.unit == "prisoners")
            .map(|q| {
                let to =
                    q.to.as_deref()
                        .and_then(|t| g.entity(t))
                        .map(|e| format!(" to {}", e.name));
                format!(
                    "{}{}{}",
                    q.qualifier.as_deref().map(|s| format!("{s} ")).unwrap_or_default(),
                    q.value,
                    to.unwrap_or_default()
                )
            })
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        if !counts.is_empty() {
            println!("      counts: {}", counts.join("; "));
        }
        for (link, other, edge) in g.links(&v.id) {
            let who: Vec<String> = g
                .roles(&other.id)
                .into_iter()
                .filter(|(r, _)| r.is_key())
                .map(|(r, e)| format!("{} {}", r.as_str(), e.name))
                .collect();
            println!(
                "      {}: {} {} ({}) [{} source(s)]",
                link.as_str().replace('_', " "),
                other.kind.as_str(),
                other.date.map(|d| d.to_string()).unwrap_or_default(),
                who.join(", "),
                edge.sources.len()
            );
        }
        println!(
            "      sources: {}",
            v.sources.iter().cloned().collect::<Vec<_>>().join(", ")
        );
    }
    println!();
}

fn know_about(g: &KnowledgeGraph, name: &str) {
    println!("== What do we know about {name}?");
    let Some(e) = g.find_entity(name).first().copied() else {
        println!("nobody of that name\n");
        return;
    };
    let docs: std::collections::BTreeSet<&str> = e.mentions.iter().map(|m| &*m.doc).collect();
    println!(
        "{} ({}, {}): {} mentions in {} documents",
        e.name,
        e.id,
        e.kind.as_str(),
        e.mentions.len(),
        docs.len()
    );
    let others: Vec<&str> = e.aliases.iter().map(String::as_str).filter(|a| *a != e.name).collect();
    if !others.is_empty() {
        println!("  also written: {}", others.join(", "));
    }
    for (attr, claims) in &e.attributes {
        for c in claims {
            println!("  {attr}: {}  [{}]", c.value, c.source.doc);
        }
    }
    for (edge, other) in g.related(&e.id) {
        if let EdgeKind::Relation(k) = edge.kind {
            println!(
                "  {} {} {}  [{} source(s)]",
                e.name,
                k.as_str(),
                other.name,
                edge.sources.len()
            );
        }
    }
    for v in g.timeline(&e.id) {
        let role = g
            .roles(&v.id)
            .into_iter()
            .find(|(_, x)| x.id == e.id)
            .map(|(r, _)| r.as_str())
            .unwrap_or("");
        let date = v.date.map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
        println!(
            "  {date:<10} {:<17} as {role:<12} [{} source(s)]",
            v.kind.as_str(),
            v.sources.len()
        );
    }
    if let Some(m) = e.mentions.first()
        && let Some(text) = g.evidence_text(m)
    {
        println!("  first seen as \"{text}\" in {}", m.doc);
    }
    println!();
}

fn label(g: &KnowledgeGraph, id: &str) -> String {
    if let Some(e) = g.entity(id) {
        return e.name.clone();
    }
    match g.event(id) {
        Some(v) => format!(
            "[{} {}]",
            v.kind.as_str(),
            v.date.map(|d| d.to_string()).unwrap_or_default()
        ),
        None => id.to_string(),
    }
}

fn connect(g: &KnowledgeGraph, a: &str, b: &str) {
    println!("== How is {a} connected to {b}?");
    let first = |n: &str| -> Option<&Entity> { g.find_entity(n).first().copied() };
    let (Some(x), Some(y)) = (first(a), first(b)) else {
        println!("one of the names is not in the graph\n");
        return;
    };
    let Some(path) = g.path(&x.id, &y.id) else {
        println!("not connected\n");
        return;
    };
    for w in path.windows(2) {
        let edge = g
            .neighbours(&w[0], None)
            .into_iter()
            .find(|(_, other)| *other == w[1])
            .map(|(e, _)| match e.kind {
                EdgeKind::Role(r) => r.as_str().to_string(),
                EdgeKind::Relation(k) => k.as_str().to_string(),
                EdgeKind::Link(l) => l.as_str().to_string(),
            })
            .unwrap_or_default();
        println!("  {} --{}-- {}", label(g, &w[0]), edge, label(g, &w[1]));
    }
    println!();
}
