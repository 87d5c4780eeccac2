import { describe, expect, it } from "vitest";
import { ApplyResult, applyAll, applyManifest } from "../../cli/client/apply.js";
import { Exit } from "../../cli/client/connect.js";
import type { Manifest } from "../../cli/client/manifest.js";
import type { JetnetClient } from "../../lib/api/client.js";
import { Kind } from "../../lib/api/subjects.js";
import { ErrorCode, JetnetError } from "../../lib/errors.js";

const doc = (name: string): Manifest => ({
  kind: Kind.Attachments,
  namespace: "t",
  name,
  labels: {},
  spec: { node: "n1", subnet: "s1" },
  origin: name,
});

/** Settles each document after a delay that makes later documents finish first. */
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("applyAll", () => {
  it("prints every outcome in document order whatever order they finish in; the worst exit wins", async () => {
    const docs = Array.from({ length: 20 }, (_, i) => doc(`a${i}`));
    const written: string[] = [];
    let inFlight = 0;
    let most = 0;
    const exit = await applyAll(
      docs,
      4,
      async (m) => {
        inFlight++;
        most = Math.max(most, inFlight);
        const i = Number(m.name.slice(1));
        await later((20 - i) % 7);
        inFlight--;
        return i === 5
          ? { out: "", err: [`error: ${m.name} failed`], exit: Exit.ApiError }
          : { out: `${m.name} created\n`, err: [], exit: Exit.Ok };
      },
      (o) => written.push(o.out || o.err.join("\n")),
    );
    expect(written).toEqual(docs.map((d) => (d.name === "a5" ? "error: a5 failed" : `${d.name} created\n`)));
    expect(exit).toBe(Exit.ApiError);
    expect(most).toBe(4);
  });

  it("applies documents naming the same object one after the other, in order", async () => {
    const docs = [doc("x"), doc("y"), doc("x"), doc("x")];
    const order: string[] = [];
    let xBusy = false;
    await applyAll(
      docs,
      8,
      async (m) => {
        if (m.name === "x") {
          expect(xBusy).toBe(false);
          xBusy = true;
        }
        order.push(m.name);
        await later(m.name === "x" ? 5 : 1);
        if (m.name === "x") xBusy = false;
        return { out: `${m.name}\n`, err: [], exit: Exit.Ok };
      },
      () => undefined,
    );
    expect(order.filter((n) => n === "x")).toHaveLength(3);
  });

  it("sends nothing more once the server is unreachable, and still reports what was sent", async () => {
    const docs = Array.from({ length: 10 }, (_, i) => doc(`a${i}`));
    const sent: string[] = [];
    const written: string[] = [];
    const exit = await applyAll(
      docs,
      2,
      async (m) => {
        sent.push(m.name);
        await later(m.name === "a1" ? 1 : 10);
        return m.name === "a1"
          ? { out: "", err: ["error: UNAVAILABLE"], exit: Exit.Unavailable }
          : { out: `${m.name} created\n`, err: [], exit: Exit.Ok };
      },
      (o) => written.push(o.out || o.err.join("\n")),
    );
    expect(exit).toBe(Exit.Unavailable);
    expect(sent).toEqual(["a0", "a1"]);
    expect(written).toEqual(["a0 created\n", "error: UNAVAILABLE"]);
  });
});

describe("applyManifest", () => {
  /** A client whose creates are refused `refusals` times with `hint`, then succeed. */
  const refusing = (refusals: number, hint: number | undefined) => {
    const calls = { create: 0 };
    const resource = {
      get: async () => {
        throw new JetnetError(ErrorCode.NotFound, "not found");
      },
      create: async () => {
        calls.create++;
        if (calls.create <= refusals) {
          throw new JetnetError(ErrorCode.Unavailable, "backlog over the bound", undefined, {
            ...(hint !== undefined && { retryAfterMs: hint }),
          });
        }
        return { revision: 1 };
      },
    };
    const client = { attachments: () => resource, subnets: () => resource } as unknown as JetnetClient;
    return { client, calls };
  };

  it("sends a create refused with a retry hint again, and reports it created", async () => {
    const { client, calls } = refusing(2, 1);
    expect(await applyManifest(client, doc("r"), "t")).toBe(ApplyResult.Created);
    expect(calls.create).toBe(3);
  });

  it("does not resend a create that failed without a hint (it may have landed)", async () => {
    const { client, calls } = refusing(1, undefined);
    await expect(applyManifest(client, doc("r"), "t")).rejects.toMatchObject({ code: ErrorCode.Unavailable });
    expect(calls.create).toBe(1);
  });
});
