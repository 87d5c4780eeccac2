/**
 * A writer's announcement chains: per chain (a first key token, a view), the revision of the
 * writer's last announcement on it, which its next announcement names as its predecessor
 * (`Jetnet-Previous`), so a reader that sees a predecessor it never received knows it lost one.
 * Bounded: beyond `max` chains the least recently announced is forgotten, and its next
 * announcement names no predecessor (a Map keeps insertion order; a chain announced on moves to
 * the end).
 */
export class AnnouncementChains {
  private readonly last = new Map<string, number>();

  constructor(private readonly max = 65_536) {}

  /** Records an announcement of `revision` on `chain`; returns the one before it, if remembered. */
  advance(chain: string, revision: number): number | undefined {
    const previous = this.last.get(chain);
    if (previous !== undefined) {
      this.last.delete(chain);
    } else if (this.last.size >= this.max) {
      const oldest = this.last.keys().next().value;
      if (oldest !== undefined) this.last.delete(oldest);
    }
    this.last.set(chain, revision);
    return previous;
  }

  /** The revision of the last announcement on `chain`, if remembered. */
  lastOn(chain: string): number | undefined {
    return this.last.get(chain);
  }
}
