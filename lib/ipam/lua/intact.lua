-- The intact marker of one VNI, bound to the Redis server that holds it. See LeaseStore.markIntact.
--
-- KEYS[1] index hash of the VNI (the marker is its #intact field)
-- ARGV[1] 'token': reply with this server's token
--         'check': reply 1 if the marker names this server's token, else 0
--         'mark':  write this server's token into the marker if it is ARGV[2] (or ARGV[2] is
--                  ''), and reply 1; else reply 0 and leave the marker as it is
--
-- A server's token is its run id and replication id. The run id is new with every start of the
-- process (with or without persistence); the replication id is new whenever the server is
-- promoted to master, also when a demoted master is promoted again. A replica holds a copy of
-- its master's marker, naming the master: once promoted, its token differs, so the marker no
-- longer counts there until the VNI is verified on it. allocate.lua reads the token the same way.

local function token()
  local server = redis.call('INFO', 'server')
  local replication = redis.call('INFO', 'replication')
  return string.match(server, 'run_id:(%w+)') .. ':' .. string.match(replication, 'master_replid:(%w+)')
end

local mode, here = ARGV[1], token()
if mode == 'token' then return here end
if mode == 'check' then
  if redis.call('HGET', KEYS[1], '#intact') == here then return 1 end
  return 0
end
if mode == 'mark' then
  if ARGV[2] ~= '' and ARGV[2] ~= here then return 0 end
  redis.call('HSET', KEYS[1], '#intact', here)
  return 1
end
return redis.error_reply('intact.lua: unknown mode ' .. tostring(mode))
