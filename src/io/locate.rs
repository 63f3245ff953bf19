//! Turning byte offsets and entity ids into line:column positions in the source text.

use std::collections::HashMap;

/// A 1-based line and column in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub col: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// The line and column (1-based, columns in characters) of a byte offset in `text`.
pub fn line_col(bytes: &[u8], offset: usize) -> Location {
    let offset = offset.min(bytes.len());
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let col = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    Location { line, col }
}

/// Where each entity id is declared (`id: "…"`) in a plan's source, first declaration wins.
pub(crate) struct IdIndex {
    positions: HashMap<String, Location>,
}

impl IdIndex {
    /// Scans `text` once for `id: "…"` declarations.
    pub(crate) fn build(text: &str) -> Self {
        const NEEDLE: &str = "id: \"";
        let bytes = text.as_bytes();
        let mut positions = HashMap::new();
        let mut line = 1;
        let mut line_start = 0;
        let mut scanned = 0;
        for (at, _) in text.match_indices(NEEDLE) {
            let preceded_ok = at == 0 || matches!(bytes[at - 1], b' ' | b'\t' | b'\n' | b'(' | b',');
            if !preceded_ok {
                continue;
            }
            for (i, &b) in bytes[scanned..at].iter().enumerate() {
                if b == b'\n' {
                    line += 1;
                    line_start = scanned + i + 1;
                }
            }
            scanned = at;
            let value_start = at + NEEDLE.len();
            let Some(len) = text[value_start..].find('"') else { break };
            let id = &text[value_start..value_start + len];
            let col = text[line_start..at].chars().count() + 1;
            positions.entry(id.to_owned()).or_insert(Location { line, col });
        }
        Self { positions }
    }

    /// Where `id` is declared, if it is.
    pub(crate) fn get(&self, id: &str) -> Option<Location> {
        self.positions.get(id).copied()
    }
}
