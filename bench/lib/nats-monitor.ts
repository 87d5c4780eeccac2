import type { NatsConnection, Subscription } from "@nats-io/nats-core";

/** Messages into and out of nats-server since it started (`/varz`). */
export interface MsgTotals {
  readonly in: number;
  readonly out: number;
}

export async function varz(monitorUrl: string): Promise<MsgTotals> {
  const res = await fetch(`${monitorUrl}/varz`, { signal: AbortSignal.timeout(10_000) });
  const v = (await res.json()) as { in_msgs: number; out_msgs: number };
  return { in: v.in_msgs, out: v.out_msgs };
}

/** What JetStream itself counts: writes to KV buckets and API requests served. */
export interface JsCounts {
  /** The last sequences of the KV buckets' streams (`KV_*`), summed: every KV write takes one. */
  readonly kvWrites: number;
  /** JetStream API requests (`$JS.API.>`) served. */
  readonly api: number;
}

export async function jszCounts(monitorUrl: string): Promise<JsCounts> {
  const res = await fetch(`${monitorUrl}/jsz?streams=true`, { signal: AbortSignal.timeout(10_000) });
  const body = (await res.json()) as {
    api?: { total?: number };
    account_details?: { stream_detail?: { name: string; state?: { last_seq?: number } }[] }[];
  };
  let kvWrites = 0;
  for (const account of body.account_details ?? [])
    for (const s of account.stream_detail ?? [])
      if (s.name.startsWith("KV_")) kvWrites += s.state?.last_seq ?? 0;
  return { kvWrites, api: body.api?.total ?? 0 };
}

/**
 * Messages into and out of nats-server per kind of client (`/connz`), the kind being a connection
 * name's part before the first "/" (`jetnet-agent/node-7` → `jetnet-agent`; unnamed: "-").
 * Connections that closed meanwhile are not counted.
 */
export async function connzByClient(monitorUrl: string): Promise<ByClient> {
  const res = await fetch(`${monitorUrl}/connz?limit=100000&subs=detail`, {
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as {
    connections?: {
      name?: string;
      in_msgs: number;
      out_msgs: number;
      subscriptions_list_detail?: { subject: string; msgs: number }[];
    }[];
  };
  const totals = new Map<string, MsgTotals>();
  const subs = new Map<string, number>();
  for (const c of body.connections ?? []) {
    const kind = c.name ? c.name.split("/")[0]! : "-";
    const t = totals.get(kind) ?? { in: 0, out: 0 };
    totals.set(kind, { in: t.in + c.in_msgs, out: t.out + c.out_msgs });
    // The plane's own subscriptions only: an agent's name its node, so they would not add up.
    if (kind === "jetnet-agent") continue;
    for (const s of c.subscriptions_list_detail ?? []) {
      const key = `${kind} ${s.subject}`;
      subs.set(key, (subs.get(key) ?? 0) + s.msgs);
    }
  }
  return { totals, subs };
}

/** connzByClient: totals by kind of client, and deliveries by "<kind> <subject>" (not agents'). */
export interface ByClient {
  readonly totals: Map<string, MsgTotals>;
  readonly subs: Map<string, number>;
}

/** Subject patterns the tap listens on; every message published to them is counted by class. */
export const tappedSubjects = ["$KV.>", "$JS.API.>", "jetnet.>"] as const;

/**
 * The class of a tapped subject: KV writes by bucket, JetStream API calls by verb (reads by
 * stream), jetnet subjects by what they carry (API verb, feed bucket, status, view requests).
 */
export function subjectClass(subject: string): string {
  const t = subject.split(".");
  if (t[0] === "$KV") return `kv put ${t[1]}`;
  if (t[0] === "$JS" && t[1] === "API") {
    const verb = t.slice(2);
    if (verb[1] === "MSG") return `js ${verb.slice(0, 3).join(".")} ${verb[3] ?? ""}`.trimEnd();
    if (verb[0] === "DIRECT") return `js DIRECT.GET ${verb[2] ?? ""}`.trimEnd();
    // Removals (compaction) by stream, as reads are.
    if (verb[0] === "STREAM" && verb[1] === "PURGE") return `js STREAM.PURGE ${verb[2] ?? ""}`.trimEnd();
    if (verb[0] === "STREAM" || verb[0] === "CONSUMER") return `js ${verb.slice(0, 2).join(".")}`;
    return `js ${verb[0] ?? ""}`;
  }
  if (t[1] === "api") return `api ${t.slice(4).join(".")}`;
  if (t[1] === "feed") return `feed ${t[3]}`;
  if (t[1] === "agent") return `agent ${t.at(-1)}`;
  if (t[1] === "mapping") return `mapping ${t.slice(3, t[3] === "snapshot" ? 5 : 4).join(".")}`;
  return t.slice(0, 3).join(".");
}

/**
 * Counts the messages published to `tappedSubjects`, by class, through core subscriptions on a
 * connection of its own. Each tapped message costs nats-server one more delivery: `received` is
 * subtracted from its out-count.
 */
export class SubjectTap {
  readonly counts = new Map<string, number>();
  received = 0;
  private readonly subs: Subscription[];

  constructor(nc: NatsConnection) {
    this.subs = tappedSubjects.map((subject) =>
      nc.subscribe(subject, {
        callback: (_err, msg) => {
          this.received++;
          const c = subjectClass(msg.subject);
          this.counts.set(c, (this.counts.get(c) ?? 0) + 1);
        },
      }),
    );
  }

  snapshot(): { received: number; counts: Map<string, number> } {
    return { received: this.received, counts: new Map(this.counts) };
  }

  stop(): void {
    for (const s of this.subs) s.unsubscribe();
  }
}

/**
 * Waits until nats-server is quiet: fewer than `quietInPerS` messages in per second over two
 * consecutive one-second samples (or `maxMs` passed). A step that overloaded the plane leaves
 * work behind (a backlog, the cleanup of its subnets); measured inside the next step, it would
 * be charged to that step's lifecycles. Returns how long it waited.
 */
export async function settle(monitorUrl: string, quietInPerS = 100, maxMs = 60_000): Promise<number> {
  const t0 = performance.now();
  let prev = await varz(monitorUrl);
  let quiet = 0;
  while (quiet < 2 && performance.now() - t0 < maxMs) {
    await new Promise((r) => setTimeout(r, 1_000));
    const now = await varz(monitorUrl);
    quiet = now.in - prev.in < quietInPerS ? quiet + 1 : 0;
    prev = now;
  }
  return performance.now() - t0;
}
