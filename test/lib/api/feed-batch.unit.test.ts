import { headers, type Msg } from "@nats-io/nats-core";
import { describe, expect, it } from "vitest";
import {
  decodeFeedBatch,
  decodeFeedBatchChain,
  encodeFeedBatch,
  feedEntries,
} from "../../../lib/api/feed-batch.js";
import { feedSubject } from "../../../lib/api/subjects.js";
import { deletesWorkHeader } from "../../../lib/api/views.js";

const prefixLen = feedSubject("jetnet-map", "").length;
const bytes = (s: string) => new TextEncoder().encode(s);

function msg(subject: string, data: Uint8Array, h?: Record<string, string>): Msg {
  const hs = headers();
  for (const [k, v] of Object.entries(h ?? {})) hs.set(k, v);
  return { subject, data, headers: h ? hs : undefined } as unknown as Msg;
}

describe("feed batches", () => {
  it("carry values and deletes, with the node work a delete names, in order", () => {
    const entries = decodeFeedBatch(
      encodeFeedBatch([
        { key: "7.ns.a", value: bytes("a1") },
        { key: "7.ns.b", value: undefined, deletesWork: "n1.ns.b" },
        { key: "7.ns.c", value: undefined },
        { key: "7.ns.a", value: bytes("a2") },
      ]),
    );
    expect(entries.map((e) => [e.key, e.value && new TextDecoder().decode(e.value), e.deletesWork])).toEqual([
      ["7.ns.a", "a1", undefined],
      ["7.ns.b", undefined, "n1.ns.b"],
      ["7.ns.c", undefined, undefined],
      ["7.ns.a", "a2", undefined],
    ]);
  });

  it("carry their place in the writer's chain exactly, as numbers, or none from an older writer", () => {
    // Revisions are µs timestamps: past 2^32, below 2^53.
    const revision = 1_765_000_000_123_457;
    const entry = { key: "7.ns.a", value: bytes("a") };
    expect(
      decodeFeedBatchChain(encodeFeedBatch([entry], { revision, previous: revision - 3 })).chain,
    ).toEqual({
      revision,
      previous: revision - 3,
    });
    // The view's first announcement names no predecessor; a small revision fits 32 bits.
    expect(decodeFeedBatchChain(encodeFeedBatch([], { revision: 5, previous: undefined })).chain).toEqual({
      revision: 5,
      previous: undefined,
    });
    const old = decodeFeedBatchChain(encodeFeedBatch([entry]));
    expect(old.chain).toBeUndefined();
    expect(old.entries.map((e) => e.key)).toEqual(["7.ns.a"]);
  });

  it("reads one feed message as its entries, a batch or a single announcement", () => {
    const batch = encodeFeedBatch([
      { key: "7.ns.a", value: bytes("a") },
      { key: "7.ns.b", value: undefined },
    ]);
    expect(
      feedEntries(msg(feedSubject("jetnet-map", "7._batch"), batch), prefixLen).map((e) => e.key),
    ).toEqual(["7.ns.a", "7.ns.b"]);
    const put = feedEntries(msg(feedSubject("jetnet-map", "7.ns.a"), bytes("a")), prefixLen);
    expect(put).toEqual([{ key: "7.ns.a", value: bytes("a") }]);
    const del = feedEntries(
      msg(feedSubject("jetnet-map", "7.ns.a"), new Uint8Array(), {
        "KV-Operation": "DEL",
        [deletesWorkHeader]: "n1.ns.a",
      }),
      prefixLen,
    );
    expect(del).toEqual([{ key: "7.ns.a", value: undefined, deletesWork: "n1.ns.a" }]);
  });

  it("refuses a malformed batch", () => {
    expect(() => decodeFeedBatch(new Uint8Array([0x0a, 0xff, 0xff]))).toThrow();
    const good = encodeFeedBatch([{ key: "7.ns.a", value: bytes("abc") }]);
    for (let cut = 1; cut < good.length; cut++)
      expect(() => decodeFeedBatch(good.subarray(0, cut))).toThrow();
  });
});
