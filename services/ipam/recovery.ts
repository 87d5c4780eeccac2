import { objectKey } from "../../lib/api/subjects.js";
import type { NetworkAttachment } from "../../lib/codec.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { unavailable } from "../../lib/errors.js";
import { parseCidr, parseIPv4 } from "../../lib/net/cidr.js";
import type { Versioned } from "../../lib/store/types.js";
import type { LeaseRecords } from "./records.js";
import { withoutAddress, writeAddressStatus } from "./status.js";

export interface RecoveryDeps extends LeaseRecords {
  readonly logger: ControllerLogger;
  /** Longer than the controller's abandon time: in-flight status writes land or are dropped. */
  readonly graceMs: number;
  /** Called when a VNI is usable again, to re-drive attachments waiting on it. */
  readonly onRecovered: (vni: number) => void;
  readonly signal: AbortSignal;
}

/**
 * Keeps Redis honest against JetStream: attachment statuses are the durable record of leases;
 * Redis is the arbiter, and it can lose data (restart without persistence, FLUSHALL, failover
 * to a replica that missed writes).
 *
 * Detection: each VNI has an "intact" marker, written only once its leases are known complete
 * and naming the Redis server they are complete on; `allocate` refuses a VNI without it, or on
 * another server (a promoted replica, a restarted master), in the same script call, so no
 * allocation slips in before `ipam` learns of a failover. A global epoch key and the masters'
 * run ids, polled, reveal whole-dataset loss and failovers and start the recoveries; after a
 * run-id change only the VNIs on masters with a new run id are recovered. A VNI whose marker an
 * allocation finds missing or naming another server is recovered on its own (recoverVni).
 * Recovery of a VNI: wait `graceMs` (if data was lost), list statuses fresh from JetStream,
 * re-assert every recorded lease, clear the address of any attachment whose lease cannot be
 * re-asserted (it gets a new one), then write the marker. A VNI that never had a marker (new)
 * has nothing to recover and is marked at once.
 */
/** Failed recoveries are logged at most once per this many ms. */
const failureLogIntervalMs = 5_000;

export class LeaseRecovery {
  /** Failed recoveries not yet logged, and when the last warning about them went out. */
  private failuresSinceLog = 0;
  private lastFailureLogMs = 0;
  /** The epoch and run id this replica last saw intact. */
  private epoch: string | undefined;
  private runId: string | undefined;
  /** Recoveries in progress, one per VNI; "all" for a whole-dataset one. */
  private readonly running = new Map<number | "all", Promise<void>>();

  constructor(private readonly deps: RecoveryDeps) {}

  async init(): Promise<void> {
    this.epoch = (await this.deps.leases.ensureEpoch()).epoch;
    this.runId = await this.deps.leases.runIds();
  }

  /**
   * Starts the recovery of every VNI that statuses name but whose marker is missing (Redis lost
   * data while no replica was watching); call once the attachment cache has synced.
   */
  async recoverUnmarked(): Promise<void> {
    const used = new Set<number>();
    for (const a of this.deps.attachmentCache.list())
      if (a.value.status?.vni && a.value.status.ip) used.add(a.value.status.vni);
    for (const vni of used) if (!(await this.deps.leases.isIntact(vni))) this.recoverVni(vni);
  }

  /** Polls for whole-dataset loss; call periodically. */
  async check(): Promise<void> {
    if (await this.lostData()) await this.single("all", () => this.recoverAll());
  }

  /**
   * Marks `vni` intact ahead of its first allocation if it has no marker (a subnet was just
   * validated on it): the network service leases within creates and takes "recovering" as a
   * reason to leave the address to ipam, so without this every VNI's first create would be.
   */
  prepareVni(vni: number): void {
    this.deps.leases
      .isIntact(vni)
      .then((intact) => {
        if (!intact) this.recoverVni(vni);
      })
      .catch((err: unknown) => this.logFailure(err, vni));
  }

  /** Starts (or joins) the recovery of one VNI; owned here, errors logged and retried by callers. */
  recoverVni(vni: number): void {
    void this.single(vni, async () => {
      if (await this.lostData()) return this.single("all", () => this.recoverAll());
      // No global loss since we last looked: a VNI without a marker is new, unless statuses
      // already name it (its marker was lost some other way): then do it carefully.
      const used = this.deps.attachmentCache
        .list()
        .some((a) => a.value.status?.vni === vni && a.value.status.ip);
      if (used) await this.sleep(this.deps.graceMs);
      const items = used ? (await this.deps.attachments.list()).items : [];
      await this.reassert(vni, items);
    }).catch((err: unknown) => this.logFailure(err, vni));
  }

  /**
   * While Redis is unreachable every refused attachment asks for its VNI's recovery, which fails
   * at once: one warning per interval, with how many failures it stands for, not thousands.
   */
  private logFailure(err: unknown, vni: number): void {
    this.failuresSinceLog++;
    const now = Date.now();
    if (now - this.lastFailureLogMs < failureLogIntervalMs) return;
    this.deps.logger.warn({ err, vni, failures: this.failuresSinceLog }, "lease recovery failed; will retry");
    this.lastFailureLogMs = now;
    this.failuresSinceLog = 0;
  }

  private async lostData(): Promise<boolean> {
    const [epoch, runId] = await Promise.all([this.deps.leases.readEpoch(), this.deps.leases.runIds()]);
    return epoch !== this.epoch || runId !== this.runId;
  }

  private async recoverAll(): Promise<void> {
    this.deps.logger.warn(
      {},
      "Redis lost data (epoch or run id changed): re-asserting leases from attachment statuses",
    );
    this.deps.metrics.recoveries.labels("all").inc();
    // The epoch gone: the whole dataset is suspect. Otherwise only VNIs on masters that changed
    // (a restart, a failover): in a Cluster the other masters' VNIs keep allocating.
    const wholeDataset = (await this.deps.leases.readEpoch()) !== this.epoch;
    const known = new Set(this.runId?.split(",") ?? []);
    const affected = async (vnis: Iterable<number>): Promise<number[]> => {
      const all = [...vnis];
      if (wholeDataset) return all;
      const kept = await this.deps.leases.keptVnis(all, known);
      return all.filter((vni) => !kept.has(vni));
    };
    // Stop allocations in every affected VNI: a failover may have kept markers but not leases.
    const cached = new Set<number>();
    for (const a of this.deps.attachmentCache.list()) if (a.value.status?.vni) cached.add(a.value.status.vni);
    const vnis = new Set(await affected(cached));
    await this.deps.leases.clearIntact([...vnis]);
    const epoch = (await this.deps.leases.ensureEpoch()).epoch;
    const runId = await this.deps.leases.runIds();
    await this.sleep(this.deps.graceMs);
    const items = (await this.deps.attachments.list()).items;
    const fresh = new Set<number>();
    for (const a of items)
      if (a.value.status?.vni && !cached.has(a.value.status.vni)) fresh.add(a.value.status.vni);
    for (const vni of await affected(fresh)) vnis.add(vni);
    this.deps.logger.info(
      { vnis: vnis.size, of: cached.size + fresh.size },
      "re-asserting the affected VNIs",
    );
    for (const vni of vnis) await this.reassert(vni, items);
    this.epoch = epoch;
    this.runId = runId;
  }

  /** Re-asserts the leases `items` record in `vni`, then marks the VNI intact. */
  private async reassert(vni: number, items: readonly Versioned<NetworkAttachment>[]): Promise<void> {
    // The server the leases go to; the marker is written only if it still holds the VNI then.
    const token = await this.deps.leases.serverToken(vni);
    let failed = 0;
    for (const a of items) {
      const s = a.value.status;
      const ip = parseIPv4(s?.ip ?? "");
      if (!s || s.vni !== vni || ip === undefined) continue;
      const uid = a.value.meta?.uid ?? "";
      const ref = `${a.value.meta?.namespace}/${a.value.meta?.name}`;
      // The subnet decides which queue the address joins when it is released later.
      const subnet = this.deps.subnetCache.get(
        objectKey(a.value.meta?.namespace ?? "", a.value.spec?.subnet ?? ""),
      );
      const cidr = parseCidr(subnet?.value.spec?.cidr || `${s.ip}/32`);
      const r = await this.deps.leases.assert({
        vni,
        ip,
        owner: uid,
        ref,
        ...(s.leaseSeq ? { seq: s.leaseSeq } : {}),
        subnet: { base: cidr.base, prefix: cidr.prefix },
      });
      if (r.ok) continue;
      failed++;
      this.deps.metrics.reassertFailures.inc();
      const why = r.reason === "taken" ? `held by ${r.holder}` : `the owner holds ${r.ip}`;
      await writeAddressStatus(this.deps.attachments, a, uid, (cur) =>
        cur.ip === s.ip
          ? withoutAddress(cur, `address ${s.ip} was lost with Redis data and ${why}; a new one follows`)
          : undefined,
      );
    }
    if (!(await this.deps.leases.markIntact(vni, token)))
      throw unavailable(`VNI ${vni} moved to another Redis server while its leases were re-asserted`);
    this.deps.metrics.recoveries.labels("vni").inc();
    this.deps.logger.info({ vni, failed }, "VNI leases recovered");
    this.deps.onRecovered(vni);
  }

  private single(key: number | "all", fn: () => Promise<void>): Promise<void> {
    const cur = this.running.get(key);
    if (cur) return cur;
    const p = fn().finally(() => this.running.delete(key));
    this.running.set(key, p);
    return p;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.deps.signal.addEventListener(
        "abort",
        () => {
          clearTimeout(t);
          resolve();
        },
        { once: true },
      );
    });
  }
}
