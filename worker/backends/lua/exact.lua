-- Exact dedup of one article: check its identity keys (GUID, canonical URL, content) and claim them for an owner.
-- KEYS[1] index base; its keys are <base>:<generation>:<bucket>, hashes of field -> record, all under the
-- base's hash tag (one cluster slot). A generation spans ARGV[2] seconds; ARGV[3] past generations are read too.
-- ARGV: now, slice seconds, slices, buckets, owner (4 bytes), content digest (4 bytes), publisher digest (4 bytes),
--       then per identity key in order of preference: kind, field (decimal), article id (12 bytes)
-- Record: owner .. content digest .. article id .. publisher digest (24 bytes).
-- Returns {'duplicate', kind, matched id} when another owner holds the same content (from the same publisher,
-- or under the same GUID or URL); {'copy', identity kind, matched id} for the same content from another
-- publisher under its own GUID or URL (a syndicated copy: its GUID and URL are claimed); else
-- {'unique', identity kind, kind1, id1, ...} with each key reused by different content and its holder.
local now, slice, slices, buckets = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local owner, content, publisher = ARGV[5], ARGV[6], ARGV[7]
local gen = math.floor(now / slice)

local function key(g, field)
  return KEYS[1] .. ':' .. g .. ':' .. (tonumber(string.sub(field, -6)) % buckets)
end

local function find(field)
  for g = gen, gen - slices, -1 do
    local held = redis.call('HGET', key(g, field), field)
    if held then
      return held
    end
  end
  return nil
end

local function hex(s)
  return 'a_' .. (string.gsub(s, '.', function(c) return string.format('%02x', string.byte(c)) end))
end

local keys = {}
for i = 8, #ARGV, 3 do
  keys[#keys + 1] = {kind = ARGV[i], field = ARGV[i + 1], id = ARGV[i + 2]}
end

local collided, collisions, held_by, copy_of = {}, {}, {}, nil
for _, k in ipairs(keys) do
  held_by[k.kind] = find(k.field)
end
for _, k in ipairs(keys) do
  local held = held_by[k.kind]
  if held and (k.kind == 'content' or string.sub(held, 5, 8) == content) then
    if string.sub(held, 1, 4) ~= owner then
      if k.kind ~= 'content' or #keys == 1 or string.sub(held, 21, 24) == publisher then
        return {'duplicate', k.kind, hex(string.sub(held, 9, 20))}
      end
      copy_of = hex(string.sub(held, 9, 20))
    end
  elseif held then
    collided[k.kind] = true
    collisions[#collisions + 1] = k.kind
    collisions[#collisions + 1] = hex(string.sub(held, 9, 20))
  end
end

local identity
for _, k in ipairs(keys) do
  if not collided[k.kind] then
    identity = k
    break
  end
end
if copy_of and identity.kind == 'content' then
  return {'duplicate', 'content', copy_of}
end
local record = owner .. content .. identity.id .. publisher
local expires = (gen + slices + 2) * slice
for _, k in ipairs(keys) do
  if not collided[k.kind] and not held_by[k.kind] and not (copy_of and k.kind == 'content') then
    local name = key(gen, k.field)
    redis.call('HSETNX', name, k.field, record)
    redis.call('EXPIREAT', name, expires)
  end
end
if copy_of then
  return {'copy', identity.kind, copy_of}
end
local reply = {'unique', identity.kind}
for _, v in ipairs(collisions) do
  reply[#reply + 1] = v
end
return reply
