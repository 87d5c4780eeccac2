import { jetstream } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishToStream, StreamPublishError, wrongLastSequence } from "../../../lib/nats/publish.js";
import { Requester, RequestFailure, requesterFor } from "../../../lib/nats/requester.js";
import { type NatsServer, startNats } from "../../harness/index.js";

let server: NatsServer;
let nc: NatsConnection;
const enc = new TextEncoder();
const dec = new TextDecoder();

beforeAll(async () => {
  server = await startNats();
  nc = await connect({ servers: server.url });
});
afterAll(async () => {
  await nc?.close();
  await server?.stop();
});

describe("Requester", () => {
  it("pairs 2,000 concurrent requests with their own replies and keeps nothing pending", async () => {
    const sub = nc.subscribe("echo.*", {
      callback: (_e, m) => {
        m.respond(enc.encode(`${m.subject}:${dec.decode(m.data)}`));
      },
    });
    const r = requesterFor(nc);
    expect(requesterFor(nc)).toBe(r);
    const replies = await Promise.all(
      Array.from({ length: 2_000 }, (_, i) =>
        r.request(`echo.${i % 7}`, enc.encode(String(i)), { timeoutMs: 5_000 }),
      ),
    );
    expect(replies.map((m) => dec.decode(m.data))).toEqual(
      Array.from({ length: 2_000 }, (_, i) => `echo.${i % 7}:${i}`),
    );
    expect(r.inFlight).toBe(0);
    sub.unsubscribe();
  });

  it("fails at once when nobody listens, and after the timeout when nobody answers", async () => {
    const r = requesterFor(nc);
    // A timeout far beyond the test's own: only the server's no-responders status can end it.
    const none = await r
      .request("nobody.here", enc.encode("x"), { timeoutMs: 3_600_000 })
      .catch((e: unknown) => e);
    expect(none).toBeInstanceOf(RequestFailure);
    expect((none as RequestFailure).reason).toBe("no_responders");

    const sub = nc.subscribe("silent", { callback: () => undefined });
    await nc.flush();
    const silent = await r.request("silent", enc.encode("x"), { timeoutMs: 200 }).catch((e: unknown) => e);
    expect((silent as RequestFailure).reason).toBe("timeout");
    expect(r.inFlight).toBe(0);
    sub.unsubscribe();
  });

  it("sends replies to the connection's inbox prefix and rejects pending requests on close", async () => {
    const own = await connect({ servers: server.url, inboxPrefix: "_JN_TEST" });
    const replyTo: string[] = [];
    const sub = nc.subscribe("hold", {
      callback: (_e, m) => {
        replyTo.push(m.reply ?? "");
      },
    });
    await nc.flush();
    const r = new Requester(own);
    const pending = r.request("hold", enc.encode("x"), { timeoutMs: 10_000 }).catch((e: unknown) => e);
    while (replyTo.length === 0) await new Promise((res) => setTimeout(res, 10));
    expect(replyTo[0]).toMatch(/^_JN_TEST\.[A-Za-z0-9]+\.[a-z0-9]+$/);
    await own.close();
    const err = await pending;
    expect((err as RequestFailure).reason).toBe("closed");
    expect(
      (await r
        .request("hold", enc.encode("x"), { timeoutMs: 100 })
        .catch((e: unknown) => e)) as RequestFailure,
    ).toMatchObject({ reason: "closed" });
    sub.unsubscribe();
  });
});

describe("publishToStream", () => {
  it("stores values and delete markers with compare-and-swap, as a KV bucket reads them", async () => {
    const kv = await new Kvm(jetstream(nc)).create("pubtest", { history: 5 });
    const r = requesterFor(nc);
    const subject = "$KV.pubtest.a";
    const { seq: first, duplicate } = await publishToStream(r, subject, enc.encode("v1"), {
      timeoutMs: 5_000,
      expectedLastSubjectSeq: 0,
    });
    expect(first).toBeGreaterThan(0);
    expect(duplicate).toBe(false);

    const again = await publishToStream(r, subject, enc.encode("v2"), {
      timeoutMs: 5_000,
      expectedLastSubjectSeq: 0,
    }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(StreamPublishError);
    expect((again as StreamPublishError).errCode).toBe(wrongLastSequence);
    expect(dec.decode((await kv.get("a"))!.value)).toBe("v1");

    const { seq: second } = await publishToStream(r, subject, enc.encode("v2"), {
      timeoutMs: 5_000,
      expectedLastSubjectSeq: first,
      msgId: `a@${first}`,
    });
    expect(second).toBe(first + 1);
    // The same id again is a duplicate: acknowledged, not stored.
    const dup = await publishToStream(r, subject, enc.encode("v3"), {
      timeoutMs: 5_000,
      msgId: `a@${first}`,
    });
    expect(dup).toEqual({ seq: second, duplicate: true });
    expect(dec.decode((await kv.get("a"))!.value)).toBe("v2");
    const stale = await publishToStream(r, subject, new Uint8Array(), {
      timeoutMs: 5_000,
      expectedLastSubjectSeq: first,
      kvOperation: "DEL",
    }).catch((e: unknown) => e);
    expect((stale as StreamPublishError).errCode).toBe(wrongLastSequence);
    const { seq: del } = await publishToStream(r, subject, new Uint8Array(), {
      timeoutMs: 5_000,
      expectedLastSubjectSeq: second,
      kvOperation: "DEL",
    });
    const e = await kv.get("a");
    expect(e?.operation).toBe("DEL");
    expect(e?.revision).toBe(del);

    const { seq: plain } = await publishToStream(r, "$KV.pubtest.b", enc.encode("x"), { timeoutMs: 5_000 });
    expect((await kv.get("b"))?.revision).toBe(plain);
    await kv.destroy();
  });

  it("reports a subject no stream captures as no responders", async () => {
    const err = await publishToStream(requesterFor(nc), "$KV.nosuchbucket.k", enc.encode("x"), {
      timeoutMs: 2_000,
    }).catch((e: unknown) => e);
    expect((err as RequestFailure).reason).toBe("no_responders");
  });
});
