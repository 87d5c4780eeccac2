import type { NatsConnection } from "@nats-io/nats-core";
import { ErrorCode, JetnetError } from "../errors.js";

/** Room left in every reply for the headers a service may add (error code and description). */
const headerRoomBytes = 1024;

/**
 * The largest reply body a service can send on `nc`: the server's max_payload (which counts
 * headers too) less room for headers. A publish over max_payload is refused by the client
 * library, so a reply that large never reaches the requester, who only sees a timeout.
 */
export function replyLimit(nc: NatsConnection): number {
  return (nc.info?.max_payload ?? 1024 * 1024) - headerRoomBytes;
}

/** The error a service answers with instead of a reply that would not fit in one message. */
export function replyTooLarge(size: number, limit: number, hint: string): JetnetError {
  return new JetnetError(
    ErrorCode.ResourceExhausted,
    `the reply (${size} B) does not fit in one message (at most ${limit} B, the server's max_payload): ${hint}`,
  );
}
