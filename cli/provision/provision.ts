import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import {
  describeSource,
  locateBinary,
  type Need,
  type Requirement,
  requirementsFor,
} from "../../lib/servers/programs.js";

/**
 * Finds the programs of the table (`lib/servers/programs.ts`) and installs the missing ones where that can work
 * without asking: as root on Debian/Ubuntu, with apt-get. Everywhere else it names each missing
 * program and where to get it, and fails.
 */

export const ProvisionErrorCode = {
  /** Programs are missing and this machine cannot install them without a person. */
  Missing: "MISSING_PROGRAMS",
  /** An install command failed, or the program is still not found after it. */
  InstallFailed: "INSTALL_FAILED",
} as const;
export type ProvisionErrorCode = (typeof ProvisionErrorCode)[keyof typeof ProvisionErrorCode];

/** Programs jetnet needs are missing; the message says which and how to get them. */
export class ProvisionError extends Error {
  override name = "ProvisionError";
  constructor(
    readonly code: ProvisionErrorCode,
    message: string,
    readonly missing: readonly Requirement[],
  ) {
    super(message);
  }
}

/** True on Debian, Ubuntu and their derivatives (where apt-get has every package of the table). */
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

/** What provisioning touches, so tests can pretend to be another machine. */
export interface ProvisionEnv {
  isRoot: boolean;
  debianLike: boolean;
  /** Runs a command with inherited stdio and returns its exit status. */
  run(command: string, args: readonly string[]): number | null;
  say(line: string): void;
  find(name: string): string | undefined;
}

export function defaultProvisionEnv(say: (line: string) => void): ProvisionEnv {
  return {
    isRoot: process.getuid?.() === 0,
    debianLike: isDebianLike(),
    run: (command, args) =>
      spawnSync(command, args, {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      }).status,
    say,
    find: (name) => locateBinary(name),
  };
}

/** binary → absolute path, for every program `needs` asks for. */
export type Provisioned = Record<string, string>;

/**
 * Makes sure every program that `needs` needs is there, installing what is missing when this
 * machine allows it, and returns their paths. Throws a ProvisionError naming each missing program
 * and its package otherwise. Installs nothing when everything is found.
 */
export function provision(needs: readonly Need[], env: ProvisionEnv): Provisioned {
  const wanted = requirementsFor(needs);
  const missing = wanted.filter((r) => env.find(r.binary) === undefined);
  if (missing.length > 0) install(missing, env);
  const found: Provisioned = {};
  const still: Requirement[] = [];
  for (const r of wanted) {
    const path = env.find(r.binary);
    if (path === undefined) still.push(r);
    else found[r.binary] = path;
  }
  if (still.length > 0) {
    throw new ProvisionError(
      ProvisionErrorCode.InstallFailed,
      `still not found after installing:\n${howToInstall(still, env)}`,
      still,
    );
  }
  return found;
}

/** Runs the install plan of every missing program; each kind of source has its case. */
function install(missing: readonly Requirement[], env: ProvisionEnv): void {
  const aptPackages = aptPackagesOf(missing);
  if (aptPackages.length > 0) {
    if (!(env.isRoot && env.debianLike)) {
      throw new ProvisionError(ProvisionErrorCode.Missing, howToInstall(missing, env), missing);
    }
    const binaries = missing.map((r) => r.binary).join(", ");
    env.say(`installing ${aptPackages.join(" ")} with apt-get (missing: ${binaries})`);
    const apt = (args: string[]) => {
      if (env.run("apt-get", args) !== 0) {
        throw new ProvisionError(
          ProvisionErrorCode.InstallFailed,
          `apt-get ${args.join(" ")} failed\n${howToInstall(missing, env)}`,
          missing,
        );
      }
    };
    apt(["update", "-q"]);
    apt(["install", "-y", "-q", "--no-install-recommends", ...aptPackages]);
  }
}

/** Each missing program with its package and purpose, then the commands that install them. */
export function howToInstall(missing: readonly Requirement[], env: Pick<ProvisionEnv, "debianLike">): string {
  const width = Math.max(...missing.map((r) => r.binary.length));
  const lines = [
    "missing programs:",
    ...missing.map((r) => `  ${r.binary.padEnd(width)}  from ${describeSource(r)}: ${r.why}`),
  ];
  const aptPackages = aptPackagesOf(missing);
  if (aptPackages.length > 0) {
    lines.push(
      env.debianLike
        ? `install them as root: apt-get install ${aptPackages.join(" ")}`
        : `on Debian/Ubuntu: apt-get install ${aptPackages.join(" ")}; elsewhere:`,
    );
  }
  if (!env.debianLike) {
    for (const r of missing) lines.push(`  ${r.binary}: ${r.elsewhere ?? "your system's package manager"}`);
  }
  return lines.join("\n");
}

function aptPackagesOf(rs: readonly Requirement[]): string[] {
  return [...new Set(rs.flatMap((r) => (r.source.kind === "apt" ? [r.source.package] : [])))];
}
