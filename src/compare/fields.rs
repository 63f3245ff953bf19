//! An entity as a list of top-level fields, each as its RON text, and back: the generic
//! ground for comparing two copies field by field and for taking single fields across.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// The fields of `value` in declaration order, each with its RON text (nested values keep
/// their line breaks).
pub fn split<T: Serialize>(value: &T) -> Vec<(String, String)> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .escape_strings(true);
    // Serialising plan data cannot fail (no maps with non-string keys, no custom errors).
    let text = ron::ser::to_string_pretty(value, config).unwrap_or_default();
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in text.lines().skip(1) {
        let top_level =
            line.strip_prefix("    ").filter(|rest| !rest.starts_with(' ') && !rest.starts_with(')'));
        match top_level.and_then(|rest| rest.split_once(": ")).filter(|(name, _)| is_identifier(name)) {
            Some((name, value)) => fields.push((name.to_owned(), value.to_owned())),
            None if line == ")" => break,
            None => {
                if let Some((_, value)) = fields.last_mut() {
                    value.push('\n');
                    value.push_str(line);
                }
            }
        }
    }
    for (_, value) in &mut fields {
        if value.ends_with(',') {
            value.pop();
        }
    }
    fields
}

fn is_identifier(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Rebuilds a value from its fields.
pub fn join<T: DeserializeOwned>(fields: &[(String, String)]) -> Result<T, String> {
    let mut text = String::from("(\n");
    for (name, value) in fields {
        text.push_str("    ");
        text.push_str(name);
        text.push_str(": ");
        text.push_str(value);
        text.push_str(",\n");
    }
    text.push(')');
    ron::from_str(&text).map_err(|e| format!("the merged item could not be rebuilt: {e}"))
}

/// `value` with field `name` replaced by `theirs`'s. A field `theirs` leaves out (it has its
/// default value there) is left out of the result too.
pub fn take_field<T: Serialize + DeserializeOwned>(mine: &T, theirs: &T, name: &str) -> Result<T, String> {
    let mut fields = split(mine);
    match split(theirs).into_iter().find(|(n, _)| n == name) {
        Some(taken) => match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = taken.1,
            None => fields.push(taken),
        },
        None if fields.iter().any(|(n, _)| n == name) => fields.retain(|(n, _)| n != name),
        None => return Err(format!("there is no field “{name}”")),
    }
    join(&fields)
}

/// A field's text on one line, shortened for a list of changes.
pub fn display(value: &str) -> String {
    let flat: Vec<&str> = value.lines().map(str::trim).collect();
    let flat = flat.join(" ").replace("[ ", "[").replace(", ]", "]").replace("( ", "(").replace(", )", ")");
    const LIMIT: usize = 140;
    if flat.chars().count() > LIMIT {
        let cut: String = flat.chars().take(LIMIT).collect();
        format!("{cut}…")
    } else {
        flat
    }
}
