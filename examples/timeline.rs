//! One entity's events in date order, with its role, the other key actors and the sources.
//!
//! ```text
//! cargo run --release --example timeline -- NAME [DIR]
//! cargo run --release --example timeline -- Лукашэнка
//! ```
//!
//! NAME may be any spelling the graph knows (Latin or Cyrillic, surname alone, a typo).

use std::error::Error;
use std::path::PathBuf;

use eventgraph::GraphBuilder;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_else(|| "Kolesnikova".to_string());
    let dir = args.next().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("seeds"));
    let mut builder = GraphBuilder::new();
    for (doc, err) in builder.add_dir(&dir)? {
        eprintln!("skipped {doc}: {err}");
    }
    let g = builder.build();
    let Some(e) = g.find_entity(&name).first().copied() else {
        println!("no entity called {name}");
        return Ok(());
    };
    println!("Timeline of {} ({}, {})", e.name, e.id, e.kind.as_str());
    for v in g.timeline(&e.id) {
        let roles = g.roles(&v.id);
        let own: Vec<&str> = roles
            .iter()
            .filter(|(_, x)| x.id == e.id)
            .map(|(r, _)| r.as_str())
            .collect();
        let others: Vec<String> = roles
            .iter()
            .filter(|(r, x)| x.id != e.id && r.is_key())
            .map(|(r, x)| format!("{} {}", r.as_str(), x.name))
            .collect();
        let date = v.date.map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
        println!("{date:<10}  {:<17} as {}", v.kind.as_str(), own.join("/"));
        if !others.is_empty() {
            println!("            with {}", others.join(", "));
        }
        for ev in v.evidence.iter().take(1) {
            if let Some(text) = g.evidence_text(ev) {
                let text: String = text.chars().take(160).collect();
                println!("            \"{}\"", text.trim());
            }
        }
        println!(
            "            sources: {}",
            v.sources.iter().cloned().collect::<Vec<_>>().join(", ")
        );
    }
    Ok(())
}
