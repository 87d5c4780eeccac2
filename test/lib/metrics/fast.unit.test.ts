import { Counter, Histogram, Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { FastCounter, FastHistogram } from "../../../lib/metrics/fast.js";

/** The same observations through prom-client and through the fast metrics: the same text. */
describe("fast metrics", () => {
  it("expose exactly what prom-client exposes for the same observations", async () => {
    const slow = new Registry();
    const fast = new Registry();
    const buckets = [0.001, 0.01, 0.1, 1];
    const h1 = new Histogram({
      name: "t_seconds",
      help: "h",
      labelNames: ["op", "result"],
      buckets,
      registers: [slow],
    });
    const h2 = new FastHistogram({
      name: "t_seconds",
      help: "h",
      labelNames: ["op", "result"],
      buckets,
      registers: [fast],
    });
    const c1 = new Counter({ name: "t_total", help: "c", labelNames: ["result"], registers: [slow] });
    const c2 = new FastCounter({ name: "t_total", help: "c", labelNames: ["result"], registers: [fast] });
    const p1 = new Histogram({ name: "plain_seconds", help: "p", buckets, registers: [slow] });
    const p2 = new FastHistogram({ name: "plain_seconds", help: "p", buckets, registers: [fast] });
    const values = [0, 0.0005, 0.001, 0.002, 0.01, 0.5, 1, 2, 30];
    for (const [i, v] of values.entries()) {
      const op = i % 2 ? "create" : "delete";
      const result = i % 3 ? "ok" : "error";
      h1.labels(op, result).observe(v);
      h2.labels(op, result).observe(v);
      c1.labels(result).inc(i);
      c2.inc([result], i);
      p1.observe(v);
      p2.observe(v);
    }
    c1.labels("ok").inc();
    c2.labels("ok").inc();
    expect(await fast.metrics()).toBe(await slow.metrics());
  });

  it("count a child's observations, sum and timer; refuse a wrong number of labels", () => {
    const h = new FastHistogram({ name: "x", help: "x", labelNames: ["a"], buckets: [1, 2] });
    const child = h.labels("v");
    expect(h.labels("v")).toBe(child);
    child.observe(0.5);
    child.observe(1.5);
    child.observe(5);
    child.observe(Number.NaN);
    expect([...child.counts]).toEqual([1, 1, 1]);
    expect(child.sum).toBe(7);
    expect(child.count).toBe(3);
    child.startTimer()();
    expect(child.count).toBe(4);
    expect(() => h.labels()).toThrow(/takes labels a/);
  });
});
