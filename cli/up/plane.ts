import { type Child, describeExit, type ExitInfo } from "./child.js";

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

/**
 * The processes `jetnet up` owns, in start order. Stopping goes in reverse (services before the
 * servers they need), one at a time, so each drains against a working NATS and Redis.
 */
export class LocalPlane {
  /** Every process started, in start order, running or not. */
  private readonly children: Child[] = [];
  /** Set once shutdown began: exits from then on are expected. */
  private stopping = false;

  constructor(private readonly onUnexpectedExit: (err: ChildDied) => void) {}

  add(child: Child): void {
    this.children.push(child);
    void child.exited.then((info) => {
      if (!this.stopping) this.onUnexpectedExit(new ChildDied(child, info));
    });
  }

  /** SIGTERM each in reverse start order, SIGKILL after `graceMs`; resolves when all are gone. */
  async stop(graceMs: number, say: (line: string) => void): Promise<void> {
    this.stopping = true;
    for (const child of [...this.children].reverse()) {
      if (child.running) say(`stopping ${child.name} (pid ${child.pid})`);
      const info = await child.stop(graceMs);
      if (info.signal === "SIGKILL") say(`${child.name} did not stop within ${graceMs / 1000} s: killed`);
    }
  }

  /** The impatient path (a second Ctrl-C): SIGKILL everything now, wait for nothing. */
  killAll(): void {
    this.stopping = true;
    for (const child of this.children) child.signal("SIGKILL");
  }
}
