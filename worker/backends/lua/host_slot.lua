-- Take one of a host's fetch slots (a counting semaphore whose holders expire).
-- Returns 1 when the holder has a slot (newly or already), 0 when the host is at its limit.
-- KEYS[1] host fetches sorted set; ARGV: holder, lease milliseconds, limit
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local expires = now_ms + tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now_ms)
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  return 0
end
redis.call('ZADD', KEYS[1], expires, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
