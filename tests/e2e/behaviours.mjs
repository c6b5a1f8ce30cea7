// What a person does with the panel, written once and run in Chromium and in Firefox: each
// browser's test file supplies a driver (how to open the panel, press the shortcut, click
// inside the panel, read the clipboard, open the options page) and calls `panelBehaviours`.
// The panel lives in an open shadow root, so the checks read it with `page.evaluate`, which
// both playwright-core and puppeteer-core offer with the same signature.
import { test } from "node:test";
import assert from "node:assert/strict";

export const TITLE = "Biden Admin Officials Meet With Israeli Officials Virtually Ahead of Likely Rafah Invasion";
export const LEAD = "U.S. and Israeli officials met virtually on April 1 to discuss Israel’s likely invasion of the Gazan city of Rafah, said White House press secretary Karine Jean-Pierre.";

/** Run `fn(root, arg)` against the panel's shadow root in the page. */
export function inPanel(page, fn, arg) {
  return page.evaluate(
    ([source, a]) => {
      const root = document.querySelector("lede-panel")?.shadowRoot ?? null;
      return new Function("root", "arg", `return (${source})(root, arg);`)(root, a);
    },
    [fn.toString(), arg ?? null],
  );
}

/** Wait until `fn(root, arg)` is truthy in the panel; returns its value. */
export async function untilPanel(page, fn, arg, what = "the panel", timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await inPanel(page, fn, arg).catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const summaryCount = (root) => root?.querySelectorAll(".summary li").length ?? 0;
const shownTitle = (root) => root?.querySelector(".scroll .title")?.textContent ?? null;
const focusedInPanel = (root) => {
  const el = root?.activeElement;
  return el ? `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}|${el.textContent.trim().slice(0, 40)}` : null;
};

/**
 * driver: { name, origin, open(path) -> page with the panel shown, shortcut(page),
 * selectionMenu(page), click(page, selector inside the panel), hover(page, selector),
 * clipboard(page), newPage(), and either openOptions(page) -> the options page and
 * closeOptions(optionsPage), or setSettings(page, changes) where a browser cannot drive the
 * options page (Firefox's WebDriver BiDi may not open extension pages); spaceKey if the
 * driver names the space bar otherwise }
 */
export function panelBehaviours(d) {
  const t = (title, fn) => test(`${d.name}: ${title}`, fn);

  t("the seed article: title, lead, speakers", async () => {
    const page = await d.open("/seed.html");
    assert.equal(await inPanel(page, shownTitle), TITLE);
    assert.equal((await inPanel(page, (r) => r.querySelector(".summary li").textContent)).trim(), `In short ${LEAD}`);
    // The gist is the lead, already the first bullet: labelled there, not shown twice.
    assert.equal(await inPanel(page, (r) => r.querySelector(".inshort").hidden && r.querySelectorAll(".summary li.gist").length), 1);
    const speakers = await inPanel(page, (r) => [...r.querySelectorAll(".speaker h3")].map((h) => h.textContent));
    for (const name of ["Karine Jean-Pierre", "White House", "Benjamin Netanyahu", "John Kirby"]) {
      assert.ok(speakers.some((s) => s.startsWith(name)), `speaker ${name} in ${speakers}`);
    }
    await page.close();
  });

  t("the length control re-cuts the summary at once, without analysing again", async () => {
    const page = await d.open("/seed.html");
    assert.equal(await inPanel(page, summaryCount), 3);
    // Mark the panel's title: a new analysis would draw a new one.
    await inPanel(page, (r) => (r.querySelector(".scroll .title").dataset.probe = "same"));
    await d.click(page, '.len-btn[data-n="5"]');
    assert.equal(await inPanel(page, summaryCount), 5);
    await d.click(page, '.len-btn[data-n="8"]');
    assert.equal(await inPanel(page, summaryCount), 8);
    await inPanel(page, (r) => {
      const input = r.querySelector(".len-count");
      input.value = "2";
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    assert.equal(await inPanel(page, summaryCount), 2);
    assert.equal(await inPanel(page, (r) => r.querySelector(".scroll .title").dataset.probe), "same");
    // In article order: the lead first.
    assert.equal((await inPanel(page, (r) => r.querySelector(".summary li").textContent)).trim(), `In short ${LEAD}`);
    await page.close();
  });

  t("clicking a summary sentence, a quote or a timeline entry scrolls the page to it and marks it", async () => {
    const page = await d.open("/seed.html");
    for (const selector of [".summary li:last-child button", ".speaker li button", ".timeline li button"]) {
      await page.evaluate(() => window.scrollTo(0, 0));
      const text = await inPanel(page, (r, sel) => r.querySelector(sel)?.textContent ?? null, selector);
      assert.ok(text, `${selector} is in the panel`);
      await d.click(page, selector);
      await untilPanel(page, (r) => !!r.querySelector(".page-mark"), null, `a mark after ${selector}`);
      const mark = await inPanel(page, (r) => {
        const m = r.querySelector(".page-mark").getBoundingClientRect();
        return { top: m.top, bottom: m.bottom };
      });
      const height = await page.evaluate(() => window.innerHeight);
      assert.ok(mark.top >= 0 && mark.bottom <= height, `the mark for ${selector} is in view (${JSON.stringify(mark)})`);
      await untilPanel(page, (r) => !r.querySelector(".page-mark"), null, "the mark to fade", 5000);
    }
    await page.close();
  });

  t("hovering an actor marks their mentions in the panel", async () => {
    const page = await d.open("/seed.html");
    // An actor the summary mentions.
    const actor = await inPanel(page, (r) => r.querySelector(".summary mark[data-actor]")?.dataset.actor ?? null);
    assert.ok(actor !== null, "the summary marks an actor");
    await d.hover(page, `.actors li[data-actor="${actor}"]`);
    const hot = await untilPanel(page, (r) => r.querySelectorAll("mark.hot").length, null, "marked mentions");
    assert.ok(hot >= 1);
    await page.close();
  });

  t("with text selected, the shortcut and the context-menu item read only the selection", async () => {
    const page = await d.open("/seed.html");
    await page.keyboard.press("Escape");
    await untilPanel(page, (r) => !r, null, "the panel to close").catch(() => {});
    // Select the paragraphs about the U.N. resolution (several sentences, over a dozen words).
    const selected = await page.evaluate(() => {
      const ps = [...document.querySelectorAll("p")].filter((p) => /Security Council|abstain/.test(p.textContent));
      const range = document.createRange();
      range.setStartBefore(ps[0]);
      range.setEndAfter(ps[ps.length - 1]);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return getSelection().toString();
    });
    assert.ok(selected.split(/\s+/).length > 12, selected);
    await d.shortcut(page);
    await untilPanel(page, (r) => r?.querySelector(".note")?.textContent.startsWith("From your selection"), null, "a summary of the selection");
    const sentences = await inPanel(page, (r) => [...r.querySelectorAll(".summary li")].map((li) => li.textContent.replace(/^\s*In short\s*/, "").trim()));
    for (const s of sentences) assert.ok(selected.replace(/\s+/g, " ").includes(s.replace(/\s+/g, " ").slice(0, 40)), `${s} is from the selection`);
    // A short selection through the context menu: read as well, however short.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll("p")].find((x) => /disappointing/.test(x.textContent));
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await d.selectionMenu(page);
    await untilPanel(page, (r) => r?.querySelector(".summary li")?.textContent.includes("disappointing"), null, "the context-menu selection");
    await page.close();
  });

  t("Copy Markdown and Copy text put the summary on the clipboard", async () => {
    const page = await d.open("/seed.html");
    await d.click(page, ".copy-md");
    await untilPanel(page, (r) => r.querySelector(".status")?.textContent.includes("Copied"), null, "Copied");
    const md = await d.clipboard(page);
    assert.ok(md.startsWith(`## [${TITLE}](${d.origin}/seed.html)`), md);
    assert.ok(md.includes(`- ${LEAD}`), md);
    assert.ok(md.includes("- **John Kirby:** “It’s disappointing”"), md);
    await d.click(page, ".copy-text");
    // "Copied" may still show from the first copy: wait for the clipboard itself to change.
    let plain = md;
    for (let i = 0; i < 100 && plain === md; i++) {
      await new Promise((r) => setTimeout(r, 50));
      plain = await d.clipboard(page);
    }
    assert.ok(plain.startsWith(TITLE), plain);
    assert.ok(!plain.includes("**") && !plain.includes("]("), plain);
    assert.ok(plain.includes(LEAD), plain);
    await page.close();
  });

  t("options persist and the open panel follows them at once", async () => {
    const page = await d.open("/seed.html");
    const followed = async (p) => {
      await untilPanel(p, (r) => r.querySelector("aside").dataset.theme === "dark", null, "the dark theme");
      await untilPanel(p, (r) => r.querySelector("aside").classList.contains("left"), null, "the left side");
      await untilPanel(p, (r) => r.querySelectorAll(".summary li").length === 5, null, "five sentences");
      await untilPanel(p, (r) => !r.querySelector('[data-section="timeline"]'), null, "no timeline");
      assert.equal(await inPanel(p, (r) => r.querySelector("aside").getBoundingClientRect().left), 0, "the panel sits on the left");
    };
    let options = null;
    if (d.openOptions) {
      // Through the options page, opened from the panel's gear button.
      options = await d.openOptions(page);
      await options.waitForFunction(() => document.documentElement.dataset.ready === "true");
      const setOption = (selector) => options.evaluate((sel) => document.querySelector(sel).click(), selector);
      await setOption('input[name="theme"][value="dark"]');
      await setOption('input[name="side"][value="left"]');
      await setOption('input[name="length"][value="5"]');
      await setOption('input[name="section"][value="timeline"]'); // off
      await followed(page);
      // Saved: a reload of the options page shows them.
      await options.reload();
      await options.waitForFunction(() => document.documentElement.dataset.ready === "true");
      const shown = await options.evaluate(() => ({
        theme: document.querySelector('input[name="theme"]:checked').value,
        side: document.querySelector('input[name="side"]:checked').value,
        length: document.querySelector('input[name="length"]:checked')?.value,
        timeline: document.querySelector('input[name="section"][value="timeline"]').checked,
      }));
      assert.deepEqual(shown, { theme: "dark", side: "left", length: "5", timeline: false });
    } else {
      // Straight into the extension's storage, where the options page writes.
      await d.setSettings(page, { theme: "dark", side: "left", length: 5, sections: { timeline: false } });
      await followed(page);
    }
    // A new panel opens with them.
    const second = await d.open("/seed.html");
    await followed(second);
    await second.close();
    // Back to the defaults for the other tests.
    if (options) {
      const setOption = (selector) => options.evaluate((sel) => document.querySelector(sel).click(), selector);
      await setOption('input[name="theme"][value="system"]');
      await setOption('input[name="side"][value="right"]');
      await setOption('input[name="length"][value="3"]');
      await setOption('input[name="section"][value="timeline"]');
      // Closing the page could drop a write still on its way: wait until storage holds them.
      await options.waitForFunction(async () => {
        const ext = globalThis.browser ?? globalThis.chrome;
        const s = (await (ext.storage.sync ?? ext.storage.local).get("settings")).settings;
        return s?.theme === "system" && s.side === "right" && s.length === 3 && s.sections?.timeline !== false;
      });
      await d.closeOptions(options);
    } else {
      await d.setSettings(page, { theme: "system", side: "right", length: 3, sections: { timeline: true } });
    }
    await untilPanel(page, (r) => r.querySelector("aside").dataset.theme === "system" && r.querySelectorAll(".summary li").length === 3, null, "the defaults again");
    await page.close();
  });

  t("the panel is resized by its edge, and keeps its width", async () => {
    const page = await d.open("/seed.html");
    const width = () => inPanel(page, (r) => Math.round(r.querySelector("aside").getBoundingClientRect().width));
    const before = await width();
    const handle = await inPanel(page, (r) => {
      const b = r.querySelector(".resize").getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(handle.x, handle.y);
    await page.mouse.down();
    await page.mouse.move(handle.x - 60, handle.y, { steps: 4 });
    await page.mouse.move(handle.x - 120, handle.y, { steps: 4 });
    await page.mouse.up();
    const after = await width();
    assert.ok(Math.abs(after - (before + 120)) <= 4, `dragged from ${before} to ${after}`);
    // From the keyboard: the handle takes focus, the arrow keys move it.
    await inPanel(page, (r) => r.querySelector(".resize").focus());
    await page.keyboard.press("ArrowRight");
    await untilPanel(page, (r, w) => Math.abs(r.querySelector("aside").getBoundingClientRect().width - w) <= 4, after - 32, "the width one step narrower");
    const kept = await width();
    const second = await d.open("/seed.html");
    await untilPanel(second, (r, w) => Math.abs(r.querySelector("aside").getBoundingClientRect().width - w) <= 4, kept, "the kept width");
    // Back to the default width (the options page's Reset width).
    if (d.openOptions) {
      const options = await d.openOptions(second);
      await options.waitForFunction(() => document.documentElement.dataset.ready === "true");
      await options.evaluate(() => document.getElementById("reset-width").click());
      await options.waitForFunction(async () => {
        const ext = globalThis.browser ?? globalThis.chrome;
        const s = (await (ext.storage.sync ?? ext.storage.local).get("settings")).settings;
        return s && s.width == null;
      });
      await d.closeOptions(options);
    } else {
      await d.setSettings(second, { width: null });
    }
    await untilPanel(second, (r, w) => Math.abs(r.querySelector("aside").getBoundingClientRect().width - w) <= 4, before, "the default width");
    await second.close();
    await page.close();
  });

  t("everything works from the keyboard, and Esc gives focus back to the page", async () => {
    const page = await d.open("/seed.html");
    await untilPanel(page, (r) => r.activeElement?.classList.contains("title"), null, "focus on the title");
    // Tab to the Medium length button and press Enter.
    let focused = "";
    for (let i = 0; i < 15 && !focused.includes("Medium"); i++) {
      await page.keyboard.press("Tab");
      focused = await inPanel(page, focusedInPanel);
    }
    assert.match(focused, /len-btn\|Medium/);
    await page.keyboard.press("Enter");
    assert.equal(await inPanel(page, summaryCount), 5);
    // On to a section's fold button: Space folds it.
    for (let i = 0; i < 30 && !/^button\.fold/.test(focused); i++) {
      await page.keyboard.press("Tab");
      focused = (await inPanel(page, focusedInPanel)) ?? "";
    }
    assert.match(focused, /^button\.fold/);
    await page.keyboard.press(d.spaceKey ?? "Space");
    assert.equal(await inPanel(page, (r) => r.activeElement.getAttribute("aria-expanded")), "false");
    await page.keyboard.press("Enter");
    assert.equal(await inPanel(page, (r) => r.activeElement.getAttribute("aria-expanded")), "true");
    // Landmarks and labels.
    const labels = await inPanel(page, (r) => ({
      aside: r.querySelector("aside").getAttribute("aria-label"),
      lengths: r.querySelector(".len").getAttribute("aria-label"),
      close: r.querySelector(".close").getAttribute("aria-label"),
    }));
    assert.deepEqual(labels, { aside: "Lede: article summary", lengths: "Summary length", close: "Close Lede (Esc)" });
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector("lede-panel"));
    assert.ok(await page.evaluate(() => document.activeElement === document.body || document.activeElement === document.documentElement));
    await page.close();
  });

  t("text meets WCAG AA contrast in the light and the dark theme", async () => {
    const page = await d.open("/seed.html");
    for (const theme of ["light", "dark"]) {
      await inPanel(page, (r, th) => (r.querySelector("aside").dataset.theme = th), theme);
      const worst = await inPanel(page, (r) => {
        const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([R, G, B]) => {
          const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(R) + 0.7152 * f(G) + 0.0722 * f(B);
        };
        const background = (el) => {
          for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) {
            const c = rgb(getComputedStyle(e).backgroundColor);
            if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
          }
          return [255, 255, 255];
        };
        const results = [];
        for (const el of r.querySelectorAll("aside *")) {
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
          if (!own || el.closest("[hidden]") || getComputedStyle(el).visibility !== "visible") continue;
          const fg = rgb(getComputedStyle(el).color).slice(0, 3);
          const [a, b] = [lum(fg), lum(background(el))];
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          results.push([ratio, `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${el.textContent.trim().slice(0, 20)}"`]);
        }
        results.sort((x, y) => x[0] - y[0]);
        return results.slice(0, 3);
      });
      assert.ok(worst.length > 0);
      if (process.env.SHOW_CONTRAST) console.log(theme, JSON.stringify(worst));
      assert.ok(worst[0][0] >= 4.5, `${theme}: lowest contrast ${worst[0][0].toFixed(2)} on ${worst[0][1]} (then ${JSON.stringify(worst.slice(1))})`);
    }
    await page.close();
  });

  t("a page with hostile CSS cannot reach the panel, and the panel does not move the page", async () => {
    const page = await d.newPage();
    await page.goto(`${d.origin}/hostile.html`);
    const layout = () => page.evaluate(() => ({ scroll: window.scrollY, body: JSON.stringify(document.body.getBoundingClientRect()) }));
    const before = await layout();
    await d.openOn(page);
    const look = await inPanel(page, (r) => {
      const aside = r.querySelector("aside");
      const box = aside.getBoundingClientRect();
      const css = getComputedStyle(aside);
      const title = getComputedStyle(r.querySelector(".scroll .title"));
      return { right: Math.round(box.right), top: Math.round(box.top), height: Math.round(box.height), width: Math.round(box.width), visibility: css.visibility, display: css.display, titleSize: parseFloat(title.fontSize) };
    });
    const view = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: window.innerHeight }));
    assert.equal(look.visibility, "visible");
    assert.equal(look.display, "flex");
    assert.ok(look.width >= 280, JSON.stringify(look));
    assert.ok(Math.abs(look.right - view.width) <= 20 && look.top === 0 && Math.abs(look.height - view.height) <= 2, `${JSON.stringify(look)} in ${JSON.stringify(view)}`);
    assert.ok(look.titleSize >= 16, `title font ${look.titleSize}px`);
    // The panel is on top: what is under its middle is the panel.
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(), { x: look.right - look.width / 2, y: look.height / 2 });
    assert.equal(onTop, "lede-panel");
    assert.deepEqual(await layout(), before, "the page did not move");
    await page.close();
  });

  t("a page with no article says so", async () => {
    const page = await d.newPage();
    await page.goto(`${d.origin}/home.html`);
    await d.openOn(page, { expectMessage: true });
    assert.match(await inPanel(page, (r) => r.querySelector(".message").textContent), /No article here/);
    await page.close();
  });

  t("a page with a strict Content-Security-Policy still gets its panel", async () => {
    const page = await d.newPage();
    await page.goto(`${d.origin}/strict/seed.html`);
    await d.openOn(page);
    assert.equal((await inPanel(page, (r) => r.querySelector(".summary li").textContent)).trim(), `In short ${LEAD}`);
    await page.close();
  });
}
