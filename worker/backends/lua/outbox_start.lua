-- A worker starts a batch: it leaves the queued set (recording the newest enqueue time seen
-- started, the "mark") and joins the started set with a deadline.
-- KEYS: outbox hash, queued zset, started zset, mark; ARGV: batch id, deadline
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then
  return 0
end
local enqueued = redis.call('ZSCORE', KEYS[2], ARGV[1])
if enqueued then
  redis.call('ZREM', KEYS[2], ARGV[1])
  local mark = tonumber(redis.call('GET', KEYS[4]) or '0')
  if tonumber(enqueued) > mark then
    redis.call('SET', KEYS[4], enqueued)
  end
end
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
return 1
