/**
 * Names on the wire: API subjects, agent report subjects and KV buckets. The namespace sits in
 * the subject so that NATS permissions can confine a tenant to `jetnet.api.v1.<ns>.>`.
 */

export const apiPrefix = "jetnet.api.v1";

/**
 * Request header with the time (ms since the epoch) after which the client no longer waits for
 * the reply. The network service does not start a request past it, so a write the client gave up
 * on (and perhaps retried) is never applied late. Clocks must be roughly in sync (NTP).
 */
export const deadlineHeader = "Jetnet-Deadline";

/**
 * The namespace token of a list across every namespace (`jetnet.api.v1._all.<kind>.list`). It is
 * never a valid namespace (those are DNS labels), and a tenant's permissions
 * (`jetnet.api.v1.<ns>.>`) do not cover it.
 */
export const allNamespaces = "_all";

export const Kind = { Subnets: "subnets", Attachments: "attachments" } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export const Verb = {
  Create: "create",
  Get: "get",
  List: "list",
  Update: "update",
  Delete: "delete",
  /** Several writes (create, update, delete) in one request: BatchRequest. */
  Batch: "batch",
} as const;
export type Verb = (typeof Verb)[keyof typeof Verb];

export const kinds: readonly Kind[] = Object.values(Kind);
export const verbs: readonly Verb[] = Object.values(Verb);

export function apiSubject(namespace: string, kind: Kind, verb: Verb): string {
  return `${apiPrefix}.${namespace}.${kind}.${verb}`;
}

/** Parses `jetnet.api.v1.<ns>.<kind>.<verb>`; undefined for anything else. */
export function parseApiSubject(subject: string): { namespace: string; kind: Kind; verb: Verb } | undefined {
  const parts = subject.split(".");
  if (parts.length !== 6 || `${parts[0]}.${parts[1]}.${parts[2]}` !== apiPrefix) return undefined;
  const [, , , namespace, kind, verb] = parts;
  if (!namespace || !kinds.includes(kind as Kind) || !verbs.includes(verb as Verb)) return undefined;
  return { namespace, kind: kind as Kind, verb: verb as Verb };
}

/** Where an agent reports the state of its node's attachments. */
export function agentStatusSubject(node: string): string {
  return `jetnet.agent.${node}.status`;
}

/**
 * Where the replicas of one service announce themselves to each other (core NATS, no stream
 * captures it): lib/service/membership.ts. Only the service identity may use it, so no agent or
 * tenant can pose as a replica and take VNIs away from the real ones.
 */
export function membersSubject(service: string): string {
  return `jetnet.members.${service}`;
}

export const Bucket = {
  Subnets: "jetnet-subnets",
  Attachments: "jetnet-attachments",
  Vnis: "jetnet-vnis",
} as const;

/**
 * The projections agents follow, by the names of their feeds. Not buckets: the mapping service
 * holds them in memory and announces every change (services/mapping/projections.ts).
 */
export const Projection = {
  Node: "jetnet-node",
  Map: "jetnet-map",
} as const;

export type BucketName = (typeof Bucket)[keyof typeof Bucket];

/** KV key of a namespaced object. */
export function objectKey(namespace: string, name: string): string {
  return `${namespace}.${name}`;
}

export function splitObjectKey(key: string): { namespace: string; name: string } {
  const i = key.indexOf(".");
  return { namespace: key.slice(0, i), name: key.slice(i + 1) };
}

/** Sections of an object whose latest server write time is stamped in meta.write_times_us. */
export const Section = {
  Spec: "spec",
  Status: "status",
  Address: "status.address",
  Impl: "status.impl",
  Exec: "status.exec",
} as const;

/**
 * Live feeds: every committed write of a bucket, announced by the service that made it on
 * `jetnet.feed.v1.<bucket>.<key>` (body: the stored value; header `Jetnet-Revision`: its revision,
 * `Jetnet-Previous`: its writer's previous announcement under the same first key token;
 * `KV-Operation: DEL` for a delete), or by the bucket's stream where it was created to
 * republish there (the revision in `Nats-Sequence`; see lib/store `feedByStream`). Agents and tenants follow these instead of the buckets' own
 * `$KV.…` subjects: no stream captures a feed subject, so nobody who may subscribe to one can
 * make a stream store anything by pointing deliveries at it (see the README, "Security").
 */
export const feedPrefix = "jetnet.feed.v1";

/** The feed of a bucket: its subjects are `<bucketFeed>.<key>`. */
export function bucketFeed(bucket: string): string {
  return `${feedPrefix}.${bucket}`;
}

export function feedSubject(bucket: string, key: string): string {
  return `${bucketFeed(bucket)}.${key}`;
}
