"""Compact binary forms the dedup scripts store: 12-byte article ids, 4-byte digests, parsed replies."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from worker.protocols import ExactVerdict


def packed_id(article_id: str) -> bytes:
    """The 12 bytes of an ``a_<24 hex>`` article id (the scripts return it as ``a_<hex>`` again)."""
    if not article_id.startswith("a_") or len(article_id) != 26:
        raise ValueError(f"not an article id: {article_id!r}")
    return bytes.fromhex(article_id[2:])


def owner_digest(owner: str) -> bytes:
    """4 bytes standing for a task id (or a publisher) in exact-index records."""
    return hashlib.blake2b(owner.encode(), digest_size=4).digest()


def exact_verdict(reply: Sequence[str]) -> ExactVerdict:
    """An exact.lua reply as an ExactVerdict."""
    if reply[0] in ("duplicate", "copy"):
        return ExactVerdict(duplicate=reply[0] == "duplicate", kind=reply[1], matched=reply[2], copy=reply[0] == "copy")
    rest = list(reply[2:])
    return ExactVerdict(duplicate=False, kind=reply[1], collisions=tuple(zip(rest[::2], rest[1::2], strict=True)))
