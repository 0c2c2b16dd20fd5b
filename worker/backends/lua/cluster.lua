-- Event-level dedup of one event, atomically: join the cluster of the same event, or start one.
-- KEYS[1] index base; keys <base>:<generation>:<kind>:<bucket> under the base's hash tag (one cluster slot):
--   g: story key (near-duplicate group root, event type, ordinal) -> head ref
--   k: place key (event type, place, day) -> head refs, comma-separated
--   c: head ref -> '<head event id>|<actor>,<actor>' (short: keeps these hashes compact listpacks)
--   s: head ref -> sources, JSON [[article id, publisher, syndicated], ...] (grows; kept apart from the rest)
-- ARGV: now, slice seconds, slices, buckets, own ref (decimal), event id, story field, own place field or '',
--       coarse place 0/1, actors (joined by \31), article id, publisher, syndicated 0/1, max sources,
--       then the place fields of every day in the date window.
-- Returns {'new' | 'merged', cluster event id, revision (0: cluster full), sources JSON, matched by ('story'|'place'|'')}.
local now, slice, slices, buckets = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local ref, event_id, story, place, coarse = ARGV[5], ARGV[6], ARGV[7], ARGV[8], ARGV[9] == '1'
local article, publisher, syndicated, max_sources = ARGV[11], ARGV[12], tonumber(ARGV[13]), tonumber(ARGV[14])
local gen = math.floor(now / slice)
local expires = (gen + slices + 2) * slice

local actors = {}
for name in string.gmatch(ARGV[10], '[^\31]+') do
  actors[#actors + 1] = name
end

local function key(g, kind, field)
  return KEYS[1] .. ':' .. g .. ':' .. kind .. ':' .. (tonumber(string.sub(field, -6)) % buckets)
end

local function find(kind, field)
  for g = gen, gen - slices, -1 do
    local name = key(g, kind, field)
    local found = redis.call('HGET', name, field)
    if found then
      return found, name
    end
  end
  return nil, nil
end

local function overlap(theirs)
  if (#theirs == 0 or #actors == 0) and not coarse then
    return true
  end
  for _, a in ipairs(theirs) do
    for _, b in ipairs(actors) do
      if a == b then return true end
    end
  end
  return false
end

local function actors_of(record)
  local names = {}
  for name in string.gmatch(string.match(record, '|(.*)$') or '', '[^,]+') do
    names[#names + 1] = name
  end
  return names
end

local function put(kind, field, value)
  local name = key(gen, kind, field)
  redis.call('HSET', name, field, value)
  redis.call('EXPIREAT', name, expires)
end

local head, matched = find('g', story), 'story'
if not head and place ~= '' then
  matched = 'place'
  for i = 15, #ARGV do
    local refs = find('k', ARGV[i])
    for candidate in string.gmatch(refs or '', '[^,]+') do
      local found = find('c', candidate)
      if found and overlap(actors_of(found)) then
        head = candidate
        break
      end
    end
    if head then break end
  end
end

local function register(head_ref)
  if not find('g', story) then
    put('g', story, head_ref)
  end
  if place ~= '' then
    local refs = find('k', place) or ''
    if not string.find(',' .. refs .. ',', ',' .. head_ref .. ',', 1, true) then
      put('k', place, refs == '' and head_ref or (refs .. ',' .. head_ref))
    end
  end
end

local raw, raw_sources, sources_key = nil, nil, nil
if head then
  raw = find('c', head)
  raw_sources, sources_key = find('s', head)
end
if not raw or not raw_sources then
  local sources = {{article, publisher, syndicated}}
  put('c', ref, event_id .. '|' .. table.concat(actors, ','))
  put('s', ref, cjson.encode(sources))
  register(ref)
  return {'new', event_id, 1, cjson.encode(sources), ''}
end

local head_event = string.match(raw, '^([^|]*)')
local sources = cjson.decode(raw_sources)
if head_event == event_id then
  return {'new', event_id, 1, cjson.encode({sources[1]}), ''}
end
register(head)
for i, source in ipairs(sources) do
  if source[1] == article then
    return {'merged', head_event, i, cjson.encode({unpack(sources, 1, i)}), matched}
  end
end
if #sources >= max_sources then
  return {'merged', head_event, 0, '[]', matched}
end
sources[#sources + 1] = {article, publisher, syndicated}
redis.call('HSET', sources_key, head, cjson.encode(sources))
return {'merged', head_event, #sources, cjson.encode(sources), matched}
