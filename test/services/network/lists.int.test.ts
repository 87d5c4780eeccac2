import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { connect } from "@nats-io/transport-node";
import pino from "pino";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openNetworkStores } from "../../../lib/api/buckets.js";
import { newAttachment } from "../../../lib/api/objects.js";
import { allNamespaces } from "../../../lib/api/subjects.js";
import type { NetworkAttachment } from "../../../lib/codec.js";
import { ErrorCode, hasCode } from "../../../lib/errors.js";
import type { KvStore } from "../../../lib/store/store.js";
import { jetnet } from "../../../proto/gen/jetnet.js";
import { runNetwork } from "../../../services/network/service.js";
import { cleanEnv, type NetworkSystem, startNetworkSystem } from "./system.js";

/**
 * Paginated lists against a real nats-server and network service: a namespace of 10,000
 * attachments listed through the SDK and the CLI while creates and deletes go on, page tokens
 * reused after the data changed, and replies too large for one message.
 */

const root = fileURLToPath(new URL("../../..", import.meta.url));
const run = promisify(execFile);
const pb = jetnet.v1;

const big = "big";
const bigCount = 10_000;

let sys: NetworkSystem;
let store: KvStore<NetworkAttachment>;
/** key → revision of every object created before the churn. */
const initial = new Map<string, number>();

/** Writes objects straight into the bucket (faster than the API; the service reads the bucket). */
async function fill(ns: string, names: readonly string[], into?: Map<string, number>): Promise<void> {
  for (let i = 0; i < names.length; i += 500) {
    await Promise.all(
      names.slice(i, i + 500).map(async (name) => {
        const obj = newAttachment(ns, {
          meta: { name },
          spec: { node: `node-${name.length}`, subnet: "s1" },
        });
        const rev = await store.create(`${ns}.${name}`, obj);
        into?.set(`${ns}.${name}`, rev);
      }),
    );
  }
}

beforeAll(async () => {
  sys = await startNetworkSystem();
  store = (await openNetworkStores(sys.nc)).attachments;
  await fill(
    big,
    Array.from({ length: bigCount }, (_, i) => `a-${String(i).padStart(5, "0")}`),
    initial,
  );
}, 120_000);

afterAll(async () => {
  await sys?.stop();
});

/**
 * Creates and deletes in `big` through the API until stopped, and records every change from a
 * watch of the bucket: the ground truth to compute the namespace at any revision from.
 */
function churn() {
  const changes: { key: string; revision: number; op: "put" | "delete" }[] = [];
  const watch = store.watch({
    filter: `${big}.>`,
    fromRevision: Math.max(...initial.values()),
    known: initial.entries(),
  });
  const watching = (async () => {
    for await (const e of watch) {
      if (e.type === "put" || e.type === "delete")
        changes.push({ key: e.key, revision: e.revision, op: e.type });
    }
  })();
  let stopped = false;
  let writes = 0;
  const api = sys.client.attachments(big);
  const lanes = Array.from({ length: 4 }, async (_, lane) => {
    for (let i = 0; !stopped; i++) {
      const n = lane * 100_000 + i;
      // The watch, not the replies, is the truth the lists are checked against: a request that
      // timed out on a loaded machine (the service runs in this process) may or may not have
      // landed, and the watch records it either way. Other errors fail the test.
      const unavailable = (err: unknown) => {
        if (!hasCode(err, ErrorCode.Unavailable)) throw err;
      };
      await api
        .create({ meta: { name: `n-${n}` }, spec: { node: "node-x", subnet: "s1" } })
        .then(() => writes++, unavailable);
      await api.delete(`a-${String((n * 7919) % bigCount).padStart(5, "0")}`).then(
        () => writes++,
        (err: unknown) => hasCode(err, ErrorCode.NotFound) || unavailable(err),
      );
    }
  });
  return {
    get writes() {
      return writes;
    },
    /** Stops writing; resolves to the namespace at `revision`, once the watch has seen every change. */
    async stop(): Promise<(revision: number) => Map<string, number>> {
      stopped = true;
      await Promise.all(lanes);
      const last = await store.lastRevision();
      while ((changes.at(-1)?.revision ?? 0) < last) await new Promise((r) => setTimeout(r, 20));
      watch.stop();
      await watching;
      return (revision) => {
        const state = new Map(initial);
        for (const c of changes) {
          if (c.revision > revision) break;
          if (c.op === "put") state.set(c.key, c.revision);
          else state.delete(c.key);
        }
        return state;
      };
    },
  };
}

/** key → revision of a listing, failing on any key listed twice. */
function byKey(items: readonly { key: string; revision: number }[]): Map<string, number> {
  const m = new Map<string, number>();
  const twice = items.filter((i) => m.has(i.key) || !m.set(i.key, i.revision));
  expect(twice).toEqual([]);
  return m;
}

/** What differs between two key → revision maps (an empty list when they are equal). */
function differences(got: Map<string, number>, want: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [k, r] of want) if (got.get(k) !== r) out.push(`${k}: want ${r}, got ${got.get(k)}`);
  for (const [k, r] of got) if (!want.has(k)) out.push(`${k}: not wanted, got ${r}`);
  return out.slice(0, 20);
}

describe("paginated lists", () => {
  it("lists 10,000 attachments completely through the SDK and the CLI while creates and deletes go on", {
    timeout: 120_000,
  }, async () => {
    const writer = churn();
    while (writer.writes < 200) await new Promise((r) => setTimeout(r, 10));

    const pages: { revision: number; count: number; writesBefore: number }[] = [];
    const items: { key: string; revision: number }[] = [];
    for await (const page of sys.client.attachments(big).pages({ chunkSize: 500 })) {
      pages.push({ revision: page.revision, count: page.items.length, writesBefore: writer.writes });
      items.push(...page.items);
    }
    const cli = (args: string[]) =>
      run(process.execPath, [join(root, "bin/jetnet.js"), ...args, "--nats", sys.nats.url], {
        cwd: root,
        env: cleanEnv(),
        maxBuffer: 256 * 1024 * 1024,
      });
    const [json, everywhere] = await Promise.all([
      cli(["get", "attachments", "-n", big, "-o", "json", "--chunk-size", "700"]),
      cli(["get", "attachments", "-A", "-o", "json"]),
    ]);
    const atRevision = await writer.stop();

    // Every page of the SDK's list is at the first page's revision, and writes went on between them.
    const revision = pages[0]?.revision ?? 0;
    expect(pages.every((p) => p.revision === revision)).toBe(true);
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect((pages.at(-1)?.writesBefore ?? 0) - (pages[0]?.writesBefore ?? 0)).toBeGreaterThan(0);
    expect(differences(byKey(items), atRevision(revision))).toEqual([]);

    for (const out of [json.stdout, everywhere.stdout]) {
      const doc = JSON.parse(out);
      expect(doc.kind).toBe("NetworkAttachmentList");
      const listed = (doc.items as { revision: number; meta: { namespace: string; name: string } }[]).map(
        (i) => ({ key: `${i.meta.namespace}.${i.meta.name}`, revision: i.revision }),
      );
      expect(differences(byKey(listed), atRevision(doc.revision))).toEqual([]);
      expect(listed.length).toBeGreaterThan(bigCount - 2_000);
    }
  });

  it("answers a list that does not fit in one message with RESOURCE_EXHAUSTED, well before the deadline", async () => {
    const body = pb.ListRequest.encode({}).finish();
    const started = Date.now();
    const reply = pb.AttachmentListReply.decode(
      await sys.client.request(`jetnet.api.v1.${big}.attachments.list`, body),
    );
    expect(reply.error?.code).toBe(ErrorCode.ResourceExhausted);
    expect(reply.error?.message).toMatch(/does not fit in one reply .*limit and continue/);
    // The client waits up to 5 s for a reply; the error is an answer, not that timeout.
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(sys.client.attachments(big).list(undefined, { chunkSize: 0 })).rejects.toMatchObject({
      code: ErrorCode.ResourceExhausted,
    });
  });

  it("apply sends documents concurrently and reports each in file order, a failure hiding no other result", {
    timeout: 60_000,
  }, async () => {
    const doc = (i: number) => {
      if (i === 100)
        return "kind: NetworkAttachment\nmeta: {namespace: ap, name: x-100}\nspec: {node: Bad_Node, subnet: s1}\n";
      if (i === 200)
        return "kind: NetworkAttachment\nmeta: {namespace: ap, name: x-0, labels: {again: 'yes'}}\nspec: {node: n1, subnet: s1}\n";
      return `kind: NetworkAttachment\nmeta: {namespace: ap, name: x-${i}}\nspec: {node: n1, subnet: s1}\n`;
    };
    const input = Array.from({ length: 300 }, (_, i) => doc(i)).join("---\n");
    const child = execFile(
      process.execPath,
      [join(root, "bin/jetnet.js"), "apply", "-f", "-", "--nats", sys.nats.url],
      {
        cwd: root,
        env: cleanEnv(),
      },
    );
    child.stdin?.end(input);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (c: Buffer) => {
      stdout += c.toString("utf8");
    });
    child.stderr?.on("data", (c: Buffer) => {
      stderr += c.toString("utf8");
    });
    const code = await new Promise((resolve) => child.once("close", resolve));
    const want = Array.from({ length: 300 }, (_, i) =>
      i === 100 ? undefined : i === 200 ? "attachment/ap/x-0 configured" : `attachment/ap/x-${i} created`,
    ).filter((l) => l !== undefined);
    expect(stdout).toBe(`${want.join("\n")}\n`);
    expect(stderr).toMatch(/^error: INVALID: attachment\/ap\/x-100: spec\.node: .*\n$/);
    expect(code).toBe(1);
    expect((await sys.client.attachments("ap").get("x-0")).value.meta?.labels).toEqual({ again: "yes" });
  });

  it("keeps a list consistent when its pages are served by different replicas", async () => {
    // A second replica in the same queue group: each page goes to either one.
    const nc2 = await connect({ servers: sys.nats.url });
    const ac = new AbortController();
    const registry = new Registry();
    let replica: Promise<void> | undefined;
    await new Promise<void>((resolve, reject) => {
      replica = runNetwork({
        nc: nc2,
        registry,
        logger: pino({ level: "silent" }),
        signal: ac.signal,
        listWindowMs: 60_000,
        onReady: resolve,
      });
      replica.catch(reject);
    });
    try {
      const names = Array.from({ length: 200 }, (_, i) => `r${String(i).padStart(3, "0")}`);
      await fill("multi", names);
      const api = sys.client.attachments("multi");
      for (let round = 0; round < 3; round++) {
        const listed: string[] = [];
        const revisions = new Set<number>();
        let page = await api.listPage({ limit: 20 });
        const expected = (await api.list()).items.map((i) => i.key);
        for (;;) {
          listed.push(...page.items.map((i) => i.key));
          revisions.add(page.revision);
          // Change what later pages cover: delete one object ahead and create another.
          const ahead = expected[listed.length + 5];
          if (ahead) await api.delete(ahead.slice("multi.".length));
          await api.create({
            meta: { name: `r${listed.length}-${round}x` },
            spec: { node: "n", subnet: "s1" },
          });
          if (!page.continue) break;
          page = await api.listPage({ limit: 20, continue: page.continue });
        }
        expect(revisions.size).toBe(1);
        expect(listed).toEqual(expected);
      }
      // The second replica did serve pages.
      const served = (await registry.metrics()).match(
        /jetnet_network_request_duration_seconds_count\{endpoint="attachments.list",code="OK"\} (\d+)/,
      );
      expect(Number(served?.[1] ?? 0)).toBeGreaterThan(0);
    } finally {
      ac.abort();
      await replica;
      await nc2.close();
    }
  });
});

describe("page tokens and small messages", () => {
  let small: NetworkSystem;
  beforeAll(async () => {
    // A short window so that expiry is reached in the test, and messages of at most 20,000 B.
    small = await startNetworkSystem({ listWindowMs: 2_000, natsConfig: "max_payload: 20000" });
    store = (await openNetworkStores(small.nc)).attachments;
  }, 60_000);
  afterAll(async () => {
    await small?.stop();
  });

  it("serves a reused token at its revision after the data changed; EXPIRED with the oldest revision once the window passed", async () => {
    const api = small.client.attachments("reuse");
    await fill(
      "reuse",
      Array.from({ length: 10 }, (_, i) => `a${i}`),
    );
    const first = await api.listPage({ limit: 4 });
    expect(first.items.map((i) => i.key)).toEqual(["reuse.a0", "reuse.a1", "reuse.a2", "reuse.a3"]);
    expect(first.continue).not.toBe("");
    const second = await api.listPage({ limit: 4, continue: first.continue });

    await api.delete("a5");
    await api.create({ meta: { name: "a45" }, spec: { node: "n", subnet: "s1" } });
    const a6 = await api.get("a6");
    await api.update({ ...a6.value, meta: { ...a6.value.meta, labels: { changed: "yes" } } }, a6.revision);

    // The same token gives the same page: the list's revision, not the present.
    const again = await api.listPage({ limit: 4, continue: first.continue });
    expect(again).toEqual(second);
    expect(again.items.map((i) => i.key)).toEqual(["reuse.a4", "reuse.a5", "reuse.a6", "reuse.a7"]);
    expect(again.revision).toBe(first.revision);
    const now = await api.list();
    expect(now.items.map((i) => i.key)).toEqual([
      "reuse.a0",
      "reuse.a1",
      "reuse.a2",
      "reuse.a3",
      "reuse.a4",
      "reuse.a45",
      "reuse.a6",
      "reuse.a7",
      "reuse.a8",
      "reuse.a9",
    ]);

    await new Promise((r) => setTimeout(r, 2_300));
    const err = await api.listPage({ limit: 4, continue: first.continue }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: ErrorCode.Expired, field: "continue" });
    expect((err as { revision: number }).revision).toBeGreaterThan(first.revision);
    expect((err as Error).message).toMatch(/no longer kept .*start the list again/);
    // A token that is no token, or one of another namespace, is refused as such.
    await expect(api.listPage({ limit: 4, continue: "bogus" })).rejects.toMatchObject({
      code: ErrorCode.Invalid,
      field: "continue",
    });
    await expect(
      small.client.attachments("other").listPage({ limit: 4, continue: first.continue }),
    ).rejects.toMatchObject({ code: ErrorCode.Invalid, field: "continue" });
  });

  it("cuts pages at the message size, and answers an object too large to send with RESOURCE_EXHAUSTED", async () => {
    await fill(
      "many",
      Array.from({ length: 300 }, (_, i) => `m${String(i).padStart(3, "0")}`),
    );
    const pages = [];
    for await (const p of small.client.attachments("many").pages({ chunkSize: 500 })) pages.push(p);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((p) => p.items).length).toBe(300);
    expect(new Set(pages.map((p) => p.revision)).size).toBe(1);

    // Stored straight into the bucket (it fits in a message); its reply, with the service's
    // fields, does not.
    const arg = "x".repeat(4096);
    const huge = newAttachment("huge", {
      meta: { name: "h1" },
      spec: {
        node: "n",
        subnet: "s1",
        postCreateExec: [arg, arg, arg, arg],
        postDeleteExec: [arg.slice(0, 2600)],
      },
    });
    await store.create("huge.h1", huge);
    await expect(small.client.attachments("huge").get("h1")).rejects.toMatchObject({
      code: ErrorCode.ResourceExhausted,
    });
    await expect(small.client.attachments(allNamespaces).list()).rejects.toMatchObject({
      code: ErrorCode.ResourceExhausted,
    });
  });
});
