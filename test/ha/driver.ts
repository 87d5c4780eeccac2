import type { JetnetClient } from "../../lib/api/client.js";
import { ErrorCode, JetnetError } from "../../lib/errors.js";

/** The label a create carries so that a retry can tell its own earlier attempt from a stranger's. */
export const tokenLabel = "ha-token";

/**
 * How a create's success became known: its first attempt's reply, a later attempt's reply, or a
 * later attempt that found an earlier one applied (its reply lost or an error although applied).
 */
export const AckBy = { Reply: "reply", Retry: "retry", Found: "found" } as const;
export type AckBy = (typeof AckBy)[keyof typeof AckBy];

export interface AckedCreate {
  readonly ns: string;
  readonly name: string;
  readonly subnet: string;
  readonly node: string;
  readonly uid: string;
  readonly by: AckBy;
}

/**
 * Every operation the driver sent, by outcome. Keys are `<ns>/<name>`; names are never reused,
 * so an acknowledged create is lost exactly when its key is absent at the end without an
 * acknowledged (or unknown) delete.
 */
export class Ledger {
  readonly creates = new Map<string, AckedCreate>();
  readonly deletes = new Set<string>();
  /** Every attempt failed without an answer: the object may or may not exist. */
  readonly unknownCreates = new Set<string>();
  readonly unknownDeletes = new Set<string>();
  /** Definite refusals the driver did not expect (each one is a finding). */
  readonly anomalies: string[] = [];
  /** Failed attempts by error code (each one was retried or ended in "unknown"). */
  readonly failures = new Map<string, number>();
  /** The first few distinct failure messages, for the report. */
  readonly failureSamples = new Set<string>();
  retries = 0;
  /** Deletes a retry found applied (NOT_FOUND after an attempt that failed). */
  deletesFound = 0;
  /** Per key: every attempt and its outcome, in ms since the ledger was made (for a failure's report). */
  readonly trace = new Map<string, string[]>();
  private readonly t0 = Date.now();

  note(key: string, what: string): void {
    const t = this.trace.get(key) ?? [];
    t.push(`${Date.now() - this.t0}ms ${what}`);
    this.trace.set(key, t);
  }

  countFailure(err: unknown): void {
    const code = err instanceof JetnetError ? err.code : "THROWN";
    this.failures.set(code, (this.failures.get(code) ?? 0) + 1);
    // Object names vary; the rest of the message tells the failure modes apart.
    const msg = (err as Error).message.replace(/at-\d+/g, "<name>");
    if (this.failureSamples.size < 6) this.failureSamples.add(msg);
  }

  /** Acknowledged creates not (possibly) deleted: each must exist at the end. */
  mustExist(): AckedCreate[] {
    return [...this.creates.entries()]
      .filter(([k]) => !this.deletes.has(k) && !this.unknownDeletes.has(k))
      .map(([, c]) => c);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Failures whose outcome is unknown (no answer, or the backend was unavailable): retry them. */
function retryable(err: unknown): boolean {
  if (!(err instanceof JetnetError)) return true;
  return err.code === ErrorCode.Unavailable || err.code === ErrorCode.Internal;
}

export interface RetryOptions {
  /** Give up (outcome unknown) after this long. */
  readonly budgetMs: number;
}

/**
 * Creates an attachment, retrying failures of unknown outcome. A retry answered ALREADY_EXISTS
 * counts as acknowledged only when the stored object carries this create's token (an earlier
 * attempt of ours was applied although its reply was lost); the caller may draw the token.
 */
export async function createAttachment(
  client: JetnetClient,
  ledger: Ledger,
  a: { ns: string; name: string; subnet: string; node: string },
  opts: RetryOptions & { readonly token?: string },
): Promise<void> {
  const key = `${a.ns}/${a.name}`;
  const token = `${a.name}-${opts.token ?? Math.random().toString(36).slice(2)}`;
  const api = client.attachments(a.ns);
  const end = Date.now() + opts.budgetMs;
  for (let attempt = 0; ; attempt++) {
    ledger.note(key, `create#${attempt} sent`);
    try {
      const v = await api.create({
        meta: { name: a.name, labels: { [tokenLabel]: token } },
        spec: { node: a.node, subnet: a.subnet },
      });
      ledger.note(key, `create#${attempt} OK rev=${v.revision} uid=${v.value.meta?.uid?.slice(0, 8)}`);
      ledger.creates.set(key, {
        ...a,
        uid: v.value.meta?.uid ?? "",
        by: attempt === 0 ? AckBy.Reply : AckBy.Retry,
      });
      return;
    } catch (err) {
      ledger.note(key, `create#${attempt} failed: ${(err as Error).message}`);
      if (err instanceof JetnetError && err.code === ErrorCode.AlreadyExists && attempt > 0) {
        const found = await api.get(a.name).catch(() => undefined);
        if (found?.value.meta?.labels?.[tokenLabel] === token) {
          ledger.creates.set(key, { ...a, uid: found.value.meta?.uid ?? "", by: AckBy.Found });
          return;
        }
        if (found) {
          ledger.anomalies.push(
            `create ${key}: exists with a foreign token ${JSON.stringify(found.value.meta)}`,
          );
          return;
        }
        // The read failed: fall through and ask again.
      } else if (!retryable(err)) {
        ledger.anomalies.push(`create ${key} attempt ${attempt}: ${(err as Error).message}`);
        if (attempt > 0) ledger.unknownCreates.add(key);
        return;
      }
      ledger.countFailure(err);
      if (Date.now() >= end) {
        ledger.unknownCreates.add(key);
        return;
      }
      ledger.retries++;
      await sleep(Math.min(200 * 2 ** attempt, 2_000));
    }
  }
}

/**
 * Creates a subnet, retrying failures of unknown outcome (a request in flight to a replica that
 * dies gets no reply). A retry answered ALREADY_EXISTS is an earlier attempt applied when the
 * stored subnet has this VNI and CIDR; anything else throws.
 */
export async function createSubnet(
  client: JetnetClient,
  s: { ns: string; name: string; vni: number; cidr: string },
  opts: RetryOptions,
): Promise<void> {
  const api = client.subnets(s.ns);
  const end = Date.now() + opts.budgetMs;
  for (let attempt = 0; ; attempt++) {
    try {
      await api.create({ meta: { name: s.name }, spec: { vni: s.vni, cidr: s.cidr } });
      return;
    } catch (err) {
      if (err instanceof JetnetError && err.code === ErrorCode.AlreadyExists && attempt > 0) {
        const found = await api.get(s.name).catch(() => undefined);
        if (found?.value.spec?.vni === s.vni && found.value.spec?.cidr === s.cidr) return;
        if (found) throw new Error(`subnet ${s.ns}/${s.name} exists with another spec`, { cause: err });
      } else if (!retryable(err) || Date.now() >= end) {
        throw err;
      }
      await sleep(Math.min(200 * 2 ** attempt, 2_000));
    }
  }
}

/**
 * Deletes an attachment the ledger knows to exist, retrying failures of unknown outcome. A retry
 * answered NOT_FOUND means an earlier attempt was applied: names are unique and only the driver
 * deletes, so nobody else removed it.
 */
export async function deleteAttachment(
  client: JetnetClient,
  ledger: Ledger,
  ns: string,
  name: string,
  opts: RetryOptions,
): Promise<void> {
  const key = `${ns}/${name}`;
  const end = Date.now() + opts.budgetMs;
  for (let attempt = 0; ; attempt++) {
    ledger.note(key, `delete#${attempt} sent`);
    try {
      await client.attachments(ns).delete(name);
      ledger.note(key, `delete#${attempt} OK`);
      ledger.deletes.add(key);
      return;
    } catch (err) {
      ledger.note(key, `delete#${attempt} failed: ${(err as Error).message}`);
      if (err instanceof JetnetError && err.code === ErrorCode.NotFound) {
        if (attempt > 0) {
          ledger.deletes.add(key);
          ledger.deletesFound++;
        } else {
          // It was acknowledged as created and nobody deleted it: a stale read somewhere.
          ledger.anomalies.push(`delete ${key}: NOT_FOUND on the first attempt`);
          ledger.unknownDeletes.add(key);
        }
        return;
      }
      // CONFLICT: status writers raced the delete's CAS eight times in a row; try again.
      if (!retryable(err) && !(err instanceof JetnetError && err.code === ErrorCode.Conflict)) {
        ledger.anomalies.push(`delete ${key} attempt ${attempt}: ${(err as Error).message}`);
        ledger.unknownDeletes.add(key);
        return;
      }
      ledger.countFailure(err);
      if (Date.now() >= end) {
        ledger.unknownDeletes.add(key);
        return;
      }
      ledger.retries++;
      await sleep(Math.min(200 * 2 ** attempt, 2_000));
    }
  }
}

export interface PacedOptions {
  readonly ops: number;
  readonly ratePerSec: number;
  readonly concurrency: number;
  readonly signal?: AbortSignal;
}

/**
 * Starts `op(i)` for i = 0 … ops-1 at a steady rate, with at most `concurrency` in flight (a
 * slow backend delays later starts instead of piling requests up). Resolves when all are done.
 */
export async function runPaced(opts: PacedOptions, op: (i: number) => Promise<void>): Promise<void> {
  const started = Date.now();
  const inflight = new Set<Promise<void>>();
  for (let i = 0; i < opts.ops && !opts.signal?.aborted; i++) {
    const due = started + (i * 1000) / opts.ratePerSec;
    if (due > Date.now()) await sleep(due - Date.now());
    while (inflight.size >= opts.concurrency) await Promise.race(inflight);
    const p: Promise<void> = op(i).finally(() => inflight.delete(p));
    inflight.add(p);
  }
  await Promise.all(inflight);
}
