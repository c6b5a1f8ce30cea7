// Chromium with the extension, driven through the bare DevTools client (bench/cdp.mjs) as a
// person's browser is driven by its user: tabs opened, the toolbar action fired, nothing else
// listening. Used by the browser benchmark.
import { startChromium } from "../tests/e2e/harness.mjs";
import { Cdp } from "./cdp.mjs";
import { WATCH_FOR_PANEL, pressTiming, withinTwentySeconds } from "./press.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function launchLean(options = {}) {
  const chromium = await startChromium(options);
  const cdp = await Cdp.connect(chromium.port);
  const workers = async () =>
    (await cdp.send("Target.getTargets")).targetInfos.filter((t) => t.type === "service_worker" && t.url.startsWith("chrome-extension://"));
  for (let i = 0; (await workers()).length < chromium.extensionCount; i++) {
    if (i > 600) throw new Error("the extension's background never started");
    await sleep(100);
  }
  // The worker shows before its module has run: wait until each has its toolbar listener.
  const extensionIds = {};
  for (const worker of await workers()) {
    const session = await cdp.attach(worker.targetId);
    for (let i = 0; ; i++) {
      const ready = await cdp.evaluate(session, "chrome.action.onClicked.hasListeners()").catch(() => false);
      if (ready) break;
      if (i > 150) throw new Error("the extension's background never registered its toolbar listener");
      await sleep(100);
    }
    extensionIds[await cdp.evaluate(session, "chrome.runtime.getManifest().name")] = new URL(worker.url).host;
    await cdp.send("Target.detachFromTarget", { sessionId: session });
  }
  const extensionId = Object.values(extensionIds)[0];

  /** Open `url` in a new tab and wait for its load event; the tab is then left alone. */
  async function open(url) {
    const { targetId } = await cdp.send("Target.createTarget", { url: "about:blank" });
    const session = await cdp.attach(targetId);
    await cdp.send("Page.enable", {}, session);
    const loaded = cdp.once("Page.loadEventFired", session);
    await cdp.send("Page.navigate", { url }, session);
    await loaded;
    await cdp.send("Page.disable", {}, session);
    const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{}] });
    const tab = targetInfos.find((t) => t.type === "tab" && t.url === url);
    if (!tab) throw new Error(`no tab target for ${url}`);
    return {
      /** Press the toolbar button (of build `id`); the time to the panel on screen and its parts. */
      async pressAndTime(id = extensionId) {
        await cdp.evaluate(session, WATCH_FOR_PANEL);
        const pressedAt = performance.timeOrigin + performance.now();
        await cdp.send("Extensions.triggerAction", { id, targetId: tab.targetId });
        const [shownAt, stamps] = await withinTwentySeconds(cdp.evaluate(session, "globalThis.__ledeShown"));
        return pressTiming(pressedAt, shownAt, stamps);
      },
      /** Close the panel with Escape, as a person does, and wait until it is gone. */
      async closePanel() {
        for (const type of ["keyDown", "keyUp"]) {
          await cdp.send("Input.dispatchKeyEvent", { type, key: "Escape", code: "Escape", windowsVirtualKeyCode: 27 }, session);
        }
        for (let i = 0; await cdp.evaluate(session, "!!document.querySelector('lede-panel')"); i++) {
          if (i > 100) throw new Error("the panel did not close");
          await sleep(20);
        }
      },
      close: () => cdp.send("Target.closeTarget", { targetId }),
    };
  }

  /** Stop the extension's service worker, as Chromium does when it has been idle, and wait until it is gone. */
  async function stopBackground() {
    const ours = async () => (await workers()).filter((t) => t.url.startsWith(`chrome-extension://${extensionId}/`));
    for (const worker of await ours()) await cdp.send("Target.closeTarget", { targetId: worker.targetId });
    for (let i = 0; (await ours()).length; i++) {
      if (i > 100) throw new Error("the background did not stop");
      await sleep(50);
    }
    await sleep(300);
  }

  return {
    extensionId,
    extensionIds,
    open,
    stopBackground,
    async close() {
      cdp.close();
      await chromium.stop();
    },
  };
}
