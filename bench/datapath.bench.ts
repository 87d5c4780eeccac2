/**
 * What the linux fabric costs, from one kernel operation up to a pingable guest.
 *
 * (1) fabric ops: LinuxFabric.open({hostIp, netns}) in one host namespace; createLocal,
 *     deleteLocal, createRemote, deleteRemote, each timed alone (the fabric serializes anyway)
 *     on a VNI that already exists (an anchor remote entry keeps its devices), plus the first
 *     use of a VNI (bridge + vxlan created) and its last use (both removed) on fresh VNIs, and
 *     listLocal/listRemote at full population. "calls" counts iproute2 processes per op: the
 *     fabric's cost is mostly process spawns, so calls x the spawn floor explains most of it.
 * (2) create -> first ping: the whole system (nats, redis, the network, ipam and mapping services,
 *     and one `jetnet agent --fabric linux --netns <host>` process per host) on three host namespaces
 *     joined by an underlay bridge. One seed attachment per host comes first; then each measured
 *     attachment (static address, post_create_exec = the shipped guest-up hook) is probed from
 *     the seed on the next host, from the moment its create request is sent. The probe is one
 *     `ping -c1 -w <deadline> -i 0.05` per try, which exits at the first reply, and the seed's
 *     ARP retry interval is cut to 50 ms, so the probe adds ~50 ms of resolution, not the 1 s of
 *     a default ARP retry. Server stamps split the time: address (ipam), local impl (agent
 *     created the interface and reported), hook done (guest-up reported). "one at a time" creates
 *     the next only after the previous pings; "batch" sends all creates at once.
 * (3) baseline: `ip link add <a> type veth peer name <b>` and `ip link del <a>`, and the spawn
 *     floor `ip -json link show dev lo`, spawned the same way as the fabric's, half before and
 *     half after (1) so drift on a shared machine lands in both. "x veth" = p50 / (add + del) p50.
 *
 * Everything lives in network namespaces and links this bench creates, removed on exit, error,
 * SIGINT, SIGTERM and SIGHUP. Needs root (or CAP_NET_ADMIN + CAP_SYS_ADMIN), iproute2 and ping.
 * Prints; asserts nothing about time. Usage: tsx bench/datapath.bench.ts [--quick] [--json <file>]
 */
import { spawn } from "node:child_process";
import { release } from "node:os";
import { fileURLToPath } from "node:url";
import { connect } from "@nats-io/transport-node";
import { JetnetClient } from "../lib/api/client.js";
import { HookVar, ShippedHook, shippedHookEntry } from "../lib/api/hooks.js";
import { Section } from "../lib/api/subjects.js";
import { parseIPv4 } from "../lib/net/cidr.js";
import { interfaceName } from "../lib/net/mac.js";
import { findBinary, type JetnetProcess, startJetnet, startNats, startRedis } from "../lib/servers/index.js";
import { run, Testbed } from "../lib/servers/netns.js";
import { percentile } from "../lib/stats.js";
import { nowUs } from "../lib/time.js";
import { Iproute } from "../services/agent/fabric/iproute.js";
import { LinuxFabric } from "../services/agent/fabric/linux.js";
import type { LocalEntry, RemoteEntry } from "../services/agent/fabric/types.js";
import { parseBenchArgs } from "./lib/args.js";
import { runBench, writeResults } from "./lib/run.js";
import { formatMs, formatTable } from "./lib/table.js";

const hooks = fileURLToPath(new URL("../hooks/", import.meta.url));
const guestUp = `${hooks}${ShippedHook.GuestUp.name}`;
const allowedHooks = [ShippedHook.GuestUp, ShippedHook.GuestDown]
  .map((h) => shippedHookEntry(hooks, h))
  .join(",");
const pingDeadlineMs = 30_000;
const e2eVni = 4301;
const e2eNet = "10.78.0";

interface Workload {
  /** Entries per fabric op in (1), and veth pairs in (3). */
  readonly entries: number;
  /** Fresh VNIs for the first/last-use rows of (1), per kind. */
  readonly freshVnis: number;
  /** Attachments per phase of (2). */
  readonly attachments: number;
}

/** Timings of one operation: ms per sample, and the iproute2 processes each sample spawned. */
interface Samples {
  readonly ms: number[];
  readonly calls: number[];
}

interface Row {
  section: string;
  operation: string;
  n: number;
  callsPerOp: number | null;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Mean of the last quarter over the first: does the op slow down as the population grows? */
  lateOverEarly: number | null;
  /** p50 over the p50 of one veth add + del cycle. */
  vsVeth: number | null;
}

// Every iproute2 process the fabric (or the baseline) spawns goes through Iproute.ip or .bridge.
let iprouteCalls = 0;
function countIprouteCalls(): void {
  const { ip, bridge } = Iproute.prototype;
  Iproute.prototype.ip = function (this: Iproute, args) {
    iprouteCalls++;
    return ip.call(this, args);
  };
  Iproute.prototype.bridge = function (this: Iproute, args) {
    iprouteCalls++;
    return bridge.call(this, args);
  };
  const { batch } = Iproute.prototype;
  Iproute.prototype.batch = function (this: Iproute, tool, commands, force) {
    iprouteCalls++;
    return batch.call(this, tool, commands, force);
  };
}

const samples = (): Samples => ({ ms: [], calls: [] });
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

async function timed(into: Samples, fn: () => Promise<unknown>, per = 1): Promise<void> {
  const calls = iprouteCalls;
  const t0 = performance.now();
  await fn();
  into.ms.push((performance.now() - t0) / per);
  into.calls.push((iprouteCalls - calls) / per);
}

/** Remote entries per applyRemote call in (1): a VNI's changes as an agent batches them. */
const remoteBatch = 25;

function row(section: string, operation: string, s: Samples, growth = false): Row {
  const q = Math.floor(s.ms.length / 4);
  return {
    section,
    operation,
    n: s.ms.length,
    callsPerOp: s.calls.length ? mean(s.calls) : null,
    p50Ms: percentile(s.ms, 50),
    p99Ms: percentile(s.ms, 99),
    meanMs: mean(s.ms),
    lateOverEarly: growth && q > 0 ? mean(s.ms.slice(-q)) / mean(s.ms.slice(0, q)) : null,
    vsVeth: null,
  };
}

/** Address number i (0-based) in 10.<second>.0.0/16, skipping .0 and .255 of each /24. */
const addr = (second: number, i: number) => `10.${second}.${Math.floor(i / 250)}.${(i % 250) + 1}`;

function local(vni: number, ip: string): LocalEntry {
  return { vni, ip, mac: LinuxFabric.macOf(vni, ip), ifName: interfaceName(vni, parseIPv4(ip) ?? 0) };
}

function remote(vni: number, ip: string, i: number): RemoteEntry {
  // Underlay addresses nothing answers: no packet is ever sent to them.
  return { vni, ip, mac: LinuxFabric.macOf(vni, ip), hostIp: `192.168.251.${100 + (i % 100)}` };
}

async function measureFabric(host: { netns: string; ip: string }, work: Workload, veth: () => Promise<void>) {
  const fabric = await LinuxFabric.open({ hostIp: host.ip, netns: host.netns });
  const [cl, dl, cr, dr] = [samples(), samples(), samples(), samples()];
  const [cl1, dl1, cr1, dr1] = [samples(), samples(), samples(), samples()];
  const [ll, lr] = [samples(), samples()];
  const [crb, drb] = [samples(), samples()];
  try {
    await veth();
    for (let v = 0; v < work.freshVnis; v++) {
      const e = local(3100 + v, addr(82, v));
      await timed(cl1, () => fabric.createLocal(e));
      await timed(dl1, () => fabric.deleteLocal(e));
      const r = remote(3200 + v, addr(83, v), v);
      await timed(cr1, () => fabric.createRemote(r));
      await timed(dr1, () => fabric.deleteRemote(r));
    }
    const vni = 3000;
    const anchor = remote(vni, "10.84.0.1", 0);
    await fabric.createRemote(anchor);
    const locals = Array.from({ length: work.entries }, (_, i) => local(vni, addr(80, i)));
    const remotes = Array.from({ length: work.entries }, (_, i) => remote(vni, addr(81, i), i));
    for (const e of locals) await timed(cl, () => fabric.createLocal(e));
    for (let i = 0; i < 5; i++) await timed(ll, () => fabric.listLocal());
    for (const e of locals) await timed(dl, () => fabric.deleteLocal(e));
    for (const e of remotes) await timed(cr, () => fabric.createRemote(e));
    for (let i = 0; i < 5; i++) await timed(lr, () => fabric.listRemote());
    for (const e of remotes) await timed(dr, () => fabric.deleteRemote(e));
    // The same entries again, in batches (per entry: each batch's time over its size).
    for (const op of ["create", "delete"] as const) {
      for (let i = 0; i < remotes.length; i += remoteBatch) {
        const part = remotes.slice(i, i + remoteBatch).map((entry) => ({ op, entry }));
        await timed(
          op === "create" ? crb : drb,
          async () => {
            const failed = (await fabric.applyRemote(part)).filter((e) => e !== undefined);
            if (failed.length) throw new Error(`applyRemote: ${String(failed[0])}`);
          },
          part.length,
        );
      }
    }
    await fabric.deleteRemote(anchor);
    const left = (await fabric.listLocal()).length + (await fabric.listRemote()).length;
    if (left !== 0) console.log(`warning: ${left} fabric entries left after the deletes`);
    await veth();
  } finally {
    await fabric.close();
  }
  const n = work.entries;
  return [
    row("fabric", "createLocal (VNI exists)", cl, true),
    row("fabric", "deleteLocal (VNI stays)", dl, true),
    row("fabric", "createRemote (VNI exists)", cr, true),
    row("fabric", "deleteRemote (VNI stays)", dr, true),
    row("fabric", `applyRemote create, per entry (${remoteBatch} a batch)`, crb),
    row("fabric", `applyRemote delete, per entry (${remoteBatch} a batch)`, drb),
    row("fabric", "createLocal, first in VNI (+br, vx)", cl1),
    row("fabric", "deleteLocal, last in VNI (-br, vx)", dl1),
    row("fabric", "createRemote, first in VNI (+br, vx)", cr1),
    row("fabric", "deleteRemote, last in VNI (-br, vx)", dr1),
    row("fabric", `listLocal (${n} local entries)`, ll),
    row("fabric", `listRemote (${n + 1} remote entries)`, lr),
  ];
}

/** (3): returns a function that measures half the pairs each time it is called. */
function vethBaseline(netns: string, work: Workload) {
  const ip = new Iproute(netns);
  const s = { add: samples(), del: samples(), cycle: samples(), floor: samples() };
  let done = 0;
  const half = async () => {
    const until = Math.min(work.entries, done + Math.ceil(work.entries / 2));
    for (; done < until; done++) {
      const [a, b] = [`jbv${done}a`, `jbv${done}b`];
      const t0 = performance.now();
      await timed(s.add, () => ip.ip(["link", "add", a, "type", "veth", "peer", "name", b]));
      await timed(s.del, () => ip.ip(["link", "del", a]));
      s.cycle.ms.push(performance.now() - t0);
      await timed(s.floor, () => ip.ip(["-json", "link", "show", "dev", "lo"]));
    }
  };
  const rows = () => [
    row("baseline", "ip link add veth pair", s.add),
    row("baseline", "ip link del veth", s.del),
    row("baseline", "veth add + del", s.cycle),
    row("baseline", "ip -json link show dev lo (spawn floor)", s.floor),
  ];
  return { half, rows };
}

/** Peer = a seed on another host; the probe runs in the peer's guest namespace. */
interface Target {
  name: string;
  host: { name: string; netns: string };
  ip: string;
  peerNetns: string;
}

/** First echo reply from `netns` to `ip`, as a nowUs stamp; undefined after the deadline. */
async function firstReplyUs(netns: string, ip: string, deadlineMs: number): Promise<number | undefined> {
  // Absent, every try would fail like an unanswered ping: say which package is missing instead.
  const ping = findBinary("ping");
  const end = performance.now() + deadlineMs;
  while (performance.now() < end) {
    const s = Math.max(1, Math.ceil((end - performance.now()) / 1000));
    const argv = ["netns", "exec", netns, ping, "-c", "1", "-w", String(s), "-i", "0.05", "-q", ip];
    try {
      await run("ip", argv, s * 1000 + 5000);
      return nowUs();
    } catch {
      // ping gives up early on some network errors; try again until the deadline
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  return undefined;
}

/** (2): the whole system on three host namespaces. */
async function measureEndToEnd(bed: Testbed, work: Workload, defer: (fn: () => Promise<void>) => void) {
  const hosts = bed.hosts.slice(0, 3);
  const [nats, redis] = await Promise.all([startNats(), startRedis()]);
  defer(async () => {
    await Promise.all([nats.stop(), redis.stop()]);
  });
  const common = ["--nats", nats.url, "--metrics-addr", "off"];
  const services: JetnetProcess[] = [];
  defer(async () => {
    await Promise.all(services.map((p) => p.stop().catch(() => undefined)));
  });
  services.push(
    ...(await Promise.all([
      startJetnet(["network", ...common]),
      startJetnet(["ipam", ...common, "--redis", redis.url, "--gc-grace", "5000"]),
      startJetnet(["mapping", ...common]),
    ])),
  );
  const nc = await connect({ servers: nats.url });
  defer(() => nc.close());
  const client = new JetnetClient(nc, { timeoutMs: 20_000 });
  const agents: JetnetProcess[] = await Promise.all(
    hosts.map((h) =>
      startJetnet([
        ...["agent", ...common, "--node", h.name],
        ...["--host-ip", h.ip, "--fabric", "linux", "--netns", h.netns],
        ...["--allowed-programs", allowedHooks, "--guest-netns-prefix", bed.guestPrefix],
        ...["--digest-interval", "1000"],
      ]),
    ),
  );
  defer(async () => {
    await Promise.all(agents.map((a) => a.stop().catch(() => undefined)));
  });
  const api = client.attachments("bench");
  await client.subnets("bench").create({
    meta: { name: "net" },
    spec: { vni: e2eVni, cidr: `${e2eNet}.0/24` },
  });
  const create = (name: string, host: { name: string; netns: string }, ip: string) =>
    api.create({
      meta: { name },
      spec: {
        node: host.name,
        subnet: "net",
        ip,
        postCreateExec: [guestUp, HookVar.IfName, HookVar.Netns, `${HookVar.Ipv4}/24`],
      },
    });

  const seeds = hosts.map((h, i) => ({ name: `s${i + 1}`, host: h, ip: `${e2eNet}.${11 + i}` }));
  /** Seed name → its guest namespace (the agent names it after the attachment's uid). */
  const seedGuests = new Map<string, string>();
  for (const s of seeds)
    seedGuests.set(s.name, bed.guestOf((await create(s.name, s.host, s.ip)).value.meta?.uid ?? ""));
  for (const s of seeds) {
    const ns = seedGuests.get(s.name) ?? "";
    const other = seeds.find((o) => o !== s)!;
    if ((await firstReplyUs(ns, other.ip, pingDeadlineMs)) === undefined)
      throw new Error(`seed ${s.name} cannot reach ${other.name}: the datapath does not work here`);
    // Probes measure jetnet, not the guest's ARP retry timer (1 s by default).
    const ifName = interfaceName(e2eVni, parseIPv4(s.ip) ?? 0);
    await run("ip", [
      ...["netns", "exec", ns, "sysctl", "-qw"],
      `net.ipv4.neigh.${ifName}.retrans_time_ms=50`,
      `net.ipv4.neigh.${ifName}.mcast_solicit=100`,
    ]);
  }

  const targets = (prefix: string, first: number): Target[] =>
    Array.from({ length: work.attachments }, (_, i) => {
      const h = i % hosts.length;
      return {
        name: `${prefix}${i + 1}`,
        host: hosts[h]!,
        ip: `${e2eNet}.${first + i}`,
        peerNetns: seedGuests.get(seeds[(h + 1) % hosts.length]!.name) ?? "",
      };
    });
  const stages = () => ({
    address: samples(),
    impl: samples(),
    hook: samples(),
    hookRun: samples(),
    ping: samples(),
  });
  let unreached = 0;
  const measure = async (t: Target, into: ReturnType<typeof stages>) => {
    const sentUs = nowUs();
    const [, replyUs] = await Promise.all([
      create(t.name, t.host, t.ip),
      firstReplyUs(t.peerNetns, t.ip, pingDeadlineMs),
    ]);
    if (replyUs === undefined) {
      unreached++;
      return;
    }
    into.ping.ms.push((replyUs - sentUs) / 1000);
    let a = await api.get(t.name);
    for (let i = 0; i < 100 && !a.value.status?.postCreateReport?.stopTimeUs; i++) {
      await new Promise((r) => setTimeout(r, 100));
      a = await api.get(t.name);
    }
    const report = a.value.status?.postCreateReport;
    if (report && report.exitStatus !== 0) console.log(`warning: ${t.name} hook failed: ${report.stderr}`);
    if (report?.startTimeUs && report.stopTimeUs)
      into.hookRun.ms.push((report.stopTimeUs - report.startTimeUs) / 1000);
    const stamps = a.value.meta?.writeTimesUs ?? {};
    const spec = stamps[Section.Spec] ?? 0;
    const since = (section: string, s: Samples) => {
      const at = stamps[section];
      if (at && spec) s.ms.push((at - spec) / 1000);
    };
    since(Section.Address, into.address);
    since(Section.Impl, into.impl);
    since(Section.Exec, into.hook);
  };

  const seq = stages();
  for (const t of targets("q", 100)) await measure(t, seq);
  const batch = stages();
  const started = performance.now();
  await Promise.all(targets("b", 150).map((t) => measure(t, batch)));
  const batchWallMs = performance.now() - started;
  const rows: Row[] = [];
  for (const [label, st] of [
    ["one at a time", seq],
    [`batch of ${work.attachments}`, batch],
  ] as const) {
    rows.push(
      row(`e2e ${label}`, "spec -> status.address (ipam)", st.address),
      row(`e2e ${label}`, "spec -> status.impl (interface made)", st.impl),
      row(`e2e ${label}`, "spec -> status.exec (guest-up done)", st.hook),
      row(`e2e ${label}`, "guest-up run time (hook start -> exit)", st.hookRun),
      row(`e2e ${label}`, "create sent -> first ping reply", st.ping),
    );
  }
  return { rows, unreached, batchWallMs };
}

function report(rows: readonly Row[]): string {
  const opt = (v: number | null, digits: number) => (v === null ? "" : v.toFixed(digits));
  return formatTable(
    [
      ...["section", "operation"].map((header) => ({ header })),
      ...["n", "calls", "p50 ms", "p99 ms", "mean ms", "late/early", "x veth"].map((header) => ({
        header,
        align: "right" as const,
      })),
    ],
    rows.map((r) => [
      r.section,
      r.operation,
      String(r.n),
      opt(r.callsPerOp, 1),
      formatMs(r.p50Ms),
      formatMs(r.p99Ms),
      formatMs(r.meanMs),
      opt(r.lateOverEarly, 2),
      opt(r.vsVeth, 1),
    ]),
  );
}

/**
 * A detached shell that removes the testbed's namespaces and root-namespace links (all named
 * `jn<tag>…` or `jnu<tag>`, the tag random per run) once this process is gone, however it went.
 * Why: under `tsx`, a Ctrl-C the child does not acknowledge within ~30 ms is followed by SIGKILL,
 * which no in-process handler survives.
 */
function startJanitor(tag: string): void {
  const script = `while kill -0 "$1" 2>/dev/null; do sleep 1; done
for ns in $(ip netns list | cut -d' ' -f1 | grep "^jn$2"); do ip netns del "$ns"; done
for l in $(ip -br link | cut -d' ' -f1 | cut -d@ -f1 | grep -E "^(jnu$2|jn$2)"); do ip link del "$l"; done`;
  spawn("sh", ["-c", script, "jetnet-bench-janitor", String(process.pid), tag], {
    detached: true,
    stdio: "ignore",
  }).unref();
}

/** Cleanups run last-in first-out, once, whether the run ends, fails or is interrupted. */
function cleanupStack() {
  const fns: (() => Promise<void>)[] = [];
  let running: Promise<void> | undefined;
  const runAll = () => {
    running ??= (async () => {
      for (const fn of fns.reverse()) await fn().catch((err: unknown) => console.error("cleanup:", err));
    })();
    return running;
  };
  return { defer: (fn: () => Promise<void>) => fns.push(fn), runAll };
}

async function main(): Promise<void> {
  const args = parseBenchArgs();
  const work: Workload = args.quick
    ? { entries: 50, freshVnis: 5, attachments: 6 }
    : { entries: 100, freshVnis: 10, attachments: 20 };
  const begun = performance.now();
  const cleanup = cleanupStack();
  // `on`, not `once`: lib/servers' own signal handler re-raises when no other listener is left,
  // which would end the process before the namespaces are gone. A second signal exits at once.
  let interrupted = false;
  const onSignal = (sig: NodeJS.Signals) => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(`${sig}: removing the bench's namespaces and links`);
    void cleanup.runAll().finally(() => process.exit(130));
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, onSignal);

  const bed = new Testbed();
  startJanitor(bed.tag);
  cleanup.defer(() => bed.destroy());
  try {
    await bed.createUnderlay();
    for (const n of [1, 2, 3, 9]) await bed.addHost(n);
    const opsHost = bed.hosts.find((h) => h.name === "host9")!;
    console.log(
      `bench:datapath: node ${process.version}, kernel ${release()}, ${work.entries} entries per fabric op, ` +
        `${work.freshVnis} fresh VNIs, ${work.attachments} attachments per e2e phase over 3 hosts`,
    );
    countIprouteCalls();
    const veth = vethBaseline(opsHost.netns, work);
    const fabricRows = await measureFabric(opsHost, work, veth.half);
    console.log("fabric ops measured");
    const e2e = await measureEndToEnd(bed, work, cleanup.defer);
    const baseRows = veth.rows();
    const vethP50 = baseRows.find((r) => r.operation === "veth add + del")!.p50Ms;
    const rows = [...fabricRows, ...baseRows];
    for (const r of rows) r.vsVeth = r.p50Ms / vethP50;
    rows.push(...e2e.rows);
    console.log(
      "\ncalls: iproute2 processes per op; late/early: mean of the last quarter / the first (growth with " +
        "population);\nx veth: p50 / p50 of one veth add + del; e2e stages are server stamps from the spec " +
        "write, first ping from the client's create request\n",
    );
    console.log(report(rows));
    console.log(
      `\nbatch wall time: ${(e2e.batchWallMs / 1000).toFixed(2)} s for ${work.attachments} attachments; ` +
        `never reached: ${e2e.unreached}`,
    );
    await writeResults(args, "datapath", {
      kernel: release(),
      config: { ...work, pingDeadlineMs },
      results: rows,
      batchWallMs: e2e.batchWallMs,
      unreached: e2e.unreached,
    });
  } finally {
    await cleanup.runAll();
  }
  console.log(`done in ${((performance.now() - begun) / 1000).toFixed(1)} s`);
}

runBench(main);
