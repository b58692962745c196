//! Groups names into identities: one output line per input line, in input order,
//! `GROUP<TAB>NAME`, where equal GROUP values mean "the same person or body".
//!
//! ```text
//! cargo run --release --example group_names -- FILE [--kind person|organisation|other]
//! ```
//!
//! FILE holds one name per line (UTF-8, any script); `-` reads standard input. The group is
//! the line number (from 1) of the group's first name. Blank lines get group 0.

use std::error::Error;
use std::io::{BufRead, Write};

use eventgraph::names::{NameKind, cluster};

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut file = None;
    let mut kind = NameKind::Person;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--kind" => {
                kind = match args.get(i + 1).map(String::as_str) {
                    Some("person") => NameKind::Person,
                    Some("organisation" | "organization") => NameKind::Organisation,
                    Some("other") => NameKind::Other,
                    _ => return Err("--kind takes person, organisation or other".into()),
                };
                i += 1;
            }
            f => file = Some(f.to_string()),
        }
        i += 1;
    }
    let file = file.ok_or("usage: group_names FILE [--kind person|organisation|other]")?;
    let reader: Box<dyn BufRead> = if file == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(&file).map_err(|e| format!("{file}: {e}"))?,
        ))
    };
    let mut lines = Vec::new();
    for line in reader.split(b'\n') {
        let line = line?;
        // Invalid UTF-8 is read with replacement characters rather than refused.
        let s = String::from_utf8_lossy(&line).trim_end_matches('\r').to_string();
        lines.push(s);
    }
    let names: Vec<&str> = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
    let groups = cluster(&names, kind);
    // Group ids are positions among the non-blank names; report them as line numbers.
    let line_of: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, _)| n + 1)
        .collect();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut k = 0;
    for l in &lines {
        let r = if l.trim().is_empty() {
            writeln!(out, "0\t{l}")
        } else {
            let g = line_of[groups[k] as usize];
            k += 1;
            writeln!(out, "{g}\t{l}")
        };
        if let Err(e) = r {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(());
            }
            return Err(e.into());
        }
    }
    Ok(())
}
