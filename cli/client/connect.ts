import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { NatsConnection } from "@nats-io/nats-core";
import { type Command, Option } from "commander";
import { pino } from "pino";
import { parse as parseYaml } from "yaml";
import { JetnetClient } from "../../lib/api/client.js";
import { ErrorCode, hasCode, JetnetError } from "../../lib/errors.js";
import { commonConfig, connectNats, defaults, Env } from "../../lib/service/index.js";
import type { NatsAuthOptions, NatsConfig } from "../../lib/service/types.js";
import { UsageError } from "../usage.js";
import { configEnv, currentContextKey, defaultConfigPath } from "./context.js";

/**
 * How the client commands find NATS. Precedence, per setting: flag > environment variable (the
 * services' names, so one exported JETNET_NATS_URL serves both) > config file > default.
 * Commander resolves flag > env; the options have no commander default so that an unset value
 * can still come from the config file. The config file's `current-context` (written by `jetnet
 * up`) names a context file whose connection settings replace the config file's own.
 */

export { configEnv };
export const namespaceEnv = "JETNET_NAMESPACE";
export const defaultNamespace = "default";

/** Raw connection option values as commander hands them over. */
export interface ConnectionOptions extends NatsAuthOptions {
  nats?: string | undefined;
  config?: string | undefined;
  namespace?: string | undefined;
}

/** The config file (`~/.config/jetnet/config.yaml`); relative file paths are relative to it. */
export interface ClientConfigFile {
  nats?: {
    servers?: string | string[];
    user?: string;
    password?: string;
    creds?: string;
    tls?: { ca?: string; cert?: string; key?: string };
    inboxPrefix?: string;
  };
  namespace?: string;
  /** A context file (see context.ts); its `nats` and `namespace` replace the ones above. */
  "current-context"?: string;
}

/** A config file as read: its settings, the directory its paths are relative to, where it came from. */
export interface LoadedConfig {
  file: ClientConfigFile;
  dir: string;
  /** Where the NATS settings were read, for messages: `context <file> (...)` or `config file <file>`. */
  origin: string;
}

export interface ClientSettings {
  nats: NatsConfig;
  /** The namespace used when a command or manifest names none. */
  namespace: string;
  /** Where the NATS URL came from, for error messages. */
  origin: string;
}

/** Adds the connection flags (and `-n`) to a client command. */
export function addConnectionOptions(cmd: Command, opts: { namespace?: boolean } = {}): Command {
  const opt = (flags: string, description: string, env: string) => new Option(flags, description).env(env);
  if (opts.namespace !== false) {
    cmd.addOption(opt("-n, --namespace <ns>", `namespace (default "${defaultNamespace}")`, namespaceEnv));
  }
  return cmd
    .addOption(opt("--nats <urls>", `NATS servers, comma-separated (default ${defaults.nats})`, Env.nats))
    .addOption(opt("--nats-user <user>", "NATS user name", Env.natsUser))
    .addOption(opt("--nats-password <password>", "NATS password", Env.natsPassword))
    .addOption(opt("--nats-creds <file>", "NATS credentials file (JWT + nkey seed)", Env.natsCreds))
    .addOption(opt("--nats-tls-ca <file>", "CA certificate to verify the NATS servers", Env.natsTlsCa))
    .addOption(opt("--nats-tls-cert <file>", "client certificate for NATS (mutual TLS)", Env.natsTlsCert))
    .addOption(opt("--nats-tls-key <file>", "client key for NATS (mutual TLS)", Env.natsTlsKey))
    .addOption(
      opt("--nats-inbox-prefix <prefix>", "prefix of reply subjects (default _INBOX)", Env.natsInboxPrefix),
    )
    .addOption(
      opt(
        "--config <file>",
        "client config file (default $XDG_CONFIG_HOME/jetnet/config.yaml or ~/.config/jetnet/config.yaml; " +
          "`jetnet up` sets its current-context)",
        configEnv,
      ),
    );
}

/**
 * Reads the config file: the one named (which must exist), else the default path if it exists,
 * then the context file its `current-context` names. Undefined when there is no config file.
 */
export async function loadConfigFile(named: string | undefined): Promise<LoadedConfig | undefined> {
  const fallback = defaultConfigPath();
  const path = named || (existsSync(fallback) ? fallback : undefined);
  if (!path) return undefined;
  const dir = dirname(resolve(path));
  const file = await readMapping(path, "config file");
  const current = file[currentContextKey];
  if (current === undefined || current === null || current === "") {
    return { file, dir, origin: `config file ${path}` };
  }
  if (typeof current !== "string")
    throw new UsageError(`config file ${path}: ${currentContextKey} must be a path`);
  const contextPath = isAbsolute(current) ? current : join(dir, current);
  if (!existsSync(contextPath)) {
    throw new UsageError(
      `config file ${path}: ${currentContextKey} ${contextPath} does not exist (\`jetnet up\` writes it: ` +
        `start it again, or remove ${currentContextKey} from ${path})`,
    );
  }
  const context = await readMapping(contextPath, "context file");
  const nats = context.nats && withAbsolutePaths(context.nats, dirname(resolve(contextPath)));
  return {
    file: { nats: nats ?? file.nats, namespace: context.namespace ?? file.namespace },
    dir,
    origin: `context ${contextPath}, the ${currentContextKey} of ${path}`,
  };
}

async function readMapping(path: string, what: string): Promise<ClientConfigFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${path}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (err) {
    throw new UsageError(`${what} ${path} is not valid YAML: ${(err as Error).message}`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new UsageError(`${what} ${path}: expected a mapping with keys nats and namespace`);
  }
  return parsed as ClientConfigFile;
}

/** A context's file paths are relative to the context file, not to the config file. */
function withAbsolutePaths(
  nats: NonNullable<ClientConfigFile["nats"]>,
  dir: string,
): ClientConfigFile["nats"] {
  const abs = (p: unknown) => (typeof p === "string" && p !== "" && !isAbsolute(p) ? join(dir, p) : p);
  const tls = nats.tls && {
    ...nats.tls,
    ca: abs(nats.tls.ca),
    cert: abs(nats.tls.cert),
    key: abs(nats.tls.key),
  };
  return { ...nats, creds: abs(nats.creds), ...(tls ? { tls } : {}) } as ClientConfigFile["nats"];
}

/** Merges flags/env with the config file and checks the result (pure, apart from the file's dir). */
export function resolveSettings(opts: ConnectionOptions, config: LoadedConfig | undefined): ClientSettings {
  const file = config?.file ?? {};
  const path = (p: string | undefined) => (p && config && !isAbsolute(p) ? join(config.dir, p) : p);
  const fileServers = file.nats?.servers;
  const servers = Array.isArray(fileServers) ? fileServers.join(",") : fileServers;
  const pick = (flag: string | undefined, fromFile: unknown, key: string) => {
    if (flag) return flag;
    if (fromFile === undefined || fromFile === null || fromFile === "") return undefined;
    if (typeof fromFile !== "string") throw new UsageError(`config file: ${key} must be a string`);
    return fromFile;
  };
  const raw = {
    nats: pick(opts.nats, servers, "nats.servers") ?? defaults.nats,
    natsUser: pick(opts.natsUser, file.nats?.user, "nats.user"),
    natsPassword: pick(opts.natsPassword, file.nats?.password, "nats.password"),
    natsCreds: opts.natsCreds || path(pick(undefined, file.nats?.creds, "nats.creds")),
    natsTlsCa: opts.natsTlsCa || path(pick(undefined, file.nats?.tls?.ca, "nats.tls.ca")),
    natsTlsCert: opts.natsTlsCert || path(pick(undefined, file.nats?.tls?.cert, "nats.tls.cert")),
    natsTlsKey: opts.natsTlsKey || path(pick(undefined, file.nats?.tls?.key, "nats.tls.key")),
    natsInboxPrefix: pick(opts.natsInboxPrefix, file.nats?.inboxPrefix, "nats.inboxPrefix"),
  };
  let nats: NatsConfig;
  try {
    // commonConfig checks the NATS settings exactly as the services do; the other fields are inert.
    nats = commonConfig({
      ...raw,
      redis: defaults.redis,
      metricsAddr: "off",
      logLevel: "silent",
      name: "jetnet-cli",
    }).nats;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const namespace = pick(opts.namespace, file.namespace, "namespace") ?? defaultNamespace;
  const origin = opts.nats
    ? `--nats or ${Env.nats}`
    : servers
      ? (config?.origin ?? "the config file")
      : `the default (no --nats, ${Env.nats} or config file)`;
  return { nats, namespace, origin };
}

/** An open connection for one command; `close` is idempotent. */
export interface Session {
  readonly nc: NatsConnection;
  readonly client: JetnetClient;
  readonly settings: ClientSettings;
  close(): Promise<void>;
}

/** Resolves the settings and connects; UNAVAILABLE when no server answers. */
export async function openSession(opts: ConnectionOptions): Promise<Session> {
  const settings = resolveSettings(opts, await loadConfigFile(opts.config));
  let nc: NatsConnection;
  try {
    nc = await connectNats(settings.nats, {
      name: `jetnet-cli-${process.pid}`,
      logger: pino({ level: "silent" }),
    });
  } catch (err) {
    if (!hasCode(err, ErrorCode.Unavailable)) throw err;
    // Which URL, and why this one: a stale context of a stopped `jetnet up` is the usual story.
    throw new JetnetError(
      ErrorCode.Unavailable,
      `${(err as Error).message} (the URL is from ${settings.origin})`,
    );
  }
  let closed: Promise<void> | undefined;
  return {
    nc,
    client: new JetnetClient(nc),
    settings,
    close: () => {
      closed ??= nc.close().catch(() => undefined);
      return closed;
    },
  };
}

/** Runs `fn` with a session and closes it afterwards, whatever happens. */
export async function withSession<R>(opts: ConnectionOptions, fn: (s: Session) => Promise<R>): Promise<R> {
  const session = await openSession(opts);
  try {
    return await fn(session);
  } catch (err) {
    // "No reply from the network service": say where we asked, and why there (a NATS without
    // jetnet, or the wrong --nats, is the usual story).
    const { servers } = session.settings.nats;
    if (!hasCode(err, ErrorCode.Unavailable) || servers.some((u) => (err as Error).message.includes(u)))
      throw err;
    throw new JetnetError(
      ErrorCode.Unavailable,
      `${(err as Error).message} (at ${servers.join(",")}; the URL is from ${session.settings.origin})`,
      undefined,
      { cause: err },
    );
  } finally {
    await session.close();
  }
}

/** Exit statuses of the client commands. */
export const Exit = { Ok: 0, ApiError: 1, Usage: 2, Unavailable: 3 } as const;

/**
 * The one line a shell user sees for a failed command, and the exit status. Expected failures
 * never print a stack; JETNET_DEBUG=1 adds it for the unexpected ones.
 */
export function describeFailure(err: unknown): { lines: string[]; exit: number } {
  if (err instanceof UsageError) return { lines: [`error: ${err.message}`], exit: Exit.Usage };
  if (err instanceof JetnetError) {
    const field = err.field && !err.message.includes(err.field) ? ` (field ${err.field})` : "";
    const line = `error: ${err.code}: ${err.message}${field}`;
    if (err.code === ErrorCode.Unavailable) {
      return {
        lines: [
          line,
          "hint: is the control plane running and reachable? Check --nats (or JETNET_NATS_URL, or the " +
            "config file), or start a local one with `jetnet up`",
        ],
        exit: Exit.Unavailable,
      };
    }
    return { lines: [line], exit: Exit.ApiError };
  }
  const message = err instanceof Error ? err.message : String(err);
  const lines = [`error: ${message}`];
  if (process.env.JETNET_DEBUG === "1" && err instanceof Error && err.stack) lines.push(err.stack);
  return { lines, exit: Exit.ApiError };
}

/** Wraps a command action: prints a failure as one line and sets the exit status. */
export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      await fn(...args);
    } catch (err) {
      const { lines, exit } = describeFailure(err);
      for (const l of lines) process.stderr.write(`${l}\n`);
      process.exitCode = exit;
    }
  };
}

/** Makes commander's own usage errors exit 2 (help and --version still exit 0), recursively. */
export function usageExitCodes(cmd: Command): Command {
  cmd.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : Exit.Usage));
  for (const sub of cmd.commands) usageExitCodes(sub);
  return cmd;
}
