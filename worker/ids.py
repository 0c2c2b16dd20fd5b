"""Deterministic identifiers: the same input always yields the same article and event ids."""

from __future__ import annotations

import hashlib

_SEPARATOR = "\x1f"


def stable_hash(*parts: str, length: int = 24) -> str:
    """Hex digest of the parts, stable across processes and machines (unlike ``hash()``)."""
    digest = hashlib.blake2b(_SEPARATOR.join(parts).encode("utf-8"), digest_size=16)
    return digest.hexdigest()[:length]


def content_hash(text: str) -> str:
    """Hash of already-normalized article text."""
    return stable_hash("text", text, length=32)


def article_id(*, guid: str | None, canonical_url: str | None, content: str) -> str:
    """Article id from the GUID, else the canonical URL, else the normalized content hash."""
    if guid:
        return "a_" + stable_hash("guid", guid)
    if canonical_url:
        return "a_" + stable_hash("url", canonical_url)
    return "a_" + stable_hash("content", content)


def event_id(*, article_id: str, event_type: str, start: int, end: int) -> str:
    """Event id from its article, its top-level type and its evidence span."""
    return "e_" + stable_hash(article_id, event_type, str(start), str(end))
