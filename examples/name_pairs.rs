//! Scores the name matcher on a labelled CSV of name pairs
//! (columns: case_group, schema, name1, name2, is_match, quality, category, notes).
//!
//! `cargo run --release --example name_pairs -- ../shared/benchmarks/name_pairs/cases.csv [--errors | --all]`
//!
//! A pair counts as predicted "match" when the names can refer to the same entity:
//! [`Comparison::is_possible_match`](eventgraph::names::Comparison::is_possible_match), the
//! screening reading (a match or a possible one). The strict figures (what the graph merges
//! on, [`is_match`](eventgraph::names::Comparison::is_match)) are printed before the last line.

use std::collections::BTreeMap;
use std::error::Error;

use eventgraph::names::{NameKind, compare};

#[derive(Default)]
struct Counts {
    tp: usize,
    fp: usize,
    tn: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, truth: bool, predicted: bool) {
        match (truth, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (false, false) => self.tn += 1,
            (true, false) => self.fn_ += 1,
        }
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = if self.tp + self.fp > 0 {
            self.tp as f64 / (self.tp + self.fp) as f64
        } else {
            0.0
        };
        let r = if self.tp + self.fn_ > 0 {
            self.tp as f64 / (self.tp + self.fn_) as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }
    fn row(&self, label: &str) {
        let (p, r, f) = self.prf();
        println!(
            "{label:<32} {:>4} {:>4} {:>4} {:>4}   P {p:.3} R {r:.3} F1 {f:.3}",
            self.tp, self.fp, self.tn, self.fn_
        );
    }
}

fn kind_of(schema: &str) -> NameKind {
    match schema {
        "Person" => NameKind::Person,
        "Company" | "Organization" | "LegalEntity" => NameKind::Organisation,
        _ => NameKind::Other,
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .ok_or("usage: name_pairs PATH.csv [--errors | --all]")?;
    let show_errors = args.iter().any(|a| a == "--errors");
    let show_all = args.iter().any(|a| a == "--all");
    let mut rdr = csv::Reader::from_path(path)?;
    let headers = rdr.headers()?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or(format!("column {name} missing"))
    };
    let (cs, c1, c2, cm, cc) = (
        col("schema")?,
        col("name1")?,
        col("name2")?,
        col("is_match")?,
        col("category")?,
    );
    let mut all = Counts::default();
    let mut strict = Counts::default();
    let mut by_schema: BTreeMap<String, Counts> = BTreeMap::new();
    let mut by_category: BTreeMap<String, Counts> = BTreeMap::new();
    let mut n = 0;
    for rec in rdr.records() {
        let rec = rec?;
        let schema = rec.get(cs).unwrap_or("");
        let truth = rec.get(cm).unwrap_or("").eq_ignore_ascii_case("true");
        let (a, b) = (rec.get(c1).unwrap_or(""), rec.get(c2).unwrap_or(""));
        let c = compare(a, b, kind_of(schema));
        let predicted = c.is_possible_match();
        all.add(truth, predicted);
        strict.add(truth, c.is_match());
        by_schema.entry(schema.to_string()).or_default().add(truth, predicted);
        let cat = rec.get(cc).unwrap_or("");
        let cat = if cat.is_empty() { "(none)" } else { cat };
        by_category
            .entry(cat.chars().take(30).collect())
            .or_default()
            .add(truth, predicted);
        n += 1;
        if show_all || (show_errors && truth != predicted) {
            let why: Vec<String> = c.reasons.iter().map(|r| r.to_string()).collect();
            println!(
                "{} {schema}: {a} | {b} | {:.2} | {}",
                match (truth, predicted) {
                    (true, true) => "TP",
                    (false, true) => "FP",
                    (false, false) => "TN",
                    (true, false) => "FN",
                },
                c.score,
                why.join("; ")
            );
        }
    }
    println!("{:<32} {:>4} {:>4} {:>4} {:>4}", "schema", "TP", "FP", "TN", "FN");
    for (k, c) in &by_schema {
        c.row(k);
    }
    println!("\n{:<32} {:>4} {:>4} {:>4} {:>4}", "category", "TP", "FP", "TN", "FN");
    for (k, c) in &by_category {
        c.row(k);
    }
    let (p, r, f) = strict.prf();
    println!("\nstrict matches only (what the graph merges on): precision {p:.3} recall {r:.3} f1 {f:.3}");
    let (p, r, f) = all.prf();
    println!("name_pairs: precision {p:.3} recall {r:.3} f1 {f:.3} ({n} cases)");
    Ok(())
}
