import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const gen = join(repo, "scripts", "gen.mjs");

function runGen(args: string[]): { status: number; stderr: string } {
  try {
    execFileSync(process.execPath, [gen, ...args], { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
    return { status: 0, stderr: "" };
  } catch (err) {
    const e = err as { status: number | null; stderr: Buffer };
    return { status: e.status ?? -1, stderr: e.stderr.toString() };
  }
}

describe("scripts/gen.mjs", () => {
  const scratch: string[] = [];
  afterEach(() => {
    for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("--check passes: the committed proto/gen matches the .proto files", () => {
    expect(runGen(["--check"])).toEqual({ status: 0, stderr: "" });
  });

  it("--check fails once a .proto changes, and passes on an unchanged copy elsewhere", () => {
    const root = mkdtempSync(join(tmpdir(), "jetnet-gen-test-"));
    scratch.push(root);
    cpSync(join(repo, "proto"), join(root, "proto"), { recursive: true });

    // Same input in another directory -> byte-identical output (no paths leak into it).
    expect(runGen(["--check", "--root", root]).status).toBe(0);

    const vni = join(root, "proto", "jetnet", "v1", "vni.proto");
    const altered = readFileSync(vni, "utf8").replace(
      "repeated SubnetClaim subnets = 2;",
      "repeated SubnetClaim subnets = 2;\n  string note = 3;",
    );
    writeFileSync(vni, altered);

    const result = runGen(["--check", "--root", root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("proto/gen is out of date");
    expect(result.stderr).toContain("jetnet.js");
    expect(result.stderr).toContain("jetnet.d.ts");
  });
});
