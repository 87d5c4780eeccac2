import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  isDebianLike,
  type ProvisionEnv,
  ProvisionError,
  ProvisionErrorCode,
  provision,
} from "../../cli/provision/provision.js";
import { Need, requirements, requirementsFor } from "../../lib/servers/programs.js";

/** A pretend machine: `installed` programs exist; apt-get installs whole packages of the table. */
function machine(opts: { root: boolean; debian: boolean; installed: string[]; aptWorks?: boolean }) {
  const installed = new Set(opts.installed);
  const runs: string[] = [];
  const said: string[] = [];
  const env: ProvisionEnv = {
    isRoot: opts.root,
    debianLike: opts.debian,
    run: (command, args) => {
      runs.push([command, ...args].join(" "));
      if (opts.aptWorks === false) return 100;
      if (args[0] === "install") {
        for (const r of requirements) {
          if (r.source.kind === "apt" && args.includes(r.source.package)) installed.add(r.binary);
        }
      }
      return 0;
    },
    say: (line) => said.push(line),
    find: (name) => (installed.has(name) ? `/usr/bin/${name}` : undefined),
  };
  return { env, runs, said, installed };
}

const everything = requirements.map((r) => r.binary);

describe("provision", () => {
  it("installs nothing and returns every path when everything is there", () => {
    const m = machine({ root: true, debian: true, installed: everything });
    expect(provision([Need.Tests], m.env)).toMatchObject({
      "nats-server": "/usr/bin/nats-server",
      ping: "/usr/bin/ping",
      prometheus: "/usr/bin/prometheus",
    });
    expect(m.runs).toEqual([]);
    expect(m.said).toEqual([]);
  });

  it("as root on Debian, apt-get installs each missing package once and says what it installs", () => {
    const present = everything.filter((b) => !["ping", "prometheus", "promtool"].includes(b));
    const m = machine({ root: true, debian: true, installed: present });
    const found = provision([Need.Tests], m.env);
    expect(m.runs).toEqual([
      "apt-get update -q",
      "apt-get install -y -q --no-install-recommends iputils-ping prometheus",
    ]);
    expect(m.said).toEqual([
      "installing iputils-ping prometheus with apt-get (missing: ping, prometheus, promtool)",
    ]);
    expect(found.ping).toBe("/usr/bin/ping");
    expect(found.promtool).toBe("/usr/bin/promtool");
  });

  it("`up` needs only the servers; the linux fabric adds iproute2; the tests need every row", () => {
    expect(requirementsFor([Need.Up]).map((r) => r.binary)).toEqual(["nats-server", "redis-server"]);
    expect(requirementsFor([Need.Up, Need.Fabric]).map((r) => r.binary)).toEqual([
      "nats-server",
      "redis-server",
      "ip",
      "bridge",
    ]);
    expect(requirementsFor([Need.Tests]).map((r) => r.binary)).toEqual(everything);
    const m = machine({ root: true, debian: true, installed: ["nats-server", "redis-server"] });
    expect(Object.keys(provision([Need.Up], m.env))).toEqual(["nats-server", "redis-server"]);
    expect(m.runs).toEqual([]);
  });

  it("without root, names each missing program with its package and installs nothing", () => {
    const m = machine({
      root: false,
      debian: true,
      installed: ["nats-server", "redis-server", "redis-cli", "redis-sentinel", "ip", "bridge"],
    });
    let err: unknown;
    try {
      provision([Need.Tests], m.env);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProvisionError);
    expect((err as ProvisionError).code).toBe(ProvisionErrorCode.Missing);
    expect((err as ProvisionError).missing.map((r) => r.binary)).toEqual(["ping", "prometheus", "promtool"]);
    const message = (err as Error).message;
    expect(message).toMatch(/^ {2}ping {8}from the Debian package "iputils-ping": /m);
    expect(message).toMatch(/^ {2}prometheus {2}from the Debian package "prometheus": /m);
    expect(message).toContain("install them as root: apt-get install iputils-ping prometheus");
    expect(m.runs).toEqual([]);
  });

  it("off Debian, says where to get each missing program", () => {
    const m = machine({ root: true, debian: false, installed: [] });
    expect(() => provision([Need.Up], m.env)).toThrow(
      /nats-server: https:\/\/docs\.nats\.io\/.*\n {2}redis-server: https:\/\/redis\.io\//,
    );
    expect(m.runs).toEqual([]);
  });

  it("fails naming the packages when apt-get fails or the program is still missing after it", () => {
    const broken = machine({ root: true, debian: true, installed: [], aptWorks: false });
    expect(() => provision([Need.Up], broken.env)).toThrow(/apt-get update -q failed\nmissing programs:/);
    const m = machine({ root: true, debian: true, installed: [] });
    m.env.run = () => 0; // "succeeds" but installs nothing
    try {
      provision([Need.Up], m.env);
      expect.unreachable("provision succeeded without the programs");
    } catch (err) {
      expect((err as ProvisionError).code).toBe(ProvisionErrorCode.InstallFailed);
      expect((err as Error).message).toMatch(
        /^still not found after installing:\nmissing programs:\n {2}nats-server/,
      );
    }
  });

  it("recognises Debian and Ubuntu (and derivatives) from os-release", () => {
    expect(isDebianLike('ID=debian\nVERSION_ID="12"\n')).toBe(true);
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike("ID=fedora\n")).toBe(false);
    expect(isDebianLike("")).toBe(false);
  });
});

describe("one list of programs", () => {
  it("CI provisions through `jetnet provision`, with no package list of its own", () => {
    const ci = readFileSync(fileURLToPath(new URL("../../.ci/run", import.meta.url)), "utf8");
    expect(ci).toMatch(/cli\/main\.ts provision --for tests/);
    expect(ci).not.toContain("apt-get");
  });
});
