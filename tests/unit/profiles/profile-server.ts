// A real HTTP server on the loopback interface for profile tests: the fetch code runs
// against real sockets, real chunked streams, real redirects and real conditional requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface ProfileServer {
  origin: string;
  url(path: string): string;
  /** Serve `path` with a handler (replacing any earlier one). */
  route(path: string, handler: Route): void;
  /** Every request received, with its headers. */
  requests: Array<{ path: string; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

export async function startProfileServer(host = '127.0.0.1'): Promise<ProfileServer> {
  const routes = new Map<string, Route>();
  const requests: ProfileServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // happy-dom's window fetch (the options page tests) asks first, as a web page would;
    // Chromium's extension fetch relies on the host permission instead and never does.
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    requests.push({ path, headers: req.headers });
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { 'Content-Type': 'text/plain', ...CORS }).end('not found');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => void routes.set(path, handler),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves a body as JSON, answering conditional requests the way a web server does. */
export function serveJson(
  body: string | object,
  opts: { etag?: string; lastModified?: string; status?: number; headers?: Record<string, string>; cors?: boolean } = {},
): Route {
  const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
  return (req, res) => {
    const fresh =
      (opts.etag && req.headers['if-none-match'] === opts.etag) ||
      (!opts.etag && opts.lastModified && req.headers['if-modified-since'] === opts.lastModified);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      ...(opts.cors === false ? {} : CORS),
      ...(opts.etag ? { ETag: opts.etag } : {}),
      ...(opts.lastModified ? { 'Last-Modified': opts.lastModified } : {}),
      ...opts.headers,
    };
    if (fresh) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(opts.status ?? 200, headers).end(text);
  };
}
