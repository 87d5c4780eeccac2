import { LatestNatsError, provisionLatestNats } from "../../cli/provision/nats-latest.js";
import { natsServerEnv, publishNatsServerVersion } from "../../lib/servers/nats-binary.js";

/**
 * Says which nats-server this run tests (the suite runs against more than one release), before
 * the first test and again after the last, and hands the version to the workers. A missing
 * binary is reported here and fails each test that needs it, naming the package.
 *
 * `JETNET_TEST_NATS_SERVER=latest` first fetches the newest release Debian packages (see
 * cli/provision/nats-latest.ts) and runs the tests on it.
 */
export default async function setup(): Promise<() => void> {
  if (process.env[natsServerEnv] === "latest") {
    const say = (line: string) => process.stdout.write(`test setup: ${line}\n`);
    try {
      process.env[natsServerEnv] = (await provisionLatestNats({ say })).binary;
    } catch (err) {
      if (!(err instanceof LatestNatsError)) throw err;
      const failure = new Error(`${natsServerEnv}=latest: ${err.message}`);
      failure.stack = failure.message;
      throw failure;
    }
  }
  let line: string;
  try {
    const { binary, version } = publishNatsServerVersion();
    const chosen = process.env[natsServerEnv] ? ` from ${natsServerEnv}` : "";
    line = `nats-server ${version} (${binary}${chosen})`;
  } catch (err) {
    line = `nats-server: ${(err as Error).message}`;
  }
  console.log(`tests run against ${line}`);
  return () => console.log(`tests ran against ${line}`);
}
