"""Compiled cue patterns with a word-stem gate (one Aho-Corasick pass per text), so patterns are only tried where they can match."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import ahocorasick

from worker.pipeline.alternation import branches, factored
from worker.taxonomy.prefixes import SEPARATORS, literal_prefixes

STEM_MAX = 6
_OPENING_MAX = 12
_WORD_START = re.compile(r"\b\w")
_LEADING_LETTERS = re.compile(r"[a-z]+")


class CueError(ValueError):
    """A cue pattern is not a valid regular expression."""


@dataclass(frozen=True, slots=True)
class CuePattern:
    """A case-insensitive alternation of cues; ``stems`` are word starts one of which a text must contain."""

    regex: re.Pattern[str]
    stems: frozenset[str] | None
    """``None`` when some cue has no literal start: the pattern is always scanned."""
    by_stem: dict[str, re.Pattern[str]] | None = None
    """For each stem, the alternation of only the cues that can start with it (tried at that stem's positions); an indexed
    pattern keys it by the stem's `scanner_name` instead."""

    def matches(self, text: str, index: TextIndex) -> list[re.Match[str]]:
        """All matches in ``text``, tried only where one of the pattern's stems starts a word."""
        if self.stems is None:  # tried at every word start, so matches may overlap as they do through the stem gate
            match = self.regex.match
            return [m for w in _WORD_START.finditer(text) if (m := match(text, w.start())) is not None]
        if id(self) not in index.live:
            return []
        assert self.by_stem is not None  # gated patterns always have their per-stem alternations
        return _longest_per_position(text, index.by_stem(self), self.by_stem)

    def search_within(self, text: str, index: TextIndex, start: int, end: int) -> re.Match[str] | None:
        """First match lying inside ``text[start:end]`` (one sentence of an indexed text), the longest of those starting there."""
        if self.stems is None:
            return self.regex.search(text, start, end)
        if id(self) not in index.live:
            return None
        assert self.by_stem is not None
        first: re.Match[str] | None = None
        for stem, positions in index.by_stem(self):
            lo, hi = bisect_left(positions, start), bisect_left(positions, end)
            if lo == hi:
                continue
            match = self.by_stem[stem].match
            for position in positions[lo:hi]:
                if first is not None and position > first.start():
                    break
                if (found := match(text, position, end)) is not None:
                    if first is None or position < first.start() or found.end() > first.end():
                        first = found
                    break
        return first

    def occurs_within(self, text: str, index: TextIndex, spans: list[tuple[int, int]]) -> bool:
        """Whether some match lies inside one of ``spans`` (sentences of an indexed text): `search_within` of each in one pass."""
        if self.stems is None:
            return any(self.regex.search(text, start, end) is not None for start, end in spans)
        if id(self) not in index.live:
            return False
        assert self.by_stem is not None
        for stem, positions in index.by_stem(self):
            match = self.by_stem[stem].match
            for start, end in spans:
                for position in positions[bisect_left(positions, start):bisect_left(positions, end)]:
                    if match(text, position, end) is not None:
                        return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        """First match anywhere in ``text``."""
        return self.regex.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        """Match at the start of ``text``."""
        return self.regex.match(text)


def _longest_per_position(text: str, found: list[tuple[str, list[int]]], by_stem: dict[str, re.Pattern[str]]) -> list[re.Match[str]]:
    if len(found) == 1:
        stem, positions = found[0]
        match = by_stem[stem].match
        return [m for p in positions if (m := match(text, p)) is not None]
    best: dict[int, re.Match[str]] = {}
    for stem, positions in found:
        match = by_stem[stem].match
        for p in positions:
            m = match(text, p)
            if m is not None and (p not in best or m.end() > best[p].end()):
                best[p] = m
    return [best[p] for p in sorted(best)]


@dataclass(frozen=True, slots=True)
class GatedPattern:
    """A regular expression that can only match where a word starts with one of ``stems`` (lower case)."""

    regex: re.Pattern[str]
    stems: frozenset[str]

    def matches(self, text: str, index: TextIndex, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        """Non-overlapping matches inside ``text[start:end]``, tried only at the stem positions."""
        end = len(text) if end is None else end
        if id(self) not in index.live:
            return []
        found: list[re.Match[str]] = []
        reached = start
        match = self.regex.match
        for position in index.positions(self.stems):
            if position < reached or position >= end:
                continue
            m = match(text, position, end)
            if m is not None:
                found.append(m)
                reached = m.end()
        return found


def gated(regex: re.Pattern[str], stems: tuple[str, ...]) -> GatedPattern:
    """``regex`` gated on the lower-case ``stems`` every match must start with (a stem may span words: ``"air force"``;
    punctuation and digits count as spaces, so ``"un "`` is the word "UN")."""
    pattern = GatedPattern(regex, frozenset(stems))
    _SCANNER.register(pattern.stems, pattern, None)
    return pattern


def compile_cues(patterns: tuple[str, ...] | list[str], where: str = "cues", indexed: bool = True) -> CuePattern | None:
    """One alternation of the cue patterns, each anchored on word boundaries, plus its stem gate.

    ``indexed=False``: the pattern is only searched in short windows, so its stems need not be found in every text.
    """
    if not patterns:
        return None
    stems: set[str] | None = set()
    grouped: dict[str, list[str]] = {}
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise CueError(f"{where}: bad pattern {pattern!r}: {exc}") from None
        found = _stems(pattern)
        if found is None or stems is None:
            stems = None
        else:
            stems.update(found)
            for stem in found:
                grouped.setdefault(stem, []).append(pattern)
    names = {stem: stem for stem in grouped}
    openings: dict[str, frozenset[str]] = {}
    if stems and indexed:
        for stem in stems:
            openings[stem] = frozenset[str]().union(*(literal_prefixes(p, _OPENING_MAX) for p in grouped[stem]))
            names[stem] = scanner_name(stem, openings[stem])
    by_stem = {names[stem]: _alternation(group) for stem, group in grouped.items()} if stems is not None else None
    cue = CuePattern(regex=_alternation(patterns), stems=frozenset(stems) if stems is not None else None, by_stem=by_stem)
    for stem, opening in openings.items():
        _SCANNER.register(frozenset({names[stem]}), cue, opening, stem)
    return cue


def scanner_name(stem: str, openings: frozenset[str]) -> str:
    """The name the scanner records ``stem`` under for patterns whose matches there open with one of ``openings``: each
    set of automaton keys its own, so a pattern is only tried where its own openings occur, not where another pattern's do."""
    keys = _keys(stem, [openings])
    return stem if keys == {stem} else "\0".join((stem, *sorted(keys)))


def _alternation(patterns: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return re.compile(factored(rf"(?<!\w)(?:{body})(?!\w)"), re.IGNORECASE)


class _StemScanner:
    """One Aho-Corasick automaton over every registered stem, each keyed as ``" " + stem`` so it only hits word starts.

    Where every pattern using a stem opens with longer literal text ("the latest", "the recent"), those openings are the
    keys instead: the stem is recorded only where one of them occurs, as no pattern can match elsewhere.
    """

    def __init__(self) -> None:
        self._users: dict[str, tuple[int, ...]] = {}
        self._openings: dict[str, list[frozenset[str] | None]] = {}
        self._stems: dict[str, str] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self.unordered: frozenset[str] = frozenset()
        """Stems keyed by openings of different lengths, whose offsets the automaton reports out of order."""

    def register(self, stems: frozenset[str], pattern: object, openings: frozenset[str] | None, stem_of: str | None = None) -> None:
        """Record that ``pattern`` is tried where one of ``stems`` starts a word; every match tried there begins with one
        of ``openings`` (`literal_prefixes`; ``None``: not known). ``stem_of``: the stem a `scanner_name` stands for."""
        for stem in stems:
            if stem_of is not None:
                self._stems[stem] = stem_of
            self._users[stem] = (*self._users.get(stem, ()), id(pattern))
            known = self._openings.setdefault(stem, [])
            if openings not in known:  # a taxonomy loaded again adds no key
                known.append(openings)
                self._automaton = None

    def users(self, stem: str) -> tuple[int, ...]:
        """Ids of the patterns that use ``stem``."""
        return self._users.get(stem, ())

    def automaton(self) -> ahocorasick.Automaton:
        automaton = self._automaton
        if automaton is None:
            stems_by_key: dict[str, list[str]] = {}
            unordered = set()
            for stem, openings in self._openings.items():
                keys = _keys(self._stems.get(stem, stem), openings)
                if len({len(key) for key in keys}) > 1:
                    unordered.add(stem)
                for key in keys:
                    stems_by_key.setdefault(key, []).append(stem)
            automaton = ahocorasick.Automaton()
            for key, stems in stems_by_key.items():
                automaton.add_word(" " + key, (len(key), tuple(stems)))
            automaton.make_automaton()
            self.unordered = frozenset(unordered)
            self._automaton = automaton
        return automaton


def _keys(stem: str, openings: list[frozenset[str] | None]) -> set[str]:
    """The automaton keys recording ``stem``: the openings of its users' patterns that extend it (none shadowing another,
    so one word start is recorded once), or the stem itself when some match may begin with no more than it."""
    keys: set[str] = set()
    size = len(stem)
    for found in openings:
        if found is None:
            return {stem}
        for opening in found:
            if not opening.startswith(stem):
                if stem.startswith(opening):
                    return {stem}
                continue  # the stem's words cannot open such a match
            keys.update(_spellings(stem, opening[size:]))
    kept: set[str] = set()
    last = None
    for key in sorted(keys):  # a key's extensions sort right after it
        if last is None or not key.startswith(last):
            kept.add(key)
            last = key
    return kept or {stem}


_OTHER_CASES = {"i": ("i", "ı", "İ"), "s": ("s", "ſ")}
_SPELLINGS_MAX = 64


def _spellings(stem: str, more: str) -> list[str]:
    """``stem + more`` as the index may spell it: "i" and "s" in ``more`` also as the "ı", "İ" or "ſ" case-blind
    patterns take for them (``more`` cut short where the spellings would grow too many)."""
    out = [stem]
    for char in more:
        cases = _OTHER_CASES.get(char, (char,))
        if len(out) * len(cases) > _SPELLINGS_MAX:
            break
        out = [text + case for text in out for case in cases]
    return out


_SCANNER = _StemScanner()
# The mapping keeps offsets unchanged.
_SEPARATORS = str.maketrans({c: " " for c in SEPARATORS})
_ASCII_SEPARATORS = bytes.maketrans(bytes(range(128)), bytes(ord(_SEPARATORS.get(c, chr(c))) for c in range(128)))


class TextIndex:
    """Where registered cue stems start a word in one text (one C-speed automaton pass)."""

    __slots__ = ("_hits", "live", "text")

    def __init__(self, text: str) -> None:
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lower-case to two; keep offsets exact
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        if lowered.isascii():
            words = lowered.encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii")
        else:
            words = lowered.translate(_SEPARATORS)
        hits: dict[str, list[int]] = {}
        found = hits.get
        for end, (size, stems) in _SCANNER.automaton().iter(" " + words):
            for stem in stems:
                positions = found(stem)
                if positions is None:
                    hits[stem] = [end - size]
                else:
                    positions.append(end - size)
        for stem in _SCANNER.unordered.intersection(hits):
            hits[stem].sort()
        self.text = text
        self._hits = hits
        live: dict[int, list[str]] = {}
        users = _SCANNER.users
        for stem in hits:
            for user in users(stem):
                if user in live:
                    live[user].append(stem)
                else:
                    live[user] = [stem]
        self.live = live
        """Ids of the patterns one of whose stems occurs in the text, each with those stems."""

    def by_stem(self, pattern: CuePattern) -> list[tuple[str, list[int]]]:
        """Each stem of ``pattern`` present in the text with the offsets of the words it starts."""
        hits = self._hits
        return [(stem, hits[stem]) for stem in self.live.get(id(pattern), ())]

    def positions_of(self, pattern: GatedPattern) -> list[int]:
        """`positions` of ``pattern``'s stems, read from the stems the text was found to hold."""
        stems = pattern.stems
        present = [stem for stem in self.live.get(id(pattern), ()) if stem in stems]
        if not present:
            return []
        hits = self._hits
        if len(present) == 1:
            return hits[present[0]]
        return sorted(set().union(*map(hits.__getitem__, present)))

    def positions(self, stems: frozenset[str]) -> list[int]:
        """Sorted start offsets of words beginning with any of ``stems``."""
        hits = self._hits
        present = hits.keys() & stems
        if not present:
            return []
        if len(present) == 1:
            return hits[next(iter(present))]
        return sorted(set().union(*map(hits.__getitem__, present)))


def text_stems(text: str) -> TextIndex:
    """An index of word starts in ``text`` for :meth:`CuePattern.finditer`."""
    return TextIndex(text)


def _stems(pattern: str) -> set[str] | None:
    """Literal word starts one of which any match of ``pattern`` must begin with."""
    stems: set[str] = set()
    for alt in branches(pattern):  # the pattern compiled, so its parentheses balance
        found = _alt_stems(alt)
        if found is None:
            return None
        stems.update(found)
    return stems


def _alt_stems(alt: str) -> set[str] | None:
    if alt.startswith("(?:"):
        depth, end = 0, None
        for i, char in enumerate(alt):
            if char == "(" and (i == 0 or alt[i - 1] != "\\"):
                depth += 1
            elif char == ")" and alt[i - 1] != "\\":
                depth -= 1
                if depth == 0:
                    end = i
                    break
        if end is None:
            return None
        if end + 1 < len(alt) and alt[end + 1] in "?*{":
            if alt[end + 1] != "?" or alt[end + 2:end + 3] in ("?", "+"):
                return None
            inner, rest = _stems(alt[3:end]), _alt_stems(alt[end + 2:])  # an optional lead: either it or what follows
            return inner | rest if inner is not None and rest is not None else None
        inner = _stems(alt[3:end])
        if inner is None:
            return None
        letters = _LEADING_LETTERS.match(alt[end + 1:].lower())
        if letters and all(len(s) < STEM_MAX and not s.endswith(" ") for s in inner):
            inner = {(s + letters.group())[:STEM_MAX] for s in inner}
        return inner
    match = _LEADING_LETTERS.match(alt.lower())
    if not match:
        return None
    stem = match.group()
    after = alt[match.end():match.end() + 1]
    if after in ("?", "*", "{"):
        stem = stem[:-1]
    elif after in (" ", "-") and alt[match.end() + 1:match.end() + 2] not in ("?", "*", "{") and len(stem) < STEM_MAX:
        stem += " "  # a whole short word ("the ", "re-"): far fewer places to try than every word it begins
    if not stem:
        return None
    return {stem[:STEM_MAX]}
