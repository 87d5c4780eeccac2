import type { NatsConnection } from "@nats-io/nats-core";
import { type Service, type ServiceMsg, Svcm } from "@nats-io/services";
import { encodeError, toApiError } from "../../lib/api/errors.js";
import { deadlineHeader } from "../../lib/api/subjects.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { replyLimit, replyTooLarge } from "../../lib/nats/reply.js";

/** Answers one request: the reply body and its result code ("OK" or an ErrorCode). */
export type Handle = (
  subject: string,
  body: Uint8Array,
  deadlineMs?: number,
) => Promise<{ reply: Uint8Array; code: string }>;

export interface ServeOptions {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly endpoints: readonly { name: string; subject: string; handle: Handle }[];
}

/**
 * The network service's NATS micro service: its endpoints in one queue group (replicas share the
 * load), each request answered asynchronously, replies too large for the connection turned into
 * an error the client can act on, and the stats `nats micro stats` shows kept by us (the library
 * counts errors and time only for handlers that fail synchronously).
 */
export class Endpoints {
  private readonly inflight = new Set<Promise<void>>();
  private readonly tallies = new Map<string, EndpointTally>();
  private service: Service | undefined;

  constructor(
    private readonly nc: NatsConnection,
    private readonly logger: ControllerLogger,
  ) {}

  async serve(o: ServeOptions): Promise<void> {
    const tallies = this.tallies;
    const svc = await new Svcm(this.nc).add({
      name: o.name,
      version: o.version,
      description: o.description,
      queue: o.name,
      statsHandler: async (ep) => {
        const e = ep as unknown as { name: string; stats?: Record<string, unknown> };
        const t = tallies.get(e.name);
        if (t && e.stats) {
          e.stats.num_errors = t.errors;
          e.stats.last_error = t.lastError;
          e.stats.processing_time = t.nanos;
          e.stats.average_processing_time = t.requests > 0 ? Math.round(t.nanos / t.requests) : 0;
        }
        return null;
      },
    });
    this.service = svc;
    for (const e of o.endpoints)
      svc.addEndpoint(e.name, { subject: e.subject, handler: this.handler(e.name, e.handle) });
  }

  /** Stops taking requests and waits for those in flight to be answered. */
  async drain(): Promise<void> {
    await this.service?.stop().catch(() => undefined);
    await Promise.allSettled([...this.inflight]);
  }

  private handler(endpoint: string, handle: Handle) {
    const { logger, inflight } = this;
    const maxReplyBytes = () => replyLimit(this.nc);
    const tally: EndpointTally = { errors: 0, lastError: undefined, requests: 0, nanos: 0 };
    this.tallies.set(endpoint, tally);
    return (err: Error | null, msg: ServiceMsg) => {
      if (err) {
        logger.warn({ err }, "endpoint subscription error");
        return;
      }
      const started = performance.now();
      const deadline = Number(msg.headers?.get(deadlineHeader) || Number.NaN);
      const p = handle(msg.subject, msg.data, Number.isFinite(deadline) ? deadline : undefined)
        .then(({ reply, code }) => {
          // A reply over max_payload cannot be sent at all (the client would only time out):
          // it becomes an error the client can act on.
          if (reply.length > maxReplyBytes()) {
            const hint = "ask for less (lists: ListRequest.limit and continue)";
            const tooLarge = toApiError(replyTooLarge(reply.length, maxReplyBytes(), hint));
            reply = encodeError(tooLarge.error);
            code = tooLarge.code;
          }
          tally.requests++;
          tally.nanos += Math.round((performance.now() - started) * 1e6);
          if (code === "OK") {
            msg.respond(reply);
          } else {
            tally.errors++;
            tally.lastError = code;
            msg.respondError(httpish(code), code, reply);
          }
        })
        .catch((e: unknown) => logger.error({ err: e }, "reply failed"))
        .finally(() => inflight.delete(p));
      inflight.add(p);
    };
  }
}

/** Completed requests of one endpoint, for `nats micro stats`. */
interface EndpointTally {
  errors: number;
  lastError: string | undefined;
  requests: number;
  nanos: number;
}

/** HTTP-like status codes for the micro service's error header (nats micro stats counts them). */
function httpish(code: string): number {
  switch (code) {
    case "INVALID":
      return 400;
    case "FORBIDDEN":
      return 403;
    case "NOT_FOUND":
      return 404;
    case "ALREADY_EXISTS":
    case "CONFLICT":
      return 409;
    case "EXPIRED":
      return 410;
    case "RESOURCE_EXHAUSTED":
      return 413;
    case "UNAVAILABLE":
      return 503;
    default:
      return 500;
  }
}
