import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** The bundled demo pages (an article with flat comments, a blog with nested replies, a shop page). */
export const DEMO_DIR = join(import.meta.dirname, '..', '..', 'assets', 'demo');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

/** A running demo server: `origin` is `http://127.0.0.1:<port>`. */
export interface DemoServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` read-only on 127.0.0.1 on a free port (tests and `npm start` run side by side). */
export async function serveDemo(dir = DEMO_DIR): Promise<DemoServer> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const type = TYPES[extname(path)];
    if (!type) {
      response.writeHead(404).end('not found');
      return;
    }
    readFile(join(dir, path))
      .then((body) => response.writeHead(200, { 'content-type': type }).end(body))
      .catch(() => response.writeHead(404).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // A browser keeps its connections alive: without closing them, `close` waits for its idle timeout (~100 s).
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
