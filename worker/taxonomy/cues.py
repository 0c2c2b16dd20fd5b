"""Compiled cue patterns with a cheap word-stem gate, so a text is only scanned by patterns that can match."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

STEM_MAX = 6
_WORD = re.compile(r"[^\W\d_]+")
_LEADING_LETTERS = re.compile(r"[a-z]+")


class CueError(ValueError):
    """A cue pattern is not a valid regular expression."""


@dataclass(frozen=True, slots=True)
class CuePattern:
    """A case-insensitive alternation of cues; ``stems`` are word starts one of which a text must contain."""

    regex: re.Pattern[str]
    stems: frozenset[str] | None
    """``None`` when some cue has no literal start: the pattern is always scanned."""

    def finditer(self, text: str, index: TextIndex | None = None) -> Iterator[re.Match[str]]:
        """Matches in ``text``; with an ``index`` of that text, only tried where a stem starts a word."""
        if index is None or self.stems is None:
            yield from self.regex.finditer(text)
            return
        match = self.regex.match
        for position in index.positions(self.stems):
            found = match(text, position)
            if found is not None:
                yield found

    def search(self, text: str) -> re.Match[str] | None:
        """First match anywhere in ``text``."""
        return self.regex.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        """Match at the start of ``text``."""
        return self.regex.match(text)


def compile_cues(patterns: tuple[str, ...] | list[str], where: str = "cues") -> CuePattern | None:
    """One alternation of the cue patterns, each anchored on word boundaries, plus its stem gate."""
    if not patterns:
        return None
    stems: set[str] | None = set()
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
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
    return CuePattern(regex=regex, stems=frozenset(stems) if stems is not None else None)


class TextIndex:
    """Where the words of one text start, keyed by their first one to three letters (lower case)."""

    __slots__ = ("_table",)

    def __init__(self, text: str) -> None:
        table: dict[str, list[tuple[int, str]]] = {}
        for m in _WORD.finditer(text):
            word = m.group().lower()
            entry = (m.start(), word)
            for size in range(1, min(len(word), 3) + 1):
                table.setdefault(word[:size], []).append(entry)
        self._table = table

    def positions(self, stems: frozenset[str]) -> list[int]:
        """Sorted start offsets of words beginning with any of ``stems``."""
        found: set[int] = set()
        table = self._table
        for stem in stems:
            for start, word in table.get(stem[:3], ()):
                if word.startswith(stem):
                    found.add(start)
        return sorted(found)


def text_stems(text: str) -> TextIndex:
    """An index of word starts in ``text`` for :meth:`CuePattern.finditer`."""
    return TextIndex(text)


def _split_top(pattern: str) -> list[str] | None:
    """Top-level alternatives of a pattern; ``None`` if it cannot be split safely."""
    parts, depth, current, escaped, in_class = [], 0, [], False, False
    for char in pattern:
        if escaped:
            current.append(char)
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts if depth == 0 else None


def _stems(pattern: str) -> set[str] | None:
    """Literal word starts one of which any match of ``pattern`` must begin with."""
    alternatives = _split_top(pattern)
    if alternatives is None:
        return None
    stems: set[str] = set()
    for alt in alternatives:
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
        if end is None or (end + 1 < len(alt) and alt[end + 1] in "?*{"):
            return None
        inner = _stems(alt[3:end])
        if inner is None:
            return None
        rest = _LEADING_LETTERS.match(alt[end + 1:].lower())
        if rest and all(len(s) < STEM_MAX and not s.endswith(" ") for s in inner):
            inner = {(s + rest.group())[:STEM_MAX] for s in inner}
        return inner
    match = _LEADING_LETTERS.match(alt.lower())
    if not match:
        return None
    stem = match.group()
    after = alt[match.end():match.end() + 1]
    if after in ("?", "*", "{"):
        stem = stem[:-1]
    if not stem:
        return None
    return {stem[:STEM_MAX]}
