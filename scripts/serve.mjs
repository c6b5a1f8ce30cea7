// A small static server for the www demo and the browser tests: right MIME types (wasm
// included), 127.0.0.1 only, and an optional strict Content-Security-Policy on every page.
//   node scripts/serve.mjs DIR [PORT] [--csp "policy"]
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".wasm": "application/wasm",
  ".json": "application/json", ".txt": "text/plain; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml", ".pdf": "application/pdf",
};

/**
 * Serve `dir` on 127.0.0.1:`port` (0 = any free port); resolves to the server. `slowMs(path)`,
 * when given and above 0, sends that page's first half, then the rest that many ms later: a page
 * still arriving, for the tests.
 */
export function serve(dir, port = 0, { csp, headers = {}, slowMs } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      const h = { "content-type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream", "cache-control": "no-store", ...headers };
      const pageCsp = typeof csp === "function" ? csp(url.pathname) : csp;
      if (pageCsp) h["content-security-policy"] = pageCsp;
      const wait = slowMs?.(url.pathname) ?? 0;
      if (wait > 0) {
        const half = body.length >> 1;
        res.writeHead(200, h).write(body.subarray(0, half));
        setTimeout(() => res.end(body.subarray(half)), wait);
        return;
      }
      res.writeHead(200, h).end(body);
    });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "www", port = "8000"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const cspAt = process.argv.indexOf("--csp");
  const server = await serve(dir, Number(port), { csp: cspAt > 0 ? process.argv[cspAt + 1] : undefined });
  console.log(`Lede is being served at http://127.0.0.1:${server.address().port}/ (Ctrl+C to stop)`);
}
