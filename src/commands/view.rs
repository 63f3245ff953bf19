//! The views of a plan, in navigation order.

/// The views of a plan, in navigation order. On the command line: `--view team` etc.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize, clap::ValueEnum,
)]
pub enum View {
    #[default]
    Overview,
    Plan,
    Stakeholders,
    Manifesto,
    Team,
    Assessment,
}

impl View {
    /// Every view, in navigation order (a test checks it against the derived list).
    pub const ALL: [View; 6] =
        [View::Overview, View::Plan, View::Stakeholders, View::Manifesto, View::Team, View::Assessment];

    /// The navigation label.
    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Plan => "Plan (Gantt)",
            View::Stakeholders => "Stakeholders",
            View::Manifesto => "Manifesto",
            View::Team => "Team & goals",
            View::Assessment => "Assessment",
        }
    }

    /// What the view shows, for tooltips.
    pub fn description(self) -> &'static str {
        match self {
            View::Overview => "The plan at a glance",
            View::Plan => "The three-year rolling plan as a Gantt chart",
            View::Stakeholders => "Stakeholder segmentation, influence map and channels",
            View::Manifesto => "The working group's shared beliefs and sign-offs",
            View::Team => "The working group, goals and KPIs",
            View::Assessment => "Maturity, integration and the ten-step checklist",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::View;
    use clap::ValueEnum;

    #[test]
    fn all_lists_every_view_in_declaration_order() {
        // `value_variants` is derived, so a view missing from `ALL` fails here.
        assert_eq!(View::ALL.as_slice(), View::value_variants());
    }
}
