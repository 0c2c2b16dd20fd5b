"""Compact binary forms the dedup scripts store: 12-byte ids, 4-byte digests, digests split into bucket and field."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from worker.protocols import ExactVerdict

FIELD_BITS = 31
"""A 31-bit field is a 4-byte integer in a Redis listpack (6 bytes with its header and back-length)."""


def packed_id(article_id: str) -> bytes:
    """The 12 bytes of an ``a_<24 hex>`` article id (the scripts return it as ``a_<hex>`` again)."""
    return _packed(article_id, "a_")


def packed_event_id(event_id: str) -> bytes:
    """The 12 bytes of an ``e_<24 hex>`` event id."""
    return _packed(event_id, "e_")


def owner_digest(owner: str) -> bytes:
    """4 bytes standing for a task id (or a publisher) in exact-index records."""
    return hashlib.blake2b(owner.encode(), digest_size=4).digest()


def actor_digest(actor: str) -> bytes:
    """3 bytes standing for an actor in cluster records (a chance match merely lets two events share an actor)."""
    return hashlib.blake2b(actor.encode(), digest_size=3).digest()


def split(digest: int, field_bits: int = FIELD_BITS) -> tuple[int, int]:
    """(bucket hash, field) of a digest: its low ``field_bits`` name the entry, the 30 bits above pick its hash.

    Entries sharing a hash share their bucket bits, so a field only has to tell apart the entries of one hash.
    """
    return (digest >> field_bits) & 0x3FFFFFFF, digest & ((1 << field_bits) - 1)


def exact_verdict(reply: Sequence[str]) -> ExactVerdict:
    """An exact.lua reply as an ExactVerdict."""
    if reply[0] in ("duplicate", "copy"):
        return ExactVerdict(duplicate=reply[0] == "duplicate", kind=reply[1], matched=reply[2], copy=reply[0] == "copy")
    rest = list(reply[2:])
    return ExactVerdict(duplicate=False, kind=reply[1], collisions=tuple(zip(rest[::2], rest[1::2], strict=True)))


def _packed(identifier: str, prefix: str) -> bytes:
    if not identifier.startswith(prefix) or len(identifier) != 26:
        raise ValueError(f"not an {prefix}<24 hex> id: {identifier!r}")
    return bytes.fromhex(identifier[2:])
