//! The Gantt time scale: columns of calendar time mapped to x positions, both ways.
//!
//! The default "rolling" scale gives each month of the near term a column (see
//! [`rolling_months`]), and each half-year before and after them a column: the plan's cadence
//! of monthly milestones first, six-monthly after. Uniform scales (weeks, months, quarters,
//! years) exist too. Every column has the same width, so x is piecewise linear in the date.

use super::{Date, first_of_month};
use chrono::{Datelike, Days, Months};

/// The kinds of time scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
pub enum ScaleKind {
    /// Months for the near term ([`rolling_months`]), half-years before and after.
    #[default]
    Rolling,
    Weeks,
    Months,
    Quarters,
    Years,
}

impl ScaleKind {
    /// Every scale, in the order of the scale picker.
    pub const ALL: [ScaleKind; 5] =
        [ScaleKind::Rolling, ScaleKind::Weeks, ScaleKind::Months, ScaleKind::Quarters, ScaleKind::Years];

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            ScaleKind::Rolling => "Rolling (months, then half-years)",
            ScaleKind::Weeks => "Weeks",
            ScaleKind::Months => "Months",
            ScaleKind::Quarters => "Quarters",
            ScaleKind::Years => "Years",
        }
    }
}

/// The calendar unit of one column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Week,
    Month,
    Quarter,
    HalfYear,
    Year,
}

impl Unit {
    /// The start of the next column after one starting at `start`.
    fn next(self, start: Date) -> Date {
        let months = |n| start.checked_add_months(Months::new(n)).unwrap_or(Date::MAX);
        match self {
            Unit::Week => start.checked_add_days(Days::new(7)).unwrap_or(Date::MAX),
            Unit::Month => months(1),
            Unit::Quarter => months(3),
            Unit::HalfYear => months(6),
            Unit::Year => months(12),
        }
    }

    /// The start of the column of this unit that contains `date` (weeks start on Monday).
    pub fn floor(self, date: Date) -> Date {
        let month0 = date.month0();
        let with_month = |m0: u32| Date::from_ymd_opt(date.year(), m0 + 1, 1).unwrap_or(date);
        match self {
            Unit::Week => date - Days::new(u64::from(date.weekday().num_days_from_monday())),
            Unit::Month => first_of_month(date),
            Unit::Quarter => with_month(month0 - month0 % 3),
            Unit::HalfYear => with_month(month0 - month0 % 6),
            Unit::Year => with_month(0),
        }
    }

    /// A short label for a column starting at `start` ("Mar", "W12", "Q2", "H1 27", "2027").
    /// A half-year that does not start in January or July (the rolling scale's half-years
    /// follow its monthly stretch) reads as its months, "Dec–May".
    pub fn label(self, start: Date) -> String {
        match self {
            Unit::Week => format!("W{}", start.iso_week().week()),
            Unit::Month => start.format("%b").to_string(),
            Unit::Quarter => format!("Q{}", start.month0() / 3 + 1),
            Unit::HalfYear if start.month0().is_multiple_of(6) => {
                format!("H{} {:02}", start.month0() / 6 + 1, start.year().rem_euclid(100))
            }
            Unit::HalfYear => {
                let end = Unit::HalfYear.next(start).pred_opt().unwrap_or(start);
                format!("{}–{}", start.format("%b"), end.format("%b"))
            }
            Unit::Year => start.year().to_string(),
        }
    }

    /// The label for a narrow column: "J" for January, "H1", "Q2", "12" for week 12, "’27".
    pub fn short_label(self, start: Date) -> String {
        match self {
            Unit::Week => start.iso_week().week().to_string(),
            Unit::Month => start.format("%b").to_string().chars().take(1).collect(),
            Unit::Quarter => format!("Q{}", start.month0() / 3 + 1),
            Unit::HalfYear if start.month0().is_multiple_of(6) => format!("H{}", start.month0() / 6 + 1),
            Unit::HalfYear => {
                let end = Unit::HalfYear.next(start).pred_opt().unwrap_or(start);
                let initial = |d: Date| d.format("%b").to_string().chars().take(1).collect::<String>();
                format!("{}–{}", initial(start), initial(end))
            }
            Unit::Year => {
                let [_, short] = year_label_forms(start.year());
                short
            }
        }
    }

    /// Whole months in one column of this unit (`None` for a week).
    pub fn months(self) -> Option<u32> {
        match self {
            Unit::Week => None,
            Unit::Month => Some(1),
            Unit::Quarter => Some(3),
            Unit::HalfYear => Some(6),
            Unit::Year => Some(12),
        }
    }

    /// A human noun ("month", "half-year").
    pub fn noun(self) -> &'static str {
        match self {
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Quarter => "quarter",
            Unit::HalfYear => "half-year",
            Unit::Year => "year",
        }
    }
}

/// One column of the time scale: `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub start: Date,
    /// The first day after the column.
    pub end: Date,
    pub unit: Unit,
}

impl Column {
    /// The ways to label this column, longest first: "Jan" or "J", "H1 27" or "H1" (a year row
    /// names the year), "Oct–Mar" or "O–M".
    pub fn label_forms(&self) -> [String; 2] {
        [self.unit.label(self.start), self.unit.short_label(self.start)]
    }

    fn days(&self) -> i64 {
        (self.end - self.start).num_days().max(1)
    }
}

/// Columns covering a date range, each `column_width` wide; maps dates to x and back.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeScale {
    columns: Vec<Column>,
    column_width: f64,
}

impl TimeScale {
    /// The columns of `kind` covering at least `from..=to`, the rolling scale's monthly
    /// stretch set by the `review` date and `today` ([`rolling_months`]).
    pub fn new(kind: ScaleKind, from: Date, to: Date, review: Date, today: Date, column_width: f64) -> Self {
        let to = to.max(from);
        let columns = match kind {
            ScaleKind::Rolling => rolling_columns(from, to, rolling_months(review, today)),
            ScaleKind::Weeks => uniform(Unit::Week, from, to),
            ScaleKind::Months => uniform(Unit::Month, from, to),
            ScaleKind::Quarters => uniform(Unit::Quarter, from, to),
            ScaleKind::Years => uniform(Unit::Year, from, to),
        };
        Self { columns, column_width: column_width.max(1.0) }
    }

    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    pub fn column_width(&self) -> f64 {
        self.column_width
    }

    /// The total width of all columns.
    pub fn width(&self) -> f64 {
        self.columns.len() as f64 * self.column_width
    }

    /// The first day shown.
    pub fn start(&self) -> Date {
        self.columns.first().map_or(Date::MIN, |c| c.start)
    }

    /// The first day after the last one shown.
    pub fn end(&self) -> Date {
        self.columns.last().map_or(Date::MIN, |c| c.end)
    }

    /// The index of the column containing `date`, clamped to the scale.
    pub fn column_index(&self, date: Date) -> usize {
        self.columns.partition_point(|c| c.end <= date).min(self.columns.len().saturating_sub(1))
    }

    /// The content x (scale space: 0 at the scale's start, in points, not scrolled) of the
    /// start of `date` (dates outside the scale are extrapolated at the width of the nearest
    /// column). A view adds its own left edge and scroll to get a screen x.
    pub fn content_x_of(&self, date: Date) -> f64 {
        let Some(first) = self.columns.first() else { return 0.0 };
        let index = self.column_index(date);
        let column = &self.columns[index];
        let days = if date < first.start {
            (date - first.start).num_days()
        } else {
            (date - column.start).num_days()
        };
        let base = if date < first.start { 0.0 } else { index as f64 * self.column_width };
        base + days as f64 / column.days() as f64 * self.column_width
    }

    /// The content x just after `date` ends (where a bar ending on `date` stops).
    pub fn content_x_after(&self, date: Date) -> f64 {
        self.content_x_of(date.succ_opt().unwrap_or(date))
    }

    /// The date whose day contains `x` (the inverse of [`Self::content_x_of`]).
    pub fn date_at(&self, x: f64) -> Date {
        let Some(first) = self.columns.first() else { return Date::MIN };
        let last = self.columns.len() - 1;
        let index = if x < 0.0 { 0 } else { ((x / self.column_width).floor() as usize).min(last) };
        let column = &self.columns[index];
        let within = (x - index as f64 * self.column_width) / self.column_width;
        let days = (within * column.days() as f64).floor() as i64;
        let base = if x < 0.0 { first.start } else { column.start };
        base.checked_add_signed(chrono::TimeDelta::days(days)).unwrap_or(base)
    }

    /// The unit of the column under `x` (the first or last column beyond the scale's ends).
    pub fn unit_at(&self, x: f64) -> Option<Unit> {
        let last = self.columns.len().checked_sub(1)?;
        let index = if x < 0.0 { 0 } else { ((x / self.column_width).floor() as usize).min(last) };
        Some(self.columns[index].unit)
    }

    /// Where `x` falls in months counted from year 0 (fractional within its column), so that
    /// the months between two x positions can be counted whatever the columns' units.
    pub fn months_at(&self, x: f64) -> f64 {
        let Some(last) = self.columns.len().checked_sub(1) else { return 0.0 };
        let index = if x < 0.0 { 0 } else { ((x / self.column_width).floor() as usize).min(last) };
        let column = &self.columns[index];
        let within = (x - index as f64 * self.column_width) / self.column_width;
        let start = f64::from(column.start.year()) * 12.0 + f64::from(column.start.month0());
        let span = match column.unit.months() {
            Some(months) => f64::from(months),
            None => column.days() as f64 / 30.44,
        };
        start + within * span
    }

    /// The start of the column nearest to `x` (for snapping an edge to the column unit).
    pub fn snap(&self, x: f64) -> Date {
        let index = (x / self.column_width).round().clamp(0.0, self.columns.len() as f64) as usize;
        match self.columns.get(index) {
            Some(column) => column.start,
            None => self.end(),
        }
    }
}

/// The years `columns` (consecutive) cover: each year with the start of its first column and
/// the end of its last, for a year row over them.
pub fn year_spans<'a>(columns: impl IntoIterator<Item = &'a Column>) -> Vec<(i32, Date, Date)> {
    let mut spans: Vec<(i32, Date, Date)> = Vec::new();
    for column in columns {
        match spans.last_mut() {
            Some(last) if last.0 == column.start.year() => last.2 = column.end,
            _ => spans.push((column.start.year(), column.start, column.end)),
        }
    }
    spans
}

/// The ways to label a year over its columns, longest first: "2027" or "’27".
pub fn year_label_forms(year: i32) -> [String; 2] {
    [year.to_string(), format!("’{:02}", year.rem_euclid(100))]
}

/// `date` moved by whole calendar `months` (back when negative), its day clamped to the
/// month's length (31 Jan + 1 month = 28 Feb).
pub fn add_months(date: Date, months: i64) -> Date {
    let n = Months::new(u32::try_from(months.unsigned_abs()).unwrap_or(u32::MAX));
    if months >= 0 { date.checked_add_months(n) } else { date.checked_sub_months(n) }.unwrap_or(date)
}

/// A task's last day moved by whole `months`; a month's last day stays a month's last day
/// (30 Apr + 1 month = 31 May).
pub fn end_by_months(end: Date, months: i64) -> Date {
    match end.succ_opt() {
        Some(after) if after.day() == 1 => add_months(after, months).pred_opt().unwrap_or(end),
        _ => add_months(end, months),
    }
}

fn uniform(unit: Unit, from: Date, to: Date) -> Vec<Column> {
    columns_from(unit.floor(from), |_| unit, |start| start <= to)
}

/// Columns laid end to end from `start`, each of the unit `unit_at` its start, while `more`
/// says so of the next start (and never past the last date there is).
fn columns_from(mut start: Date, unit_at: impl Fn(Date) -> Unit, more: impl Fn(Date) -> bool) -> Vec<Column> {
    let mut columns = Vec::new();
    while more(start) {
        let unit = unit_at(start);
        let end = unit.next(start);
        columns.push(Column { start, end, unit });
        if end <= start {
            break;
        }
        start = end;
    }
    columns
}

/// The monthly stretch of the rolling scale, `[first month, first month after)`: from the
/// earlier of today's month and the review's, for twelve months, and at least six months past
/// today. So a review date ahead of today never squeezes the months up to it, and an overdue
/// review still leaves the coming months monthly.
pub fn rolling_months(review: Date, today: Date) -> (Date, Date) {
    let start = first_of_month(review.min(today));
    let months = |from: Date, n| from.checked_add_months(Months::new(n)).unwrap_or(Date::MAX);
    (start, months(start, 12).max(months(first_of_month(today), 6)))
}

/// Says the rolling scale's rule for this plan, for the scale's tooltip.
pub fn rolling_rule(review: Date, today: Date) -> String {
    let (start, end) = rolling_months(review, today);
    let last = end.pred_opt().unwrap_or(end);
    format!(
        "Months from {} to {} (from the earlier of today and the review date, for twelve months \
         and at least six months past today); half-years before and after.",
        start.format("%b %Y"),
        last.format("%b %Y")
    )
}

/// Half-years up to the monthly stretch `months`, a column per month in it, half-years after.
fn rolling_columns(from: Date, to: Date, months: (Date, Date)) -> Vec<Column> {
    let (review, monthly_end) = months;
    let mut columns = Vec::new();
    // Before the monthly stretch: half-years counted back from it, so they meet it exactly.
    let mut start = review;
    let mut before = Vec::new();
    while start > from {
        let prev = start.checked_sub_months(Months::new(6)).unwrap_or(Date::MIN);
        before.push(Column { start: prev, end: start, unit: Unit::HalfYear });
        start = prev;
    }
    columns.extend(before.into_iter().rev());
    let unit_at = |start| if start < monthly_end { Unit::Month } else { Unit::HalfYear };
    columns.extend(columns_from(review, unit_at, |start| start <= to || start < monthly_end));
    columns
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd_opt(y, m, day).expect("valid date")
    }

    fn rolling() -> TimeScale {
        // Plan from Jul 2025, reviewed Jul 2026 (today), horizon to Jun 2029.
        TimeScale::new(
            ScaleKind::Rolling,
            d(2025, 7, 1),
            d(2029, 6, 30),
            d(2026, 7, 15),
            d(2026, 7, 20),
            60.0,
        )
    }

    fn monthly(review: Date, today: Date) -> (Date, Date) {
        let scale = TimeScale::new(ScaleKind::Rolling, d(2024, 1, 1), d(2030, 12, 31), review, today, 60.0);
        let months: Vec<&Column> = scale.columns().iter().filter(|c| c.unit == Unit::Month).collect();
        for pair in months.windows(2) {
            assert_eq!(pair[0].end, pair[1].start, "the months are one stretch");
        }
        (months[0].start, months[months.len() - 1].start)
    }

    #[test]
    fn the_monthly_stretch_starts_at_the_earlier_of_today_and_the_review_date() {
        // Rolled forward early: review 1 Jun 2027 on 3 Dec 2026 keeps Dec 2026 monthly.
        assert_eq!(monthly(d(2027, 6, 1), d(2026, 12, 3)), (d(2026, 12, 1), d(2027, 11, 1)));
        // A review due today or just done: twelve months from it.
        assert_eq!(monthly(d(2026, 12, 1), d(2026, 12, 3)), (d(2026, 12, 1), d(2027, 11, 1)));
        // Overdue by a year: from the review, and still six months past today.
        assert_eq!(monthly(d(2025, 12, 1), d(2026, 12, 3)), (d(2025, 12, 1), d(2027, 5, 1)));
        // Across a year seam: review 15 Jan 2027, today 31 Dec 2026.
        assert_eq!(monthly(d(2027, 1, 15), d(2026, 12, 31)), (d(2026, 12, 1), d(2027, 11, 1)));
        assert!(rolling_rule(d(2027, 6, 1), d(2026, 12, 3)).starts_with("Months from Dec 2026 to Nov 2027"));
    }

    #[test]
    fn months_under_the_pointer_count_alike_in_monthly_and_half_year_columns() {
        let scale = rolling();
        // The first column is the half-year Jul–Dec 2025, then months from Jul 2026.
        assert_eq!(scale.months_at(0.0), 2025.0 * 12.0 + 6.0);
        assert_eq!(scale.months_at(30.0), 2025.0 * 12.0 + 9.0, "half a half-year");
        assert_eq!(scale.months_at(2.0 * 60.0 + 60.0), 2026.0 * 12.0 + 7.0, "one month column on");
        assert_eq!(scale.unit_at(10.0), Some(Unit::HalfYear));
        assert_eq!(scale.unit_at(130.0), Some(Unit::Month));
    }

    #[test]
    fn rolling_scale_has_half_years_then_twelve_months_then_half_years() {
        let scale = rolling();
        let units: Vec<Unit> = scale.columns().iter().map(|c| c.unit).collect();
        assert_eq!(&units[..2], &[Unit::HalfYear, Unit::HalfYear]);
        assert_eq!(&units[2..14], &[Unit::Month; 12]);
        assert!(units[14..].iter().all(|&u| u == Unit::HalfYear));
        assert_eq!(scale.columns()[2].start, d(2026, 7, 1));
        assert_eq!(scale.columns()[13].start, d(2027, 6, 1));
        assert_eq!(scale.columns()[14].start, d(2027, 7, 1));
        assert_eq!(scale.start(), d(2025, 7, 1));
        assert_eq!(scale.end(), d(2029, 7, 1));
        // Columns tile time with no gaps or overlaps.
        for pair in scale.columns().windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
        }
    }

    #[test]
    fn dates_map_to_x_and_back_across_the_monthly_half_year_seam() {
        let scale = rolling();
        // The seam between the last month (Jun 2027) and the first later half-year.
        assert_eq!(scale.content_x_of(d(2027, 6, 1)), 13.0 * 60.0);
        assert_eq!(scale.content_x_of(d(2027, 7, 1)), 14.0 * 60.0);
        assert_eq!(scale.content_x_after(d(2027, 6, 30)), 14.0 * 60.0);
        // Half-way through a half-year column is half a column.
        let mid = scale.content_x_of(d(2027, 10, 1));
        assert!((mid - (14.0 * 60.0 + 92.0 / 184.0 * 60.0)).abs() < 1e-9);
        // Every day of the horizon maps back to itself.
        let mut day = scale.start();
        while day < scale.end() {
            let x = scale.content_x_of(day);
            assert_eq!(scale.date_at(x + 1e-6), day, "day {day} at x {x}");
            assert!(scale.content_x_after(day) > x);
            day = day.succ_opt().expect("next day");
        }
    }

    #[test]
    fn x_is_monotonic_and_extrapolates_outside_the_scale() {
        let scale = rolling();
        assert!(scale.content_x_of(d(2025, 6, 1)) < 0.0);
        assert!(scale.content_x_of(d(2030, 1, 1)) > scale.width());
        let mut last = f64::MIN;
        let mut day = d(2025, 1, 1);
        while day < d(2030, 1, 1) {
            let x = scale.content_x_of(day);
            assert!(x > last, "{day}");
            last = x;
            day = day.succ_opt().expect("next day");
        }
    }

    #[test]
    fn uniform_scales_align_to_their_unit() {
        let day = d(2026, 1, 1);
        let weeks = TimeScale::new(ScaleKind::Weeks, d(2026, 1, 1), d(2026, 1, 31), day, day, 30.0);
        assert_eq!(weeks.columns()[0].start, d(2025, 12, 29), "weeks start on Monday");
        assert_eq!(weeks.columns().len(), 5);
        let quarters = TimeScale::new(ScaleKind::Quarters, d(2026, 2, 10), d(2026, 12, 31), day, day, 30.0);
        let starts: Vec<Date> = quarters.columns().iter().map(|c| c.start).collect();
        assert_eq!(starts, vec![d(2026, 1, 1), d(2026, 4, 1), d(2026, 7, 1), d(2026, 10, 1)]);
        let years = TimeScale::new(ScaleKind::Years, d(2026, 5, 1), d(2028, 2, 1), day, day, 30.0);
        assert_eq!(years.columns().len(), 3);
        assert_eq!(years.columns()[2].unit.label(years.columns()[2].start), "2028");
    }

    #[test]
    fn snapping_picks_the_nearest_column_start() {
        let scale = rolling();
        assert_eq!(scale.snap(2.0 * 60.0 + 10.0), d(2026, 7, 1));
        assert_eq!(scale.snap(2.0 * 60.0 + 40.0), d(2026, 8, 1));
        assert_eq!(scale.snap(-500.0), scale.start());
        assert_eq!(scale.snap(1e9), scale.end());
    }

    #[test]
    fn year_spans_group_consecutive_columns_by_year() {
        let scale = rolling();
        let spans = year_spans(scale.columns());
        assert_eq!(spans[0], (2025, d(2025, 7, 1), d(2026, 1, 1)));
        assert_eq!(spans[1], (2026, d(2026, 1, 1), d(2027, 1, 1)));
        assert_eq!(spans.last().map(|s| s.2), Some(scale.end()));
        assert_eq!(year_label_forms(2027), ["2027".to_owned(), "’27".to_owned()]);
    }

    #[test]
    fn labels_read_well() {
        assert_eq!(Unit::Month.label(d(2026, 3, 1)), "Mar");
        assert_eq!(Unit::Quarter.label(d(2026, 4, 1)), "Q2");
        assert_eq!(Unit::HalfYear.label(d(2027, 7, 1)), "H2 27");
        assert_eq!(Unit::HalfYear.label(d(2027, 1, 1)), "H1 27");
        assert_eq!(Unit::HalfYear.label(d(2026, 12, 1)), "Dec–May");
        assert_eq!(Unit::Week.label(d(2026, 1, 5)), "W2");
    }
}
