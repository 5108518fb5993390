/**
 * A static file server on 127.0.0.1 for the browser tests, the evaluation and the benchmark.
 * Each mount maps a URL prefix to a folder; nothing outside those folders is served. A mount may
 * answer after a delay, like a real site's slow stylesheet does.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

export type Mount = string | { dir: string; delayMs: number };

/**
 * Headers that make a page cross-origin isolated, where `performance.now()` counts in
 * microseconds rather than 0.1 ms steps: the benchmark times pieces of work far shorter than that.
 */
export const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } as const;

export async function serveStatic(mounts: Record<string, Mount>, port = 0, headers: Readonly<Record<string, string>> = {}): Promise<StaticServer> {
  const server = http.createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      const prefix = Object.keys(mounts).find((p) => pathname.startsWith(p));
      const mount = prefix === undefined ? undefined : mounts[prefix];
      const root = typeof mount === 'object' ? mount.dir : mount;
      if (typeof mount === 'object') await new Promise((resolve) => setTimeout(resolve, mount.delayMs));
      const file = root && path.resolve(root, '.' + pathname.slice(prefix!.length - 1));
      if (!root || !file || !file.startsWith(path.resolve(root))) throw new Error('outside');
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (pathname) => origin + pathname,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
