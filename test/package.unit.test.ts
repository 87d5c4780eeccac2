import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** What `npm ci` would warn about, read from the lock file: a newcomer's first command is quiet. */

const read = (file: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), "utf8"));
const pkg = read("package.json") as { allowScripts?: Record<string, boolean> };
const lock = read("package-lock.json") as {
  packages: Record<string, { engines?: { node?: string }; hasInstallScript?: boolean }>;
};

type Version = [number, number, number];
const parse = (v: string): Version => {
  const [a = 0, b = 0, c = 0] = v
    .replace(/^v/, "")
    .split(".")
    .map((p) => (p === "x" ? 0 : Number(p)));
  return [a, b, c];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The `engines` ranges the lock file holds: alternatives of `>=X.Y.Z` and `^X.Y.Z`. */
function satisfies(range: string, version: Version): boolean {
  return range.split("||").some((alt) => {
    const m = /^\s*(>=|\^)\s*(v?[\dx.]+)\s*$/.exec(alt);
    if (!m) throw new Error(`engines range "${range}": teach this test its form`);
    const floor = parse(m[2]!);
    if (compare(version, floor) < 0) return false;
    return m[1] === ">=" || version[0] === floor[0];
  });
}

describe("npm ci prints no warnings", () => {
  it("no locked package requires a newer Node than this one (EBADENGINE)", () => {
    const node = parse(process.versions.node);
    const unsupported = Object.entries(lock.packages)
      .filter(([, p]) => p.engines?.node !== undefined && !satisfies(p.engines.node, node))
      .map(([path, p]) => `${path} (node ${p.engines?.node})`);
    expect(unsupported).toEqual([]);
    expect(satisfies(">= 22.x", [20, 20, 2])).toBe(false);
    expect(satisfies("^20.19.0 || >=22.12.0", [20, 20, 2])).toBe(true);
  });

  it("every locked package with an install script is approved in allowScripts (npm 11 warns otherwise)", () => {
    const scripted = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length));
    expect(scripted.length).toBeGreaterThan(0);
    for (const name of scripted) expect(pkg.allowScripts?.[name], name).toBe(true);
  });
});
