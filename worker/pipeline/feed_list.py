"""The feed list: feed ids from URLs, and the TOML file (``seeds/feeds.toml``) users keep their feeds in."""

from __future__ import annotations

import tomllib
from datetime import datetime
from pathlib import Path

from schemas.feed import Feed
from worker.errors import PermanentError
from worker.ids import stable_hash
from worker.pipeline.fetch import FetchFailed, check_url


def feed_id(url: str) -> str:
    """The feed's id: a hash of its URL as written, so the same URL always names the same feed."""
    return "f_" + stable_hash("feed", url.strip())


def new_feed(url: str, *, interval: int, tags: list[str] | None = None, now: datetime | None = None) -> Feed:
    """A Feed for an http(s) URL; raises `PermanentError` for anything else."""
    url = url.strip()
    try:
        check_url(url)
    except FetchFailed as exc:
        raise PermanentError(str(exc)) from exc
    if interval < 1:
        raise PermanentError(f"interval must be a positive number of seconds, got {interval}")
    clean_tags = list(dict.fromkeys(t.strip() for t in tags or () if t.strip()))
    return Feed(feed_id=feed_id(url), url=url, interval=interval, tags=clean_tags, added_at=now)


def load_feed_list(path: Path, *, default_interval: int, now: datetime | None = None) -> list[Feed]:
    """Feeds from a TOML file of ``[[feed]]`` tables (``url``, optional ``interval`` seconds and ``tags``).

    Raises `PermanentError` naming the file and the entry when something is wrong.
    """
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PermanentError(f"{path}: {exc}") from exc
    tables = document.get("feed", [])
    if not isinstance(tables, list):
        raise PermanentError(f"{path}: expected [[feed]] tables")
    feeds = []
    for number, table in enumerate(tables, start=1):
        where = f"{path}: feed #{number}"
        if not isinstance(table, dict) or not isinstance(table.get("url"), str):
            raise PermanentError(f"{where}: needs a url string")
        interval = table.get("interval", default_interval)
        tags = table.get("tags", [])
        if not isinstance(interval, int) or not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise PermanentError(f"{where}: interval must be whole seconds and tags a list of strings")
        try:
            feeds.append(new_feed(table["url"], interval=interval, tags=tags, now=now))
        except PermanentError as exc:
            raise PermanentError(f"{where}: {exc}") from exc
    return feeds
