// A bare DevTools-protocol client for the browser benchmark: one WebSocket to the browser, flat
// sessions per target, and nothing enabled that the benchmark does not use. Playwright, which the
// tests drive the browser with, attaches to every tab and worker and turns on its page, runtime,
// network and lifecycle events there; the renderer and the browser then report to it while Lede
// works, on the same two cores. A person's browser has no such listener, so the benchmark of what
// a person waits for drives the browser with this instead.
//
// Node 20 has WebSocket behind `--experimental-websocket` (built in from Node 22): without it,
// the script that imported this one runs again with the flag.
import { spawnSync } from "node:child_process";

if (typeof WebSocket === "undefined") {
  const args = ["--experimental-websocket", ...process.execArgv, ...process.argv.slice(1)];
  process.exit(spawnSync(process.execPath, args, { stdio: "inherit" }).status ?? 1);
}

export class Cdp {
  static async connect(port) {
    const { webSocketDebuggerUrl } = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
    const socket = new WebSocket(webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      socket.onopen = resolve;
      socket.onerror = () => reject(new Error("could not reach the browser's DevTools endpoint"));
    });
    return new Cdp(socket);
  }

  constructor(socket) {
    this.socket = socket;
    this.nextId = 1;
    this.pending = new Map();
    /** Waiters for events: [method, sessionId, resolve]. */
    this.waiters = [];
    socket.onmessage = (m) => {
      const msg = JSON.parse(m.data);
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(`${p.method}: ${msg.error.message}`));
        else p?.resolve(msg.result);
        return;
      }
      this.waiters = this.waiters.filter(([method, sessionId, resolve]) => {
        if (method !== msg.method || sessionId !== msg.sessionId) return true;
        resolve(msg.params);
        return false;
      });
    };
  }

  /** Send one command (to the browser, or to a target's session). */
  send(method, params = {}, sessionId = undefined) {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params, sessionId }));
    return new Promise((resolve, reject) => this.pending.set(id, { method, resolve, reject }));
  }

  /** The next `method` event of a session (undefined: the browser's own). */
  once(method, sessionId = undefined) {
    return new Promise((resolve) => this.waiters.push([method, sessionId, resolve]));
  }

  async attach(targetId) {
    return (await this.send("Target.attachToTarget", { targetId, flatten: true })).sessionId;
  }

  /** Evaluate an expression in a session's page (its own world), awaiting a promise's value. */
  async evaluate(sessionId, expression) {
    const { result, exceptionDetails } = await this.send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  close() {
    this.socket.close();
  }
}
