/**
 * The `--redis` value: which Redis deployment to talk to. Pure parsing, no I/O.
 *
 *   redis://[[user]:password@]host[:port][/db]                 one server (rediss:// for TLS)
 *   redis-sentinel://[[user]:password@]host[:port],.../master[/db]   a primary found through Sentinel
 *   redis-cluster://[[user]:password@]host[:port],...          a Redis Cluster (seed nodes)
 *
 * The `rediss-` variants of the last two use TLS to every node (and to the sentinels). The
 * credentials in a URL are those of the data nodes; sentinels have their own password flag.
 * Why our own grammar for the last two: a WHATWG URL has one host, and these list several.
 */

export const RedisMode = {
  Standalone: "standalone",
  Sentinel: "sentinel",
  Cluster: "cluster",
} as const;
export type RedisMode = (typeof RedisMode)[keyof typeof RedisMode];

export interface RedisEndpoint {
  host: string;
  port: number;
}

export interface RedisTarget {
  mode: RedisMode;
  /** Standalone: the URL as given (ioredis parses it). */
  url?: string | undefined;
  /** Sentinel: the sentinels; Cluster: seed nodes (ioredis discovers the rest). */
  nodes: RedisEndpoint[];
  /** Sentinel: the name the sentinels monitor the primary under. */
  masterName?: string | undefined;
  /** Logical database; a Cluster has only 0. */
  db: number;
  username?: string | undefined;
  password?: string | undefined;
  tls: boolean;
}

/** The accepted forms, for error messages. */
export const redisUrlForms =
  "redis://[:password@]host:port[/db], redis-sentinel://host:port[,host:port...]/master[/db] " +
  "or redis-cluster://host:port[,host:port...] (rediss, rediss-sentinel, rediss-cluster for TLS)";

const defaultPort = { redis: 6379, sentinel: 26379 } as const;

/** Parses a `--redis` value; throws an Error whose message says what is wrong (not which flag). */
export function parseRedisTarget(raw: string): RedisTarget {
  const m = /^([a-z-]+):\/\/(.*)$/i.exec(raw.trim());
  const scheme = m?.[1]?.toLowerCase();
  const rest = m?.[2] ?? "";
  switch (scheme) {
    case "redis":
    case "rediss":
      return standalone(raw);
    case "redis-sentinel":
    case "rediss-sentinel":
      return multiHost(raw, rest, RedisMode.Sentinel, scheme.startsWith("rediss"));
    case "redis-cluster":
    case "rediss-cluster":
      return multiHost(raw, rest, RedisMode.Cluster, scheme.startsWith("rediss"));
    default:
      throw new Error(`"${raw}" is not a Redis URL (want ${redisUrlForms})`);
  }
}

function standalone(raw: string): RedisTarget {
  let u: URL | undefined;
  try {
    u = new URL(raw.trim());
  } catch {
    u = undefined;
  }
  if (!u || u.hostname === "") throw new Error(`"${raw}" is not a Redis URL (want ${redisUrlForms})`);
  const db = u.pathname.replace(/^\//, "");
  return {
    mode: RedisMode.Standalone,
    url: raw.trim(),
    nodes: [{ host: u.hostname.replace(/^\[|\]$/g, ""), port: Number(u.port || defaultPort.redis) }],
    db: db === "" ? 0 : parseDb(raw, db),
    tls: u.protocol === "rediss:",
  };
}

function multiHost(raw: string, rest: string, mode: RedisMode, tls: boolean): RedisTarget {
  const at = rest.lastIndexOf("@");
  const userinfo = at >= 0 ? rest.slice(0, at) : undefined;
  const [hostList = "", ...path] = rest.slice(at + 1).split("/");
  const port = mode === RedisMode.Sentinel ? defaultPort.sentinel : defaultPort.redis;
  const nodes = hostList.split(",").map((h) => endpoint(raw, h, port));
  const out: RedisTarget = { mode, nodes, db: 0, tls };
  if (userinfo !== undefined) {
    const colon = userinfo.indexOf(":");
    const user = decode(raw, colon >= 0 ? userinfo.slice(0, colon) : userinfo);
    if (user !== "") out.username = user;
    if (colon >= 0) out.password = decode(raw, userinfo.slice(colon + 1));
  }
  while (path.length > 0 && path[path.length - 1] === "") path.pop();
  if (mode === RedisMode.Sentinel) {
    if (path.length < 1 || path.length > 2 || path[0] === "")
      throw new Error(
        `"${raw}" names no primary: want redis-sentinel://host:port[,host:port...]/master[/db]`,
      );
    out.masterName = decode(raw, path[0]!);
    if (path[1] !== undefined) out.db = parseDb(raw, path[1]);
  } else if (path.length > 0) {
    throw new Error(
      `"${raw}": a Redis Cluster has no databases or names; want redis-cluster://host:port[,...]`,
    );
  }
  return out;
}

function endpoint(raw: string, s: string, port: number): RedisEndpoint {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+))(?::(\d{1,5}))?$/.exec(s.trim());
  const p = m?.[3] === undefined ? port : Number(m[3]);
  if (!m || p < 1 || p > 65535)
    throw new Error(`"${raw}": "${s}" is not host[:port] (want ${redisUrlForms})`);
  return { host: (m[1] ?? m[2])!, port: p };
}

function parseDb(raw: string, s: string): number {
  if (!/^\d{1,5}$/.test(s)) throw new Error(`"${raw}": database "${s}" is not a number`);
  return Number(s);
}

function decode(raw: string, s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new Error(`"${raw}": bad percent-encoding in "${s}"`);
  }
}

/** The value without its password, for logs and error messages. */
export function redactRedisUrl(raw: string): string {
  return raw.replace(/^([a-z-]+:\/\/[^:@/]*:)[^@/]*@/i, "$1***@");
}
