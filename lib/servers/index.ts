/** Starting nats-server, redis-server and jetnet services on this machine, for the tests and the benchmarks. */

export { natsBinary, natsServerEnv, natsServerVersion } from "./nats-binary.js";
export { freePort, freePorts } from "./ports.js";
export type { ExitInfo } from "./process.js";
export { findBinary, logTail, ServerStartError, ServerStartErrorCode } from "./start.js";
export type { JetnetProcess, JetnetRun } from "./start-jetnet.js";
export { runJetnet, startJetnet } from "./start-jetnet.js";
export type { NatsCluster, NatsServer, NatsServerOptions } from "./start-nats.js";
export { startNats, startNatsCluster } from "./start-nats.js";
export type { RedisServer, RedisServerOptions } from "./start-redis.js";
export { startRedis } from "./start-redis.js";
export type {
  RedisCluster,
  RedisClusterOptions,
  RedisSentinelOptions,
  RedisSentinelSetup,
} from "./start-redisha.js";
export { startRedisCluster, startRedisSentinel } from "./start-redisha.js";
