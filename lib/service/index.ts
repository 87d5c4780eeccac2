export { addCommonOptions, commonConfig, defaults, Env, parseMetricsAddr } from "./config.js";
export type { ConnectNatsOptions } from "./connect.js";
export { connectNats, redactUrl } from "./connect.js";
export type { HttpOptions } from "./http.js";
export { startHttp } from "./http.js";
export type { LoggerOptions } from "./logger.js";
export { createLogger } from "./logger.js";
export type { ConnectRedisOptions, RedisClient } from "./redis.js";
export {
  BackgroundRedis,
  closeRedis,
  connectRedis,
  redisCommandTimeoutMs,
  redisMasters,
  redisNodes,
} from "./redis.js";
export type { RedisEndpoint, RedisTarget } from "./redisurl.js";
export { parseRedisTarget, RedisMode, redactRedisUrl, redisUrlForms } from "./redisurl.js";
export type { RunServiceOptions } from "./run.js";
export { runMain, runService, ShutdownSignal, serviceBasics } from "./run.js";
export type {
  CommonConfig,
  CommonOptions,
  HttpServer,
  ListenAddr,
  Logger,
  NatsConfig,
  ReadyCheck,
  RedisConfig,
  RunMainOptions,
  ServiceContext,
  ServiceSpec,
  SignalSource,
} from "./types.js";
export { LogLevel } from "./types.js";
