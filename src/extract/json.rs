//! A small JSON reader for the JSON-LD blocks of a page: the article's headline, authors and
//! dates are strings in objects and arrays, so that is all it keeps (a number is only known to
//! be one). It is as strict as the JSON grammar, so a block a browser's `JSON.parse` refuses
//! is refused here too, and it stops at a nesting depth no real page reaches, so that a
//! hostile page cannot exhaust the stack. Written for Lede rather than taken from a JSON crate:
//! a general reader compiled number parsing, number formatting and a deserializer into the
//! wasm, 20 KB that JSON-LD never needs.

/// A JSON value, without the numbers' values.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number,
    String(String),
    Array(Vec<Json>),
    /// Members in the order written; a key written twice means its last value.
    Object(Vec<(String, Json)>),
}

/// Deeper than any real JSON-LD (which nests a few levels); deeper input is refused.
const MAX_DEPTH: usize = 128;

impl Json {
    /// The value of `key`, when this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }
}

/// Parse one JSON text (surrounding whitespace allowed); `None` when it is not valid JSON.
pub fn parse(text: &str) -> Option<Json> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_whitespace();
    (reader.at == reader.bytes.len()).then_some(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_whitespace();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn literal(&mut self, word: &[u8], value: Json) -> Option<Json> {
        self.bytes[self.at..].starts_with(word).then(|| {
            self.at += word.len();
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        self.skip_whitespace();
        match self.peek()? {
            b'{' => self.object(depth + 1),
            b'[' => self.array(depth + 1),
            b'"' => self.string().map(Json::String),
            b't' => self.literal(b"true", Json::Bool(true)),
            b'f' => self.literal(b"false", Json::Bool(false)),
            b'n' => self.literal(b"null", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.at += 1;
        let mut members = Vec::new();
        if self.eat(b'}') {
            return Some(Json::Object(members));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return None;
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return None;
            }
            members.push((key, self.value(depth)?));
            if self.eat(b'}') {
                return Some(Json::Object(members));
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Some(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            if self.eat(b']') {
                return Some(Json::Array(items));
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, its value not kept.
    fn number(&mut self) -> Option<Json> {
        let digits = |r: &mut Self| {
            let from = r.at;
            while r.peek().is_some_and(|b| b.is_ascii_digit()) {
                r.at += 1;
            }
            r.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else if !digits(self) {
            return None;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digits(self) {
                return None;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return None;
            }
        }
        Some(Json::Number)
    }

    /// A string's text, its escapes decoded; the reader sits on its opening quote.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the plain stretch up to the next quote, backslash or control character.
            let from = self.at;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            // (The stretch ends at an ASCII byte or the end, so it is whole UTF-8.)
            out.push_str(std::str::from_utf8(&self.bytes[from..self.at]).ok()?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = self.peek()?;
                    self.at += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()?),
                        _ => return None,
                    }
                }
                // A raw control character: not allowed inside a JSON string.
                _ => return None,
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let hex = self.bytes.get(self.at..self.at + 4)?;
        let hex = std::str::from_utf8(hex).ok()?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at += 4;
        u32::from_str_radix(hex, 16).ok()
    }

    /// The character of `\uXXXX` (the reader past the `u`), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        match first {
            0xD800..=0xDBFF => {
                if !self.bytes[self.at..].starts_with(b"\\u") {
                    return None;
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return None;
                }
                char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            }
            0xDC00..=0xDFFF => None,
            _ => char::from_u32(first),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{parse, Json};

    #[test]
    fn reads_json_ld_as_written() {
        let v = parse(
            r#" {"@context": "https://schema.org", "@type": ["NewsArticle"], "wordCount": -1.5e3,
               "headline": "Caf\u00e9 \"talks\" \ud83d\ude00 end\/start", "author": [{"name": "Ann"}],
               "isFree": true, "x": null, "headline": "Last wins"} "#,
        )
        .expect("valid JSON");
        assert_eq!(v.get("headline").and_then(Json::as_str), Some("Last wins"));
        assert_eq!(
            v.get("@type").and_then(Json::as_array),
            Some(&[Json::String("NewsArticle".into())][..])
        );
        assert_eq!(v.get("wordCount"), Some(&Json::Number));
        let v = parse(r#"{"h": "Caf\u00e9 \"talks\" \ud83d\ude00 end\/start"}"#).unwrap();
        assert_eq!(
            v.get("h").and_then(Json::as_str),
            Some("Café \"talks\" 😀 end/start")
        );
        assert_eq!(parse("[]"), Some(Json::Array(Vec::new())));
        assert_eq!(parse("\"é ü 中\""), Some(Json::String("é ü 中".into())));
    }

    #[test]
    fn takes_any_text_without_panicking() {
        // JSON-shaped noise: every prefix of valid JSON, and random strings of its characters.
        let valid = r#"{"@type": ["NewsArticle"], "a": [1, -2.5e3, true, null, "x\u00e9\ud83d\ude00"], "b": {"c": "d"}}"#;
        assert!(parse(valid).is_some());
        for end in 0..=valid.len() {
            if valid.is_char_boundary(end) {
                let _ = parse(&valid[..end]);
            }
        }
        let alphabet: Vec<char> = "{}[]:,\"\\/ ubnrtfe+-.0123456789aéx😀\n".chars().collect();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..5_000 {
            let len = (seed % 40) as usize;
            let text: String = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            let _ = parse(&text);
        }
    }

    #[test]
    fn refuses_what_json_refuses() {
        for bad in [
            "",
            "{",
            "{\"a\": 1,}",
            "[1, 2,]",
            "{'a': 1}",
            "{\"a\": \"line\nbreak\"}",
            "{\"a\": 01}",
            "{\"a\": 1.}",
            "{\"a\": tru}",
            "{\"a\": \"\\ud800\"}",
            "{\"a\": \"\\x41\"}",
            "{} {}",
            "[\"unterminated]",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        // Nesting deeper than any page's is refused, without exhausting the stack.
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert_eq!(parse(&deep), None);
        let fine = "[".repeat(100) + &"]".repeat(100);
        assert!(parse(&fine).is_some());
    }
}
