import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JetnetClient } from "../../lib/api/client.js";
import { freePort, type NatsServer, startNats, until } from "../harness/index.js";
import { type NetworkSystem, startNetworkSystem } from "../services/network/system.js";

/**
 * The client commands as a shell user runs them: `node bin/jetnet.js ...` subprocesses against
 * a real nats-server and an in-process network service, asserting stdout, stderr and exit
 * status. Every spawn costs about a second of tsx start-up, so independent runs go in parallel.
 */

const root = fileURLToPath(new URL("../..", import.meta.url));

let sys: NetworkSystem;
let nats: NatsServer;
let client: JetnetClient;
let home: string;

beforeAll(async () => {
  sys = await startNetworkSystem();
  ({ nats, client } = sys);
  home = await mkdtemp(join(tmpdir(), "jetnet-cli-test-"));
});

afterAll(async () => {
  await sys?.stop();
  if (home) await rm(home, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a clean shell: no JETNET_* settings, and a HOME without a config file. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith("JETNET_") && k !== "XDG_CONFIG_HOME") env[k] = v;
  }
  return { ...env, HOME: home, JETNET_FROM_SOURCE: "1", ...extra };
}

function spawnCli(args: string[], opts: { env?: Record<string, string>; nats?: boolean } = {}): ChildProcess {
  const natsArgs = opts.nats === false ? [] : ["--nats", nats.url];
  return spawn(process.execPath, [join(root, "bin/jetnet.js"), ...args, ...natsArgs], {
    cwd: root,
    env: cleanEnv(opts.env ?? {}),
    stdio: ["pipe", "pipe", "pipe"],
  });
}

function collect(proc: ChildProcess, input?: string): Promise<Run> {
  let stdout = "";
  let stderr = "";
  proc.stdout!.on("data", (c: Buffer) => {
    stdout += c.toString("utf8");
  });
  proc.stderr!.on("data", (c: Buffer) => {
    stderr += c.toString("utf8");
  });
  proc.stdin!.end(input ?? "");
  return new Promise((resolve, reject) => {
    proc.once("error", reject);
    proc.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** `jetnet <args> --nats <test server>` (unless nats: false). */
const cli = (args: string[], opts: { env?: Record<string, string>; nats?: boolean; input?: string } = {}) =>
  collect(spawnCli(args, opts), opts.input);

const validated = (ns: string, name: string) =>
  until(`${ns}/${name} validated`, async () => {
    const s = await client.subnets(ns).get(name);
    return s.value.status?.validated ? s : undefined;
  });

const cells = (line: string | undefined) => (line ?? "").trim().split(/\s+/);

describe("jetnet client commands", () => {
  it("create, get (table, json), describe, delete; missing objects and usage errors", {
    timeout: 180_000,
  }, async () => {
    const created = await cli([
      "create",
      "subnet",
      "s1",
      "-n",
      "c1",
      "--vni",
      "201",
      "--cidr",
      "10.20.0.0/24",
      "-l",
      "app=web",
    ]);
    expect(created).toMatchObject({ code: 0, stderr: "" });
    expect(created.stdout).toMatch(/^subnet\/c1\/s1 created \(revision \d+\)\n$/);
    const s1 = await validated("c1", "s1");
    await client.attachments("c1").create({ meta: { name: "a1" }, spec: { node: "n1", subnet: "s1" } });

    const [table, json, described, attachments, missing, badKind, badFlag, duplicate] = await Promise.all([
      cli(["get", "subnets", "-n", "c1"]),
      cli(["get", "sn", "s1", "-n", "c1", "-o", "json"]),
      cli(["describe", "subnet", "s1", "-n", "c1"]),
      cli(["get", "na", "-n", "c1", "-o", "wide"]),
      cli(["get", "subnet", "nope", "-n", "c1"]),
      cli(["get", "pods"]),
      cli(["get", "sn", "--bogus"]),
      cli(["create", "sn", "s1", "-n", "c1", "--vni", "201", "--cidr", "10.20.0.0/24"]),
    ]);

    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split("\n");
    expect(cells(lines[0])).toEqual(["NAME", "VNI", "CIDR", "VALIDATED", "AGE"]);
    expect(lines).toHaveLength(2);
    expect(cells(lines[1]).slice(0, 4)).toEqual(["s1", "201", "10.20.0.0/24", "true"]);
    expect(cells(lines[1])[4]).toMatch(/^\d+s$/);

    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      kind: "Subnet",
      revision: s1.revision,
      meta: { namespace: "c1", name: "s1", uid: s1.value.meta?.uid, labels: { app: "web" } },
      spec: { vni: 201, cidr: "10.20.0.0/24" },
      status: { validated: true, errors: [] },
    });

    expect(described.code).toBe(0);
    expect(described.stdout).toContain(`Revision:   ${s1.revision}\n`);
    expect(described.stdout).toContain("Labels:     app=web\n");
    expect(described.stdout).toMatch(/Status:\n {2}Validated: true\n/);
    const spec = new Date(Number(s1.value.meta?.writeTimesUs?.spec) / 1000).toISOString();
    expect(described.stdout).toContain(`  spec:   ${spec}  (by client)\n`);
    expect(described.stdout).toMatch(/ {2}status: \d{4}-\d\d-\d\dT[\d:.]+Z {2}\(by network\)\n/);

    expect(attachments.code).toBe(0);
    expect(cells(attachments.stdout.split("\n")[0])).toEqual([
      "NAME",
      "NODE",
      "SUBNET",
      "IP",
      "MAC",
      "IFNAME",
      "HOST-IP",
      "READY",
      "AGE",
      "ERRORS",
      "UID",
    ]);
    expect(cells(attachments.stdout.split("\n")[1]).slice(0, 8)).toEqual([
      "a1",
      "n1",
      "s1",
      "<none>",
      "<none>",
      "<none>",
      "<none>",
      "false",
    ]);

    expect(missing).toEqual({ code: 1, stdout: "", stderr: "error: NOT_FOUND: subnet c1/nope not found\n" });
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toBe(
      'error: unknown kind "pods": use subnets (subnet, sn) or attachments (attachment, na)\n',
    );
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("unknown option '--bogus'");
    expect(duplicate).toMatchObject({
      code: 1,
      stderr: "error: ALREADY_EXISTS: subnet c1/s1 already exists\n",
    });

    const [deleted, stale] = await Promise.all([
      cli(["delete", "attachment", "a1", "-n", "c1"]),
      cli(["delete", "sn", "s1", "-n", "c1", "--revision", String(s1.revision - 1)]),
    ]);
    expect(deleted).toEqual({ code: 0, stdout: "attachment/c1/a1 deleted\n", stderr: "" });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/^error: CONFLICT: /);
    const [gone, again] = await Promise.all([
      cli(["get", "na", "a1", "-n", "c1"]),
      cli(["delete", "na", "a1", "-n", "c1"]),
    ]);
    expect(gone).toMatchObject({ code: 1, stderr: "error: NOT_FOUND: attachment c1/a1 not found\n" });
    expect(again).toMatchObject({ code: 1, stderr: "error: NOT_FOUND: attachment c1/a1 not found\n" });
  });

  it("apply creates, configures, leaves unchanged, rejects immutable changes; history shows who wrote what", {
    timeout: 180_000,
  }, async () => {
    const dir = await mkdtemp(join(home, "apply-"));
    const file = join(dir, "net.yaml");
    const manifest = (vni: number, exclude: string[]) =>
      [
        "kind: Subnet",
        "metadata: {namespace: c2, name: s2, labels: {tier: front}}",
        `spec: {vni: ${vni}, cidr: 10.30.0.0/24, exclude: [${exclude.join(", ")}]}`,
        "---",
        "kind: NetworkAttachment",
        "meta: {namespace: c2, name: a2}",
        "spec: {node: n1, subnet: s2, postCreateExec: [/bin/echo, up]}",
        "",
      ].join("\n");

    await writeFile(file, manifest(301, []));
    const first = await cli(["apply", "-f", file]);
    expect(first).toEqual({
      code: 0,
      stdout: "subnet/c2/s2 created\nattachment/c2/a2 created\n",
      stderr: "",
    });
    await validated("c2", "s2");

    // From stdin, with a changed exclude list: the subnet is updated, the attachment is not.
    const second = await cli(["apply", "-f", "-"], { input: manifest(301, ["10.30.0.9"]) });
    expect(second).toEqual({
      code: 0,
      stdout: "subnet/c2/s2 configured\nattachment/c2/a2 unchanged\n",
      stderr: "",
    });
    const s2 = await client.subnets("c2").get("s2");
    expect(s2.value.spec?.exclude).toEqual(["10.30.0.9"]);
    expect(s2.value.meta?.generation).toBe(2);

    await writeFile(file, manifest(301, ["10.30.0.9"]));
    const [third, immutable, broken] = await Promise.all([
      cli(["apply", "-f", file]),
      cli(["apply", "-f", "-"], { input: manifest(302, ["10.30.0.9"]) }),
      cli(["apply", "-f", "-"], { input: "kind: Subnet\nmetadata: {name: x}\nspec: {vni: seven}\n" }),
    ]);
    expect(third).toEqual({
      code: 0,
      stdout: "subnet/c2/s2 unchanged\nattachment/c2/a2 unchanged\n",
      stderr: "",
    });
    expect(immutable.code).toBe(1);
    expect(immutable.stdout).toBe("attachment/c2/a2 unchanged\n");
    expect(immutable.stderr).toMatch(
      /^error: INVALID: subnet\/c2\/s2: spec\.vni: is immutable: it is 301 and cannot become 302\n$/,
    );
    expect(broken).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: INVALID: stdin: document 1: spec.vni: must be an integer\n",
    });
    expect((await client.subnets("c2").get("s2")).value.spec?.vni).toBe(301);

    await client.subnets("c2").delete("s2");
    const history = await cli(["history", "subnet", "c2/s2"]);
    expect(history.code).toBe(0);
    const rows = history.stdout.trimEnd().split("\n").map(cells);
    expect(rows[0]).toEqual(["REVISION", "TIME", "CHANGE", "SECTIONS", "BY"]);
    // created (spec, client) -> validated (status, network) -> exclude changed (spec, client) -> deleted.
    expect(rows.slice(1).map((r) => [r[2], r[3], r[4]])).toEqual([
      ["CREATED", "spec", "client"],
      ["MODIFIED", "status", "network"],
      ["MODIFIED", "spec", "client"],
      ["DELETED", "-", "client"],
    ]);
    const revisions = rows.slice(1).map((r) => Number(r[0]));
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(revisions[2]).toBe(s2.revision);
    for (const r of rows.slice(1)) expect(Number.isNaN(Date.parse(r[1] ?? ""))).toBe(false);
  });

  it("watch streams ADDED, MODIFIED and DELETED as JSON lines until Ctrl-C", {
    timeout: 120_000,
  }, async () => {
    await client.subnets("c3").create({ meta: { name: "w1" }, spec: { vni: 401, cidr: "10.40.0.0/24" } });
    await validated("c3", "w1");
    const proc = spawnCli(["watch", "subnets", "-n", "c3", "-o", "json"]);
    const run = collect(proc);
    let seen = "";
    proc.stdout!.on("data", (c: Buffer) => {
      seen += c.toString("utf8");
    });
    const events = () =>
      seen
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => JSON.parse(l) as { type: string; object: { meta: { name: string } } });
    await until("the snapshot", async () => (events().length >= 1 ? true : undefined), 60_000);
    await client.subnets("c3").create({ meta: { name: "w2" }, spec: { vni: 402, cidr: "10.41.0.0/24" } });
    await validated("c3", "w2");
    await client.subnets("c3").delete("w2");
    await until("the delete", async () => (events().some((e) => e.type === "DELETED") ? true : undefined));
    proc.kill("SIGINT");
    const done = await run;
    expect(done.code).toBe(0);
    expect(events().map((e) => `${e.type} ${e.object.meta.name}`)).toEqual([
      "ADDED w1",
      "ADDED w2",
      "MODIFIED w2",
      "DELETED w2",
    ]);
  });

  it("settings: flag over env over config file; default config path; unreachable server exits 3", {
    timeout: 180_000,
  }, async () => {
    await client.subnets("cfg").create({ meta: { name: "c" }, spec: { vni: 501, cidr: "10.50.0.0/24" } });
    const dead = `nats://127.0.0.1:${await freePort()}`;
    const config = join(home, "explicit.yaml");
    await writeFile(config, `nats:\n  servers: [${nats.url}]\nnamespace: cfg\n`);
    await mkdir(join(home, ".config", "jetnet"), { recursive: true });
    const deadConfig = join(home, ".config", "jetnet", "config.yaml");
    await writeFile(deadConfig, `nats: {servers: ${dead}}\nnamespace: cfg\n`);

    const [fromFile, fromDefaultFile, envOverFile, flagOverEnv, flagNamespace, unreachable, missingFile] =
      await Promise.all([
        cli(["get", "sn", "--config", config], { nats: false }),
        cli(["get", "sn"], { nats: false }),
        cli(["get", "sn", "--config", config], { nats: false, env: { JETNET_NATS_URL: dead } }),
        cli(["get", "sn"], { env: { JETNET_NATS_URL: dead, JETNET_CONFIG: config } }),
        cli(["get", "sn", "--config", config, "-n", "other"], { nats: false }),
        cli(["get", "sn", "--nats", dead], { nats: false }),
        cli(["get", "sn", "--config", join(home, "nope.yaml")], { nats: false }),
      ]);
    // The explicit file's server and namespace.
    expect(fromFile.code).toBe(0);
    expect(cells(fromFile.stdout.split("\n")[1]).slice(0, 3)).toEqual(["c", "501", "10.50.0.0/24"]);
    // ~/.config/jetnet/config.yaml is read when no --config is given: its server is down.
    expect(fromDefaultFile.code).toBe(3);
    expect(fromDefaultFile.stderr).toContain(
      `cannot connect to NATS at ${dead} (the URL is from config file ${deadConfig})`,
    );
    expect(envOverFile.code).toBe(3);
    expect(envOverFile.stderr).toContain(dead);
    expect(flagOverEnv.code).toBe(0);
    expect(flagOverEnv.stdout).toContain("10.50.0.0/24");
    expect(flagNamespace).toEqual({ code: 0, stdout: "", stderr: "No subnets found in namespace other.\n" });
    expect(unreachable.code).toBe(3);
    expect(unreachable.stdout).toBe("");
    expect(unreachable.stderr).toBe(
      `error: UNAVAILABLE: cannot connect to NATS at ${dead} (the URL is from --nats or JETNET_NATS_URL)\n` +
        "hint: is the control plane running and reachable? Check --nats (or JETNET_NATS_URL, or the config file), " +
        "or start a local one with `jetnet up`\n",
    );
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toMatch(/^error: cannot read config file .*nope\.yaml: ENOENT/);
    await rm(deadConfig);
  });

  it("a NATS without jetnet: get -A, watch and history exit 3 naming what is missing and the URL", {
    timeout: 120_000,
  }, async () => {
    const bare = await startNats();
    try {
      const runs = await Promise.all([
        cli(["get", "subnets", "-A", "--nats", bare.url], { nats: false }),
        cli(["watch", "attachments", "-A", "--nats", bare.url], { nats: false }),
        cli(["history", "subnet", "blue", "-n", "demo", "--nats", bare.url], { nats: false }),
      ]);
      // get lists through the API: nobody answers, and the message says where it asked.
      const get = runs.shift()!;
      expect(get.code, get.stderr).toBe(3);
      expect(get.stderr).toContain(`(at ${bare.url}; the URL is from --nats or JETNET_NATS_URL)`);
      expect(get.stderr).toContain("hint: is the control plane running");
      for (const r of runs) {
        expect(r.code, r.stderr).toBe(3);
        expect(r.stderr).toMatch(
          new RegExp(
            `^error: UNAVAILABLE: no jetnet buckets at ${bare.url} \\(jetnet-(subnets|attachments) does not exist; ` +
              "the URL is from --nats or JETNET_NATS_URL\\)\nhint: is the control plane running",
          ),
        );
      }
    } finally {
      await bare.stop();
    }
  });
});
