import { Kvm } from "@nats-io/kv";
import { openAttachments, openSubnets } from "../../lib/api/buckets.js";
import type { JetnetClient, ResourceClient } from "../../lib/api/client.js";
import { Bucket, Kind } from "../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import { ErrorCode, hasCode, JetnetError } from "../../lib/errors.js";
import type { ObjectStore } from "../../lib/store/types.js";
import { UsageError } from "../usage.js";
import type { ClientSettings, Session } from "./connect.js";
import { parseKind, singular } from "./format.js";

/** How the client commands reach objects: the API for one namespace, the buckets for the rest. */

type AnyObject = Subnet | NetworkAttachment;

export const kindHelp = "subnets (subnet, sn) or attachments (attachment, na)";

export function kindArg(raw: string): Kind {
  const kind = parseKind(raw);
  if (!kind) throw new UsageError(`unknown kind "${raw}": use ${kindHelp}`);
  return kind;
}

export function resource(client: JetnetClient, kind: Kind, namespace: string): ResourceClient<AnyObject> {
  return (
    kind === Kind.Subnets ? client.subnets(namespace) : client.attachments(namespace)
  ) as ResourceClient<AnyObject>;
}

/** Binds (read-only) to a kind's bucket; a missing bucket means no network service ever ran there. */
export async function bindStore(
  session: Pick<Session, "nc" | "settings">,
  kind: Kind,
): Promise<ObjectStore<AnyObject>> {
  const { nc } = session;
  const bucket = kind === Kind.Subnets ? Bucket.Subnets : Bucket.Attachments;
  try {
    // Binding does not look at the server: ask, or a missing bucket fails later, less clearly
    // (a list with "stream not found", a watch that waits forever).
    await (await new Kvm(nc).open(bucket)).status();
    return (
      kind === Kind.Subnets
        ? await openSubnets(nc, { bindOnly: true })
        : await openAttachments(nc, { bindOnly: true })
    ) as ObjectStore<AnyObject>;
  } catch (err) {
    throw bucketError(session.settings, bucket, err);
  }
}

/**
 * The error for a bucket that cannot be opened: UNAVAILABLE (exit 3) either way, and when the
 * bucket does not exist, a message saying so and where we looked (a NATS without jetnet, the
 * wrong --nats, or a plane that never started), instead of JetStream's "stream not found".
 */
export function bucketError(settings: ClientSettings, bucket: string, err: unknown): JetnetError {
  if (err instanceof JetnetError) return err;
  const message = (err as Error).message;
  if (/stream not found/i.test(message)) {
    return new JetnetError(
      ErrorCode.Unavailable,
      `no jetnet buckets at ${settings.nats.servers.join(",")} (${bucket} does not exist; ` +
        `the URL is from ${settings.origin})`,
      undefined,
      { cause: err },
    );
  }
  return new JetnetError(ErrorCode.Unavailable, `cannot open bucket ${bucket}: ${message}`, undefined, {
    cause: err,
  });
}

/** The server's NOT_FOUND and ALREADY_EXISTS name a key or bucket; the user wants to hear about the object. */
export async function aboutObject<R>(kind: Kind, namespace: string, name: string, p: Promise<R>): Promise<R> {
  try {
    return await p;
  } catch (err) {
    if (hasCode(err, ErrorCode.NotFound)) {
      throw new JetnetError(ErrorCode.NotFound, `${singular[kind]} ${namespace}/${name} not found`);
    }
    if (hasCode(err, ErrorCode.AlreadyExists)) {
      throw new JetnetError(ErrorCode.AlreadyExists, `${singular[kind]} ${namespace}/${name} already exists`);
    }
    throw err;
  }
}
