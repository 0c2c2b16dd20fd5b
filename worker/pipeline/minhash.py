"""MinHash sketches of article text: word shingles, a packed one-permutation signature and LSH-forest band keys."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

BINS = 64
"""Signature length: one-permutation hashing splits the 64-bit hash space into this many bins."""
BANDS = 4
LEVELS = 3
"""LSH forest of ``BANDS`` trees of ``LEVELS`` levels: band b's key at level l hashes the l smallest shingle
hashes in the b-th quarter of the hash space. An article is filed under the first level of each band that no
earlier article holds; a lookup walks each band down while it finds keys. Specific text stays at level 1, where
a pair with Jaccard J shares a band with probability 1-(1-J)^4 (0.87 at J=0.4, 0.94 at 0.5, 0.97 at 0.6; 8
bands of 2 bins: 0.75, 0.90, 0.98) at half the index. Templated text, whose level-1 keys many articles share,
is filed deeper, where keys are specific again, instead of being reachable only through whichever article came
first (bench/dedup_eval.py; tests/faults/test_concurrent_dedup.py's corpus is such text)."""
BAND_BITS = 48
"""Band keys are 48-bit hashes: the Redis index splits them into a bucket hash and a 24-bit field."""
SHINGLE_WORDS = 3

_MASK64 = (1 << 64) - 1
_BAND_MASK = (1 << BAND_BITS) - 1
_BAND_SHIFT = 64 - (BANDS.bit_length() - 1)
_BIN_SHIFT = 64 - (BINS.bit_length() - 1)
_VALUE_MASK = (1 << _BIN_SHIFT) - 1
_EMPTY = _VALUE_MASK + 1
_WORD = re.compile(r"\w+")
_word_hashes: dict[str, tuple[int, int, int]] = {}
_ODD = 0x9E3779B97F4A7C15
_WORD_CACHE_LIMIT = 200_000


@dataclass(frozen=True, slots=True)
class Sketch:
    """What the near-duplicate index needs of one text."""

    shingles: int
    """Distinct word shingles; short texts have too few for a trustworthy estimate."""
    bands: tuple[int, ...]
    """48-bit keys of every band at every level, band by band: ``bands[b * LEVELS + l - 1]`` is band b at level l."""
    signature: bytes
    """The low 4 bits of every bin, two bins a byte (32 bytes): enough to estimate Jaccard similarity."""


def words(text: str) -> list[str]:
    """Lower-case word tokens of NFKC-normalized text (so width and ligature variants compare equal)."""
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _WORD.findall(text.lower())


def sketch(text: str) -> Sketch:
    """The MinHash sketch of ``text``: same text, same sketch, in every process."""
    ascending = sorted(_shingle_hashes(words(text)))
    bins = _densified(_one_permutation(ascending))
    return Sketch(shingles=len(ascending), bands=_forest_keys(ascending), signature=_pack_nibbles(bins))


def similarity(first: bytes, second: bytes) -> float:
    """Estimated Jaccard similarity of two packed signatures (4-bit bins collide by chance 1 in 16)."""
    equal = sum(((a ^ b) & 0x0F == 0) + ((a ^ b) & 0xF0 == 0) for a, b in zip(first, second, strict=True))
    return estimate(equal)


def estimate(equal_bins: int) -> float:
    """Jaccard estimate from the number of equal 4-bit bins, corrected for chance agreement."""
    return max(0.0, (equal_bins / BINS - 1 / 16) / (15 / 16))


def equal_bins_for(threshold: float) -> int:
    """The fewest equal bins whose estimate reaches ``threshold`` (what the Lua script compares)."""
    for equal in range(BINS + 1):
        if estimate(equal) >= threshold:
            return equal
    return BINS + 1


def _shingle_hashes(tokens: list[str]) -> set[int]:
    hashed = [_word_hashes.get(token) or _remember(token) for token in tokens]
    if len(hashed) < SHINGLE_WORDS:
        return {(h[0] * _ODD) & _MASK64 for h in hashed[:1]}
    # Each word hash comes pre-rotated, so a shingle costs two XORs and one multiply.
    return {((a[0] ^ b[1] ^ c[2]) * _ODD) & _MASK64 for a, b, c in zip(hashed, hashed[1:], hashed[2:])}


def _remember(token: str) -> tuple[int, int, int]:
    value = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")
    if len(_word_hashes) >= _WORD_CACHE_LIMIT:
        _word_hashes.clear()
    found = _word_hashes[token] = (value, _rotate(value, 21), _rotate(value, 42))
    return found


def _one_permutation(ascending: list[int]) -> list[int]:
    # Descending order: the last write per bin is its minimum.
    lowest = {value >> _BIN_SHIFT: value & _VALUE_MASK for value in reversed(ascending)}
    return [lowest.get(index, _EMPTY) for index in range(BINS)]


def _forest_keys(ascending: list[int]) -> tuple[int, ...]:
    """Band b covers a quarter of the hash space; its key at level l hashes the l smallest shingle hashes there.

    A quarter of a text's shingles is never empty (unlike a single bin of a short text), so two texts share
    the level-1 key of a band with probability their Jaccard similarity over that quarter.
    """
    smallest: list[list[int]] = [[] for _ in range(BANDS)]
    for value in ascending:
        found = smallest[value >> _BAND_SHIFT]
        if len(found) < LEVELS:
            found.append(value)
    return tuple(
        _mix((band * LEVELS + level) * _ODD ^ _fold(smallest[band][:level])) & _BAND_MASK
        for band in range(BANDS)
        for level in range(1, LEVELS + 1)
    )


def _densified(bins: list[int]) -> list[int]:
    """Fill empty bins from the next filled one to the right (rotation densification), offset by distance."""
    if all(value == _EMPTY for value in bins):
        return [0] * BINS
    filled = list(bins)
    for index, value in enumerate(bins):
        if value != _EMPTY:
            continue
        step = 1
        while bins[(index + step) % BINS] == _EMPTY:
            step += 1
        filled[index] = _mix(bins[(index + step) % BINS] + step) & _VALUE_MASK
    return filled


def _pack_nibbles(bins: list[int]) -> bytes:
    return bytes((bins[i] & 0x0F) | ((bins[i + 1] & 0x0F) << 4) for i in range(0, BINS, 2))


def _fold(values: list[int]) -> int:
    folded = 0
    for value in values:
        folded = _mix(folded ^ value)
    return folded


def _rotate(value: int, bits: int) -> int:
    return ((value << bits) | (value >> (64 - bits))) & _MASK64


def _mix(value: int) -> int:
    """splitmix64 finalizer: a cheap, well-spread 64-bit mix."""
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9 & _MASK64
    value = (value ^ (value >> 27)) * 0x94D049BB133111EB & _MASK64
    return value ^ (value >> 31)
