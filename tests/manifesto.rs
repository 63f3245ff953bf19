//! Manifesto rules: revisions move when agreed beliefs change after signing.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::sync::Arc;
use tenstep::model::*;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).expect("valid")
}

#[test]
fn changing_an_agreed_belief_after_signing_stales_the_signatures_until_renewed() {
    let mut plan = Plan::blank(d(2026, 1, 1), 3);
    plan.people = vec![
        Arc::new(Person { id: Id::new("p-1"), name: "Ana".into(), ..Person::default() }),
        Arc::new(Person { id: Id::new("p-2"), name: "Ben".into(), ..Person::default() }),
    ];
    assert!(!plan.manifesto.note_agreed_change(), "nobody signed: no new revision");
    assert_eq!(plan.manifesto.revision, 1);
    let ana = plan.sign_manifesto(&Id::new("p-1"), d(2026, 2, 1));
    plan.sign_manifesto(&Id::new("p-2"), d(2026, 2, 2));
    assert_eq!(plan.manifesto.current_signatures().count(), 2);

    assert!(plan.manifesto.note_agreed_change());
    assert_eq!(plan.manifesto.revision, 2);
    let sig = plan.manifesto.signatures.iter().find(|s| s.id == ana).expect("kept").clone();
    assert_eq!(plan.manifesto.signature_state(&sig), SignatureState::EarlierVersion);
    assert!(!plan.manifesto.note_agreed_change(), "nobody has signed revision 2 yet");
    assert_eq!(plan.manifesto.revision, 2);

    plan.sign_manifesto(&Id::new("p-1"), d(2026, 3, 1));
    assert_eq!(
        plan.manifesto.signatures.iter().filter(|s| s.person == Id::new("p-1")).count(),
        1,
        "renewing replaces"
    );
    assert_eq!(plan.manifesto.current_signatures().count(), 1);
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
}
