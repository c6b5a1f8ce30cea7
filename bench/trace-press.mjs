// Where a tab's first press spends the page's main thread: Chromium's trace of one first press
// per page, half a second after load, printed as the main thread's tasks in order (start and
// length in ms from the panel script's injection, and the largest parts of each), with the
// font-service round trips summed. What sessions 17 to 24 read to find the first press's costs.
// (Driven by playwright, for its tracing: its listeners on the tab add to what is traced.)
//
//   node bench/trace-press.mjs [PAGE_INDEX,...]     (default 5,17,40; traces in /tmp/lede-traces)
import fs from "node:fs";
import path from "node:path";
import { launchChromium, serveFixtures } from "../tests/e2e/harness.mjs";
import { pressAndTime } from "./press.mjs";
import { PAGES_DIR } from "./timing.mjs";

const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "blink", "toplevel", "mojom", "fonts", "extensions", "renderer.scheduler"];
const OUT = "/tmp/lede-traces";
/** Tasks shorter than this are left out of the listing. */
const MIN_TASK_MS = 0.3;

const names = fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith(".html")).sort();
const picked = (process.argv[2] ?? "5,17,40").split(",").map(Number);
fs.mkdirSync(OUT, { recursive: true });

/** The main thread's tasks from the panel script's injection on, with their largest parts. */
function mainThreadTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const threadNames = new Map();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name") threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  const injection = events.find((e) => e.name === "ScriptInjection::InjectJs" && e.ph === "X");
  if (!injection) return null;
  const thread = `${injection.pid}:${injection.tid}`;
  const spans = events.filter((e) => e.ph === "X" && e.dur !== undefined && `${e.pid}:${e.tid}` === thread && e.ts >= injection.ts - 500);
  spans.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  let end = -Infinity;
  for (const e of spans) {
    if (e.ts >= end) {
      tasks.push({ task: e, parts: new Map() });
      end = e.ts + e.dur;
    } else {
      const parts = tasks.at(-1).parts;
      parts.set(e.name, (parts.get(e.name) ?? 0) + e.dur);
    }
  }
  const fontMs = spans.filter((e) => e.name === "WebSandboxSupportLinux::GetWebFontRenderStyleForStrike" || e.name === "FontDataService::MatchFamilyName").reduce((s, e) => s + e.dur, 0) / 1000;
  return { threadName: threadNames.get(thread), start: injection.ts, tasks, fontMs };
}

const site = await serveFixtures({ bench: PAGES_DIR });
const run = await launchChromium();
try {
  // One press first, untimed: the background's wasm compiles once per browser start.
  const first = await run.context.newPage();
  await first.goto(`${site.origin}/bench/${names[0]}`, { waitUntil: "load" });
  await pressAndTime(run, first);
  await first.close();
  for (const index of picked) {
    const page = await run.context.newPage();
    await page.goto(`${site.origin}/bench/${names[index]}`, { waitUntil: "load" });
    await page.waitForTimeout(500);
    await run.browser.startTracing(page, { categories: CATEGORIES });
    const [ms, parts] = await pressAndTime(run, page);
    await page.waitForTimeout(100);
    const file = path.join(OUT, `press-${index}.json`);
    fs.writeFileSync(file, await run.browser.stopTracing());
    await page.close();
    console.log(`\n${names[index].slice(0, 12)}: ${ms.toFixed(1)} ms (${Object.entries(parts).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ")}); ${file}`);
    const read = mainThreadTasks(JSON.parse(fs.readFileSync(file, "utf8")));
    if (!read) {
      console.log("  no injection in the trace");
      continue;
    }
    console.log(`  ${read.threadName}: font-service round trips ${read.fontMs.toFixed(1)} ms`);
    for (const { task, parts: inner } of read.tasks) {
      if (task.dur < MIN_TASK_MS * 1000) continue;
      const largest = [...inner].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`);
      console.log(`  ${((task.ts - read.start) / 1000).toFixed(1).padStart(7)} ${(task.dur / 1000).toFixed(1).padStart(5)}  ${largest.join(", ")}`);
    }
  }
} finally {
  await run.close();
  await site.close();
}
