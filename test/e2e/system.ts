import { Testbed } from "../../lib/servers/netns.js";
import { type JetnetProcess, startJetnet } from "../harness/index.js";
import { startSystem, type TestSystem } from "../services/ipam/system.js";

type Host = Testbed["hosts"][number];

/** The whole system on a testbed of network namespaces, with a linux-fabric agent per host. */
export interface DatapathSystem {
  readonly bed: Testbed;
  /** nats-server, redis-server, the network service with ipam and mapping inside (as `jetnet up` runs it), and a client. */
  readonly sys: TestSystem;
  /** Host name → its agent (restartable). */
  readonly agents: Map<string, JetnetProcess>;
  /** Stops the agents and the system, then removes the testbed. */
  stop(): Promise<void>;
}

export interface DatapathSystemOptions {
  /** How many hosts: host1 … host<n>, each its own namespace on the underlay. */
  readonly hosts: number;
  /**
   * The agent's arguments beyond those every agent here gets (NATS URL, node name, host IP, the
   * linux fabric in the host's namespace, the testbed's guest namespace prefix): metrics address,
   * allowed programs, intervals.
   */
  readonly agentArgs: (host: Host, bed: Testbed) => Promise<readonly string[]> | readonly string[];
}

/**
 * Builds the testbed (underlay bridge and hosts), starts the system with a short lease GC grace,
 * with ipam and mapping inside the network service, and starts an agent per host, in that order. On a
 * failure it takes down what it started before rethrowing, so a test's `beforeAll` needs no
 * cleanup of its own.
 */
export async function startDatapathSystem(o: DatapathSystemOptions): Promise<DatapathSystem> {
  const bed = new Testbed();
  const agents = new Map<string, JetnetProcess>();
  let sys: TestSystem | undefined;
  const stop = async () => {
    for (const a of agents.values()) await a.stop().catch(() => undefined);
    agents.clear();
    await sys?.stop().catch(() => undefined);
    sys = undefined;
    await bed.destroy();
  };
  try {
    await bed.createUnderlay();
    for (let n = 1; n <= o.hosts; n++) await bed.addHost(n);
    sys = await startSystem({ gcGraceMs: 5_000 }, {}, { embedded: true, mapping: true });
    for (const h of bed.hosts) {
      const args = [
        ...["agent", "--nats", sys.nats.url, "--node", h.name, "--host-ip", h.ip],
        ...["--fabric", "linux", "--netns", h.netns, "--guest-netns-prefix", bed.guestPrefix],
        ...(await o.agentArgs(h, bed)),
      ];
      agents.set(h.name, await startJetnet(args));
    }
    return { bed, sys, agents, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
