import type { IConversionOptions } from "protobufjs";
import { jetnet } from "../proto/gen/jetnet.js";
import { faultyField, schemaType } from "./wire.js";

/**
 * Turns values into bytes and back, for KV values and message bodies. `decode` throws a
 * `CodecError` on malformed input; callers decide what that means (a corrupt KV entry, a bad
 * request).
 */
export interface Codec<T> {
  encode(value: T): Uint8Array;
  decode(bytes: Uint8Array): T;
}

/**
 * The bytes could not be decoded as the expected type; `cause` holds the decoder's error and
 * `field` the dotted proto path of the field at fault, when one is ("" when the fault is in the
 * message's own framing, undefined when not known).
 */
export class CodecError extends Error {
  override name = "CodecError";
  constructor(
    message: string,
    options?: { cause?: unknown },
    readonly field?: string,
  ) {
    super(message, options);
  }
}

// Friendly names for the generated property interfaces: plain objects, every field optional.
// Values returned by a codec's decode have every scalar, repeated and map field filled in (proto3
// defaults), and absent sub-messages as null.
export type ObjectMeta = jetnet.v1.ObjectMeta.$Properties;
export type Subnet = jetnet.v1.Subnet.$Properties;
export type SubnetSpec = jetnet.v1.SubnetSpec.$Properties;
export type SubnetStatus = jetnet.v1.SubnetStatus.$Properties;
export type NetworkAttachment = jetnet.v1.NetworkAttachment.$Properties;
export type AttachmentSpec = jetnet.v1.AttachmentSpec.$Properties;
export type AttachmentStatus = jetnet.v1.AttachmentStatus.$Properties;
export type ExecReport = jetnet.v1.ExecReport.$Properties;
export type VniClaim = jetnet.v1.VniClaim.$Properties;
export type SubnetClaim = jetnet.v1.SubnetClaim.$Properties;
export type Mapping = jetnet.v1.Mapping.$Properties;
export type NodeWork = jetnet.v1.NodeWork.$Properties;
export type ApiError = jetnet.v1.Error.$Properties;

/** The static half of a pbjs-generated message class that a codec needs. */
export interface ProtoType<T, M> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): M;
  toObject(message: M, options?: IConversionOptions): { [k: string]: unknown };
  getTypeUrl?(prefix?: string): string;
}

// defaults/arrays/objects: readers never need to tell "absent" from "empty" (proto3 cannot
// either) and can index repeated and map fields without guards. longs: decode yields Long
// objects for 64-bit fields even with --force-number; every 64-bit value we store (µs
// timestamps, revisions, sequences) is far below 2^53, so a number is exact.
const TO_OBJECT: IConversionOptions = { defaults: true, arrays: true, objects: true, longs: Number };

/**
 * A codec over a generated message class. decode returns a plain object (not a class instance),
 * so it can be spread, cloned with structuredClone and compared with deep equality.
 */
export function protoCodec<T, M>(type: ProtoType<T, M>): Codec<T> {
  return {
    encode: (value) => type.encode(value).finish(),
    decode: (bytes) => {
      let message: M;
      try {
        message = type.decode(bytes);
      } catch (err) {
        throw new CodecError(
          `malformed protobuf: ${messageOf(err)}`,
          { cause: err },
          fieldAtFault(type, bytes),
        );
      }
      return type.toObject(message, TO_OBJECT) as T;
    },
  };
}

/** The field a failed decode stumbled on (see lib/wire.ts); undefined for a type without a schema. */
function fieldAtFault<T, M>(type: ProtoType<T, M>, bytes: Uint8Array): string | undefined {
  const url = type.getTypeUrl?.("") ?? "";
  const t = url ? schemaType(url.slice(url.lastIndexOf("/") + 1)) : undefined;
  return t ? faultyField(t, bytes) : undefined;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

const utf8Decoder = new TextDecoder("utf-8", { fatal: true });
const utf8Encoder = new TextEncoder();

/** JSON in UTF-8. For tests and debugging output; 64-bit values must stay below 2^53. */
export function jsonCodec<T>(): Codec<T> {
  return {
    encode: (value) => utf8Encoder.encode(JSON.stringify(value)),
    decode: (bytes) => {
      try {
        return JSON.parse(utf8Decoder.decode(bytes)) as T;
      } catch (err) {
        throw new CodecError(`malformed JSON: ${messageOf(err)}`, { cause: err });
      }
    },
  };
}

/**
 * `codec` with each value's encoding kept as long as the value lives (a WeakMap): for values that
 * are never changed once made and are sent many times (a VNI's mappings go out again to every
 * node that joins it, and in every snapshot of it). A value must not be mutated after its first
 * encode.
 */
export function memoCodec<T extends object>(codec: Codec<T>): Codec<T> {
  const encoded = new WeakMap<T, Uint8Array>();
  return {
    encode: (value) => {
      let bytes = encoded.get(value);
      if (bytes === undefined) {
        bytes = codec.encode(value);
        encoded.set(value, bytes);
      }
      return bytes;
    },
    decode: (bytes) => codec.decode(bytes),
  };
}

export const subnetCodec: Codec<Subnet> = protoCodec(jetnet.v1.Subnet);
export const attachmentCodec: Codec<NetworkAttachment> = protoCodec(jetnet.v1.NetworkAttachment);
export const vniClaimCodec: Codec<VniClaim> = protoCodec(jetnet.v1.VniClaim);
export const mappingCodec: Codec<Mapping> = protoCodec(jetnet.v1.Mapping);
export const nodeWorkCodec: Codec<NodeWork> = protoCodec(jetnet.v1.NodeWork);
