import { defineConfig } from "vitest/config";

// Tiers are in the file name: *.unit.test.ts need no servers; *.int.test.ts start their own
// nats-server / redis-server; *.e2e.test.ts build whole systems (network namespaces, as root).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
    reporters: ["default"],
  },
});
