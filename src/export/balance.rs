//! The plan as exports see it: every text with its bidi controls paired (see
//! [`balance_bidi`]), so a control left open in one name cannot reverse what an export writes
//! after it, even inside a sentence the export builds around the name ("“…” was due 20 Nov").
//! Each format also balances each text it writes; this makes names safe inside messages.

use crate::model::{Plan, balance_bidi};
use std::borrow::Cow;
use std::sync::Arc;

fn unbalanced(fields: &[&str]) -> bool {
    fields.iter().any(|f| matches!(balance_bidi(f), Cow::Owned(_)))
}

/// Balances `fields`; whether any changed.
fn fix(fields: &mut [&mut String]) -> bool {
    let mut changed = false;
    for f in fields {
        if let Cow::Owned(balanced) = balance_bidi(f) {
            **f = balanced;
            changed = true;
        }
    }
    changed
}

/// Balances the listed fields of each entity of `$list` that needs it (copying only those).
macro_rules! each {
    ($changed:ident, $list:expr, |$e:ident| [$($field:ident),+]) => {
        for item in $list.iter_mut() {
            if unbalanced(&[$(item.$field.as_str()),+]) {
                let $e = Arc::make_mut(item);
                $changed |= fix(&mut [$(&mut $e.$field),+]);
            }
        }
    };
}

/// `plan` with every text balanced; borrowed when nothing needed it.
pub(super) fn balanced_plan(plan: &Plan) -> Cow<'_, Plan> {
    let mut p = plan.clone();
    let mut changed = fix(&mut [&mut p.meta.title, &mut p.meta.organisation, &mut p.meta.author]);
    changed |= fix(&mut [&mut p.manifesto.title, &mut p.manifesto.preamble]);
    each!(changed, p.departments, |d| [name]);
    each!(changed, p.people, |x| [name, title, email]);
    each!(changed, p.goals, |g| [title, description]);
    each!(changed, p.kpis, |k| [name, unit]);
    each!(changed, p.manifesto.beliefs, |b| [statement, rationale]);
    each!(changed, p.workstreams, |w| [name, description]);
    each!(changed, p.tasks, |t| [name, notes]);
    each!(changed, p.stakeholders, |s| [
        name,
        segment,
        needs,
        how_served,
        content_strategy,
        learning,
        metrics,
        notes
    ]);
    each!(changed, p.channels, |c| [name, url]);
    each!(changed, p.reviews, |r| [note]);
    if changed { Cow::Owned(p) } else { Cow::Borrowed(plan) }
}
