import { Section } from "../../lib/api/subjects.js";
import { mapKey, nodeKey } from "../../lib/api/views.js";
import type { Mapping, NetworkAttachment, NodeWork } from "../../lib/codec.js";
import { sameStrings } from "../../lib/lists.js";
import type { Versioned } from "../../lib/store/types.js";

/** What one attachment projects into jetnet-node and jetnet-map (either may be absent). */
export interface Projection {
  readonly node?: { readonly key: string; readonly value: NodeWork };
  readonly map?: { readonly key: string; readonly value: Mapping };
}

/**
 * The projections of an attachment. Pure. Node work: attachments that have an address (the
 * agent's local work). Mapping: attachments with an address and a host to reach them at (see
 * mappedHostIp). Only what agents need is copied, so status reports do not ripple into
 * projections. `hostOf`: the node's host as the projecting service knows it, for an attachment
 * stamped with none (see mappedHostIp).
 */
export function project(a: Versioned<NetworkAttachment>, hostOf?: (node: string) => string): Projection {
  const v = a.value;
  const s = v.status;
  const ns = v.meta?.namespace ?? "";
  const name = v.meta?.name ?? "";
  if (!s?.ip || !s.vni) return {};
  const attachment: NetworkAttachment = {
    meta: {
      namespace: ns,
      name,
      uid: v.meta?.uid ?? "",
      writeTimesUs: { spec: v.meta?.writeTimesUs?.spec ?? 0 },
      generation: v.meta?.generation ?? 0,
    },
    spec: v.spec,
    status: { ip: s.ip, vni: s.vni, leaseSeq: s.leaseSeq ?? 0, mac: s.mac ?? "" },
  };
  const node = {
    key: nodeKey(v.spec?.node ?? "", ns, name),
    value: { attachment, sourceRevision: a.revision },
  };
  const hostIp = mappedHostIp(v, hostOf);
  if (!hostIp) return { node };
  const map: Mapping = {
    vni: s.vni,
    ip: s.ip,
    mac: s.mac ?? "",
    hostIp,
    namespace: ns,
    name,
    uid: v.meta?.uid ?? "",
    sourceRevision: a.revision,
    node: v.spec?.node ?? "",
    clientWriteUs: v.meta?.writeTimesUs?.spec ?? 0,
  };
  return { node, map: { key: mapKey(s.vni, ns, name), value: map } };
}

/** The agent has reported the attachment implemented (interface and host IP). */
export function implemented(a: NetworkAttachment): boolean {
  return !!(a.status?.hostIp && a.status.ifName);
}

/**
 * The underlay address peers reach the attachment at: the one its agent reported with the
 * interface; before the agent has reported anything (no impl write yet), the node's address as
 * the leasing service knew it (status.node_host_ip), so peers are told while the node creates
 * the interface rather than after, or, when the leasing service knew none (a network writer
 * learns no hosts), the node's address as `hostOf` knows it (the mapping service learns it from
 * the node's implemented attachments); none once the agent reported no interface (host errors,
 * or removed), as if it had never been implemented.
 */
export function mappedHostIp(a: NetworkAttachment, hostOf?: (node: string) => string): string {
  const s = a.status;
  if (!s) return "";
  if (implemented(a)) return s.hostIp ?? "";
  if (a.meta?.writeTimesUs?.[Section.Impl]) return "";
  return s.nodeHostIp || hostOf?.(a.spec?.node ?? "") || "";
}

/**
 * Equal apart from the source revision: no need to rewrite (a status report changes none of it).
 * Field by field over what project() puts in a node work, absent and default alike as on the
 * wire; test/services/mapping/project.unit.test.ts holds project() to these fields and this to
 * the comparison of the encodings it replaces (which cost two encodes per attachment change).
 */
export function sameNodeWork(a: NodeWork, b: NodeWork): boolean {
  const x = a.attachment ?? {};
  const y = b.attachment ?? {};
  const xm = x.meta ?? {};
  const ym = y.meta ?? {};
  const xs = x.spec ?? {};
  const ys = y.spec ?? {};
  const xt = x.status ?? {};
  const yt = y.status ?? {};
  return (
    text(xm.namespace) === text(ym.namespace) &&
    text(xm.name) === text(ym.name) &&
    text(xm.uid) === text(ym.uid) &&
    count(xm.generation) === count(ym.generation) &&
    count(xm.writeTimesUs?.spec) === count(ym.writeTimesUs?.spec) &&
    text(xs.node) === text(ys.node) &&
    text(xs.subnet) === text(ys.subnet) &&
    text(xs.ip) === text(ys.ip) &&
    sameStrings(xs.postCreateExec, ys.postCreateExec) &&
    sameStrings(xs.postDeleteExec, ys.postDeleteExec) &&
    text(xt.ip) === text(yt.ip) &&
    count(xt.vni) === count(yt.vni) &&
    count(xt.leaseSeq) === count(yt.leaseSeq) &&
    text(xt.mac) === text(yt.mac)
  );
}

const text = (s: string | null | undefined): string => s ?? "";
const count = (n: number | null | undefined): number => n ?? 0;

export function sameMapping(a: Mapping, b: Mapping): boolean {
  return (
    a.vni === b.vni &&
    a.ip === b.ip &&
    a.mac === b.mac &&
    a.hostIp === b.hostIp &&
    a.uid === b.uid &&
    a.node === b.node &&
    a.namespace === b.namespace &&
    a.name === b.name
  );
}

/** The source attachment key (`ns.name`) of a projection key (`<token>.ns.name`). */
export function sourceOf(projectionKey: string): string {
  return projectionKey.slice(projectionKey.indexOf(".") + 1);
}
