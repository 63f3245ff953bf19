//! The clock: the one source of "now" and "today" for the app and the command line.
//!
//! Nothing else in Tenstep reads the wall clock. `main` hands the [`SystemClock`] to the app
//! and the CLI; tests hand them a [`ManualClock`] they can set and move on, so no result
//! depends on the day or the hour a test runs.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta, Utc};
use std::sync::{Arc, Mutex};

/// Where the app and the CLI learn the time.
pub trait Clock: Send + Sync {
    /// Now, in the user's time zone.
    fn now(&self) -> DateTime<FixedOffset>;

    /// The user's date today.
    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// Now as an RFC 3339 timestamp with the local offset (for recovery descriptions).
    fn rfc3339(&self) -> String {
        self.now().to_rfc3339()
    }

    /// Now in UTC, compact (`20261203T091500Z`), for exports' creation stamps.
    fn utc_stamp(&self) -> String {
        self.now().with_timezone(&Utc).format("%Y%m%dT%H%M%SZ").to_string()
    }

    /// Now in nanoseconds since 1970, for seeds that must differ between moments.
    fn nanos(&self) -> u64 {
        self.now().timestamp_nanos_opt().map_or(0, i64::unsigned_abs)
    }
}

/// The computer's clock and time zone.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<FixedOffset> {
        chrono::Local::now().fixed_offset()
    }
}

/// A clock that stands still until it is set or moved on (tests, benchmarks).
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<DateTime<FixedOffset>>,
}

impl ManualClock {
    /// A clock showing noon UTC on `date`.
    pub fn at_noon(date: NaiveDate) -> Arc<Self> {
        let noon = date.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc().fixed_offset();
        Arc::new(Self { now: Mutex::new(noon) })
    }

    /// Moves the clock on (or back, with a negative span).
    pub fn advance(&self, by: TimeDelta) {
        let mut now = self.now.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *now = now.checked_add_signed(by).unwrap_or(*now);
    }

    /// Moves the clock on by `seconds` (fractions allowed).
    pub fn advance_seconds(&self, seconds: f64) {
        // Whole nanoseconds are the clock's resolution anyway.
        self.advance(TimeDelta::nanoseconds((seconds * 1e9).round() as i64));
    }

    /// Sets the clock to `now`.
    pub fn set(&self, now: DateTime<FixedOffset>) {
        *self.now.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = now;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<FixedOffset> {
        *self.now.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let date = NaiveDate::from_ymd_opt(2026, 12, 31).expect("valid");
        let clock = ManualClock::at_noon(date);
        assert_eq!(clock.today(), date);
        assert_eq!(clock.utc_stamp(), "20261231T120000Z");
        clock.advance_seconds(12.0 * 3600.0);
        assert_eq!(clock.today(), NaiveDate::from_ymd_opt(2027, 1, 1).expect("valid"));
        clock.advance(TimeDelta::seconds(-1));
        assert_eq!(clock.today(), date);
    }
}
