-- Near-duplicate check-and-insert of one article's MinHash sketch, atomically.
-- KEYS[1] index base; keys <base>:<generation>:b:<bucket> (band hash -> doc ref) and
-- <base>:<generation>:d:<bucket> (doc ref -> record), all under the base's hash tag (one cluster slot).
-- ARGV: now, slice seconds, slices, buckets, doc ref (decimal), record, fewest equal bins for a match,
--       most candidates to verify, then the band fields (decimal).
-- Record: signature (32 bytes, 64 4-bit bins) .. root article id (12 bytes) .. info (4) .. publisher (4).
-- The root is the first article of a near-duplicate group; an article matching nothing is its own root.
-- Returns {matched root id or '', equal bins of the closest candidate, same info 0/1, same publisher 0/1}.
local now, slice, slices, buckets = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local ref, record, needed, max_candidates = ARGV[5], ARGV[6], tonumber(ARGV[7]), tonumber(ARGV[8])
local gen = math.floor(now / slice)
local own_root = string.sub(record, 33, 44)

-- An article has eight band entries and one record: records get an eighth of the buckets, so each
-- key holds about as many entries either way.
local function key(g, kind, field)
  local spread = kind == 'd' and math.max(1, math.floor(buckets / 8)) or buckets
  return KEYS[1] .. ':' .. g .. ':' .. kind .. ':' .. (tonumber(string.sub(field, -6)) % spread)
end

local function hex(s)
  return 'a_' .. (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end))
end

local function equal_bins(a, b)
  local equal = 0
  for i = 1, 32 do
    local x, y = string.byte(a, i), string.byte(b, i)
    if x % 16 == y % 16 then equal = equal + 1 end
    if math.floor(x / 16) == math.floor(y / 16) then equal = equal + 1 end
  end
  return equal
end

local hits, banded = {}, {}
for i = 9, #ARGV do
  for g = gen, gen - slices, -1 do
    local found = redis.call('HGET', key(g, 'b', ARGV[i]), ARGV[i])
    if found then
      banded[i] = true
      if found ~= ref then
        hits[found] = (hits[found] or 0) + 1
      end
      break
    end
  end
end
-- Verify at most max_candidates, those sharing the most bands first (ties: lowest ref).
local candidates = {}
for candidate, count in pairs(hits) do
  candidates[#candidates + 1] = {count, tonumber(candidate), candidate}
end
table.sort(candidates, function(a, b) return a[1] > b[1] or (a[1] == b[1] and a[2] < b[2]) end)

local best, best_equal, best_ref, known = nil, -1, math.huge, false
for g = gen, gen - slices, -1 do
  if redis.call('HEXISTS', key(g, 'd', ref), ref) == 1 then
    known = true
    break
  end
end
for n = 1, math.min(#candidates, max_candidates) do
  local candidate = candidates[n][3]
  for g = gen, gen - slices, -1 do
    local other = redis.call('HGET', key(g, 'd', candidate), candidate)
    if other then
      if string.sub(other, 33, 44) ~= own_root then
        local equal = equal_bins(string.sub(other, 1, 32), record)
        if equal > best_equal or (equal == best_equal and tonumber(candidate) < best_ref) then
          best, best_equal, best_ref = other, equal, tonumber(candidate)
        end
      end
      break
    end
  end
end

local reply = {'', best_equal, 0, 0}
local stored = record
if best and best_equal >= needed then
  reply[1] = hex(string.sub(best, 33, 44))
  reply[3] = string.sub(best, 45, 48) == string.sub(record, 45, 48) and 1 or 0
  reply[4] = string.sub(best, 49, 52) == string.sub(record, 49, 52) and 1 or 0
  stored = string.sub(record, 1, 32) .. string.sub(best, 33, 44) .. string.sub(record, 45)
end

local expires = (gen + slices + 2) * slice
if not known then
  local doc = key(gen, 'd', ref)
  redis.call('HSET', doc, ref, stored)
  redis.call('EXPIREAT', doc, expires)
end
for i = 9, #ARGV do
  if not banded[i] then
    local band = key(gen, 'b', ARGV[i])
    redis.call('HSET', band, ARGV[i], ref)
    redis.call('EXPIREAT', band, expires)
  end
end
return reply
