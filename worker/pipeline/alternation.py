"""Build regex alternations the regex engine tries quickly: branches sharing a first letter factored together."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["branches", "factored", "grouped"]


def branches(body: str) -> list[str]:
    """The top-level branches of an alternation body (``a|b(?:c|d)|e`` → ``a``, ``b(?:c|d)``, ``e``)."""
    out, depth, current, escaped, in_class = [], 0, "", False, False
    for char in body:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            out.append(current)
            current = ""
            continue
        current += char
    return [*out, current]


def grouped(alternatives: list[str]) -> str:
    """An alternation of ``alternatives`` with those led by the same letter factored together, each group in its first
    member's place and its members in their order: the same matches (branches led by different letters never match at
    one place), but the regex engine, which tries a case-blind branch's letters one by one, tries one letter's branches.

    Branches not led by a plain letter stay whole in their place; they must not be able to start with a letter (``\\d+``).
    """
    groups: dict[str, list[str]] = {}
    for branch in alternatives:
        led = branch[:1].isalpha() and branch[1:2] not in ("?", "*", "+", "{")
        groups.setdefault(branch[0] if led else branch, []).append(branch)
    return f"(?:{_joined(groups.values())})"


def _joined(groups: Iterable[list[str]]) -> str:
    """Each group of branches led by one letter written as that letter and the alternation of their rests."""
    return "|".join(group[0] if len(group) == 1 else f"{group[0][0]}(?:{'|'.join(b[1:] for b in group)})" for group in groups)


def factored(pattern: str) -> str:
    """``pattern`` for case-blind matching with each ``(?:…)`` group whose branches all start with a plain ASCII letter
    factored by that letter (in either case), as `grouped` does: the same matches, fewer branches tried.

    A pattern setting flags inline (``(?-i:…)`` could make a stretch case-sensitive) is left as it is.
    """
    if _INLINE_FLAGS.search(pattern):
        return pattern
    out, end, _ = _factor(pattern, 0)
    return out + pattern[end:]


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")
_TOKEN = re.compile(r"\\.|[\[()|]", re.DOTALL)


def _factor(pattern: str, i: int) -> tuple[str, int, list[str]]:
    """The text from ``i`` to the ``)`` closing the enclosing group (or the end) with its ``(?:…)`` groups factored,
    where it stops, and its top-level branches."""
    alternatives: list[str] = []
    parts: list[str] = []
    while (m := _TOKEN.search(pattern, i)) is not None:
        parts.append(pattern[i:m.start()])
        token, i = m.group(), m.end()
        if token == ")":
            i = m.start()
            break
        if token == "|":
            alternatives.append("".join(parts))
            parts = []
        elif token == "[":
            i = _class_end(pattern, m.start())
            parts.append(pattern[m.start():i])
        elif token == "(":
            opener = "(?:" if pattern.startswith("(?:", m.start()) else "("
            body, i, inner = _factor(pattern, m.start() + len(opener))
            parts.append(f"{opener}{_letter_groups(inner) if opener == '(?:' else body})")
            i += 1
        else:  # an escaped character
            parts.append(token)
    else:
        parts.append(pattern[i:])
        i = len(pattern)
    alternatives.append("".join(parts))
    return "|".join(alternatives), i, alternatives


def _class_end(pattern: str, start: int) -> int:
    """The offset just past the character set opening at ``start`` (a ``]`` right after ``[`` or ``[^`` is a member)."""
    i = start + 1
    if pattern[i:i + 1] == "^":
        i += 1
    if pattern[i:i + 1] == "]":
        i += 1
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _letter_groups(alternatives: list[str]) -> str:
    if len(alternatives) < 2 or not all(b[:1].isascii() and b[:1].isalpha() and b[1:2] not in ("?", "*", "+", "{") for b in alternatives):
        return "|".join(alternatives)
    groups: dict[str, list[str]] = {}
    for branch in alternatives:
        groups.setdefault(branch[0].lower(), []).append(branch)
    return _joined(groups.values())
