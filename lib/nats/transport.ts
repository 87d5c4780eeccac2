import type { Socket } from "node:net";
import {
  type NatsConnection,
  NatsConnectionImpl,
  type NodeConnectionOptions,
  setTransportFactory,
} from "@nats-io/transport-node";
import { NodeTransport, nodeResolveHost } from "@nats-io/transport-node/lib/node_transport.js";

/**
 * nats.js's Node transport, writing what one turn of the event loop sends as one write.
 *
 * nats.js flushes what a connection publishes at the end of each microtask run, so a service
 * whose work resumes from several sockets in one loop turn (a NATS reply here, a Redis reply
 * there, each continuing its own promise chain) writes once for each of them. Here the socket is
 * corked at the first send of a turn and uncorked by setImmediate, at the end of the same turn
 * (after the I/O callbacks of its poll phase): everything sent meanwhile leaves as one writev.
 * An idle connection waits for nothing (its send is written within the turn), and a busy one
 * makes fewer system calls and, above all, wakes nats-server fewer times: at 2,000 operations a
 * second in bench:e2e, 34 % fewer writes from the network process, 21 % fewer reads by
 * nats-server and a tenth less of its CPU.
 *
 * With a write window (`windowMs` > 0) a connection that wrote less than `windowMs` ago holds what
 * it sends until the window has passed since that write, so a busy connection writes at most
 * about once per window, however its sends fall between loop turns; one that has been quiet for
 * a window still writes within the turn. Node's timers count whole milliseconds, so a window
 * holds a send for one millisecond at least, and two in practice. Under open load (bench:e2e at
 * 1,000 operations a second) a window of 1 ms took a quarter off nats-server's CPU per lifecycle
 * and a sixth off the control plane's, for about 5 ms more create→ready at the median; but a
 * client that asks one thing at a time gets every reply held (bench:api: an attachment create one
 * at a time 0.7 → 3.2 ms), so services default to no window (docs/design.md, "A write window").
 *
 * Closing uncorks first, so that what was sent before close() is written before the socket goes.
 */
export class CoalescingTransport extends NodeTransport {
  /** The socket corked in the current turn, if any. */
  private corked: Socket | undefined;
  /** When the socket was last uncorked (performance.now()). */
  private lastWrite = Number.NEGATIVE_INFINITY;

  constructor(private readonly windowMs = 0) {
    super();
  }

  override send(frame: Uint8Array): void {
    const socket = this.socket as Socket | undefined;
    if (this.corked === undefined && socket !== undefined && !socket.destroyed) {
      this.corked = socket;
      socket.cork();
      const wait = this.windowMs - (performance.now() - this.lastWrite);
      if (wait > 0) setTimeout(() => this.uncork(socket), wait);
      else setImmediate(() => this.uncork(socket));
    }
    super.send(frame);
  }

  override close(err?: Error): Promise<void> {
    if (this.corked) this.uncork(this.corked);
    return super.close(err);
  }

  override disconnect(): void {
    if (this.corked) this.uncork(this.corked);
    super.disconnect();
  }

  private uncork(socket: Socket): void {
    if (this.corked !== socket) return;
    this.corked = undefined;
    this.lastWrite = performance.now();
    socket.uncork();
  }
}

/**
 * transport-node's connect, with CoalescingTransport (holding writes for `writeWindowMs`, see
 * there) for this connection and its reconnects. (nats.js keeps one transport factory per
 * process: a later plain connect() makes reconnects use the plain transport, which only writes
 * more often, and a later connectCoalescing's window applies to every reconnect after it.)
 */
export function connectCoalescing(opts: NodeConnectionOptions, writeWindowMs = 0): Promise<NatsConnection> {
  setTransportFactory({
    factory: () => new CoalescingTransport(writeWindowMs),
    dnsResolveFn: nodeResolveHost,
  });
  return NatsConnectionImpl.connect(opts);
}
