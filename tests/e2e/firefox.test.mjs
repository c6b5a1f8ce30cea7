// The same extension in Debian's firefox-esr, through puppeteer-core over WebDriver BiDi: the
// wasm runs in Firefox's background script (which needs 'wasm-unsafe-eval') and the panel
// renders the seed article on a page served from 127.0.0.1.
//
// Firefox has no DevTools command that presses an extension's toolbar button, so this test's
// copy of the manifest also injects panel.js on 127.0.0.1 pages at load, which opens the panel
// exactly as the button's injection does, and a small test hook (test-hook.js, only in the
// test copy) that toggles the panel again on a DOM event, as the shortcut's second injection
// does; the button itself is covered in Chromium. The behaviours shared with Chromium are in
// behaviours.mjs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import puppeteer from "puppeteer-core";
import { serveFixtures, testExtensionCopy } from "./harness.mjs";
import { panelBehaviours, untilPanel, LEAD } from "./behaviours.mjs";

let pages;
let browser;
let profile;

function firefoxPath() {
  return execFileSync("sh", ["-c", "command -v firefox-esr || command -v firefox"]).toString().trim();
}

before(async () => {
  pages = await serveFixtures();
  const ext = testExtensionCopy();
  const manifestPath = path.join(ext, "manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  manifest.content_scripts = [{ matches: ["http://127.0.0.1/*"], js: ["panel.js", "test-hook.js"], run_at: "document_idle" }];
  fs.writeFileSync(
    path.join(ext, "test-hook.js"),
    `document.addEventListener("lede-test-toggle", (e) => globalThis.__lede?.toggle(e.detail || undefined));\n` +
      // The options page's write: merged into the saved settings, as options.js does.
      `document.addEventListener("lede-test-settings", async (e) => {
        const store = (globalThis.browser ?? chrome).storage.sync;
        const saved = (await store.get("settings")).settings ?? {};
        const changes = JSON.parse(e.detail);
        const sections = { ...(saved.sections ?? {}), ...(changes.sections ?? {}) };
        await store.set({ settings: { ...saved, ...changes, sections } });
      });\n`,
  );
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  profile = fs.mkdtempSync(path.join(os.tmpdir(), "lede-ff-"));
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefoxPath(),
    headless: true,
    // A fresh machine's first start reads the browser from a cold disk (Chromium took two minutes once).
    timeout: 180000,
    userDataDir: profile,
    extraPrefsFirefox: {
      "network.proxy.type": 0,
      "network.dns.disablePrefetch": true,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "extensions.update.enabled": false,
      "app.update.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.enabled": false,
      // Let the test read the clipboard back without a paste prompt.
      "dom.events.testing.asyncClipboard": true,
      "dom.events.asyncClipboard.readText": true,
    },
  });
  await browser.installExtension(ext);
});

after(async () => {
  await browser?.close();
  await pages?.close();
  try {
    if (profile) fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch {}
});

/** The panel opens by itself on load (the test copy's content script); wait for its answer. */
async function openOn(page, { expectMessage = false } = {}) {
  await untilPanel(page, (r, msg) => (msg ? r?.querySelector(".message") : r?.querySelector(".scroll .title") && !r.querySelector(".scroll[data-rest]")) && r.host.dataset.shownAt, expectMessage, "the panel", 30000);
}

const toggle = (page, detail) => page.evaluate((d) => document.dispatchEvent(new CustomEvent("lede-test-toggle", { detail: d })), detail ?? "");

const driver = {
  name: "Firefox",
  get origin() {
    return pages.origin;
  },
  newPage: () => browser.newPage(),
  openOn,
  async open(pathname) {
    const page = await browser.newPage();
    await page.goto(`${pages.origin}${pathname}`);
    await openOn(page);
    return page;
  },
  shortcut: (page) => toggle(page),
  selectionMenu: (page) => toggle(page, "selection"),
  click: (page, selector) => page.locator(`lede-panel >>> ${selector}`).click(),
  hover: (page, selector) => page.locator(`lede-panel >>> ${selector}`).hover(),
  clipboard: (page) => page.evaluate(() => navigator.clipboard.readText()),
  // WebDriver BiDi refuses to open moz-extension pages, so the options page itself is driven
  // in Chromium only; here the settings go where it writes them, through the test hook.
  async setSettings(page, changes) {
    await page.evaluate((c) => document.dispatchEvent(new CustomEvent("lede-test-settings", { detail: JSON.stringify(c) })), changes);
  },
  spaceKey: " ",
};

test("Firefox: the wasm runs in the background, and no request leaves the machine", async () => {
  const page = await browser.newPage();
  const outside = [];
  page.on("request", (r) => {
    if (!/^(http:\/\/127\.0\.0\.1[:/]|moz-extension:|data:|about:)/.test(r.url())) outside.push(r.url());
  });
  await page.goto(`${pages.origin}/seed.html`);
  await openOn(page);
  const first = await page.evaluate(() => document.querySelector("lede-panel").shadowRoot.querySelector(".summary li").textContent);
  assert.equal(first.trim(), `In short ${LEAD}`);
  assert.deepEqual(outside, [], "no request leaves the machine");
  await page.close();
});

panelBehaviours(driver);
