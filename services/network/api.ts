import type { Registry } from "prom-client";
import { encodeError, toApiError } from "../../lib/api/errors.js";
import {
  applyClientUpdate,
  newAttachment,
  newSubnet,
  normalizeAttachmentSpec,
  normalizeSubnetSpec,
} from "../../lib/api/objects.js";
import { allNamespaces, apiSubject, Kind, objectKey, parseApiSubject, Verb } from "../../lib/api/subjects.js";
import {
  checkAttachmentUpdate,
  checkSubnetUpdate,
  maxRequestBytes,
  validateAttachmentSpec,
  validateMeta,
  validateName,
  validateNamespace,
  validateSubnetSpec,
} from "../../lib/api/validate.js";
import { checkVniAllowed, type VniRanges } from "../../lib/api/vni-ranges.js";
import { type NetworkAttachment, protoCodec, type Subnet } from "../../lib/codec.js";
import { ErrorCode, hasCode, invalid, JetnetError } from "../../lib/errors.js";
import { FastHistogram } from "../../lib/metrics/fast.js";
import type { ObjectStore, Versioned } from "../../lib/store/types.js";
import { jetnet } from "../../proto/gen/jetnet.js";
import type { CreateLeases } from "./address.js";
import { admitStaticAddress, admitSubnetUpdate } from "./admission.js";
import { type ListSource, servePage } from "./lists.js";

const pb = jetnet.v1;

/** How one kind of object is decoded, checked, stamped and encoded. */
interface KindDef<T> {
  readonly store: ObjectStore<T>;
  /** undefined: this replica holds no copy of the kind (a writer's attachments). */
  readonly lists: ListSource | undefined;
  decodeCreate(b: Uint8Array): T | null | undefined;
  decodeUpdate(b: Uint8Array): { obj: T | null | undefined; rev: number };
  validateSpec(obj: T): void;
  /**
   * Refuses what the namespace may not create (FORBIDDEN), or may not create now (UNAVAILABLE
   * with a retry hint), after validation and before any read or write.
   */
  admit?(namespace: string, input: T): void;
  fresh(namespace: string, input: T): T;
  /**
   * Stores a fresh object in place of the plain create-if-absent (attachments whose address is
   * leased within the create); calls `beforeWrite` before writing.
   */
  createStored?(key: string, obj: T, beforeWrite: () => void): Promise<{ value: T; revision: number }>;
  applyUpdate(current: T, input: T): T;
  checkUpdate(current: T, next: T): void;
  /** Checks against other stored objects (admission.ts): `current` is undefined for a create. */
  checkAgainstOthers(namespace: string, current: T | undefined, next: T): Promise<void>;
  encodeOne(v: Versioned<T>): Uint8Array;
}

const specJson = (s: unknown) => JSON.stringify(s);

const createSubnetReq = protoCodec(pb.CreateSubnetRequest);
const updateSubnetReq = protoCodec(pb.UpdateSubnetRequest);
const createAttachmentReq = protoCodec(pb.CreateAttachmentRequest);
const updateAttachmentReq = protoCodec(pb.UpdateAttachmentRequest);
const getReq = protoCodec(pb.GetRequest);
const deleteReq = protoCodec(pb.DeleteRequest);
const listReq = protoCodec(pb.ListRequest);
const batchReq = protoCodec(pb.BatchRequest);

/** Ops in one batch at most (the SDK sends up to 64). */
export const maxBatchOps = 256;
/** What a batch may hold: writes (a read gains nothing from sharing a request). */
const batchVerbs: readonly string[] = [Verb.Create, Verb.Update, Verb.Delete];

export class ApiMetrics {
  readonly requests: FastHistogram<"endpoint" | "code">;
  constructor(registry: Registry) {
    this.requests = new FastHistogram({
      name: "jetnet_network_request_duration_seconds",
      help: "Intent API request latency by endpoint (kind.verb) and result code.",
      labelNames: ["endpoint", "code"],
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers: [registry],
    });
  }
}

export interface IntentApiDeps {
  readonly subnets: ObjectStore<Subnet>;
  readonly attachments: ObjectStore<NetworkAttachment>;
  /**
   * Where lists are served from (the buckets' list caches). A writer replica has no attachments
   * cache: it is not asked for their lists (it does not subscribe to them) and refuses one if it is.
   */
  readonly lists: { readonly subnets: ListSource; readonly attachments: ListSource | undefined };
  /** The largest reply the service's connection can send (max_payload less room for headers). */
  readonly maxReplyBytes: () => number;
  readonly registry: Registry;
  /** VNIs each namespace may use (empty or absent: all); a subnet outside them is FORBIDDEN. */
  readonly vniRanges?: VniRanges;
  /** Refuses attachment creates (UNAVAILABLE, with a retry hint) while too many wait for ipam. */
  readonly backlog?: { admit(): void };
  /** Leases attachments' addresses within their creates (with Redis; address.ts). */
  readonly createLeases?: CreateLeases;
}

/**
 * The intent API's request handling, transport-free: `handle(subject, body)` returns the reply
 * bytes and never throws. Validation happens before any write; every write is a create-if-absent
 * or a compare-and-swap, so a failed request leaves nothing behind.
 */
export class IntentApi {
  private readonly metrics: ApiMetrics;
  private readonly subnetDef: KindDef<Subnet>;
  private readonly attachmentDef: KindDef<NetworkAttachment>;
  private readonly maxReplyBytes: () => number;

  constructor(deps: IntentApiDeps) {
    this.metrics = new ApiMetrics(deps.registry);
    this.maxReplyBytes = deps.maxReplyBytes;
    this.subnetDef = {
      store: deps.subnets,
      lists: deps.lists.subnets,
      decodeCreate: (b) => createSubnetReq.decode(b).subnet,
      decodeUpdate: (b) => {
        const r = updateSubnetReq.decode(b);
        return { obj: r.subnet, rev: r.expectedRevision ?? 0 };
      },
      validateSpec: (s) => validateSubnetSpec(s.spec),
      // Before the create: a subnet on a VNI its namespace may not use is never stored, so it
      // never reaches the validator or a VNI's claim. (vni is immutable: creates suffice.)
      admit: (ns, s) => checkVniAllowed(deps.vniRanges ?? new Map(), ns, s.spec?.vni ?? 0),
      fresh: newSubnet,
      applyUpdate: (cur, input) =>
        applyClientUpdate(cur, input, normalizeSubnetSpec, (a, b) => specJson(a) === specJson(b)),
      checkUpdate: checkSubnetUpdate,
      checkAgainstOthers: async (_ns, cur, next) => {
        if (cur) await admitSubnetUpdate(deps.attachments, cur, next);
      },
      encodeOne: (v) => pb.SubnetReply.encode({ subnet: { subnet: v.value, revision: v.revision } }).finish(),
    };
    this.attachmentDef = {
      store: deps.attachments,
      lists: deps.lists.attachments,
      decodeCreate: (b) => createAttachmentReq.decode(b).attachment,
      decodeUpdate: (b) => {
        const r = updateAttachmentReq.decode(b);
        return { obj: r.attachment, rev: r.expectedRevision ?? 0 };
      },
      validateSpec: (a) => validateAttachmentSpec(a.spec),
      // After validation, so bad input gets its own error and not a retry hint.
      admit: () => deps.backlog?.admit(),
      fresh: newAttachment,
      ...(deps.createLeases && {
        createStored: (key, obj, beforeWrite) =>
          deps.createLeases!.create(deps.attachments, key, obj, beforeWrite),
      }),
      applyUpdate: (cur, input) =>
        applyClientUpdate(cur, input, normalizeAttachmentSpec, (a, b) => specJson(a) === specJson(b)),
      checkUpdate: checkAttachmentUpdate,
      // spec.ip is immutable, so an update cannot make a static request newly wrong.
      checkAgainstOthers: async (ns, cur, next) => {
        if (!cur) await admitStaticAddress(deps.subnets, ns, next.spec);
      },
      encodeOne: (v) =>
        pb.AttachmentReply.encode({ attachment: { attachment: v.value, revision: v.revision } }).finish(),
    };
  }

  /** Handles one request; returns the reply and, for failures, the error code. */
  async handle(
    subject: string,
    body: Uint8Array,
    deadlineMs?: number,
  ): Promise<{ reply: Uint8Array; code: string }> {
    const started = performance.now();
    const route = parseApiSubject(subject);
    const endpoint = route ? `${route.kind}.${route.verb}` : "unknown";
    let result: { reply: Uint8Array; code: string };
    try {
      if (!route) throw invalid("subject", `unknown API subject "${subject.slice(0, 120)}"`);
      checkDeadline(deadlineMs, "start it");
      if (body.length > maxRequestBytes) {
        throw invalid("body", `request of ${body.length} B exceeds the limit of ${maxRequestBytes} B`);
      }
      // "_all" (never a valid namespace) lists every namespace; permissions decide who may ask.
      if (route.verb !== Verb.List || route.namespace !== allNamespaces) {
        validateNamespace(route.namespace, "namespace");
      }
      const reply =
        route.verb === Verb.Batch
          ? await this.batch(route.namespace, route.kind, body, deadlineMs)
          : route.kind === Kind.Subnets
            ? await this.dispatch(this.subnetDef, route.namespace, route.verb, body, deadlineMs)
            : await this.dispatch(this.attachmentDef, route.namespace, route.verb, body, deadlineMs);
      result = { reply, code: "OK" };
    } catch (err) {
      const { error, code } = toApiError(err);
      result = { reply: encodeError(error), code };
    }
    this.metrics.requests.labels(endpoint, result.code).observe((performance.now() - started) / 1000);
    return result;
  }

  /**
   * A BatchRequest: checked whole before any op runs (a malformed batch changes nothing), then
   * each op handled as its own request would be, all at once but those on one object one after
   * the other in order; the reply holds each op's own reply.
   */
  private async batch(
    namespace: string,
    kind: Kind,
    body: Uint8Array,
    deadlineMs: number | undefined,
  ): Promise<Uint8Array> {
    const ops = batchReq.decode(body).ops ?? [];
    if (ops.length === 0) throw invalid("ops", "a batch needs at least one op");
    if (ops.length > maxBatchOps) throw invalid("ops", `a batch holds at most ${maxBatchOps} ops`);
    ops.forEach((op, i) => {
      if (!batchVerbs.includes(op.verb ?? ""))
        throw invalid(`ops[${i}].verb`, `"${op.verb}" cannot be batched (create, update or delete)`);
    });
    const last = new Map<string, Promise<unknown>>();
    const replies = await Promise.all(
      ops.map((op) => {
        const name = nameInRequest(kind, op.verb as Verb, op.body ?? new Uint8Array());
        const before = name === undefined ? undefined : last.get(name);
        const subject = apiSubject(namespace, kind, op.verb as Verb);
        const run = (before ?? Promise.resolve()).then(() =>
          this.handle(subject, op.body ?? new Uint8Array(), deadlineMs),
        );
        if (name !== undefined) last.set(name, run);
        return run.then((r) => r.reply);
      }),
    );
    return pb.BatchReply.encode({ replies }).finish();
  }

  private async dispatch<T extends { meta?: { name?: string | null } | null }>(
    def: KindDef<T>,
    ns: string,
    verb: Verb,
    body: Uint8Array,
    deadlineMs: number | undefined,
  ): Promise<Uint8Array> {
    // Checked again right before every write: a write that lands after the client gave up is
    // one it may contradict (a delete sent after its create timed out, then the create landing).
    const beforeWrite = () => checkDeadline(deadlineMs, "write");
    switch (verb) {
      case Verb.Batch:
        throw invalid("subject", "a batch cannot hold a batch");
      case Verb.Create: {
        const input = def.decodeCreate(body);
        if (!input) throw invalid("body", "missing object");
        validateMeta(input.meta as never, ns);
        def.validateSpec(input);
        def.admit?.(ns, input);
        const obj = def.fresh(ns, input);
        await def.checkAgainstOthers(ns, undefined, obj);
        const key = objectKey(ns, input.meta?.name ?? "");
        if (def.createStored)
          return def.encodeOne({ key, ...(await def.createStored(key, obj, beforeWrite)) });
        beforeWrite();
        const revision = await def.store.create(key, obj);
        return def.encodeOne({ key, value: obj, revision });
      }
      case Verb.Get: {
        const { name } = getReq.decode(body);
        validateName(name, "name");
        const key = objectKey(ns, name ?? "");
        const v = await def.store.get(key);
        if (!v) throw new JetnetError(ErrorCode.NotFound, `${ns}/${name} not found`);
        return def.encodeOne(v);
      }
      case Verb.List: {
        const r = listReq.decode(body);
        if (!def.lists) {
          throw new JetnetError(
            ErrorCode.Unavailable,
            "this network replica (a writer) holds no attachments to list; a full replica serves lists",
          );
        }
        return servePage(def.lists, {
          namespace: ns === allNamespaces ? undefined : ns,
          labelSelector: r.labelSelector ?? {},
          limit: r.limit ?? 0,
          token: r.continue ?? "",
          deadlineMs,
          maxReplyBytes: this.maxReplyBytes(),
        });
      }
      case Verb.Update: {
        const { obj: input, rev } = def.decodeUpdate(body);
        if (!input) throw invalid("body", "missing object");
        if (!rev) throw invalid("expected_revision", "an update needs the revision it applies to");
        validateMeta(input.meta as never, ns);
        def.validateSpec(input);
        const key = objectKey(ns, input.meta?.name ?? "");
        const cur = await def.store.get(key);
        if (!cur) throw new JetnetError(ErrorCode.NotFound, `${ns}/${input.meta?.name} not found`);
        if (cur.revision !== rev) {
          throw new JetnetError(
            ErrorCode.Conflict,
            `${ns}/${input.meta?.name} is at revision ${cur.revision}, not ${rev}`,
          );
        }
        const next = def.applyUpdate(cur.value, input);
        def.checkUpdate(cur.value, next);
        await def.checkAgainstOthers(ns, cur.value, next);
        beforeWrite();
        const revision = await def.store.update(key, next, rev);
        return def.encodeOne({ key, value: next, revision });
      }
      case Verb.Delete: {
        const { name, expectedRevision } = deleteReq.decode(body);
        validateName(name, "name");
        const key = objectKey(ns, name ?? "");
        beforeWrite();
        const revision = await deleteObject(def.store, def.lists, key, expectedRevision ?? 0);
        return pb.DeleteReply.encode({ revision }).finish();
      }
    }
  }
}

/**
 * Deletes `key` at `expected` (0: whatever is there). Without an expected revision the list
 * cache's is tried first, as a compare-and-swap: usually current, it saves reading the key
 * back through the JetStream API; when stale, the stream refuses it and the store's own
 * read-and-delete decides (at once without a cache: a writer replica's attachments).
 */
export async function deleteObject<T>(
  store: ObjectStore<T>,
  lists: ListSource | undefined,
  key: string,
  expected: number,
): Promise<number> {
  if (expected > 0) return store.delete(key, { expectedRevision: expected });
  const cached = lists?.cache.current(key)?.revision;
  if (cached !== undefined) {
    try {
      return await store.delete(key, { expectedRevision: cached });
    } catch (err) {
      if (!hasCode(err, ErrorCode.Conflict)) throw err;
    }
  }
  return store.delete(key, {});
}

/** The object a write request names (for a batch's order), or undefined if it does not decode. */
function nameInRequest(kind: Kind, verb: Verb, body: Uint8Array): string | undefined {
  try {
    if (verb === Verb.Delete) return deleteReq.decode(body).name ?? undefined;
    if (kind === Kind.Subnets) {
      const s =
        verb === Verb.Create ? createSubnetReq.decode(body).subnet : updateSubnetReq.decode(body).subnet;
      return s?.meta?.name ?? undefined;
    }
    const a =
      verb === Verb.Create
        ? createAttachmentReq.decode(body).attachment
        : updateAttachmentReq.decode(body).attachment;
    return a?.meta?.name ?? undefined;
  } catch {
    return undefined;
  }
}

/** UNAVAILABLE once the client's deadline (ms since the epoch) has passed: it no longer waits. */
function checkDeadline(deadlineMs: number | undefined, what: string): void {
  if (deadlineMs !== undefined && Date.now() > deadlineMs) {
    throw new JetnetError(ErrorCode.Unavailable, `request expired before the service could ${what}`);
  }
}
