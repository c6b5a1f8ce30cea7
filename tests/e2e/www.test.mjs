// The www demo in headless Chromium: the same wasm and panel, on the preloaded seed article, and
// on a saved page chosen through the file input.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { chromiumPath, ROOT } from "./harness.mjs";

const LEAD = "U.S. and Israeli officials met virtually on April 1 to discuss Israel’s likely invasion of the Gazan city of Rafah, said White House press secretary Karine Jean-Pierre.";
let server;
let browser;
let origin;

before(async () => {
  server = await serve(path.join(ROOT, "www"), 0);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

test("www: the preloaded seed article gets the same panel", async () => {
  const page = await browser.newPage();
  const outside = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) outside.push(r.url());
  });
  await page.goto(`${origin}/`);
  const panel = page.locator("#panel");
  await panel.locator(".summary li").first().waitFor({ timeout: 15000 });
  assert.equal((await panel.locator(".summary li").first().textContent()).trim(), `In short ${LEAD}`);
  await panel.locator(".len-btn", { hasText: "Long" }).click();
  assert.equal(await panel.locator(".summary li").count(), 8, "Long re-cuts the summary to 8 sentences");
  assert.deepEqual(outside, []);
  await page.close();
});

test("www: a saved page opened from a file is read as a page", async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.locator("#panel .summary li").first().waitFor({ timeout: 15000 });
  await page.setInputFiles("#file", path.join(ROOT, "tests/fixtures/home.html"));
  await page.locator("#panel .message").waitFor({ timeout: 15000 });
  assert.match(await page.locator("#panel .message").textContent(), /No article here/);
  await page.setInputFiles("#file", path.join(ROOT, "tests/fixtures/seed.html"));
  await page.locator("#panel .title", { hasText: "Biden Admin Officials" }).waitFor({ timeout: 15000 });
  await page.close();
});

test("www: pasted text; a speaker the article describes but does not name is shown as described", async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.locator("#panel .summary li").first().waitFor({ timeout: 15000 });
  await page.fill(
    "#article",
    [
      "Girl rescued from Fort Worth hotel",
      "Police rescued an 8-year-old girl from a hotel room in Forest Hill on Sunday, hours after she was taken from her mother's arms in Fort Worth.",
      '"We got her, we got her!" officers announced on their radios. "He\'s in custody; we have her."',
      'The victim\'s mother testified, describing her daughter as "brave, strong, and smart" before the jury.',
      '"We believe that justice has been served in this case," said U.S. Attorney Nealy Cox.',
    ].join("\n\n"),
  );
  await page.locator("#go").click();
  await page.locator("#panel .title", { hasText: "Girl rescued" }).waitFor({ timeout: 15000 });
  const headings = await page.locator("#panel .speaker h3").allTextContents();
  assert.ok(headings[0].startsWith("Nealy Cox"), headings.join(" | "));
  assert.ok(headings.some((h) => h.startsWith("Officersnot named2 quotes")), headings.join(" | "));
  assert.ok(headings.some((h) => h.startsWith("The victim's mothernot named")), headings.join(" | "));
  assert.ok(!headings.some((h) => h.startsWith("Unattributed")), headings.join(" | "));
  await page.close();
});
