//! The wasm binding: the same `analyze` call for the extension's background and the www page.
//!
//! `analyze(input, url, options)` returns the analysis as a plain JavaScript object with the
//! same field names as the CLI's JSON; `analyzeArticle` keeps it in wasm as an `Article`, whose
//! `render(format, sentences)` gives the Markdown or plain text the Copy buttons copy;
//! `analyzeDocument` and `selectedText` read the page the wasm runs in (the www demo) through
//! web-sys.

use crate::{render as text_render, Analysis, Options};
use wasm_bindgen::prelude::*;

/// The options object's property `key`, when it is set (not `undefined` or `null`).
fn option(options: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(options, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// A string option, or an error naming it.
fn string_option(options: &JsValue, key: &str) -> Result<Option<String>, JsError> {
    option(options, key)
        .map(|v| {
            v.as_string()
                .ok_or_else(|| JsError::new(&format!("bad options: {key} must be a string")))
        })
        .transpose()
}

fn to_js(analysis: &Analysis) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(analysis, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// The options, read property by property: `date` (`YYYY-MM-DD`, the caller's today for pages
/// that carry no date), `sentences`, `raw` and, with `raw`, the article's `title` when the
/// caller knows it (the page's, for a selection). (Read by hand rather than through serde: a
/// deserializer compiled number formatting for its error messages into the wasm.)
fn options_from(url: Option<String>, options: JsValue) -> Result<Options, JsError> {
    if !options.is_undefined() && !options.is_null() && !options.is_object() {
        return Err(JsError::new("bad options: expected an object"));
    }
    let sentences = option(&options, "sentences")
        .map(|v| match v.as_f64() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64 => Ok(n as usize),
            _ => Err(JsError::new(
                "bad options: sentences must be a whole number, 0 or more",
            )),
        })
        .transpose()?;
    Ok(Options {
        url,
        reference_date: string_option(&options, "date")?,
        summary_sentences: sentences,
        raw: option(&options, "raw").is_some_and(|v| v.is_truthy()),
        title: string_option(&options, "title")?.filter(|t| !t.trim().is_empty()),
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
