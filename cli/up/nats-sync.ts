import { InvalidArgumentError } from "commander";
import type { ServerTraits } from "../../lib/nats/server.js";

/**
 * When JetStream's file store fsyncs what it acknowledged: nats-server's
 * `jetstream { sync_interval }`. A write is acknowledged once it is in the server's page cache,
 * so a process crash loses nothing but an OS crash or power loss loses what was not yet synced.
 *  - default:  the server's own setting, every 2 minutes;
 *  - interval: every `duration` (a Go duration, as nats-server reads it);
 *  - always:   before every acknowledgement (costs about half the write rate).
 */
export type NatsSync =
  | { readonly kind: "default" }
  | { readonly kind: "always" }
  | { readonly kind: "interval"; readonly duration: string };

export const natsSyncForms = "always, default, or a duration such as 1s, 200ms, 1m30s";

// Go's time.ParseDuration units; a number needs a unit (nats-server reads a bare number as seconds
// but warns that it is deprecated).
const durationPattern =
  /^(?:\d+(?:\.\d+)?|\.\d+)(?:ns|us|µs|ms|s|m|h)(?:(?:\d+(?:\.\d+)?|\.\d+)(?:ns|us|µs|ms|s|m|h))*$/;

/** Parses `--nats-sync`; anything else is a usage error naming the allowed forms. */
export function parseNatsSync(raw: string): NatsSync {
  const v = raw.trim();
  if (v === "default") return { kind: "default" };
  if (v === "always") return { kind: "always" };
  if (!durationPattern.test(v)) throw new InvalidArgumentError(`expected ${natsSyncForms}`);
  if (!/[1-9]/.test(v)) throw new InvalidArgumentError(`the interval must be longer than 0 (or: always)`);
  return { kind: "interval", duration: v };
}

export function formatNatsSync(sync: NatsSync): string {
  return sync.kind === "interval" ? sync.duration : sync.kind;
}

/** What `jetnet up` gives nats-server for a setting, or tells the user instead. */
export interface NatsSyncPlan {
  /** A `jetstream { … }` config block, when the server gets one. */
  readonly config: string | undefined;
  /** Said before the server starts: the setting asked for, and what it means here. */
  readonly note: string;
  /** Set when the server cannot do what was asked. */
  readonly warning: string | undefined;
}

/** The config for `sync` on the server release `server`; only releases with the setting get one. */
export function planNatsSync(sync: NatsSync, server: ServerTraits): NatsSyncPlan {
  if (sync.kind === "default") {
    return {
      config: undefined,
      note: "JetStream fsyncs every 2 minutes (the server's default; --nats-sync to change it)",
      warning: undefined,
    };
  }
  if (!server.syncInterval) {
    return {
      config: undefined,
      note: "JetStream fsyncs every 2 minutes",
      warning:
        `--nats-sync ${formatNatsSync(sync)} cannot be applied: nats-server ${server.version} has no ` +
        "sync_interval (it came with 2.10), so JetStream fsyncs every 2 minutes and an OS crash or " +
        "power loss can lose writes acknowledged in that time",
    };
  }
  const value = sync.kind === "always" ? "always" : JSON.stringify(sync.duration);
  return {
    config: `jetstream { sync_interval: ${value} }\n`,
    note:
      sync.kind === "always"
        ? "JetStream fsyncs before it acknowledges each write (--nats-sync always)"
        : `JetStream fsyncs every ${sync.duration} (--nats-sync ${sync.duration})`,
    warning: undefined,
  };
}
