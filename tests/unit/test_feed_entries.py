"""Feed entries (a present-tense headline, sometimes an HTML summary) coded as a reader would: type, place, toll, day."""

from __future__ import annotations

from typing import Any

import pytest

from worker.cli.analysis import _article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

RFC_2822 = "Tue, 17 Nov 2026 08:30:00 +0000"
ISO = "2026-11-17T08:30:00Z"


def _events(title: str, text: str = "", published_at: str = ISO) -> list[Any]:
    return analyze(_article({"id": "1", "title": title, "text": text, "published_at": published_at}), load_taxonomy())


ENTRIES = [
    # headline verbs in the present tense
    ("Police nab 14 suspected militants in Karachi", "", "Arrests", "Karachi"),
    ("Militants loot shops, torch homes in Ituri", "", "Looting/property destruction", "Ituri"),
    ("Government opens new highway linking Nairobi to Mombasa", "", "Infrastructure works", "Nairobi"),
    ("Thousands evacuated as river bursts banks in Poland", "", "Flood/landslide", "Poland"),
    ("Cyclone batters Mozambique coast", "", "Storm", "Mozambique"),
    ("Quake jolts eastern Turkey, no casualties reported",
     "A magnitude 5.6 earthquake struck Malatya province on Friday, AFAD said.", "Earthquake", "Malatya"),
    ("Israeli airstrike kills 7 in Gaza's Khan Younis",
     '<p>An air strike hit a house in <a href="https://example.org">Khan Younis</a> overnight, medics said.</p>', "Air/drone strike", "Khan Younis"),
    # "the city's Dnipro district" is a quarter of the city the headline names
    ("Shelling kills 3 civilians in Kherson", "Russian artillery pounded the city's Dnipro district on Tuesday.",
     "Shelling/artillery/missile attack", "Kherson"),
    # "Rio" in the news is Rio de Janeiro
    ("Police kill 5 suspected gang members in Rio shootout", "", "Armed clash", "Rio de Janeiro"),
]


@pytest.mark.parametrize(("title", "text", "sub_event_type", "place"), ENTRIES)
def test_a_feed_entry_is_coded_as_a_reader_would(title: str, text: str, sub_event_type: str, place: str) -> None:
    events = _events(title, text)
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in events[:1]] == [(sub_event_type, place)]


@pytest.mark.parametrize("title", [
    "Taylor Swift kills it at Wembley",
    "Lakers crush Celtics as LeBron explodes for 40",
    "Djokovic storms into Australian Open final",
    "Real Madrid crush Barcelona 4-0 in Clasico",
    "Rupee hits record low against dollar",
])
def test_sport_and_show_business_headlines_are_no_event(title: str) -> None:
    assert _events(title) == []


def test_a_group_claiming_a_bombing_in_a_headline_tells_the_bombing_as_claimed() -> None:
    events = _events("Islamic State claims Kabul mosque bombing")
    assert [(e.sub_event_type, e.modality, e.location.name if e.location else None) for e in events] == [
        ("Remote explosive/landmine/IED", "claimed", "Kabul")]


def test_floods_claiming_lives_are_no_claim() -> None:
    assert [e.sub_event_type for e in _events("Floods claim 30 lives in Kenya")] == ["Flood/landslide"]


def test_an_html_summary_under_an_rfc_2822_date_gives_the_toll_and_the_day() -> None:
    [event] = _events("Gunmen kill 12 in Zamfara village raid",
                      "<p>Bandits on motorbikes stormed Kurya village on Monday &amp; opened fire on residents, police said.</p>", RFC_2822)
    assert (event.sub_event_type, event.casualties.killed if event.casualties else None, event.occurred.date.isoformat() if event.occurred else None) \
        == ("Attack", 12, "2026-11-16")


SECOND_BATCH = [
    ("Gunmen shoot dead village chief in Kenya's Marsabit", "Attack", "Marsabit"),
    ("Rebels free 40 hostages in Colombia's Cauca", "Other", "Cauca"),
    ("Blinken meets Saudi crown prince in Riyadh", "Talks and visits", "Riyadh"),
    ("Mali summons French ambassador over drone incursion", "Sanctions and diplomatic measures", "Mali"),
    ("Boat carrying migrants sinks off Libya, 61 missing", "Transport accident", "Libya"),
    ("Crush at Hajj leaves 14 pilgrims dead in Mecca", "Crowd crush/stampede", "Makkah"),
    # an English "as" after a place is no Arabic particle ("Ras as Sidr")
    ("Protesters storm parliament in Nairobi as MPs pass finance bill", "Violent demonstration", "Nairobi"),
    # "Coast guard" names no region called Coast
    ("Coast guard intercepts cocaine-laden semi-submersible off Colombia", "Trafficking/smuggling", "Colombia"),
]


@pytest.mark.parametrize(("title", "sub_event_type", "place"), SECOND_BATCH)
def test_a_bare_headline_is_coded_as_a_reader_would(title: str, sub_event_type: str, place: str) -> None:
    events = _events(title)
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in events[:1]] == [(sub_event_type, place)]


def test_a_warning_shot_in_a_metaphor_is_no_attack() -> None:
    assert _events("Fed fires warning shot on inflation") == []


@pytest.mark.parametrize(("title", "sub_event_type", "place"), [
    ("Blast hits bus in Quetta, 6 dead", "Remote explosive/landmine/IED", "Quetta"),
    ("Cops bust meth lab in Sinaloa", "Trafficking/smuggling", "Sinaloa"),
    ("Soldiers raze homes in Myanmar's Sagaing", "Looting/property destruction", "Sagaing"),
    ("Tanker truck explodes on Nigerian highway, killing 48", "Industrial accident", "Nigeria"),
])
def test_headline_verbs_in_the_present_tense_are_read_as_their_past(title: str, sub_event_type: str, place: str) -> None:
    events = _events(title)
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in events[:1]] == [(sub_event_type, place)]
