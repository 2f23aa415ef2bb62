// The privacy backstop: an HTTP proxy that forwards nothing. Chromium is started with it as
// its only proxy, so a request that Playwright's routes never saw still cannot leave: the
// service worker's first requests (made before any route exists), offscreen documents
// (Playwright does not attach to them), WebSockets (routes do not see them). Each attempt
// is recorded here and refused. Loopback addresses bypass proxies in Chromium, so a test's
// own server on 127.0.0.1 is still reached directly; fixture pages are fulfilled by routes
// and never get this far.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LeakProxy {
  /** The value for Chromium's --proxy-server. */
  server: string;
  /** Every attempt, in order: a full URL for plain http, `CONNECT host:port` for https and wss. */
  attempts: string[];
  /** Called with each attempt as it arrives. */
  onAttempt(listener: (attempt: string) => void): void;
  close(): Promise<void>;
}

const REFUSAL = 'PostGuard e2e: nothing may leave the machine';

export async function startLeakProxy(): Promise<LeakProxy> {
  const attempts: string[] = [];
  const listeners: Array<(attempt: string) => void> = [];
  const record = (attempt: string) => {
    attempts.push(attempt);
    for (const l of listeners) l(attempt);
  };
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    // Through a proxy, plain http asks for the absolute URL.
    record(req.url ?? '(no url)');
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' }).end(REFUSAL);
  });
  // https and wss (and ws, which Chromium also tunnels) ask for a tunnel: the host is all
  // a proxy ever sees of them, and it is enough to name the leak.
  server.on('connect', (req: http.IncomingMessage, socket: Socket) => {
    record(`CONNECT ${req.url ?? '(no host)'}`);
    socket.end(`HTTP/1.1 403 Forbidden\r\nContent-Length: ${REFUSAL.length}\r\nConnection: close\r\n\r\n${REFUSAL}`);
  });
  server.on('upgrade', (req: http.IncomingMessage, socket: Socket) => {
    record(req.url ?? '(no url)');
    socket.destroy();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server: `http://127.0.0.1:${port}`,
    attempts,
    onAttempt: (listener) => void listeners.push(listener),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
