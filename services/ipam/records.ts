import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import type { Lister } from "../../lib/informer/types.js";
import type { LeaseStore } from "../../lib/ipam/leases.js";
import type { ObjectStore } from "../../lib/store/types.js";
import type { IpamMetrics } from "./metrics.js";

/**
 * Where an address is recorded, as every part that changes it sees it: the lease in Redis (the
 * arbiter) and the attachment's status (the durable record), with the caches they are read from.
 * The address controller, the lease collector and the lease recovery share one.
 */
export interface LeaseRecords {
  readonly leases: LeaseStore;
  readonly attachments: ObjectStore<NetworkAttachment>;
  /** Attachment cache with indexes "subnet" (ns.subnet) and "uid". */
  readonly attachmentCache: Lister<NetworkAttachment>;
  readonly subnetCache: Lister<Subnet>;
  readonly metrics: IpamMetrics;
}
