import {
  JetStreamApiError,
  type JetStreamClient,
  type JetStreamManager,
  jetstream,
  jetstreamManager,
} from "@nats-io/jetstream";
import { type KV, type KvEntry, Kvm } from "@nats-io/kv";
import { Empty, headers, type NatsConnection } from "@nats-io/nats-core";
import type { Codec } from "../codec.js";
import {
  alreadyExists,
  conflict,
  ErrorCode,
  invalid,
  JetnetError,
  notFound,
  unavailable,
} from "../errors.js";
import { publishToStream, StreamPublishError, wrongLastSequence } from "../nats/publish.js";
import { type Requester, RequestFailure, requesterFor } from "../nats/requester.js";
import { type ServerTraits, serverTraits } from "../nats/server.js";
// The same bound on lost races as every read-modify-write: an unconditional delete, or a create
// over a tombstone, retries this often.
import { maxCasAttempts } from "./cas.js";
import { AnnouncementChains } from "./chain.js";
import { validateBucket, validateFilter, validateKey } from "./keys.js";
import type {
  CreateOptions,
  DeleteOptions,
  Listing,
  ObjectStore,
  Versioned,
  Watch,
  WatchOptions,
} from "./types.js";
import { KvWatch, readSnapshot } from "./watch.js";

/** Default cap on an encoded value; also set as the bucket's max message size. */
export const defaultMaxValueBytes = 256 * 1024;

export interface OpenStoreOptions<T> {
  readonly bucket: string;
  readonly codec: Codec<T>;
  /** JetStream replicas for the bucket's stream when it is created (R3 in a cluster). */
  readonly replicas?: number;
  /** Revisions kept per key (for `jetnet history`); 1 keeps only the latest. */
  readonly history?: number;
  readonly maxValueBytes?: number;
  /** Request timeout for JetStream calls. */
  readonly timeoutMs?: number;
  /**
   * Bind to an existing bucket without creating or checking it: for clients with read-only
   * permissions (tenants, agents).
   */
  readonly bindOnly?: boolean;
  /**
   * Announce every committed write of this store on `<feed>.<key>` (core NATS, after the
   * stream's ack; header `Jetnet-Revision`, and `KV-Operation: DEL` for deletes). Readers who
   * must not touch JetStream follow the feed instead of the bucket's `$KV.` subjects.
   *
   * Why not the stream's own `republish`? nats-server 2.9 has it, but refuses to add it to an
   * existing stream ("can not change RePublish"; 2.10 allows it), so buckets made by an earlier
   * version would have to be recreated. An announcement costs one message into the server per
   * write, and a reader sees a write a round trip later than on `$KV.` (after the ack), but
   * never one the stream refused, which a `$KV.` subscriber does see (a lost CAS).
   *
   * Each announcement also names, in `Jetnet-Previous`, the revision of this store's previous
   * announcement under the same first key token (a VNI, a node, a namespace): core NATS delivers
   * one connection's messages in order, so a reader following whole tokens that has seen nothing
   * as new as that revision has lost a message, and knows it without asking anyone.
   */
  readonly feed?: string;
  /**
   * With `feed`, create the bucket so that its stream announces every stored write itself
   * (RePublish to `<feed>.>`): the writer then sends one message per write instead of two.
   * nats-server 2.9 and 2.10 refuse to add RePublish to an existing stream, so a bucket made
   * without it stays announced by its writers. Whichever way a bucket is announced, every
   * store writing it follows it (the stream's configuration decides, not this option). The
   * stream's announcements name their revision in `Nats-Sequence` and carry no
   * `Jetnet-Previous`: readers that repair loss by predecessors (agents) need writer announcements.
   */
  readonly feedByStream?: boolean;
}

/** Header of a feed message: the revision the announced write got. */
export const revisionHeader = "Jetnet-Revision";
/** The same, in an announcement the bucket's stream made (RePublish). */
export const streamSequenceHeader = "Nats-Sequence";
/**
 * Header of a feed message: the revision of the previous announcement made by the same writer
 * under the same first key token (absent when the writer made none it remembers).
 */
export const previousHeader = "Jetnet-Previous";

/** Creates the bucket if it does not exist (or binds to it) and returns a typed store over it. */
export async function openStore<T>(nc: NatsConnection, opts: OpenStoreOptions<T>): Promise<KvStore<T>> {
  validateBucket(opts.bucket);
  const timeout = opts.timeoutMs ?? 5000;
  const js = jetstream(nc, { timeout });
  const jsm = await jetstreamManager(nc, { timeout });
  const maxValueBytes = opts.maxValueBytes ?? defaultMaxValueBytes;
  const kvm = new Kvm(js);
  // Reads go to the stream leader (no direct get): in a cluster a direct get may be answered by
  // a follower that lags, and a compare-and-swap loop or a NotFound decision built on a stale
  // read can go wrong (a delete reported as done that was not).
  const kv = opts.bindOnly
    ? await kvm.open(opts.bucket, { allow_direct: false })
    : await kvm
        .create(opts.bucket, {
          history: opts.history ?? 1,
          replicas: opts.replicas ?? 1,
          maxValueSize: maxValueBytes,
          allow_direct: false,
          ...(opts.feed !== undefined &&
            opts.feedByStream && { republish: { src: `$KV.${opts.bucket}.>`, dest: `${opts.feed}.>` } }),
        })
        .catch(async (err: unknown) => {
          // A bucket made by an older version with other settings: use it as it is.
          if (!/already in use/i.test(String((err as Error).message))) throw err;
          return kvm.open(opts.bucket, { allow_direct: false });
        });
  // A stream that republishes to the feed announces every write already.
  let feed = opts.feed;
  if (feed !== undefined) {
    const si = await jsm.streams.info(`KV_${opts.bucket}`);
    if (si.config.republish?.dest === `${feed}.>`) feed = undefined;
  }
  return new KvStore(nc, js, jsm, kv, opts.bucket, opts.codec, maxValueBytes, timeout, feed);
}

/**
 * ObjectStore on a JetStream KV bucket. Values are encoded with the codec; see types.ts.
 *
 * Writes are JetStream publishes to the bucket's subjects, as nats.js KV makes them, but sent
 * through the connection's Requester (lib/nats): every KV write of every service goes this way,
 * and nats.js's per-request timer and Error cost more than the rest of a write's client work.
 * Reads and watches use nats.js.
 */
export class KvStore<T> implements ObjectStore<T> {
  private readonly requester: Requester;
  /** The server release, read once: watches branch on what it reports differently. */
  private readonly server: ServerTraits;
  /** This store's announcement chains, one per first key token. */
  private readonly chains = new AnnouncementChains();

  constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly kv: KV,
    readonly bucket: string,
    private readonly codec: Codec<T>,
    private readonly maxValueBytes: number,
    private readonly timeoutMs = 5000,
    private readonly feed?: string,
  ) {
    this.requester = requesterFor(nc);
    this.server = serverTraits(nc);
  }

  get stream(): string {
    return `KV_${this.bucket}`;
  }

  async get(key: string): Promise<Versioned<T> | undefined> {
    validateKey(key);
    const e = await this.call(() => this.kv.get(key));
    if (e?.operation !== "PUT") return undefined;
    return { key, value: this.decode(key, e.value), revision: e.revision };
  }

  async list(filter = ">"): Promise<Listing<T>> {
    validateFilter(filter);
    const snap = await this.call(() => readSnapshot(this.js, this.jsm, this.stream, this.subject(filter)));
    const items = snap.entries.map((m) => ({
      key: m.key,
      value: this.decode(m.key, m.value),
      revision: m.revision,
    }));
    return { items, revision: snap.revision };
  }

  /** The bucket's latest revision: its stream's last sequence, as the stream leader reports it. */
  async lastRevision(): Promise<number> {
    const si = await this.call(() => this.jsm.streams.info(this.stream));
    return si.state.last_seq;
  }

  async create(key: string, value: T, opts: CreateOptions<T> = {}): Promise<number> {
    validateKey(key);
    let sent = value;
    let bytes = this.encode(value);
    // A key whose latest record is a tombstone holds no object: the create is then a CAS on the
    // tombstone, so that it cannot overwrite an object created meanwhile.
    let expected = 0;
    for (let attempt = 0; attempt < maxCasAttempts; attempt++) {
      const next = opts.valueAt?.() ?? sent;
      if (next !== sent) {
        sent = next;
        bytes = this.encode(next);
      }
      const written = await this.publishIf(key, bytes, expected);
      if (typeof written === "number") return written;
      // A duplicate: another writer's record follows the tombstone, stored or still in flight
      // (a clustered leader answers duplicates before the first write is committed). Read until
      // it is there instead of spending the attempts on the same tombstone.
      const last =
        written === "duplicate"
          ? await this.successor(key, expected)
          : await this.call(() => this.kv.get(key));
      if (last?.operation === "PUT") throw alreadyExists(`${this.bucket}/${key}`);
      expected = last?.revision ?? 0;
    }
    throw conflict(`${this.bucket}/${key}: changed repeatedly while being created`);
  }

  async update(key: string, value: T, expectedRevision: number): Promise<number> {
    validateKey(key);
    validateRevision(expectedRevision);
    const bytes = this.encode(value);
    const revision = await this.publishIf(key, bytes, expectedRevision);
    if (typeof revision === "number") return revision;
    const current = await this.get(key);
    if (!current) throw notFound(`${this.bucket}/${key}`);
    throw conflict(`${this.bucket}/${key}: revision is ${current.revision}, not ${expectedRevision}`);
  }

  async put(key: string, value: T): Promise<number> {
    validateKey(key);
    const bytes = this.encode(value);
    return this.publish(key, bytes);
  }

  async delete(key: string, opts: DeleteOptions = {}): Promise<number> {
    validateKey(key);
    if (opts.expectedRevision !== undefined) validateRevision(opts.expectedRevision);
    // With an expected revision, the CAS goes first: the leader decides, in one round trip.
    if (opts.expectedRevision !== undefined) {
      if (typeof (await this.publishIf(key, Empty, opts.expectedRevision, "DEL")) === "number") {
        return opts.expectedRevision;
      }
    }
    // The delete is a CAS on the revision just read, so "NotFound" and "Conflict" are exact even
    // when writers race it; an unconditional delete simply re-reads and tries again.
    for (let attempt = 0; attempt < maxCasAttempts; attempt++) {
      const current = await this.get(key);
      if (!current) throw notFound(`${this.bucket}/${key}`);
      const expected = opts.expectedRevision ?? current.revision;
      if (expected !== current.revision) {
        throw conflict(`${this.bucket}/${key}: revision is ${current.revision}, not ${expected}`);
      }
      if (typeof (await this.publishIf(key, Empty, expected, "DEL")) === "number") return expected;
    }
    throw conflict(`${this.bucket}/${key}: changed repeatedly while being deleted`);
  }

  watch(opts: WatchOptions = {}): Watch<T> {
    const filter = opts.filter ?? ">";
    validateFilter(filter);
    if (
      opts.fromRevision !== undefined &&
      (!Number.isSafeInteger(opts.fromRevision) || opts.fromRevision < 0)
    ) {
      throw invalid("fromRevision", "must be a non-negative integer");
    }
    return new KvWatch<T>(
      {
        nc: this.nc,
        js: this.js,
        jsm: this.jsm,
        stream: this.stream,
        server: this.server,
        prefixLen: `$KV.${this.bucket}.`.length,
      },
      this.subject(filter),
      (key, bytes) => this.decode(key, bytes),
      opts,
    );
  }

  /** Removes every object at once (tests and disaster drills); watchers see it as a gap. */
  async purgeAll(): Promise<void> {
    await this.call(() => this.jsm.streams.purge(this.stream));
  }

  /** Deletes the bucket entirely. */
  async destroy(): Promise<void> {
    await this.call(() => this.kv.destroy());
  }

  /**
   * Appends a record to `key` (a value, or a tombstone with `op` "DEL") only if the key's latest
   * record is `expected` (0: the key has no record). Resolves to the new revision, or to
   * undefined when the condition does not hold.
   *
   * Why a message id besides the expected-sequence header: a clustered stream (nats-server
   * 2.9.10) checks the header only on the leader, against the records it has applied, before it
   * proposes the message; two writes in flight with the same expected revision both pass and
   * both are stored (nats-server issue 4320). A DEL and an agent's status update, each a CAS on
   * the same revision, then leave the deleted object in place. The id `<key>@<expected>` names
   * "the write that follows revision `expected` of `key`", which can exist only once: the stream
   * stores the first message with that id and answers every later one as a duplicate, also
   * while the first is still in flight. Ids are remembered for the stream's duplicate window
   * (2 min); a write on an older revision meets a successor the leader has long applied, which
   * the header check sees. Creates need no id (the server checks expected sequence 0 in log
   * order), and an id must not repeat for later incarnations of a key.
   *
   * Resolves to the new revision, or to why nothing was written: "moved" (the key's latest
   * record is not `expected`) or "duplicate" (another write on `expected` came first).
   */
  private async publishIf(
    key: string,
    data: Uint8Array,
    expected: number,
    op?: "DEL",
  ): Promise<number | "moved" | "duplicate"> {
    try {
      const ack = await this.call(() =>
        publishToStream(this.requester, this.subject(key), data, {
          timeoutMs: this.timeoutMs,
          expectedLastSubjectSeq: expected,
          ...(expected > 0 && { msgId: `${key}@${expected}` }),
          ...(op && { kvOperation: op }),
        }),
      );
      if (ack.duplicate) return "duplicate";
      this.announce(key, data, ack.seq, op);
      return ack.seq;
    } catch (err) {
      if (isWrongLastSequence(err)) return "moved";
      throw err;
    }
  }

  /**
   * The key's latest record once it is newer than `revision`, whose successor a duplicate told
   * of: the leader stores that write within a commit round, so this waits (2 ms, doubling) up to
   * the store's timeout, then returns whatever is latest.
   */
  private async successor(key: string, revision: number): Promise<KvEntry | null> {
    const deadline = Date.now() + this.timeoutMs;
    for (let waitMs = 2; ; waitMs = Math.min(waitMs * 2, 100)) {
      const last = await this.call(() => this.kv.get(key));
      if ((last?.revision ?? 0) !== revision || Date.now() >= deadline) return last;
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }

  /** An unconditional write of a value. */
  private async publish(key: string, bytes: Uint8Array): Promise<number> {
    const ack = await this.call(() =>
      publishToStream(this.requester, this.subject(key), bytes, { timeoutMs: this.timeoutMs }),
    );
    this.announce(key, bytes, ack.seq);
    return ack.seq;
  }

  /**
   * Publishes a committed write on the store's feed. Only after the ack: a write the stream
   * refused (a lost compare-and-swap) must never reach a reader. A crash between the ack and
   * this publish loses the announcement; feed readers detect and repair loss anyway (core NATS
   * is at-most-once), e.g. agents by their digest checks.
   */
  private announce(key: string, data: Uint8Array, revision: number, op?: "DEL"): void {
    if (this.feed === undefined) return;
    const h = headers();
    h.set(revisionHeader, String(revision));
    if (op) h.set("KV-Operation", op);
    const dot = key.indexOf(".");
    const token = dot < 0 ? key : key.slice(0, dot);
    const previous = this.chains.advance(token, revision);
    if (previous !== undefined) h.set(previousHeader, String(previous));
    try {
      this.nc.publish(`${this.feed}.${key}`, data, { headers: h });
    } catch {
      // The connection closed after the ack: the write stands; the announcement is lost.
    }
  }

  private subject(filter: string): string {
    return `$KV.${this.bucket}.${filter}`;
  }

  private encode(value: T): Uint8Array {
    let bytes: Uint8Array;
    try {
      bytes = this.codec.encode(value);
    } catch (err) {
      throw new JetnetError(ErrorCode.Invalid, `value cannot be encoded: ${(err as Error).message}`, "value");
    }
    if (bytes.length > this.maxValueBytes) {
      throw invalid("value", `encoded size ${bytes.length} B exceeds the limit of ${this.maxValueBytes} B`);
    }
    return bytes;
  }

  private decode(key: string, bytes: Uint8Array): T {
    try {
      return this.codec.decode(bytes);
    } catch (err) {
      throw new JetnetError(
        ErrorCode.Internal,
        `${this.bucket}/${key}: stored value cannot be decoded: ${(err as Error).message}`,
      );
    }
  }

  /** Runs a JetStream call, mapping transport failures to UNAVAILABLE and keeping API errors. */
  private async call<R>(fn: () => Promise<R>): Promise<R> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof JetnetError || err instanceof JetStreamApiError || err instanceof StreamPublishError)
        throw err;
      if (err instanceof RequestFailure && err.reason === "no_responders")
        throw unavailable(`${this.bucket}: JetStream does not answer (no stream for the bucket?)`, err);
      throw unavailable(`${this.bucket}: ${(err as Error).message}`, err);
    }
  }
}

export type { KvEntry };

function isWrongLastSequence(err: unknown): boolean {
  return (
    (err instanceof StreamPublishError && err.errCode === wrongLastSequence) ||
    (err instanceof JetStreamApiError && err.code === wrongLastSequence)
  );
}

function validateRevision(rev: number): void {
  if (!Number.isSafeInteger(rev) || rev <= 0) throw invalid("expectedRevision", "must be a positive integer");
}
