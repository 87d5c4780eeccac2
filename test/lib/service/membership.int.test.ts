import { setMaxListeners } from "node:events";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { Registry } from "prom-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Membership, type OwnershipChange } from "../../../lib/service/membership.js";
import { type NatsServer, startNats } from "../../harness/index.js";

/**
 * Replicas dividing VNIs over a real nats-server: they converge on one owner per VNI, a departing
 * replica's VNIs go to the others at once, and a killed one's (no departure: its connection
 * closed under it) once the liveness window has passed; the survivors are told exactly which
 * VNIs they gained.
 */

const intervalMs = 200;
const vnis = Array.from({ length: 600 }, (_, i) => 1 + i);

let server: NatsServer;

beforeAll(async () => {
  server = await startNats();
});
afterAll(async () => {
  await server?.stop();
});

/** One replica: its own connection, signal and membership, and the changes it was told of. */
interface Replica {
  readonly nc: NatsConnection;
  readonly ac: AbortController;
  readonly members: Membership;
  readonly changes: OwnershipChange[];
  readonly run: Promise<void>;
}

const running: Replica[] = [];

async function replica(
  service: string,
  ready?: Promise<void>,
  registry?: Registry,
  o: { healthy?: () => boolean; livenessMs?: number; role?: string } = {},
): Promise<Replica> {
  const nc = await connect({ servers: server.url });
  const ac = new AbortController();
  setMaxListeners(0, ac.signal);
  const members = new Membership({ nc, service, intervalMs, registry, ...o });
  const changes: OwnershipChange[] = [];
  members.onChange((c) => changes.push(c));
  const r = { nc, ac, members, changes, run: members.run(ac.signal, ready) };
  running.push(r);
  return r;
}

afterEach(async () => {
  for (const r of running.splice(0)) {
    r.ac.abort();
    await r.run;
    if (!r.nc.isClosed()) await r.nc.close();
  }
});

async function until(what: string, probe: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every replica sees exactly these replicas, and none still owns every VNI (warm-up over). */
const converged = (rs: readonly Replica[]) => {
  const ids = rs.map((r) => r.members.id).sort();
  return rs.every(
    (r) =>
      r.members.members.join() === ids.join() && (rs.length === 1 || vnis.some((v) => !r.members.owns(v))),
  );
};

/** VNI → the replicas that own it. */
const ownersOf = (rs: readonly Replica[]) =>
  new Map(vnis.map((v) => [v, rs.filter((r) => r.members.owns(v)).map((r) => r.members.id)]));

describe("Membership", () => {
  it("a replica alone owns every VNI, before and after it starts announcing", async () => {
    const a = await replica("solo");
    expect(vnis.every((v) => a.members.owns(v))).toBe(true);
    await new Promise((r) => setTimeout(r, 3 * intervalMs));
    expect(a.members.members).toEqual([a.members.id]);
    expect(vnis.every((v) => a.members.owns(v))).toBe(true);
  });

  it("three replicas converge on exactly one owner per VNI, each owning a share", async () => {
    const registry = new Registry();
    const rs = [await replica("three", undefined, registry), await replica("three"), await replica("three")];
    await until("three replicas to agree", () => converged(rs));
    const owners = ownersOf(rs);
    for (const v of vnis) expect(owners.get(v)).toHaveLength(1);
    for (const r of rs) expect(vnis.filter((v) => r.members.owns(v)).length).toBeGreaterThan(vnis.length / 6);
    // The first replica's gauges: three members seen, after at least one change of view.
    const metrics = await registry.getMetricsAsJSON();
    const members = metrics.find((m) => m.name === "jetnet_replica_members");
    expect(members?.values).toEqual([{ labels: { service: "three" }, value: 3 }]);
    const changes = metrics.find((m) => m.name === "jetnet_replica_membership_changes_total");
    expect(changes?.values[0]?.value).toBeGreaterThanOrEqual(1);
  });

  it("a departing replica's VNIs go to the survivors, who are told which they gained", async () => {
    const rs = [await replica("leave"), await replica("leave"), await replica("leave")];
    await until("three replicas to agree", () => converged(rs));
    const [gone, ...survivors] = rs as [Replica, Replica, Replica];
    const itsVnis = vnis.filter((v) => gone.members.owns(v));
    for (const s of survivors) s.changes.length = 0;
    gone.ac.abort();
    await gone.run;
    await until("the survivors to drop the departed replica", () => converged(survivors));
    expectTakeover(survivors, itsVnis);
  });

  it("a killed replica (no departure) is dropped after the liveness window and its VNIs re-driven", async () => {
    const rs = [await replica("kill"), await replica("kill"), await replica("kill")];
    await until("three replicas to agree", () => converged(rs));
    const [dead, ...survivors] = rs as [Replica, Replica, Replica];
    const itsVnis = vnis.filter((v) => dead.members.owns(v));
    for (const s of survivors) s.changes.length = 0;
    // Its connection goes away under it: nothing more is heard, not even a departure.
    await dead.nc.close();
    const killedAt = Date.now();
    await until("the survivors to drop the killed replica", () => converged(survivors));
    console.log(
      `membership: killed replica dropped after ${Date.now() - killedAt} ms (window ${3 * intervalMs} ms)`,
    );
    expectTakeover(survivors, itsVnis);
  });

  it("a newcomer owns everything during its first interval, then its share; the others give it up", async () => {
    const rs = [await replica("join"), await replica("join")];
    await until("two replicas to agree", () => converged(rs));
    const late = await replica("join");
    // Right after it starts it has heard nobody and owns every VNI: overlap, never a gap.
    expect(vnis.every((v) => late.members.owns(v))).toBe(true);
    await until("three replicas to agree", () => converged([...rs, late]));
    const owners = ownersOf([...rs, late]);
    for (const v of vnis) expect(owners.get(v)).toHaveLength(1);
    // What the newcomer now owns it has owned all along: it gained nothing after starting.
    expect(late.changes.every((c) => vnis.every((v) => !c.gained(v)))).toBe(true);
  });

  it("a replica listens before it is ready: unheard until then, and owning only its share once it is", async () => {
    const rs = [await replica("ready"), await replica("ready")];
    await until("two replicas to agree", () => converged(rs));
    let ready!: () => void;
    const late = await replica("ready", new Promise<void>((r) => (ready = r)));
    await until("the late replica to hear the others", () => late.members.members.length === 3);
    await until("its warm-up to end", () => vnis.some((v) => !late.members.owns(v)));
    // Not yet announcing: the others neither count it nor give it anything.
    expect(rs.every((r) => r.members.members.length === 2)).toBe(true);
    const share = vnis.filter((v) => late.members.owns(v));
    ready();
    await until("three replicas to agree", () => converged([...rs, late]));
    expect(vnis.filter((v) => late.members.owns(v))).toEqual(share);
    const owners = ownersOf([...rs, late]);
    for (const v of vnis) expect(owners.get(v)).toHaveLength(1);
  });
});

/** The survivors own every VNI once, and what they were told they gained is the lost share. */
function expectTakeover(survivors: readonly Replica[], lost: readonly number[]): void {
  const owners = ownersOf(survivors);
  for (const v of vnis) expect(owners.get(v)).toHaveLength(1);
  const gained = new Set(survivors.flatMap((s) => vnis.filter((v) => s.changes.some((c) => c.gained(v)))));
  expect([...gained].sort((a, b) => a - b)).toEqual([...lost].sort((a, b) => a - b));
  expect(lost.length).toBeGreaterThan(0);
}

describe("a replica that cannot work", () => {
  it("leaves its share to the others at once, and takes it back when it can", async () => {
    let healthy = true;
    const a = await replica("health", undefined, undefined, { healthy: () => healthy });
    // b would drop a silent replica only after a minute: within this test only a departure does it.
    const b = await replica("health", undefined, undefined, { livenessMs: 60_000 });
    await until("both see both", () => a.members.members.length === 2 && b.members.members.length === 2);
    healthy = false;
    await until("b alone", () => b.members.members.length === 1);
    expect(vnis.every((v) => b.members.owns(v))).toBe(true);
    healthy = true;
    await until("both again", () => b.members.members.length === 2);
    await until("a sees both", () => a.members.members.length === 2);
    expect(vnis.filter((v) => a.members.owns(v) === b.members.owns(v))).toEqual([]);
  });
});

describe("roles", () => {
  it('each replica hears the roles of the live ones (none: ""), and forgets a departed one\'s', async () => {
    const full = await replica("roles", undefined, undefined, { role: "full" });
    const writer = await replica("roles", undefined, undefined, { role: "writer" });
    const older = await replica("roles");
    const all = [full, writer, older];
    await until("all see all", () => converged(all));
    for (const r of all) expect(r.members.liveRoles().sort()).toEqual(["", "full", "writer"]);
    // Its own role comes first, heard or not.
    expect(writer.members.liveRoles()[0]).toBe("writer");
    full.ac.abort();
    await full.run;
    await until(
      "the full one is gone",
      () => writer.members.members.length === 2 && older.members.members.length === 2,
    );
    expect(writer.members.liveRoles().sort()).toEqual(["", "writer"]);
    expect(older.members.liveRoles().sort()).toEqual(["", "writer"]);
  });
});
