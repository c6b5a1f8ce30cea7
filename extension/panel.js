// Lede's panel: renders an analysis beside the page, in a Shadow DOM so that the page's styles
// and Lede's never meet. The same file serves the extension (injected into the tab, where it
// sends the page's HTML to the background and renders the answer) and the www demo (where the
// page supplies `analyze` and `render` from the wasm directly). Injecting it again toggles it.
(() => {
  "use strict";
  /** Epoch ms now: the clock the benchmark's stamps share with the test driver. */
  const epochNow = () => performance.timeOrigin + performance.now();
  const scriptStarted = epochNow();
  if (globalThis.__lede) {
    globalThis.__lede.toggle();
    return;
  }

  const LENGTHS = [
    { label: "Short", n: 3 },
    { label: "Medium", n: 5 },
    { label: "Long", n: 8 },
  ];
  const SECTIONS = [
    ["summary", "Summary"],
    ["quotes", "Who said what"],
    ["person", "People"],
    ["organization", "Organizations"],
    ["place", "Places"],
    ["timeline", "Timeline"],
  ];
  /** What the options page can change; the panel follows changes at once. */
  const DEFAULT_SETTINGS = {
    length: 3,
    sections: Object.fromEntries(SECTIONS.map(([key]) => [key, true])),
    side: "right",
    theme: "system",
    /** The panel's width in CSS pixels, or null for the default (26em). */
    width: null,
  };
  const MIN_WIDTH = 280;
  const TIMEOUT_MS = 20000;
  /** The waiting state shows only when the answer takes longer than this: on most pages the
   * answer comes first, and drawing a spinner the page has to lay out and paint only delays it. */
  const LOADING_DELAY_MS = 150;
  /** Characters per message when a huge page goes to the background in parts. */
  const PART_CHARS = 8 << 20;

  /** Create an element with attributes and children. */
  function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else if (k === "text") el.textContent = v;
      else el.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const SEASONS = { SP: "spring", SU: "summer", FA: "fall", WI: "winter" };

  /** A TIMEX3 value for people: 2024-04-01 → "1 Apr 2024", 2024-W15 → "week 15, 2024". */
  function showDate(value) {
    let m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(value))) {
      return `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}${m[4] ? ", " + m[4] : ""}`;
    }
    if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) return `${m[3] ? "weekend of " : ""}week ${+m[2]}, ${m[1]}`;
    if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
    if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
    if ((m = /^(\d{4})-Q(\d)$/.exec(value))) return `Q${m[2]} ${m[1]}`;
    if ((m = /^(\d{3})$/.exec(value))) return `the ${m[1]}0s`;
    if ((m = /^(\d{2})$/.exec(value))) {
      const n = +m[1] + 1;
      const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
      return `${n}${suffix} century`;
    }
    return value;
  }

  /** Top-n sentences of the ranking, in article order. */
  function summaryOf(analysis, n) {
    return analysis.sentences
      .map((s, i) => [s, i])
      .filter(([s]) => s.rank >= 1 && s.rank <= n)
      .map(([, i]) => i);
  }

  /** A sentence as nodes, with each actor mention wrapped in <mark data-actor>. */
  function sentenceNodes(analysis, index, withoutDateline = false) {
    const s = analysis.sentences[index];
    const chars = Array.from(s.text);
    const marks = [];
    analysis.actors.forEach((a, ai) => {
      for (const [ms, me] of a.mentions) {
        if (ms >= s.start && me <= s.end) marks.push([ms - s.start, me - s.start, ai]);
      }
    });
    marks.sort((x, y) => x[0] - y[0]);
    const out = [];
    // A summary leaves out the dateline ("HONOLULU (AP) — ").
    let at = withoutDateline ? s.dateline ?? 0 : 0;
    for (const [ms, me, ai] of marks) {
      if (ms < at) continue;
      if (ms > at) out.push(chars.slice(at, ms).join(""));
      out.push(h("mark", { "data-actor": ai }, chars.slice(ms, me).join("")));
      at = me;
    }
    if (at < chars.length) out.push(chars.slice(at).join(""));
    return out;
  }

  /** The panel: one per page. `host` supplies analyze(), render() and the page to jump in. */
  class Panel {
    constructor(host) {
      this.host = host;
      this.stamps = { opened: host.openedAt ?? epochNow() };
      this.settings = mergeSettings(host.settings);
      this.length = this.settings.length;
      this.analysis = null;
      this.returnFocus = null;
    }

    /** Follow new settings (from the options page) at once, keeping what is on screen. */
    applySettings(settings) {
      const before = this.settings;
      this.settings = mergeSettings(settings);
      // The echo of a width this panel saved itself arrives late (after a quicker second
      // resize): it must not move the panel back.
      if (this.ownWidths?.has(this.settings.width)) this.settings.width = before.width;
      if (this.settings.length !== before.length) this.length = this.settings.length;
      if (!this.aside) return;
      this.aside.dataset.theme = this.settings.theme;
      this.aside.classList.toggle("left", this.settings.side === "left");
      this.setWidth(this.settings.width);
      if (this.analysis && (JSON.stringify(this.settings.sections) !== JSON.stringify(before.sections) || this.settings.length !== before.length)) {
        this.render({ keepFocus: true });
      }
    }

    setWidth(px) {
      if (!this.aside?.classList.contains("floating")) return;
      if (px) this.aside.style.setProperty("--lede-width", `${Math.round(px)}px`);
      else this.aside.style.removeProperty("--lede-width");
      this.resizer?.setAttribute("aria-valuenow", String(Math.round(this.aside.getBoundingClientRect().width || px || 0)));
    }

    /** The handle on the panel's inner edge: drag it, or focus it and press the arrow keys. */
    resizeHandle() {
      const handle = h("div", {
        class: "resize",
        role: "separator",
        tabindex: "0",
        "aria-orientation": "vertical",
        "aria-label": "Resize the panel (arrow keys)",
        title: "Drag to resize",
      });
      const maxWidth = () => Math.max(MIN_WIDTH, window.innerWidth * 0.9);
      const clamp = (w) => Math.min(maxWidth(), Math.max(MIN_WIDTH, w));
      const commit = (w) => {
        this.settings.width = clamp(w);
        (this.ownWidths ??= new Set()).add(this.settings.width);
        this.setWidth(this.settings.width);
        this.host.onWidth?.(this.settings.width);
      };
      handle.addEventListener("pointerdown", (e) => {
        e.preventDefault();
        handle.setPointerCapture(e.pointerId);
        const startX = e.clientX;
        const startWidth = this.aside.getBoundingClientRect().width;
        const sign = this.settings.side === "left" ? 1 : -1;
        const move = (ev) => this.setWidth(clamp(startWidth + sign * (ev.clientX - startX)));
        const up = (ev) => {
          handle.removeEventListener("pointermove", move);
          handle.removeEventListener("pointerup", up);
          commit(startWidth + sign * (ev.clientX - startX));
        };
        handle.addEventListener("pointermove", move);
        handle.addEventListener("pointerup", up);
      });
      handle.addEventListener("keydown", (e) => {
        const grow = this.settings.side === "left" ? "ArrowRight" : "ArrowLeft";
        const shrink = this.settings.side === "left" ? "ArrowLeft" : "ArrowRight";
        if (e.key !== grow && e.key !== shrink) return;
        e.preventDefault();
        const width = this.aside.getBoundingClientRect().width;
        commit(width + (e.key === grow ? 32 : -32));
      });
      this.resizer = handle;
      return handle;
    }

    mount(container) {
      this.returnFocus = document.activeElement;
      const floating = !container;
      this.hostEl = document.createElement(floating ? "lede-panel" : "div");
      if (floating) {
        // Above everything, taking no space: the page's layout and scroll do not move.
        this.hostEl.setAttribute(
          "style",
          "all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; display: block !important; contain: strict !important;",
        );
        document.documentElement.append(this.hostEl);
        // In the top layer, no page CSS can cover it, hide it, filter it or move it (a transform
        // or filter on the page's root would otherwise capture a fixed element).
        if (typeof this.hostEl.showPopover === "function") {
          this.hostEl.setAttribute("popover", "manual");
          try {
            this.hostEl.showPopover();
          } catch {}
        }
      } else {
        container.replaceChildren(this.hostEl);
      }
      this.root = this.hostEl.attachShadow({ mode: "open" });
      this.style = h("style", {}, ".lede { visibility: hidden; }");
      this.root.append(this.style);
      this.aside = h("aside", {
        class: floating ? "lede floating" : "lede docked",
        role: "complementary",
        "aria-label": "Lede: article summary",
        "data-theme": this.settings.theme,
      });
      this.root.append(this.aside);
      this.aside.classList.toggle("left", this.settings.side === "left");
      this.setWidth(this.settings.width);
      this.marks = h("div", { class: "marks", "aria-hidden": "true" });
      this.root.append(this.marks);
      this.aside.addEventListener("keydown", (e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          this.close();
        }
      });
      this.onDocKey = (e) => {
        if (e.key === "Escape" && this.hostEl.isConnected) this.close();
      };
      if (floating) document.addEventListener("keydown", this.onDocKey, true);
    }

    setCss(css) {
      if (css && this.style.textContent !== css) this.style.textContent = css;
    }

    bar(extra) {
      const close = this.host.closable === false ? null : h("button", { class: "close", type: "button", "aria-label": "Close Lede (Esc)", title: "Close (Esc)", onclick: () => this.close() }, "×");
      const options = this.host.openOptions ? h("button", { class: "icon options", type: "button", "aria-label": "Lede options", title: "Options", onclick: () => this.host.openOptions() }, "⚙") : null;
      const handle = this.aside.classList.contains("floating") ? this.resizeHandle() : null;
      return h("header", { class: "bar" }, handle, h("span", { class: "brand" }, "Lede"), h("span", { class: "meta" }, extra ?? ""), options, close);
    }

    showLoading() {
      this.aside.classList.remove("pending");
      this.aside.setAttribute("aria-busy", "true");
      this.aside.replaceChildren(this.bar(), h("div", { class: "state", role: "status" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Reading the article…"));
    }

    showMessage(title, detail) {
      this.aside.classList.remove("pending");
      this.aside.removeAttribute("aria-busy");
      const heading = h("h1", { class: "title", tabindex: "-1" }, title);
      this.aside.replaceChildren(this.bar(), h("div", { class: "state message", role: "alert" }, heading, detail ? h("p", {}, detail) : null));
      if (this.host.focusOnOpen !== false) heading.focus({ preventScroll: true });
    }

    /**
     * Analyze `input` and show the answer. `answer`, when given, is the analysis already on its
     * way (the extension sends the page before it builds the panel).
     */
    async load(input, url, answer) {
      this.stamps.sent ??= epochNow();
      // Nothing is seen until the answer comes, or the waiting state after LOADING_DELAY_MS.
      this.aside.classList.add("pending");
      this.aside.setAttribute("aria-busy", "true");
      const loading = setTimeout(() => this.showLoading(), LOADING_DELAY_MS);
      let timer;
      const timeout = new Promise((_, reject) => {
        // A second more per megabyte: a huge page takes its time, but never forever.
        timer = setTimeout(() => reject(new Error("Lede took too long on this page.")), TIMEOUT_MS + input.length / 1000);
      });
      try {
        answer = await Promise.race([answer ?? this.host.analyze(input, url), timeout]);
        this.stamps.answered = epochNow();
        this.stamps.analysisMs = answer.ms;
        this.stamps.received = answer.receivedAt;
        this.stamps.replied = answer.repliedAt;
        this.setCss(answer.css);
        if (answer.error) {
          const noArticle = /^no article here: (.*)$/.exec(answer.error);
          if (noArticle) this.showMessage("No article here", `Lede found no article to summarize: ${noArticle[1]}.${this.host.noArticleHint ? ` ${this.host.noArticleHint}` : ""}`);
          else if (/input is empty/.test(answer.error)) this.showMessage("Nothing to read", "There is no text here to summarize.");
          else this.showMessage("Lede could not read this page", answer.error);
          return;
        }
        this.analysis = answer.analysis;
        this.render();
        // Lay the panel out now, while the main thread would otherwise wait for the next frame:
        // that frame then only paints. On a tab's first press the layout is the longest step
        // (the panel's fonts are looked up then); A/B, 0.7 to 1.8 ms less at the median.
        void this.aside.offsetHeight;
        this.stamps.rendered = epochNow();
      } catch (e) {
        this.showMessage("Lede could not read this page", String(e?.message ?? e));
      } finally {
        clearTimeout(timer);
        clearTimeout(loading);
        this.markShown();
      }
    }

    /** Note on the host element when the answer was first on screen (epoch ms; the next frame). */
    markShown() {
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (this.hostEl) {
            // When the answer was on screen, and (for the browser benchmark's breakdown) when
            // the script started, the page was sent, the answer came and the panel was built.
            this.hostEl.dataset.shownAt = String(epochNow());
            this.hostEl.dataset.stamps = JSON.stringify(this.stamps);
          }
          this.focusAfterShown?.focus({ preventScroll: true });
          this.focusAfterShown = null;
        }, 0),
      );
    }

    section(key, title, count, ...body) {
      const id = `lede-sec-${key}`;
      const toggle = h(
        "button",
        {
          type: "button",
          class: "fold",
          "aria-expanded": "true",
          "aria-controls": id,
          onclick: (e) => {
            const open = e.currentTarget.getAttribute("aria-expanded") === "true";
            e.currentTarget.setAttribute("aria-expanded", String(!open));
            this.aside.querySelector(`#${id}`).hidden = open;
          },
        },
        title,
        count !== undefined ? h("span", { class: "count" }, String(count)) : null,
      );
      return h("section", { class: "sec", "data-section": key, "aria-labelledby": `${id}-h` }, h("h2", { id: `${id}-h` }, toggle), h("div", { id, class: "sec-body" }, ...body));
    }

    jumpButton(sentence, cls, ...content) {
      return h(
        "button",
        {
          type: "button",
          class: `jump ${cls}`,
          "data-sentence": sentence,
          title: "Show in the page",
          onclick: () => this.jump(sentence),
        },
        ...content,
      );
    }

    render({ keepFocus = false } = {}) {
      const a = this.analysis;
      this.aside.classList.remove("pending");
      this.aside.removeAttribute("aria-busy");
      const metaBits = [a.site, `${a.reading_minutes} min read`].filter(Boolean).join(" · ");
      const title = h("h1", { class: "title", tabindex: "-1", dir: a.dir }, a.title ?? "Untitled article");
      const byline = [a.byline.length ? `By ${a.byline.join(", ").replace(/, ([^,]*)$/, " and $1")}` : null, a.published ? showDate(a.published) : null].filter(Boolean).join(" · ");
      // The one-line gist. When it is also one of the summary's sentences, that bullet carries
      // the label instead (renderSummary), so that no sentence shows twice.
      const inShort = a.in_short !== null && a.in_short !== undefined ? h("p", { class: "inshort" }, h("strong", {}, "In short "), Array.from(a.sentences[a.in_short].text).slice(a.sentences[a.in_short].dateline ?? 0).join("")) : null;
      this.inShortBox = inShort;

      this.summaryList = h("ol", { class: "summary", "aria-label": "Summary sentences" });
      this.lengthButtons = LENGTHS.map(({ label, n }) =>
        h("button", { type: "button", class: "len-btn", "data-n": n, "aria-pressed": String(n === this.length), onclick: () => this.setLength(n) }, label),
      );
      this.countInput = h("input", {
        type: "number",
        min: "1",
        max: String(Math.max(1, a.sentences.length)),
        value: String(this.length),
        class: "len-count",
        "aria-label": "Summary length in sentences",
        onchange: (e) => this.setLength(Math.max(1, Math.min(a.sentences.length, parseInt(e.target.value, 10) || 1))),
      });
      const lengthControl = h("div", { class: "len", role: "group", "aria-label": "Summary length" }, ...this.lengthButtons, this.countInput);

      // What lies below the first screen (the quotes, the lists of
      // names, the timeline) is built one frame later: the first frame lays out and paints only
      // what opens the panel, and a page with a hundred names does not hold it back.
      const later = [];
      const sections = [];
      const show = this.settings.sections;
      const visible = (key) => show[key] !== false;
      if (visible("summary")) sections.push(this.section("summary", "Summary", undefined, lengthControl, this.summaryList));

      // Who said what, grouped by speaker.
      // A named speaker's key is the name; one the article describes without naming
      // ("officers", "a club spokesman") is keyed by the description after a tab; no one, "".
      const groups = new Map();
      a.quotes.forEach((q, i) => {
        if (q.repeat) return; // the same words again: shown once
        const key = q.speaker ?? (q.source ? `\t${q.source.toLowerCase()}` : "");
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(i);
      });
      const rank = (key) => (key === "" ? 2 : key.startsWith("\t") ? 1 : 0);
      const speakers = [...groups.keys()].sort((x, y) => rank(x) - rank(y));
      if (visible("quotes") && a.quotes.length) {
        const speakerBlock = (name) => {
          const actor = a.actors.find((x) => x.name === name);
          const list = groups.get(name);
          const described = name.startsWith("\t") ? a.quotes[list[0]].source : null;
          const label = described ? described[0].toUpperCase() + described.slice(1) : name || "Unattributed";
          const note = described ? "not named" : actor?.role;
          return h(
            "div",
            { class: "speaker" },
            h("h3", {}, label, note ? h("span", { class: "role" }, note) : null, h("span", { class: "count", title: "quotes" }, `${list.length} ${list.length === 1 ? "quote" : "quotes"}`)),
            h("ul", {}, ...list.map((qi) => h("li", {}, this.jumpButton(a.quotes[qi].sentence, "quote", `“${a.quotes[qi].text}”`)))),
          );
        };
        const quotes = this.section("quotes", "Who said what", a.quotes.filter((q) => !q.repeat).length);
        sections.push(quotes);
        later.push(() => quotes.querySelector(".sec-body").append(...speakers.map(speakerBlock)));
      }

      for (const [kind, label] of [["person", "People"], ["organization", "Organizations"], ["place", "Places"]]) {
        const actors = a.actors.map((x, i) => [x, i]).filter(([x]) => x.kind === kind);
        if (!visible(kind) || !actors.length) continue;
        later.push(() => {
          const items = actors.map(([x, i]) =>
            h(
              "li",
              {
                class: "actor",
                tabindex: "0",
                "data-actor": i,
                onmouseenter: () => this.markActor(i, true),
                onmouseleave: () => this.markActor(i, false),
                onfocus: () => this.markActor(i, true),
                onblur: () => this.markActor(i, false),
                title: x.aliases.length ? `Also: ${x.aliases.join(", ")}` : undefined,
              },
              h("span", { class: "name" }, x.name),
              x.role ? h("span", { class: "role" }, x.role) : null,
              x.mentions.length
                ? h("span", { class: "count", title: "mentions" }, `${x.mentions.length}×`)
                : h("span", { class: "count", title: "named only in a photo caption" }, "caption"),
            ),
          );
          scroll.append(this.section(kind, label, actors.length, h("ul", { class: "actors" }, ...items)));
        });
      }

      if (visible("timeline") && a.timeline.length) {
        later.push(() => {
          const items = a.timeline.map((e) => h("li", {}, this.jumpButton(e.sentence, "event", h("time", { datetime: e.value }, e.until ? `${showDate(e.value)} – ${showDate(e.until)}` : showDate(e.value)), h("span", { class: "event-text" }, e.excerpt))));
          scroll.append(this.section("timeline", "Timeline", a.timeline.length, h("ol", { class: "timeline" }, ...items)));
        });
      }

      this.status = h("span", { class: "status", role: "status", "aria-live": "polite" });
      const actions = h(
        "footer",
        { class: "actions" },
        h("button", { type: "button", class: "copy copy-md", onclick: () => this.copy("markdown") }, "Copy Markdown"),
        h("button", { type: "button", class: "copy copy-text", onclick: () => this.copy("plain") }, "Copy text"),
        this.status,
      );
      const note = this.host.fromSelection
        ? `From your selection: ${a.words.toLocaleString()} words.`
        : a.truncated
          ? `A very long page: Lede read its first ${a.words.toLocaleString()} words.`
          : null;
      const truncated = note ? h("p", { class: "note", role: "note" }, note) : null;
      const scroll = h("div", { class: "scroll" }, title, byline ? h("p", { class: "byline" }, byline) : null, truncated, inShort, ...sections);
      this.aside.replaceChildren(this.bar(metaBits), scroll, actions);
      // After the frame that shows the first screen, and after the task that notes it shown
      // (`markShown`, queued in the same frame): the rest waits one more task.
      const rendering = (this.rendering = {});
      if (later.length) scroll.dataset.rest = "coming";
      requestAnimationFrame(() =>
        setTimeout(() =>
          setTimeout(() => {
            if (this.rendering !== rendering) return;
            for (const build of later) build();
            delete scroll.dataset.rest;
          }, 0),
        ),
      );
      this.renderSummary();
      this.focusAfterShown = this.host.focusOnOpen !== false && !keepFocus ? title : null;
    }

    renderSummary() {
      const a = this.analysis;
      const n = Math.min(this.length, a.sentences.length);
      const shown = summaryOf(a, n);
      const gistShown = shown.includes(a.in_short);
      if (this.inShortBox) this.inShortBox.hidden = gistShown;
      this.summaryList.replaceChildren(
        ...shown.map((i) =>
          i === a.in_short && gistShown
            ? h("li", { class: "gist" }, this.jumpButton(i, "sentence", h("strong", { class: "gist-label" }, "In short"), " ", ...sentenceNodes(a, i, true)))
            : h("li", {}, this.jumpButton(i, "sentence", ...sentenceNodes(a, i, true))),
        ),
      );
      for (const b of this.lengthButtons) b.setAttribute("aria-pressed", String(+b.dataset.n === this.length));
      this.countInput.value = String(n);
    }

    setLength(n) {
      this.length = n;
      this.renderSummary();
      this.host.onLength?.(n);
    }

    markActor(index, on) {
      for (const m of this.aside.querySelectorAll(`mark[data-actor="${index}"]`)) m.classList.toggle("hot", on);
    }

    async copy(format) {
      const status = this.status;
      try {
        const text = await this.host.render(this.analysis, format, this.length);
        await writeClipboard(text);
        status.textContent = "Copied";
      } catch (e) {
        status.textContent = `Could not copy: ${e?.message ?? e}`;
      }
      clearTimeout(this.statusTimer);
      this.statusTimer = setTimeout(() => (status.textContent = ""), 2500);
    }

    /** Scroll the page to a sentence and mark it for a moment. */
    jump(index) {
      const s = this.analysis.sentences[index];
      if (this.host.jump) {
        this.host.jump(s);
        return;
      }
      const range = findText(this.host.pageRoot?.() ?? document.body, s.text);
      if (!range) {
        this.status.textContent = "That sentence is not on the page.";
        return;
      }
      const target = range.startContainer.parentElement;
      target?.scrollIntoView({ block: "center", behavior: "smooth" });
      clearTimeout(this.markTimer);
      const draw = () => {
        // In a frame, the rectangles are the frame's; move them by where the frame sits.
        const frame = range.startContainer.ownerDocument?.defaultView?.frameElement;
        const at = frame && frame.ownerDocument === document ? frame.getBoundingClientRect() : { left: 0, top: 0 };
        this.marks.replaceChildren(
          ...Array.from(range.getClientRects()).map((r) =>
            h("div", { class: "page-mark", style: `left:${at.left + r.left - 2}px;top:${at.top + r.top - 1}px;width:${r.width + 4}px;height:${r.height + 2}px` }),
          ),
        );
      };
      setTimeout(draw, 450);
      this.markTimer = setTimeout(() => this.marks.replaceChildren(), 2600);
    }

    close() {
      document.removeEventListener("keydown", this.onDocKey, true);
      this.hostEl?.remove();
      const back = this.returnFocus;
      if (back && back.isConnected && typeof back.focus === "function") back.focus({ preventScroll: true });
      else document.body?.focus?.({ preventScroll: true });
      this.host.onClose?.();
    }
  }

  /** Settings with every key present: defaults under what was saved. */
  function mergeSettings(saved) {
    const s = { ...DEFAULT_SETTINGS, ...(saved ?? {}) };
    s.sections = { ...DEFAULT_SETTINGS.sections, ...(saved?.sections ?? {}) };
    s.length = Math.max(1, Math.min(200, parseInt(s.length, 10) || DEFAULT_SETTINGS.length));
    if (!["left", "right"].includes(s.side)) s.side = "right";
    if (!["system", "light", "dark"].includes(s.theme)) s.theme = "system";
    s.width = Number.isFinite(+s.width) && +s.width >= MIN_WIDTH ? +s.width : null;
    return s;
  }

  /** Write text to the clipboard, with the old execCommand path where the API is refused. */
  async function writeClipboard(text) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch (e) {
      const area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("style", "position:fixed;left:-9999px;top:0;opacity:0");
      document.body.append(area);
      area.select();
      const ok = document.execCommand("copy");
      area.remove();
      if (!ok) throw e;
    }
  }

  /** Normalise text for matching: collapse whitespace, unify quotes and dashes. */
  function norm(s) {
    return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, " ");
  }

  /** A Range over the first occurrence of `needle` in the visible text under `root`. */
  function findText(root, needle) {
    if (!root) return null;
    const doc = root.ownerDocument ?? document;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement && !n.parentElement.closest("script,style,noscript,lede-panel") ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    const nodes = [];
    let text = "";
    const map = []; // for each char of `text`: [node index, offset]
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const v = n.nodeValue;
      const ni = nodes.push(n) - 1;
      for (let i = 0; i < v.length; i++) {
        const c = /\s/.test(v[i]) ? " " : v[i];
        if (c === " " && text.endsWith(" ")) continue;
        text += c;
        map.push([ni, i]);
      }
    }
    const hay = norm(text);
    const probe = norm(needle).trim();
    let at = hay.indexOf(probe);
    let len = probe.length;
    if (at < 0) {
      const head = probe.slice(0, 60);
      at = hay.indexOf(head);
      len = head.length;
    }
    if (at < 0) return null;
    const [sn, so] = map[at];
    const [en, eo] = map[Math.min(at + len, map.length) - 1];
    const range = doc.createRange();
    range.setStart(nodes[sn], so);
    range.setEnd(nodes[en], eo + 1);
    return range;
  }

  /**
   * The document that holds the article: the page itself, or, when the page is little more
   * than a frame around it, the frame's document (same-origin frames only: the browser keeps
   * other sites' frames out of reach). `unreadFrames` counts the frames that could not be read.
   * A page without frames is the answer at once: its text is not even looked at.
   */
  function articleDocument() {
    const frames = document.querySelectorAll("iframe, frame");
    if (!frames.length || hasText(document, ENOUGH_TEXT)) return { doc: document, unreadFrames: 0 };
    let best = document;
    let bestText = textLength(document);
    let unreadFrames = 0;
    for (const frame of frames) {
      let inner = null;
      try {
        inner = frame.contentDocument;
      } catch {}
      if (!inner) {
        unreadFrames++;
        continue;
      }
      const text = textLength(inner);
      if (text > bestText) [best, bestText] = [inner, text];
    }
    return { doc: best, unreadFrames };
  }

  /** Fewer letters than this on the page itself (a few sentences), and its frames are looked at. */
  const ENOUGH_TEXT = 500;
  /** Elements whose text no reader sees. */
  const UNSEEN = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);

  /**
   * The letters (not white space) of a document's visible text, counted up to `limit`: on a
   * page with frames but an article of its own, the walk stops after its first sentences
   * instead of reading the whole page (and its scripts) as one string.
   */
  function textLength(doc, limit = Infinity) {
    const body = doc?.body;
    if (!body) return 0;
    const walker = doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.nodeType === 1 && UNSEEN.has(n.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let letters = 0;
    for (let n = walker.nextNode(); n && letters < limit; n = walker.nextNode()) {
      if (n.nodeType === 3) letters += n.nodeValue.replace(/\s+/g, "").length;
    }
    return letters;
  }
  const hasText = (doc, letters) => textLength(doc, letters) >= letters;

  /**
   * What Lede never reads, in serialized HTML: scripts (save JSON-LD, which carries the
   * article's metadata), style sheets and comments. Matched left to right as the HTML
   * tokenizer reads them: a script's or style's text runs to its first end tag, so a comment
   * mark inside a script, or a tag inside a comment, is taken as part of what is dropped.
   */
  const UNREAD = /<script\b([^>]*)>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi;

  /**
   * The page as sent for analysis: its HTML without what Lede never reads. On a typical news
   * page that is half the bytes or more (60% over the benchmark's 102 pages), and every byte
   * costs three times on the way: serialized into the message, copied across processes,
   * parsed again in the background. The analysis comes out the same (tests/e2e/wasm.test.mjs).
   */
  function slimPage(html) {
    return html.replace(UNREAD, (match, scriptAttrs) => (scriptAttrs !== undefined && /ld\+json/i.test(scriptAttrs) ? match : ""));
  }

  const api = { Panel, showDate, summaryOf, findText, articleDocument, slimPage, mergeSettings, DEFAULT_SETTINGS, LENGTHS, SECTIONS, panel: null };
  globalThis.__lede = api;

  // In the extension: open on the current page at once, and toggle on the next injection.
  const ext = globalThis.browser ?? globalThis.chrome;
  const inExtension = !!(ext && ext.runtime && ext.runtime.id) && !globalThis.__ledeEmbedded;
  /**
   * Where the options live: synced with the browser account when it can, else this machine.
   * Looked up only once the page is on its way: the first touch of the storage API sets it up
   * in this script's world, and the panel's settings are needed only when it is drawn.
   */
  const store = () => (ext?.storage ? ext.storage.sync ?? ext.storage.local : null);
  const loadSettings = () =>
    store()
      ? store()
          .get("settings")
          .then((r) => r?.settings ?? {}, () => ({}))
      : Promise.resolve({});
  const saveSettings = (changes) =>
    store() ? loadSettings().then((saved) => store().set({ settings: { ...saved, ...changes } })).catch(() => {}) : Promise.resolve();
  /** Follow changes from the options page at once, in every panel this page opens. */
  function followSettings() {
    if (api.followingSettings || !store() || !ext.storage.onChanged) return;
    api.followingSettings = true;
    ext.storage.onChanged.addListener((changes) => {
      if (changes.settings && api.panel) api.panel.applySettings(changes.settings.newValue);
    });
  }

  /**
   * Open the panel on this page, or close it when it is open. `want` is "selection" when the
   * context menu asked for the selected text: then the panel (re)opens on the selection, however
   * short. From the shortcut or the button, a selection of a dozen words or more is read instead
   * of the page.
   */
  api.toggle = (want = globalThis.__ledeWant, openedAt = epochNow()) => {
    globalThis.__ledeWant = undefined;
    // The script is injected at once, even into a page still arriving: read it when it is whole.
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", () => api.toggle(want, openedAt), { once: true });
      return;
    }
    const open = api.panel && api.panel.hostEl?.isConnected;
    if (open) api.panel.close();
    if (open && want !== "selection") return;
    const selection = String(globalThis.getSelection?.() ?? "").trim();
    const useSelection = want === "selection" ? selection.length > 0 : selection.split(/\s+/).length >= 12;
    // The style first: it comes back while the page is on its way.
    const css = ext.runtime.sendMessage({ type: "lede:css" });
    const { doc, unreadFrames } = articleDocument();
    const url = doc.location?.href ?? location.href;
    const isPdf = document.contentType === "application/pdf";
    /** Send the page to the background. A message may carry at most 64 MiB: a huge page goes over in parts. */
    const analyze = async (input, url) => {
      const parts = Math.ceil(input.length / PART_CHARS);
      if (parts <= 1) return ext.runtime.sendMessage({ type: "lede:analyze", input, url, raw: useSelection, title: document.title });
      for (let i = 0; i < parts; i++) {
        await ext.runtime.sendMessage({ type: "lede:part", index: i, text: input.slice(i * PART_CHARS, (i + 1) * PART_CHARS) });
      }
      return ext.runtime.sendMessage({ type: "lede:analyze", parts, url, raw: useSelection, title: document.title });
    };
    // The page goes first, and the panel is built while the background reads it.
    const input = isPdf ? "" : useSelection ? selection : slimPage(doc.documentElement.outerHTML);
    const sentAt = epochNow();
    const answer = isPdf ? null : analyze(input, url);
    const panel = new Panel({
      openedAt,
      pageRoot: () => doc.body,
      fromSelection: useSelection,
      noArticleHint: unreadFrames ? "The page shows its content in a frame from another site: open the frame’s own page and try again." : undefined,
      analyze,
      render: async (_analysis, format, sentences) => {
        const answer = await ext.runtime.sendMessage({ type: "lede:render", format, sentences });
        if (answer.error) throw new Error(answer.error);
        return answer.text;
      },
      openOptions: () => ext.runtime.sendMessage({ type: "lede:options" }),
      onWidth: (width) => saveSettings({ width }),
      onClose: () => {
        if (api.panel === panel) api.panel = null;
      },
    });
    api.panel = panel;
    panel.mount(null);
    loadSettings().then((saved) => panel.applySettings(saved));
    followSettings();
    // Until the style comes (the background answers it at once) the panel stays invisible.
    css.then((r) => panel.setCss(r?.css), () => {});
    if (isPdf) {
      // The browser's PDF viewer: the page holds no text Lede can reach.
      panel.showMessage("Lede cannot read PDF files", "This is a PDF in the browser’s viewer. Lede reads web pages; open the article’s web page instead.");
      panel.markShown();
      return;
    }
    panel.stamps.sent = sentAt;
    panel.load(input, url, answer);
  };
  if (inExtension) api.toggle(undefined, scriptStarted);
})();
