// biome-ignore-all lint/suspicious/noTemplateCurlyInString: exec hooks spell their variables as literal ${name} text.
/**
 * The agent's allow-list of exec hooks (`--allowed-programs`), a pure decision: which commands of
 * a tenant's post_create_exec / post_delete_exec may run on this node.
 *
 * An entry is a program (an absolute path) followed by one pattern per argument; entries are
 * separated by commas, patterns by spaces:
 *
 *   /app/hooks/jetnet-guest-up ${ifname} ${netns} ${ipv4}/<prefix>,/app/hooks/jetnet-guest-down ${netns}
 *
 * A pattern is made of literal text, the attachment's variables (`${ifname}`, `${ipv4}`, `${mac}`,
 * `${netns}`: the tenant must write the variable itself, which the agent then expands) and typed
 * holes (`<ipv4>`, `<prefix>`); the last pattern may end in `...` (zero or more such arguments).
 * A program listed alone takes no arguments. Why patterns and not just programs: the hooks run as
 * root, and a program's arguments decide what it touches. With free arguments any tenant could
 * make `jetnet-guest-up` move the node's uplink, or `jetnet-guest-down` remove another tenant's
 * guest. A pattern admits nothing a tenant could aim elsewhere: literals are the operator's,
 * variables are the attachment's own, and holes hold only an address or a prefix length.
 */
import { HookHole, HookVar, repeatMark } from "../../lib/api/hooks.js";

/** One argument pattern, compiled. */
interface ArgPattern {
  /** As the operator wrote it (without `...`), for messages. */
  readonly text: string;
  readonly re: RegExp;
}

/** One allowed form of a hook: its program and a pattern for each argument. */
export interface HookForm {
  readonly program: string;
  readonly args: readonly ArgPattern[];
  /** Pattern of any further arguments (a last pattern marked `...`); undefined: no more. */
  readonly rest: ArgPattern | undefined;
  /** The argument patterns as written, for messages. */
  readonly text: string;
}

/** program → its allowed forms. Empty: no hook runs. */
export type AllowList = ReadonlyMap<string, readonly HookForm[]>;

export const emptyAllowList: AllowList = new Map();

/** A malformed allow-list (a startup error: the agent refuses to run with it). */
export class AllowListError extends Error {
  override name = "AllowListError";
}

const octet = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
const holes = new Map<string, string>([
  [HookHole.Ipv4, `${octet}(?:\\.${octet}){3}`],
  [HookHole.Prefix, "(?:3[0-2]|[12]?[0-9])"],
]);
const variables = new Set<string>(Object.values(HookVar));
/**
 * Literal text: no `$`, `<`, quotes, separators or shell syntax. Nothing runs a shell, but a
 * literal that looks like syntax would only confuse whoever reads the list.
 */
const literal = /^[A-Za-z0-9_./:=@%+-]+$/;
/** An absolute program path with no `.` or `..` segments: it is compared as a string. */
const programPath = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9_.+-]+)+$/;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

function compile(text: string, entry: string): ArgPattern {
  let src = "";
  for (const part of text.split(/(\$\{[^}]*\}|<[^>]*>)/)) {
    if (part === "") continue;
    if (part.startsWith("${")) {
      if (!variables.has(part))
        throw new AllowListError(`${entry}: unknown variable ${part} (known: ${[...variables].join(", ")})`);
      src += escapeRe(part);
    } else if (part.startsWith("<")) {
      const hole = holes.get(part);
      if (hole === undefined)
        throw new AllowListError(
          `${entry}: unknown pattern ${part} (known: ${[...holes.keys()].join(", ")})`,
        );
      src += hole;
    } else if (literal.test(part)) {
      src += escapeRe(part);
    } else {
      throw new AllowListError(`${entry}: ${JSON.stringify(part)} is not allowed literal text`);
    }
  }
  if (src === "") throw new AllowListError(`${entry}: empty argument pattern`);
  return { text, re: new RegExp(`^${src}$`) };
}

function parseEntry(entry: string): HookForm {
  const [program = "", ...patterns] = entry.split(/\s+/);
  if (!programPath.test(program))
    throw new AllowListError(`${JSON.stringify(program)}: a program must be an absolute path`);
  const args: ArgPattern[] = [];
  let rest: ArgPattern | undefined;
  for (const [i, p] of patterns.entries()) {
    if (!p.endsWith(repeatMark)) {
      args.push(compile(p, entry));
      continue;
    }
    if (i !== patterns.length - 1)
      throw new AllowListError(`${entry}: only the last pattern may end in ${repeatMark}`);
    rest = compile(p.slice(0, -repeatMark.length), entry);
  }
  return { program, args, rest, text: patterns.join(" ") };
}

/** Parses `--allowed-programs`. Throws an AllowListError naming the bad entry. */
export function parseAllowList(list: string): AllowList {
  const forms = new Map<string, HookForm[]>();
  for (const entry of list.split(",").map((s) => s.trim())) {
    if (entry === "") continue;
    const form = parseEntry(entry);
    forms.set(form.program, [...(forms.get(form.program) ?? []), form]);
  }
  return forms;
}

/** An argument quoted for a message, cut short: it is the tenant's text and goes into status. */
function quote(arg: string): string {
  return JSON.stringify(arg.length > 64 ? `${arg.slice(0, 64)}…` : arg);
}

function takes(form: HookForm): string {
  const n = form.args.length;
  if (n === 0 && !form.rest) return "no arguments";
  const count = `${form.rest ? "at least " : ""}${n} argument${n === 1 ? "" : "s"}`;
  return `${count}: ${form.text}`;
}

/**
 * Why `args` do not fit `form`, or undefined if they do. The first argument that fits no pattern
 * is named before any count is: it says more about what the spec was aiming at.
 */
function misfit(form: HookForm, args: readonly string[]): string | undefined {
  for (const [i, arg] of args.entries()) {
    const p = form.args[i] ?? form.rest;
    if (!p) break;
    if (!p.re.test(arg)) return `argument ${i + 1} ${quote(arg)} is not ${p.text}; it takes ${takes(form)}`;
  }
  const fixed = form.args.length;
  if (args.length < fixed || (args.length > fixed && !form.rest))
    return `takes ${takes(form)} (got ${args.length})`;
  return undefined;
}

/**
 * Why a command (argv, unexpanded, as the tenant wrote it) may not run, or undefined if it may.
 * argv[0] must be a listed program exactly (no basename or path tricks) and the arguments must
 * fit one of its forms.
 */
export function refusal(command: readonly string[], allowed: AllowList): string | undefined {
  const [program, ...args] = command;
  if (!program) return "empty command";
  const forms = allowed.get(program);
  if (!forms) return `program ${quote(program)} is not in the agent's --allowed-programs`;
  const misfits = forms.map((f) => misfit(f, args));
  if (misfits.includes(undefined)) return undefined;
  if (misfits.length === 1) return `${program}: ${misfits[0]}`;
  return `${program}: the arguments fit none of its allowed forms (${forms.map((f) => takes(f)).join("; ")})`;
}
