/**
 * State under churn: attachments created and deleted over and over, through the whole plane
 * (network, ipam, mapping, hollow agents), with a fixed number live at any time. At several
 * points of the run, and again once the retention window has passed after the last lifecycle, it
 * reports what the plane keeps: per bucket the stream's messages, bytes and subjects (`/jsz`),
 * the JetStream data directory's size, Redis keys and used memory, the time of a list of an
 * empty namespace through the API and of a snapshot of the whole attachments bucket, and at
 * the start and the end each service's restart-to-ready time (kill -9, start, "ready").
 *
 * Retention is short here, so that a run shows compaction at work: deleted objects keep their
 * history for `--deleted-retention` ms (10 s), tombstones for `--tombstone-retention` ms more
 * (31 s). Raw baseline in the same run: a snapshot of a bucket holding only the live keys.
 *
 * Services run from the compiled build (`npm run build`, as the container image runs them) unless
 * `--from-source`: through tsx, a start spends a second or more compiling before it reads a bucket.
 *
 * Prints; asserts nothing about time. `--json FILE` writes {lifecycles, live, buckets: {<name>:
 * {messages, bytes}}, redis_keys, redis_bytes, list_ms, restart_ready_ms: {<service>: ms}} as of
 * the end of the run, plus the samples taken during it.
 * Usage: tsx bench/churn.bench.ts [--quick] [--json <file>] [--lifecycles N] [--live N]
 *        [--nodes N] [--concurrency N] [--deleted-retention ms] [--tombstone-retention ms]
 *        [--from-source]
 */
import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { Redis } from "ioredis";
import { JetnetClient } from "../lib/api/client.js";
import { Bucket } from "../lib/api/subjects.js";
import type { Codec, NetworkAttachment } from "../lib/codec.js";
import { ErrorCode, hasCode, invalid } from "../lib/errors.js";
import { type JetnetProcess, startJetnet, startNats, startRedis } from "../lib/servers/index.js";
import { openStore } from "../lib/store/store.js";
import { parseBenchArgs } from "./lib/args.js";
import { loadAverage1m } from "./lib/proc.js";
import { formatMs, formatTable } from "./lib/table.js";

const full = { lifecycles: 1_000_000, live: 1_000, nodes: 20, samples: 10 };
const quick = { lifecycles: 20_000, live: 100, nodes: 5, samples: 5 };
const buckets = [Bucket.Attachments, Bucket.Subnets, Bucket.Vnis] as const;
const subnets = 4;
/** Values as stored: the bench reads buckets without decoding. */
const storedBytes: Codec<Uint8Array> = { encode: (b) => b, decode: (b) => b.slice() };

interface Sample {
  readonly lifecycles: number;
  readonly live: number;
  readonly elapsedS: number;
  readonly buckets: Record<string, { messages: number; bytes: number; subjects: number }>;
  readonly dataDirBytes: number;
  readonly redisKeys: number;
  readonly redisBytes: number;
  readonly listMs: number;
  readonly bucketListMs: number;
}

function positive(name: string, v: string | boolean | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 1) throw invalid(`--${name}`, "needs a positive integer");
  return n;
}

async function jsz(
  monitorUrl: string,
): Promise<Map<string, { messages: number; bytes: number; subjects: number }>> {
  const res = await fetch(`${monitorUrl}/jsz?accounts=true&streams=true`, {
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as {
    account_details?: {
      stream_detail?: { name: string; state: { messages: number; bytes: number; num_subjects?: number } }[];
    }[];
  };
  const out = new Map<string, { messages: number; bytes: number; subjects: number }>();
  for (const a of body.account_details ?? []) {
    for (const s of a.stream_detail ?? []) {
      out.set(s.name, {
        messages: s.state.messages,
        bytes: s.state.bytes,
        subjects: s.state.num_subjects ?? 0,
      });
    }
  }
  return out;
}

function duBytes(dir: string): number {
  return Number(execFileSync("du", ["-sb", dir], { encoding: "utf8" }).split("\t")[0]);
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2), {
    lifecycles: { type: "string" },
    live: { type: "string" },
    nodes: { type: "string" },
    concurrency: { type: "string" },
    "deleted-retention": { type: "string" },
    "tombstone-retention": { type: "string" },
    "from-source": { type: "boolean" },
  });
  const work = args.quick ? quick : full;
  const lifecycles = positive("lifecycles", args.extra.lifecycles, work.lifecycles);
  const live = positive("live", args.extra.live, work.live);
  const nodes = positive("nodes", args.extra.nodes, work.nodes);
  const concurrency = positive("concurrency", args.extra.concurrency, 16);
  const deletedRetentionMs = positive("deleted-retention", args.extra["deleted-retention"], 10_000);
  const tombstoneRetentionMs = positive("tombstone-retention", args.extra["tombstone-retention"], 31_000);
  const log = (s: string) => process.stdout.write(`${s}\n`);
  log(
    `bench:churn${args.quick ? " (quick)" : ""}: ${lifecycles} lifecycles, ${live} live, ${nodes} hollow nodes, ` +
      `retention ${deletedRetentionMs} ms + tombstones ${tombstoneRetentionMs} ms; load average ${loadAverage1m().toFixed(2)}`,
  );

  const fromSource = args.extra["from-source"] === true;
  if (!fromSource) {
    log("building dist/ (npm run build) so the services start as the image starts them");
    execFileSync("npm", ["run", "-s", "build"], { stdio: ["ignore", "ignore", "inherit"] });
    // lib/servers asks children for the sources; the build is what a deployment runs.
    process.env.JETNET_FROM_SOURCE = "0";
  }

  const [nats, redisServer] = await Promise.all([startNats(), startRedis()]);
  const procs: JetnetProcess[] = [];
  let nc: NatsConnection | undefined;
  const redis = new Redis(redisServer.url);
  let tornDown: Promise<void> | undefined;
  const teardown = () =>
    (tornDown ??= (async () => {
      redis.disconnect();
      await nc?.close().catch(() => undefined);
      for (const p of procs.reverse()) await p.stop().catch(() => undefined);
      await Promise.all([nats.stop(), redisServer.stop()]);
    })());
  const onSignal = () => void teardown().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const common = ["--nats", nats.url, "--metrics-addr", "off"];
    const retention = [
      "--deleted-retention",
      String(deletedRetentionMs),
      "--tombstone-retention",
      String(tombstoneRetentionMs),
    ];
    const services: Record<string, JetnetProcess> = {};
    [services.network, services.ipam, services.mapping] = await Promise.all([
      startJetnet(["network", ...common, ...retention]),
      startJetnet(["ipam", ...common, "--redis", redisServer.url]),
      startJetnet(["mapping", ...common]),
    ]);
    services.agents = await startJetnet(
      ["agent", ...common, "--hollow", String(nodes), "--hollow-prefix", "node"],
      120_000 + nodes * 600,
    );
    procs.push(...Object.values(services));
    nc = await connect({ servers: nats.url });
    const client = new JetnetClient(nc);
    const ns = "churn";
    for (let s = 0; s < subnets; s++) {
      await client
        .subnets(ns)
        .create({ meta: { name: `s${s}` }, spec: { vni: 1000 + s, cidr: `10.${s}.0.0/16` } });
    }
    const attachments = await openStore(nc, {
      bucket: Bucket.Attachments,
      codec: storedBytes,
      bindOnly: true,
    });

    /** Kill -9 and start each service in turn: wall time to "ready", and the process's own uptime then. */
    const restartAll = async (): Promise<{
      wall: Record<string, number>;
      uptime: Record<string, number>;
    }> => {
      const wall: Record<string, number> = {};
      const uptime: Record<string, number> = {};
      for (const [name, p] of Object.entries(services)) {
        wall[name] = Math.round(await timed(() => p.restart()));
        uptime[name] = readyUptimeMs(p.log());
      }
      return { wall, uptime };
    };
    const retry = async <R>(fn: () => Promise<R>): Promise<R> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await fn();
        } catch (err) {
          if (attempt >= 20 || !hasCode(err, ErrorCode.Unavailable)) throw err;
          await new Promise((r) => setTimeout(r, 100 * attempt));
        }
      }
    };

    const restart0 = await restartAll();
    log(
      `restart to ready, empty plane: ${JSON.stringify(restart0.wall)} ms; ` +
        `process uptime at ready ${JSON.stringify(restart0.uptime)} ms`,
    );

    const started = performance.now();
    let done = 0;
    const sample = async (): Promise<Sample> => {
      const streams = await jsz(nats.monitorUrl);
      const b: Sample["buckets"] = {};
      for (const name of buckets)
        b[name] = streams.get(`KV_${name}`) ?? { messages: 0, bytes: 0, subjects: 0 };
      const info = await redis.info("memory");
      return {
        lifecycles: done,
        live: (await client.attachments(ns).list()).items.length,
        elapsedS: Math.round((performance.now() - started) / 1000),
        buckets: b,
        dataDirBytes: duBytes(nats.storeDir),
        redisKeys: await redis.dbsize(),
        redisBytes: Number(/^used_memory:(\d+)/m.exec(info)?.[1] ?? 0),
        listMs: await timed(() => client.attachments("empty").list()),
        bucketListMs: await timed(() => attachments.list()),
      };
    };
    const samples: Sample[] = [];
    const every = Math.max(1, Math.floor(lifecycles / work.samples));
    let nextSample = every;

    // Step i creates attachment i (on hollow node-1 … node-N) and deletes attachment i - live: `lifecycles` complete (a
    // create and its delete), and the last `live` attachments stay.
    const attachment = (i: number): NetworkAttachment => ({
      meta: { name: `a${i}` },
      spec: { node: `node-${(i % nodes) + 1}`, subnet: `s${i % subnets}` },
    });
    let next = 0;
    const worker = async () => {
      for (;;) {
        const i = next++;
        if (i >= lifecycles + live) return;
        await retry(() => client.attachments(ns).create(attachment(i)));
        const gone = i - live;
        if (gone >= 0) {
          await retry(() => client.attachments(ns).delete(`a${gone}`)).catch((err: unknown) => {
            if (!hasCode(err, ErrorCode.NotFound)) throw err;
          });
          done++;
        }
        if (done >= nextSample) {
          nextSample += every;
          const s = await sample();
          samples.push(s);
          log(describe(s));
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const churnS = (performance.now() - started) / 1000;
    log(`${done} lifecycles in ${churnS.toFixed(0)} s (${(done / churnS).toFixed(0)}/s)`);

    // Once the retention window has passed, only live state should remain.
    await new Promise((r) => setTimeout(r, deletedRetentionMs + 2 * tombstoneRetentionMs));
    const end = await sample();
    log(`after the retention window: ${describe(end)}`);
    samples.push(end);
    const restart = await restartAll();
    log(
      `restart to ready, after the run: ${JSON.stringify(restart.wall)} ms; ` +
        `process uptime at ready ${JSON.stringify(restart.uptime)} ms`,
    );

    // Raw baseline: a snapshot of a bucket holding only the live keys, same servers.
    const raw = await openStore(nc, { bucket: "churn-raw", codec: storedBytes, history: 5 });
    for (let i = 0; i < live; i++) await raw.put(`k${i}`, new Uint8Array(300));
    const rawListMs = await timed(() => raw.list());
    log(
      `snapshot of the attachments bucket ${formatMs(end.bucketListMs)} ms vs a fresh bucket of ${live} keys ` +
        `${formatMs(rawListMs)} ms (×${(end.bucketListMs / rawListMs).toFixed(2)})`,
    );
    log(
      formatTable(
        [
          "lifecycles",
          "s",
          "attachments msgs",
          "subnets msgs",
          "vni claims msgs",
          "data dir MB",
          "redis keys",
          "list ms",
        ].map((header) => ({ header, align: "right" as const })),
        samples.map((s) => [
          String(s.lifecycles),
          String(s.elapsedS),
          String(s.buckets[Bucket.Attachments]?.messages),
          String(s.buckets[Bucket.Subnets]?.messages),
          String(s.buckets[Bucket.Vnis]?.messages),
          (s.dataDirBytes / 1e6).toFixed(1),
          String(s.redisKeys),
          formatMs(s.listMs),
        ]),
      ),
    );
    if (args.jsonFile) {
      const out = {
        lifecycles: done,
        live: end.live,
        buckets: Object.fromEntries(
          Object.entries(end.buckets).map(([k, v]) => [k, { messages: v.messages, bytes: v.bytes }]),
        ),
        redis_keys: end.redisKeys,
        redis_bytes: end.redisBytes,
        list_ms: end.listMs,
        bucket_list_ms: end.bucketListMs,
        raw_list_ms: rawListMs,
        data_dir_bytes: end.dataDirBytes,
        restart_ready_ms: restart.wall,
        restart_ready_empty_ms: restart0.wall,
        restart_uptime_at_ready_ms: restart.uptime,
        from_source: fromSource,
        samples,
      };
      await writeFile(args.jsonFile, `${JSON.stringify(out, null, 2)}\n`);
    }
  } finally {
    await teardown();
  }
}

/** The `uptimeMs` of the last "ready" line of a service's log (0 if it has none). */
function readyUptimeMs(log: string): number {
  const all = [...log.matchAll(/"msg":"ready"/g)];
  const last = all.at(-1);
  if (last?.index === undefined) return 0;
  const line = log.slice(log.lastIndexOf("\n", last.index) + 1, log.indexOf("\n", last.index));
  const m = /"uptimeMs":(\d+)/.exec(line);
  return m ? Number(m[1]) : 0;
}

function describe(s: Sample): string {
  const b = (name: string) => {
    const x = s.buckets[name];
    return x
      ? `${name.replace("jetnet-", "")} ${x.messages}/${(x.bytes / 1e6).toFixed(1)}MB/${x.subjects}`
      : "";
  };
  return (
    `[${s.elapsedS}s] ${s.lifecycles} lifecycles, ${s.live} live: ${buckets.map(b).join(", ")}; ` +
    `data dir ${(s.dataDirBytes / 1e6).toFixed(1)} MB; redis ${s.redisKeys} keys ${(s.redisBytes / 1e6).toFixed(1)} MB; ` +
    `list ${formatMs(s.listMs)} ms, bucket snapshot ${formatMs(s.bucketListMs)} ms`
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
