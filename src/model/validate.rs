//! Semantic checks: problems that do not stop a plan from loading but that the user must see.

use super::{Date, Id, Kind, List, MATURITY_STAGES, Plan};
use chrono::Datelike;
use std::collections::{HashMap, HashSet};

/// Something wrong inside a plan that loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The kind of entity the problem is about.
    pub kind: Option<Kind>,
    /// The entity the problem is about, to locate it in the file or the UI.
    pub entity: Option<Id>,
    pub message: String,
}

impl Problem {
    fn about(kind: Kind, id: &Id, message: String) -> Self {
        Self { kind: Some(kind), entity: Some(id.clone()), message }
    }

    fn plan(message: String) -> Self {
        Self { kind: None, entity: None, message }
    }
}

/// Dates before or after these years are treated as typing mistakes.
const SANE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Every semantic problem in `plan`, in file order.
pub fn validate(plan: &Plan) -> Vec<Problem> {
    let mut out = Vec::new();
    let ids = IdSets::collect(plan, &mut out);
    let mut refs = RefCheck { ids: &ids, out: &mut out };

    check_meta(plan, refs.out);
    for d in &plan.departments {
        if !d.color.is_empty() && parse_hex_color(&d.color).is_none() {
            refs.out.push(Problem::about(
                Kind::Department,
                &d.id,
                format!("department “{}” has an invalid colour “{}” (use #rrggbb)", d.name, d.color),
            ));
        }
    }
    for p in &plan.people {
        let person = Referrer { kind: Kind::Person, id: &p.id, what: "person", name: &p.name };
        refs.opt(&person, "department", Kind::Department, &p.department);
    }
    for g in &plan.goals {
        let goal = Referrer { kind: Kind::Goal, id: &g.id, what: "goal", name: &g.title };
        refs.opt(&goal, "parent goal", Kind::Goal, &g.parent);
        refs.opt(&goal, "owner", Kind::Person, &g.owner);
    }
    check_goal_cycles(plan, refs.out);
    for k in &plan.kpis {
        let kpi = Referrer { kind: Kind::Kpi, id: &k.id, what: "KPI", name: &k.name };
        refs.one(&kpi, "goal", Kind::Goal, &k.goal);
        let values = [Some(k.baseline), Some(k.target), k.current];
        if values.iter().flatten().any(|v| !v.is_finite()) {
            refs.out.push(Problem::about(
                Kind::Kpi,
                &k.id,
                format!("KPI “{}” has a value that is not a number", k.name),
            ));
        }
        if let Some(due) = k.due {
            check_date(refs.out, (Kind::Kpi, &k.id), &format!("KPI “{}” due date", k.name), due);
        }
    }
    let m = &plan.manifesto;
    for b in &m.beliefs {
        let statement = short(&b.statement);
        let belief = Referrer { kind: Kind::Belief, id: &b.id, what: "belief", name: &statement };
        for v in &b.votes {
            refs.one(&belief, "voter", Kind::Person, &v.person);
        }
    }
    for s in &m.signatures {
        let signature = Referrer { kind: Kind::Signature, id: &s.id, what: "signature", name: s.id.as_str() };
        refs.one(&signature, "signer", Kind::Person, &s.person);
        if s.revision > m.revision || s.revision == 0 {
            refs.out.push(Problem::about(
                Kind::Signature,
                &s.id,
                format!(
                    "signature {} signs revision {}, but the manifesto is at revision {}",
                    s.id, s.revision, m.revision
                ),
            ));
        }
        check_date(refs.out, (Kind::Signature, &s.id), &format!("signature {}", s.id), s.date);
    }
    for w in &plan.workstreams {
        let workstream = Referrer { kind: Kind::Workstream, id: &w.id, what: "workstream", name: &w.name };
        refs.opt(&workstream, "lead", Kind::Person, &w.lead);
        if !w.color.is_empty() && parse_hex_color(&w.color).is_none() {
            refs.out.push(Problem::about(
                Kind::Workstream,
                &w.id,
                format!("workstream “{}” has an invalid colour “{}” (use #rrggbb)", w.name, w.color),
            ));
        }
    }
    for t in &plan.tasks {
        let what = if t.milestone { "milestone" } else { "task" };
        let task = Referrer { kind: Kind::Task, id: &t.id, what, name: &t.name };
        refs.one(&task, "workstream", Kind::Workstream, &t.workstream);
        refs.opt(&task, "owner", Kind::Person, &t.owner);
        refs.opt(&task, "department", Kind::Department, &t.department);
        refs.many(&task, "dependency", Kind::Task, &t.depends_on);
        refs.many(&task, "goal", Kind::Goal, &t.goals);
        refs.many(&task, "stakeholder", Kind::Stakeholder, &t.stakeholders);
        check_task_dates(refs.out, t);
        if t.progress > 100 {
            refs.out.push(Problem::about(
                Kind::Task,
                &t.id,
                format!("{what} “{}” is {}% done (at most 100%)", t.name, t.progress),
            ));
        }
    }
    check_dependency_cycles(plan, refs.out);
    for s in &plan.stakeholders {
        let stakeholder = Referrer { kind: Kind::Stakeholder, id: &s.id, what: "stakeholder", name: &s.name };
        refs.many(&stakeholder, "channel", Kind::Channel, &s.channels);
        refs.opt(&stakeholder, "department", Kind::Department, &s.department);
        refs.opt(&stakeholder, "owner", Kind::Person, &s.owner);
        refs.opt(&stakeholder, "accountable-to person", Kind::Person, &s.accountable_to);
        for (axis, value) in [("influence", s.influence), ("interest", s.interest)] {
            if !(1..=5).contains(&value) {
                refs.out.push(Problem::about(
                    Kind::Stakeholder,
                    &s.id,
                    format!("stakeholder “{}” has {axis} {value} (use 1 to 5)", s.name),
                ));
            }
        }
    }
    for c in &plan.channels {
        let channel = Referrer { kind: Kind::Channel, id: &c.id, what: "channel", name: &c.name };
        refs.opt(&channel, "department", Kind::Department, &c.department);
    }
    check_assessment(plan, refs.out);
    super::bidi::check_plan(plan, refs.out);
    out
}

fn check_meta(plan: &Plan, out: &mut Vec<Problem>) {
    let meta = &plan.meta;
    if plan.id.trim().is_empty() {
        out.push(Problem::plan("the plan has no id (copies of it cannot be compared)".to_owned()));
    }
    if !(1..=10).contains(&meta.horizon_years) {
        out.push(Problem::plan(format!("the horizon is {} years (use 1 to 10)", meta.horizon_years)));
    }
    for (what, date) in [
        ("created date", meta.created),
        ("modified date", meta.modified),
        ("plan start", meta.plan_start),
        ("review date", meta.review_date),
    ] {
        if !SANE_YEARS.contains(&date.year()) {
            out.push(Problem::plan(format!("the plan's {what} {date} is out of range (years 1900 to 2200)")));
        }
    }
    if meta.review_date < meta.plan_start {
        out.push(Problem::plan(format!(
            "the review date {} is before the plan start {}",
            meta.review_date, meta.plan_start
        )));
    }
}

fn check_date(out: &mut Vec<Problem>, (kind, id): (Kind, &Id), what: &str, date: Date) {
    if !SANE_YEARS.contains(&date.year()) {
        out.push(Problem::about(kind, id, format!("{what} {date} is out of range (years 1900 to 2200)")));
    }
}

fn check_task_dates(out: &mut Vec<Problem>, t: &super::Task) {
    let what = if t.milestone { "milestone" } else { "task" };
    check_date(out, (Kind::Task, &t.id), &format!("{what} “{}” start", t.name), t.start);
    check_date(out, (Kind::Task, &t.id), &format!("{what} “{}” end", t.name), t.end);
    if t.end < t.start {
        out.push(Problem::about(
            Kind::Task,
            &t.id,
            format!("{what} “{}” ends ({}) before it starts ({})", t.name, t.end, t.start),
        ));
    } else if t.milestone && t.end != t.start {
        out.push(Problem::about(
            Kind::Task,
            &t.id,
            format!("milestone “{}” spans {} to {} (a milestone is one day)", t.name, t.start, t.end),
        ));
    }
}

fn check_assessment(plan: &Plan, out: &mut Vec<Problem>) {
    let a = &plan.assessment;
    let known: HashSet<&str> = MATURITY_STAGES.iter().flat_map(|s| s.activities.iter().copied()).collect();
    let mut seen = HashSet::new();
    for r in &a.maturity {
        if !known.contains(r.activity.as_str()) {
            out.push(Problem::plan(format!("maturity rating for unknown activity “{}”", r.activity)));
        } else if !seen.insert(r.activity.as_str()) {
            out.push(Problem::plan(format!("maturity activity “{}” is rated twice", r.activity)));
        }
    }
    let ratings = a.integration.iter().chain(a.history.iter().flat_map(|h| h.ratings.iter()));
    for r in ratings {
        if !(1..=5).contains(&r.rating) {
            out.push(Problem::plan(format!(
                "integration “{}” is rated {} (use 1 to 5)",
                r.kind.label(),
                r.rating
            )));
        }
    }
    for c in &a.checklist {
        if !(1..=10).contains(&c.step) {
            out.push(Problem::plan(format!("checklist step {} does not exist (steps are 1 to 10)", c.step)));
        }
    }
}

/// Ids of every kind, with duplicates reported while collecting.
struct IdSets<'p> {
    sets: HashMap<Kind, HashSet<&'p str>>,
}

impl<'p> IdSets<'p> {
    fn collect(plan: &'p Plan, out: &mut Vec<Problem>) -> Self {
        let mut sets = HashMap::new();
        fn add<'p, T>(
            sets: &mut HashMap<Kind, HashSet<&'p str>>,
            out: &mut Vec<Problem>,
            kind: Kind,
            list: &'p List<T>,
            id: impl Fn(&'p T) -> &'p Id,
        ) {
            let set = sets.entry(kind).or_default();
            set.reserve(list.len());
            for e in list {
                let id = id(e);
                if id.as_str().trim().is_empty() {
                    out.push(Problem::plan(format!("a {} has an empty id", kind.noun())));
                } else if !set.insert(id.as_str()) {
                    out.push(Problem::about(kind, id, format!("two {}s share the id {id}", kind.noun())));
                }
            }
        }
        add(&mut sets, out, Kind::Department, &plan.departments, |e| &e.id);
        add(&mut sets, out, Kind::Person, &plan.people, |e| &e.id);
        add(&mut sets, out, Kind::Goal, &plan.goals, |e| &e.id);
        add(&mut sets, out, Kind::Kpi, &plan.kpis, |e| &e.id);
        add(&mut sets, out, Kind::Belief, &plan.manifesto.beliefs, |e| &e.id);
        add(&mut sets, out, Kind::Signature, &plan.manifesto.signatures, |e| &e.id);
        add(&mut sets, out, Kind::Workstream, &plan.workstreams, |e| &e.id);
        add(&mut sets, out, Kind::Task, &plan.tasks, |e| &e.id);
        add(&mut sets, out, Kind::Stakeholder, &plan.stakeholders, |e| &e.id);
        add(&mut sets, out, Kind::Channel, &plan.channels, |e| &e.id);
        add(&mut sets, out, Kind::Review, &plan.reviews, |e| &e.id);
        Self { sets }
    }

    fn has(&self, kind: Kind, id: &Id) -> bool {
        self.sets.get(&kind).is_some_and(|s| s.contains(id.as_str()))
    }
}

/// The entity that holds a reference, as a problem names it: "task “Launch” refers to …".
struct Referrer<'a> {
    kind: Kind,
    id: &'a Id,
    /// What it is, in words ("task", "milestone", "KPI").
    what: &'a str,
    /// Its name; its id stands in when the name is empty.
    name: &'a str,
}

/// Reports references to ids that do not exist.
struct RefCheck<'a> {
    ids: &'a IdSets<'a>,
    out: &'a mut Vec<Problem>,
}

impl RefCheck<'_> {
    /// Checks that `from`'s `field` names an existing `kind` (`target`).
    fn one(&mut self, from: &Referrer, field: &str, kind: Kind, target: &Id) {
        if !self.ids.has(kind, target) {
            let name = if from.name.is_empty() { from.id.as_str() } else { from.name };
            self.out.push(Problem::about(
                from.kind,
                from.id,
                format!("{} “{name}” refers to {field} {target}, which does not exist", from.what),
            ));
        }
    }

    fn opt(&mut self, from: &Referrer, field: &str, kind: Kind, target: &Option<Id>) {
        if let Some(target) = target {
            self.one(from, field, kind, target);
        }
    }

    fn many(&mut self, from: &Referrer, field: &str, kind: Kind, targets: &[Id]) {
        for target in targets {
            self.one(from, field, kind, target);
        }
    }
}

/// Reports each finish-to-start cycle once, naming the tasks in it.
fn check_dependency_cycles(plan: &Plan, out: &mut Vec<Problem>) {
    let edges: HashMap<&Id, Vec<&Id>> =
        plan.tasks.iter().map(|t| (&t.id, t.depends_on.iter().collect())).collect();
    for cycle in find_cycles(plan.tasks.iter().map(|t| &t.id), &edges) {
        let names: Vec<String> = cycle.iter().map(ToString::to_string).collect();
        out.push(Problem::about(
            Kind::Task,
            cycle[0],
            format!("tasks depend on each other in a circle: {}", names.join(" → ")),
        ));
    }
}

/// Reports goals that ladder up to themselves.
fn check_goal_cycles(plan: &Plan, out: &mut Vec<Problem>) {
    let edges: HashMap<&Id, Vec<&Id>> =
        plan.goals.iter().map(|g| (&g.id, g.parent.iter().collect())).collect();
    for cycle in find_cycles(plan.goals.iter().map(|g| &g.id), &edges) {
        let names: Vec<String> = cycle.iter().map(ToString::to_string).collect();
        out.push(Problem::about(
            Kind::Goal,
            cycle[0],
            format!("goals ladder up to each other in a circle: {}", names.join(" → ")),
        ));
    }
}

/// Finds the cycles of a directed graph (iteratively, so deep chains cannot overflow the stack).
/// Each strongly connected part with a cycle is reported once, as the first circle found in it
/// (`a → b → a`). Edges to nodes outside the graph (dangling ids) are ignored.
pub fn find_cycles<'a>(
    nodes: impl Iterator<Item = &'a Id> + Clone,
    edges: &HashMap<&'a Id, Vec<&'a Id>>,
) -> Vec<Vec<&'a Id>> {
    let component = strongly_connected(nodes.clone(), edges);
    let mut reported = HashSet::new();
    let mut open: HashSet<&Id> = HashSet::new();
    let mut done: HashSet<&Id> = HashSet::new();
    let mut cycles = Vec::new();
    for root in nodes {
        if done.contains(root) {
            continue;
        }
        // Stack of (node, index of the next edge to follow).
        let mut stack: Vec<(&Id, usize)> = vec![(root, 0)];
        open.insert(root);
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            let targets = edges.get(node).map(Vec::as_slice).unwrap_or(&[]);
            if let Some(&target) = targets.get(*next) {
                *next += 1;
                if !edges.contains_key(target) || done.contains(target) {
                    continue;
                }
                if open.contains(target) {
                    if reported.insert(component.get(target).copied()) {
                        let from = stack.iter().position(|(n, _)| *n == target).unwrap_or(0);
                        let mut cycle: Vec<&Id> = stack[from..].iter().map(|(n, _)| *n).collect();
                        cycle.push(target);
                        cycles.push(cycle);
                    }
                } else {
                    open.insert(target);
                    stack.push((target, 0));
                }
            } else {
                open.remove(node);
                done.insert(node);
                stack.pop();
            }
        }
    }
    cycles
}

/// The strongly connected component of every node (Tarjan's algorithm, without recursion).
fn strongly_connected<'a>(
    nodes: impl Iterator<Item = &'a Id>,
    edges: &HashMap<&'a Id, Vec<&'a Id>>,
) -> HashMap<&'a Id, usize> {
    let mut index: HashMap<&Id, usize> = HashMap::new();
    let mut low: HashMap<&Id, usize> = HashMap::new();
    let mut on_stack: HashSet<&Id> = HashSet::new();
    let mut stack: Vec<&Id> = Vec::new();
    let mut component: HashMap<&Id, usize> = HashMap::new();
    let mut components = 0;
    for root in nodes {
        if index.contains_key(root) {
            continue;
        }
        let mut calls: Vec<(&Id, usize)> = vec![(root, 0)];
        index.insert(root, index.len());
        low.insert(root, index[root]);
        stack.push(root);
        on_stack.insert(root);
        while let Some(&mut (node, ref mut next)) = calls.last_mut() {
            let targets = edges.get(node).map(Vec::as_slice).unwrap_or(&[]);
            if let Some(&target) = targets.get(*next) {
                *next += 1;
                if !edges.contains_key(target) {
                    continue;
                }
                if !index.contains_key(target) {
                    index.insert(target, index.len());
                    low.insert(target, index[target]);
                    stack.push(target);
                    on_stack.insert(target);
                    calls.push((target, 0));
                } else if on_stack.contains(target) {
                    let lowest = low[node].min(index[target]);
                    low.insert(node, lowest);
                }
            } else {
                calls.pop();
                if let Some(&(parent, _)) = calls.last() {
                    let lowest = low[parent].min(low[node]);
                    low.insert(parent, lowest);
                }
                if low[node] == index[node] {
                    while let Some(member) = stack.pop() {
                        on_stack.remove(member);
                        component.insert(member, components);
                        if member == node {
                            break;
                        }
                    }
                    components += 1;
                }
            }
        }
    }
    component
}

/// Parses `#rrggbb` into its three channels.
pub fn parse_hex_color(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// The first few words of a long text, for messages.
fn short(text: &str) -> String {
    let mut s: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        s.push('…');
    }
    s
}
