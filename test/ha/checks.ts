import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import type { Redis } from "ioredis";
import { objectKey } from "../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import { formatIPv4 } from "../../lib/net/cidr.js";
import type { Versioned } from "../../lib/store/types.js";
import type { Ledger } from "./driver.js";

/** The stream's current leader and replica count, as the JetStream API reports them. */
export async function streamCluster(
  nc: NatsConnection,
  stream: string,
): Promise<{ leader: string; replicas: number; current: number }> {
  const jsm = await jetstreamManager(nc, { timeout: 3_000 });
  const info = await jsm.streams.info(stream);
  return {
    leader: info.cluster?.leader ?? "",
    replicas: info.config.num_replicas,
    current: (info.cluster?.replicas ?? []).filter((r) => r.current).length,
  };
}

/** Every lease in Redis, keyed `vni/ip` (dotted), valued by owner uid. */
export async function readLeases(redis: Redis): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const key of await redis.keys("jetnet:{*}:ip")) {
    const vni = /^jetnet:\{(\d+)\}:ip$/.exec(key)?.[1];
    if (vni === undefined) continue;
    for (const [ip, json] of Object.entries(await redis.hgetall(key)))
      out.set(`${vni}/${formatIPv4(Number(ip))}`, (JSON.parse(json) as { owner: string }).owner);
  }
  return out;
}

const show = (a: Versioned<NetworkAttachment>) =>
  `${a.key} uid=${a.value.meta?.uid} ${a.value.status?.vni}/${a.value.status?.ip || "-"}`;

/** Invariant 2 over one snapshot: no (VNI, IP) named by two live statuses. */
export function duplicateAddresses(items: readonly Versioned<NetworkAttachment>[]): string[] {
  const by = new Map<string, Versioned<NetworkAttachment>[]>();
  for (const a of items) {
    const s = a.value.status;
    if (s?.ip) by.set(`${s.vni}/${s.ip}`, [...(by.get(`${s.vni}/${s.ip}`) ?? []), a]);
  }
  return [...by]
    .filter(([, hs]) => hs.length > 1)
    .map(([k, hs]) => `duplicate ${k}: ${hs.map(show).join(" | ")}`);
}

/**
 * Invariants 2-4 between statuses and Redis once quiet: every status names its own lease, every
 * lease has a live owner naming it, and every attachment of a validated subnet is addressed.
 */
export function addressViolations(
  items: readonly Versioned<NetworkAttachment>[],
  subnets: readonly Versioned<Subnet>[],
  leases: ReadonlyMap<string, string>,
): string[] {
  const out = duplicateAddresses(items);
  const named = new Map<string, string>();
  for (const a of items) {
    const s = a.value.status;
    if (!s?.ip) continue;
    const k = `${s.vni}/${s.ip}`;
    named.set(k, a.value.meta?.uid ?? "");
    if (leases.get(k) !== a.value.meta?.uid)
      out.push(`${show(a)}: the lease is ${leases.get(k) ?? "absent"}`);
  }
  for (const [k, owner] of leases)
    if (named.get(k) !== owner)
      out.push(`leaked lease ${k}: owner ${owner} is not a live attachment naming it`);
  const validated = new Set(subnets.filter((s) => s.value.status?.validated).map((s) => s.key));
  for (const a of items) {
    const subnet = objectKey(a.value.meta?.namespace ?? "", a.value.spec?.subnet ?? "");
    if (validated.has(subnet) && !a.value.status?.ip)
      out.push(`${show(a)}: in validated ${subnet}, no address`);
    if (!validated.has(subnet) && a.value.status?.ip)
      out.push(`${show(a)}: addressed in unvalidated ${subnet}`);
  }
  return out;
}

/** What the store lost or kept against the ledger: acknowledged creates missing, deletes undone. */
export function ledgerViolations(ledger: Ledger, items: readonly Versioned<NetworkAttachment>[]): string[] {
  const live = new Map(items.map((a) => [`${a.value.meta?.namespace}/${a.value.meta?.name}`, a]));
  const out: string[] = [];
  for (const c of ledger.mustExist()) {
    const a = live.get(`${c.ns}/${c.name}`);
    if (!a) out.push(`LOST acknowledged create ${c.ns}/${c.name} uid=${c.uid} (acked by ${c.by})`);
    else if (a.value.meta?.uid !== c.uid)
      out.push(`${c.ns}/${c.name}: uid ${a.value.meta?.uid}, acknowledged as ${c.uid} (by ${c.by})`);
  }
  for (const k of ledger.deletes) if (live.has(k)) out.push(`acknowledged delete of ${k} undone`);
  for (const k of live.keys())
    if (!ledger.creates.has(k) && !ledger.unknownCreates.has(k))
      out.push(`${k} exists but was never created`);
  return out;
}
