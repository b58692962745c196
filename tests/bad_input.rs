//! Bad input gives a clear error for that document and never a panic; the other documents
//! are still ingested.

use eventgraph::{Error, GraphBuilder};

#[test]
fn bad_files_are_skipped_with_errors_and_good_ones_kept() {
    let dir = std::env::temp_dir().join(format!("eventgraph-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a_empty.txt"), b"").unwrap();
    std::fs::write(dir.join("b_binary.txt"), [0u8, 1, 2, 3, 0, 255, 7, 0]).unwrap();
    std::fs::write(dir.join("c_latin1.txt"), b"Caf\xe9 in Paris\nThe minister spoke.").unwrap();
    std::fs::write(dir.join("d_huge.txt"), "word ".repeat(1_100_000)).unwrap();
    std::fs::write(dir.join("e_nosentences.txt"), "12 34 56 -- 78").unwrap();
    std::fs::write(
        dir.join("f_good.txt"),
        "Title\nPresident Anna Nowak of Poland met envoy John Smith in Warsaw.",
    )
    .unwrap();
    let mut b = GraphBuilder::new();
    let failed = b.add_dir(&dir).unwrap();
    let kinds: Vec<&str> = failed
        .iter()
        .map(|(_, e)| match e {
            Error::Empty { .. } => "empty",
            Error::Binary { .. } => "binary",
            Error::InvalidUtf8 { .. } => "utf8",
            Error::LineTooLong { .. } => "long",
            Error::NoSentences { .. } => "nosentences",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["empty", "binary", "utf8", "long", "nosentences"]);
    for (_, e) in &failed {
        assert!(!e.to_string().is_empty());
    }
    assert_eq!(b.len(), 1);
    let g = b.build();
    assert!(!g.find_entity("Anna Nowak").is_empty());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn duplicate_ids_are_refused_without_losing_the_first() {
    let b = GraphBuilder::new()
        .add_text("x", "Title\nJohn Smith spoke in Paris.")
        .unwrap();
    let err = b.clone().add_text("x", "Title\nOther text here.").unwrap_err();
    assert!(matches!(err, Error::DuplicateDocument { .. }));
    assert_eq!(b.len(), 1);
}

#[test]
fn odd_text_never_panics() {
    for t in [
        "\u{feff}Title\n\u{200b}",
        "A\n\n\n.",
        "«»„“”—–-",
        "Ünïcödé Ñame said. 😀 Mr. X.",
        "U.S.\nU.S.",
        "'s 's 's",
        "1,2,3. 4.5.6.",
    ] {
        let _ = GraphBuilder::new().add_text("t", t).map(|b| b.build());
    }
}

#[test]
fn sub_folders_are_read_and_equal_file_names_stay_apart() {
    let dir = std::env::temp_dir().join(format!("eventgraph-nested-{}", std::process::id()));
    for sub in ["sport", "tech"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    std::fs::write(
        dir.join("sport/001.txt"),
        "Cup final\nCoach Anna Nowak praised her team in Warsaw.",
    )
    .unwrap();
    std::fs::write(dir.join("tech/001.txt"), "Chips\nEngineer John Smith spoke in Berlin.").unwrap();
    std::fs::write(dir.join("top.txt"), "Note\nThe minister John Smith arrived in Paris.").unwrap();
    std::fs::write(dir.join("tech/skip.md"), "Not an article.").unwrap();
    let mut b = GraphBuilder::new();
    let failed = b.add_dir(&dir).unwrap();
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(b.len(), 3);
    let g = b.build();
    let mut ids: Vec<&str> = g.documents().iter().map(|d| d.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["sport/001", "tech/001", "top"]);
    std::fs::remove_dir_all(&dir).ok();
}
