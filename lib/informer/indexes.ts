import { objectKey } from "../api/subjects.js";
import type { NetworkAttachment } from "../codec.js";
import type { IndexFunc } from "./types.js";

/**
 * The indexes ipam looks attachments up by: their subnet's key, and their uid (lease owners).
 * In lib because the network service builds them for ipam run inside it.
 */
export const attachmentIndexes: Readonly<Record<string, IndexFunc<NetworkAttachment>>> = {
  subnet: (o) => [objectKey(o.value.meta?.namespace ?? "", o.value.spec?.subnet ?? "")],
  uid: (o) => [o.value.meta?.uid ?? ""],
};
