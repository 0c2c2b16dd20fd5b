"""Compare first-level region names written by different sources ("Idleb"/"Idlib", "Nord-Ouest"/"North-West", "Donetsk oblast"/"Donets'ka")."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from functools import lru_cache

from worker.pipeline.gazetteer import admin1_key, default_gazetteer, oblast_name
from worker.pipeline.places import fold

__all__ = ["loosely_alike", "region_skeleton", "same_region", "spelling_skeleton"]

_COMPASS = {
    "north": "N", "northern": "N", "nord": "N", "norte": "N", "shamal": "N", "shamali": "N",
    "south": "S", "southern": "S", "sud": "S", "sur": "S", "janub": "S", "janubi": "S",
    "east": "E", "eastern": "E", "est": "E", "este": "E", "sharq": "E", "sharqi": "E", "sharqiyah": "E",
    "west": "W", "western": "W", "ouest": "W", "oeste": "W", "gharb": "W", "gharbi": "W", "gharbiyah": "W",
    "central": "C", "centre": "C", "center": "C", "centro": "C", "wusta": "C",
    "utara": "N", "selatan": "S", "timur": "E", "barat": "W", "tengah": "C", "tenggara": "S E", "southeast": "S E",
}
LIKENESS = 0.75
_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("zh", "z"), ("ts", "s"), ("ch", "c"), ("q", "k"), ("ph", "f"), ("v", "w"))
_LINKS = frozenset("al el ad ar as ash an at az de del la le of the and".split())
# A city-status region is not the province around it ("Kyiv City" vs "Kyiv Oblast").
_CITY_STATUS = re.compile(r"\b(?:city|capital|misto|municipality)\b", re.IGNORECASE)
_PROVINCE = re.compile(r"\b(?:oblast|province|region|governorate|state|county|department|prefecture|krai|kray)\b", re.IGNORECASE)


@lru_cache(maxsize=16384)
def region_skeleton(name: str) -> str:
    """A spelling-tolerant key: compass words unified, transliteration digraphs folded, vowels dropped, word order ignored."""
    words = []
    for word in admin1_key(name).replace("-", " ").split():
        if word in _LINKS:
            continue
        if word in _COMPASS:
            words.extend(_COMPASS[word].split())
            continue
        words.append(spelling_skeleton(word))
    return " ".join(sorted(w for w in words if w))


def spelling_skeleton(word: str) -> str:
    """A folded word with transliteration digraphs unified, vowels and a final -h dropped, letters undoubled ("Lysichansk" = "Lysychansk")."""
    word = re.sub(r"(?<=[aeiou])h$", "", word)
    for a, b in _DIGRAPHS:
        word = word.replace(a, b)
    word = re.sub(r"[aeiouyw'`’ʼ‘]", "", word) or word
    return re.sub(r"(.)\1+", r"\1", word)


@lru_cache(maxsize=16384)
def loosely_alike(written: str, name: str) -> bool:
    """Whether a region name matched by skeleton is spelled like it once compass words are set aside ("Banadir"/"Banaadir", not "Sakania"/"Skane")."""
    rest = [" ".join(w for w in admin1_key(n).replace("-", " ").split() if w not in _COMPASS and w not in _LINKS) for n in (written, name)]
    if not rest[0] and not rest[1]:
        return True
    return difflib.SequenceMatcher(None, rest[0], rest[1]).ratio() >= LIKENESS


@lru_cache(maxsize=4096)
def _ambiguous(country_code: str) -> frozenset[str]:
    """Skeletons that two different regions of one country share: those must match exactly."""
    seen: dict[str, str] = {}
    clash: set[str] = set()
    for (code, _), name in default_gazetteer().data.admin1.items():
        if code == country_code:
            key = region_skeleton(name)
            if key in seen and seen[key] != admin1_key(name):
                clash.add(key)
            seen[key] = admin1_key(name)
    return frozenset(clash)


@lru_cache(maxsize=4096)
def _without_country(name: str, country_code: str) -> str:
    """A region's key without its one-word country's name ("North Lebanon" → "north"), when something else is left."""
    country = default_gazetteer().countries.get(country_code)
    word = admin1_key(country.name) if country else ""
    key = admin1_key(name)
    if not word or " " in word:  # "South Africa", "North Korea": their compass word names regions too
        return key
    return " ".join(w for w in key.split() if w != word) or key


@lru_cache(maxsize=256)
def _table_names(country_code: str) -> tuple[str, ...]:
    """The names events give a country's regions."""
    return tuple(oblast_name(code, name) for (code, _), name in default_gazetteer().data.admin1.items() if code == country_code)


@lru_cache(maxsize=256)
def _other_names(country_code: str) -> dict[str, tuple[str, ...]]:
    """Each region's other names (Wikidata, ISO: "South" for South Lebanon, "Metropolitana"), by the name events give it."""
    data = default_gazetteer().data
    counts = Counter(fold(n) for n in _table_names(country_code))
    names: dict[str, tuple[str, ...]] = {}
    for code, admin1_code, level, spellings in data.admin_names:
        own = data.admin1.get((code, admin1_code))
        key = fold(oblast_name(code, own)) if own else ""
        # Two regions under one name: whose other names are whose is unknown.
        if code == country_code and level == 1 and key and counts[key] == 1:
            names[key] = tuple(spellings)
    return names


def _alike(a: str, b: str, country_code: str) -> bool:
    """Two spellings of one name: the same key, the same skeleton where no two regions share it, or alike but for the country's name."""
    if admin1_key(a) == admin1_key(b) or _without_country(a, country_code) == _without_country(b, country_code):
        return True
    key = region_skeleton(a)
    return key == region_skeleton(b) and key not in _ambiguous(country_code)


def _known_as(written: str, name: str, country_code: str) -> bool:
    """Whether ``written`` is another name of region ``name`` and of no other region of the country."""
    others = _other_names(country_code)
    if not any(_alike(written, other, country_code) for other in others.get(fold(name), ())):
        return False
    return not any(_alike(written, own, country_code) for own in _table_names(country_code) if fold(own) != fold(name))


def same_region(a: str, b: str, country_code: str | None) -> bool:
    """Whether two names denote the same first-level region; spelling tolerance and other names only within one known country."""
    if (_CITY_STATUS.search(a) and _PROVINCE.search(b)) or (_CITY_STATUS.search(b) and _PROVINCE.search(a)):
        return False
    if admin1_key(a) == admin1_key(b):
        return True
    if not country_code:
        return False
    return _alike(a, b, country_code) or _known_as(a, b, country_code) or _known_as(b, a, country_code)
