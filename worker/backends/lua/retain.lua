-- Trim one stream to its retention without trimming anything a consumer group still needs.
-- KEYS[1] stream, KEYS[2] its backpressure marker (same cluster slot through the marker's hash tag)
-- ARGV: maxlen (0 = none), max age seconds (0 = none), overflow limit
-- A group needs every entry after its last-delivered-id (unread) and every pending entry (unacked).
-- Returns {trimmed, held, group holding entries back or false, oldest needed id or false}.
local function parse(id)
  local ms, seq = string.match(id, '^(%d+)-(%d+)$')
  return tonumber(ms), tonumber(seq)
end
local function less(a, b)
  local am, as = parse(a)
  local bm, bs = parse(b)
  return am < bm or (am == bm and as < bs)
end
local function after(id)
  local ms, seq = parse(id)
  return string.format('%.0f-%.0f', ms, seq + 1)
end

local stream, marker = KEYS[1], KEYS[2]
local maxlen, max_age, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local length = redis.call('XLEN', stream)
if length == 0 then
  redis.call('DEL', marker)
  return {0, 0, false, false}
end

local needed, blocker = nil, nil
for _, group in ipairs(redis.call('XINFO', 'GROUPS', stream)) do
  local info = {}
  for i = 1, #group, 2 do info[group[i]] = group[i + 1] end
  local want = after(info['last-delivered-id'])
  if info['pending'] > 0 then
    local oldest_pending = redis.call('XPENDING', stream, info['name'])[2]
    if less(oldest_pending, want) then want = oldest_pending end
  end
  if needed == nil or less(want, needed) then needed, blocker = want, info['name'] end
end

-- the cut: entries below it are expired by age or beyond maxlen
local cut = '0-0'
if max_age > 0 then
  local now = redis.call('TIME')
  local horizon = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000) - max_age * 1000
  if horizon > 0 then cut = string.format('%.0f-0', horizon) end
end
local held_by_length = 0
if maxlen > 0 and length > maxlen then
  local excess = length - maxlen
  -- only entries below what the groups need may go; reading them is cheap, they are few after each trim
  local upper = '+'
  if needed ~= nil then upper = '(' .. needed end
  local oldest = redis.call('XRANGE', stream, '-', upper, 'COUNT', excess)
  if #oldest > 0 and less(cut, after(oldest[#oldest][1])) then cut = after(oldest[#oldest][1]) end
  held_by_length = excess - #oldest
end

local trim_to, held_by = cut, false
if needed ~= nil and less(needed, cut) then trim_to, held_by = needed, blocker end
local trimmed = 0
if trim_to ~= '0-0' then trimmed = redis.call('XTRIM', stream, 'MINID', trim_to) end

local held = held_by_length
if held_by and held <= limit and needed ~= nil and less(needed, cut) then
  local aged = redis.call('XRANGE', stream, needed, '(' .. cut, 'COUNT', limit + 1)
  if #aged > held then held = #aged end
end
if held > 0 and not held_by then held_by = blocker end
if held > limit then
  redis.call('SET', marker, held_by .. ' ' .. needed, 'EX', 300)
else
  redis.call('DEL', marker)
end
if held == 0 then return {trimmed, 0, false, false} end
return {trimmed, held, held_by, needed}
