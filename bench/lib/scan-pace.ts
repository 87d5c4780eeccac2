/**
 * What compaction's full scan of a bucket sends out of nats-server, unpaced and at the default
 * pace (CompactionOptions.scanRecordsPerSecond; readPaced in lib/store/consume.ts).
 *
 * One bucket written through lib/store as the network service writes attachments (keys
 * `<namespace>.<name>`, Subnet-sized values, history 5): each object created and updated, a
 * third of them deleted. Then, per pace, a fresh compactor's first pass: a full scan of every
 * record, headers only, with nothing yet to remove. nats-server's /varz is sampled every 250 ms
 * meanwhile: the peak is the most messages it sent in one second (four samples), the steady rate
 * what it sent per second after the first; its CPU time from /proc. The consumer's kind (an
 * ordered push consumer unpaced, a pull consumer paced) is taken from its create request.
 * Live traffic meanwhile: the same process writes to another bucket through lib/store, one
 * write every 5 ms on the same connection, as the network service serves its API while its
 * compactor scans; the latency of the writes made during the scan, and of those made in the
 * two seconds before the first scan, for comparison.
 */
import { type ConsumerConfig, jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import { subnetCodec } from "../../lib/codec.js";
import type { NatsServer } from "../../lib/servers/index.js";
import { maxOf, percentile } from "../../lib/stats.js";
import { Compactor, defaultScanRecordsPerSecond } from "../../lib/store/compact.js";
import { openStore } from "../../lib/store/store.js";
import { sleep } from "../../lib/time.js";
import { varz } from "./nats-monitor.js";
import { cpuMs } from "./proc.js";
import { sampleSubnet } from "./store-writes.js";
import { formatTable } from "./table.js";

export interface ScanPaceRow {
  /** Records a second asked for; 0: unpaced. */
  readonly pace: number;
  readonly records: number;
  readonly ms: number;
  /** The most messages nats-server sent in one second of the scan. */
  readonly peakPerSec: number;
  /** Messages it sent per second after the scan's first second (null: the scan took less). */
  readonly steadyPerSec: number | null;
  /** How the records came: "push" (unpaced) or "pull" (paced). */
  readonly consumer: "push" | "pull";
  /** nats-server's CPU time during the scan, in ms. */
  readonly serverCpuMs: number;
  /** Latency of the probe's writes made during the scan, in ms. */
  readonly writeP50Ms: number;
  readonly writeP99Ms: number;
  readonly writeMaxMs: number;
}

const sampleMs = 250;
/** One probe write every this many ms. */
const probeEveryMs = 5;

/** Writes about `records` records into a fresh bucket and scans it whole at each pace. */
export async function measureScanPace(
  nc: NatsConnection,
  server: NatsServer,
  records: number,
  log: (line: string) => void,
  paces: readonly number[] = [0, defaultScanRecordsPerSecond],
): Promise<ScanPaceRow[]> {
  const bucket = "bench-scan-pace";
  const store = await openStore(nc, { bucket, codec: subnetCodec, history: 5 });
  const subnet = sampleSubnet();
  // Three records per deleted object, two per live one: a third deleted gives 7 records per 3.
  const objects = Math.ceil((records * 3) / 7);
  for (let i = 0; i < objects; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, objects - i) }, async (_, j) => {
        const key = `tenant-${(i + j) % 20}.pod-${i + j}-7f9c4d`;
        const r = await store.create(key, subnet);
        const r2 = await store.update(key, subnet, r);
        if ((i + j) % 3 === 0) await store.delete(key, { expectedRevision: r2 });
      }),
    );
  }
  const jsm = await jetstreamManager(nc);
  const stored = (await jsm.streams.info(store.stream)).state.messages;
  log(`bucket: ${stored} records of ${objects} objects`);
  let asked: Partial<ConsumerConfig> | undefined;
  const creates = [
    `$JS.API.CONSUMER.CREATE.${store.stream}`,
    `$JS.API.CONSUMER.CREATE.${store.stream}.>`,
  ].map((subject) =>
    nc.subscribe(subject, {
      callback: (_, m) => {
        asked = m.json<{ config: Partial<ConsumerConfig> }>().config;
      },
    }),
  );
  const probe = await openStore(nc, { bucket: "bench-scan-probe", codec: subnetCodec });
  const writes: { t: number; ms: number }[] = [];
  let probing = true;
  const prober = (async () => {
    for (let i = 0; probing; i++) {
      const t = performance.now();
      await probe.put(`probe.${i % 100}`, subnet);
      writes.push({ t, ms: performance.now() - t });
      await sleep(Math.max(0, probeEveryMs - (performance.now() - t)));
    }
  })();
  const between = (from: number, to: number) =>
    writes.filter((w) => w.t >= from && w.t <= to).map((w) => w.ms);
  const rows: ScanPaceRow[] = [];
  try {
    await sleep(2_000);
    const quiet = between(0, performance.now());
    log(
      `writes without a scan: p50 ${percentile(quiet, 50).toFixed(2)} ms, p99 ${percentile(quiet, 99).toFixed(2)} ms, max ${maxOf(quiet).toFixed(2)} ms`,
    );
    for (const pace of paces) {
      const c = await Compactor.open(nc, bucket, {
        deletedRetentionMs: 3_600_000,
        tombstoneRetentionMs: 60_000,
        scanRecordsPerSecond: pace,
      });
      const samples: { t: number; out: number }[] = [];
      let scanning = true;
      const sampler = (async () => {
        while (scanning) {
          const t = performance.now();
          samples.push({ t, out: (await varz(server.monitorUrl)).out });
          await sleep(Math.max(0, sampleMs - (performance.now() - t)));
        }
      })();
      await sleep(2 * sampleMs);
      const cpu0 = cpuMs(server.pid);
      const t0 = performance.now();
      const pass = await c.pass();
      const ms = performance.now() - t0;
      const serverCpuMs = cpuMs(server.pid) - cpu0;
      await sleep(2 * sampleMs);
      scanning = false;
      await sampler;
      const during = between(t0, t0 + ms);
      rows.push({
        pace,
        records: pass.records,
        ms,
        ...rates(samples, t0, t0 + ms),
        consumer: asked?.deliver_subject ? "push" : "pull",
        serverCpuMs,
        writeP50Ms: percentile(during, 50),
        writeP99Ms: percentile(during, 99),
        writeMaxMs: maxOf(during),
      });
      log(`scan at ${pace || "no"} pace: ${pass.records} records in ${(ms / 1000).toFixed(1)} s`);
    }
  } finally {
    probing = false;
    await prober;
    for (const sub of creates) sub.unsubscribe();
    await jsm.streams.delete(store.stream);
    await jsm.streams.delete(probe.stream);
  }
  return rows;
}

/** Peak messages out per second (over four samples), and the rate after the first second. */
function rates(
  samples: readonly { t: number; out: number }[],
  start: number,
  end: number,
): { peakPerSec: number; steadyPerSec: number | null } {
  let peakPerSec = 0;
  const window = 1000 / sampleMs;
  for (let i = window; i < samples.length; i++) {
    const a = samples[i - window]!;
    const b = samples[i]!;
    peakPerSec = Math.max(peakPerSec, ((b.out - a.out) * 1000) / (b.t - a.t));
  }
  // From the first sample a second into the scan to the last one before it ended.
  const from = samples.find((s) => s.t >= start + 1000);
  const to = samples.findLast((s) => s.t <= end);
  const steadyPerSec =
    from && to && to.t - from.t >= 1000 ? ((to.out - from.out) * 1000) / (to.t - from.t) : null;
  return { peakPerSec, steadyPerSec };
}

export function reportScanPace(rows: readonly ScanPaceRow[]): string {
  const round = (n: number) => Math.round(n).toLocaleString("en-US");
  return formatTable(
    [
      { header: "pace rec/s" },
      { header: "records", align: "right" },
      { header: "scan s", align: "right" },
      { header: "peak msgs/s", align: "right" },
      { header: "steady msgs/s", align: "right" },
      { header: "consumer" },
      { header: "server CPU ms", align: "right" },
      { header: "write p50/p99/max ms", align: "right" },
    ],
    rows.map((r) => [
      r.pace === 0 ? "unpaced" : round(r.pace),
      round(r.records),
      (r.ms / 1000).toFixed(1),
      round(r.peakPerSec),
      r.steadyPerSec === null ? "" : round(r.steadyPerSec),
      r.consumer,
      round(r.serverCpuMs),
      [r.writeP50Ms, r.writeP99Ms, r.writeMaxMs].map((x) => x.toFixed(1)).join(" / "),
    ]),
  );
}
