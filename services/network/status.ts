import { Counter, type Registry } from "prom-client";
import { toApiError } from "../../lib/api/errors.js";
import { stampSection } from "../../lib/api/objects.js";
import { nodeOfStatusSubject } from "../../lib/api/status.js";
import { objectKey, Section } from "../../lib/api/subjects.js";
import {
  maxRequestBytes,
  validateName,
  validateNamespace,
  validateNodeName,
} from "../../lib/api/validate.js";
import {
  type AttachmentStatus,
  attachmentCodec,
  type NetworkAttachment,
  protoCodec,
} from "../../lib/codec.js";
import { ErrorCode, invalid, JetnetError } from "../../lib/errors.js";
import type { NodeHosts } from "../../lib/ipam/node-hosts.js";
import { updateWithRetry } from "../../lib/store/cas.js";
import type { ObjectStore, Versioned } from "../../lib/store/types.js";
import { jetnet } from "../../proto/gen/jetnet.js";

const pb = jetnet.v1;
const statusReport = protoCodec(pb.StatusReport);

/**
 * Applies agents' reports (interface name, MAC, host IP, host errors, exec report) to
 * attachment status. The reporting node comes from the subject, which NATS permissions tie to
 * the agent's identity; a report is accepted only for an attachment of that node and of the
 * incarnation (uid) the agent implemented.
 *
 * The first try writes over the attachment as the list cache holds it (usually current when
 * the report arrives: the agent acts on a projection of the same write), a compare-and-swap the
 * stream refuses if it is stale; a read through the JetStream API follows only then, or when
 * the cached object would refuse or skip the report.
 */
export class StatusReports {
  private readonly reports: Counter<"result">;

  constructor(
    private readonly attachments: ObjectStore<NetworkAttachment>,
    registry: Registry,
    /** The attachments as stored (the list cache); absent: every report reads the bucket. */
    private readonly cached?: (key: string) => Versioned<Uint8Array> | undefined,
    /** Learns each node's host IP from the reports accepted (see NodeHosts). */
    private readonly hosts?: NodeHosts,
  ) {
    this.reports = new Counter({
      name: "jetnet_network_status_reports_total",
      help: "Status reports from agents by result code.",
      labelNames: ["result"],
      registers: [registry],
    });
  }

  async handle(subject: string, body: Uint8Array): Promise<{ reply: Uint8Array; code: string }> {
    let code = "OK";
    let reply: Uint8Array;
    try {
      await this.apply(subject, body);
      reply = pb.StatusReportReply.encode({}).finish();
    } catch (err) {
      const e = toApiError(err);
      code = e.code;
      reply = pb.StatusReportReply.encode({ error: e.error }).finish();
    }
    this.reports.labels(code).inc();
    return { reply, code };
  }

  private async apply(subject: string, body: Uint8Array): Promise<void> {
    const node = nodeOfStatusSubject(subject);
    if (!node) throw invalid("subject", "expected jetnet.agent.<node>.status");
    validateNodeName(node, "subject.node");
    if (body.length > maxRequestBytes) throw invalid("body", `report exceeds ${maxRequestBytes} B`);
    const r = statusReport.decode(body);
    validateNamespace(r.namespace, "namespace");
    validateName(r.name, "name");
    const key = objectKey(r.namespace ?? "", r.name ?? "");
    const update = (from: Versioned<NetworkAttachment> | undefined) =>
      updateWithRetry(this.attachments, key, mutate, { what: `attachment ${key}`, ...(from && { from }) });
    const mutate = ({ value: a }: Versioned<NetworkAttachment>) => {
      if (a.spec?.node !== node) {
        throw new JetnetError(
          ErrorCode.Forbidden,
          `attachment ${r.namespace}/${r.name} is on node "${a.spec?.node}", not "${node}"`,
        );
      }
      if (a.meta?.uid !== r.uid) {
        throw new JetnetError(
          ErrorCode.Conflict,
          `attachment ${r.namespace}/${r.name} has uid ${a.meta?.uid}, not ${r.uid}`,
        );
      }
      return applyReport(a, r);
    };
    const cached = cachedFor(this.cached, key, node, r.uid ?? "");
    let outcome = await update(cached);
    // Nothing to write by the cache's account: the bucket decides.
    if (outcome === "unchanged" && cached) outcome = await update(undefined);
    if (outcome === "gone") {
      throw new JetnetError(ErrorCode.NotFound, `attachment ${r.namespace}/${r.name} not found`);
    }
    // Accepted (the attachment is this node's): the address is the node's own.
    if (r.implemented && r.hostIp) this.hosts?.learn(node, r.hostIp);
  }
}

/**
 * The cached attachment a report may start from: only one of the reporting node and
 * incarnation (any other answer is left to a read of the bucket).
 */
function cachedFor(
  cached: ((key: string) => Versioned<Uint8Array> | undefined) | undefined,
  key: string,
  node: string,
  uid: string,
): Versioned<NetworkAttachment> | undefined {
  const c = cached?.(key);
  if (!c) return undefined;
  let value: NetworkAttachment;
  try {
    value = attachmentCodec.decode(c.value);
  } catch {
    return undefined;
  }
  if (value.spec?.node !== node || value.meta?.uid !== uid) return undefined;
  return { key, value, revision: c.revision };
}

/** The attachment with the report applied, or undefined when nothing would change. */
export function applyReport(
  a: NetworkAttachment,
  r: jetnet.v1.StatusReport.$Properties,
): NetworkAttachment | undefined {
  const old: AttachmentStatus = a.status ?? {};
  const impl: AttachmentStatus = r.implemented
    ? {
        ifName: r.ifName ?? "",
        mac: r.mac ?? "",
        hostIp: r.hostIp ?? "",
        hostErrors: [...(r.hostErrors ?? [])],
      }
    : { ifName: "", mac: "", hostIp: "", hostErrors: [...(r.hostErrors ?? [])] };
  const implChanged =
    impl.ifName !== (old.ifName ?? "") ||
    impl.mac !== (old.mac ?? "") ||
    impl.hostIp !== (old.hostIp ?? "") ||
    JSON.stringify(impl.hostErrors) !== JSON.stringify(old.hostErrors ?? []);
  const execChanged =
    !!r.postCreateReport &&
    JSON.stringify(r.postCreateReport) !== JSON.stringify(old.postCreateReport ?? null);
  if (!implChanged && !execChanged) return undefined;
  let meta = a.meta;
  if (implChanged) meta = stampSection(meta, Section.Impl);
  if (execChanged) meta = stampSection(meta, Section.Exec);
  return {
    ...a,
    meta,
    status: { ...old, ...impl, ...(execChanged ? { postCreateReport: r.postCreateReport } : {}) },
  };
}
