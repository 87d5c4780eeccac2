/**
 * The pace of compaction's large reads (lib/store/compact.ts): the arithmetic that turns a pace
 * in records per second into nats-server's per-consumer rate limit, which counts bytes.
 *
 * Why the server's limit (`rate_limit_bps` of a push consumer, nats-server 2.9 on): the read is
 * one ordered push consumer, and the server sends as fast as it can read its files and the
 * connection takes, ~150,000 headers-only records/s; a client that takes them slower only makes
 * them queue. With a limit the server waits before each record until its token bucket holds the
 * record's size, so the records leave the server at the pace, a full bucket's worth (the
 * stream's max_msg_size, 256 KiB for jetnet's buckets: ~1,000 records) at once at the start.
 * An ordered consumer that nats.js re-creates keeps the limit (it copies the consumer's config).
 *
 * What the server counts per record (consumer.go, loopAndGatherMsgs, after the headers-only
 * conversion): the subject, the ack reply subject and the headers, the stored ones plus the
 * `Nats-Msg-Size` line headers-only adds; no payload. ~210 bytes for a jetnet object record,
 * more with longer keys (a key is in the subject and, for writes with an expected revision, in
 * the `Nats-Msg-Id` header).
 */

/** One record of the stream, as a sample of what the read will deliver. */
export interface SampleRecord {
  readonly subject: string;
  /** Its stored headers, name and values (an empty list when it has none). */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** Its value's length in bytes. */
  readonly dataBytes: number;
}

/** The bytes nats-server counts against a rate limit for delivering `r` headers only. */
export function deliveredBytes(r: SampleRecord, stream: string, lastSeq: number): number {
  const seqDigits = String(Math.max(1, lastSeq)).length;
  // $JS.ACK.<stream>.<consumer>.<delivered count>.<stream seq>.<consumer seq>.<ns time>.<pending>;
  // an ordered consumer from nats.js is named oc_<22-character nuid>_<serial>.
  const ackReply = "$JS.ACK.".length + stream.length + 1 + 26 + 1 + 1 + 3 * (1 + seqDigits) + 1 + 19;
  // NATS/1.0\r\n, each header line, Nats-Msg-Size: <n>\r\n, \r\n.
  let headers = 10 + `Nats-Msg-Size: ${r.dataBytes}\r\n`.length + 2;
  for (const [name, value] of r.headers) headers += name.length + 2 + value.length + 2;
  return r.subject.length + ackReply + headers;
}

/** A consumer's rate limit, in bits per second, that delivers `recordsPerSecond` such records. */
export function rateLimitBps(recordsPerSecond: number, bytesPerRecord: number): number {
  return Math.max(8, Math.round(recordsPerSecond * bytesPerRecord * 8));
}

/**
 * How long a read of `records` may take at `recordsPerSecond`: `baseMs` (what an unpaced read
 * of a big bucket may take) plus twice the paced duration, for records larger than the sample.
 */
export function pacedTimeoutMs(records: number, recordsPerSecond: number, baseMs: number): number {
  return baseMs + Math.ceil((2 * 1000 * records) / recordsPerSecond);
}
