//! Decode: the bytes of a saved page or text file in, a string out.
//!
//! UTF-8 when the bytes are UTF-8; otherwise the charset the page declares (a byte-order mark,
//! `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in its first
//! kilobytes), and Windows-1252 when it declares none, as browsers do.

use encoding_rs::Encoding;

/// The charset a page declares in its first 4 KB, if any.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let pos = lower.windows(8).position(|w| w == b"charset=")?;
    let rest = &lower[pos + 8..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_'))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

/// Decode a file's bytes to text.
pub fn decode(bytes: &[u8]) -> String {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return enc
            .decode_without_bom_handling(&bytes[bom_len..])
            .0
            .into_owned();
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    let enc = declared_charset(bytes)
        .filter(|e| *e != encoding_rs::UTF_8)
        .unwrap_or(encoding_rs::WINDOWS_1252);
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// Does this look like a binary file (a PDF, an image, an archive) rather than text or HTML?
pub fn looks_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF file"),
        (b"\x1f\x8b", "a gzip file"),
        (b"PK\x03\x04", "a zip archive"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x7fELF", "an executable"),
        (b"BZh", "a bzip2 file"),
        (b"\xfd7zXZ", "an xz file"),
        (b"RIFF", "a media file"),
        (b"\x00asm", "a WebAssembly module"),
    ];
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(what);
        }
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let nul = sample.iter().filter(|&&b| b == 0).count();
    let utf16 = Encoding::for_bom(bytes).is_some();
    (nul > 0 && !utf16).then_some("a binary file")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_declared_and_default_charsets() {
        assert_eq!(decode(b"caf\xc3\xa9"), "café");
        assert_eq!(decode(b"caf\xe9"), "café");
        assert_eq!(
            decode(b"<meta charset=\"iso-8859-7\">\xe1"),
            "<meta charset=\"iso-8859-7\">α"
        );
        assert_eq!(decode(b"\xef\xbb\xbfhi"), "hi");
    }

    #[test]
    fn spots_binaries() {
        assert_eq!(looks_binary(b"%PDF-1.7"), Some("a PDF file"));
        assert_eq!(looks_binary(b"plain text"), None);
    }
}
