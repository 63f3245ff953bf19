//! Comparing two copies of one plan (a copy sent back by email) entity by entity, matched by
//! id, and merging the changes the user takes into one plan.

mod fields;

pub use fields::display;

use crate::model::{Id, Plan};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// Where in the app a difference belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    Details,
    Team,
    Goals,
    Manifesto,
    Plan,
    Stakeholders,
    Assessment,
    Reviews,
}

impl Area {
    /// A heading for the list of differences.
    pub fn label(self) -> &'static str {
        match self {
            Area::Details => "Plan details",
            Area::Team => "Working group",
            Area::Goals => "Goals and KPIs",
            Area::Manifesto => "Manifesto",
            Area::Plan => "Rolling plan",
            Area::Stakeholders => "Stakeholders and channels",
            Area::Assessment => "Assessment",
            Area::Reviews => "Reviews and baselines",
        }
    }
}

/// Which part of the plan an entity lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Meta,
    WorkingGroup,
    ManifestoText,
    Assessment,
    Departments,
    People,
    Goals,
    Kpis,
    Beliefs,
    Signatures,
    Workstreams,
    Tasks,
    Stakeholders,
    Channels,
    Reviews,
    Workshop,
}

impl Part {
    /// The area it is shown under and the noun for one of its entities.
    pub fn area_and_noun(self) -> (Area, &'static str) {
        match self {
            Part::Meta => (Area::Details, "plan details"),
            Part::WorkingGroup => (Area::Team, "mandate"),
            Part::ManifestoText => (Area::Manifesto, "manifesto text"),
            Part::Assessment => (Area::Assessment, "assessment"),
            Part::Departments => (Area::Team, "department"),
            Part::People => (Area::Team, "person"),
            Part::Goals => (Area::Goals, "goal"),
            Part::Kpis => (Area::Goals, "KPI"),
            Part::Beliefs => (Area::Manifesto, "belief"),
            Part::Signatures => (Area::Manifesto, "signature"),
            Part::Workstreams => (Area::Plan, "workstream"),
            Part::Tasks => (Area::Plan, "task"),
            Part::Stakeholders => (Area::Stakeholders, "stakeholder"),
            Part::Channels => (Area::Stakeholders, "channel"),
            Part::Reviews => (Area::Reviews, "review"),
            Part::Workshop => (Area::Details, "workshop agenda"),
        }
    }
}

/// One field that differs: my value and theirs, as RON text.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldChange {
    pub field: String,
    pub mine: String,
    pub theirs: String,
}

/// How an entity differs.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Only in their copy.
    Added,
    /// Only in mine.
    Removed,
    /// In both, with these fields different.
    Changed(Vec<FieldChange>),
}

/// One entity that differs between the copies.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub part: Part,
    pub id: String,
    /// Its name (theirs where it has one, else mine).
    pub name: String,
    pub change: Change,
}

impl Difference {
    /// "changed task “Launch” (t-0008)".
    pub fn headline(&self) -> String {
        let (_, noun) = self.part.area_and_noun();
        let verb = match self.change {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Changed(_) => "changed",
        };
        let single =
            matches!(self.part, Part::Meta | Part::WorkingGroup | Part::ManifestoText | Part::Assessment);
        if single {
            format!("{verb} the {noun}")
        } else if self.name.is_empty() || self.name == self.id {
            format!("{verb} {noun} {}", self.id)
        } else {
            format!("{verb} {noun} “{}” ({})", self.name, self.id)
        }
    }
}

/// Why two files cannot be compared.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CompareError {
    #[error(
        "these are two different plans (“{mine}” and “{theirs}”), not two copies of one plan: a copy keeps \
         its plan id (the id line near the top of the file)"
    )]
    DifferentPlans { mine: String, theirs: String },
}

/// What the user takes from their copy.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Take {
    pub part: Part,
    pub id: String,
    /// One field of a changed entity; `None` takes the whole change.
    pub field: Option<String>,
}

/// An entity of a list, with the id it is matched by and a name to show.
trait Entity: Serialize + DeserializeOwned + Clone + PartialEq {
    fn key(&self) -> &Id;
    fn label(&self) -> String;
}

macro_rules! entity {
    ($type:ty, $label:expr) => {
        impl Entity for $type {
            fn key(&self) -> &Id {
                &self.id
            }
            fn label(&self) -> String {
                let label: fn(&$type) -> String = $label;
                label(self)
            }
        }
    };
}

entity!(crate::model::Department, |d| d.name.clone());
entity!(crate::model::Person, |p| p.name.clone());
entity!(crate::model::Goal, |g| g.title.clone());
entity!(crate::model::Kpi, |k| k.name.clone());
entity!(crate::model::Belief, |b| b.statement.chars().take(60).collect());
entity!(crate::model::Signature, |s| s.person.to_string());
entity!(crate::model::Workstream, |w| w.name.clone());
entity!(crate::model::Task, |t| t.name.clone());
entity!(crate::model::Stakeholder, |s| s.name.clone());
entity!(crate::model::Channel, |c| c.name.clone());
entity!(crate::model::Review, |r| r.date.to_string());

/// The manifesto without its lists (beliefs and signatures are compared one by one).
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
struct ManifestoText {
    title: String,
    preamble: String,
    revision: u32,
}

impl ManifestoText {
    fn of(plan: &Plan) -> Self {
        let m = &plan.manifesto;
        Self { title: m.title.clone(), preamble: m.preamble.clone(), revision: m.revision }
    }
}

/// Compares my copy with theirs, entity by entity. The list is in area order, then in each
/// copy's order.
pub fn compare(mine: &Plan, theirs: &Plan) -> Result<Vec<Difference>, CompareError> {
    if mine.id != theirs.id {
        return Err(CompareError::DifferentPlans { mine: mine.id.clone(), theirs: theirs.id.clone() });
    }
    let mut out = Vec::new();
    single(&mut out, Part::Meta, "meta", &theirs.meta.title, &mine.meta, &theirs.meta);
    single(&mut out, Part::WorkingGroup, "working-group", "", &mine.working_group, &theirs.working_group);
    list(&mut out, Part::Departments, &mine.departments, &theirs.departments);
    list(&mut out, Part::People, &mine.people, &theirs.people);
    list(&mut out, Part::Goals, &mine.goals, &theirs.goals);
    list(&mut out, Part::Kpis, &mine.kpis, &theirs.kpis);
    single(
        &mut out,
        Part::ManifestoText,
        "manifesto",
        "",
        &ManifestoText::of(mine),
        &ManifestoText::of(theirs),
    );
    list(&mut out, Part::Beliefs, &mine.manifesto.beliefs, &theirs.manifesto.beliefs);
    list(&mut out, Part::Signatures, &mine.manifesto.signatures, &theirs.manifesto.signatures);
    list(&mut out, Part::Workstreams, &mine.workstreams, &theirs.workstreams);
    list(&mut out, Part::Tasks, &mine.tasks, &theirs.tasks);
    list(&mut out, Part::Stakeholders, &mine.stakeholders, &theirs.stakeholders);
    list(&mut out, Part::Channels, &mine.channels, &theirs.channels);
    single(&mut out, Part::Assessment, "assessment", "", &mine.assessment, &theirs.assessment);
    list(&mut out, Part::Reviews, &mine.reviews, &theirs.reviews);
    single(&mut out, Part::Workshop, "workshop", "", &mine.workshop, &theirs.workshop);
    out.sort_by_key(|d| d.part.area_and_noun().0);
    Ok(out)
}

/// The fields that differ. A field written by one copy only (one left out of the file when it
/// has its default value) differs from the other's absent one.
fn field_changes<T: Serialize>(mine: &T, theirs: &T) -> Vec<FieldChange> {
    let mine = fields::split(mine);
    let theirs = fields::split(theirs);
    let value = |fields: &[(String, String)], name: &str| {
        fields.iter().find(|(n, _)| n == name).map_or_else(String::new, |(_, v)| v.clone())
    };
    let only_theirs = theirs.iter().filter(|(name, _)| !mine.iter().any(|(n, _)| n == name));
    mine.iter()
        .chain(only_theirs)
        .filter_map(|(field, _)| {
            let (mine, theirs) = (value(&mine, field), value(&theirs, field));
            (mine != theirs).then(|| FieldChange { field: field.clone(), mine, theirs })
        })
        .collect()
}

fn single<T: Serialize + PartialEq>(
    out: &mut Vec<Difference>,
    part: Part,
    id: &str,
    name: &str,
    mine: &T,
    theirs: &T,
) {
    if mine != theirs {
        let name = name.to_owned();
        out.push(Difference {
            part,
            id: id.to_owned(),
            name,
            change: Change::Changed(field_changes(mine, theirs)),
        });
    }
}

fn list<T: Entity>(out: &mut Vec<Difference>, part: Part, mine: &[Arc<T>], theirs: &[Arc<T>]) {
    let find = |items: &[Arc<T>], id: &Id| items.iter().find(|x| x.key() == id).cloned();
    for item in mine {
        match find(theirs, item.key()) {
            None => out.push(Difference {
                part,
                id: item.key().to_string(),
                name: item.label(),
                change: Change::Removed,
            }),
            Some(other) if *other != **item => out.push(Difference {
                part,
                id: item.key().to_string(),
                name: other.label(),
                change: Change::Changed(field_changes(item.as_ref(), other.as_ref())),
            }),
            Some(_) => {}
        }
    }
    for item in theirs.iter().filter(|x| find(mine, x.key()).is_none()) {
        out.push(Difference { part, id: item.key().to_string(), name: item.label(), change: Change::Added });
    }
}

/// My plan with what I take from theirs: added entities inserted where they stand in their
/// copy, removed ones removed, changed ones replaced whole or field by field. Nothing not
/// taken changes. The id counter moves past both copies', so new ids never collide.
pub fn merge(mine: &Plan, theirs: &Plan, takes: &[Take]) -> Result<Plan, String> {
    let mut out = mine.clone();
    out.next_id = mine.next_id.max(theirs.next_id);
    let of = |part: Part| -> Vec<&Take> { takes.iter().filter(|t| t.part == part).collect() };
    merge_single(&mut out.meta, &theirs.meta, &of(Part::Meta))?;
    merge_single(&mut out.working_group, &theirs.working_group, &of(Part::WorkingGroup))?;
    let mut text = ManifestoText::of(&out);
    merge_single(&mut text, &ManifestoText::of(theirs), &of(Part::ManifestoText))?;
    (out.manifesto.title, out.manifesto.preamble, out.manifesto.revision) =
        (text.title, text.preamble, text.revision);
    merge_single(&mut out.assessment, &theirs.assessment, &of(Part::Assessment))?;
    merge_single(&mut out.workshop, &theirs.workshop, &of(Part::Workshop))?;
    merge_list(&mut out.departments, &theirs.departments, &of(Part::Departments))?;
    merge_list(&mut out.people, &theirs.people, &of(Part::People))?;
    merge_list(&mut out.goals, &theirs.goals, &of(Part::Goals))?;
    merge_list(&mut out.kpis, &theirs.kpis, &of(Part::Kpis))?;
    merge_list(&mut out.manifesto.beliefs, &theirs.manifesto.beliefs, &of(Part::Beliefs))?;
    merge_list(&mut out.manifesto.signatures, &theirs.manifesto.signatures, &of(Part::Signatures))?;
    merge_list(&mut out.workstreams, &theirs.workstreams, &of(Part::Workstreams))?;
    merge_list(&mut out.tasks, &theirs.tasks, &of(Part::Tasks))?;
    merge_list(&mut out.stakeholders, &theirs.stakeholders, &of(Part::Stakeholders))?;
    merge_list(&mut out.channels, &theirs.channels, &of(Part::Channels))?;
    merge_list(&mut out.reviews, &theirs.reviews, &of(Part::Reviews))?;
    Ok(out)
}

fn merge_single<T: Serialize + DeserializeOwned + Clone>(
    mine: &mut T,
    theirs: &T,
    takes: &[&Take],
) -> Result<(), String> {
    for take in takes {
        *mine = match &take.field {
            None => theirs.clone(),
            Some(field) => fields::take_field(mine, theirs, field)?,
        };
    }
    Ok(())
}

fn merge_list<T: Entity>(mine: &mut Vec<Arc<T>>, theirs: &[Arc<T>], takes: &[&Take]) -> Result<(), String> {
    for take in takes {
        let id = Id::new(take.id.clone());
        let in_mine = mine.iter().position(|x| *x.key() == id);
        let in_theirs = theirs.iter().position(|x| *x.key() == id);
        match (in_mine, in_theirs) {
            (Some(i), None) => {
                mine.remove(i);
            }
            (None, Some(j)) => {
                // After the nearest earlier entity of theirs that I have, else first.
                let at = theirs[..j]
                    .iter()
                    .rev()
                    .find_map(|before| mine.iter().position(|x| x.key() == before.key()))
                    .map_or(0, |i| i + 1);
                mine.insert(at, theirs[j].clone());
            }
            (Some(i), Some(j)) => {
                mine[i] = match &take.field {
                    None => theirs[j].clone(),
                    Some(field) => Arc::new(fields::take_field(mine[i].as_ref(), theirs[j].as_ref(), field)?),
                };
            }
            (None, None) => return Err(format!("“{}” is in neither copy", take.id)),
        }
    }
    Ok(())
}
