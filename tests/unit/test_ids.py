"""Identifiers depend on the article only, never on time, worker or attempt."""

from worker.ids import article_id, content_hash, event_id
from worker.keys import Keys, type_key


def test_article_id_prefers_guid_then_url_then_content() -> None:
    by_guid = article_id(guid="g1", canonical_url="https://x.org/a", content="text")
    assert by_guid == article_id(guid="g1", canonical_url="https://other.org/b", content="other")
    by_url = article_id(guid=None, canonical_url="https://x.org/a", content="text")
    assert by_url == article_id(guid=None, canonical_url="https://x.org/a", content="changed")
    assert by_url != by_guid
    by_content = article_id(guid=None, canonical_url=None, content=content_hash("text"))
    assert by_content != article_id(guid=None, canonical_url=None, content=content_hash("text2"))


def test_event_id_depends_on_article_type_and_span() -> None:
    base = event_id(article_id="a_1", event_type="protests", start=0, end=10)
    assert base == event_id(article_id="a_1", event_type="protests", start=0, end=10)
    assert base != event_id(article_id="a_1", event_type="riots", start=0, end=10)
    assert base != event_id(article_id="a_1", event_type="protests", start=11, end=20)
    assert base.startswith("e_")


def test_stream_names_come_from_one_prefix() -> None:
    keys = Keys("ew:")
    assert keys.events == "ew:events"
    assert keys.events_of("Explosions/Remote violence") == "ew:events:explosions_remote_violence"
    assert type_key("Violence against civilians") == "violence_against_civilians"
    assert keys.published(keys.events, "e_1") == "ew:published:{ew:events}:e_1"
