//! Content: which part of an HTML page is the article, and its paragraphs.
//!
//! In the manner of Readability: drop what is never content (scripts, navigation, forms,
//! hidden elements, containers whose class or id says comments, share bars, related links,
//! newsletters or ads); score every text block by its length and commas and hand the score up
//! to its parent and grandparent; take the best container (discounted by link density) with
//! those of its siblings that score near it; drop link-heavy lists and boxes inside; then read
//! the paragraphs off in order, headings and list items as their own, and drop the chrome lines
//! (captions, stamps, share words, bylines, bios) that survive. All passes are linear: node
//! statistics are summed bottom-up over the parser's document order.

use super::chrome;
use super::dom::{Dom, NodeData, NONE};
use super::metadata::{self, Meta};
use super::{Article, Block, BlockKind};
use crate::LedeError;

/// Class and id words that mark a container as not content.
const NEGATIVE_WORDS: &[&str] = &[
    "comment",
    "comments",
    "share",
    "sharing",
    "sharedaddy",
    "social",
    "related",
    "relatedposts",
    "recommended",
    "newsletter",
    "subscribe",
    "subscription",
    "promo",
    "sponsor",
    "sponsored",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "banner",
    "sidebar",
    "widget",
    "footer",
    "masthead",
    "breadcrumb",
    "breadcrumbs",
    "menu",
    "nav",
    "navigation",
    "popup",
    "modal",
    "cookie",
    "consent",
    "gdpr",
    "outbrain",
    "taboola",
    "tags",
    "tag",
    "byline",
    "author-bio",
    "bio",
    "disclaimer",
    "signup",
    "paywall",
    "most-read",
    "trending",
    "popular",
    "mostpopular",
    "more-stories",
    "read-more",
    "readmore",
    "caption",
    "credit",
    "toolbar",
    "print",
    "pagination",
    "pager",
    "skip",
    "hidden",
    "rail",
    "teaser",
    "extra",
    "supplemental",
    "meta",
    "dateline",
    "timestamp",
    "embed",
    "video",
    "playlist",
    "slideshow",
    "gallery",
    "overlay",
    "login",
    "donate",
    "contact",
    "header",
];

/// Class and id words that mark a container as likely content.
const POSITIVE_WORDS: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "main",
    "post",
    "text",
    "story",
    "blog",
    "prose",
    "article-body",
    "articlebody",
    "story-body",
    "post-content",
    "entry-content",
    "article-content",
    "richtext",
    "rich-text",
    "paragraph",
    "copy",
];

/// Tags that are never part of the article body.
fn is_dropped_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "iframe"
            | "svg"
            | "canvas"
            | "button"
            | "input"
            | "select"
            | "textarea"
            | "nav"
            | "aside"
            | "footer"
            | "header"
            | "object"
            | "embed"
            | "video"
            | "audio"
            | "dialog"
            | "menu"
            | "figure"
            | "figcaption"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "img"
            | "picture"
            | "source"
            | "map"
            | "label"
    )
}

pub(super) fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "tbody"
            | "thead"
            | "tfoot"
            | "br"
            | "hr"
            | "address"
            | "center"
            | "body"
            | "html"
            | "details"
            | "summary"
            | "caption"
            | "figure"
            | "header"
            | "footer"
    )
}

/// Does any word of a class or id value (or any `-`/`_` part of one, or with `humps` any hump
/// of a camel-case part: "emailSignup", "taboolaReadMoreBelow") match `list`, ignoring ASCII
/// case? No allocation: this runs for every element of every page.
fn class_value_matches(value: &str, list: &[&str], humps: bool) -> bool {
    let hit = |w: &str| !w.is_empty() && list.iter().any(|x| x.eq_ignore_ascii_case(w));
    value.split(char::is_whitespace).any(|word| {
        hit(word)
            || word
                .split(['-', '_'])
                .any(|part| hit(part) || (humps && camel_humps(part).any(hit)))
    })
}

/// The humps of a camel-case word, split where a lower-case letter meets an upper-case one:
/// "emailSignup" gives "email" and "Signup"; a word with no such meeting, or one that opens with
/// a capital, gives nothing (it was matched whole).
fn camel_humps(word: &str) -> impl Iterator<Item = &str> {
    let bytes = word.as_bytes();
    let is_hump =
        move |i: usize| bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase();
    // camelCase only: a PascalCase name ("CtxtMenu", MathJax's mark on each formula) is a
    // component's name, not a description of what it holds.
    let camel = bytes.first().is_some_and(u8::is_ascii_lowercase) && (1..bytes.len()).any(is_hump);
    let mut start = if camel { 0 } else { bytes.len() };
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let end = (start + 1..bytes.len())
            .find(|&i| is_hump(i))
            .unwrap_or(bytes.len());
        let hump = &word[start..end];
        start = end;
        Some(hump)
    })
}

/// +25 for a content-like class or id, -25 for a chrome-like one.
fn class_weight(dom: &Dom, id: u32) -> f64 {
    let Some(e) = dom.element(id) else { return 0.0 };
    let mut weight = 0.0;
    for attr in ["class", "id"] {
        let Some(v) = e.attr(attr) else { continue };
        // Humps mark chrome ("adSlot", "shareTools", "emailSignup"), but not content: a site's
        // "newsContent" wraps its news list and header as well as the story.
        if class_value_matches(v, NEGATIVE_WORDS, true)
            && !(attr == "id" && is_heading_anchor(dom, id, v))
        {
            weight -= 25.0;
        }
        if class_value_matches(v, POSITIVE_WORDS, false) {
            weight += 25.0;
        }
    }
    // Schema.org's mark for the body of an article: the page says where its text is.
    if e.attr("itemprop") == Some("articleBody") {
        weight += 50.0;
    }
    weight
}

/// Is this id the anchor made from the section's own heading ("sharing-with-a-single-developer"
/// over "Sharing with a single developer")? Documentation generators name sections so; the
/// words are the heading's, not a share bar's. Only called for ids that look like chrome.
fn is_heading_anchor(dom: &Dom, id: u32, value: &str) -> bool {
    let Some(heading) = dom
        .children(id)
        .filter(|&c| dom.element(c).is_some())
        .take(3)
        .find(|&c| matches!(dom.tag(c), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
    else {
        return false;
    };
    let anchor = lower_words(value);
    anchor.len() >= 2 && anchor == lower_words(&dom.text(heading))
}

/// The words of `s` (runs of letters and digits), lower-cased.
fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn is_hidden(dom: &Dom, id: u32) -> bool {
    let Some(e) = dom.element(id) else {
        return false;
    };
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    if let Some(style) = e.attr("style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// Is this element's class or id clearly chrome, and nothing says it is content?
/// Article text beside a gallery, in characters, above which the gallery is not the article.
const GALLERY_ASIDE_CHARS: f64 = 1500.0;

fn is_gallery(dom: &Dom, id: u32) -> bool {
    let Some(e) = dom.element(id) else {
        return false;
    };
    ["class", "id"].iter().any(|a| {
        e.attr(a)
            .is_some_and(|v| class_value_matches(v, &["gallery", "slideshow", "carousel"], true))
    })
}

fn is_unlikely(dom: &Dom, id: u32) -> bool {
    let Some(e) = dom.element(id) else {
        return false;
    };
    let tag = &*e.tag;
    if matches!(tag, "body" | "html" | "article" | "main" | "a" | "p") {
        return false;
    }
    let role = e.attr("role").unwrap_or("");
    if matches!(
        role,
        "navigation"
            | "complementary"
            | "banner"
            | "contentinfo"
            | "dialog"
            | "alert"
            | "menu"
            | "menubar"
            | "search"
    ) {
        return true;
    }
    class_weight(dom, id) < 0.0
}

/// Per-node statistics summed over each subtree of kept nodes.
struct Stats {
    removed: Vec<bool>,
    text_len: Vec<u32>,
    link_len: Vec<u32>,
    commas: Vec<u32>,
    /// Headings below each node whose text is mostly a link: the titles of other stories.
    linked_headings: Vec<u32>,
}

fn stats(dom: &Dom, strip_unlikely: bool) -> Stats {
    let n = dom.nodes.len();
    // First what is never content (tags, hidden elements), then the chrome-like containers,
    // unless one holds most of the page's text: a main column whose class says "sidebar" is
    // still the main column.
    let mut removed = vec![false; n];
    for id in 1..n {
        let parent = dom.nodes[id].parent;
        if parent != NONE && removed[parent as usize] {
            removed[id] = true;
        } else if let Some(e) = dom.element(id as u32) {
            removed[id] = is_dropped_tag(&e.tag) || is_hidden(dom, id as u32);
        }
    }
    let (text_len, link_len, _) = sum_up(dom, &removed);
    if strip_unlikely {
        // Link text does not count: a list of a thousand readers' names under a story is not
        // its main column, however long.
        let prose = |id: usize| text_len[id].saturating_sub(link_len[id]) as f64;
        let page_text = prose(0).max(1.0);
        let mut unlikely = vec![false; n];
        for id in 1..n {
            let parent = dom.nodes[id].parent;
            if parent != NONE && unlikely[parent as usize] {
                unlikely[id] = true;
            } else if !removed[id]
                && is_unlikely(dom, id as u32)
                && (prose(id) < 0.4 * page_text
                    // A photo gallery's captions outweigh a short story beside them; they are
                    // still not the story.
                    || (is_gallery(dom, id as u32)
                        && page_text - prose(id) >= GALLERY_ASIDE_CHARS))
            {
                unlikely[id] = true;
            }
        }
        for id in 1..n {
            removed[id] |= unlikely[id];
        }
    }
    let (text_len, link_len, commas) = sum_up(dom, &removed);
    let mut linked_headings = vec![0u32; n];
    for id in (1..n).rev() {
        if removed[id] {
            continue;
        }
        if matches!(dom.tag(id as u32), "h2" | "h3" | "h4" | "h5" | "h6")
            && text_len[id] > 0
            && link_len[id] * 10 >= text_len[id] * 6
        {
            linked_headings[id] += 1;
        }
        let p = dom.nodes[id].parent;
        if p != NONE {
            linked_headings[p as usize] += linked_headings[id];
        }
    }
    Stats {
        removed,
        text_len,
        link_len,
        commas,
        linked_headings,
    }
}

/// Text length, link text length and commas of every subtree, over the kept nodes.
fn sum_up(dom: &Dom, removed: &[bool]) -> (Vec<u32>, Vec<u32>, Vec<u32>) {
    let n = dom.nodes.len();
    let mut text_len = vec![0u32; n];
    let mut link_len = vec![0u32; n];
    let mut commas = vec![0u32; n];
    // Children come after parents, so walking backwards sums bottom-up.
    for id in (1..n).rev() {
        if removed[id] {
            continue;
        }
        if let NodeData::Text(t) = &dom.nodes[id].data {
            let trimmed = t.trim();
            text_len[id] = trimmed.chars().count() as u32;
            commas[id] = trimmed.matches([',', '，', '、']).count() as u32;
        }
        if dom.tag(id as u32) == "a" {
            link_len[id] = text_len[id];
        }
        let p = dom.nodes[id].parent;
        if p != NONE {
            let p = p as usize;
            text_len[p] += text_len[id];
            link_len[p] += link_len[id];
            commas[p] += commas[id];
        }
    }
    (text_len, link_len, commas)
}

fn link_density(s: &Stats, id: usize) -> f64 {
    if s.text_len[id] == 0 {
        0.0
    } else {
        s.link_len[id] as f64 / s.text_len[id] as f64
    }
}

/// Does this element hold block-level children (so it is a container, not a paragraph)?
fn has_block_child(dom: &Dom, id: u32) -> bool {
    dom.children(id).any(|c| {
        let t = dom.tag(c);
        t != "br" && is_block_tag(t)
    })
}

fn tag_bonus(tag: &str) -> f64 {
    match tag {
        "article" => 10.0,
        "div" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Score containers; return the best one.
fn best_container(dom: &Dom, s: &Stats) -> Option<(u32, Vec<f64>)> {
    let n = dom.nodes.len();
    let mut score = vec![f64::NAN; n];
    let init = |score: &mut Vec<f64>, id: u32| {
        if score[id as usize].is_nan() {
            score[id as usize] = tag_bonus(dom.tag(id)) + class_weight(dom, id);
        }
    };
    // Hand a paragraph's score up to its ancestors, the nearer the more.
    let credit = |score: &mut Vec<f64>, first: u32, len: u32, commas: u32| {
        if len < 25 {
            return;
        }
        let content = 1.0 + commas as f64 + (len as f64 / 100.0).min(3.0);
        let mut ancestor = first;
        let mut level = 0;
        while ancestor != NONE && ancestor != 0 && level < 5 {
            init(score, ancestor);
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            score[ancestor as usize] += content / divider;
            ancestor = dom.nodes[ancestor as usize].parent;
            level += 1;
        }
    };
    for id in 1..n as u32 {
        if s.removed[id as usize] || dom.element(id).is_none() {
            continue;
        }
        let tag = dom.tag(id);
        let blocky = has_block_child(dom, id);
        let paragraph_like = matches!(tag, "p" | "pre" | "td" | "blockquote")
            || (matches!(
                tag,
                "div" | "section" | "span" | "font" | "article" | "main"
            ) && !blocky);
        if paragraph_like {
            credit(
                &mut score,
                dom.nodes[id as usize].parent,
                s.text_len[id as usize],
                s.commas[id as usize],
            );
            continue;
        }
        if !blocky || matches!(tag, "ul" | "ol" | "table" | "tbody" | "tr" | "dl") {
            continue;
        }
        // Text written straight into a container, between its blocks ("text<br><div>…</div>more
        // text"): each run of inline content is a paragraph of this container.
        let (mut run_len, mut run_commas) = (0u32, 0u32);
        for c in dom.children(id) {
            let ct = dom.tag(c);
            if is_block_tag(ct) && ct != "br" {
                credit(&mut score, id, run_len, run_commas);
                run_len = 0;
                run_commas = 0;
            } else if !s.removed[c as usize] {
                run_len += s.text_len[c as usize];
                run_commas += s.commas[c as usize];
            }
        }
        credit(&mut score, id, run_len, run_commas);
    }
    let mut best: Option<(u32, f64)> = None;
    for id in 1..n {
        if score[id].is_nan() || s.removed[id] {
            continue;
        }
        let final_score = score[id] * (1.0 - link_density(s, id));
        score[id] = final_score;
        if best.is_none_or(|(_, b)| final_score > b) {
            best = Some((id as u32, final_score));
        }
    }
    let (mut top, top_score) = best?;
    // Several strong candidates under one ancestor (paragraphs each wrapped in its own card):
    // the article is that ancestor.
    let candidates: Vec<u32> = (1..n as u32)
        .filter(|&i| {
            i != top && !score[i as usize].is_nan() && score[i as usize] >= top_score * 0.5
        })
        .collect();
    let mut strong: Vec<u32> = crate::order::by_key(candidates.len(), |k| {
        crate::order::descending(score[candidates[k] as usize])
    })
    .into_iter()
    .map(|k| candidates[k])
    .collect();
    strong.truncate(8);
    let is_under = |mut node: u32, ancestor: u32| {
        for _ in 0..16 {
            if node == ancestor {
                return true;
            }
            if node == NONE || node == 0 {
                return false;
            }
            node = dom.nodes[node as usize].parent;
        }
        false
    };
    let mut ancestor = dom.nodes[top as usize].parent;
    for _ in 0..6 {
        if ancestor == NONE || ancestor == 0 || matches!(dom.tag(ancestor), "body" | "html") {
            break;
        }
        let together = strong
            .iter()
            .filter(|&&c| is_under(c, ancestor) && !is_under(ancestor, c))
            .count();
        if together >= 2 {
            init(&mut score, ancestor);
            top = ancestor;
            break;
        }
        ancestor = dom.nodes[ancestor as usize].parent;
    }
    // The parent a container may grow into: a kept element below <body>.
    let growable_parent = |node: u32| {
        let parent = dom.nodes[node as usize].parent;
        (parent != NONE
            && parent != 0
            && !matches!(dom.tag(parent), "body" | "html")
            && !s.removed[parent as usize])
            .then_some(parent)
    };
    // A container whose parent holds much more of the same text grows to the parent: articles
    // split into several sibling sections score each section on its own.
    // Past a bare wrapper whose name scores it low, the grandparent may hold more of the same,
    // on a lower bar: the rest of a story behind a "Read more" button (`<div id="read-more">`
    // around it) under the story's first paragraphs.
    let holds_more_of_the_same = |node: u32, top: u32, bar: f64| {
        let ps = score[node as usize];
        !ps.is_nan()
            && ps >= top_score * bar
            && s.text_len[node as usize] as f64 <= s.text_len[top as usize] as f64 * 2.5
    };
    let bare_chrome_wrapper = |wrapper: u32, top: u32| {
        class_weight(dom, wrapper) < 0.0
            && s.text_len[wrapper as usize] as f64 <= s.text_len[top as usize] as f64 * 1.05
    };
    while let Some(parent) = growable_parent(top) {
        if holds_more_of_the_same(parent, top, 0.75) {
            top = parent;
        } else if let Some(grandparent) = growable_parent(parent)
            .filter(|&g| bare_chrome_wrapper(parent, top) && holds_more_of_the_same(g, top, 0.5))
        {
            top = grandparent;
        } else {
            break;
        }
    }
    // The only child of its parent stands for the parent, so that the article's next parts,
    // siblings of the parent (Medium's sections, each wrapped twice), can join it.
    while let Some(parent) = growable_parent(top) {
        if dom
            .children(parent)
            .filter(|&c| dom.element(c).is_some())
            .count()
            != 1
        {
            break;
        }
        init(&mut score, parent);
        score[parent as usize] = score[parent as usize].max(score[top as usize]);
        top = parent;
    }
    Some((top, score))
}

/// The article's top-level nodes: the best container and its qualifying siblings.
fn article_roots(dom: &Dom, s: &Stats, top: u32, scores: &[f64]) -> Vec<u32> {
    let parent = dom.nodes[top as usize].parent;
    if parent == NONE || parent == 0 {
        return vec![top];
    }
    let top_score = scores[top as usize];
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = dom.element(top).and_then(|e| e.attr("class")).unwrap_or("");
    dom.children(parent)
        .filter(|&c| {
            if c == top {
                return true;
            }
            if s.removed[c as usize] {
                return false;
            }
            let mut bonus = 0.0;
            if !top_class.is_empty()
                && dom.element(c).and_then(|e| e.attr("class")) == Some(top_class)
            {
                bonus += top_score * 0.2;
            }
            let sc = scores[c as usize];
            if !sc.is_nan() && sc + bonus >= threshold {
                return true;
            }
            if dom.tag(c) == "p" {
                let len = s.text_len[c as usize];
                let ld = link_density(s, c as usize);
                let text = dom.text(c);
                return (len > 80 && ld < 0.25)
                    || (len > 0 && len <= 80 && ld == 0.0 && text.ends_with('.'));
            }
            false
        })
        .collect()
}

/// Should this element inside the article be dropped as a box of links or a stray widget?
fn is_clutter(dom: &Dom, s: &Stats, id: u32) -> bool {
    let tag = dom.tag(id);
    if !matches!(
        tag,
        "ul" | "ol" | "div" | "section" | "table" | "dl" | "span" | "p"
    ) {
        return false;
    }
    let len = s.text_len[id as usize];
    let ld = link_density(s, id as usize);
    if tag == "p" {
        return ld > 0.8 && len < 200;
    }
    if is_teaser_list(dom, s, id) {
        return true;
    }
    if matches!(tag, "ul" | "ol") && ld <= 0.8 && every_item_says_more_than_its_link(dom, s, id) {
        return false;
    }
    (ld > 0.5 && len < 1500) || (ld > 0.33 && len < 300 && s.commas[id as usize] < 2)
}

/// A list whose every item has words of its own beside its link ("🌟 gero removed the
/// windowtype attribute from dialogs …") is the article's list; a box of related links is
/// links and nothing else.
/// The most text, on average, of one teaser for another story (title and summary line).
const TEASER_CHARS: u32 = 400;

/// Other stories' teasers: three or more children, nearly all holding a linked title
/// (with a line of summary under it, which keeps their link density low).
fn is_teaser_list(dom: &Dom, s: &Stats, id: u32) -> bool {
    if s.linked_headings[id as usize] < 3 {
        return false;
    }
    let (mut with_text, mut teasers, mut teaser_text) = (0, 0, 0);
    for c in dom.children(id) {
        let c = c as usize;
        if s.removed[c] || s.text_len[c] == 0 {
            continue;
        }
        with_text += 1;
        if s.linked_headings[c] == 1 {
            teasers += 1;
            teaser_text += s.text_len[c];
        }
    }
    // A teaser is a title and a line or two; a documentation page's sections, each under a
    // heading that links to its table of contents, run far longer.
    teasers >= 3 && teasers * 4 >= with_text * 3 && teaser_text <= TEASER_CHARS * teasers
}

fn every_item_says_more_than_its_link(dom: &Dom, s: &Stats, list: u32) -> bool {
    let mut items = 0;
    for item in dom.children(list) {
        if dom.element(item).is_none() {
            continue;
        }
        if dom.tag(item) != "li" {
            return false;
        }
        let i = item as usize;
        let own = s.text_len[i].saturating_sub(s.link_len[i]);
        if own < 12 {
            return false;
        }
        items += 1;
    }
    items >= 2
}

/// Read the blocks off the chosen nodes, in order.
fn read_blocks(dom: &Dom, s: &Stats, roots: &[u32], top: u32) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut buf = String::new();
    let flush = |buf: &mut String, kind: BlockKind, blocks: &mut Vec<Block>| {
        let t = buf.trim();
        if !t.is_empty() {
            blocks.push(Block {
                text: spaced_source_tag(t),
                kind,
            });
        }
        buf.clear();
    };
    for &root in roots {
        // Iterative walk with enter and exit events.
        let mut kinds: Vec<BlockKind> = vec![BlockKind::Paragraph];
        let mut stack: Vec<(u32, bool)> = vec![(root, false)];
        // A bold run that opens its line: "<p><strong>A subhead</strong><br>The text…".
        let mut bold_lead: Option<u32> = None;
        while let Some((id, exiting)) = stack.pop() {
            let idu = id as usize;
            let tag = dom.tag(id);
            if exiting {
                let kind = *kinds.last().unwrap_or(&BlockKind::Paragraph);
                flush(&mut buf, kind, &mut blocks);
                kinds.pop();
                continue;
            }
            if s.removed[idu] && id != top {
                continue;
            }
            match &dom.nodes[idu].data {
                NodeData::Text(t) => {
                    let follows_bold =
                        bold_lead.is_some_and(|b| dom.nodes[b as usize].next_sibling == id);
                    if follows_bold && is_label_before_sentence(buf.trim(), t) {
                        let kind = *kinds.last().unwrap_or(&BlockKind::Paragraph);
                        if kind != BlockKind::Heading {
                            flush(&mut buf, BlockKind::Heading, &mut blocks);
                            bold_lead = None;
                        }
                    }
                    super::dom::push_collapsed(&mut buf, t);
                    continue;
                }
                NodeData::Document => {}
                NodeData::Element(_) => {}
            }
            if id != top && id != root && is_clutter(dom, s, id) {
                continue;
            }
            if matches!(tag, "strong" | "b") {
                bold_lead = buf.trim().is_empty().then_some(id);
            }
            if tag == "br" || tag == "hr" {
                let kind = *kinds.last().unwrap_or(&BlockKind::Paragraph);
                // A bold line of its own without a sentence's end is a subhead.
                let after_bold = bold_lead.take().is_some_and(|b| {
                    let next = dom.nodes[b as usize].next_sibling;
                    let next = match &dom.nodes.get(next as usize).map(|n| &n.data) {
                        Some(NodeData::Text(t)) if t.trim().is_empty() => {
                            dom.nodes[next as usize].next_sibling
                        }
                        _ => next,
                    };
                    next == id
                });
                let line = buf.trim();
                if after_bold
                    && !line.ends_with(['.', '!', '?', ':', ',', ';', '"', '”'])
                    && line.split_whitespace().count() <= 15
                    && kind == BlockKind::Paragraph
                {
                    flush(&mut buf, BlockKind::Heading, &mut blocks);
                    continue;
                }
                // One <br> inside a paragraph is a line break; text continues.
                if tag == "hr"
                    || dom.nodes[idu].next_sibling != NONE
                        && dom.tag(dom.nodes[idu].next_sibling) == "br"
                {
                    flush(&mut buf, kind, &mut blocks);
                } else {
                    buf.push(' ');
                }
                continue;
            }
            if is_block_tag(tag) {
                let kind = *kinds.last().unwrap_or(&BlockKind::Paragraph);
                flush(&mut buf, kind, &mut blocks);
                let new_kind = match tag {
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
                    "li" | "dt" | "dd" => BlockKind::ListItem,
                    "blockquote" => BlockKind::Quote,
                    "p" => {
                        if kind == BlockKind::Quote {
                            BlockKind::Quote
                        } else {
                            BlockKind::Paragraph
                        }
                    }
                    _ => kind,
                };
                kinds.push(new_kind);
                stack.push((id, true));
            } else if matches!(tag, "td" | "th") {
                buf.push(' ');
            }
            // Children in reverse so they pop in order.
            let children: Vec<u32> = dom.children(id).collect();
            for &c in children.iter().rev() {
                stack.push((c, false));
            }
        }
        flush(&mut buf, BlockKind::Paragraph, &mut blocks);
    }
    blocks
}

/// "<strong>Summary</strong> Studies show that …": a bold word or two opening a block, then a
/// sentence, is the block's label, not the sentence's first words ("Summary Studies" is no
/// name). An all-capitals dateline ("<b>WASHINGTON</b> The …") stays the sentence's, as does a
/// label ending in a mark ("Update:") or a lowercase word after it ("Smith said").
fn is_label_before_sentence(label: &str, after: &str) -> bool {
    let words = label.split_whitespace().count();
    let after = after.trim_start();
    (1..=3).contains(&words)
        && label.chars().next().is_some_and(char::is_uppercase)
        && label.chars().any(char::is_lowercase)
        && label.chars().last().is_some_and(char::is_alphanumeric)
        && after.chars().next().is_some_and(char::is_uppercase)
        && after.split_whitespace().count() >= 8
}

/// "(CNN)President Donald Trump…": a news service's tag, set in its own element, opens the
/// story's first paragraph glued to its first word; a space parts them.
fn spaced_source_tag(t: &str) -> String {
    let tag_end = t
        .strip_prefix('(')
        .and_then(|rest| rest.get(..rest.len().min(32)))
        .and_then(|head| head.find(')'))
        .map(|close| close + 2);
    if let Some(end) = tag_end {
        let inside = &t[1..end - 1];
        let next = t[end..].chars().next();
        if inside.chars().next().is_some_and(char::is_uppercase)
            && inside
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '&' | '-'))
            && next.is_some_and(char::is_uppercase)
        {
            return format!("{} {}", &t[..end], &t[end..]);
        }
    }
    t.to_string()
}

/// Captions of the page's figures, for actors named only there.
fn captions(dom: &Dom) -> Vec<String> {
    (0..dom.nodes.len() as u32)
        .filter(|&id| dom.tag(id) == "figcaption")
        .map(|id| caption_text(dom, id))
        .filter(|t| t.len() > 20)
        .take(20)
        .collect()
}

/// A caption's words without its photo credit (`<span class="credit">`), with a space where
/// one of its parts ends and the next begins ("… in May" + "Credit: …" had read "MayCredit").
fn caption_text(dom: &Dom, caption: u32) -> String {
    let is_credit = |id: u32| {
        dom.element(id)
            .and_then(|e| e.attr("class"))
            .is_some_and(|c| {
                let c = c.to_ascii_lowercase();
                c.contains("credit") || c.contains("copyright")
            })
    };
    let mut parts: Vec<String> = Vec::new();
    let mut part = u32::MAX;
    // For each node below the caption (a subtree's nodes are numbered one after another): the
    // caption's child it is in, and whether a credit holds it.
    let mut place: Vec<(u32, bool)> = Vec::new();
    for d in dom.descendants(caption) {
        let parent = dom.nodes[d as usize].parent;
        let (top, credit) = if parent == caption {
            (d, is_credit(d))
        } else {
            let (top, credit) = place
                .get((parent - caption - 1) as usize)
                .copied()
                .unwrap_or((d, false));
            (top, credit || is_credit(d))
        };
        let k = (d - caption - 1) as usize;
        if place.len() <= k {
            place.resize(k + 1, (u32::MAX, false));
        }
        place[k] = (top, credit);
        let NodeData::Text(t) = &dom.nodes[d as usize].data else {
            continue;
        };
        if credit {
            continue;
        }
        if top != part {
            parts.push(String::new());
            part = top;
        }
        if let Some(p) = parts.last_mut() {
            super::dom::push_collapsed(p, t);
        }
    }
    // A later part that reads as a credit with no class to say so: "Leonhard Foeger / Reuters
    // file", "Photo: AP".
    let mut out = String::new();
    for (k, p) in parts.iter().enumerate() {
        let p = p.trim();
        let credit_like = k > 0
            && p.split_whitespace().count() <= 8
            && !p.ends_with('.')
            && (p.contains('/') || p.contains('©') || chrome::is_caption(p));
        if p.is_empty() || credit_like {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

/// The path of an address, without the leading slash: "es/" for "https://nytimes.com/es/".
fn path_of(url: &str) -> &str {
    url.split_once("://")
        .map(|(_, r)| r)
        .and_then(|r| r.split_once('/').map(|(_, p)| p))
        .unwrap_or("")
}

/// Why a page is a home page or a section front, a page of other stories' teasers that Lede
/// would otherwise summarise as if they were one article (a title from the site, a byline from
/// the first teaser, photo credits as people), or None. Only a page that names no article in
/// its JSON-LD is one: a blog whose home page carries its latest post in full says so. Then it
/// is one when it calls itself a list of pages, when its address (the tab's, else the one the
/// page states) is the site's root, or when it is a one-word section ("/es/", "/world") of a
/// page with no publication date, and OpenGraph does not call the page an article.
fn front_page_reason(meta: &Meta, url: Option<&str>) -> Option<&'static str> {
    if meta.has_ld_article {
        return None;
    }
    if meta.is_listing {
        return Some("this looks like a section or home page, a list of other articles");
    }
    // A page that says it is an article (OpenGraph's type) at a root or one-word address is
    // one on a small site ("https://blog.example/hello/").
    if meta
        .og_type
        .as_deref()
        .is_some_and(|t| t.eq_ignore_ascii_case("article"))
    {
        return None;
    }
    let address = url.or(meta.canonical.as_deref())?;
    if !address.contains("://") {
        return None;
    }
    let path = path_of(address);
    let (path, fragment) = path.split_once('#').unwrap_or((path, ""));
    if path.contains('?') || fragment.contains('/') {
        // "?p=123" and "#/story/123" are articles' addresses on some sites.
        return None;
    }
    if path.is_empty() || matches!(path, "index.html" | "index.htm" | "index.php") {
        return Some("this looks like a home page");
    }
    let section = path.strip_suffix('/').unwrap_or(path);
    (meta.published.is_none()
        && (1..=12).contains(&section.len())
        && section.bytes().all(|b| b.is_ascii_lowercase()))
    .then_some("this looks like a section or home page, a list of other articles")
}

/// Why a page with too little article text is not an article.
fn no_article_reason(meta: &Meta, url: Option<&str>, dom: &Dom) -> String {
    let path = url.map(path_of).unwrap_or("");
    if meta
        .og_type
        .as_deref()
        .is_some_and(|t| t.starts_with("video"))
        || dom.find_tag("video").is_some()
    {
        return "this looks like a video page".into();
    }
    if path.contains("search") || path.contains("?q=") || path.contains("&q=") {
        return "this looks like a search page".into();
    }
    if url.is_some()
        && (path.is_empty() || path == "/" || path.starts_with('?') || path.starts_with('#'))
    {
        return "this looks like a home page".into();
    }
    "the page has too little text to be an article".into()
}

/// Is this heading the title again, worded a little differently ("Michael Anastassiades’ light
/// installation" against the metadata's "Anastassiades' light installation")? Every word of the
/// title is in it, and it has at most three more.
fn restates_title(heading: &str, title: &str) -> bool {
    let (h, t) = (lower_words(heading), lower_words(title));
    t.len() >= 3 && h.len() <= t.len() + 3 && t.iter().all(|w| h.contains(w))
}

/// The direction the article's container is written in: the `dir` of it or of its nearest
/// ancestor that has one (a right-to-left `<main dir="rtl">` or `<body dir="rtl">` inside an
/// `<html dir="ltr">`).
fn written_direction(dom: &Dom, container: u32) -> Option<String> {
    let mut id = container;
    loop {
        let dir = dom
            .element(id)
            .and_then(|e| e.attr("dir"))
            .map(str::to_ascii_lowercase);
        if let Some(d) = dir.filter(|d| d == "rtl" || d == "ltr") {
            return Some(d);
        }
        let parent = dom.nodes[id as usize].parent;
        if parent == NONE || parent == id {
            return None;
        }
        id = parent;
    }
}

/// Minimum article text, in characters, below which a page has no article.
const MIN_ARTICLE_CHARS: usize = 140;
/// Below this much text the first, strict pass is retried without class-name guesses.
const RETRY_BELOW_CHARS: usize = 500;

pub fn article_from_dom(dom: &Dom, url: Option<&str>) -> Result<Article, LedeError> {
    let meta = metadata::read(dom);
    if let Some(reason) = front_page_reason(&meta, url) {
        return Err(LedeError::NoArticle(reason.into()));
    }
    // Strict first; if that leaves too little, again without the class-name guesses (as
    // Readability retries).
    let mut blocks = Vec::new();
    let mut container = None;
    for strip_unlikely in [true, false] {
        let s = stats(dom, strip_unlikely);
        if let Some((top, scores)) = best_container(dom, &s) {
            let roots = article_roots(dom, &s, top, &scores);
            blocks = read_blocks(dom, &s, &roots, top);
            container = Some(top);
        }
        let total: usize = blocks.iter().map(|b| b.text.chars().count()).sum();
        if total >= RETRY_BELOW_CHARS {
            break;
        }
    }
    let title = meta
        .title
        .as_deref()
        .map(|t| metadata::clean_title(t, meta.site.as_deref(), meta.h1.as_deref()));
    let mut byline = meta.byline.clone();
    let mut published = meta.published.clone();
    // Chrome lines that survived: the title again, bylines, stamps, captions, share words.
    let mut before_text = true;
    blocks.retain(|b| {
        let t = b.text.as_str();
        let heads_the_page = before_text && b.kind == BlockKind::Heading;
        before_text &= b.kind == BlockKind::Heading;
        if title.as_deref().is_some_and(|ti| {
            ti.eq_ignore_ascii_case(t) || (heads_the_page && restates_title(t, ti))
        }) {
            return false;
        }
        // "Staff Reports": the byline again, as the page prints it, though it names no one.
        if byline.iter().any(|b| b.eq_ignore_ascii_case(t)) {
            return false;
        }
        if let Some(names) = chrome::byline_names(t, false) {
            if byline.is_empty() {
                byline = names;
            }
            return false;
        }
        if let Some(d) = chrome::parse_date_line(t) {
            published.get_or_insert(d.to_string());
            return false;
        }
        !(chrome::is_share_line(t) || chrome::is_timestamp(t) || chrome::is_caption(t))
    });
    while blocks
        .last()
        .is_some_and(|b| chrome::is_bio(&b.text, &byline) || (b.kind == BlockKind::Heading))
    {
        blocks.pop();
    }
    let total: usize = blocks.iter().map(|b| b.text.chars().count()).sum();
    if total < MIN_ARTICLE_CHARS {
        return Err(LedeError::NoArticle(no_article_reason(&meta, url, dom)));
    }
    let excerpt = meta.excerpt.clone().filter(|e| !e.is_empty());
    Ok(Article {
        title,
        byline,
        published,
        site: meta.site,
        url: url.map(str::to_string),
        lang: meta.lang,
        dir: container
            .and_then(|top| written_direction(dom, top))
            .or(meta.dir),
        excerpt,
        paragraphs: blocks,
        captions: captions(dom),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dom::parse;

    #[test]
    fn other_stories_teasers_after_the_article_are_dropped() {
        let story = "<p>The council voted on Tuesday to expand the city's bus network, adding three routes that will link the eastern suburbs to the hospital district, officials said.</p>"
            .repeat(6);
        let teaser = |title: &str| {
            format!(
                r#"<div class="story-block"><h4><strong>Opinion</strong> <a href="/other/{title}">{title}</a></h4><p>A line about why {title} matters to readers across the state this week.</p></div>"#
            )
        };
        let html = format!(
            "<html><body><div id=\"story\"><h1>Buses for the east</h1>{story}<div class=\"group\"><h2>Other columns</h2><div>{}{}{}{}</div></div></div></body></html>",
            teaser("Fraser's lasting legacy"),
            teaser("Wave of stupidity"),
            teaser("Ikea challenge"),
            teaser("Own backyard")
        );
        let a = article_from_dom(&parse(&html), None).unwrap();
        assert_paragraphs(
            &a,
            &["expand the city's bus network"],
            &["Ikea challenge", "why Wave of stupidity"],
        );
        // A documentation page's sections under headings that link to its contents stay.
        let section = |title: &str| {
            format!(
                "<div class=\"section\"><h3><a href=\"#toc\">{title}</a></h3>{}</div>",
                "<p>The key to shared mutable history is to keep your changesets in draft phase as you pass them around, and to publish them only when they are done.</p>".repeat(3)
            )
        };
        let html = format!(
            "<html><body><div class=\"document\"><h1>Sharing</h1>{}{}{}</div></body></html>",
            section("Publishing repositories"),
            section("Sharing with yourself"),
            section("Sharing with a team")
        );
        let a = article_from_dom(&parse(&html), None).unwrap();
        assert_paragraphs(&a, &["Sharing with a team", "keep your changesets"], &[]);
    }

    #[test]
    fn a_news_service_tag_is_parted_from_the_first_word() {
        assert_eq!(
            spaced_source_tag("(CNN)President Trump"),
            "(CNN) President Trump"
        );
        assert_eq!(
            spaced_source_tag("(CNN Business)The deal"),
            "(CNN Business) The deal"
        );
        assert_eq!(spaced_source_tag("(a)The list"), "(a)The list");
        assert_eq!(spaced_source_tag("(2019)Film"), "(2019)Film");
        assert_eq!(
            spaced_source_tag("(CNN) Already spaced"),
            "(CNN) Already spaced"
        );
        assert_eq!(spaced_source_tag("(É)É"), "(É) É");
    }

    /// Assert that some paragraph of the article contains each of `kept` and none `dropped`.
    fn assert_paragraphs(a: &Article, kept: &[&str], dropped: &[&str]) {
        let text: Vec<&str> = a.paragraphs.iter().map(|b| b.text.as_str()).collect();
        for k in kept {
            assert!(
                text.iter().any(|t| t.contains(k)),
                "{k:?} missing from {text:?}"
            );
        }
        for d in dropped {
            assert!(
                !text.iter().any(|t| t.contains(d)),
                "{d:?} kept in {text:?}"
            );
        }
    }

    #[test]
    fn picks_the_article_and_drops_the_chrome() {
        let html = r#"<html><body><nav><a href="/">Home</a><a href="/world">World</a></nav>
          <div class="share">Share on Twitter</div>
          <article><h1>Talks resume</h1><p class="byline">By Jane Doe</p>
          <p>The two sides met in Geneva on Monday, officials said, and agreed to meet again next week, according to a statement.</p>
          <figure><img src="x.jpg"><figcaption>Delegates arrive. (Photo: AP)</figcaption></figure>
          <h2>What comes next</h2>
          <p>Negotiators will return to the table on Friday, with a draft text, several people familiar with the talks said.</p>
          <ul class="related"><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul>
          </article><footer>Copyright</footer></body></html>"#;
        let a = article_from_dom(&parse(html), Some("https://example.com/2024/talks")).unwrap();
        let texts: Vec<&str> = a.paragraphs.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[0].starts_with("The two sides met"));
        assert_eq!(a.paragraphs[1].kind, BlockKind::Heading);
        assert_eq!(a.byline, vec!["Jane Doe"]);
        assert_eq!(a.captions.len(), 1);
    }

    #[test]
    fn captions_lose_their_credits() {
        let html = r#"<html><body><figure><figcaption><span> A couple in Mongolia in May 2019 who died</span><span class="article__credit">Credit: The Siberian Times</span></figcaption></figure>
          <figure><figcaption><span>The house where Adolf Hitler was born in Braunau am Inn, Austria.</span><span class="f2">Leonhard Foeger / Reuters file</span></figcaption></figure>
          <figure><figcaption><div>Neil Gaiman and John M. Ford in 2002.</div><div>Photo by David Dyer-Bennet</div></figcaption></figure></body></html>"#;
        assert_eq!(
            captions(&parse(html)),
            [
                "A couple in Mongolia in May 2019 who died",
                "The house where Adolf Hitler was born in Braunau am Inn, Austria.",
                "Neil Gaiman and John M. Ford in 2002.",
            ]
        );
    }

    /// The blocks read off an article whose `middle` stands between two paragraphs of text.
    fn blocks_around(middle: &str) -> Vec<(String, BlockKind)> {
        let body = "<p>The two sides met in Geneva on Monday, officials said, and agreed to meet again next week, according to a statement from both delegations.</p>";
        let html = format!("<html><body><article>{body}{middle}{body}</article></body></html>");
        let a = article_from_dom(&parse(&html), None).unwrap();
        a.paragraphs.into_iter().map(|b| (b.text, b.kind)).collect()
    }

    #[test]
    fn a_bold_line_before_a_break_is_a_subhead() {
        let blocks = blocks_around(
            "<p><strong>Stories about Amsterdam</strong><br>From hundreds of concepts, the jury selected thirty artworks for the festival this winter, its organisers said.</p>\
            <p><strong>Note:</strong><br>Entries close on Friday, and the jury will meet the week after to choose the winners.</p>",
        );
        assert_eq!(
            (blocks[1].0.as_str(), blocks[1].1),
            ("Stories about Amsterdam", BlockKind::Heading),
            "{blocks:?}"
        );
        assert!(blocks[2].0.starts_with("From hundreds"));
        // A label that ends in a colon runs on into its line.
        assert!(blocks[3].0.starts_with("Note: Entries close"), "{blocks:?}");
    }

    #[test]
    fn a_bold_label_opening_a_block_is_its_own_line() {
        // As healthline.com sets its takeaways; a dateline in capitals and a name before a
        // lowercase verb stay in their sentence.
        let blocks = blocks_around(
            "<blockquote><strong>Summary</strong> Studies show that fasting or cutting out foods may be linked to overeating.</blockquote>\
            <p><b>GENEVA</b> The talks resumed on Tuesday after a break of two days, a spokesman for the delegations said.</p>\
            <p><b>Anna Smith</b> said the talks resumed on Tuesday after a break of two days.</p>",
        );
        assert_eq!(
            (blocks[1].0.as_str(), blocks[1].1),
            ("Summary", BlockKind::Heading),
            "{blocks:?}"
        );
        assert!(blocks[2].0.starts_with("Studies show"), "{blocks:?}");
        assert_eq!(blocks[2].1, BlockKind::Quote);
        assert!(blocks[3].0.starts_with("GENEVA The talks"), "{blocks:?}");
        assert!(blocks[4].0.starts_with("Anna Smith said"), "{blocks:?}");
    }

    #[test]
    fn the_direction_is_the_article_s_own() {
        let body = "<p>Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.</p>".repeat(3);
        let page = |main: &str| {
            format!(
                r#"<html dir="ltr"><body><nav><a href="/">Home</a></nav><main{main}><article>{body}</article></main></body></html>"#
            )
        };
        let dir = |html: &str| article_from_dom(&parse(html), None).unwrap().dir;
        assert_eq!(dir(&page(r#" dir="rtl""#)).as_deref(), Some("rtl"));
        assert_eq!(dir(&page("")).as_deref(), Some("ltr"));
    }

    #[test]
    fn a_page_of_links_has_no_article() {
        let html = "<html><body><ul><li><a href='/a'>Story one</a></li><li><a href='/b'>Story two</a></li></ul></body></html>";
        let err = article_from_dom(&parse(html), Some("https://example.com/")).unwrap_err();
        assert_eq!(
            err,
            LedeError::NoArticle("this looks like a home page".into())
        );
    }

    #[test]
    fn the_byline_printed_again_in_the_text_is_left_out() {
        let story = "<p>Police arrested six people Monday during a narcotics investigation involving drug activity at a local home, a spokesman said.</p>".repeat(4);
        let html = format!(
            r#"<html><head><meta name="author" content="Staff Reports"></head><body><article><p>Staff Reports</p>{story}</article></body></html>"#
        );
        let a = article_from_dom(&parse(&html), None).unwrap();
        assert_eq!(a.byline, vec!["Staff Reports".to_string()]);
        assert!(
            a.paragraphs[0].text.starts_with("Police arrested"),
            "{:?}",
            a.paragraphs[0]
        );
    }

    #[test]
    fn a_front_page_full_of_teasers_has_no_article() {
        let teasers = (0..12)
            .map(|i| format!("<div><h3><a href='/2024/story-{i}'>Story number {i} of the day</a></h3><p>Officials in the capital said on Monday that the plan for story {i} would go ahead after a long debate in the council.</p></div>"))
            .collect::<String>();
        let page = |head: &str| {
            format!("<html><head>{head}</head><body><main>{teasers}</main></body></html>")
        };
        let front = "this looks like a section or home page, a list of other articles";
        // The page says it is a list; or its address is the root or a one-word section.
        let listing = page(
            r#"<script type="application/ld+json">{"@type":"CollectionPage","mainEntity":{"@type":"ItemList"}}</script>"#,
        );
        assert_eq!(
            article_from_dom(&parse(&listing), None).unwrap_err(),
            LedeError::NoArticle(front.into())
        );
        let plain = page("<title>The Daily News</title>");
        assert_eq!(
            article_from_dom(&parse(&plain), Some("https://news.example/")).unwrap_err(),
            LedeError::NoArticle("this looks like a home page".into())
        );
        let section = page(r#"<link rel="canonical" href="https://news.example/world/">"#);
        assert_eq!(
            article_from_dom(&parse(&section), None).unwrap_err(),
            LedeError::NoArticle(front.into())
        );
        // An article's own address, or a page that names an article, is read.
        assert!(article_from_dom(&parse(&plain), Some("https://news.example/?p=123")).is_ok());
        assert!(article_from_dom(
            &parse(&plain),
            Some("https://news.example/2024/04/talks-resume")
        )
        .is_ok());
        let post = page(
            r#"<script type="application/ld+json">{"@type":"BlogPosting","headline":"Story number 0 of the day"}</script>"#,
        );
        assert!(article_from_dom(&parse(&post), Some("https://blog.example/")).is_ok());
    }

    #[test]
    fn a_gallery_beside_the_story_is_not_the_story() {
        let story = "<p>The hotel bosses said that towels and sheets might not be as clean as they look, according to an online thread, and guests should check.</p>".repeat(14);
        let legend = "<li><p>Caption of a photo in the gallery, with a line about a different story, a place and a number, told at length.</p></li>".repeat(60);
        let html = format!(
            r#"<html><body><div class="text-wrapper" itemprop="articleBody">{story}
            <div class="type-gallery"><div class="full-gallery"><ul class="legends">{legend}</ul></div></div></div></body></html>"#
        );
        let a = article_from_dom(&parse(&html), Some("https://example.com/2024/hotels")).unwrap();
        assert!(
            a.paragraphs
                .iter()
                .all(|b| b.text.starts_with("The hotel bosses")),
            "{:?}",
            a.paragraphs.first()
        );
        assert_eq!(a.paragraphs.len(), 14);
    }

    #[test]
    fn a_section_named_after_its_heading_is_not_a_share_bar() {
        let para = |topic: &str| {
            format!("<p>When you work on {topic} across two computers, you push draft changesets between them and keep their history, which evolve does for you.</p>")
        };
        let html = format!(
            r##"<html><body><div class="body"><div class="section" id="evolve">
            <h1>Evolve</h1>{}{}{}{}{}{}
            <div class="section" id="sharing-with-a-single-developer">
              <h2>Sharing with a single developer<a class="headerlink" href="#sharing-with-a-single-developer">¶</a></h2>{}{}{}</div>
            <div class="share"><p>Share on Twitter. Share on Facebook. Share by mail with a friend today.</p></div>
            </div></div></body></html>"##,
            para("a laptop"),
            para("a desktop"),
            para("a tablet"),
            para("a phone"),
            para("a build farm"),
            para("a mirror"),
            para("one repository"),
            para("a server"),
            para("a branch")
        );
        let a = article_from_dom(&parse(&html), Some("https://example.com/docs/sharing")).unwrap();
        assert_paragraphs(
            &a,
            &["a server", "Sharing with a single developer"],
            &["Share on Twitter"],
        );
    }

    #[test]
    fn a_long_list_of_linked_names_under_the_story_is_not_the_story() {
        let story = "<p>Izuku was struggling to understand how he had even managed to get here, seated before the villain with only a sense of dread.</p>".repeat(8);
        let kudos = (0..400)
            .map(|i| format!("<a href='/users/reader{i}'>reader{i}</a>"))
            .collect::<Vec<_>>()
            .join(", ");
        let html = format!(
            r#"<html><body><div id="main" role="main"><div class="work">{story}</div>
            <div id="feedback" class="feedback" role="complementary"><p class="kudos">{kudos} left kudos on this work!</p></div>
            </div></body></html>"#
        );
        let a = article_from_dom(&parse(&html), Some("https://example.com/works/1")).unwrap();
        assert_eq!(a.paragraphs.len(), 8, "{:?}", a.paragraphs.last());
    }

    #[test]
    fn sections_wrapped_twice_join_and_the_title_again_goes() {
        let section = |topic: &str, paragraphs: usize| {
            format!(
                r#"<div class="n p"><div class="z ab">{}</div></div>"#,
                format!("<p>Profiling {topic} in production shows which function, line and file takes the time, and it costs little.</p>").repeat(paragraphs)
            )
        };
        let html = format!(
            r#"<html><head><title>Anastassiades' light installation for FLOS in Milan</title></head><body><div class="root"><section>
            <div class="n p"><div class="z ab"><h1>Michael Anastassiades’ light installation for FLOS in Milan</h1></div></div>
            {}<div class="hr"><div class="n p"><figure><figcaption>A chart</figcaption></figure></div></div>{}
            </section></div></body></html>"#,
            section("a server", 12),
            section("a worker", 4)
        );
        let a =
            article_from_dom(&parse(&html), Some("https://example.com/2019/profiling")).unwrap();
        assert_paragraphs(&a, &["a worker"], &["Milan"]);
    }

    #[test]
    fn a_list_whose_items_say_more_than_their_links_stays() {
        let para = "<p>This week the team fixed more bugs than ever, and new contributors sent their first patches, which we list below with thanks.</p>".repeat(6);
        let html = format!(
            r#"<html><body><article>{para}<h4>New contributors</h4><ul>
            <li>🌟 Ankush Dua <a href="/b/1">fixed an issue with revoked devtools_page permissions</a></li>
            <li>🌟 gero <a href="/b/2">removed the windowtype attribute</a> from dialogs where we did not need it</li>
            </ul><ul class="links"><li><a href="/x">Another story entirely</a></li><li><a href="/y">And one more story</a></li></ul>
            {para}</article></body></html>"#
        );
        let a = article_from_dom(&parse(&html), Some("https://example.com/2020/12/weeks")).unwrap();
        assert_paragraphs(&a, &["gero removed"], &["Another story"]);
    }

    #[test]
    fn jetpack_likes_and_related_posts_are_not_the_story() {
        let story = "<p>Stack Overflow published its analysis of hiring trends, based on the options employers chose when posting jobs.</p>".repeat(10);
        let related = "<div class=\"jp-relatedposts-post\"><h4>Survey Results Show WordPress Is Trending Up</h4><p>Stack Overflow published the results of its developer survey, summarizing responses from 56,033 developers in 173 countries.</p></div>".repeat(3);
        let html = format!(
            r#"<html><body><div class="entry-content">{story}
            <div class="sharedaddy sd-block sd-like"><h3>Like this:</h3></div>
            <div id="jp-relatedposts" class="jp-relatedposts">{related}</div></div></body></html>"#
        );
        let a = article_from_dom(&parse(&html), Some("https://example.com/2017/hiring")).unwrap();
        assert_eq!(a.paragraphs.len(), 10, "{:?}", a.paragraphs.last());
    }

    #[test]
    fn camel_case_chrome_names_are_chrome_and_component_names_are_not() {
        let story = "<p>Carlineo faces a maximum of ten years in prison, and sentencing is set for the middle of February.</p>".repeat(8);
        // MathJax marks each formula with its context menu's name; the formula is the text.
        let formula = r#"<p>The energy is <span class="CtxtMenu_Attached_0">E equals m c squared, the mass times the square of light's speed</span>, as derived.</p>"#;
        let html = format!(
            r#"<html><body><div class="article-body">{story}{formula}
            <div id="emailSignup"><div>Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.</div></div>
            <div class="adSlot"><p>Sponsored: the best mattresses of the year, tested by our editors, with prices.</p></div>
            </div></body></html>"#
        );
        let a = article_from_dom(&parse(&html), Some("https://example.com/2019/omar")).unwrap();
        assert_paragraphs(
            &a,
            &["Carlineo faces", "E equals m c squared"],
            &["news meet your inbox", "mattresses"],
        );
    }

    #[test]
    fn the_rest_behind_a_read_more_button_joins_the_first_paragraphs() {
        let first = "<p>The roadshow featured the national security adviser, an adviser to the Attorney-General, and the police commissioner.</p>".repeat(3);
        let rest = "<p>The Bill would require telecommunications providers to store metadata, the who, where and when of a call, for two years.</p>".repeat(9);
        let html = format!(
            r#"<html><body><div class="story"><div class="story-body">
            <div class="story-intro"><p><strong>A high-powered federal team has been doing the rounds of media organisations. It failed.</strong></p></div>
            {first}
            <div id="read-more"><div id="read-more-link"><a href="">Read more</a></div>
            <div id="read-more-content">{rest}</div></div>
            </div></div></body></html>"#
        );
        let a = article_from_dom(&parse(&html), Some("https://example.com/2015/03/laws")).unwrap();
        assert_paragraphs(
            &a,
            &[
                "A high-powered federal team",
                "The roadshow featured",
                "The Bill would require",
            ],
            &["Read more"],
        );
    }

    #[test]
    fn a_most_popular_list_is_not_the_story() {
        let story = "<p>Innisfil officials said the subsidy for rides had grown far beyond what the town council first set aside for it.</p>".repeat(10);
        let popular = r#"<li class="c-article-most-popular__item"><div class="c-article-most-popular__content"><a class="c-article-most-popular__link" href="/environment/">Environment</a><h3 class="c-article-most-popular__hed"><a href="/environment/2015/10/road-trip/">A 13,235-Mile Road Trip for 70-Degree Weather Every Day</a></h3><p class="c-article-most-popular__dek">This year-long journey across the U.S. keeps you at consistent high temperatures, a reader found out.</p></div></li>"#.repeat(4);
        let html = format!(
            r#"<html><body><div class="wrapper"><section class="s-article__section">{story}</section>
            <section class="s-article__section">{story}</section>
            <section class="c-article-most-popular"><h2>Most Popular</h2><ol>{popular}</ol></section></div></body></html>"#
        );
        let a = article_from_dom(&parse(&html), Some("https://example.com/2019/04/rides")).unwrap();
        assert_paragraphs(
            &a,
            &["Innisfil officials"],
            &["Road Trip", "year-long journey"],
        );
    }
}
