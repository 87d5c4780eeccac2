import { ErrorCode, hasCode } from "../errors.js";

/**
 * Runs `op` again while the service refuses it with UNAVAILABLE and a retry hint (a create over
 * the network service's --max-pending bound), waiting the hint with jitter (0.5x to 1.5x) so
 * refused clients do not all come back at once. UNAVAILABLE without a hint (no reply, a request
 * that expired) is thrown as it is: whether that create landed is unknown, and deciding is the
 * caller's. After `maxAttempts` refusals the last one is thrown.
 */
export async function retryRefused<T>(
  op: () => Promise<T>,
  opts: { maxAttempts?: number; onRefused?: (retryAfterMs: number) => void; signal?: AbortSignal } = {},
): Promise<T> {
  const maxAttempts = opts.maxAttempts ?? 20;
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (err) {
      if (!hasCode(err, ErrorCode.Unavailable) || !err.retryAfterMs || attempt >= maxAttempts) throw err;
      if (opts.signal?.aborted) throw err;
      opts.onRefused?.(err.retryAfterMs);
      await new Promise((r) => setTimeout(r, err.retryAfterMs! * (0.5 + Math.random())));
    }
  }
}
