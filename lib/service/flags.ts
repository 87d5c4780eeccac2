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
