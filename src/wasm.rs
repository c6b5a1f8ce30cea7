//! The wasm binding: the same `analyze` call for the extension's background and the www page.
//!
//! `analyze(input, url, options)` returns the analysis as a plain JavaScript object with the
//! same field names as the CLI's JSON; `analyzeArticle` keeps it in wasm as an `Article`, whose
//! `render(format, sentences)` gives the Markdown or plain text the Copy buttons copy;
//! `analyzeDocument` and `selectedText` read the page the wasm runs in (the www demo) through
//! web-sys.

use crate::{render as text_render, Analysis, Options};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct JsOptions {
    /// `YYYY-MM-DD`: the caller's today, for pages that carry no date.
    date: Option<String>,
    sentences: Option<usize>,
    raw: bool,
    /// With `raw`, the article's title when the caller knows it (the page's, for a selection).
    title: Option<String>,
}

fn to_js(analysis: &Analysis) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(analysis, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

fn options_from(url: Option<String>, options: JsValue) -> Result<Options, JsError> {
    let js: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("bad options: {e}")))?
    };
    Ok(Options {
        url,
        reference_date: js.date,
        summary_sentences: js.sentences,
        raw: js.raw,
        title: js.title.filter(|t| !t.trim().is_empty()),
    })
}

/// Analyse a page's HTML (or an article's text). Throws an Error whose message says why when
/// there is no article.
#[wasm_bindgen]
pub fn analyze(input: &str, url: Option<String>, options: JsValue) -> Result<JsValue, JsError> {
    let options = options_from(url, options)?;
    let analysis = crate::analyze(input, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&analysis)
}

/// An analysed article held in wasm memory, so that the Copy buttons can render it at any length
/// without the analysis making a round trip back into Rust (reading a JavaScript object back
/// would compile a deserializer for every field into the wasm). Call `free()` when done with it.
#[wasm_bindgen]
pub struct Article {
    analysis: Analysis,
}

#[wasm_bindgen]
impl Article {
    /// The analysis as a plain JavaScript object, as `analyze` returns it.
    #[wasm_bindgen(getter)]
    pub fn analysis(&self) -> Result<JsValue, JsError> {
        to_js(&self.analysis)
    }

    /// The article as `markdown`, `plain` or `text`, with a summary of `sentences`.
    pub fn render(&self, format: &str, sentences: usize) -> String {
        let a = &self.analysis;
        match format {
            "markdown" => text_render::markdown(a, sentences),
            "plain" => text_render::plain(a, sentences),
            _ => text_render::text(a, sentences),
        }
    }
}

/// Analyse a page as `analyze` does, keeping the analysis in wasm for `Article.render`.
#[wasm_bindgen(js_name = analyzeArticle)]
pub fn analyze_article(
    input: &str,
    url: Option<String>,
    options: JsValue,
) -> Result<Article, JsError> {
    let options = options_from(url, options)?;
    let analysis = crate::analyze(input, &options).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(Article { analysis })
}

/// Analyse the document this wasm runs in.
#[wasm_bindgen(js_name = analyzeDocument)]
pub fn analyze_document(options: JsValue) -> Result<JsValue, JsError> {
    let window = web_sys::window().ok_or_else(|| JsError::new("no window"))?;
    let document = window
        .document()
        .ok_or_else(|| JsError::new("no document"))?;
    let html = document
        .document_element()
        .map(|e| e.outer_html())
        .unwrap_or_default();
    let url = window.location().href().ok();
    analyze(&html, url, options)
}

/// The text selected in the document this wasm runs in, if any.
#[wasm_bindgen(js_name = selectedText)]
pub fn selected_text() -> Option<String> {
    let selection = web_sys::window()?.get_selection().ok()??;
    let text: String = selection.to_string().into();
    (!text.trim().is_empty()).then_some(text)
}

/// Milliseconds since the page started, for timing in the panel.
#[wasm_bindgen]
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}
