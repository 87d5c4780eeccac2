import type { NatsConnection } from "@nats-io/nats-core";
import type { Registry } from "prom-client";
import type { NetworkAttachment, Subnet } from "../codec.js";
import type { ControllerLogger } from "../controller/types.js";
import type { SharedCache } from "../informer/types.js";
import type { RedisClient } from "./redis.js";

/**
 * Work one service runs inside another's process, on that service's caches: ipam and mapping
 * inside the network service (`jetnet network --ipam --mapping`). Services do not import each
 * other; the CLI hands the network command their companions (services/ipam/main.ts,
 * services/mapping/main.ts), and the network service gives them its caches.
 */

/** The network service's caches of its buckets, shared with its companion (run by the service). */
export interface NetworkCaches {
  readonly subnets: SharedCache<Subnet>;
  /** Decoded, indexed by `attachmentIndexes` (lib/informer/indexes.ts). */
  readonly attachments: SharedCache<NetworkAttachment>;
}

export interface CompanionContext {
  readonly nc: NatsConnection;
  readonly registry: Registry;
  readonly logger: ControllerLogger;
  /** The host service's stop. */
  readonly signal: AbortSignal;
  readonly caches: NetworkCaches;
}

/** Runs until the signal aborts; rejects if it fails (the host service stops then). */
export type Companion = (ctx: CompanionContext) => Promise<void>;

/** What `jetnet network --ipam` gives ipam: the flags it takes, and the Redis network connects. */
export interface IpamInsideOptions {
  /** Resolves with the Redis client once connected; undefined if the service stopped first. */
  readonly redis: () => Promise<RedisClient | undefined>;
  readonly redisWaitReplicas?: number;
  readonly workers?: number;
  readonly gcGraceMs?: number;
  readonly gcIntervalMs?: number;
  readonly divideWork?: boolean;
  readonly replicas?: number;
  readonly onReady?: () => void;
}

/** Makes ipam's companion from the network command's flags (services/ipam/main.ts exports one). */
export type IpamInside = (o: IpamInsideOptions) => Companion;

/** What `jetnet network --mapping` gives mapping. */
export interface MappingInsideOptions {
  readonly divideWork?: boolean;
  /** See MappingOptions.feedBatches. */
  readonly feedBatches?: boolean;
  readonly replicas?: number;
  readonly memberIntervalMs?: number;
  readonly onReady?: () => void;
}

/** Makes mapping's companion from the network command's flags (services/mapping/main.ts exports one). */
export type MappingInside = (o: MappingInsideOptions) => Companion;
