import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/nats-core";
import { opsPerSecond } from "../../lib/stats.js";

/** Operations kept in flight by the raw baselines: one batch is awaited before the next leaves. */
export const pipelineDepth = 500;

/**
 * Pipelined KV put/s on a fresh bucket (history 1, one replica) of `n` puts of `value`: the
 * ceiling a control plane writing through KV is measured against, taken on the same server.
 */
export async function rawKvPutRate(
  nc: NatsConnection,
  n: number,
  value: Uint8Array,
  bucket = "bench-raw-kv",
) {
  const kv = await new Kvm(jetstream(nc)).create(bucket, { history: 1, replicas: 1 });
  try {
    const start = performance.now();
    for (let base = 0; base < n; base += pipelineDepth) {
      const batch: Promise<number>[] = [];
      for (let i = base; i < Math.min(n, base + pipelineDepth); i++) batch.push(kv.put(`bench.k${i}`, value));
      await Promise.all(batch);
    }
    return opsPerSecond(n, performance.now() - start);
  } finally {
    await kv.destroy();
  }
}

/** Pipelined JetStream publish/s (acknowledged) to a fresh file stream, `n` messages of `value`. */
export async function rawPublishRate(
  nc: NatsConnection,
  n: number,
  value: Uint8Array,
  stream = "bench-raw-js",
) {
  const jsm = await jetstreamManager(nc);
  const subject = `${stream}.m`;
  await jsm.streams.add({ name: stream, subjects: [subject] });
  try {
    const js = jetstream(nc);
    const start = performance.now();
    for (let base = 0; base < n; base += pipelineDepth) {
      const batch: Promise<unknown>[] = [];
      for (let i = base; i < Math.min(n, base + pipelineDepth); i++) batch.push(js.publish(subject, value));
      await Promise.all(batch);
    }
    return opsPerSecond(n, performance.now() - start);
  } finally {
    await jsm.streams.delete(stream);
  }
}
