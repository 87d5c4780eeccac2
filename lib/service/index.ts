export { addCommonOptions, commonConfig, defaults, Env, parseMetricsAddr } from "./config.js";
export type { ConnectNatsOptions, ConnectRedisOptions } from "./connect.js";
export { closeRedis, connectNats, connectRedis, redactUrl, redisCommandTimeoutMs } from "./connect.js";
export type { HttpOptions } from "./http.js";
export { startHttp } from "./http.js";
export type { LoggerOptions } from "./logger.js";
export { createLogger } from "./logger.js";
export type { RunServiceOptions } from "./run.js";
export { runMain, runService, ShutdownSignal } from "./run.js";
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
