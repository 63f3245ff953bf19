//! Bidirectional-text controls in user text. An embedding, override or isolate (U+202A–U+202E,
//! U+2066–U+2068) left open reverses or reorders everything after it on the line, including
//! text that is not the user's (a date in a handout, the rest of a message). Exports balance
//! every text ([`balance_bidi`]) and `validate` reports texts that need it.

use super::{Id, Kind, Plan, Problem};
use std::borrow::Cow;

const PDF: char = '\u{202C}';
const PDI: char = '\u{2069}';

/// Whether `c` is an explicit bidi embedding, override, isolate or their terminator.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that end a bidi paragraph (UAX #9 class B): every open control ends there.
fn ends_paragraph(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{1C}'..='\u{1E}' | '\u{85}' | '\u{2029}')
}

#[derive(Clone, Copy, PartialEq)]
enum Open {
    Embedding,
    Isolate,
}

fn close(out: &mut String, stack: &mut Vec<Open>) {
    while let Some(open) = stack.pop() {
        out.push(if open == Open::Embedding { PDF } else { PDI });
    }
}

/// `text` with every bidi control paired: each embedding, override or isolate still open at a
/// line break or at the end is closed there, and terminators with nothing to close are
/// dropped. Unchanged (borrowed) when it was balanced already.
pub fn balance_bidi(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_bidi_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut stack: Vec<Open> = Vec::new();
    for c in text.chars() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => {
                stack.push(Open::Embedding);
                out.push(c);
            }
            '\u{2066}'..='\u{2068}' => {
                stack.push(Open::Isolate);
                out.push(c);
            }
            PDF => {
                if stack.last() == Some(&Open::Embedding) {
                    stack.pop();
                    out.push(c);
                }
            }
            PDI => {
                if let Some(at) = stack.iter().rposition(|o| *o == Open::Isolate) {
                    // Embeddings opened inside the isolate end with it: say so explicitly.
                    let mut inner = stack.split_off(at + 1);
                    close(&mut out, &mut inner);
                    stack.pop();
                    out.push(c);
                }
            }
            c if ends_paragraph(c) => {
                close(&mut out, &mut stack);
                out.push(c);
            }
            c => out.push(c),
        }
    }
    close(&mut out, &mut stack);
    if out == text { Cow::Borrowed(text) } else { Cow::Owned(out) }
}

/// `text` without any bidi control (for messages about the text).
pub fn strip_bidi(text: &str) -> String {
    text.chars().filter(|c| !is_bidi_control(*c)).collect()
}

/// The first bidi control of `text` that is unpaired, if any.
fn first_unpaired(text: &str) -> Option<char> {
    if matches!(balance_bidi(text), Cow::Borrowed(_)) {
        return None;
    }
    text.chars().find(|c| is_bidi_control(*c))
}

/// A problem for each text of `plan` with an unpaired bidi control, in file order.
pub(super) fn check_plan(plan: &Plan, out: &mut Vec<Problem>) {
    let mut report = |kind: Option<Kind>, id: Option<&Id>, what: &str, name: &str, fields: &[&str]| {
        if let Some(c) = fields.iter().find_map(|f| first_unpaired(f)) {
            let name = strip_bidi(name);
            out.push(Problem {
                kind,
                entity: id.cloned(),
                message: format!(
                    "{what} “{}” has an unpaired bidi control (U+{:04X}) that reverses or reorders the \
                     text after it; delete it or close it",
                    short(&name),
                    u32::from(c)
                ),
            });
        }
    };
    let meta = &plan.meta;
    report(None, None, "the plan", &meta.title, &[&meta.title, &meta.organisation, &meta.author]);
    for d in &plan.departments {
        report(Some(Kind::Department), Some(&d.id), "department", &d.name, &[&d.name]);
    }
    for p in &plan.people {
        report(Some(Kind::Person), Some(&p.id), "person", &p.name, &[&p.name, &p.title, &p.email]);
    }
    for g in &plan.goals {
        report(Some(Kind::Goal), Some(&g.id), "goal", &g.title, &[&g.title, &g.description]);
    }
    for k in &plan.kpis {
        report(Some(Kind::Kpi), Some(&k.id), "KPI", &k.name, &[&k.name, &k.unit]);
    }
    let m = &plan.manifesto;
    report(None, None, "the manifesto", &m.title, &[&m.title, &m.preamble]);
    for b in &m.beliefs {
        report(Some(Kind::Belief), Some(&b.id), "belief", &b.statement, &[&b.statement, &b.rationale]);
    }
    for w in &plan.workstreams {
        report(Some(Kind::Workstream), Some(&w.id), "workstream", &w.name, &[&w.name, &w.description]);
    }
    for t in &plan.tasks {
        let what = if t.milestone { "milestone" } else { "task" };
        report(Some(Kind::Task), Some(&t.id), what, &t.name, &[&t.name, &t.notes]);
    }
    for s in &plan.stakeholders {
        let fields = [
            &s.name,
            &s.segment,
            &s.needs,
            &s.how_served,
            &s.content_strategy,
            &s.learning,
            &s.metrics,
            &s.notes,
        ];
        report(Some(Kind::Stakeholder), Some(&s.id), "stakeholder", &s.name, &fields.map(String::as_str));
    }
    for c in &plan.channels {
        report(Some(Kind::Channel), Some(&c.id), "channel", &c.name, &[&c.name, &c.url]);
    }
    for r in &plan.reviews {
        report(Some(Kind::Review), Some(&r.id), "review", &r.name(), &[&r.note]);
    }
}

fn short(text: &str) -> String {
    let mut s: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_controls_are_closed_at_line_ends_and_stray_terminators_dropped() {
        assert!(matches!(balance_bidi("plain"), Cow::Borrowed(_)));
        assert!(matches!(balance_bidi("a\u{202E}b\u{202C}c \u{2067}d\u{2069}"), Cow::Borrowed(_)));
        assert_eq!(balance_bidi("a\u{202E}b"), "a\u{202E}b\u{202C}");
        assert_eq!(balance_bidi("a\u{202E}b\nc"), "a\u{202E}b\u{202C}\nc");
        assert_eq!(balance_bidi("\u{2067}\u{202B}x\u{2069}y"), "\u{2067}\u{202B}x\u{202C}\u{2069}y");
        assert_eq!(balance_bidi("\u{202C}x\u{2069}"), "x");
        assert_eq!(balance_bidi("\u{2066}\u{202C}x"), "\u{2066}x\u{2069}");
        assert_eq!(first_unpaired("x\u{202E}y"), Some('\u{202E}'));
        assert_eq!(first_unpaired("x\u{202E}y\u{202C}"), None);
    }
}
