import { fnv1aMore, fnv1aStart } from "../hash.js";

/**
 * Views: the slices of the projection buckets an agent follows. "map.<vni>" is the part of
 * jetnet-map under `<vni>.`; "node.<token>" the part of jetnet-node under `<token>.`.
 */

/** A node name as a single key token: dots become underscores (DNS names have none). */
export function nodeToken(node: string): string {
  return node.replaceAll(".", "_");
}

export function nodeKey(node: string, namespace: string, name: string): string {
  return `${nodeToken(node)}.${namespace}.${name}`;
}

export function mapKey(vni: number, namespace: string, name: string): string {
  return `${vni}.${namespace}.${name}`;
}

export const mapView = (vni: number) => `map.${vni}`;
export const nodeView = (node: string) => `node.${nodeToken(node)}`;

/** The bucket and key filter behind a view, or undefined for a malformed view name. */
export function viewSource(
  view: string,
): { bucket: "jetnet-map" | "jetnet-node"; token: string } | undefined {
  const dot = view.indexOf(".");
  const kind = view.slice(0, dot);
  const token = view.slice(dot + 1);
  if (dot < 0 || token === "" || token.includes(".")) return undefined;
  if (kind === "map" && /^\d+$/.test(token)) return { bucket: "jetnet-map", token };
  if (kind === "node" && /^[a-z0-9_-]+$/.test(token)) return { bucket: "jetnet-node", token };
  return undefined;
}

/** The view a projection key belongs to (its first token), given the bucket. */
export function viewOfKey(bucket: "jetnet-map" | "jetnet-node", key: string): string {
  const token = key.slice(0, key.indexOf("."));
  return bucket === "jetnet-map" ? `map.${token}` : `node.${token}`;
}

/**
 * Snapshot requests name their view in the subject (`jetnet.mapping.v1.snapshot.node.<token>`,
 * `….snapshot.map.<vni>`) and digest requests their node (`jetnet.mapping.v1.digest.<token>`),
 * so NATS permissions can confine an agent to its own node view.
 */
/**
 * Where a mapping replica asks every agent to compare the digests of all its views at once: after
 * it started, or took over views from a replica that left, it may not have announced everything
 * agents hold. A subject agents may already follow (any VNI of jetnet-map) that no VNI view
 * matches; the message carries `resyncHeader` and no entry.
 */
export const resyncSubject = "jetnet.feed.v1.jetnet-map._resync";
export const resyncHeader = "Jetnet-Resync";

/**
 * Where the mapping service asks a node's agent to send again the reports it sent without a
 * reply and that never arrived (`jetnet.feed.v1.jetnet-node.<node token>._report`; the body is
 * the node work keys, one per line). Under the node's own feed, which only that node's agent
 * may follow (a node view's keys have three tokens and namespaces never start with `_`, so no
 * entry has this subject; FollowedView passes it by).
 */
export const reportAgainToken = "_report";
export const reportAgainSubjectOfToken = (token: string) =>
  `jetnet.feed.v1.jetnet-node.${token}.${reportAgainToken}`;
export const reportAgainSubject = (node: string) => reportAgainSubjectOfToken(nodeToken(node));

/**
 * Header of a delete on a VNI's feed (jetnet-map) that also deletes the named node work: the
 * attachment is gone, and its node follows that VNI, so one message tells every node concerned.
 */
export const deletesWorkHeader = "Jetnet-Deletes-Work";
/**
 * With deletesWorkHeader: the uid of the deleted attachment. An agent that applies its VNI feeds
 * after its node feed (see services/agent) may hold node work of a newer attachment under the
 * same name by then, which the delete leaves alone. Absent (an older service): the work goes.
 */
export const deletesWorkUidHeader = "Jetnet-Deletes-Work-Uid";

export const snapshotPrefix = "jetnet.mapping.v1.snapshot";
export const digestPrefix = "jetnet.mapping.v1.digest";
export const snapshotSubject = (view: string) => `${snapshotPrefix}.${view}`;
export const digestSubject = (node: string) => `${digestPrefix}.${nodeToken(node)}`;

/**
 * An order-independent digest of a view, maintained incrementally: add and remove entries as
 * `key@sourceRevision`. Both the mapping service and every agent keep one per view; a mismatch
 * that persists means the agent lost messages.
 */
export class ViewDigest {
  count = 0;
  hash = 0;

  add(key: string, sourceRevision: number): void {
    this.count++;
    this.hash = (this.hash ^ entryHash(key, sourceRevision)) >>> 0;
  }

  remove(key: string, sourceRevision: number): void {
    this.count--;
    this.hash = (this.hash ^ entryHash(key, sourceRevision)) >>> 0;
  }

  equals(o: { count?: number | null; hash?: number | null }): boolean {
    return this.count === (o.count ?? 0) && this.hash === (o.hash ?? 0);
  }
}

/**
 * fnv1a(`${key}@${sourceRevision}`) without joining the strings: agents add an entry for every
 * mapping they receive.
 */
function entryHash(key: string, sourceRevision: number): number {
  return fnv1aMore(fnv1aMore(fnv1aMore(fnv1aStart, key), "@"), String(sourceRevision));
}
