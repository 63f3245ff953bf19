//! Synthetic plans of any size, for benchmarks and stress tests.

use super::{
    Channel, Date, Department, Engagement, Id, Media, Person, Plan, Role, Side, Stakeholder, Task,
    TaskStatus, Workstream,
};
use std::sync::Arc;

/// A plan with `tasks` tasks (in 20 workstreams, each depending on the one before it in its
/// workstream) and `stakeholders` stakeholders, with realistic text lengths. Deterministic.
pub fn synthetic_plan(tasks: usize, stakeholders: usize) -> Plan {
    synthetic_plan_with(tasks, stakeholders, 20, tasks.saturating_sub(20))
}

/// Like [`synthetic_plan`], with `workstreams` lanes and at most `dependencies`
/// finish-to-start links (each task on the one `workstreams` before it, in the same lane).
pub fn synthetic_plan_with(
    tasks: usize,
    stakeholders: usize,
    workstreams: usize,
    dependencies: usize,
) -> Plan {
    let streams = workstreams.max(1);
    let start = Date::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    let mut plan = Plan::blank(start, 42);
    plan.meta.title = format!("Synthetic plan with {tasks} tasks");
    plan.meta.organisation = "Example Group".to_owned();
    let departments = 12;
    for d in 0..departments {
        let id = Id(format!("d-{d:05}"));
        plan.departments.push(Arc::new(Department {
            id,
            name: format!("Department {d}"),
            color: format!("#{:02x}{:02x}80", (d * 20) % 256, (d * 45) % 256),
            customer_facing: d % 3 == 0,
        }));
    }
    let people = 60;
    for p in 0..people {
        plan.people.push(Arc::new(Person {
            id: Id(format!("p-{p:05}")),
            name: format!("Person Number{p}"),
            department: Some(Id(format!("d-{:05}", p % departments))),
            title: "Head of something important".to_owned(),
            email: format!("person{p}@example.com"),
            role: if p == 0 { Role::Driver } else { Role::Member },
        }));
    }
    for w in 0..streams {
        plan.workstreams.push(Arc::new(Workstream {
            id: Id(format!("w-{w:05}")),
            name: format!("Workstream {w}"),
            description: "A stream of related work across departments.".to_owned(),
            color: "#3366aa".to_owned(),
            lead: Some(Id(format!("p-{:05}", w % people))),
            phase: None,
        }));
    }
    for t in 0..tasks {
        let offset = (t * 7 % 1000) as u64;
        let begin = start + chrono::Days::new(offset);
        let end = begin + chrono::Days::new(14 + (t % 60) as u64);
        let linked = t >= streams && t - streams < dependencies;
        let depends_on = if linked { vec![Id(format!("t-{:06}", t - streams))] } else { Vec::new() };
        plan.tasks.push(Arc::new(Task {
            id: Id(format!("t-{t:06}")),
            workstream: Id(format!("w-{:05}", t % streams)),
            name: format!("Task {t}: publish the quarterly channel review"),
            milestone: t % 10 == 0,
            start: begin,
            end: if t % 10 == 0 { begin } else { end },
            owner: Some(Id(format!("p-{:05}", t % people))),
            department: Some(Id(format!("d-{:05}", t % departments))),
            progress: (t % 101) as u8,
            status: TaskStatus::ALL[t % 5],
            depends_on,
            goals: Vec::new(),
            stakeholders: Vec::new(),
            notes: "Agree the scope with the working group first.".to_owned(),
            maturity_activity: None,
        }));
    }
    let channels = 60;
    for c in 0..channels {
        plan.channels.push(Arc::new(Channel {
            id: Id(format!("c-{c:05}")),
            name: format!("Channel {c}"),
            media: Media::ALL[c % 3],
            department: Some(Id(format!("d-{:05}", c % departments))),
            url: format!("https://example.com/channel/{c}"),
        }));
    }
    for s in 0..stakeholders {
        plan.stakeholders.push(Arc::new(Stakeholder {
            id: Id(format!("s-{s:05}")),
            name: format!("Stakeholder segment {s}"),
            side: if s % 4 == 0 { Side::Internal } else { Side::External },
            segment: format!("Segment {}", s % 8),
            influence: (s % 5 + 1) as u8,
            interest: ((s + 2) % 5 + 1) as u8,
            unplaced: false,
            engagement_now: Engagement::Neutral,
            engagement_target: Engagement::Supportive,
            needs: "Quick, accurate answers and early news of changes that affect them.".to_owned(),
            how_served: "A monthly briefing and a staffed social inbox.".to_owned(),
            channels: vec![Id(format!("c-{:05}", s % channels)), Id(format!("c-{:05}", (s + 7) % channels))],
            content_strategy: "How-to videos, service updates, behind-the-scenes stories.".to_owned(),
            department: Some(Id(format!("d-{:05}", s % departments))),
            owner: Some(Id(format!("p-{:05}", s % people))),
            learning: "Quarterly survey and inbox tagging.".to_owned(),
            metrics: "Response time under 2 hours\nSatisfaction above 80%".to_owned(),
            accountable_to: Some(Id("p-00000".to_owned())),
            notes: String::new(),
        }));
    }
    plan.next_id = (tasks + stakeholders + 1000) as u64;
    plan
}
