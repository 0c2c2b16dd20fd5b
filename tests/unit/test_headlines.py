"""Bare feed headlines, in the present tense newsrooms write them, coded as a reader would (type, sub-type, place)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

HEADLINES = [
    ("Explosion kills 3 in Kabul", "Remote explosive/landmine/IED", "Kabul"),
    ("Blast rocks Quetta market, 5 dead", "Remote explosive/landmine/IED", "Quetta"),
    ("Suicide bomber kills 15 at police station in northwest Pakistan", "Suicide bomb", "Pakistan"),
    ("Gas explosion kills 4 in apartment block in Moscow", "Industrial accident", "Moscow"),
    ("Armed men storm hotel in Mogadishu", "Attack", "Mogadishu"),
    ("Tropical storm lashes Philippines, 3 dead", "Storm", "Philippines"),
    ("Farmers block highways with tractors in Belgium", "Peaceful protest", "Belgium"),
    ("Angry residents block road and burn tyres after killing of trader in Lagos", "Violent demonstration", "Lagos"),
    ("Landslides block highways in Nepal", "Flood/landslide", "Nepal"),
    ("Police block protesters from reaching parliament in Nairobi", "Protest with intervention", "Nairobi"),
    ("Police disperse opposition rally in Kampala", "Protest with intervention", "Kampala"),
    ("Gang violence in Haiti's capital leaves 12 dead", "Armed clash", "Port-au-Prince"),
    ("Clashes in Haiti's capital leave 12 dead", "Armed clash", "Port-au-Prince"),
    ("Rival student groups clashed at Dhaka University, leaving 20 injured", "Mob violence", "Dhaka"),
    ("Police launch crackdown on gang violence in Cape Town", None, None),
    ("Police arrest 20 opposition activists in Harare", "Arrests", "Harare"),
    ("Madrid police arrest 12 in drug raid", "Trafficking/smuggling", "Madrid"),
    ("Colombia's ELN rebels free kidnapped soldiers", "Other", "Colombia"),
    ("Settlers attack Palestinian village in West Bank, torch cars", "Attack", "Palestinian Territory"),
    ("Gunmen attack village in Plateau state, kill 12", "Attack", "Plateau"),
    ("Explosion in Moscow kills 2", "Remote explosive/landmine/IED", "Moscow"),
    ("Death toll in Kabul bombing rises to 25", "Remote explosive/landmine/IED", "Kabul"),
    ("Thai insurgents bomb railway in Yala province", "Remote explosive/landmine/IED", "Yala"),
    ("RSF attacks displaced camp near El Fasher, killing 10", "Attack", "El Fasher"),
    ("Herders kill 15 farmers in Benue", "Attack", "Benue"),
    ("Villagers beat suspected thief to death in Kano", "Mob violence", "Kano"),
    ("Armed group kills 8 in Philippines' Maguindanao del Sur", "Attack", "Maguindanao del Sur"),
    ("Ethiopian drone strike kills 30 in Amhara's Gondar", "Air/drone strike", "Gonder"),
    ("Clashes between army and Arakan Army in Rakhine's Paletwa", "Armed clash", "Rakhine"),
]


@pytest.mark.parametrize(("headline", "sub_event_type", "place"), HEADLINES)
def test_headline_is_coded_as_a_reader_would(headline: str, sub_event_type: str | None, place: str | None) -> None:
    events = analyze(Article(article_id="a", title="", text=headline, content_hash="h"), load_taxonomy())
    got = [(e.sub_event_type, e.location.name if e.location else None) for e in events[:1]]
    assert got == ([(sub_event_type, place)] if sub_event_type else [])


@pytest.mark.parametrize(("headline", "country"), [
    ("Gunmen attack village in Plateau state, kill 12", "Nigeria"),
    ("Gunmen attack village in Plateau department, kill 12", "Benin"),
])
def test_a_region_word_tells_which_country_s_region_of_that_name(headline: str, country: str) -> None:
    [event] = analyze(Article(article_id="a", title="", text=headline, content_hash="h"), load_taxonomy())
    assert event.location is not None and event.location.country == country


@pytest.mark.parametrize(("headline", "name", "admin1"), [
    ("Ukrainian drones hit oil refinery in Ryazan", "Ryazan", "Ryazan Oblast"),
    ("Drone attack on Bryansk region injures two, governor says", "Bryansk Oblast", "Bryansk Oblast"),
    ("Drones attacked Krasnodar region overnight", "Krasnodar Krai", "Krasnodar Krai"),
    ("Explosion in Moscow kills 2", "Moscow", "Moscow City"),
    ("Explosion in St. Petersburg cafe kills blogger", "Saint Petersburg", "Saint Petersburg City"),
])
def test_russian_places_are_named_as_english_news_names_them(headline: str, name: str, admin1: str) -> None:
    [event] = analyze(Article(article_id="a", title="", text=headline, content_hash="h"), load_taxonomy())
    assert event.location is not None
    assert (event.location.name, event.location.admin1, event.location.country) == (name, admin1, "Russia")


def test_men_arrested_for_planning_an_attack_are_arrests_not_the_attack() -> None:
    text = "Austrian police arrested three men suspected of planning a bomb attack on a concert in Vienna, officials said on Thursday."
    [event] = analyze(Article(article_id="a", title="", text=text, content_hash="h"), load_taxonomy())
    assert (event.sub_event_type, event.location and event.location.name) == ("Arrests", "Vienna")


def test_the_pakistani_taliban_act_in_pakistan() -> None:
    text = "The Pakistani Taliban claimed responsibility on Wednesday for an ambush on an army convoy that killed four soldiers."
    events = analyze(Article(article_id="a", title="", text=text, content_hash="h"), load_taxonomy())
    assert {e.location.country for e in events if e.location} == {"Pakistan"}


@pytest.mark.parametrize("text", ["An earthquake in 2010 killed 200,000 people in Haiti.", "The 1994 genocide in Rwanda killed 800,000 people."])
def test_a_subject_dated_years_back_is_history_not_news(text: str) -> None:
    published = datetime(2024, 5, 20, 9, tzinfo=timezone.utc)
    assert analyze(Article(article_id="a", title="", text=text, content_hash="h", published_at=published), load_taxonomy()) == []


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A suicide bomber killed himself and 14 others at a checkpoint in Kabul.", 15, None),
    ("At least 20 people have died in clashes in Tripoli since Friday.", 20, None),
    ("Nobody was hurt when a rocket hit an empty school in Sderot.", None, 0),
])
def test_a_toll_is_counted_as_news_tells_it(text: str, killed: int | None, injured: int | None) -> None:
    [event] = analyze(Article(article_id="a", title="", text=text, content_hash="h"), load_taxonomy())
    assert event.casualties is not None and (event.casualties.killed, event.casualties.injured) == (killed, injured)


def test_nobody_claiming_an_attack_is_no_claim() -> None:
    [event] = analyze(Article(article_id="a", title="", text="Nobody claimed the attack in Kabul that killed 5.", content_hash="h"), load_taxonomy())
    assert event.sub_event_type != "Claim of responsibility"
