import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import type { Codec } from "../../lib/codec.js";
import { consumerOnLeader } from "../../lib/store/watch.js";

/** One write of a bucket, in stream order: a put (`value`) or a delete marker (`value` undefined). */
export interface BucketRecord<T> {
  readonly key: string;
  readonly seq: number;
  readonly value: T | undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Reads every write of a KV bucket, in stream order, while a test runs, and hands each one to
 * `onRecord`. Invariants that must hold "at every instant" are checked there: every prefix of
 * the stream is a state the bucket really held, so a checker that sees each record sees every
 * state, however briefly it lasted (a list taken every second sees one state in thousands).
 *
 * Why passes and not one live consumer: each pass places a fresh consumer on the stream leader
 * (as the store does) from the last sequence read, reads to the tail and deletes it, so a server
 * killed or restarted under the test neither loses records nor hands out shifted sequences; a
 * failed pass is simply tried again. Records a bucket's history limit removed before a pass read
 * them are counted in `skipped`: the key then looks absent a little longer, which can hide a
 * violation but never invent one.
 */
export class BucketHistory<T> {
  /** Records handed to `onRecord`. */
  records = 0;
  /** Highest stream sequence read. */
  lastSeq = 0;
  /** Sequences the stream no longer held when a pass reached them. */
  skipped = 0;
  /** Passes that failed (server away, leader changing); each was tried again. */
  failedPasses = 0;
  private stopped = false;
  private readonly running: Promise<void>;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly stream: string,
    private readonly prefixLen: number,
    private readonly codec: Codec<T>,
    private readonly onRecord: (r: BucketRecord<T>) => void,
    private readonly pollMs: number,
  ) {
    this.running = this.loop();
  }

  /** Starts reading `bucket` from its first retained record. */
  static follow<T>(
    nc: NatsConnection,
    bucket: string,
    codec: Codec<T>,
    onRecord: (r: BucketRecord<T>) => void,
    pollMs = 250,
  ): BucketHistory<T> {
    return new BucketHistory(nc, `KV_${bucket}`, `$KV.${bucket}.`.length, codec, onRecord, pollMs);
  }

  /** Resolves once every record written before this call has been read (throws after `timeoutMs`). */
  async caughtUp(timeoutMs = 60_000): Promise<void> {
    const jsm = await jetstreamManager(this.nc, { timeout: 5_000 });
    const end = Date.now() + timeoutMs;
    let target: number | undefined;
    while (target === undefined) {
      target = await jsm.streams.info(this.stream).then(
        (si) => si.state.last_seq,
        () => undefined,
      );
      if (target !== undefined) break;
      if (Date.now() > end) throw new Error(`${this.stream}: no stream info in ${timeoutMs} ms`);
      await sleep(250);
    }
    while (this.lastSeq < target) {
      if (this.stopped) throw new Error(`${this.stream}: history stopped at ${this.lastSeq} of ${target}`);
      if (Date.now() > end)
        throw new Error(
          `${this.stream}: history read to ${this.lastSeq}, not to ${target}, in ${timeoutMs} ms`,
        );
      await sleep(50);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async loop(): Promise<void> {
    const js = jetstream(this.nc, { timeout: 5_000 });
    let jsm: Awaited<ReturnType<typeof jetstreamManager>> | undefined;
    while (!this.stopped) {
      try {
        jsm ??= await jetstreamManager(this.nc, { timeout: 5_000 });
        await this.pass(js, jsm);
      } catch {
        this.failedPasses++;
      }
      await sleep(this.pollMs);
    }
  }

  /** Reads from lastSeq + 1 to the tail of the stream with one consumer placed on the leader. */
  private async pass(
    js: ReturnType<typeof jetstream>,
    jsm: Awaited<ReturnType<typeof jetstreamManager>>,
  ): Promise<void> {
    const { oc, name } = await consumerOnLeader(js, jsm, this.stream, { opt_start_seq: this.lastSeq + 1 });
    try {
      if ((await oc.info(true)).num_pending === 0) return;
      const iter = await oc.consume();
      const timer = setTimeout(() => void iter.close(), 30_000);
      try {
        for await (const m of iter) {
          if (m.info.consumer !== name) throw new Error("consumer re-created by the library");
          if (m.seq <= this.lastSeq) continue;
          this.skipped += m.seq - this.lastSeq - 1;
          this.lastSeq = m.seq;
          const op = m.headers?.get("KV-Operation");
          const deleted = op === "DEL" || op === "PURGE";
          this.records++;
          this.onRecord({
            key: m.subject.substring(this.prefixLen),
            seq: m.seq,
            value: deleted ? undefined : this.codec.decode(m.data),
          });
          if (m.info.pending === 0) break;
        }
      } finally {
        clearTimeout(timer);
        await Promise.race([iter.close(), sleep(2_000)]);
      }
    } finally {
      await oc.delete().catch(() => false);
    }
  }
}
