// biome-ignore-all lint/suspicious/noTemplateCurlyInString: exec hooks spell their variables as literal ${name} text.
/**
 * The exec hook contract: what a tenant may write in an attachment's post_create_exec and
 * post_delete_exec, and what a hook receives. The node's agent runs a hook only if its program is
 * on the agent's allow-list (`--allowed-programs`) and every argument matches a pattern the
 * operator wrote there; a pattern admits literal text, the attachment's own variables and typed
 * values (`<ipv4>`, `<prefix>`), never free text. So a tenant cannot point a hook at another
 * attachment's interface or namespace, or at the node's own devices.
 */

/**
 * The attachment's own values, expanded by the agent in a hook's arguments. `netns` is the
 * attachment's guest network namespace: named by the agent from the attachment's uid (see
 * guestNetns), never by the tenant, so no spec can name another attachment's guest.
 */
export const HookVar = {
  IfName: "${ifname}",
  Ipv4: "${ipv4}",
  Mac: "${mac}",
  Netns: "${netns}",
} as const;

/**
 * Environment of every hook. The agent passes the attachment's values here too (and nothing of
 * its own environment but PATH), so a hook can check that its arguments are its attachment's.
 * HostNetns is the namespace the agent programs (agent --netns); empty for the agent's own.
 */
export const HookEnv = {
  IfName: "JETNET_HOOK_IFNAME",
  Ipv4: "JETNET_HOOK_IPV4",
  Mac: "JETNET_HOOK_MAC",
  Netns: "JETNET_HOOK_NETNS",
  HostNetns: "JETNET_HOOK_HOST_NETNS",
} as const;

/** Typed argument patterns: values the tenant picks, of one shape. */
export const HookHole = {
  /** A dotted-quad IPv4 address, no leading zeros. */
  Ipv4: "<ipv4>",
  /** An IPv4 prefix length, 0 to 32. */
  Prefix: "<prefix>",
} as const;

/** Written after a pattern (the last one only): zero or more further arguments matching it. */
export const repeatMark = "...";

/**
 * The hooks shipped in `hooks/` and the argument patterns to allow them with: an allow-list
 * entry is `<dir>/<name> <args>` (see shippedHookEntry).
 */
export const ShippedHook = {
  /** Moves the interface into the attachment's guest namespace and gives it its address. */
  GuestUp: { name: "jetnet-guest-up", args: "${ifname} ${netns} ${ipv4}/<prefix>" },
  /** Removes the attachment's guest namespace. */
  GuestDown: { name: "jetnet-guest-down", args: "${netns}" },
  /** jetnet-guest-up, then pings each given peer from the guest (`jetnet bench --ping`). */
  GuestTest: { name: "jetnet-guest-test", args: "${ifname} ${netns} ${ipv4}/<prefix> <ipv4>..." },
} as const;

/** The allow-list entry (`--allowed-programs`) for a shipped hook installed in `dir`. */
export function shippedHookEntry(dir: string, hook: { name: string; args: string }): string {
  return `${dir.replace(/\/+$/, "")}/${hook.name} ${hook.args}`;
}

/** Default prefix of guest namespace names (agent --guest-netns-prefix). */
export const defaultGuestNetnsPrefix = "jetnet-";

/** What a guest namespace name may hold: it is a file name under /run/netns and a hook argument. */
export const netnsNamePattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/;

/** Whether `prefix` makes safe guest namespace names (agent --guest-netns-prefix). */
export function isGuestNetnsPrefix(prefix: string): boolean {
  return prefix === "" || netnsNamePattern.test(prefix);
}

/**
 * The guest namespace of the attachment with this uid: `<prefix><uid>`. By uid, not by (VNI, IP):
 * a re-created attachment with the same address would otherwise share the name, and the old
 * one's post_delete_exec could remove the new one's guest. Undefined if the result is not a safe
 * name (uids are UUIDs written by the network service, so only a bad prefix does that).
 */
export function guestNetns(prefix: string, uid: string): string | undefined {
  const name = `${prefix}${uid}`;
  return uid !== "" && netnsNamePattern.test(name) ? name : undefined;
}
