import { connect } from "@nats-io/transport-node";
import { JetnetClient } from "../../lib/api/client.js";
import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import { ErrorCode, hasCode } from "../../lib/errors.js";

export const demoNamespace = "demo";

/** Two subnets on two VNIs, with attachments spread over three nodes so every agent has work. */
export const demoSubnets: readonly Subnet[] = [
  { meta: { name: "blue" }, spec: { vni: 100, cidr: "10.10.0.0/24" } },
  { meta: { name: "green" }, spec: { vni: 200, cidr: "10.20.0.0/24" } },
];

export const demoAttachments: readonly NetworkAttachment[] = [
  { meta: { name: "blue-1" }, spec: { node: "node-1", subnet: "blue" } },
  { meta: { name: "blue-2" }, spec: { node: "node-2", subnet: "blue" } },
  { meta: { name: "green-1" }, spec: { node: "node-2", subnet: "green" } },
  { meta: { name: "green-2" }, spec: { node: "node-3", subnet: "green" } },
];

/** What happened to the demo subnets: validated, or the validator's reasons why not. */
export interface DemoResult {
  validated: string[];
  /** name -> status errors, for subnets not validated in time (e.g. a VNI claimed elsewhere). */
  blocked: Record<string, string[]>;
  /** Attachment name -> leased IP, when asked to wait for addresses (ipam runs). */
  addresses: Record<string, string>;
}

const validateTimeoutMs = 30_000;
const addressTimeoutMs = 15_000;

/**
 * Creates the demo objects through the API (a second run finds them: ALREADY_EXISTS is fine)
 * and waits until each subnet is validated or the time is up; with `waitForAddresses`, also
 * until every attachment has an IP (or the time is up).
 */
export async function createDemo(
  natsUrl: string,
  signal: AbortSignal,
  waitForAddresses: boolean,
): Promise<DemoResult> {
  const nc = await connect({ servers: natsUrl, name: "jetnet-up-demo" });
  try {
    const client = new JetnetClient(nc);
    const subnets = client.subnets(demoNamespace);
    const attachments = client.attachments(demoNamespace);
    for (const s of demoSubnets) await ignoreExisting(subnets.create(s));
    for (const a of demoAttachments) await ignoreExisting(attachments.create(a));

    const result: DemoResult = { validated: [], blocked: {}, addresses: {} };
    const deadline = Date.now() + validateTimeoutMs;
    // Polling, not a watch: two objects, once, and no consumer left behind on the bucket.
    for (const s of demoSubnets) {
      const name = s.meta?.name ?? "";
      for (;;) {
        signal.throwIfAborted();
        const got = await subnets.get(name);
        if (got.value.status?.validated) {
          result.validated.push(name);
          break;
        }
        if (Date.now() > deadline) {
          result.blocked[name] = got.value.status?.errors ?? [];
          break;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    if (waitForAddresses && result.validated.length > 0) {
      const addressDeadline = Date.now() + addressTimeoutMs;
      for (;;) {
        signal.throwIfAborted();
        const { items } = await attachments.list();
        const mine = items.filter((a) => demoAttachments.some((d) => d.meta?.name === a.value.meta?.name));
        for (const a of mine) {
          if (a.value.status?.ip) result.addresses[a.value.meta?.name ?? ""] = a.value.status.ip;
        }
        if (Object.keys(result.addresses).length >= demoAttachments.length || Date.now() > addressDeadline)
          break;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    return result;
  } finally {
    await nc.close();
  }
}

async function ignoreExisting(p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch (err) {
    if (!hasCode(err, ErrorCode.AlreadyExists)) throw err;
  }
}
