import { readFile, rename, writeFile } from "node:fs/promises";
import {
  entryId,
  type Fabric,
  FabricConflictError,
  type LocalEntry,
  type RemoteEntry,
  type RemoteOp,
  SlotMap,
  sameLocal,
  sameRemote,
} from "./types.js";

export interface LoggerFabricOptions {
  /** Keep the state in this JSON file so a restarted agent finds it (written after each change). */
  readonly stateFile?: string;
  /** Called with a line per operation (tests and debugging); silent by default. */
  readonly log?: (line: string) => void;
}

/** An entry as the state file holds it. */
type Saved = ({ kind: "local" } & LocalEntry) | ({ kind: "remote" } & RemoteEntry);

/**
 * An entry as the fabric holds it: a local entry tagged (a copy), a remote entry as it was given
 * (no copy: a hollow process holds hundreds of thousands, and the agent keeps the same object).
 */
type Entry = ({ kind: "local" } & LocalEntry) | RemoteEntry;

const isLocal = (e: Entry): e is { kind: "local" } & LocalEntry => (e as { kind?: string }).kind === "local";
const kindOf = (e: Entry) => (isLocal(e) ? "local" : "remote");

/**
 * The logger fabric: an in-memory datapath for tests and hollow nodes. It enforces the fabric
 * contract ((VNI, IP) unique, idempotent operations), counts operations, and can persist its
 * state to a file.
 */
export class LoggerFabric implements Fabric {
  readonly name = "logger";
  /** (VNI, IP) → entry (a hollow process holds hundreds of thousands). */
  private readonly entries = new SlotMap<Entry>();
  /** Operations performed, by kind (creates and deletes that changed something). */
  readonly ops = { createLocal: 0, deleteLocal: 0, createRemote: 0, deleteRemote: 0 };
  /** Serializes state-file writes. */
  private saving: Promise<void> = Promise.resolve();

  private constructor(private readonly opts: LoggerFabricOptions) {}

  static async open(opts: LoggerFabricOptions = {}): Promise<LoggerFabric> {
    const f = new LoggerFabric(opts);
    if (opts.stateFile) {
      try {
        const saved = JSON.parse(await readFile(opts.stateFile, "utf8")) as Saved[];
        for (const e of saved)
          f.entries.set(e, e.kind === "local" ? e : { vni: e.vni, ip: e.ip, mac: e.mac, hostIp: e.hostIp });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      }
    }
    return f;
  }

  async createLocal(e: LocalEntry): Promise<void> {
    const cur = this.entries.get(e);
    if (cur) {
      if (isLocal(cur) && sameLocal(cur, e)) return;
      throw new FabricConflictError(`${entryId(e)} is held by a ${kindOf(cur)} entry`);
    }
    this.entries.set(e, {
      kind: "local",
      vni: e.vni,
      ip: e.ip,
      mac: e.mac,
      ifName: e.ifName,
      ...(e.owner !== undefined ? { owner: e.owner } : {}),
    });
    this.ops.createLocal++;
    await this.changed(() => `create local ${entryId(e)} ${e.ifName} ${e.mac}`);
  }

  async deleteLocal(e: LocalEntry): Promise<void> {
    const cur = this.entries.get(e);
    if (cur === undefined || !isLocal(cur)) return;
    this.entries.delete(e);
    this.ops.deleteLocal++;
    await this.changed(() => `delete local ${entryId(e)}`);
  }

  async createRemote(e: RemoteEntry): Promise<void> {
    if (this.putRemote(e)) await this.changed(() => `create remote ${entryId(e)} -> ${e.hostIp}`);
  }

  async deleteRemote(e: RemoteEntry): Promise<void> {
    if (this.dropRemote(e)) await this.changed(() => `delete remote ${entryId(e)}`);
  }

  /** The operations in order, saved once. */
  async applyRemote(ops: readonly RemoteOp[]): Promise<(unknown | undefined)[]> {
    const errors: (unknown | undefined)[] = [];
    // The lines are written only with a log (a hollow process applies millions of these).
    const done: string[] | undefined = this.opts.log ? [] : undefined;
    let changes = 0;
    for (const { op, entry: e } of ops) {
      try {
        if (op === "create" ? this.putRemote(e) : this.dropRemote(e)) {
          changes++;
          done?.push(
            op === "create" ? `create remote ${entryId(e)} -> ${e.hostIp}` : `delete remote ${entryId(e)}`,
          );
        }
        errors.push(undefined);
      } catch (err) {
        errors.push(err);
      }
    }
    if (changes > 0) await this.changed(() => done?.join("\n") ?? "");
    return errors;
  }

  /** Whether the entry was added (false: it was there). */
  private putRemote(e: RemoteEntry): boolean {
    const cur = this.entries.get(e);
    if (cur) {
      if (!isLocal(cur) && sameRemote(cur, e)) return false;
      throw new FabricConflictError(`${entryId(e)} is held by a ${kindOf(cur)} entry`);
    }
    this.entries.set(e, e);
    this.ops.createRemote++;
    return true;
  }

  /** Whether a remote entry was removed. */
  private dropRemote(e: RemoteEntry): boolean {
    const cur = this.entries.get(e);
    if (cur === undefined || isLocal(cur)) return false;
    this.entries.delete(e);
    this.ops.deleteRemote++;
    return true;
  }

  async listLocal(): Promise<LocalEntry[]> {
    return [...this.entries.values()].flatMap((e) =>
      isLocal(e)
        ? [
            {
              vni: e.vni,
              ip: e.ip,
              mac: e.mac,
              ifName: e.ifName,
              ...(e.owner !== undefined ? { owner: e.owner } : {}),
            },
          ]
        : [],
    );
  }

  async listRemote(): Promise<RemoteEntry[]> {
    return [...this.entries.values()].flatMap((e) =>
      isLocal(e) ? [] : [{ vni: e.vni, ip: e.ip, mac: e.mac, hostIp: e.hostIp }],
    );
  }

  /** Synchronous views for tests. */
  localCount(): number {
    let n = 0;
    for (const e of this.entries.values()) if (isLocal(e)) n++;
    return n;
  }

  remoteCount(): number {
    return this.entries.size - this.localCount();
  }

  async close(): Promise<void> {
    await this.saving;
  }

  private async changed(line: () => string): Promise<void> {
    if (this.opts.log) this.opts.log(line());
    const file = this.opts.stateFile;
    if (!file) return;
    const saved: Saved[] = [...this.entries.values()].map((e) =>
      isLocal(e) ? e : { kind: "remote", vni: e.vni, ip: e.ip, mac: e.mac, hostIp: e.hostIp },
    );
    const snapshot = JSON.stringify(saved);
    // Write to a temporary file and rename: a crash leaves the old state or the new, never half.
    this.saving = this.saving.then(async () => {
      await writeFile(`${file}.tmp`, snapshot);
      await rename(`${file}.tmp`, file);
    });
    await this.saving;
  }
}
