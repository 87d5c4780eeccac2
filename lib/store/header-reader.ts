import {
  AckPolicy,
  DeliverPolicy,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  type StreamInfo,
} from "@nats-io/jetstream";
import { nanos } from "@nats-io/nats-core";
import { readPaced, readToEnd } from "./consume.js";
import { consumerOnLeader, placedOnLeader } from "./watch.js";

/**
 * The two ways compaction (lib/store/compact.ts) reads the headers of a stream's records from a
 * sequence on: pushed as fast as the server sends (an ordered push consumer, readToEnd), or pulled
 * at a pace (a pull consumer, readPaced). Either consumer is placed on the stream leader, as its
 * sequences are the ones compaction removes by (see consumerOnLeader).
 */

/** One consumer placed for a read, and how to read it to the end. */
export interface HeaderReader {
  /** The stream's info, read just before the consumer was made. */
  readonly si: StreamInfo;
  /** Hands every record up to the stream's sequence `target` to `onRecord`. */
  readTo(target: number, onRecord: (m: JsMsg) => void): Promise<unknown>;
  /** Deletes the consumer. */
  drop(): Promise<unknown>;
}

/** What to read: the records of `stream` matching `subject`, from sequence `from` on. */
export interface ReadFrom {
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly stream: string;
  readonly subject: string;
  readonly from: number;
}

/** How long nats-server keeps a paced read's consumer once no pull comes (the reader died). */
const pulledConsumerIdleMs = 5 * 60_000;

/** An ordered push consumer on the leader: the records as fast as the server sends them. */
export async function pushedReader(r: ReadFrom, timeoutMs: number): Promise<HeaderReader> {
  const { oc, si, name } = await consumerOnLeader(r.js, r.jsm, r.stream, {
    filter_subjects: r.subject,
    opt_start_seq: r.from,
    headers_only: true,
  });
  return {
    si,
    readTo: (target, onRecord) =>
      readToEnd(oc, name, onRecord, {
        what: `${r.stream} read from ${r.from}`,
        target,
        pollMs: 100,
        timeoutMs,
        closeWaitMs: 2_000,
      }),
    drop: () => oc.delete(),
  };
}

/** A pull consumer on the leader: the records `perSecond` a second (readPaced) until `signal` aborts. */
export async function pulledReader(
  r: ReadFrom,
  perSecond: number,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<HeaderReader> {
  const { consumer, si, name } = await placedOnLeader(r.jsm, r.stream, async () => {
    const ci = await r.jsm.consumers.add(r.stream, {
      filter_subject: r.subject,
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: r.from,
      headers_only: true,
      ack_policy: AckPolicy.None,
      num_replicas: 1,
      mem_storage: true,
      inactive_threshold: nanos(pulledConsumerIdleMs),
    });
    const drop = () => r.jsm.consumers.delete(r.stream, ci.name);
    return { consumer: r.js.consumers.getConsumerFromInfo(ci), ci, drop };
  });
  return {
    si,
    readTo: (target, onRecord) =>
      readPaced(consumer, onRecord, {
        what: `${r.stream} read from ${r.from}`,
        target,
        perSecond,
        timeoutMs,
        ...(signal && { signal }),
      }),
    drop: () => r.jsm.consumers.delete(r.stream, name),
  };
}
