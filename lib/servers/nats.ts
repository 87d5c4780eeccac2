import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";

/**
 * How jetnet runs nats-server on this machine, for `jetnet up` and for the tests and benchmarks:
 * the command line and the readiness check. Each caller keeps its own process supervision
 * (`jetnet up` echoes and logs its children; the test harness restarts and kills them).
 */

export interface NatsServerArgs {
  /** Address to listen on. */
  readonly host: string;
  readonly port: number;
  /** HTTP monitoring port (/healthz, /varz, /jsz). */
  readonly monitorPort: number;
  /** JetStream file store directory; without one, JetStream stays off. */
  readonly storeDir?: string;
}

/** The command line of a nats-server on `host:port`, with JetStream storing under `storeDir`. */
export function natsServerArgs(o: NatsServerArgs): string[] {
  const argv = ["-a", o.host, "-p", String(o.port), "-m", String(o.monitorPort)];
  if (o.storeDir !== undefined) argv.push("-js", "-sd", o.storeDir);
  return argv;
}

/**
 * True once a client can connect and the JetStream API answers (in a cluster that needs a meta
 * leader): the moment a nats-server can hold jetnet's buckets. Throws when it cannot connect.
 */
export async function jetStreamAnswers(servers: string | string[]): Promise<boolean> {
  const nc = await connect({ servers, reconnect: false, timeout: 2_000 });
  try {
    const jsm = await jetstreamManager(nc, { timeout: 2_000 });
    await jsm.getAccountInfo();
    return true;
  } finally {
    await nc.close();
  }
}
