// The built extension in Debian's Chromium, driven as a person would: open a news page, press
// the toolbar button, read the panel, copy the summary, close it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launchChromium, serveFixtures, clickToolbarButton, recordRequests, ROOT } from "./harness.mjs";

const LEAD = "U.S. and Israeli officials met virtually on April 1 to discuss Israel’s likely invasion of the Gazan city of Rafah, said White House press secretary Karine Jean-Pierre.";
let pages;
let run;

before(async () => {
  pages = await serveFixtures();
  run = await launchChromium();
});
after(async () => {
  await run?.close();
  await pages?.close();
});

async function openWithLede(url) {
  const page = await run.context.newPage();
  const requests = recordRequests(run, page);
  await page.goto(url);
  await clickToolbarButton(run, page);
  try {
    await page.locator("lede-panel").waitFor({ state: "attached", timeout: 10000 });
  } catch (e) {
    // Say why: the background puts its reason in the button's title.
    const title = await run.worker
      .evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.action.getTitle({ tabId: tab?.id });
      })
      .catch((err) => `(no title: ${err})`);
    throw new Error(`no panel after the toolbar click on ${url}; button title: ${title}`);
  }
  return { page, requests };
}

test("the seed page shows title, lead, speakers and copies Markdown", async () => {
  const { page, requests } = await openWithLede(`${pages.origin}/seed.html`);
  const panel = page.locator("lede-panel");
  await panel.locator(".title").waitFor({ timeout: 15000 });
  assert.equal(await panel.locator(".title").textContent(), "Biden Admin Officials Meet With Israeli Officials Virtually Ahead of Likely Rafah Invasion");
  const first = await panel.locator(".summary li").first().textContent();
  assert.equal(first.trim(), LEAD);
  const speakers = await panel.locator(".speaker h3").allTextContents();
  for (const name of ["Karine Jean-Pierre", "White House", "Benjamin Netanyahu", "John Kirby"]) {
    assert.ok(speakers.some((s) => s.startsWith(name)), `speaker ${name} in ${speakers}`);
  }
  await run.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: pages.origin });
  await panel.locator(".copy-md").click();
  await panel.locator(".status", { hasText: "Copied" }).waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(clip.startsWith(`## [Biden Admin Officials Meet With Israeli Officials Virtually Ahead of Likely Rafah Invasion](${pages.origin}/seed.html)`), clip);
  assert.ok(clip.includes(`- ${LEAD.replace(/\./g, ".")}`), clip);
  assert.ok(clip.includes("- **John Kirby:** “It’s disappointing”"), clip);
  const shots = path.join(ROOT, "docs/screenshots");
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, "seed-light.png") });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: path.join(shots, "seed-dark.png") });
  await page.emulateMedia({ colorScheme: "light" });
  await page.keyboard.press("Escape");
  await panel.waitFor({ state: "detached" });
  assert.deepEqual(requests.outside(), [], "no request leaves the machine");
  await page.close();
});

test("a page with a strict Content-Security-Policy still gets its panel", async () => {
  const { page, requests } = await openWithLede(`${pages.origin}/strict/seed.html`);
  const panel = page.locator("lede-panel");
  await panel.locator(".summary li").first().waitFor({ timeout: 15000 });
  assert.equal((await panel.locator(".summary li").first().textContent()).trim(), LEAD);
  assert.deepEqual(requests.outside(), []);
  await page.close();
});

test("a page with no article says so", async () => {
  const { page } = await openWithLede(`${pages.origin}/home.html`);
  const panel = page.locator("lede-panel");
  await panel.locator(".message").waitFor({ timeout: 15000 });
  assert.match(await panel.locator(".message").textContent(), /No article here.*too little text|No article here/);
  await page.close();
});

test("an empty page gets a clear message, not a blank panel", async () => {
  const { page } = await openWithLede(`${pages.origin}/empty.html`);
  const panel = page.locator("lede-panel");
  await panel.locator(".message").waitFor({ timeout: 15000 });
  assert.match(await panel.locator(".message").textContent(), /No article here|Nothing to read/);
  await page.close();
});

test("pressing the button again closes the panel", async () => {
  const { page } = await openWithLede(`${pages.origin}/seed.html`);
  const panel = page.locator("lede-panel");
  await panel.locator(".title").waitFor({ timeout: 15000 });
  await clickToolbarButton(run, page);
  await panel.waitFor({ state: "detached" });
  await page.close();
});
