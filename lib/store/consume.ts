import type { JsMsg, PushConsumer } from "@nats-io/jetstream";
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
