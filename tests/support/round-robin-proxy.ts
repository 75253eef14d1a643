/**
 * A reverse proxy for the tests: each request goes to the next backend in turn, with the client's
 * address appended to X-Forwarded-For as nginx does. Enough to show that a reader may land on any
 * instance; the production configuration is nginx (deploy/).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RoundRobinProxy = {
  url: string;
  /** the instances behind it (they need the proxy's URL as SITE_URL, so they start after it) */
  backends: string[];
  close: () => Promise<void>;
};

export async function startRoundRobinProxy(): Promise<RoundRobinProxy> {
  let next = 0;
  const backends: string[] = [];
  const server = http.createServer((request, response) => {
    if (backends.length === 0) {
      response.writeHead(503).end();
      return;
    }
    const target = new URL(request.url ?? "/", backends[next++ % backends.length]);
    const forwarded = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = http.request(
      target,
      { method: request.method, headers: { ...request.headers, host: target.host, "x-forwarded-for": forwarded } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    backends,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
