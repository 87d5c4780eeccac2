import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Who may import whom. Services share code only through lib/ and talk to each other only
 * through buckets and subjects; the CLI starts a service only through its entry
 * (`services/<x>/main.ts`, which exports the service's command); lib/ depends on neither. The
 * benchmarks and the tests both start their servers through lib/servers, and bench/ imports
 * nothing from test/ (nor lib/ from either), so a benchmark never runs test code.
 * Checked on import lines, static and dynamic, so a new cross-import fails here, with the file
 * and line to fix.
 */

const root = fileURLToPath(new URL("..", import.meta.url));

/** A module specifier in an import or export line, with its 1-based line number. */
function specifiers(source: string): { spec: string; line: number }[] {
  const found: { spec: string; line: number }[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(["'])([^"']+)\1/gm;
  for (const m of source.matchAll(pattern)) {
    found.push({ spec: m[2] ?? "", line: source.slice(0, m.index).split("\n").length });
  }
  return found;
}

/** The import rule broken by `file` (repository-relative) importing `target`, if any. */
function breach(file: string, target: string): string | undefined {
  const [fileRoom, fileService] = file.split("/");
  const [targetRoom, targetService, ...rest] = target.split("/");
  if (fileRoom === "bench" && targetRoom === "test") {
    return "bench/ must not import test/: start servers through lib/servers";
  }
  if (fileRoom === "lib" && (targetRoom === "test" || targetRoom === "bench")) {
    return "lib/ must not import test/ or bench/";
  }
  if (fileRoom === "lib" && (targetRoom === "services" || targetRoom === "cli")) {
    return "lib/ must not import services/ or cli/";
  }
  if (fileRoom === "services" && targetRoom === "services" && fileService !== targetService) {
    return `services/${fileService} must not import services/${targetService}: share it through lib/`;
  }
  if (fileRoom === "cli" && targetRoom === "services" && rest.join("/") !== "main.ts") {
    return `cli/ may import a service only through services/${targetService}/main.ts`;
  }
  return undefined;
}

/** Every breach in the given sources (repository-relative path → text). */
function breaches(sources: Iterable<[string, string]>): string[] {
  const out: string[] = [];
  for (const [file, text] of sources) {
    for (const { spec, line } of specifiers(text)) {
      if (!spec.startsWith(".")) continue;
      const target = normalize(join(dirname(file), spec))
        .split("\\")
        .join("/")
        .replace(/\.js$/, ".ts");
      const why = breach(file, target);
      if (why) out.push(`${file}:${line} imports ${target}: ${why}`);
    }
  }
  return out;
}

/**
 * Lines of services/ and cli/ that open a bucket with lib/store's openStore themselves: buckets
 * are opened only in lib/api/buckets.ts, the one place that knows their names and settings.
 */
function storeOpeners(sources: Iterable<[string, string]>): string[] {
  const out: string[] = [];
  for (const [file, text] of sources) {
    if (!file.startsWith("services/") && !file.startsWith("cli/")) continue;
    text.split("\n").forEach((line, i) => {
      if (/\bopenStore\b/.test(line))
        out.push(`${file}:${i + 1} opens a bucket itself: use lib/api/buckets.ts`);
    });
  }
  return out;
}

function* tree(dir: string): Generator<[string, string]> {
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) yield* tree(path);
    else if (/\.(ts|mts|js|mjs)$/.test(e.name)) {
      yield [relative(root, join(root, path)).split("\\").join("/"), readFileSync(join(root, path), "utf8")];
    }
  }
}

describe("import rules", () => {
  it("services, cli, lib and bench import only what they may", () => {
    const found = breaches([...tree("lib"), ...tree("services"), ...tree("cli"), ...tree("bench")]);
    expect(found).toEqual([]);
  });

  it("services and cli open buckets only through lib/api/buckets.ts", () => {
    expect(storeOpeners([...tree("lib"), ...tree("services"), ...tree("cli")])).toEqual([]);
    const planted: [string, string][] = [
      ["services/network/a.ts", `import { openStore } from "../../lib/store/store.js";`],
      ["cli/b.ts", `const s = await store.openStore(nc, { bucket });`],
      ["lib/api/buckets.ts", `import { type KvStore, openStore } from "../store/store.js";`],
      ["services/agent/c.ts", `const node = (await this.openStores()).node;`],
    ];
    expect(storeOpeners(planted)).toEqual([
      "services/network/a.ts:1 opens a bucket itself: use lib/api/buckets.ts",
      "cli/b.ts:1 opens a bucket itself: use lib/api/buckets.ts",
    ]);
  });

  it("catches each kind of forbidden import", () => {
    const planted: [string, string][] = [
      ["services/ipam/a.ts", `import { parseIPv4 } from "../network/cidr.js";`],
      ["services/agent/fabric/b.ts", `import { x } from "../../mapping/service.js";`],
      ["cli/client/c.ts", `import {\n  validateName,\n} from "../../services/network/validate.js";`],
      ["cli/d.ts", `const m = await import("../services/ipam/service.js");`],
      ["lib/api/e.ts", `export { hash } from "../../services/ipam/service.js";`],
      ["lib/f.ts", `import "../cli/main.js";`],
      ["bench/g.bench.ts", `import { startNats } from "../test/harness/index.js";`],
      ["bench/lib/h.ts", `import { x } from "../../test/services/ipam/system.js";`],
      ["lib/servers/i.ts", `import { withNats } from "../../bench/lib/servers.js";`],
    ];
    expect(breaches(planted)).toEqual([
      "services/ipam/a.ts:1 imports services/network/cidr.ts: services/ipam must not import services/network: share it through lib/",
      "services/agent/fabric/b.ts:1 imports services/mapping/service.ts: services/agent must not import services/mapping: share it through lib/",
      "cli/client/c.ts:3 imports services/network/validate.ts: cli/ may import a service only through services/network/main.ts",
      "cli/d.ts:1 imports services/ipam/service.ts: cli/ may import a service only through services/ipam/main.ts",
      "lib/api/e.ts:1 imports services/ipam/service.ts: lib/ must not import services/ or cli/",
      "lib/f.ts:1 imports cli/main.ts: lib/ must not import services/ or cli/",
      "bench/g.bench.ts:1 imports test/harness/index.ts: bench/ must not import test/: start servers through lib/servers",
      "bench/lib/h.ts:1 imports test/services/ipam/system.ts: bench/ must not import test/: start servers through lib/servers",
      "lib/servers/i.ts:1 imports bench/lib/servers.ts: lib/ must not import test/ or bench/",
    ]);
  });

  it("allows a service's own files, lib/, and the CLI's use of each service's entry", () => {
    const fine: [string, string][] = [
      [
        "services/ipam/a.ts",
        `import { LeaseStore } from "./leases.js";\nimport { parseIPv4 } from "../../lib/net/cidr.js";`,
      ],
      [
        "services/agent/fabric/b.ts",
        `import { interfaceName } from "../../../lib/net/mac.js";\nimport { x } from "../agent.js";`,
      ],
      ["cli/main.ts", `import { ipamCommand } from "../services/ipam/main.js";`],
      ["bench/api.bench.ts", `import { startNats } from "../lib/servers/index.js";`],
      ["test/harness/index.ts", `export { startNats } from "../../lib/servers/start-nats.js";`],
      [
        "lib/api/c.ts",
        `import { Bucket } from "./subjects.js";\nimport { jetnet } from "../../proto/gen/jetnet.js";`,
      ],
    ];
    expect(breaches(fine)).toEqual([]);
  });
});
