"""Headlines tell in the present tense: "leaves six dead", "massacre villagers", "agree text of peace treaty", "students
torch", "doctors' strike enters third week" are read as their past-tense leads are."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2024, 5, 20, 9, tzinfo=timezone.utc)


def headline(title: str):
    return analyze(Article(article_id="a", title=title, text="", content_hash="h", published_at=PUBLISHED), load_taxonomy())


@pytest.mark.parametrize(("title", "event_type", "sub_event_type", "killed"), [
    ("Knife attack at Sydney shopping centre leaves six dead", "Violence against civilians", "Attack", 6),
    ("Shooting at Prague university leaves 14 dead", "Violence against civilians", "Attack", 14),
    ("Myanmar junta troops massacre villagers in Sagaing, witnesses say", "Violence against civilians", "Attack", None),
    ("Bomb blast kills four soldiers in Colombia's Cauca", "Explosions/Remote violence", "Remote explosive/landmine/IED", 4),
    ("Armenia and Azerbaijan agree text of peace treaty", "Strategic developments", "Agreement", None),
    ("Bangladesh students torch state TV building as quota protests turn deadly", "Riots", "Violent demonstration", None),
    ("Kenyan doctors' strike enters third week", "Protests", "Peaceful protest", None),
    ("Nurses' strike paralyses hospitals across Nigeria", "Protests", "Peaceful protest", None),
    ("Gangs loot and torch pharmacies in Haiti's capital", "Strategic developments", "Looting/property destruction", None),
])
def test_present_tense_headline_is_coded_as_its_lead_would_be(title: str, event_type: str, sub_event_type: str, killed: int | None) -> None:
    event = headline(title)[0]
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type)
    assert (event.casualties.killed if event.casualties else None) == killed


def test_storm_that_leaves_dead_stays_a_storm() -> None:
    assert [e.sub_event_type for e in headline("Storm leaves three dead in Texas")] == ["Storm"]
