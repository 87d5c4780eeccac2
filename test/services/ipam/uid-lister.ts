import type { Lister } from "../../../lib/informer/types.js";
import type { Versioned } from "../../../lib/store/types.js";

/**
 * A cache that answers the lease collector's one question of it, the object of a uid (index
 * "uid"), from `owner`; it lists nothing. Tests count or script the answers through it.
 */
export function uidLister<T>(owner: (uid: string) => Versioned<T> | undefined): Lister<T> {
  return {
    get: () => undefined,
    list: () => [],
    indexValues: () => [],
    hasSynced: () => true,
    byIndex: (_index: string, uid: string) => {
      const found = owner(uid);
      return found ? [found] : [];
    },
  };
}
