//! Metadata: title, authors, date, site, language, direction and excerpt, read from the
//! structured data a page carries: JSON-LD (`NewsArticle` and kin), OpenGraph and other
//! `<meta>` tags, `<time datetime>`, and byline markup (`rel=author`, `itemprop=author`,
//! `class~=byline`). Where several sources give a field, the more specific one wins.

use super::dom::{push_collapsed, Dom, NodeData, NONE};
use super::json::{self, Json};
use super::{chrome, content, entities};
use crate::calendar::Date;
use std::collections::HashMap;

#[derive(Debug, Default, Clone)]
pub struct Meta {
    pub title: Option<String>,
    /// The page's `<title>` and first `<h1>`, for title cleaning.
    pub html_title: Option<String>,
    pub h1: Option<String>,
    pub byline: Vec<String>,
    pub published: Option<String>,
    pub site: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub og_type: Option<String>,
    /// The page's own address as it states it (`<link rel="canonical">`, else `og:url`).
    pub canonical: Option<String>,
    /// The page calls itself a list of other pages (JSON-LD `CollectionPage`, `ItemList`,
    /// `SearchResultsPage`) and nowhere an article.
    pub is_listing: bool,
    /// JSON-LD names an article type (`NewsArticle`, `BlogPosting`…; not a mere `WebPage`).
    pub has_ld_article: bool,
}

#[derive(Default)]
struct LdArticle {
    headline: Option<String>,
    /// The article object's `name`, when it also has a `headline`.
    name: Option<String>,
    authors: Vec<String>,
    published: Option<String>,
    /// `dateCreated`, which some pages give in UTC beside a local `datePublished` elsewhere.
    created: Option<String>,
    publisher: Option<String>,
    description: Option<String>,
    /// Seen a listing type (`CollectionPage`, `ItemList`, `SearchResultsPage`).
    listing: bool,
    /// Seen an article type other than `WebPage` or `Blog`.
    article: bool,
}

/// JSON-LD types of pages that list other pages.
fn is_listing_type(t: &str) -> bool {
    matches!(t, "CollectionPage" | "ItemList" | "SearchResultsPage")
}

/// The `@type` (one or several) of a JSON-LD object.
fn types_of(v: &Json) -> impl Iterator<Item = &str> {
    let one = v.get("@type").and_then(Json::as_str);
    let many = v
        .get("@type")
        .and_then(Json::as_array)
        .into_iter()
        .flatten()
        .filter_map(Json::as_str);
    one.into_iter().chain(many)
}

fn is_article_type(t: &str) -> bool {
    matches!(
        t,
        "NewsArticle"
            | "Article"
            | "BlogPosting"
            | "ReportageNewsArticle"
            | "AnalysisNewsArticle"
            | "OpinionNewsArticle"
            | "ReviewNewsArticle"
            | "BackgroundNewsArticle"
            | "TechArticle"
            | "ScholarlyArticle"
            | "Report"
            | "LiveBlogPosting"
            | "SocialMediaPosting"
            | "WebPage"
            | "Blog"
    )
}

fn type_matches(v: &Json) -> bool {
    match v.get("@type") {
        Some(Json::String(t)) => is_article_type(t),
        Some(Json::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(is_article_type)),
        _ => false,
    }
}

fn names_of(v: &Json) -> Vec<String> {
    match v {
        Json::String(s) => vec![s.trim().to_string()],
        Json::Array(a) => a.iter().flat_map(names_of).collect(),
        Json::Object(_) => v.get("name").map(names_of).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Walk JSON-LD (objects, arrays, `@graph`) for the most article-like object.
fn find_ld(v: &Json, out: &mut LdArticle, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Json::Array(a) => a.iter().for_each(|x| find_ld(x, out, depth + 1)),
        Json::Object(_) => {
            let o = v;
            if let Some(g) = o.get("@graph") {
                find_ld(g, out, depth + 1);
            }
            for t in types_of(v) {
                out.listing |= is_listing_type(t);
                out.article |= is_article_type(t) && t != "WebPage" && t != "Blog";
            }
            if type_matches(v) {
                let is_webpage = matches!(v.get("@type"), Some(Json::String(t)) if t == "WebPage" || t == "Blog");
                if out.headline.is_none() || !is_webpage {
                    if let Some(h) = o
                        .get("headline")
                        .or_else(|| if is_webpage { None } else { o.get("name") })
                        .and_then(Json::as_str)
                    {
                        if out.headline.is_none() || !is_webpage {
                            out.headline = Some(h.trim().to_string());
                        }
                    }
                }
                if out.name.is_none() && o.get("headline").is_some() {
                    out.name = o
                        .get("name")
                        .and_then(Json::as_str)
                        .map(|n| n.trim().to_string());
                }
                if out.authors.is_empty() {
                    if let Some(a) = o.get("author").or_else(|| o.get("creator")) {
                        out.authors = names_of(a);
                    }
                }
                if out.published.is_none() {
                    out.published = o
                        .get("datePublished")
                        .and_then(Json::as_str)
                        .map(str::to_string);
                }
                if out.created.is_none() {
                    out.created = o
                        .get("dateCreated")
                        .and_then(Json::as_str)
                        .map(str::to_string);
                }
                if out.publisher.is_none() {
                    out.publisher = o
                        .get("publisher")
                        .map(names_of)
                        .and_then(|n| n.into_iter().next());
                }
                if out.description.is_none() {
                    out.description = o
                        .get("description")
                        .and_then(Json::as_str)
                        .map(|s| s.trim().to_string());
                }
            }
        }
        _ => {}
    }
}

/// A date in any of the forms pages write into metadata, as `YYYY-MM-DD`.
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    let date = parse_any_date(s)?;
    // "0001-01-01", "1970-01-01": a publishing system's empty date, not the article's.
    (date.year >= 1900
        && date
            != Date {
                year: 1970,
                month: 1,
                day: 1,
            })
    .then(|| date.to_string())
}

fn parse_any_date(s: &str) -> Option<Date> {
    Date::parse_iso(s)
        .or_else(|| chrome::parse_date_line(s))
        .or_else(|| {
            // "20240401", "2024/04/01 10:00".
            let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
            if digits.len() == 8 {
                Date::new(
                    digits[..4].parse().ok()?,
                    digits[4..6].parse().ok()?,
                    digits[6..8].parse().ok()?,
                )
            } else {
                let head = s.split([' ', 'T']).next()?;
                let parts: Vec<&str> = head.split(['/', '.']).collect();
                if parts.len() == 3 && parts[0].len() == 4 {
                    Date::new(
                        parts[0].parse().ok()?,
                        parts[1].parse().ok()?,
                        parts[2].parse().ok()?,
                    )
                } else {
                    None
                }
            }
        })
}

/// A site's name without the slogan or company form some pages add to it: "Aktuálně.cz - Víte,
/// co se právě děje" → "Aktuálně.cz", "LinkNaija | Nigeria's popular news platform" →
/// "LinkNaija", "Spiceworks Inc" → "Spiceworks".
fn site_name_alone(site: &str) -> String {
    let mut name = site.trim();
    if let Some(at) = [" | ", " - ", " – ", " — ", " :: "]
        .iter()
        .filter_map(|sep| name.find(sep))
        .min()
    {
        if at > 0 {
            name = name[..at].trim_end();
        }
    }
    for form in [", Inc.", " Inc.", " Inc", " LLC", " Ltd."] {
        if let Some(short) = name.strip_suffix(form).filter(|s| !s.trim().is_empty()) {
            name = short;
            break;
        }
    }
    name.to_string()
}

/// "https://www.hawaiinewsnow.com/" → "hawaiinewsnow.com".
fn host_name(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host).to_string()
}

/// JSON-LD as some pages write it, inside `<![CDATA[ … ]]>` (with or without `//` comments
/// around the markers): the JSON alone.
fn unwrap_cdata(json: &str) -> &str {
    let t = json.trim();
    let t = t.strip_prefix("//").map(str::trim_start).unwrap_or(t);
    let Some(inner) = t.strip_prefix("<![CDATA[") else {
        return t;
    };
    let inner = inner.trim_end();
    let inner = inner.strip_suffix("]]>").unwrap_or(inner).trim_end();
    inner.strip_suffix("//").unwrap_or(inner).trim()
}

fn clean_author(s: &str) -> Option<String> {
    let t = s.trim();
    let t = chrome::without_credit(t).unwrap_or(t).trim();
    if t.is_empty() || t.starts_with("http") || t.len() > 100 || t.contains('@') {
        return None;
    }
    // "Finian Cunningham. Sputnik International": the name, then the outlet. An initial's full
    // stop ("Sarah E. Needleman") ends no sentence.
    if let Some((name, _outlet)) = t.split_once(". ") {
        let last = name.rsplit(' ').next().unwrap_or(name);
        if last.chars().count() > 2 && chrome::looks_like_name(name) {
            return Some(name.to_string());
        }
    }
    // An account's login ("admin", "kevin-r", "rmb8090") names no one a reader knows.
    if t.chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
    {
        return None;
    }
    Some(t.to_string())
}

/// Elements marked as bylines that are read at most: a page of nested "author" boxes costs no
/// more than this many short reads.
const MAX_BYLINE_TRIES: usize = 16;
/// Co-authors' names sit together: markup more than this many nodes after the first byline
/// that named someone is another story's (a weekly edition's next article, a teaser).
const BYLINE_REACH: u32 = 40;

/// The first line of an element's text: up to its first `<br>`, `<time>` or block child ("by
/// Jeff Foust<br>Monday, November 18, 2019" is a name, then a date), at most 200 characters.
fn first_line(dom: &Dom, id: u32) -> String {
    let mut out = String::new();
    for d in dom.descendants(id).take(400) {
        match &dom.nodes[d as usize].data {
            NodeData::Text(t) => push_collapsed(&mut out, t),
            NodeData::Element(e)
                if (matches!(&*e.tag, "br" | "time") || content::is_block_tag(&e.tag))
                    && out.chars().any(char::is_alphanumeric) =>
            {
                break;
            }
            _ => {}
        }
        if out.len() > 200 {
            break;
        }
    }
    out.trim().to_string()
}

/// Whether an element sits in the readers' comments or a "recent comments" list, whose
/// "author" markup names commenters, not the article's writer.
fn in_comments(dom: &Dom, id: u32) -> bool {
    let mut at = dom.nodes[id as usize].parent;
    while at != NONE {
        if let Some(e) = dom.element(at) {
            // A class word that names the comments, not one that only says something of
            // them ("comments-open", "comment-count" on an article's own box).
            let named = |k: &str| {
                e.attr(k).is_some_and(|v| {
                    v.to_ascii_lowercase().split_whitespace().any(|w| {
                        w.contains("comment")
                            && !["open", "closed", "count", "status", "link"]
                                .iter()
                                .any(|x| w.contains(x))
                    })
                })
            };
            if named("class") || named("id") {
                return true;
            }
        }
        at = dom.nodes[at as usize].parent;
    }
    false
}

/// Read the page's metadata.
pub fn read(dom: &Dom) -> Meta {
    let mut meta = Meta::default();
    let mut tags: HashMap<String, String> = HashMap::new();
    let mut property_keys: std::collections::HashSet<String> = Default::default();
    let mut ld = LdArticle::default();
    let mut first_time: Option<String> = None;
    let mut byline_markup: Vec<String> = Vec::new();
    let mut byline_tries = 0;
    let mut first_byline: Option<u32> = None;
    let mut dc_creators: Vec<String> = Vec::new();
    let mut canonical: Option<String> = None;
    for id in 0..dom.nodes.len() as u32 {
        let NodeData::Element(e) = &dom.nodes[id as usize].data else {
            continue;
        };
        match &*e.tag {
            "html" => {
                meta.lang = e
                    .attr("lang")
                    .or_else(|| e.attr("xml:lang"))
                    .filter(|l| !l.is_empty())
                    .map(str::to_string);
                meta.dir = e
                    .attr("dir")
                    .map(|d| d.to_ascii_lowercase())
                    .filter(|d| d == "rtl" || d == "ltr");
            }
            "meta" => {
                let key = e
                    .attr("property")
                    .or_else(|| e.attr("name"))
                    .or_else(|| e.attr("itemprop"))
                    .or_else(|| e.attr("http-equiv"));
                if let (Some(k), Some(v)) = (key, e.attr("content")) {
                    // "dc.title", "DC:Title" and "dc:title" are one key. The first value wins,
                    // but one given by `property` (RDFa, as Open Graph and Dublin Core define
                    // them) wins over one given by `name`.
                    let by_property = e.attr("property").is_some();
                    for k in k.split_whitespace() {
                        let k = k.to_ascii_lowercase().replace('.', ":");
                        // Dublin Core gives each of several creators a tag of its own.
                        if k == "dc:creator" && dc_creators.len() < 8 {
                            if let Some(a) = clean_author(v) {
                                dc_creators.push(a);
                            }
                        }
                        if by_property && property_keys.insert(k.clone()) {
                            tags.insert(k, v.trim().to_string());
                        } else {
                            tags.entry(k).or_insert_with(|| v.trim().to_string());
                        }
                    }
                }
            }
            "title" if meta.html_title.is_none() => {
                meta.html_title = Some(dom.text(id)).filter(|t| !t.is_empty())
            }
            "h1" if meta.h1.is_none() => meta.h1 = Some(dom.text(id)).filter(|t| !t.is_empty()),
            "script"
                if e.attr("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
            {
                // The raw text was dropped by the parser for scripts; JSON-LD is kept by `dom`.
            }
            "time" if first_time.is_none() => first_time = e.attr("datetime").map(str::to_string),
            _ => {}
        }
        let itemprop = e.attr("itemprop").unwrap_or("");
        let rel = e.attr("rel").unwrap_or("");
        if &*e.tag == "link" && rel.eq_ignore_ascii_case("canonical") && canonical.is_none() {
            canonical = e.attr("href").map(str::to_string);
        }
        let class = e.attr("class").unwrap_or("").to_ascii_lowercase();
        if itemprop == "datePublished" && !tags.contains_key("itemprop:datepublished") {
            if let Some(v) = e.attr("content").or_else(|| e.attr("datetime")) {
                tags.insert("itemprop:datepublished".into(), v.to_string());
            }
        }
        if byline_markup.len() < 4
            && byline_tries < MAX_BYLINE_TRIES
            && (rel == "author"
                || itemprop == "author"
                || class.split_whitespace().any(|c| {
                    c == "byline"
                        || c == "author"
                        || c == "author-name"
                        || c == "byline__name"
                        || c.ends_with("byline")
                        || c.ends_with("__author")
                }))
            && {
                byline_tries += 1;
                !in_comments(dom, id) && first_byline.is_none_or(|first| id <= first + BYLINE_REACH)
            }
        {
            let t = first_line(dom, id);
            // Markup that says "author" is trusted with any short text, as Readability does.
            if let Some(names) = chrome::byline_names(&t, true).or_else(|| {
                clean_author(&t)
                    .filter(|a| {
                        a.chars().count() < 100
                            && a.split_whitespace().count() <= 8
                            && a.chars().any(char::is_alphabetic)
                    })
                    .map(|a| vec![a])
            }) {
                for n in names {
                    if !byline_markup.contains(&n) {
                        byline_markup.push(n);
                    }
                }
                first_byline.get_or_insert(id);
            }
        }
    }
    for json in json_ld_blocks(dom) {
        if let Some(v) = json::parse(unwrap_cdata(&json)) {
            find_ld(&v, &mut ld, 0);
        }
    }
    // Values escaped twice by the page's publishing system ("That&#039;s", "&quot;Like&quot;"),
    // in `<meta>` tags and in JSON-LD (whose text no HTML parser decoded), read as they are meant.
    let unescape = |v: &str| entities::decode_entities(v).into_owned();
    let tag = |k: &str| tags.get(k).filter(|v| !v.is_empty()).map(|v| unescape(v));
    let ld = LdArticle {
        headline: ld.headline.as_deref().map(unescape),
        name: ld.name.as_deref().map(unescape),
        authors: ld.authors.iter().map(|a| unescape(a)).collect(),
        publisher: ld.publisher.as_deref().map(unescape),
        description: ld.description.as_deref().map(unescape),
        ..ld
    };
    // JSON-LD `headline` is the title, except where a page puts a description there
    // (Wikipedia): then the object's `name`, when the page's <title> holds it and not the
    // headline, is the title.
    let in_title = |x: &str, t: &str| t.to_lowercase().contains(&x.to_lowercase());
    let site_names: Vec<String> = [tag("og:site_name"), ld.publisher.clone()]
        .into_iter()
        .flatten()
        .map(|x| x.to_lowercase())
        .collect();
    let ld_title = match (&ld.headline, &ld.name, &meta.html_title) {
        (Some(h), Some(n), Some(t))
            if !in_title(h, t) && in_title(n, t) && !site_names.contains(&n.to_lowercase()) =>
        {
            Some(n.clone())
        }
        _ => ld.headline.clone(),
    };
    meta.title = ld_title
        .or_else(|| tag("dc:title"))
        .or_else(|| tag("dcterm:title"))
        .or_else(|| tag("og:title"))
        .or_else(|| tag("weibo:article:title"))
        .or_else(|| tag("title"))
        .or_else(|| tag("twitter:title"))
        .or_else(|| tag("parsely-title"))
        .or_else(|| meta.html_title.clone())
        .or_else(|| meta.h1.clone());
    meta.byline = ld.authors.iter().filter_map(|a| clean_author(a)).collect();
    // An account handle ("CC7567") gives way to the name the page shows ("James Akinaka").
    let is_handle = |a: &String| {
        !a.contains(char::is_whitespace) && a.contains(|c: char| c.is_ascii_digit() || c == '_')
    };
    if !meta.byline.is_empty()
        && meta.byline.iter().all(is_handle)
        && byline_markup.iter().any(|a| a.contains(' '))
    {
        meta.byline.clear();
    }
    if meta.byline.is_empty() && dc_creators.len() > 1 {
        meta.byline = dc_creators;
    }
    if meta.byline.is_empty() {
        for k in [
            "dc:creator",
            "dcterm:creator",
            "author",
            "parsely-author",
            "article:author",
            "sailthru:author",
            "byl",
        ] {
            if let Some(a) = tag(k).and_then(|a| clean_author(&a)) {
                meta.byline = chrome::byline_names(&a, true).unwrap_or_else(|| vec![a]);
                break;
            }
        }
    }
    if meta.byline.is_empty() {
        meta.byline = byline_markup;
    }
    // The first of these tags the page has.
    let first_tag = |keys: &[&str]| keys.iter().find_map(|k| tag(k));
    // The first of these that holds a real date: a placeholder ("0001-01-01T00:00:00Z") gives
    // way to the next.
    let date_tags = [
        "article:published_time",
        "og:article:published_time",
        "itemprop:datepublished",
        "datepublished",
        "parsely-pub-date",
        "sailthru:date",
        "pubdate",
        "publishdate",
        "publish-date",
        "date",
        "dc:date",
        // Keys are read with "." as ":" ("DCTERMS.created").
        "dcterms:created",
    ];
    meta.published = std::iter::once(ld.published.clone())
        .chain(date_tags.iter().map(|k| tag(k)))
        .chain([ld.created.clone(), first_time])
        .flatten()
        .find_map(|d| normalize_date(&d));
    // ("https://www.hawaiinewsnow.com" as a site's name: its publisher's name if it gives one,
    // else the host.)
    let is_url = |s: &String| s.starts_with("http://") || s.starts_with("https://");
    meta.site = tag("og:site_name")
        .filter(|s| !is_url(s))
        .map(|s| site_name_alone(&s))
        .or(ld.publisher.clone().filter(|s| !is_url(s)))
        .or_else(|| tag("application-name").filter(|s| !is_url(s)))
        .or_else(|| tag("og:site_name").map(|s| host_name(&s)));
    // The article's own description first, then the page's.
    meta.excerpt = ld.description.clone().or_else(|| {
        first_tag(&[
            "dc:description",
            "dcterm:description",
            "og:description",
            "description",
            "twitter:description",
        ])
    });
    if meta.lang.is_none() {
        meta.lang = tag("content-language")
            .or_else(|| tag("og:locale"))
            .map(|l| l.replace('_', "-"));
    }
    meta.og_type = tag("og:type");
    meta.canonical = canonical
        .filter(|c| c.contains("://"))
        .or_else(|| tag("og:url"));
    meta.is_listing = ld.listing && !ld.article;
    meta.has_ld_article = ld.article;
    meta
}

/// The texts of `<script type="application/ld+json">` blocks, which the parser keeps as the
/// script's only child text for this type.
fn json_ld_blocks(dom: &Dom) -> Vec<&str> {
    let mut out = Vec::new();
    for id in 0..dom.nodes.len() as u32 {
        let Some(e) = dom.element(id) else { continue };
        if &*e.tag == "script"
            && e.attr("type")
                .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"))
        {
            let c = dom.nodes[id as usize].first_child;
            if c != super::dom::NONE {
                if let NodeData::Text(t) = &dom.nodes[c as usize].data {
                    out.push(t.as_str());
                }
            }
        }
    }
    out
}

/// The page title without the site's name: "Talks resume | The Daily" → "Talks resume".
pub fn clean_title(title: &str, site: Option<&str>, h1: Option<&str>) -> String {
    let t = title.trim();
    if let Some(h) = h1 {
        let h = h.trim();
        if !h.is_empty() && t.starts_with(h) && h.split_whitespace().count() >= 3 {
            return h.to_string();
        }
        // A headline cut short for search engines ("… third Beijing local to contract"),
        // which the page's heading gives whole.
        if t.split_whitespace().count() >= 6
            && h.strip_prefix(t).is_some_and(|rest| rest.starts_with(' '))
        {
            return h.to_string();
        }
    }
    // "… | My Hero Academia [Archive of Our Own]", "… [VIDEO]": a bracketed tag at the end
    // names the site or the kind of page, not the article.
    let t = match t.strip_suffix(']').and_then(|r| r.rsplit_once(" [")) {
        Some((head, tag))
            if tag.split_whitespace().count() <= 5 && head.split_whitespace().count() >= 3 =>
        {
            head.trim_end()
        }
        _ => t,
    };
    for sep in [
        " | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " / ",
    ] {
        if let Some(k) = t.rfind(sep) {
            let (head, tail) = (&t[..k], &t[k + sep.len()..]);
            let tail_is_site = site.is_some_and(|s| {
                tail.eq_ignore_ascii_case(s) || s.to_lowercase().contains(&tail.to_lowercase())
            });
            if tail_is_site
                || (tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3)
            {
                return head.trim().to_string();
            }
            if let Some(j) = t.find(sep) {
                let (first, rest) = (&t[..j], &t[j + sep.len()..]);
                if site.is_some_and(|s| first.eq_ignore_ascii_case(s)) {
                    return rest.trim().to_string();
                }
            }
        }
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dom::parse;

    #[test]
    fn bylines_from_markup_name_the_writer_only() {
        let byline = |body: &str| read(&parse(&format!("<html><body>{body}</body></html>"))).byline;
        // A name, then a date on the next line or in <time>.
        assert_eq!(
            byline(
                r#"<h3 class="byline">by Jeff Foust<br><span>Monday, November 18, 2019</span></h3>"#
            ),
            vec!["Jeff Foust"]
        );
        assert_eq!(
            byline(
                r##"<div class="entry-byline"><span class="entry-author"><a rel="author">Carlos Nadalim</a></span> <time datetime="2018-08-23">23/08/2018</time> <a href="#c">2 comentários</a> <span>Alfabetização, Atividades, Brinquedos e Brincadeiras</span></div>"##
            ),
            vec!["Carlos Nadalim"]
        );
        // The agency's name in a block after the writers.
        assert_eq!(
            byline(
                r#"<div class="ap-story-byline"><div>By LISA MASCARO and ERIC TUCKER</div><div>Associated Press</div></div>"#
            ),
            vec!["LISA MASCARO", "ERIC TUCKER"]
        );
        // Commenters in a "recent comments" list are no authors.
        assert!(byline(r#"<aside id="recent-comments"><ul><li><a><div class="author">Colin Rust commented on </div>Why you might get a letter</a></li></ul></aside>"#).is_empty());
        // An article whose box only says its comments are open keeps its byline.
        assert_eq!(
            byline(
                r#"<article class="post comments-open"><p class="byline">By Jane Doe</p></article>"#
            ),
            vec!["Jane Doe"]
        );
        // The next article's byline on a weekly edition's page is another writer's.
        let two_stories = format!(
            r#"<div class="FeatureByline">By <b>Nathan Willis</b></div>{}<div class="FeatureByline">By <b>Jonathan Corbet</b></div>"#,
            "<p>Text of the first story.</p>".repeat(30)
        );
        assert_eq!(byline(&two_stories), vec!["Nathan Willis"]);
        // A login is no byline; a name followed by its outlet is the name.
        let meta_author = |v: &str| {
            read(&parse(&format!(
                r#"<html><head><meta name="author" content="{v}"></head></html>"#
            )))
            .byline
        };
        assert!(meta_author("jdadmin").is_empty());
        assert_eq!(
            meta_author("Finian Cunningham. Sputnik International"),
            vec!["Finian Cunningham"]
        );
        assert_eq!(
            meta_author("Sarah E. Needleman"),
            vec!["Sarah E. Needleman"]
        );
        assert_eq!(
            meta_author("Analysis by Chris Cillizza, CNN Editor-at-large"),
            vec!["Chris Cillizza"]
        );
    }

    #[test]
    fn reads_json_ld_and_meta() {
        let html = r#"<html lang="en"><head><title>Talks resume | The Daily</title>
            <meta property="og:site_name" content="The Daily">
            <meta name="description" content="The two sides met again.">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume","author":[{"@type":"Person","name":"Jane Doe"},{"name":"John Roe"}],"datePublished":"2024-04-01T10:00:00Z"}</script>
            </head><body><h1>Talks resume</h1></body></html>"#;
        let m = read(&parse(html));
        assert_eq!(m.title.as_deref(), Some("Talks resume"));
        assert_eq!(m.byline, vec!["Jane Doe", "John Roe"]);
        assert_eq!(m.published.as_deref(), Some("2024-04-01"));
        assert_eq!(m.site.as_deref(), Some("The Daily"));
        assert_eq!(m.lang.as_deref(), Some("en"));
        assert_eq!(m.excerpt.as_deref(), Some("The two sides met again."));
    }

    #[test]
    fn escaped_twice_a_slogan_a_local_date_and_the_article_s_own_description() {
        let html = r#"<html><head>
            <meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje">
            <meta property="og:title" content="That&amp;#039;s &amp;quot;it&amp;quot;">
            <meta property="article:published_time" content="2017-02-23T17:18:13-08:00">
            <meta property="og:description" content="Why CPU monitoring is important?">
            <script type="application/ld+json">{"@type":"Article","dateCreated":"2017-02-24T01:18:13Z","description":"How to run a CPU profiling with Node.js &amp; no interruption."}</script>
            </head><body></body></html>"#;
        let m = read(&parse(html));
        assert_eq!(m.site.as_deref(), Some("Aktuálně.cz"));
        assert_eq!(m.title.as_deref(), Some("That's \"it\""));
        // The date as the page's own time zone writes it, not the UTC `dateCreated`.
        assert_eq!(m.published.as_deref(), Some("2017-02-23"));
        assert_eq!(
            m.excerpt.as_deref(),
            Some("How to run a CPU profiling with Node.js & no interruption.")
        );
        let dcterms = r#"<html><head><meta name="DCTERMS.created" content="2020-05-01"></head><body></body></html>"#;
        assert_eq!(
            read(&parse(dcterms)).published.as_deref(),
            Some("2020-05-01")
        );
        assert_eq!(site_name_alone("Spiceworks Inc"), "Spiceworks");
        assert_eq!(
            host_name("https://www.hawaiinewsnow.com/"),
            "hawaiinewsnow.com"
        );
        assert_eq!(
            clean_title("Chapter 1 - AMournfulHowl - Boku no Hero Academia | My Hero Academia [Archive of Our Own]", None, None),
            "Chapter 1 - AMournfulHowl - Boku no Hero Academia"
        );
        assert_eq!(
            clean_title("Senate passes the budget [VIDEO]", None, None),
            "Senate passes the budget"
        );
        assert_eq!(
            site_name_alone("Pittsburgh Post-Gazette"),
            "Pittsburgh Post-Gazette"
        );
    }

    #[test]
    fn reads_json_ld_inside_cdata() {
        let html = "<html><head><script type=\"application/ld+json\">\n  <![CDATA[\n  {\"@type\":\"Article\",\"author\":[{\"@type\":\"Person\",\"name\":\"Daniel Kahn Gillmor\"}]}\n  ]]>\n</script></head><body></body></html>";
        assert_eq!(read(&parse(html)).byline, vec!["Daniel Kahn Gillmor"]);
        assert_eq!(unwrap_cdata("//<![CDATA[\n{}\n//]]>"), "{}");
    }

    #[test]
    fn every_creator_a_shown_name_over_a_handle_and_feature_bylines() {
        let html = r#"<html><head><meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de"></head><body></body></html>"#;
        assert_eq!(
            read(&parse(html)).byline,
            vec!["Kooman, F.", "Jong, Michiel de"]
        );
        let html = r#"<html><head><script type="application/ld+json">{"@type":"Article","author":"CC7567"}</script></head><body><span class="author-name fn">James Akinaka</span></body></html>"#;
        assert_eq!(read(&parse(html)).byline, vec!["James Akinaka"]);
        let html = r#"<html><body><div class="FeatureByline"> By <b>Nathan Willis</b></div></body></html>"#;
        assert_eq!(read(&parse(html)).byline, vec!["Nathan Willis"]);
    }

    #[test]
    fn a_json_ld_headline_that_is_a_description_gives_way_to_the_name() {
        let html = r#"<html><head><title>Hermitian matrix - Wikipedia</title>
            <script type="application/ld+json">{"@type":"Article","name":"Hermitian matrix","headline":"matrix equal to its conjugate-transpose","publisher":{"name":"Wikimedia Foundation, Inc."}}</script>
            </head><body></body></html>"#;
        assert_eq!(
            read(&parse(html)).title.as_deref(),
            Some("Hermitian matrix")
        );
        // A news page's headline stays, even when its name is the site's.
        let html = r#"<html><head><title>Talks resume | The Daily</title><meta property="og:site_name" content="The Daily">
            <script type="application/ld+json">{"@type":"NewsArticle","name":"The Daily","headline":"Talks resume after a week"}</script>
            </head><body></body></html>"#;
        assert_eq!(
            read(&parse(html)).title.as_deref(),
            Some("Talks resume after a week")
        );
    }

    #[test]
    fn a_placeholder_date_gives_way_to_the_next() {
        let meta = read(&parse(
            r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>
            <meta property="article:published_time" content="2019-11-18T10:00:00Z"></head><body></body></html>"#,
        ));
        assert_eq!(meta.published.as_deref(), Some("2019-11-18"));
        assert_eq!(normalize_date("1970-01-01T00:00:00Z"), None);
        assert_eq!(
            normalize_date("2024/04/01 10:00").as_deref(),
            Some("2024-04-01")
        );
    }

    #[test]
    fn a_headline_cut_short_takes_the_heading_whole() {
        let h1 = "Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract medieval disease";
        assert_eq!(
            clean_title(
                "Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract",
                Some("The Sun"),
                Some(h1)
            ),
            h1
        );
    }

    #[test]
    fn title_loses_the_site_name() {
        assert_eq!(
            clean_title(
                "Talks resume in Geneva | The Daily",
                Some("The Daily"),
                None
            ),
            "Talks resume in Geneva"
        );
        assert_eq!(
            clean_title("Talks resume in Geneva - BBC News", None, None),
            "Talks resume in Geneva"
        );
    }
}
