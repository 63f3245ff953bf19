//! The example plans built into the binary; the first is the plan a new user sees.

/// A built-in example plan.
pub struct Template {
    pub name: &'static str,
    pub description: &'static str,
    /// The plan's RON text.
    pub source: &'static str,
}

/// Every built-in example, the default first.
pub const TEMPLATES: [Template; 3] = [
    Template {
        name: "Large retailer (Northwind)",
        description: "A retail group with many departments and all ten steps under way",
        source: include_str!("../../sample-plans/northwind-retail.ron"),
    },
    Template {
        name: "Small agency starting out",
        description: "A small company taking its first steps",
        source: include_str!("../../sample-plans/small-agency.ron"),
    },
    Template {
        name: "City council",
        description: "A public-sector body serving residents",
        source: include_str!("../../sample-plans/city-council.ron"),
    },
];

mod skeleton;
pub use skeleton::skeleton;
