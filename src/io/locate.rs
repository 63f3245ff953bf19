//! Turning byte offsets and entity ids into line:column positions in the source text.

use crate::model::Kind;
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

/// The list in the file that holds entities of `kind` (`manifesto.beliefs` for beliefs).
fn section(kind: Kind) -> &'static str {
    match kind {
        Kind::Department => "departments",
        Kind::Person => "people",
        Kind::Goal => "goals",
        Kind::Kpi => "kpis",
        Kind::Belief => "manifesto.beliefs",
        Kind::Signature => "manifesto.signatures",
        Kind::Workstream => "workstreams",
        Kind::Task => "tasks",
        Kind::Stakeholder => "stakeholders",
        Kind::Channel => "channels",
        Kind::Review => "reviews",
    }
}

/// Where each entity is declared (`id: "…"` inside its list), first declaration wins.
///
/// A small scanner that understands RON's strings, raw strings, comments and brackets, so an
/// id is found whatever the layout, and the same id in two lists is told apart.
pub(crate) struct IdIndex {
    positions: HashMap<(String, String), usize>,
    line_starts: Vec<usize>,
    text_len: usize,
}

impl IdIndex {
    /// Scans `text` once.
    pub(crate) fn build(text: &str) -> Self {
        let mut scanner = Scanner { bytes: text.as_bytes(), pos: 0 };
        let mut positions = HashMap::new();
        // keys[d]: the most recent field name seen at bracket depth d.
        let mut keys: Vec<Option<String>> = vec![None];
        let mut pending_id: Option<usize> = None;
        while let Some(token) = scanner.next_token() {
            match token {
                Token::Open => keys.push(None),
                Token::Close => {
                    if keys.len() > 1 {
                        keys.pop();
                    }
                }
                Token::Key(name, at) => {
                    pending_id = (name == "id" && keys.len() > 2).then_some(at);
                    if let Some(slot) = keys.last_mut() {
                        *slot = Some(name);
                    }
                }
                Token::Str(value) => {
                    if let Some(at) = pending_id.take() {
                        let top = keys.get(1).cloned().flatten().unwrap_or_default();
                        let section = match (top.as_str(), keys.get(2).cloned().flatten()) {
                            ("manifesto", Some(inner)) => format!("manifesto.{inner}"),
                            _ => top,
                        };
                        positions.entry((section, value)).or_insert(at);
                    }
                }
                Token::Other => pending_id = None,
            }
        }
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Self { positions, line_starts, text_len: text.len() }
    }

    /// Where the entity `id` of `kind` is declared, if it is.
    pub(crate) fn get(&self, kind: Kind, id: &str, text: &str) -> Option<Location> {
        let offset = *self.positions.get(&(section(kind).to_owned(), id.to_owned()))?;
        let offset = offset.min(self.text_len);
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        let col = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        Some(Location { line, col })
    }
}

enum Token {
    Open,
    Close,
    /// A field name followed by `:`, and its byte offset.
    Key(String, usize),
    /// A string literal's value.
    Str(String),
    Other,
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos + ahead).copied()
    }

    fn skip_space_and_comments(&mut self) {
        loop {
            match (self.peek(0), self.peek(1)) {
                (Some(b), _) if b.is_ascii_whitespace() => self.pos += 1,
                (Some(b'/'), Some(b'/')) => {
                    while self.peek(0).is_some_and(|b| b != b'\n') {
                        self.pos += 1;
                    }
                }
                (Some(b'/'), Some(b'*')) => {
                    self.pos += 2;
                    let mut depth = 1;
                    while depth > 0 && self.pos < self.bytes.len() {
                        match (self.peek(0), self.peek(1)) {
                            (Some(b'*'), Some(b'/')) => {
                                depth -= 1;
                                self.pos += 2;
                            }
                            (Some(b'/'), Some(b'*')) => {
                                depth += 1;
                                self.pos += 2;
                            }
                            _ => self.pos += 1,
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn next_token(&mut self) -> Option<Token> {
        self.skip_space_and_comments();
        let b = self.peek(0)?;
        let start = self.pos;
        Some(match b {
            b'(' | b'[' | b'{' => {
                self.pos += 1;
                Token::Open
            }
            b')' | b']' | b'}' => {
                self.pos += 1;
                Token::Close
            }
            b'"' => Token::Str(self.quoted()),
            b'r' if matches!(self.peek(1), Some(b'#' | b'"')) => Token::Str(self.raw()),
            b'b' if self.peek(1) == Some(b'"') => {
                self.pos += 1;
                self.quoted();
                Token::Other
            }
            b if b.is_ascii_alphabetic() || b == b'_' => {
                while self.peek(0).is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    self.pos += 1;
                }
                let name = String::from_utf8_lossy(&self.bytes[start..self.pos]).into_owned();
                self.skip_space_and_comments();
                if self.peek(0) == Some(b':') {
                    self.pos += 1;
                    Token::Key(name, start)
                } else {
                    Token::Other
                }
            }
            _ => {
                self.pos += 1;
                Token::Other
            }
        })
    }

    /// A `"…"` string from the opening quote; decodes the escapes ids can contain.
    fn quoted(&mut self) -> String {
        self.pos += 1;
        let mut value = Vec::new();
        while let Some(b) = self.peek(0) {
            self.pos += 1;
            match b {
                b'"' => break,
                b'\\' => {
                    let escaped = self.peek(0);
                    self.pos += 1;
                    match escaped {
                        Some(b'n') => value.push(b'\n'),
                        Some(b't') => value.push(b'\t'),
                        Some(b'r') => value.push(b'\r'),
                        Some(b'0') => value.push(0),
                        Some(b'u') if self.peek(0) == Some(b'{') => {
                            let close = self.bytes[self.pos..].iter().position(|&b| b == b'}');
                            let Some(close) = close else { break };
                            let hex = String::from_utf8_lossy(&self.bytes[self.pos + 1..self.pos + close])
                                .into_owned();
                            self.pos += close + 1;
                            if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                                value.extend_from_slice(c.to_string().as_bytes());
                            }
                        }
                        Some(other) => value.push(other),
                        None => break,
                    }
                }
                other => value.push(other),
            }
        }
        String::from_utf8_lossy(&value).into_owned()
    }

    /// A raw string `r#"…"#` from the `r`.
    fn raw(&mut self) -> String {
        self.pos += 1;
        let mut hashes = 0;
        while self.peek(0) == Some(b'#') {
            hashes += 1;
            self.pos += 1;
        }
        if self.peek(0) != Some(b'"') {
            return String::new();
        }
        self.pos += 1;
        let start = self.pos;
        let mut closing = vec![b'"'];
        closing.extend(std::iter::repeat_n(b'#', hashes));
        match self.bytes[start..].windows(closing.len()).position(|w| w == closing.as_slice()) {
            Some(len) => {
                self.pos = start + len + closing.len();
                String::from_utf8_lossy(&self.bytes[start..start + len]).into_owned()
            }
            None => {
                self.pos = self.bytes.len();
                String::new()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_found_per_list_whatever_the_layout() {
        let text = "// c\n(format_version: 1, id: \"plan\",\n departments: [(id:\"t-2\")],\n manifesto: (beliefs: [ ( id : \"b-1\" ) ]),\n tasks: [\n  /* (id: \"t-2\") */\n  (name: r#\"id: \"t-2\"\"#, id: \"t-2\")])";
        let index = IdIndex::build(text);
        assert_eq!(index.get(Kind::Department, "t-2", text), Some(Location { line: 3, col: 17 }));
        assert_eq!(index.get(Kind::Belief, "b-1", text), Some(Location { line: 4, col: 27 }));
        assert_eq!(index.get(Kind::Task, "t-2", text), Some(Location { line: 7, col: 26 }));
        assert_eq!(index.get(Kind::Task, "plan", text), None);
    }
}
