// biome-ignore-all lint/suspicious/noTemplateCurlyInString: exec hooks spell their variables as literal ${name} text.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ExecStatus, expandArgs, hookEnv, maxOutputBytes, runHook } from "../../../services/agent/exec.js";

const vars = {
  ifname: "jn2a0a0a0103",
  ipv4: "10.10.1.3",
  mac: "0a:00:00:2a:01:03",
  netns: "jetnet-0b5e7c1e-4d2f-4c3a-9a41-2f1f3b0c9d11",
};

describe("expandArgs", () => {
  it("replaces ${ifname}, ${ipv4}, ${mac} and ${netns}", () => {
    expect(expandArgs(["ip", "link", "set", "${ifname}", "up"], vars)).toEqual([
      "ip",
      "link",
      "set",
      "jn2a0a0a0103",
      "up",
    ]);
    expect(expandArgs(["${ipv4}", "${mac}", "${netns}"], vars)).toEqual([
      "10.10.1.3",
      "0a:00:00:2a:01:03",
      vars.netns,
    ]);
  });

  it("replaces several variables, and repeats, within one argument", () => {
    expect(expandArgs(["${ifname}=${ipv4}/${mac};${ifname}"], vars)).toEqual([
      "jn2a0a0a0103=10.10.1.3/0a:00:00:2a:01:03;jn2a0a0a0103",
    ]);
  });

  it("leaves unknown variables and the brace-less form alone", () => {
    const command = ["echo", "${HOME}", "$ifname", "${IFNAME}", "${ ifname }", "$${ifname", "${guest}"];
    expect(expandArgs(command, vars)).toEqual(command);
  });

  it("does not change its input", () => {
    const command = ["echo", "${ifname}"];
    expandArgs(command, vars);
    expect(command).toEqual(["echo", "${ifname}"]);
  });
});

describe("runHook", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "jetnet-exec-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reports exit status, stdout, stderr and start/stop stamps", async () => {
    const before = Date.now() * 1000;
    const r = await runHook(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"], 5_000);
    const after = Date.now() * 1000;
    expect(r.exitStatus).toBe(3);
    expect(r.stdout).toBe("out\n");
    expect(r.stderr).toBe("err\n");
    expect(r.timedOut).toBe(false);
    expect(r.command).toEqual(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"]);
    const startUs = Number(r.startTimeUs);
    const stopUs = Number(r.stopTimeUs);
    // nowUs() may be a different clock source than Date.now(): allow a little skew.
    expect(startUs).toBeGreaterThanOrEqual(before - 50_000);
    expect(stopUs).toBeGreaterThanOrEqual(startUs);
    expect(stopUs).toBeLessThanOrEqual(after + 50_000);
  });

  it("reports exit status 0 for a successful command", async () => {
    const r = await runHook(["/bin/echo", "a", "b"], 5_000);
    expect(r).toMatchObject({ exitStatus: 0, stdout: "a b\n", stderr: "", timedOut: false });
  });

  it("reports NotStarted for a missing program", async () => {
    const r = await runHook([join(dir, "no-such-program")], 5_000);
    expect(r.exitStatus).toBe(ExecStatus.NotStarted);
    expect(r.timedOut).toBe(false);
  });

  it("reports Signalled for a program killed by a signal it did not ask for", async () => {
    const r = await runHook(["/bin/sh", "-c", "kill -TERM $$"], 5_000);
    expect(r.exitStatus).toBe(ExecStatus.Signalled);
  });

  it("kills a hanging program when its timeout expires, not before", async () => {
    // A clock the test moves: the kill follows the timer, not the machine's speed.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      let settled = false;
      const report = runHook(["/bin/sleep", "30"], 300).finally(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(299);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const r = await report;
      expect(r.timedOut).toBe(true);
      expect(r.exitStatus).toBe(ExecStatus.TimedOut);
      expect(r.stderr).toContain("killed after 300 ms timeout");
    } finally {
      vi.useRealTimers();
    }
  }, 10_000);

  it("kills the hook's children too, so their open pipes do not hold the report back", async () => {
    const marker = join(dir, "survivor");
    const r = await runHook(["/bin/sh", "-c", `(/bin/sleep 2; echo alive > ${marker}) & wait`], 300);
    expect(r.timedOut).toBe(true);
    // Had the shell's child survived (holding the pipes, so the report too), it would write the
    // marker after 2 s.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(existsSync(marker)).toBe(false);
  }, 10_000);

  it("truncates output beyond maxOutputBytes with a marker", async () => {
    const r = await runHook(["/bin/sh", "-c", "head -c 100000 /dev/zero | tr '\\0' a"], 5_000);
    expect(r.exitStatus).toBe(0);
    expect(r.stdout?.endsWith("…[truncated]")).toBe(true);
    const body = r.stdout?.slice(0, -"…[truncated]".length);
    expect(body).toBe("a".repeat(maxOutputBytes));
  });

  it("keeps output of exactly maxOutputBytes without a marker", async () => {
    const r = await runHook(["/bin/sh", "-c", `head -c ${maxOutputBytes} /dev/zero | tr '\\0' b`], 5_000);
    expect(r.stdout).toBe("b".repeat(maxOutputBytes));
  });

  it("gives the hook PATH and the attachment's values, and nothing else of the agent's environment", async () => {
    process.env.JETNET_NATS_PASSWORD = "agent-secret";
    try {
      const r = await runHook(["/usr/bin/env"], 5_000, hookEnv(vars, "host-ns"));
      const env = new Map(
        (r.stdout ?? "")
          .trimEnd()
          .split("\n")
          .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
      );
      expect([...env.keys()].sort()).toEqual([
        "JETNET_HOOK_HOST_NETNS",
        "JETNET_HOOK_IFNAME",
        "JETNET_HOOK_IPV4",
        "JETNET_HOOK_MAC",
        "JETNET_HOOK_NETNS",
        "PATH",
      ]);
      expect(env.get("JETNET_HOOK_IFNAME")).toBe(vars.ifname);
      expect(env.get("JETNET_HOOK_IPV4")).toBe(vars.ipv4);
      expect(env.get("JETNET_HOOK_MAC")).toBe(vars.mac);
      expect(env.get("JETNET_HOOK_NETNS")).toBe(vars.netns);
      expect(env.get("JETNET_HOOK_HOST_NETNS")).toBe("host-ns");
      // Without an environment given, PATH alone.
      const bare = await runHook(["/usr/bin/env"], 5_000);
      expect(bare.stdout).toBe(`PATH=${process.env.PATH}\n`);
    } finally {
      delete process.env.JETNET_NATS_PASSWORD;
    }
  });

  it("runs no shell: metacharacters in arguments are printed, not executed", async () => {
    const victim = join(dir, "pwned");
    const args = [`$(touch ${victim})`, `\`touch ${victim}\``, `; touch ${victim}`, "|", "&&", "$HOME"];
    const r = await runHook(["/bin/echo", ...args], 5_000);
    expect(r.exitStatus).toBe(0);
    expect(r.stdout).toBe(`${args.join(" ")}\n`);
    expect(existsSync(victim)).toBe(false);
  });
});
