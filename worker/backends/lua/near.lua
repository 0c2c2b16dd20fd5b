-- Near-duplicate check-and-insert of one article's MinHash sketch, atomically (after layout.lua).
-- ARGV[5..]: doc ref (31-bit integer), record, fewest equal bins for a match, levels per band, then the band
--   keys packed, band by band and level by level: 4-byte bucket hash .. 3-byte field each.
-- Kinds and entries (field -> value):
--   band: band key -> doc ref of the article filed under it
--   doc: doc ref -> record: signature (32 bytes, 64 4-bit bins) .. root article id (12) .. info (4) .. publisher (4)
-- Each band is a little LSH forest: the article is filed under the first level of the band whose key no
-- earlier article holds, and the lookup walks the band's levels down while it finds keys; a candidate counts
-- once per key it holds. The root is the first article of a near-duplicate group (an article matching nothing
-- is its own root). Returns {matched root id or '', equal bins of the closest candidate, same info 0/1,
-- same publisher 0/1}.
local ref, record, needed, levels, packed = ARGV[5], ARGV[6], tonumber(ARGV[7]), tonumber(ARGV[8]), ARGV[9]
local own_root = string.sub(record, 33, 44)
local readable = generations()

local bands = {}
for i = 1, #packed, 7 do
  local a, b, c, d = string.byte(packed, i, i + 3)
  local band = math.floor((i - 1) / (7 * levels)) + 1
  bands[band] = bands[band] or {}
  table.insert(bands[band], {hash = ((a * 256 + b) * 256 + c) * 256 + d, field = string.sub(packed, i + 4, i + 6)})
end
local per_item = #bands
local KINDS = {band = per_item, doc = 1}

local function equal_bins(a, b)
  local equal = 0
  for i = 1, 32 do
    local x, y = string.byte(a, i), string.byte(b, i)
    if x % 16 == y % 16 then equal = equal + 1 end
    if math.floor(x / 16) == math.floor(y / 16) then equal = equal + 1 end
  end
  return equal
end

local function find_doc(doc)
  for _, g in ipairs(readable) do
    local found = redis.call('HGET', key(g, 'doc', 1, tonumber(doc)), doc)
    if found then
      return found
    end
  end
  return nil
end

local hits, filed_at = {}, {}
for i, chain in ipairs(bands) do
  for level, band in ipairs(chain) do
    local found = nil
    for _, g in ipairs(readable) do
      found = redis.call('HGET', key(g, 'band', per_item, band.hash), band.field)
      if found then
        break
      end
    end
    if not found then
      filed_at[i] = level
      break
    end
    if found ~= ref then
      hits[found] = (hits[found] or 0) + 1
    end
  end
end
-- Candidates sharing the most bands first (ties: lowest ref), so the verdict does not depend on table order.
local candidates = {}
for candidate, count in pairs(hits) do
  candidates[#candidates + 1] = {count, tonumber(candidate), candidate}
end
table.sort(candidates, function(a, b) return a[1] > b[1] or (a[1] == b[1] and a[2] < b[2]) end)

local best, best_equal = nil, -1
for _, candidate in ipairs(candidates) do
  local other = find_doc(candidate[3])
  if other and string.sub(other, 33, 44) ~= own_root then
    local equal = equal_bins(string.sub(other, 1, 32), record)
    if equal > best_equal then
      best, best_equal = other, equal
    end
  end
end

local reply = {'', best_equal, 0, 0}
local stored = record
if best and best_equal >= needed then
  reply[1] = hex('a_', string.sub(best, 33, 44))
  reply[3] = string.sub(best, 45, 48) == string.sub(record, 45, 48) and 1 or 0
  reply[4] = string.sub(best, 49, 52) == string.sub(record, 49, 52) and 1 or 0
  stored = string.sub(record, 1, 32) .. string.sub(best, 33, 44) .. string.sub(record, 45)
end

if not find_doc(ref) then
  open(KINDS)
  put('doc', 1, tonumber(ref), ref, stored)
  for i, chain in ipairs(bands) do
    local level = filed_at[i]
    if level then
      put('band', per_item, chain[level].hash, chain[level].field, ref)
    end
  end
  counted()
end
return reply
