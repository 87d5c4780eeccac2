// biome-ignore-all lint/suspicious/noTemplateCurlyInString: exec hooks spell their variables as literal ${name} text.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttachmentReport } from "../../../lib/api/status.js";
import type { NodeWork } from "../../../lib/codec.js";
import { interfaceName, macAddress } from "../../../lib/net/mac.js";
import { parseAllowList } from "../../../services/agent/allowlist.js";
import { LoggerFabric } from "../../../services/agent/fabric/logger.js";
import { AgentMetrics } from "../../../services/agent/metrics.js";
import { testReconciler } from "./reconciler.js";

const ip = 0x0a000005; // 10.0.0.5
const ifName = interfaceName(7, ip);
const key = "L:n1.ns.a";
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jetnet-reconcile-hooks-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function work(postCreateExec: string[], postDeleteExec: string[], uid = "u1"): NodeWork {
  return {
    attachment: {
      meta: { namespace: "ns", name: "a", uid, writeTimesUs: { spec: 1 } },
      spec: { node: "n1", subnet: "s", postCreateExec, postDeleteExec },
      status: { ip: "10.0.0.5", vni: 7, mac: macAddress(7, ip) },
    },
    sourceRevision: 10,
  };
}

/** A reconciler whose hooks may only touch files named after the attachment, in `dir`. */
async function setup(w: NodeWork) {
  const registry = new Registry();
  const state = { work: w as NodeWork | undefined };
  const reports: AttachmentReport[] = [];
  const r = testReconciler({
    fabric: await LoggerFabric.open(),
    metrics: new AgentMetrics(registry),
    allowedPrograms: parseAllowList(`/usr/bin/touch ${dir}/\${netns}.\${ifname}`),
    guestNetnsPrefix: "g-",
    localWork: () => state.work,
    report: async (x) => {
      reports.push(x);
    },
  });
  const notAllowed = async () => {
    const text = await registry.getSingleMetricAsString("jetnet_agent_execs_total");
    return Number(text.match(/exit="not_allowed"\} (\d+)/)?.[1] ?? 0);
  };
  return { r, state, reports, notAllowed };
}

const touch = (arg: string) => ["/usr/bin/touch", arg];
const ours = () => `${dir}/\${netns}.\${ifname}`;

describe("FabricReconciler exec hooks", () => {
  it("runs an allowed hook with the guest namespace it derives from the uid", async () => {
    const { r, reports } = await setup(work(touch(ours()), []));
    await r.reconcile(key);
    expect(r.hooks.size).toBe(1);
    await Promise.all([...r.hooks]);
    expect(existsSync(join(dir, `g-u1.${ifName}`))).toBe(true);
    expect(reports[0]?.hostErrors).toEqual([]);
    await r.reconcile(key);
    expect(reports.at(-1)?.postCreateReport?.command).toEqual(["/usr/bin/touch", `${dir}/g-u1.${ifName}`]);
  });

  it("refuses a post_create_exec aimed elsewhere: nothing runs, status says why", async () => {
    const before = await readdir(dir);
    const { r, reports, notAllowed } = await setup(work(touch(`${dir}/other.\${ifname}`), []));
    await r.reconcile(key);
    expect(r.hooks.size).toBe(0);
    expect(await readdir(dir)).toEqual(before);
    expect(await notAllowed()).toBe(1);
    expect(reports).toEqual([
      expect.objectContaining({
        implemented: true,
        ifName,
        hostErrors: [
          `post_create_exec not run: /usr/bin/touch: argument 1 ${JSON.stringify(`${dir}/other.\${ifname}`)} ` +
            `is not ${dir}/\${netns}.\${ifname}; it takes 1 argument: ${dir}/\${netns}.\${ifname}`,
        ],
      }),
    ]);
  });

  it("says at once that a post_delete_exec will be refused, follows updates, and refuses it at delete", async () => {
    const before = await readdir(dir);
    const bad = touch(`${dir}/g-u2.${ifName}`); // another attachment's guest, by name
    const { r, state, reports, notAllowed } = await setup(work([], bad));
    await r.reconcile(key);
    expect(reports.at(-1)?.hostErrors).toEqual([
      expect.stringMatching(
        /^post_delete_exec will not run: \/usr\/bin\/touch: argument 1 ".*g-u2\..*" is not /,
      ),
    ]);
    // Fixed by an update: the error goes away.
    state.work = work([], touch(ours()));
    await r.reconcile(key);
    expect(reports.at(-1)?.hostErrors).toEqual([]);
    // Broken again, then deleted: the hook does not run.
    state.work = work([], bad);
    await r.reconcile(key);
    expect(reports.at(-1)?.hostErrors).toHaveLength(1);
    state.work = undefined;
    await r.reconcile(key);
    expect(r.hooks.size).toBe(0);
    expect(await notAllowed()).toBe(1);
    expect(await readdir(dir)).toEqual(before);
  });

  it("runs an allowed post_delete_exec as the latest spec has it", async () => {
    const { r, state } = await setup(work([], [], "u3"));
    await r.reconcile(key);
    state.work = work([], touch(ours()), "u3");
    await r.reconcile(key);
    state.work = undefined;
    await r.reconcile(key);
    expect(r.hooks.size).toBe(1);
    await Promise.all([...r.hooks]);
    expect(existsSync(join(dir, `g-u3.${ifName}`))).toBe(true);
  });
});
