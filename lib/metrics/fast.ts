import type { Registry } from "prom-client";

/**
 * Counters and histograms for hot paths, exposed through a prom-client Registry in the same text
 * format as prom-client's own.
 *
 * prom-client validates and hashes the label object on every `inc`/`observe` (a few µs each);
 * a hollow agent process does that for every mapping every agent receives. Here a label set is
 * resolved once: `labels(...)` returns a child (cached per label values) whose `inc`/`observe`
 * only does arithmetic. Keep the child where the labels are known up front.
 */

interface Value {
  readonly labels: Record<string, string | number>;
  readonly sharedLabels?: Record<string, string>;
  readonly value: number;
  readonly metricName?: string;
}

interface Exported {
  readonly name: string;
  readonly help: string;
  readonly type: "counter" | "histogram";
  readonly aggregator: "sum";
  get(): Promise<{ name: string; help: string; type: string; values: Value[]; aggregator: "sum" }>;
  reset(): void;
}

interface Options<L extends string> {
  readonly name: string;
  readonly help: string;
  readonly labelNames?: readonly L[];
  readonly registers?: readonly Registry[];
}

/** Label children by their values joined with a separator that label values do not contain. */
abstract class Family<L extends string, C> implements Exported {
  abstract readonly type: "counter" | "histogram";
  readonly aggregator = "sum" as const;
  readonly name: string;
  readonly help: string;
  protected readonly labelNames: readonly L[];
  protected readonly children = new Map<string, { labels: Record<string, string>; child: C }>();

  constructor(opts: Options<L>) {
    this.name = opts.name;
    this.help = opts.help;
    this.labelNames = opts.labelNames ?? [];
    for (const r of opts.registers ?? []) r.registerMetric(this as never);
  }

  /** The child for these label values, in `labelNames` order (created on first use). */
  labels(...values: string[]): C {
    const key = values.join("\u0000");
    const have = this.children.get(key);
    if (have) return have.child;
    if (values.length !== this.labelNames.length)
      throw new Error(`${this.name} takes labels ${this.labelNames.join(", ")}; got ${values.length} values`);
    const labels: Record<string, string> = {};
    this.labelNames.forEach((n, i) => {
      labels[n] = values[i]!;
    });
    const child = this.newChild();
    this.children.set(key, { labels, child });
    return child;
  }

  reset(): void {
    this.children.clear();
  }

  async get() {
    return {
      name: this.name,
      help: this.help,
      type: this.type,
      values: this.values(),
      aggregator: this.aggregator,
    };
  }

  protected abstract newChild(): C;
  protected abstract values(): Value[];
}

export class CounterChild {
  value = 0;
  inc(by = 1): void {
    this.value += by;
  }
}

export class FastCounter<L extends string = string> extends Family<L, CounterChild> {
  readonly type = "counter" as const;

  /** Increments the child of these label values (for label sets not known up front). */
  inc(values: readonly string[], by = 1): void {
    this.labels(...values).inc(by);
  }

  protected newChild(): CounterChild {
    return new CounterChild();
  }

  protected values(): Value[] {
    return [...this.children.values()].map(({ labels, child }) => ({ labels, value: child.value }));
  }
}

export class HistogramChild {
  /** Observations per bucket (not cumulative); the last slot counts those above every bound. */
  readonly counts: Float64Array;
  sum = 0;
  count = 0;
  constructor(private readonly bounds: readonly number[]) {
    this.counts = new Float64Array(bounds.length + 1);
  }

  observe(v: number): void {
    if (!Number.isFinite(v)) return; // a missing timestamp, say: nothing to count
    let i = 0;
    while (i < this.bounds.length && v > this.bounds[i]!) i++;
    this.counts[i]!++;
    this.sum += v;
    this.count++;
  }

  /** Starts a timer; the returned function observes the seconds elapsed. */
  startTimer(): () => void {
    const start = performance.now();
    return () => this.observe((performance.now() - start) / 1000);
  }
}

export class FastHistogram<L extends string = string> extends Family<L, HistogramChild> {
  readonly type = "histogram" as const;
  private readonly bounds: readonly number[];

  constructor(opts: Options<L> & { readonly buckets: readonly number[] }) {
    super(opts);
    this.bounds = [...opts.buckets].sort((a, b) => a - b);
    // Series without labels exist from the start, as prom-client's do.
    if (this.labelNames.length === 0) this.labels();
  }

  observe(v: number): void {
    this.labels().observe(v);
  }

  protected newChild(): HistogramChild {
    return new HistogramChild(this.bounds);
  }

  protected values(): Value[] {
    const out: Value[] = [];
    for (const { labels, child } of this.children.values()) {
      let acc = 0;
      this.bounds.forEach((le, i) => {
        acc += child.counts[i]!;
        out.push({ labels: { le }, sharedLabels: labels, value: acc, metricName: `${this.name}_bucket` });
      });
      out.push(
        {
          labels: { le: "+Inf" },
          sharedLabels: labels,
          value: child.count,
          metricName: `${this.name}_bucket`,
        },
        { labels: {}, sharedLabels: labels, value: child.sum, metricName: `${this.name}_sum` },
        { labels: {}, sharedLabels: labels, value: child.count, metricName: `${this.name}_count` },
      );
    }
    return out;
  }
}
