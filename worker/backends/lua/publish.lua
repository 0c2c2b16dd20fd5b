-- Append one entry to a stream unless its idempotency key says it is already there.
-- KEYS[1] idempotency key, KEYS[2] stream, KEYS[3] the stream's backpressure marker
-- (one cluster slot: both keys carry the stream name as hash tag)
-- ARGV: ttl seconds, ignore backpressure (0/1), id, type, schema, data
-- Returns {1, stream id} when written, {0, stream id} when already there, {-1, marker} when refused.
-- No trimming here: retain.lua trims without touching what a consumer group still needs.
-- XADD comes before SET: under maxmemory/noeviction Redis refuses the first write of a script,
-- so an OOM leaves neither an entry nor a key behind.
local existing = redis.call('GET', KEYS[1])
if existing then
  return {0, existing}
end
if ARGV[2] == '0' then
  local held = redis.call('GET', KEYS[3])
  if held then
    return {-1, held}
  end
end
local stream_id = redis.call('XADD', KEYS[2], '*',
  'id', ARGV[3], 'type', ARGV[4], 'schema', ARGV[5], 'data', ARGV[6])
redis.call('SET', KEYS[1], stream_id, 'EX', ARGV[1])
return {1, stream_id}
