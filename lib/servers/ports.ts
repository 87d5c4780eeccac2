import { createServer } from "node:net";

/** Free TCP ports on 127.0.0.1, for servers started on this machine (`jetnet up`, tests, benchmarks). */

/**
 * Ports this process has handed out. The kernel may hand the same ephemeral port to two
 * consecutive bind(0) calls once the first socket is closed, so without this set two servers
 * started by one test file could race for one port. Other vitest workers are separate processes
 * this set cannot see; the server starters retry with fresh ports on "address in use" for that.
 */
const handedOut = new Set<number>();

function bindEphemeral(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once("error", reject);
    srv.listen({ host: "127.0.0.1", port: 0, exclusive: true }, () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr !== null ? addr.port : 0;
      srv.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}

/** A TCP port on 127.0.0.1 that was free a moment ago and that this process has not handed out before. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await bindEphemeral();
    if (port > 0 && !handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error("freePort: no unused port after 50 attempts");
}

/** `n` distinct free ports. */
export async function freePorts(n: number): Promise<number[]> {
  const ports: number[] = [];
  for (let i = 0; i < n; i++) ports.push(await freePort());
  return ports;
}

/** Whether nothing listens on 127.0.0.1:`port` right now (binding tells; connecting would not see every case). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ host: "127.0.0.1", port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}
