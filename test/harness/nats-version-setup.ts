import { natsServerEnv, publishNatsServerVersion } from "./nats-binary.js";

/**
 * Says which nats-server this run tests (the suite runs against more than one release), before
 * the first test and again after the last, and hands the version to the workers. A missing
 * binary is reported here and fails each test that needs it, naming the package.
 */
export default function setup(): () => void {
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
