import { createServer } from "node:net";
import { Counter, Registry } from "prom-client";
import { afterEach, describe, expect, it } from "vitest";
import { startHttp } from "../../../lib/service/http.js";
import { createLogger } from "../../../lib/service/logger.js";
import type { HttpServer } from "../../../lib/service/types.js";

const logger = createLogger({ level: "silent", name: "test" });

describe("startHttp", () => {
  let server: HttpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("serves /metrics from the registry with its content type", async () => {
    const registry = new Registry();
    const counter = new Counter({
      name: "jetnet_test_events_total",
      help: "test events",
      registers: [registry],
    });
    counter.inc(3);
    server = await startHttp({ addr: { host: "127.0.0.1", port: 0 }, registry, ready: () => true, logger });

    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(registry.contentType);
    expect(await res.text()).toContain("jetnet_test_events_total 3");
  });

  it("answers /healthz always and /readyz as ready() says", async () => {
    let ready = false;
    server = await startHttp({
      addr: { host: "127.0.0.1", port: 0 },
      registry: new Registry(),
      ready: async () => ready,
      logger,
    });

    const health = await fetch(`${server.url}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, "ok\n"]);

    const notReady = await fetch(`${server.url}/readyz`);
    expect([notReady.status, await notReady.text()]).toEqual([503, "not ready\n"]);

    ready = true;
    const isReady = await fetch(`${server.url}/readyz`);
    expect([isReady.status, await isReady.text()]).toEqual([200, "ok\n"]);
  });

  it("reports a throwing ready check as 503 with its message", async () => {
    server = await startHttp({
      addr: { host: "127.0.0.1", port: 0 },
      registry: new Registry(),
      ready: () => {
        throw new Error("informers not synced");
      },
      logger,
    });
    const res = await fetch(`${server.url}/readyz`);
    expect([res.status, await res.text()]).toEqual([503, "not ready: informers not synced\n"]);
  });

  it("returns 404 for other paths and 405 for other methods", async () => {
    server = await startHttp({
      addr: { host: "127.0.0.1", port: 0 },
      registry: new Registry(),
      ready: () => true,
      logger,
    });
    expect((await fetch(`${server.url}/`)).status).toBe(404);
    expect((await fetch(`${server.url}/metricsx`)).status).toBe(404);
    const post = await fetch(`${server.url}/healthz`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("frees the port on close, even with a keep-alive connection open", async () => {
    const s = await startHttp({
      addr: { host: "127.0.0.1", port: 0 },
      registry: new Registry(),
      ready: () => true,
      logger,
    });
    const res = await fetch(`${s.url}/healthz`, { headers: { connection: "keep-alive" } });
    await res.text();
    await s.close();
    await expect(listenOn(s.port)).resolves.toBe(s.port);
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
  });
});

/** Binds a plain TCP server to `port` and releases it; rejects if the port is still taken. */
function listenOn(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(port)));
  });
}
