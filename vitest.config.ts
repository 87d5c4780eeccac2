import { defineConfig } from "vitest/config";

// Tiers are in the file name: *.unit.test.ts need no servers; *.int.test.ts start their own
// nats-server / redis-server; *.e2e.test.ts build whole systems (network namespaces, as root).
// The HA test (test/ha: a 3-node cluster, leader and replica kills under load) is part of the
// suite; `npm run test:ha` (JETNET_HA=1) runs it alone.
const ha = process.env.JETNET_HA === "1";

export default defineConfig({
  test: {
    include: ha ? ["test/ha/**/*.test.ts"] : ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    // First installs what the suites run (as root on Debian/Ubuntu) and isolates the config
    // directory; then prints (and passes to the workers) the nats-server version under test:
    // JETNET_TEST_NATS_SERVER selects the binary, else the one on PATH.
    globalSetup: ["test/harness/global-setup.ts", "test/harness/nats-version-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
    reporters: ["default"],
  },
});
