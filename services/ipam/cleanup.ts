import type { Subnet } from "../../lib/codec.js";
import type { Lister } from "../../lib/informer/types.js";
import { subnetId, vniKeys } from "../../lib/ipam/leases.js";
import { parseCidr } from "../../lib/net/cidr.js";
import { type RedisClient, redisMasters } from "../../lib/service/index.js";

/**
 * Removal of the allocation state of deleted subnets from Redis: per subnet and VNI the
 * allocator keeps a cursor and its spans (fields `#next:<id>` and `#spans:<id>` of the VNI's
 * index hash) and the queue of released addresses (`jetnet:{vni}:released:<id>`). Leases go with
 * their attachments (release, lease GC); without this sweep the rest of a subnet would stay
 * after it is gone, one set per subnet ever created.
 *
 * A subnet's state goes once no subnet in the cache has that VNI and CIDR, and no lease of the
 * VNI names it, for `graceMs` across sweeps (cache lag, a subnet deleted and created again). Were
 * it removed while a subnet of the same VNI and CIDR came back, the allocator would start that
 * subnet afresh: it never hands out a held address (it checks the leases), but it may hand out
 * a recently released one before older ones. Each removal is one MULTI on the VNI's slot.
 *
 * What stays per VNI ever used: the index hash with its intact marker and its fencing counter
 * (`#intact`, `#seq`): removing the marker would read as lost data (recovery), and the counter
 * must keep rising for stale holders to stay fenced off.
 */
export class SubnetStateCollector {
  /** `<vni>/<subnet id>` → when it was first seen without a subnet (ms). */
  private readonly suspects = new Map<string, number>();

  constructor(
    private readonly deps: {
      readonly redis: RedisClient;
      readonly subnetCache: Lister<Subnet>;
      readonly graceMs: number;
    },
  ) {}

  /** One pass; returns how many subnets' state it removed. */
  async sweep(signal: AbortSignal, now = Date.now()): Promise<number> {
    const live = new Set<string>();
    for (const s of this.deps.subnetCache.list()) {
      try {
        const c = parseCidr(s.value.spec?.cidr ?? "");
        live.add(`${s.value.spec?.vni ?? 0}/${subnetId(c.base, c.prefix)}`);
      } catch {
        // A subnet with a bad CIDR never got any state.
      }
    }
    const found = await this.subnetStates(signal);
    const seen = new Set<string>();
    let removed = 0;
    for (const [vni, ids] of found) {
      const orphans = [...ids].filter((id) => !live.has(`${vni}/${id}`));
      if (orphans.length === 0) continue;
      const leased = await this.leasedSubnets(vni, signal);
      for (const id of orphans) {
        if (leased.has(id) || leased.has("*")) continue;
        const key = `${vni}/${id}`;
        seen.add(key);
        const since = this.suspects.get(key) ?? now;
        this.suspects.set(key, since);
        if (now - since < this.deps.graceMs) continue;
        const k = vniKeys(vni);
        await this.deps.redis.multi().hdel(k.index, `#next:${id}`, `#spans:${id}`).del(k.released(id)).exec();
        this.suspects.delete(key);
        removed++;
      }
    }
    for (const key of this.suspects.keys()) if (!seen.has(key)) this.suspects.delete(key);
    return removed;
  }

  /** Subnet ids with state in Redis, by VNI (SCAN and HSCAN: Redis is never blocked long). */
  private async subnetStates(signal: AbortSignal): Promise<Map<number, Set<string>>> {
    const out = new Map<number, Set<string>>();
    const add = (vni: number, id: string) => {
      const ids = out.get(vni) ?? new Set<string>();
      ids.add(id);
      out.set(vni, ids);
    };
    for (const node of redisMasters(this.deps.redis)) {
      let cursor = "0";
      do {
        signal.throwIfAborted();
        const [next, keys] = await node.scan(cursor, "MATCH", "jetnet:{*}:*", "COUNT", 1000);
        cursor = next;
        for (const key of keys) {
          const released = /^jetnet:\{(\d+)\}:released:(.+)$/.exec(key);
          if (released) add(Number(released[1]), released[2] ?? "");
          const index = /^jetnet:\{(\d+)\}:index$/.exec(key);
          if (!index) continue;
          const vni = Number(index[1]);
          let hcursor = "0";
          do {
            signal.throwIfAborted();
            const [hnext, flat] = await this.deps.redis.hscan(key, hcursor, "MATCH", "#*", "COUNT", 1000);
            hcursor = hnext;
            for (let i = 0; i < flat.length; i += 2) {
              const m = /^#(?:next|spans):(.+)$/.exec(flat[i] ?? "");
              if (m) add(vni, m[1] ?? "");
            }
          } while (hcursor !== "0");
        }
      } while (cursor !== "0");
    }
    return out;
  }

  /** Subnet ids that leases of `vni` name. */
  private async leasedSubnets(vni: number, signal: AbortSignal): Promise<Set<string>> {
    const out = new Set<string>();
    let cursor = "0";
    do {
      signal.throwIfAborted();
      const [next, flat] = await this.deps.redis.hscan(vniKeys(vni).ip, cursor, "COUNT", 1000);
      cursor = next;
      for (let i = 1; i < flat.length; i += 2) {
        try {
          const subnet = (JSON.parse(flat[i] ?? "{}") as { subnet?: unknown }).subnet;
          if (typeof subnet === "string") out.add(subnet);
        } catch {
          // An unreadable lease: leave the VNI's state alone, it may be this subnet's.
          return new Set(["*"]);
        }
      }
    } while (cursor !== "0");
    return out;
  }
}
