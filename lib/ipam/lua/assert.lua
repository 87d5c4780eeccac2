-- Re-creates a lease known from elsewhere (an attachment's status), for recovery after Redis
-- lost data. See LeaseStore.assert.
--
-- KEYS[1] ip hash, KEYS[2] index hash (owner uid -> address; #seq, see allocate.lua), KEYS[3] released zset of the subnet
-- ARGV[1] address (decimal), ARGV[2] owner uid, ARGV[3] owner ref, ARGV[4] lease seq or "", ARGV[5] subnet id
-- Replies {"held", seq, since} | {"created", seq, since} | {"taken", holder ref} | {"owner_holds", other address}.

local f, owner = ARGV[1], ARGV[2]
local v = redis.call('HGET', KEYS[1], f)
if v then
  local lease = cjson.decode(v)
  if lease.owner == owner then return { 'held', lease.seq, lease.since } end
  return { 'taken', lease.ref }
end
local other = redis.call('HGET', KEYS[2], owner)
if other then
  local ov = redis.call('HGET', KEYS[1], other)
  if ov and cjson.decode(ov).owner == owner then return { 'owner_holds', tonumber(other) } end
end

local seq
if ARGV[4] ~= '' then
  -- Keep the fencing token the owner already recorded, and keep the counter above it so that
  -- no later lease repeats it.
  seq = tonumber(ARGV[4])
  if tonumber(redis.call('HGET', KEYS[2], '#seq') or '0') < seq then redis.call('HSET', KEYS[2], '#seq', ARGV[4]) end
else
  seq = redis.call('HINCRBY', KEYS[2], '#seq', 1)
end
local now = redis.call('TIME')
local since = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call('HSET', KEYS[1], f, cjson.encode({ owner = owner, ref = ARGV[3], seq = seq, since = since, subnet = ARGV[5] }))
redis.call('HSET', KEYS[2], owner, f)
redis.call('ZREM', KEYS[3], f)
return { 'created', seq, since }
