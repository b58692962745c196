//! Trains the mention tagger on a corpus in the layout of `../shared/corpora/conll2003-train`
//! (`docs/NNNN.txt` and `gold.json` with `[type, start, end]` byte spans) and writes the model.
//!
//! ```text
//! cargo run --release --example train_tagger -- ../shared/corpora/conll2003-train src/tagger/model.bin
//! cargo run --release --example train_tagger -- TRAIN_DIR OUT.bin --epochs 10 --measure ../shared/corpora/conll2003-dev
//! ```
//!
//! `--measure DIR` only reports token-level span figures of the new model on another
//! annotated corpus; nothing is chosen from them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use eventgraph::document::Document;
use eventgraph::lexicon::Lexicon;
use eventgraph::mentions::find_mentions;
use eventgraph::tagger::{Example, NameClass, Tagger, gold_labels, sentence_views, spans, train};
use eventgraph::text::{sentences, tokenize};

type Gold = BTreeMap<String, Vec<(String, usize, usize)>>;

fn class(t: &str) -> Option<NameClass> {
    match t {
        "PER" => Some(NameClass::Person),
        "ORG" => Some(NameClass::Organisation),
        "LOC" => Some(NameClass::Location),
        "MISC" => Some(NameClass::Other),
        _ => None,
    }
}

fn load(dir: &Path) -> Result<Vec<Example>, String> {
    let gold_text = std::fs::read_to_string(dir.join("gold.json"))
        .map_err(|e| format!("{}: {e}", dir.join("gold.json").display()))?;
    let gold: Gold = serde_json::from_str(&gold_text).map_err(|e| format!("gold.json: {e}"))?;
    let lex = Lexicon::builtin();
    let mut out = Vec::new();
    for (id, spans) in &gold {
        let path = dir.join("docs").join(format!("{id}.txt"));
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let Ok(doc) = Document::from_bytes(id, &bytes) else {
            continue;
        };
        let toks = tokenize(&doc.text);
        let sents = sentences(&doc.text, &toks);
        let rules = find_mentions(&doc, &toks, &sents, lex);
        let g: Vec<(NameClass, usize, usize)> = spans
            .iter()
            .filter_map(|(t, a, b)| class(t).map(|c| (c, *a, *b)))
            .collect();
        for (si, view) in sentence_views(&doc, &toks, &sents, &rules, lex) {
            let labels = gold_labels(&toks, &sents[si], &g);
            out.push((view.into_owned(), labels));
        }
    }
    Ok(out)
}

fn measure(model: &Tagger, data: &[Example]) {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for (view, gold) in data {
        let want: Vec<_> = spans(gold).into_iter().filter(|s| s.2 != NameClass::Other).collect();
        let got: Vec<_> = spans(&model.tag(view))
            .into_iter()
            .filter(|s| s.2 != NameClass::Other)
            .collect();
        tp += got.iter().filter(|s| want.contains(s)).count();
        np += got.len();
        ng += want.len();
    }
    let p = tp as f64 / np.max(1) as f64;
    let r = tp as f64 / ng.max(1) as f64;
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    println!("tagger spans (PER/ORG/LOC): precision {p:.3} recall {r:.3} f1 {f:.3} ({ng} gold)");
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut pos: Vec<PathBuf> = Vec::new();
    let mut epochs = 10;
    let mut measure_dir = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--epochs" => epochs = args.next().and_then(|n| n.parse().ok()).unwrap_or(epochs),
            "--measure" => measure_dir = args.next().map(PathBuf::from),
            _ => pos.push(PathBuf::from(a)),
        }
    }
    let train_dir = pos
        .first()
        .cloned()
        .unwrap_or_else(|| PathBuf::from("../shared/corpora/conll2003-train"));
    let out = pos
        .get(1)
        .cloned()
        .unwrap_or_else(|| PathBuf::from("src/tagger/model.bin"));
    let data = match load(&train_dir) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("train_tagger: {e}");
            return ExitCode::FAILURE;
        }
    };
    let tokens: usize = data.iter().map(|(v, _)| v.len()).sum();
    println!("training on {} sentences, {tokens} tokens, {epochs} epochs", data.len());
    let model = train(&data, epochs);
    let bytes = model.to_bytes();
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("train_tagger: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    println!(
        "{} features, {} bytes written to {}",
        model.len(),
        bytes.len(),
        out.display()
    );
    measure(&model, &data);
    if let Some(dir) = measure_dir {
        match load(&dir) {
            Ok(d) => measure(&model, &d),
            Err(e) => eprintln!("train_tagger: {e}"),
        }
    }
    ExitCode::SUCCESS
}
