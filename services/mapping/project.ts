import { mapKey, nodeKey } from "../../lib/api/views.js";
import { attachmentCodec, type Mapping, type NetworkAttachment, type NodeWork } from "../../lib/codec.js";
import type { Versioned } from "../../lib/store/types.js";

/** What one attachment projects into jetnet-node and jetnet-map (either may be absent). */
export interface Projection {
  readonly node?: { readonly key: string; readonly value: NodeWork };
  readonly map?: { readonly key: string; readonly value: Mapping };
}

/**
 * The projections of an attachment. Pure. Node work: attachments that have an address (the
 * agent's local work). Mapping: attachments implemented on their node (host IP and interface
 * reported). Only what agents need is copied, so status reports do not ripple into projections.
 */
export function project(a: Versioned<NetworkAttachment>): Projection {
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
  if (!s.hostIp || !s.ifName) return { node };
  const map: Mapping = {
    vni: s.vni,
    ip: s.ip,
    mac: s.mac ?? "",
    hostIp: s.hostIp,
    namespace: ns,
    name,
    uid: v.meta?.uid ?? "",
    sourceRevision: a.revision,
    node: v.spec?.node ?? "",
    clientWriteUs: v.meta?.writeTimesUs?.spec ?? 0,
  };
  return { node, map: { key: mapKey(s.vni, ns, name), value: map } };
}

/**
 * Equal apart from the source revision: no need to rewrite. Compared as encoded protobuf: a
 * value decoded from the bucket carries every default (empty lists, zeros, nulls) that a fresh
 * projection leaves out, so comparing the objects themselves found every cached projection
 * changed, and every status change of an attachment rewrote its node projection.
 */
export function sameNodeWork(a: NodeWork, b: NodeWork): boolean {
  return (
    Buffer.compare(attachmentCodec.encode(a.attachment ?? {}), attachmentCodec.encode(b.attachment ?? {})) ===
    0
  );
}

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
