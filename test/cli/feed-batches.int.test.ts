import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JetnetClient } from "../../lib/api/client.js";
import { feedBatchToken, feedEntries } from "../../lib/api/feed-batch.js";
import { feedSubject } from "../../lib/api/subjects.js";
import { type NatsServer, type RedisServer, startJetnet, startNats, startRedis } from "../harness/index.js";

// `jetnet network --mapping` batches a busy view's announcements; `--feed-batches false` (for
// agents older than batches) sends every one alone. Both announce everything.
let nats: NatsServer;
let redis: RedisServer;
let nc: NatsConnection;

beforeAll(async () => {
  [nats, redis] = await Promise.all([startNats(), startRedis()]);
  nc = await connect({ servers: nats.url });
}, 60_000);

afterAll(async () => {
  await nc?.close();
  await Promise.allSettled([nats?.stop(), redis?.stop()]);
});

/** Creates `n` attachments on node n1 at once; the node feed's messages and the keys they carry. */
async function createOnOneNode(flags: string[], ns: string, vni: number, n: number) {
  const network = await startJetnet([
    "network",
    "--nats",
    nats.url,
    "--metrics-addr",
    "off",
    "--redis",
    redis.url,
    "--ipam",
    "--mapping",
    ...flags,
  ]);
  const subjects: string[] = [];
  const keys = new Set<string>();
  const prefixLen = feedSubject("jetnet-node", "").length;
  const sub = nc.subscribe(feedSubject("jetnet-node", "n1.>"), {
    callback: (_err, m) => {
      subjects.push(m.subject);
      for (const e of feedEntries(m, prefixLen)) if (e.key.startsWith(`n1.${ns}.`)) keys.add(e.key);
    },
  });
  try {
    await nc.flush();
    const client = new JetnetClient(nc);
    await client.subnets(ns).create({ meta: { name: "s" }, spec: { vni, cidr: `10.${vni}.0.0/24` } });
    // Issued together, they leave as batched writes: the watch brings their node work in bursts.
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        client.attachments(ns).create({ meta: { name: `a${i}` }, spec: { node: "n1", subnet: "s" } }),
      ),
    );
    for (let i = 0; i < 500 && keys.size < n; i++) await new Promise((r) => setTimeout(r, 20));
    return { subjects, keys };
  } finally {
    sub.unsubscribe();
    await network.stop();
  }
}

describe("jetnet network --mapping, feed batches", () => {
  it("batches node work of one turn by default, and every change is announced", async () => {
    const { subjects, keys } = await createOnOneNode([], "t1", 7, 100);
    expect(keys.size).toBe(100);
    const batches = subjects.filter((s) => s.endsWith(`.${feedBatchToken}`));
    expect(batches.length).toBeGreaterThan(0);
    expect(subjects.length).toBeLessThan(100);
  }, 60_000);

  it("sends every change alone with --feed-batches false", async () => {
    const { subjects, keys } = await createOnOneNode(["--feed-batches", "false"], "t2", 8, 100);
    expect(keys.size).toBe(100);
    expect(subjects.filter((s) => s.endsWith(`.${feedBatchToken}`))).toEqual([]);
    expect(subjects.filter((s) => s.startsWith(feedSubject("jetnet-node", "n1.t2.")))).toHaveLength(100);
  }, 60_000);
});
