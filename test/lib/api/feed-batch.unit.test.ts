import { headers, type Msg } from "@nats-io/nats-core";
import { describe, expect, it } from "vitest";
import {
  decodeFeedBatch,
  encodeFeedBatch,
  type FeedEntry,
  feedEntries,
} from "../../../lib/api/feed-batch.js";
import { feedSubject } from "../../../lib/api/subjects.js";
import { deletesWorkHeader } from "../../../lib/api/views.js";
import { seededRng } from "../../../lib/random.js";
import { jetnet } from "../../../proto/gen/jetnet.js";

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

  it("reads what the generated decoder reads, unknown fields skipped", () => {
    const rng = seededRng(3);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
    for (let i = 0; i < 500; i++) {
      const entries = Array.from({ length: Math.floor(rng() * 6) }, (_, j) => ({
        key: pick(["7.ns.a", "7.ns.é", "", `42.ns.x${j}`]),
        value: pick([undefined, new Uint8Array(), bytes("v".repeat(Math.floor(rng() * 300)))]),
        deletesWork: pick([undefined, "n1.ns.b"]),
        deletesWorkUid: pick([undefined, "", "uid-1"]),
      }));
      const encoded = encodeFeedBatch(entries);
      const generated = jetnet.v1.FeedBatch.decode(encoded).entries.map((e) => ({
        key: e.key ?? "",
        value: e.deleted ? undefined : (e.value ?? new Uint8Array()),
        deletesWork: e.deletesWork || undefined,
        deletesWorkUid: e.deletesWorkUid || undefined,
      }));
      const norm = (xs: FeedEntry[]) => xs.map((e) => ({ ...e, value: e.value && [...e.value] }));
      expect(norm(decodeFeedBatch(encoded))).toEqual(norm(generated));
    }
    // A field this release does not know, in an entry and in the batch (a newer writer).
    const entry = [...jetnet.v1.FeedEntry.encode({ key: "7.ns.a", value: bytes("x") }).finish(), 0x78, 0x01];
    const batch = new Uint8Array([0x0a, entry.length, ...entry, 0x50, 0x05]);
    expect(decodeFeedBatch(batch)).toEqual([
      { key: "7.ns.a", value: bytes("x"), deletesWork: undefined, deletesWorkUid: undefined },
    ]);
  });
});
