import type { NetworkAttachment } from "../../../lib/codec.js";
import type { Versioned } from "../../../lib/store/types.js";
import type { LoggerFabric } from "../../../services/agent/fabric/logger.js";

/** DESIGN.md invariant 4 for agents: what each node's fabric must hold, exactly. */
export function expectedFabric(attachments: readonly Versioned<NetworkAttachment>[], node: string) {
  const local = new Set<string>();
  const vnis = new Set<number>();
  for (const { value: a } of attachments) {
    if (a.spec?.node === node && a.status?.ip && a.status.vni) {
      local.add(`${a.status.vni}/${a.status.ip}`);
      vnis.add(a.status.vni);
    }
  }
  const remote = new Set<string>();
  for (const { value: a } of attachments) {
    const s = a.status;
    if (a.spec?.node !== node && s?.ip && s.vni && s.hostIp && s.ifName && vnis.has(s.vni)) {
      remote.add(`${s.vni}/${s.ip}|${s.hostIp}`);
    }
  }
  return { local, remote };
}

/** Differences between a fabric and what its node needs (empty when exact). */
export async function fabricDiff(
  fabric: LoggerFabric,
  attachments: readonly Versioned<NetworkAttachment>[],
  node: string,
): Promise<string[]> {
  const want = expectedFabric(attachments, node);
  const haveLocal = new Set((await fabric.listLocal()).map((e) => `${e.vni}/${e.ip}`));
  const haveRemote = new Set((await fabric.listRemote()).map((e) => `${e.vni}/${e.ip}|${e.hostIp}`));
  const out: string[] = [];
  for (const x of want.local) if (!haveLocal.has(x)) out.push(`${node}: missing local ${x}`);
  for (const x of haveLocal) if (!want.local.has(x)) out.push(`${node}: stale local ${x}`);
  for (const x of want.remote) if (!haveRemote.has(x)) out.push(`${node}: missing remote ${x}`);
  for (const x of haveRemote) if (!want.remote.has(x)) out.push(`${node}: irrelevant or stale remote ${x}`);
  return out;
}

/** Every addressed attachment implemented (reported by its agent). */
export function allImplemented(attachments: readonly Versioned<NetworkAttachment>[]): boolean {
  return attachments.every((a) => !a.value.status?.ip || (a.value.status.hostIp && a.value.status.ifName));
}
