//! The sample plans in `sample-plans/`: each loads cleanly, round-trips through the canonical
//! format, and holds the amount of content it is meant to show off.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::path::{Path, PathBuf};
use tenstep::io::{load_bytes, load_file, to_canonical_string};
use tenstep::model::*;

fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans")
}

/// Every `.ron` file in `sample-plans/`, sorted by name.
fn sample_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(sample_dir())
        .expect("the sample-plans folder exists")
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    files.sort();
    files
}

fn load_clean(path: &Path) -> Plan {
    let name = path.display();
    let loaded = load_file(path).unwrap_or_else(|e| panic!("{name} does not load: {e}"));
    let warnings: Vec<String> = loaded
        .warnings
        .iter()
        .map(|w| {
            let at = w.location.map(|l| format!("{l}: ")).unwrap_or_default();
            format!("  {at}{}", w.message)
        })
        .collect();
    assert!(warnings.is_empty(), "{name} loads with warnings:\n{}", warnings.join("\n"));
    assert_eq!(loaded.read_only, None, "{name} opens read-only");
    loaded.plan
}

/// The numeric part of every id in the plan.
fn id_numbers(plan: &Plan) -> Vec<u64> {
    let mut ids: Vec<&Id> = Vec::new();
    ids.extend(plan.departments.iter().map(|e| &e.id));
    ids.extend(plan.people.iter().map(|e| &e.id));
    ids.extend(plan.goals.iter().map(|e| &e.id));
    ids.extend(plan.kpis.iter().map(|e| &e.id));
    ids.extend(plan.manifesto.beliefs.iter().map(|e| &e.id));
    ids.extend(plan.manifesto.signatures.iter().map(|e| &e.id));
    ids.extend(plan.workstreams.iter().map(|e| &e.id));
    ids.extend(plan.tasks.iter().map(|e| &e.id));
    ids.extend(plan.stakeholders.iter().map(|e| &e.id));
    ids.extend(plan.channels.iter().map(|e| &e.id));
    ids.extend(plan.reviews.iter().map(|e| &e.id));
    ids.iter()
        .map(|id| {
            let (_, number) = id.as_str().rsplit_once('-').unwrap_or_else(|| panic!("id {id} has no number"));
            number.parse().unwrap_or_else(|_| panic!("id {id} does not end in a number"))
        })
        .collect()
}

/// Checks that hold for every sample, whatever its size.
fn check_common(path: &Path, plan: &Plan) {
    let name = path.display();

    // Re-saving and loading again gives the same plan.
    let text = to_canonical_string(plan).expect("the plan serialises");
    let again =
        load_bytes(text.as_bytes()).unwrap_or_else(|e| panic!("{name} does not load after re-saving: {e}"));
    assert!(again.warnings.is_empty(), "{name} has warnings after re-saving: {:?}", again.warnings);
    assert_eq!(&again.plan, plan, "{name} changes when re-saved and loaded again");

    // One counter across all kinds, and the next id is above every id in use.
    let numbers = id_numbers(plan);
    let mut unique = numbers.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), numbers.len(), "{name} uses an id number twice across kinds");
    let largest = numbers.iter().copied().max().unwrap_or(0);
    assert!(plan.next_id > largest, "{name}: next_id {} is not above the largest id {largest}", plan.next_id);

    // Every task sits inside the horizon.
    let (start, end) = (plan.meta.plan_start, plan.horizon_end());
    for t in &plan.tasks {
        assert!(t.start >= start && t.end <= end, "{name}: {} “{}” is outside {start}..{end}", t.id, t.name);
        assert!(t.progress <= 100, "{name}: {} is {}% done", t.id, t.progress);
    }
    assert_eq!(plan.meta.horizon_years, 3, "{name}: samples use the three-year horizon");
    assert_eq!(plan.assessment.integration.len(), 5, "{name}: all five types of integration are rated");
}

#[test]
fn the_three_samples_are_present() {
    let names: Vec<String> =
        sample_files().iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    for expected in ["city-council.ron", "northwind-retail.ron", "small-agency.ron"] {
        assert!(names.iter().any(|n| n == expected), "sample-plans/{expected} is missing (found {names:?})");
    }
}

#[test]
fn every_sample_loads_cleanly_and_round_trips() {
    let files = sample_files();
    assert!(!files.is_empty(), "no sample plans found in {}", sample_dir().display());
    for path in &files {
        let plan = load_clean(path);
        check_common(path, &plan);
    }
}

#[test]
fn northwind_is_a_full_plan_under_way() {
    let path = sample_dir().join("northwind-retail.ron");
    let plan = load_clean(&path);
    assert!(plan.tasks.len() >= 40, "{} tasks", plan.tasks.len());
    assert!(plan.milestones().count() >= 5, "{} milestones", plan.milestones().count());
    assert!((6..=8).contains(&plan.workstreams.len()), "{} workstreams", plan.workstreams.len());
    assert!(plan.stakeholders.len() >= 12, "{} stakeholders", plan.stakeholders.len());
    assert!(plan.stakeholders.iter().any(|s| s.side == Side::Internal));
    assert!(plan.stakeholders.iter().any(|s| s.side == Side::External));
    assert!(plan.channels.len() >= 8, "{} channels", plan.channels.len());
    for media in Media::ALL {
        assert!(plan.channels.iter().any(|c| c.media == media), "no {} channel", media.label());
    }
    let beliefs = &plan.manifesto.beliefs;
    assert!((6..=10).contains(&beliefs.len()), "{} beliefs", beliefs.len());
    assert!(beliefs.iter().any(|b| b.status == BeliefStatus::Proposed));
    assert!(beliefs.iter().filter(|b| b.status == BeliefStatus::Agreed).count() > beliefs.len() / 2);
    assert!(plan.manifesto.current_signatures().count() >= 1, "nobody signed the current revision");
    assert!((12..=18).contains(&plan.people.len()), "{} people", plan.people.len());
    for role in [Role::Driver, Role::Mentor, Role::Sponsor, Role::Member, Role::OutsideExpert] {
        assert!(plan.people.iter().any(|p| p.role == role), "nobody is {}", role.label());
    }
    assert!((3..=6).contains(&plan.goals.len()), "{} goals", plan.goals.len());
    assert!(plan.goals.iter().any(|g| g.parent.is_some()), "the goals do not form a tree");
    assert!(!plan.kpis.is_empty());
    assert!(plan.assessment.maturity.len() >= 10, "{} maturity ratings", plan.assessment.maturity.len());
    assert!(!plan.assessment.history.is_empty(), "no earlier integration record");
    assert_eq!(plan.assessment.checklist.len(), 10, "the ten-step checklist is incomplete");
    assert!(!plan.reviews.is_empty(), "no review");
    let statuses: Vec<TaskStatus> = plan.tasks.iter().map(|t| t.status).collect();
    for status in TaskStatus::ALL {
        assert!(statuses.contains(&status), "no task is {}", status.label());
    }
    // Some tasks slipped since the review's baseline.
    let review = &plan.reviews[0];
    let slipped = review
        .baseline
        .iter()
        .filter(|b| plan.tasks.iter().any(|t| t.id == b.task && (t.start, t.end) != (b.start, b.end)))
        .count();
    assert!(slipped >= 1, "no task moved since the review");
}

#[test]
fn small_agency_is_just_starting() {
    let path = sample_dir().join("small-agency.ron");
    let plan = load_clean(&path);
    assert!((10..=20).contains(&plan.tasks.len()), "{} tasks", plan.tasks.len());
    assert!((4..=6).contains(&plan.stakeholders.len()), "{} stakeholders", plan.stakeholders.len());
    assert!((3..=5).contains(&plan.channels.len()), "{} channels", plan.channels.len());
    assert!((4..=6).contains(&plan.people.len()), "{} people", plan.people.len());
    assert!(plan.manifesto.signatures.is_empty(), "the draft manifesto is already signed");
    assert!(plan.manifesto.beliefs.iter().any(|b| b.status == BeliefStatus::Proposed));
    assert!(plan.assessment.maturity.iter().all(|r| r.rating != ActivityLevel::Established));
}

#[test]
fn city_council_is_partly_signed() {
    let path = sample_dir().join("city-council.ron");
    let plan = load_clean(&path);
    assert!((25..=40).contains(&plan.tasks.len()), "{} tasks", plan.tasks.len());
    assert!(plan.stakeholders.len() >= 5, "{} stakeholders", plan.stakeholders.len());
    let signed = plan.manifesto.current_signatures().count();
    assert!(signed >= 1 && signed < plan.people.len(), "{signed} of {} people signed", plan.people.len());
}
