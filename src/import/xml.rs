//! A guarded streaming XML reader shared by the plan-file importers.
//!
//! Bytes are turned into UTF-8 text first (UTF-8, UTF-16 with a byte-order mark, or Latin-1 /
//! Windows-1252 when the declaration says so), then read as a flat stream of [`Event`]s. The
//! guards: a size cap, a nesting cap (no recursion anywhere), DOCTYPEs that declare entities are
//! refused (so "billion laughs" cannot expand), and only the five predefined entities and
//! character references are understood.

use super::plan_file::ImportError;
use quick_xml::events::{BytesStart, Event as Raw};
use std::borrow::Cow;

/// Deeper nesting than this is refused: no plan file comes close.
pub const MAX_DEPTH: usize = 256;

/// Files larger than this are refused (the same cap as plan files).
pub const MAX_BYTES: usize = crate::io::MAX_FILE_BYTES as usize;

/// The text of a file, decoded to UTF-8.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::new(format!(
            "the file is larger than {} MiB ({} bytes), too large to be a plan",
            MAX_BYTES / (1024 * 1024),
            bytes.len()
        )));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::new("the file is empty"));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        return utf16(rest, u16::from_le_bytes).map(Cow::Owned);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        return utf16(rest, u16::from_be_bytes).map(Cow::Owned);
    }
    // UTF-16 without a byte-order mark still starts with "<" and a zero byte.
    if bytes.starts_with(&[b'<', 0]) {
        return utf16(bytes, u16::from_le_bytes).map(Cow::Owned);
    }
    if bytes.starts_with(&[0, b'<']) {
        return utf16(bytes, u16::from_be_bytes).map(Cow::Owned);
    }
    let bytes = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes);
    let declared = declared_encoding(bytes).map(|e| e.to_ascii_lowercase());
    match declared.as_deref() {
        None | Some("utf-8" | "utf8" | "us-ascii" | "ascii") => match std::str::from_utf8(bytes) {
            Ok(text) => Ok(Cow::Borrowed(text)),
            Err(e) => {
                let at = crate::io::line_col(bytes, e.valid_up_to());
                Err(ImportError::at(
                    at.line,
                    at.col,
                    "the file is not valid UTF-8 text (it may be damaged, or saved in another \
                     encoding without saying so)",
                ))
            }
        },
        Some("iso-8859-1" | "latin1" | "latin-1" | "iso-latin-1" | "iso8859-1" | "l1") => {
            Ok(Cow::Owned(bytes.iter().map(|&b| char::from(b)).collect()))
        }
        Some("windows-1252" | "cp1252") => Ok(Cow::Owned(bytes.iter().map(|&b| cp1252(b)).collect())),
        Some("utf-16" | "utf-16le" | "utf-16be") => Err(ImportError::new(
            "the file says it is UTF-16 but has no byte-order mark; save it again as UTF-8",
        )),
        Some(other) => Err(ImportError::new(format!(
            "the file is in the “{other}” encoding, which Tenstep does not read; save it as UTF-8"
        ))),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ImportError> {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let text: Result<String, _> = char::decode_utf16(units).collect();
    match text {
        Ok(text) if bytes.len().is_multiple_of(2) => Ok(text),
        _ => Err(ImportError::new("the file is damaged UTF-16 text; save it again as UTF-8")),
    }
}

/// The `encoding` of the XML declaration, if the file starts with one.
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..bytes.len().min(200))?;
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = String::from_utf8_lossy(&head[..end]);
    let rest = &decl[decl.find("encoding")? + "encoding".len()..];
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    Some(value[..value.find(quote)?].trim().to_owned())
}

/// Windows-1252: Latin-1 except for the printable characters in 0x80–0x9F.
fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// One step of the document.
#[derive(Debug, PartialEq)]
pub enum Event {
    /// An element opens: its local name (without namespace prefix) and its attributes.
    Open(Tag),
    /// The innermost open element closes; `text` is the text directly inside it (trimmed).
    Close { name: String, text: String },
    /// The end of the document.
    End,
}

/// An element's local name and attributes (local names, values unescaped).
#[derive(Debug, PartialEq, Default)]
pub struct Tag {
    pub name: String,
    pub attrs: Vec<(String, String)>,
}

impl Tag {
    /// The value of attribute `name`, if present.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The value of attribute `name`, or "" when absent.
    pub fn str(&self, name: &str) -> &str {
        self.get(name).unwrap_or("")
    }
}

/// The streaming reader: [`Reader::read`] until [`Event::End`].
pub struct Reader<'a> {
    inner: quick_xml::Reader<&'a [u8]>,
    text: &'a str,
    /// Names of the open elements, outermost first.
    path: Vec<String>,
    /// Text seen since the last element opened.
    buffer: String,
    /// An empty element (`<a/>`) still to be closed.
    pending_close: bool,
}

impl<'a> Reader<'a> {
    /// A reader over decoded text.
    pub fn new(text: &'a str) -> Self {
        let mut inner = quick_xml::Reader::from_str(text);
        inner.config_mut().check_end_names = true;
        Self { inner, text, path: Vec::new(), buffer: String::new(), pending_close: false }
    }

    /// How many elements are open (after the last event).
    pub fn depth(&self) -> usize {
        self.path.len()
    }

    /// Whether the open elements end with these names (`["Task", "Name"]`).
    pub fn path_ends_with(&self, names: &[&str]) -> bool {
        self.path.len() >= names.len()
            && self.path[self.path.len() - names.len()..].iter().zip(names).all(|(a, b)| a == b)
    }

    /// An error at the reader's current position.
    pub fn error(&self, message: impl Into<String>) -> ImportError {
        self.error_at(self.inner.buffer_position(), message)
    }

    fn error_at(&self, offset: u64, message: impl Into<String>) -> ImportError {
        let at = crate::io::line_col(self.text.as_bytes(), usize::try_from(offset).unwrap_or(usize::MAX));
        ImportError::at(at.line, at.col, message)
    }

    /// The next event.
    pub fn read(&mut self) -> Result<Event, ImportError> {
        if self.pending_close {
            self.pending_close = false;
            return Ok(self.close());
        }
        loop {
            let event = match self.inner.read_event() {
                Ok(event) => event,
                Err(e) => return Err(self.error_at(self.inner.error_position(), describe(&e))),
            };
            if matches!(event, Raw::Start(_) | Raw::Empty(_)) && self.path.len() >= MAX_DEPTH {
                return Err(self.error(format!(
                    "elements are nested more than {MAX_DEPTH} deep, which no plan file does"
                )));
            }
            match event {
                Raw::Start(start) => return self.open(&start),
                Raw::Empty(start) => {
                    self.pending_close = true;
                    return self.open(&start);
                }
                Raw::End(_) => return Ok(self.close()),
                Raw::Text(text) => {
                    let text = text.xml10_content().map_err(|e| self.error(e.to_string()))?;
                    self.buffer.push_str(&text);
                }
                Raw::CData(data) => {
                    let text = data.xml10_content().map_err(|e| self.error(e.to_string()))?;
                    self.buffer.push_str(&text);
                }
                Raw::GeneralRef(reference) => {
                    let name = reference.decode().map_err(|e| self.error(e.to_string()))?.into_owned();
                    match reference.resolve_char_ref() {
                        Ok(Some(c)) => self.buffer.push(c),
                        Ok(None) => match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(s) => self.buffer.push_str(s),
                            None => return Err(self.error(unknown_entity(&name))),
                        },
                        Err(_) => {
                            return Err(self.error(format!("“&{name};” is not a valid character reference")));
                        }
                    }
                }
                Raw::DocType(doctype) => {
                    if doctype.windows(8).any(|w| w.eq_ignore_ascii_case(b"<!ENTITY")) {
                        return Err(self.error(
                            "the file defines its own XML entities in a DOCTYPE, which Tenstep does not \
                             read (plan files never need them, and they can be used to make a file \
                             expand without end)",
                        ));
                    }
                }
                Raw::Eof => {
                    if let Some(open) = self.path.last() {
                        return Err(self.error(format!(
                            "the XML is cut off: <{open}> is never closed (the file may be incomplete)"
                        )));
                    }
                    return Ok(Event::End);
                }
                Raw::Comment(_) | Raw::Decl(_) | Raw::PI(_) => {}
            }
        }
    }

    fn open(&mut self, start: &BytesStart) -> Result<Event, ImportError> {
        let name = local(start.local_name().as_ref());
        let mut attrs = Vec::new();
        for attr in start.attributes() {
            let attr = attr.map_err(|e| self.error(format!("a broken attribute in <{name}>: {e}")))?;
            let value = attr
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|e| self.error(format!("in <{name}>: {}", describe(&e))))?;
            attrs.push((local(attr.key.local_name().as_ref()), value.into_owned()));
        }
        self.path.push(name.clone());
        self.buffer.clear();
        Ok(Event::Open(Tag { name, attrs }))
    }

    fn close(&mut self) -> Event {
        let name = self.path.pop().unwrap_or_default();
        let text = self.buffer.trim().to_owned();
        self.buffer.clear();
        Event::Close { name, text }
    }
}

fn local(name: &[u8]) -> String {
    String::from_utf8_lossy(name).into_owned()
}

fn unknown_entity(name: &str) -> String {
    format!(
        "the file uses the entity “&{name};”, which is not defined (only &amp; &lt; &gt; &quot; &apos; are)"
    )
}

/// A user-facing sentence for a parser error.
fn describe(error: &quick_xml::Error) -> String {
    use quick_xml::errors::{Error as E, IllFormedError as I, SyntaxError as S};
    match error {
        E::Syntax(
            S::UnclosedTag | S::UnclosedDoubleQuotedAttributeValue | S::UnclosedSingleQuotedAttributeValue,
        )
        | E::Syntax(S::UnclosedComment | S::UnclosedCData | S::UnclosedPI | S::UnclosedXmlDecl)
        | E::Syntax(S::UnclosedDoctype)
        | E::IllFormed(I::UnclosedReference) => {
            format!("the XML is cut off ({error}); the file may be incomplete")
        }
        E::IllFormed(I::MissingEndTag(tag)) => {
            format!("the XML is cut off: <{tag}> is never closed (the file may be incomplete)")
        }
        E::IllFormed(I::MismatchedEndTag { expected, found }) => {
            format!("the XML is broken: </{found}> closes <{expected}>")
        }
        E::IllFormed(I::UnmatchedEndTag(tag)) => format!("the XML is broken: </{tag}> closes nothing"),
        E::Escape(quick_xml::escape::EscapeError::UnrecognizedEntity(_, name)) => unknown_entity(name),
        _ => format!("the XML is broken: {error}"),
    }
}

/// The root element of the text (name and attributes), reading no further than it; `None` if
/// the text is not XML or has no root element.
pub fn root(text: &str) -> Option<Tag> {
    let mut reader = Reader::new(text);
    match reader.read() {
        Ok(Event::Open(tag)) => Some(tag),
        _ => None,
    }
}
