#!/usr/bin/env node
// Generates proto/gen/jetnet.{js,d.ts} from proto/jetnet/v1/*.proto with protobufjs-cli.
//
//   node scripts/gen.mjs                  regenerate proto/gen in place
//   node scripts/gen.mjs --check          regenerate into a temp dir; exit 1 if proto/gen differs
//   node scripts/gen.mjs --root <dir>     operate on another tree (<dir>/proto/...); the CLIs are
//                                         still taken from this repository's node_modules
//
// The generated files are committed so that runtime and typecheck need no build step; --check
// keeps them honest. The output is a pure function of the .proto files: the file list is sorted
// and the CLIs get absolute paths, so it does not depend on the cwd or on directory order.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const repo = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => join(repo, "node_modules", ".bin", name);

// Flags for pbjs. Why each one:
// --force-number: int64/uint64 (µs timestamps, revisions) are plain numbers, exact below 2^53;
//   decode may still yield Long objects, which lib/codec.ts converts with toObject({longs: Number}).
// --no-delimited: we frame by NATS message / KV value, never by varint length prefix.
// --alt-comment: take ordinary `//` comments in the .proto files as doc comments.
// Verify functions are kept (cheap, and handy for validating untrusted JSON input).
const PBJS_FLAGS = [
  "-t",
  "static-module",
  "-w",
  "es6",
  "--es6",
  "--force-number",
  "--no-delimited",
  "--alt-comment",
];

// protobufjs has no package "exports" map, so Node ESM needs the file extension on the subpath.
const RUNTIME_IMPORT = "protobufjs/minimal.js";

function generate(root, outDir) {
  const protoDir = join(root, "proto");
  const srcDir = join(protoDir, "jetnet", "v1");
  const sources = readdirSync(srcDir)
    .filter((f) => f.endsWith(".proto"))
    .sort()
    .map((f) => join(srcDir, f));
  if (sources.length === 0) throw new Error(`no .proto files in ${srcDir}`);

  mkdirSync(outDir, { recursive: true });
  const js = join(outDir, "jetnet.js");
  const dts = join(outDir, "jetnet.d.ts");
  run("pbjs", [...PBJS_FLAGS, "-p", protoDir, "-o", js, ...sources]);

  // Older CLIs emit the extensionless "protobufjs/minimal", which Node ESM cannot resolve.
  const code = readFileSync(js, "utf8");
  const fixed = code.replace(/from "protobufjs\/minimal";/, `from "${RUNTIME_IMPORT}";`);
  if (!fixed.includes(`from "${RUNTIME_IMPORT}";`)) {
    throw new Error(`generated ${js} does not import ${RUNTIME_IMPORT}; check the pbjs wrapper`);
  }
  if (fixed !== code) writeFileSync(js, fixed);

  run("pbts", ["-o", dts, js]);
  return ["jetnet.d.ts", "jetnet.js"];
}

function run(name, args) {
  // The bins are symlinks to JS files; running them with this node avoids a shell and PATH lookups.
  execFileSync(process.execPath, [bin(name), ...args], {
    cwd: repo,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

function check(root) {
  const committed = join(root, "proto", "gen");
  const scratch = mkdtempSync(join(tmpdir(), "jetnet-gen-"));
  try {
    const files = generate(root, scratch);
    const stale = [];
    for (const f of files) {
      let want;
      try {
        want = readFileSync(join(committed, f));
      } catch {
        stale.push(`${f} (missing)`);
        continue;
      }
      if (!want.equals(readFileSync(join(scratch, f)))) stale.push(f);
    }
    return stale;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: { check: { type: "boolean", default: false }, root: { type: "string" } },
});
const root = values.root ? resolve(values.root) : repo;

if (values.check) {
  const stale = check(root);
  if (stale.length > 0) {
    console.error(
      `proto/gen is out of date with proto/jetnet/v1: ${stale.join(", ")} differ.\n` +
        "Run `npm run gen` and commit the result.",
    );
    process.exit(1);
  }
  console.log("proto/gen is up to date");
} else {
  const files = generate(root, join(root, "proto", "gen"));
  console.log(`generated ${files.map((f) => `proto/gen/${f}`).join(", ")}`);
}
