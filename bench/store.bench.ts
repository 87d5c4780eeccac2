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
 * about time. Usage: tsx bench/store.bench.ts [--quick] [--scan-only] [--json <file>]
 *
 * Then the cost of fsync: the store path again, on one server per JetStream `sync_interval`
 * setting (default, 1s, always; see lib/store-sync.ts). nats-server 2.9 has no such setting: with
 * it, that section says how to run it on a newer server ($JETNET_TEST_NATS_SERVER).
 *
 * Last, what compaction's full scan of a bucket sends out of nats-server, unpaced and at the
 * default pace (bench/lib/scan-pace.ts): 100,000 records (quick: 20,000); and how long a pass
 * that takes the records its watch received holds the event loop, for 1.5 times as many
 * (bench/lib/observed-pass.ts). `--scan-only` runs only those.
 */
import { jetstream } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import { subnetCodec } from "../lib/codec.js";
import { median, opsPerSecond, percentile } from "../lib/stats.js";
import { parseBenchArgs } from "./lib/args.js";
import { measureObservedPass, type ObservedPassRow, reportObservedPass } from "./lib/observed-pass.js";
import { runBench, writeResults } from "./lib/run.js";
import { measureScanPace, reportScanPace, type ScanPaceRow } from "./lib/scan-pace.js";
import { withNats } from "./lib/servers.js";
import { measureSync, reportSync, syncUnsupported } from "./lib/store-sync.js";
import {
  batchSize,
  Mode,
  measureBucket,
  openWriter,
  operationNames,
  Path,
  Phase,
  paths,
  sampleSubnet,
  timeoutMs,
} from "./lib/store-writes.js";
import { formatMs, formatRate, formatTable } from "./lib/table.js";

/** lib/store should keep at least this share of the raw rate (informational only). */
const targetRatio = 0.8;

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
          for (const ms of timing[phase].latenciesMs) s.latenciesMs.push(ms);
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
  const args = parseBenchArgs(undefined, { "scan-only": { type: "boolean" } });
  const scanOnly = args.extra["scan-only"] === true;
  const work: Workload = args.quick
    ? { rounds: 3, n: { sequential: 500, pipelined: 4000 } }
    : { rounds: 5, n: { sequential: 3000, pipelined: 20_000 } };
  const started = performance.now();
  await withNats(async (nc, server) => {
    const serverVersion = nc.info?.version ?? "unknown";
    const scanRecords = args.quick ? 20_000 : 100_000;
    const scan = async (): Promise<{ scan: ScanPaceRow[]; observedPass: ObservedPassRow }> => {
      console.log(`\ncompaction's full scan of ${scanRecords} records, unpaced and at the default pace`);
      const rows = await measureScanPace(nc, server, scanRecords, (line) => console.log(line));
      console.log(`\n${reportScanPace(rows)}`);
      const observedPass = await measureObservedPass(nc, scanRecords * 1.5, "bench-observed-pass");
      console.log(`\n${reportObservedPass(observedPass)}`);
      return { scan: rows, observedPass };
    };
    if (scanOnly) {
      console.log(`bench:store --scan-only: nats-server ${serverVersion}, node ${process.version}`);
      const scanRows = await scan();
      await writeResults(args, "store", { natsServer: serverVersion, ...scanRows });
      return;
    }
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

    console.log("\nfsync: lib/store writes per JetStream sync_interval setting, one server each");
    const unsupported = syncUnsupported();
    const syncRows = unsupported === undefined ? await measureSync(work, (line) => console.log(line)) : [];
    if (unsupported !== undefined) console.log(`not measured: ${unsupported}`);
    else console.log(`\n${reportSync(syncRows)}`);
    const scanRows = await scan();
    await writeResults(args, "store", {
      natsServer: serverVersion,
      config: { ...work, batchSize, valueBytes, targetRatio },
      results: rows,
      meetsTarget,
      sync: syncRows,
      ...scanRows,
    });
  });
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

runBench(main);
