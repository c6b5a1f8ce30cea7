//! The CLI on bad input: one clear line on stderr, a non-zero exit, never a panic.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: Option<&[u8]>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn assert_one_clear_line(args: &[&str], stdin: Option<&[u8]>, needle: &str) {
    let (code, _, err) = run(args, stdin);
    assert_ne!(code, 0, "{args:?} should fail");
    assert_ne!(code, 101, "{args:?} panicked");
    assert_eq!(
        err.lines().count(),
        1,
        "{args:?}: one line on stderr, got {err:?}"
    );
    assert!(
        err.contains(needle),
        "{args:?}: {err:?} should say {needle:?}"
    );
}

#[test]
fn missing_files_directories_and_empty_input() {
    assert_one_clear_line(&["/no/such/file.html"], None, "no such file");
    assert_one_clear_line(&["tests"], None, "is a directory");
    let dir = std::env::temp_dir().join(format!("lede-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.html");
    std::fs::write(&empty, b"").unwrap();
    assert_one_clear_line(&[empty.to_str().unwrap()], None, "is empty");
    assert_one_clear_line(&["-"], Some(b"   \n\n "), "is empty");
}

#[test]
fn binaries_are_refused_by_what_they_are() {
    assert_one_clear_line(&["-"], Some(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "PDF");
    assert_one_clear_line(&["-"], Some(b"\x1f\x8b\x08\x00\x00\x00\x00\x00"), "gzip");
    assert_one_clear_line(&["-"], Some(b"\x00\x01\x02\x03binary\x00"), "binary");
}

#[test]
fn a_page_without_an_article_says_so() {
    assert_one_clear_line(
        &["tests/fixtures/home.html", "--url", "https://example.com/"],
        None,
        "no article here: this looks like a home page",
    );
}

#[test]
fn invalid_utf8_is_decoded_as_windows_1252() {
    let (code, out, _) = run(
        &["-", "--raw", "--format", "json"],
        Some(b"The caf\xe9 opened on Monday, the owner said, and it was full by noon."),
    );
    assert_eq!(code, 0);
    assert!(out.contains("The café opened"));
}

#[test]
fn bad_options_are_explained() {
    let (code, _, err) = run(&["x", "--format", "yaml"], None);
    assert_eq!(code, 2);
    assert!(err.starts_with("lede: unknown format 'yaml'"));
    let (code, _, err) = run(&["x", "--date", "yesterday"], None);
    assert_eq!(code, 2);
    assert!(err.contains("YYYY-MM-DD"));
}

#[test]
fn a_huge_file_is_refused_at_once() {
    let dir = std::env::temp_dir().join(format!("lede-cli-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let big = dir.join("big.html");
    // A sparse 200 MB file: refused by its size before a byte is read.
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(200 << 20).unwrap();
    drop(f);
    assert_one_clear_line(
        &[big.to_str().unwrap()],
        None,
        "is too large (200 MB; the limit is 64 MB)",
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
