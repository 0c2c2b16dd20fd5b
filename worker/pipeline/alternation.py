"""Build regex alternations the regex engine tries quickly: branches sharing a first letter factored together."""

from __future__ import annotations

__all__ = ["branches", "grouped"]


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
    parts = [group[0] if len(group) == 1 else f"{group[0][0]}(?:{'|'.join(b[1:] for b in group)})" for group in groups.values()]
    return f"(?:{'|'.join(parts)})"

