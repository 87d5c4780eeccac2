import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type JetnetProcess, type NatsServer, startJetnet, startNats } from "../../harness/index.js";

// Deployments of releases that stored the projections may still pass their flags: the service
// must start anyway (commander refuses unknown options) and say that they are ignored.
let nats: NatsServer;
let mapping: JetnetProcess | undefined;
beforeAll(async () => {
  nats = await startNats();
});
afterAll(async () => {
  await mapping?.stop();
  await nats?.stop();
});

describe("jetnet mapping", () => {
  it("starts with the flags of earlier releases and says they are ignored", async () => {
    mapping = await startJetnet([
      "mapping",
      "--nats",
      nats.url,
      "--metrics-addr",
      "off",
      "--workers",
      "4",
      "--tombstone-retention",
      "1000",
    ]);
    expect(mapping.running).toBe(true);
    expect(mapping.log()).toMatch(
      /"ignored":\["workers","tombstoneRetention"\].*flags of earlier releases are ignored/,
    );
  }, 60_000);
});
