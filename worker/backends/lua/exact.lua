-- Exact dedup of one article (after layout.lua): check its identity keys (GUID, canonical URL, content)
-- and claim them for an owner, atomically.
-- ARGV[5..]: owner (4 bytes), content digest (8 bytes: bucket hash in the first 3, field in the last 5),
--   publisher digest (4 bytes), then per identity key in order of preference: kind ('guid', 'url',
--   'content'), bucket hash, field, the article id it gives (12 bytes).
-- Kinds and entries (field -> value):
--   content: content (5 bytes) -> owner .. article id .. publisher: who holds this text
--   guid: GUID (31-bit integer) and url: URL (31-bit integer) -> the holder's content digest, which leads to
--      its content entry; or, when the holder did not claim its content (a syndicated copy), content digest ..
--      owner .. article id
-- Returns {'duplicate', kind, matched id} when another owner holds the same content (from the same publisher,
-- or under the same GUID or URL); {'copy', identity kind, matched id} for the same content from another
-- publisher under its own GUID or URL (a syndicated copy: its GUID and URL are claimed); else
-- {'unique', identity kind, kind1, id1, ...} with each key reused by different content and its holder.
local owner, content, publisher = ARGV[5], ARGV[6], ARGV[7]
local KINDS = {guid = 1, url = 1, content = 1}
local readable = generations()

local keys = {}
for i = 8, #ARGV, 4 do
  keys[#keys + 1] = {kind = ARGV[i], hash = tonumber(ARGV[i + 1]), field = ARGV[i + 2], id = ARGV[i + 3]}
end

local function get(kind, h, field)
  for _, g in ipairs(readable) do
    local held = redis.call('HGET', key(g, kind, 1, h), field)
    if held then
      return held
    end
  end
  return nil
end

-- The content entry of a content digest, as {owner, article id, publisher}.
local function holder(digest)
  local a, b, c = string.byte(digest, 1, 3)
  local held = get('content', (a * 256 + b) * 256 + c, string.sub(digest, 4, 8))
  if held then
    return {string.sub(held, 1, 4), string.sub(held, 5, 16), string.sub(held, 17, 20)}
  end
  return nil
end

-- A held key as {owner, content digest, article id, publisher}: nil parts are unknown.
local function find(k)
  local held = get(k.kind, k.hash, k.field)
  if not held then
    return nil
  end
  if k.kind == 'content' then
    return {string.sub(held, 1, 4), content, string.sub(held, 5, 16), string.sub(held, 17, 20)}
  end
  local digest = string.sub(held, 1, 8)
  if #held > 8 then
    return {string.sub(held, 9, 12), digest, string.sub(held, 13, 24), nil}
  end
  local found = holder(digest)
  if found then
    return {found[1], digest, found[2], found[3]}
  end
  return {nil, digest, k.id, nil}
end

local collided, collisions, held_by, copy_of = {}, {}, {}, nil
for _, k in ipairs(keys) do
  held_by[k.kind] = find(k)
end
for _, k in ipairs(keys) do
  local held = held_by[k.kind]
  if held and held[2] == content then
    if held[1] ~= owner then
      if k.kind ~= 'content' or #keys == 1 or held[4] == publisher then
        return {'duplicate', k.kind, hex('a_', held[3])}
      end
      copy_of = hex('a_', held[3])
    end
  elseif held then
    collided[k.kind] = true
    collisions[#collisions + 1] = k.kind
    collisions[#collisions + 1] = hex('a_', held[3])
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
local claims_content = not held_by['content'] and not copy_of
local written = false
for _, k in ipairs(keys) do
  if not collided[k.kind] and not held_by[k.kind] and not (copy_of and k.kind == 'content') then
    open(KINDS)
    local value
    if k.kind == 'content' then
      value = owner .. identity.id .. publisher
    elseif claims_content then
      value = content
    else
      value = content .. owner .. identity.id
    end
    put(k.kind, 1, k.hash, k.field, value)
    written = true
  end
end
if written then
  counted()
end
if copy_of then
  return {'copy', identity.kind, copy_of}
end
local reply = {'unique', identity.kind}
for _, v in ipairs(collisions) do
  reply[#reply + 1] = v
end
return reply
