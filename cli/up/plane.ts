import { type Child, describeExit, type ExitInfo } from "../../lib/servers/process.js";

/** A process of the local plane exited while nobody asked it to: the abort reason of `jetnet up`. */
export class ChildDied extends Error {
  override name = "ChildDied";
  constructor(
    readonly child: Child,
    readonly info: ExitInfo,
  ) {
    super(`${child.name} (pid ${child.pid}) exited unexpectedly (${describeExit(info)})`);
  }
}

/** Stop order: higher tiers stop first, all of a tier at once. */
export const Tier = { Server: 0, Service: 1 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

/**
 * The processes `jetnet up` owns. Stopping goes by tier in reverse start order: every jetnet
 * service first (together: they depend on the servers, not on each other, so a slow drain does
 * not add up), then Redis, then NATS, so each service drains against working servers.
 */
export class LocalPlane {
  /** Every process started, in start order, running or not. */
  private readonly children: { child: Child; tier: Tier }[] = [];
  /** Set once shutdown began: exits from then on are expected. */
  private stopping = false;

  constructor(private readonly onUnexpectedExit: (err: ChildDied) => void) {}

  add(child: Child, tier: Tier): void {
    this.children.push({ child, tier });
    void child.exited.then((info) => {
      if (!this.stopping) this.onUnexpectedExit(new ChildDied(child, info));
    });
  }

  /** SIGTERM, SIGKILL after `graceMs`, tier by tier; resolves when every process is gone. */
  async stop(graceMs: number, say: (line: string) => void): Promise<void> {
    this.stopping = true;
    const stopOne = async (child: Child) => {
      if (!child.running) {
        await child.stop(0); // already gone: only its log is left to flush
        return;
      }
      say(`stopping ${child.name} (pid ${child.pid})`);
      const info = await child.stop(graceMs);
      if (info.signal === "SIGKILL") say(`${child.name} did not stop within ${graceMs / 1000} s: killed`);
    };
    const tiers = [...new Set(this.children.map((c) => c.tier))].sort((a, b) => b - a);
    for (const tier of tiers) {
      const members = this.children.filter((c) => c.tier === tier).reverse();
      await Promise.all(members.map((c) => stopOne(c.child)));
    }
  }

  /** The impatient path (a second Ctrl-C): SIGKILL everything now, wait for nothing. */
  killAll(): void {
    this.stopping = true;
    for (const { child } of this.children) child.signal("SIGKILL");
  }
}
