import type { NatsConnection } from "@nats-io/nats-core";
import {
  attachmentCodec,
  type Codec,
  type NetworkAttachment,
  type Subnet,
  subnetCodec,
  type VniClaim,
  vniClaimCodec,
} from "../codec.js";
import { type KvStore, openStore } from "../store/store.js";
import { Bucket, type BucketName, bucketFeed } from "./subjects.js";

/**
 * Opening jetnet's buckets, in one place: each bucket's codec, feed and history are decided here,
 * so every service, the CLI and the tests see the same bucket the same way. Opening is idempotent
 * and any replica of any service may be first (services start in any order); the bucket keeps
 * the replica count and history it was created with.
 */

export interface BucketOptions {
  /** JetStream replicas, should this call create the bucket. */
  readonly replicas?: number;
  /** Revisions kept per key (`jetnet history`). */
  readonly history?: number;
  /** Bind to an existing bucket without creating or checking it (read-only clients: tenants, agents). */
  readonly bindOnly?: boolean;
}

function settings(o: BucketOptions, history: number) {
  return {
    replicas: o.replicas ?? 1,
    history: o.history ?? history,
    ...(o.bindOnly !== undefined && { bindOnly: o.bindOnly }),
  };
}

// Tenants and agents follow the client-visible buckets through their feeds (they have no
// JetStream access), so every store that writes them announces its writes there. Subnets and
// attachments are announced by their streams where the bucket was created so (one message per
// write instead of two). Node work and mappings are not stored at all: the mapping service holds
// them in memory and announces them (services/mapping/projections.ts).

export function openSubnets(nc: NatsConnection, o: BucketOptions = {}): Promise<KvStore<Subnet>> {
  const bucket = Bucket.Subnets;
  return openStore(nc, {
    bucket,
    codec: subnetCodec,
    ...settings(o, 5),
    feed: bucketFeed(bucket),
    feedByStream: true,
  });
}

export function openAttachments(
  nc: NatsConnection,
  o: BucketOptions = {},
): Promise<KvStore<NetworkAttachment>> {
  const bucket = Bucket.Attachments;
  return openStore(nc, {
    bucket,
    codec: attachmentCodec,
    ...settings(o, 5),
    feed: bucketFeed(bucket),
    feedByStream: true,
  });
}

/** VNI claims: one entry per VNI naming the namespace that holds it; only the latest matters. */
export function openVniClaims(nc: NatsConnection, o: BucketOptions = {}): Promise<KvStore<VniClaim>> {
  return openStore(nc, { bucket: Bucket.Vnis, codec: vniClaimCodec, ...settings({ ...o, history: 1 }, 1) });
}

/** Values as stored, copied: a watch hands out views of the connection's read buffer. */
const storedBytes: Codec<Uint8Array> = { encode: (b) => b, decode: (b) => b.slice() };

/**
 * A bucket's values as stored, undecoded, for a reader that passes the bytes on (the network
 * service's list cache frames them into pages). It binds to the bucket, which the bucket's own
 * `open…` above must have created with its settings, and it has no feed: it is for reading.
 */
export function openStoredBytes(nc: NatsConnection, bucket: BucketName): Promise<KvStore<Uint8Array>> {
  return openStore(nc, { bucket, codec: storedBytes, bindOnly: true });
}

/** The buckets the network service owns: subnets, attachments and VNI claims. */
export async function openNetworkStores(nc: NatsConnection, replicas = 1, history = 5) {
  const [subnets, attachments, vnis] = await Promise.all([
    openSubnets(nc, { replicas, history }),
    openAttachments(nc, { replicas, history }),
    openVniClaims(nc, { replicas }),
  ]);
  return { subnets, attachments, vnis };
}
