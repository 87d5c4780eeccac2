import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../lib/servers/netns.js";
import { ServerProcess } from "../../lib/servers/start.js";
import {
  findBinary,
  freePorts,
  type JetnetProcess,
  type NatsServer,
  type RedisServer,
  startJetnet,
  startNats,
  startRedis,
} from "../harness/index.js";

/**
 * Every PromQL expression of every dashboard panel and alert rule must return data against a
 * real Prometheus scraping a real, loaded system: no panel may plot a metric nobody exports.
 */
const root = fileURLToPath(new URL("../..", import.meta.url));
const infra = (p: string) => join(root, "infra", p);

interface Panel {
  title: string;
  targets: { expr: string }[];
}

const dashboards = ["jetnet-externals.json", "jetnet-internals.json"].map(
  (f) =>
    JSON.parse(readFileSync(infra(`grafana/dashboards/${f}`), "utf8")) as { title: string; panels: Panel[] },
);
const alertRules = (
  parse(readFileSync(infra("prometheus/alerts.yml"), "utf8")) as {
    groups: { rules: { alert: string; expr: string }[] }[];
  }
).groups.flatMap((g) => g.rules);

/** An alert's expression without its threshold: the data it compares must exist. */
function alertSubject(expr: string): string {
  const m = /^(.*?)\s*(==|!=|>=|<=|>|<)\s*-?[0-9.]+\s*$/s.exec(expr.trim());
  return m ? (m[1] ?? expr) : expr;
}

let dir: string;
let nats: NatsServer;
let redis: RedisServer;
const services: JetnetProcess[] = [];
let prometheus: ServerProcess | undefined;
let promUrl = "";
let bench: ReturnType<typeof spawn> | undefined;

async function query(expr: string): Promise<unknown[]> {
  const r = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(expr)}`);
  const body = (await r.json()) as { status: string; error?: string; data?: { result: unknown[] } };
  if (body.status !== "success") throw new Error(`${expr}: ${body.error}`);
  return body.data?.result ?? [];
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jetnet-obs-"));
  [nats, redis] = await Promise.all([startNats(), startRedis()]);
  const [pNet, pIpam, pMap, pAgent, pDriver, pProm] = await freePorts(6);
  const common = ["--nats", nats.url];
  const m = (p: number | undefined) => ["--metrics-addr", `127.0.0.1:${p}`];
  // As deployed: network leases addresses within creates, so it has Redis too.
  services.push(await startJetnet(["network", ...common, "--redis", redis.url, ...m(pNet)]));
  services.push(await startJetnet(["ipam", ...common, "--redis", redis.url, ...m(pIpam)]));
  services.push(await startJetnet(["mapping", ...common, ...m(pMap)]));
  services.push(
    await startJetnet(["agent", ...common, "--hollow", "3", "--hollow-prefix", "obs", ...m(pAgent)]),
  );
  const job = (name: string, port: number | undefined) =>
    `  - job_name: ${name}\n    static_configs:\n      - targets: ["127.0.0.1:${port}"]\n`;
  writeFileSync(
    join(dir, "prometheus.yml"),
    `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files:\n  - ${infra("prometheus/alerts.yml")}\nscrape_configs:\n${job("jetnet-network", pNet)}${job("jetnet-ipam", pIpam)}${job("jetnet-mapping", pMap)}${job("jetnet-agent", pAgent)}${job("jetnet-driver", pDriver)}`,
  );
  promUrl = `http://127.0.0.1:${pProm}`;
  prometheus = await ServerProcess.spawn(
    "prometheus",
    findBinary("prometheus"),
    [
      `--config.file=${join(dir, "prometheus.yml")}`,
      `--storage.tsdb.path=${join(dir, "tsdb")}`,
      `--web.listen-address=127.0.0.1:${pProm}`,
    ],
    join(dir, "prometheus.log"),
  );
  await prometheus.waitUntil(
    "ready",
    async () => (await fetch(`${promUrl}/-/ready`).catch(() => undefined))?.ok === true,
    30_000,
  );
  // A short bench: warm-up, cruise, then a long cool-down during which the driver keeps serving
  // its metrics while we query.
  bench = spawn(
    process.execPath,
    [
      join(root, "bin/jetnet.js"),
      "bench",
      "--nats",
      nats.url,
      "--node-prefix",
      "obs",
      "--num-nodes",
      "3",
      "--num-nets",
      "3",
      "--top-net-size",
      "8",
      "--rate",
      "20",
      "--warmup",
      "2",
      "--cruise",
      "8",
      "--cooldown",
      "60",
      "--metrics-addr",
      `127.0.0.1:${pDriver}`,
      "--seed",
      "7",
    ],
    { stdio: ["ignore", "ignore", "ignore"], env: { ...process.env, JETNET_FROM_SOURCE: "1" } },
  );
  // Past the cruise phase, with several scrapes of every target since.
  await new Promise((r) => setTimeout(r, 16_000));
}, 120_000);

afterAll(async () => {
  bench?.kill("SIGKILL");
  await prometheus?.stop();
  await Promise.allSettled(services.map((s) => s.stop()));
  await Promise.allSettled([nats?.stop(), redis?.stop()]);
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

describe("dashboards and alerts against a real Prometheus", () => {
  it("scrapes every jetnet process", async () => {
    const r = await fetch(`${promUrl}/api/v1/targets`);
    const body = (await r.json()) as {
      data: { activeTargets: { labels: { job: string }; health: string }[] };
    };
    const health = Object.fromEntries(body.data.activeTargets.map((t) => [t.labels.job, t.health]));
    expect(health).toEqual({
      "jetnet-network": "up",
      "jetnet-ipam": "up",
      "jetnet-mapping": "up",
      "jetnet-agent": "up",
      "jetnet-driver": "up",
    });
  });

  it("every dashboard panel expression returns data", async () => {
    const empty: string[] = [];
    let n = 0;
    for (const d of dashboards) {
      for (const p of d.panels) {
        for (const t of p.targets) {
          n++;
          if ((await query(t.expr)).length === 0) empty.push(`${d.title} / ${p.title}: ${t.expr}`);
        }
      }
    }
    expect(n).toBeGreaterThan(30);
    expect(empty).toEqual([]);
  });

  it("every alert rule's expression has data to compare, and its rule loaded", async () => {
    const empty: string[] = [];
    for (const r of alertRules) {
      if ((await query(alertSubject(r.expr))).length === 0) empty.push(`${r.alert}: ${alertSubject(r.expr)}`);
    }
    expect(alertRules.length).toBeGreaterThanOrEqual(5);
    expect(empty).toEqual([]);
    const rules = (await (await fetch(`${promUrl}/api/v1/rules`)).json()) as {
      data: { groups: { rules: { name: string; health: string }[] }[] };
    };
    const loaded = rules.data.groups.flatMap((g) => g.rules);
    expect(loaded.map((r) => r.name).sort()).toEqual(alertRules.map((r) => r.alert).sort());
    expect(loaded.every((r) => r.health === "ok")).toBe(true);
  });

  it("promtool accepts the shipped scrape config and rules", async () => {
    const promtool = findBinary("promtool");
    await expect(run(promtool, ["check", "config", infra("prometheus/prometheus.yml")])).resolves.toContain(
      "SUCCESS",
    );
    await expect(run(promtool, ["check", "rules", infra("prometheus/alerts.yml")])).resolves.toContain(
      "SUCCESS",
    );
  });
});
