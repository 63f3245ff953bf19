//! The ten-step skeleton: a new plan laid out along the framework's ten steps, with the first
//! milestones, the founding roles still to fill, the step-8 questions ready for two first
//! stakeholders, and the review cadence (monthly in year one, six-monthly after).

use crate::model::{Date, Edit, Id, Phase, Plan, Side};
use std::sync::Arc;

/// One lane of the skeleton: its name, the phase it serves, a line on what it is for, and its
/// tasks as (name, first month, months long; 0 for a milestone at the start of that month).
struct Lane {
    name: &'static str,
    phase: Phase,
    description: &'static str,
    tasks: &'static [(&'static str, u32, u32)],
}

const LANES: [Lane; 4] = [
    Lane {
        name: "Strategy and goals",
        phase: Phase::StrategyAndDevelopment,
        description: "Steps 1, 2, 5 and 6: one digital strategy seen from the customer's side, goals that ladder up, shared beliefs.",
        tasks: &[
            ("Step 1: agree that there is one digital strategy", 0, 2),
            ("Step 2: map how customers see us online", 0, 2),
            ("Step 5: set goals and the KPIs that measure them", 1, 2),
            ("Step 6: write the manifesto of shared beliefs", 2, 1),
            ("Manifesto signed by the working group", 3, 0),
        ],
    },
    Lane {
        name: "People and the working group",
        phase: Phase::StrategyAndDevelopment,
        description: "Steps 3, 4, 9 and 10: driver, mentor and sponsor; a working group with a mandate; the cross-silo team; an outside expert.",
        tasks: &[
            ("Step 3: name the driver, the mentor and the sponsor", 0, 1),
            ("Step 4: bring the department leads together with a mandate", 1, 1),
            ("Working group mandate agreed", 2, 0),
            ("Step 10: choose an outside expert to guide the process", 1, 2),
            ("Step 9: form the cross-silo team that carries out the plan", 6, 6),
        ],
    },
    Lane {
        name: "Stakeholders and channels",
        phase: Phase::OperationalDevelopment,
        description: "Step 8: each stakeholder's needs, channels, content, owner and metrics.",
        tasks: &[
            ("Step 8: segment the plan by stakeholder", 2, 2),
            ("Map the channels we run and who each one serves", 2, 2),
            ("Segmentation agreed", 4, 0),
        ],
    },
    Lane {
        name: "Rolling plan and reviews",
        phase: Phase::ManagementAndExecution,
        description: "Step 7: the three-year plan, reviewed every month in year one, then every six months, and rolled forward.",
        tasks: &[("Step 7: agree the three-year rolling plan", 3, 2)],
    },
];

/// A new plan following the ten steps, starting this month.
pub fn skeleton(today: Date, seed: u64) -> Plan {
    let mut plan = Plan::blank(today, seed);
    plan.meta.title = "Our plan for social media in every team".to_owned();
    let start = plan.meta.plan_start;
    let month = |m: u32| start.checked_add_months(chrono::Months::new(m)).unwrap_or(start);
    plan.working_group.mandate = "Agree one digital strategy and a three-year rolling plan for how every \
        department serves its customers online, and see it through."
        .to_owned();
    plan.working_group.deadline = Some(month(3));

    let mut ids: Vec<Id> = Vec::new();
    for lane in &LANES {
        let workstream = plan.add_workstream(lane.name);
        if let Some(w) = plan.workstreams.last_mut() {
            let w = Arc::make_mut(w);
            w.phase = Some(lane.phase);
            w.description = lane.description.to_owned();
        }
        for &(name, from, months) in lane.tasks {
            let end =
                if months == 0 { month(from) } else { month(from + months).pred_opt().unwrap_or(start) };
            ids.extend(add_task(&mut plan, &workstream, name, month(from), end, months == 0));
        }
        if lane.phase == Phase::ManagementAndExecution {
            // The review cadence: monthly in year one, then every six months to the horizon.
            let reviews = (1..=12).chain((18..=36).step_by(6));
            for m in reviews {
                let name = if m <= 12 {
                    format!("Monthly review {m}")
                } else {
                    format!("Six-monthly review, month {m}")
                };
                // The last review falls on the horizon's last day, not the day after it.
                let day = month(m).min(plan.horizon_end());
                add_task(&mut plan, &workstream, &name, day, day, true);
            }
        }
    }
    // A few links, so the order of the first steps is visible: mandate after the roles,
    // manifesto after the strategy, segmentation after the mandate.
    for (before, after) in [(5, 6), (0, 3), (7, 10)] {
        if let (Some(b), Some(a)) = (ids.get(before), ids.get(after)) {
            // The skeleton's links never close a circle.
            let _ = plan.add_dependency(b, a);
        }
    }
    for (side, name) in [(Side::External, "Customers"), (Side::Internal, "Our employees")] {
        let id = plan.add_stakeholder(side, None);
        if let Some(s) = plan.stakeholders.iter_mut().find(|s| s.id == id) {
            Arc::make_mut(s).name = name.to_owned();
        }
    }
    plan
}

fn add_task(
    plan: &mut Plan,
    workstream: &Id,
    name: &str,
    start: Date,
    end: Date,
    milestone: bool,
) -> Option<Id> {
    let edit = Edit::AddTask { workstream: workstream.clone(), name: name.to_owned(), start, end, milestone };
    plan.apply(edit, start).ok()?.created.map(|(_, id)| id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skeleton_is_a_valid_plan_along_the_ten_steps() {
        let today = Date::from_ymd_opt(2026, 12, 3).expect("valid");
        let plan = skeleton(today, 9);
        assert!(crate::model::validate(&plan).is_empty(), "{:?}", crate::model::validate(&plan));
        for step in 1..=10 {
            let text = format!("Step {step}:");
            assert!(plan.tasks.iter().any(|t| t.name.starts_with(&text)), "a task for step {step}");
        }
        let reviews: Vec<_> = plan.tasks.iter().filter(|t| t.name.contains("review")).collect();
        assert_eq!(reviews.len(), 12 + 4, "monthly in year one, then six-monthly to three years");
        assert!(plan.tasks.iter().all(|t| t.end <= plan.horizon_end()), "inside the horizon");
        assert_eq!(plan.stakeholders.len(), 2);
        assert!(plan.tasks.iter().filter(|t| !t.depends_on.is_empty()).count() >= 3);
        let bytes = crate::io::to_canonical_string(&plan).expect("serialises");
        let back = crate::io::load_bytes(bytes.as_bytes()).expect("loads");
        assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    }
}
