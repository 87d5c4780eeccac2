import {
  createInbox,
  type Msg,
  type MsgHdrs,
  type NatsConnection,
  PermissionViolationError,
} from "@nats-io/nats-core";

/**
 * Request/reply over one wildcard inbox subscription per connection.
 *
 * nats.js's `request` is correct but dear on a hot path: every call arms its own timer and, even
 * with `noAsyncTraces`, builds an Error with a stack trace when it settles (its "cancelled"
 * rejection of an already-resolved promise). On this project's 2-core target that is ~15 µs of a
 * ~100 µs API create, paid in the client and again in the service for its JetStream publish.
 * Here a request is an entry in a map, one timer sweeps expired entries while any are pending,
 * and Error objects exist only for requests that fail.
 *
 * Semantics match `nc.request` where the project relies on them: the first reply settles the
 * request; a "no responders" status (503, empty body) rejects at once; so does the server's
 * permissions violation for the request's subject (reported asynchronously; like nats.js, it is
 * matched to the oldest pending request to that subject); no reply within the timeout rejects;
 * closing the connection rejects everything pending.
 */
export class Requester {
  private readonly inbox: string;
  private readonly pending = new Map<string, Pending>();
  private next = 0;
  private sweeper: NodeJS.Timeout | undefined;
  /** Set once nothing can be sent or received any more: the connection closed, or the inbox was refused. */
  private closed: Error | undefined;

  constructor(private readonly nc: NatsConnection) {
    // Replies arrive under the connection's inbox prefix, so permissions written for nats.js's
    // own inboxes (`<prefix>.>`) cover them too.
    this.inbox = `${createInbox(inboxPrefixOf(nc))}.`;
    nc.subscribe(`${this.inbox}*`, {
      callback: (err, msg) => {
        if (!err) return this.settle(msg);
        // The server refused the inbox subscription: no reply can ever arrive.
        this.closed = err;
        this.failAll(err);
      },
    });
    void nc.closed().then((err) => {
      this.closed ??= new RequestFailure("closed", `connection closed${err ? `: ${err.message}` : ""}`);
      this.failAll(this.closed);
    });
    // Ends with the connection.
    void (async () => {
      for await (const s of nc.status()) {
        const e = s.type === "error" ? s.error : undefined;
        if (e instanceof PermissionViolationError && e.operation === "publish") this.failOne(e.subject, e);
      }
    })().catch(() => undefined);
  }

  /** Sends `data` to `subject` and resolves with the first reply. */
  request(subject: string, data: Uint8Array, opts: RequestOptions): Promise<Msg> {
    if (this.closed) return Promise.reject(this.closed);
    const token = (this.next++).toString(36);
    return new Promise<Msg>((resolve, reject) => {
      this.pending.set(token, { resolve, reject, subject, expires: Date.now() + opts.timeoutMs });
      try {
        this.nc.publish(subject, data, { reply: this.inbox + token, headers: opts.headers });
      } catch (err) {
        this.pending.delete(token);
        reject(err);
        return;
      }
      this.sweeper ??= setInterval(() => this.sweep(), sweepMs);
    });
  }

  /** Requests in flight (for tests and metrics). */
  get inFlight(): number {
    return this.pending.size;
  }

  private settle(msg: Msg): void {
    const token = msg.subject.slice(this.inbox.length);
    const p = this.pending.get(token);
    if (!p) return; // late: it timed out already
    this.pending.delete(token);
    if (msg.data.length === 0 && msg.headers?.code === 503) {
      p.reject(new RequestFailure("no_responders", `no responders on ${p.subject}`));
    } else {
      p.resolve(msg);
    }
    this.idle();
  }

  private sweep(): void {
    const now = Date.now();
    for (const [token, p] of this.pending) {
      if (p.expires > now) continue;
      this.pending.delete(token);
      p.reject(new RequestFailure("timeout", `no reply from ${p.subject} in time`));
    }
    this.idle();
  }

  private failOne(subject: string, err: Error): void {
    for (const [token, p] of this.pending) {
      if (p.subject !== subject) continue;
      this.pending.delete(token);
      p.reject(err);
      break;
    }
    this.idle();
  }

  private failAll(err: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(err);
    this.idle();
  }

  private idle(): void {
    if (this.pending.size === 0 && this.sweeper !== undefined) {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
    }
  }
}

export interface RequestOptions {
  readonly timeoutMs: number;
  readonly headers?: MsgHdrs;
}

/** Why a request got no reply: nobody listens, nobody answered in time, or the connection closed. */
export class RequestFailure extends Error {
  constructor(
    readonly reason: "no_responders" | "timeout" | "closed",
    message: string,
  ) {
    super(message);
    this.name = "RequestFailure";
  }
}

interface Pending {
  readonly resolve: (m: Msg) => void;
  readonly reject: (err: Error) => void;
  readonly subject: string;
  readonly expires: number;
}

/** Expired requests are noticed within this long after their deadline. */
const sweepMs = 50;

const requesters = new WeakMap<NatsConnection, Requester>();

/** The connection's requester, made on first use (one subscription per connection). */
export function requesterFor(nc: NatsConnection): Requester {
  let r = requesters.get(nc);
  if (r === undefined) {
    r = new Requester(nc);
    requesters.set(nc, r);
  }
  return r;
}

/**
 * The inbox prefix the connection was opened with (`inboxPrefix`, default `_INBOX`). nats.js keeps
 * its options on the connection object without typing them on the interface.
 */
function inboxPrefixOf(nc: NatsConnection): string | undefined {
  return (nc as unknown as { options?: { inboxPrefix?: string } }).options?.inboxPrefix;
}
