//! Properties of the name module on arbitrary input: folding is idempotent, comparison is
//! symmetric and reflexive, and nothing panics (empty, whitespace, emoji, long runs, mixed
//! scripts).

use eventgraph::names::{NameKind, PersonName, blocking_keys, cluster, compare, fold};
use proptest::prelude::*;

const KINDS: [NameKind; 3] = [NameKind::Person, NameKind::Organisation, NameKind::Other];

/// Names built from pieces in several scripts, with punctuation, digits and emoji.
fn name() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[A-Z][a-z]{1,9}",
        "[А-Я][а-я]{1,9}",
        "[a-zà-ÿ]{1,8}",
        "[Α-Ω][α-ω]{1,6}",
        Just("O’Brien".to_string()),
        Just("Ł".to_string()),
        Just("😀".to_string()),
        Just("AG".to_string()),
        Just("3".to_string()),
        "[ .,'-]{0,2}",
        "\\PC{1,4}",
    ];
    prop::collection::vec(piece, 0..6).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn fold_is_idempotent(s in name()) {
        let f = fold(&s);
        prop_assert_eq!(fold(&f), f);
    }

    #[test]
    fn compare_is_symmetric(a in name(), b in name()) {
        for k in KINDS {
            let (x, y) = (compare(&a, &b, k), compare(&b, &a, k));
            prop_assert_eq!(x.verdict, y.verdict);
            prop_assert!((x.score - y.score).abs() < 1e-6);
        }
    }

    #[test]
    fn a_name_matches_itself(a in name()) {
        prop_assume!(!a.trim().is_empty());
        for k in KINDS {
            prop_assert!(compare(&a, &a, k).is_match(), "{:?} {:?}", a, compare(&a, &a, k));
        }
    }

    #[test]
    fn parsing_keys_and_clustering_never_panic(names in prop::collection::vec(name(), 0..12)) {
        for n in &names {
            let _ = PersonName::parse(n);
            for k in KINDS {
                let _ = blocking_keys(n, k);
            }
        }
        for k in KINDS {
            let g = cluster(&names, k);
            prop_assert_eq!(g.len(), names.len());
        }
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    let long = "a".repeat(10_000);
    let mixed = "Алесь Bialiatski 畢 ₿ 😀 ﷽ \u{0301}\u{200d}";
    for s in [
        "",
        " ",
        "\t\n",
        "😀😀😀",
        long.as_str(),
        mixed,
        "-",
        ",",
        "A.",
        "van",
        "Dr",
    ] {
        for k in KINDS {
            let c = compare(s, mixed, k);
            assert!(c.score.is_finite());
            let _ = compare(s, s, k);
            let _ = blocking_keys(s, k);
        }
        assert_eq!(fold(&fold(s)), fold(s));
    }
    assert!(compare(&long, &long, NameKind::Person).is_match());
}
