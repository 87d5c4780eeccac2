import type { Field, MapField, Type } from "protobufjs";
import protobuf from "protobufjs/light.js";
import { schema } from "../proto/gen/schema.js";

/**
 * Which field of a protobuf message is at fault when its bytes do not decode. The generated
 * decoders only say what went wrong ("index out of range", "not valid for encoding utf-8"), not
 * where; a client needs the field to point at (INVALID replies name it). This walks the wire
 * format with the schema: slow and allocation-happy, so it runs only after a decode failed.
 */

let root: protobuf.Root | undefined;

/** The schema's type of a generated class, by the name its `getTypeUrl` gives. */
export function schemaType(fullName: string): Type | undefined {
  if (root === undefined) {
    root = protobuf.Root.fromJSON(schema as protobuf.INamespace);
    root.resolveAll();
  }
  try {
    return root.lookupType(fullName);
  } catch {
    return undefined;
  }
}

/** The outcome of a walk: fine, or at fault in `path` ("" is the message itself). */
type Walk = { ok: true } | { ok: false; path: string };

const fault = (path: string): Walk => ({ ok: false, path });

const utf8 = new TextDecoder("utf-8", { fatal: true });

const wireTypes: Record<string, number> = {
  double: 1,
  fixed64: 1,
  sfixed64: 1,
  float: 5,
  fixed32: 5,
  sfixed32: 5,
  string: 2,
  bytes: 2,
};

/** The wire type a field's values take (a message or enum type has no entry in `wireTypes`). */
function wireTypeOf(type: string, resolved: unknown): number {
  if (type in wireTypes) return wireTypes[type]!;
  return resolved instanceof protobuf.Type ? 2 : 0;
}

/** The proto (snake_case) name of a field, the spelling INVALID fields use. */
function protoName(f: Field): string {
  return (
    (f.options?.proto_name as string | undefined) ?? f.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
  );
}

/**
 * The dotted path of the first field of `type` whose bytes in `bytes` are malformed, e.g.
 * "subnet.meta.name", "spec.exclude[2]", or "" when the fault is in the message's own framing
 * (a broken tag); undefined if every field decodes.
 */
export function faultyField(type: Type, bytes: Uint8Array): string | undefined {
  const w = walk(type, bytes);
  return w.ok ? undefined : w.path;
}

function walk(type: Type, bytes: Uint8Array): Walk {
  const r = protobuf.Reader.create(bytes);
  const seen = new Map<number, number>(); // occurrences of each repeated field so far
  while (r.pos < r.len) {
    let tag: number;
    try {
      tag = r.uint32();
    } catch {
      return fault("");
    }
    const id = tag >>> 3;
    const wt = tag & 7;
    if (id === 0 || wt > 5) return fault("");
    const f = type.fieldsById[id];
    const want = f === undefined ? -1 : f.map ? 2 : wireTypeOf(f.type, f.resolvedType);
    // A repeated number may come packed (length-delimited) whatever its own wire type.
    const packed = f?.repeated === true && !f.map && want !== 2 && wt === 2;
    if (f === undefined || (wt !== want && !packed)) {
      // The decoders skip an unknown field, and a known one of another wire type, as they skip
      // a group: only the framing can be at fault, and a group's end tag must match its start.
      try {
        r.skipType(wt, 0, id);
      } catch {
        return fault(f === undefined ? "" : protoName(f));
      }
      continue;
    }
    let name = protoName(f);
    if (f.repeated && !f.map) {
      const i = seen.get(id) ?? 0;
      seen.set(id, i + 1);
      name = `${name}[${i}]`;
    }
    let body: Uint8Array | undefined;
    try {
      if (wt === 2) {
        const n = r.uint32();
        if (r.pos + n > r.len) return fault(name);
        body = r.buf.subarray(r.pos, r.pos + n);
        r.pos += n;
      } else r.skipType(wt);
    } catch {
      return fault(name);
    }
    if (body === undefined || packed) continue;
    const inner = f.map ? walkMapEntry(f as unknown as MapField, body) : walkValue(f, body);
    if (!inner.ok) return fault(inner.path === "" ? name : `${name}.${inner.path}`);
  }
  return { ok: true };
}

function walkValue(f: Field, body: Uint8Array): Walk {
  if (f.resolvedType instanceof protobuf.Type) return walk(f.resolvedType, body);
  if (f.type === "string") return validUtf8(body) ? { ok: true } : fault("");
  return { ok: true };
}

/** A map entry is a message of key = 1 and value = 2; any fault in it is the map field's. */
function walkMapEntry(f: MapField, body: Uint8Array): Walk {
  const entry = new protobuf.Type("Entry")
    .add(new protobuf.Field("key", 1, f.keyType))
    .add(new protobuf.Field("value", 2, f.type));
  if (f.resolvedType) entry.fieldsById[2]!.resolvedType = f.resolvedType;
  const w = walk(entry, body);
  return w.ok ? w : fault("");
}

function validUtf8(b: Uint8Array): boolean {
  try {
    utf8.decode(b);
    return true;
  } catch {
    return false;
  }
}
