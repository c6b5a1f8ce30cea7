//! Character references (`&amp;`, `&#8220;`, `&#x201D;`) decoded to text.
//!
//! The named references come from `data/html-entities.txt` (the HTML 4.01 set plus a few common
//! HTML5 names); numeric references map Windows-1252's C1 range as browsers do.

use crate::lexicon::WordMap;
use std::borrow::Cow;
use std::sync::OnceLock;

fn table() -> &'static WordMap<char> {
    static TABLE: OnceLock<WordMap<char>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../../data/html-entities.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (name, code) = l.split_once(' ')?;
                Some((name, char::from_u32(code.trim().parse().ok()?)?))
            })
            .collect()
    })
}

/// Windows-1252's characters for the C1 code points that pages mean when they write `&#150;`.
fn c1_to_cp1252(n: u32) -> u32 {
    const MAP: [u32; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    if (0x80..0xA0).contains(&n) {
        MAP[(n - 0x80) as usize]
    } else {
        n
    }
}

/// Decode every character reference in `s`; text without `&` is returned as it is.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match decode_one(rest) {
            Some((c, used)) => {
                out.push(c);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Decode the reference at the start of `s` (which starts with `&`): the character and the
/// number of bytes it used.
fn decode_one(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let (hex, start) = match b.get(2) {
            Some(b'x') | Some(b'X') => (true, 3),
            _ => (false, 2),
        };
        let mut j = start;
        while j < b.len()
            && j - start < 8
            && (if hex {
                b[j].is_ascii_hexdigit()
            } else {
                b[j].is_ascii_digit()
            })
        {
            j += 1;
        }
        if j == start {
            return None;
        }
        let n = u32::from_str_radix(&s[start..j], if hex { 16 } else { 10 }).ok()?;
        let c = char::from_u32(c1_to_cp1252(n))
            .filter(|&c| c != '\0')
            .unwrap_or('\u{FFFD}');
        let used = if b.get(j) == Some(&b';') { j + 1 } else { j };
        return Some((c, used));
    }
    let mut j = 1;
    while j < b.len() && j < 33 && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    let name = &s[1..j];
    if b.get(j) == Some(&b';') {
        if let Some(&c) = table().get(name) {
            return Some((c, j + 1));
        }
    }
    // Legacy references that browsers accept without the semicolon.
    for legacy in ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"] {
        if name.starts_with(legacy) {
            return Some((table()[legacy], 1 + legacy.len()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_numeric_and_broken_references() {
        assert_eq!(decode_entities("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(
            decode_entities("&ldquo;Hi&rdquo; &#8212; &#x2019;"),
            "“Hi” — ’"
        );
        assert_eq!(decode_entities("&#150;"), "–");
        assert_eq!(decode_entities("AT&T &unknown; &"), "AT&T &unknown; &");
        assert_eq!(decode_entities("&nbsp"), "\u{a0}");
    }
}
