export { freePort, freePorts } from "../../lib/servers/ports.js";
export type { ExitInfo } from "../../lib/servers/process.js";
export type { NatsCluster, NatsServer, NatsServerOptions } from "./nats.js";
export { startNats, startNatsCluster } from "./nats.js";
export { natsBinary, natsServerEnv, natsServerVersion } from "./nats-binary.js";
export { findBinary, HarnessError, HarnessErrorCode, logTail } from "./process.js";
export type { RedisServer, RedisServerOptions } from "./redis.js";
export { startRedis } from "./redis.js";
export type {
  RedisCluster,
  RedisClusterOptions,
  RedisSentinelOptions,
  RedisSentinelSetup,
} from "./redisha.js";
export { startRedisCluster, startRedisSentinel } from "./redisha.js";
export type { JetnetProcess, JetnetRun } from "./services.js";
export { runJetnet, startJetnet } from "./services.js";
