import { BackgroundLane, type Lane } from "../../../lib/lane.js";

/** A lane a test can hold back: while held, jobs wait (in order) until `release`. */
export class HeldLane implements Lane {
  private readonly inner = new BackgroundLane();
  private held: Array<() => void> | undefined;

  /** Jobs waiting while held. */
  get waiting(): number {
    return this.held?.length ?? 0;
  }

  hold(): void {
    this.held ??= [];
  }

  release(): void {
    const jobs = this.held ?? [];
    this.held = undefined;
    for (const job of jobs) this.inner.push(job);
  }

  run(job: () => void): void {
    if (this.held) this.held.push(job);
    else this.inner.run(job);
  }

  push(job: () => void): void {
    if (this.held) this.held.push(job);
    else this.inner.push(job);
  }

  reached(): Promise<void> {
    return new Promise((resolve) => this.push(resolve));
  }
}
