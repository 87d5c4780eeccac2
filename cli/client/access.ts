import type { NatsConnection } from "@nats-io/nats-core";
import type { JetnetClient, ResourceClient } from "../../lib/api/client.js";
import { Bucket, Kind } from "../../lib/api/subjects.js";
import { attachmentCodec, type NetworkAttachment, type Subnet, subnetCodec } from "../../lib/codec.js";
import { ErrorCode, hasCode, JetnetError } from "../../lib/errors.js";
import { openStore } from "../../lib/store/store.js";
import type { ObjectStore } from "../../lib/store/types.js";
import { UsageError } from "./connect.js";
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

/** Binds (read-only) to a kind's bucket; a missing bucket means no network service ever ran. */
export async function bindStore(nc: NatsConnection, kind: Kind): Promise<ObjectStore<AnyObject>> {
  const bucket = kind === Kind.Subnets ? Bucket.Subnets : Bucket.Attachments;
  try {
    return kind === Kind.Subnets
      ? ((await openStore<Subnet>(nc, {
          bucket,
          codec: subnetCodec,
          bindOnly: true,
        })) as ObjectStore<AnyObject>)
      : ((await openStore<NetworkAttachment>(nc, {
          bucket,
          codec: attachmentCodec,
          bindOnly: true,
        })) as ObjectStore<AnyObject>);
  } catch (err) {
    if (err instanceof JetnetError) throw err;
    throw new JetnetError(ErrorCode.Unavailable, `cannot open bucket ${bucket}: ${(err as Error).message}`);
  }
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
