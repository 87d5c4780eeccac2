import type { StreamInfo } from "@nats-io/jetstream";
import { describe, expect, it } from "vitest";
import { streamLeader, traitsOf } from "../../../lib/nats/server.js";

/** A stream info as the servers answer it; only the cluster section matters here. */
const info = (cluster?: { name?: string; leader?: string }) => ({ cluster }) as unknown as StreamInfo;

describe("server traits", () => {
  it("reads the release from the server info or from `nats-server --version`", () => {
    expect(traitsOf("2.9.10")).toEqual({
      version: "2.9.10",
      standaloneStreamHasLeader: false,
      syncInterval: false,
    });
    expect(traitsOf("2.10.27")).toEqual({
      version: "2.10.27",
      standaloneStreamHasLeader: true,
      syncInterval: true,
    });
    expect(traitsOf("nats-server: v2.11.0-RC.1")).toMatchObject({
      version: "2.11.0-RC.1",
      syncInterval: true,
    });
    expect(traitsOf("2.9.25").syncInterval).toBe(false);
  });

  it("gives an unreadable or missing version the 2.9 traits", () => {
    expect(traitsOf(undefined)).toEqual({
      version: "unknown",
      standaloneStreamHasLeader: false,
      syncInterval: false,
    });
    expect(traitsOf("dev").syncInterval).toBe(false);
  });
});

describe("streamLeader", () => {
  const v29 = traitsOf("2.9.10");
  const v210 = traitsOf("2.10.27");

  it("names no leader for a standalone server: 2.9 sends no cluster section, 2.10 names itself", () => {
    expect(streamLeader(info(), v29)).toBeUndefined();
    expect(streamLeader(info({ leader: "NBZ2SMFW" }), v210)).toBeUndefined();
  });

  it("names the leader of a clustered stream in both releases", () => {
    expect(streamLeader(info({ name: "c1", leader: "n2" }), v29)).toBe("n2");
    expect(streamLeader(info({ name: "c1", leader: "n2" }), v210)).toBe("n2");
    // Between elections a clustered stream has no leader.
    expect(streamLeader(info({ name: "c1" }), v210)).toBeUndefined();
  });
});
