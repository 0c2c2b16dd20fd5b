"""Wire leads where one act is told inside another (an accusation naming an act, a clause giving a cause), a handful of
inmates slipping out of a jail, and their look-alikes, coded as an ACLED coder would (type, sub-type)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)


def events(title: str, text: str) -> list:
    return analyze(Article(article_id="a", title=title, text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy())


# (text, event_type, sub_event_type); None: no event
CASES = [
    # Fire told only inside an accusation is the accusation, whatever weapon it names; the fire told as news is the fire.
    ("Israel blamed Hezbollah for the rocket fire on Metula on Tuesday.", "Attribution", "Accusation"),
    ("Seoul blamed Pyongyang for the artillery barrage near the border island.", "Attribution", "Accusation"),
    ("Kyiv blamed Moscow for the missile strike on a shopping centre in Kharkiv.", "Attribution", "Accusation"),
    ("Hezbollah fired rockets at Metula on Monday, Israel's army said.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    # A handful of inmates escaping is no strategic event; a mass breakout is.
    ("Two inmates escaped from a county jail in Ohio on Sunday.", None, None),
    ("Three prisoners escaped from a police station cell in Kisumu overnight.", None, None),
    ("More than 200 prisoners escaped from a jail in Niger after heavy rain damaged its walls.", "Strategic developments", "Other"),
    ("Hundreds of inmates broke out of Kuje prison in Abuja.", "Strategic developments", "Other"),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), CASES)
def test_coded_as_acled_would(text, event_type, sub_event_type):
    got = events("", text)
    if event_type is None:
        assert got == [], [(e.event_type, e.sub_event_type) for e in got]
        return
    assert got, "no event"
    assert (got[0].event_type, got[0].sub_event_type) == (event_type, sub_event_type)
