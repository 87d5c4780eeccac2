import { describe, expect, it } from "vitest";
import { attachmentCodec, type NetworkAttachment, type NodeWork } from "../../../lib/codec.js";
import { seededRng } from "../../../lib/random.js";
import { mappedHostIp, project, sameNodeWork } from "../../../services/mapping/project.js";

/** The fields sameNodeWork compares, by section of the node work's attachment. */
const compared = {
  attachment: ["meta", "spec", "status"],
  meta: ["namespace", "name", "uid", "generation", "writeTimesUs"],
  writeTimesUs: ["spec"],
  spec: ["node", "subnet", "ip", "postCreateExec", "postDeleteExec"],
  status: ["ip", "vni", "leaseSeq", "mac"],
};

/** Every field of an attachment set, decoded as the services decode it (defaults as own keys). */
function full(): NetworkAttachment {
  return attachmentCodec.decode(
    attachmentCodec.encode({
      meta: {
        namespace: "ns",
        name: "a",
        uid: "u1",
        createTimeUs: 5,
        writeTimesUs: { spec: 10, address: 11, impl: 12, exec: 13 },
        generation: 2,
        labels: { app: "web" },
      },
      spec: { node: "n1", subnet: "s1", ip: "10.0.0.5", postCreateExec: ["up"], postDeleteExec: ["down"] },
      status: {
        ip: "10.0.0.5",
        vni: 7,
        leaseSeq: 3,
        mac: "02:00:0a:00:00:05",
        ifName: "jn0",
        hostIp: "100.64.0.1",
        hostErrors: ["e"],
      },
    }),
  );
}

/**
 * The comparison sameNodeWork replaces, the encodings of the two attachments, with an absent
 * section encoded as an empty one (which agents cannot tell apart either).
 */
const sameEncoding = (a: NodeWork, b: NodeWork) => {
  const whole = (w: NodeWork) => {
    const x = w.attachment ?? {};
    return attachmentCodec.encode({ meta: x.meta ?? {}, spec: x.spec ?? {}, status: x.status ?? {} });
  };
  return Buffer.compare(whole(a), whole(b)) === 0;
};

describe("sameNodeWork", () => {
  it("covers every field project() puts in a node work, the whole spec included", () => {
    const work = project({ key: "ns.a", value: full(), revision: 9 }).node?.value;
    const a = work?.attachment;
    expect(a).toBeDefined();
    expect(Object.keys(a ?? {}).sort()).toEqual([...compared.attachment].sort());
    expect(Object.keys(a?.meta ?? {}).every((k) => compared.meta.includes(k))).toBe(true);
    expect(Object.keys(a?.meta?.writeTimesUs ?? {})).toEqual(compared.writeTimesUs);
    // project() copies the spec whole: a new AttachmentSpec field shows here as a key.
    expect(Object.keys(a?.spec ?? {}).sort()).toEqual([...compared.spec].sort());
    expect(Object.keys(a?.status ?? {}).every((k) => compared.status.includes(k))).toBe(true);
  });

  it("agrees with comparing the encodings, over random pairs of attachments", () => {
    const rand = seededRng(25);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const attachment = (): NetworkAttachment => {
      const a = full();
      // Each field absent, at its default or at one of two values: pairs often differ in one.
      const meta = a.meta!;
      meta.name = pick(["a", "b", ""]);
      meta.uid = pick(["u1", "u2"]);
      meta.generation = pick([0, 2, 3]);
      meta.writeTimesUs = pick<Record<string, number>>([{ spec: 10, impl: 12 }, { spec: 11 }, {}]);
      meta.labels = pick<Record<string, string>>([{}, { app: "db" }]);
      const spec = a.spec!;
      spec.node = pick(["n1", "n2"]);
      spec.subnet = pick(["s1", "s2"]);
      spec.ip = pick(["", "10.0.0.5"]);
      spec.postCreateExec = pick([[], ["up"], ["up", "x"]]);
      spec.postDeleteExec = pick([[], ["down"]]);
      const status = a.status!;
      status.ip = pick(["10.0.0.5", "10.0.0.6"]);
      status.vni = pick([7, 8]);
      status.leaseSeq = pick([0, 3, 4]);
      status.mac = pick(["", "02:00:0a:00:00:05"]);
      status.hostIp = pick(["", "100.64.0.1"]);
      status.ifName = pick(["", "jn0"]);
      if (rand() < 0.1) delete a.spec;
      return a;
    };
    const outcomes = { same: 0, different: 0 };
    for (let i = 0; i < 20_000; i++) {
      const first = attachment();
      // The second: the first, or another draw, or the first with one field drawn again.
      const other = attachment();
      const second: NetworkAttachment = rand() < 0.2 ? other : structuredClone(first);
      if (second !== other && rand() < 0.8) {
        const section = pick(["meta", "spec", "status"] as const);
        const from = other[section] as Record<string, unknown> | undefined;
        second[section] ??= {};
        const to = second[section] as Record<string, unknown>;
        const field = pick(Object.keys(from ?? to));
        if (from && field !== undefined) to[field] = structuredClone(from[field]);
      }
      const x = project({ key: "ns.a", value: first, revision: 1 }).node?.value;
      const y = project({ key: "ns.a", value: second, revision: 2 }).node?.value;
      if (!x || !y) continue;
      const same = sameNodeWork(x, y);
      expect(same).toBe(sameEncoding(x, y));
      outcomes[same ? "same" : "different"]++;
    }
    expect(outcomes.same).toBeGreaterThan(100);
    expect(outcomes.different).toBeGreaterThan(100);
  });

  it("sees a node work as the same when only what a status report writes changed", () => {
    const a = full();
    const b = full();
    b.status!.hostIp = "100.64.0.9";
    b.status!.ifName = "jn9";
    b.meta!.writeTimesUs = { ...b.meta!.writeTimesUs, impl: 99 };
    const x = project({ key: "ns.a", value: a, revision: 1 }).node!.value;
    const y = project({ key: "ns.a", value: b, revision: 2 }).node!.value;
    expect(sameNodeWork(x, y)).toBe(true);
    b.spec!.postDeleteExec = ["other"];
    expect(sameNodeWork(x, project({ key: "ns.a", value: b, revision: 3 }).node!.value)).toBe(false);
  });
});

describe("mappedHostIp", () => {
  const addressed = (status: NetworkAttachment["status"], impl = false): NetworkAttachment => ({
    meta: { namespace: "ns", name: "a", writeTimesUs: { spec: 1, ...(impl ? { "status.impl": 2 } : {}) } },
    spec: { node: "n1", subnet: "s" },
    status: { ip: "10.0.0.5", vni: 7, ...status },
  });
  const known = (node: string) => (node === "n1" ? "100.64.0.7" : "");

  it("takes the reported host, else the stamped one, else the node's known one, and none after a failed report", () => {
    expect(
      mappedHostIp(addressed({ hostIp: "100.64.0.1", ifName: "e", nodeHostIp: "100.64.0.2" }), known),
    ).toBe("100.64.0.1");
    expect(mappedHostIp(addressed({ nodeHostIp: "100.64.0.2" }), known)).toBe("100.64.0.2");
    expect(mappedHostIp(addressed({}), known)).toBe("100.64.0.7");
    expect(mappedHostIp(addressed({}))).toBe("");
    expect(mappedHostIp(addressed({ hostErrors: ["x"] }, true), known)).toBe("");
    expect(project({ key: "ns.a", revision: 3, value: addressed({}) }, known).map?.value.hostIp).toBe(
      "100.64.0.7",
    );
    expect(project({ key: "ns.a", revision: 3, value: addressed({}) }).map).toBeUndefined();
  });
});
