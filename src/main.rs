//! `lede`: the command-line shell around `lede::analyze`.
//!
//! Reads saved pages or text files (or standard input), analyses each in order, and prints text
//! for a person, Markdown (what the panel's Copy button copies), one JSON document, or JSON
//! lines for batch runs. Every failure is one line on stderr and a non-zero exit.

use lede::{analyze, decode, render, LedeError, Options};
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

/// Inputs larger than this are refused rather than read.
const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

const USAGE: &str = "usage: lede [FILE|-]... [--format text|markdown|json|jsonl] [--sentences N] [--url URL] [--date YYYY-MM-DD] [--raw]

Reads news pages (saved HTML) or article text and prints what the article says, who is in it,
who said what, and when.

  FILE              a saved page or a text file; - reads standard input
  --format F        text (default), markdown (what the Copy button copies), json, or jsonl
                    (one JSON analysis per line, for batch runs)
  --sentences N     summary length in sentences (default 3)
  --url URL         the page's address (for the site name and the Markdown link)
  --date DATE       the date to resolve relative dates against when the page gives none
                    (default: today)
  --raw             the input is the bare article body: no title, metadata or chrome guessing";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Markdown,
    Json,
    Jsonl,
}

struct Cli {
    files: Vec<String>,
    format: Format,
    sentences: usize,
    options: Options,
}

fn parse_args(args: Vec<String>) -> Result<Cli, String> {
    let mut cli = Cli {
        files: Vec::new(),
        format: Format::Text,
        sentences: lede::DEFAULT_SUMMARY_SENTENCES,
        options: Options::default(),
    };
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "-h" | "--help" => return Err(String::new()),
            "-V" | "--version" => {
                println!("lede {}", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            "--format" | "-f" => {
                cli.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "markdown" | "md" => Format::Markdown,
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    other => {
                        return Err(format!(
                            "unknown format '{other}' (text, markdown, json or jsonl)"
                        ))
                    }
                }
            }
            "--sentences" | "-n" => {
                let v = value("--sentences")?;
                cli.sentences = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("--sentences takes a positive number, not '{v}'"))?;
            }
            "--url" => cli.options.url = Some(value("--url")?),
            "--date" => {
                let v = value("--date")?;
                if lede::calendar::Date::parse_iso(&v).is_none() {
                    return Err(format!("--date takes YYYY-MM-DD, not '{v}'"));
                }
                cli.options.reference_date = Some(v);
            }
            "--raw" => cli.options.raw = true,
            "-" => cli.files.push(arg),
            f if f.starts_with('-') => return Err(format!("unknown option '{f}'")),
            _ => cli.files.push(arg),
        }
    }
    if cli.files.is_empty() {
        return Err("no input: give a file, or - for standard input".into());
    }
    cli.options.summary_sentences = Some(cli.sentences);
    Ok(cli)
}

/// Read one input as text, or say plainly why not.
fn read_input(name: &str) -> Result<String, String> {
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        let path = Path::new(name);
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => "no such file".to_string(),
            io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => format!("cannot read it: {e}"),
        })?;
        if meta.is_dir() {
            return Err("is a directory, not a page".into());
        }
        if meta.len() > MAX_INPUT_BYTES {
            return Err(format!(
                "is too large ({} MB; the limit is {} MB)",
                meta.len() >> 20,
                MAX_INPUT_BYTES >> 20
            ));
        }
        std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))?
    };
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(format!(
            "is too large (the limit is {} MB)",
            MAX_INPUT_BYTES >> 20
        ));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("is empty".into());
    }
    if let Some(what) = decode::looks_binary(&bytes) {
        return Err(format!("is {what}, not a page or text"));
    }
    Ok(decode::decode(&bytes))
}

fn main() -> ExitCode {
    let cli = match parse_args(std::env::args().skip(1).collect()) {
        Ok(c) => c,
        Err(msg) if msg.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("lede: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    // A panic is a bug; it still ends as one clear line, never a backtrace.
    if std::env::var_os("LEDE_BACKTRACE").is_none() {
        std::panic::set_hook(Box::new(|_| {}));
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let several = cli.files.len() > 1;
    for (k, name) in cli.files.iter().enumerate() {
        let shown = if name == "-" {
            "standard input"
        } else {
            name.as_str()
        };
        let result = read_input(name).and_then(|text| {
            std::panic::catch_unwind(|| analyze(&text, &cli.options))
                .map_err(|_| {
                    "internal error while analysing (please report this page)".to_string()
                })?
                .map_err(|e: LedeError| e.to_string())
        });
        match result {
            Ok(analysis) => {
                let printed = match cli.format {
                    Format::Text => {
                        let sep = if several && k > 0 { "\n" } else { "" };
                        write!(out, "{sep}{}", render::text(&analysis, cli.sentences))
                    }
                    Format::Markdown => {
                        let sep = if several && k > 0 { "\n---\n\n" } else { "" };
                        write!(out, "{sep}{}", render::markdown(&analysis, cli.sentences))
                    }
                    Format::Json => writeln!(
                        out,
                        "{}",
                        serde_json::to_string_pretty(&analysis).unwrap_or_default()
                    ),
                    Format::Jsonl => writeln!(
                        out,
                        "{}",
                        serde_json::to_string(&analysis).unwrap_or_default()
                    ),
                };
                if printed.is_err() {
                    return ExitCode::from(1);
                }
            }
            Err(msg) => {
                failed = true;
                let _ = out.flush();
                eprintln!("lede: {shown}: {msg}");
                if cli.format == Format::Jsonl {
                    let line = serde_json::json!({ "file": shown, "error": msg });
                    let _ = writeln!(out, "{line}");
                }
            }
        }
    }
    let _ = out.flush();
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
