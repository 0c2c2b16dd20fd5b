"""One article in, its events out: segment → classify → extract, deterministic and explainable."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from schemas import Actor, Article, Casualties, Event, Evidence, Location, Occurred, Source
from worker import PIPELINE_VERSION
from worker.ids import event_id
from worker.pipeline.casualties import find_casualties
from worker.pipeline.classify import Classification, SentenceScore, claimed_act, classify_mention, score_sentences
from worker.pipeline.extract import (ArticleContext, Extraction, actors_in_country, article_context, article_location, as_location, earlier_date,
                                      extract_mention)
from worker.pipeline.headline_case import as_sentence_case
from worker.pipeline.language import detect_language, is_supported
from worker.pipeline.minhash import words
from worker.pipeline.participants import UNNAMED_GROUP
from worker.pipeline.places import PlaceMatch
from worker.pipeline.segment import (ARMED, CROWDS, DAY_FROM, TOLD_THAT_DAY, Mention, Sentence, crowds_elsewhere, group_mentions, mark_recalled,
                                     moves_place, opens_another_day, opens_elsewhere, opens_with, split_sentences, takes_turn, tells_wide_area,
                                     town_elsewhere)
from worker.taxonomy import Taxonomy, type_key_for

if TYPE_CHECKING:
    from worker.pipeline.learned import LinearModel

WEAK_THRESHOLD = 1.0
STALE_AFTER = timedelta(days=365)
"""A mention dated longer than this before publication is history the article recalls ("died in detention in 2019"), not news."""
# A year naming the subject of the sentence: "An earthquake in 2010 killed …", "The 1994 genocide …", "the 1953 North Sea flood".
_YEAR_TOLD = re.compile(r"\b(?:in|of) ((?:1[5-9]|20)\d\d),? (?=(?:killed|left|claimed|destroyed|devastated|displaced|wounded|injured|flattened|razed)\b)"
                        r"|(?:^|\b[Tt]he )((?:1[5-9]|20)\d\d) (?=[a-z]|(?:[A-Z][\w-]+ ){1,2}[a-z])|\b[Oo]n this day in ((?:1[5-9]|20)\d\d)\b")
_STOPPED_ACT = "explosions_remote_violence"  # what a headline tells of an interception the text reports
_VIOLENT_TYPES = ARMED | {"riots"}


@dataclass(frozen=True, slots=True)
class Analysis:
    """What analysis made of an article: its language, the outcome and the events."""

    language: str
    outcome: Literal["events", "no_event", "unsupported_language"]
    events: list[Event]


def analysis(article: Article, taxonomy: Taxonomy, model: LinearModel | None = None) -> Analysis:
    """Detect the language, then analyze English text; other languages get the ``unsupported_language`` outcome."""
    language = _language(article)
    if not is_supported(language):
        return Analysis(language, "unsupported_language", [])
    events = analyze(article, taxonomy, language=language, model=model)
    return Analysis(language, "events" if events else "no_event", events)


def _language(article: Article) -> str:
    """The article's language from its text, or from its title with it when the text is too short to tell."""
    language = detect_language(article.text, article.language)
    if language == "und" and article.title and article.title not in article.text:  # not a title derived from the text
        language = detect_language(f"{article.title}\n{article.text}")
    return language


def analyze(article: Article, taxonomy: Taxonomy, language: str | None = None, model: LinearModel | None = None) -> list[Event]:
    """The events ``article`` reports, in reading order (those of a title the text does not repeat first); out-of-scope
    mentions and non-English text yield none.

    With a learned ``model`` (`eventwire train`), each mention's rule classification is blended with it.
    """
    text = as_sentence_case(article.text)  # a headline in Title Case or ALL CAPS is read as a sentence
    if language is None:
        language = _language(article)
        if not is_supported(language):
            return []
    if _not_news(article, taxonomy):
        return []
    title_at = len(text) + 1  # a title the text does not repeat is read after it, so that text offsets stay as they are
    if title := unread_title(article):
        text = f"{text}\n{as_sentence_case(title, article.text)}"
    sentences = split_sentences(text)
    scores = score_sentences(text, sentences, taxonomy)
    if (parted := _two_events_parted(text, scores, taxonomy)) is not None:
        sentences = parted
        scores = score_sentences(text, sentences, taxonomy)
    mark_recalled(scores, article.published_at.date() if article.published_at else None, taxonomy.segment)
    mentions = _distinct(_with_claimed_acts(group_mentions(scores, taxonomy, title_at if title else None) or _weak_mention(scores, taxonomy), scores, taxonomy))
    if title:
        coded = {id(m): classify_mention(m, scores, taxonomy).type_key for m in mentions}
        mentions = _title_first(mentions, title_at, taxonomy, coded, scores)
    if not mentions:
        return []
    spans = sorted({(s.start, s.end) for m in mentions for s in m.sentences} | {(sentences[0].start, sentences[0].end)})
    context = article_context(text, article.published_at, spans=spans, index=scores[0].index)
    events: list[Event] = []
    seen: set[tuple[str, int, int]] = set()
    last_head: Sentence | None = None
    joined: tuple[Mention, Classification] | None = None  # the mention of the last event and its label
    for at, mention in enumerate(mentions):
        label = classify_mention(mention, scores, taxonomy)
        if model is not None:  # a lone mention is read with its whole article, as the model was trained
            label = model.refine(label, text if len(mentions) == 1 else " ".join(s.text for s in mention.sentences), taxonomy)
        if label.family == "out_of_scope":
            continue
        head = mention.head
        key = (label.type_key, head.start, head.end)
        if key in seen:
            continue
        seen.add(key)
        found = extract_mention(mention, context, future_ok=label.modality == "planned", family=label.family, type_key=label.type_key)
        remembers = not taxonomy.types[label.type_key].own_casualties  # "commemorate the victims of the 1915 killings": today's ceremony
        if label.modality != "planned" and _stale(found, article, head, remembers):  # "plans a monument to the 2015 victims": a new plan
            continue
        if not taxonomy.types[label.type_key].own_casualties:
            found.casualties = None  # "marked ten years since the attacks that killed 130": the toll of the event remembered
        elif head is last_head and taxonomy.types[label.type_key].standalone:
            found.casualties = None  # the act told in the claim's sentence carries them; counting them twice would double a toll
        last_head = head
        scene = restated = False
        if events and joined is not None:
            scene = (_same_scene(found, label, joined[1], events[-1], head.text, taxonomy) or _riot_toll(mention, label, joined[1], context, taxonomy)
                     or _crowd_in_same_town(mention, label, joined[1], found, events[-1], context, taxonomy, joined[0].head.text))
            restated = not scene and _restates(found, label, joined[1], events[-1], head.text)
        if scene or restated:
            # "In Santa Etelvina neighbourhood, a child was killed …": another scene of the same kind in no other place
            # named (or the same one) is more of the event before, as ACLED codes one event per place and day.
            earlier, earlier_label = joined
            before = events.pop()
            # other victims: the tolls their heads tell add up (unless a total told with them is larger)
            tolls = [c for c in (find_casualties(earlier.head.text), find_casualties(head.text)) if c is not None]
            mention = Mention(earlier.head, earlier.type_key, [*earlier.follows, *mention.sentences])
            found = extract_mention(mention, context, future_ok=earlier_label.modality == "planned", family=earlier_label.family,
                                    type_key=earlier_label.type_key)
            found.occurred = found.occurred or before.occurred
            if found.location is None and before.location is not None:
                found.location = before.location
                found.actors = actors_in_country(found.actors, before.location.country)
            told = found.casualties
            if len(tolls) == 2 and told is not None and not restated:
                found.casualties = Casualties(killed=_most(told.killed, _sum(t.killed for t in tolls)),
                                              injured=_most(told.injured, _sum(t.injured for t in tolls)),
                                              at_least=told.at_least, text=told.text)
            label, head = earlier_label, earlier.head
            joined = (mention, label)
            events.append(_event(article, taxonomy, label, found, before.evidence.sentence, before.evidence.start, before.evidence.end,
                                 language, before.evidence.in_title))
            continue
        previous, joined = joined, (mention, label)
        if at + 1 < len(mentions) and _over_the_next(text, head, mentions[at + 1].head) and not _names_town(context, head):
            # "Police detained three men on Friday over a bombing that killed seven in Quetta": held where the bombing was
            found.location = extract_mention(mentions[at + 1], context).location or found.location
        wide = tells_wide_area(head.text, scores[head.index].best_path if head.index < len(scores) else None, taxonomy.segment)
        if wide and found.location is not None and found.location.country and not _names_town(context, head):
            # "Air defences downed 25 of 30 drones across the country": somewhere in the country, not the dateline's town
            found.location = Location(name=found.location.country, country=found.location.country,
                                      country_code=found.location.country_code, precision=3)
        if (found.occurred is None or DAY_FROM.fullmatch(found.occurred.text or "")) and events and (offset := _day_told_from(head.text)) is not None \
                and (day := events[-1].occurred) is not None and day.date is not None and day.precision == 1:
            # "The next day, the militia attacked …": a day told from the event before
            told = day.date + timedelta(days=offset[0])
            if article.published_at is not None and told > article.published_at.date() and _WEEKDAY_TOLD.fullmatch(day.text or ""):
                told -= timedelta(days=7)  # "attacked on Monday … the following day", told on a Monday: last week's
                _to_last_week(events, day.date)
            found.occurred = Occurred(date=told, precision=1, text=offset[1])
        if found.occurred is None and not events:
            # A lead's "On 9 May, ..." dates the first event; a later event naming no date stays undated
            # rather than borrowing another event's day.
            found.occurred = earlier_date(context, head.start, spans)
        elif found.occurred is None and (head.clause or _same_day(head.text, taxonomy) or moves_place(head.text, taxonomy.segment) or takes_turn(head.text, taxonomy.segment)
                                         or _ALSO.search(head.text) is not None or TOLD_THAT_DAY.search(head.text) is not None
                                         or mention.tallied or wide or (label.type_key in CROWDS and crowds_elsewhere(head.text, taxonomy.segment))):
            found.occurred = events[-1].occurred  # "Later that day, ...": the day of the event before
        elif found.occurred is None and previous is not None and _roundup_day(label, previous[1], events[-1], head.text, article, taxonomy):
            found.occurred = events[-1].occurred  # "Russian shelling killed two in Kherson on Sunday. A drone attack on Nikopol wounded a woman."
        if head.clause and events and found.location is not None and not wide and not _names_town(context, head) \
                and context.dateline is not None and found.location.name == context.dateline.place.name:
            found.location = events[-1].location  # "… in Quetta on Thursday; police detained three men on Friday": not the dateline's town
        elif events and not wide and found.location is not None and context.dateline is not None \
                and found.location.name in (context.dateline.place.name, context.dateline.place.country) \
                and label.family == "acled" and type_key_for(events[-1].event_type) in ARMED and not _names_town(context, head) \
                and not _opens_another_story(head.text, taxonomy):
            found.location = events[-1].location  # "The army said it pursued the attackers …": where the attack was, not the dateline's town
        placed_late = found.location is None
        if found.location is None and events and not _opens_another_story(head.text, taxonomy):
            found.location = events[-1].location  # a mention naming no place happened where the last one did
        elif found.location is None:
            found.location = article_location(context, [(s.start, s.end) for m in mentions if m is not mention
                                                        and _another_scene(m, taxonomy) for s in m.sentences])
            if events and found.location is not None:  # another story ("Separately, ..."): only its country is known
                found.location = Location(name=found.location.country or found.location.name, country=found.location.country,
                                          country_code=found.location.country_code, precision=3)
        if found.location is not None and placed_late:  # "Troops clashed with militias. The fighting was in Tripoli's suburbs."
            found.actors = actors_in_country(found.actors, found.location.country)
        in_title = head.start >= title_at
        shift = title_at if in_title else 0
        before = events[-1].location if events and type_key_for(events[-1].event_type) in CROWDS else None
        towns = _towns_listed(context, head, taxonomy, before) if label.type_key in CROWDS and not in_title else []
        if len(towns) > 1:  # "Smaller protests took place in Batumi and Kutaisi": one event per town, as ACLED codes them
            for i, town in enumerate(towns):
                # a toll told for all the towns at once is counted once, with the first
                one = replace(found, location=as_location(context, town), casualties=found.casualties if i == 0 else None)
                events.append(_event(article, taxonomy, label, one, head.text, head.start, head.end, language, False,
                                     key=(town.start, town.end)))
            continue
        events.append(_event(article, taxonomy, label, found, head.text, head.start - shift, head.end - shift, language, in_title))
        if label.type_key == "attribution" and label.modality == "claimed" and len(events) > 1:
            _name_claimant(events[-2], context, head)
    _weekdays_in_story_order(events, taxonomy)
    return events


_WEEKDAY_TOLD = re.compile(r"(?:(?:late|early|overnight)(?: on)?|on|overnight (?:into|to))?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?")
STORY_ORDER_GAP = 5
"""How many days before the event told above it a later weekday must fall to be read as the days after it instead."""


def _weekdays_in_story_order(events: list[Event], taxonomy: Taxonomy) -> None:
    """Weekdays told one after another as a story goes on are in that order: in a report published on a Monday, "Rebels
    attacked on Monday. On Tuesday, they seized the town" tells last week's Monday, not today, before the Tuesday."""
    for i in range(len(events) - 1, 0, -1):
        later, earlier = events[i].occurred, events[i - 1].occurred
        if later is None or earlier is None or later.date is None or earlier.date is None or later.precision != 1 \
                or earlier.precision != 1 or "planned" in (events[i].modality, events[i - 1].modality) \
                or not opens_another_day(events[i].evidence.sentence, taxonomy.segment):
            continue
        if not (_WEEKDAY_TOLD.fullmatch(later.text or "") and _WEEKDAY_TOLD.fullmatch(earlier.text or "")):
            continue
        if (earlier.date - later.date).days >= STORY_ORDER_GAP:
            _to_last_week(events[:i], earlier.date)


def _to_last_week(events: list[Event], day: date) -> None:
    """Moves the events told on ``day`` by its weekday to the week before."""
    for event in events:
        if event.occurred is not None and event.occurred.date == day and event.modality != "planned" \
                and _WEEKDAY_TOLD.fullmatch(event.occurred.text or ""):
            event.occurred = Occurred(date=day - timedelta(days=7), precision=1, text=event.occurred.text)


# The act a claim sentence tells: the claimant is named before it ("Al-Shabaab claimed responsibility for the attack").
_CLAIM_VERB = re.compile(r"(?:claim(?:ed|s)|took|takes|said)")


def _name_claimant(event: Event, context: ArticleContext, head: Sentence) -> None:
    """The named group claiming the act told just before is its actor, for the unidentified armed group the act's own
    sentences named ("A suicide car bomber struck a checkpoint … Al-Shabaab claimed responsibility for the attack")."""
    verb = _CLAIM_VERB.search(context.text, head.start, head.end)
    claimants = [a for a in context.starting_in(context.actors, [(head.start, verb.start() if verb else head.end)])
                 if a.kind == "armed_group" and not a.name.startswith(UNNAMED_GROUP) and not a.backer]
    if not claimants:
        return
    named = claimants[0].name
    if any(a.name == named for a in event.actors):
        return
    unnamed = [a for a in event.actors if a.kind == "armed_group" and a.name.startswith(UNNAMED_GROUP)]
    if unnamed:
        event.actors = [Actor(name=named, kind=a.kind, role=a.role) if a is unnamed[0] else a for a in event.actors
                        if a is unnamed[0] or not a.name.startswith(UNNAMED_GROUP)]


# "Turkey-backed factions also clashed near Manbij": another act told as happening too, on the day of the one before.
_ALSO = re.compile(r"^(?:[\w’'-]+ ){1,4}(?:also|meanwhile) (?=[a-z]+ed\b)")

# How many days "a day later", "two days earlier" count.
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}


def _day_told_from(sentence: str) -> tuple[int, str] | None:
    """How many days after (or before, negative) the event before a sentence tells its own, and the words telling it."""
    m = DAY_FROM.search(sentence)
    if m is None:
        return None
    days = _DAY_COUNTS[m["count"].lower()] if m["count"] else 1
    return (days if m["after"] or m["after2"] or m["after3"] else -days), m.group()


ROUNDUP_WINDOW = timedelta(days=2)
"""How recent the day of the event before must be for a like event told after it with no day of its own to share it."""
_LOOKS_BACK = re.compile(r"\W*(?:earlier|previously|last|in (?:the )?(?:past|previous)|before that|prior to)\b", re.IGNORECASE)


def _roundup_day(label: Classification, before_label: Classification, before: Event, head: str, article: Article,
                 taxonomy: Taxonomy) -> bool:
    """Whether an event naming no day of its own happened on the day of the event before: a report of the last day or two
    telling like events one by one (the same type, or demonstrations and riots, the day before told to the
    day and recent), in a sentence not looking back nor opening another story ("Separately, …")."""
    occurred = before.occurred
    if occurred is None or occurred.date is None or occurred.precision != 1 or article.published_at is None:
        return False
    stopped = label.modality == "intercepted" and before_label.type_key == _STOPPED_ACT  # the strike's drones shot down elsewhere
    alike = label.type_key == before_label.type_key \
        or ({label.type_key, before_label.type_key} <= CROWDS and not opens_with(taxonomy.segment, "topic_shift", head))
    if not (stopped or (alike and label.modality == "occurred")) or _LOOKS_BACK.match(head):
        return False
    return timedelta(0) <= article.published_at.date() - occurred.date <= ROUNDUP_WINDOW


def _not_news(article: Article, taxonomy: Taxonomy) -> bool:
    """A feed entry whose headline marks it as no report of an event (a live blog, an explainer, an analysis, a gallery, a
    question), or whose text opens with the label of comment ("OPINION: …")."""
    return (bool(article.title) and opens_with(taxonomy.segment, "not_news_titles", article.title)) \
        or opens_with(taxonomy.segment, "not_news_openings", article.text)


def _sum(values: Iterable[int | None]) -> int | None:
    told = [v for v in values if v is not None]
    return sum(told) if told else None


def _most(one: int | None, other: int | None) -> int | None:
    return other if one is None else one if other is None else max(one, other)


def _another_scene(mention: Mention, taxonomy: Taxonomy) -> bool:
    """Whether a mention tells an event of its own somewhere else: another story or place ("Separately, …", "In Kherson Oblast,
    …"), the other side acting in its turn ("Hezbollah later fired …"), a clause of its own, one of a roundup's events."""
    head = mention.head
    return head.clause or mention.tallied or _opens_another_story(head.text, taxonomy) or takes_turn(head.text, taxonomy.segment)


def _same_scene(found: Extraction, label: Classification, before_label: Classification, before: Event, head: str,
                taxonomy: Taxonomy) -> bool:
    """Whether a mention opening by moving place ("In Santa Etelvina neighbourhood, …") tells the same kind of event as the one
    before on no other day and in no other place it names."""
    if not moves_place(head, taxonomy.segment) or label.sub_event_type != before_label.sub_event_type or label.type_key != before_label.type_key:
        return False
    if found.occurred is not None and before.occurred is not None and found.occurred.date != before.occurred.date:
        return False
    here, there = found.location, before.location
    return here is None or (there is not None and (here.name == there.name or (  # the same place, or one holding the other
        here.country_code == there.country_code and here.admin1 is not None and here.admin1 == there.admin1
        and max(here.precision or 1, there.precision or 1) > 1)))


# Words telling a mention is another event than the one before.
_ANOTHER = re.compile(r"\b(?:another|separate(?:ly)?|also|second|third|elsewhere|meanwhile|earlier|later|previous(?:ly)?|more)\b", re.IGNORECASE)


def _restates(found: Extraction, label: Classification, before_label: Classification, before: Event, head: str) -> bool:
    """Whether a mention retells the event before, toll and all ("Israeli strikes on Gaza kill at least 25 … Air strikes hit homes
    in Gaza City overnight, killing at least 25"), as a summary and its details do: one event."""
    if label.type_key != before_label.type_key or label.sub_event_type != before_label.sub_event_type or _ANOTHER.search(head):
        return False
    mine, theirs = found.casualties, before.casualties
    if mine is None or theirs is None or not mine.killed or mine.killed != theirs.killed:
        return False
    if found.occurred is not None and before.occurred is not None and found.occurred.date != before.occurred.date:
        return False
    here, there = found.location, before.location
    return here is None or there is None or here.name == there.name or (  # the same place, or one holding the other
        here.country_code == there.country_code and here.admin1 == there.admin1 and max(here.precision or 1, there.precision or 1) > 1)


# Those shot in a riot: rioters, protesters, demonstrators ("police shot dead one rioter"), by the forces facing them.
_CROWD_SHOT = re.compile(r"\b(?:rioters?|protesters?|demonstrators?|marchers?|protest(?:ing|s)?|demonstrations?|riots?|unrest)\b", re.IGNORECASE)
_FORCES = re.compile(r"\b(?:police(?:men)?|(?:police |security )?officers?|security forces|troops|soldiers|gendarmes?|forces)\b", re.IGNORECASE)


def _towns_listed(context: ArticleContext, head: Sentence, taxonomy: Taxonomy, before: Location | None = None) -> list[PlaceMatch]:
    """The towns a sentence names one after another as where demonstrations took place ("in Novi Sad, Nis and Kragujevac"),
    each once; none unless it names such a list (regions too, not countries) as its first place: "workers in Rajkot demanded
    transport to their homes in Bihar and Odisha" took place in Rajkot. Neighbourhoods of one town (those within
    ``SAME_TOWN_KM`` of another listed, or of the demonstration ``before``) are that town; a town abroad is a namesake."""
    pattern = taxonomy.segment.get("town_list")
    listed = pattern.search(head.text) if pattern is not None else None
    if listed is None:
        return []
    start, end = head.start + listed.start(), head.start + listed.end()
    own = [p for p in context.starting_in(context.places, [(head.start, end)]) if p.place.kind != "country" and p is not context.dateline
           and p.start >= context.dateline_end]
    if any(p.start < start for p in own):
        return []
    home = context.countries[0] if context.countries else None
    towns: list[PlaceMatch] = []
    for p in own:
        if any(_near(t.place.lat, t.place.lon, p.place.lat, p.place.lon) for t in towns) \
                or (before is not None and _near(before.lat, before.lon, p.place.lat, p.place.lon)):
            return []  # "more prominent in Nunez, Belgrano and Palermo": the neighbourhoods of one town
        if p.place.country_code == home and all(t.place.name != p.place.name for t in towns) \
                and not (before is not None and before.name == p.place.name):
            towns.append(p)
    return towns


SAME_TOWN_KM = 15.0
"""Places named in a list this close to one another are neighbourhoods of one town, one event."""


def _near(lat: float | None, lon: float | None, lat2: float | None, lon2: float | None) -> bool:
    if lat is None or lon is None or lat2 is None or lon2 is None:
        return False
    dy, dx = (lat - lat2) * 111.0, (lon - lon2) * 111.0 * math.cos(math.radians(lat))
    return dx * dx + dy * dy < SAME_TOWN_KM * SAME_TOWN_KM


def _crowd_in_same_town(mention: Mention, label: Classification, before_label: Classification, found: Extraction, before: Event,
                        context: ArticleContext, taxonomy: Taxonomy, before_head: str = "") -> bool:
    """Whether a sentence telling demonstrators elsewhere ("Demonstrators also gathered in Freedom Square and Heroes Square",
    "Police detained dozens in Liberty Chowk") names no town but the one of the demonstration before: more of it, not another."""
    if label.type_key not in CROWDS or before_label.type_key not in CROWDS:
        return False
    if moves_place(mention.head.text, taxonomy.segment) and found.location is not None and before.location is not None \
            and found.location.admin1 != before.location.admin1:
        return False  # "In the southern region of Arequipa, however, miners …" after a march in Lima: another scene
    if not crowds_elsewhere(mention.head.text, taxonomy.segment):
        town = town_elsewhere(mention.head.text, before_head)
        if town is None or (found.occurred is not None and before.occurred is not None and found.occurred.date != before.occurred.date):
            return False
        if found.location is None or not any(told.startswith(town) for told in (found.location.name, found.location.text or "")):
            return True  # "Protesters also gathered in Souq el Khan": a spot no gazetteer knows, taken for the same town
    if not _names_town(context, mention.head):
        return True
    return found.location is not None and before.location is not None and (found.location.name == before.location.name or _near(
        found.location.lat, found.location.lon, before.location.lat, before.location.lon)) and len(_towns_listed(context, mention.head, taxonomy, before.location)) < 2


_OVER = re.compile(r"\s*(?:over|in connection with|after|following)\s*")


def _over_the_next(text: str, head: Sentence, after: Sentence) -> bool:
    """Whether the sentence is a clause parted from one telling the act it is over ("arrested on Friday | over a bombing that …")."""
    return after.clause and after.start > head.end and _OVER.fullmatch(text, head.end, after.start) is not None


def _names_town(context: ArticleContext, head: Sentence) -> bool:
    """Whether the sentence names a place of its own below the country, the dateline aside."""
    return any(p is not context.dateline and p.start >= context.dateline_end and p.place.kind != "country"
               for p in context.starting_in(context.places, [(head.start, head.end)]))


def _riot_toll(mention: Mention, label: Classification, before_label: Classification, context: ArticleContext,
               taxonomy: Taxonomy) -> bool:
    """Whether a mention right after a riot tells the forces facing it killing or wounding rioters ("…; police shot dead one
    rioter and wounded three others", "Security forces killed one demonstrator"): the riot's toll, told where the riot was, not
    an event of its own. One opening elsewhere or on another day, or naming a place of its own, is another scene."""
    if before_label.type_key != "riots" or label.type_key == "riots":
        return False
    if label.sub_event_type != taxonomy.subtype("protests.excessive_force_against_protesters").name and not (
            label.type_key == "violence_against_civilians" and _CROWD_SHOT.search(mention.head.text) and _FORCES.search(mention.head.text)):
        return False
    head, seg = mention.head.text, taxonomy.segment
    if opens_elsewhere(head, seg) or opens_another_day(head, seg) or takes_turn(head, seg):
        return False
    return not _names_town(context, mention.head)


_CLAUSE = re.compile(r", (?:and|while|as|before|after which) (?=(?:the |in )?[A-Z][\w-]+ )|; (?=\S)"
                     r"|, and (?=(?P<another>another|a second|a third|a further) )"
                     # "Shelling killed three in Kherson, while a missile strike on Kharkiv wounded 12": a scene of its own
                     r"|, (?:while|whereas) (?=(?P<scene>an?|another) (?:[\w-]+ ){0,3}(?:on|in|at|near) (?P<place>(?-i:[A-Z])[\w’'-]+))"
                     # "Police detained three men on Friday over a bomb explosion that killed seven on Thursday": the act the
                     # arrests are over, told with its own toll, is an event of its own with its own day
                     r"| (?:over|in connection with|after|following) (?=(?:an?|the) (?:[\w-]+ ){0,3}(?:explosions?|blasts?|bombings?|attacks?|shootings?|"
                     r"raids?|massacres?|ambush(?:es)?|killings?) (?:that|which|in which) )")


def _two_events_parted(text: str, scores: list[SentenceScore], taxonomy: Taxonomy) -> list[Sentence] | None:
    """Sentences again, with one telling two events in clauses of their own parted: "Hezbollah fired rockets at northern
    Israel on Sunday, and Israeli jets struck several villages in southern Lebanon, killing two people" is two events, each
    with its own side, place and toll. Clauses part only where a new subject opens (a name, with its capital) and each
    clause alone tells an event of another kind (or says it is "another" one). None when no sentence does."""
    threshold = taxonomy.start_threshold
    out: list[Sentence] = []
    parted = False
    for score in scores:
        sentence = score.sentence
        cuts = [m for m in _CLAUSE.finditer(sentence.text)] if score.best_score >= threshold else []
        pieces = [sentence]
        for cut in cuts:
            last = pieces[-1]
            at = sentence.start + cut.start() - last.start
            first = Sentence(0, last.start, last.start + at, last.text[:at])
            rest = Sentence(0, sentence.start + cut.end(), last.end, text[sentence.start + cut.end():last.end], clause=True)
            one, two = score_sentences(text, [first, rest], taxonomy)
            if one.best_type is not None and not cut["another"] and not cut["scene"] and _aftermath(one, two, taxonomy):
                continue  # "Rioters torched cars in Nanterre; police arrested 150 people nationwide": more of the riot
            if one.best_score >= threshold and two.best_score >= threshold \
                    and (one.best_path != two.best_path or cut["another"] or (cut["scene"] and cut["place"] not in first.text and _own_toll(rest.text))) \
                    and not one.background and not two.background:
                pieces[-1:] = [first, rest]
        parted = parted or len(pieces) > 1
        out.extend(pieces)
    if not parted:
        return None
    return [Sentence(i, s.start, s.end, s.text, s.clause) for i, s in enumerate(out)]


def _aftermath(one: SentenceScore, two: SentenceScore, taxonomy: Taxonomy) -> bool:
    """Whether a clause tells what the segment rules count as more of the event the clause before tells (arrests, looting, a
    riot's toll) and names no town of its own."""
    allowed = taxonomy.segment["continues"].get("*", frozenset()) | taxonomy.segment["continues"].get(one.best_type or "", frozenset())
    day = _DAY_TOLD.search(two.sentence.text)
    return (two.best_path in allowed or two.best_type in allowed) and two.best_path != one.best_path \
        and not _TOWN_AFTER.search(two.sentence.text) \
        and (day is None or day.group().lower() in one.sentence.text.lower())  # "…; police detained three men on Friday": its own day


_TOWN_AFTER = re.compile(r"\b(?:in|at|near|outside) (?!the\b)[A-Z]")
_DAY_TOLD = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b", re.IGNORECASE)


def _own_toll(clause: str) -> bool:
    toll = find_casualties(clause)
    return toll is not None and bool(toll.killed or toll.injured)


def _stale(found: Extraction, article: Article, head: Sentence, remembers: bool = False) -> bool:
    """Dated long before publication in passing; a sentence opening with its day ("On 1 May 2018, …") tells it as the news, one
    opening with a month long gone ("In December 1970, …") recalls history.
    A year alone in an event that remembers or repairs another ("the victims of the 1973 coup") names that other event."""
    occurred = found.occurred
    if article.published_at is None:
        return False
    if occurred is None or occurred.date is None:  # "An earthquake in 2010 killed 200,000", "the 1994 genocide": a year alone
        if remembers:
            return False
        years = [int(y) for m in _YEAR_TOLD.finditer(head.text) for y in m.groups() if y]
        return bool(years) and max(years) < article.published_at.year - 1
    if not occurred.text:
        return False
    opens = occurred.precision == 1 and head.text.lstrip().removeprefix("On ").startswith(occurred.text.removeprefix("on ").removeprefix("On "))
    return not opens and article.published_at.date() - occurred.date > STALE_AFTER


def unread_title(article: Article) -> str:
    """The article's title when its text does not open by repeating it (a derived title, a summary restating the headline)."""
    title = article.title.rstrip().rstrip("…").rstrip()  # offsets index the title: its start stays as it is
    if not title.strip():
        return ""
    folded = " ".join(words(title))
    return "" if not folded or folded in " ".join(words(article.text[: len(title) * 2 + 300])) else title


def _title_first(mentions: list[Mention], title_at: int, taxonomy: Taxonomy, coded: dict[int, str],
                 scores: list[SentenceScore]) -> list[Mention]:
    """Mentions opened by the title first. A title telling what the text tells too (the same type as the coding rules code
    them, or an ACLED type of the same group: "Gunmen kill 12" over a text coding it a battle; a strike over a text telling
    how it was intercepted: "Drone attack on air base" over "air defences destroyed 14 drones") is no event of its own: it
    tells more of the text's first such event ("Gangs attack Pont-Sonde, killing 70" over "Gang members opened fire on residents")."""
    kind = {id(m): coded.get(id(m), m.type_key) for m in mentions}
    body = [(Mention(m.head, m.type_key, [s for s in m.follows if s.start < title_at]), kind[id(m)]) for m in mentions if m.head.start < title_at]
    titled = []
    for m in mentions:
        in_title = m.sentences if m.head.start >= title_at else [s for s in m.follows if s.start >= title_at]
        told = next((b for b, k in body if _same_kind(k, kind[id(m)], taxonomy)
                     or (kind[id(m)] == _STOPPED_ACT and _stopped(scores[b.head.index].best_path, taxonomy))), None) if in_title else None
        if told is not None:
            told.follows.extend(in_title)
        elif m.head.start >= title_at:
            titled.append(m)
    return titled + [b for b, _ in body]


def _same_kind(one: str, other: str, taxonomy: Taxonomy) -> bool:
    group = taxonomy.types[one].group
    return one == other or (group is not None and group in (other, taxonomy.types[other].group))


def _stopped(path: str | None, taxonomy: Taxonomy) -> bool:
    """Whether a sentence's best sub-type tells a strike that was stopped (one whose modality is "intercepted")."""
    return path is not None and "." in path and taxonomy.subtype(path).default_modality == "intercepted"


def _same_day(sentence: str, taxonomy: Taxonomy) -> bool:
    return opens_with(taxonomy.segment, "same_day", sentence)


def _opens_another_story(sentence: str, taxonomy: Taxonomy) -> bool:
    return opens_elsewhere(sentence, taxonomy.segment)


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """Mentions whose head repeats an earlier head word for word (a re-run paragraph) tell the same event once."""
    seen: set[tuple[str, str]] = set()
    out: list[Mention] = []
    for mention in mentions:
        if (mention.type_key, mention.head.text) not in seen:
            seen.add((mention.type_key, mention.head.text))
            out.append(mention)
    return out


def _with_claimed_acts(mentions: list[Mention], scores: list[SentenceScore], taxonomy: Taxonomy) -> list[Mention]:
    """A claim (a sub-type that ``names_act``) told with an act no earlier mention told is two events: the act first
    (taking the follow-ups), then the claim. A denial ("denied involvement in the explosion") stays one event.
    """
    denied = taxonomy.modality.get("denied")
    out: list[Mention] = []
    for mention in mentions:
        path = scores[mention.head.index].best_path or ""
        if "." in path and taxonomy.subtype(path).names_act and not (denied is not None and denied.search(mention.head.text)):
            act = claimed_act(scores[mention.head.index], taxonomy)
            if act is not None and not any(m.type_key == act for m in out):
                out.append(Mention(head=mention.head, type_key=act, follows=mention.follows))
                mention = Mention(head=mention.head, type_key=mention.type_key)
        out.append(mention)
    return out


def _weak_mention(scores: list[SentenceScore], taxonomy: Taxonomy) -> list[Mention]:
    """No sentence reached the start threshold: the single best political-violence cue still makes one mention."""
    candidates = [s for s in scores if s.best_type and taxonomy.types[s.best_type].family == "acled" and s.best_score >= WEAK_THRESHOLD
                  and not s.running_tally]  # "The war in Sudan has killed more than 14,000 people": no event, even alone
    told = [s for s in candidates if not s.background]  # not history recalled after it ("In June, the group killed 40 …")
    best = max(told or candidates, key=lambda s: s.best_score, default=None)
    if best is None or best.best_type is None:
        return []
    return [Mention(head=best.sentence, type_key=best.best_type,
                    follows=[s.sentence for s in scores if s.sentence.index > best.sentence.index and not (told and s.background)])]


def _event(article: Article, taxonomy: Taxonomy, label: Classification, found: Extraction, sentence: str, start: int, end: int,
           language: str, in_title: bool = False, key: tuple[int, int] | None = None) -> Event:
    """The event; ``key`` (the span of its town, for one of several a sentence names) keys it instead of the sentence."""
    at, to = key or (start, end)
    told = (article.title if in_title else article.text)[start:end]
    if told != sentence and told.lower() == sentence.lower():
        sentence = told  # the headline's own case, not the sentence case it was read in
    return Event(
        event_id=event_id(article_id=article.article_id, event_type=label.type_key, start=at, end=to),
        article_id=article.article_id,
        event_type=label.event_type,
        sub_event_type=label.sub_event_type,
        family=label.family,  # type: ignore[arg-type]
        modality=label.modality,  # type: ignore[arg-type]
        confidence=label.confidence,
        severity=severity(label, found.casualties, found.damage),
        evidence=Evidence(sentence=sentence, start=start, end=end, cues=list(label.cues), in_title=in_title),
        location=found.location,
        occurred=found.occurred,
        actors=found.actors,
        people=found.people,
        quantities=found.quantities,
        casualties=found.casualties,
        damage=found.damage,
        source=Source(
            feed=article.feed, url=article.url, publisher=article.publisher,
            published_at=article.published_at, channel=found.channel,
        ),
        taxonomy_version=taxonomy.version,
        pipeline_version=PIPELINE_VERSION,
        replay=article.replay,
        title=title(label, found.location),
        language=language if language != "und" else None,
    )


def severity(label: Classification, casualties: Casualties | None, damage: list[str]) -> int:
    """0 (none) to 5 (mass casualties): casualties first, then violence and damage."""
    killed = casualties.killed or 0 if casualties else 0
    injured = casualties.injured or 0 if casualties else 0
    if killed >= 100:
        return 5
    if killed >= 10:
        return 4
    if killed > 0 or injured >= 10:
        return 3
    if injured > 0 or (label.type_key in _VIOLENT_TYPES and label.modality == "occurred"):
        return 2
    if label.family == "acled" or damage or label.type_key in ("natural_disaster", "man_made_disaster"):
        return 1
    return 0


def title(label: Classification, location: Location | None) -> str:
    """A short summary line: ``Air/drone strike — Kursk, Russia`` (prefixed by the modality if not occurred)."""
    kind = label.sub_event_type or label.event_type
    if label.modality != "occurred":
        kind = f"{label.modality.capitalize()}: {kind[0].lower() + kind[1:]}"
    if location is None:
        return kind
    where = location.name if not location.country or location.country == location.name else f"{location.name}, {location.country}"
    return f"{kind} — {where}"
