import { type DestinationStream, pino } from "pino";
import type { Logger, LogLevel } from "./types.js";

export interface LoggerOptions {
  level: LogLevel;
  /** The service name, logged as `service` on every line. */
  name: string;
  /** The instance name, logged as `instance`; tells replicas apart in aggregated logs. */
  instance?: string;
  /** Where lines go; stdout by default (the container runtime collects it). Tests pass a sink. */
  destination?: DestinationStream;
}

/**
 * JSON lines on stdout, one object per event. Why no pretty printing or transport here: a
 * transport spawns a worker thread per process, and log shipping belongs to the platform;
 * pipe through `pino-pretty` when reading by hand.
 */
export function createLogger(opts: LoggerOptions): Logger {
  const base: Record<string, string> = { service: opts.name };
  if (opts.instance !== undefined) base.instance = opts.instance;
  const options = { level: opts.level, base, timestamp: pino.stdTimeFunctions.isoTime };
  return opts.destination ? pino(options, opts.destination) : pino(options);
}
