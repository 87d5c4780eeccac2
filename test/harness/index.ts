/** The local servers the tests start; the same starters serve the benchmarks (lib/servers). */
export * from "../../lib/servers/index.js";
export { until } from "./until.js";
