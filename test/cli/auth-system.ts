import { setMaxListeners } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { pino } from "pino";
import { Registry } from "prom-client";
import { type AuthFiles, type AuthGenOptions, vniRangesEnv, writeAuthFiles } from "../../cli/auth/gen.js";
import { serviceUser } from "../../cli/auth/permissions.js";
import { Bucket } from "../../lib/api/subjects.js";
import { parseVniRanges } from "../../lib/api/vni-ranges.js";
import type { WatchEvent } from "../../lib/store/types.js";
import { runMapping } from "../../services/mapping/service.js";
import { runNetwork } from "../../services/network/service.js";
import { type NatsServer, startNats } from "../harness/index.js";

/** Short: a forbidden request fails at once (permission error) or not at all. */
export const quickMs = 1_500;

/**
 * A nats-server running exactly the config `jetnet auth gen` wrote (the harness adds only listen
 * and monitor addresses), the network and mapping services connected as `service`, and
 * connections as any generated identity.
 */
export interface AuthSystem {
  readonly files: AuthFiles;
  readonly nats: NatsServer;
  /** The service identity's connection: the ground truth of what the server holds. */
  readonly svc: NatsConnection;
  connectAs(user: string, opts?: { inboxPrefix?: string }): Promise<NatsConnection>;
  stop(): Promise<void>;
}

export async function startAuthSystem(
  opts: Omit<AuthGenOptions, "storeDir">,
  services = true,
): Promise<AuthSystem> {
  const dir = await mkdtemp(join(tmpdir(), "jetnet-auth-"));
  const files = await writeAuthFiles(join(dir, "auth"), { ...opts, storeDir: join(dir, "jetstream") });
  const nats = await startNats({ config: await readFile(files.serverConfig, "utf8"), jetstream: false });
  const conns: NatsConnection[] = [];
  const connectAs = async (user: string, o: { inboxPrefix?: string } = {}) => {
    const c = files.credentials.find((x) => x.user === user);
    if (!c) throw new Error(`no identity ${user}`);
    const nc = await connect({
      servers: nats.url,
      user,
      pass: c.password,
      reconnect: false,
      ...(o.inboxPrefix !== undefined && { inboxPrefix: o.inboxPrefix }),
    });
    conns.push(nc);
    return nc;
  };
  const svc = await connectAs(serviceUser);
  await waitForJetStream(svc);
  const stop = new AbortController();
  setMaxListeners(50, stop.signal);
  const running: Promise<void>[] = [];
  if (services) {
    // The network service takes its VNI ranges from the service's client file, as deployed.
    const env = await readFile(files.clientFiles.get(serviceUser) ?? "", "utf8");
    const ranges = env.split("\n").find((l) => l.startsWith(`${vniRangesEnv}=`));
    const common = { nc: svc, logger: pino({ level: "silent" }), signal: stop.signal };
    await startService(running, (o) =>
      runNetwork({
        ...common,
        registry: new Registry(),
        ...(ranges !== undefined && { vniRanges: parseVniRanges(ranges.slice(vniRangesEnv.length + 1)) }),
        ...o,
      }),
    );
    await startService(running, (o) => runMapping({ ...common, registry: new Registry(), ...o }));
  }
  return {
    files,
    nats,
    svc,
    connectAs,
    stop: async () => {
      stop.abort();
      await Promise.allSettled(running);
      await Promise.allSettled(conns.map((c) => c.close()));
      await nats.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForJetStream(nc: NatsConnection): Promise<void> {
  const jsm = await jetstreamManager(nc, { checkAPI: false, timeout: 1_000 });
  for (let i = 0; ; i++) {
    try {
      await jsm.getAccountInfo();
      return;
    } catch (err) {
      if (i > 50) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function startService(
  running: Promise<void>[],
  run: (o: { onReady: () => void }) => Promise<void>,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const p = run({ onReady: resolve });
    running.push(p);
    p.catch(reject);
  });
}

/**
 * What the server stores, per stream: first and last sequence and consumer count. Any write (a
 * put, a delete or purge marker, a stored delivery) moves a sequence; a consumer left behind
 * moves the count.
 */
export async function serverState(svc: NatsConnection): Promise<Record<string, [number, number, number]>> {
  const jsm = await jetstreamManager(svc);
  const out: Record<string, [number, number, number]> = {};
  for (const b of Object.values(Bucket)) {
    const si = await jsm.streams.info(`KV_${b}`).catch(() => undefined);
    if (si) out[b] = [si.state.first_seq, si.state.last_seq, si.state.consumer_count];
  }
  return out;
}

export async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Collects a watch's events until `done` holds or `ms` pass. */
export async function collect<T>(
  w: AsyncIterable<WatchEvent<T>> & { stop(): void },
  done: (events: WatchEvent<T>[]) => boolean,
  ms: number,
): Promise<WatchEvent<T>[]> {
  const events: WatchEvent<T>[] = [];
  const timer = setTimeout(() => w.stop(), ms);
  try {
    for await (const e of w) {
      events.push(e);
      if (done(events)) break;
    }
  } finally {
    clearTimeout(timer);
    w.stop();
  }
  return events;
}

/** Resolves with the subscription's close reason, or "open" if it is still open after `ms`. */
export async function subscribeOutcome(nc: NatsConnection, subject: string, ms = quickMs): Promise<string> {
  const sub = nc.subscribe(subject);
  const r = await Promise.race([sub.closed, new Promise((res) => setTimeout(() => res("open"), ms))]);
  if (r === "open") sub.unsubscribe();
  return String(r);
}
