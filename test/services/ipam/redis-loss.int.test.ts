import { setMaxListeners } from "node:events";
import { createServer, type Server, type Socket, connect as tcpConnect } from "node:net";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { Redis } from "ioredis";
import pino from "pino";
import { Registry } from "prom-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { JetnetClient } from "../../../lib/api/client.js";
import { Bucket } from "../../../lib/api/subjects.js";
import { attachmentCodec, type NetworkAttachment } from "../../../lib/codec.js";
import { seededInts } from "../../../lib/random.js";
import { closeRedis, connectRedis, parseRedisTarget, type RedisClient } from "../../../lib/service/index.js";
import { openStore } from "../../../lib/store/store.js";
import type { ObjectStore, Versioned } from "../../../lib/store/types.js";
import { minRecoveryGraceMs, runIpam } from "../../../services/ipam/service.js";
import { runNetwork } from "../../../services/network/service.js";
import { ledgerViolations, readLeases } from "../../ha/checks.js";
import { createAttachment, deleteAttachment, Ledger, runPaced } from "../../ha/driver.js";
import { type NatsServer, type RedisServer, startNats, startRedis } from "../../harness/index.js";
import { replayNote, testSeed, withSeed } from "../../harness/seed.js";
import { type DuplicateAddresses, watchDuplicates } from "./duplicates.js";
import { eventually } from "./system.js";

/**
 * "When Redis loses data" (docs/design.md, invariant 5), with real servers: the redis-server the
 * ipam replicas use is restarted without persistence in the middle of a churn of creates and
 * deletes (a new run id, an empty dataset), and, separately, Redis fails over to a replica that
 * had stopped following its master (REPLICAOF NO ONE), so the new master holds the epoch and the
 * intact markers but not the latest leases: only the run id tells. The same failover under
 * churn: the allocations that reach the new master before ipam polls its run id must be refused
 * there (its markers name the old master), or they hand out addresses the old one leased.
 *
 * Checked at every revision of the attachments bucket: no (VNI, IP) named by two attachments.
 * Checked once quiet: every acknowledged create exists, every attachment is addressed where its
 * subnet has room, every status names its own lease, and no lease is left without its owner.
 */

const gcGraceMs = 1_500;
const recoveryGraceMs = minRecoveryGraceMs;
const retryBudgetMs = 20_000;

interface SubnetPlan {
  readonly ns: string;
  readonly name: string;
  readonly vni: number;
  readonly cidr: string;
  /** Leasable addresses (network, gateway and broadcast are reserved). */
  readonly capacity: number;
}

/**
 * Lets the test move every ipam replica from one redis-server to another at once, as a failover
 * moves clients: open connections are cut, new ones go to the new target.
 */
class RedisSwitch {
  private readonly sockets = new Set<Socket>();
  private constructor(
    private readonly server: Server,
    readonly port: number,
    private target: number,
  ) {
    server.on("connection", (client) => this.relay(client));
  }

  static async start(target: number): Promise<RedisSwitch> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    return new RedisSwitch(server, address.port, target);
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  switchTo(target: number): void {
    this.target = target;
    for (const s of this.sockets) s.destroy();
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((r) => this.server.close(r));
  }

  private relay(client: Socket): void {
    const upstream = tcpConnect({ host: "127.0.0.1", port: this.target });
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      this.sockets.add(a);
      a.pipe(b);
      a.on("error", () => b.destroy());
      a.on("close", () => {
        this.sockets.delete(a);
        b.destroy();
      });
    }
  }
}

/**
 * NATS, the network service and two ipam replicas, in-process; ipam talks to `redisUrl`, and so
 * does network when it leases addresses within creates (`leaseInCreate`).
 */
async function startServices(nats: NatsServer, redisUrl: string, leaseInCreate: boolean) {
  const ac = new AbortController();
  setMaxListeners(0, ac.signal);
  const logger = pino({ level: process.env.JETNET_TEST_LOG ?? "silent" });
  const conns: NatsConnection[] = [];
  const redises: RedisClient[] = [];
  const registries: Registry[] = [];
  const running: Promise<void>[] = [];
  const nc = await connect({ servers: nats.url });
  conns.push(nc);
  const networkRedis = leaseInCreate
    ? await connectRedis({ url: redisUrl, target: parseRedisTarget(redisUrl) }, { name: "network", logger })
    : undefined;
  if (networkRedis) redises.push(networkRedis);
  const networkRegistry = new Registry();
  await new Promise<void>((onReady) =>
    running.push(
      runNetwork({
        nc,
        registry: networkRegistry,
        logger,
        signal: ac.signal,
        onReady,
        resyncMs: 2_000,
        ...(networkRedis && { leases: { redis: networkRedis } }),
      }),
    ),
  );
  for (const i of [0, 1]) {
    const ipc = await connect({ servers: nats.url });
    const redis = await connectRedis(
      { url: redisUrl, target: parseRedisTarget(redisUrl) },
      { name: `ipam-${i}`, logger },
    );
    const registry = new Registry();
    conns.push(ipc);
    redises.push(redis);
    registries.push(registry);
    await new Promise<void>((onReady) =>
      running.push(
        runIpam({
          nc: ipc,
          redis,
          registry,
          logger,
          signal: ac.signal,
          onReady,
          gcGraceMs,
          gcIntervalMs: 500,
          recoveryGraceMs,
        }),
      ),
    );
  }
  return {
    nc,
    client: new JetnetClient(nc, { timeoutMs: 10_000 }),
    /** Creates the network service stored with their address leased in the create. */
    async addressedInCreate(): Promise<number> {
      const m = await networkRegistry.getSingleMetric("jetnet_network_create_addresses_total")?.get();
      return m?.values.find((v) => v.labels.result === "addressed")?.value ?? 0;
    },
    /** Whole-dataset recoveries the replicas started (the epoch or the run id changed). */
    async recoveries(): Promise<number> {
      let n = 0;
      for (const r of registries) {
        const m = await r.getSingleMetric("jetnet_ipam_recoveries_total")?.get();
        n += m?.values.find((v) => v.labels.scope === "all")?.value ?? 0;
      }
      return n;
    },
    async stop() {
      ac.abort();
      await Promise.allSettled(running);
      await Promise.all(redises.map((r) => closeRedis(r)));
      await Promise.all(conns.map((c) => c.close()));
    },
  };
}

const show = (a: Versioned<NetworkAttachment>) =>
  `${a.key} uid=${a.value.meta?.uid} ${a.value.status?.vni}/${a.value.status?.ip || "-"} ${JSON.stringify(a.value.status?.ipamErrors ?? [])}`;

/**
 * Invariants 2-4 once quiet, for the attachments of `plan`: each status names its own lease, each
 * lease a live owner that names it, and each subnet has min(capacity, attachments) addressed.
 */
function quietViolations(
  plan: readonly SubnetPlan[],
  items: readonly Versioned<NetworkAttachment>[],
  leases: ReadonlyMap<string, string>,
): string[] {
  const out: string[] = [];
  const vnis = new Set(plan.map((s) => s.vni));
  const named = new Map<string, string>();
  for (const a of items) {
    const s = a.value.status;
    if (!s?.ip) continue;
    const k = `${s.vni}/${s.ip}`;
    if (named.has(k)) out.push(`duplicate ${k}: ${show(a)} and uid ${named.get(k)}`);
    named.set(k, a.value.meta?.uid ?? "");
    if (leases.get(k) !== a.value.meta?.uid)
      out.push(`${show(a)}: the lease is ${leases.get(k) ?? "absent"}`);
  }
  for (const [k, owner] of leases)
    if (vnis.has(Number(k.split("/")[0])) && named.get(k) !== owner)
      out.push(`leaked lease ${k}: owner ${owner} is not a live attachment naming it`);
  for (const s of plan) {
    const mine = items.filter((a) => a.value.meta?.namespace === s.ns && a.value.spec?.subnet === s.name);
    const addressed = mine.filter((a) => a.value.status?.ip).length;
    const want = Math.min(s.capacity, mine.length);
    if (addressed !== want)
      out.push(
        `${s.ns}/${s.name}: ${addressed} addressed, want ${want} of ${mine.length}; e.g. ` +
          mine
            .filter((a) => !a.value.status?.ip)
            .slice(0, 3)
            .map(show)
            .join(" | "),
      );
  }
  return out;
}

let nats: NatsServer;
let attachments: ObjectStore<NetworkAttachment>;
let watchNc: NatsConnection;
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

/** Polls until the attachments of `plan` are quiet (see quietViolations) and the ledger holds. */
async function converge(
  plan: readonly SubnetPlan[],
  redis: () => Redis,
  check: DuplicateAddresses,
  ledger?: Ledger,
): Promise<Versioned<NetworkAttachment>[]> {
  const namespaces = new Set(plan.map((s) => s.ns));
  let last: string[] = ["never checked"];
  let items: Versioned<NetworkAttachment>[] = [];
  await eventually(
    async () => {
      items = (await attachments.list()).items.filter((a) => namespaces.has(a.value.meta?.namespace ?? ""));
      last = [
        // A duplicate seen at any revision is final: no later state makes up for it.
        ...check.violations,
        ...(ledger ? ledgerViolations(ledger, items) : []),
        ...quietViolations(plan, items, await readLeases(redis())),
      ];
      return last.length === 0 || check.violations.length > 0 ? true : undefined;
    },
    60_000,
    "quiet",
  ).catch(() => undefined);
  if (last.length > 0) throw new Error(`not quiet; wrong:\n${last.slice(0, 8).join("\n")}`);
  return items;
}

async function createSubnets(client: JetnetClient, plan: readonly SubnetPlan[]): Promise<void> {
  for (const s of plan)
    await client.subnets(s.ns).create({ meta: { name: s.name }, spec: { vni: s.vni, cidr: s.cidr } });
  await eventually(async () => {
    for (const s of plan)
      if (!(await client.subnets(s.ns).get(s.name)).value.status?.validated) return undefined;
    return true;
  });
}

/** uid → `vni/ip` of every addressed attachment. */
function addressesOf(items: readonly Versioned<NetworkAttachment>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of items)
    if (a.value.status?.ip) out.set(a.value.meta?.uid ?? "", `${a.value.status.vni}/${a.value.status.ip}`);
  return out;
}

async function runId(redis: Redis): Promise<string> {
  return /^run_id:(\w+)/m.exec(await redis.info("server"))?.[1] ?? "";
}

describe.each([false, true])(
  "ipam when Redis loses data (addresses leased within creates too: %s)",
  (leaseInCreate) => {
    // A fresh nats-server per variant: the tests reuse their namespaces.
    beforeAll(async () => {
      nats = await startNats();
      watchNc = await connect({ servers: nats.url });
    });
    afterAll(async () => {
      await watchNc?.close();
      await nats?.stop();
    });

    it("a redis-server restarted without persistence under churn: no address leased twice at any revision, every attachment addressed again", async () => {
      const redisServer: RedisServer = await startRedis();
      cleanups.push(() => redisServer.stop());
      const sys = await startServices(nats, redisServer.url, leaseInCreate);
      cleanups.push(() => sys.stop());
      const redis = new Redis(redisServer.url, { maxRetriesPerRequest: 2 });
      cleanups.push(async () => redis.disconnect());
      attachments = await openStore(watchNc, {
        bucket: Bucket.Attachments,
        codec: attachmentCodec,
        bindOnly: true,
      });
      const watch = watchDuplicates(watchNc);
      cleanups.push(() => watch.history.stop());

      const plan: SubnetPlan[] = [
        { ns: "rl", name: "wide", vni: 3100, cidr: "10.31.0.0/24", capacity: 253 },
        { ns: "rl", name: "tight", vni: 3101, cidr: "10.31.1.0/28", capacity: 13 },
      ];
      await createSubnets(sys.client, plan);

      const ledger = new Ledger();
      const busy = new Set<string>();
      let seq = 0;
      const restartAtOp = 100;
      let before = "";
      let after = "";
      let heldBefore = new Map<string, string>();
      // 300 operations at 25/s (12 s); creates favour the tight subnet, which overflows, so some
      // attachments wait for a release while Redis goes away and comes back empty.
      const load = runPaced({ ops: 300, ratePerSec: 25, concurrency: 8 }, async (i) => {
        if (i === restartAtOp) {
          before = await runId(redis);
          heldBefore = addressesOf((await attachments.list()).items);
          await redisServer.restart();
          after = await eventually(async () => (await runId(redis)) || undefined, 10_000, "Redis back");
          return;
        }
        const live = [...ledger.creates.keys()].filter((k) => !ledger.deletes.has(k) && !busy.has(k));
        if (live.length > 12 && i % 3 === 0) {
          const k = live[(i * 7919) % live.length]!;
          const [ns, name] = k.split("/") as [string, string];
          busy.add(k);
          await deleteAttachment(sys.client, ledger, ns, name, { budgetMs: retryBudgetMs });
          busy.delete(k);
          return;
        }
        const s = plan[i % 5 < 2 ? 1 : 0]!;
        await createAttachment(
          sys.client,
          ledger,
          { ns: s.ns, name: `a${seq++}`, subnet: s.name, node: "n1" },
          { budgetMs: retryBudgetMs },
        );
      });
      await load;
      expect(after).not.toBe("");
      expect(after).not.toBe(before);
      expect(ledger.anomalies).toEqual([]);
      expect(ledger.unknownCreates.size + ledger.unknownDeletes.size).toBe(0);
      expect(ledger.creates.size).toBeGreaterThan(150);
      expect(ledger.deletes.size).toBeGreaterThan(40);

      const items = await converge(plan, () => redis, watch.check, ledger);
      await watch.history.caughtUp();
      console.log(
        `redis restart: ${ledger.creates.size} creates, ${ledger.deletes.size} deletes, ${items.length} live, ` +
          `${items.filter((a) => a.value.status?.ip).length} addressed; ${watch.history.records} revisions checked ` +
          `(${watch.history.skipped} skipped); recoveries ${await sys.recoveries()}`,
      );
      expect(await sys.recoveries()).toBeGreaterThanOrEqual(1);
      // Both paths ran: network leased within creates and left the rest to ipam.
      if (leaseInCreate) expect(await sys.addressedInCreate()).toBeGreaterThan(0);
      // Every attachment addressed when Redis went away and still there got its own address back.
      const now = addressesOf(items);
      const kept = [...heldBefore].filter(([uid]) => now.has(uid));
      expect(kept.length).toBeGreaterThan(5);
      expect(kept.filter(([uid, address]) => now.get(uid) !== address)).toEqual([]);
      // The tight subnet overflowed: the restart came while attachments were waiting for a release.
      expect(items.filter((a) => !a.value.status?.ip).length).toBeGreaterThan(0);
      expect(watch.history.records).toBeGreaterThanOrEqual(ledger.creates.size + ledger.deletes.size);
      expect(watch.check.violations).toEqual([]);
    }, 120_000);

    it("a failover to a replica that stopped following (REPLICAOF NO ONE): the run id tells, the lost leases are re-asserted, none is handed out twice", async () => {
      const primary = await startRedis();
      cleanups.push(() => primary.stop());
      const replica = await startRedis({ args: ["--replicaof", "127.0.0.1", String(primary.port)] });
      cleanups.push(() => replica.stop());
      const toPrimary = new Redis(primary.url, { maxRetriesPerRequest: 2 });
      const toReplica = new Redis(replica.url, { maxRetriesPerRequest: 2 });
      toPrimary.on("error", () => undefined); // it is killed on purpose
      cleanups.push(async () => {
        toPrimary.disconnect();
        toReplica.disconnect();
      });
      // On a loaded box the first sync can take longer than the WAIT below allows.
      await following(toReplica);
      const redisSwitch = await RedisSwitch.start(primary.port);
      cleanups.push(() => redisSwitch.stop());
      const sys = await startServices(nats, redisSwitch.url, leaseInCreate);
      cleanups.push(() => sys.stop());
      attachments = await openStore(watchNc, {
        bucket: Bucket.Attachments,
        codec: attachmentCodec,
        bindOnly: true,
      });
      const watch = watchDuplicates(watchNc);
      cleanups.push(() => watch.history.stop());

      const plan: SubnetPlan[] = [{ ns: "fo", name: "s", vni: 3200, cidr: "10.32.0.0/27", capacity: 29 }];
      await createSubnets(sys.client, plan);
      const api = sys.client.attachments("fo");
      const create = (names: string[]) =>
        Promise.all(names.map((name) => api.create({ meta: { name }, spec: { node: "n1", subnet: "s" } })));
      let current = toPrimary;

      // 1. Twelve attachments addressed; the replica has every write (WAIT: acknowledged by it).
      await create(Array.from({ length: 12 }, (_, i) => `early-${i}`));
      await converge(plan, () => current, watch.check);
      expect(await toPrimary.call("WAIT", 1, 5_000)).toBe(1);
      // 2. The replica stops following: from now on it lags.
      await toReplica.call("REPLICAOF", "NO", "ONE");
      // 3. Ten more leases and three releases that only the old primary sees.
      await create(Array.from({ length: 10 }, (_, i) => `late-${i}`));
      for (const name of ["early-0", "early-1", "early-2"]) await api.delete(name);
      const lateItems = await converge(plan, () => current, watch.check);
      // Key → address: a list comes in stream order, which a re-asserted lease's write changes.
      const lateIps = (items: typeof lateItems) =>
        new Map(items.filter((a) => a.key.startsWith("fo.late-")).map((a) => [a.key, a.value.status?.ip]));
      const lostByKey = lateIps(lateItems);
      const lost = [...lostByKey.values()];
      expect(lost).toHaveLength(10);
      const staleLeases = await readLeases(toReplica);
      expect(lost.filter((ip) => staleLeases.has(`3200/${ip}`))).toEqual([]);
      expect(staleLeases.size).toBe(12);
      // The replica kept the epoch: only the run id changes when ipam moves to it.
      expect(await toReplica.get("jetnet:epoch")).toBe(await toPrimary.get("jetnet:epoch"));
      const oldRunId = await runId(toPrimary);

      // 4. Failover: the primary dies and every client is moved to the promoted replica.
      await primary.kill("SIGKILL");
      redisSwitch.switchTo(replica.port);
      current = toReplica;
      expect(await runId(toReplica)).not.toBe(oldRunId);
      // 5. ipam notices, re-asserts the ten lost leases and collects the three stale ones.
      await converge(plan, () => current, watch.check);
      expect(await sys.recoveries()).toBeGreaterThanOrEqual(1);
      // Both paths ran: network leased within creates and left the rest to ipam.
      if (leaseInCreate) expect(await sys.addressedInCreate()).toBeGreaterThan(0);
      // 6. Fill the subnet past its capacity: every free address is handed out, the re-asserted
      // ones never.
      await create(Array.from({ length: 12 }, (_, i) => `after-${i}`));
      const final = await converge(plan, () => current, watch.check);
      expect(lateIps(final)).toEqual(lostByKey);
      expect(final.filter((a) => a.value.status?.ip)).toHaveLength(29);
      expect(final.filter((a) => !a.value.status?.ip)).toHaveLength(2);
      await watch.history.caughtUp();
      console.log(
        `redis failover: ${watch.history.records} revisions checked (${watch.history.skipped} skipped); ` +
          `recoveries ${await sys.recoveries()}`,
      );
      // At least a record per create (34) and delete (3); how many more (ipam's address writes)
      // depends on how many creates network addressed itself.
      expect(watch.history.records).toBeGreaterThanOrEqual(37);
      expect(watch.check.violations).toEqual([]);
    }, 120_000);

    it("a failover under churn, to a replica that missed the latest leases: no address is handed out twice, not even before ipam polls the new run id", async () => {
      const seed = testSeed();
      console.log(`redis failover under churn: ${replayNote(seed)}`);
      await withSeed(seed, () => failoverUnderChurn(seededInts(seed), leaseInCreate));
    }, 120_000);
  },
);

/**
 * Resolves once the replica behind `toReplica` follows its primary. Wanted before ipam starts:
 * the replica's arrival gives the primary a new replication id, which the intact markers name.
 */
async function following(toReplica: Redis): Promise<void> {
  await eventually(
    async () => (await toReplica.info("replication")).includes("master_link_status:up") || undefined,
    10_000,
    "replica following",
  );
}

/**
 * Creates and deletes at 25/s on two ipam replicas. A third of the way in, the replica stops
 * following its primary; about a second of churn later (its leases and cursors now only on the
 * primary) the primary is killed and every client moved to the replica. The allocations that
 * come next reach a server that holds intact markers copied from the primary but not its latest
 * leases: they must wait for the VNIs' recovery, whenever ipam polls the run id.
 */
async function failoverUnderChurn(rand: (n: number) => number, leaseInCreate: boolean): Promise<void> {
  const primary = await startRedis();
  cleanups.push(() => primary.stop());
  const replica = await startRedis({ args: ["--replicaof", "127.0.0.1", String(primary.port)] });
  cleanups.push(() => replica.stop());
  const toReplica = new Redis(replica.url, { maxRetriesPerRequest: 2 });
  cleanups.push(async () => toReplica.disconnect());
  await following(toReplica);
  const redisSwitch = await RedisSwitch.start(primary.port);
  cleanups.push(() => redisSwitch.stop());
  const sys = await startServices(nats, redisSwitch.url, leaseInCreate);
  cleanups.push(() => sys.stop());
  attachments = await openStore(watchNc, {
    bucket: Bucket.Attachments,
    codec: attachmentCodec,
    bindOnly: true,
  });
  const watch = watchDuplicates(watchNc);
  cleanups.push(() => watch.history.stop());

  const plan: SubnetPlan[] = [
    { ns: "fc", name: "wide", vni: 3300, cidr: "10.33.0.0/24", capacity: 253 },
    { ns: "fc", name: "narrow", vni: 3301, cidr: "10.33.1.0/26", capacity: 61 },
  ];
  await createSubnets(sys.client, plan);

  const ledger = new Ledger();
  const busy = new Set<string>();
  let seq = 0;
  const detachAtOp = 100;
  const failoverAtOp = 125;
  let missed = 0;
  const load = runPaced({ ops: 300, ratePerSec: 25, concurrency: 8 }, async (i) => {
    if (i === detachAtOp) {
      await toReplica.call("REPLICAOF", "NO", "ONE");
      missed = seq;
      return;
    }
    if (i === failoverAtOp) {
      missed = seq - missed;
      await primary.kill("SIGKILL");
      redisSwitch.switchTo(replica.port);
      return;
    }
    const live = [...ledger.creates.keys()].filter((k) => !ledger.deletes.has(k) && !busy.has(k));
    if (live.length > 12 && rand(4) === 0) {
      const k = live[rand(live.length)]!;
      const [ns, name] = k.split("/") as [string, string];
      busy.add(k);
      await deleteAttachment(sys.client, ledger, ns, name, { budgetMs: retryBudgetMs });
      busy.delete(k);
      return;
    }
    const s = plan[rand(2)]!;
    await createAttachment(
      sys.client,
      ledger,
      { ns: s.ns, name: `c${seq++}`, subnet: s.name, node: "n1" },
      { budgetMs: retryBudgetMs, token: rand(2 ** 30).toString(36) },
    );
  });
  await load;
  expect(ledger.anomalies).toEqual([]);
  expect(ledger.unknownCreates.size + ledger.unknownDeletes.size).toBe(0);
  expect(ledger.creates.size).toBeGreaterThan(150);
  expect(ledger.deletes.size).toBeGreaterThan(30);
  // Creates went to the primary alone between the two steps: the replica missed their leases.
  expect(missed).toBeGreaterThan(5);

  const items = await converge(plan, () => toReplica, watch.check, ledger);
  await watch.history.caughtUp();
  console.log(
    `redis failover under churn: ${ledger.creates.size} creates (${missed} while the replica was detached), ` +
      `${ledger.deletes.size} deletes, ${items.length} live, ${items.filter((a) => a.value.status?.ip).length} ` +
      `addressed; ${watch.history.records} revisions checked (${watch.history.skipped} skipped); ` +
      `recoveries ${await sys.recoveries()}`,
  );
  expect(await sys.recoveries()).toBeGreaterThanOrEqual(1);
  // Both paths ran: network leased within creates and left the rest to ipam.
  if (leaseInCreate) expect(await sys.addressedInCreate()).toBeGreaterThan(0);
  expect(watch.history.records).toBeGreaterThanOrEqual(ledger.creates.size + ledger.deletes.size);
  expect(watch.check.violations.slice(0, 5)).toEqual([]);
}
