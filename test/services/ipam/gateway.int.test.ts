import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Bucket } from "../../../lib/api/subjects.js";
import { type NetworkAttachment, subnetCodec } from "../../../lib/codec.js";
import { ErrorCode, JetnetError } from "../../../lib/errors.js";
import { vniKeys } from "../../../lib/ipam/leases.js";
import { openStore } from "../../../lib/store/store.js";
import { eventually, startSystem, type TestSystem } from "./system.js";

/**
 * The leasing rules a subnet declares (gateway, exclusions, network/broadcast/reserved
 * addresses), through the API against real servers: never leased dynamically, a static request
 * refused with the rule it breaks (at admission when the subnet exists, in the attachment's
 * status otherwise), and an update that would rule out an address in use refused; should one
 * get past admission anyway (a race), ipam moves the attachment off the address.
 */

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ gcGraceMs: 500, gcIntervalMs: 300 });
});
afterAll(async () => {
  await sys?.stop();
});

const ipNum = (s: string) => s.split(".").reduce((n, o) => n * 256 + Number(o), 0);

async function validSubnet(
  ns: string,
  name: string,
  spec: { vni: number; cidr: string; gateway?: string; exclude?: string[] },
) {
  await sys.client.subnets(ns).create({ meta: { name }, spec });
  return eventually(
    async () => {
      const s = await sys.client.subnets(ns).get(name);
      return s.value.status?.validated ? s : undefined;
    },
    10_000,
    `subnet ${ns}/${name} validated`,
  );
}

/** Creates attachments and waits until each holds an address or says why it has none. */
async function settle(ns: string, names: string[], subnet: string, ip = "") {
  for (const name of names)
    await sys.client.attachments(ns).create({ meta: { name }, spec: { node: "n1", subnet, ip } });
  return eventually(
    async () => {
      const out: NetworkAttachment[] = [];
      for (const name of names) {
        const a = (await sys.client.attachments(ns).get(name)).value;
        if (!a.status?.ip && !a.status?.ipamErrors?.length) return undefined;
        out.push(a);
      }
      return out;
    },
    15_000,
    `${names.join(",")} settled`,
  );
}

async function refusal(p: Promise<unknown>): Promise<JetnetError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof JetnetError)) throw new Error(`expected a JetnetError, got ${String(err)}`);
  return err;
}

describe("a subnet's gateway is never leased", () => {
  it("dynamic allocation skips a custom gateway, also when the subnet runs out", async () => {
    // 10.50.0.0/29: .0 network, .1 reserved, .7 broadcast; .4 the gateway; .2 .3 .5 .6 leasable.
    await validSubnet("gw", "small", { vni: 5001, cidr: "10.50.0.0/29", gateway: "10.50.0.4" });
    const all = await settle("gw", ["a", "b", "c", "d", "e"], "small");
    const ips = all
      .map((a) => a.status?.ip)
      .filter(Boolean)
      .sort();
    expect(ips).toEqual(["10.50.0.2", "10.50.0.3", "10.50.0.5", "10.50.0.6"]);
    const waiting = all.filter((a) => !a.status?.ip);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.status?.ipamErrors?.[0]).toMatch(/exhausted/);
    expect(await sys.redisClient.hget(vniKeys(5001).ip, String(ipNum("10.50.0.4")))).toBeNull();
  });

  it("a static request for the gateway is refused at admission, naming spec.ip and the rule", async () => {
    await validSubnet("gw", "custom", { vni: 5002, cidr: "10.51.8.0/24", gateway: "10.51.8.50" });
    const err = await refusal(
      sys.client.attachments("gw").create({
        meta: { name: "wants-gw" },
        spec: { node: "n1", subnet: "custom", ip: "10.51.8.50" },
      }),
    );
    expect(err.code).toBe(ErrorCode.Invalid);
    expect(err.field).toBe("spec.ip");
    expect(err.message).toContain("is the gateway of subnet gw/custom (10.51.8.0/24)");
    // Nothing was written.
    expect((await sys.client.attachments("gw").list()).items.map((i) => i.value.meta?.name)).not.toContain(
      "wants-gw",
    );
  });

  it("a static request made before its subnet exists is refused by ipam in the status", async () => {
    await sys.client
      .attachments("early")
      .create({ meta: { name: "gw-static" }, spec: { node: "n1", subnet: "later", ip: "10.52.0.9" } });
    await validSubnet("early", "later", { vni: 5003, cidr: "10.52.0.0/24", gateway: "10.52.0.9" });
    const a = await eventually(
      async () => {
        const x = (await sys.client.attachments("early").get("gw-static")).value;
        return /gateway/.test(x.status?.ipamErrors?.[0] ?? "") ? x : undefined;
      },
      10_000,
      "gateway refusal in status",
    );
    expect(a?.status?.ip).toBe("");
    expect(a?.status?.ipamErrors).toEqual([
      "requested address 10.52.0.9 is the gateway of subnet early/later (10.52.0.0/24) (spec.gateway) and is never leased",
    ]);
    expect(await sys.redisClient.hget(vniKeys(5003).ip, String(ipNum("10.52.0.9")))).toBeNull();
  });
});

describe("every other address a subnet rules out", () => {
  it("refuses static requests for the network, reserved, broadcast, excluded and outside addresses", async () => {
    await validSubnet("rules", "web", {
      vni: 5010,
      cidr: "10.53.0.0/24",
      exclude: ["10.53.0.10", "10.53.0.20-10.53.0.29"],
    });
    const cases: [string, string][] = [
      ["10.53.0.0", "is the network address of subnet rules/web (10.53.0.0/24)"],
      ["10.53.0.1", "is reserved in subnet rules/web (10.53.0.0/24)"],
      ["10.53.0.255", "is the broadcast address of subnet rules/web (10.53.0.0/24)"],
      ["10.53.0.10", 'is excluded from subnet rules/web (10.53.0.0/24) by spec.exclude[0] "10.53.0.10"'],
      ["10.53.0.25", 'by spec.exclude[1] "10.53.0.20-10.53.0.29"'],
      ["10.54.0.7", "is not in subnet rules/web (10.53.0.0/24)"],
    ];
    for (const [ip, message] of cases) {
      const err = await refusal(
        sys.client
          .attachments("rules")
          .create({ meta: { name: "s" }, spec: { node: "n1", subnet: "web", ip } }),
      );
      expect([err.code, err.field, ip]).toEqual([ErrorCode.Invalid, "spec.ip", ip]);
      expect(err.message).toContain(message);
    }
    expect((await sys.client.attachments("rules").list()).items).toEqual([]);
    // A leasable static address is still granted.
    const [ok] = await settle("rules", ["fine"], "web", "10.53.0.30");
    expect(ok?.status?.ip).toBe("10.53.0.30");
  });

  it("refuses an update that moves the gateway, or adds an exclusion, onto an address in use", async () => {
    const s = await validSubnet("upd", "net", { vni: 5020, cidr: "10.55.0.0/28" });
    // Which of the two gets which address depends on the allocation order.
    const held = await settle("upd", ["a", "b"], "net");
    expect(held.map((x) => x.status?.ip).sort()).toEqual(["10.55.0.2", "10.55.0.3"]);
    const holderOf = (ip: string) => `upd/${held.find((x) => x.status?.ip === ip)?.meta?.name}`;

    const moveGw = await refusal(
      sys.client
        .subnets("upd")
        .update({ ...s.value, spec: { ...s.value.spec, gateway: "10.55.0.3" } }, s.revision),
    );
    expect([moveGw.code, moveGw.field]).toEqual([ErrorCode.Invalid, "spec.gateway"]);
    expect(moveGw.message).toContain(`10.55.0.3 is the address of attachment ${holderOf("10.55.0.3")},`);

    const exclude = await refusal(
      sys.client
        .subnets("upd")
        .update(
          { ...s.value, spec: { ...s.value.spec, exclude: ["10.55.0.9", "10.55.0.2-10.55.0.2"] } },
          s.revision,
        ),
    );
    expect([exclude.code, exclude.field]).toEqual([ErrorCode.Invalid, "spec.exclude[1]"]);
    expect(exclude.message).toContain(
      `"10.55.0.2-10.55.0.2" covers 10.55.0.2, the address of attachment ${holderOf("10.55.0.2")};`,
    );
    // Neither was written.
    expect((await sys.client.subnets("upd").get("net")).revision).toBe(s.revision);

    // Onto free addresses both are accepted, and allocation honours them at once.
    const moved = await sys.client
      .subnets("upd")
      .update(
        { ...s.value, spec: { ...s.value.spec, gateway: "10.55.0.4", exclude: ["10.55.0.5"] } },
        s.revision,
      );
    expect(moved.value.spec?.gateway).toBe("10.55.0.4");
    const [c] = await settle("upd", ["c"], "net");
    expect(c?.status?.ip).toBe("10.55.0.6");
  });

  it("moves an attachment off an address that an update made the gateway, when admission was bypassed", async () => {
    const s = await validSubnet("race", "net", {
      vni: 5030,
      cidr: "10.56.0.0/28",
      exclude: ["10.56.0.8-10.56.0.14"],
    });
    const [a] = await settle("race", ["a"], "net");
    expect(a?.status?.ip).toBe("10.56.0.2");
    // As if the update had been admitted just before ipam leased 10.56.0.2: written to the bucket.
    const subnets = await openStore(sys.nc, { bucket: Bucket.Subnets, codec: subnetCodec, bindOnly: true });
    await subnets.update(
      "race.net",
      { ...s.value, spec: { ...s.value.spec, gateway: "10.56.0.2" } },
      s.revision,
    );
    const moved = await eventually(
      async () => {
        const x = (await sys.client.attachments("race").get("a")).value;
        return x.status?.ip && x.status.ip !== "10.56.0.2" ? x : undefined;
      },
      10_000,
      "attachment moved off the gateway",
    );
    expect(moved.status?.ip).toBe("10.56.0.3");
    expect(moved.status?.ipamErrors).toEqual([]);
    const leases = await sys.redisClient.hgetall(vniKeys(5030).ip);
    expect(Object.keys(leases)).toEqual([String(ipNum("10.56.0.3"))]);
  });

  it("moves an attachment off an address that an update excluded, when admission was bypassed", async () => {
    const s = await validSubnet("race", "ex", { vni: 5031, cidr: "10.57.0.0/28" });
    const [a] = await settle("race", ["e1"], "ex");
    expect(a?.status?.ip).toBe("10.57.0.2");
    const subnets = await openStore(sys.nc, { bucket: Bucket.Subnets, codec: subnetCodec, bindOnly: true });
    await subnets.update(
      "race.ex",
      { ...s.value, spec: { ...s.value.spec, exclude: ["10.57.0.0/29"] } },
      s.revision,
    );
    const moved = await eventually(
      async () => {
        const x = (await sys.client.attachments("race").get("e1")).value;
        return x.status?.ip && x.status.ip !== "10.57.0.2" ? x : undefined;
      },
      10_000,
      "attachment moved off the excluded address",
    );
    expect(moved.status?.ip).toBe("10.57.0.8");
    expect(Object.keys(await sys.redisClient.hgetall(vniKeys(5031).ip))).toEqual([
      String(ipNum("10.57.0.8")),
    ]);
  });

  it("an exclusion lifted by an update is leased again", async () => {
    // 10.58.0.0/28 leases .2-.14; all but .14 excluded.
    const s = await validSubnet("lift", "net", {
      vni: 5040,
      cidr: "10.58.0.0/28",
      exclude: ["10.58.0.2-10.58.0.13"],
    });
    const all = await settle("lift", ["a", "b"], "net");
    const holder = all.find((a) => a.status?.ip);
    const waiter = all.find((a) => !a.status?.ip);
    expect(holder?.status?.ip).toBe("10.58.0.14");
    expect(waiter?.status?.ipamErrors?.[0]).toMatch(/exhausted/);
    await sys.client
      .subnets("lift")
      .update({ ...s.value, spec: { ...s.value.spec, exclude: [] } }, s.revision);
    const b = await eventually(async () => {
      const x = (await sys.client.attachments("lift").get(waiter?.meta?.name ?? "")).value;
      return x.status?.ip ? x : undefined;
    });
    expect(b.status?.ip).toBe("10.58.0.2");
  });
});
