/**
 * The events of one watch, waiting for its single consumer. A head index instead of
 * Array.shift keeps each event O(1) even when a snapshot queues a whole bucket at once.
 */
export class EventQueue<E> {
  /** Queued events; those before `head` are consumed. */
  private items: E[] = [];
  private head = 0;
  /** Wakes the parked consumer. */
  private wake: (() => void) | undefined;
  private closed = false;

  push(e: E): void {
    this.items.push(e);
    this.wake?.();
  }

  /** No more events: the consumer drains what is queued, then ends. */
  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /** Yields events until closed and drained; `onExit` runs however the consumer leaves. */
  async *consume(onExit: () => void): AsyncGenerator<E> {
    try {
      for (;;) {
        if (this.head < this.items.length) {
          const e = this.items[this.head++] as E;
          if (this.head >= 1024 && this.head * 2 >= this.items.length) {
            this.items = this.items.slice(this.head);
            this.head = 0;
          }
          yield e;
          continue;
        }
        if (this.closed) return;
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
        this.wake = undefined;
      }
    } finally {
      onExit();
    }
  }
}
