import { spawnSync } from "node:child_process";
import { accessSync, constants, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";

/** The server binaries `jetnet up` runs, and the Debian/Ubuntu package of each. */
export const serverPackages = { "nats-server": "nats-server", "redis-server": "redis-server" } as const;
export type ServerBinary = keyof typeof serverPackages;

/** `jetnet up` cannot go on; the message says what to do. */
export class UpError extends Error {
  override name = "UpError";
}

// Debian puts nats-server in /usr/sbin, which is not on a normal user's PATH.
const extraDirs = ["/usr/sbin", "/usr/bin", "/usr/local/bin"];

/** The absolute path of an executable `name` on PATH or in the usual system dirs. */
export function findBinary(name: string, dirs = searchDirs()): string | undefined {
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function searchDirs(): string[] {
  return [...(process.env.PATH ?? "").split(delimiter).filter(Boolean), ...extraDirs];
}

/** True on Debian, Ubuntu and their derivatives (where apt-get has both packages). */
export function isDebianLike(osRelease = readOsRelease()): boolean {
  const ids = /^(?:ID|ID_LIKE)=(.*)$/gm;
  for (const m of osRelease.matchAll(ids)) {
    if (/\b(debian|ubuntu)\b/.test(m[1] ?? "")) return true;
  }
  return false;
}

function readOsRelease(): string {
  try {
    return readFileSync("/etc/os-release", "utf8");
  } catch {
    return "";
  }
}

export interface InstallEnv {
  isRoot: boolean;
  debianLike: boolean;
  /** Runs a command with inherited stdio and returns its exit status. */
  run(command: string, args: readonly string[]): number | null;
  say(line: string): void;
  find(name: string): string | undefined;
}

const defaultEnv = (say: (line: string) => void): InstallEnv => ({
  isRoot: process.getuid?.() === 0,
  debianLike: isDebianLike(),
  run: (command, args) =>
    spawnSync(command, args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status,
  say,
  find: (name) => findBinary(name),
});

/**
 * The paths of nats-server and redis-server. Missing ones are installed with apt-get when that
 * can work without asking (root on Debian/Ubuntu); otherwise an UpError says how to install them.
 */
export function ensureServerBinaries(
  say: (line: string) => void,
  env: InstallEnv = defaultEnv(say),
): Record<ServerBinary, string> {
  const names = Object.keys(serverPackages) as ServerBinary[];
  const missing = names.filter((n) => env.find(n) === undefined);
  if (missing.length > 0) {
    const packages = missing.map((n) => serverPackages[n]);
    if (!(env.isRoot && env.debianLike)) throw new UpError(howToInstall(missing));
    env.say(`${missing.join(" and ")} not found: installing ${packages.join(" ")} with apt-get`);
    if (env.run("apt-get", ["update"]) !== 0)
      throw new UpError(`apt-get update failed\n${howToInstall(missing)}`);
    if (env.run("apt-get", ["install", "-y", ...packages]) !== 0) {
      throw new UpError(`apt-get install failed\n${howToInstall(missing)}`);
    }
  }
  const found = {} as Record<ServerBinary, string>;
  for (const n of names) {
    const path = env.find(n);
    if (path === undefined)
      throw new UpError(`${n} still not found after installing it\n${howToInstall([n])}`);
    found[n] = path;
  }
  return found;
}

function howToInstall(missing: readonly ServerBinary[]): string {
  const packages = missing.map((n) => serverPackages[n]).join(" ");
  return [
    `${missing.join(" and ")} not found on PATH (nor in ${extraDirs.join(", ")}). Install them:`,
    `  Debian/Ubuntu:  sudo apt-get install ${packages}`,
    "  elsewhere:      https://docs.nats.io/running-a-nats-service/introduction/installation",
    "                  https://redis.io/docs/latest/operate/oss_and_stack/install/",
    "then run `jetnet up` again.",
  ].join("\n");
}
