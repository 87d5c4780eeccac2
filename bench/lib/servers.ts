import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { type NatsServer, startNats } from "../../lib/servers/index.js";

/**
 * Starts a throw-away nats-server with a JetStream file store, connects once, runs `fn`, then
 * closes the connection and stops the server (removing its store), also when `fn` throws.
 */
export async function withNats<R>(fn: (nc: NatsConnection, server: NatsServer) => Promise<R>): Promise<R> {
  const server = await startNats();
  try {
    const nc = await connect({ servers: server.url, reconnect: false });
    try {
      return await fn(nc, server);
    } finally {
      await nc.close();
    }
  } finally {
    await server.stop();
  }
}
