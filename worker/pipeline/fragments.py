"""Which groups of fixed fragments a stretch of text holds, found in one Aho-Corasick pass, so stages skip patterns that cannot match."""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

__all__ = ["FragmentGates", "lowered"]

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def lowered(text: str) -> str:
    """``text.lower()`` with offsets kept (the few characters that lower-case to two stay as they are)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower


class FragmentGates:
    """Named groups of fragments; :meth:`scan` tells, as a bit mask, which groups occur in ``text[start:end]``.

    A group holds plain lower-case fragments (``fragment in text[start:end].lower()``), whole words (the fragment
    delimited by non-letters, as ``re.split("[^a-z]+", ...)`` would cut it) or case-sensitive fragments.
    """

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        self._entries: dict[str, tuple[int, int, int, list[tuple[int, str]]]] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self._sized: ahocorasick.Automaton | None = None

    def add(self, name: str, fragments: Iterable[str], *, words: bool = False, cased: bool = False) -> int:
        """Register group ``name`` and return its bit."""
        bit = self._bits.setdefault(name, 1 << len(self._bits))
        for fragment in fragments:
            key = fragment.lower()
            size, plain, whole, checks = self._entries.get(key, (len(key), 0, 0, []))
            if cased:
                checks = [*checks, (bit, fragment)]
            elif words:
                whole |= bit
            else:
                plain |= bit
            self._entries[key] = (size, plain, whole, checks)
        self._automaton = self._sized = None
        return bit

    def bit(self, name: str) -> int:
        """The bit of group ``name``."""
        return self._bits[name]

    def _compiled(self) -> ahocorasick.Automaton:
        automaton = self._automaton
        if automaton is None:
            automaton = ahocorasick.Automaton()
            for key, (size, plain, whole, checks) in self._entries.items():
                automaton.add_word(key, plain if not whole and not checks else (size, plain, whole, checks))
            automaton.make_automaton()
            self._automaton = automaton
        return automaton

    def _compiled_sized(self) -> ahocorasick.Automaton:
        automaton = self._sized
        if automaton is None:
            automaton = ahocorasick.Automaton()
            for key, entry in self._entries.items():
                automaton.add_word(key, entry)
            automaton.make_automaton()
            self._sized = automaton
        return automaton

    def scan_spans(self, text: str, lower: str, spans: list[tuple[int, int]]) -> list[int]:
        """`scan` of each of ``spans``, in one pass over the text they cover when they are in order and do not overlap."""
        if not spans:
            return []
        if any(spans[i][1] > spans[i + 1][0] or spans[i][0] > spans[i][1] for i in range(len(spans) - 1)):
            return [self.scan(text, lower, s, e) for s, e in spans]
        masks = [0] * len(spans)
        i, count = 0, len(spans)
        start, end = spans[0]
        for last, (size, plain, whole, checks) in self._compiled_sized().iter(lower, start, spans[-1][1]):
            while last >= end:  # hits come in order of their last character
                i += 1
                if i == count:
                    return masks
                start, end = spans[i]
            first = last - size + 1
            if first < start:
                continue
            mask = masks[i] | plain
            if whole and mask & whole != whole:
                if (first == start or lower[first - 1] not in _LETTERS) and (last + 1 == end or lower[last + 1] not in _LETTERS):
                    mask |= whole
            for bit, fragment in checks:
                if text.startswith(fragment, first):
                    mask |= bit
            masks[i] = mask
        return masks

    def scan(self, text: str, lower: str, start: int, end: int) -> int:
        """The bits of the groups occurring in ``text[start:end]``; ``lower`` is :func:`lowered` of ``text``."""
        mask = 0
        for last, entry in self._compiled().iter(lower, start, end):
            if entry.__class__ is int:  # a plain fragment: no check to make
                mask |= entry
                continue
            size, plain, whole, checks = entry
            mask |= plain
            if whole and mask & whole != whole:
                first = last - size + 1
                if (first == start or lower[first - 1] not in _LETTERS) and (last + 1 == end or lower[last + 1] not in _LETTERS):
                    mask |= whole
            for bit, fragment in checks:
                if text.startswith(fragment, last - size + 1):
                    mask |= bit
        return mask
