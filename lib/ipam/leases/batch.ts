import { invalid } from "../../errors.js";
import { type AddressRange, allocatable } from "../range.js";
import { checkIp, checkName, checkOwner, checkVni, internal } from "./checks.js";
import { subnetId, vniKeys } from "./keys.js";
import { type ScriptRunner, scripts } from "./scripts.js";
import type { AllocateRequest, AllocateResult, SubnetRange } from "./types.js";

/** Subnets whose allocate arguments are kept (see Allocations.subnetArgs). */
const subnetCacheSize = 4_096;

/** A subnet's arguments to the allocate script, and the cache key they were computed for. */
interface SubnetArgs {
  readonly key: string;
  readonly id: string;
  readonly spans: string[];
}

/**
 * Allocations of one subnet requested in the same turn of the event loop: they go to Redis as
 * one call of the allocate script, which serves them one after the other. An ipam replica
 * addresses many attachments at once, and a script call's fixed costs (the command's encoding
 * and parsing on both ends, the script's setup, the subnet's bookkeeping) are then paid once
 * per batch instead of once per address.
 */
interface AllocateBatch {
  readonly vni: number;
  readonly subnet: SubnetArgs;
  readonly items: {
    readonly owner: string;
    readonly ref: string;
    readonly requested: string;
    readonly resolve: (r: AllocateResult) => void;
    readonly reject: (err: unknown) => void;
  }[];
}

/** Requests per allocate call: bounds the time Redis spends in one script. */
const maxBatch = 256;

function allocateResult(status: string, a: unknown, b: unknown): AllocateResult {
  switch (status) {
    case "ok":
    case "reused":
      return { ok: true, ip: Number(a), seq: Number(b), reused: status === "reused" };
    case "taken":
      return { ok: false, reason: "taken", holder: String(a) };
    case "out_of_range":
      return { ok: false, reason: "out_of_range" };
    case "exhausted":
      return { ok: false, reason: "exhausted" };
    case "recovering":
      return { ok: false, reason: "recovering" };
    default:
      throw internal(`allocate script replied ${JSON.stringify([status, a, b])}`);
  }
}

/** The allocations of a LeaseStore: batched per subnet into calls of the allocate script. */
export class Allocations {
  /**
   * The allocate script's arguments per subnet (id and allocatable spans as strings), keyed by
   * CIDR and exclusions: every allocation of a subnet would otherwise recompute them. Bounded:
   * cleared when full, so a churn of subnets costs a recomputation, never memory.
   */
  private readonly subnetCache = new Map<string, SubnetArgs>();
  /** Allocations waiting for their script call, by VNI and subnet (see AllocateBatch). */
  private readonly batches = new Map<string, AllocateBatch>();

  constructor(
    private readonly runner: ScriptRunner,
    /** Replicas that must hold a new lease before it is returned (see LeaseStoreOptions). */
    private readonly waitReplicas: number,
  ) {}

  /** See LeaseStore.allocate. */
  async allocate(req: AllocateRequest): Promise<AllocateResult> {
    checkVni(req.vni);
    checkOwner(req.owner);
    checkName("ref", req.ref);
    if (req.requestedIp !== undefined) checkIp("requestedIp", req.requestedIp);
    const subnet = this.subnetArgs(req.subnet);
    // Concurrent allocations in one subnet share a script call (see AllocateBatch).
    const key = `${req.vni}/${subnet.key}`;
    let batch = this.batches.get(key);
    if (batch === undefined || batch.items.length >= maxBatch) {
      batch = { vni: req.vni, subnet, items: [] };
      this.batches.set(key, batch);
      const b = batch;
      setImmediate(() => {
        if (this.batches.get(key) === b) this.batches.delete(key);
        void this.flush(b);
      });
    }
    return new Promise<AllocateResult>((resolve, reject) => {
      batch.items.push({
        owner: req.owner,
        ref: req.ref,
        requested: req.requestedIp?.toString() ?? "",
        resolve,
        reject,
      });
    });
  }

  /** One allocate script call for a batch; every request of it settles with its own result. */
  private async flush(batch: AllocateBatch): Promise<void> {
    const { id, spans } = batch.subnet;
    const k = vniKeys(batch.vni);
    const args: (string | number)[] = [id, String(Date.now()), batch.items.length];
    for (const it of batch.items) args.push(it.owner, it.ref, it.requested);
    let reply: unknown;
    try {
      reply = await this.runner.run(
        scripts.allocate,
        [k.ip, k.index, `${k.prefix}released:${id}`],
        [...args, ...spans],
        this.waitReplicas,
      );
      if (!Array.isArray(reply) || reply.length !== 3 * batch.items.length)
        throw internal(`allocate script replied ${JSON.stringify(reply)?.slice(0, 200)}`);
    } catch (err) {
      for (const it of batch.items) it.reject(err);
      return;
    }
    batch.items.forEach((it, i) => {
      const [status, a, b] = reply.slice(3 * i, 3 * i + 3) as [string, unknown, unknown];
      try {
        it.resolve(allocateResult(status, a, b));
      } catch (err) {
        it.reject(err);
      }
    });
  }

  private subnetArgs(subnet: SubnetRange): SubnetArgs {
    let key = `${subnet.base}/${subnet.prefix}`;
    for (const x of subnet.excludes) key += `,${x.first}-${x.last}`;
    let args = this.subnetCache.get(key);
    if (args === undefined) {
      let spans: AddressRange[];
      try {
        spans = allocatable(subnet.base, subnet.prefix, subnet.excludes);
      } catch (err) {
        throw invalid("subnet", err instanceof Error ? err.message : String(err));
      }
      args = {
        key,
        id: subnetId(subnet.base, subnet.prefix),
        spans: spans.flatMap((s) => [String(s.first), String(s.last)]),
      };
      if (this.subnetCache.size >= subnetCacheSize) this.subnetCache.clear();
      this.subnetCache.set(key, args);
    }
    return args;
  }
}
