/**
 * Validation of client input to the network API: metadata, subnet and attachment specs, and the
 * immutability rules of updates. Pure: the checks that need other objects (overlapping CIDRs,
 * one namespace per VNI) belong to the subnet validator, not here.
 *
 * Every function throws the first problem it finds as a JetnetError with code INVALID and the
 * offending field as its proto (snake_case) path, e.g. "spec.exclude[2]", so a client can point
 * at it. Status is never validated: clients cannot write it, the services do.
 */
import type { AttachmentSpec, NetworkAttachment, ObjectMeta, Subnet, SubnetSpec } from "../codec.js";
import { invalid } from "../errors.js";
import { sameStrings } from "../lists.js";
import {
  type Cidr,
  CidrError,
  cidrContains,
  cidrHostRange,
  formatCidr,
  inRfc1918,
  parseCidr,
  parseExclude,
  parseIPv4,
  quote,
} from "../net/cidr.js";
import { maxVni } from "../net/mac.js";

/** Names and namespaces are DNS-1123 labels, which also keeps them single NATS subject tokens. */
export const maxNameLength = 63;
export const maxNodeNameLength = 253;
export const maxExecArgs = 64;
export const maxExecArgBytes = 4096;
/** Upper bound on an encoded request body; enforced by the API layer before decoding. */
export const maxRequestBytes = 64 * 1024;
export const maxExcludes = 256;
export const maxLabels = 64;
export const maxLabelKeyLength = 63;
export const maxLabelValueLength = 63;

const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const labelKey = /^[a-z0-9]([-a-z0-9_.]*[a-z0-9])?$/;
const labelValue = /^[A-Za-z0-9_.-]*$/;

const labelRule =
  "lowercase letters, digits and '-', starting and ending with a letter or digit (a DNS-1123 label)";

function checkDnsLabel(value: string, field: string, what: string): void {
  if (value === "") throw invalid(field, `${what} is required: ${maxNameLength} or fewer ${labelRule}`);
  if (value.length > maxNameLength) {
    throw invalid(
      field,
      `${what} ${quote(value)} is ${value.length} characters long; at most ${maxNameLength} allowed`,
    );
  }
  if (!dnsLabel.test(value)) throw invalid(field, `${what} ${quote(value)} is not valid: use ${labelRule}`);
}

export function validateNamespace(ns: string | null | undefined, field = "meta.namespace"): void {
  checkDnsLabel(ns ?? "", field, "namespace");
}

export function validateName(name: string | null | undefined, field = "meta.name"): void {
  checkDnsLabel(name ?? "", field, "name");
}

/** A DNS-1123 subdomain: labels joined by dots, at most 253 characters, e.g. "worker-1.example.com". */
export function validateNodeName(node: string | null | undefined, field = "spec.node"): void {
  const value = node ?? "";
  if (value === "") throw invalid(field, "node name is required");
  if (value.length > maxNodeNameLength) {
    throw invalid(
      field,
      `node name ${quote(value)} is ${value.length} characters long; at most ${maxNodeNameLength} allowed`,
    );
  }
  const ok = value.split(".").every((label) => label.length <= maxNameLength && dnsLabel.test(label));
  if (!ok) {
    throw invalid(
      field,
      `node name ${quote(value)} is not valid: use dot-separated labels of ${maxNameLength} or fewer ${labelRule}`,
    );
  }
}

function validateLabels(labels: { [k: string]: string } | null | undefined): void {
  const field = "meta.labels";
  const entries = Object.entries(labels ?? {});
  if (entries.length > maxLabels) {
    throw invalid(field, `has ${entries.length} labels; at most ${maxLabels} allowed`);
  }
  for (const [key, value] of entries) {
    if (key.length > maxLabelKeyLength || !labelKey.test(key)) {
      throw invalid(
        field,
        `key ${quote(key)} is not valid: use 1 to ${maxLabelKeyLength} lowercase letters, digits, '-', '_' and '.', starting and ending with a letter or digit`,
      );
    }
    if (value.length > maxLabelValueLength || !labelValue.test(value)) {
      throw invalid(
        field,
        `value ${quote(value)} of key ${quote(key)} is not valid: use up to ${maxLabelValueLength} letters, digits, '-', '_' and '.'`,
      );
    }
  }
}

/**
 * Checks client-supplied metadata. The namespace comes from the request subject (so NATS
 * permissions scope a tenant); a namespace in the body may only repeat it. uid, times and
 * generation are server-owned and ignored here.
 */
export function validateMeta(meta: ObjectMeta | null | undefined, namespaceFromSubject: string): void {
  if (!meta) throw invalid("meta", "is required");
  validateNamespace(namespaceFromSubject);
  const ns = meta.namespace ?? "";
  if (ns !== "" && ns !== namespaceFromSubject) {
    throw invalid(
      "meta.namespace",
      `${quote(ns)} differs from the request's namespace ${quote(namespaceFromSubject)}; leave it empty or make them equal`,
    );
  }
  validateName(meta.name);
  validateLabels(meta.labels);
}

function parseCidrField(text: string, field: string): Cidr {
  try {
    return parseCidr(text);
  } catch (err) {
    if (err instanceof CidrError) throw invalid(field, err.message);
    throw err;
  }
}

export function validateSubnetSpec(spec: SubnetSpec | null | undefined): void {
  if (!spec) throw invalid("spec", "is required");

  const vni = spec.vni ?? 0;
  if (!Number.isInteger(vni) || vni < 1 || vni > maxVni) {
    throw invalid("spec.vni", `${vni} is out of range; must be in [1, ${maxVni}]`);
  }

  const text = spec.cidr ?? "";
  if (text === "") throw invalid("spec.cidr", `is required, an IPv4 CIDR such as "10.1.0.0/24"`);
  const cidr = parseCidrField(text, "spec.cidr");
  if (!inRfc1918(cidr)) {
    throw invalid(
      "spec.cidr",
      `${quote(text)} is not a private range: it must lie wholly inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918)`,
    );
  }

  const exclude = spec.exclude ?? [];
  if (exclude.length > maxExcludes) {
    throw invalid("spec.exclude", `has ${exclude.length} entries; at most ${maxExcludes} allowed`);
  }
  exclude.forEach((entry, i) => {
    try {
      parseExclude(entry, cidr);
    } catch (err) {
      if (err instanceof CidrError) throw invalid(`spec.exclude[${i}]`, err.message);
      throw err;
    }
  });

  const gatewayText = spec.gateway ?? "";
  if (gatewayText !== "") {
    const gateway = parseIPv4(gatewayText);
    if (gateway === undefined) {
      throw invalid("spec.gateway", `${quote(gatewayText)} is not an IPv4 address (a.b.c.d)`);
    }
    if (!cidrContains(cidr, gateway)) {
      throw invalid("spec.gateway", `${quote(gatewayText)} is not inside ${formatCidr(cidr)}`);
    }
    const hosts = cidrHostRange(cidr);
    if (gateway < hosts.first || gateway > hosts.last) {
      throw invalid(
        "spec.gateway",
        `${quote(gatewayText)} is the network or broadcast address of ${formatCidr(cidr)}; pick a host address`,
      );
    }
  }
}

function validateExec(argv: readonly string[] | null | undefined, field: string): void {
  if (!argv || argv.length === 0) return;
  if (argv.length > maxExecArgs) {
    throw invalid(field, `has ${argv.length} arguments; at most ${maxExecArgs} allowed`);
  }
  argv.forEach((arg, i) => {
    const bytes = Buffer.byteLength(arg, "utf8");
    if (bytes > maxExecArgBytes) {
      throw invalid(`${field}[${i}]`, `is ${bytes} bytes long (UTF-8); at most ${maxExecArgBytes} allowed`);
    }
    // execve takes NUL-terminated strings: the argument would be silently cut.
    if (arg.includes("\0")) throw invalid(`${field}[${i}]`, `${quote(arg)} contains a NUL character`);
  });
  if (argv[0] === "") throw invalid(`${field}[0]`, "the program (argument 0) must not be empty");
}

export function validateAttachmentSpec(spec: AttachmentSpec | null | undefined): void {
  if (!spec) throw invalid("spec", "is required");
  validateNodeName(spec.node);
  checkDnsLabel(spec.subnet ?? "", "spec.subnet", "subnet name");
  const ip = spec.ip ?? "";
  if (ip !== "" && parseIPv4(ip) === undefined) {
    throw invalid(
      "spec.ip",
      `${quote(ip)} is not an IPv4 address (a.b.c.d); leave it empty for any free one`,
    );
  }
  validateExec(spec.postCreateExec, "spec.post_create_exec");
  validateExec(spec.postDeleteExec, "spec.post_delete_exec");
}

function show(v: string | number | readonly string[]): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return quote(v);
  const json = JSON.stringify(v);
  return json.length > 64 ? `${json.slice(0, 64)}…` : json;
}

function immutable<T extends string | number | readonly string[]>(
  field: string,
  was: T,
  now: T,
  equal: (a: T, b: T) => boolean,
): void {
  if (!equal(was, now))
    throw invalid(field, `is immutable: it is ${show(was)} and cannot become ${show(now)}`);
}

const same = <T>(a: T, b: T) => a === b;

/** An update may change exclude, gateway and labels; vni and cidr are fixed at create. */
export function checkSubnetUpdate(old: Subnet, next: Subnet): void {
  immutable("spec.vni", old.spec?.vni ?? 0, next.spec?.vni ?? 0, same);
  immutable("spec.cidr", old.spec?.cidr ?? "", next.spec?.cidr ?? "", same);
}

/**
 * An update may change post_delete_exec and labels only: the node, subnet and address decide
 * where the interface lives, and post_create_exec has already run (or is about to).
 */
export function checkAttachmentUpdate(old: NetworkAttachment, next: NetworkAttachment): void {
  immutable("spec.node", old.spec?.node ?? "", next.spec?.node ?? "", same);
  immutable("spec.subnet", old.spec?.subnet ?? "", next.spec?.subnet ?? "", same);
  immutable("spec.ip", old.spec?.ip ?? "", next.spec?.ip ?? "", same);
  immutable(
    "spec.post_create_exec",
    old.spec?.postCreateExec ?? [],
    next.spec?.postCreateExec ?? [],
    sameStrings,
  );
}
