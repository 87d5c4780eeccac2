import { readFile } from "node:fs/promises";
import { Command, Option } from "commander";
import type { JetnetClient, ResourceClient } from "../../lib/api/client.js";
import { Kind } from "../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import { ErrorCode, hasCode, JetnetError } from "../../lib/errors.js";
import { normalizeAttachmentSpec, normalizeSubnetSpec } from "../../services/network/objects.js";
import {
  action,
  addConnectionOptions,
  type ConnectionOptions,
  describeFailure,
  Exit,
  UsageError,
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
 * against a state that no longer exists.
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
    await resource.create(obj);
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

/** `jetnet apply -f file.yaml`: every document in order; the worst outcome sets the exit status. */
export function applyCommand(): Command {
  const cmd = new Command("apply")
    .description("Create or update subnets and attachments from YAML manifests (multi-document)")
    .addOption(new Option("-f, --filename <file>", 'manifest file, "-" for stdin').makeOptionMandatory());
  addConnectionOptions(cmd).action(
    action(async (opts: ConnectionOptions & { filename: string }) => {
      const source = opts.filename === "-" ? "stdin" : opts.filename;
      const manifests = parseManifests(await readInput(opts.filename), source);
      if (manifests.length === 0) throw new UsageError(`${source}: no objects to apply`);
      await withSession(opts, async (s) => {
        let exit: number = Exit.Ok;
        for (const m of manifests) {
          const ns = m.namespace ?? s.settings.namespace;
          const ref = `${singular[m.kind]}/${ns}/${m.name}`;
          try {
            const result = await applyManifest(s.client, m, ns);
            process.stdout.write(`${ref} ${result}\n`);
          } catch (err) {
            // The server says what is wrong; say which object it was about.
            const failure = describeFailure(
              err instanceof JetnetError
                ? new JetnetError(err.code, `${ref}: ${err.message}`, err.field, { cause: err })
                : err,
            );
            for (const l of failure.lines) process.stderr.write(`${l}\n`);
            exit = Math.max(exit, failure.exit);
            if (failure.exit === Exit.Unavailable) break;
          }
        }
        process.exitCode = exit;
      });
    }),
  );
  return cmd;
}
