import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultProvisionEnv, ProvisionError, provision } from "../../cli/provision/provision.js";
import { Need } from "../../lib/servers/programs.js";

/**
 * vitest's global setup, once per run before any test file: provisions the programs the suites
 * run exactly as `jetnet up` and CI do (as root on Debian/Ubuntu, apt-get installs the missing
 * ones; elsewhere the run fails naming each missing package), and gives the run a config
 * directory of its own, so no test reads or writes the user's ~/.config/jetnet.
 */
export default function setup(): () => void {
  const say = (line: string) => process.stdout.write(`test setup: ${line}\n`);
  try {
    provision([Need.Tests], defaultProvisionEnv(say));
  } catch (err) {
    if (!(err instanceof ProvisionError)) throw err;
    // The message is the whole story; a stack trace would only bury it.
    const failure = new Error(`the tests need programs that are not installed\n${err.message}`);
    failure.stack = failure.message;
    throw failure;
  }

  // Workers are forked after this and inherit the environment.
  const configHome = mkdtempSync(join(tmpdir(), "jetnet-test-config-"));
  process.env.XDG_CONFIG_HOME = configHome;
  delete process.env.JETNET_CONFIG;
  return () => rmSync(configHome, { recursive: true, force: true });
}
