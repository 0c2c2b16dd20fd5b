"""Read articles from files and directories (.txt, .json, .jsonl, feed files) as replayed RawArticles."""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import charset_normalizer
import ftfy
import msgspec
import structlog

from schemas.article import RawArticle
from worker.errors import PermanentError
from worker.pipeline.parse import parse_feed
from worker.pipeline.text import derive_title
from worker.pipeline.timestamps import parse_timestamp

log = structlog.get_logger()

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Whole-file formats (.txt, .json, feeds) larger than this are skipped; .jsonl is streamed."""

ARTICLE_SUFFIXES = frozenset({".txt", ".json", ".jsonl"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
_SIDECAR_SUFFIX = ".meta.json"
_NOT_ARTICLES = frozenset({"expected.toml", "feeds.toml"})
_SIDECAR_FIELDS = ("title", "url", "guid", "published_at", "publisher", "language", "feed")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class SkippedInput:
    """A file, line or item that yielded no article, and why."""

    origin: str
    reason: str


def read_paths(
    paths: Iterable[Path], *, errors: list[SkippedInput] | None = None
) -> Iterator[RawArticle]:
    """Every article under ``paths``, in the order given; see `read_path`."""
    for path in paths:
        yield from read_path(path, errors=errors)


def read_path(path: Path, *, errors: list[SkippedInput] | None = None) -> Iterator[RawArticle]:
    """Articles in one file, or in every file under a directory, marked ``replay=True``.

    Directories are walked recursively in a fixed order (a directory's files by name, then
    its subdirectories by name), skipping hidden entries, ``*.meta.json`` sidecars,
    ``expected.toml`` and ``feeds.toml``. Anything unreadable is logged as ``replay.skipped``,
    appended to ``errors`` if given, and yields nothing; it never stops the walk.
    """
    if path.is_dir():
        for file in _walk(path):
            yield from _read_file(file, errors)
    elif _is_companion(path):
        _skip(str(path), "not an article file (sidecar or seed metadata)", errors)
    else:
        yield from _read_file(path, errors)


def decode_article_line(line: str | bytes) -> RawArticle:
    """One JSON article object, as on a ``submit`` line; raises `PermanentError` saying what is wrong.

    ``text`` is required, ``published_at`` is ISO-8601, RFC 2822 or Unix seconds, unknown fields are ignored.
    """
    if isinstance(line, bytes):
        line = decode_bytes(line)
    try:
        document = msgspec.json.decode(line)
    except msgspec.DecodeError as exc:
        raise PermanentError(f"not valid JSON: {exc}") from exc
    return article_from_object(document)


def article_from_object(document: Any) -> RawArticle:
    """A RawArticle from decoded JSON; raises `PermanentError` on a wrong shape or field."""
    if not isinstance(document, dict):
        raise PermanentError(f"expected a JSON object, got {type(document).__name__}")
    document = dict(document)
    if "published_at" in document:
        document["published_at"] = _parse_datetime(document["published_at"])
    try:
        return msgspec.convert(document, RawArticle)
    except msgspec.ValidationError as exc:
        raise PermanentError(f"invalid article: {exc}") from exc


def decode_bytes(data: bytes) -> str:
    """Text from bytes: a BOM wins, then UTF-8, then a detected charset repaired with ftfy."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    text = str(best) if best is not None else data.decode("cp1252", errors="replace")
    return ftfy.fix_text(text, ftfy.TextFixerConfig(uncurl_quotes=False, unescape_html=False))


def _walk(root: Path) -> Iterator[Path]:
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            file = Path(directory, name)
            if not name.startswith(".") and not _is_companion(file):
                yield file


def _is_companion(path: Path) -> bool:
    return path.name.endswith(_SIDECAR_SUFFIX) or path.name in _NOT_ARTICLES


def _read_file(path: Path, errors: list[SkippedInput] | None) -> Iterator[RawArticle]:
    suffix = path.suffix.lower()
    origin = str(path)
    if suffix not in ARTICLE_SUFFIXES | FEED_SUFFIXES:
        _skip(origin, f"unknown file type {suffix or '(none)'!r}", errors)
        return
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, errors)
            return
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            _skip(origin, f"{size} bytes, over the {MAX_FILE_BYTES} byte cap", errors)
            return
        data = path.read_bytes()
    except OSError as exc:
        _skip(origin, f"unreadable: {exc.strerror or exc}", errors)
        return
    if suffix == ".txt":
        yield from _read_txt(path, data, errors)
    elif suffix == ".json":
        yield from _read_json(path, data, errors)
    else:
        yield from _read_feed(path, data, errors)


def _read_txt(path: Path, data: bytes, errors: list[SkippedInput] | None) -> Iterator[RawArticle]:
    text = decode_bytes(data).strip()
    if not text:
        _skip(str(path), "empty file", errors)
        return
    try:
        meta = _read_sidecar(path.with_name(path.name.removesuffix(path.suffix) + _SIDECAR_SUFFIX))
    except PermanentError as exc:
        _skip(str(path), str(exc), errors)
        return
    meta.setdefault("title", derive_title(text) or None)
    yield RawArticle(text=text, origin=str(path), replay=True, **meta)


def _read_sidecar(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise PermanentError(f"sidecar {path} unreadable: {exc.strerror or exc}") from exc
    try:
        document = msgspec.json.decode(data)
    except msgspec.DecodeError as exc:
        raise PermanentError(f"sidecar {path} is not valid JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise PermanentError(f"sidecar {path} must hold a JSON object")
    meta = {key: document[key] for key in _SIDECAR_FIELDS if document.get(key) is not None}
    if "published_at" in meta:
        meta["published_at"] = _parse_datetime(meta["published_at"])
    for key, value in meta.items():
        if key != "published_at" and not isinstance(value, str):
            raise PermanentError(f"sidecar {path}: {key} must be a string")
    return meta


def _read_json(path: Path, data: bytes, errors: list[SkippedInput] | None) -> Iterator[RawArticle]:
    try:
        document = msgspec.json.decode(decode_bytes(data))
    except msgspec.DecodeError as exc:
        _skip(str(path), f"not valid JSON: {exc}", errors)
        return
    if isinstance(document, list):
        items = [(f"{path}[{index}]", item) for index, item in enumerate(document)]
    else:
        items = [(str(path), document)]
    for origin, item in items:
        try:
            article = article_from_object(item)
        except PermanentError as exc:
            _skip(origin, str(exc), errors)
            continue
        yield _as_replayed(article, origin)


def _read_jsonl(path: Path, errors: list[SkippedInput] | None) -> Iterator[RawArticle]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            origin = f"{path}:{number}"
            try:
                article = decode_article_line(line)
            except PermanentError as exc:
                _skip(origin, str(exc), errors)
                continue
            yield _as_replayed(article, origin)


def _read_feed(path: Path, data: bytes, errors: list[SkippedInput] | None) -> Iterator[RawArticle]:
    try:
        feed = parse_feed(data)
    except PermanentError as exc:
        _skip(str(path), str(exc), errors)
        return
    if feed.bozo:
        log.warning("replay.feed_malformed", path=str(path), reason=feed.bozo_reason)
    if feed.skipped:
        _skip(str(path), f"{feed.skipped} feed entries without link/id or title/text", errors)
    for entry in feed.entries:
        yield _as_replayed(entry, str(path))


def _as_replayed(article: RawArticle, origin: str) -> RawArticle:
    return msgspec.structs.replace(article, origin=origin, replay=True)


def _parse_datetime(value: Any) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str | int | float):
        raise PermanentError(f"published_at must be a timestamp string or Unix seconds, got {type(value).__name__}")
    try:
        return parse_timestamp(value)
    except ValueError as exc:
        raise PermanentError(f"published_at: {str(exc)[:160]}") from exc


def _skip(origin: str, reason: str, errors: list[SkippedInput] | None) -> None:
    log.warning("replay.skipped", path=origin, reason=reason)
    if errors is not None:
        errors.append(SkippedInput(origin, reason))
