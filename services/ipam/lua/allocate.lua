-- Takes a lease on one address of one subnet of one VNI, atomically. See LeaseStore.allocate.
--
-- KEYS[1] ip hash     address -> lease JSON
-- KEYS[2] index hash  owner uid -> address, and the VNI's bookkeeping under "#" fields (no uid
--                     starts with "#"): #intact (see LeaseStore.markIntact), #seq (fencing
--                     tokens and release order), and per subnet #next:<subnet> (the lowest
--                     never-used candidate) and #spans:<subnet> (the spans it was computed for)
-- KEYS[3] released zset of the subnet: address -> release order
-- ARGV[1] owner uid, ARGV[2] owner ref (ns/name), ARGV[3] subnet id, ARGV[4] requested address or "",
-- ARGV[5] the caller's clock in ms (the lease's `since`: informational, so no TIME call here)
-- ARGV[6..] the subnet's allocatable spans as first,last pairs, ascending and disjoint
--
-- Every allocation is one call of this script on the hot path of the ipam service, so the
-- common case (a new owner, the next never-used address) costs five Redis calls: one HMGET
-- reads the marker, the owner's entry and the cursor; HEXISTS; HINCRBY for the seq; one HSET
-- each for the lease and for the owner's entry with the cursor. The lease record is
-- concatenated rather than encoded, which LeaseStore makes safe by admitting only owner, ref
-- and subnet strings without quotes, backslashes or control characters.
--
-- Replies {"recovering"} | {"reused", ip, seq} | {"ok", ip, seq} | {"taken", holder ref} | {"out_of_range"} | {"exhausted"}.
-- Addresses are decimal strings in keys and doubles in Lua (exact below 2^53).

local ipKey, indexKey, releasedKey = KEYS[1], KEYS[2], KEYS[3]
local owner, ref, subnet, requested, now = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local nextField, spansField = '#next:' .. subnet, '#spans:' .. subnet

local function field(ip)
  return string.format('%.0f', ip)
end

local function parseSpans(list, from)
  local spans = {}
  for i = from, #list, 2 do
    spans[#spans + 1] = { tonumber(list[i]), tonumber(list[i + 1]) }
  end
  return spans
end

local index = redis.call('HMGET', indexKey, '#intact', owner, nextField, spansField)

-- 0. The fence against lost data: the marker is written only once every lease recorded in
-- attachment statuses is back in Redis. Without it (a flush, a failover that lost writes) an
-- address may look free while an attachment still names it, so nothing is handed out.
if not index[1] then return { 'recovering' } end

local spans = parseSpans(ARGV, 6)
local spansText = table.concat(ARGV, ',', 6)

local function allocatable(ip)
  for _, s in ipairs(spans) do
    if ip < s[1] then return false end
    if ip <= s[2] then return true end
  end
  return false
end

-- `queued`: the address may wait in the subnet's release queue (a static request, or the queue
-- itself). One taken above the cursor normally never was used; only after the cursor moved back
-- over addresses used before (exclusions lifted) can it be queued too, and that entry is
-- harmless: the queue skips held addresses, and the next release re-scores it.
-- `cursor`: the index fields that move the cursor, written with the owner's entry (or nil).
local function take(ip, queued, cursor)
  local seq = redis.call('HINCRBY', indexKey, '#seq', 1)
  local f = field(ip)
  redis.call('HSET', ipKey, f,
    '{"owner":"' .. owner .. '","ref":"' .. ref .. '","seq":' .. seq .. ',"since":' .. now .. ',"subnet":"' .. subnet .. '"}')
  if cursor then
    redis.call('HSET', indexKey, owner, f, unpack(cursor))
  else
    redis.call('HSET', indexKey, owner, f)
  end
  if queued then redis.call('ZREM', releasedKey, f) end
  return { 'ok', ip, seq }
end

-- 1. Idempotence: an owner holds at most one address per VNI, whatever it asks for now.
local held = index[2]
if held then
  local v = redis.call('HGET', ipKey, held)
  if v then
    local lease = cjson.decode(v)
    if lease.owner == owner then return { 'reused', tonumber(held), lease.seq } end
  end
  redis.call('HDEL', indexKey, owner) -- an index entry without its lease: repair it
end

-- 2. A static request.
if requested ~= '' then
  local ip = tonumber(requested)
  if not allocatable(ip) then return { 'out_of_range' } end
  local v = redis.call('HGET', ipKey, field(ip))
  if v then return { 'taken', cjson.decode(v).ref } end
  return take(ip, true, nil)
end

-- 3. The lowest never-used address at or above the cursor. If the spans changed since the cursor
-- was stored (exclusions removed), move the cursor back to the lowest address that has become
-- allocatable, or it would never be offered: it is neither above the cursor nor released.
local storedSpans = index[4]
local nextIp = tonumber(index[3] or '')
if nextIp == nil then
  nextIp = 0
elseif storedSpans ~= spansText then
  local old = {}
  for n in string.gmatch(storedSpans or '', '[^,]+') do old[#old + 1] = n end
  old = parseSpans(old, 1)
  for _, s in ipairs(spans) do
    local x = s[1]
    for _, o in ipairs(old) do
      if o[1] <= x and x <= o[2] then x = o[2] + 1 end
    end
    if x <= s[2] then
      if x < nextIp then nextIp = x end
      break
    end
  end
end

-- The spans are rewritten only when they changed: they can be long, and most calls only move next.
local function cursorFields(ip)
  if storedSpans == spansText then return { nextField, field(ip) } end
  return { nextField, field(ip), spansField, spansText }
end

-- Skips held addresses one by one: they are few above the cursor (static requests, recovered
-- leases), so the common case costs O(1).
for _, s in ipairs(spans) do
  if nextIp <= s[2] then
    if nextIp < s[1] then nextIp = s[1] end
    while nextIp <= s[2] do
      if redis.call('HEXISTS', ipKey, field(nextIp)) == 0 then
        return take(nextIp, false, cursorFields(nextIp + 1))
      end
      nextIp = nextIp + 1
    end
  end
end
redis.call('HSET', indexKey, unpack(cursorFields(nextIp)))

-- 4. The least recently released address. Entries excluded since their release stay queued
-- (skipped), so they come back if the exclusion is lifted.
local batch = 64
local offset = 0
while true do
  local page = redis.call('ZRANGE', releasedKey, offset, offset + batch - 1)
  for _, f in ipairs(page) do
    local ip = tonumber(f)
    if allocatable(ip) and redis.call('HEXISTS', ipKey, f) == 0 then return take(ip, true, nil) end
  end
  if #page < batch then return { 'exhausted' } end
  offset = offset + batch
end
