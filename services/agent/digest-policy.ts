/** A view whose digest has differed this long is re-snapshotted even while changes still arrive. */
export const maxDigestLagMs = 10_000;
/** A view is compared after this many digest intervals without a live message. */
export const quietIntervals = 2;

/**
 * When one followed view is compared with the mapping service's digest, and when a difference
 * calls for a new snapshot (NodeAgent asks for all its views at once). Pure: the caller passes the time, so
 * the policy is tested without a clock or a server.
 *
 * A view is compared only with a reason: its feed revealed a gap, it went quiet after receiving
 * changes (its last message may have been lost, and nothing later would reveal it; unless the
 * writer's tail confirmation came and named the last one received), or it disagreed at the last
 * comparison. A difference calls for a snapshot after a gap, after two
 * comparisons in a row that found it different while the view was quiet (once may be a message
 * still in flight), or once it has lasted `maxDigestLagMs` (a view that keeps receiving is
 * behind a burst and catches up by itself, unless it stays different for longer than any
 * delivery should take).
 */
export class DigestPolicy {
  /** Consecutive comparisons that found the view different while it was quiet. */
  private mismatches = 0;
  /** When (ms) the digests started to differ, while they do. */
  private mismatchSinceMs: number | undefined;
  /** Live messages received since the last comparison. */
  private liveSinceCheck = 0;
  /** When (ms) the last live message arrived. */
  private lastLiveMs = 0;
  /** A live message named a predecessor the view never received. */
  private gapSeen = false;

  /** Whether the feed revealed a lost message not yet repaired. */
  get gap(): boolean {
    return this.gapSeen;
  }

  /** A live message arrived at `now`. */
  live(now: number): void {
    this.liveSinceCheck++;
    this.lastLiveMs = now;
  }

  /**
   * The view's writer said which announcement was its last (an empty batch naming it, sent once
   * the view went quiet) and the view had received it: the changes received so far need no
   * comparison. A gap, or a difference found before, still does.
   */
  tailConfirmed(): void {
    this.liveSinceCheck = 0;
  }

  /** A live message named a predecessor newer than anything the view received. */
  gapFound(): void {
    this.gapSeen = true;
  }

  /**
   * A snapshot starts: it repairs a gap seen before this point (it is taken after the message
   * that revealed the gap arrived); one revealed while it is in flight is kept.
   */
  snapshotStarted(): void {
    this.gapSeen = false;
  }

  /** A snapshot was applied: an earlier difference says nothing about the view any more. */
  snapshotApplied(): void {
    this.mismatches = 0;
    this.mismatchSinceMs = undefined;
  }

  /** Whether the view has a reason to be compared at `now`, with digests due every `intervalMs`. */
  compareWanted(now: number, intervalMs: number): boolean {
    if (this.gapSeen || this.mismatchSinceMs !== undefined) return true;
    return this.liveSinceCheck > 0 && now - this.lastLiveMs >= intervalMs * quietIntervals;
  }

  /**
   * Records a comparison at `now`: `agrees` is whether the digests matched, undefined when the
   * mapping service sent none for the view. Answers whether the view needs a new snapshot.
   */
  compared(agrees: boolean | undefined, now: number, intervalMs: number): boolean {
    const busy = this.liveSinceCheck > 0 && now - this.lastLiveMs < intervalMs;
    this.liveSinceCheck = 0;
    if (agrees === undefined) return false;
    if (agrees) {
      this.mismatches = 0;
      this.mismatchSinceMs = undefined;
      this.gapSeen = false;
      return false;
    }
    this.mismatchSinceMs ??= now;
    if (!busy) this.mismatches++;
    return this.gapSeen || this.mismatches >= 2 || now - this.mismatchSinceMs >= maxDigestLagMs;
  }
}
