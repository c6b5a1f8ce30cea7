// Shared setup for Lede's browser tests: serve fixture pages on 127.0.0.1 behind a CSP that
// blocks every outside request, make a test copy of the built extension, start Debian's
// Chromium with it, press the toolbar button the way a user does, and record every request.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const EXTENSION = path.join(ROOT, "extension");
export const FIXTURES = path.join(ROOT, "tests/fixtures");
/** The shared evaluation data, beside the repository. */
export const DATA = process.env.LEDE_DATA ?? path.join(ROOT, "../shared/data");

/** The policy every test page is served with: only its own origin. */
export const PAGE_CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
/** Pages under /live/ may run their own inline scripts, still only against their own origin. */
export const LIVE_CSP = "default-src 'self'; script-src 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
/** The strict page: nothing at all. */
export const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'";

export function chromiumPath() {
  for (const p of [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (p && fs.existsSync(p)) return p;
  }
  throw new Error("Chromium is not installed (apt-get install chromium)");
}

/** Serve the fixture pages; pages under /strict/ get the strict policy, under /live/ scripts run. */
export async function serveFixtures(extraDirs = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lede-pages-"));
  fs.cpSync(FIXTURES, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, "strict"), { recursive: true });
  fs.copyFileSync(path.join(FIXTURES, "seed.html"), path.join(dir, "strict/seed.html"));
  // The seed behind the most hostile page CSS we could think of: it must not reach the panel.
  const hostile = `<style>
    * { all: unset !important; font-size: 4px !important; }
    lede-panel, aside, :host, [role] { display: none !important; visibility: hidden !important; opacity: 0 !important; }
    html { filter: invert(1) !important; zoom: 1 !important; }
    body::after { content: "page overlay"; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; }
  </style>`;
  // One real news page from the extraction benchmark (a Davis Cup report), for the screenshots.
  const benchDir = path.join(DATA, "extraction-benchmark/html");
  const chosen = fs.existsSync(benchDir) ? fs.readdirSync(benchDir).find((f) => f.startsWith("0d46122928b6")) : null;
  if (chosen) fs.copyFileSync(path.join(benchDir, chosen), path.join(dir, "bench-page.html"));
  fs.writeFileSync(path.join(dir, "hostile.html"), fs.readFileSync(path.join(FIXTURES, "seed.html"), "utf8").replace("</head>", `${hostile}</head>`));
  for (const [name, from] of Object.entries(extraDirs)) fs.cpSync(from, path.join(dir, name), { recursive: true });
  // Pages under /slow/ arrive in two halves two seconds apart.
  fs.mkdirSync(path.join(dir, "slow"), { recursive: true });
  fs.copyFileSync(path.join(FIXTURES, "seed.html"), path.join(dir, "slow/seed.html"));
  const server = await serve(dir, 0, {
    csp: (p) => (p.startsWith("/strict/") ? STRICT_CSP : p.startsWith("/live/") ? LIVE_CSP : PAGE_CSP),
    slowMs: (p) => (p.startsWith("/slow/") ? 2000 : 0),
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, dir, close: () => new Promise((r) => server.close(r)) };
}

/**
 * A test copy of the built extension. It adds host permission for 127.0.0.1 only, which keeps
 * `scripting.executeScript` from flaking right after a page load (see shared/BROWSER.md); the
 * shipped manifest keeps activeTab alone. `from` is another build's folder, `name` a name that
 * tells it apart when several are loaded side by side.
 */
export function testExtensionCopy(from = EXTENSION, name = undefined) {
  if (!fs.existsSync(path.join(from, "pkg/lede_bg.wasm"))) throw new Error("build the wasm first: scripts/build-wasm.sh");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lede-ext-"));
  fs.cpSync(from, dir, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
  manifest.host_permissions = ["http://127.0.0.1/*"];
  if (name) manifest.name = name;
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * Wait for a started Chromium's DevTools endpoint: up to three minutes, as a fresh machine's first
 * start of a newly installed Chromium has taken two (its files read from a cold disk). If it
 * never comes, the browser is stopped, so that the test run fails instead of waiting on it.
 */
async function waitForDevTools(port, proc) {
  try {
    await pollDevTools(port, proc);
  } catch (e) {
    try {
      process.kill(-proc.pid, "SIGKILL");
    } catch {}
    throw e;
  }
}

async function pollDevTools(port, proc) {
  for (let i = 0; i < 1800; i++) {
    if (proc.exitCode !== null) throw new Error(`Chromium exited with ${proc.exitCode}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("Chromium's DevTools endpoint did not come up");
}

function freePort() {
  return new Promise((resolve) => {
    import("node:net").then(({ createServer }) => {
      const s = createServer();
      s.listen(0, "127.0.0.1", () => {
        const p = s.address().port;
        s.close(() => resolve(p));
      });
    });
  });
}

/**
 * Start Chromium with the extension builds in `extensions` (folders; default, a test copy of
 * the built one), with no driver attached: `port` is its DevTools endpoint. `stop()` ends it
 * and removes its profile and the extension copies.
 */
export async function startChromium({ colorScheme, extensions } = {}) {
  const exts = extensions ?? [testExtensionCopy()];
  const ext = exts.join(",");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lede-profile-"));
  const port = await freePort();
  const args = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--no-default-browser-check", "--metrics-recording-only",
    `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, "--enable-unsafe-extension-debugging",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
    "--window-size=1400,900",
    ...(colorScheme === "dark" ? ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] : []),
    "about:blank",
  ];
  // Its own process group, so that closing it ends every helper process it started.
  const proc = spawn(chromiumPath(), args, { stdio: "ignore", detached: true });
  await waitForDevTools(port, proc);
  return {
    port,
    extensionCount: exts.length,
    async stop() {
      const exited = new Promise((r) => (proc.exitCode !== null ? r() : proc.once("exit", r)));
      try {
        process.kill(-proc.pid, "SIGKILL");
      } catch {
        proc.kill("SIGKILL");
      }
      await exited;
      await new Promise((r) => setTimeout(r, 200));
      // Leftover temporary folders are not a test failure.
      for (const dir of [profile, ...exts]) {
        try {
          fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
        } catch {}
      }
    },
  };
}

/**
 * Start Chromium with the extension and drive it with playwright; returns the browser, its
 * context and the extension id. `extensions` (folders) loads other builds instead, side by side
 * (bench/browser-ab.mjs); `extensionIds` has each one's id by the name in its manifest.
 */
export async function launchChromium({ colorScheme, extensions } = {}) {
  const started = await startChromium({ colorScheme, extensions });
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${started.port}`);
  const context = browser.contexts()[0];
  const workers = () => context.serviceWorkers().filter((w) => w.url().startsWith("chrome-extension://"));
  for (let i = 0; workers().length < started.extensionCount; i++) {
    if (i > 600) throw new Error("the extension's background never started");
    await new Promise((r) => setTimeout(r, 100));
  }
  // The worker target shows before its module has run; a click before the listener exists is
  // lost. Wait until each background has registered its toolbar-button listener.
  const extensionIds = {};
  for (const w of workers()) {
    for (let i = 0; ; i++) {
      const ready = await w.evaluate(() => chrome.action.onClicked.hasListeners()).catch(() => false);
      if (ready) break;
      if (i > 150) throw new Error("the extension's background never registered its toolbar listener");
      await new Promise((r) => setTimeout(r, 100));
    }
    extensionIds[await w.evaluate(() => chrome.runtime.getManifest().name)] = new URL(w.url()).host;
  }
  const worker = workers()[0];
  const extensionId = new URL(worker.url()).host;
  return {
    browser,
    context,
    extensionId,
    extensionIds,
    worker,
    async close() {
      await browser.close().catch(() => {});
      await started.stop();
    },
  };
}

/** Press the extension's toolbar button on `page`'s tab, as a user's click does. */
export async function clickToolbarButton(run, page) {
  const press = await toolbarButtonOf(run, page);
  await press();
}

/**
 * Find `page`'s tab target and return a function that presses the toolbar button there, so that
 * a benchmark can start its clock at the press itself.
 */
export async function toolbarButtonOf(run, page, extensionId = run.extensionId) {
  const cdp = await run.browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{}] });
  const tab = targetInfos.find((t) => t.type === "tab" && t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  return async () => {
    await cdp.send("Extensions.triggerAction", { id: extensionId, targetId: tab.targetId });
    await cdp.detach();
  };
}

/** Record every request the page and the extension make; `outside()` lists the offending ones. */
export function recordRequests(run, page) {
  const seen = [];
  page.on("request", (r) => seen.push(r.url()));
  run.context.on("request", (r) => seen.push(r.url()));
  run.worker.on?.("request", (r) => seen.push(r.url()));
  return {
    seen,
    outside: () => seen.filter((u) => !/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|about:blank)/.test(u)),
  };
}

export function hasChromium() {
  try {
    chromiumPath();
    return true;
  } catch {
    return false;
  }
}

export function gitRoot() {
  return execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: ROOT }).toString().trim();
}
