import { InvalidArgumentError } from "commander";
import { ErrorCode, invalid, JetnetError } from "../errors.js";
import { maxVni } from "../net/mac.js";

/**
 * Which VNIs each namespace may put subnets on, as an operator assigns them: the network
 * service's `--vni-ranges` (`JETNET_VNI_RANGES`) and `jetnet auth gen --vni-ranges`.
 *
 * Syntax: `<namespace>=<range>[,<range>…][;<namespace>=…]`, a range being `<vni>` or
 * `<first>-<last>`, e.g. `ta=100-199;tb=200-299,500`. Once any range is given, a namespace
 * without one gets no VNI at all (deny by default: a namespace added later cannot take VNIs
 * meant for others). No ranges at all (the single-user `jetnet up`) leaves every VNI open.
 * Ranges of two namespaces may overlap; the VNI claims still give each VNI to one namespace.
 */
export type VniRanges = ReadonlyMap<string, readonly (readonly [number, number])[]>;

const namespaceRule = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Parses the syntax above; an empty string gives no ranges (every VNI open). */
export function parseVniRanges(spec: string, field = "--vni-ranges"): VniRanges {
  const out = new Map<string, [number, number][]>();
  for (const entry of spec.split(";").map((s) => s.trim())) {
    if (entry === "") continue;
    const eq = entry.indexOf("=");
    const ns = entry.slice(0, eq).trim();
    if (eq < 0 || !namespaceRule.test(ns)) {
      throw invalid(field, `"${entry}" is not <namespace>=<first>-<last>[,…]`);
    }
    if (out.has(ns)) throw invalid(field, `namespace "${ns}" is given twice`);
    const ranges = entry
      .slice(eq + 1)
      .split(",")
      .map((r) => parseRange(r.trim(), field));
    out.set(ns, ranges);
  }
  return out;
}

function parseRange(r: string, field: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(r);
  const first = Number(m?.[1]);
  const last = Number(m?.[2] ?? m?.[1]);
  if (!m || first < 1 || last > maxVni || first > last) {
    throw invalid(field, `"${r}" is not a VNI or a range <first>-<last> within [1, ${maxVni}]`);
  }
  return [first, last];
}

/** `--vni-ranges` parsed, its errors told as commander tells a bad option value. */
export function vniRangesArg(v: string): VniRanges {
  try {
    return parseVniRanges(v);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

/** The syntax above for `ranges` (what `parseVniRanges` reads back). */
export function formatVniRanges(ranges: VniRanges): string {
  return [...ranges]
    .map(([ns, rs]) => `${ns}=${rs.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(",")}`)
    .join(";");
}

export function vniAllowed(ranges: VniRanges, namespace: string, vni: number): boolean {
  if (ranges.size === 0) return true;
  return (ranges.get(namespace) ?? []).some(([a, b]) => vni >= a && vni <= b);
}

/**
 * The one refusal a tenant sees for a VNI it may not use, whether it is outside its ranges or
 * held by another namespace: it names neither the owner nor its subnets, so walking the VNI
 * space teaches a tenant nothing about other tenants.
 */
export function vniNotAvailable(namespace: string, vni: number): string {
  return `VNI ${vni} is not available to namespace "${namespace}"`;
}

/** FORBIDDEN unless `namespace` may use `vni`. */
export function checkVniAllowed(ranges: VniRanges, namespace: string, vni: number): void {
  if (!vniAllowed(ranges, namespace, vni)) {
    throw new JetnetError(ErrorCode.Forbidden, vniNotAvailable(namespace, vni), "spec.vni");
  }
}
