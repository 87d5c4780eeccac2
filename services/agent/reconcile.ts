import { defaultGuestNetnsPrefix, guestNetns } from "../../lib/api/hooks.js";
import type { AttachmentReport } from "../../lib/api/status.js";
import type { ExecReport, Mapping, NodeWork } from "../../lib/codec.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { parseIPv4 } from "../../lib/net/cidr.js";
import { interfaceName, macAddress } from "../../lib/net/mac.js";
import { secondsSinceUs } from "../../lib/time.js";
import { type AllowList, refusal } from "./allowlist.js";
import { expandArgs, type HookVars, hookEnv, runHook } from "./exec.js";
import {
  entryId,
  type Fabric,
  type LocalEntry,
  type RemoteEntry,
  type RemoteOp,
  SlotMap,
  sameLocal,
  sameRemote,
} from "./fabric/types.js";
import type { AgentMetrics } from "./metrics.js";

export interface ReconcilerDeps {
  readonly node: string;
  readonly hostIp: string;
  readonly fabric: Fabric;
  readonly metrics: AgentMetrics;
  readonly logger: ControllerLogger;
  /** What exec hooks may run (--allowed-programs). */
  readonly allowedPrograms: AllowList;
  readonly execTimeoutMs: number;
  /** Guest namespaces are `<prefix><attachment uid>` (default defaultGuestNetnsPrefix). */
  readonly guestNetnsPrefix?: string;
  /** The namespace the fabric programs (agent --netns), handed to hooks; default: the agent's own. */
  readonly hostNetns?: string;
  /** The node view's entry under a projection key. */
  readonly localWork: (key: string) => NodeWork | undefined;
  /** A followed VNI view's entry under a mapping key. */
  readonly mapping: (vni: number, key: string) => Mapping | undefined;
  /**
   * When (µs) this node came to need the VNI: the client write of its first local attachment
   * there, or the agent's start if later. A remote entry could not be expected earlier.
   */
  readonly relevantSinceUs: (vni: number) => number;
  /** Whether any current local or remote need names this (VNI, IP); throws while not yet known. */
  readonly desiredAt: (id: string) => boolean;
  readonly report: (r: AttachmentReport) => Promise<void>;
  /**
   * Sends a report without waiting for a reply (see reportAgain); absent: every report waits for
   * the network service's reply.
   */
  readonly announceReport?: (r: AttachmentReport) => void;
  readonly enqueue: (key: string) => void;
}

/** Changed mappings of one VNI reconciled in one go (see reconcileChangedRemotes). */
const maxRemoteBatch = 256;

/** A remote entry to apply, with the client write it comes from (for the latency metric). */
type PlannedOp = RemoteOp & { readonly entry: RemoteBooked; readonly clientWriteUs?: number };

/** Thrown when some of a batch of mappings could not be done yet: `keys`, to do again. */
class RemotesLeft extends Error {
  constructor(
    readonly keys: readonly string[],
    why: string,
  ) {
    super(`${keys.length} remote entries left to do: ${why}`);
  }
}

/**
 * The queue key that reconciles an owner: a local attachment's key is one (`L:…`); a remote
 * entry is owned by its bare map key (no prefix: it costs no string of its own).
 */
const ownerQueueKey = (owner: string) => (owner.startsWith("L:") ? owner : `R:${owner}`);

/**
 * A remote entry on the books: the entry (as the fabric is given it) and the key that owns it,
 * in one object; a hollow process holds hundreds of thousands.
 */
class RemoteBooked implements RemoteEntry {
  constructor(
    readonly vni: number,
    readonly ip: string,
    readonly mac: string,
    readonly hostIp: string,
    public owner: string | undefined,
  ) {}

  get kind(): "remote" {
    return "remote";
  }

  get entry(): RemoteBooked {
    return this;
  }
}

type Programmed =
  | { readonly kind: "local"; readonly entry: LocalEntry; owner: string | undefined }
  | RemoteBooked;

/** What the agent remembers about one local attachment it implements. */
interface LocalState {
  readonly uid: string;
  readonly namespace: string;
  readonly name: string;
  /** As in the latest spec: an update may change it until the attachment is deleted. */
  postDeleteExec: readonly string[];
  /** Why post_create_exec was not run, if it was refused. */
  createRefused: string | undefined;
  hostErrors: string[];
  execReport: ExecReport | undefined;
  /** Fingerprint of the last report the network service accepted. */
  reported: string | undefined;
  /** This agent created the interface (a restarted agent adopts what it finds). */
  readonly created: boolean;
  /** The last report was sent without a reply: the mapping service may ask for it again. */
  announced: boolean;
  /** When it was sent (ms). */
  announcedAtMs: number;
  /** The create's write→status time was observed (once per interface). */
  observed: boolean;
}

/**
 * FabricReconciler: makes the fabric hold exactly the node's needs. Queue keys:
 * `L:<node key>` (a local attachment), `V:<vni>` (the remote mappings of a VNI that changed,
 * see remoteChanged), `R:<map key>` (one remote mapping), `O:<vni>/<ip>` (an entry found in the
 * fabric at start, unclaimed: an orphan unless someone needs it). A local entry is owned by its
 * `L:` key, a remote entry by its bare map key (see ownerQueueKey).
 *
 * Every entry is owned by at most one key. A need whose (VNI, IP) is held by a stale entry
 * deletes that entry first; one held by another live owner waits (retry with back-off) until
 * that owner's reconcile frees it, so the fabric never holds two entries for one (VNI, IP).
 * Entries found at start are adopted by the key that needs them, without re-running hooks.
 */
export class FabricReconciler {
  /** (VNI, IP) → what the fabric holds there and which key owns it. */
  private readonly programmed = new SlotMap<Programmed>();
  /** Owner (a local key, or a remote entry's map key) → what it holds on the books. */
  private readonly owned = new Map<string, Programmed>();
  /** Local key → state of the attachment implemented there. */
  private readonly locals = new Map<string, LocalState>();
  /** VNI → map keys whose mapping changed since its `V:` key was last reconciled. */
  private readonly changedRemotes = new Map<number, Set<string>>();
  /** Running hooks, so shutdown can wait for them. */
  readonly hooks = new Set<Promise<void>>();

  constructor(private readonly deps: ReconcilerDeps) {}

  /** Reads what the fabric holds (after a restart: adopted later by the keys that need it). */
  async loadFabric(): Promise<void> {
    const [local, remote] = await Promise.all([this.deps.fabric.listLocal(), this.deps.fabric.listRemote()]);
    for (const entry of local) this.track({ kind: "local", entry, owner: undefined });
    for (const e of remote) this.track(new RemoteBooked(e.vni, e.ip, e.mac, e.hostIp, undefined));
  }

  enqueueOrphanChecks(): void {
    for (const p of this.programmed.values()) if (!p.owner) this.deps.enqueue(`O:${entryId(p.entry)}`);
  }

  counts(): { local: number; remote: number } {
    let local = 0;
    for (const p of this.programmed.values()) if (p.kind === "local") local++;
    return { local, remote: this.programmed.size - local };
  }

  /**
   * The mapping under `mapKey` in VNI `vni` changed. Changes of one VNI are reconciled together
   * (one queue key, `V:<vni>`): a burst of a VNI's mappings costs one reconcile per batch of
   * them, not one each, and the fabric gets them as one batch (Fabric.applyRemote).
   */
  remoteChanged(vni: number, mapKey: string): void {
    let keys = this.changedRemotes.get(vni);
    if (!keys) {
      keys = new Set();
      this.changedRemotes.set(vni, keys);
    }
    keys.add(mapKey);
    this.deps.enqueue(`V:${vni}`);
  }

  async reconcile(key: string): Promise<{ requeueAfterMs: number } | undefined> {
    if (key.startsWith("L:")) return this.reconcileLocal(key);
    if (key.startsWith("V:")) await this.reconcileChangedRemotes(Number(key.slice(2)));
    else if (key.startsWith("R:")) {
      const mapKey = key.slice(2);
      await this.reconcileRemotes(Number(mapKey.slice(0, mapKey.indexOf("."))), [mapKey]);
    } else if (key.startsWith("O:")) await this.reconcileOrphan(key.slice(2));
    return undefined;
  }

  private async reconcileLocal(key: string): Promise<{ requeueAfterMs: number } | undefined> {
    const a = this.deps.localWork(key.slice(2))?.attachment;
    const s = a?.status;
    const ip = parseIPv4(s?.ip ?? "");
    const uid = a?.meta?.uid ?? "";
    const desired: LocalEntry | undefined =
      a && s?.vni && ip !== undefined
        ? {
            vni: s.vni,
            ip: s.ip ?? "",
            mac: s.mac || macAddress(s.vni, ip),
            ifName: interfaceName(s.vni, ip),
            owner: uid,
          }
        : undefined;
    const state = this.locals.get(key);
    const current = this.current(key);
    if (current && (!desired || !sameLocal(current.entry as LocalEntry, desired) || state?.uid !== uid)) {
      await this.remove(key, current);
      this.locals.delete(key);
      if (state) this.startPostDelete(state, current.entry as LocalEntry);
      if (a && state?.uid === uid)
        await this.deps.report({
          ...this.identity(state),
          implemented: false,
          ifName: "",
          mac: "",
          hostErrors: [],
        });
    }
    if (!desired || !a) return;
    if (!this.owned.has(key)) {
      const adopted = await this.claim(
        key,
        desired.vni,
        desired.ip,
        (p) => p.kind === "local" && sameLocal(p.entry, desired),
      );
      if (!adopted) {
        await this.deps.metrics.fabric("create_local", () => this.deps.fabric.createLocal(desired));
        this.track({ kind: "local", entry: desired, owner: key });
        this.deps.metrics.writeToLocal.observe(secondsSinceUs(a.meta?.writeTimesUs?.spec));
      }
      const st: LocalState = {
        uid,
        namespace: a.meta?.namespace ?? "",
        name: a.meta?.name ?? "",
        postDeleteExec: [],
        createRefused: undefined,
        hostErrors: [],
        execReport: undefined,
        reported: undefined,
        created: !adopted,
        announced: false,
        announcedAtMs: 0,
        observed: false,
      };
      this.locals.set(key, st);
      // Hooks run only for interfaces this agent created, never for adopted ones.
      if (!adopted && a.spec?.postCreateExec?.length)
        this.startPostCreate(key, st, a.spec.postCreateExec, desired);
    }
    const st = this.locals.get(key);
    if (!st) return;
    st.postDeleteExec = [...(a.spec?.postDeleteExec ?? [])];
    st.hostErrors = this.hostErrors(st, desired);
    const fingerprint = JSON.stringify([
      desired.ifName,
      desired.mac,
      st.hostErrors,
      st.execReport?.stopTimeUs ?? 0,
    ]);
    if (st.reported === fingerprint) return;
    const first = st.reported === undefined;
    const report: AttachmentReport = {
      ...this.identity(st),
      implemented: true,
      ifName: desired.ifName,
      mac: desired.mac,
      hostErrors: st.hostErrors,
      ...(st.execReport ? { postCreateReport: st.execReport } : {}),
    };
    // The first report of an interface this agent created, with nothing to say but that it is
    // implemented, goes without a reply: the mapping service waits for it (the attachment's
    // mapping) and asks again for what does not arrive (reportAgain), so the agent's worker is not
    // held while the network service writes, and nothing comes back when all goes well.
    const byAnnouncement =
      first && st.created && st.hostErrors.length === 0 && !st.execReport && !a.spec?.postCreateExec?.length;
    if (byAnnouncement && this.deps.announceReport) {
      this.deps.announceReport(report);
      st.announced = true;
      st.announcedAtMs = Date.now();
    } else {
      await this.deps.report(report);
      st.announced = false;
    }
    st.reported = fingerprint;
    if (first && !st.observed) {
      st.observed = true;
      this.deps.metrics.writeToStatus.observe(secondsSinceUs(a.meta?.writeTimesUs?.spec));
    }
  }

  /**
   * The mapping service asks for the report of local key `key` again: it never applied it. Only a
   * report sent without a reply is sent again (one the network service answered is stored); a
   * report is idempotent.
   */
  reportAgain(key: string): void {
    const st = this.locals.get(key);
    if (!st?.announced) return;
    st.reported = undefined;
    this.deps.enqueue(key);
  }

  /**
   * Sends again the reports sent without a reply in the last `windowMs`: the connection came
   * back, and one in flight when it went may be lost (the mapping service would ask for it, but
   * only after seconds when nothing later came from this node).
   */
  reportRecentAgain(windowMs: number): number {
    const since = Date.now() - windowMs;
    let n = 0;
    for (const [key, st] of this.locals) {
      if (!st.announced || st.announcedAtMs < since) continue;
      this.reportAgain(key);
      n++;
    }
    return n;
  }

  /**
   * Up to maxRemoteBatch of the VNI's changed mappings; the rest stay for the next turn of its
   * key (local work queued meanwhile goes first). Those that cannot be done yet go on as keys of
   * their own (`R:<map key>`), each retried with its own back-off: one entry that keeps failing
   * must not hold back the VNI's other changes.
   */
  private async reconcileChangedRemotes(vni: number): Promise<void> {
    const changed = this.changedRemotes.get(vni);
    if (!changed) return;
    let batch: string[];
    if (changed.size <= maxRemoteBatch) {
      batch = [...changed];
      this.changedRemotes.delete(vni);
    } else {
      batch = [];
      for (const k of changed) {
        if (batch.length === maxRemoteBatch) break;
        batch.push(k);
        changed.delete(k);
      }
      this.deps.enqueue(`V:${vni}`);
    }
    try {
      await this.reconcileRemotes(vni, batch);
    } catch (err) {
      if (!(err instanceof RemotesLeft)) {
        // Unexpected: the whole batch again, with the VNI key's back-off.
        const keys = this.changedRemotes.get(vni) ?? new Set<string>();
        for (const k of batch) keys.add(k);
        this.changedRemotes.set(vni, keys);
        throw err;
      }
      for (const k of err.keys) this.deps.enqueue(`R:${k}`);
    }
  }

  /**
   * Makes the fabric hold the remote entries that the mappings under `mapKeys` (all in `vni`)
   * need. The books (programmed, owned) are kept as if every operation succeeds, the operations
   * go to the fabric as one batch, and what failed is put right afterwards. Throws RemotesLeft
   * naming the keys still to do.
   */
  private async reconcileRemotes(vni: number, mapKeys: readonly string[]): Promise<void> {
    const ops: PlannedOp[] = [];
    /** For each op: the owner key of a create (whose failure leaves the key to do again). */
    const creators: (string | undefined)[] = [];
    const left: string[] = [];
    let held: string | undefined;
    for (const key of mapKeys) {
      const m = this.deps.mapping(vni, key);
      // Booked as it is if it is to be created (owned by `key` then): one object per entry.
      const desired =
        m && m.node !== this.deps.node
          ? new RemoteBooked(vni, m.ip ?? "", m.mac ?? "", m.hostIp ?? "", undefined)
          : undefined;
      const current = this.current(key) as RemoteBooked | undefined;
      if (current && (!desired || !sameRemote(current, desired))) {
        this.untrack(key, current);
        ops.push({ op: "delete", entry: current });
        creators.push(undefined);
      }
      if (!desired || this.owned.has(key)) continue;
      // Make (VNI, IP) free for this key: adopt a matching entry nobody owns, wait for a live
      // owner to let go, delete a stale entry.
      const p = this.programmed.get(desired);
      if (p && !p.owner && p.kind === "remote" && sameRemote(p.entry, desired)) {
        p.owner = key;
        this.owned.set(key, p);
        continue;
      }
      if (p?.owner && p.owner !== key) {
        this.deps.enqueue(ownerQueueKey(p.owner)); // let the holder notice it should let go
        held = `${entryId(desired)} is still held by ${ownerQueueKey(p.owner)}`;
        left.push(key);
        continue;
      }
      if (p?.kind === "local") {
        // Rare (a stale interface found at start): removed at once. The planned operations
        // must still reach the fabric, so a failure here only leaves this key to do again.
        try {
          await this.remove(p.owner, p);
        } catch (err) {
          held = String(err);
          left.push(key);
          continue;
        }
      } else if (p) {
        this.untrack(p.owner, p);
        ops.push({ op: "delete", entry: p.entry });
        creators.push(undefined);
      }
      desired.owner = key;
      this.track(desired);
      ops.push({ op: "create", entry: desired, clientWriteUs: Number(m?.clientWriteUs ?? 0) });
      creators.push(key);
    }
    const failures = await this.applyRemote(ops); // never throws: failures are per operation
    let failure: unknown;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i] as PlannedOp;
      const err = failures[i];
      if (err === undefined) {
        if (op.op === "create") this.observeRemote(vni, op.clientWriteUs ?? 0);
        continue;
      }
      failure ??= err;
      const owner = creators[i];
      if (owner !== undefined) {
        // Not created: off the books, and the key is to do again.
        const p = this.programmed.get(op.entry);
        if (p?.entry === op.entry) this.untrack(owner, p);
        left.push(owner);
      } else if (!this.programmed.has(op.entry)) {
        // Perhaps still in the fabric: back on the books, unowned; the orphan check decides.
        op.entry.owner = undefined;
        this.track(op.entry);
        this.deps.enqueue(`O:${entryId(op.entry)}`);
      }
    }
    if (left.length > 0) throw new RemotesLeft(left, held ?? String(failure));
  }

  /** Runs the operations in order, as one batch when the fabric can; the error of each, if any. */
  private async applyRemote(ops: readonly RemoteOp[]): Promise<(unknown | undefined)[]> {
    if (ops.length === 0) return [];
    const { fabric, metrics } = this.deps;
    const batch = fabric.applyRemote?.bind(fabric);
    if (batch) {
      try {
        return await metrics.fabric("apply_remote", () => batch(ops));
      } catch (err) {
        return ops.map(() => err);
      }
    }
    const errors: (unknown | undefined)[] = [];
    for (const o of ops) {
      try {
        if (o.op === "create") await metrics.fabric("create_remote", () => fabric.createRemote(o.entry));
        else await metrics.fabric("delete_remote", () => fabric.deleteRemote(o.entry));
        errors.push(undefined);
      } catch (err) {
        errors.push(err);
      }
    }
    return errors;
  }

  /**
   * Client write → remote entry, from the later of the client's write and the moment this node
   * needed the VNI: a node that starts following a VNI could not have held its older mappings.
   */
  private observeRemote(vni: number, writeUs: number): void {
    const relevantUs = this.deps.relevantSinceUs(vni);
    if (writeUs >= relevantUs) this.deps.metrics.writeToRemoteBy.attachment.observe(secondsSinceUs(writeUs));
    else this.deps.metrics.writeToRemoteBy.vni_relevance.observe(secondsSinceUs(relevantUs));
  }

  private async reconcileOrphan(id: string): Promise<void> {
    const slash = id.indexOf("/");
    const p = this.programmed.get({ vni: Number(id.slice(0, slash)), ip: id.slice(slash + 1) });
    if (!p || p.owner || this.deps.desiredAt(id)) return;
    await this.remove(undefined, p);
  }

  /**
   * Makes (VNI, IP) available to `key`: adopts an unowned entry that already matches (true),
   * deletes a stale one, and waits (throws, to be retried) while a live owner holds it.
   */
  private async claim(
    key: string,
    vni: number,
    ip: string,
    matches: (p: Programmed) => boolean,
  ): Promise<boolean> {
    const p = this.programmed.get({ vni, ip });
    if (!p) return false;
    if (!p.owner && matches(p)) {
      p.owner = key;
      this.owned.set(key, p);
      return true;
    }
    if (p.owner && p.owner !== key) {
      this.deps.enqueue(ownerQueueKey(p.owner)); // let the holder notice it should let go
      throw new Error(`${vni}/${ip} is still held by ${ownerQueueKey(p.owner)}`);
    }
    await this.remove(p.owner, p);
    return false;
  }

  private current(key: string): Programmed | undefined {
    return this.owned.get(key);
  }

  private async remove(key: string | undefined, p: Programmed): Promise<void> {
    if (p.kind === "local")
      await this.deps.metrics.fabric("delete_local", () => this.deps.fabric.deleteLocal(p.entry));
    else await this.deps.metrics.fabric("delete_remote", () => this.deps.fabric.deleteRemote(p.entry));
    this.untrack(key, p);
  }

  /** Takes `p` off the books (the fabric no longer holds it), with its owner and `key`. */
  private untrack(key: string | undefined, p: Programmed): void {
    this.programmed.delete(p.entry);
    (p.kind === "local" ? this.deps.metrics.localInterfaces : this.deps.metrics.remoteInterfaces).dec();
    if (key) this.owned.delete(key);
    if (p.owner && p.owner !== key) this.owned.delete(p.owner);
  }

  private track(p: Programmed): void {
    this.programmed.set(p.entry, p);
    if (p.owner) this.owned.set(p.owner, p);
    (p.kind === "local" ? this.deps.metrics.localInterfaces : this.deps.metrics.remoteInterfaces).inc();
  }

  private identity(st: LocalState) {
    return { namespace: st.namespace, name: st.name, uid: st.uid };
  }

  /**
   * The command to run as the hook `command` of this attachment (expanded, with its environment),
   * or why it may not run.
   */
  private prepareHook(
    st: LocalState,
    command: readonly string[],
    e: LocalEntry,
  ): { argv: string[]; env: Record<string, string> } | { refused: string } {
    const why = refusal(command, this.deps.allowedPrograms);
    if (why) return { refused: why };
    const netns = guestNetns(this.deps.guestNetnsPrefix ?? defaultGuestNetnsPrefix, st.uid);
    if (netns === undefined)
      return { refused: `no safe guest namespace name for uid ${JSON.stringify(st.uid)}` };
    const vars: HookVars = { ifname: e.ifName, ipv4: e.ip, mac: e.mac, netns };
    return { argv: expandArgs(command, vars), env: hookEnv(vars, this.deps.hostNetns ?? "") };
  }

  /**
   * What status says is wrong on the host: a refused post_create_exec, and a post_delete_exec that
   * will be refused (said now, while the tenant can still read the status and fix the spec).
   */
  private hostErrors(st: LocalState, e: LocalEntry): string[] {
    const errors = st.createRefused ? [`post_create_exec not run: ${st.createRefused}`] : [];
    const onDelete = st.postDeleteExec.length ? this.prepareHook(st, st.postDeleteExec, e) : undefined;
    if (onDelete && "refused" in onDelete) errors.push(`post_delete_exec will not run: ${onDelete.refused}`);
    return errors;
  }

  private startPostCreate(key: string, st: LocalState, command: readonly string[], e: LocalEntry): void {
    const hook = this.prepareHook(st, command, e);
    if ("refused" in hook) {
      st.createRefused = hook.refused;
      this.deps.metrics.execs.labels("not_allowed").inc();
      return;
    }
    this.own(
      runHook(hook.argv, this.deps.execTimeoutMs, hook.env).then((r) => {
        this.observeHook(r);
        st.execReport = r;
        this.deps.enqueue(key); // report it
      }),
    );
  }

  private startPostDelete(st: LocalState, e: LocalEntry): void {
    if (st.postDeleteExec.length === 0) return;
    const hook = this.prepareHook(st, st.postDeleteExec, e);
    if ("refused" in hook) {
      this.deps.metrics.execs.labels("not_allowed").inc();
      this.deps.logger.warn(
        { attachment: `${st.namespace}/${st.name}`, why: hook.refused },
        "post_delete_exec not run",
      );
      return;
    }
    this.own(runHook(hook.argv, this.deps.execTimeoutMs, hook.env).then((r) => this.observeHook(r)));
  }

  private observeHook(r: ExecReport): void {
    this.deps.metrics.execs.labels(String(r.exitStatus ?? 0)).inc();
    this.deps.metrics.execDuration.observe(((r.stopTimeUs ?? 0) - (r.startTimeUs ?? 0)) / 1e6);
  }

  private own(p: Promise<void>): void {
    const tracked = p
      .catch((err: unknown) => this.deps.logger.warn({ err }, "exec hook failed"))
      .finally(() => this.hooks.delete(tracked));
    this.hooks.add(tracked);
  }
}
