import { readFile } from "node:fs/promises";
import { Command, Option } from "commander";
import type { JetnetClient, ResourceClient } from "../../lib/api/client.js";
import { normalizeAttachmentSpec, normalizeSubnetSpec } from "../../lib/api/objects.js";
import { retryRefused } from "../../lib/api/retry.js";
import { Kind } from "../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import { ErrorCode, hasCode, JetnetError } from "../../lib/errors.js";
import { positiveInt } from "../../lib/service/flags.js";
import { UsageError } from "../usage.js";
import {
  action,
  addConnectionOptions,
  type ConnectionOptions,
  describeFailure,
  Exit,
  withSession,
} from "./connect.js";
import { singular } from "./format.js";
import { type Manifest, parseManifests } from "./manifest.js";

export const ApplyResult = { Created: "created", Configured: "configured", Unchanged: "unchanged" } as const;
export type ApplyResult = (typeof ApplyResult)[keyof typeof ApplyResult];

type AnyObject = Subnet | NetworkAttachment;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sortedLabels = (l: Record<string, string> | null | undefined) =>
  Object.entries(l ?? {}).sort(([a], [b]) => a.localeCompare(b));

/** True when applying `m` would leave `current` as it is (spec compared after server defaults). */
export function manifestMatches(m: Manifest, current: AnyObject): boolean {
  const spec =
    m.kind === Kind.Subnets
      ? sameJson(normalizeSubnetSpec(m.spec), normalizeSubnetSpec((current as Subnet).spec))
      : sameJson(
          normalizeAttachmentSpec(m.spec),
          normalizeAttachmentSpec((current as NetworkAttachment).spec),
        );
  return spec && sameJson(sortedLabels(m.labels), sortedLabels(current.meta?.labels));
}

/**
 * Creates the object, or updates it at the revision just read. A concurrent writer makes the
 * update fail with CONFLICT, which is reported rather than retried: the user's file was written
 * against a state that no longer exists. A create the service refuses with a retry hint (its
 * --max-pending back-pressure) is sent again after the hint, as often as retryRefused allows.
 */
export async function applyManifest(
  client: JetnetClient,
  m: Manifest,
  namespace: string,
): Promise<ApplyResult> {
  const resource = (
    m.kind === Kind.Subnets ? client.subnets(namespace) : client.attachments(namespace)
  ) as ResourceClient<AnyObject>;
  const obj: AnyObject = { meta: { namespace, name: m.name, labels: m.labels }, spec: m.spec };
  let current: { value: AnyObject; revision: number } | undefined;
  try {
    current = await resource.get(m.name);
  } catch (err) {
    if (!hasCode(err, ErrorCode.NotFound)) throw err;
  }
  if (!current) {
    await retryRefused(() => resource.create(obj));
    return ApplyResult.Created;
  }
  if (manifestMatches(m, current.value)) return ApplyResult.Unchanged;
  await resource.update(obj, current.revision);
  return ApplyResult.Configured;
}

async function readInput(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
}

/** Documents in flight at once unless --concurrency says otherwise. */
export const defaultApplyConcurrency = 64;

/** What one document printed: its result line, or its failure's lines and exit status. */
interface Outcome {
  readonly out: string;
  readonly err: string[];
  readonly exit: number;
}

/**
 * Applies every document with at most `concurrency` requests in flight and prints each
 * document's outcome in document order, as soon as every earlier document's is known. Two
 * documents naming the same object are applied one after the other, in order, as a sequential
 * apply would. Once the server is unreachable no further document is sent; those already sent
 * still report. Resolves to the worst exit status.
 */
export async function applyAll(
  manifests: readonly Manifest[],
  concurrency: number,
  applyOne: (m: Manifest) => Promise<Outcome>,
  write: (o: Outcome) => void,
): Promise<number> {
  const outcomes: (Outcome | undefined)[] = new Array(manifests.length);
  const previous = new Map<string, Promise<unknown>>();
  let next = 0;
  let printed = 0;
  let unreachable = false;
  const flush = () => {
    for (; printed < manifests.length && outcomes[printed]; printed++) write(outcomes[printed] as Outcome);
  };
  const lane = async () => {
    while (next < manifests.length && !unreachable) {
      const i = next++;
      const m = manifests[i] as Manifest;
      const key = `${m.kind}/${m.namespace ?? ""}/${m.name}`;
      const before = previous.get(key);
      const done = (async () => {
        await before;
        return unreachable ? undefined : applyOne(m);
      })();
      previous.set(key, done);
      const o = await done;
      if (!o) continue;
      outcomes[i] = o;
      if (o.exit === Exit.Unavailable) unreachable = true;
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, manifests.length) }, lane));
  let exit: number = Exit.Ok;
  for (let i = 0; i < manifests.length; i++) {
    const o = outcomes[i];
    if (!o) continue;
    if (i >= printed) write(o);
    exit = Math.max(exit, o.exit);
  }
  return exit;
}

/** `jetnet apply -f file.yaml`: every document, output in order; the worst outcome sets the exit status. */
export function applyCommand(): Command {
  const cmd = new Command("apply")
    .description("Create or update subnets and attachments from YAML manifests (multi-document)")
    .addOption(new Option("-f, --filename <file>", 'manifest file, "-" for stdin').makeOptionMandatory())
    .addOption(
      new Option("--concurrency <n>", "documents applied at once (output stays in document order)")
        .default(defaultApplyConcurrency)
        .argParser(positiveInt),
    );
  addConnectionOptions(cmd).action(
    action(async (opts: ConnectionOptions & { filename: string; concurrency: number }) => {
      const source = opts.filename === "-" ? "stdin" : opts.filename;
      const manifests = parseManifests(await readInput(opts.filename), source);
      if (manifests.length === 0) throw new UsageError(`${source}: no objects to apply`);
      await withSession(opts, async (s) => {
        const applyOne = async (m: Manifest): Promise<Outcome> => {
          const ns = m.namespace ?? s.settings.namespace;
          const ref = `${singular[m.kind]}/${ns}/${m.name}`;
          try {
            const result = await applyManifest(s.client, m, ns);
            return { out: `${ref} ${result}\n`, err: [], exit: Exit.Ok };
          } catch (err) {
            // The server says what is wrong; say which object it was about.
            const failure = describeFailure(
              err instanceof JetnetError
                ? new JetnetError(err.code, `${ref}: ${err.message}`, err.field, { cause: err })
                : err,
            );
            return { out: "", err: failure.lines, exit: failure.exit };
          }
        };
        process.exitCode = await applyAll(manifests, opts.concurrency, applyOne, (o) => {
          if (o.out) process.stdout.write(o.out);
          for (const l of o.err) process.stderr.write(`${l}\n`);
        });
      });
    }),
  );
  return cmd;
}
