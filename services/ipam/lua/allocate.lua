-- Takes a lease on one address of one subnet of one VNI, atomically. See LeaseStore.allocate.
--
-- KEYS[1] ip hash      (address -> lease JSON)
-- KEYS[2] owner hash   (owner uid -> address)
-- KEYS[3] seq counter  (fencing tokens and release order)
-- KEYS[4] cursor hash  of the subnet: next = lowest never-used candidate, spans = the spans it was computed for
-- KEYS[5] released zset of the subnet: address -> release order
-- KEYS[6] intact marker of the VNI (see LeaseStore.markIntact)
-- ARGV[1] owner uid, ARGV[2] owner ref (ns/name), ARGV[3] subnet id, ARGV[4] requested address or ""
-- ARGV[5..] the subnet's allocatable spans as first,last pairs, ascending and disjoint
--
-- Replies {"recovering"} | {"reused", ip, seq} | {"ok", ip, seq} | {"taken", holder ref} | {"out_of_range"} | {"exhausted"}.
-- Addresses are decimal strings in keys and doubles in Lua (exact below 2^53).

local ipKey, ownerKey, seqKey, cursorKey, releasedKey = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local owner, ref, subnet, requested = ARGV[1], ARGV[2], ARGV[3], ARGV[4]

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

-- 0. The fence against lost data: the marker is written only once every lease recorded in
-- attachment statuses is back in Redis. Without it (a flush, a failover that lost writes) an
-- address may look free while an attachment still names it, so nothing is handed out.
if redis.call('EXISTS', KEYS[6]) == 0 then return { 'recovering' } end

local spans = parseSpans(ARGV, 5)
local spansText = table.concat(ARGV, ',', 5)

local function allocatable(ip)
  for _, s in ipairs(spans) do
    if ip < s[1] then return false end
    if ip <= s[2] then return true end
  end
  return false
end

local function take(ip)
  local seq = redis.call('INCR', seqKey)
  local now = redis.call('TIME')
  local since = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
  local f = field(ip)
  redis.call('HSET', ipKey, f, cjson.encode({ owner = owner, ref = ref, seq = seq, since = since, subnet = subnet }))
  redis.call('HSET', ownerKey, owner, f)
  redis.call('ZREM', releasedKey, f)
  return { 'ok', ip, seq }
end

-- 1. Idempotence: an owner holds at most one address per VNI, whatever it asks for now.
local held = redis.call('HGET', ownerKey, owner)
if held then
  local v = redis.call('HGET', ipKey, held)
  if v then
    local lease = cjson.decode(v)
    if lease.owner == owner then return { 'reused', tonumber(held), lease.seq } end
  end
  redis.call('HDEL', ownerKey, owner) -- an index entry without its lease: repair it
end

-- 2. A static request.
if requested ~= '' then
  local ip = tonumber(requested)
  if not allocatable(ip) then return { 'out_of_range' } end
  local v = redis.call('HGET', ipKey, field(ip))
  if v then return { 'taken', cjson.decode(v).ref } end
  return take(ip)
end

-- 3. The lowest never-used address at or above the cursor. If the spans changed since the cursor
-- was stored (exclusions removed), move the cursor back to the lowest address that has become
-- allocatable, or it would never be offered: it is neither above the cursor nor released.
local cursor = redis.call('HMGET', cursorKey, 'next', 'spans')
local nextIp = tonumber(cursor[1] or '')
if nextIp == nil then
  nextIp = 0
elseif cursor[2] ~= spansText then
  local old = {}
  for n in string.gmatch(cursor[2] or '', '[^,]+') do old[#old + 1] = n end
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
local function saveCursor(ip)
  if cursor[2] == spansText then
    redis.call('HSET', cursorKey, 'next', field(ip))
  else
    redis.call('HSET', cursorKey, 'next', field(ip), 'spans', spansText)
  end
end

-- Skips held addresses one by one: they are few above the cursor (static requests, recovered
-- leases), so the common case costs O(1).
for _, s in ipairs(spans) do
  if nextIp <= s[2] then
    if nextIp < s[1] then nextIp = s[1] end
    while nextIp <= s[2] do
      if redis.call('HEXISTS', ipKey, field(nextIp)) == 0 then
        saveCursor(nextIp + 1)
        return take(nextIp)
      end
      nextIp = nextIp + 1
    end
  end
end
saveCursor(nextIp)

-- 4. The least recently released address. Entries excluded since their release stay queued
-- (skipped), so they come back if the exclusion is lifted.
local batch = 64
local offset = 0
while true do
  local page = redis.call('ZRANGE', releasedKey, offset, offset + batch - 1)
  for _, f in ipairs(page) do
    local ip = tonumber(f)
    if allocatable(ip) and redis.call('HEXISTS', ipKey, f) == 0 then return take(ip) end
  end
  if #page < batch then return { 'exhausted' } end
  offset = offset + batch
end
