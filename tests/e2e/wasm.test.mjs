// The wasm build in node, on the seed article: the same analysis as the native CLI.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT } from "./harness.mjs";
import init, { analyze, analyzeArticle } from "../../extension/pkg/lede.js";

await init({ module_or_path: fs.readFileSync(path.join(ROOT, "extension/pkg/lede_bg.wasm")) });

function native(file, ...args) {
  const bin = path.join(ROOT, "target/release/lede");
  return JSON.parse(execFileSync(bin, [file, "--format", "json", ...args], { maxBuffer: 1 << 28 }).toString());
}

for (const name of ["seed.txt", "seed.html"]) {
  test(`wasm and native agree on ${name}`, () => {
    const file = path.join(ROOT, "tests/fixtures", name);
    const fromWasm = analyze(fs.readFileSync(file, "utf8"), undefined, { date: "2026-11-26" });
    const fromCli = native(file, "--date", "2026-11-26");
    assert.deepEqual(fromWasm, fromCli);
    assert.equal(fromWasm.title, "Biden Admin Officials Meet With Israeli Officials Virtually Ahead of Likely Rafah Invasion");
    assert.equal(fromWasm.quotes.filter((q) => q.speaker === "John Kirby").length, 4);
  });
}

test("wasm renders the Markdown the Copy button copies", () => {
  const seed = fs.readFileSync(path.join(ROOT, "tests/fixtures/seed.txt"), "utf8");
  const article = analyzeArticle(seed, "https://example.com/seed", {});
  // The article held in wasm is the same analysis `analyze` returns.
  assert.deepEqual(article.analysis, analyze(seed, "https://example.com/seed", {}));
  const md = article.render("markdown", 3);
  article.free();
  assert.ok(md.startsWith("## [Biden Admin Officials Meet With Israeli Officials Virtually Ahead of Likely Rafah Invasion](https://example.com/seed)"));
  assert.equal(md.split("\n").filter((l) => l.startsWith("- ") && !l.startsWith("- **")).length, 3);
});

test("a summary copied from the panel leaves the dateline out", () => {
  const text =
    "Moon has water vapor\n\nHONOLULU, Hawaii (AP) - NASA scientists using a telescope atop Mauna Kea have confirmed water vapor on Europa, one of Jupiter's moons.\n\n" +
    "Lucas Paganini, a NASA planetary scientist who led the work, said two of the three requirements for life are found all over the solar system.\n\n" +
    "Finding water vapor on Europa, he said, is the next best thing to finding liquid water there.";
  const article = analyzeArticle(text, undefined, { raw: true, title: "Moon has water vapor" });
  const first = article.analysis.sentences.find((s) => s.text.startsWith("HONOLULU"));
  assert.equal(Array.from(first.text).slice(first.dateline).join("").slice(0, 15), "NASA scientists");
  const md = article.render("markdown", 3);
  article.free();
  assert.ok(md.includes("NASA scientists using a telescope"), md);
  assert.ok(!md.includes("HONOLULU"), md);
});

test("wasm says plainly when there is no article", () => {
  assert.throws(() => analyze("<html><body><a href='/'>Home</a></body></html>", "https://example.com/", {}), /no article here: this looks like a home page/);
  assert.throws(() => analyze("   ", undefined, {}), /input is empty/);
});

test("wasm reads its options and names a bad one", () => {
  const text = "Talks resume\n\nMayor Jane Smith said on Monday that the city would build more homes. " +
    "The council agreed two days later. Officials said the plan would cost $2m. Critics said it was too little.";
  const one = analyze(text, undefined, { raw: true, date: "2024-04-03", sentences: 1 });
  assert.equal(one.summary.length, 1);
  assert.equal(one.dates.find((d) => d.text === "Monday")?.value, "2024-04-01");
  const two = analyze(text, undefined, { raw: true, sentences: 2, title: "  " });
  assert.equal(two.summary.length, 2);
  assert.throws(() => analyze(text, undefined, { sentences: -1 }), /bad options: sentences/);
  assert.throws(() => analyze(text, undefined, { date: 20240403 }), /bad options: date must be a string/);
  assert.throws(() => analyze(text, undefined, "raw"), /bad options: expected an object/);
});

// The panel sends the page without its scripts (save JSON-LD), style sheets and comments:
// that must not change a thing in the analysis, on any real page.
test("the page as the panel sends it gives the same analysis as the whole page", async () => {
  const { DATA } = await import("./harness.mjs");
  const vm = await import("node:vm");
  const sandbox = { performance };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(path.join(ROOT, "extension/panel.js"), "utf8"), sandbox);
  const { slimPage } = sandbox.__lede;
  const files = [];
  const bench = path.join(DATA, "extraction-benchmark/html");
  for (const f of fs.readdirSync(bench)) files.push(path.join(bench, f));
  const readability = path.join(DATA, "readability-pages");
  for (const d of fs.readdirSync(readability)) {
    const f = path.join(readability, d, "source.html");
    if (fs.existsSync(f)) files.push(f);
  }
  assert.ok(files.length > 200, `only ${files.length} pages found under ${DATA}`);
  const outcome = (html) => {
    try {
      return analyze(html, "https://example.com/article", { date: "2026-11-26" });
    } catch (e) {
      return String(e?.message ?? e);
    }
  };
  let sent = 0;
  let whole = 0;
  for (const file of files) {
    const html = fs.readFileSync(file, "utf8");
    const slim = slimPage(html);
    sent += slim.length;
    whole += html.length;
    assert.deepEqual(outcome(slim), outcome(html), path.relative(DATA, file));
  }
  // What the slimming is for: most of a news page's bytes are scripts and styles.
  assert.ok(sent < 0.6 * whole, `sent ${sent} of ${whole} characters`);
});
