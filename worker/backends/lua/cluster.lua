-- Event-level dedup of one event, atomically (after layout.lua): join the cluster of the same event, or start one.
-- ARGV[5..]: own ref (31-bit integer), event id (12 bytes), story bucket hash and field, own place-day bucket
--   hash and field ('' '' without a place), coarse place 0/1, actor digests (3 bytes each, concatenated),
--   article id, publisher, syndicated 0/1, most sources, then bucket hash and field of every place-day of
--   the date window, closest day first.
-- Kinds and entries (field -> value):
--   story: story (near-duplicate group root, event type, ordinal) -> head ref
--   place: place-day (event type, place, day) -> refs of the heads of that day, comma-separated
--   head: head ref -> head event id (12 bytes) .. start time (4 bytes, seconds) .. actor digests
--   sources: head ref -> sources, JSON [[article id, publisher, syndicated], ...] (grows; kept apart from the rest)
-- A cluster is anchored on its head: only the head's own place-day leads to it, so an event joins a cluster
-- whose first event is within the window, never one that members have dragged day by day along a series.
-- Among heads of the closest day, the lowest ref with a shared actor wins (not the first to arrive).
-- Returns {'new' | 'merged', cluster event id, revision (0: cluster full), sources JSON,
--          matched by ('story'|'place'|''), start time of the cluster}.
local ref, event_id = ARGV[5], ARGV[6]
local story = {hash = tonumber(ARGV[7]), field = ARGV[8]}
local place = ARGV[9] ~= '' and {hash = tonumber(ARGV[9]), field = ARGV[10]} or nil
local coarse, packed_actors = ARGV[11] == '1', ARGV[12]
local article, publisher, syndicated, max_sources = ARGV[13], ARGV[14], tonumber(ARGV[15]), tonumber(ARGV[16])
local KINDS = {story = 1, place = 1, head = 1, sources = 1}
local readable = generations()

local function actors_of(packed)
  local names = {}
  for i = 1, #packed - 2, 3 do
    names[#names + 1] = string.sub(packed, i, i + 2)
  end
  return names
end
local actors = actors_of(packed_actors)

local function find(kind, h, field)
  for _, g in ipairs(readable) do
    local name = key(g, kind, 1, h)
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

local function u32(n)
  return string.char(math.floor(n / 16777216) % 256, math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
end

local function seconds(s)
  local a, b, c, d = string.byte(s, 1, 4)
  return ((a * 256 + b) * 256 + c) * 256 + d
end

local head, matched = find('story', story.hash, story.field), 'story'
if not head and place then
  matched = 'place'
  for i = 17, #ARGV, 2 do
    local refs = find('place', tonumber(ARGV[i]), ARGV[i + 1])
    local lowest = nil
    for candidate in string.gmatch(refs or '', '[^,]+') do
      local found = find('head', tonumber(candidate), candidate)
      if found and overlap(actors_of(string.sub(found, 17))) and (not lowest or tonumber(candidate) < tonumber(lowest)) then
        lowest = candidate
      end
    end
    if lowest then
      head = lowest
      break
    end
  end
end

local raw, raw_sources, sources_key = nil, nil, nil
if head then
  raw = find('head', tonumber(head), head)
  raw_sources, sources_key = find('sources', tonumber(head), head)
end
if not raw or not raw_sources then
  open(KINDS)
  local sources = {{article, publisher, syndicated}}
  local started = math.floor(now)
  put('head', 1, tonumber(ref), ref, event_id .. u32(started) .. packed_actors)
  put('sources', 1, tonumber(ref), ref, cjson.encode(sources))
  put('story', 1, story.hash, story.field, ref)
  if place then
    local refs = find('place', place.hash, place.field)
    put('place', 1, place.hash, place.field, refs and (refs .. ',' .. ref) or ref)
  end
  counted()
  return {'new', hex('e_', event_id), 1, cjson.encode(sources), '', started}
end

local head_event = string.sub(raw, 1, 12)
local started = seconds(string.sub(raw, 13, 16))
local sources = cjson.decode(raw_sources)
if head_event == event_id then
  return {'new', hex('e_', event_id), 1, cjson.encode({sources[1]}), '', started}
end
if not find('story', story.hash, story.field) then
  open(KINDS)
  put('story', 1, story.hash, story.field, head)
  counted()
end
for i, source in ipairs(sources) do
  if source[1] == article then
    return {'merged', hex('e_', head_event), i, cjson.encode({unpack(sources, 1, i)}), matched, started}
  end
end
if #sources >= max_sources then
  return {'merged', hex('e_', head_event), 0, '[]', matched, started}
end
sources[#sources + 1] = {article, publisher, syndicated}
redis.call('HSET', sources_key, head, cjson.encode(sources))
return {'merged', hex('e_', head_event), #sources, cjson.encode(sources), matched, started}
