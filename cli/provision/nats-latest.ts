/**
 * The newest nats-server Debian packages, for testing against a current release besides the one
 * the system runs (Debian 12 ships 2.9; deployments run current releases).
 *
 * Algorithm:
 *  1. Read the package lists of one Debian suite (default: trixie, the release after 12) with
 *     apt-get into a directory of our own: sources, lists, apt's cache and an empty dpkg status
 *     all live under the cache directory, so the system's apt state is neither used nor changed.
 *  2. Ask that apt for its candidate version of nats-server.
 *  3. If `<cache>/nats-server-<version>/usr/sbin/nats-server` runs, that is the answer.
 *     Otherwise download the .deb (`apt-get download`), unpack it with `dpkg-deb -x` into a
 *     temporary directory beside it, and rename that into place, so a half-unpacked tree is
 *     never mistaken for a finished one. Nothing is installed: dpkg's database is not touched.
 *  4. Without the network, a binary cached earlier is used (with a warning); with nothing
 *     cached, a LatestNatsError says what failed and how to provide a binary instead.
 *
 * `jetnet provision --nats-latest` prints the binary's path on stdout and its
 * progress on stderr; `.ci/run` passes the path to the tests as JETNET_TEST_NATS_SERVER.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join, resolve } from "node:path";

/** Where cached servers live: `$JETNET_CACHE_DIR`, else `$XDG_CACHE_HOME/jetnet`, else ~/.cache/jetnet. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JETNET_CACHE_DIR) return resolve(env.JETNET_CACHE_DIR);
  return join(env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(homedir(), ".cache"), "jetnet");
}

export interface LatestNatsOptions {
  /** Default: defaultCacheDir(). */
  readonly cacheDir?: string;
  /** The Debian suite to take the package from. Default trixie (Debian 13). */
  readonly suite?: string;
  readonly mirror?: string;
  /** Progress lines. */
  readonly say?: (line: string) => void;
}

export interface LatestNats {
  /** Absolute path of the unpacked nats-server binary. */
  readonly binary: string;
  /** The Debian package version it came from, e.g. "2.10.27-1+b2". */
  readonly packageVersion: string;
}

/** The newest nats-server cannot be provided; the message says why and what to do instead. */
export class LatestNatsError extends Error {
  override name = "LatestNatsError";
}

const keyring = "/usr/share/keyrings/debian-archive-keyring.gpg";
const hint =
  "(needs apt-get, dpkg-deb and the Debian archive keyring, i.e. Debian or Ubuntu, and access to the " +
  "Debian mirror; or point JETNET_TEST_NATS_SERVER at a nats-server binary you have)";

/** Returns the newest nats-server of the suite, downloading and unpacking it if not cached. */
export async function provisionLatestNats(opts: LatestNatsOptions = {}): Promise<LatestNats> {
  const say = opts.say ?? (() => {});
  const cacheDir = opts.cacheDir ?? defaultCacheDir();
  const suite = opts.suite ?? "trixie";
  const aptDir = join(cacheDir, `apt-${suite}`);
  for (const tool of ["apt-get", "apt-cache", "dpkg-deb"]) {
    if (!onPath(tool)) throw new LatestNatsError(`${tool} not found ${hint}`);
  }
  if (!existsSync(keyring)) throw new LatestNatsError(`${keyring} is missing ${hint}`);
  await mkdir(join(aptDir, "lists", "partial"), { recursive: true });
  await mkdir(join(aptDir, "cache", "archives", "partial"), { recursive: true });
  const sources = join(aptDir, "sources.list");
  const mirror = opts.mirror ?? "http://deb.debian.org/debian";
  await writeFile(sources, `deb [signed-by=${keyring}] ${mirror} ${suite} main\n`);
  // An empty dpkg status: apt must not offer the system's installed version as the candidate.
  const status = join(aptDir, "status");
  await writeFile(status, "");
  const apt = [
    `-o=Dir::Etc::sourcelist=${sources}`,
    `-o=Dir::State::status=${status}`,
    "-o=Dir::Etc::sourceparts=-",
    `-o=Dir::State::Lists=${join(aptDir, "lists")}`,
    `-o=Dir::Cache=${join(aptDir, "cache")}`,
    "-o=APT::Get::List-Cleanup=0",
  ];

  say(`reading the nats-server package of Debian ${suite}`);
  const update = run("apt-get", ["-q", "--error-on=any", ...apt, "update"]);
  const version = update.ok ? candidateVersion(apt) : undefined;
  if (version === undefined) {
    const cached = newestCached(cacheDir);
    const why = update.ok
      ? `Debian ${suite} has no nats-server package`
      : `apt-get update failed: ${errorLines(update.output)}`;
    if (cached === undefined) throw new LatestNatsError(`${why} ${hint}`);
    say(`warning: ${why}; using the nats-server cached earlier: ${cached.binary}`);
    return cached;
  }

  const dir = join(cacheDir, `nats-server-${version}`);
  const binary = join(dir, "usr", "sbin", "nats-server");
  if (runs(binary)) {
    say(`nats-server ${version} is cached: ${binary}`);
    return { binary, packageVersion: version };
  }
  say(`downloading nats-server ${version} from Debian ${suite} into ${cacheDir}`);
  const work = await mkdtemp(join(cacheDir, ".nats-server-"));
  try {
    const download = run("apt-get", ["-q", ...apt, "download", `nats-server=${version}`], work);
    const deb = (await readdir(work)).find((f) => f.endsWith(".deb"));
    if (!download.ok || deb === undefined) {
      throw new LatestNatsError(
        `apt-get download nats-server=${version} failed: ${errorLines(download.output)} ${hint}`,
      );
    }
    const tree = join(work, "tree");
    const unpack = run("dpkg-deb", ["-x", join(work, deb), tree]);
    if (!unpack.ok) throw new LatestNatsError(`dpkg-deb -x ${deb} failed: ${errorLines(unpack.output)}`);
    if (!runs(join(tree, "usr", "sbin", "nats-server"))) {
      throw new LatestNatsError(`${deb} holds no runnable usr/sbin/nats-server`);
    }
    await rm(dir, { recursive: true, force: true });
    await rename(tree, dir);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  say(`nats-server ${version}: ${binary}`);
  return { binary, packageVersion: version };
}

/** The version apt would pick for nats-server from the suite's lists, if any. */
function candidateVersion(apt: readonly string[]): string | undefined {
  const policy = run("apt-cache", [...apt, "policy", "nats-server"]);
  const candidate = policy.output.match(/Candidate:\s*(\S+)/)?.[1];
  return candidate === undefined || candidate === "(none)" ? undefined : candidate;
}

/** The highest version unpacked into the cache earlier (for working offline). */
function newestCached(cacheDir: string): LatestNats | undefined {
  let names: string[];
  try {
    names = readdirSync(cacheDir).filter((n) => n.startsWith("nats-server-"));
  } catch {
    return undefined;
  }
  const versions = names.map((n) => n.slice("nats-server-".length));
  versions.sort((a, b) => (run("dpkg", ["--compare-versions", a, "gt", b]).ok ? -1 : 1));
  for (const packageVersion of versions) {
    const binary = join(cacheDir, `nats-server-${packageVersion}`, "usr", "sbin", "nats-server");
    if (runs(binary)) return { binary, packageVersion };
  }
  return undefined;
}

function runs(binary: string): boolean {
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    return false;
  }
  return run(binary, ["--version"]).ok;
}

function onPath(tool: string): boolean {
  return run("sh", ["-c", `command -v ${tool}`]).ok;
}

function run(command: string, args: readonly string[], cwd?: string): { ok: boolean; output: string } {
  const r = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "C", DEBIAN_FRONTEND: "noninteractive" },
    timeout: 300_000,
  });
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim() || String(r.error?.message ?? "");
  return { ok: r.status === 0, output };
}

/** apt's error lines ("E: ..."), else the last lines: what a failure message should quote. */
function errorLines(output: string): string {
  const lines = output.split("\n");
  const errors = lines.filter((l) => l.startsWith("E: "));
  return (errors.length > 0 ? errors : lines.slice(-3)).join("; ");
}
