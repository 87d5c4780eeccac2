/**
 * ipam's reconcile workers by default. A worker waits on Redis and then on JetStream for each address,
 * so the workers in flight decide how many allocations of a subnet share one script call (up to
 * 256) and how many status writes leave in one socket write. Draining a backlog of 10,000 on 2
 * cores: 8 workers ~1,800 addresses/s, 64 ~3,500, 256 ~4,200, with half the nats-server and a
 * quarter of the redis-server CPU per address of 8.
 */
export const defaultIpamWorkers = 256;
