//! Evaluation on the shared data sets (`../shared/data`): the measures the issues name, computed
//! the way each data set's own tooling computes them. Used by the evaluation command
//! (`cargo run --release --example eval`) and by the floor tests in `tests/evaluation.rs`.
#![allow(dead_code)]

use lede::{analyze, Options};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// `../shared/data`, from the repository root or its environment override.
pub fn data_dir() -> PathBuf {
    std::env::var_os("LEDE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

/// `\w+` tokens, as Python's `re` finds them.
pub fn word_tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let w = c.is_alphanumeric() || c == '_';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push(&s[st..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out
}

/// The extraction benchmark's per-page normalised (tp, fp, fn) over 4-token shingles.
pub fn shingle_tp_fp_fn(truth: &str, pred: &str) -> (f64, f64, f64) {
    fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
        let t = word_tokens(text);
        let mut m = HashMap::new();
        let n = 4;
        let count = if t.len() >= n { t.len() - n + 1 } else { 1 };
        for i in 0..count {
            let s: Vec<&str> = t[i..(i + n).min(t.len())].to_vec();
            if !s.is_empty() {
                *m.entry(s).or_insert(0) += 1;
            }
        }
        m
    }
    let a = shingles(truth);
    let b = shingles(pred);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (k, &tc) in &a {
        let pc = *b.get(k).unwrap_or(&0);
        tp += tc.min(pc) as f64;
        fn_ += tc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &b {
        let tc = *a.get(k).unwrap_or(&0);
        fp += pc.saturating_sub(tc) as f64;
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        (tp / s, fp / s, fn_ / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

pub struct ExtractionScore {
    pub pages: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Share of pages whose tokens equal the truth's exactly.
    pub exact: f64,
    /// (id, f1) per page, worst first.
    pub per_page: Vec<(String, f64)>,
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        0.0
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}

/// Lede's article body for a page, as the benchmark reads it: the text, or nothing.
pub fn extracted_body(html: &str, url: Option<&str>) -> String {
    let options = Options {
        url: url.map(str::to_string),
        ..Default::default()
    };
    analyze(html, &options).map(|a| a.text).unwrap_or_default()
}

/// Score Lede on the extraction benchmark.
pub fn extraction(dir: &Path) -> ExtractionScore {
    extraction_by(dir, |id, url| {
        let bytes = std::fs::read(dir.join("html").join(format!("{id}.html"))).expect("page");
        extracted_body(&lede::decode::decode(&bytes), url)
    })
}

/// The benchmark's metric over bodies that some extractor gave for each page id.
pub fn extraction_by(
    dir: &Path,
    mut body_of: impl FnMut(&str, Option<&str>) -> String,
) -> ExtractionScore {
    let truth: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("ground-truth.json")).expect("ground-truth.json"),
    )
    .expect("valid JSON");
    let mut precisions = Vec::new();
    let mut recalls = Vec::new();
    let mut exact = 0;
    let mut per_page = Vec::new();
    let obj = truth.as_object().expect("an object");
    let mut ids: Vec<&String> = obj.keys().collect();
    ids.sort();
    for id in &ids {
        let entry = &obj[*id];
        let body = entry["articleBody"].as_str().unwrap_or("");
        let url = entry["url"].as_str();
        let pred = body_of(id, url);
        let (tp, fp, fn_) = shingle_tp_fp_fn(body, &pred);
        let p = if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fp == 0.0 {
            0.0
        } else {
            tp / (tp + fp)
        };
        let r = if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fn_ == 0.0 {
            0.0
        } else {
            tp / (tp + fn_)
        };
        if tp + fp > 0.0 {
            precisions.push(p);
        }
        if tp + fn_ > 0.0 {
            recalls.push(r);
        }
        if word_tokens(body) == word_tokens(&pred) {
            exact += 1;
        }
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        per_page.push((id.to_string(), f));
    }
    per_page.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap());
    let (precision, recall) = (mean(&precisions), mean(&recalls));
    ExtractionScore {
        pages: ids.len(),
        precision,
        recall,
        f1: if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        },
        exact: exact as f64 / ids.len().max(1) as f64,
        per_page,
    }
}

/// Expected bodies shorter than this are not articles (see `ReadabilityScore`).
pub const ARTICLE_SIZED_WORDS: usize = 100;

pub struct ReadabilityScore {
    pub pages: usize,
    pub title_pages: usize,
    pub title_ok: usize,
    /// Titles equal but for a site-name suffix that Lede drops on purpose ("… | eHow").
    pub title_ok_but_suffix: usize,
    pub byline_pages: usize,
    pub byline_ok: usize,
    pub body_f1: f64,
    /// The same over the pages whose expected body has at least `ARTICLE_SIZED_WORDS` words:
    /// the rest are Readability's feature tests (a line of lorem ipsum), where Lede says "no
    /// article here" on purpose.
    pub article_sized_pages: usize,
    pub article_sized_body_f1: f64,
    /// The other fields Readability gives: language, direction, site name, publication date,
    /// excerpt. Each: (name, pages that have it, pages where Lede agrees).
    pub fields: Vec<(&'static str, usize, usize)>,
    pub misses: Vec<String>,
}

/// Whether Lede's value of a metadata field agrees with Readability's (`want`, not empty):
/// the language's primary subtag ("en" for "en-US"); the direction; the site name, or Lede's
/// without the slogan Readability keeps ("Mozilla Hacks" for "Mozilla Hacks – the Web developer
/// blog"); the same day of publication; the excerpt, or, where the page gives no description
/// and Readability takes the first paragraph, Lede's first sentence of it.
fn field_agrees(field: &str, want: &str, got: &str) -> bool {
    let (want, got) = (collapse(want), collapse(got));
    if got.is_empty() {
        return false;
    }
    match field {
        "lang" => {
            let primary = |l: &str| l.split(['-', '_']).next().unwrap_or("").to_lowercase();
            primary(&want) == primary(&got)
        }
        "published" => want.get(..10) == got.get(..10),
        "site" => {
            want.eq_ignore_ascii_case(&got)
                || want.starts_with(&got)
                    && [" - ", " | ", " – ", " — "]
                        .iter()
                        .any(|sep| want[got.len()..].starts_with(sep))
        }
        "excerpt" => want == got || want.starts_with(&got),
        _ => want.eq_ignore_ascii_case(&got),
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Bag-of-tokens F1 between two texts.
pub fn token_f1(truth: &str, pred: &str) -> f64 {
    let mut bag: HashMap<String, i64> = HashMap::new();
    let t = word_tokens(truth);
    let p = word_tokens(pred);
    if t.is_empty() && p.is_empty() {
        return 1.0;
    }
    for w in &t {
        *bag.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    let mut hit = 0;
    for w in &p {
        let e = bag.entry(w.to_lowercase()).or_insert(0);
        if *e > 0 {
            hit += 1;
            *e -= 1;
        }
    }
    if hit == 0 {
        return 0.0;
    }
    let precision = hit as f64 / p.len() as f64;
    let recall = hit as f64 / t.len() as f64;
    2.0 * precision * recall / (precision + recall)
}

/// The text of an HTML fragment (tags dropped, entities decoded).
pub fn html_text(html: &str) -> String {
    let dom = lede::extract::dom::parse(html);
    let mut out = String::new();
    for id in 0..dom.nodes.len() as u32 {
        if let lede::extract::dom::NodeData::Text(t) = &dom.nodes[id as usize].data {
            out.push_str(t);
            out.push(' ');
        }
    }
    out
}

/// Where Lede's body and the expected one part, for one page of either set: the expected
/// blocks Lede lacks and Lede's paragraphs the expected body lacks (each when under half of
/// its words are found on the other side), with the page's token F1. `page` is a Readability
/// page's name or the first characters of a benchmark page's id.
pub fn body_diff(data: &Path, page: &str) -> Option<String> {
    let readability = data.join("readability-pages").join(page);
    let (html, url, expected_blocks, expected_text) = if readability.join("source.html").is_file() {
        let expected = std::fs::read_to_string(readability.join("expected.html")).ok()?;
        let dom = lede::extract::dom::parse(&expected);
        let blocks: Vec<String> = (0..dom.nodes.len() as u32)
            .filter(|&id| {
                dom.element(id).is_some_and(|e| {
                    matches!(
                        &*e.tag,
                        "p" | "h1"
                            | "h2"
                            | "h3"
                            | "h4"
                            | "h5"
                            | "h6"
                            | "li"
                            | "pre"
                            | "td"
                            | "dd"
                            | "dt"
                            | "figcaption"
                    )
                })
            })
            .map(|id| dom.text(id))
            .collect();
        let source = std::fs::read(readability.join("source.html")).ok()?;
        (
            lede::decode::decode(&source),
            Some(format!("http://fakehost/test/{page}/")),
            blocks,
            html_text(&expected),
        )
    } else {
        let dir = data.join("extraction-benchmark");
        let truth: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("ground-truth.json")).ok()?)
                .ok()?;
        let (id, entry) = truth
            .as_object()?
            .iter()
            .find(|(id, _)| id.starts_with(page))?;
        let source = std::fs::read(dir.join("html").join(format!("{id}.html"))).ok()?;
        let body = entry["articleBody"].as_str().unwrap_or("");
        (
            lede::decode::decode(&source),
            entry["url"].as_str().map(str::to_string),
            body.lines().map(str::to_string).collect(),
            body.to_string(),
        )
    };
    let analysis = analyze(
        &html,
        &Options {
            url,
            ..Default::default()
        },
    );
    let (text, paragraphs): (String, Vec<String>) = match &analysis {
        Ok(a) => (a.text.clone(), {
            // Offsets count characters.
            let bytes: Vec<usize> = a
                .text
                .char_indices()
                .map(|(b, _)| b)
                .chain([a.text.len()])
                .collect();
            a.paragraphs
                .iter()
                .map(|p| a.text[bytes[p.start]..bytes[p.end]].to_string())
                .collect()
        }),
        Err(e) => (String::new(), vec![format!("({e})")]),
    };
    let words_of = |t: &str| -> std::collections::HashSet<String> {
        word_tokens(t).iter().map(|w| w.to_lowercase()).collect()
    };
    let (have, want) = (words_of(&text), words_of(&expected_text));
    let lacking = |block: &str, other: &std::collections::HashSet<String>| {
        let words = word_tokens(block);
        !words.is_empty()
            && words
                .iter()
                .filter(|w| other.contains(&w.to_lowercase()))
                .count()
                * 2
                < words.len()
    };
    let clip = |t: &str| {
        let t = collapse(t);
        match t.char_indices().nth(160) {
            Some((at, _)) => format!("{}…", &t[..at]),
            None => t,
        }
    };
    let mut out = format!(
        "{page}: body token F1 {:.3}\n",
        token_f1(&expected_text, &text)
    );
    for block in expected_blocks.iter().filter(|b| lacking(b, &have)) {
        out.push_str(&format!("  - missing: {}\n", clip(block)));
    }
    for paragraph in paragraphs.iter().filter(|p| lacking(p, &want)) {
        out.push_str(&format!("  + extra:   {}\n", clip(paragraph)));
    }
    Some(out)
}

/// Score Lede on Mozilla Readability's test pages: title, byline, body.
pub fn readability(dir: &Path) -> ReadabilityScore {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("readability-pages")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    names.sort();
    let mut s = ReadabilityScore {
        pages: 0,
        title_pages: 0,
        title_ok: 0,
        title_ok_but_suffix: 0,
        byline_pages: 0,
        byline_ok: 0,
        body_f1: 0.0,
        article_sized_pages: 0,
        article_sized_body_f1: 0.0,
        fields: ["lang", "dir", "site", "published", "excerpt"]
            .iter()
            .map(|&f| (f, 0, 0))
            .collect(),
        misses: Vec::new(),
    };
    let mut f1s = Vec::new();
    let mut article_f1s = Vec::new();
    for page in names {
        let name = page.file_name().unwrap().to_string_lossy().to_string();
        let Ok(source) = std::fs::read(page.join("source.html")) else {
            continue;
        };
        let meta: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(page.join("expected-metadata.json")).unwrap_or_default(),
        )
        .unwrap_or_default();
        let expected = std::fs::read_to_string(page.join("expected.html")).unwrap_or_default();
        s.pages += 1;
        let html = lede::decode::decode(&source);
        let result = analyze(
            &html,
            &Options {
                url: Some(format!("http://fakehost/test/{name}/")),
                ..Default::default()
            },
        );
        let (title, byline, text) = match &result {
            Ok(a) => (
                a.title.clone().unwrap_or_default(),
                a.byline.join(", "),
                a.text.clone(),
            ),
            Err(_) => (String::new(), String::new(), String::new()),
        };
        if let Some(t) = meta["title"].as_str().filter(|t| !t.trim().is_empty()) {
            s.title_pages += 1;
            let (want, got) = (collapse(t), collapse(&title));
            let suffix_only = !got.is_empty()
                && want.starts_with(&got)
                && [
                    " | ", " - ", " – ", " — ", " :: ", " » ", " · ", " [", " / ",
                ]
                .iter()
                .any(|sep| want[got.len()..].starts_with(sep));
            if want == got {
                s.title_ok += 1;
            } else if suffix_only {
                s.title_ok_but_suffix += 1;
            } else {
                s.misses.push(format!(
                    "{name}: title {:?} ≠ {:?}",
                    collapse(&title),
                    collapse(t)
                ));
            }
        }
        if let Some(b) = meta["byline"].as_str().filter(|t| !t.trim().is_empty()) {
            s.byline_pages += 1;
            let want = collapse(b)
                .trim_start_matches("By ")
                .trim_start_matches("by ")
                .to_lowercase();
            let got = collapse(&byline).to_lowercase();
            if !got.is_empty() && (want == got || want.contains(&got) || got.contains(&want)) {
                s.byline_ok += 1;
            } else {
                s.misses.push(format!("{name}: byline {got:?} ≠ {want:?}"));
            }
        }
        if let Ok(a) = &result {
            let got = [
                a.lang.clone(),
                Some(a.dir.clone()),
                a.site.clone(),
                a.published.clone(),
                a.excerpt.clone(),
            ];
            let keys = ["lang", "dir", "siteName", "publishedTime", "excerpt"];
            for ((field, pages, ok), (key, got)) in s.fields.iter_mut().zip(keys.iter().zip(got)) {
                let Some(want) = meta[*key].as_str().filter(|w| !w.trim().is_empty()) else {
                    continue;
                };
                *pages += 1;
                let got = got.unwrap_or_default();
                if field_agrees(field, want, &got) {
                    *ok += 1;
                } else {
                    s.misses.push(format!("{name}: {field} {got:?} ≠ {want:?}"));
                }
            }
        } else {
            for (field, pages, _) in s.fields.iter_mut() {
                let key = match *field {
                    "site" => "siteName",
                    "published" => "publishedTime",
                    f => f,
                };
                if meta[key].as_str().is_some_and(|w| !w.trim().is_empty()) {
                    *pages += 1;
                }
            }
        }
        let expected_text = html_text(&expected);
        let f1 = token_f1(&expected_text, &text);
        if f1 < 0.8 {
            s.misses.push(format!("{name}: body F1 {f1:.3}"));
        }
        f1s.push(f1);
        if word_tokens(&expected_text).len() >= ARTICLE_SIZED_WORDS {
            article_f1s.push(f1);
        }
    }
    s.body_f1 = mean(&f1s);
    s.article_sized_pages = article_f1s.len();
    s.article_sized_body_f1 = mean(&article_f1s);
    s
}

/// `text` with each run of white space (no-break spaces included) as one space, and for each
/// byte of the result the offset of the byte it came from.
fn collapse_with_offsets(text: &str) -> (String, Vec<usize>) {
    let mut flat = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len());
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                flat.push(' ');
                offsets.push(i);
            }
            in_space = true;
            continue;
        }
        in_space = false;
        flat.push(c);
        offsets.extend(std::iter::repeat_n(i, c.len_utf8()));
    }
    (flat, offsets)
}

/// A source's head: before an appositive or a parenthesis, and before "of" when a name comes
/// first ("Representative Charles B. Rangel of New York" → "Representative Charles B. Rangel").
fn source_head(src: &str) -> &str {
    // An appositive between commas, parentheses or dashes ("Jason Sims — a teacher from Mount
    // Pleasant —") is not the head.
    let mut parts = src.split([',', '(', '—', '–']);
    let mut head = parts.next().unwrap_or("");
    // Unless the head is a possessive's relation and the appositive names the source: "Scott's
    // niece, state Del. Marcia Price" is Price, not Scott.
    let capitalised: Vec<&str> = head
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .collect();
    let possessive_only = !capitalised.is_empty()
        && capitalised
            .iter()
            .all(|w| w.ends_with("'s") || w.ends_with("’s"))
        && !head.trim_end().ends_with("'s")
        && !head.trim_end().ends_with("’s");
    if possessive_only {
        if let Some(next) = parts.next().filter(|n| {
            n.split_whitespace()
                .any(|w| w.starts_with(char::is_uppercase))
        }) {
            head = next;
        }
    }
    match head.split_once(" of ") {
        Some((name, _))
            if name
                .split_whitespace()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .count()
                >= 2 =>
        {
            name
        }
        _ => head,
    }
}

/// Whether `word` is the initials of `name`'s capitalised words: "IMF" for "International
/// Monetary Fund".
fn is_acronym_of(word: &str, name: &str) -> bool {
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase()) && initials == word
}

/// Names compared ignoring case and the apostrophe's shape ("PENCE" is Mike Pence, "O'Neill" is
/// James O’Neill).
fn contains_ignoring_case(haystack: &str, needle: &str) -> bool {
    let fold = |s: &str| s.replace('’', "'").to_lowercase();
    fold(haystack).contains(&fold(needle))
}

/// The golden rules of sentence boundaries: (text, expected sentences).
pub fn golden_rules(dir: &Path) -> Vec<(String, Vec<String>)> {
    let script = "import ast,json,sys\nsrc=open(sys.argv[1],encoding='utf-8').read()\ntree=ast.parse(src)\nfor node in tree.body:\n    if isinstance(node, ast.Assign):\n        print(json.dumps(ast.literal_eval(node.value)))\n        break\n";
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(dir.join("english_golden_rules.py"))
        .output()
        .expect("python3 to read the golden rules");
    serde_json::from_slice(&out.stdout).expect("the golden rules as JSON")
}

/// How many golden rules Lede's sentence splitter passes, and the failures.
pub fn golden(dir: &Path) -> (usize, usize, Vec<String>) {
    let rules = golden_rules(dir);
    let mut pass = 0;
    let mut fails = Vec::new();
    for (i, (text, expected)) in rules.iter().enumerate() {
        let got: Vec<String> = lede::segment::split_sentences(text)
            .into_iter()
            .map(|(s, e)| text[s..e].trim().to_string())
            .collect();
        let want: Vec<String> = expected.iter().map(|s| s.trim().to_string()).collect();
        if got == want {
            pass += 1;
        } else {
            fails.push(format!(
                "rule {}: {:?}\n   got  {:?}\n   want {:?}",
                i + 1,
                text,
                got,
                want
            ));
        }
    }
    (pass, rules.len(), fails)
}

pub struct SummaryScore {
    pub articles: usize,
    /// Precision of the top 3 against the reference sentences: Lede and Lead-3.
    pub p_at_3: f64,
    pub lead3_p_at_3: f64,
    /// (id, lede summary, lead-3 summary, reference) for ROUGE.
    pub outputs: Vec<(String, Vec<String>, Vec<String>, String)>,
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Score Lede's 3-sentence summaries on BBC News Summary.
pub fn summary(file: &Path, limit: usize) -> SummaryScore {
    let text = std::fs::read_to_string(file).expect("articles.jsonl");
    let mut p = Vec::new();
    let mut lead = Vec::new();
    let mut outputs = Vec::new();
    for line in text.lines().take(limit) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let body = v["text"].as_str().unwrap_or("");
        let reference = v["reference"].as_str().unwrap_or("");
        let options = Options {
            raw: true,
            title: v["title"].as_str().map(str::to_string),
            reference_date: Some("2005-01-01".into()),
            ..Default::default()
        };
        let Ok(a) = analyze(body, &options) else {
            continue;
        };
        let reference_squashed = squash(reference);
        let hit = |s: &str| reference_squashed.contains(&squash(s));
        let picked: Vec<String> = a
            .summary_of(3)
            .iter()
            .map(|&i| a.sentences[i].text.clone())
            .collect();
        let leads: Vec<String> = a.sentences.iter().take(3).map(|s| s.text.clone()).collect();
        let denom = picked.len().max(1) as f64;
        p.push(picked.iter().filter(|s| hit(s)).count() as f64 / denom);
        lead.push(leads.iter().filter(|s| hit(s)).count() as f64 / leads.len().max(1) as f64);
        outputs.push((
            v["id"].as_str().unwrap_or("").to_string(),
            picked,
            leads,
            reference.to_string(),
        ));
    }
    SummaryScore {
        articles: p.len(),
        p_at_3: mean(&p),
        lead3_p_at_3: mean(&lead),
        outputs,
    }
}

pub struct QuoteScore {
    pub articles: usize,
    pub gold: usize,
    /// Gold quotes half covered by a Lede quote.
    pub found: usize,
    /// Found quotes whose gold source names someone, and how many of those Lede attributes right.
    pub checkable: usize,
    pub speaker_right: usize,
    /// The same, with the source cut to its head ("Rep. Jim Clyburn (D-S.C.), the assistant
    /// leader of the Democratic caucus" → "Rep. Jim Clyburn").
    pub speaker_right_head: usize,
    /// Checkable quotes whose source's head is a name ("Sen. Bernie Sanders"), not a
    /// description that holds a capitalised word ("the Vermont senator", "a Homeland Security
    /// memo"), and how many of those Lede gives the right speaker by the head name.
    pub named_head: usize,
    pub named_head_right: usize,
    pub lede_quotes: usize,
    /// Lede quotes that overlap no annotated content.
    pub spurious: usize,
    /// Distinct named sources per article (the head of a source with a capitalised name in it,
    /// "Rep. Jim Jordan (R-Ohio)" → "Jordan"), and how many of them a person or organisation
    /// actor of Lede's carries in its name or aliases: the actors stage checked on real news.
    pub named_sources: usize,
    pub named_sources_found: usize,
    /// Found quotes whose source is a description with no name or pronoun in it ("officials",
    /// "the victim's mother") and to which Lede gives no named speaker, and how many of those
    /// Lede describes by the same last word.
    pub described: usize,
    pub described_right: usize,
    pub misses: Vec<String>,
}

/// Quoted stretches (3+ words between quotation marks) of `text[start..end]`, as byte spans.
fn quoted_stretches(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        match c {
            '“' => open = Some(at + c.len_utf8()),
            '”' => {
                if let Some(o) = open.take() {
                    out.push((o, at));
                }
            }
            '"' => match open.take() {
                Some(o) => out.push((o, at)),
                None => open = Some(at + 1),
            },
            _ => {}
        }
    }
    out.into_iter()
        .filter(|&(s, e)| word_tokens(&text[s..e]).len() >= 3)
        .collect()
}

/// Byte offset of char offset `c` in `s`.
fn byte_at(s: &str, c: usize) -> usize {
    s.char_indices().nth(c).map(|(b, _)| b).unwrap_or(s.len())
}

/// Score Lede's quotes and speakers on PolNeAR (a split folder: `text/`, `attributions/`).
pub fn quotes(dir: &Path) -> QuoteScore {
    let mut s = QuoteScore {
        articles: 0,
        gold: 0,
        found: 0,
        checkable: 0,
        speaker_right: 0,
        speaker_right_head: 0,
        named_head: 0,
        named_head_right: 0,
        named_sources: 0,
        named_sources_found: 0,
        described: 0,
        described_right: 0,
        lede_quotes: 0,
        spurious: 0,
        misses: Vec::new(),
    };
    let mut texts: Vec<PathBuf> = std::fs::read_dir(dir.join("text"))
        .expect("text/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    texts.sort();
    let mut anns: Vec<PathBuf> = std::fs::read_dir(dir.join("attributions"))
        .expect("attributions/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    anns.sort();
    for path in texts {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).expect("article text");
        // Contents (byte spans) with their source text, from every annotator of the article.
        let mut contents: Vec<(usize, usize, String)> = Vec::new();
        for ann in anns.iter().filter(|a| {
            a.file_name()
                .unwrap()
                .to_string_lossy()
                .rsplit_once('_')
                .map(|(n, _)| n == stem)
                .unwrap_or(false)
        }) {
            let body = std::fs::read_to_string(ann).unwrap_or_default();
            let mut spans: HashMap<String, (String, usize, usize, String)> = HashMap::new();
            let mut events: Vec<(Option<String>, Option<String>)> = Vec::new();
            for line in body.lines() {
                let cols: Vec<&str> = line.split('\t').collect();
                if cols[0].starts_with('T') && cols.len() >= 3 {
                    let mut head = cols[1].split(' ');
                    let kind = head.next().unwrap_or("").to_string();
                    let nums: Vec<usize> = head
                        .flat_map(|x| x.split(';'))
                        .filter_map(|x| x.parse().ok())
                        .collect();
                    if nums.len() >= 2 {
                        spans.insert(
                            cols[0].to_string(),
                            (
                                kind,
                                nums[0],
                                *nums.last().unwrap(),
                                cols.get(2).unwrap_or(&"").to_string(),
                            ),
                        );
                    }
                } else if cols[0].starts_with('E') && cols.len() >= 2 {
                    let mut content = None;
                    let mut source = None;
                    for part in cols[1].split(' ') {
                        if let Some((role, id)) = part.split_once(':') {
                            if role.starts_with("Content") {
                                content = Some(id.to_string());
                            } else if role.starts_with("Source") {
                                source = Some(id.to_string());
                            }
                        }
                    }
                    events.push((content, source));
                }
            }
            for (content, source) in events {
                let Some((_, cs, ce, _)) = content.and_then(|c| spans.get(&c).cloned()) else {
                    continue;
                };
                let src = source
                    .and_then(|x| spans.get(&x).map(|t| t.3.clone()))
                    .unwrap_or_default();
                let (bs, be) = (byte_at(&text, cs), byte_at(&text, ce));
                if bs < be {
                    contents.push((bs, be, src));
                }
            }
        }
        s.articles += 1;
        // Gold quotes: quoted stretches inside contents, each once.
        let mut gold: Vec<(usize, usize, String)> = Vec::new();
        for (cs, ce, src) in &contents {
            for (qs, qe) in quoted_stretches(&text, *cs, (*ce).min(text.len())) {
                if !gold.iter().any(|g| g.0 == qs && g.1 == qe) {
                    gold.push((qs, qe, src.clone()));
                }
            }
        }
        let options = Options {
            raw: true,
            reference_date: Some("2016-10-01".into()),
            ..Default::default()
        };
        let Ok(a) = analyze(&text, &options) else {
            s.gold += gold.len();
            continue;
        };
        // Named sources as actors.
        let mut heads: Vec<String> = Vec::new();
        for (_, _, src) in &contents {
            let head = source_head(src);
            let words: Vec<&str> = head
                .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
                .filter(|w| !w.is_empty())
                .collect();
            // A name: a capitalised word that is not the head's first word, or a head of one
            // capitalised word ("Clinton").
            let name = words
                .iter()
                .enumerate()
                .filter(|(k, w)| {
                    let lower = w.to_lowercase();
                    w.chars().next().is_some_and(char::is_uppercase)
                        && (*k > 0 || words.len() == 1)
                        // Not "She", "Lawmakers", "Democratic", "Wednesday", "Jr".
                        && !lede::lexicon::is_function_word(&lower)
                        && !lede::lexicon::is_demonym(w)
                        && lede::lexicon::weekday(&lower).is_none()
                        && lede::lexicon::month(&lower).is_none()
                        && !(words.len() == 1 && lower.ends_with('s') && !lower.ends_with("ss"))
                        && !matches!(lower.as_str(), "jr" | "sr" | "ii" | "iii" | "democratic" | "republican")
                })
                .map(|(_, w)| w.trim_end_matches("’s").trim_end_matches("'s"))
                .last();
            if let Some(name) = name {
                if !heads.iter().any(|h| h == name) {
                    heads.push(name.to_string());
                }
            }
        }
        for name in &heads {
            s.named_sources += 1;
            let found = a.actors.iter().any(|actor| {
                actor.kind != lede::analysis::ActorKind::Place
                    && (contains_ignoring_case(&actor.name, name)
                        || actor
                            .aliases
                            .iter()
                            .any(|al| contains_ignoring_case(al, name)))
            });
            if found {
                s.named_sources_found += 1;
            } else {
                s.misses.push(format!(
                    "{stem}: no person or organisation for source {name:?}"
                ));
            }
        }
        // Lede's quotes, located in the original text. Lede's text has each run of white space
        // (no-break spaces too) as one space: so has the copy searched, mapped back by offset.
        let (flat, offsets) = collapse_with_offsets(&text);
        let mut located: Vec<(usize, usize, Option<String>, Option<String>)> = Vec::new();
        let mut from = 0;
        for q in &a.quotes {
            let wanted = collapse(&q.text);
            let at = flat[from..]
                .find(&wanted)
                .map(|k| from + k)
                .or_else(|| flat.find(&wanted));
            if let Some(at) = at {
                let end = offsets[at + wanted.len() - 1] + 1;
                let end = (end..=text.len())
                    .find(|&e| text.is_char_boundary(e))
                    .unwrap_or(text.len());
                located.push((offsets[at], end, q.speaker.clone(), q.source.clone()));
                from = at;
            }
        }
        s.lede_quotes += located.len();
        s.spurious += located
            .iter()
            .filter(|(ls, le, _, _)| !contents.iter().any(|(cs, ce, _)| ls < ce && cs < le))
            .count();
        s.gold += gold.len();
        for (gs, ge, src) in &gold {
            let hit = located.iter().find(|(ls, le, _, _)| {
                let overlap = (*le).min(*ge).saturating_sub((*ls).max(*gs));
                overlap * 2 >= ge - gs
            });
            let Some((_, _, speaker, source)) = hit else {
                s.misses
                    .push(format!("{stem}: missed {:?}", &text[*gs..*ge]));
                continue;
            };
            s.found += 1;
            let pronoun = |w: &str| {
                matches!(
                    w,
                    "He" | "She"
                        | "It"
                        | "They"
                        | "We"
                        | "I"
                        | "You"
                        | "His"
                        | "Her"
                        | "The"
                        | "A"
                        | "An"
                )
            };
            let last_cap = src
                .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !pronoun(w))
                .last();
            let head = source_head(src);
            // A description: no capitalised word but its opening one, and no pronoun.
            let words: Vec<&str> = head.split_whitespace().collect();
            let described = !words.is_empty()
                && words.iter().enumerate().all(|(k, w)| {
                    w.starts_with(char::is_lowercase)
                        || (k == 0 && matches!(*w, "The" | "A" | "An"))
                })
                && !words.iter().any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "his" | "her" | "their"
                    )
                });
            if described && speaker.is_none() {
                s.described += 1;
                let last = words[words.len() - 1]
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                if source.as_deref().is_some_and(|d| {
                    d.split_whitespace().any(|w| {
                        w.trim_matches(|c: char| !c.is_alphanumeric())
                            .to_lowercase()
                            == last
                    })
                }) {
                    s.described_right += 1;
                } else {
                    s.misses.push(format!(
                        "{stem}: described {:?} / {:?} for source {:?}: {:?}",
                        speaker,
                        source,
                        src,
                        &text[*gs..char_floor(&text, (*gs + 60).min(*ge))]
                    ));
                }
            }
            let head_cap = head
                .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !pronoun(w))
                .last()
                .or(last_cap);
            let mut head_right = false;
            if let (Some(_), Some(word)) = (last_cap, head_cap) {
                if speaker.as_deref().is_some_and(|sp| {
                    let word = word
                        .trim_end_matches("’s")
                        .trim_end_matches("'s")
                        .trim_end_matches(['’', '\'']);
                    contains_ignoring_case(sp, word) || is_acronym_of(word, sp)
                }) {
                    s.speaker_right_head += 1;
                    head_right = true;
                }
            }
            if last_cap.is_some() {
                let head_ends_in_name = head
                    .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
                    .rfind(|w| !w.is_empty())
                    .is_some_and(|w| {
                        w.chars().next().is_some_and(char::is_uppercase) && !pronoun(w)
                    });
                if head_ends_in_name {
                    s.named_head += 1;
                    s.named_head_right += usize::from(head_right);
                }
            }
            if let Some(word) = last_cap {
                s.checkable += 1;
                // Ignoring case: a transcript's "PENCE" is Mike Pence.
                if speaker
                    .as_deref()
                    .is_some_and(|sp| contains_ignoring_case(sp, word))
                {
                    s.speaker_right += 1;
                } else if !head_right {
                    // Listed only when wrong by the head name as well: the rest name the
                    // source's person while the last capitalised word is in an appositive.
                    s.misses.push(format!(
                        "{stem}: speaker {:?} for source {:?}: {:?}",
                        speaker,
                        src,
                        &text[*gs..char_floor(&text, (*gs + 60).min(*ge))]
                    ));
                }
            }
        }
    }
    s
}

pub struct DateScore {
    pub documents: usize,
    pub gold: usize,
    pub system: usize,
    pub relaxed_gold: usize,
    pub relaxed_system: usize,
    pub strict: usize,
    pub value_right: usize,
    pub misses: Vec<String>,
}

impl DateScore {
    pub fn f1(&self, gold_hits: usize, system_hits: usize) -> f64 {
        let p = system_hits as f64 / self.system.max(1) as f64;
        let r = gold_hits as f64 / self.gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn relaxed_f1(&self) -> f64 {
        self.f1(self.relaxed_gold, self.relaxed_system)
    }
    pub fn strict_f1(&self) -> f64 {
        self.f1(self.strict, self.strict)
    }
    /// Share of the detected gold expressions whose value Lede gets exactly.
    pub fn value_accuracy(&self) -> f64 {
        self.value_right as f64 / self.relaxed_gold.max(1) as f64
    }
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let at = tag.find(&key)? + key.len();
    let end = tag[at..].find('"')? + at;
    Some(&tag[at..end])
}

/// A TimeML document: its creation date, its text with whitespace collapsed, and the gold TIMEX3s
/// as (char start, char end, value, type).
pub fn read_timeml(tml: &str) -> Option<(String, String, Vec<(usize, usize, String)>)> {
    let dct_at = tml.find("<DCT>")?;
    let dct = attr(&tml[dct_at..], "value")?.get(..10)?.to_string();
    let body_start = tml.find("<TEXT>")? + 6;
    let body_end = tml.find("</TEXT>")?;
    let body = &tml[body_start..body_end];
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let mut chars = 0usize;
    let mut rest = body;
    let mut last_space = true;
    while !rest.is_empty() {
        if rest.starts_with('<') {
            let end = rest.find('>').map(|k| k + 1).unwrap_or(rest.len());
            let tag = &rest[..end];
            if tag.starts_with("<TIMEX3") {
                open = Some((chars, attr(tag, "value").unwrap_or("").to_string()));
            } else if tag.starts_with("</TIMEX3") {
                if let Some((s, v)) = open.take() {
                    let mut e = chars;
                    if text.ends_with(' ') && e > s {
                        e -= 1;
                    }
                    gold.push((s, e, v));
                }
            }
            rest = &rest[end..];
            continue;
        }
        let c = rest.chars().next().unwrap();
        rest = &rest[c.len_utf8()..];
        let c = match c {
            '&' => {
                for (ent, ch) in [
                    ("amp;", '&'),
                    ("lt;", '<'),
                    ("gt;", '>'),
                    ("quot;", '"'),
                    ("apos;", '\''),
                ] {
                    if rest.starts_with(ent) {
                        rest = &rest[ent.len()..];
                        text.push(ch);
                        chars += 1;
                        last_space = false;
                        break;
                    }
                }
                continue;
            }
            c => c,
        };
        if c.is_whitespace() {
            if !last_space {
                text.push(' ');
                chars += 1;
                last_space = true;
            }
        } else {
            text.push(c);
            chars += 1;
            last_space = false;
        }
    }
    // Lede trims the text; shift the spans by the leading space, if any.
    let lead = if text.starts_with(' ') { 1 } else { 0 };
    let trimmed = text.trim().to_string();
    let gold = gold
        .into_iter()
        .map(|(s, e, v)| (s.saturating_sub(lead), e.saturating_sub(lead), v))
        .collect();
    Some((dct, trimmed, gold))
}

/// Score Lede's time expressions on TempEval-3 (TimeBank + AQUAINT).
pub fn dates(dir: &Path) -> DateScore {
    let mut files = Vec::new();
    for sub in ["TimeBank", "AQUAINT", "testpipeline"] {
        if let Ok(rd) = std::fs::read_dir(dir.join(sub)) {
            files.extend(
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "tml")),
            );
        }
    }
    files.sort();
    let mut s = DateScore {
        documents: 0,
        gold: 0,
        system: 0,
        relaxed_gold: 0,
        relaxed_system: 0,
        strict: 0,
        value_right: 0,
        misses: Vec::new(),
    };
    for f in files {
        let Some((dct, text, gold)) = read_timeml(&std::fs::read_to_string(&f).unwrap_or_default())
        else {
            continue;
        };
        s.documents += 1;
        let options = Options {
            raw: true,
            reference_date: Some(dct.clone()),
            ..Default::default()
        };
        let found: Vec<(usize, usize, String)> = match analyze(&text, &options) {
            Ok(a) => a
                .dates
                .iter()
                .map(|d| (d.start, d.end, d.value.clone()))
                .collect(),
            Err(_) => Vec::new(),
        };
        s.gold += gold.len();
        s.system += found.len();
        let chars: Vec<char> = text.chars().collect();
        let span = |a: usize, b: usize| {
            chars[a.min(chars.len())..b.min(chars.len())]
                .iter()
                .collect::<String>()
        };
        for (gs, ge, gv) in &gold {
            let hit = found.iter().find(|(fs, fe, _)| fs < ge && gs < fe);
            match hit {
                Some((fs, fe, fv)) => {
                    s.relaxed_gold += 1;
                    if fs == gs && fe == ge {
                        s.strict += 1;
                    } else {
                        s.misses.push(format!(
                            "span {:?} ≠ gold {:?}",
                            span(*fs, *fe),
                            span(*gs, *ge)
                        ));
                    }
                    if fv == gv {
                        s.value_right += 1;
                    } else {
                        s.misses.push(format!(
                            "value {:?}: {fv} ≠ {gv} (DCT {dct})",
                            span(*gs, *ge)
                        ));
                    }
                }
                None => s
                    .misses
                    .push(format!("missed {:?} = {gv} (DCT {dct})", span(*gs, *ge))),
            }
        }
        for (fs, fe, fv) in &found {
            if gold.iter().any(|(gs, ge, _)| fs < ge && gs < fe) {
                s.relaxed_system += 1;
            } else {
                s.misses
                    .push(format!("spurious {:?} = {fv}", span(*fs, *fe)));
            }
        }
    }
    s
}

/// The largest char boundary of `text` at or before `at`.
fn char_floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Actor scores per kind: true positives, false positives, false negatives.
#[derive(Debug, Default, Clone, Copy)]
pub struct KindScore {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl KindScore {
    pub fn f1(&self) -> f64 {
        let d = 2 * self.tp + self.fp + self.fn_;
        if d == 0 {
            1.0
        } else {
            2.0 * self.tp as f64 / d as f64
        }
    }
    fn add(&mut self, o: KindScore) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

pub struct ActorScore {
    pub documents: usize,
    /// Person, organisation, place, and all three: Lede's canonical name against the names the
    /// text uses for the marked entity.
    pub strict: [KindScore; 4],
    /// The same, with any of Lede's aliases allowed to match.
    pub by_alias: [KindScore; 4],
    /// `doc: kind "name"` lines: marked entities Lede missed (−) and actors nobody marked (+).
    pub misses: Vec<String>,
}

pub const ACTOR_KINDS: [&str; 3] = ["person", "organization", "place"];

fn name_key(s: &str) -> String {
    s.replace(['’', '‘'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The BBC News Summary articles by id.
fn bbc_articles(data: &Path) -> HashMap<String, serde_json::Value> {
    std::fs::read_to_string(data.join("bbc-news-summary/articles.jsonl"))
        .expect("articles.jsonl")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| (v["id"].as_str().unwrap_or("").to_string(), v))
        .collect()
}

/// Lede's analysis of a hand-marked document (`{source, id}`): a BBC article (title and text),
/// or a PolNeAR text whose first line is its headline.
fn analyze_marked(
    doc: &serde_json::Value,
    bbc: &HashMap<String, serde_json::Value>,
    data: &Path,
) -> lede::analysis::Analysis {
    let id = doc["id"].as_str().expect("id");
    let (title, body) = match doc["source"].as_str() {
        Some("bbc-news-summary") => {
            let v = &bbc[id];
            (
                v["title"].as_str().unwrap_or("").to_string(),
                v["text"].as_str().unwrap_or("").to_string(),
            )
        }
        Some(split) => {
            let text =
                std::fs::read_to_string(data.join(split).join("text").join(format!("{id}.txt")))
                    .expect("a PolNeAR text");
            let (t, b) = text.split_once('\n').unwrap_or(("", &text));
            (t.trim().to_string(), b.to_string())
        }
        None => panic!("a source"),
    };
    let options = Options {
        raw: true,
        title: Some(title),
        reference_date: Some("2016-09-01".into()),
        ..Default::default()
    };
    analyze(&body, &options).expect("an analysis")
}

/// The documents of one split of a hand-marked gold file, each with Lede's analysis of it.
fn marked_split(
    gold_file: &Path,
    data: &Path,
    split: &str,
) -> Vec<(serde_json::Value, lede::analysis::Analysis)> {
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(gold_file).expect("gold.json"))
            .expect("gold.json is JSON");
    let bbc = bbc_articles(data);
    gold.as_array()
        .expect("a list of documents")
        .iter()
        .filter(|d| d["split"] == split)
        .map(|d| (d.clone(), analyze_marked(d, &bbc, data)))
        .collect()
}

/// Lede's quotes against `tests/fixtures/quotes/gold.json`, one split.
pub struct HandQuoteScore {
    pub documents: usize,
    /// Quotes marked by hand.
    pub marked: usize,
    /// Marked quotes Lede found (a Lede quote holds the marked opening words).
    pub found: usize,
    /// Found quotes whose speaker Lede gives as marked (a name, or none).
    pub speaker_right: usize,
    /// Lede's quotes (repeats left out), and those that match no marked quote.
    pub lede: usize,
    pub spurious: usize,
    /// `doc: …` lines: missed (−), wrong speaker (≠) and spurious (+) quotes.
    pub misses: Vec<String>,
}

/// Lower-case words of letters and digits: quote texts compared without punctuation or
/// apostrophe shape.
fn quote_words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Score Lede's quotes against the hand-marked documents of one split: each marked quote is
/// its opening words and its speaker's name (or null for a speaker the article does not name).
/// A Lede quote matches the first marked quote whose opening words it contains; each matches
/// one at most.
pub fn hand_quotes(gold_file: &Path, data: &Path, split: &str) -> HandQuoteScore {
    let mut score = HandQuoteScore {
        documents: 0,
        marked: 0,
        found: 0,
        speaker_right: 0,
        lede: 0,
        spurious: 0,
        misses: Vec::new(),
    };
    for (doc, a) in marked_split(gold_file, data, split) {
        let id = doc["id"].as_str().expect("id");
        score.documents += 1;
        let marked: Vec<(Vec<String>, Option<String>)> = doc["quotes"]
            .as_array()
            .expect("quotes")
            .iter()
            .map(|q| {
                (
                    quote_words(q[0].as_str().expect("words")),
                    q[1].as_str().map(name_key),
                )
            })
            .collect();
        score.marked += marked.len();
        let mut matched = vec![false; marked.len()];
        for q in a.quotes.iter().filter(|q| !q.repeat) {
            score.lede += 1;
            let words = quote_words(&q.text);
            let hit = marked.iter().enumerate().position(|(k, (opening, _))| {
                !matched[k]
                    && words
                        .windows(opening.len())
                        .any(|w| w == opening.as_slice())
            });
            let Some(k) = hit else {
                score.spurious += 1;
                score
                    .misses
                    .push(format!("{id}: + “{}” ({:?})", q.text, q.speaker));
                continue;
            };
            matched[k] = true;
            score.found += 1;
            if q.speaker.as_deref().map(name_key) == marked[k].1 {
                score.speaker_right += 1;
            } else {
                score.misses.push(format!(
                    "{id}: ≠ “{}” {:?}, marked {:?}",
                    q.text, q.speaker, marked[k].1
                ));
            }
        }
        for (k, (opening, speaker)) in marked.iter().enumerate() {
            if !matched[k] {
                score
                    .misses
                    .push(format!("{id}: − “{}” ({speaker:?})", opening.join(" ")));
            }
        }
    }
    score
}

/// Score Lede's actors against the hand-marked documents of `tests/fixtures/actors/gold.json`
/// (document-level sets of names, one entry per entity with every name the text gives it; see
/// the README beside it). The article texts are read from `data`.
pub fn actors(gold_file: &Path, data: &Path, split: &str) -> ActorScore {
    let mut score = ActorScore {
        documents: 0,
        strict: [KindScore::default(); 4],
        by_alias: [KindScore::default(); 4],
        misses: Vec::new(),
    };
    for (doc, a) in marked_split(gold_file, data, split) {
        let id = doc["id"].as_str().expect("id");
        score.documents += 1;
        for (k, kind) in ACTOR_KINDS.iter().enumerate() {
            let entities: Vec<Vec<String>> = doc[*kind]
                .as_array()
                .expect("a kind's list")
                .iter()
                .map(|e| {
                    e.as_array()
                        .expect("names")
                        .iter()
                        .map(|n| name_key(n.as_str().unwrap_or("")))
                        .collect()
                })
                .collect();
            let predicted: Vec<&lede::analysis::Actor> = a
                .actors
                .iter()
                .filter(|x| {
                    serde_json::to_value(x.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        == Some(kind.to_string())
                })
                .collect();
            for alias in [false, true] {
                let mut matched = vec![false; entities.len()];
                let mut s = KindScore::default();
                for actor in &predicted {
                    let mut names = vec![name_key(&actor.name)];
                    if alias {
                        names.extend(actor.aliases.iter().map(|n| name_key(n)));
                    }
                    let hit = entities
                        .iter()
                        .enumerate()
                        .position(|(i, e)| !matched[i] && e.iter().any(|g| names.contains(g)));
                    match hit {
                        Some(i) => {
                            matched[i] = true;
                            s.tp += 1;
                        }
                        None => {
                            s.fp += 1;
                            if !alias {
                                score
                                    .misses
                                    .push(format!("{id}: + {kind} {:?}", actor.name));
                            }
                        }
                    }
                }
                for (i, e) in entities.iter().enumerate() {
                    if !matched[i] {
                        s.fn_ += 1;
                        if !alias {
                            score.misses.push(format!("{id}: − {kind} {:?}", e[0]));
                        }
                    }
                }
                let table = if alias {
                    &mut score.by_alias
                } else {
                    &mut score.strict
                };
                table[k].add(s);
                table[3].add(s);
            }
        }
    }
    score
}
