-- Append one entry to a stream unless its idempotency key says it is already there.
-- KEYS[1] idempotency key, KEYS[2] stream (same cluster slot through the key's hash tag)
-- ARGV: ttl seconds, maxlen, id, type, schema, data
-- XADD comes first: under maxmemory/noeviction Redis refuses the first write of a script,
-- so an OOM leaves neither an entry nor a key behind.
local existing = redis.call('GET', KEYS[1])
if existing then
  return {0, existing}
end
local stream_id = redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*',
  'id', ARGV[3], 'type', ARGV[4], 'schema', ARGV[5], 'data', ARGV[6])
redis.call('SET', KEYS[1], stream_id, 'EX', ARGV[1])
return {1, stream_id}
