# Checks shared by the jetnet guest hooks; sourced by them, not run.
#
# The agent runs a hook with its attachment's own values in the environment (JETNET_HOOK_*, see
# lib/api/hooks.ts) and nothing else of its own environment but PATH. A hook takes an interface,
# namespace or address argument only if it is exactly its attachment's, so a spec can aim it at
# nothing else on the node even if the agent's allow-list were looser than it should be. Every
# refusal exits 2 before anything changed. No argument is ever put into a shell string.

# refuse <message>: stop before changing anything.
refuse() {
  printf '%s: refused: %s\n' "$0" "$*" >&2
  exit 2
}

# is_name <s>: a safe interface or namespace name: letters, digits, '_', '.' and '-', not
# starting with '-' (an option to ip) or '.' ("." and ".." are directories).
is_name() {
  case $1 in
    '' | -* | .* | *[!A-Za-z0-9_.-]*) return 1 ;;
  esac
  return 0
}

# is_ipv4 <s>: a dotted quad, no leading zeros.
is_ipv4() {
  case $1 in
    '' | *[!0-9.]* | .* | *. | *..*) return 1 ;;
  esac
  saved_ifs=$IFS
  IFS=.
  # Split on the dots; the case above left no characters a glob or another split could act on.
  # shellcheck disable=SC2086
  set -- $1
  IFS=$saved_ifs
  [ $# -eq 4 ] || return 1
  for octet; do
    case $octet in
      [0-9] | [1-9][0-9] | 1[0-9][0-9] | 2[0-4][0-9] | 25[0-5]) ;;
      *) return 1 ;;
    esac
  done
  return 0
}

# own_env: reads and checks the attachment's values the agent passed: ifname, netns (the guest
# namespace), ipv4, and host (the namespace the agent programs; empty: this process's own).
own_env() {
  ifname=${JETNET_HOOK_IFNAME:-}
  netns=${JETNET_HOOK_NETNS:-}
  ipv4=${JETNET_HOOK_IPV4:-}
  host=${JETNET_HOOK_HOST_NETNS:-}
  is_name "$ifname" && is_name "$netns" && is_ipv4 "$ipv4" ||
    refuse "not run by a jetnet agent: JETNET_HOOK_IFNAME, JETNET_HOOK_NETNS and JETNET_HOOK_IPV4 must hold the attachment's interface, guest namespace and address"
  [ -z "$host" ] || is_name "$host" || refuse "JETNET_HOOK_HOST_NETNS is not a namespace name"
}

# own <what> <argument> <own value>: the argument must be the attachment's own value.
own() {
  [ "$2" = "$3" ] || refuse "$1 \"$2\" is not this attachment's (\"$3\")"
}

# own_address <argument>: <the attachment's address>/<prefix length 0-32>; sets prefix.
own_address() {
  case $1 in
    "$ipv4"/*) prefix=${1#"$ipv4"/} ;;
    *) refuse "address \"$1\" is not this attachment's (\"$ipv4/<prefix>\")" ;;
  esac
  case $prefix in
    [0-9] | [12][0-9] | 3[0-2]) ;;
    *) refuse "prefix length \"$prefix\" is not 0 to 32" ;;
  esac
}
