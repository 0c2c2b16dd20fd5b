"""Headline case undone: a line in Title Case or ALL CAPS is read as a sentence, its everyday words in lower case."""

from __future__ import annotations

import re

from worker.pipeline.gazetteer import default_gazetteer
from worker.pipeline.language import english_words
from worker.pipeline.participants import find_actors
from worker.pipeline.places import bare_name, fold

_WORD = re.compile(r"[^\W\d_][\w'’.-]*(?<!['’])")
_PROSE = re.compile(r"\b[a-z]{6,}")  # a long lower-case word: a line no headline case writes
_NAME_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")  # a capitalised word inside a sentence
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# Words a Title Case headline leaves in lower case (short prepositions, conjunctions and articles).
_MINOR_WORDS = frozenset("a an the and or but nor for so yet as at by in of off on per to up via vs with from into over after amid "
                        "near than onto upon out down about".split())
_MIN_TITLED = 2  # everyday words written capitalised that make a line Title Case or ALL CAPS
_MIN_CAPITALS = 10
_BIG_TOWN = 100_000
# A capitalised name after a place's possessive ("Pakistan's Swat").
_OWNED = re.compile(r"\b([A-Z][\w-]+)['’]s ([A-Z][\w-]+)")
_PLACE_WORDS_MAX = 4  # the most capitalised words a place name is looked for across ("Papua New Guinea")
_ACRONYM_MAX = 5  # an ALL CAPS word this short that is no English word stays upper case ("RSF", "ISWAP")
_PARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "az", "abu", "bin", "ibn", "de", "del", "la", "le", "da", "do", "dos"})
_NAMED_KINDS = frozenset({"armed_group", "ngo", "party"})


def as_sentence_case(text: str, prose: str = "") -> str:
    """``text`` with each Title Case or ALL CAPS line's everyday words in lower case and its names capitalised; offsets
    are kept ("Russian Missile Strike On Dnipro Kills Nine" → "Russian missile strike on Dnipro kills nine"). A word the
    prose (the rest of ``text``, and ``prose``) writes only as a name stays one ("Trump")."""
    lines = text.splitlines(keepends=True)
    cased = [not _PROSE.search(line) and _headline_cased(line) for line in lines]
    if not any(cased):
        return text
    names = _prose_names("".join(line for line, titled in zip(lines, cased) if not titled) + "\n" + prose)
    return "".join(_sentence_cased(line, names) if titled else line for line, titled in zip(lines, cased))


def _prose_names(prose: str) -> frozenset[str]:
    """The words prose capitalises inside its sentences and never writes in lower case ("Trump", "Awami", "League")."""
    lower = set(_LOWER_WORD.findall(prose))
    return frozenset(word for word in _NAME_INSIDE.findall(prose) if word.lower() not in lower)


def _headline_cased(line: str) -> bool:
    """Whether a line is written in ALL CAPS or in Title Case (no lower-case word but minor ones), with at least two
    everyday words capitalised."""
    words = _WORD.findall(line)
    if len(words) < 3:
        return False
    shouting = not any(c.islower() for c in line)
    if shouting and sum(c.isupper() for c in line) < _MIN_CAPITALS:
        return False  # (a script without case, "الكل في المجموعة", is not shouting)
    if not shouting and any(w[0].islower() and fold(w) not in _MINOR_WORDS for w in words):
        return False
    known = english_words()
    return sum((shouting or not w.isupper()) and (bare_name(w).lower() in known or w.lower() in _MINOR_WORDS) for w in words[1:]) >= _MIN_TITLED


def _sentence_cased(line: str, names: frozenset[str]) -> str:
    if not any(c.islower() for c in line):  # "ISLAMIC STATE CLAIMS …": Title Case first, acronyms kept ("RSF")
        titled = _WORD.sub(lambda m: _capitalised(m.group()), line)
        line = _WORD.sub(lambda m: _unshouted(m.group(), names), line)
        for start, end in _named(titled):  # "BOKO HARAM": no acronyms
            line = line[:start] + titled[start:end] + line[end:]
    kept = _named(line) + _places_of_words(line) + _owned_places(line)
    first = _WORD.search(line)
    return _WORD.sub(lambda m: m.group() if any(s <= m.start() < e for s, e in kept) or bare_name(m.group()) in names
                     else _everyday(m.group(), first is not None and m.start() == first.start()), line)


def _places_of_words(line: str) -> list[tuple[int, int]]:
    """Where a line names a place in several capitalised words that one by one are everyday words ("Papua New Guinea")."""
    words = [m for m in _WORD.finditer(line) if m.group()[:1].isupper()]
    found: list[tuple[int, int]] = []
    for i, first in enumerate(words):
        for last in reversed(words[i + 1:i + _PLACE_WORDS_MAX]):
            name = line[first.start():last.end()]
            if " " in name and not any(s <= first.start() < e for s, e in found) and _names_place(bare_name(name)):
                found.append((first.start(), last.end()))
                break
    return found


def _owned_places(line: str) -> list[tuple[int, int]]:
    """Where a line names a district or town of a place it names first ("Pakistan's Swat", "Nigeria's Plateau")."""
    gazetteer = default_gazetteer()
    return [m.span(2) for m in _OWNED.finditer(line)
            if _names_place(m.group(1)) and (gazetteer.districts(m.group(2)) or gazetteer.cities(m.group(2)) or gazetteer.regions(m.group(2)))]


def _named(line: str) -> list[tuple[int, int]]:
    """Where a line names a group or agency by its proper name ("Islamic State", "Red Cross")."""
    return [(a.start, a.end) for a in find_actors(line) if a.kind in _NAMED_KINDS and fold(line[a.start:a.end]) in fold(a.name)]


def _unshouted(word: str, names: frozenset[str]) -> str:
    """An ALL CAPS word in Title Case; a short one that is no English word, place or name of the story stays as an acronym."""
    key = bare_name(word).lower()
    if len(key) <= _ACRONYM_MAX and key.title() not in names and key not in english_words() and key not in _MINOR_WORDS and key not in _PARTICLES \
            and not _names_place(key.title()):
        return word
    return _capitalised(word)


def _capitalised(word: str) -> str:
    return "-".join(part[:1] + _lower(part[1:]) for part in word.split("-"))


def _lower(word: str) -> str:
    """Lower case that keeps the length ("İ" lower-cases to two characters, so it stays)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def _everyday(word: str, first: bool) -> str:
    """A word of a Title Case line: an everyday word goes to lower case (the first keeps its capital), a name stays."""
    bare = bare_name(word)
    if len(bare) > 1 and bare.isupper():
        return word  # "VAR", "UN": an acronym
    key = bare.lower()
    if key in _MINOR_WORDS or (key in english_words() and not _names_place(bare)) or (
            "-" in key and all(part in english_words() for part in key.split("-"))):  # "Two-Day"
        return word[:1] + _lower(word[1:]) if first else _lower(word)
    return word


def _names_place(word: str) -> bool:
    """Whether a word names a country, a people, a first-level region or a big town ("Chad", "Turkish", "Plateau", "Nice")."""
    gazetteer = default_gazetteer()
    return (gazetteer.country(word) is not None or fold(word) in gazetteer.demonyms or bool(gazetteer.regions(word))
            or any(p.population >= _BIG_TOWN for p in gazetteer.cities(word)))
