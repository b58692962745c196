//! Event rules on small texts that are not from the seeds.

use eventgraph::{EventKind, GraphBuilder};

#[test]
fn release_destinations_keep_their_counts_and_units() {
    let g = GraphBuilder::new()
        .add_text(
            "x",
            "Title\nThe government of Atlantis freed 40 prisoners including activist Olga Petrova on 3 May 2024. \
             Twelve of the freed prisoners were flown to France, while 28 were sent to Spain. \
             Petrova said she hoped they would all see one another soon after being sent to Spain.",
        )
        .unwrap()
        .build();
    let rel = g.find_events(Some(EventKind::Release), None, None, None);
    assert_eq!(rel.len(), 1, "{rel:?}");
    let to = |name: &str| g.find_entity(name)[0].id.clone();
    let q = &rel[0].quantities;
    assert!(
        q.iter()
            .any(|q| q.value == 12.0 && q.unit == "prisoners" && q.to == Some(to("France"))),
        "{q:?}"
    );
    assert!(
        q.iter()
            .any(|q| q.value == 28.0 && q.unit == "prisoners" && q.to == Some(to("Spain"))),
        "{q:?}"
    );
    assert!(!q.iter().any(|q| q.value == 1.0), "'one another' is not a count: {q:?}");
}
