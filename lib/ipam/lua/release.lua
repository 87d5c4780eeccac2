-- Ends a lease if, and only if, it is still the one the caller holds. See LeaseStore.release.
--
-- KEYS[1] ip hash, KEYS[2] index hash (owner uid -> address; #seq, see allocate.lua)
-- ARGV[1] address (decimal), ARGV[2] owner uid, ARGV[3] lease seq, ARGV[4] the VNI's key prefix
-- Replies 1 when released, 0 when the lease is absent or belongs to another owner or sequence.

local v = redis.call('HGET', KEYS[1], ARGV[1])
if not v then return 0 end
local lease = cjson.decode(v)
if lease.owner ~= ARGV[2] or lease.seq ~= tonumber(ARGV[3]) then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
if redis.call('HGET', KEYS[2], ARGV[2]) == ARGV[1] then redis.call('HDEL', KEYS[2], ARGV[2]) end
-- Queue the address behind every earlier release of its subnet. The key is built here, not
-- declared, because only the lease knows its subnet; it carries the VNI's hash tag, so it lives
-- in the same cluster slot as the declared keys.
if type(lease.subnet) == 'string' then
  local order = redis.call('HINCRBY', KEYS[2], '#seq', 1)
  redis.call('ZADD', ARGV[4] .. 'released:' .. lease.subnet, order, ARGV[1])
end
return 1
