import { stat } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { Kvm } from "@nats-io/kv";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { run, Testbed } from "../../lib/servers/netns.js";
import {
  findBinary,
  freePorts,
  type NatsCluster,
  type NatsServer,
  natsServerEnv,
  natsServerVersion,
  type RedisServer,
  ServerStartError,
  ServerStartErrorCode,
  startNats,
  startNatsCluster,
  startRedis,
  until,
} from "./index.js";

function expectGone(pid: number): void {
  expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: "ESRCH" }));
}

describe("freePort", () => {
  it("hands out distinct ports", async () => {
    const ports = await freePorts(20);
    expect(new Set(ports).size).toBe(20);
    for (const p of ports) expect(p).toBeGreaterThan(0);
  });
});

describe("findBinary", () => {
  it("names the Debian package when a program of the table is missing", () => {
    expect(() => findBinary("ping", ["/nonexistent"])).toThrow(
      'ping not found on PATH: install the Debian package "iputils-ping" (apt-get install iputils-ping)',
    );
    expect(() => findBinary("promtool", ["/nonexistent"])).toThrow('the Debian package "prometheus"');
    expect(() => findBinary("ping", ["/nonexistent"])).toThrow(ServerStartError);
  });

  it("refuses a program the provisioning table does not know (tests and CI would not install it)", () => {
    expect(() => findBinary("jetnet-no-such-server")).toThrow(/not in the provisioning table/);
  });

  it("a program missing inside `ip netns exec` is a ServerStartError naming its package, not a failed ping", async () => {
    const bed = new Testbed();
    const ns = `jn${bed.tag}x`;
    await bed.addNetns(ns);
    try {
      const missing = run("ip", ["netns", "exec", ns, "/nonexistent/ping", "-c", "1", "127.0.0.1"]);
      await expect(missing).rejects.toThrow(ServerStartError);
      await expect(missing).rejects.toThrow(
        'ping not found on PATH: install the Debian package "iputils-ping"',
      );
    } finally {
      await bed.destroy();
    }
  });

  it("finds a provisioned program", () => {
    expect(findBinary("nats-server")).toMatch(/\/nats-server$/);
  });
});

describe("startNats", () => {
  let server: NatsServer | undefined;
  let nc: NatsConnection | undefined;
  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  it("serves JetStream KV, and keeps its data across kill -9 and restart", async () => {
    server = await startNats();
    expect(server.url).toBe(`nats://127.0.0.1:${server.port}`);
    nc = await connect({ servers: server.url });
    const kv = await new Kvm(nc).create("harness");
    await kv.put("k", "v1");
    expect((await kv.get("k"))?.string()).toBe("v1");
    await nc.close();

    const firstPid = server.pid;
    await server.kill();
    expect(server.running).toBe(false);
    expectGone(firstPid);
    await server.restart();
    expect(server.pid).not.toBe(firstPid);

    nc = await connect({ servers: server.url });
    const reopened = await new Kvm(nc).open("harness");
    expect((await reopened.get("k"))?.string()).toBe("v1");
    await nc.close();
    nc = undefined;

    const pid = server.pid;
    const { storeDir } = server;
    await server.stop();
    expectGone(pid);
    await expect(stat(storeDir)).rejects.toThrow(/ENOENT/);
  });

  it("reports a taken port with the server's log tail", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const err = await startNats({ port }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ServerStartError);
      expect((err as ServerStartError).code).toBe(ServerStartErrorCode.PortInUse);
      expect((err as ServerStartError).message).toMatch(/address already in use/);
    } finally {
      blocker.close();
    }
  });

  it("runs the binary $JETNET_TEST_NATS_SERVER names, and knows its version", async () => {
    const s = await startNats({ jetstream: false });
    const client = await connect({ servers: s.url });
    try {
      // Whichever binary this run uses (the system's or the variable's), the harness reports
      // the version the server itself announces.
      expect(client.info?.version).toBe(natsServerVersion());
    } finally {
      await client.close();
      await s.stop();
    }
    const saved = process.env[natsServerEnv];
    process.env[natsServerEnv] = "/nonexistent/jetnet-nats-server";
    try {
      const err = await startNats().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ServerStartError);
      expect((err as ServerStartError).code).toBe(ServerStartErrorCode.BinaryNotFound);
      expect((err as ServerStartError).message).toBe(
        `${natsServerEnv}=/nonexistent/jetnet-nats-server: no executable file there (unset it to use nats-server from PATH)`,
      );
    } finally {
      if (saved === undefined) delete process.env[natsServerEnv];
      else process.env[natsServerEnv] = saved;
    }
  });

  it("passes extra config text through a generated config file", async () => {
    const s = await startNats({ jetstream: false, config: "max_payload: 4096" });
    try {
      const varz = (await (await fetch(`${s.monitorUrl}/varz`)).json()) as {
        max_payload: number;
        jetstream?: unknown;
      };
      expect(varz.max_payload).toBe(4096);
    } finally {
      await s.stop();
    }
    expectGone(s.pid);
  });
});

describe("startNatsCluster", () => {
  let cluster: NatsCluster | undefined;
  let nc: NatsConnection | undefined;
  afterEach(async () => {
    await nc?.close();
    nc = undefined;
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it("serves an R3 KV bucket, also with one node down", async () => {
    cluster = await startNatsCluster(3);
    expect(cluster.urls).toHaveLength(3);
    expect(new Set(cluster.servers.map((s) => s.pid)).size).toBe(3);

    nc = await connect({ servers: cluster.urls });
    const kv = await new Kvm(nc).create("x", { replicas: 3 });
    expect((await kv.status()).replicas).toBe(3);
    await kv.put("a", "1");
    expect((await kv.get("a"))?.string()).toBe("1");

    const victim = cluster.servers[2]!;
    await victim.kill();
    // The client may have been on the victim, or the victim may have led the stream: the write
    // goes through once the client has reconnected and a new leader is elected.
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        await kv.put("b", "2");
        break;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    // A KV read may be answered by any replica (direct get), one that has not applied the write
    // yet among them: the write is there once a read sees it.
    expect(
      await until("the write on a read", async () => (await kv.get("b"))?.string() || undefined, 10_000),
    ).toBe("2");
    await victim.restart();
    await cluster.waitReady();
    expect(victim.running).toBe(true);

    const pids = cluster.servers.map((s) => s.pid);
    await nc.close();
    nc = undefined;
    await cluster.stop();
    for (const pid of pids) expectGone(pid);
  });
});

describe("startRedis", () => {
  let server: RedisServer | undefined;
  let client: Redis | undefined;
  afterAll(async () => {
    client?.disconnect();
    await server?.stop();
  });

  it("serves set/get and is gone after stop", async () => {
    server = await startRedis();
    expect(server.url).toBe(`redis://127.0.0.1:${server.port}`);
    client = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await client.connect();
    await client.set("k", "v");
    expect(await client.get("k")).toBe("v");
    client.disconnect();
    client = undefined;

    const firstPid = server.pid;
    await server.kill();
    expectGone(firstPid);
    await server.restart();
    client = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await client.connect();
    expect(await client.get("k")).toBeNull();
    client.disconnect();
    client = undefined;

    const pid = server.pid;
    await server.stop();
    expectGone(pid);
  });
});
