// The extension on hard pages, in Chromium: a PDF in the browser's viewer, a browser-internal
// page, pages that are only a frame (same site and another site), a page that keeps changing
// while Lede reads it, and a 20 MB page. Each ends in a panel with an answer or a message, or
// a reason on the toolbar button, never a blank panel or a spinner that never stops.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launchChromium, serveFixtures, clickToolbarButton, recordRequests } from "./harness.mjs";

const TITLE = "Biden Admin Officials Meet With Israeli Officials Virtually Ahead of Likely Rafah Invasion";
let pages;
let other;
let run;

before(async () => {
  pages = await serveFixtures();
  other = await serveFixtures(); // a second origin, for a frame from another site
  const dir = pages.dir;
  fs.writeFileSync(path.join(dir, "frame.html"), `<!doctype html><html><head><title>Frame</title></head><body style="margin:0"><iframe src="/seed.html" style="border:0;width:100%;height:100vh"></iframe></body></html>`);
  fs.writeFileSync(path.join(dir, "foreign-frame.html"), `<!doctype html><html><head><title>Frame</title></head><body style="margin:0"><iframe src="${other.origin}/seed.html" style="border:0;width:100%;height:100vh"></iframe></body></html>`);
  // A page whose own script rewrites it all the time (served with scripts allowed, below).
  const seed = fs.readFileSync(path.join(dir, "seed.html"), "utf8");
  fs.mkdirSync(path.join(dir, "live"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "live/seed.html"),
    seed.replace("</body>", `<div id="ticker"></div><script>let n = 0; setInterval(() => { const t = document.getElementById("ticker"); t.textContent = "Live update " + n++; for (let i = 0; i < 50; i++) t.append(document.createElement("span")); }, 1);</script></body>`),
  );
  // 20 MB: the seed article, then a long run of comment-like paragraphs.
  const filler = Array.from({ length: 400 }, (_, i) => `<p>Reader comment ${i}: I read this report and I think the meeting will matter for the region.</p>`).join("\n");
  let big = seed.replace("</body>", "");
  while (big.length < 20 << 20) big += filler;
  fs.writeFileSync(path.join(dir, "big.html"), big + "</body></html>");
  run = await launchChromium();
});
after(async () => {
  await run?.close();
  await pages?.close();
  await other?.close();
});

/**
 * The toolbar button's badge and title where the background has flagged a problem (a tab with
 * the "!" badge; no other test leaves one): the background explains a refusal there.
 */
async function waitForButtonProblem() {
  for (let i = 0; i < 100; i++) {
    const flagged = await run.worker.evaluate(async () => {
      for (const tab of await chrome.tabs.query({})) {
        const badge = await chrome.action.getBadgeText({ tabId: tab.id });
        if (badge === "!") return { badge, title: await chrome.action.getTitle({ tabId: tab.id }) };
      }
      return null;
    });
    if (flagged) return flagged;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { badge: "", title: "" };
}

test("a browser-internal page: the toolbar button says why Lede cannot read it", async () => {
  const page = await run.context.newPage();
  await page.goto("chrome://version/");
  await clickToolbarButton(run, page);
  const b = await waitForButtonProblem();
  assert.equal(b.badge, "!");
  assert.match(b.title, /Lede cannot read this page \(browser pages/);
  await page.close();
});

test("a PDF in the browser's viewer: the panel says PDFs cannot be read", async () => {
  const page = await run.context.newPage();
  await page.goto(`${pages.origin}/report.pdf`).catch(() => {}); // the viewer may not fire a normal load
  await page.waitForTimeout(500);
  await clickToolbarButton(run, page);
  const panel = page.locator("lede-panel");
  await panel.locator(".message").waitFor({ timeout: 15000 });
  assert.match(await panel.locator(".message").textContent(), /cannot read PDF/);
  await page.close();
});

test("a page that is only a frame around the article reads the frame", async () => {
  const page = await run.context.newPage();
  await page.goto(`${pages.origin}/frame.html`);
  await page.frameLocator("iframe").locator("body").waitFor();
  await clickToolbarButton(run, page);
  const panel = page.locator("lede-panel");
  await panel.locator(".title").waitFor({ timeout: 15000 });
  assert.equal(await panel.locator(".title").textContent(), TITLE);
  // Jumping to a summary sentence finds it inside the frame.
  await panel.locator(".summary li button").first().click();
  await panel.locator(".page-mark").first().waitFor({ timeout: 5000 });
  await page.close();
});

test("a frame from another site: a message that says what to do", async () => {
  const page = await run.context.newPage();
  await page.goto(`${pages.origin}/foreign-frame.html`);
  await clickToolbarButton(run, page);
  const panel = page.locator("lede-panel");
  await panel.locator(".message").waitFor({ timeout: 15000 });
  assert.match(await panel.locator(".message").textContent(), /No article here.*frame from another site/s);
  await page.close();
});

test("a page that keeps changing while Lede reads it still gets its panel", async () => {
  const page = await run.context.newPage();
  const requests = recordRequests(run, page);
  await page.goto(`${pages.origin}/live/seed.html`);
  await page.waitForFunction(() => document.getElementById("ticker")?.textContent.startsWith("Live update"));
  await clickToolbarButton(run, page);
  const panel = page.locator("lede-panel");
  await panel.locator(".title").waitFor({ timeout: 15000 });
  assert.equal(await panel.locator(".title").textContent(), TITLE);
  assert.ok((await panel.locator(".summary li").count()) >= 1);
  assert.deepEqual(requests.outside(), []);
  await page.close();
});

test("a page pressed while it is still arriving is read whole", async () => {
  const page = await run.context.newPage();
  // The first half of the seed is in; the rest comes two seconds later.
  await page.goto(`${pages.origin}/slow/seed.html`, { waitUntil: "commit" });
  await page.waitForFunction(() => document.title.length > 0);
  assert.equal(await page.evaluate(() => document.readyState), "loading");
  await clickToolbarButton(run, page);
  const panel = page.locator("lede-panel");
  await panel.locator(".title").waitFor({ timeout: 15000 });
  assert.equal(await panel.locator(".title").textContent(), TITLE);
  // Named only in the article's last part.
  await panel.locator(".actors .name", { hasText: "Rick Scott" }).waitFor({ timeout: 5000 });
  await page.close();
});

test("a 20 MB page gets an answer, not an endless spinner", async () => {
  const page = await run.context.newPage();
  await page.goto(`${pages.origin}/big.html`, { timeout: 90000 });
  await clickToolbarButton(run, page);
  // Playwright's locators crawl all 200,000 elements of this page on every try: ask the panel
  // directly instead.
  const state = () =>
    page.evaluate(() => {
      const root = document.querySelector("lede-panel")?.shadowRoot;
      const text = (sel) => root?.querySelector(sel)?.textContent ?? null;
      return { title: text(".title"), note: text(".note"), message: text(".message"), spinner: !!root?.querySelector(".spinner") };
    });
  let seen = await state();
  for (let i = 0; i < 300 && !seen.title; i++) {
    await new Promise((r) => setTimeout(r, 100));
    seen = await state();
  }
  assert.equal(seen.spinner, false);
  assert.equal(seen.title, TITLE, seen.message ?? "");
  assert.match(seen.note, /A very long page: Lede read its first [\d,]+ words/);
  await page.close();
});
