import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultCacheDir, LatestNatsError, provisionLatestNats } from "../../../cli/provision/nats-latest.js";

// A mirror nobody answers on: these tests never download; CI's run of the command does.
const unreachable = "http://127.0.0.1:9/debian";
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function cacheDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), "jetnet-nats-cache-"));
  dirs.push(d);
  return d;
}

/** A stand-in server binary in the cache's layout, as an earlier download left it. */
async function cached(dir: string, version: string): Promise<string> {
  const bin = join(dir, `nats-server-${version}`, "usr", "sbin");
  await mkdir(bin, { recursive: true });
  const binary = join(bin, "nats-server");
  await writeFile(binary, `#!/bin/sh\necho "nats-server: v${version.replace(/-.*/, "")}"\n`);
  await chmod(binary, 0o755);
  return binary;
}

describe("provisionLatestNats", () => {
  it("fails with the reason and the way out when the mirror cannot be read and nothing is cached", async () => {
    const dir = await cacheDir();
    const err = await provisionLatestNats({ cacheDir: dir, mirror: unreachable }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LatestNatsError);
    expect((err as Error).message).toMatch(
      /^apt-get update failed: E: Failed to fetch http:\/\/127\.0\.0\.1:9\//,
    );
    expect((err as Error).message).toContain("point JETNET_TEST_NATS_SERVER at a nats-server binary");
  });

  it("uses the newest server cached earlier when the mirror cannot be read, and says so", async () => {
    const dir = await cacheDir();
    await cached(dir, "2.10.9-1");
    const newest = await cached(dir, "2.10.27-1+b2");
    const lines: string[] = [];
    const found = await provisionLatestNats({
      cacheDir: dir,
      mirror: unreachable,
      say: (l) => lines.push(l),
    });
    expect(found).toEqual({ binary: newest, packageVersion: "2.10.27-1+b2" });
    expect(lines.at(-1)).toMatch(
      /^warning: apt-get update failed: .*; using the nats-server cached earlier: /,
    );
  });

  it("keeps its cache under $JETNET_CACHE_DIR, else the XDG cache directory", () => {
    expect(defaultCacheDir({ JETNET_CACHE_DIR: "/srv/c" })).toBe("/srv/c");
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/home/u/.cache" })).toBe("/home/u/.cache/jetnet");
  });
});
