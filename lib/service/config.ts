import { hostname } from "node:os";
import { type Command, Option } from "commander";
import { invalid } from "../errors.js";
import { parseRedisTarget, RedisMode, type RedisTarget } from "./redisurl.js";
import {
  type CommonConfig,
  type CommonOptions,
  type ListenAddr,
  LogLevel,
  type NatsConfig,
  type RedisConfig,
} from "./types.js";

/** The environment variable behind each flag; error messages name both. */
export const Env = {
  nats: "JETNET_NATS_URL",
  natsUser: "JETNET_NATS_USER",
  natsPassword: "JETNET_NATS_PASSWORD",
  natsCreds: "JETNET_NATS_CREDS",
  natsTlsCa: "JETNET_NATS_TLS_CA",
  natsTlsCert: "JETNET_NATS_TLS_CERT",
  natsTlsKey: "JETNET_NATS_TLS_KEY",
  natsInboxPrefix: "JETNET_NATS_INBOX_PREFIX",
  natsWriteWindow: "JETNET_NATS_WRITE_WINDOW",
  redis: "JETNET_REDIS_URL",
  redisPassword: "JETNET_REDIS_PASSWORD",
  sentinelPassword: "JETNET_SENTINEL_PASSWORD",
  redisTlsCa: "JETNET_REDIS_TLS_CA",
  metricsAddr: "JETNET_METRICS_ADDR",
  logLevel: "JETNET_LOG_LEVEL",
  name: "JETNET_INSTANCE",
} as const satisfies Record<keyof CommonOptions, string>;

const Flag = {
  nats: "--nats",
  natsUser: "--nats-user",
  natsPassword: "--nats-password",
  natsCreds: "--nats-creds",
  natsTlsCa: "--nats-tls-ca",
  natsTlsCert: "--nats-tls-cert",
  natsTlsKey: "--nats-tls-key",
  natsInboxPrefix: "--nats-inbox-prefix",
  natsWriteWindow: "--nats-write-window",
  redis: "--redis",
  redisPassword: "--redis-password",
  sentinelPassword: "--sentinel-password",
  redisTlsCa: "--redis-tls-ca",
  metricsAddr: "--metrics-addr",
  logLevel: "--log-level",
  name: "--name",
} as const satisfies Record<keyof CommonOptions, string>;

export const defaults = {
  nats: "nats://127.0.0.1:4222",
  // Off: a window saves nats-server CPU under open load but holds every reply of a client that
  // asks one thing at a time (see CoalescingTransport and docs/design.md, "A write window").
  natsWriteWindowMs: 0,
  redis: "redis://127.0.0.1:6379",
  // Port 0: a free port, logged at start. Loopback so an unconfigured process exposes nothing.
  metricsAddr: "127.0.0.1:0",
  logLevel: LogLevel.Info,
} as const;

/**
 * Adds the options every service shares. Precedence is commander's own: a flag beats its
 * environment variable (`.env()`, also shown in --help), which beats the default.
 */
export function addCommonOptions(cmd: Command): Command {
  const opt = (key: keyof CommonOptions, arg: string, description: string) =>
    new Option(`${Flag[key]} ${arg}`, description).env(Env[key]);
  return cmd
    .addOption(opt("nats", "<urls>", "NATS servers, comma-separated").default(defaults.nats))
    .addOption(opt("natsUser", "<user>", "NATS user name"))
    .addOption(opt("natsPassword", "<password>", "NATS password"))
    .addOption(opt("natsCreds", "<file>", "NATS credentials file (JWT + nkey seed)"))
    .addOption(opt("natsTlsCa", "<file>", "CA certificate to verify the NATS servers"))
    .addOption(opt("natsTlsCert", "<file>", "client certificate for NATS (mutual TLS)"))
    .addOption(opt("natsTlsKey", "<file>", "client key for NATS (mutual TLS)"))
    .addOption(
      opt(
        "natsInboxPrefix",
        "<prefix>",
        "prefix of reply subjects (as `jetnet auth gen` assigns; default _INBOX)",
      ),
    )
    .addOption(
      opt(
        "natsWriteWindow",
        "<ms>",
        "a busy NATS connection holds what it sends for this long after its last write, so sends close together leave as one write (0: write at the end of each event-loop turn)",
      ).default(String(defaults.natsWriteWindowMs)),
    )
    .addOption(
      opt(
        "redis",
        "<url>",
        "Redis: redis://host:port, redis-sentinel://host:port,.../master or redis-cluster://host:port,...",
      ).default(defaults.redis),
    )
    .addOption(opt("redisPassword", "<password>", "password of the Redis data nodes (overrides the URL's)"))
    .addOption(opt("sentinelPassword", "<secret>", "password of the Redis sentinels"))
    .addOption(opt("redisTlsCa", "<file>", "CA certificate for rediss:// URLs (default the system's)"))
    .addOption(
      opt(
        "metricsAddr",
        "<host:port>",
        'serve /metrics, /healthz, /readyz here; "off" or "" disables',
      ).default(defaults.metricsAddr, `${defaults.metricsAddr}, a free port`),
    )
    .addOption(
      opt("logLevel", "<level>", "log level").choices(Object.values(LogLevel)).default(defaults.logLevel),
    )
    .addOption(
      opt("name", "<instance>", "instance name, in logs and client names").default(
        `${hostname()}-${process.pid}`,
        "<hostname>-<pid>",
      ),
    );
}

/** Checks and types the raw option values; the first problem throws INVALID naming flag and env var. */
export function commonConfig(opts: CommonOptions): CommonConfig {
  return {
    nats: natsConfig(opts),
    redis: redisConfig(opts),
    // Not `str()`: here an empty value means "off", not "unset".
    metricsAddr: parseMetricsAddr(opts.metricsAddr ?? defaults.metricsAddr),
    logLevel: parseLogLevel(str(opts, "logLevel") ?? defaults.logLevel),
    instance: parseInstance(str(opts, "name")),
  };
}

function natsConfig(opts: CommonOptions): NatsConfig {
  const servers = (str(opts, "nats") ?? defaults.nats)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map(parseNatsUrl);
  if (servers.length === 0) throw bad("nats", "no server given");

  const user = str(opts, "natsUser");
  const password = str(opts, "natsPassword");
  const credsFile = str(opts, "natsCreds");
  if (password !== undefined && user === undefined) throw bad("natsPassword", "given without --nats-user");
  if (credsFile !== undefined && user !== undefined) {
    throw bad("natsCreds", "give either a credentials file or a user name, not both");
  }

  const caFile = str(opts, "natsTlsCa");
  const certFile = str(opts, "natsTlsCert");
  const keyFile = str(opts, "natsTlsKey");
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw bad(
      certFile === undefined ? "natsTlsKey" : "natsTlsCert",
      "client certificate and key go together",
    );
  }
  const anyTls = caFile !== undefined || certFile !== undefined;
  const inboxPrefix = str(opts, "natsInboxPrefix");
  if (inboxPrefix !== undefined && !/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(inboxPrefix)) {
    throw bad("natsInboxPrefix", `"${inboxPrefix}" is not a subject prefix (tokens without wildcards)`);
  }
  return {
    servers,
    user,
    password,
    credsFile,
    tls: anyTls ? { caFile, certFile, keyFile } : undefined,
    ...(inboxPrefix !== undefined ? { inboxPrefix } : {}),
    writeWindowMs: parseWriteWindow(str(opts, "natsWriteWindow")),
  };
}

/** Milliseconds, 0 to 100 (2 saved no more than 1 in bench:e2e; a longer hold only adds latency). */
function parseWriteWindow(raw: string | undefined): number {
  if (raw === undefined) return defaults.natsWriteWindowMs;
  const ms = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!(ms >= 0 && ms <= 100))
    throw bad("natsWriteWindow", `"${raw}" is not a number of milliseconds from 0 to 100`);
  return ms;
}

/** Accepts `nats://`, `tls://`, `ws(s)://` URLs and bare `host:port` (nats.js takes those too). */
function parseNatsUrl(raw: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `nats://${raw}`;
  const u = tryUrl(withScheme);
  if (!u || !["nats:", "tls:", "ws:", "wss:"].includes(u.protocol) || u.hostname === "") {
    throw bad("nats", `"${raw}" is not a NATS URL (want nats://host:port, comma-separated)`);
  }
  return withScheme;
}

function redisConfig(opts: CommonOptions): RedisConfig {
  const url = str(opts, "redis") ?? defaults.redis;
  let target: RedisTarget;
  try {
    target = parseRedisTarget(url);
  } catch (err) {
    throw bad("redis", (err as Error).message);
  }
  const sentinelPassword = str(opts, "sentinelPassword");
  if (sentinelPassword !== undefined && target.mode !== RedisMode.Sentinel)
    throw bad("sentinelPassword", "given without a redis-sentinel:// URL");
  const tlsCa = str(opts, "redisTlsCa");
  if (tlsCa !== undefined && !target.tls)
    throw bad("redisTlsCa", "given without TLS (use rediss://, rediss-sentinel:// or rediss-cluster://)");
  return { url, target, password: str(opts, "redisPassword"), sentinelPassword, tlsCa };
}

/** `host:port`, `[v6]:port` or `:port` (all interfaces); "off" or "" disables the server. */
export function parseMetricsAddr(raw: string): ListenAddr | undefined {
  const s = raw.trim();
  if (s === "" || s.toLowerCase() === "off") return undefined;
  const m = /^(?:\[([^\]]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(s);
  const port = m ? Number(m[3]) : Number.NaN;
  if (!m || port > 65535) throw bad("metricsAddr", `"${raw}" is not host:port (or "off")`);
  return { host: m[1] ?? (m[2] || "0.0.0.0"), port };
}

function parseLogLevel(raw: string): LogLevel {
  const levels: readonly string[] = Object.values(LogLevel);
  if (!levels.includes(raw)) throw bad("logLevel", `"${raw}" is not one of ${levels.join(", ")}`);
  return raw as LogLevel;
}

function parseInstance(raw: string | undefined): string {
  // Callers that skip commander (tests, `jetnet up`) get the same default the flag has.
  const name = raw ?? `${hostname()}-${process.pid}`;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw bad("name", `"${name}" is not a valid instance name (letters, digits, ".", "_", "-")`);
  }
  return name;
}

/** An option's value, with empty strings (e.g. `JETNET_NATS_USER=`) treated as unset. */
function str(opts: CommonOptions, key: keyof CommonOptions): string | undefined {
  const v: unknown = opts[key];
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v !== "string") throw bad(key, `expected a string, got ${typeof v}`);
  return v;
}

function tryUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

function bad(key: keyof CommonOptions, message: string) {
  return invalid(Flag[key], `${message} (flag ${Flag[key]}, env ${Env[key]})`);
}
