/**
 * The writes bench:store times: one fresh KV bucket per measurement, written through one of three
 * paths, one await at a time or in batches.
 */
import type { JetStreamClient } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/nats-core";
import { type Subnet, subnetCodec } from "../../lib/codec.js";
import { defaultMaxValueBytes, openStore } from "../../lib/store/store.js";
import { nowUs } from "../../lib/time.js";

export const batchSize = 500;
export const timeoutMs = 5000;

export const Mode = { Sequential: "sequential", Pipelined: "pipelined" } as const;
export type Mode = (typeof Mode)[keyof typeof Mode];

export const Path = { Raw: "raw", KvCas: "kv-cas", Store: "store" } as const;
export type Path = (typeof Path)[keyof typeof Path];
export const paths: readonly Path[] = [Path.Raw, Path.KvCas, Path.Store];

export const Phase = { Create: "create", Update: "update" } as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

export const operationNames: Record<Path, Record<Phase, string>> = {
  raw: { create: "kv.put (new keys)", update: "kv.put (overwrite)" },
  "kv-cas": { create: "kv.create", update: "kv.update (CAS)" },
  store: { create: "store.create", update: "store.update (CAS)" },
};

/** Writes into one fresh bucket; `update` gets the key's current revision (raw ignores it). */
export interface BucketWriter {
  create(key: string): Promise<number>;
  update(key: string, revision: number): Promise<number>;
  destroy(): Promise<void>;
}

/** A realistic validated Subnet: ~170 B of protobuf. */
export function sampleSubnet(): Subnet {
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

export const keyOf = (i: number) => `tenant-a.subnet-${String(i).padStart(6, "0")}`;

/** Same bucket settings as openStore, so only the client-side path differs. */
export async function openWriter(
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

export interface PhaseTiming {
  ms: number;
  latenciesMs: number[];
}

export async function drive(
  mode: Mode,
  n: number,
  write: (i: number) => Promise<void>,
): Promise<PhaseTiming> {
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
export async function measureBucket(
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
