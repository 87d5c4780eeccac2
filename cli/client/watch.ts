import { Command, Option } from "commander";
import type { Kind } from "../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import type { Versioned, Watch } from "../../lib/store/types.js";
import { UsageError } from "../usage.js";
import { bindStore, kindArg, kindHelp, resource } from "./access.js";
import { action, addConnectionOptions, type ConnectionOptions, withSession } from "./connect.js";
import { formatWatchEvent, OutputFormat, WatchEventType, watchHeader } from "./format.js";

type AnyObject = Subnet | NetworkAttachment;

interface WatchCommandOptions extends ConnectionOptions {
  allNamespaces?: boolean;
  output: OutputFormat;
}

/**
 * `jetnet watch`: the current objects as ADDED, then every change, until Ctrl-C. One namespace
 * is watched through the API and its feed (a tenant's permissions suffice), every namespace
 * (`-A`) from the bucket directly. A delete carries no value, so the last one seen
 * is kept per key to print the deleted object's row.
 */
export function watchCommand(): Command {
  const cmd = new Command("watch")
    .description("Stream changes to subnets or attachments until Ctrl-C")
    .argument("<kind>", kindHelp)
    .option("-A, --all-namespaces", "watch every namespace")
    .addOption(
      new Option("-o, --output <format>", "output format")
        .choices(Object.values(OutputFormat))
        .default("table"),
    );
  addConnectionOptions(cmd).action(
    action(async (rawKind: string, opts: WatchCommandOptions) => {
      const kind = kindArg(rawKind);
      if (opts.allNamespaces && opts.namespace) throw new UsageError("give either -A or -n, not both");
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      try {
        await withSession(opts, async (s) => {
          // One namespace through the API and its feed (all a tenant may use); every namespace
          // from the bucket itself (the service identity).
          const watch = opts.allNamespaces
            ? (await bindStore(s, kind)).watch({ filter: ">", signal: stop.signal })
            : await resource(s.client, kind, s.settings.namespace).watch({ signal: stop.signal });
          await streamEvents(watch, kind, opts);
        });
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
    }),
  );
  return cmd;
}

async function streamEvents(watch: Watch<AnyObject>, kind: Kind, opts: WatchCommandOptions): Promise<void> {
  const table = { wide: opts.output === OutputFormat.Wide, namespaces: !!opts.allNamespaces };
  const tabular = opts.output === OutputFormat.Table || opts.output === OutputFormat.Wide;
  if (tabular) process.stdout.write(watchHeader(kind, table));
  const last = new Map<string, Versioned<AnyObject>>();
  const emit = (type: WatchEventType, v: Versioned<AnyObject>) =>
    process.stdout.write(formatWatchEvent(kind, type, v, opts.output, { ...table, nowMs: Date.now() }));
  for await (const e of watch) {
    if (e.type === "put") {
      const v = { key: e.key, value: e.value, revision: e.revision };
      emit(last.has(e.key) ? WatchEventType.Modified : WatchEventType.Added, v);
      last.set(e.key, v);
    } else if (e.type === "delete") {
      const prev = last.get(e.key);
      last.delete(e.key);
      if (prev) emit(WatchEventType.Deleted, { ...prev, revision: e.revision });
    }
  }
  await watch.closed;
}
