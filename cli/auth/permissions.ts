/**
 * What each jetnet identity may publish and subscribe to, in nats-server 2.9 permission terms.
 *
 * nats-server checks subjects only, never request bodies, so every grant names a subject that
 * carries the thing being protected: the API subject carries the namespace
 * (`jetnet.api.v1.<ns>.>`), the status, snapshot and digest subjects the node, a feed subject
 * the bucket and key (`jetnet.feed.v1.<bucket>.<key>`).
 *
 * Only the services get any JetStream API. Why not the read-only parts, as before? Because no
 * subject form of consumer creation can be made safe by permissions, on 2.9 or 2.10: the body
 * decides whether a consumer is durable (it outlives its client, without limit), how long an
 * ephemeral one lingers (`inactive_threshold`), and where a push consumer delivers. A delivery
 * subject that a stream captures makes that stream store the deliveries once any client listens
 * there (the identity itself, or another: agents listened on `$KV.jetnet-map.<vni>.>`), so a
 * reader could write records into buckets it may not even read. Agents
 * and tenants therefore follow the feeds the services publish after each committed write
 * (subjects no stream captures) and read snapshots and lists through request/reply.
 */
import { agentStatusSubject, apiPrefix, Bucket, feedSubject, Projection } from "../../lib/api/subjects.js";
import { validateNamespace, validateNodeName } from "../../lib/api/validate.js";
import { digestSubject, nodeToken, snapshotPrefix, snapshotSubject } from "../../lib/api/views.js";

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
 * An agent follows its node's slice of jetnet-node and any VNI of jetnet-map (it may have a
 * local attachment in any VNI) on their feeds, asks the mapping service for snapshots and
 * digests, and reports status for its own node only.
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
    ],
    subscribe: [replies, feedSubject(Projection.Node, `${token}.>`), feedSubject(Projection.Map, ">")],
  };
}

/**
 * A tenant calls the API in its namespace (reads included: get and list) and watches its
 * namespace of the intent buckets on their feeds.
 */
export function tenantPermissions(namespace: string, opts: IdentityOptions = {}): Permissions {
  validateNamespace(namespace, "--namespaces");
  return {
    publish: [`${apiPrefix}.${namespace}.>`],
    subscribe: [
      opts.privateInboxes ? `${inboxPrefix(tenantUser(namespace))}.>` : inbox,
      feedSubject(Bucket.Subnets, `${namespace}.>`),
      feedSubject(Bucket.Attachments, `${namespace}.>`),
    ],
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
