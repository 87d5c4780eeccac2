import { headers } from "@nats-io/nats-core";
import type { Requester } from "./requester.js";

/** What a JetStream publish is asked to check and mark. */
export interface StreamPublishOptions {
  readonly timeoutMs: number;
  /**
   * Compare-and-swap on the subject: the stream stores the message only if the subject's last
   * message has this sequence (0: the subject has none).
   */
  readonly expectedLastSubjectSeq?: number;
  /** A KV delete or purge marker rather than a value. */
  readonly kvOperation?: "DEL" | "PURGE";
  /**
   * `Nats-Msg-Id`: within the stream's duplicate window a second message with the same id is
   * not stored, and its acknowledgement says `duplicate`.
   */
  readonly msgId?: string;
}

/** The stream's acknowledgement: where the message is stored, or that it was a duplicate. */
export interface StreamAck {
  readonly seq: number;
  readonly duplicate: boolean;
}

/**
 * Publishes to a JetStream stream and waits for its acknowledgement. The same wire protocol as
 * nats.js `js.publish` (headers `Nats-Expected-Last-Subject-Sequence`, `Nats-Msg-Id` and
 * `KV-Operation`, a JSON PubAck in reply), carried by a Requester so the hot path of every KV
 * write builds no timer and no Error. A refused precondition throws StreamPublishError.
 */
export async function publishToStream(
  requester: Requester,
  subject: string,
  data: Uint8Array,
  opts: StreamPublishOptions,
): Promise<StreamAck> {
  let h: ReturnType<typeof headers> | undefined;
  if (opts.expectedLastSubjectSeq !== undefined) {
    h = headers();
    h.set("Nats-Expected-Last-Subject-Sequence", String(opts.expectedLastSubjectSeq));
  }
  if (opts.kvOperation !== undefined) {
    h ??= headers();
    h.set("KV-Operation", opts.kvOperation);
  }
  if (opts.msgId !== undefined) {
    h ??= headers();
    h.set("Nats-Msg-Id", opts.msgId);
  }
  const msg = await requester.request(subject, data, { timeoutMs: opts.timeoutMs, headers: h });
  let ack: PubAck;
  try {
    ack = JSON.parse(decoder.decode(msg.data)) as PubAck;
  } catch {
    throw new StreamPublishError(0, 0, `unreadable acknowledgement from ${subject}`);
  }
  if (ack.error) {
    throw new StreamPublishError(ack.error.code ?? 0, ack.error.err_code ?? 0, ack.error.description ?? "");
  }
  if (typeof ack.seq !== "number" || !ack.stream) {
    throw new StreamPublishError(0, 0, `malformed acknowledgement from ${subject}`);
  }
  return { seq: ack.seq, duplicate: ack.duplicate === true };
}

/** A JetStream API error in a publish acknowledgement (`errCode` as in JetStream's error table). */
export class StreamPublishError extends Error {
  constructor(
    readonly status: number,
    readonly errCode: number,
    description: string,
  ) {
    super(description || `JetStream error ${errCode}`);
    this.name = "StreamPublishError";
  }
}

/** JetStream's "wrong last sequence": the compare-and-swap precondition on a subject failed. */
export const wrongLastSequence = 10071;

interface PubAck {
  stream?: string;
  seq?: number;
  duplicate?: boolean;
  error?: { code?: number; err_code?: number; description?: string };
}

const decoder = new TextDecoder();
