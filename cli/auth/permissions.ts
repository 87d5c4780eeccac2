/**
 * What each jetnet identity may publish and subscribe to, in nats-server 2.9 permission terms.
 *
 * nats-server 2.9 checks subjects only, never request bodies, so every grant below names a
 * subject that carries the thing being protected:
 *  - the API subject carries the namespace (`jetnet.api.v1.<ns>.>`), the status subject the node;
 *  - JetStream reads are granted only in the forms that put the key filter in the subject: the
 *    2.9 consumer-create form `$JS.API.CONSUMER.CREATE.<stream>.<name>.<filter>` (the server
 *    rejects a body whose filter differs from the subject's) and direct get by last subject
 *    `$JS.API.DIRECT.GET.<stream>.<subject>`. The body-only forms (`CONSUMER.CREATE.<stream>`,
 *    `STREAM.MSG.GET`, `DIRECT.GET.<stream>`) could name any key, so readers with a slice of a
 *    bucket never get them.
 * Nothing here grants `$KV.>` publish (a KV put is a publish there), stream/consumer admin,
 * purge or message delete to agents and tenants: they cannot change any bucket.
 */
import { agentStatusSubject, apiPrefix, Bucket } from "../../lib/api/subjects.js";
import { digestSubject, nodeToken, snapshotPrefix, snapshotSubject } from "../../lib/api/views.js";
import { validateNamespace, validateNodeName } from "../../services/network/validate.js";

export const Role = { Service: "service", Agent: "agent", Tenant: "tenant" } as const;
export type Role = (typeof Role)[keyof typeof Role];

/** A permission set in the shape of nats-server's `permissions` block. */
export interface Permissions {
  readonly publish: readonly string[];
  readonly subscribe: readonly string[];
}

/** One NATS user jetnet generates. */
export interface Identity {
  /** The NATS user name: `service`, `agent-<node>` or `tenant-<namespace>`. */
  readonly user: string;
  readonly role: Role;
  readonly permissions: Permissions;
}

export const serviceUser = "service";
export const agentUser = (node: string) => `agent-${node}`;
export const tenantUser = (namespace: string) => `tenant-${namespace}`;

/** Replies to requests and push consumers' deliveries arrive under `_INBOX.` (nats.js default). */
const inbox = "_INBOX.>";

/**
 * A per-identity inbox prefix (`_INBOX.<user, dots as underscores>`), for clients that set
 * nats.js `inboxPrefix` to it. With it an agent or tenant can subscribe to its own replies
 * only; with the shared `_INBOX.>` any of them can read every other client's replies and
 * watch deliveries. Dots become underscores so that one user's prefix is never a prefix of
 * another's (DNS names have no underscores).
 */
export function inboxPrefix(user: string): string {
  return `_INBOX.${user.replaceAll(".", "_")}`;
}

/** Options that change every non-service identity alike. */
export interface IdentityOptions {
  /** Confine agents and tenants to their `inboxPrefix` (their clients must set it). */
  readonly privateInboxes?: boolean;
}

/**
 * The services (network, ipam, mapping) own every bucket and serve the API, so they get the
 * jetnet subject spaces whole; still not `>`, so they cannot touch `$SYS` or other
 * applications' subjects on a shared server.
 */
export function servicePermissions(): Permissions {
  const subjects = ["$JS.API.>", "$JS.ACK.>", "$JS.FC.>", "$KV.>", "$SRV.>", "jetnet.>", inbox];
  return { publish: subjects, subscribe: subjects };
}

/**
 * Read-only access to the part of one KV bucket under `$KV.<bucket>.<keyFilter>`: what a
 * store's `list`/`watch` (stream info + ordered push consumer) and a KV get by key need.
 * The stream info request is unavoidable (watches read the stream's sequence range from it);
 * see the README for what it reveals.
 */
export function bucketReader(bucket: string, keyFilter: string): string[] {
  const stream = `KV_${bucket}`;
  const subjects = `$KV.${bucket}.${keyFilter}`;
  return [
    `$JS.API.STREAM.INFO.${stream}`,
    `$JS.API.CONSUMER.CREATE.${stream}.*.${subjects}`,
    `$JS.API.CONSUMER.INFO.${stream}.*`,
    // Consumer names are random and listing them is not granted; deleting one's own ordered
    // consumer promptly keeps the server from carrying it until its inactivity timeout.
    `$JS.API.CONSUMER.DELETE.${stream}.*`,
    `$JS.API.DIRECT.GET.${stream}.${subjects}`,
    // Flow-control replies of ordered push consumers (`$JS.FC.<stream>.…`): without them a
    // large snapshot stalls.
    `$JS.FC.${stream}.>`,
  ];
}

/**
 * An agent follows its node's slice of jetnet-node and any VNI of jetnet-map (it may have a
 * local attachment in any VNI), asks the mapping service for snapshots and digests, and
 * reports status for its own node only.
 */
export function agentPermissions(node: string, opts: IdentityOptions = {}): Permissions {
  validateNodeName(node, "--nodes");
  const token = nodeToken(node);
  const replies = opts.privateInboxes ? `${inboxPrefix(agentUser(node))}.>` : inbox;
  return {
    publish: [
      snapshotSubject(`node.${token}`),
      `${snapshotPrefix}.map.*`,
      digestSubject(node),
      agentStatusSubject(node),
      "$JS.API.INFO",
      ...bucketReader(Bucket.Node, `${token}.>`),
      ...bucketReader(Bucket.Map, ">"),
    ],
    subscribe: [replies, `$KV.${Bucket.Node}.${token}.>`, `$KV.${Bucket.Map}.>`],
  };
}

/** A tenant calls the API in its namespace and watches its namespace of the intent buckets. */
export function tenantPermissions(namespace: string, opts: IdentityOptions = {}): Permissions {
  validateNamespace(namespace, "--namespaces");
  return {
    publish: [
      `${apiPrefix}.${namespace}.>`,
      "$JS.API.INFO",
      ...bucketReader(Bucket.Subnets, `${namespace}.>`),
      ...bucketReader(Bucket.Attachments, `${namespace}.>`),
    ],
    subscribe: [opts.privateInboxes ? `${inboxPrefix(tenantUser(namespace))}.>` : inbox],
  };
}

/** The service identity, one per node and one per namespace; duplicates are dropped. */
export function identities(
  nodes: readonly string[],
  namespaces: readonly string[],
  opts: IdentityOptions = {},
): Identity[] {
  return [
    { user: serviceUser, role: Role.Service, permissions: servicePermissions() },
    ...[...new Set(nodes)].map((n) => ({
      user: agentUser(n),
      role: Role.Agent,
      permissions: agentPermissions(n, opts),
    })),
    ...[...new Set(namespaces)].map((ns) => ({
      user: tenantUser(ns),
      role: Role.Tenant,
      permissions: tenantPermissions(ns, opts),
    })),
  ];
}
