/**
 * Error codes shared by the store, the API and the services. They travel on the wire (API error
 * replies) and are stable: clients switch on them.
 */
export const ErrorCode = {
  Invalid: "INVALID",
  NotFound: "NOT_FOUND",
  AlreadyExists: "ALREADY_EXISTS",
  Conflict: "CONFLICT",
  Forbidden: "FORBIDDEN",
  Unavailable: "UNAVAILABLE",
  Internal: "INTERNAL",
  /** A paginated list's revision is no longer served: start the list again. */
  Expired: "EXPIRED",
  /** The reply would not fit in one NATS message (max_payload): ask for less (list pages). */
  ResourceExhausted: "RESOURCE_EXHAUSTED",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const codes = new Set<string>(Object.values(ErrorCode));
export function isErrorCode(s: string): s is ErrorCode {
  return codes.has(s);
}

/**
 * An error with a stable code, for INVALID the offending field (dotted path), for EXPIRED the
 * oldest revision a list can still be served at, and for a refused create a retry hint.
 */
export class JetnetError extends Error {
  override name = "JetnetError";
  readonly revision: number | undefined;
  /** For UNAVAILABLE: how long the service asks the client to wait before retrying (ms). */
  readonly retryAfterMs: number | undefined;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    options?: { cause?: unknown; revision?: number; retryAfterMs?: number },
  ) {
    super(message, options);
    this.revision = options?.revision;
    this.retryAfterMs = options?.retryAfterMs;
  }
}

export const invalid = (field: string, message: string) =>
  new JetnetError(ErrorCode.Invalid, `${field}: ${message}`, field);
export const notFound = (what: string) => new JetnetError(ErrorCode.NotFound, `${what} not found`);
export const alreadyExists = (what: string) =>
  new JetnetError(ErrorCode.AlreadyExists, `${what} already exists`);
export const conflict = (message: string) => new JetnetError(ErrorCode.Conflict, message);
export const unavailable = (message: string, cause?: unknown) =>
  new JetnetError(ErrorCode.Unavailable, message, undefined, { cause });

export function hasCode(err: unknown, code: ErrorCode): err is JetnetError {
  return err instanceof JetnetError && err.code === code;
}

/**
 * Thrown by a reconcile to say "retrying cannot help": the controller logs it and forgets the key
 * instead of backing off.
 */
export class TerminalError extends Error {
  override name = "TerminalError";
}
