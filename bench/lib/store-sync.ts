/**
 * What JetStream's fsync setting costs lib/store writes: one nats-server per `sync_interval`
 * setting (nats-server 2.10 and later), each written through lib/store in both modes. Every round
 * measures all settings back to back (the order rotates per round); a ratio is the median of the
 * per-round ratios to the server's default, so machine noise mostly cancels out.
 */
import { statfs } from "node:fs/promises";
import { jetstream } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { subnetCodec } from "../../lib/codec.js";
import { traitsOf } from "../../lib/nats/server.js";
import { type NatsServer, natsServerEnv, natsServerVersion, startNats } from "../../lib/servers/index.js";
import { median, opsPerSecond, percentile } from "../../lib/stats.js";
import { Mode, measureBucket, openWriter, Path, Phase, sampleSubnet, timeoutMs } from "./store-writes.js";
import { formatMs, formatRate, formatTable } from "./table.js";

/** The settings compared: the server's default (every 2 minutes), an interval, every write. */
export const syncSettings = ["default", "1s", "always"] as const;
export type SyncSetting = (typeof syncSettings)[number];

export interface SyncRow {
  sync: SyncSetting;
  mode: Mode;
  phase: Phase;
  opsPerSec: number;
  roundOpsPerSec: number[];
  ratioToDefault: number;
  p50Ms: number | null;
  p99Ms: number | null;
}

interface SyncServer {
  sync: SyncSetting;
  server: NatsServer;
  nc: NatsConnection;
}

/** Why the sync rows cannot be measured with this server, or undefined if they can. */
export function syncUnsupported(): string | undefined {
  const version = natsServerVersion();
  if (traitsOf(version).syncInterval) return undefined;
  return (
    `nats-server ${version} has no sync_interval (it came with 2.10): set ${natsServerEnv} to a ` +
    "newer binary (`npx tsx cli/provision/nats-latest.ts` prints the path of one) for these rows"
  );
}

/** Filesystem magic numbers of statfs(2) worth naming: fsync is free on tmpfs. */
const filesystems: Record<number, string> = {
  61267: "ext4",
  1481003842: "xfs",
  2435016766: "btrfs",
  16914836: "tmpfs",
};

export async function measureSync(
  work: { rounds: number; n: Record<Mode, number> },
  log: (line: string) => void,
): Promise<SyncRow[]> {
  const servers: SyncServer[] = [];
  try {
    for (const sync of syncSettings) {
      const server = await startNats(sync === "default" ? {} : { syncInterval: sync });
      const nc = await connect({ servers: server.url, reconnect: false });
      servers.push({ sync, server, nc });
      log(`sync ${sync}: ${await describeServer(server)}`);
    }
    return await rounds(servers, work, log);
  } finally {
    for (const s of servers) {
      await s.nc.close();
      await s.server.stop();
    }
  }
}

/** What /varz says the server's JetStream syncs, and what the store sits on. */
async function describeServer(server: NatsServer): Promise<string> {
  const varz = (await (await fetch(`${server.monitorUrl}/varz`)).json()) as {
    jetstream?: { config?: { sync_interval?: number; sync_always?: boolean } };
  };
  const config = varz.jetstream?.config ?? {};
  const fs = filesystems[(await statfs(server.storeDir)).type] ?? "an unnamed filesystem";
  return (
    `/varz sync_always=${config.sync_always ?? false} sync_interval=${(config.sync_interval ?? 0) / 1e9} s, ` +
    `store on ${fs}`
  );
}

async function rounds(
  servers: readonly SyncServer[],
  work: { rounds: number; n: Record<Mode, number> },
  log: (line: string) => void,
): Promise<SyncRow[]> {
  const subnet = sampleSubnet();
  const bytes = subnetCodec.encode(subnet);
  const key = (s: SyncSetting, mode: Mode, phase: Phase) => `${s}/${mode}/${phase}`;
  const rates = new Map<string, number[]>();
  const latencies = new Map<string, number[]>();
  const push = <V>(m: Map<string, V[]>, k: string, ...v: V[]) => m.set(k, [...(m.get(k) ?? []), ...v]);
  const modes = [Mode.Sequential, Mode.Pipelined];
  let buckets = 0;
  const runOne = async (s: SyncServer, mode: Mode, n: number) => {
    const js = jetstream(s.nc, { timeout: timeoutMs });
    const writer = await openWriter(s.nc, js, Path.Store, `bench-sync-${++buckets}`, subnet, bytes);
    return measureBucket(writer, mode, n);
  };

  for (const s of servers) for (const mode of modes) await runOne(s, mode, Math.ceil(work.n[mode] / 10));
  for (let round = 0; round < work.rounds; round++) {
    const parts: string[] = [];
    for (const mode of modes) {
      for (let i = 0; i < servers.length; i++) {
        const s = servers[(i + round) % servers.length]!;
        const timing = await runOne(s, mode, work.n[mode]);
        for (const phase of [Phase.Create, Phase.Update]) {
          push(rates, key(s.sync, mode, phase), opsPerSecond(work.n[mode], timing[phase].ms));
          push(latencies, key(s.sync, mode, phase), ...timing[phase].latenciesMs);
        }
        parts.push(
          `${mode.slice(0, 3)} ${s.sync} ${formatRate(rates.get(key(s.sync, mode, Phase.Create))!.at(-1)!)}/s`,
        );
      }
    }
    log(`sync round ${round + 1}/${work.rounds}: ${parts.join(", ")} (store.create)`);
  }

  const rows: SyncRow[] = [];
  for (const mode of modes) {
    for (const phase of [Phase.Create, Phase.Update]) {
      const base = rates.get(key("default", mode, phase))!;
      for (const sync of syncSettings) {
        const r = rates.get(key(sync, mode, phase))!;
        const sequential = mode === Mode.Sequential;
        const l = latencies.get(key(sync, mode, phase)) ?? [];
        rows.push({
          sync,
          mode,
          phase,
          opsPerSec: median(r),
          roundOpsPerSec: r,
          ratioToDefault: median(r.map((x, i) => x / base[i]!)),
          p50Ms: sequential ? percentile(l, 50) : null,
          p99Ms: sequential ? percentile(l, 99) : null,
        });
      }
    }
  }
  return rows;
}

export function reportSync(rows: readonly SyncRow[]): string {
  return formatTable(
    [
      { header: "sync_interval" },
      { header: "mode" },
      { header: "operation" },
      { header: "ops/s", align: "right" },
      { header: "rounds min..max", align: "right" },
      { header: "vs default", align: "right" },
      { header: "p50 ms", align: "right" },
      { header: "p99 ms", align: "right" },
    ],
    rows.map((r) => [
      r.sync,
      r.mode,
      r.phase === Phase.Create ? "store.create" : "store.update (CAS)",
      formatRate(r.opsPerSec),
      `${formatRate(Math.min(...r.roundOpsPerSec))}..${formatRate(Math.max(...r.roundOpsPerSec))}`,
      r.sync === "default" ? "1" : r.ratioToDefault.toFixed(2),
      r.p50Ms === null ? "" : formatMs(r.p50Ms),
      r.p99Ms === null ? "" : formatMs(r.p99Ms),
    ]),
  );
}
