import { randomUUID } from "node:crypto";
import type { AttachmentSpec, NetworkAttachment, ObjectMeta, Subnet, SubnetSpec } from "../codec.js";
import { nowUs } from "../time.js";
import { Section } from "./subjects.js";

/**
 * How the network service turns client input into stored objects. Clients supply meta.name,
 * meta.labels and spec; everything else in meta, and all of status, is the server's.
 */

function newMeta(namespace: string, input: ObjectMeta | null | undefined, now: number): ObjectMeta {
  return {
    namespace,
    name: input?.name ?? "",
    uid: randomUUID(),
    createTimeUs: now,
    writeTimesUs: { [Section.Spec]: now },
    generation: 1,
    labels: { ...(input?.labels ?? {}) },
  };
}

export function normalizeSubnetSpec(spec: SubnetSpec | null | undefined): SubnetSpec {
  return {
    vni: spec?.vni ?? 0,
    cidr: spec?.cidr ?? "",
    exclude: [...(spec?.exclude ?? [])],
    gateway: spec?.gateway ?? "",
  };
}

export function normalizeAttachmentSpec(spec: AttachmentSpec | null | undefined): AttachmentSpec {
  return {
    node: spec?.node ?? "",
    subnet: spec?.subnet ?? "",
    ip: spec?.ip ?? "",
    postCreateExec: [...(spec?.postCreateExec ?? [])],
    postDeleteExec: [...(spec?.postDeleteExec ?? [])],
  };
}

export function newSubnet(namespace: string, input: Subnet): Subnet {
  return {
    meta: newMeta(namespace, input.meta, nowUs()),
    spec: normalizeSubnetSpec(input.spec),
    status: { validated: false, errors: [] },
  };
}

export function newAttachment(namespace: string, input: NetworkAttachment): NetworkAttachment {
  return {
    meta: newMeta(namespace, input.meta, nowUs()),
    spec: normalizeAttachmentSpec(input.spec),
    status: {},
  };
}

/**
 * The stored object after a client update: the client's spec and labels over the current
 * object; status and server metadata kept. A changed spec bumps the generation and stamps the
 * spec section's write time.
 */
export function applyClientUpdate<T extends { meta?: ObjectMeta | null; spec?: S | null }, S>(
  current: T,
  input: T,
  normalize: (s: S | null | undefined) => S,
  specEqual: (a: S, b: S) => boolean,
): T {
  const meta = current.meta ?? {};
  const spec = normalize(input.spec);
  const changed = !specEqual(normalize(current.spec), spec);
  const now = nowUs();
  return {
    ...current,
    meta: {
      ...meta,
      labels: { ...(input.meta?.labels ?? {}) },
      generation: (meta.generation ?? 1) + (changed ? 1 : 0),
      writeTimesUs: changed
        ? { ...(meta.writeTimesUs ?? {}), [Section.Spec]: now }
        : { ...(meta.writeTimesUs ?? {}) },
    },
    spec,
  };
}

/** Stamps `section`'s server write time on a copy of meta. */
export function stampSection(meta: ObjectMeta | null | undefined, section: string): ObjectMeta {
  return { ...(meta ?? {}), writeTimesUs: { ...(meta?.writeTimesUs ?? {}), [section]: nowUs() } };
}

export function labelsMatch(
  labels: Record<string, string> | null | undefined,
  selector: Record<string, string>,
): boolean {
  for (const [k, v] of Object.entries(selector)) if (labels?.[k] !== v) return false;
  return true;
}
