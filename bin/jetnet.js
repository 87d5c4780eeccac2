#!/usr/bin/env node
// Runs the compiled CLI from dist/ when it has been built (`npm run build`), otherwise the
// TypeScript sources through tsx, so a fresh clone works without a build step.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

// A fresh clone has no node_modules, and both paths below need it (tsx, commander, nats.js...):
// install the locked dependencies once, so `npm run up` is the only command a newcomer types.
if (!existsSync(`${root}node_modules`)) {
  const verb = existsSync(`${root}package-lock.json`) ? "ci" : "install";
  console.error(`jetnet: node_modules is missing: running \`npm ${verb}\` in ${root}`);
  const npm = spawnSync("npm", [verb], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (npm.status !== 0) {
    console.error(`jetnet: \`npm ${verb}\` failed${npm.error ? `: ${npm.error.message}` : ""}`);
    process.exit(1);
  }
}

const built = `${root}dist/cli/main.js`;
if (existsSync(built) && process.env.JETNET_FROM_SOURCE !== "1") {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(`${root}cli/main.ts`).href);
}
