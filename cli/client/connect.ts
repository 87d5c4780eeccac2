import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { NatsConnection } from "@nats-io/nats-core";
import { type Command, Option } from "commander";
import { pino } from "pino";
import { parse as parseYaml } from "yaml";
import { JetnetClient } from "../../lib/api/client.js";
import { ErrorCode, JetnetError } from "../../lib/errors.js";
import { commonConfig, connectNats, defaults, Env } from "../../lib/service/index.js";
import type { NatsConfig } from "../../lib/service/types.js";

/**
 * How the client commands find NATS. Precedence, per setting: flag > environment variable (the
 * services' names, so one exported JETNET_NATS_URL serves both) > config file > default.
 * Commander resolves flag > env; the options have no commander default so that an unset value
 * can still come from the config file.
 */

/** A mistake on the command line or in the config file: exit status 2, like commander's own. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const configEnv = "JETNET_CONFIG";
export const namespaceEnv = "JETNET_NAMESPACE";
export const defaultNamespace = "default";

/** Raw connection option values as commander hands them over. */
export interface ConnectionOptions {
  nats?: string | undefined;
  natsUser?: string | undefined;
  natsPassword?: string | undefined;
  natsCreds?: string | undefined;
  natsTlsCa?: string | undefined;
  natsTlsCert?: string | undefined;
  natsTlsKey?: string | undefined;
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
  };
  namespace?: string;
}

export interface ClientSettings {
  nats: NatsConfig;
  /** The namespace used when a command or manifest names none. */
  namespace: string;
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
      opt("--config <file>", "client config file (default ~/.config/jetnet/config.yaml)", configEnv),
    );
}

/**
 * Reads the config file: the one named (which must exist), else the default path if it exists.
 * Returns the parsed file and its directory, or undefined when there is none.
 */
export async function loadConfigFile(
  named: string | undefined,
): Promise<{ file: ClientConfigFile; dir: string } | undefined> {
  const fallback = join(homedir(), ".config", "jetnet", "config.yaml");
  const path = named || (existsSync(fallback) ? fallback : undefined);
  if (!path) return undefined;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read config file ${path}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (err) {
    throw new UsageError(`config file ${path} is not valid YAML: ${(err as Error).message}`);
  }
  if (parsed === null || parsed === undefined) return { file: {}, dir: dirname(resolve(path)) };
  if (typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new UsageError(`config file ${path}: expected a mapping with keys nats and namespace`);
  }
  return { file: parsed as ClientConfigFile, dir: dirname(resolve(path)) };
}

/** Merges flags/env with the config file and checks the result (pure, apart from the file's dir). */
export function resolveSettings(
  opts: ConnectionOptions,
  config: { file: ClientConfigFile; dir: string } | undefined,
): ClientSettings {
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
  return { nats, namespace };
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
  const nc = await connectNats(settings.nats, {
    name: `jetnet-cli-${process.pid}`,
    logger: pino({ level: "silent" }),
  });
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
