// biome-ignore-all lint/suspicious/noTemplateCurlyInString: exec hooks spell their variables as literal ${name} text.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HookEnv, ShippedHook } from "../../lib/api/hooks.js";
import { ip, Testbed } from "../../lib/servers/netns.js";
import { makeTempDir, removeDir } from "../../lib/servers/start.js";

// The shipped hooks check their own arguments against the attachment's values the agent passes
// in the environment, whatever the agent's allow-list admitted: each refusal exits 2 and changes
// nothing. The refused ones run inside the testbed's host namespace, so that whatever a hook
// without these checks did would stay inside the testbed. The accepted ones run as the agent
// runs them: beside the host namespace, told its name (a namespace made from inside `ip netns
// exec` would not be visible outside it).
const dir = fileURLToPath(new URL("../../hooks/", import.meta.url));
const up = `${dir}${ShippedHook.GuestUp.name}`;
const down = `${dir}${ShippedHook.GuestDown.name}`;
const test = `${dir}${ShippedHook.GuestTest.name}`;

let bed: Testbed;
let host: { netns: string; ip: string };
let tmp: string;
/** The attachment the hooks run for: its interface on the host and its guest namespace. */
const own = { ifname: "kos0a530005110b", peer: "kob0a530005110b", ipv4: "10.83.0.5", guest: "" };
/** Another tenant's interface on the host, and another tenant's guest namespace. */
const other = { ifname: "kos0a530006110b", peer: "kob0a530006110b", guest: "" };

beforeAll(async () => {
  bed = new Testbed();
  tmp = await makeTempDir("jetnet-guest-hooks-");
  try {
    await bed.createUnderlay();
    host = await bed.addHost(1);
    own.guest = bed.guestOf("own-uid");
    other.guest = bed.guestOf("other-uid");
    for (const a of [own, other])
      await ip("-n", host.netns, "link", "add", a.ifname, "type", "veth", "peer", "name", a.peer);
    await bed.addNetns(other.guest);
  } catch (err) {
    await bed.destroy();
    throw err;
  }
}, 60_000);

afterAll(async () => {
  await bed?.destroy();
  if (tmp) await removeDir(tmp);
}, 60_000);

const env = (): Record<string, string> => ({
  PATH: process.env.PATH ?? "/usr/sbin:/usr/bin:/sbin:/bin",
  [HookEnv.IfName]: own.ifname,
  [HookEnv.Ipv4]: own.ipv4,
  [HookEnv.Mac]: "0a:53:00:05:11:0b",
  [HookEnv.Netns]: own.guest,
  [HookEnv.HostNetns]: "",
});

type Outcome = { code: number; stdout: string; stderr: string };

/** Runs a hook inside the host namespace. */
function hook(
  program: string,
  args: string[],
  environment: Record<string, string> = env(),
): Promise<Outcome> {
  return run("ip", ["netns", "exec", host.netns, program, ...args], environment);
}

function run(program: string, args: string[], environment: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(program, args, { env: environment }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

/** Everything a hook could change: namespaces of the testbed, the host's links, addresses. */
async function state() {
  const namespaces = (await ip("netns", "list"))
    .split("\n")
    .map((line) => line.split(" ")[0] ?? "")
    .filter((ns) => ns.includes(bed.tag))
    .sort();
  const links = JSON.parse(await ip("-n", host.netns, "-json", "addr", "show")) as {
    ifname: string;
    addr_info: { local: string; prefixlen: number }[];
  }[];
  return {
    namespaces,
    host: links
      .map((l) => `${l.ifname} ${l.addr_info.map((a) => `${a.local}/${a.prefixlen}`).join(" ")}`)
      .sort(),
    otherGuest: namespaces.includes(other.guest) ? await ip("-n", other.guest, "-br", "link") : "",
  };
}

describe("shipped guest hooks refuse what is not their attachment's", () => {
  const marker = () => join(tmp, "pwned");
  const cases: [string, string, () => string[], RegExp, Record<string, string>?][] = [
    [
      "up: the node's uplink",
      up,
      () => ["eth0", own.guest, `${own.ipv4}/24`],
      /interface "eth0" is not this/,
    ],
    [
      "up: another tenant's interface",
      up,
      () => [other.ifname, own.guest, `${own.ipv4}/24`],
      /interface "kos0a530006110b"/,
    ],
    [
      "up: another tenant's guest namespace",
      up,
      () => [own.ifname, other.guest, `${own.ipv4}/24`],
      /namespace ".*other-uid" is not this/,
    ],
    ["up: another address", up, () => [own.ifname, own.guest, "10.83.0.6/24"], /address "10.83.0.6\/24"/],
    ["up: a prefix out of range", up, () => [own.ifname, own.guest, `${own.ipv4}/33`], /prefix length "33"/],
    [
      "up: a prefix that is not a number",
      up,
      () => [own.ifname, own.guest, `${own.ipv4}/2 4`],
      /prefix length/,
    ],
    [
      "up: a namespace with shell syntax",
      up,
      () => [own.ifname, `${own.guest};touch ${marker()}`, `${own.ipv4}/24`],
      /namespace/,
    ],
    [
      "up: the old host-namespace argument",
      up,
      () => [own.ifname, own.guest, `${own.ipv4}/24`, host.netns],
      /usage/,
    ],
    [
      "up: no attachment in the environment",
      up,
      () => ["eth0", own.guest, `${own.ipv4}/24`],
      /not run by a jetnet agent/,
      { PATH: process.env.PATH ?? "" },
    ],
    [
      "up: an environment value that reads as an option",
      up,
      () => ["-h", own.guest, `${own.ipv4}/24`],
      /not run by a jetnet agent/,
      { ...env(), [HookEnv.IfName]: "-h" },
    ],
    [
      "down: another tenant's guest namespace",
      down,
      () => [other.guest],
      /namespace ".*other-uid" is not this/,
    ],
    ["down: shell syntax", down, () => [`$(touch ${marker()})`], /namespace "\$\(touch/],
    [
      "down: no attachment in the environment",
      down,
      () => [other.guest],
      /not run by a jetnet agent/,
      { PATH: process.env.PATH ?? "" },
    ],
    [
      "test: an interface with shell syntax",
      test,
      () => [`${own.ifname}/retrans_time_ms; touch ${marker()};`, own.guest, `${own.ipv4}/24`],
      /interface/,
    ],
    [
      "test: a peer with shell syntax",
      test,
      () => [own.ifname, own.guest, `${own.ipv4}/24`, `10.83.0.1;touch ${marker()}`],
      /peer "10.83.0.1;touch/,
    ],
    [
      "test: a peer that is no address",
      test,
      () => [own.ifname, own.guest, `${own.ipv4}/24`, "-f"],
      /peer "-f"/,
    ],
    [
      "test: the old host-namespace argument",
      test,
      () => [own.ifname, own.guest, `${own.ipv4}/24`, "-"],
      /peer "-"/,
    ],
    ["test: another tenant's guest", test, () => [own.ifname, other.guest, `${own.ipv4}/24`], /namespace/],
  ];

  it.each(cases)("%s: exit 2, nothing changed", async (_what, program, args, message, environment) => {
    const before = await state();
    const r = await hook(program, args(), environment);
    expect(r.stderr).toMatch(message);
    expect(r.code, r.stderr).toBe(2);
    expect(await state()).toEqual(before);
    expect(existsSync(marker())).toBe(false);
  });

  it("set up and remove the attachment's own guest when every argument is its own", async () => {
    const beside = { ...env(), [HookEnv.HostNetns]: host.netns };
    const r = await run(up, [own.ifname, own.guest, `${own.ipv4}/24`], beside);
    expect(r.code, r.stderr).toBe(0);
    expect(await ip("-n", own.guest, "-br", "addr", "show", "dev", own.ifname)).toContain(`${own.ipv4}/24`);
    const d = await run(down, [own.guest], beside);
    expect(d.code, d.stderr).toBe(0);
    expect((await state()).namespaces).not.toContain(own.guest);
    expect((await state()).namespaces).toContain(other.guest);
  });
});
