"""An article's exact-dedup identity keys (GUID, canonical URL, content) and the article id each one gives."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from schemas import Article
from worker.ids import article_id, stable_hash
from worker.pipeline.normalize import canonicalize_url
from worker.protocols import ExactClaim


def key_digest(*parts: str) -> int:
    """A 60-bit digest of a key (stored as an integer, which Redis keeps in 8 bytes)."""
    return int(stable_hash(*parts, length=15), 16)


def identity_values(article: Article) -> tuple[str | None, str | None]:
    """The (GUID, canonical URL) the article id comes from, as `normalize` chose them.

    A GUID that is an http(s) URL equal to the link, or standing in for a missing link, counts as that URL.
    """
    guid, canonical = article.guid, article.canonical_url
    guid_url = canonicalize_url(guid) if guid else None
    if guid_url is not None and canonical in (None, guid_url):
        return None, guid_url
    return guid, canonical


def reused_in_batch(articles: Sequence[Article]) -> set[tuple[str, str]]:
    """(kind, value) of GUIDs and URLs that several different articles of one batch share: unusable as identity.

    A feed that gives every entry the same GUID, or links every entry to its home page, shows it in one poll.
    """
    contents: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article in articles:
        guid, url = identity_values(article)
        for kind, value in (("guid", guid), ("url", url)):
            if value:
                contents[(kind, value)].add(article.content_hash)
    return {key for key, hashes in contents.items() if len(hashes) > 1}


def exact_claim(article: Article, unusable: set[tuple[str, str]]) -> ExactClaim:
    """The article's identity keys in order of preference, GUID, URL, content, leaving out unusable ones."""
    guid, url = identity_values(article)
    content = article.title + "\n" + article.text
    keys: list[tuple[str, int, str]] = []
    if guid and ("guid", guid) not in unusable:
        keys.append(("guid", key_digest("guid", guid), article_id(guid=guid, canonical_url=None, content=content)))
    if url and ("url", url) not in unusable:
        keys.append(("url", key_digest("url", url), article_id(guid=None, canonical_url=url, content=content)))
    keys.append(("content", key_digest("content", article.content_hash), article_id(guid=None, canonical_url=None, content=content)))
    return ExactClaim(keys=tuple(keys), content=article.content_hash[:8], publisher=article.publisher or article.feed or "")


def id_for(claim: ExactClaim, kind: str) -> str:
    """The article id the key of ``kind`` gives."""
    return next(found for key_kind, _digest, found in claim.keys if key_kind == kind)
