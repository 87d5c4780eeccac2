import type { NatsConnection } from "@nats-io/nats-core";
import { jetnet } from "../../proto/gen/jetnet.js";
import type { ExecReport } from "../codec.js";
import { requesterFor } from "../nats/requester.js";
import { agentStatusSubject } from "./subjects.js";

/**
 * The status-report contract between an agent and the network service: what an agent says about
 * one local attachment, the subject it says it on (`jetnet.agent.<node>.status`, which NATS
 * permissions tie to the agent's identity) and the reply. The network service applies reports
 * (services/network/status.ts); agents send them with reportStatus.
 */

const pb = jetnet.v1;

/** What an agent reports about one attachment it implements (or failed to). */
export interface AttachmentReport {
  namespace: string;
  name: string;
  /** The incarnation the agent implemented: a report for an older one is refused. */
  uid: string;
  implemented: boolean;
  ifName: string;
  mac: string;
  hostErrors: string[];
  postCreateReport?: ExecReport;
}

/** Parses `jetnet.agent.<node>.status` (node names may contain dots). */
export function nodeOfStatusSubject(subject: string): string | undefined {
  const prefix = "jetnet.agent.";
  const suffix = ".status";
  if (!subject.startsWith(prefix) || !subject.endsWith(suffix)) return undefined;
  const node = subject.slice(prefix.length, subject.length - suffix.length);
  return node.length > 0 ? node : undefined;
}

/**
 * Sends `report` as node `node`, whose host address is `hostIp` (sent only for an implemented
 * attachment). Resolves once the network service has applied it; throws on a refusal (the message
 * names the code) or when no replica answers within `timeoutMs`.
 */
export async function reportStatus(
  nc: NatsConnection,
  node: string,
  hostIp: string,
  report: AttachmentReport,
  timeoutMs = 5000,
): Promise<void> {
  const body = pb.StatusReport.encode({ ...report, hostIp: report.implemented ? hostIp : "" }).finish();
  const m = await requesterFor(nc).request(agentStatusSubject(node), body, { timeoutMs });
  const reply = pb.StatusReportReply.decode(m.data);
  const code = reply.error?.code;
  if (code) {
    throw new Error(
      `status report for ${report.namespace}/${report.name} refused: ${code} ${reply.error?.message}`,
    );
  }
}

/**
 * Sends `report` without asking for a reply: the mapping service waits for its effect (the
 * attachment's mapping) and asks the node again for a report that never has it
 * (reportAgainSubject), so a reply would only add a message per report. Lost or refused, it has
 * no effect until asked for again.
 */
export function announceStatus(
  nc: NatsConnection,
  node: string,
  hostIp: string,
  report: AttachmentReport,
): void {
  const body = pb.StatusReport.encode({ ...report, hostIp: report.implemented ? hostIp : "" }).finish();
  try {
    nc.publish(agentStatusSubject(node), body);
  } catch {
    // The connection is closing: the caller sends it again.
  }
}
