import { readFileSync } from "node:fs";
import type { Msg, NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { JetnetClient } from "../../../lib/api/client.js";
import {
  agentStatusSubject,
  apiSubject,
  Bucket,
  Kind,
  kinds,
  Verb,
  verbs,
} from "../../../lib/api/subjects.js";
import { attachmentCodec, subnetCodec } from "../../../lib/codec.js";
import { ErrorCode } from "../../../lib/errors.js";
import { seededInts } from "../../../lib/random.js";
import { openStore } from "../../../lib/store/store.js";
import { jetnet } from "../../../proto/gen/jetnet.js";
import { type JetnetProcess, type NatsServer, startJetnet, startNats } from "../../harness/index.js";
import { itWithSeed, testSeed } from "../../harness/seed.js";

/**
 * Hostile input against the network service running as its own process: every request must
 * get an error reply (never a timeout, never a crash, never INTERNAL), nothing may be written,
 * and memory must stay bounded. A failure's message names its seed; set JETNET_TEST_SEED to replay it.
 */

const seed = testSeed();
const it = itWithSeed(seed);
const total = 10_000;
const inFlight = 200;
const pb = jetnet.v1;

let nats: NatsServer;
let nc: NatsConnection;
let proc: JetnetProcess;

beforeAll(async () => {
  nats = await startNats();
  nc = await connect({ servers: nats.url });
  proc = await startJetnet(["network", "--nats", nats.url, "--metrics-addr", "off"]);
});
afterAll(async () => {
  await proc?.stop();
  await nc?.close();
  await nats?.stop();
});

type Rand = (n: number) => number;

/** What kind of reply body the subject gets, and which outcomes are acceptable for it. */
interface FuzzRequest {
  readonly category: string;
  readonly subject: string;
  readonly body: Uint8Array;
  /** Where the outcome is certain: the code, and for INVALID the fields the reply may name. */
  readonly expect?: { readonly code: string; readonly fields?: readonly string[] };
}

const namespaces = ["fz-a", "fz-b"];
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[rand(xs.length)] as T;

function randomBytes(rand: Rand, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 4) {
    const word = rand(2 ** 32);
    for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (word >>> (8 * j)) & 255;
  }
  return out;
}

/** Mostly small bodies, some around and beyond the 64 KiB request limit (up to 70 KiB). */
function randomLength(rand: Rand): number {
  const r = rand(10);
  if (r < 6) return rand(256);
  if (r < 9) return rand(16 * 1024);
  return 60 * 1024 + rand(10 * 1024 + 1);
}

const tokenChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_!$%&#@~";
const randomToken = (rand: Rand) =>
  Array.from({ length: 1 + rand(12) }, () => tokenChars[rand(tokenChars.length)]).join("");

const validSubnet = (name: string): jetnet.v1.ISubnet => ({
  meta: { name, labels: { tier: "web" } },
  spec: { vni: 4000, cidr: "10.40.0.0/24", exclude: ["10.40.0.1"] },
});
const validAttachment = (name: string): jetnet.v1.INetworkAttachment => ({
  meta: { name },
  spec: { node: "worker-1", subnet: "s1", ip: "10.40.0.9", postCreateExec: ["/bin/echo", "up"] },
});

/** A well-formed request for any kind and verb (names never exist: get/delete are NOT_FOUND). */
function validBody(rand: Rand, kind: Kind, verb: Verb): Uint8Array {
  const name = `missing-${rand(1000)}`;
  switch (verb) {
    case Verb.Create:
      return kind === Kind.Subnets
        ? pb.CreateSubnetRequest.encode({ subnet: validSubnet(name) }).finish()
        : pb.CreateAttachmentRequest.encode({ attachment: validAttachment(name) }).finish();
    case Verb.Update:
      return kind === Kind.Subnets
        ? pb.UpdateSubnetRequest.encode({
            subnet: validSubnet(name),
            expectedRevision: 1 + rand(99),
          }).finish()
        : pb.UpdateAttachmentRequest.encode({
            attachment: validAttachment(name),
            expectedRevision: 1,
          }).finish();
    case Verb.Get:
      return pb.GetRequest.encode({ name }).finish();
    case Verb.Delete:
      return pb.DeleteRequest.encode({ name, expectedRevision: rand(3) }).finish();
    case Verb.List:
      return pb.ListRequest.encode({ labelSelector: { tier: "web", zone: "z1" } }).finish();
    case Verb.Batch:
      // Writes to missing objects: a truncated batch is often a shorter valid one (its ops are
      // top-level fields), and even then it must write nothing.
      return pb.BatchRequest.encode({
        ops: [
          { verb: Verb.Update, body: validBody(rand, kind, Verb.Update) },
          { verb: Verb.Delete, body: validBody(rand, kind, Verb.Delete) },
        ],
      }).finish();
  }
}

function oversized(rand: Rand): FuzzRequest {
  const ns = pick(rand, namespaces);
  const sub = (kind: Kind, verb: Verb) => apiSubject(ns, kind, verb);
  const labels = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, `v${i}`]));
  const category = "oversized";
  switch (rand(7)) {
    case 0: {
      const name = "n".repeat(10_000);
      return {
        category,
        subject: sub(Kind.Subnets, pick(rand, [Verb.Create, Verb.Update])),
        body: pb.UpdateSubnetRequest.encode({
          subnet: { ...validSubnet(""), meta: { name } },
          expectedRevision: 1,
        }).finish(),
        expect: { code: ErrorCode.Invalid, fields: ["meta.name"] },
      };
    }
    case 1:
      return {
        category,
        subject: sub(Kind.Subnets, pick(rand, [Verb.Get, Verb.Delete])),
        body: pb.DeleteRequest.encode({ name: "x".repeat(10_000 + rand(50_000)) }).finish(),
        expect: { code: ErrorCode.Invalid, fields: ["name"] },
      };
    case 2: {
      const args = Array.from({ length: 100 }, (_, i) => `arg-${i}`);
      const which = rand(2) === 0 ? "postCreateExec" : "postDeleteExec";
      return {
        category,
        subject: sub(Kind.Attachments, Verb.Create),
        body: pb.CreateAttachmentRequest.encode({
          attachment: { ...validAttachment("a1"), spec: { node: "worker-1", subnet: "s1", [which]: args } },
        }).finish(),
        expect: {
          code: ErrorCode.Invalid,
          fields: [which === "postCreateExec" ? "spec.post_create_exec" : "spec.post_delete_exec"],
        },
      };
    }
    case 3: {
      // Small enough to pass the size check, too many labels for validation.
      const n = 65 + rand(500);
      return {
        category,
        subject: sub(Kind.Subnets, Verb.Create),
        body: pb.CreateSubnetRequest.encode({
          subnet: { ...validSubnet("s1"), meta: { name: "s1", labels: labels(n) } },
        }).finish(),
        expect: { code: ErrorCode.Invalid, fields: ["meta.labels"] },
      };
    }
    case 4:
      // Beyond the 64 KiB limit: rejected before decoding.
      return {
        category,
        subject: sub(Kind.Attachments, Verb.Update),
        body: pb.UpdateAttachmentRequest.encode({
          attachment: { ...validAttachment("a1"), meta: { name: "a1", labels: labels(6000) } },
          expectedRevision: 1,
        }).finish(),
        expect: { code: ErrorCode.Invalid, fields: ["body"] },
      };
    case 5:
      return {
        category,
        subject: sub(Kind.Attachments, Verb.Create),
        body: pb.CreateAttachmentRequest.encode({
          attachment: {
            ...validAttachment("a1"),
            spec: { node: "worker-1", subnet: "s1", postCreateExec: ["x".repeat(5000)] },
          },
        }).finish(),
        expect: { code: ErrorCode.Invalid, fields: ["spec.post_create_exec[0]"] },
      };
    default:
      return {
        category,
        subject: sub(Kind.Subnets, Verb.Create),
        body: pb.CreateSubnetRequest.encode({
          subnet: {
            ...validSubnet("s1"),
            spec: { vni: 4000, cidr: "10.40.0.0/16", exclude: Array(300).fill("10.40.0.1") },
          },
        }).finish(),
        expect: { code: ErrorCode.Invalid, fields: ["spec.exclude"] },
      };
  }
}

function unknownSubject(rand: Rand): FuzzRequest {
  const ns = pick(rand, namespaces);
  const t = randomToken(rand);
  const body = randomBytes(rand, rand(512));
  const category = "unknown-subject";
  const bad = (subject: string, field: string): FuzzRequest => ({
    category,
    subject,
    body,
    expect: { code: ErrorCode.Invalid, fields: [field] },
  });
  return pick(rand, [
    bad(`jetnet.api.v1.${ns}.subnets.frobnicate`, "subject"),
    bad(`jetnet.api.v1.${ns}.widgets.get`, "subject"),
    bad("jetnet.api.v1.x", "subject"),
    bad("jetnet.api.v1.NS!.subnets.get", "namespace"),
    bad(`jetnet.api.v1.${ns}.subnets.get.extra`, "subject"),
    bad(`jetnet.api.v1.${ns}.attachments.list.a.b.c.d`, "subject"),
    bad(`jetnet.api.v1.${ns}`, "subject"),
    bad(`jetnet.api.v1.${t}`, "subject"),
    bad("jetnet.api.v1.subnets.get.ns", "subject"),
    // A random token may happen to be a valid namespace or kind: no certain outcome.
    { category, subject: `jetnet.api.v1.${t}.${pick(rand, kinds)}.${pick(rand, verbs)}`, body },
    { category, subject: `jetnet.api.v1.${ns}.${t}.${t}`, body },
  ]);
}

/**
 * A well-formed request with one string field's bytes made invalid UTF-8: INVALID naming that
 * field, as every other invalid value of it would be.
 */
function invalidUtf8(rand: Rand): FuzzRequest {
  const ns = pick(rand, namespaces);
  const mark = "zzmark";
  const cases: [string, Uint8Array, string][] = [
    [
      apiSubject(ns, pick(rand, kinds), pick(rand, [Verb.Get, Verb.Delete])),
      pb.GetRequest.encode({ name: mark }).finish(),
      "name",
    ],
    [
      apiSubject(ns, Kind.Subnets, Verb.Create),
      pb.CreateSubnetRequest.encode({ subnet: validSubnet(mark) }).finish(),
      "meta.name",
    ],
    [
      apiSubject(ns, Kind.Subnets, Verb.Update),
      pb.UpdateSubnetRequest.encode({
        subnet: {
          ...validSubnet("s1"),
          spec: { vni: 4000, cidr: "10.40.0.0/24", exclude: ["10.40.0.1", mark] },
        },
        expectedRevision: 1,
      }).finish(),
      "spec.exclude[1]",
    ],
    [
      apiSubject(ns, Kind.Attachments, Verb.Create),
      pb.CreateAttachmentRequest.encode({
        attachment: { ...validAttachment("a1"), spec: { node: mark, subnet: "s1" } },
      }).finish(),
      "spec.node",
    ],
    [
      apiSubject(ns, pick(rand, kinds), Verb.List),
      pb.ListRequest.encode({ labelSelector: { tier: mark } }).finish(),
      "label_selector",
    ],
    [
      agentStatusSubject("worker-1"),
      pb.StatusReport.encode({ namespace: ns, name: mark, uid: "u1" }).finish(),
      "name",
    ],
  ];
  const [subject, encoded, field] = pick(rand, cases);
  const body = Buffer.from(encoded);
  // 0x80-0xff alone, or 0xc0/0xc1, never occur so in UTF-8.
  body[body.indexOf(Buffer.from(mark)) + rand(mark.length)] = pick(rand, [0x80, 0xbf, 0xc0, 0xc1, 0xff]);
  return { category: "invalid-utf8", subject, body, expect: { code: ErrorCode.Invalid, fields: [field] } };
}

/** Request number `i`, generated from its own seed so any single request can be replayed. */
function fuzzRequest(i: number): FuzzRequest {
  const rand = seededInts(seed * 7919 + i);
  const r = rand(100);
  const kind = pick(rand, kinds);
  const verb = pick(rand, verbs);
  if (r < 40) {
    return {
      category: "random-bytes",
      subject: apiSubject(pick(rand, namespaces), kind, verb),
      body: randomBytes(rand, randomLength(rand)),
    };
  }
  if (r < 60) {
    const full = validBody(rand, kind, verb);
    return {
      category: "truncated",
      subject: apiSubject(pick(rand, namespaces), kind, verb),
      body: full.slice(0, rand(Math.max(1, full.length))),
    };
  }
  if (r < 70) return oversized(rand);
  if (r < 75) return invalidUtf8(rand);
  if (r < 85) return unknownSubject(rand);
  if (r < 92) {
    const node = pick(rand, ["worker-1", "worker-1.example.com", randomToken(rand)]);
    return {
      category: "status",
      subject: agentStatusSubject(node),
      body: randomBytes(rand, randomLength(rand)),
    };
  }
  const onMissing = pick(rand, [Verb.Get, Verb.Delete, Verb.Update]);
  return {
    category: "well-formed-missing",
    subject: apiSubject(pick(rand, namespaces), kind, onMissing),
    body: validBody(rand, kind, onMissing),
    expect: { code: ErrorCode.NotFound },
  };
}

interface Outcome {
  readonly code: string;
  readonly field: string;
  /** Items in a successful list reply (which random bytes may legitimately produce). */
  readonly listed: number;
}

function decodeReply(req: FuzzRequest, m: Msg): Outcome {
  if (req.subject.startsWith("jetnet.agent.")) {
    const e = pb.StatusReportReply.decode(m.data).error;
    return { code: e?.code || "OK", field: e?.field ?? "", listed: 0 };
  }
  const headerCode = m.headers?.get("Nats-Service-Error") ?? "";
  if (headerCode) {
    // Every API reply type carries its error in field 2.
    const e = pb.DeleteReply.decode(m.data).error;
    if (e?.code !== headerCode) throw new Error(`header says ${headerCode}, body ${JSON.stringify(e)}`);
    return { code: e.code, field: e.field ?? "", listed: 0 };
  }
  if (req.subject.endsWith(".batch")) {
    // A batch is answered op by op: every op must have failed (nothing may be written).
    const replies = pb.BatchReply.decode(m.data).replies ?? [];
    if (replies.length === 0) throw new Error(`empty batch reply to ${req.subject}`);
    for (const r of replies)
      if (!pb.DeleteReply.decode(r).error?.code) throw new Error(`an op of ${req.subject} succeeded`);
    return { code: "BATCH_FAILED", field: "", listed: 0 };
  }
  if (!req.subject.endsWith(".list")) throw new Error(`success reply to ${req.subject}`);
  const list = req.subject.includes(".subnets.")
    ? pb.SubnetListReply.decode(m.data).list
    : pb.AttachmentListReply.decode(m.data).list;
  return { code: "OK", field: "", listed: list?.items?.length ?? -1 };
}

function rssKiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(line?.match(/(\d+)/)?.[1] ?? Number.NaN);
}

describe("hostile input to the network service process", () => {
  it(`${total} malformed requests all get error replies; nothing is written; the process survives`, async () => {
    // Warm up (JIT, buckets, connections) so the RSS baseline is not the cold start.
    const client = new JetnetClient(nc, { timeoutMs: 10_000 });
    for (let i = 0; i < 50; i++) await client.subnets("fz-warm").list();
    const rssBefore = rssKiB(proc.pid);

    const codes = new Map<string, number>();
    const byCategory = new Map<string, number>();
    const failures: string[] = [];
    let listed = 0;
    let next = 0;
    const worker = async () => {
      while (next < total) {
        const i = next++;
        const req = fuzzRequest(i);
        byCategory.set(req.category, (byCategory.get(req.category) ?? 0) + 1);
        try {
          const m = await nc.request(req.subject, req.body, { timeout: 10_000 });
          const out = decodeReply(req, m);
          codes.set(out.code, (codes.get(out.code) ?? 0) + 1);
          listed += Math.max(0, out.listed);
          if (out.code === "OK" && out.listed !== 0)
            failures.push(`#${i} ${req.subject}: listed ${out.listed}`);
          // Every INVALID reply names a field: the request's part at fault, or "body" as a whole.
          if (out.code === ErrorCode.Invalid && out.field === "")
            failures.push(`#${i} ${req.category} ${req.subject}: INVALID without a field`);
          const want = req.expect;
          if (want && (out.code !== want.code || (want.fields && !want.fields.includes(out.field)))) {
            failures.push(
              `#${i} ${req.category} ${req.subject}: ${out.code} ${out.field}, expected ${JSON.stringify(want)}`,
            );
          }
        } catch (err) {
          failures.push(
            `#${i} ${req.category} ${req.subject} (${req.body.length} B): ${(err as Error).message}`,
          );
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: inFlight }, worker));
    const seconds = (performance.now() - started) / 1000;
    const rssAfter = rssKiB(proc.pid);
    console.log(
      `fuzz seed ${seed}: ${total} requests in ${seconds.toFixed(1)} s; codes ${JSON.stringify(Object.fromEntries(codes))}; ` +
        `categories ${JSON.stringify(Object.fromEntries(byCategory))}; VmRSS before ${rssBefore} KiB, after ${rssAfter} KiB`,
    );

    expect(failures.slice(0, 10)).toEqual([]);
    expect(listed).toBe(0);
    // Only list may succeed (random bytes can decode as an empty or unknown-field ListRequest),
    // and a batch be answered with every one of its ops failed.
    const allowed = new Set<string>([
      ErrorCode.Invalid,
      ErrorCode.NotFound,
      ErrorCode.AlreadyExists,
      "OK",
      "BATCH_FAILED",
    ]);
    expect([...codes.keys()].filter((c) => !allowed.has(c))).toEqual([]);
    const invalid = codes.get(ErrorCode.Invalid) ?? 0;
    expect(invalid).toBeGreaterThan(total * 0.7);
    expect([...codes.values()].reduce((a, b) => a + b, 0)).toBe(total);

    expect(proc.running).toBe(true);
    expect(rssAfter - rssBefore).toBeLessThan(150 * 1024);
    expect(proc.log()).not.toMatch(/"level":(50|60)/);

    // Still serving, and the only object in the buckets is the one valid create.
    const created = await client
      .subnets("fz-after")
      .create({ meta: { name: "ok" }, spec: { vni: 77, cidr: "10.77.0.0/24" } });
    expect(created.value.meta?.uid).toBeTruthy();
    const subnets = await openStore(nc, { bucket: Bucket.Subnets, codec: subnetCodec, bindOnly: true });
    const attachments = await openStore(nc, {
      bucket: Bucket.Attachments,
      codec: attachmentCodec,
      bindOnly: true,
    });
    expect((await subnets.list()).items.map((i) => i.key)).toEqual(["fz-after.ok"]);
    expect((await attachments.list()).items).toEqual([]);
  }, 60_000);
});
