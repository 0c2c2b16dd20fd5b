"""normalize and canonicalize_url: examples first, then properties that must hold for any input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemas.article import RawArticle
from worker.errors import PermanentError
from worker.ids import article_id, content_hash
from worker.pipeline.normalize import TRACKING_PARAMS, canonicalize_url, normalize
from worker.pipeline.text import clean_text, normalize_whitespace


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://www.example.com/news/1/", "https://example.com/news/1"),
        ("HTTPS://WWW.Example.COM:443/News/1", "https://example.com/News/1"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a?utm_source=rss&utm_medium=x&b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com/a?fbclid=1&gclid=2&REF=3&_ga=4&id=9#comments", "https://example.com/a?id=9"),
        ("https://user:secret@example.com/a", "https://example.com/a"),
        ("https://example.com/", "https://example.com"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("https://www.com/a", "https://www.com/a"),
        ("https://[2001:db8::1]:443/a", "https://[2001:db8::1]/a"),
        ("ftp://example.com/a", None),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("https:///no-host", None),
        ("http://example.com:99999/", None),
        ("not a url", None),
    ],
)
def test_canonicalize_url_examples(url: str, canonical: str | None) -> None:
    assert canonicalize_url(url) == canonical


def test_normalize_cleans_and_identifies() -> None:
    raw = RawArticle(
        text="<p>Drones\u00a0 struck   Kursk.</p><p>Windows   were\tdamaged.</p>\x07",
        title="  Drones\n strike Kursk  ",
        url="https://www.example.com/kursk/?utm_source=rss",
        published_at=datetime(2025, 6, 5, 21, 30, tzinfo=timezone(timedelta(hours=3))),
        publisher=" Wire ",
        language="EN",
        origin="feed",
    )

    article = normalize(raw)

    assert article.text == "Drones struck Kursk.\n\nWindows were damaged."
    assert article.title == "Drones strike Kursk"
    assert article.canonical_url == "https://example.com/kursk"
    assert article.url == raw.url
    assert article.published_at == datetime(2025, 6, 5, 18, 30, tzinfo=UTC)
    assert (article.publisher, article.language, article.origin) == ("Wire", "en", "feed")
    assert article.content_hash == content_hash(article.title + "\n" + article.text)
    assert article.article_id == article_id(
        guid=None, canonical_url="https://example.com/kursk", content=""
    )


def test_line_breaks_survive_and_mojibake_is_repaired() -> None:
    article = normalize(RawArticle(text="The city\u00e2\u20ac\u2122s mayor.\r\n\r\n\r\n\r\nSecond  line.\n"))

    assert article.text == "The city’s mayor.\n\nSecond line."


def test_id_prefers_guid_then_url_then_content() -> None:
    by_guid = normalize(RawArticle(text="a", guid="urn:1", url="https://example.com/x"))
    by_url = normalize(RawArticle(text="a", url="https://example.com/x"))
    by_content = normalize(RawArticle(text="a", title="t"))

    assert by_guid.article_id == article_id(guid="urn:1", canonical_url=None, content="")
    assert by_url.article_id == article_id(guid=None, canonical_url="https://example.com/x", content="")
    assert by_content.article_id == article_id(guid=None, canonical_url=None, content="t\na")


def test_a_guid_that_is_the_url_identifies_by_url() -> None:
    from_feed = normalize(
        RawArticle(text="Feed text.", guid="http://www.example.com/x/", url="https://example.com/x")
    )
    from_guid_only = normalize(RawArticle(text="Other text.", guid="https://www.example.com/x?utm_id=1"))
    from_submit = normalize(RawArticle(text="Submitted text.", url="https://example.com/x#top"))
    with_other_url_guid = normalize(
        RawArticle(text="x", guid="https://example.com/?p=7", url="https://example.com/x")
    )

    assert from_guid_only.article_id == from_submit.article_id
    assert from_feed.guid == "http://www.example.com/x/"  # the field keeps what the source said
    assert with_other_url_guid.article_id != from_submit.article_id  # a distinct GUID still wins
    assert from_feed.article_id != from_submit.article_id  # http vs https are different URLs


def test_title_only_article_uses_title_as_text_and_untitled_gets_a_title() -> None:
    title_only = normalize(RawArticle(text=" \n ", title="Governor inspects damage"))
    untitled = normalize(RawArticle(text="Kursk, Russia — Drones struck. More follows."))

    assert title_only.text == "Governor inspects damage"
    assert untitled.title == "Drones struck"


@pytest.mark.parametrize("text", ["", "   \n\t ", "<p> </p>", "\x00\x01"])
def test_empty_article_is_a_permanent_error(text: str) -> None:
    with pytest.raises(PermanentError, match="empty article"):
        normalize(RawArticle(text=text, title="  "))


def test_naive_published_at_is_taken_as_utc() -> None:
    article = normalize(RawArticle(text="a", published_at=datetime(2025, 6, 5, 12, 0)))

    assert article.published_at == datetime(2025, 6, 5, 12, 0, tzinfo=UTC)


def test_long_text_is_cut_at_a_boundary_without_error() -> None:
    sentence = "The governor announced an inspection of the damaged homes. "
    article = normalize(RawArticle(text=sentence * 100), max_chars=1000)

    assert len(article.text) <= 1000
    assert article.text.endswith("homes.")
    assert len(article.text) > 900


# --- properties -------------------------------------------------------------------------

_hosts = st.from_regex(r"(www\.){0,2}[a-z0-9]{1,10}(\.[a-z0-9]{1,8}){0,2}\.[a-z]{2,6}", fullmatch=True)
_segments = st.lists(st.text(st.characters(codec="utf-8", exclude_characters="/?#"), max_size=8), max_size=4)
_param_keys = st.one_of(
    st.sampled_from(sorted(TRACKING_PARAMS)),
    st.from_regex(r"(utm|UTM)_[a-z]{1,8}", fullmatch=True),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=6),
)
_params = st.lists(st.tuples(_param_keys, st.text(max_size=6)), max_size=6)


@st.composite
def urls(draw: st.DrawFn) -> str:
    from urllib.parse import quote, urlencode

    scheme = draw(st.sampled_from(["http", "https", "HTTP", "HtTpS"]))
    host = draw(_hosts)
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    path = "/".join(quote(segment) for segment in draw(_segments))
    query = urlencode(draw(_params))
    fragment = draw(st.sampled_from(["", "#top", "#"]))
    trailing = draw(st.sampled_from(["", "/"]))
    return f"{scheme}://{host}{port}/{path}{trailing}" + (f"?{query}" if query else "") + fragment


def _is_tracking(key: str) -> bool:
    return key.lower().startswith("utm_") or key.lower() in TRACKING_PARAMS


@given(urls())
def test_canonicalize_url_is_idempotent_on_urls(url: str) -> None:
    once = canonicalize_url(url)

    assert once is not None
    assert canonicalize_url(once) == once


@given(st.text(max_size=60))
def test_canonicalize_url_is_idempotent_on_any_text(text: str) -> None:
    once = canonicalize_url(text)

    assert once is None or canonicalize_url(once) == once


@given(urls())
def test_tracking_params_never_survive(url: str) -> None:
    canonical = canonicalize_url(url)

    assert canonical is not None
    keys = [key for key, _ in parse_qsl(urlsplit(canonical).query, keep_blank_values=True)]
    assert not any(_is_tracking(key) for key in keys)
    assert keys == sorted(keys)
    assert "#" not in canonical


@given(urls(), st.sampled_from(["utm_source=rss", "fbclid=abc", "gclid=1&utm_medium=email", "utm_campaign=x"]), st.booleans(), st.booleans())
def test_what_feeds_add_to_a_link_never_changes_its_canonical_form(url: str, tracking: str, shout: bool, www: bool) -> None:
    """The same story linked with tracking parameters, a fragment, ``www.`` or an upper-case host dedupes as one URL."""
    canonical = canonicalize_url(url)
    assert canonical is not None
    parts = urlsplit(canonical)
    host = ("www." if www else "") + (parts.netloc.upper() if shout else parts.netloc)
    query = "&".join(q for q in (parts.query, tracking) if q)
    decorated = f"{parts.scheme}://{host}{parts.path}/?{query}#section-2"

    assert canonicalize_url(decorated) == canonical


_prose = st.text(
    st.characters(codec="utf-8", exclude_characters="<&"), min_size=1, max_size=200
)


@given(st.text(max_size=200))
def test_whitespace_normalization_is_idempotent(text: str) -> None:
    once = normalize_whitespace(text)

    assert normalize_whitespace(once) == once
    assert "  " not in once and "\n\n\n" not in once and "\t" not in once


@given(st.text(max_size=300))
def test_clean_text_leaves_no_markup_controls_or_runs_of_spaces(text: str) -> None:
    cleaned = clean_text(text)

    assert not any(ch in cleaned for ch in "\x00\r\t\x7f\ufeff")
    assert "  " not in cleaned and cleaned == cleaned.strip()
    assert "<script" not in cleaned.lower()


@given(_prose)
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)

    assert clean_text(once) == once


@given(
    text=_prose,
    title=st.one_of(st.none(), _prose),
    guid=st.one_of(st.none(), st.text(min_size=1, max_size=20)),
    url=st.one_of(st.none(), urls()),
)
def test_ids_are_stable_across_runs_and_renormalization(
    text: str, title: str | None, guid: str | None, url: str | None
) -> None:
    raw = RawArticle(text=text, title=title, guid=guid, url=url)
    try:
        first = normalize(raw)
    except PermanentError:
        return  # nothing but whitespace or control characters: covered by the example test
    again = normalize(
        RawArticle(text=first.text, title=first.title, guid=first.guid, url=first.canonical_url)
    )

    assert normalize(raw) == first
    assert (again.article_id, again.content_hash) == (first.article_id, first.content_hash)


def test_a_title_split_over_lines_is_repaired_as_the_single_line_it_becomes() -> None:
    first = normalize(RawArticle(text="0", title="ā¢\n0"))
    again = normalize(RawArticle(text=first.text, title=first.title))
    assert (again.title, again.article_id) == (first.title, first.article_id)
