"""The literal openings every match of a case-blind pattern starts with, spelled as the cue stem index sees text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

try:  # CPython's own regex parser (3.11+); without it every pattern keeps its plain word-start stems
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python implementations
    _parser = None

__all__ = ["SEPARATORS", "literal_prefixes"]

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# Everything that is not a letter separates words (as ``[^\W\d_]+`` does): the stem index reads these as spaces.
SEPARATORS = "0123456789_\t\n\r\x0b\x0c!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~\u00a0\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb"
_SPACES = frozenset(SEPARATORS + " ")
_CAP = 2048  # openings followed further than this many stop where they are (shorter, still true)
_ZERO_WIDTH = (c.ASSERT, c.ASSERT_NOT, c.AT) if _parser is not None else ()

_State = tuple[str, bool]
"""An opening so far, and whether the pattern's next item can still extend it."""


@lru_cache(maxsize=8192)
def literal_prefixes(pattern: str, limit: int) -> frozenset[str]:
    """Lower-case openings (letters, and a space for any separator), at most ``limit`` long, one of which every match of
    ``pattern`` (compiled case-blind) begins with; ``""`` among them when some match may begin with anything.

    An ``i`` or ``s`` also stands for the "ı", "İ" or "ſ" a case-blind pattern takes for it (lower-casing keeps those).
    """
    if _parser is None:
        return frozenset({""})
    try:
        return frozenset(text for text, _ in _sequence(list(_parser.parse(pattern, re.IGNORECASE)), limit))
    except (AttributeError, TypeError, ValueError, re.error):  # a parser whose shape changed: fall back to the stems
        return frozenset({""})


def _sequence(items: list[tuple[Any, Any]], limit: int) -> set[_State]:
    states: set[_State] = {("", True)}
    for op, av in items:
        if not any(open_ for _, open_ in states):
            break
        options = _options(op, av, limit)
        if options is None:
            return {(text, False) for text, _ in states}
        grown: set[_State] = set()
        for text, open_ in states:
            if not open_:
                grown.add((text, False))
                continue
            for more, still in options:
                longer = text + more
                grown.add((longer[:limit], False) if len(longer) >= limit else (longer, still))
        if len(grown) > _CAP:
            return {(text, False) for text, _ in states}
        states = grown
    return states


def _options(op: Any, av: Any, limit: int) -> set[_State] | None:
    """What one parsed item can consume first; ``None`` when that is not a short list of literal spellings."""
    if op in _ZERO_WIDTH:
        return {("", True)}
    if op is c.LITERAL:
        char = _char(av)
        return None if char is None else {(char, True)}
    if op is c.IN:
        chars = {_char(v) if o is c.LITERAL else None for o, v in av}
        return None if None in chars else {(char, True) for char in chars if char is not None}
    if op is c.BRANCH:
        out: set[_State] = set()
        for branch in av[1]:
            out |= _sequence(list(branch), limit)
        return out
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _sequence(list(body), limit)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, body = av
        once = _sequence(list(body), limit)
        if low == high == 1:
            return once
        if low == 0 and high == 1:
            return once | {("", True)}
        closed = {(text, False) for text, _ in once}
        return closed | {("", True)} if low == 0 else closed
    return None


def _char(code: int) -> str | None:
    char = chr(code).lower()
    if char in _LETTERS:
        return char
    return " " if char in _SPACES else None
