//! Exports: golden files for each format on a sample plan, the CSV and iCalendar read back by
//! real parsers. Bless intended changes with `TENSTEP_BLESS=1 cargo test --test export`.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::path::Path;
use tenstep::export::{Format, export};
use tenstep::model::*;

const STAMP: &str = "20261122T090000Z";

fn today() -> Date {
    Date::from_ymd_opt(2026, 11, 22).expect("valid")
}

fn sample(name: &str) -> Plan {
    let text = std::fs::read_to_string(format!("sample-plans/{name}.ron")).expect("sample exists");
    tenstep::io::load_bytes(text.as_bytes()).expect("loads").plan
}

fn golden(name: &str, bytes: &[u8]) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/export").join(name);
    if std::env::var_os("TENSTEP_BLESS").is_some() {
        std::fs::write(&path, bytes).expect("bless");
    }
    let expected = std::fs::read(&path).unwrap_or_else(|_| panic!("{} exists (bless it)", path.display()));
    assert!(expected == bytes, "{name} differs from its golden file; bless it if the change is intended");
}

#[test]
fn each_export_of_a_sample_matches_its_golden_file() {
    let plan = sample("small-agency");
    for format in Format::ALL {
        let name = format!("small-agency{}.{}", format.suffix(), format.extension());
        golden(&name, &export(&plan, format, today(), STAMP));
    }
}

fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    let body = text.strip_prefix('\u{feff}').expect("a byte-order mark, so Excel reads UTF-8");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let header = reader.headers().expect("header").iter().map(str::to_owned).collect();
    let rows = reader.records().map(|r| r.expect("a row").iter().map(str::to_owned).collect()).collect();
    (header, rows)
}

#[test]
fn the_tasks_csv_reads_back_with_every_task_and_awkward_text_intact() {
    let mut plan = sample("northwind-retail");
    let t = std::sync::Arc::make_mut(&mut plan.tasks[0]);
    t.name = "Kick-off, \"all hands\"\nsecond line; café".into();
    t.notes = "=HYPERLINK(\"http://evil\")".into();
    let bytes = export(&plan, Format::TasksCsv, today(), STAMP);
    assert!(String::from_utf8_lossy(&bytes).contains("\r\n"), "CRLF line ends");
    let (header, rows) = read_csv(&bytes);
    assert_eq!(header[..4], ["ID", "Workstream", "Name", "Type"]);
    assert_eq!(rows.len(), plan.tasks.len());
    assert_eq!(rows[0][2], "Kick-off, \"all hands\"\nsecond line; café");
    assert_eq!(rows[0][13], "'=HYPERLINK(\"http://evil\")", "a formula is shown as text, never run");
    for (row, task) in rows.iter().zip(&plan.tasks) {
        assert_eq!(row[0], task.id.as_str());
        assert_eq!(row[4], task.start.to_string());
        assert_eq!(row[5], task.end.to_string());
        assert_eq!(row[6], task.progress.to_string());
    }
}

#[test]
fn the_stakeholders_csv_has_one_row_per_stakeholder() {
    let plan = sample("city-council");
    let (header, rows) = read_csv(&export(&plan, Format::StakeholdersCsv, today(), STAMP));
    assert_eq!(header.len(), 18);
    assert_eq!(rows.len(), plan.stakeholders.len());
    assert!(rows.iter().zip(&plan.stakeholders).all(|(r, s)| r[1] == s.name));
}

fn events(ics: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let calendar = parser.next().expect("one calendar").expect("it parses");
    assert!(parser.next().is_none());
    calendar.events
}

fn property<'a>(event: &'a ical::parser::ical::component::IcalEvent, name: &str) -> Option<&'a str> {
    event.properties.iter().find(|p| p.name == name).and_then(|p| p.value.as_deref())
}

#[test]
fn the_calendar_parses_with_one_event_per_milestone_and_the_reviews() {
    let mut plan = sample("northwind-retail");
    let m = plan.tasks.iter().position(|t| t.milestone).expect("a milestone");
    std::sync::Arc::make_mut(&mut plan.tasks[m]).name =
        "A very long milestone name, with commas; semicolons and a backslash \\ that must be folded over lines".into();
    let text = String::from_utf8(export(&plan, Format::Ics, today(), STAMP)).expect("UTF-8");
    assert!(text.lines().all(|l| l.len() <= 76), "lines folded at 75 octets");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let events = events(&text);
    let milestones = plan.tasks.iter().filter(|t| t.milestone).count();
    assert_eq!(events.len(), milestones + 2, "milestones, this review and the next");
    let folded = events
        .iter()
        .find(|e| property(e, "UID") == Some(&format!("{}@{}.tenstep", plan.tasks[m].id, plan.id)))
        .expect("found by UID");
    let summary = property(folded, "SUMMARY").expect("summary");
    assert!(summary.contains("semicolons"), "{summary}");
    assert_eq!(property(folded, "DTSTART"), Some(plan.tasks[m].start.format("%Y%m%d").to_string().as_str()));
    let mut uids: Vec<&str> = events.iter().filter_map(|e| property(e, "UID")).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), events.len(), "every UID is unique");
}

#[test]
fn uids_are_stable_so_a_later_export_updates_rather_than_duplicates() {
    let plan = sample("northwind-retail");
    let first = String::from_utf8(export(&plan, Format::Ics, today(), STAMP)).expect("UTF-8");
    let mut later_plan = plan.clone();
    let m = later_plan.tasks.iter().position(|t| t.milestone).expect("a milestone");
    let t = std::sync::Arc::make_mut(&mut later_plan.tasks[m]);
    t.start = t.start + chrono::Days::new(7);
    t.end = t.start;
    let later =
        String::from_utf8(export(&later_plan, Format::Ics, today(), "20270101T090000Z")).expect("UTF-8");
    let uids = |text: &str| -> Vec<String> {
        events(text).iter().filter_map(|e| property(e, "UID").map(str::to_owned)).collect()
    };
    assert_eq!(uids(&first), uids(&later));
}

#[test]
fn the_markdown_summary_escapes_plan_text() {
    let mut plan = sample("small-agency");
    plan.meta.title = "Plan *not* [a link](javascript:x) # heading".into();
    let text = String::from_utf8(export(&plan, Format::Markdown, today(), STAMP)).expect("UTF-8");
    assert!(text.starts_with("# Plan \\*not\\* \\[a link\\](javascript:x) \\# heading\n"), "{}", &text[..80]);
    assert!(text.contains("## Needs attention"));
}

#[test]
fn the_handout_is_self_contained_printable_and_escapes_plan_text() {
    let mut plan = sample("northwind-retail");
    plan.meta.title = "<script>alert('x')</script> & more".into();
    std::sync::Arc::make_mut(&mut plan.stakeholders[0]).needs = "<img src=x onerror=alert(1)>".into();
    let html = String::from_utf8(export(&plan, Format::Html, today(), STAMP)).expect("UTF-8");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@page { size: A4 landscape"));
    assert!(!html.contains("<script"), "no scripts, and plan text cannot add one");
    assert!(!html.contains("<img"), "plan text is escaped");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
    for external in ["src=\"http", "href=\"http", "<link", "@import", "url("] {
        assert!(!html.contains(external), "no external asset: {external}");
    }
    assert_eq!(
        html.matches("<div class=\"lane\"><svg").count(),
        plan.workstreams.len(),
        "one Gantt lane per workstream"
    );
    for heading in ["Goals and KPIs", "Stakeholders", "The rolling plan", "Assessment", "Signed by"] {
        assert!(html.contains(heading), "{heading}");
    }
}

#[test]
fn a_picture_is_encoded_as_png_at_its_pixel_size() {
    let (width, height) = (3, 2);
    let rgba: Vec<u8> = (0..width * height).flat_map(|i| [i as u8 * 40, 10, 200, 255]).collect();
    let bytes = tenstep::export::png(width, height, &rgba).expect("encodes");
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    assert_eq!((info.width, info.height), (3, 2));
    assert_eq!(&pixels[..info.buffer_size()], rgba.as_slice());
    assert!(tenstep::export::png(4, 4, &rgba).is_err(), "a size that does not match is refused");
}

/// The handout's time-scale header: each `<text class="col">` with its x and label.
fn column_labels(html: &str) -> Vec<(f64, String)> {
    let start = html.find("aria-label=\"Time scale\">").expect("a time-scale header");
    let svg = &html[start..start + html[start..].find("</svg>").expect("its end")];
    svg.split("<text class=\"col\"")
        .skip(1)
        .map(|text| {
            let x = text.split("x=\"").nth(1).and_then(|t| t.split('"').next()).expect("an x");
            let label = text.split('>').nth(1).and_then(|t| t.split('<').next()).expect("a label");
            (x.parse().expect("a number"), label.to_owned())
        })
        .collect()
}

#[test]
fn the_handout_gantt_labels_every_column_of_the_rolling_scale_and_states_its_rule() {
    let march = Date::from_ymd_opt(2026, 3, 15).expect("valid");
    for name in ["northwind-retail", "city-council", "small-agency"] {
        let plan = sample(name);
        for day in [today(), march] {
            let html = String::from_utf8(export(&plan, Format::Html, day, STAMP)).expect("UTF-8");
            // The scale the Plan view uses: the plan's dates and today, 810 px of columns.
            let (from, to) = plan.chart_range();
            let review = plan.meta.review_date;
            let count = TimeScale::new(ScaleKind::Rolling, from.min(day), to.max(day), review, day, 1.0)
                .columns()
                .len();
            let width = 810.0 / count as f64;
            let scale = TimeScale::new(ScaleKind::Rolling, from.min(day), to.max(day), review, day, width);
            let labels = column_labels(&html);
            assert_eq!(
                labels.len(),
                scale.columns().len(),
                "{name} on {day}: a label per column: {labels:?}"
            );
            for (i, (column, (x, label))) in scale.columns().iter().zip(&labels).enumerate() {
                let x0 = 250.0 + i as f64 * width;
                assert!((x0..x0 + width).contains(x), "{name} on {day}: {label:?} sits in its column");
                let full = column.unit.label(column.start);
                let initials: Vec<String> = full.split('–').map(|m| m.chars().take(1).collect()).collect();
                let short = if full.starts_with('H') { full[..2].to_owned() } else { initials.join("–") };
                assert!(
                    *label == full || *label == short,
                    "{name} on {day}: {label:?} labels {}",
                    column.start
                );
            }
            assert!(!html.contains("textLength"), "{name} on {day}: no label squeezed to fit");
            let rule = rolling_rule(review, day);
            assert!(html.contains(&rule), "{name} on {day}: the description states the rule: {rule}");
            assert!(!html.contains("twelve months from the review date"), "the old description is gone");
        }
    }
    // The monthly stretch from the earlier of today and the review month (Northwind: 1 Jul 2026).
    let html =
        String::from_utf8(export(&sample("northwind-retail"), Format::Html, march, STAMP)).expect("UTF-8");
    assert!(html.contains("Months from Mar 2026 to Feb 2027"));
}
