-- Takes leases on addresses of one subnet of one VNI for a batch of owners, atomically, one
-- owner after the other (each sees the leases of those before it). See LeaseStore.allocate.
--
-- KEYS[1] ip hash     address -> lease JSON
-- KEYS[2] index hash  owner uid -> address, and the VNI's bookkeeping under "#" fields (no uid
--                     starts with "#"): #intact (the token of the server the VNI's leases were
--                     last verified on, see intact.lua and LeaseStore.markIntact), #seq (fencing
--                     tokens and release order), and per subnet #next:<subnet> (the lowest
--                     never-used candidate) and #spans:<subnet> (the spans it was computed for)
-- KEYS[3] released zset of the subnet: address -> release order
-- ARGV[1] subnet id, ARGV[2] the caller's clock in ms (the leases' `since`: informational, so no
-- TIME call here), ARGV[3] n, the number of requests
-- ARGV[4 .. 3+3n] per request: owner uid, owner ref (ns/name), requested address or ""
-- ARGV[4+3n ..] the subnet's allocatable spans as first,last pairs, ascending and disjoint
--
-- Replies with a flat list of n triples, one per request in order: "recovering" | "reused", ip,
-- seq | "ok", ip, seq | "taken", holder ref | "out_of_range" | "exhausted" (unused slots false).
--
-- Allocation is the hot path of the ipam service, so the common case (a new owner, the next
-- never-used address) costs two Redis calls per owner (HGET of its index entry, HEXISTS of the
-- candidate); the batch's reads of the bookkeeping and its writes (leases, index entries, seq,
-- cursor, release queue) are one call each. Lease records are concatenated rather than encoded,
-- which LeaseStore makes safe by admitting only owner, ref and subnet strings without quotes,
-- backslashes or control characters. Addresses are decimal strings in keys and doubles in Lua
-- (exact below 2^53).

local ipKey, indexKey, releasedKey = KEYS[1], KEYS[2], KEYS[3]
local subnet, now, n = ARGV[1], ARGV[2], tonumber(ARGV[3])
local spansFrom = 4 + 3 * n
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

local head = redis.call('HMGET', indexKey, '#intact', '#seq', nextField, spansField)

-- This server's token: its run id and replication id (see intact.lua).
local function token()
  local server = redis.call('INFO', 'server')
  local replication = redis.call('INFO', 'replication')
  return string.match(server, 'run_id:(%w+)') .. ':' .. string.match(replication, 'master_replid:(%w+)')
end

-- The fence against lost data: the marker is written only once every lease recorded in
-- attachment statuses is in this very server, and it names the server. Without it (a flush) an
-- address may look free while an attachment still names it; with another server's token, this
-- server is a replica promoted since, or a restarted one, which may have missed the latest
-- leases. Either way nothing is handed out until the VNI is recovered here. Checked in the
-- same call that allocates, so no failover can come between the check and the allocation.
if head[1] ~= token() then
  local out = {}
  for i = 1, n do
    out[#out + 1] = 'recovering'
    out[#out + 1] = false
    out[#out + 1] = false
  end
  return out
end

local spans = parseSpans(ARGV, spansFrom)
local spansText = table.concat(ARGV, ',', spansFrom)
local seq = tonumber(head[2] or '0')

local function allocatable(ip)
  for _, s in ipairs(spans) do
    if ip < s[1] then return false end
    if ip <= s[2] then return true end
  end
  return false
end

-- The lowest never-used address at or above the cursor. If the spans changed since the cursor
-- was stored (exclusions removed), move the cursor back to the lowest address that has become
-- allocatable, or it would never be offered: it is neither above the cursor nor released.
local storedSpans = head[4]
local nextIp = tonumber(head[3] or '')
if nextIp == nil then
  nextIp = 0
elseif storedSpans ~= spansText then
  local old = {}
  for v in string.gmatch(storedSpans or '', '[^,]+') do old[#old + 1] = v end
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
local cursorMoved = storedSpans ~= spansText

-- What this batch has taken so far (written at the end): address field -> ref, owner -> {ip, seq}.
local takenIp, takenOwner = {}, {}
local ipWrites, indexWrites, dequeued = {}, {}, {}
-- Release-queue entries before this offset were looked at by an earlier owner of the batch:
-- taken, held or excluded, and they stay so while the script runs.
local queueOffset = 0

-- `queued`: the address may wait in the subnet's release queue (a static request, or the queue
-- itself). One taken above the cursor normally never was used; only after the cursor moved back
-- over addresses used before (exclusions lifted) can it be queued too, and that entry is
-- harmless: the queue skips held addresses, and the next release re-scores it.
local function take(owner, ref, ip, queued)
  seq = seq + 1
  local f = field(ip)
  takenIp[f] = ref
  takenOwner[owner] = { ip, seq }
  ipWrites[#ipWrites + 1] = f
  ipWrites[#ipWrites + 1] =
    '{"owner":"' .. owner .. '","ref":"' .. ref .. '","seq":' .. seq .. ',"since":' .. now .. ',"subnet":"' .. subnet .. '"}'
  indexWrites[#indexWrites + 1] = owner
  indexWrites[#indexWrites + 1] = f
  if queued then dequeued[#dequeued + 1] = f end
  return 'ok', ip, seq
end

local function free(f)
  return takenIp[f] == nil and redis.call('HEXISTS', ipKey, f) == 0
end

local function allocate(owner, ref, requested)
  -- 1. Idempotence: an owner holds at most one address per VNI, whatever it asks for now.
  local mine = takenOwner[owner]
  if mine then return 'reused', mine[1], mine[2] end
  local held = redis.call('HGET', indexKey, owner)
  if held then
    local v = redis.call('HGET', ipKey, held)
    if v then
      local lease = cjson.decode(v)
      if lease.owner == owner then return 'reused', tonumber(held), lease.seq end
    end
    redis.call('HDEL', indexKey, owner) -- an index entry without its lease: repair it
  end

  -- 2. A static request.
  if requested ~= '' then
    local ip = tonumber(requested)
    if not allocatable(ip) then return 'out_of_range' end
    local f = field(ip)
    if takenIp[f] then return 'taken', takenIp[f] end
    local v = redis.call('HGET', ipKey, f)
    if v then return 'taken', cjson.decode(v).ref end
    return take(owner, ref, ip, true)
  end

  -- 3. The cursor. Skips held addresses one by one: they are few above it (static requests,
  -- recovered leases), so the common case costs O(1).
  for _, s in ipairs(spans) do
    if nextIp <= s[2] then
      if nextIp < s[1] then nextIp = s[1] end
      while nextIp <= s[2] do
        local ip = nextIp
        nextIp = nextIp + 1
        cursorMoved = true
        if free(field(ip)) then return take(owner, ref, ip, false) end
      end
    end
  end

  -- 4. The least recently released address. Entries excluded since their release stay queued
  -- (skipped), so they come back if the exclusion is lifted.
  local page = 64
  while true do
    local entries = redis.call('ZRANGE', releasedKey, queueOffset, queueOffset + page - 1)
    for _, f in ipairs(entries) do
      queueOffset = queueOffset + 1
      local ip = tonumber(f)
      if allocatable(ip) and free(f) then return take(owner, ref, ip, true) end
    end
    if #entries < page then return 'exhausted' end
  end
end

local out = {}
for i = 0, n - 1 do
  local at = 4 + 3 * i
  local status, a, b = allocate(ARGV[at], ARGV[at + 1], ARGV[at + 2])
  out[#out + 1] = status
  out[#out + 1] = a or false
  out[#out + 1] = b or false
end

if #ipWrites > 0 then redis.call('HSET', ipKey, unpack(ipWrites)) end
if #ipWrites > 0 then
  indexWrites[#indexWrites + 1] = '#seq'
  indexWrites[#indexWrites + 1] = seq
end
if cursorMoved then
  -- The spans are rewritten only when they changed: they can be long.
  indexWrites[#indexWrites + 1] = nextField
  indexWrites[#indexWrites + 1] = field(nextIp)
  if storedSpans ~= spansText then
    indexWrites[#indexWrites + 1] = spansField
    indexWrites[#indexWrites + 1] = spansText
  end
end
if #indexWrites > 0 then redis.call('HSET', indexKey, unpack(indexWrites)) end
if #dequeued > 0 then redis.call('ZREM', releasedKey, unpack(dequeued)) end
return out
