import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** The header a page gets besides its own <meta>: strict-csp.html is served with a real CSP header too. */
const STRICT_CSP = "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'none'";

export interface StaticServer {
  origin: string;
  url(file: string): string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 (a free port unless one is given). Only files inside the folder are served. */
export function serveFolder(root: string, port = 0): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    // /on-request/x.html serves x.html too: a page the e2e build does not read by itself.
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(
      /^\/on-request\//,
      '/',
    );
    const file = path.resolve(base, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    };
    if (path.basename(file) === 'strict-csp.html') headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${p}`;
      resolve({
        origin,
        url: (f) => `${origin}/${f}`,
        // A browser keeps its connections open: end them, or close() waits for their keep-alive to lapse.
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}
