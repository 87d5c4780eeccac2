import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { natsServerVersion } from "../../harness/index.js";
import { eventually, startSystem, type TestSystem } from "./system.js";

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ gcGraceMs: 500, gcIntervalMs: 300 });
});
afterAll(async () => {
  await sys?.stop();
});

/** Redis keys and, per VNI index hash, its fields: what ipam keeps. */
async function redisState(): Promise<{ keys: string[]; fields: Record<string, string[]>; bytes: number }> {
  const r = sys.redisClient;
  const keys = (await r.keys("*")).sort();
  const fields: Record<string, string[]> = {};
  for (const k of keys) if (k.endsWith(":index")) fields[k] = (await r.hkeys(k)).sort();
  const bytes = Number(/^used_memory:(\d+)/m.exec(await r.info("memory"))?.[1] ?? 0);
  return { keys, fields, bytes };
}

describe(`Redis after churn (nats-server ${natsServerVersion()})`, () => {
  it("keeps no lease, owner entry, cursor or release queue of deleted attachments and subnets", async () => {
    const c = sys.client;
    const ns = "churn";
    // One subnet stays; others come and go on two VNIs, each with a few attachments.
    await c.subnets(ns).create({ meta: { name: "keep" }, spec: { vni: 50, cidr: "10.50.0.0/24" } });
    await c.attachments(ns).create({ meta: { name: "stay" }, spec: { node: "n1", subnet: "keep" } });
    const rounds = 6;
    for (let r = 0; r < rounds; r++) {
      const vni = 60 + (r % 2);
      const subnet = `s${r}`;
      await c.subnets(ns).create({ meta: { name: subnet }, spec: { vni, cidr: `10.${60 + r}.0.0/24` } });
      const names = [0, 1, 2, 3].map((i) => `a${r}-${i}`);
      for (const name of names)
        await c.attachments(ns).create({ meta: { name }, spec: { node: "n1", subnet } });
      for (const name of names) {
        await eventually(async () =>
          (await c.attachments(ns).get(name)).value.status?.ip ? true : undefined,
        );
      }
      for (const name of names) await c.attachments(ns).delete(name);
      await c.subnets(ns).delete(subnet);
    }
    await eventually(async () => ((await c.attachments(ns).get("stay")).value.status?.ip ? true : undefined));

    // Once the grace has passed: the kept subnet's state and each VNI's markers, nothing else.
    const stale = (s: Awaited<ReturnType<typeof redisState>>) =>
      s.keys.some((k) => k.includes(":released:") && !k.endsWith("10.50.0.0/24")) ||
      Object.values(s.fields)
        .flat()
        .some((f) => /^#(next|spans):/.test(f) && !f.endsWith("10.50.0.0/24"));
    const end = await eventually(async () => {
      const s = await redisState();
      return stale(s) ? undefined : s;
    }).catch(() => redisState());
    console.log(`Redis after ${rounds} subnets came and went: ${JSON.stringify(end)}`);
    expect(end.keys).toEqual([
      "jetnet:epoch",
      "jetnet:{50}:index",
      "jetnet:{50}:ip",
      "jetnet:{60}:index",
      "jetnet:{61}:index",
    ]);
    expect(end.fields["jetnet:{50}:index"]).toEqual(
      expect.arrayContaining(["#intact", "#next:10.50.0.0/24", "#seq", "#spans:10.50.0.0/24"]),
    );
    expect(end.fields["jetnet:{50}:index"]).toHaveLength(5); // and the owner entry of "stay"
    expect(end.fields["jetnet:{60}:index"]).toEqual(["#intact", "#seq"]);
    expect(end.fields["jetnet:{61}:index"]).toEqual(["#intact", "#seq"]);
  });
});
