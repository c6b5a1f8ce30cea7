// The built extension in Debian's Chromium, driven as a person would: open a news page, press
// the toolbar button (the real action, as Alt+Shift+S fires it), read the panel, copy, change
// the options, close it. The behaviours shared with Firefox are in behaviours.mjs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launchChromium, serveFixtures, clickToolbarButton, recordRequests, ROOT } from "./harness.mjs";
import { panelBehaviours, untilPanel, TITLE, LEAD } from "./behaviours.mjs";

let pages;
let run;

before(async () => {
  pages = await serveFixtures();
  run = await launchChromium();
  await run.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: pages.origin });
});
after(async () => {
  await run?.close();
  await pages?.close();
});

/** Press the button on `page` and wait for the panel's answer (or say why it never came). */
async function openOn(page, { expectMessage = false } = {}) {
  await clickToolbarButton(run, page);
  try {
    await untilPanel(page, (r, msg) => (msg ? r?.querySelector(".message") : r?.querySelector(".scroll .title") && !r.querySelector(".scroll[data-rest]")) && r.host.dataset.shownAt, expectMessage, "the panel", 15000);
  } catch (e) {
    // Say why: the background puts its reason in the button's title.
    const title = await run.worker
      .evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.action.getTitle({ tabId: tab?.id });
      })
      .catch((err) => `(no title: ${err})`);
    throw new Error(`no panel after the toolbar click on ${page.url()}; button title: ${title}`);
  }
}

const driver = {
  name: "Chromium",
  get origin() {
    return pages.origin;
  },
  newPage: () => run.context.newPage(),
  openOn,
  async open(pathname) {
    const page = await run.context.newPage();
    await page.goto(`${pages.origin}${pathname}`);
    await openOn(page);
    return page;
  },
  shortcut: (page) => clickToolbarButton(run, page),
  // What the context-menu item does (a test cannot click a native menu).
  selectionMenu: (page) =>
    run.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await globalThis.lede.openPanel(tab, "selection");
    }, page.url()),
  click: (page, selector) => page.locator(`lede-panel ${selector}`).first().click(),
  hover: (page, selector) => page.locator(`lede-panel ${selector}`).first().hover(),
  clipboard: (page) => page.evaluate(() => navigator.clipboard.readText()),
  async openOptions(page) {
    const [options] = await Promise.all([run.context.waitForEvent("page"), driver.click(page, ".options")]);
    await options.waitForLoadState();
    return options;
  },
  closeOptions: (options) => options.close(),
};

test("Chromium: the toolbar button opens the panel on the seed page, with no request leaving the machine; screenshots", async () => {
  const page = await run.context.newPage();
  const requests = recordRequests(run, page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${pages.origin}/seed.html`);
  await openOn(page);
  const panel = page.locator("lede-panel");
  assert.equal(await panel.locator(".scroll .title").textContent(), TITLE);
  assert.equal((await panel.locator(".summary li").first().textContent()).trim(), `In short ${LEAD}`);
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

test("Chromium: a benchmark page, light and dark, for the README", async () => {
  const page = await run.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${pages.origin}/bench-page.html`);
  await openOn(page);
  const shots = path.join(ROOT, "docs/screenshots");
  await page.screenshot({ path: path.join(shots, "benchmark-light.png") });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: path.join(shots, "benchmark-dark.png") });
  await page.close();
});

test("Chromium: pressing the button again closes the panel", async () => {
  const page = await driver.open("/seed.html");
  await clickToolbarButton(run, page);
  await page.locator("lede-panel").waitFor({ state: "detached" });
  await page.close();
});

panelBehaviours(driver);
