/** The local servers the tests start; the same starters serve the benchmarks (lib/servers). */

export { natsBinary, natsServerEnv, natsServerVersion } from "../../lib/servers/nats-binary.js";
export { freePort, freePorts } from "../../lib/servers/ports.js";
export type { ExitInfo } from "../../lib/servers/process.js";
export { findBinary, HarnessError, HarnessErrorCode, logTail } from "../../lib/servers/start.js";
export type { JetnetProcess, JetnetRun } from "../../lib/servers/start-jetnet.js";
export { runJetnet, startJetnet } from "../../lib/servers/start-jetnet.js";
export type { NatsCluster, NatsServer, NatsServerOptions } from "../../lib/servers/start-nats.js";
export { startNats, startNatsCluster } from "../../lib/servers/start-nats.js";
export type { RedisServer, RedisServerOptions } from "../../lib/servers/start-redis.js";
export { startRedis } from "../../lib/servers/start-redis.js";
export type {
  RedisCluster,
  RedisClusterOptions,
  RedisSentinelOptions,
  RedisSentinelSetup,
} from "../../lib/servers/start-redisha.js";
export { startRedisCluster, startRedisSentinel } from "../../lib/servers/start-redisha.js";
