"""Retention settings: per-stream overrides, refused typos, and keys a Lua script touches share one cluster slot."""

from __future__ import annotations

import pytest
from redis.crc import key_slot

from worker.keys import Keys
from worker.retention import Retention
from worker.settings import Settings


def test_overrides_apply_by_name_and_glob_and_the_first_match_wins() -> None:
    settings = Settings(stream_maxlen=1000, stream_max_age=0, stream_retention="events:*=50/60,events=500,dlq=0/86400")
    policy = settings.retention
    assert policy.for_stream("eventwire:events:protests", "eventwire:") == Retention(maxlen=50, max_age=60)
    assert policy.for_stream("eventwire:events", "eventwire:") == Retention(maxlen=500)
    assert policy.for_stream("eventwire:dlq", "eventwire:") == Retention(maxlen=0, max_age=86400)
    assert policy.for_stream("eventwire:articles", "eventwire:") == Retention(maxlen=1000)
    assert not Retention().bounded


@pytest.mark.parametrize("spec", ["events", "events=ten", "=5", "events=5/-1", "events=-5"])
def test_a_malformed_retention_is_refused_at_startup(spec: str) -> None:
    with pytest.raises(ValueError, match="retention"):
        Settings(stream_retention=spec)


@pytest.mark.parametrize("stream", ["eventwire:events", "eventwire:events:explosions_remote_violence", "eventwire:alerts"])
def test_publish_and_retain_scripts_touch_one_cluster_slot(stream: str) -> None:
    keys = Keys("eventwire:")
    slots = {key_slot(k.encode()) for k in (stream, keys.published(stream, "e_1"), keys.backpressure(stream))}
    assert len(slots) == 1
