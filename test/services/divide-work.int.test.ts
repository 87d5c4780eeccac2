import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JetnetClient } from "../../lib/api/client.js";
import { Bucket } from "../../lib/api/subjects.js";
import { attachmentCodec, type NetworkAttachment, type Subnet, subnetCodec } from "../../lib/codec.js";
import { seededInts } from "../../lib/random.js";
import { ownerOf } from "../../lib/service/rendezvous.js";
import { openStore } from "../../lib/store/store.js";
import type { ObjectStore } from "../../lib/store/types.js";
import { addressViolations, ledgerViolations, readLeases } from "../ha/checks.js";
import {
  createAttachment,
  createSubnet as createSubnetRetrying,
  deleteAttachment,
  Ledger,
} from "../ha/driver.js";
import {
  type JetnetProcess,
  type NatsServer,
  type RedisServer,
  startJetnet,
  startNats,
  startRedis,
} from "../harness/index.js";
import { replayNote, testSeed, withSeed } from "../harness/seed.js";
import { watchDuplicates } from "./ipam/duplicates.js";

/**
 * Replicas dividing work by VNI lose nothing when one dies: three `network` and three `ipam`
 * processes (membership on, the default) share 18 VNIs while attachments are created and deleted;
 * mid-churn one of each is killed with SIGKILL (no departure announced), and right after, inside
 * the liveness window, attachments are created in VNIs the dead ipam replica owned and subnets in
 * VNIs the dead network replica owned (the survivors, still counting the dead, drop those events). The survivors
 * must take the dead replicas' VNIs over and re-drive them: every subnet validated, every
 * attachment addressed, no (VNI, IP) named twice at any revision, no lease leaked.
 *
 * Bounds: churn 14 s by 8 workers, the kills at 5 s; lease gc grace 3 s; convergence polled
 * for at most 25 s, with both services' periodic re-drives set far off, so what the dead replicas' VNIs missed during the window is recovered by the survivors'
 * re-drive on gaining them, or the test fails.
 */

const ns = "dw";
const vniCount = 18;
/** Subnets that exist before churn; the rest are created during it, from `afterKills` on after the kills. */
const early = 8;
const afterKills = 13;
/** Attachments each subnet keeps, about: well under a /26's 61 addresses, so all get one. */
const pool = 20;
const churnMs = 14_000;
const killAtMs = 5_000;
const workers = 8;
const gcGraceMs = 3_000;
const convergeMs = 25_000;
const retryBudgetMs = 20_000;
/** Attachments created in the dead ipam replica's VNIs right after the kills. */
const gapCreates = 30;

/** s0..s17 on disjoint /26s; their VNIs are chosen once the replicas are known (placeVnis). */
const subnets = Array.from({ length: vniCount }, (_, i) => ({
  name: `s${i}`,
  vni: 3000 + i,
  cidr: `10.${80 + i}.0.0/26`,
}));

/**
 * Makes the kills matter whatever ids the replicas drew: the first two subnets go to VNIs the
 * doomed ipam replica owns, the ones created after the kills to VNIs the doomed network replica
 * owns; the rest keep 3000 + i.
 */
function placeVnis(
  ipamIds: readonly string[],
  doomedIpam: string,
  netIds: readonly string[],
  doomedNet: string,
) {
  const used = new Set(subnets.map((s) => s.vni));
  const next = (ids: readonly string[], id: string, from: number) => {
    let v = from;
    while (used.has(v) || ownerOf(v, ids) !== id) v++;
    used.add(v);
    return v;
  };
  for (const i of [0, 1]) subnets[i]!.vni = next(ipamIds, doomedIpam, 3100);
  for (let i = afterKills; i < vniCount; i++) subnets[i]!.vni = next(netIds, doomedNet, 3200);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The member ids a service process announced, and the members it last saw (from its log). */
function membership(p: JetnetProcess): { id: string; members: string[]; ownsAll: boolean } | undefined {
  let last: { id: string; members: string[]; ownsAll: boolean } | undefined;
  for (const line of p.log().split("\n")) {
    if (!line.includes('"replica membership changed"')) continue;
    const l = JSON.parse(line) as { id: string; members: string[]; ownsAll: boolean };
    last = { id: l.id, members: l.members, ownsAll: l.ownsAll };
  }
  return last;
}

/** Resolves once every process in `ps` sees exactly `ps` as members, warm-up over. */
async function settled(ps: readonly JetnetProcess[], what: string): Promise<string[]> {
  const end = Date.now() + 30_000;
  for (;;) {
    const views = ps.map(membership);
    const ids = views.map((v) => v?.id ?? "").sort();
    if (views.every((v) => v && !v.ownsAll && [...v.members].sort().join() === ids.join())) return ids;
    if (Date.now() > end) throw new Error(`${what} did not settle: ${JSON.stringify(views)}`);
    await sleep(100);
  }
}

let nats: NatsServer;
let redisServer: RedisServer;
let nc: NatsConnection;
let redis: Redis;
let client: JetnetClient;
let attachmentStore: ObjectStore<NetworkAttachment>;
let subnetStore: ObjectStore<Subnet>;
const network: JetnetProcess[] = [];
const ipam: JetnetProcess[] = [];

beforeAll(async () => {
  [nats, redisServer] = await Promise.all([startNats(), startRedis()]);
  nc = await connect({ servers: nats.url });
  redis = new Redis(redisServer.url);
  const common = (name: string) => ["--nats", nats.url, "--metrics-addr", "off", "--name", name];
  // The first creates the buckets; the others start beside it.
  const networkArgs = (i: number) => ["network", ...common(`net-${i}`), "--resync-interval", "600000"];
  network.push(await startJetnet(networkArgs(0)));
  network.push(...(await Promise.all([1, 2].map((i) => startJetnet(networkArgs(i))))));
  const ipamArgs = (i: number) => [
    "ipam",
    ...common(`ipam-${i}`),
    ...["--redis", redisServer.url, "--gc-grace", String(gcGraceMs), "--gc-interval", "1000"],
    ...["--resync-interval", "600000"],
  ];
  ipam.push(...(await Promise.all([0, 1, 2].map((i) => startJetnet(ipamArgs(i))))));
  client = new JetnetClient(nc, { timeoutMs: 5_000 });
  attachmentStore = await openStore(nc, {
    bucket: Bucket.Attachments,
    codec: attachmentCodec,
    bindOnly: true,
  });
  subnetStore = await openStore(nc, { bucket: Bucket.Subnets, codec: subnetCodec, bindOnly: true });
}, 120_000);

afterAll(async () => {
  await Promise.all([...network, ...ipam].map((p) => p.stop()));
  redis?.disconnect();
  await nc?.close();
  await Promise.all([nats?.stop(), redisServer?.stop()]);
});

describe("replicas dividing VNIs", () => {
  it("lose nothing when one network and one ipam replica are killed mid-churn", async () => {
    const seed = testSeed();
    console.log(`divide-work: ${replayNote(seed)}`);
    await withSeed(seed, () => run(seed));
  }, 240_000);
});

async function run(seed: number): Promise<void> {
  const rand = seededInts(seed);
  // Work is divided: each replica of each service sees all three and owns a share.
  const netIds = await settled(network, "network membership");
  const ipamIds = await settled(ipam, "ipam membership");
  placeVnis(ipamIds, membership(ipam[0]!)!.id, netIds, membership(network[2]!)!.id);
  const createSubnet = (s: (typeof subnets)[number]) =>
    createSubnetRetrying(client, { ns, ...s }, { budgetMs: retryBudgetMs });
  for (const s of subnets.slice(0, early)) await createSubnet(s);

  const watch = watchDuplicates(nc);
  const ledger = new Ledger();
  const live = new Map(subnets.map((s) => [s.name, [] as string[]]));
  const busy = new Set<string>();
  let created = early;
  let seq = 0;
  let paused = false;
  const started = Date.now();
  /** Creates an attachment; one not `deletable` stays to the end (churn never picks it). */
  const create = async (subnet: string, deletable = true) => {
    const name = `${subnet}-${seq++}`;
    if (deletable) live.get(subnet)!.push(name);
    busy.add(name);
    await createAttachment(
      client,
      ledger,
      { ns, name, subnet, node: `node${rand(4)}` },
      { budgetMs: retryBudgetMs },
    );
    busy.delete(name);
  };
  const churn = async () => {
    while (Date.now() - started < churnMs) {
      if (paused) {
        await sleep(20);
        continue;
      }
      const s = subnets[rand(created)]!;
      const names = live.get(s.name)!;
      const free = names.filter((n) => !busy.has(n));
      if (names.length >= pool || (free.length > 0 && rand(3) === 0)) {
        if (free.length === 0) {
          await sleep(10);
          continue;
        }
        const name = free[rand(free.length)]!;
        busy.add(name);
        names.splice(names.indexOf(name), 1);
        await deleteAttachment(client, ledger, ns, name, { budgetMs: retryBudgetMs });
        busy.delete(name);
      } else {
        await create(s.name);
      }
    }
  };
  let killed: { net: string; ipam: string; netVnis: number[]; ipamVnis: number[] } | undefined;
  const faults = async () => {
    for (; created < afterKills; created++) await createSubnet(subnets[created]!);
    await sleep(killAtMs - (Date.now() - started));
    // Churn pauses and the informers catch up, so that what is created right after the kills
    // reaches the survivors while they still count the dead: they drop it, and only their
    // re-drive on taking the dead replicas' VNIs over can pick it up again.
    paused = true;
    while (busy.size > 0) await sleep(10);
    await sleep(1_000);
    const owners = (ids: readonly string[], dead: JetnetProcess) => {
      const id = membership(dead)!.id;
      return { id, vnis: subnets.map((s) => s.vni).filter((v) => ownerOf(v, ids) === id) };
    };
    const net = owners(netIds, network[2]!);
    const ip = owners(ipamIds, ipam[0]!);
    killed = { net: net.id, ipam: ip.id, netVnis: net.vnis, ipamVnis: ip.vnis };
    await Promise.all([network[2]!.kill("SIGKILL"), ipam[0]!.kill("SIGKILL")]);
    const inDeadVnis = subnets.slice(0, created).filter((s) => ip.vnis.includes(s.vni));
    await Promise.all([
      ...Array.from({ length: inDeadVnis.length > 0 ? gapCreates : 0 }, (_, i) =>
        create(inDeadVnis[i % inDeadVnis.length]!.name, false),
      ),
      (async () => {
        for (; created < vniCount; created++) await createSubnet(subnets[created]!);
      })(),
    ]);
    paused = false;
  };
  try {
    await Promise.all([...Array.from({ length: workers }, churn), faults()]);
    // The dead replicas owned VNIs in use (else nothing was taken over), and the survivors
    // dropped them: each now sees the two of its service.
    console.log(
      `divide-work: killed network ${killed?.net} (owned VNIs ${killed?.netVnis.join(",")}) and ipam ` +
        `${killed?.ipam} (owned ${killed?.ipamVnis.join(",")}); creates ${ledger.creates.size}, ` +
        `deletes ${ledger.deletes.size}, retries ${ledger.retries}`,
    );
    expect(killed?.netVnis.length).toBeGreaterThanOrEqual(vniCount - afterKills);
    expect(killed?.ipamVnis.length).toBeGreaterThanOrEqual(2);
    await settled([network[0]!, network[1]!], "network survivors");
    await settled([ipam[1]!, ipam[2]!], "ipam survivors");
    expect(ledger.anomalies.slice(0, 5)).toEqual([]);
    expect([...ledger.unknownCreates, ...ledger.unknownDeletes]).toEqual([]);
    expect(ledger.creates.size).toBeGreaterThan(200);
    await checkConverged(ledger, watch);
  } finally {
    await watch.history.stop();
  }
}

async function checkConverged(ledger: Ledger, watch: ReturnType<typeof watchDuplicates>): Promise<void> {
  const end = Date.now() + convergeMs;
  let last: string[] = ["never checked"];
  while (Date.now() < end) {
    const items = (await attachmentStore.list()).items;
    const subs = (await subnetStore.list()).items;
    last = [
      ...subs.filter((s) => !s.value.status?.validated).map((s) => `subnet ${s.key} not validated`),
      ...ledgerViolations(ledger, items),
      ...addressViolations(items, subs, await readLeases(redis)),
    ];
    if (subs.length === vniCount && last.length === 0) break;
    await sleep(500);
  }
  console.log(
    `divide-work: ${last.length === 0 ? "converged" : "NOT converged"} ${Date.now() - (end - convergeMs)} ms after churn`,
  );
  expect(last.slice(0, 8)).toEqual([]);
  await watch.history.caughtUp();
  // Invariant 2 at every revision the watch read (it followed the bucket through the churn).
  expect(watch.check.violations.slice(0, 5)).toEqual([]);
  expect(watch.history.records).toBeGreaterThan(ledger.creates.size);
}
