import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";
import type { HttpServer, ListenAddr, Logger, ReadyCheck } from "./types.js";

export interface HttpOptions {
  addr: ListenAddr;
  registry: Registry;
  /** Consulted on every GET /readyz. */
  ready: ReadyCheck;
  logger: Logger;
}

/**
 * Serves the three endpoints a platform probes:
 *  - `GET /metrics`: the registry in Prometheus text format;
 *  - `GET /healthz`: 200 while the process runs (liveness: restart me only if this stops);
 *  - `GET /readyz`: 200 when `ready()` says so, else 503 with a one-line reason (readiness:
 *    route no work to me; never a reason to restart).
 * Anything else is 404. Plain node:http: three routes do not justify a framework.
 */
export async function startHttp(opts: HttpOptions): Promise<HttpServer> {
  const { registry, ready, logger } = opts;
  const server = createServer((req, res) => {
    // The handler never rejects: every failure becomes a 500.
    handle(req, res, registry, ready).catch((err: unknown) => {
      logger.error({ err, url: req.url }, "http handler failed");
      if (!res.headersSent) send(res, 500, "internal error\n");
      else res.destroy();
    });
  });
  // Probes and scrapes are short; don't let a stuck client hold a socket for Node's 5-minute default.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.addr.port, opts.addr.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (err) => logger.error({ err }, "http server error"));

  const { port } = server.address() as AddressInfo;
  const host = opts.addr.host.includes(":") ? `[${opts.addr.host}]` : opts.addr.host;
  const url = `http://${host}:${port}`;
  logger.info({ url }, "serving /metrics, /healthz, /readyz");

  let closing: Promise<void> | undefined;
  return {
    port,
    url,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets (Prometheus keeps one open) would hold close() until they time out.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  registry: Registry,
  ready: ReadyCheck,
): Promise<void> {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const known = path === "/metrics" || path === "/healthz" || path === "/readyz";
  if (!known) return send(res, 404, "not found\n");
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return send(res, 405, "method not allowed\n");
  }
  switch (path) {
    case "/metrics":
      return send(res, 200, await registry.metrics(), registry.contentType);
    case "/healthz":
      return send(res, 200, "ok\n");
    case "/readyz": {
      let reason: string;
      try {
        if (await ready()) return send(res, 200, "ok\n");
        reason = "not ready";
      } catch (err) {
        reason = `not ready: ${err instanceof Error ? err.message : String(err)}`;
      }
      return send(res, 503, `${reason.split("\n", 1)[0]}\n`);
    }
  }
}

function send(res: ServerResponse, status: number, body: string, contentType = "text/plain; charset=utf-8") {
  res.writeHead(status, { "Content-Type": contentType, "Content-Length": Buffer.byteLength(body) });
  res.end(res.req.method === "HEAD" ? undefined : body);
}
