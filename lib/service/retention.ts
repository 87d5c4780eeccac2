import type { NatsConnection } from "@nats-io/nats-core";
import { type Command, Option } from "commander";
import { Counter, Gauge, type Registry } from "prom-client";
import type { ControllerLogger } from "../controller/types.js";
import { reuse } from "../metrics/reuse.js";
import {
  type CompactionPass,
  Compactor,
  defaultDeletedRetentionMs,
  defaultScanRecordsPerSecond,
  defaultTombstoneRetentionMs,
  type RecordRelay,
  ScanTurns,
} from "../store/compact.js";
import { nonNegativeInt as nonNegativeCount } from "./flags.js";

/**
 * Retention of deleted objects in the buckets a service owns (see lib/store/compact.ts): the
 * `--deleted-retention`, `--tombstone-retention` and `--compaction-scan-rate` flags, and the
 * compaction loops.
 *
 * Object buckets (subnets, attachments) keep a deleted object's history for the deleted
 * retention (`jetnet history`), projections and claims (one record per key) nothing: their
 * tombstones only wait out the tombstone retention, long enough for every watch and list
 * running to have seen them. Agents follow projections through the feeds (core NATS), which a
 * removed tombstone does not touch.
 *
 * Every replica of a service compacts: passes are idempotent (a record gone already is
 * skipped), so replicas only repeat each other's work, and one replica down leaves no gap.
 */
export interface RetentionOptions {
  readonly deletedRetentionMs: number;
  readonly tombstoneRetentionMs: number;
  /** The pace of compaction's large reads (CompactionOptions); default its default. */
  readonly scanRecordsPerSecond?: number;
}

/** Adds the retention flags to a service's command. */
export function addRetentionOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option(
        "--deleted-retention <ms>",
        "how long a deleted object's history stays readable (jetnet history) before it is compacted away",
      )
        .env("JETNET_DELETED_RETENTION")
        .default(defaultDeletedRetentionMs)
        .argParser(nonNegativeInt),
    )
    .addOption(
      new Option(
        "--tombstone-retention <ms>",
        "how long a delete marker outlives the rest of its object's records; keep it above 30000 (a list's longest read)",
      )
        .env("JETNET_TOMBSTONE_RETENTION")
        .default(defaultTombstoneRetentionMs)
        .argParser(nonNegativeInt),
    )
    .addOption(
      new Option(
        "--compaction-scan-rate <records/s>",
        "pace of compaction's large reads (a full scan of a bucket), in records (headers) a second per process (the full scans of its buckets take turns), so they do not crowd live traffic out of nats-server (an incremental read that would take over 10 s at it goes faster, to keep up with the writes); 0: unpaced",
      )
        .env("JETNET_COMPACTION_SCAN_RATE")
        .default(defaultScanRecordsPerSecond)
        .argParser(nonNegativeCount),
    );
}

export function retentionFrom(opts: {
  deletedRetention: number;
  tombstoneRetention: number;
  compactionScanRate: number;
}): RetentionOptions {
  return {
    deletedRetentionMs: opts.deletedRetention,
    tombstoneRetentionMs: opts.tombstoneRetention,
    scanRecordsPerSecond: opts.compactionScanRate,
  };
}

export interface CompactionTarget {
  readonly bucket: string;
  /** Whether the bucket keeps history (objects) or one record per key (projections, claims). */
  readonly history: boolean;
  /** Records a watch of the whole bucket receives, taken instead of read again (see RecordRelay). */
  readonly relay?: RecordRelay;
}

/** Compacts `targets` until `signal` aborts. Resolves once every loop has stopped. */
export async function runRetention(opts: {
  readonly nc: NatsConnection;
  readonly targets: readonly CompactionTarget[];
  /** Default: the flags' defaults (defaultDeletedRetentionMs, defaultTombstoneRetentionMs). */
  readonly retention?: RetentionOptions | undefined;
  readonly registry: Registry;
  readonly logger: ControllerLogger;
  readonly signal: AbortSignal;
  /** Period of the passes; default: half the tombstone retention, within 1 s .. 1 min. */
  readonly intervalMs?: number;
}): Promise<void> {
  const { registry, logger, signal } = opts;
  const retention = opts.retention ?? {
    deletedRetentionMs: defaultDeletedRetentionMs,
    tombstoneRetentionMs: defaultTombstoneRetentionMs,
  };
  const removed = counter(registry);
  const records = gauge(registry);
  const read = readCounter(registry);
  const checks = checkCounter(registry);
  // One pace per process: the full scans of its buckets take turns.
  const scanTurns = new ScanTurns();
  await Promise.all(
    opts.targets.map(async ({ bucket, history, relay }) => {
      const compactor = await Compactor.open(opts.nc, bucket, {
        deletedRetentionMs: history ? retention.deletedRetentionMs : 0,
        tombstoneRetentionMs: retention.tombstoneRetentionMs,
        scanRecordsPerSecond: retention.scanRecordsPerSecond,
        scanTurns,
      });
      relay?.connect((r) => compactor.observe(r));
      const onPass = (p: CompactionPass | Error) => {
        if (p instanceof Error) {
          if (!signal.aborted) logger.warn({ err: p, bucket }, "compaction pass failed");
          return;
        }
        removed.labels(bucket, "record").inc(p.removedRecords);
        removed.labels(bucket, "tombstone").inc(p.removedTombstones);
        records.labels(bucket).set(p.stored);
        read.labels(bucket, p.fullScan ? "full" : "incremental").inc(p.records);
        read.labels(bucket, "observed").inc(p.observed);
        if (p.fullScan) checks.labels(bucket, `scan_${p.fullScan}`).inc();
        if (p.counts) checks.labels(bucket, `counts_${p.counts}`).inc();
      };
      await compactor.run(signal, onPass, opts.intervalMs);
    }),
  );
}

function counter(registry: Registry): Counter<"bucket" | "kind"> {
  return reuse(
    registry,
    "jetnet_store_compacted_records_total",
    Counter<"bucket" | "kind">,
    (name) =>
      new Counter({
        name,
        help: "Records of deleted objects removed by retention, by bucket and kind (record, tombstone).",
        labelNames: ["bucket", "kind"],
        registers: [registry],
      }),
  );
}

function readCounter(registry: Registry): Counter<"bucket" | "scan"> {
  return reuse(
    registry,
    "jetnet_store_compaction_read_records_total",
    Counter<"bucket" | "scan">,
    (name) =>
      new Counter({
        name,
        help: "Records (headers) compaction took in, by bucket and how: read by a full or incremental scan, or observed (taken from a watch of the bucket, not read).",
        labelNames: ["bucket", "scan"],
        registers: [registry],
      }),
  );
}

function checkCounter(registry: Registry): Counter<"bucket" | "outcome"> {
  return reuse(
    registry,
    "jetnet_store_compaction_checks_total",
    Counter<"bucket" | "outcome">,
    (name) =>
      new Counter({
        name,
        help: "How compaction checked its index of a bucket: counts_agree / counts_differ (a count check against the stream's counts; differ: the next pass scans whole), scan_<reason> (a full scan, by why: start, counts, stream, sequences, leader, server, backstop).",
        labelNames: ["bucket", "outcome"],
        registers: [registry],
      }),
  );
}

function gauge(registry: Registry): Gauge<"bucket"> {
  return reuse(
    registry,
    "jetnet_store_records",
    Gauge<"bucket">,
    (name) =>
      new Gauge({
        name,
        help: "Records in a bucket at the last compaction pass.",
        labelNames: ["bucket"],
        registers: [registry],
      }),
  );
}

function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`expected a non-negative integer (ms), got "${v}"`);
  return n;
}
