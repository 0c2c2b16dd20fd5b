"""Turn a RawArticle into an `article/1` Article: clean text, canonical URL, UTC time, stable ids."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from schemas.article import Article, RawArticle
from worker.errors import PermanentError
from worker.ids import article_id, content_hash
from worker.pipeline.text import clean_line, clean_text, derive_title, truncate
from worker.pipeline.timestamps import to_utc

MAX_TEXT_CHARS = 200_000
MAX_TITLE_CHARS = 1_000
_RAW_SLACK = 4  # raw characters cleaned per character kept: room for markup and whitespace

TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "yclid", "msclkid", "_ga"}
)
"""Query parameters dropped from canonical URLs, besides every ``utm_*``."""

_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNSAFE_HOST = re.compile(r"[\s\x00-\x1f\x7f/\\?#@]")
_UNSAFE_PATH_CHAR = re.compile(r"[\s\x00-\x1f\x7f]")  # whitespace would not survive a re-parse


def normalize(raw: RawArticle, *, max_chars: int = MAX_TEXT_CHARS) -> Article:
    """Clean and identify one article; the same input always gives the same Article.

    Text keeps its line and paragraph breaks (downstream offsets index into it) and is cut
    at a paragraph, sentence or word boundary past ``max_chars`` (only the first
    ``4 * max_chars`` raw characters are cleaned, bounding the cost). An untitled article gets
    a title from its first sentence; a text-less one uses its title as text. Raises
    `PermanentError` when both are empty.

    ``content_hash`` is `worker.ids.content_hash` of ``title + "\\n" + text``; ``article_id``
    comes from the GUID, else the canonical URL, else that same title-and-text content.
    """
    text = truncate(clean_text((raw.text or "")[: max_chars * _RAW_SLACK]), max_chars)
    title = clean_line((raw.title or "")[: MAX_TITLE_CHARS * _RAW_SLACK])
    if not text and not title:
        raise PermanentError("empty article: no text and no title after cleaning")
    text = text or truncate(title, max_chars)
    title = truncate(title or derive_title(text), MAX_TITLE_CHARS, ellipsis="…")
    url = _stripped(raw.url)
    canonical = canonicalize_url(url) if url else None
    guid = _stripped(raw.guid)
    content = title + "\n" + text
    id_guid, id_url = _identity(guid, canonical)
    return Article(
        article_id=article_id(guid=id_guid, canonical_url=id_url, content=content),
        title=title,
        text=text,
        content_hash=content_hash(content),
        url=url,
        canonical_url=canonical,
        guid=guid,
        published_at=to_utc(raw.published_at) if raw.published_at else None,
        publisher=(clean_line(raw.publisher) or None) if raw.publisher else None,
        feed=raw.feed,
        language=(raw.language.strip().lower() or None) if raw.language else None,
        origin=raw.origin,
        replay=raw.replay,
    )


def _identity(guid: str | None, canonical_url: str | None) -> tuple[str | None, str | None]:
    """The (GUID, canonical URL) pair to derive the article id from.

    A GUID that is an http(s) URL equal to the link, or standing in for a missing link,
    counts as that URL, so the same story from a feed and from ``submit`` gets one id.
    """
    guid_url = canonicalize_url(guid) if guid else None
    if guid_url is not None and canonical_url in (None, guid_url):
        return None, guid_url
    return guid, canonical_url


def _stripped(value: str | None) -> str | None:
    return (value.strip() or None) if value else None


def canonicalize_url(url: str) -> str | None:
    """The canonical form of an http(s) URL, or None for anything else.

    Lower-cases scheme and host, drops ``www.``, user info, default ports, the fragment,
    trailing slashes and tracking parameters (``utm_*`` and `TRACKING_PARAMS`), and sorts
    the remaining query parameters. Applying it twice changes nothing.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in _DEFAULT_PORTS or not host or _UNSAFE_HOST.search(host):
        return None
    while host.startswith("www.") and "." in host[4:]:
        host = host[4:]
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(key)
    )
    path = _UNSAFE_PATH_CHAR.sub(_percent_encode, parts.path).rstrip("/")
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def _percent_encode(match: re.Match[str]) -> str:
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8"))


def _is_tracking(key: str) -> bool:
    key = key.lower()
    return key.startswith("utm_") or key in TRACKING_PARAMS
