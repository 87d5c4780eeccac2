import { accessSync, constants, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { DaemonSet, Deployment, StatefulSet } from "kubernetes-models/apps/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { ConfigMap, type IContainer, type IEnvVar, Namespace, Service } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ShippedHook, shippedHookEntry } from "../../lib/api/hooks.js";
import { commonConfig } from "../../lib/service/config.js";
import type { CommonOptions } from "../../lib/service/types.js";
import { parseAllowList } from "../../services/agent/allowlist.js";
import { agentCommand } from "../../services/agent/main.js";
import { ipamCommand } from "../../services/ipam/main.js";
import { mappingCommand } from "../../services/mapping/main.js";
import { networkCommand } from "../../services/network/main.js";
import { type Json, readDocs, render } from "./kustomize.js";

// Renders infra/k8s without kubectl or kustomize, validates every object against the Kubernetes
// OpenAPI schemas (kubernetes-models), and checks the manifests against the code they run.

const repo = fileURLToPath(new URL("../../", import.meta.url));
const k8s = join(repo, "infra/k8s");

// ---- schema validation ----

const modelClasses = {
  "v1/Namespace": Namespace,
  "v1/ConfigMap": ConfigMap,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
  "apps/v1/DaemonSet": DaemonSet,
  "apps/v1/StatefulSet": StatefulSet,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
} as const;
type K8sObject = InstanceType<(typeof modelClasses)[keyof typeof modelClasses]>;

function toModel(raw: Json): K8sObject {
  const key = `${raw.apiVersion}/${raw.kind}`;
  if (!(key in modelClasses)) throw new Error(`no model for ${key}: add it to modelClasses`);
  const model = new modelClasses[key as keyof typeof modelClasses](raw as never);
  model.validate();
  return model;
}

const overlays = [
  "base",
  "overlays/dev",
  "overlays/prod",
  "overlays/redis-sentinel",
  "overlays/redis-cluster",
  "overlays/inside",
  "overlays/writers",
] as const;
/** Overlays that replace the base's single Redis with one installed from a Helm chart. */
const chartRedis = (overlay: string) => overlay.startsWith("overlays/redis-");
/** ipam and mapping run inside the network pods. */
const inside = (overlay: string) => overlay === "overlays/inside" || overlay === "overlays/writers";
/**
 * The components an overlay runs as Deployments (each `jetnet-<component>`, with its Service and
 * PodDisruptionBudget): with ipam and mapping inside network, network alone, and its writers.
 */
const deployed = (overlay: string) =>
  overlay === "overlays/writers"
    ? ["network", "network-writer"]
    : inside(overlay)
      ? ["network"]
      : ["network", "ipam", "mapping"];
const rendered = Object.fromEntries(overlays.map((o) => [o, render(join(k8s, o)).map(toModel)])) as Record<
  (typeof overlays)[number],
  K8sObject[]
>;

// ---- the code the manifests run ----

const commands: Record<string, () => Command> = {
  network: networkCommand,
  ipam: ipamCommand,
  mapping: mappingCommand,
  agent: agentCommand,
};
// Keys of the Secret `jetnet-nats`, which is created by hand (README) and so is not rendered.
const secretKeys = ["JETNET_NATS_USER", "JETNET_NATS_PASSWORD"];
// Stand-ins for what the kubelet fills in from the downward API.
const downward: Record<string, string> = {
  "metadata.name": "pod-0",
  "spec.nodeName": "node-a",
  "status.hostIP": "10.1.2.3",
};

function envVarsOf(cmd: Command): Set<string> {
  return new Set(cmd.options.flatMap((o) => (o.envVar ? [o.envVar] : [])));
}

/** The environment the container sees, resolved as the kubelet would (`$(VAR)` included). */
function containerEnv(c: IContainer, objs: K8sObject[]): Map<string, string> {
  const env = new Map<string, string>();
  for (const from of c.envFrom ?? []) {
    if (from.configMapRef) {
      const cm = objs.find((o) => o instanceof ConfigMap && o.metadata?.name === from.configMapRef?.name);
      expect(cm, `ConfigMap ${from.configMapRef.name}`).toBeInstanceOf(ConfigMap);
      for (const [k, v] of Object.entries((cm as ConfigMap).data ?? {})) env.set(k, v);
    }
    if (from.secretRef) for (const k of secretKeys) env.set(k, k === "JETNET_NATS_USER" ? "jetnet" : "pw");
  }
  for (const e of c.env ?? []) env.set(e.name, resolveValue(e, env));
  return env;
}

function resolveValue(e: IEnvVar, env: Map<string, string>): string {
  const path = e.valueFrom?.fieldRef?.fieldPath;
  if (path !== undefined) {
    expect(downward, `downward API field ${path}`).toHaveProperty([path]);
    return downward[path] ?? "";
  }
  return (e.value ?? "").replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name: string) => env.get(name) ?? m);
}

/** Parses args + env with the service's own commander command, without running the service. */
async function parseLikeTheService(
  args: string[],
  env: Map<string, string>,
): Promise<Record<string, unknown>> {
  const [service, ...rest] = args;
  const make = commands[service ?? ""];
  if (!make) throw new Error(`args[0] ${service} is not a service`);
  let opts: Record<string, unknown> | undefined;
  const cmd = make()
    .exitOverride()
    .action((o: Record<string, unknown>) => {
      opts = o;
    });
  const saved = new Map([...env.keys()].map((k) => [k, process.env[k]]));
  try {
    for (const [k, v] of env) process.env[k] = v;
    await cmd.parseAsync(rest, { from: "user" });
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  if (!opts) throw new Error(`${service}: the action did not run`);
  return opts;
}

const sourceEnvNames = new Set(
  ["lib", "services", "cli"]
    .flatMap((dir) =>
      readdirSync(join(repo, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".ts"))
        .map((f) => readFileSync(join(repo, dir, f), "utf8")),
    )
    .flatMap((text) => text.match(/JETNET_[A-Z0-9_]+/g) ?? []),
);

// ---- the checks ----

type Workload = Deployment | DaemonSet | StatefulSet;
const workloads = (objs: K8sObject[]) =>
  objs.filter(
    (o): o is Workload => o instanceof Deployment || o instanceof DaemonSet || o instanceof StatefulSet,
  );
const jetnetContainers = (objs: K8sObject[]) =>
  workloads(objs).flatMap((w) =>
    (w.spec?.template.spec?.containers ?? []).filter((c) => c.name === "jetnet").map((c) => ({ w, c })),
  );
const selects = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  selector !== undefined &&
  Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);
const find = (objs: K8sObject[], kind: string, name: string) =>
  objs.find((o) => o.kind === kind && o.metadata?.name === name);

describe("infra YAML", () => {
  it("parses every YAML file of the deployment", () => {
    const files = ["k8s", "redis", "nats"].flatMap((dir) =>
      readdirSync(join(repo, "infra", dir), { recursive: true, encoding: "utf8" })
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(repo, "infra", dir, f)),
    );
    expect(files.length).toBeGreaterThanOrEqual(11);
    for (const f of files) expect(() => readDocs(f), f).not.toThrow();
  });

  it("NATS Helm values: a three-server JetStream cluster on file storage that fsyncs every write, password from a Secret", () => {
    const v = parse(readFileSync(join(repo, "infra/nats/values.yaml"), "utf8"));
    expect(v.config.cluster).toEqual({ enabled: true, replicas: 3 });
    expect(v.config.jetstream.enabled).toBe(true);
    expect(v.config.jetstream.fileStore).toMatchObject({ enabled: true, pvc: { enabled: true } });
    // Acknowledged writes are on disk at every replica (README "Durability").
    expect(v.config.jetstream.merge).toEqual({ sync_interval: "always" });
    expect(v.config.merge.authorization.password).toBe("<< $NATS_JETNET_PASSWORD >>");
    expect(v.container.env.NATS_JETNET_PASSWORD.valueFrom.secretKeyRef.name).toBe("jetnet-nats-auth");
  });
});

describe.each(overlays)("infra/k8s/%s", (overlay) => {
  const objs = rendered[overlay];

  it("renders valid objects with unique names, all namespaced in jetnet", () => {
    expect(objs.map((o) => `${o.kind}/${o.metadata?.name}`).sort()).toEqual(
      [
        "ConfigMap/jetnet-config",
        "DaemonSet/jetnet-agent",
        ...deployed(overlay).flatMap((s) => [
          `Deployment/jetnet-${s}`,
          `PodDisruptionBudget/jetnet-${s}`,
          `Service/jetnet-${s}`,
        ]),
        "Namespace/jetnet",
        "Service/jetnet-agent",
        ...(chartRedis(overlay)
          ? []
          : ["ConfigMap/redis", "Service/redis", "Service/redis-headless", "StatefulSet/redis"]),
      ].sort(),
    );
    for (const o of objs) if (!(o instanceof Namespace)) expect(o.metadata?.namespace).toBe("jetnet");
  });

  it("runs each service with flags and env vars its command defines, that parse", async () => {
    const seen = new Set<string>();
    for (const { w, c } of jetnetContainers(objs)) {
      const args = c.args ?? [];
      const service = args[0] ?? "";
      const component = w.spec?.template.metadata?.labels?.["app.kubernetes.io/component"] ?? "";
      seen.add(component);
      const cmd = commands[service]?.();
      if (!cmd) throw new Error(`${w.metadata?.name}: ${service} is not a service`);
      for (const flag of args.filter((a) => a.startsWith("--"))) {
        expect(
          cmd.options.map((o) => o.long),
          `${service} ${flag}`,
        ).toContain(flag);
      }
      const env = containerEnv(c, objs);
      const readByCmd = envVarsOf(cmd);
      for (const e of c.env ?? []) expect([...readByCmd], `${service} env ${e.name}`).toContain(e.name);
      for (const name of env.keys()) expect(sourceEnvNames, `${name} in the sources`).toContain(name);

      const opts = await parseLikeTheService(args, env);
      const config = commonConfig(opts as unknown as CommonOptions);
      expect(config.redis.target.mode).toBe(
        overlay === "overlays/redis-sentinel"
          ? "sentinel"
          : overlay === "overlays/redis-cluster"
            ? "cluster"
            : "standalone",
      );
      const metricsPort = c.ports?.find((p) => p.name === "metrics")?.containerPort;
      expect(config.metricsAddr?.port, `${service} metrics port`).toBe(metricsPort);
      expect(config.nats.user).toBe("jetnet");
      if (service === "network" && component === "network-writer") {
        expect(opts.role).toBe("writer");
        expect(opts.ipam).toBeFalsy();
        expect(opts.mapping).toBeFalsy();
      } else {
        expect(component).toBe(service);
      }
      if (component === "network") {
        expect(opts).toMatchObject({ role: "full", ipam: inside(overlay), mapping: inside(overlay) });
      }
      if (service === "agent") {
        expect(opts).toMatchObject({ node: "node-a", hostIp: "10.1.2.3" });
        // Exactly the shipped hooks, with the arguments they are shipped for: nothing a tenant
        // could aim at another attachment or the node.
        const allowed = parseAllowList(String(opts.allowedPrograms));
        expect(String(opts.allowedPrograms)).toBe(
          [ShippedHook.GuestUp, ShippedHook.GuestDown]
            .map((h) => shippedHookEntry("/app/hooks", h))
            .join(","),
        );
        for (const program of allowed.keys()) {
          expect(program).toMatch(/^\/app\/hooks\/[^/]+$/);
          accessSync(join(repo, program.replace(/^\/app\//, "")), constants.X_OK);
        }
      }
    }
    expect([...seen].sort()).toEqual(["agent", ...deployed(overlay)].sort());
  });

  it("keeps every ConfigMap key one that some service reads", () => {
    const cm = find(objs, "ConfigMap", "jetnet-config") as ConfigMap;
    const read = new Set(Object.values(commands).flatMap((make) => [...envVarsOf(make())]));
    for (const key of [...Object.keys(cm.data ?? {}), ...secretKeys]) expect([...read]).toContain(key);
  });

  it("probes /healthz and /readyz on the metrics port", () => {
    for (const { c } of jetnetContainers(objs)) {
      expect(c.livenessProbe?.httpGet).toMatchObject({ path: "/healthz", port: "metrics" });
      expect(c.readinessProbe?.httpGet).toMatchObject({ path: "/readyz", port: "metrics" });
    }
  });

  it("points every Service and PodDisruptionBudget at the pods of exactly one workload", () => {
    for (const svc of objs.filter((o): o is Service => o instanceof Service)) {
      const targets = workloads(objs).filter((w) =>
        selects(svc.spec?.selector, w.spec?.template.metadata?.labels),
      );
      expect(
        targets.map((w) => w.metadata?.name),
        `Service ${svc.metadata?.name}`,
      ).toHaveLength(1);
      const ports = (targets[0]?.spec?.template.spec?.containers ?? []).flatMap((c) => c.ports ?? []);
      for (const p of svc.spec?.ports ?? []) {
        const port = ports.find((cp) => cp.name === p.targetPort);
        expect(port?.containerPort, `Service ${svc.metadata?.name} → ${p.targetPort}`).toBe(p.port);
        const scrape = svc.metadata?.annotations;
        if (p.name === "metrics") expect(scrape).toMatchObject({ "prometheus.io/scrape": "true" });
        if (p.name === "metrics") expect(scrape?.["prometheus.io/port"]).toBe(String(p.port));
      }
    }
    for (const pdb of objs.filter((o): o is PodDisruptionBudget => o instanceof PodDisruptionBudget)) {
      const targets = workloads(objs).filter((w) =>
        selects(pdb.spec?.selector?.matchLabels, w.spec?.template.metadata?.labels),
      );
      expect(targets.map((w) => w.kind)).toEqual(["Deployment"]);
    }
    // Headless, so that DNS lists every pod (infra/prometheus discovers targets that way).
    for (const name of [...deployed(overlay), "agent"]) {
      expect((find(objs, "Service", `jetnet-${name}`) as Service).spec?.clusterIP).toBe("None");
    }
  });

  it("runs the Deployments as uid 10001, read-only, with no capabilities, spread over nodes", () => {
    for (const d of objs.filter((o): o is Deployment => o instanceof Deployment)) {
      const pod = d.spec?.template.spec;
      expect(pod?.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001 });
      expect(pod?.topologySpreadConstraints?.[0]?.topologyKey).toBe("kubernetes.io/hostname");
      for (const c of pod?.containers ?? []) {
        expect(c.securityContext).toMatchObject({
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
          capabilities: { drop: ["ALL"] },
        });
        expect(c.securityContext?.capabilities?.add).toBeUndefined();
        expect(c.resources?.limits?.memory).toBeDefined();
        expect(c.resources?.requests?.cpu).toBeDefined();
      }
    }
  });

  it("runs the agent on every node's network with NET_ADMIN only", () => {
    const ds = find(objs, "DaemonSet", "jetnet-agent") as DaemonSet;
    const pod = ds.spec?.template.spec;
    expect(pod).toMatchObject({ hostNetwork: true, dnsPolicy: "ClusterFirstWithHostNet" });
    expect(pod?.tolerations).toEqual([{ operator: "Exists" }]);
    const c = pod?.containers[0];
    expect(c?.securityContext).toMatchObject({
      runAsUser: 0,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ["ALL"], add: ["NET_ADMIN"] },
    });
    const fieldOf = (name: string) => c?.env?.find((e) => e.name === name)?.valueFrom?.fieldRef?.fieldPath;
    expect(fieldOf("JETNET_NODE")).toBe("spec.nodeName");
    expect(fieldOf("JETNET_HOST_IP")).toBe("status.hostIP");
    expect(c?.args).toEqual(["agent", "--fabric", overlay === "overlays/dev" ? "logger" : "linux"]);
  });

  // The chart overlays (Sentinel, Cluster) deploy Redis from Helm values, checked on their own.
  if (!chartRedis(overlay))
    it("keeps Redis persistent with the append-only file", () => {
      const conf = (find(objs, "ConfigMap", "redis") as ConfigMap).data?.["redis.conf"] ?? "";
      expect(conf).toMatch(/^appendonly yes$/m);
      expect(conf).toMatch(/^maxmemory-policy noeviction$/m);
      const sts = find(objs, "StatefulSet", "redis") as StatefulSet;
      const storage = sts.spec?.volumeClaimTemplates?.[0]?.spec?.resources?.requests?.storage;
      const onProd = ["overlays/prod", "overlays/inside", "overlays/writers"].includes(overlay);
      expect(storage).toBe(onProd ? "10Gi" : "1Gi");
    });
});

describe("overlays", () => {
  const config = (objs: K8sObject[]) => (find(objs, "ConfigMap", "jetnet-config") as ConfigMap).data ?? {};
  const deployments = (objs: K8sObject[]) => objs.filter((o): o is Deployment => o instanceof Deployment);
  const images = (objs: K8sObject[]) => new Set(jetnetContainers(objs).map(({ c }) => c.image));

  it("dev: one replica each, R1 buckets, a locally built image, drains not blocked", () => {
    const objs = rendered["overlays/dev"];
    expect(deployments(objs).map((d) => d.spec?.replicas)).toEqual([1, 1, 1]);
    expect(config(objs)).toMatchObject({ JETNET_BUCKET_REPLICAS: "1", JETNET_LOG_LEVEL: "debug" });
    expect(images(objs)).toEqual(new Set(["jetnet:dev"]));
    for (const o of objs)
      if (o instanceof PodDisruptionBudget) expect(o.spec).toMatchObject({ maxUnavailable: 1 });
  });

  it("prod: two replicas each, R3 buckets on the three NATS servers of the Helm release", () => {
    const objs = rendered["overlays/prod"];
    expect(deployments(objs).map((d) => d.spec?.replicas)).toEqual([2, 2, 2]);
    const data = config(objs);
    expect(data.JETNET_BUCKET_REPLICAS).toBe("3");
    expect(data.JETNET_NATS_URL?.split(",")).toEqual(
      [0, 1, 2].map((i) => `nats://nats-${i}.nats-headless.nats.svc:4222`),
    );
    expect(images(objs)).toEqual(new Set(["registry.example.com/jetnet:0.1.0"]));
  });

  it("inside: prod with ipam and mapping in the network pods, and no Deployment of their own", () => {
    const objs = rendered["overlays/inside"];
    expect(deployments(objs).map((d) => d.metadata?.name)).toEqual(["jetnet-network"]);
    expect(deployments(objs).map((d) => d.spec?.replicas)).toEqual([2]);
    const network = jetnetContainers(objs).find(({ c }) => c.args?.[0] === "network")!.c;
    expect(network.env?.filter((e) => e.name.startsWith("JETNET_NETWORK_"))).toEqual([
      { name: "JETNET_NETWORK_IPAM", value: "true" },
      { name: "JETNET_NETWORK_MAPPING", value: "true" },
    ]);
    // What ipam read from jetnet-config is the network pods' as well.
    expect(config(objs)).toEqual(config(rendered["overlays/prod"]));
  });

  it("writers: inside plus two network writers, which lease in creates and run neither ipam nor mapping", () => {
    const objs = rendered["overlays/writers"];
    expect(deployments(objs).map((d) => d.metadata?.name)).toEqual([
      "jetnet-network",
      "jetnet-network-writer",
    ]);
    expect(deployments(objs).map((d) => d.spec?.replicas)).toEqual([2, 2]);
    const writer = jetnetContainers(objs).find(({ w }) => w.metadata?.name === "jetnet-network-writer")!.c;
    expect(writer.args).toEqual(["network"]);
    expect(writer.env?.filter((e) => e.name.startsWith("JETNET_NETWORK_"))).toEqual([
      { name: "JETNET_NETWORK_ROLE", value: "writer" },
    ]);
    expect(images(objs)).toEqual(new Set(["registry.example.com/jetnet:0.1.0"]));
    // Redis (for leases in creates) and the rest from the same jetnet-config as the full replicas.
    expect(config(objs)).toEqual(config(rendered["overlays/prod"]));
    // Scraped in the network job, so dashboards and alerts count them as network replicas.
    const prom = parse(readFileSync(join(repo, "infra/prometheus/prometheus.yml"), "utf8"));
    const job = prom.scrape_configs.find((j: { job_name: string }) => j.job_name === "jetnet-network");
    expect(job.dns_sd_configs[0].names).toContain("jetnet-network-writer.jetnet.svc.cluster.local");
    const metricsPort = writer.ports?.find((p) => p.name === "metrics")?.containerPort;
    expect(job.dns_sd_configs[0].port).toBe(metricsPort);
  });

  it.each([
    ["overlays/redis-sentinel", "redis", "sentinel-values.yaml"],
    ["overlays/redis-cluster", "redis-cluster", "cluster-values.yaml"],
  ] as const)(
    "%s: prod with the chart's Redis, leases on a replica before they are recorded",
    (overlay, secret, values) => {
      const objs = rendered[overlay];
      expect(deployments(objs).map((d) => d.spec?.replicas)).toEqual([2, 2, 2]);
      const data = config(objs);
      expect(data).toMatchObject({ JETNET_BUCKET_REPLICAS: "3", JETNET_REDIS_WAIT_REPLICAS: "1" });
      const ipam = jetnetContainers(objs).find(({ c }) => c.args?.[0] === "ipam")!.c;
      const password = ipam.env?.find((e) => e.name === "JETNET_REDIS_PASSWORD");
      expect(password?.valueFrom?.secretKeyRef).toEqual({ name: secret, key: "redis-password" });
      // The URL names the pods the chart creates with the values beside it.
      const v = parse(readFileSync(join(repo, "infra/redis", values), "utf8"));
      const hosts = (data.JETNET_REDIS_URL ?? "")
        .replace(/^[a-z-]+:\/\//, "")
        .split("/")[0]!
        .split(",");
      if (overlay === "overlays/redis-sentinel") {
        expect(v).toMatchObject({
          architecture: "replication",
          sentinel: { enabled: true, masterSet: "mymaster" },
        });
        expect(v.replica.replicaCount).toBe(3);
        expect(hosts).toEqual([0, 1, 2].map((i) => `redis-node-${i}.redis-headless:26379`));
        expect(data.JETNET_REDIS_URL).toMatch(/\/mymaster$/);
      } else {
        expect(v.cluster).toMatchObject({ nodes: 6, replicas: 1 });
        expect(hosts).toEqual([0, 1, 2].map((i) => `redis-cluster-${i}.redis-cluster-headless:6379`));
      }
      expect(v.commonConfiguration ?? v.redis?.configmap).toMatch(/^appendonly yes$/m);
    },
  );

  it("base: the image the Dockerfile builds, bucket replicas left to the overlays", () => {
    expect(images(rendered.base)).toEqual(new Set(["jetnet:latest"]));
    expect(config(rendered.base)).not.toHaveProperty("JETNET_BUCKET_REPLICAS");
  });
});

describe("Dockerfile", () => {
  const dockerfile = readFileSync(join(repo, "Dockerfile"), "utf8");
  const tsconfig = JSON.parse(readFileSync(join(repo, "tsconfig.json"), "utf8"));

  it("starts the CLI where `npm run build` puts it, as uid 10001", () => {
    // tsc keeps the source layout under outDir (rootDir "."), so cli/main.ts -> dist/cli/main.js.
    expect(tsconfig.compilerOptions).toMatchObject({ outDir: "dist", rootDir: "." });
    expect(existsSync(join(repo, "cli/main.ts"))).toBe(true);
    expect(dockerfile).toMatch(/^WORKDIR \/app$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \[.*"node", "\/app\/dist\/cli\/main\.js"\]$/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/src\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^USER 10001:10001$/m);
  });

  it("ships the hooks the agent is allowed to run and copies every directory the build compiles", () => {
    expect(dockerfile).toMatch(/^COPY hooks \.\/hooks$/m);
    const build = JSON.parse(readFileSync(join(repo, "tsconfig.build.json"), "utf8")) as {
      include: string[];
    };
    for (const dir of build.include) expect(dockerfile).toMatch(new RegExp(`^COPY ${dir} \\./${dir}$`, "m"));
    const ignored = readFileSync(join(repo, ".dockerignore"), "utf8");
    for (const copied of dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
      for (const src of copied[1]?.split(" ") ?? []) expect(ignored, src).toContain(`!${src}`);
    }
  });
});
