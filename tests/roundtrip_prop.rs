//! Property tests: any plan survives the file format unchanged, and no bytes make loading panic.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use proptest::prelude::*;
use proptest::test_runner::Config;
use std::sync::Arc;
use tenstep::io::{load_bytes, to_canonical_string};
use tenstep::model::*;

/// Text that is hard on a serialiser: quotes, backslashes, newlines, `#`, raw-string-looking
/// text, comments, emoji, control characters and any other Unicode scalar.
fn text() -> impl Strategy<Value = String> {
    let tricky = prop::sample::select(vec![
        "\"",
        "\\",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "#",
        "\"#",
        "r#\"",
        "\"##",
        "r\"",
        "r##\"x\"##",
        "'",
        "//",
        "/*",
        "*/",
        "😀",
        "👩‍👩‍👧",
        "🇯🇵",
        "日本",
        "é",
        "e\u{301}",
        "\u{301}",
        "\u{feff}",
        "\0",
        "\u{7f}",
        "\u{1b}",
        "\u{200b}",
        "\u{2028}",
        "\u{10ffff}",
        "id: \"t-1\"",
        "),",
        "(",
        "[",
        "]",
        "\\u{41}",
        "\\n",
        "“",
        "”",
        "NaN",
        "inf",
        "Some(",
        "None",
    ])
    .prop_map(str::to_owned);
    let piece = prop_oneof![
        3 => any::<char>().prop_map(String::from),
        2 => "[a-zA-Z0-9 ]{1,6}",
        3 => tricky,
    ];
    prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
}

fn an_id() -> impl Strategy<Value = Id> {
    prop_oneof![
        3 => (prop::sample::select(vec!["d", "p", "g", "k", "b", "sig", "w", "t", "s", "c", "r"]), 0u32..20)
            .prop_map(|(prefix, n)| Id(format!("{prefix}-{n:04}"))),
        1 => text().prop_map(Id),
    ]
}

fn ids() -> impl Strategy<Value = Vec<Id>> {
    prop::collection::vec(an_id(), 0..8)
}

fn date() -> impl Strategy<Value = Date> {
    (1900i32..2200, 1u32..=366).prop_filter_map("a real day of the year", |(y, o)| Date::from_yo_opt(y, o))
}

/// Finite numbers: negative, tiny (subnormal), huge, zero of either sign, and familiar decimals.
fn number() -> impl Strategy<Value = f64> {
    use proptest::num::f64 as f;
    prop_oneof![
        4 => f::POSITIVE | f::NEGATIVE | f::NORMAL | f::SUBNORMAL | f::ZERO,
        1 => prop::sample::select(vec![
            0.1, 1e-7, 12345.678, -0.0, 0.0, 1e300, -1e300, f64::MAX, f64::MIN, f64::MIN_POSITIVE, 5e-324,
            -5e-324, 1e21, 1e22, 123456789012345680.0, 0.30000000000000004,
        ]),
        1 => (-1_000_000i64..1_000_000).prop_map(|n| n as f64 / 100.0),
    ]
}

fn list<T: std::fmt::Debug>(item: impl Strategy<Value = T>) -> impl Strategy<Value = List<T>> {
    prop::collection::vec(item.prop_map(Arc::new), 0..8)
}

fn one_of<T: Clone + std::fmt::Debug + 'static>(all: &[T]) -> impl Strategy<Value = T> + use<T> {
    prop::sample::select(all.to_vec())
}

fn department() -> impl Strategy<Value = Department> {
    (an_id(), text(), text(), any::<bool>()).prop_map(|(id, name, color, customer_facing)| Department {
        id,
        name,
        color,
        customer_facing,
    })
}

fn person() -> impl Strategy<Value = Person> {
    (an_id(), text(), proptest::option::of(an_id()), text(), text(), one_of(&Role::ALL)).prop_map(
        |(id, name, department, title, email, role)| Person { id, name, department, title, email, role },
    )
}

fn goal() -> impl Strategy<Value = Goal> {
    (an_id(), text(), text(), proptest::option::of(an_id()), proptest::option::of(an_id()))
        .prop_map(|(id, title, description, parent, owner)| Goal { id, title, description, parent, owner })
}

fn kpi() -> impl Strategy<Value = Kpi> {
    (
        an_id(),
        an_id(),
        text(),
        text(),
        number(),
        number(),
        proptest::option::of(number()),
        proptest::option::of(date()),
    )
        .prop_map(|(id, goal, name, unit, baseline, target, current, due)| Kpi {
            id,
            goal,
            name,
            unit,
            baseline,
            target,
            current,
            due,
        })
}

fn belief() -> impl Strategy<Value = Belief> {
    let vote = (an_id(), any::<u32>()).prop_map(|(person, dots)| Vote { person, dots });
    (
        an_id(),
        text(),
        text(),
        one_of(&[BeliefStatus::Proposed, BeliefStatus::Agreed, BeliefStatus::Dropped]),
        prop::collection::vec(vote, 0..8),
    )
        .prop_map(|(id, statement, rationale, status, votes)| Belief {
            id,
            statement,
            rationale,
            status,
            votes,
        })
}

fn signature() -> impl Strategy<Value = Signature> {
    (an_id(), an_id(), date(), any::<u32>()).prop_map(|(id, person, date, revision)| Signature {
        id,
        person,
        date,
        revision,
    })
}

fn manifesto() -> impl Strategy<Value = Manifesto> {
    (text(), text(), any::<u32>(), list(belief()), list(signature())).prop_map(
        |(title, preamble, revision, beliefs, signatures)| Manifesto {
            title,
            preamble,
            revision,
            beliefs,
            signatures,
        },
    )
}

fn workstream() -> impl Strategy<Value = Workstream> {
    (
        an_id(),
        text(),
        text(),
        text(),
        proptest::option::of(an_id()),
        proptest::option::of(one_of(&Phase::ALL)),
    )
        .prop_map(|(id, name, description, color, lead, phase)| Workstream {
            id,
            name,
            description,
            color,
            lead,
            phase,
        })
}

fn task() -> impl Strategy<Value = Task> {
    (
        (an_id(), an_id(), text(), any::<bool>(), date(), date()),
        (proptest::option::of(an_id()), proptest::option::of(an_id()), any::<u8>(), one_of(&TaskStatus::ALL)),
        (ids(), ids(), ids(), text(), proptest::option::of(text())),
    )
        .prop_map(
            |(
                (id, workstream, name, milestone, start, end),
                (owner, department, progress, status),
                (depends_on, goals, stakeholders, notes, maturity_activity),
            )| Task {
                id,
                workstream,
                name,
                milestone,
                start,
                end,
                owner,
                department,
                progress,
                status,
                depends_on,
                goals,
                stakeholders,
                notes,
                maturity_activity,
            },
        )
}

fn stakeholder() -> impl Strategy<Value = Stakeholder> {
    let side = one_of(&[Side::Internal, Side::External]);
    (
        (an_id(), text(), side, text(), any::<u8>(), any::<u8>(), any::<bool>()),
        (one_of(&Engagement::ALL), one_of(&Engagement::ALL), text(), text(), ids(), text()),
        (
            proptest::option::of(an_id()),
            proptest::option::of(an_id()),
            text(),
            text(),
            proptest::option::of(an_id()),
            text(),
        ),
    )
        .prop_map(
            |(
                (id, name, side, segment, influence, interest, unplaced),
                (engagement_now, engagement_target, needs, how_served, channels, content_strategy),
                (department, owner, learning, metrics, accountable_to, notes),
            )| Stakeholder {
                id,
                name,
                side,
                segment,
                influence,
                interest,
                unplaced,
                engagement_now,
                engagement_target,
                needs,
                how_served,
                channels,
                content_strategy,
                department,
                owner,
                learning,
                metrics,
                accountable_to,
                notes,
            },
        )
}

fn channel() -> impl Strategy<Value = Channel> {
    (an_id(), text(), one_of(&Media::ALL), proptest::option::of(an_id()), text())
        .prop_map(|(id, name, media, department, url)| Channel { id, name, media, department, url })
}

fn integration_rating() -> impl Strategy<Value = IntegrationRating> {
    (one_of(&IntegrationType::ALL), any::<u8>(), text()).prop_map(|(kind, rating, notes)| IntegrationRating {
        kind,
        rating,
        notes,
    })
}

fn assessment() -> impl Strategy<Value = Assessment> {
    let activity = prop_oneof![
        3 => one_of(&MATURITY_STAGES.iter().flat_map(|s| s.activities.iter().copied()).collect::<Vec<_>>())
            .prop_map(str::to_owned),
        1 => text(),
    ];
    let level = one_of(&[ActivityLevel::NotStarted, ActivityLevel::Emerging, ActivityLevel::Established]);
    let rating = (activity, level, text(), proptest::option::of(date()))
        .prop_map(|(activity, rating, evidence, date)| ActivityRating { activity, rating, evidence, date });
    let status = one_of(&[StepStatus::NotStarted, StepStatus::InProgress, StepStatus::Done]);
    let entry =
        (any::<u8>(), status, text()).prop_map(|(step, status, note)| ChecklistEntry { step, status, note });
    let record = (date(), prop::collection::vec(integration_rating(), 0..8))
        .prop_map(|(date, ratings)| IntegrationRecord { date, ratings });
    (
        prop::collection::vec(rating, 0..8),
        prop::collection::vec(integration_rating(), 0..8),
        prop::collection::vec(entry, 0..8),
        prop::collection::vec(record, 0..4),
    )
        .prop_map(|(maturity, integration, checklist, history)| Assessment {
            maturity,
            integration,
            checklist,
            history,
        })
}

fn review() -> impl Strategy<Value = Review> {
    let entry = (an_id(), date(), date()).prop_map(|(task, start, end)| BaselineEntry { task, start, end });
    (an_id(), date(), date(), text(), prop::collection::vec(entry, 0..8)).prop_map(
        |(id, date, previous_review_date, note, baseline)| Review {
            id,
            date,
            previous_review_date,
            note,
            baseline,
        },
    )
}

fn meta() -> impl Strategy<Value = Meta> {
    ((text(), text(), text()), (date(), date(), date(), any::<u8>(), date())).prop_map(
        |((title, organisation, author), (created, modified, plan_start, horizon_years, review_date))| Meta {
            title,
            organisation,
            author,
            created,
            modified,
            plan_start,
            horizon_years,
            review_date,
        },
    )
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        (text(), any::<u64>(), meta(), list(department()), list(person())),
        (text(), proptest::option::of(date()), list(goal()), list(kpi()), manifesto()),
        (
            list(workstream()),
            list(task()),
            list(stakeholder()),
            list(channel()),
            assessment(),
            list(review()),
            workshop(),
        ),
    )
        .prop_map(
            |(
                (id, next_id, meta, departments, people),
                (mandate, deadline, goals, kpis, manifesto),
                (workstreams, tasks, stakeholders, channels, assessment, reviews, workshop),
            )| Plan {
                format_version: FORMAT_VERSION,
                id,
                next_id,
                meta,
                departments,
                people,
                working_group: WorkingGroup { mandate, deadline },
                goals,
                kpis,
                manifesto,
                workstreams,
                tasks,
                stakeholders,
                channels,
                assessment,
                reviews,
                workshop,
            },
        )
}

/// Agendas with known slide keys, unknown ones (from a newer version) and repeats.
fn workshop() -> impl Strategy<Value = Workshop> {
    let key = prop_oneof![
        proptest::sample::select(SlideKind::ALL.map(|k| k.key().to_owned()).to_vec()),
        "[a-z_]{1,12}",
    ];
    let vote_on = prop_oneof![Just("beliefs"), Just("goals"), Just("stakeholders"), Just("kpis")];
    let votes = proptest::collection::vec(("[a-z]-[0-9]{4}", "[a-z]-[0-9]{4}", 1u32..5), 0..4);
    let voters = proptest::collection::vec("[a-z]-[0-9]{4}", 0..4);
    (proptest::collection::vec((key, any::<bool>()), 0..12), 0u32..30, vote_on, votes, voters).prop_map(
        |(items, dots, vote_on, votes, voters)| Workshop {
            agenda: items.into_iter().map(|(slide, hidden)| AgendaItem { slide, hidden }).collect(),
            dots_per_person: dots,
            vote_on: vote_on.to_owned(),
            votes: votes
                .into_iter()
                .map(|(item, person, dots)| ItemVotes {
                    item: Id(item),
                    votes: vec![Vote { person: Id(person), dots }],
                })
                .collect(),
            voters: voters.into_iter().map(Id).collect(),
        },
    )
}

/// Gives every entity a plain id, unique across all kinds, so warnings can be located.
fn with_plain_unique_ids(mut plan: Plan) -> Plan {
    fn renumber<T: Clone>(list: &mut List<T>, prefix: &str, next: &mut u32, id: impl Fn(&mut T) -> &mut Id) {
        for entity in list.iter_mut() {
            *id(Arc::make_mut(entity)) = Id(format!("{prefix}-{:04}", *next));
            *next += 1;
        }
    }
    let mut n = 0;
    plan.id = "plan-x".to_owned();
    renumber(&mut plan.departments, "d", &mut n, |e| &mut e.id);
    renumber(&mut plan.people, "p", &mut n, |e| &mut e.id);
    renumber(&mut plan.goals, "g", &mut n, |e| &mut e.id);
    renumber(&mut plan.kpis, "k", &mut n, |e| &mut e.id);
    renumber(&mut plan.manifesto.beliefs, "b", &mut n, |e| &mut e.id);
    renumber(&mut plan.manifesto.signatures, "sig", &mut n, |e| &mut e.id);
    renumber(&mut plan.workstreams, "w", &mut n, |e| &mut e.id);
    renumber(&mut plan.tasks, "t", &mut n, |e| &mut e.id);
    renumber(&mut plan.stakeholders, "s", &mut n, |e| &mut e.id);
    renumber(&mut plan.channels, "c", &mut n, |e| &mut e.id);
    renumber(&mut plan.reviews, "r", &mut n, |e| &mut e.id);
    plan
}

/// The 1-based line and character column of the first `id: "<id>"` in `text`.
fn declaration(text: &str, id: &Id) -> Option<tenstep::io::Location> {
    let at = text.find(&format!("id: \"{id}\""))?;
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    Some(tenstep::io::Location {
        line: before.matches('\n').count() + 1,
        col: before[line_start..].chars().count() + 1,
    })
}

fn config(cases: u32) -> Config {
    Config { cases, failure_persistence: None, ..Config::default() }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_plan_round_trips(plan in plan()) {
        let text = to_canonical_string(&plan).expect("a plan serialises");
        let loaded = match load_bytes(text.as_bytes()) {
            Ok(loaded) => loaded,
            Err(e) => return Err(TestCaseError::fail(format!("{e}\n--- text ---\n{text}"))),
        };
        prop_assert_eq!(&loaded.read_only, &None);
        prop_assert_eq!(&loaded.plan, &plan);
        let again = to_canonical_string(&loaded.plan).expect("a plan serialises");
        prop_assert_eq!(again, text);
    }

    #[test]
    fn any_text_round_trips_in_every_text_field(s in text(), i in an_id()) {
        let mut plan = Plan { id: s.clone(), ..Plan::default() };
        plan.meta.title = s.clone();
        plan.manifesto.preamble = s.clone();
        plan.tasks.push(Arc::new(Task { id: i.clone(), notes: s.clone(), name: s.clone(), ..Task::default() }));
        let text = to_canonical_string(&plan).expect("a plan serialises");
        let loaded = load_bytes(text.as_bytes()).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&loaded.plan, &plan);
    }

    #[test]
    fn any_number_round_trips_bit_for_bit(values in prop::collection::vec(number(), 3)) {
        let kpi = Kpi { baseline: values[0], target: values[1], current: Some(values[2]), ..Kpi::default() };
        let plan = Plan { kpis: vec![Arc::new(kpi)], ..Plan::default() };
        let text = to_canonical_string(&plan).expect("a plan serialises");
        let loaded = load_bytes(text.as_bytes()).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let back = &loaded.plan.kpis[0];
        prop_assert_eq!(back.baseline.to_bits(), values[0].to_bits(), "baseline in {}", text);
        prop_assert_eq!(back.target.to_bits(), values[1].to_bits(), "target in {}", text);
        prop_assert_eq!(back.current.map(f64::to_bits), Some(values[2].to_bits()), "current in {}", text);
    }

    #[test]
    fn every_warning_about_an_entity_points_at_its_id(plan in plan().prop_map(with_plain_unique_ids)) {
        let text = to_canonical_string(&plan).expect("a plan serialises");
        let loaded = load_bytes(text.as_bytes()).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&loaded.warnings.len(), &validate(&plan).len());
        for w in &loaded.warnings {
            match &w.entity {
                Some(entity) => prop_assert_eq!(w.location, declaration(&text, entity), "{:?}", w),
                None => prop_assert_eq!(w.location, None, "{:?}", w),
            }
        }
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn any_bytes_load_or_fail_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = load_bytes(&bytes);
    }

    #[test]
    fn damaged_plan_text_never_panics(
        plan in plan(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..6),
    ) {
        let mut bytes = to_canonical_string(&plan).expect("a plan serialises").into_bytes();
        for (at, byte, how) in edits {
            let at = at.index(bytes.len() + 1);
            match how {
                0 if at < bytes.len() => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ => bytes.truncate(at),
            }
        }
        if let Err(e) = load_bytes(&bytes) {
            prop_assert!(!e.message.is_empty());
        }
    }
}
