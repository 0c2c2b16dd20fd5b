"""The feed list file and the beat schedule that polls it."""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.app import create_app
from worker.errors import PermanentError
from worker.pipeline.feed_list import feed_id, load_feed_list, new_feed
from worker.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_feed_list_loads() -> None:
    feeds = load_feed_list(ROOT / "seeds" / "feeds.toml", default_interval=900)
    assert feeds and all(f.url.startswith("https://") and f.interval >= 60 for f in feeds)
    assert len({f.feed_id for f in feeds}) == len(feeds)


def test_defaults_apply_and_ids_follow_the_url(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text('[[feed]]\nurl = "https://a.example/rss"\n\n[[feed]]\nurl = " https://b.example/atom "\ninterval = 60\ntags = ["x", "x", "y"]\n')
    first, second = load_feed_list(path, default_interval=900)
    assert (first.interval, first.tags) == (900, [])
    assert (second.url, second.interval, second.tags) == ("https://b.example/atom", 60, ["x", "y"])
    assert second.feed_id == feed_id("https://b.example/atom") == new_feed("https://b.example/atom", interval=1).feed_id


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[feed]]\ninterval = 60\n', "feed #1: needs a url"),
        ('[[feed]]\nurl = "file:///etc/passwd"\n', "only http and https"),
        ('[[feed]]\nurl = "https://a.example"\ninterval = "often"\n', "whole seconds"),
        ('[[feed]]\nurl = "https://a.example"\ninterval = 0\n', "positive"),
        ("[[feed]\n", "feeds.toml"),
    ],
)
def test_a_bad_entry_is_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text(text)
    with pytest.raises(PermanentError, match=message):
        load_feed_list(path, default_interval=900)


def test_beat_polls_feeds_and_stale_polls_expire() -> None:
    app = create_app(Settings(broker_url="redis://127.0.0.1:6379/0", feed_poll_every=45))
    (entry,) = [e for e in app.conf.beat_schedule.values() if e["task"] == "eventwire.poll_feeds"]
    assert entry["schedule"] == 45 and entry["options"]["expires"] == 45
    app.loader.import_default_modules()
    assert {"eventwire.poll_feeds", "eventwire.fetch_feed"} <= set(app.tasks)
