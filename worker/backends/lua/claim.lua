-- Claim an article id for an owner (a task id). Returns nil when the owner holds the claim,
-- either first or again on redelivery; otherwise returns the owner that holds it.
-- KEYS[1] seen key; ARGV: owner, ttl seconds
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then
  return false
end
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  return false
end
return holder
