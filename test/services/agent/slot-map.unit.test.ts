import { describe, expect, it } from "vitest";
import { seededRng } from "../../../lib/random.js";
import { entryId, SlotMap } from "../../../services/agent/fabric/types.js";

/** Addresses that meet every case of the key: low and high IPv4 (the sign bit), and no IPv4. */
const ips = [
  "0.0.0.0",
  "10.0.0.1",
  "10.0.0.2",
  "127.255.255.255",
  "128.0.0.0",
  "255.255.255.255",
  "fd00::1",
  "x",
];
const vnis = [0, 1, 7, 0x1f_ffff, 0x20_0000, 2 ** 24 - 1];

describe("SlotMap", () => {
  it("behaves as a map keyed by `<vni>/<ip>` over random operations", () => {
    const rng = seededRng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
    const m = new SlotMap<number>();
    const model = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const at = { vni: pick(vnis), ip: pick(ips) };
      const id = entryId(at);
      const r = rng();
      if (r < 0.5) {
        m.set(at, i);
        model.set(id, i);
      } else if (r < 0.8) {
        expect(m.delete(at)).toBe(model.delete(id));
      } else {
        expect(m.get(at)).toBe(model.get(id));
        expect(m.has(at)).toBe(model.has(id));
      }
      expect(m.size).toBe(model.size);
    }
    expect([...m.values()].sort((a, b) => a - b)).toEqual([...model.values()].sort((a, b) => a - b));
  });

  it("keeps addresses with and without the top bit apart, and text from numbers", () => {
    const m = new SlotMap<string>();
    m.set({ vni: 5, ip: "128.0.0.1" }, "high");
    m.set({ vni: 5, ip: "0.0.0.1" }, "low");
    m.set({ vni: 5, ip: "1" }, "text");
    m.set({ vni: 6, ip: "0.0.0.1" }, "other vni");
    expect(m.get({ vni: 5, ip: "128.0.0.1" })).toBe("high");
    expect(m.get({ vni: 5, ip: "0.0.0.1" })).toBe("low");
    expect(m.get({ vni: 5, ip: "1" })).toBe("text");
    expect(m.get({ vni: 6, ip: "0.0.0.1" })).toBe("other vni");
    expect(m.size).toBe(4);
    expect(m.delete({ vni: 6, ip: "0.0.0.1" })).toBe(true);
    expect(m.delete({ vni: 6, ip: "0.0.0.1" })).toBe(false);
    expect(m.size).toBe(3);
  });
});
