/**
 * The abandon limit for a write that records a lease in an attachment (ipam's address write, or
 * network's create when it leased the address itself): no such write is sent later than this
 * after the allocate call that returned the lease began. A sent write can still be in flight for
 * up to the store's request timeout (5 s), so lease recovery waits longer than
 * `minRecoveryGraceMs` after it stops allocations before it reads statuses: every write it could
 * miss has landed or been dropped by then.
 */
export const abandonMs = 2_000;
export const minRecoveryGraceMs = abandonMs + 5_000;
