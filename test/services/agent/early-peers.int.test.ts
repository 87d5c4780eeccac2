import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../ipam/system.js";
import { waitExact } from "./exactness.js";
import { type AgentSystem, startAgentSystem } from "./system.js";

// "Peers before the interface" (docs/design.md): an attachment on a node whose host address is
// known reaches the VNI's other nodes before its own node's report, which here never arrives
// (dropped, and dropped again when the mapping service asks for it). ipam leases the addresses
// (no lease in the create), so ipam's stamp is the one tested; lease-in-create.int.test.ts tests
// the network service's.
const ns = "early";
/** Attachments whose reports the agents drop. */
const silent = new Set<string>();
let sys: AgentSystem;

beforeAll(async () => {
  sys = await startAgentSystem(2, { digestIntervalMs: 1_000, dropReports: (r) => silent.has(r.name) });
  await sys.client.subnets(ns).create({ meta: { name: "s" }, spec: { vni: 740, cidr: "10.74.0.0/24" } });
}, 60_000);
afterAll(async () => {
  await sys?.stop();
}, 60_000);

const attach = async (name: string, node: string) =>
  (await sys.client.attachments(ns).create({ meta: { name }, spec: { node, subnet: "s" } })).value;

/** The attachment once ipam has written its address. */
const addressed = (name: string) =>
  eventually(async () => {
    const a = (await sys.client.attachments(ns).get(name)).value;
    return a.status?.ip ? a : undefined;
  });

describe("a mapping before its node's report", () => {
  it("reaches the VNI's other nodes at the node's known host, and none while the node's host is unknown", async () => {
    // node-1's first attachment: nothing known of node-1 yet, so no early mapping.
    silent.add("first");
    await attach("first", "node-1");
    const first = await addressed("first");
    expect(first.status?.nodeHostIp ?? "").toBe("");
    await attach("peer", "node-2");
    await eventually(async () =>
      (await sys.client.attachments(ns).get("peer")).value.status?.hostIp ? true : undefined,
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const remoteOf = async (ip: string | null | undefined) =>
      (await sys.fabrics.get("node-2")?.listRemote())?.find((e) => e.ip === ip);
    expect(await remoteOf(first.status?.ip)).toBeUndefined();
    // Its report gets through now (the mapping service asks again within 10 s).
    silent.delete("first");
    const items = await waitExact(sys.nc, sys.fabrics, 30_000, "first reported");
    const host1 = items.find((i) => i.key === `${ns}.first`)?.value.status?.hostIp ?? "";
    expect(host1).not.toBe("");

    // node-1 is known now: a new attachment there reaches node-2 while its report is lost.
    silent.add("second");
    await attach("second", "node-1");
    const second = await addressed("second");
    expect(second.status?.nodeHostIp).toBe(host1);
    const entry = await eventually(() => remoteOf(second.status?.ip));
    expect(entry).toMatchObject({ vni: 740, hostIp: host1, mac: second.status?.mac });
    const now = (await sys.client.attachments(ns).get("second")).value.status;
    expect(now?.hostIp ?? "").toBe("");
    expect(now?.ifName ?? "").toBe("");
  }, 90_000);
});
