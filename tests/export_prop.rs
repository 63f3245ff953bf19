//! Property tests for every export: names made of anything (control characters, bidi controls,
//! HTML, Markdown syntax, line breaks, CSV and iCalendar delimiters, up to 10,000 characters)
//! never leave their field, and each exported file still parses as its format:
//! - CSV reads back with one row per entity and the same cells;
//! - iCalendar parses with one event per milestone (and the two reviews), each SUMMARY on one
//!   line, no physical line over 75 octets;
//! - HTML has exactly the tags of the same plan with tame names (no tag from plan text);
//! - Markdown parses (CommonMark with tables) to the same blocks, list items and table rows as
//!   the same plan with tame names, and no HTML.
//!
//! Every line of every export has its bidi controls paired.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use proptest::prelude::*;
use proptest::test_runner::Config;
use std::sync::Arc;
use tenstep::export::{Format, defuse, export};
use tenstep::model::*;

const STAMP: &str = "20261122T090000Z";

fn today() -> Date {
    Date::from_ymd_opt(2026, 11, 22).expect("valid")
}

fn sample() -> Plan {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/sample-plans/small-agency.ron"))
        .expect("sample exists");
    tenstep::io::load_bytes(&bytes).expect("loads").plan
}

/// A hostile piece of text: any character, a character that means something to one of the
/// formats, or a token that would break out of a field if passed through.
fn piece() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        "<",
        ">",
        "&",
        "\"",
        "'",
        "\n",
        "\r",
        "\r\n",
        "\t",
        "\0",
        "\u{1b}",
        "\u{b}",
        "\u{c}",
        "\u{85}",
        "\u{2028}",
        "\u{2029}",
        "\u{feff}",
        "\u{200f}",
        "\u{202a}",
        "\u{202b}",
        "\u{202c}",
        "\u{202d}",
        "\u{202e}",
        "\u{2066}",
        "\u{2067}",
        "\u{2068}",
        "\u{2069}",
        "*",
        "**",
        "_",
        "#",
        "|",
        "`",
        "```",
        "[",
        "]",
        "(",
        ")",
        "!",
        "-",
        "+",
        "=",
        "@",
        "\\",
        ";",
        ",",
        ":",
        "~",
        "1.",
        "2)",
        " ",
        "    ",
        "<script>alert(1)</script>",
        "</bdi>",
        "<!--",
        "-->",
        "&lt;",
        "&#60;",
        "\n- fake item",
        "\n1. fake",
        "\n# heading",
        "\n| forged | row |",
        "\n---\n",
        "\nBEGIN:VEVENT\n",
        "\r\nSUMMARY:x",
        "=HYPERLINK(",
        "[x](javascript:alert(1))",
        "<http://x>",
        "\\\n",
    ])
    .prop_map(str::to_owned);
    prop_oneof![
        3 => any::<char>().prop_map(String::from),
        3 => special,
        1 => "[a-zA-Z ]{1,8}",
    ]
}

/// A name: mostly short, sometimes up to 10,000 characters.
fn name() -> impl Strategy<Value = String> {
    let short = prop::collection::vec(piece(), 0..12).prop_map(|p| p.concat());
    let long = (prop::collection::vec(piece(), 1..12), 1000..10_000usize)
        .prop_map(|(pieces, len)| pieces.concat().chars().cycle().take(len).collect::<String>());
    prop_oneof![12 => short, 1 => long]
}

/// The same text (once its bidi controls are paired) with the same blank and non-blank runs, but tame: every character that is
/// not white space becomes `x`. A tame plan makes the same findings (a name is empty or not)
/// and so the same structure.
fn tame(text: &str) -> String {
    // Exports pair bidi controls first: a stray terminator alone is an empty name.
    balance_bidi(text).chars().map(|c| if c.is_whitespace() { c } else { 'x' }).collect()
}

/// `plan` with its texts taken from `names` in turn, each through `f`.
fn named(plan: &Plan, names: &[String], f: &dyn Fn(&str) -> String) -> Plan {
    let mut plan = plan.clone();
    let mut next = names.iter().cycle().map(|n| f(n));
    let mut take = || next.next().expect("cycled names never end");
    plan.meta.title = take();
    plan.meta.organisation = take();
    plan.manifesto.title = take();
    for p in &mut plan.people {
        Arc::make_mut(p).name = take();
    }
    for w in &mut plan.workstreams {
        Arc::make_mut(w).name = take();
    }
    for g in &mut plan.goals {
        Arc::make_mut(g).title = take();
    }
    for k in &mut plan.kpis {
        let k = Arc::make_mut(k);
        k.name = take();
        k.unit = take();
    }
    for b in &mut plan.manifesto.beliefs {
        Arc::make_mut(b).statement = take();
    }
    for t in &mut plan.tasks {
        let t = Arc::make_mut(t);
        t.name = take();
        t.notes = take();
    }
    for s in &mut plan.stakeholders {
        let s = Arc::make_mut(s);
        s.name = take();
        s.needs = take();
        s.metrics = take();
    }
    for c in &mut plan.channels {
        Arc::make_mut(c).name = take();
    }
    plan
}

fn exported(plan: &Plan, format: Format) -> String {
    String::from_utf8(export(plan, format, today(), STAMP)).expect("UTF-8")
}

fn csv_rows(text: &str) -> Result<Vec<Vec<String>>, TestCaseError> {
    let body = text.strip_prefix('\u{feff}').ok_or_else(|| TestCaseError::fail("no byte-order mark"))?;
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let width = reader.headers().map_err(|e| TestCaseError::fail(e.to_string()))?.len();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(record.len(), width, "every row has every column");
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(rows)
}

/// What a CSV cell holds for `text`: bidi controls paired, formulas defused.
fn cell(text: &str) -> String {
    defuse(&balance_bidi(text))
}

fn check_csv(plan: &Plan) -> Result<(), TestCaseError> {
    let rows = csv_rows(&exported(plan, Format::TasksCsv))?;
    prop_assert_eq!(rows.len(), plan.tasks.len());
    for (row, t) in rows.iter().zip(&plan.tasks) {
        prop_assert_eq!(&row[0], t.id.as_str());
        prop_assert_eq!(&row[2], &cell(&t.name));
        prop_assert_eq!(&row[13], &cell(&t.notes));
    }
    let rows = csv_rows(&exported(plan, Format::StakeholdersCsv))?;
    prop_assert_eq!(rows.len(), plan.stakeholders.len());
    for (row, s) in rows.iter().zip(&plan.stakeholders) {
        prop_assert_eq!(&row[0], s.id.as_str());
        prop_assert_eq!(&row[1], &cell(&s.name));
        prop_assert_eq!(&row[8], &cell(&s.needs));
    }
    Ok(())
}

/// Whether an iCalendar TEXT value holds a line break (`\n` or `\N` escaped, or raw).
fn breaks_line(value: &str) -> bool {
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\r' => return true,
            '\\' if matches!(chars.next(), Some('n' | 'N')) => return true,
            _ => {}
        }
    }
    false
}

fn check_ics(plan: &Plan) -> Result<(), TestCaseError> {
    let text = exported(plan, Format::Ics);
    for line in text.split_terminator("\r\n") {
        prop_assert!(line.len() <= 75, "folded at 75 octets: {:?}", line);
        prop_assert!(!line.contains(['\r', '\n']), "only CRLF ends a line: {:?}", line);
    }
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = parser
        .next()
        .ok_or_else(|| TestCaseError::fail("no calendar"))?
        .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
    prop_assert!(parser.next().is_none(), "one calendar");
    let milestones: Vec<_> = plan.tasks.iter().filter(|t| t.milestone).collect();
    prop_assert_eq!(calendar.events.len(), milestones.len() + 2);
    for (event, m) in calendar.events.iter().zip(&milestones) {
        let uid = event.properties.iter().find(|p| p.name == "UID").and_then(|p| p.value.clone());
        let uid = uid.unwrap_or_default();
        prop_assert!(uid.starts_with(&format!("{}@", m.id)), "{} for {}", uid, m.id);
    }
    // The summaries as written (the parser drops a value's leading colons, so read the lines).
    let unfolded = text.replace("\r\n ", "");
    let summaries: Vec<&str> = unfolded.lines().filter_map(|l| l.strip_prefix("SUMMARY:")).collect();
    prop_assert_eq!(summaries.len(), calendar.events.len());
    for summary in summaries {
        prop_assert!(!summary.trim().is_empty(), "a summary to show");
        prop_assert!(!breaks_line(summary), "one-line summary: {:?}", summary);
    }
    Ok(())
}

/// The tags of an HTML document, in order (names only, with `/` for closing tags).
fn tags(html: &str) -> Vec<&str> {
    html.split('<')
        .skip(1)
        .map(|rest| rest.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or(""))
        .collect()
}

fn check_html(plan: &Plan, tame: &Plan) -> Result<(), TestCaseError> {
    let html = exported(plan, Format::Html);
    // Beliefs keep their bold and italic, and line breaks become <br>.
    let structural = |t: &&str| !matches!(*t, "strong" | "/strong" | "em" | "/em" | "br");
    let got: Vec<&str> = tags(&html).into_iter().filter(structural).collect();
    let tame_html = exported(tame, Format::Html);
    let want: Vec<&str> = tags(&tame_html).into_iter().filter(structural).collect();
    prop_assert_eq!(got, want, "no tag comes from plan text");
    for (at, _) in html.match_indices('&') {
        let entity = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|e| html[at..].starts_with(e));
        prop_assert!(entity, "a bare & at {}: {:?}", at, &html[at..(at + 12).min(html.len())]);
    }
    Ok(())
}

/// The shape of a CommonMark document: its block and inline structure, without the text and
/// without emphasis (beliefs keep theirs).
fn markdown_shape(text: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH)
        .filter_map(|event| match event {
            Event::Text(_) => None,
            Event::Start(Tag::Emphasis | Tag::Strong) | Event::End(TagEnd::Emphasis | TagEnd::Strong) => None,
            other => Some(format!("{other:?}")),
        })
        .collect()
}

fn check_markdown(plan: &Plan, tame: &Plan) -> Result<(), TestCaseError> {
    let text = exported(plan, Format::Markdown);
    let shape = markdown_shape(&text);
    prop_assert!(!shape.iter().any(|e| e.starts_with("Html") || e.starts_with("InlineHtml")), "no HTML");
    prop_assert_eq!(shape, markdown_shape(&exported(tame, Format::Markdown)), "{}", text);
    Ok(())
}

fn check_bidi(plan: &Plan) -> Result<(), TestCaseError> {
    for format in Format::ALL {
        // iCalendar folds long lines; a value is one line once unfolded.
        let text = exported(plan, format).replace("\r\n ", "");
        for line in text.split(['\n', '\r']) {
            prop_assert_eq!(balance_bidi(line), line, "{:?}: paired on each line", format);
        }
    }
    Ok(())
}

/// 40 cases (a few seconds); PROPTEST_CASES=5000 for a longer hunt.
fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(40);
    Config { cases, failure_persistence: None, ..Config::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn hostile_names_stay_in_their_fields_in_every_export(names in prop::collection::vec(name(), 1..8)) {
        let base = sample();
        let plan = named(&base, &names, &|n| n.to_owned());
        let tame = named(&base, &names, &tame);
        check_csv(&plan)?;
        check_ics(&plan)?;
        check_html(&plan, &tame)?;
        check_markdown(&plan, &tame)?;
        check_bidi(&plan)?;
    }
}
