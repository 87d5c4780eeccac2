import { headers, type NatsConnection } from "@nats-io/nats-core";
import { jetnet } from "../../proto/gen/jetnet.js";
import {
  type ApiError,
  attachmentCodec,
  type Codec,
  type NetworkAttachment,
  protoCodec,
  type Subnet,
  subnetCodec,
} from "../codec.js";
import { ErrorCode, hasCode, isErrorCode, JetnetError } from "../errors.js";
import { requesterFor } from "../nats/requester.js";
import type { Versioned, Watch, WatchOptions } from "../store/types.js";
import { FeedWatch } from "./feed.js";
import { apiSubject, Bucket, bucketFeed, deadlineHeader, Kind, Verb } from "./subjects.js";

const pb = jetnet.v1;

export interface ClientOptions {
  /** Per-request timeout. */
  readonly timeoutMs?: number;
  /**
   * Writes (create, update, delete) of one kind in one namespace that are issued while an earlier
   * one is in flight go together in one batch request (WriteBatcher); default true. An idle
   * client's write leaves at once, alone, as before.
   */
  readonly batchWrites?: boolean;
}

/** Ops in one batch request at most (the service takes up to 256). */
const batchMaxOps = 64;
/** Bytes of op bodies in one batch request at most (the service takes 64 KiB a request). */
const batchMaxBytes = 48 * 1024;
/** Batch requests of one kind and namespace in flight at most (a bulk writer's pipeline). */
const batchMaxInFlight = 4;

interface QueuedWrite {
  readonly verb: Verb;
  readonly body: Uint8Array;
  readonly resolve: (reply: Uint8Array) => void;
  readonly reject: (err: unknown) => void;
}

/**
 * Adaptive batching of one kind's writes in one namespace: a write issued while nothing is in
 * flight is sent at once, alone (no added wait when idle); writes issued while requests are in
 * flight wait for the next to come back and leave together, as one BatchRequest (a full one
 * leaves at once, up to `batchMaxInFlight` requests in flight). Each write gets its own reply.
 * So a busy client costs the service and nats-server one request and one reply for many
 * writes: a lifecycle's create and delete were four of its eleven messages into nats-server.
 * A service without batches refuses the subject; the batcher then sends writes one by one.
 */
export class WriteBatcher {
  private inFlight = 0;
  private readonly queue: QueuedWrite[] = [];
  private queuedBytes = 0;
  private batches = true;

  constructor(
    private readonly request: (subject: string, body: Uint8Array) => Promise<Uint8Array>,
    private readonly namespace: string,
    private readonly kind: Kind,
  ) {}

  send(verb: Verb, body: Uint8Array): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ verb, body, resolve, reject });
      this.queuedBytes += body.length;
      if (
        this.inFlight === 0 ||
        (this.inFlight < batchMaxInFlight &&
          (this.queue.length >= batchMaxOps || this.queuedBytes >= batchMaxBytes))
      )
        this.next();
    });
  }

  /** Sends what is queued (as much as one request takes), then again when it comes back. */
  private next(): void {
    const ops = this.take();
    if (ops.length === 0) return;
    this.inFlight++;
    const sent = ops.length === 1 || !this.batches ? this.alone(ops) : this.together(ops);
    void sent.finally(() => {
      this.inFlight--;
      if (this.queue.length > 0) this.next();
    });
  }

  private take(): QueuedWrite[] {
    let n = 0;
    let bytes = 0;
    while (n < this.queue.length && n < batchMaxOps) {
      const b = this.queue[n]!.body.length;
      if (n > 0 && bytes + b > batchMaxBytes) break;
      bytes += b;
      n++;
    }
    const ops = this.queue.splice(0, n);
    this.queuedBytes -= bytes;
    return ops;
  }

  private async alone(ops: QueuedWrite[]): Promise<void> {
    await Promise.all(
      ops.map(async (op) => {
        try {
          op.resolve(await this.request(apiSubject(this.namespace, this.kind, op.verb), op.body));
        } catch (err) {
          op.reject(err);
        }
      }),
    );
  }

  private async together(ops: QueuedWrite[]): Promise<void> {
    let r: jetnet.v1.BatchReply;
    try {
      const body = pb.BatchRequest.encode({ ops: ops.map((o) => ({ verb: o.verb, body: o.body })) }).finish();
      r = pb.BatchReply.decode(await this.request(apiSubject(this.namespace, this.kind, Verb.Batch), body));
    } catch (err) {
      for (const op of ops) op.reject(err);
      return;
    }
    if (r.error?.code) {
      // A service from before batches: it knows no such subject.
      if (r.error.code === ErrorCode.Invalid && r.error.field === "subject") {
        this.batches = false;
        return this.alone(ops);
      }
      const err = toJetnetError(r.error);
      for (const op of ops) op.reject(err);
      return;
    }
    ops.forEach((op, i) => {
      const reply = r.replies?.[i];
      if (reply) op.resolve(reply);
      else op.reject(new JetnetError(ErrorCode.Internal, `batch reply without a reply for op ${i}`));
    });
  }
}

/** Objects per list page unless told otherwise (kubectl's --chunk-size default). */
export const defaultChunkSize = 500;
/** Times a continue token is sent again after EXPIRED: another replica may still hold its revision. */
const expiredRetries = 2;

export interface ListOptions {
  /** Only objects carrying all these labels. */
  readonly labelSelector?: Record<string, string>;
  /** Objects per page (default 500); 0 asks for everything in one reply. */
  readonly chunkSize?: number;
}

/** One page of a list; every page of a list has the revision of the first. */
export interface ListPage<T> {
  readonly items: Versioned<T>[];
  /** The revision the whole list is consistent at. */
  readonly revision: number;
  /** Empty on the last page. */
  readonly continue: string;
}

/** Operations on one kind of object in one namespace. */
export interface ResourceClient<T> {
  create(obj: T): Promise<Versioned<T>>;
  get(name: string): Promise<Versioned<T>>;
  /** Every object (following every page), consistent at `revision`. */
  list(
    labelSelector?: Record<string, string>,
    opts?: { chunkSize?: number },
  ): Promise<{ items: Versioned<T>[]; revision: number }>;
  /**
   * The pages of one list, fetched as they are consumed. A page whose revision the service no
   * longer keeps fails with EXPIRED (its `revision`: the oldest one kept); start again then.
   */
  pages(opts?: ListOptions): AsyncIterable<ListPage<T>>;
  /** One page: `limit` objects at most (0: all), after the page whose token is `continue`. */
  listPage(opts: {
    labelSelector?: Record<string, string>;
    limit: number;
    continue?: string;
  }): Promise<ListPage<T>>;
  /** Replaces spec and labels; fails with CONFLICT unless the object is at `expectedRevision`. */
  update(obj: T, expectedRevision: number): Promise<Versioned<T>>;
  /** With an expected revision, deletes only that version (else CONFLICT). */
  delete(name: string, expectedRevision?: number): Promise<void>;
  /**
   * Watches the namespace's objects: the bucket's feed plus lists through the API, so it needs
   * only the API and the namespace's feed subjects (what a tenant has), no JetStream.
   */
  watch(opts?: Omit<WatchOptions, "filter"> & { name?: string }): Promise<Watch<T>>;
}

interface KindWire<T> {
  readonly kind: Kind;
  readonly bucket: string;
  readonly codec: Codec<T>;
  createReq(obj: T): Uint8Array;
  updateReq(obj: T, rev: number): Uint8Array;
  /** Decodes a single-object reply into the object or the error. */
  reply(bytes: Uint8Array): { obj?: { value: T; revision: number }; error?: ApiError | null };
  listReply(bytes: Uint8Array): {
    list?: { items: { value: T; revision: number }[]; revision: number; continue: string };
    error?: ApiError | null;
  };
}

const subnetReply = protoCodec(pb.SubnetReply);
const subnetListReply = protoCodec(pb.SubnetListReply);
const attachmentReply = protoCodec(pb.AttachmentReply);
const attachmentListReply = protoCodec(pb.AttachmentListReply);
const deleteReply = protoCodec(pb.DeleteReply);

const subnetWire: KindWire<Subnet> = {
  kind: Kind.Subnets,
  bucket: Bucket.Subnets,
  codec: subnetCodec,
  createReq: (subnet) => pb.CreateSubnetRequest.encode({ subnet }).finish(),
  updateReq: (subnet, rev) => pb.UpdateSubnetRequest.encode({ subnet, expectedRevision: rev }).finish(),
  reply: (b) => {
    const r = subnetReply.decode(b);
    return {
      obj: r.subnet?.subnet ? { value: r.subnet.subnet, revision: r.subnet.revision ?? 0 } : undefined,
      error: r.error,
    };
  },
  listReply: (b) => {
    const r = subnetListReply.decode(b);
    return {
      list: r.list
        ? {
            items: (r.list.items ?? []).map((i) => ({ value: i.subnet ?? {}, revision: i.revision ?? 0 })),
            revision: r.list.revision ?? 0,
            continue: r.list.continue ?? "",
          }
        : undefined,
      error: r.error,
    };
  },
};

const attachmentWire: KindWire<NetworkAttachment> = {
  kind: Kind.Attachments,
  bucket: Bucket.Attachments,
  codec: attachmentCodec,
  createReq: (attachment) => pb.CreateAttachmentRequest.encode({ attachment }).finish(),
  updateReq: (attachment, rev) =>
    pb.UpdateAttachmentRequest.encode({ attachment, expectedRevision: rev }).finish(),
  reply: (b) => {
    const r = attachmentReply.decode(b);
    return {
      obj: r.attachment?.attachment
        ? { value: r.attachment.attachment, revision: r.attachment.revision ?? 0 }
        : undefined,
      error: r.error,
    };
  },
  listReply: (b) => {
    const r = attachmentListReply.decode(b);
    return {
      list: r.list
        ? {
            items: (r.list.items ?? []).map((i) => ({
              value: i.attachment ?? {},
              revision: i.revision ?? 0,
            })),
            revision: r.list.revision ?? 0,
            continue: r.list.continue ?? "",
          }
        : undefined,
      error: r.error,
    };
  },
};

/** Turns a wire error into a JetnetError (unknown codes become INTERNAL). */
export function toJetnetError(e: ApiError): JetnetError {
  const code = e.code && isErrorCode(e.code) ? e.code : ErrorCode.Internal;
  return new JetnetError(code, e.message || code, e.field || undefined, {
    ...(e.revision ? { revision: e.revision } : {}),
    ...(e.retryAfterMs ? { retryAfterMs: e.retryAfterMs } : {}),
  });
}

/**
 * The typed client SDK for jetnet's intent API: request/reply to the network service for
 * writes and reads, and the buckets' feeds for change streams. The CLI and the tests use it.
 */
export class JetnetClient {
  private readonly timeout: number;
  private readonly batchWrites: boolean;
  /** One per kind and namespace written to (`<ns>.<kind>`). */
  private readonly batchers = new Map<string, WriteBatcher>();

  constructor(
    readonly nc: NatsConnection,
    opts: ClientOptions = {},
  ) {
    this.timeout = opts.timeoutMs ?? 5000;
    this.batchWrites = opts.batchWrites ?? true;
  }

  /** Sends a write (create, update, delete) through the kind's and namespace's batcher. */
  private write(namespace: string, kind: Kind, verb: Verb, body: Uint8Array): Promise<Uint8Array> {
    if (!this.batchWrites) return this.request(apiSubject(namespace, kind, verb), body);
    const id = `${namespace}.${kind}`;
    let b = this.batchers.get(id);
    if (b === undefined) {
      b = new WriteBatcher((subject, body) => this.request(subject, body), namespace, kind);
      this.batchers.set(id, b);
    }
    return b.send(verb, body);
  }

  /** `namespace` may be `allNamespaces` (from subjects.ts) for lists across every namespace. */
  subnets(namespace: string): ResourceClient<Subnet> {
    return this.resource(namespace, subnetWire);
  }

  attachments(namespace: string): ResourceClient<NetworkAttachment> {
    return this.resource(namespace, attachmentWire);
  }

  /** Raw request: sends bytes to a subject and returns the reply bytes (UNAVAILABLE on no reply). */
  async request(subject: string, body: Uint8Array): Promise<Uint8Array> {
    try {
      // The service drops a request it only gets to after this: the caller has given up on it,
      // and may have retried and moved on (a stale create must not undo a later delete).
      const h = headers();
      h.set(deadlineHeader, String(Date.now() + this.timeout));
      const m = await requesterFor(this.nc).request(subject, body, { timeoutMs: this.timeout, headers: h });
      return m.data;
    } catch (err) {
      throw new JetnetError(
        ErrorCode.Unavailable,
        `no reply from the network service on ${subject}: ${(err as Error).message}`,
        undefined,
        { cause: err },
      );
    }
  }

  private resource<T>(namespace: string, wire: KindWire<T>): ResourceClient<T> {
    const subject = (verb: Verb) => apiSubject(namespace, wire.kind, verb);
    const one = async (verb: Verb, body: Uint8Array, name: string): Promise<Versioned<T>> => {
      const bytes =
        verb === Verb.Get
          ? await this.request(subject(verb), body)
          : await this.write(namespace, wire.kind, verb, body);
      const r = wire.reply(bytes);
      if (r.error?.code) throw toJetnetError(r.error);
      if (!r.obj) throw new JetnetError(ErrorCode.Internal, `empty ${verb} reply`);
      return { key: `${namespace}.${name}`, value: r.obj.value, revision: r.obj.revision };
    };
    const nameOf = (obj: T) => (obj as { meta?: { name?: string | null } | null }).meta?.name ?? "";
    const nsOf = (obj: T) => (obj as { meta?: { namespace?: string | null } | null }).meta?.namespace ?? "";
    const listPage: ResourceClient<T>["listPage"] = async (opts) => {
      const body = pb.ListRequest.encode({
        labelSelector: opts.labelSelector ?? {},
        limit: opts.limit,
        continue: opts.continue ?? "",
      }).finish();
      const r = wire.listReply(await this.request(subject(Verb.List), body));
      if (r.error?.code) throw toJetnetError(r.error);
      const list = r.list ?? { items: [], revision: 0, continue: "" };
      return {
        items: list.items.map((i) => ({
          key: `${nsOf(i.value) || namespace}.${nameOf(i.value)}`,
          value: i.value,
          revision: i.revision,
        })),
        revision: list.revision,
        continue: list.continue,
      };
    };
    const pageWithRetries = async (opts: Parameters<typeof listPage>[0]) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await listPage(opts);
        } catch (err) {
          // Replicas keep their own windows (one started after the list's revision has none):
          // the request may land on another one that still serves it.
          if (!opts.continue || attempt >= expiredRetries || !hasCode(err, ErrorCode.Expired)) throw err;
        }
      }
    };
    async function* pages(opts: ListOptions): AsyncGenerator<ListPage<T>> {
      const limit = opts.chunkSize ?? defaultChunkSize;
      let token = "";
      do {
        const page = await pageWithRetries({
          labelSelector: opts.labelSelector ?? {},
          limit,
          continue: token,
        });
        yield page;
        token = page.continue;
      } while (token !== "");
    }
    return {
      create: (obj) => one(Verb.Create, wire.createReq(obj), nameOf(obj)),
      get: (name) => one(Verb.Get, pb.GetRequest.encode({ name }).finish(), name),
      update: (obj, rev) => one(Verb.Update, wire.updateReq(obj, rev), nameOf(obj)),
      listPage,
      pages: (opts = {}) => pages(opts),
      list: async (labelSelector, opts = {}) => {
        const items: Versioned<T>[] = [];
        let revision = 0;
        for await (const page of pages({ labelSelector: labelSelector ?? {}, chunkSize: opts.chunkSize })) {
          items.push(...page.items);
          revision = page.revision;
        }
        return { items, revision };
      },
      delete: async (name, expectedRevision) => {
        const body = pb.DeleteRequest.encode({ name, expectedRevision: expectedRevision ?? 0 }).finish();
        const r = deleteReply.decode(await this.write(namespace, wire.kind, Verb.Delete, body));
        if (r.error?.code) throw toJetnetError(r.error);
      },
      watch: async (opts = {}) => {
        const { name, known, fromRevision, signal } = opts;
        const feed = bucketFeed(wire.bucket);
        const own = (key: string) =>
          name ? key === `${namespace}.${name}` : key.startsWith(`${namespace}.`);
        const lister = this.resource(namespace, wire);
        return new FeedWatch<T>({
          nc: this.nc,
          subject: `${feed}.${namespace}.${name ?? ">"}`,
          prefixLen: feed.length + 1,
          includes: own,
          decode: (bytes) => wire.codec.decode(bytes),
          list: () => lister.list(),
          ...(known !== undefined && { known }),
          ...(fromRevision !== undefined && { fromRevision }),
          ...(signal !== undefined && { signal }),
        });
      },
    };
  }
}
