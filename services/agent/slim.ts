import $protobuf from "protobufjs/minimal.js";
import type { Mapping } from "../../lib/codec.js";

/** One copy of each node name and host IP, however many mappings name them. */
const interned = new Map<string, string>();
function intern(s: string): string {
  const have = interned.get(s);
  if (have !== undefined) return have;
  if (interned.size < 100_000) interned.set(s, s);
  return s;
}

/**
 * What a remote entry needs of a mapping; the VNI and the attachment's name are in its key.
 * Dropping the rest (uid, namespace, name) roughly halves an agent's memory per mapping.
 */
export function slimMapping(m: Mapping): Mapping {
  return {
    ip: m.ip,
    mac: m.mac,
    hostIp: intern(m.hostIp ?? ""),
    node: intern(m.node ?? ""),
    sourceRevision: m.sourceRevision,
    clientWriteUs: m.clientWriteUs,
  };
}

/**
 * slimMapping(decode(bytes)) straight from the wire (jetnet.v1.Mapping), without building the
 * full message first: every agent decodes every mapping of its VNIs, so in a hollow process this
 * is the hottest decode there is. Unknown and unused fields are skipped; 64-bit fields are read
 * as numbers (exact below 2^53: revisions and µs timestamps are). Malformed input throws.
 */
export function decodeSlimMapping(bytes: Uint8Array): Mapping {
  const r = $protobuf.Reader.create(bytes);
  let ip = "";
  let mac = "";
  let hostIp = "";
  let node = "";
  let sourceRevision = 0;
  let clientWriteUs = 0;
  while (r.pos < r.len) {
    const tag = r.uint32();
    const wire = tag & 7;
    switch (tag >>> 3) {
      case 2:
        if (wire === 2) {
          ip = r.string();
          continue;
        }
        break;
      case 3:
        if (wire === 2) {
          mac = r.string();
          continue;
        }
        break;
      case 4:
        if (wire === 2) {
          hostIp = r.string();
          continue;
        }
        break;
      case 8:
        if (wire === 0) {
          sourceRevision = varint(r);
          continue;
        }
        break;
      case 9:
        if (wire === 2) {
          node = r.string();
          continue;
        }
        break;
      case 10:
        if (wire === 0) {
          clientWriteUs = varint(r);
          continue;
        }
        break;
    }
    r.skipType(wire);
  }
  return { ip, mac, hostIp: intern(hostIp), node: intern(node), sourceRevision, clientWriteUs };
}

/** An unsigned varint of up to 64 bits as a number (protobufjs would build a Long). */
function varint(r: $protobuf.Reader): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (r.pos >= r.len) throw new RangeError("varint past the end of the buffer");
    const b = r.buf[r.pos++]!;
    value += (b & 0x7f) * scale;
    if (b < 0x80) return value;
    scale *= 128;
  }
  throw new RangeError("varint longer than 10 bytes");
}
