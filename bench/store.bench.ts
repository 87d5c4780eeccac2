/**
 * What lib/store costs over raw JetStream KV writes.
 *
 * One nats-server (JetStream, file store), one connection. For each mode (sequential: one await
 * at a time; pipelined: Promise.all over batches) three paths write the same Subnet bytes into a
 * fresh bucket each, first to new keys ("create" phase), then over the same keys ("update" phase):
 *   raw    kv.put, kv.put                       the baseline
 *   kv-cas kv.create, kv.update(revision)       the KV library's CAS, no lib/store
 *   store  store.create, store.update(revision) lib/store: key validation, encode, error mapping
 * kv-cas splits the gap between raw and store into the server's CAS check and lib/store's own work.
 *
 * The machine is shared and noisy, so every round measures all paths back to back (the order
 * rotates per round) and a ratio is the median of the per-round ratios. Prints; asserts nothing
 * about time. Usage: tsx bench/store.bench.ts [--quick] [--json <file>]
 */
import { writeFile } from "node:fs/promises";
import { type JetStreamClient, jetstream } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/nats-core";
import { type Subnet, subnetCodec } from "../lib/codec.js";
import { defaultMaxValueBytes, openStore } from "../lib/store/store.js";
import { nowUs } from "../lib/time.js";
import { parseBenchArgs } from "./lib/args.js";
import { withNats } from "./lib/servers.js";
import { median, opsPerSecond, percentile } from "./lib/stats.js";
import { formatMs, formatRate, formatTable } from "./lib/table.js";

/** lib/store should keep at least this share of the raw rate (informational only). */
const targetRatio = 0.8;
const batchSize = 500;
const timeoutMs = 5000;

const Mode = { Sequential: "sequential", Pipelined: "pipelined" } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

const Path = { Raw: "raw", KvCas: "kv-cas", Store: "store" } as const;
type Path = (typeof Path)[keyof typeof Path];
const paths: readonly Path[] = [Path.Raw, Path.KvCas, Path.Store];

const Phase = { Create: "create", Update: "update" } as const;
type Phase = (typeof Phase)[keyof typeof Phase];

const operationNames: Record<Path, Record<Phase, string>> = {
  raw: { create: "kv.put (new keys)", update: "kv.put (overwrite)" },
  "kv-cas": { create: "kv.create", update: "kv.update (CAS)" },
  store: { create: "store.create", update: "store.update (CAS)" },
};

/** Writes into one fresh bucket; `update` gets the key's current revision (raw ignores it). */
interface BucketWriter {
  create(key: string): Promise<number>;
  update(key: string, revision: number): Promise<number>;
  destroy(): Promise<void>;
}

interface Workload {
  readonly rounds: number;
  readonly n: Record<Mode, number>;
}

/** The measurements of one (mode, path, phase) over all rounds. */
interface Samples {
  readonly rates: number[];
  /** Per-operation latencies in ms, all rounds pooled; sequential mode only. */
  readonly latenciesMs: number[];
}

interface ResultRow {
  mode: Mode;
  path: Path;
  phase: Phase;
  operation: string;
  opsPerSec: number;
  roundOpsPerSec: number[];
  ratioToRaw: number;
  /** store rows only: lib/store's own share, with the server's CAS cost factored out. */
  ratioToKvCas: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
}

/** A realistic validated Subnet: ~170 B of protobuf. */
function sampleSubnet(): Subnet {
  const now = nowUs();
  return {
    meta: {
      namespace: "tenant-a",
      name: "frontend-subnet",
      uid: "4b1f6a2e-8c1d-4e57-9a3b-2f6d0c9e7a15",
      createTimeUs: now,
      writeTimesUs: { spec: now, status: now },
      generation: 1,
    },
    spec: {
      vni: 4242,
      cidr: "10.42.0.0/24",
      exclude: ["10.42.0.200-10.42.0.254"],
      gateway: "10.42.0.1",
    },
    status: { validated: true, errors: [] },
  };
}

const keyOf = (i: number) => `tenant-a.subnet-${String(i).padStart(6, "0")}`;

/** Same bucket settings as openStore, so only the client-side path differs. */
async function openWriter(
  nc: NatsConnection,
  js: JetStreamClient,
  path: Path,
  bucket: string,
  subnet: Subnet,
  bytes: Uint8Array,
): Promise<BucketWriter> {
  if (path === Path.Store) {
    const store = await openStore(nc, { bucket, codec: subnetCodec, timeoutMs });
    return {
      create: (key) => store.create(key, subnet),
      update: (key, revision) => store.update(key, subnet, revision),
      destroy: () => store.destroy(),
    };
  }
  const kv = await new Kvm(js).create(bucket, {
    history: 1,
    replicas: 1,
    maxValueSize: defaultMaxValueBytes,
  });
  const destroy = async () => {
    await kv.destroy();
  };
  if (path === Path.Raw) {
    return { create: (key) => kv.put(key, bytes), update: (key) => kv.put(key, bytes), destroy };
  }
  return {
    create: (key) => kv.create(key, bytes),
    update: (key, revision) => kv.update(key, bytes, revision),
    destroy,
  };
}

interface PhaseTiming {
  ms: number;
  latenciesMs: number[];
}

async function drive(mode: Mode, n: number, write: (i: number) => Promise<void>): Promise<PhaseTiming> {
  const latenciesMs: number[] = [];
  const start = performance.now();
  if (mode === Mode.Sequential) {
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await write(i);
      latenciesMs.push(performance.now() - t0);
    }
  } else {
    for (let base = 0; base < n; base += batchSize) {
      const batch: Promise<void>[] = [];
      for (let i = base; i < Math.min(n, base + batchSize); i++) batch.push(write(i));
      await Promise.all(batch);
    }
  }
  return { ms: performance.now() - start, latenciesMs };
}

/** Both phases on a fresh bucket, which is destroyed afterwards (also on error). */
async function measureBucket(
  writer: BucketWriter,
  mode: Mode,
  n: number,
): Promise<Record<Phase, PhaseTiming>> {
  const revisions = new Array<number>(n).fill(0);
  try {
    const create = await drive(mode, n, async (i) => {
      revisions[i] = await writer.create(keyOf(i));
    });
    const update = await drive(mode, n, async (i) => {
      revisions[i] = await writer.update(keyOf(i), revisions[i]!);
    });
    // A fresh bucket numbers the 2n writes 1..2n: anything else means a write went missing.
    const last = revisions.reduce((a, b) => Math.max(a, b), 0);
    if (last !== 2 * n) throw new Error(`bucket ended at revision ${last}, expected ${2 * n}`);
    return { create, update };
  } finally {
    await writer.destroy();
  }
}

const rotate = <T>(xs: readonly T[], by: number): T[] => xs.map((_, i) => xs[(i + by) % xs.length]!);

async function measureAll(nc: NatsConnection, work: Workload, log: (line: string) => void) {
  const js = jetstream(nc, { timeout: timeoutMs });
  const subnet = sampleSubnet();
  const bytes = subnetCodec.encode(subnet);
  const samples = new Map<string, Samples>();
  const slot = (mode: Mode, path: Path, phase: Phase): Samples => {
    const k = `${mode}/${path}/${phase}`;
    const found = samples.get(k);
    if (found) return found;
    const created: Samples = { rates: [], latenciesMs: [] };
    samples.set(k, created);
    return created;
  };
  const modes: readonly Mode[] = [Mode.Sequential, Mode.Pipelined];
  let buckets = 0;
  const runOne = async (mode: Mode, path: Path, n: number) => {
    const writer = await openWriter(nc, js, path, `bench-store-${++buckets}`, subnet, bytes);
    return measureBucket(writer, mode, n);
  };

  // Warm-up (JIT, connection buffers, server file store), discarded.
  for (const mode of modes) for (const path of paths) await runOne(mode, path, Math.ceil(work.n[mode] / 10));

  for (let round = 0; round < work.rounds; round++) {
    const parts: string[] = [];
    for (const mode of rotate(modes, round)) {
      for (const path of rotate(paths, round)) {
        const timing = await runOne(mode, path, work.n[mode]);
        for (const phase of [Phase.Create, Phase.Update]) {
          const s = slot(mode, path, phase);
          s.rates.push(opsPerSecond(work.n[mode], timing[phase].ms));
          s.latenciesMs.push(...timing[phase].latenciesMs);
        }
        parts.push(
          `${mode.slice(0, 3)} ${path} ${formatRate(slot(mode, path, Phase.Create).rates.at(-1)!)}/s`,
        );
      }
    }
    log(`round ${round + 1}/${work.rounds}: ${parts.join(", ")} (create phase)`);
  }

  const rows: ResultRow[] = [];
  for (const mode of modes) {
    for (const phase of [Phase.Create, Phase.Update]) {
      const raw = slot(mode, Path.Raw, phase);
      const kvCas = slot(mode, Path.KvCas, phase);
      for (const path of paths) {
        const s = slot(mode, path, phase);
        const pairedRatio = (base: Samples) => median(s.rates.map((r, i) => r / base.rates[i]!));
        const sequential = mode === Mode.Sequential;
        rows.push({
          mode,
          path,
          phase,
          operation: operationNames[path][phase],
          opsPerSec: median(s.rates),
          roundOpsPerSec: s.rates,
          ratioToRaw: pairedRatio(raw),
          ratioToKvCas: path === Path.Store ? pairedRatio(kvCas) : null,
          p50Ms: sequential ? percentile(s.latenciesMs, 50) : null,
          p99Ms: sequential ? percentile(s.latenciesMs, 99) : null,
        });
      }
    }
  }
  return { rows, valueBytes: bytes.length };
}

function report(rows: readonly ResultRow[]): string[] {
  const table = formatTable(
    [
      { header: "mode" },
      { header: "operation" },
      { header: "ops/s", align: "right" },
      { header: "rounds min..max", align: "right" },
      { header: "vs raw", align: "right" },
      { header: "vs kv-cas", align: "right" },
      { header: "p50 ms", align: "right" },
      { header: "p99 ms", align: "right" },
    ],
    rows.map((r) => [
      r.mode,
      r.operation,
      formatRate(r.opsPerSec),
      `${formatRate(Math.min(...r.roundOpsPerSec))}..${formatRate(Math.max(...r.roundOpsPerSec))}`,
      r.path === Path.Raw ? "1" : r.ratioToRaw.toFixed(2),
      r.ratioToKvCas === null ? "" : r.ratioToKvCas.toFixed(2),
      r.p50Ms === null ? "" : formatMs(r.p50Ms),
      r.p99Ms === null ? "" : formatMs(r.p99Ms),
    ]),
  );
  const verdicts = rows
    .filter((r) => r.path === Path.Store)
    .map(
      (r) =>
        `${r.operation} ${r.mode}: ${r.ratioToRaw.toFixed(2)} of raw ` +
        (r.ratioToRaw >= targetRatio ? `>= ${targetRatio} ok` : `< ${targetRatio} BELOW TARGET`),
    );
  return [
    table,
    "",
    `target: lib/store keeps >= ${targetRatio} of the raw rate (informational)`,
    ...verdicts,
  ];
}

async function main(): Promise<void> {
  const args = parseBenchArgs();
  const work: Workload = args.quick
    ? { rounds: 3, n: { sequential: 500, pipelined: 4000 } }
    : { rounds: 5, n: { sequential: 3000, pipelined: 20_000 } };
  const started = performance.now();
  await withNats(async (nc) => {
    const serverVersion = nc.info?.version ?? "unknown";
    console.log(
      `bench:store: nats-server ${serverVersion} (JetStream, file store), node ${process.version}, ` +
        `${work.rounds} rounds, sequential n=${work.n.sequential}, pipelined n=${work.n.pipelined} ` +
        `in batches of ${batchSize}`,
    );
    const { rows, valueBytes } = await measureAll(nc, work, (line) => console.log(line));
    console.log(`value: one Subnet, ${valueBytes} B of protobuf; a fresh bucket per path, mode and round`);
    console.log("ops/s: median of rounds; vs raw / vs kv-cas: median of per-round ratios\n");
    for (const line of report(rows)) console.log(line);
    const meetsTarget = rows.every((r) => r.path !== Path.Store || r.ratioToRaw >= targetRatio);
    console.log(`all lib/store ratios >= ${targetRatio}: ${meetsTarget ? "yes" : "no"}`);
    if (args.jsonFile !== undefined) {
      const out = {
        bench: "store",
        date: new Date().toISOString(),
        quick: args.quick,
        node: process.version,
        natsServer: serverVersion,
        config: { ...work, batchSize, valueBytes, targetRatio },
        results: rows,
        meetsTarget,
      };
      await writeFile(args.jsonFile, `${JSON.stringify(out, null, 2)}\n`);
      console.log(`results written to ${args.jsonFile}`);
    }
  });
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
