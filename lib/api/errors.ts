import { jetnet } from "../../proto/gen/jetnet.js";
import { type ApiError, CodecError } from "../codec.js";
import { ErrorCode, JetnetError } from "../errors.js";

/**
 * How a server puts an error on the wire: any failure becomes an ApiError (code, message, the
 * offending field, the current revision for CONFLICT), and an unexpected one is reported as
 * INTERNAL without its details. The client turns these back into JetnetErrors (client.ts).
 */

const pb = jetnet.v1;

/**
 * Every reply type carries its error in field 2 (a oneof with the result), so one encoding
 * serves as the error reply of any endpoint, including unknown subjects.
 */
export function encodeError(e: ApiError): Uint8Array {
  return pb.DeleteReply.encode({ error: e }).finish();
}

export function toApiError(err: unknown): { error: ApiError; code: string } {
  if (err instanceof JetnetError) {
    const error = {
      code: err.code,
      message: err.message,
      field: err.field ?? "",
      revision: err.revision ?? 0,
      retryAfterMs: err.retryAfterMs ?? 0,
    };
    return { error, code: err.code };
  }
  if (err instanceof CodecError) {
    const field = requestField(err.field);
    return {
      error: { code: ErrorCode.Invalid, message: `${field}: malformed request: ${err.message}`, field },
      code: ErrorCode.Invalid,
    };
  }
  return {
    error: { code: ErrorCode.Internal, message: "internal error", field: "" },
    code: ErrorCode.Internal,
  };
}

/**
 * The field an INVALID reply names for a request that did not decode: the path inside the object
 * for creates and updates (`meta.name`, as validation names it, not `subnet.meta.name`), and
 * "body" when the fault is in the framing of the request or of the object as a whole.
 */
function requestField(path: string | undefined): string {
  if (!path) return "body";
  const wrapper = /^(subnet|attachment)(\.|$)/.exec(path);
  if (!wrapper) return path;
  return path.slice(wrapper[0].length) || "body";
}
