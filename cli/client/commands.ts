import { Command, InvalidArgumentError, Option } from "commander";
import { defaultChunkSize } from "../../lib/api/client.js";
import { allNamespaces, Kind } from "../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import { ErrorCode, JetnetError } from "../../lib/errors.js";
import { nonNegativeInt, positiveInt } from "../../lib/service/flags.js";
import { UsageError } from "../usage.js";
import { aboutObject, kindArg, kindHelp, resource } from "./access.js";
import { applyCommand } from "./apply.js";
import {
  action,
  addConnectionOptions,
  type ConnectionOptions,
  type Session,
  usageExitCodes,
  withSession,
} from "./connect.js";
import { formatDescribe, formatObjects, formatTable, OutputFormat, parseLabels, singular } from "./format.js";
import { formatHistory, historyRows, readHistory } from "./history.js";
import { ListPrinter } from "./listing.js";
import { watchCommand } from "./watch.js";

/**
 * The kubectl-like client: get, describe, create, apply, delete, watch, history. Writes, reads
 * and namespaced watches go through the API and the feeds (JetnetClient: all a tenant may use);
 * lists go page by page, for one namespace or, with -A, every one (`_all`: the service
 * identity). Watches across namespaces (-A) and history read the buckets directly, which takes
 * JetStream access (the service identity: operators).
 */

type AnyObject = Subnet | NetworkAttachment;

/** The commands to add to the `jetnet` program; their usage errors exit 2. */
export function clientCommands(): Command[] {
  return [
    getCommand(),
    describeCommand(),
    createCommand(),
    applyCommand(),
    deleteCommand(),
    watchCommand(),
    historyCommand(),
  ].map(usageExitCodes);
}

/** The namespace a command works in: -n (or its env), else the config file's, else "default". */
const nsOf = (s: Session) => s.settings.namespace;

function outputOption(): Option {
  return new Option("-o, --output <format>", "output format")
    .choices(Object.values(OutputFormat))
    .default("table");
}

interface GetOptions extends ConnectionOptions {
  allNamespaces?: boolean;
  output: OutputFormat;
  selector?: string;
  chunkSize: number;
}

function getCommand(): Command {
  const cmd = new Command("get")
    .description("List subnets or attachments, or show one")
    .argument("<kind>", kindHelp)
    .argument("[name]", "one object by name")
    .option("-A, --all-namespaces", "list across every namespace")
    .addOption(outputOption())
    .option("-l, --selector <key=value,...>", "only objects carrying all these labels")
    .addOption(
      new Option("--chunk-size <n>", "objects per page of a list (0: everything in one reply)")
        .default(defaultChunkSize)
        .argParser(nonNegativeInt),
    );
  addConnectionOptions(cmd).action(
    action(async (rawKind: string, name: string | undefined, opts: GetOptions) => {
      const kind = kindArg(rawKind);
      if (opts.allNamespaces && (name || opts.namespace)) {
        throw new UsageError("-A lists every namespace: give neither a name nor -n with it");
      }
      let selector: Record<string, string>;
      try {
        selector = parseLabels(opts.selector);
      } catch (err) {
        throw new UsageError(`-l: ${(err as Error).message}`);
      }
      await withSession(opts, async (s) => {
        const ns = nsOf(s);
        if (name) {
          const v = await aboutObject(kind, ns, name, resource(s.client, kind, ns).get(name));
          process.stdout.write(
            opts.output === OutputFormat.Yaml || opts.output === OutputFormat.Json
              ? formatObjects(kind, [v], opts.output, { single: true })
              : formatTable(kind, [v], tableOptions(opts)),
          );
          return;
        }
        // Rows are written as each page arrives; every page is at the first page's revision.
        const printer = new ListPrinter(kind, opts.output, tableOptions(opts));
        const pages = resource(s.client, kind, opts.allNamespaces ? allNamespaces : ns).pages({
          labelSelector: selector,
          chunkSize: opts.chunkSize,
        });
        let revision = 0;
        for await (const page of pages) {
          revision = page.revision;
          process.stdout.write(printer.page(page.items, page.revision));
        }
        const tabular = opts.output === OutputFormat.Table || opts.output === OutputFormat.Wide;
        if (tabular && printer.printed === 0) {
          // On stderr, like kubectl: stdout stays a (here empty) table for scripts.
          const where = opts.allNamespaces ? "any namespace" : `namespace ${ns}`;
          process.stderr.write(`No ${kind} found in ${where}.\n`);
          return;
        }
        process.stdout.write(printer.end(revision));
      });
    }),
  );
  return cmd;
}

function tableOptions(opts: GetOptions) {
  return { wide: opts.output === OutputFormat.Wide, namespaces: !!opts.allNamespaces, nowMs: Date.now() };
}

function describeCommand(): Command {
  const cmd = new Command("describe")
    .description("Show one object in detail: spec, status, write times, errors, exec report")
    .argument("<kind>", kindHelp)
    .argument("<name>", "object name");
  addConnectionOptions(cmd).action(
    action(async (rawKind: string, name: string, opts: ConnectionOptions) => {
      const kind = kindArg(rawKind);
      await withSession(opts, async (s) => {
        const v = await aboutObject(kind, nsOf(s), name, resource(s.client, kind, nsOf(s)).get(name));
        process.stdout.write(formatDescribe(kind, v, Date.now()));
      });
    }),
  );
  return cmd;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

function argv(v: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(v);
  } catch {
    throw new InvalidArgumentError(`expected a JSON array of strings such as '["/bin/echo","up"]'`);
  }
  if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === "string")) {
    throw new InvalidArgumentError("expected a JSON array of strings");
  }
  return parsed;
}

function labelsOption(): Option {
  return new Option("-l, --labels <key=value,...>", "labels (repeatable)").argParser(collect);
}

function createCommand(): Command {
  const create = new Command("create").description("Create a subnet or an attachment");

  const subnet = new Command("subnet")
    .alias("sn")
    .description("Create a subnet")
    .argument("<name>", "subnet name")
    .requiredOption("--vni <n>", "VXLAN network id, 1..2^21-1", positiveInt)
    .requiredOption("--cidr <cidr>", "IPv4 CIDR inside RFC 1918, e.g. 10.1.0.0/24")
    .option("--exclude <address|range|cidr>", "never lease these (repeatable)", collect)
    .option("--gateway <address>", "gateway address inside the CIDR")
    .addOption(labelsOption());
  addConnectionOptions(subnet).action(
    action(
      async (
        name: string,
        o: ConnectionOptions & {
          vni: number;
          cidr: string;
          exclude?: string[];
          gateway?: string;
          labels?: string[];
        },
      ) => {
        const obj: Subnet = {
          meta: { name, labels: labelsArg(o.labels) },
          spec: { vni: o.vni, cidr: o.cidr, exclude: o.exclude ?? [], gateway: o.gateway ?? "" },
        };
        await createOne(o, Kind.Subnets, name, obj);
      },
    ),
  );

  const attachment = new Command("attachment")
    .alias("na")
    .description("Create a network attachment")
    .argument("<name>", "attachment name")
    .requiredOption("--node <node>", "node whose agent implements the interface")
    .requiredOption("--subnet <subnet>", "subnet (same namespace)")
    .option("--ip <address>", "static address request")
    .option("--post-create-exec <json>", "command run on the node once the interface exists", argv)
    .option("--post-delete-exec <json>", "command run on the node after the interface is removed", argv)
    .addOption(labelsOption());
  addConnectionOptions(attachment).action(
    action(
      async (
        name: string,
        o: ConnectionOptions & {
          node: string;
          subnet: string;
          ip?: string;
          postCreateExec?: string[];
          postDeleteExec?: string[];
          labels?: string[];
        },
      ) => {
        const obj: NetworkAttachment = {
          meta: { name, labels: labelsArg(o.labels) },
          spec: {
            node: o.node,
            subnet: o.subnet,
            ip: o.ip ?? "",
            postCreateExec: o.postCreateExec ?? [],
            postDeleteExec: o.postDeleteExec ?? [],
          },
        };
        await createOne(o, Kind.Attachments, name, obj);
      },
    ),
  );
  return create.addCommand(subnet).addCommand(attachment);
}

function labelsArg(raw: string[] | undefined): Record<string, string> {
  try {
    return parseLabels(raw);
  } catch (err) {
    throw new UsageError(`-l: ${(err as Error).message}`);
  }
}

async function createOne(opts: ConnectionOptions, kind: Kind, name: string, obj: AnyObject): Promise<void> {
  await withSession(opts, async (s) => {
    const v = await aboutObject(kind, nsOf(s), name, resource(s.client, kind, nsOf(s)).create(obj));
    process.stdout.write(`${singular[kind]}/${nsOf(s)}/${name} created (revision ${v.revision})\n`);
  });
}

function deleteCommand(): Command {
  const cmd = new Command("delete")
    .description("Delete a subnet or an attachment")
    .argument("<kind>", kindHelp)
    .argument("<name>", "object name")
    .option("--revision <r>", "delete only if the object is still at this revision", positiveInt);
  addConnectionOptions(cmd).action(
    action(async (rawKind: string, name: string, opts: ConnectionOptions & { revision?: number }) => {
      const kind = kindArg(rawKind);
      await withSession(opts, async (s) => {
        await aboutObject(kind, nsOf(s), name, resource(s.client, kind, nsOf(s)).delete(name, opts.revision));
        process.stdout.write(`${singular[kind]}/${nsOf(s)}/${name} deleted\n`);
      });
    }),
  );
  return cmd;
}

function historyCommand(): Command {
  const cmd = new Command("history")
    .description("Show an object's retained revisions: when, which sections changed, and by which service")
    .argument("<kind>", kindHelp)
    .argument("<ref>", "<namespace>/<name>, or <name> in the namespace of -n");
  addConnectionOptions(cmd).action(
    action(async (rawKind: string, ref: string, opts: ConnectionOptions) => {
      const kind = kindArg(rawKind);
      const slash = ref.indexOf("/");
      if (slash === 0 || slash === ref.length - 1) throw new UsageError(`"${ref}" is not <namespace>/<name>`);
      await withSession(opts, async (s) => {
        const ns = slash > 0 ? ref.slice(0, slash) : nsOf(s);
        const name = slash > 0 ? ref.slice(slash + 1) : ref;
        const entries = await readHistory(s, kind, ns, name);
        if (entries.length === 0) {
          throw new JetnetError(
            ErrorCode.NotFound,
            `${singular[kind]} ${ns}/${name} not found (no revisions)`,
          );
        }
        process.stdout.write(formatHistory(historyRows(entries)));
      });
    }),
  );
  return cmd;
}
