//! The central facts of the seed articles, asserted on the graph built from `seeds/`.

use std::path::Path;

use eventgraph::graph::Entity;
use eventgraph::{EventKind, GraphBuilder, KnowledgeGraph, RelationKind, Role};

fn graph() -> KnowledgeGraph {
    let mut b = GraphBuilder::new();
    let failed = b
        .add_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")))
        .unwrap();
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(b.len(), 5);
    b.build()
}

fn one<'g>(g: &'g KnowledgeGraph, name: &str) -> &'g Entity {
    let hits = g.find_entity(name);
    assert!(!hits.is_empty(), "no entity for {name}");
    hits[0]
}

#[test]
fn transliterations_are_one_node_and_relatives_stay_apart() {
    let g = graph();
    let k = one(&g, "Kalesnikava");
    assert_eq!(k.id, one(&g, "Kolesnikova").id);
    assert_eq!(k.id, one(&g, "Мария Колесникова").id, "Cyrillic lookup");
    assert_eq!(one(&g, "Bialiatski").id, one(&g, "Ales Bialiatsky").id);
    let sviatlana = one(&g, "Sviatlana Tsikhanouskaya");
    let siarhei = one(&g, "Siarhei Tsikhanouski");
    assert_ne!(sviatlana.id, siarhei.id);
    let viktar = one(&g, "Viktar Babaryka");
    let eduard = one(&g, "Eduard Babaryka");
    assert_ne!(viktar.id, eduard.id);
    assert!(
        g.relations()
            .iter()
            .any(|(s, k, t, _)| s.id == eduard.id && *k == RelationKind::ChildOf && t.id == viktar.id)
    );
}

#[test]
fn one_release_with_five_sources_and_its_figures() {
    let g = graph();
    let releases = g.find_events(Some(EventKind::Release), None, None, Some(&one(&g, "Kalesnikava").id));
    assert_eq!(releases.len(), 1, "{releases:?}");
    let r = releases[0];
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2025-12-13"));
    assert_eq!(r.sources.len(), 5);
    let lithuania = one(&g, "Lithuania");
    let ukraine = one(&g, "Ukraine");
    assert!(r.quantities.iter().any(|q| q.value == 123.0 && q.unit == "prisoners"));
    assert!(
        r.quantities
            .iter()
            .any(|q| q.value == 9.0 && q.to.as_deref() == Some(lithuania.id.as_str()))
    );
    assert!(
        r.quantities
            .iter()
            .any(|q| q.value == 114.0 && q.to.as_deref() == Some(ukraine.id.as_str()))
    );
    let roles = g.roles(&r.id);
    for name in ["Ales Bialiatski", "Viktar Babaryka"] {
        let id = &one(&g, name).id;
        assert!(
            roles.iter().any(|(role, e)| *role == Role::Released && &e.id == id),
            "{name} released"
        );
    }
    // Tsikhanouski's earlier release is another event.
    let other = g.find_events(
        Some(EventKind::Release),
        None,
        None,
        Some(&one(&g, "Siarhei Tsikhanouski").id),
    );
    assert_eq!(other.len(), 1);
    assert_ne!(other[0].id, r.id);
}

#[test]
fn the_2021_caption_meeting_is_separate_from_the_2025_talks() {
    let g = graph();
    let putin = one(&g, "Putin").id.clone();
    let talks = g.find_events(Some(EventKind::Talks), None, None, None);
    let caption = talks
        .iter()
        .find(|t| t.date.map(|d| d.to_string()).as_deref() == Some("2021-09-09"))
        .expect("2021 meeting");
    assert!(g.roles(&caption.id).iter().any(|(_, e)| e.id == putin));
    assert!(
        talks
            .iter()
            .any(|t| t.id != caption.id && t.date.is_some_and(|d| d.year == 2025))
    );
}

#[test]
fn every_mention_points_at_its_text() {
    let g = graph();
    for e in g.entities() {
        for m in &e.mentions {
            let text = std::fs::read_to_string(format!("{}/seeds/{}.txt", env!("CARGO_MANIFEST_DIR"), m.doc)).unwrap();
            let surface = &text[m.start..m.end];
            assert!(
                e.aliases.contains(surface)
                    || e.aliases
                        .iter()
                        .any(|a| a.split_whitespace().collect::<Vec<_>>()
                            == surface.split_whitespace().collect::<Vec<_>>()),
                "{surface} not an alias of {}",
                e.name
            );
        }
    }
}

#[test]
fn export_is_deterministic_and_save_load_round_trips() {
    let a = graph().to_export_json();
    let b = graph().to_export_json();
    assert_eq!(a, b);
    let g = graph();
    let back = KnowledgeGraph::load(&g.save().unwrap()).unwrap();
    assert_eq!(back.to_export_json(), g.to_export_json());
}

#[test]
fn leaders_and_envoys() {
    let g = graph();
    let rel = |s: &str, k: RelationKind, t: &str| {
        let (s, t) = (one(&g, s).id.clone(), one(&g, t).id.clone());
        g.relations()
            .iter()
            .any(|(a, kk, b, _)| a.id == s && *kk == k && b.id == t)
    };
    assert!(rel("Lukashenko", RelationKind::LeaderOf, "Belarus"));
    assert!(rel("Putin", RelationKind::LeaderOf, "Russia"));
    assert!(rel("John Coale", RelationKind::EnvoyOf, "United States"));
}
