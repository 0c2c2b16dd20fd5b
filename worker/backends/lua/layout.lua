-- Generation layout of a dedup index, put in front of exact.lua, near.lua and cluster.lua.
-- KEYS[1] is the index base; its keys are <base>:<generation>:<kind>:<bucket>, hashes under the base's
-- hash tag (one cluster slot). ARGV[1..4]: now, seconds per generation, generations read besides the
-- current one, and the fewest items (articles or events) a generation is sized for.
-- The meta hash <base>:m holds, per generation g, 'n<g>': the items g was sized for, and 'c<g>': the items
-- written into it. A generation is sized once, on its first write, from the count of the one before; a
-- kind with e entries per item gets ceil(items * e / PER_KEY) buckets, so a hash holds about PER_KEY
-- entries and stays a compact listpack (up to 512) even when the volume doubles from one generation to
-- the next. Opening a generation deletes the generations that left the window: the index stays bounded
-- by what its window holds, whatever the clock; each key's EXPIREAT is the safety net when writes stop.
local now, slice, slices, least = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local gen = math.floor(now / slice)
local expires = (gen + slices + 2) * slice
local meta = KEYS[1] .. ':m'
local PER_KEY = 200

local sized = {}
do
  local names = {}
  for g = gen - slices, gen do
    names[#names + 1] = 'n' .. g
  end
  local found = redis.call('HMGET', meta, unpack(names))
  for i = 1, #names do
    if found[i] then
      sized[gen - slices + i - 1] = tonumber(found[i])
    end
  end
end

-- The generations an entry may be in, newest first (only those ever written).
local function generations()
  local list = {}
  for g = gen, gen - slices, -1 do
    if sized[g] then
      list[#list + 1] = g
    end
  end
  return list
end

local function buckets(items, per_item)
  return math.max(1, math.ceil(items * per_item / PER_KEY))
end

-- The hash holding the entry of bucket hash h (an integer below 2^31) of a kind in generation g.
local function key(g, kind, per_item, h)
  return KEYS[1] .. ':' .. g .. ':' .. kind .. ':' .. (h % buckets(sized[g], per_item))
end

-- Size the current generation if this is its first write; drop what left the window.
-- kinds: kind -> entries per item, for every kind of the index.
local function open(kinds)
  if sized[gen] then
    return
  end
  local before = tonumber(redis.call('HGET', meta, 'c' .. (gen - 1)) or '0')
  sized[gen] = math.max(least, before)
  local fields = redis.call('HGETALL', meta)
  for i = 1, #fields, 2 do
    local g = tonumber(string.sub(fields[i], 2))
    if g < gen - slices and string.sub(fields[i], 1, 1) == 'n' then
      local names = {}
      for kind, per_item in pairs(kinds) do
        for b = 0, buckets(tonumber(fields[i + 1]), per_item) - 1 do
          names[#names + 1] = KEYS[1] .. ':' .. g .. ':' .. kind .. ':' .. b
          if #names == 1000 then
            redis.call('UNLINK', unpack(names))
            names = {}
          end
        end
      end
      if #names > 0 then
        redis.call('UNLINK', unpack(names))
      end
    end
    if g < gen - slices then
      redis.call('HDEL', meta, fields[i])
    end
  end
  redis.call('HSET', meta, 'n' .. gen, sized[gen])
  redis.call('EXPIREAT', meta, expires)
end

-- Write one entry into the current generation (open() first).
local function put(kind, per_item, h, field, value)
  local name = key(gen, kind, per_item, h)
  redis.call('HSET', name, field, value)
  redis.call('EXPIREAT', name, expires)
  return name
end

-- Count one item written into the current generation.
local function counted()
  redis.call('HINCRBY', meta, 'c' .. gen, 1)
end

local function hex(prefix, s)
  return prefix .. (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end))
end
