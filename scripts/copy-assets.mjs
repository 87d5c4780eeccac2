#!/usr/bin/env node
// Copies the files tsc does not emit into dist/, beside the compiled code that reads them at
// run time by a path relative to its own module (e.g. lib/ipam/lua/*.lua). Run after
// `tsc -p tsconfig.build.json` (the `build` script does).
import { cpSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
const dist = join(repo, "dist");
const sourceDirs = ["lib", "services", "cli"];
const assetExtensions = [".lua"];

let copied = 0;
for (const dir of sourceDirs) {
  for (const entry of readdirSync(join(repo, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !assetExtensions.some((ext) => entry.name.endsWith(ext))) continue;
    // `path` is the pre-20.12 name of `parentPath`.
    const from = join(entry.parentPath ?? entry.path, entry.name);
    const to = join(dist, relative(repo, from));
    cpSync(from, to);
    copied++;
  }
}
console.log(`copy-assets: ${copied} file(s) into ${relative(process.cwd(), dist) || "."}`);
