-- Claim entries idle past a limit for a consumer and report each one's delivery count, atomically.
-- KEYS[1] stream; ARGV: group, consumer, min idle ms, cursor, count
-- XAUTOCLAIM resets idle time and bumps the delivery counter, so a second claimer cannot take them.
-- Returns {next cursor, entries, deleted ids (trimmed while pending), delivery counts}.
local reply = redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], 'COUNT', ARGV[5])
local counts = {}
for i, entry in ipairs(reply[2]) do
  local pending = redis.call('XPENDING', KEYS[1], ARGV[1], entry[1], entry[1], 1)
  counts[i] = pending[1] and pending[1][4] or 1
end
return {reply[1], reply[2], reply[3] or {}, counts}
