import { invalid } from "../errors.js";

/** Longest key the store accepts; JetStream subjects stay well under the server's limits. */
export const maxKeyLength = 512;

// A key is dot-separated tokens; each token is what a KV key allows minus the wildcard
// characters, so a key can never be mistaken for a filter.
const keyRe = /^[-/=\w]+(\.[-/=\w]+)*$/;
const filterTokenRe = /^([-/=\w]+|\*|>)$/;
const bucketRe = /^[-\w]{1,64}$/;

export function validateKey(key: string): void {
  if (typeof key !== "string" || key.length === 0) throw invalid("key", "must not be empty");
  if (key.length > maxKeyLength) throw invalid("key", `longer than ${maxKeyLength} characters`);
  if (!keyRe.test(key)) {
    throw invalid("key", `"${clip(key)}" is not a valid key (tokens of [A-Za-z0-9_=/-] separated by dots)`);
  }
}

export function validateFilter(filter: string): void {
  if (typeof filter !== "string" || filter.length === 0) throw invalid("filter", "must not be empty");
  if (filter.length > maxKeyLength) throw invalid("filter", `longer than ${maxKeyLength} characters`);
  const tokens = filter.split(".");
  tokens.forEach((t, i) => {
    if (!filterTokenRe.test(t) || (t === ">" && i !== tokens.length - 1)) {
      throw invalid("filter", `"${clip(filter)}" is not a valid key filter`);
    }
  });
}

export function validateBucket(bucket: string): void {
  if (typeof bucket !== "string" || !bucketRe.test(bucket)) {
    throw invalid("bucket", `"${clip(String(bucket))}" is not a valid bucket name ([A-Za-z0-9_-], 1-64)`);
  }
}

/** Whether a key matches a NATS-style filter. */
export function keyMatches(filter: string, key: string): boolean {
  if (filter === ">") return true;
  const f = filter.split(".");
  const k = key.split(".");
  for (let i = 0; i < f.length; i++) {
    const t = f[i];
    if (t === ">") return k.length > i;
    if (i >= k.length) return false;
    if (t !== "*" && t !== k[i]) return false;
  }
  return f.length === k.length;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
