"""Wire reports told with each side's word and the war's tally: the other side's denial stays with the event it answers, a
war's running tally told alone is no event, a different act in another town is an event of its own, fire heard in a battle
and marches held elsewhere are coded as an ACLED coder would, and short headlines full of foreign names are read as English."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article
from worker.pipeline.analyze import analysis
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2024, 5, 20, 9, tzinfo=timezone.utc)  # a Monday


def events(text: str, title: str = ""):
    return analysis(Article(article_id="a", title=title, text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy()).events


def summary(text: str) -> list[tuple]:
    """(event type, place) per event."""
    return [(e.event_type, e.location.name if e.location else None) for e in events(text)]


RUNNING_TALLIES = [
    "The war in Sudan has killed more than 14,000 people.",
    "The conflict in eastern Congo has displaced more than seven million people.",
    "More than 35,000 Palestinians have been killed in Gaza since the war began, according to the health ministry.",
    "The insurgency in Cabo Delgado has killed more than 4,000 people since 2017.",
    "The war in Ukraine has killed tens of thousands of soldiers on both sides.",
]


@pytest.mark.parametrize("text", RUNNING_TALLIES)
def test_a_wars_running_tally_told_alone_is_no_event(text: str) -> None:
    assert events(text) == []


LONE_REPORTS = [
    ("Gunmen killed 14 people in a village in Plateau state, the latest in a series of attacks.", "Violence against civilians"),
    ("Sudanese army and RSF fighters clashed in El Fasher on Sunday, in a war that has killed more than 14,000 people.", "Battles"),
    ("Russian shelling of Kherson has killed two people and wounded six since Sunday morning, the governor said.",
     "Explosions/Remote violence"),
    ("Five DPR servicemen have died since the beginning of the day in battles with the Armed Forces of Ukraine.", "Battles"),
]


@pytest.mark.parametrize(("text", "kind"), LONE_REPORTS, ids=[t[:30] for t, _ in LONE_REPORTS])
def test_a_lone_sentence_reporting_an_event_keeps_it(text: str, kind: str) -> None:
    assert [e.event_type for e in events(text)] == [kind]


DENIALS = [
    ("EL FASHER, Sudan (AP) — Paramilitary fighters stormed the Zamzam camp for displaced people on Sunday, killing at least 30 "
     "civilians, aid groups said. The RSF said it had attacked army positions and denied targeting civilians.",
     "Violence against civilians", "Zamzam"),
    ("KHARTOUM, May 19 (Reuters) - Rapid Support Forces fighters shelled a displacement camp near El Fasher on Sunday, killing 20 "
     "civilians, medics said. The RSF said it had attacked army positions and denied targeting civilians.",
     "Explosions/Remote violence", "El Fasher"),
    ("KYIV, May 19 (Reuters) - A Russian drone attack on the southern city of Odesa damaged port infrastructure and injured three "
     "people, the regional governor said on Sunday. Moscow said it had targeted military facilities and denied hitting civilian "
     "sites.", "Explosions/Remote violence", "Odesa"),
]


@pytest.mark.parametrize(("text", "kind", "place"), DENIALS, ids=[t[:30] for t, _, _ in DENIALS])
def test_the_other_sides_denial_stays_with_the_event_it_answers(text: str, kind: str, place: str) -> None:
    assert summary(text) == [(kind, place)]


def test_a_different_armed_act_in_another_town_is_its_own_event_on_the_same_day() -> None:
    text = ("BEIRUT, May 19 (Reuters) - Syrian government forces shelled the town of Ariha in Idlib province on Sunday, killing "
            "three civilians, rescuers said. Turkey-backed factions also clashed near Manbij with Kurdish-led forces.")
    assert summary(text) == [("Explosions/Remote violence", "Ariha"), ("Battles", "Manbij")]
    assert [str(e.occurred.date) if e.occurred else None for e in events(text)] == ["2024-05-19", "2024-05-19"]


def test_fire_heard_in_a_battle_and_stones_thrown_in_a_clash_are_more_of_it() -> None:
    assert summary("KHARTOUM, May 19 (Reuters) - Sudan's army and the paramilitary Rapid Support Forces fought in El Fasher on "
                   "Sunday, residents said. Heavy artillery fire was heard across the city. The RSF said it had repelled an army "
                   "offensive.") == [("Battles", "El Fasher")]
    assert len(events("DHAKA, May 19 (Reuters) - Students clashed with ruling party activists at Dhaka University on Sunday, "
                      "leaving at least 100 people injured, police said. Protesters threw stones and set fire to motorcycles. "
                      "Police fired tear gas to disperse the crowd.")) == 1


def test_marches_held_in_other_towns_are_one_event_each() -> None:
    assert [p for _, p in summary("BUENOS AIRES, May 19 (Reuters) - Tens of thousands of students and teachers rallied in Buenos "
                                  "Aires on Sunday against budget cuts. Smaller marches were held in Cordoba and Rosario.")] \
        == ["Buenos Aires", "Cordoba", "Rosario"]


def test_a_month_past_told_in_passing_after_the_lead_is_history() -> None:
    assert summary("BOGOTA, May 19 (Reuters) - Colombian soldiers clashed with ELN rebels in Arauca province on Sunday, killing "
                   "three guerrillas, the army said. The ELN did not comment. The group suspended peace talks in April.") \
        == [("Battles", "Arauca")]


HEADLINES = [
    ("Kyrgyzstan bans Hizb ut-Tahrir", "Strategic developments"),
    ("JNIM militants besiege Djibo", None),
    ("Anti-balaka militia attacks Bangassou", None),
    ("Abu Sayyaf frees Indonesian hostages", None),
]


@pytest.mark.parametrize(("title", "kind"), HEADLINES, ids=[t for t, _ in HEADLINES])
def test_a_short_headline_full_of_foreign_names_is_read_as_english(title: str, kind: str | None) -> None:
    result = analysis(Article(article_id="a", title=title, text="", content_hash="h", published_at=PUBLISHED), load_taxonomy())
    assert result.language == "en" and result.outcome != "unsupported_language"
    if kind is not None:
        assert [e.event_type for e in result.events] == [kind]


def test_a_headline_restating_the_toll_breaks_down_no_tally() -> None:
    # the headline's "kills two" is the lead's toll told again, not one of the events the lead sums up
    found = events("A Russian drone attack on Odesa overnight killed two people and damaged port infrastructure, the governor said. "
                   "Air defences shot down 20 of the 25 drones launched.", title="Russian drone attack on Odesa kills two")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Explosions/Remote violence", "Air/drone strike"),
                                                                 ("Strategic developments", "Disrupted weapons use")]
    assert found[0].casualties is not None and found[0].casualties.killed == 2
