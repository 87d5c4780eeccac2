// biome-ignore-all lint/suspicious/noTemplateCurlyInString: exec hooks spell their variables as literal ${name} text.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HookVar, ShippedHook, shippedHookEntry } from "../../lib/api/hooks.js";
import type { NetworkAttachment } from "../../lib/codec.js";
import { ip, type Testbed } from "../../lib/servers/netns.js";
import type { Versioned } from "../../lib/store/types.js";
import { freePort } from "../harness/index.js";
import { eventually, type TestSystem } from "../services/ipam/system.js";
import { type DatapathSystem, startDatapathSystem } from "./system.js";

// A hostile tenant (ta) and its victim (tb) on one node, whose agent allows the shipped hooks as
// the Kubernetes manifest does. Each of ta's hooks aims at something not its own: the node's
// uplink, tb's interface, tb's guest namespace, or a name with shell syntax. Each is refused,
// the refusal is in ta's status, and the node is exactly as it was. The hooks are given the
// trailing host-namespace argument the agent once needed (--netns), so that without the checks
// they would act on this testbed's host rather than on the machine running the test.
const hooks = fileURLToPath(new URL("../../hooks/", import.meta.url));
const up = `${hooks}${ShippedHook.GuestUp.name}`;
const down = `${hooks}${ShippedHook.GuestDown.name}`;
const test = `${hooks}${ShippedHook.GuestTest.name}`;
const allowed = [ShippedHook.GuestUp, ShippedHook.GuestDown, ShippedHook.GuestTest]
  .map((h) => shippedHookEntry(hooks, h))
  .join(",");

/** ta's VNI: the fabric adds its bridge and VXLAN device to the host with ta's first attachment. */
const taVni = 4412;

let bed: Testbed;
let host: { name: string; netns: string; ip: string };
let sys: TestSystem;
let system: DatapathSystem | undefined;
let metricsUrl: string;
/** tb's attachments: b1 in its guest namespace (set up by its hook), b2 left on the host. */
const victim = { b1Guest: "", b1If: "", b1Addr: "", b2If: "" };

beforeAll(async () => {
  const port = await freePort();
  metricsUrl = `http://127.0.0.1:${port}/metrics`;
  system = await startDatapathSystem({
    hosts: 1,
    agentArgs: () => ["--metrics-addr", `127.0.0.1:${port}`, "--allowed-programs", allowed],
  });
  ({ bed, sys } = system);
  host = bed.hosts[0]!;
  try {
    await sys.client
      .subnets("tb")
      .create({ meta: { name: "net" }, spec: { vni: 4411, cidr: "10.81.0.0/24" } });
    await sys.client
      .subnets("ta")
      .create({ meta: { name: "net" }, spec: { vni: taVni, cidr: "10.82.0.0/24" } });
    const b1 = await sys.client.attachments("tb").create({
      meta: { name: "b1" },
      spec: {
        node: host.name,
        subnet: "net",
        postCreateExec: [up, HookVar.IfName, HookVar.Netns, `${HookVar.Ipv4}/24`],
        postDeleteExec: [down, HookVar.Netns],
      },
    });
    await sys.client
      .attachments("tb")
      .create({ meta: { name: "b2" }, spec: { node: host.name, subnet: "net" } });
    const b1Done = await settled("tb", "b1");
    expect(
      b1Done.value.status?.postCreateReport?.exitStatus ?? 0,
      b1Done.value.status?.postCreateReport?.stderr ?? "",
    ).toBe(0);
    victim.b1Guest = bed.guestOf(b1.value.meta?.uid ?? "");
    victim.b1If = b1Done.value.status?.ifName ?? "";
    victim.b1Addr = `${b1Done.value.status?.ip}/24`;
    victim.b2If = (await settled("tb", "b2", false)).value.status?.ifName ?? "";
  } catch (err) {
    await system.stop();
    throw err;
  }
}, 120_000);

afterAll(async () => {
  await system?.stop();
}, 60_000);

/** The attachment once implemented and, if it has a hook, once the hook ran or was refused. */
function settled(ns: string, name: string, hooked = true): Promise<Versioned<NetworkAttachment>> {
  return eventually(
    async () => {
      const a = await sys.client.attachments(ns).get(name);
      const s = a.value.status;
      if (!s?.ifName) return undefined;
      return !hooked || s.postCreateReport?.stopTimeUs || s.hostErrors?.length ? a : undefined;
    },
    30_000,
    `${ns}/${name} implemented`,
  );
}

const linkNames = async (netns: string) =>
  (JSON.parse(await ip("-n", netns, "-json", "link", "show")) as { ifname: string }[])
    .map((l) => l.ifname)
    .sort();

/** The device's IPv4 addresses in `netns`; none if it is not there (a hook moved it away). */
async function addresses(netns: string, dev: string): Promise<string[]> {
  const out = await ip("-n", netns, "-json", "addr", "show", "dev", dev).catch((err: Error) => {
    if (/does not exist/.test(err.message)) return "[]";
    throw err;
  });
  return (JSON.parse(out) as { addr_info: { family: string; local: string; prefixlen: number }[] }[])
    .flatMap((l) => l.addr_info)
    .filter((a) => a.family === "inet")
    .map((a) => `${a.local}/${a.prefixlen}`);
}

/**
 * What a hostile hook could have changed: namespaces, the host's links, the uplink and tb's
 * guest. Leaves out what the fabric made for ta's attachment `own` (its interface and the
 * interface's bridge-side peer, named by the same MAC digits) and ta's VNI devices.
 */
async function nodeState(own = "") {
  const ours = (l: string) =>
    (own !== "" && l.slice(-12) === own.slice(-12)) || l === `br${taVni}` || l === `vx${taVni}`;
  const namespaces = (await ip("netns", "list"))
    .split("\n")
    .map((line) => line.split(" ")[0] ?? "")
    .filter((ns) => ns.includes(bed.tag))
    .sort();
  return {
    namespaces,
    hostLinks: (await linkNames(host.netns)).filter((l) => !ours(l)),
    uplink: await addresses(host.netns, "eth0"),
    guestLinks: namespaces.includes(victim.b1Guest) ? await linkNames(victim.b1Guest) : [],
    guestAddrs: namespaces.includes(victim.b1Guest) ? await addresses(victim.b1Guest, victim.b1If) : [],
  };
}

async function execsTotal(label?: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  let n = 0;
  for (const m of text.matchAll(/^jetnet_agent_execs_total\{exit="([^"]*)"\} (\d+)/gm))
    if (label === undefined || m[1] === label) n += Number(m[2]);
  return n;
}

describe("exec hooks confined to their attachment (real namespaces)", () => {
  it("sets a tenant's own guest up with the shipped hooks", async () => {
    const state = await nodeState();
    expect(state.namespaces).toContain(victim.b1Guest);
    expect(state.guestLinks).toContain(victim.b1If);
    expect(state.guestAddrs).toEqual([victim.b1Addr]);
    expect(state.hostLinks).toContain(victim.b2If);
    expect(state.hostLinks).not.toContain(victim.b1If);
    expect(state.uplink).toEqual([`${host.ip}/24`]);
  });

  // [name, post_create_exec, the argument the refusal names]
  const attacks: [string, () => string[], RegExp][] = [
    [
      "the node's uplink",
      () => [up, "eth0", bed.guest("ta-uplink"), "${ipv4}/24", host.netns],
      /jetnet-guest-up: argument 1 "eth0" is not \$\{ifname\}/,
    ],
    [
      "another tenant's interface",
      () => [up, victim.b2If, bed.guest("ta-iface"), "${ipv4}/24", host.netns],
      /jetnet-guest-up: argument 1 "kos[0-9a-f]{12}" is not \$\{ifname\}/,
    ],
    [
      "another tenant's guest namespace",
      () => [up, "${ifname}", victim.b1Guest, "${ipv4}/24", host.netns],
      /jetnet-guest-up: argument 2 "jn[0-9a-f]+g-[0-9a-f-]+" is not \$\{netns\}/,
    ],
    [
      "a namespace named with shell syntax",
      () => [up, "${ifname}", bed.guest("sh;id$(id)`id`"), "${ipv4}/24", host.netns],
      /jetnet-guest-up: argument 2 "jn[0-9a-f]+gsh;id\$\(id\)`id`" is not \$\{netns\}/,
    ],
    [
      "an interface named with shell syntax",
      () => [test, "${ifname};id", bed.guest("ta-test"), "${ipv4}/24", host.netns, "10.82.0.1"],
      /jetnet-guest-test: argument 1 "\$\{ifname\};id" is not \$\{ifname\}/,
    ],
  ];

  it.each(attacks)(
    "refuses a post_create_exec aimed at %s and changes nothing",
    async (what, command, names) => {
      const name = `a-${attacks.findIndex(([w]) => w === what)}`;
      const before = await nodeState();
      await sys.client.attachments("ta").create({
        meta: { name },
        spec: { node: host.name, subnet: "net", postCreateExec: command() },
      });
      const a = await settled("ta", name);
      const own = a.value.status?.ifName ?? "";
      // Its own interface stays on the host; nothing else moved, appeared or went.
      expect(await nodeState(own)).toEqual(before);
      expect(await linkNames(host.netns)).toContain(own);
      expect(a.value.status?.postCreateReport ?? null).toBeNull();
      expect(a.value.status?.hostErrors).toHaveLength(1);
      expect(a.value.status?.hostErrors?.[0]).toMatch(/^post_create_exec not run: /);
      expect(a.value.status?.hostErrors?.[0]).toMatch(names);
    },
  );

  it("refuses a post_delete_exec aimed at another tenant's guest: says so at once, and it removes nothing", async () => {
    const before = await nodeState();
    await sys.client.attachments("ta").create({
      meta: { name: "a-delete" },
      spec: { node: host.name, subnet: "net", postDeleteExec: [down, victim.b1Guest] },
    });
    const a = await settled("ta", "a-delete", false);
    const [execs, refused] = [await execsTotal(), await execsTotal("not_allowed")];
    await sys.client.attachments("ta").delete("a-delete");
    // The agent has decided about the hook once it counted it (run or refused).
    await eventually(
      async () => ((await execsTotal()) > execs ? true : undefined),
      30_000,
      "post_delete_exec decided",
    );
    expect(await nodeState(a.value.status?.ifName ?? "")).toEqual(before);
    expect(await execsTotal("not_allowed")).toBe(refused + 1);
    // The tenant could read why while the attachment lived.
    expect(a.value.status?.hostErrors).toEqual([
      expect.stringMatching(
        /^post_delete_exec will not run: .*jetnet-guest-down: argument 1 "jn[0-9a-f]+g-[0-9a-f-]+" is not \$\{netns\}/,
      ),
    ]);
  });
});
