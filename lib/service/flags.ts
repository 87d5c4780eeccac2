import { InvalidArgumentError } from "commander";

/**
 * Parsers of numeric command-line flags, shared by the services and the CLI. They throw
 * commander's InvalidArgumentError, so a bad value ends in commander's own usage message naming
 * the flag (`option '--workers <n>' argument 'x' is invalid. …`), not in a stack trace.
 */

export function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a positive integer, got "${v}"`);
  return n;
}

export function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new InvalidArgumentError(`expected a non-negative integer, got "${v}"`);
  }
  return n;
}

/** `true`/`false` (also `1`/`0`, `yes`/`no`), for flags that default to on: `--divide-work=false`. */
export function booleanArg(v: string): boolean {
  const s = v.trim().toLowerCase();
  if (["true", "1", "yes", "on"].includes(s)) return true;
  if (["false", "0", "no", "off"].includes(s)) return false;
  throw new InvalidArgumentError(`expected true or false, got "${v}"`);
}

/**
 * The flag that turns off dividing per-VNI work between a service's replicas
 * (lib/service/membership.ts), the same for every service that divides.
 */
export const divideWorkHelp =
  "replicas divide per-VNI work, each VNI worked by one live replica (false: every replica works every VNI)";
