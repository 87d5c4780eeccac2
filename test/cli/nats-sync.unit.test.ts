import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { parseNatsSync, planNatsSync } from "../../cli/up/nats-sync.js";
import { traitsOf } from "../../lib/nats/server.js";

describe("--nats-sync", () => {
  it("takes always, default and Go durations", () => {
    expect(parseNatsSync("always")).toEqual({ kind: "always" });
    expect(parseNatsSync("default")).toEqual({ kind: "default" });
    for (const d of ["1s", "200ms", "1m30s", "1.5h", "500us", "750µs", "100000000ns"]) {
      expect(parseNatsSync(d)).toEqual({ kind: "interval", duration: d });
    }
  });

  it("rejects anything else with the allowed forms", () => {
    for (const bad of ["", "sometimes", "ALWAYS", "10", "1 s", "-1s", "1d", "s", "1s2"]) {
      expect(() => parseNatsSync(bad), bad).toThrow(InvalidArgumentError);
      expect(() => parseNatsSync(bad), bad).toThrow(
        "expected always, default, or a duration such as 1s, 200ms, 1m30s",
      );
    }
    expect(() => parseNatsSync("0s")).toThrow("the interval must be longer than 0 (or: always)");
    expect(() => parseNatsSync("0m0.0s")).toThrow(InvalidArgumentError);
  });

  it("configures nats-server 2.10 and later", () => {
    const v210 = traitsOf("2.10.27");
    expect(planNatsSync(parseNatsSync("always"), v210)).toMatchObject({
      config: "jetstream { sync_interval: always }\n",
      warning: undefined,
    });
    expect(planNatsSync(parseNatsSync("1s"), v210)).toMatchObject({
      config: 'jetstream { sync_interval: "1s" }\n',
      note: "JetStream fsyncs every 1s (--nats-sync 1s)",
    });
    expect(planNatsSync(parseNatsSync("default"), v210).config).toBeUndefined();
  });

  it("warns, and leaves the config alone, on nats-server 2.9 (which has no sync_interval)", () => {
    const plan = planNatsSync(parseNatsSync("always"), traitsOf("nats-server: v2.9.10"));
    expect(plan.config).toBeUndefined();
    expect(plan.warning).toBe(
      "--nats-sync always cannot be applied: nats-server 2.9.10 has no sync_interval (it came with " +
        "2.10), so JetStream fsyncs every 2 minutes and an OS crash or power loss can lose writes " +
        "acknowledged in that time",
    );
    expect(planNatsSync(parseNatsSync("default"), traitsOf("2.9.10")).warning).toBeUndefined();
  });
});
