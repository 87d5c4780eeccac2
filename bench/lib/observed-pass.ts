/**
 * How long compaction's pass holds the event loop when it takes the records a watch received
 * (Compactor.observe, fed through a RecordRelay as the network service feeds it): a pass every
 * 30 s (the default) may find a few hundred thousand. One bucket through lib/store, a watch
 * relaying its records to a compactor, a first pass (a full scan of nothing), then `records`
 * puts of distinct keys, and a second pass that takes them all. Meanwhile a timer chain in the
 * same process (a 0 ms timeout re-armed at every call) records the longest gap between two of
 * its calls: the longest the service's requests would have waited behind the pass.
 */
import type { NatsConnection } from "@nats-io/nats-core";
import { subnetCodec } from "../../lib/codec.js";
import { Compactor, RecordRelay } from "../../lib/store/compact.js";
import { openStore } from "../../lib/store/store.js";
import { sleep } from "../../lib/time.js";
import { sampleSubnet } from "./store-writes.js";
import { formatMs } from "./table.js";

export interface ObservedPassRow {
  readonly records: number;
  /** The pass, from its call to its end. */
  readonly passMs: number;
  /** The longest gap between two calls of the timer chain during the pass. */
  readonly longestHoldMs: number;
}

export async function measureObservedPass(
  nc: NatsConnection,
  records: number,
  bucket: string,
): Promise<ObservedPassRow> {
  const store = await openStore(nc, { bucket, codec: subnetCodec, history: 1 });
  const compactor = await Compactor.open(nc, bucket, {
    wholeKeys: false,
    deletedRetentionMs: 3_600_000,
    tombstoneRetentionMs: 60_000,
  });
  const relay = new RecordRelay();
  relay.connect((r) => compactor.observe(r));
  let seen = 0;
  const ac = new AbortController();
  const watch = store.watch({
    signal: ac.signal,
    onRecord: (r) => {
      seen = Math.max(seen, r.seq);
      relay.push(r);
    },
  });
  const drained = (async () => {
    for await (const _ of watch);
  })();
  try {
    await sleep(500);
    await compactor.pass();
    const value = sampleSubnet();
    for (let i = 0; i < records; i += 1000)
      await Promise.all(
        Array.from({ length: Math.min(1000, records - i) }, (_, j) => store.put(`bench.k${i + j}`, value)),
      );
    const deadline = Date.now() + 60_000;
    while (seen < records && Date.now() < deadline) await sleep(20);
    let last = performance.now();
    let longest = 0;
    let ticking = true;
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const started = performance.now();
    const pass = await compactor.pass();
    const passMs = performance.now() - started;
    await sleep(20);
    ticking = false;
    if (pass.observed !== records)
      throw new Error(`the pass took ${pass.observed} observed records of ${records}`);
    return { records, passMs, longestHoldMs: longest };
  } finally {
    ac.abort();
    await drained.catch(() => undefined);
    await store.destroy();
  }
}

export function reportObservedPass(r: ObservedPassRow): string {
  return (
    `a pass taking ${r.records.toLocaleString("en-US")} records its watch received: ${formatMs(r.passMs)} ms, ` +
    `the event loop held at most ${formatMs(r.longestHoldMs)} ms at a time`
  );
}
