import { describe, expect, it } from "vitest";
import { WriteBatcher } from "../../../lib/api/client.js";
import { Kind, Verb } from "../../../lib/api/subjects.js";
import { ErrorCode, JetnetError } from "../../../lib/errors.js";
import { jetnet } from "../../../proto/gen/jetnet.js";

const pb = jetnet.v1;
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** A fake service: records each request; answers when the test says, each op echoed as "re:<body>". */
function fakeService(opts: { batches?: boolean } = {}) {
  const sent: { subject: string; ops: string[]; answer: () => void; fail: (e: Error) => void }[] = [];
  const request = (subject: string, body: Uint8Array) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const batch = subject.endsWith(".batch");
      const ops = batch
        ? (pb.BatchRequest.decode(body).ops ?? []).map((o) => `${o.verb}:${text(o.body ?? new Uint8Array())}`)
        : [text(body)];
      const answer = () => {
        if (!batch) return resolve(bytes(`re:${ops[0]}`));
        if (opts.batches === false)
          return resolve(
            pb.BatchReply.encode({ error: { code: ErrorCode.Invalid, field: "subject" } }).finish(),
          );
        resolve(
          pb.BatchReply.encode({
            replies: ops.map((o) => bytes(`re:${o.slice(o.indexOf(":") + 1)}`)),
          }).finish(),
        );
      };
      sent.push({ subject, ops, answer, fail: reject });
    });
  return { sent, request };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("WriteBatcher", () => {
  it("sends a write at once when idle, and those issued meanwhile together when it comes back", async () => {
    const svc = fakeService();
    const b = new WriteBatcher(svc.request, "ns", Kind.Attachments);
    const first = b.send(Verb.Create, bytes("a"));
    await settle();
    expect(svc.sent.map((s) => [s.subject, s.ops])).toEqual([["jetnet.api.v1.ns.attachments.create", ["a"]]]);
    const later = [
      b.send(Verb.Create, bytes("b")),
      b.send(Verb.Delete, bytes("c")),
      b.send(Verb.Update, bytes("d")),
    ];
    await settle();
    expect(svc.sent).toHaveLength(1);
    svc.sent[0]!.answer();
    expect(text(await first)).toBe("re:a");
    await settle();
    expect(svc.sent.map((s) => [s.subject, s.ops])).toEqual([
      ["jetnet.api.v1.ns.attachments.create", ["a"]],
      ["jetnet.api.v1.ns.attachments.batch", ["create:b", "delete:c", "update:d"]],
    ]);
    svc.sent[1]!.answer();
    expect((await Promise.all(later)).map(text)).toEqual(["re:b", "re:c", "re:d"]);
    // Idle again: the next write leaves alone, at once.
    const next = b.send(Verb.Delete, bytes("e"));
    await settle();
    expect(svc.sent[2]?.subject).toBe("jetnet.api.v1.ns.attachments.delete");
    svc.sent[2]!.answer();
    expect(text(await next)).toBe("re:e");
  });

  it("sends a full batch at once, up to four requests in flight", async () => {
    const svc = fakeService();
    const b = new WriteBatcher(svc.request, "ns", Kind.Subnets);
    const all = Array.from({ length: 1 + 64 * 5 }, (_, i) => b.send(Verb.Create, bytes(`w${i}`)));
    await settle();
    // One alone (idle), then three full batches; the fifth batch waits for one to come back.
    expect(svc.sent.map((s) => s.ops.length)).toEqual([1, 64, 64, 64]);
    svc.sent[0]!.answer();
    await settle();
    expect(svc.sent.map((s) => s.ops.length)).toEqual([1, 64, 64, 64, 64]);
    for (const s of svc.sent.slice(1)) s.answer();
    await settle();
    expect(svc.sent.map((s) => s.ops.length)).toEqual([1, 64, 64, 64, 64, 64]);
    svc.sent[5]!.answer();
    const replies = (await Promise.all(all)).map(text);
    expect(replies).toEqual(Array.from({ length: 1 + 64 * 5 }, (_, i) => `re:w${i}`));
  });

  it("falls back to one request a write when the service knows no batches, and stays so", async () => {
    const svc = fakeService({ batches: false });
    const b = new WriteBatcher(svc.request, "ns", Kind.Attachments);
    const first = b.send(Verb.Create, bytes("a"));
    const two = [b.send(Verb.Create, bytes("b")), b.send(Verb.Create, bytes("c"))];
    await settle();
    svc.sent[0]!.answer();
    await first;
    await settle();
    expect(svc.sent[1]?.subject).toBe("jetnet.api.v1.ns.attachments.batch");
    svc.sent[1]!.answer();
    await settle();
    expect(svc.sent.slice(2).map((s) => [s.subject, s.ops])).toEqual([
      ["jetnet.api.v1.ns.attachments.create", ["b"]],
      ["jetnet.api.v1.ns.attachments.create", ["c"]],
    ]);
    for (const s of svc.sent.slice(2)) s.answer();
    expect((await Promise.all(two)).map(text)).toEqual(["re:b", "re:c"]);
    const more = [b.send(Verb.Delete, bytes("d")), b.send(Verb.Delete, bytes("e"))];
    await settle();
    for (const s of svc.sent.slice(4)) s.answer();
    await settle();
    for (const s of svc.sent.slice(5)) s.answer();
    expect((await Promise.all(more)).map(text)).toEqual(["re:d", "re:e"]);
    expect(svc.sent.slice(4).every((s) => !s.subject.endsWith(".batch"))).toBe(true);
  });

  it("fails every write of a batch whose request failed, and goes on with the next", async () => {
    const svc = fakeService();
    const b = new WriteBatcher(svc.request, "ns", Kind.Attachments);
    const first = b.send(Verb.Create, bytes("a"));
    const lost = [b.send(Verb.Create, bytes("b")), b.send(Verb.Create, bytes("c"))];
    await settle();
    svc.sent[0]!.answer();
    await first;
    await settle();
    svc.sent[1]!.fail(new JetnetError(ErrorCode.Unavailable, "no reply"));
    for (const p of lost) await expect(p).rejects.toMatchObject({ code: ErrorCode.Unavailable });
    const after = b.send(Verb.Create, bytes("d"));
    await settle();
    svc.sent[2]!.answer();
    expect(text(await after)).toBe("re:d");
  });
});
