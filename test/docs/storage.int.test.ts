import { setMaxListeners } from "node:events";
import { readFileSync } from "node:fs";
import { jetstreamManager } from "@nats-io/jetstream";
import pino from "pino";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentStatusSubject, Bucket, objectKey } from "../../lib/api/subjects.js";
import { protoCodec } from "../../lib/codec.js";
import { epochKey, vniKeys } from "../../lib/ipam/leases.js";
import { openStore } from "../../lib/store/store.js";
import { schemaType } from "../../lib/wire.js";
import { jetnet } from "../../proto/gen/jetnet.js";
import { runMapping } from "../../services/mapping/service.js";
import { eventually, startSystem, type TestSystem } from "../services/ipam/system.js";

/**
 * docs/storage.md against the code and against a real run: every bucket, Redis key, bookkeeping
 * field and lease field the code defines is documented, and every one a running system writes
 * matches a documented pattern (and each bucket's values decode as the documented type).
 */

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const doc = read("docs/storage.md");

/** The rows of the first table after `heading`, as cells; the header and rule lines dropped. */
function table(heading: string): string[][] {
  const lines = doc.split("\n");
  const at = lines.indexOf(heading);
  if (at < 0) throw new Error(`docs/storage.md has no heading ${JSON.stringify(heading)}`);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.startsWith("#")) break;
    if (!line.startsWith("|")) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push(
      line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows.slice(2);
}

/** The first code span of a cell. */
function code(cell: string | undefined): string {
  const m = /`([^`]+)`/.exec(cell ?? "");
  if (!m) throw new Error(`no code span in table cell ${JSON.stringify(cell)}`);
  return m[1]!;
}

/** What each placeholder of docs/storage.md stands for, as a regular expression. */
const placeholders: Record<string, string> = {
  namespace: "[a-z0-9]([-a-z0-9]*[a-z0-9])?",
  name: "[a-z0-9]([-a-z0-9]*[a-z0-9])?",
  node: "[a-z0-9_-]+",
  vni: "[1-9][0-9]*",
  subnet: "\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}",
  address: "\\d+",
  uid: "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}",
};

function patternRegex(pattern: string): RegExp {
  const parts = pattern.split(/(<[a-z]+>)/);
  const re = parts
    .map((p) => {
      const ph = /^<([a-z]+)>$/.exec(p)?.[1];
      if (ph === undefined) return p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const r = placeholders[ph];
      if (r === undefined) throw new Error(`placeholder <${ph}> of ${pattern} is not in the test's list`);
      return `(${r})`;
    })
    .join("");
  return new RegExp(`^${re}$`);
}

const documented = {
  placeholders: table("**Placeholders** in key patterns:").map((r) => code(r[0]).slice(1, -1)),
  buckets: table("## JetStream key-value buckets").map((r) => ({
    bucket: code(r[0]),
    key: patternRegex(code(r[1])),
    value: code(r[2]),
  })),
  redis: table("## Redis keys").map((r) => ({ key: patternRegex(code(r[0])), type: (r[1] ?? "").trim() })),
  leaseFields: table("### Lease record").map((r) => code(r[0])),
  indexFields: table("### Bookkeeping fields of `jetnet:{<vni>}:index`").map((r) => code(r[0])),
};
const indexFieldRes = documented.indexFields.map(patternRegex);

describe("docs/storage.md against the code", () => {
  it("uses only the placeholders it defines", () => {
    expect(documented.placeholders.sort()).toEqual(Object.keys(placeholders).sort());
  });

  it("lists every bucket, with the key format the code builds and a value type of the schema", () => {
    expect(documented.buckets.map((b) => b.bucket).sort()).toEqual(Object.values(Bucket).sort());
    const sample: Record<string, string> = {
      [Bucket.Subnets]: objectKey("team-1", "web"),
      [Bucket.Attachments]: objectKey("team-1", "web-1"),
      [Bucket.Vnis]: String(4242),
    };
    for (const b of documented.buckets) {
      expect([b.bucket, b.key.test(sample[b.bucket] ?? "")]).toEqual([b.bucket, true]);
      expect([b.value, schemaType(b.value) !== undefined]).toEqual([b.value, true]);
    }
  });

  it("lists every Redis key the code builds, each matching exactly one pattern", () => {
    const k = vniKeys(4242);
    const keys = [k.ip, k.index, k.released("10.1.0.0/24"), epochKey];
    for (const key of keys)
      expect([key, documented.redis.filter((r) => r.key.test(key)).length]).toEqual([key, 1]);
    for (const r of documented.redis)
      expect([String(r.key), keys.some((key) => r.key.test(key))]).toEqual([String(r.key), true]);
  });

  it("lists every bookkeeping field and every lease record field the scripts write", () => {
    const sources = [
      "lib/ipam/leases.ts",
      "lib/ipam/leases/keys.ts",
      "lib/ipam/leases/markers.ts",
      "lib/ipam/lua/allocate.lua",
      "lib/ipam/lua/release.lua",
      "lib/ipam/lua/assert.lua",
      "lib/ipam/lua/intact.lua",
    ].map(read);
    const hashFields = new Set(sources.flatMap((s) => [...s.matchAll(/['"`]#(\w+)/g)].map((m) => m[1]!)));
    expect([...hashFields].sort()).toEqual(
      documented.indexFields.map((f) => f.slice(1).split(":")[0]).sort(),
    );

    const allocate = read("lib/ipam/lua/allocate.lua");
    const concatenated = allocate.split("\n").find((l) => l.includes(`'{"owner"`)) ?? "";
    const assert = read("lib/ipam/lua/assert.lua");
    const encoded = /cjson\.encode\(\{([^}]*)\}\)/.exec(assert)?.[1] ?? "";
    const parsed = /const \{([^}]*)\} = v as Record/.exec(read("lib/ipam/leases/checks.ts"))?.[1] ?? "";
    const lease = documented.leaseFields.sort();
    expect([...concatenated.matchAll(/"(\w+)":/g)].map((m) => m[1]).sort()).toEqual(lease);
    expect([...encoded.matchAll(/(\w+) =/g)].map((m) => m[1]).sort()).toEqual(lease);
    expect(
      parsed
        .split(",")
        .map((s) => s.trim())
        .sort(),
    ).toEqual(lease);
  });
});

describe("docs/storage.md against a real run", () => {
  let sys: TestSystem;
  const mappingStop = new AbortController();
  let mapping: Promise<void> | undefined;

  beforeAll(async () => {
    sys = await startSystem({ gcGraceMs: 500, gcIntervalMs: 300 });
    setMaxListeners(0, mappingStop.signal);
    let ready!: () => void;
    const up = new Promise<void>((r) => (ready = r));
    mapping = runMapping({
      nc: sys.nc,
      registry: new Registry(),
      logger: pino({ level: "silent" }),
      signal: mappingStop.signal,
      onReady: ready,
    });
    await up;
  });
  afterAll(async () => {
    mappingStop.abort();
    await mapping;
    await sys?.stop();
  });

  it("every bucket, key, Redis key and field written matches a documented pattern", async () => {
    const c = sys.client;
    await c.subnets("team-1").create({
      meta: { name: "web" },
      spec: { vni: 4242, cidr: "10.90.0.0/24", exclude: ["10.90.0.10-10.90.0.19"], gateway: "10.90.0.254" },
    });
    await c.subnets("team-1").create({ meta: { name: "db" }, spec: { vni: 4243, cidr: "10.91.0.0/24" } });
    await c.attachments("team-1").create({ meta: { name: "w1" }, spec: { node: "worker-1", subnet: "web" } });
    await c.attachments("team-1").create({
      meta: { name: "w2" },
      spec: { node: "worker-2.example.com", subnet: "web", ip: "10.90.0.40" },
    });
    await c.attachments("team-1").create({ meta: { name: "d1" }, spec: { node: "worker-1", subnet: "db" } });
    const addressed = await eventually(
      async () => {
        const l = (await c.attachments("team-1").list()).items;
        return l.length === 3 && l.every((a) => a.value.status?.ip) ? l : undefined;
      },
      15_000,
      "attachments addressed",
    );
    // An agent's report makes w1 implemented (its status fields are documented too).
    const w1 = addressed.find((a) => a.value.meta?.name === "w1")!.value;
    await sys.nc.request(
      agentStatusSubject("worker-1"),
      jetnet.v1.StatusReport.encode({
        namespace: "team-1",
        name: "w1",
        uid: w1.meta?.uid ?? "",
        implemented: true,
        ifName: "kob1",
        mac: w1.status?.mac ?? "",
        hostIp: "192.0.2.1",
      }).finish(),
    );
    // A delete fills a release queue.
    await c.attachments("team-1").delete("d1");
    await eventually(async () => ((await sys.redisClient.keys("*released*")).length ? true : undefined));

    // Buckets and keys; each value decodes as the documented type.
    const jsm = await jetstreamManager(sys.nc);
    const streams: string[] = [];
    for await (const si of jsm.streams.list()) streams.push(si.config.name);
    const buckets = streams.filter((s) => s.startsWith("KV_")).map((s) => s.slice(3));
    expect(buckets.sort()).toEqual(documented.buckets.map((b) => b.bucket).sort());
    const seen: string[] = [];
    await eventually(
      async () => {
        seen.length = 0;
        for (const b of documented.buckets) {
          const name = b.value.slice(b.value.lastIndexOf(".") + 1) as keyof typeof jetnet.v1;
          const codec = protoCodec(jetnet.v1[name] as never);
          const store = await openStore(sys.nc, { bucket: b.bucket, codec, bindOnly: true });
          for (const item of (await store.list()).items) {
            expect([b.bucket, item.key, b.key.test(item.key)]).toEqual([b.bucket, item.key, true]);
            seen.push(b.bucket);
          }
        }
        // Every bucket has at least one key, so every pattern was tried.
        return new Set(seen).size === documented.buckets.length ? true : undefined;
      },
      10_000,
      "a key in every bucket",
    );

    // Redis: keys, their types, hash fields and lease records.
    const keys = await sys.redisClient.keys("*");
    const redisTypes: Record<string, string> = { hash: "hash", zset: "sorted set", string: "string" };
    for (const key of keys) {
      const matches = documented.redis.filter((r) => r.key.test(key));
      expect([key, matches.length]).toEqual([key, 1]);
      expect([key, redisTypes[await sys.redisClient.type(key)]]).toEqual([key, matches[0]?.type]);
    }
    for (const r of documented.redis)
      expect([String(r.key), keys.some((k) => r.key.test(k))]).toEqual([String(r.key), true]);
    for (const key of keys.filter((k) => k.endsWith(":index"))) {
      for (const field of await sys.redisClient.hkeys(key)) {
        const ok = field.startsWith("#")
          ? indexFieldRes.some((re) => re.test(field))
          : patternRegex("<uid>").test(field);
        expect([key, field, ok]).toEqual([key, field, true]);
      }
    }
    for (const key of keys.filter((k) => k.endsWith(":ip"))) {
      for (const [field, json] of Object.entries(await sys.redisClient.hgetall(key))) {
        expect(field).toMatch(/^\d+$/);
        expect(Object.keys(JSON.parse(json)).sort()).toEqual([...documented.leaseFields].sort());
      }
    }
  });
});
