//! Writes a synthetic news corpus with its gold annotation (see `eventgraph::synth::corpus`).
//!
//! ```text
//! cargo run --release --example gen_corpus -- OUT_DIR [--mb 10] [--seed 1]
//! cargo run --release --example build_graph -- OUT_DIR/docs --json OUT_DIR/graph.json --quiet
//! python3 ../shared/tools/score_graph.py OUT_DIR/graph.json OUT_DIR/gold.json
//! ```

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = None;
    let mut mb: f64 = 1.0;
    let mut seed: u64 = 1;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--mb" => {
                mb = args
                    .get(i + 1)
                    .and_then(|v| v.parse().ok())
                    .ok_or("--mb needs a number")?;
                i += 1;
            }
            "--seed" => {
                seed = args
                    .get(i + 1)
                    .and_then(|v| v.parse().ok())
                    .ok_or("--seed needs a number")?;
                i += 1;
            }
            other => out = Some(PathBuf::from(other)),
        }
        i += 1;
    }
    let out = out.ok_or("usage: gen_corpus OUT_DIR [--mb N] [--seed S]")?;
    let c = eventgraph::synth::corpus((mb * 1_000_000.0) as usize, seed);
    c.write(&out)?;
    println!(
        "{} articles, {} bytes, {} events, {} entities written to {}",
        c.articles.len(),
        c.bytes(),
        c.gold["events"].as_array().map_or(0, Vec::len),
        c.gold["entities"].as_array().map_or(0, Vec::len),
        out.display()
    );
    Ok(())
}
