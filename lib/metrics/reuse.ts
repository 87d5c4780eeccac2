import type { Registry } from "prom-client";

/**
 * The metric `name` of `registry` if it exists (and is a `kind`), else a new one: several
 * instances of one part (queues, controllers, replicas in a test's process) share a registry,
 * and prom-client refuses to register a name twice.
 */
export function reuse<M>(
  registry: Registry,
  name: string,
  kind: abstract new (...args: never[]) => M,
  create: (name: string) => M,
): M {
  const existing: unknown = registry.getSingleMetric(name);
  if (existing === undefined) return create(name);
  if (!(existing instanceof kind)) throw new Error(`metric ${name} is registered with another type`);
  return existing;
}
