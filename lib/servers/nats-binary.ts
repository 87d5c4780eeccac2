import { execFileSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { findBinary, ServerStartError, ServerStartErrorCode } from "./start.js";

/** Selects the nats-server binary the tests run (a server matrix runs the suite once per binary). */
export const natsServerEnv = "JETNET_TEST_NATS_SERVER";
/** Set by the global setup for the test workers: the version `natsServerVersion()` would read. */
const versionEnv = "JETNET_TEST_NATS_VERSION";

/** The nats-server the tests run: `$JETNET_TEST_NATS_SERVER` when set, else the one on PATH. */
export function natsBinary(): string {
  const chosen = process.env[natsServerEnv];
  if (chosen === undefined || chosen === "") return findBinary("nats-server");
  try {
    accessSync(chosen, constants.X_OK);
  } catch {
    throw new ServerStartError(
      ServerStartErrorCode.BinaryNotFound,
      `${natsServerEnv}=${chosen}: no executable file there (unset it to use nats-server from PATH)`,
    );
  }
  return chosen;
}

let cached: string | undefined;

/**
 * The version of the nats-server the tests run ("2.10.27"), for tests whose expectations depend
 * on the release (e.g. settings 2.9 does not have). Read once per process from `--version`.
 */
export function natsServerVersion(): string {
  cached ??= process.env[versionEnv] || readVersion(natsBinary());
  return cached;
}

function readVersion(binary: string): string {
  const out = execFileSync(binary, ["--version"], { encoding: "utf8", timeout: 10_000 });
  const version = out.match(/v?(\d+\.\d+\.\d+\S*)/)?.[1];
  if (version === undefined) {
    throw new ServerStartError(
      ServerStartErrorCode.StartFailed,
      `${binary} --version printed no version: ${out.trim()}`,
    );
  }
  return version;
}

/** Hands the version to the test workers (forked after the global setup ran). */
export function publishNatsServerVersion(): { binary: string; version: string } {
  const binary = natsBinary();
  const version = readVersion(binary);
  process.env[versionEnv] = version;
  cached = version;
  return { binary, version };
}
