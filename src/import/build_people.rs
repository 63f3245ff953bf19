//! The file's resources as people, and each task's owner from its assignments.

use super::build::Ids;
use super::build_outlined::Outlined;
use super::outline::{Assignment, Report, SourceResource, quoted};
use crate::model::{Kind, Person, Plan, Role};
use std::collections::HashMap;
use std::sync::Arc;

/// Adds the people, then makes each task's first assigned person its owner.
pub(super) fn add_people(
    plan: &mut Plan,
    outlined: &Outlined,
    resources: &[SourceResource],
    assignments: &[Assignment],
    ids: &mut Ids,
    report: &mut Report,
) {
    let person_of = add_resources(plan, resources, ids, report);
    let assigned = assigned_people(plan, outlined, assignments, &person_of, report);
    set_owners(plan, assigned, report);
}

/// Adds a person per resource key (a repeated key is reported and left out); returns each
/// key's index in `plan.people`.
fn add_resources<'a>(
    plan: &mut Plan,
    resources: &'a [SourceResource],
    ids: &mut Ids,
    report: &mut Report,
) -> HashMap<&'a str, usize> {
    let mut person_of: HashMap<&str, usize> = HashMap::with_capacity(resources.len());
    for r in resources {
        if person_of.contains_key(r.key.as_str()) {
            report.add(
                "1 resource had the same id as an earlier one and was left out",
                "{n} resources had the same id as an earlier one and were left out",
                quoted(&r.name, &r.key),
            );
            continue;
        }
        let id = ids.new_id(Kind::Person);
        let name =
            if r.name.trim().is_empty() { format!("Resource {}", r.key) } else { r.name.trim().to_owned() };
        person_of.insert(r.key.as_str(), plan.people.len());
        plan.people.push(Arc::new(Person {
            id,
            name,
            title: r.title.trim().to_owned(),
            email: r.email.trim().to_owned(),
            role: Role::Contributor,
            ..Person::default()
        }));
    }
    person_of
}

/// The people assigned to each plan task, as `(person index, responsible)` in file order
/// without repeats; assignments to unknown or summary tasks are reported and left out.
fn assigned_people(
    plan: &Plan,
    outlined: &Outlined,
    assignments: &[Assignment],
    person_of: &HashMap<&str, usize>,
    report: &mut Report,
) -> Vec<Vec<(usize, bool)>> {
    let tasks = outlined.tasks;
    let mut assigned: Vec<Vec<(usize, bool)>> = vec![Vec::new(); plan.tasks.len()];
    for a in assignments {
        let (Some(&i), Some(&person)) =
            (outlined.by_key.get(a.task.as_str()), person_of.get(a.resource.as_str()))
        else {
            report.add(
                "1 assignment referred to a task or resource that is not in the file; left out",
                "{n} assignments referred to tasks or resources that are not in the file; left out",
                "",
            );
            continue;
        };
        if outlined.has_children[i] {
            report.add(
                "1 assignment to a summary task is not imported",
                "{n} assignments to summary tasks are not imported",
                format!("{} to {}", plan.people[person].name, quoted(&tasks[i].name, &tasks[i].key)),
            );
            continue;
        }
        let list = &mut assigned[outlined.plan_index[i]];
        if !list.iter().any(|&(p, _)| p == person) {
            list.push((person, a.responsible));
        }
    }
    assigned
}

/// Makes the responsible person (GanttProject marks one), or else the first, each task's owner,
/// naming the others in its notes.
fn set_owners(plan: &mut Plan, assigned: Vec<Vec<(usize, bool)>>, report: &mut Report) {
    for (k, mut list) in assigned.into_iter().enumerate() {
        if list.is_empty() {
            continue;
        }
        list.sort_by_key(|(_, responsible)| !responsible);
        let owner = plan.people[list[0].0].id.clone();
        let task = Arc::make_mut(&mut plan.tasks[k]);
        task.owner = Some(owner);
        if list.len() > 1 {
            let others: Vec<&str> = list[1..].iter().map(|(p, _)| plan.people[*p].name.as_str()).collect();
            let also = format!("Also assigned: {}.", others.join(", "));
            report.add(
                "1 task had more than one person assigned: the first is its owner, the others are named in its notes",
                "{n} tasks had more than one person assigned: the first is the owner, the others are named in the notes",
                quoted(&task.name, task.id.as_str()),
            );
            task.notes = if task.notes.is_empty() { also } else { format!("{}\n\n{also}", task.notes) };
        }
    }
}
