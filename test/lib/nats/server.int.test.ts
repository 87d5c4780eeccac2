import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverTraits, streamLeader, traitsOf } from "../../../lib/nats/server.js";
import { type NatsServer, natsServerVersion, startNats } from "../../harness/index.js";

let server: NatsServer;
let nc: NatsConnection;

beforeAll(async () => {
  server = await startNats();
  nc = await connect({ servers: server.url });
});
afterAll(async () => {
  await nc?.close();
  await server?.stop();
});

// Runs against whichever release the suite tests: it fails when a release behaves otherwise than
// its traits say, so that a new difference shows up here first.
describe("server traits against the running release", () => {
  it("are read from the connection's server info", () => {
    expect(serverTraits(nc)).toEqual(traitsOf(natsServerVersion()));
    expect(serverTraits(nc).version).toBe(natsServerVersion());
  });

  it("say whether a standalone server names itself as its streams' leader; its consumers name none", async () => {
    const traits = serverTraits(nc);
    await new Kvm(nc).create("traits");
    const jsm = await jetstreamManager(nc);
    const si = await jsm.streams.info("KV_traits");
    expect(si.cluster?.leader !== undefined).toBe(traits.standaloneStreamHasLeader);
    expect(streamLeader(si, traits)).toBeUndefined();
    const oc = await jetstream(nc).consumers.getPushConsumer("KV_traits", {
      filter_subjects: "$KV.traits.>",
    });
    try {
      expect((await oc.info(true)).cluster).toBeUndefined();
    } finally {
      await oc.delete();
    }
  });

  it("say whether the server reports JetStream's sync_interval", async () => {
    const varz = (await (await fetch(`${server.monitorUrl}/varz`)).json()) as {
      jetstream: { config: { sync_interval?: number } };
    };
    // 2.10 reports its default (2 minutes); 2.9 has no such setting.
    expect(varz.jetstream.config.sync_interval).toBe(serverTraits(nc).syncInterval ? 120e9 : undefined);
  });
});
