// The wasm build in node, on the seed article: the same analysis as the native CLI.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT } from "./harness.mjs";
import init, { analyze, render } from "../../extension/pkg/lede.js";

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
  const a = analyze(fs.readFileSync(path.join(ROOT, "tests/fixtures/seed.txt"), "utf8"), "https://example.com/seed", {});
  const md = render(a, "markdown", 3);
  assert.ok(md.startsWith("## [Biden Admin Officials Meet With Israeli Officials Virtually Ahead of Likely Rafah Invasion](https://example.com/seed)"));
  assert.equal(md.split("\n").filter((l) => l.startsWith("- ") && !l.startsWith("- **")).length, 3);
});

test("wasm says plainly when there is no article", () => {
  assert.throws(() => analyze("<html><body><a href='/'>Home</a></body></html>", "https://example.com/", {}), /no article here: this looks like a home page/);
  assert.throws(() => analyze("   ", undefined, {}), /input is empty/);
});
