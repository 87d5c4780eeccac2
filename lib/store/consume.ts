import type { Consumer, JsMsg, PushConsumer } from "@nats-io/jetstream";
import { sleep } from "../time.js";

export interface ReadToEndOptions {
  /** Names the read in errors, e.g. `snapshot of $KV.jetnet-map.>`. */
  readonly what: string;
  /** The stream's last sequence as it stood after the consumer was made. */
  readonly target: number;
  /** How often the consumer's cursor is looked at while no record says pending 0. */
  readonly pollMs: number;
  readonly timeoutMs: number;
  /**
   * Looks in a row that find the consumer short of the end, with everything it delivered
   * received, and not moving, after which the read is "stalled"; absent: it never is.
   */
  readonly stalledChecks?: number;
  /** How long to wait for the consumer's iterator to close before moving on. */
  readonly closeWaitMs: number;
}

/**
 * Hands every record that consumer `oc` (the one named `name`, see consumerOnLeader) delivers to
 * `onRecord`, until the read is complete: the consumer's stream cursor has reached `target` and
 * every record it delivered has arrived (readSnapshot says why not its pending count). Rejects
 * when another consumer shows up (nats.js re-created it) or the time runs out. The caller
 * deletes the consumer.
 */
export async function readToEnd(
  oc: PushConsumer,
  name: string,
  onRecord: (m: JsMsg) => void,
  o: ReadToEndOptions,
): Promise<"done" | "stalled"> {
  let received = 0;
  let settled = false;
  let settle!: (err?: Error | "stalled") => void;
  const finished = new Promise<"done" | "stalled">((resolve, reject) => {
    settle = (err) => {
      if (settled) return;
      settled = true;
      if (err === "stalled") resolve(err);
      else if (err) reject(err);
      else resolve("done");
    };
  });
  const recreated = () => new Error(`${o.what}: its consumer was re-created`);
  let checking = false;
  let position = "";
  let still = 0;
  const check = () => {
    if (checking || settled) return;
    checking = true;
    oc.info(false).then(
      (ci) => {
        checking = false;
        const { stream_seq: cursor, consumer_seq: delivered } = ci.delivered;
        if (ci.name !== name) settle(recreated());
        else if (received < delivered) still = 0;
        else if (cursor >= o.target) settle();
        else if (o.stalledChecks !== undefined) {
          still = `${cursor}/${delivered}` === position ? still + 1 : 0;
          position = `${cursor}/${delivered}`;
          if (still >= o.stalledChecks) settle("stalled");
        }
      },
      (err: Error) => {
        checking = false;
        settle(err);
      },
    );
  };
  const iter = await oc.consume({
    callback: (m) => {
      if (settled) return;
      if (m.info.consumer !== name) {
        settle(recreated());
        return;
      }
      received++;
      onRecord(m);
      if (m.info.pending === 0) check();
    },
  });
  check();
  const poll = setInterval(check, o.pollMs);
  const timer = setTimeout(() => settle(new Error(`${o.what} did not complete`)), o.timeoutMs);
  try {
    return await finished;
  } finally {
    clearInterval(poll);
    clearTimeout(timer);
    await Promise.race([iter.close(), sleep(o.closeWaitMs)]);
  }
}

/** Pulls a paced read makes a second: each asks for a tenth of a second's worth of records. */
const pullsPerSecond = 10;
/**
 * How long a pull waits for the records it asked for (nats.js's least). Only one that asked for
 * more than are left waits, which a pull asking for the pending count only does when the
 * count is off (removed records, see readSnapshot).
 */
const pullExpiresMs = 1_000;

/**
 * Hands the records pull consumer `c` delivers to `onRecord`, `perSecond` a second, until the read
 * is complete (as readToEnd: the cursor has reached `target`, every record delivered arrived).
 *
 * Pacing by pulls, a tenth of a second's worth each, made when the records received so far are
 * due: nats-server sends a pull's records at once and then nothing. Not by the server's rate
 * limit on a push consumer (`rate_limit_bps`): it waits before each record, which cost
 * nats-server 2.9.10 about half a core for as long as a read paced at 500 to 10,000 records a
 * second lasted (2.10.27: a tenth), where pulls cost it about what the unpaced read does. The
 * consumer acknowledges nothing, so a record lost on the way is never sent again: a gap in the
 * delivery sequence rejects the read. Rejects as well when the time runs out, or `signal` aborts
 * (a paced read of a big bucket takes minutes, which a service that stops should not wait out).
 */
export async function readPaced(
  c: Consumer,
  onRecord: (m: JsMsg) => void,
  o: {
    readonly what: string;
    readonly target: number;
    readonly perSecond: number;
    readonly timeoutMs: number;
    readonly signal?: AbortSignal;
  },
): Promise<void> {
  const batch = Math.max(1, Math.ceil(o.perSecond / pullsPerSecond));
  const start = performance.now();
  let received = 0;
  let ask = batch;
  for (;;) {
    if (o.signal?.aborted) throw new Error(`${o.what}: stopped`);
    let got = 0;
    let pending = 1;
    for await (const m of await c.fetch({ max_messages: ask, expires: pullExpiresMs })) {
      if (m.info.deliverySequence !== received + 1)
        throw new Error(`${o.what}: records were lost on the way (delivery ${m.info.deliverySequence})`);
      received++;
      got++;
      pending = m.info.pending;
      onRecord(m);
    }
    if (got < ask || pending === 0) {
      const { stream_seq: cursor, consumer_seq: delivered } = (await c.info(false)).delivered;
      if (delivered > received) throw new Error(`${o.what}: records were lost on the way`);
      if (cursor >= o.target) return;
    }
    ask = got === ask && pending > 0 ? Math.min(batch, pending) : batch;
    const now = performance.now();
    if (now - start > o.timeoutMs) throw new Error(`${o.what} did not complete`);
    await sleep(Math.max(0, start + (received * 1000) / o.perSecond - now), o.signal);
  }
}
