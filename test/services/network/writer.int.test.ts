import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JetnetClient } from "../../../lib/api/client.js";
import { agentStatusSubject } from "../../../lib/api/subjects.js";
import { ErrorCode } from "../../../lib/errors.js";
import { LeaseStore } from "../../../lib/ipam/leases.js";
import { ipamInside } from "../../../services/ipam/inside.js";
import type { NetworkOptions, NetworkRole } from "../../../services/network/service.js";
import { type NatsServer, startNats, startRedis } from "../../harness/index.js";
import { cleanEnv, type NetworkService, startNetworkService } from "./system.js";

// A writer replica (`jetnet network --role writer`) serves attachment writes and reads by key and
// the subnet API, beside a full replica that serves lists and agents' reports: every request is
// handled by exactly one of them, and nothing a writer does needs the attachments it does not hold.

const root = fileURLToPath(new URL("../../..", import.meta.url));
const run = promisify(execFile);
const ns = "wr";

type Replica = NetworkService;

let nats: NatsServer;
let client: JetnetClient;
let clientNc: NatsConnection;

/** What a replica logged at warn and info, by message. */
function capture() {
  const lines: { level: string; msg: string }[] = [];
  const at = (level: string) => (_obj: object, msg?: string) => lines.push({ level, msg: msg ?? "" });
  return { lines, logger: { debug: () => {}, info: at("info"), warn: at("warn"), error: at("error") } };
}

function startReplica(role: NetworkRole, extra: Partial<NetworkOptions> = {}): Promise<Replica> {
  return startNetworkService(nats.url, { role, memberIntervalMs: 200, ...extra });
}

async function gauge(r: Replica, name: string): Promise<number | undefined> {
  const line = (await r.registry.metrics()).split("\n").find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.split(" ").at(-1));
}

/** Requests the replica answered, by endpoint ("attachments.create") and result code. */
async function handled(r: Replica, endpoint: string, code = "OK"): Promise<number> {
  const text = await r.registry.metrics();
  const line = text
    .split("\n")
    .find((l) =>
      l.startsWith(`jetnet_network_request_duration_seconds_count{endpoint="${endpoint}",code="${code}"}`),
    );
  return line === undefined ? 0 : Number(line.split(" ").at(-1));
}

async function inParallel(n: number, lanes: number, op: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < n) await op(next++);
    }),
  );
}

beforeAll(async () => {
  nats = await startNats();
  clientNc = await connect({ servers: nats.url });
  client = new JetnetClient(clientNc, { timeoutMs: 10_000 });
}, 60_000);

afterAll(async () => {
  await clientNc?.close();
  await nats?.stop();
});

describe("network --role writer beside a full replica", () => {
  it("shares the writes, leaves lists and reports to the full replica, and loses nothing", async () => {
    const full = await startReplica("full");
    const writer = await startReplica("writer");
    try {
      const n = 300;
      const api = client.attachments(ns);
      await inParallel(n, 16, (i) =>
        api.create({ meta: { name: `a-${i}` }, spec: { node: "n1", subnet: "s1" } }),
      );

      // Each create went to exactly one replica, and both took some.
      const [byFull, byWriter] = await Promise.all([
        handled(full, "attachments.create"),
        handled(writer, "attachments.create"),
      ]);
      expect(byFull + byWriter).toBe(n);
      expect(byWriter).toBeGreaterThan(0);
      expect(byFull).toBeGreaterThan(0);

      // Lists come from the full replica only, and hold every create.
      for (let i = 0; i < 5; i++) expect((await api.list()).items).toHaveLength(n);
      expect(await handled(full, "attachments.list")).toBe(5);
      expect(await handled(writer, "attachments.list")).toBe(0);

      // Gets, updates and deletes by key work wherever they land (the writer reads the bucket).
      await inParallel(n, 16, async (i) => {
        const got = await api.get(`a-${i}`);
        await api.update({ ...got.value, meta: { ...got.value.meta, labels: { k: "v" } } }, got.revision);
      });
      expect(await handled(writer, "attachments.update")).toBeGreaterThan(0);
      expect((await api.list({ k: "v" })).items).toHaveLength(n);
      await inParallel(n, 16, (i) => api.delete(`a-${i}`));
      expect(await handled(writer, "attachments.delete")).toBeGreaterThan(0);
      expect(
        (await handled(full, "attachments.delete")) + (await handled(writer, "attachments.delete")),
      ).toBe(n);
      expect((await api.list()).items).toEqual([]);

      // Subnets are served and validated by both (the writer follows the subnets bucket).
      await inParallel(20, 4, (i) =>
        client
          .subnets(ns)
          .create({ meta: { name: `s-${i}` }, spec: { vni: 100 + i, cidr: `10.9.${i}.0/24` } }),
      );
      expect((await handled(writer, "subnets.create")) + (await handled(full, "subnets.create"))).toBe(20);
      await expect
        .poll(
          async () => (await client.subnets(ns).list()).items.filter((s) => s.value.status?.validated).length,
          {
            timeout: 10_000,
          },
        )
        .toBe(20);

      // Each hears the other's role.
      await expect.poll(() => gauge(writer, "jetnet_network_full_replicas"), { timeout: 5_000 }).toBe(1);
      await expect.poll(() => gauge(full, "jetnet_network_full_replicas"), { timeout: 5_000 }).toBe(1);

      // The writer answers neither reports nor lists: alone, those find no responder at all.
      await full.stop();
      await expect.poll(() => gauge(writer, "jetnet_network_full_replicas"), { timeout: 5_000 }).toBe(0);
      await expect(
        clientNc.request(agentStatusSubject("n1"), new Uint8Array(), { timeout: 2_000 }),
      ).rejects.toThrow(/no responders|503/i);
      await expect(api.list()).rejects.toMatchObject({ code: ErrorCode.Unavailable });
      // Its writes go on alone.
      const created = await api.create({ meta: { name: "alone" }, spec: { node: "n1", subnet: "s1" } });
      expect(created.value.meta?.name).toBe("alone");
      expect(await handled(writer, "attachments.create")).toBe(byWriter + 1);
    } finally {
      await writer.stop();
      await full.stop().catch(() => undefined);
    }
  }, 120_000);

  it("with Redis leases addresses in creates, and gives back the lease of a create refused for a taken name", async () => {
    const redis = await startRedis();
    const clients = [0, 1, 2, 3].map(() => new Redis(redis.url, { maxRetriesPerRequest: 2 }));
    // As `jetnet network --ipam` runs beside writers: ipam (which readies Redis) in the full replica.
    let ipamReady!: () => void;
    const ipamUp = new Promise<void>((r) => (ipamReady = r));
    const full = await startReplica("full", {
      leases: { redis: clients[0]! },
      companions: [ipamInside({ redis: async () => clients[3]!, onReady: ipamReady })],
    });
    await ipamUp;
    const writer = await startReplica("writer", { leases: { redis: clients[1]! } });
    try {
      const lns = "wl";
      await client.subnets(lns).create({ meta: { name: "s" }, spec: { vni: 700, cidr: "10.70.0.0/22" } });
      await expect
        .poll(async () => (await client.subnets(lns).get("s")).value.status?.validated, { timeout: 10_000 })
        .toBe(true);
      // Both replicas' subnet caches follow the bucket's watch a moment after the read above.
      await new Promise((r) => setTimeout(r, 1_000));
      const api = client.attachments(lns);
      const n = 200;
      const ips = new Set<string>();
      await inParallel(n, 16, async (i) => {
        const a = await api.create({ meta: { name: `a-${i}` }, spec: { node: "n1", subnet: "s" } });
        ips.add(a.value.status?.ip ?? "");
      });
      expect(ips.size).toBe(n);
      expect(ips.has("")).toBe(false);
      expect(await handled(writer, "attachments.create")).toBeGreaterThan(0);

      // The names are taken: every create is refused, and no lease is left behind.
      const codes = new Map<string, number>();
      await inParallel(n, 16, (i) =>
        api.create({ meta: { name: `a-${i}` }, spec: { node: "n1", subnet: "s" } }).then(
          () => codes.set("OK", (codes.get("OK") ?? 0) + 1),
          (err: { code?: string }) => codes.set(err.code ?? "?", (codes.get(err.code ?? "?") ?? 0) + 1),
        ),
      );
      expect(Object.fromEntries(codes)).toEqual({ [ErrorCode.AlreadyExists]: n });
      expect(await handled(writer, "attachments.create", ErrorCode.AlreadyExists)).toBeGreaterThan(0);
      const held = await new LeaseStore(clients[2]!).listVni(700);
      expect(held).toHaveLength(n);
      expect(new Set(held.map((l) => l.ref))).toEqual(
        new Set(Array.from({ length: n }, (_, i) => `${lns}/a-${i}`)),
      );
    } finally {
      await Promise.allSettled([writer.stop(), full.stop()]);
      for (const c of clients) c.disconnect();
      await redis.stop();
    }
  }, 120_000);

  it("a writer without a full replica says so, and says when one is back", async () => {
    const log = capture();
    const writer = await startReplica("writer", { logger: log.logger });
    const warned = () => log.lines.filter((l) => l.level === "warn" && /no full network replica/.test(l.msg));
    try {
      await expect.poll(() => warned().length, { timeout: 5_000 }).toBe(1);
      const full = await startReplica("full");
      try {
        await expect
          .poll(
            () =>
              log.lines.some((l) => l.level === "info" && /full network replica is live again/.test(l.msg)),
            {
              timeout: 5_000,
            },
          )
          .toBe(true);
        // Said once per change, not at every check.
        expect(warned()).toHaveLength(1);
      } finally {
        await full.stop();
      }
    } finally {
      await writer.stop();
    }
  }, 60_000);

  it("refuses, before writing anything, what needs the attachments it does not hold", async () => {
    await expect(startReplica("writer", { maxPending: 10 })).rejects.toThrow(/writer.*back-pressure/);
    await expect(
      run(
        process.execPath,
        [join(root, "bin/jetnet.js"), "network", "--role", "writer", "--mapping", "--nats", nats.url],
        { cwd: root, env: cleanEnv() },
      ),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--role writer.*--mapping.*full replica/),
    });
    await expect(
      run(
        process.execPath,
        [join(root, "bin/jetnet.js"), "network", "--role", "reader", "--nats", nats.url],
        {
          cwd: root,
          env: cleanEnv(),
        },
      ),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/--role.*reader.*full, writer/) });
  }, 60_000);
});
