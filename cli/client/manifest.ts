import { parseAllDocuments } from "yaml";
import { Kind } from "../../lib/api/subjects.js";
import type { AttachmentSpec, SubnetSpec } from "../../lib/codec.js";
import { invalid } from "../../lib/errors.js";

/**
 * Manifests for `jetnet apply`: YAML documents of the form
 * `{kind: Subnet|NetworkAttachment, metadata|meta: {namespace?, name, labels?}, spec: {...}}`.
 * What `get -o yaml` prints parses too (kind, revision and status are ignored, as are the
 * server's meta fields), including a `<Kind>List` with items. Checks are about shape only (types,
 * unknown fields); the server validates the values.
 */

export interface Manifest {
  readonly kind: Kind;
  /** Undefined: the command's namespace. */
  readonly namespace: string | undefined;
  readonly name: string;
  readonly labels: Record<string, string>;
  readonly spec: SubnetSpec | AttachmentSpec;
  /** Where it came from, for messages: "document 2" or "document 2, item 1". */
  readonly origin: string;
}

const kinds: Record<string, Kind> = {
  Subnet: Kind.Subnets,
  NetworkAttachment: Kind.Attachments,
};

type Field = "int" | "string" | "strings";
const specFields: Record<Kind, Record<string, readonly [camel: string, type: Field]>> = {
  [Kind.Subnets]: {
    vni: ["vni", "int"],
    cidr: ["cidr", "string"],
    exclude: ["exclude", "strings"],
    gateway: ["gateway", "string"],
  },
  [Kind.Attachments]: {
    node: ["node", "string"],
    subnet: ["subnet", "string"],
    ip: ["ip", "string"],
    postCreateExec: ["postCreateExec", "strings"],
    post_create_exec: ["postCreateExec", "strings"],
    postDeleteExec: ["postDeleteExec", "strings"],
    post_delete_exec: ["postDeleteExec", "strings"],
  },
};

const topLevel = new Set(["apiVersion", "kind", "meta", "metadata", "spec", "status", "revision"]);
// Server-owned meta fields that `get -o yaml` prints; accepted and ignored so output round-trips.
const metaFields = new Set([
  "namespace",
  "name",
  "labels",
  "uid",
  "createTimeUs",
  "writeTimesUs",
  "generation",
]);

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Parses a multi-document YAML text; the first problem throws INVALID naming the document. */
export function parseManifests(text: string, source = "input"): Manifest[] {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return []; // an empty stream
  const out: Manifest[] = [];
  docs.forEach((doc, i) => {
    const where = `${source}: document ${i + 1}`;
    const err = doc.errors[0];
    if (err) throw invalid(where, `not valid YAML: ${err.message.split("\n")[0]}`);
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) return;
    if (!isMap(value)) throw invalid(where, "expected a mapping with kind, metadata and spec");
    if (typeof value.kind === "string" && value.kind.endsWith("List") && Array.isArray(value.items)) {
      value.items.forEach((item, j) => {
        out.push(toManifest(item, `${where}, item ${j + 1}`));
      });
      return;
    }
    out.push(toManifest(value, where));
  });
  return out;
}

function toManifest(value: unknown, where: string): Manifest {
  if (!isMap(value)) throw invalid(where, "expected a mapping with kind, metadata and spec");
  for (const k of Object.keys(value)) {
    if (!topLevel.has(k)) throw invalid(`${where}: ${k}`, "unknown field");
  }
  const kind = typeof value.kind === "string" ? kinds[value.kind] : undefined;
  if (!kind) {
    throw invalid(`${where}: kind`, `must be Subnet or NetworkAttachment, not ${JSON.stringify(value.kind)}`);
  }
  if (value.meta !== undefined && value.metadata !== undefined) {
    throw invalid(`${where}: metadata`, "give metadata or meta, not both");
  }
  const meta = value.metadata ?? value.meta;
  if (!isMap(meta)) throw invalid(`${where}: metadata`, "is required: a mapping with name (and namespace)");
  for (const k of Object.keys(meta)) {
    if (!metaFields.has(k)) throw invalid(`${where}: metadata.${k}`, "unknown field");
  }
  if (typeof meta.name !== "string" || meta.name === "") {
    throw invalid(`${where}: metadata.name`, "is required: a string");
  }
  if (meta.namespace !== undefined && (typeof meta.namespace !== "string" || meta.namespace === "")) {
    throw invalid(`${where}: metadata.namespace`, "must be a non-empty string");
  }
  return {
    kind,
    namespace: meta.namespace as string | undefined,
    name: meta.name,
    labels: parseLabelMap(meta.labels, `${where}: metadata.labels`),
    spec: parseSpec(kind, value.spec, `${where}: spec`),
    origin: where,
  };
}

function parseLabelMap(v: unknown, where: string): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isMap(v)) throw invalid(where, "must be a mapping of strings");
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    // YAML turns `tier: 1` or `on: yes` into numbers and booleans; labels are strings.
    if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") out[k] = String(x);
    else throw invalid(`${where}.${k}`, "must be a string");
  }
  return out;
}

function parseSpec(kind: Kind, v: unknown, where: string): SubnetSpec | AttachmentSpec {
  if (!isMap(v)) throw invalid(where, "is required: a mapping");
  const fields = specFields[kind];
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const f = fields[k];
    if (!f) throw invalid(`${where}.${k}`, `unknown field (known: ${knownFields(kind)})`);
    const [name, type] = f;
    if (x === null || x === undefined) continue;
    if (type === "int" && !Number.isSafeInteger(x)) throw invalid(`${where}.${k}`, "must be an integer");
    if (type === "string" && typeof x !== "string") throw invalid(`${where}.${k}`, "must be a string");
    if (type === "strings" && !(Array.isArray(x) && x.every((s) => typeof s === "string"))) {
      throw invalid(`${where}.${k}`, "must be a list of strings");
    }
    out[name] = x;
  }
  return out as SubnetSpec | AttachmentSpec;
}

const knownFields = (kind: Kind) => Object.keys(specFields[kind]).join(", ");
