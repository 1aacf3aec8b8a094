//! Escaping text for HTML and SVG (XML): every directory string goes through [`escape`].

/// Escapes `&`, `<`, `>`, `"` and `'` so a text is safe in element content and in quoted
/// attribute values, in HTML and in XML alike. Control characters other than tab and newline
/// (not allowed in XML) are dropped.
///
/// ```
/// assert_eq!(maillage_publish::escape("<script>\"a\" & 'b'"),
///     "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn drops_control_characters_and_keeps_accents() {
        assert_eq!(escape("Saint-Lô\u{0}\u{1b}"), "Saint-Lô");
    }
}
