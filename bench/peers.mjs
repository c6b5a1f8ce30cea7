// Time the pipeline a JavaScript developer would put together instead of Lede: Readability.js
// for the article, then compromise for people, places and organisations, over the benchmark
// pages, with linkedom and with jsdom as the DOM. Prints one JSON line per configuration.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { JSDOM, VirtualConsole } from "jsdom";
import nlp from "compromise";
import { pages, stats } from "./timing.mjs";

const all = pages();
const quiet = new VirtualConsole();

function run(name, makeDocument) {
  const readability = [];
  const entities = [];
  for (const [, html] of all) {
    let t0 = performance.now();
    let text = "";
    try {
      const doc = makeDocument(html);
      const article = new Readability(doc).parse();
      text = article?.textContent ?? "";
    } catch {}
    const t1 = performance.now();
    const d = nlp(text);
    d.people().out("array");
    d.places().out("array");
    d.organizations().out("array");
    const t2 = performance.now();
    readability.push(t1 - t0);
    entities.push(t2 - t1);
  }
  const both = readability.map((r, i) => r + entities[i]);
  console.log(JSON.stringify({ name, readability: stats(readability), compromise: stats(entities), pipeline: stats(both) }));
}

const which = process.argv[2] ?? "all";
if (which === "all" || which === "linkedom") run("Readability.js + linkedom + compromise", (html) => parseHTML(html).document);
if (which === "all" || which === "jsdom") run("Readability.js + jsdom + compromise", (html) => new JSDOM(html, { virtualConsole: quiet }).window.document);
