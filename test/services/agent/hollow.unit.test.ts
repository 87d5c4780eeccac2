import { describe, expect, it } from "vitest";
import { hollowSpecs } from "../../../services/agent/service.js";

describe("hollowSpecs", () => {
  it("names nodes from the first number on, with host IPs that processes with disjoint ranges never share", async () => {
    const a = await hollowSpecs(3, "node");
    const b = await hollowSpecs(2, "node", 256);
    expect(a.map((s) => [s.node, s.hostIp])).toEqual([
      ["node-1", "100.64.0.0"],
      ["node-2", "100.64.0.1"],
      ["node-3", "100.64.0.2"],
    ]);
    expect(b.map((s) => [s.node, s.hostIp])).toEqual([
      ["node-256", "100.64.0.255"],
      ["node-257", "100.64.1.0"],
    ]);
    const whole = await hollowSpecs(600, "node");
    const halves = [...(await hollowSpecs(300, "node")), ...(await hollowSpecs(300, "node", 301))];
    expect(halves.map((s) => [s.node, s.hostIp])).toEqual(whole.map((s) => [s.node, s.hostIp]));
    await Promise.all([...a, ...b, ...whole, ...halves].map((s) => s.fabric.close()));
  });
});
