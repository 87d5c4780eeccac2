// biome-ignore-all lint/suspicious/noTemplateCurlyInString: exec hooks spell their variables as literal ${name} text.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Section } from "../../../lib/api/subjects.js";
import type { NetworkAttachment } from "../../../lib/codec.js";
import type { Versioned } from "../../../lib/store/types.js";
import { ExecStatus } from "../../../services/agent/exec.js";
import { eventually } from "../ipam/system.js";
import { type AgentSystem, startAgentSystem } from "./system.js";

const execTimeoutMs = 500;
let sys: AgentSystem;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jetnet-hooks-"));
  sys = await startAgentSystem(2, {
    allowedPrograms: `/bin/echo \${ifname} \${ipv4} \${mac} \${netns},/bin/sleep 60,/usr/bin/mkdir ${dir}/\${ifname}.\${ipv4}`,
    execTimeoutMs,
  });
  await sys.client
    .subnets("hooks")
    .create({ meta: { name: "net" }, spec: { vni: 300, cidr: "10.30.0.0/24" } });
}, 60_000);
afterAll(async () => {
  await sys?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const attachments = () => sys.client.attachments("hooks");

/** The attachment once `done` holds for it. */
function until(
  name: string,
  done: (a: NetworkAttachment) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<Versioned<NetworkAttachment>> {
  return eventually(
    async () => {
      const a = await attachments().get(name);
      return done(a.value) ? a : undefined;
    },
    timeoutMs,
    `${name}: ${what}`,
  );
}

const fabric = (node: string) => {
  const f = sys.fabrics.get(node);
  if (!f) throw new Error(`no fabric for ${node}`);
  return f;
};

describe("agent exec hooks", () => {
  it("does not run a program outside the allow-list: host error, interface kept", async () => {
    await attachments().create({
      meta: { name: "refused" },
      spec: { node: "node-2", subnet: "net", postCreateExec: ["/usr/bin/touch", join(dir, "refused")] },
    });
    const a = await until("refused", (x) => (x.status?.hostErrors?.length ?? 0) > 0, "host errors");
    const s = a.value.status;
    expect(s?.hostErrors).toHaveLength(1);
    expect(s?.hostErrors?.[0]).toContain('"/usr/bin/touch"');
    expect(s?.hostErrors?.[0]).toContain("post_create_exec not run");
    expect(s?.postCreateReport ?? null).toBeNull();
    expect(s?.ifName).toBeTruthy();
    expect(existsSync(join(dir, "refused"))).toBe(false);
    const local = await fabric("node-2").listLocal();
    expect(local.map((e) => e.ifName)).toContain(s?.ifName);
  });

  it("refuses an allowed program whose arguments name anything but the attachment's own", async () => {
    await attachments().create({
      meta: { name: "elsewhere" },
      spec: {
        node: "node-2",
        subnet: "net",
        postCreateExec: ["/bin/echo", "eth0", "${ipv4}", "${mac}", "${netns}"],
      },
    });
    const a = await until("elsewhere", (x) => (x.status?.hostErrors?.length ?? 0) > 0, "host errors");
    expect(a.value.status?.hostErrors).toEqual([
      'post_create_exec not run: /bin/echo: argument 1 "eth0" is not ${ifname}; ' +
        "it takes 4 arguments: ${ifname} ${ipv4} ${mac} ${netns}",
    ]);
    expect(a.value.status?.postCreateReport ?? null).toBeNull();
  });

  it("runs an allowed hook with ${ifname}, ${ipv4}, ${mac} and ${netns} expanded and reports it", async () => {
    const command = ["/bin/echo", "${ifname}", "${ipv4}", "${mac}", "${netns}"];
    await attachments().create({
      meta: { name: "echo" },
      spec: { node: "node-1", subnet: "net", postCreateExec: command },
    });
    const a = await until("echo", (x) => !!x.status?.postCreateReport, "post-create report");
    const s = a.value.status;
    const r = s?.postCreateReport;
    expect(s?.ifName && s.ip && s.mac).toBeTruthy();
    const guest = `jetnet-${a.value.meta?.uid}`;
    expect(r?.stdout).toBe(`${s?.ifName} ${s?.ip} ${s?.mac} ${guest}\n`);
    expect(r?.exitStatus ?? 0).toBe(0);
    expect(r?.timedOut ?? false).toBe(false);
    expect(r?.command).toEqual(["/bin/echo", s?.ifName, s?.ip, s?.mac, guest]);
    expect(Number(r?.stopTimeUs)).toBeGreaterThanOrEqual(Number(r?.startTimeUs));
    expect(s?.hostErrors ?? []).toEqual([]);
    const execStamp = Number(a.value.meta?.writeTimesUs?.[Section.Exec] ?? 0);
    expect(execStamp).toBeGreaterThan(0);
    expect(execStamp).toBeGreaterThanOrEqual(Number(a.value.meta?.writeTimesUs?.[Section.Spec] ?? 0));
    // The spec is immutable: the hook as written is kept, unexpanded.
    expect(a.value.spec?.postCreateExec).toEqual(command);
  });

  it("kills a hanging hook at the agent's exec timeout and reports it", async () => {
    await attachments().create({
      meta: { name: "hang" },
      spec: { node: "node-2", subnet: "net", postCreateExec: ["/bin/sleep", "60"] },
    });
    const a = await until("hang", (x) => !!x.status?.postCreateReport, "post-create report", 15_000);
    const r = a.value.status?.postCreateReport;
    expect(r?.timedOut).toBe(true);
    expect(r?.exitStatus).toBe(ExecStatus.TimedOut);
    expect(r?.stderr).toContain(`killed after ${execTimeoutMs} ms timeout`);
    // By its own stamps it ran the whole timeout (a bound no load can break); that it was cut
    // short of its 60 s is what timedOut says (how soon after the timeout is not a test's concern).
    const ranMs = (Number(r?.stopTimeUs) - Number(r?.startTimeUs)) / 1000;
    expect(ranMs).toBeGreaterThanOrEqual(execTimeoutMs - 50);
    // A hook that fails does not undo the interface.
    expect(a.value.status?.ifName).toBeTruthy();
  });

  it("runs post_delete_exec after the attachment is deleted, with its values expanded", async () => {
    await attachments().create({
      meta: { name: "bye" },
      spec: {
        node: "node-1",
        subnet: "net",
        postDeleteExec: ["/usr/bin/mkdir", `${dir}/\${ifname}.\${ipv4}`],
      },
    });
    const a = await until("bye", (x) => !!x.status?.ifName, "implemented");
    const { ifName, ip } = a.value.status ?? {};
    const marker = join(dir, `${ifName}.${ip}`);
    expect(a.value.status?.hostErrors ?? []).toEqual([]);
    expect(existsSync(marker)).toBe(false);
    await attachments().delete("bye");
    await eventually(async () => existsSync(marker) || undefined, 15_000, "post-delete marker");
    // The hook runs once the interface is gone from the node.
    const local = await fabric("node-1").listLocal();
    expect(local.map((e) => e.ifName)).not.toContain(ifName);
  });
});
