// The same extension in Debian's firefox-esr, through puppeteer-core over WebDriver BiDi: the
// wasm runs in Firefox's background script (which needs 'wasm-unsafe-eval') and the panel
// renders the seed article on a page served from 127.0.0.1.
//
// Firefox has no DevTools command that presses an extension's toolbar button, so this test's
// copy of the manifest also injects panel.js on 127.0.0.1 pages at load, which opens the panel
// exactly as the button's injection does; the button itself is covered in Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import puppeteer from "puppeteer-core";
import { serveFixtures, testExtensionCopy } from "./harness.mjs";

const LEAD = "U.S. and Israeli officials met virtually on April 1 to discuss Israel’s likely invasion of the Gazan city of Rafah, said White House press secretary Karine Jean-Pierre.";
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
  manifest.content_scripts = [{ matches: ["http://127.0.0.1/*"], js: ["panel.js"], run_at: "document_idle" }];
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  profile = fs.mkdtempSync(path.join(os.tmpdir(), "lede-ff-"));
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefoxPath(),
    headless: true,
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

test("Firefox: the wasm runs in the background and the panel shows the seed article", async () => {
  const page = await browser.newPage();
  const outside = [];
  page.on("request", (r) => {
    if (!/^(http:\/\/127\.0\.0\.1[:/]|moz-extension:|data:|about:)/.test(r.url())) outside.push(r.url());
  });
  await page.goto(`${pages.origin}/seed.html`);
  const title = await page.waitForFunction(
    () => document.querySelector("lede-panel")?.shadowRoot?.querySelector(".summary li")?.textContent ?? false,
    { timeout: 30000, polling: 200 },
  );
  assert.equal((await title.jsonValue()).trim(), LEAD);
  const speakers = await page.evaluate(() => Array.from(document.querySelector("lede-panel").shadowRoot.querySelectorAll(".speaker h3")).map((h) => h.textContent));
  for (const name of ["Karine Jean-Pierre", "White House", "Benjamin Netanyahu", "John Kirby"]) {
    assert.ok(speakers.some((s) => s.startsWith(name)), `speaker ${name} in ${speakers}`);
  }
  assert.deepEqual(outside, [], "no request leaves the machine");
  await page.close();
});

test("Firefox: a page with no article says so", async () => {
  const page = await browser.newPage();
  await page.goto(`${pages.origin}/home.html`);
  const message = await page.waitForFunction(() => document.querySelector("lede-panel")?.shadowRoot?.querySelector(".message")?.textContent ?? false, { timeout: 30000, polling: 200 });
  assert.match(await message.jsonValue(), /No article here/);
  await page.close();
});
