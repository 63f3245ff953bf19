//! Plan text in the HTML handout: escaped, bidi controls paired, isolated in `<bdi>`; a
//! belief's light Markdown (bold, italic, line breaks) as the only markup it may bring.

use crate::model::balance_bidi;
use std::fmt::Write;

/// HTML-escaped text with its bidi controls paired, for attributes, the title and SVG text.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in balance_bidi(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// Plan text in the page: escaped and isolated (`<bdi>`), so right-to-left text or bidi
/// controls in it cannot reorder what is around it.
pub(super) fn bdi(text: &str) -> String {
    format!("<bdi>{}</bdi>", esc(text))
}

/// Light Markdown (bold, italic, line breaks) as HTML, everything else escaped. Links show
/// their text and address as plain text: a handout is printed, and its text is from anyone.
pub(super) fn light_markdown(text: &str) -> String {
    let mut html = esc(text);
    for (marker, tag) in [("**", "strong"), ("*", "em")] {
        let mut out = String::new();
        let mut open = false;
        let mut rest = html.as_str();
        while let Some(at) = rest.find(marker) {
            out.push_str(&rest[..at]);
            out.push_str(if open { "</" } else { "<" });
            out.push_str(tag);
            out.push('>');
            open = !open;
            rest = &rest[at + marker.len()..];
        }
        out.push_str(rest);
        if open {
            let _ = write!(out, "</{tag}>");
        }
        html = out;
    }
    format!("<bdi>{}</bdi>", html.replace('\n', "<br>"))
}
