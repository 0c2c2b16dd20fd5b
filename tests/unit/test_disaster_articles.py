"""Multi-sentence disaster reports: the disaster is one event, with its rescue, evacuation, relief, rising toll and the state
of emergency or mourning declared over it as its aftermath; the named storm or earthquake that set off floods and landslides
is the event; a tanker crash is a road accident unless it blows up; aid for survivors and roads cleared of debris are their
own civic events."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2024, 5, 20, 9, tzinfo=timezone.utc)  # a Monday


def events(text: str):
    return analyze(Article(article_id="a", title="", text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy())


def summary(text: str) -> list[tuple]:
    """(sub-event type, admin1, killed) per event."""
    return [(e.sub_event_type, e.location.admin1 if e.location else None, e.casualties.killed if e.casualties else None)
            for e in events(text)]


AFTERMATH = [
    # a state of calamity declared over the storm
    ("MANILA (Reuters) - Typhoon Gaemi lashed the northern Philippines on Wednesday, triggering floods and landslides that killed "
     "at least 22 people, disaster officials said. More than 600,000 people were displaced, and the government declared a state "
     "of calamity in Manila.", "Storm", 22),
    # evacuations and food handed out
    ("DHAKA (AFP) - Floods caused by torrential monsoon rains have submerged large parts of Sylhet district in northeastern "
     "Bangladesh, killing 11 people since Thursday. Authorities evacuated about 200,000 residents to shelters. The World Food "
     "Programme began distributing food to stranded families on Sunday.", "Flood/landslide", 11),
    # an eruption's evacuation, told with a town of its province
    ("JAKARTA (Reuters) - Mount Ruang volcano in Indonesia's North Sulawesi province erupted on Tuesday, spewing ash two "
     "kilometres into the sky. Authorities evacuated more than 11,000 residents from nearby islands and closed the airport in "
     "Manado.", "Other natural hazard", None),
    # the Red Cross rescuing people and setting up a camp
    ("NAIROBI (Reuters) - A dam burst near the town of Mai Mahiu in Kenya's Rift Valley on Monday, sweeping away houses and "
     "killing at least 42 people. The Kenya Red Cross said it had rescued 49 people and set up a camp for displaced families.",
     "Structural collapse/fire", 42),
    # people rescued from a burning building's roof
    ("DHAKA (Reuters) - A fire swept through a six-storey building housing restaurants in Dhaka on Thursday night, killing at "
     "least 46 people. Firefighters brought the blaze under control after two hours. Dozens of people were rescued from the "
     "roof.", "Structural collapse/fire", 46),
    # national mourning, then teams sent from abroad
    ("RABAT (Reuters) - Rescuers searched through the night for survivors of a 6.8-magnitude earthquake that struck Morocco's "
     "High Atlas mountains on Friday, killing more than 2,000 people. King Mohammed VI declared three days of national "
     "mourning. Spain and Britain sent search-and-rescue teams.", "Earthquake", 2000),
    ("DAR ES SALAAM (AFP) - A ferry carrying more than 200 passengers sank on Friday, killing at least 55 people. Rescuers "
     "saved 40 others. The president declared three days of national mourning.", "Transport accident", 55),
    # the governor's word on the cause of a fire first told by its toll
    ("TEHRAN (AFP) - A fire at a market in the northern city of Rasht killed nine people on Tuesday, state media reported. The "
     "city's governor said the blaze had been caused by an electrical fault.", "Structural collapse/fire", 9),
]


@pytest.mark.parametrize(("text", "sub", "killed"), AFTERMATH, ids=[t[:30] for t, _, _ in AFTERMATH])
def test_a_disasters_aftermath_is_no_event_of_its_own(text: str, sub: str, killed: int | None) -> None:
    assert [(s, k) for s, _, k in summary(text)] == [(sub, killed)]


TRIGGERS = [
    ("MANILA (Reuters) - Typhoon Gaemi lashed the northern Philippines on Wednesday, triggering floods and landslides that killed "
     "at least 22 people.", "Storm"),
    ("HANOI (Reuters) - Typhoon Yagi battered northern Vietnam on Saturday, unleashing floods and landslides that killed at least "
     "12 people in Quang Ninh province.", "Storm"),
    ("Cyclone Remal brought heavy rains and flooding to coastal Bangladesh on Monday, killing 10 people.", "Storm"),
    ("KATHMANDU (AP) - A magnitude 5.6 earthquake shook western Nepal late on Friday, triggering landslides that killed nine "
     "people in Jajarkot district.", "Earthquake"),
    ("An earthquake in northern Afghanistan triggered landslides that buried two villages on Tuesday, killing 17 people.",
     "Earthquake"),
    # rain is no storm: the floods it set off are the event
    ("Torrential rains triggered floods and landslides in Kerala on Tuesday, killing 30 people.", "Flood/landslide"),
]


@pytest.mark.parametrize(("text", "sub"), TRIGGERS, ids=[t[:30] for t, _ in TRIGGERS])
def test_the_storm_or_quake_that_set_off_floods_is_the_event(text: str, sub: str) -> None:
    assert [s for s, _, _ in summary(text)] == [sub]


ACCIDENTS = [
    # a tanker that blows up, on a road or at a depot, is a fuel disaster (an industrial accident)
    ("A fuel tanker overturned and exploded on a highway in Niger state on Sunday, killing 48 people.", "Industrial accident"),
    ("A fuel tanker exploded at a depot in Conakry on Monday, killing eight people.", "Industrial accident"),
    ("BEIRUT (Reuters) - A huge explosion ripped through Beirut's port on Tuesday, killing at least 78 people and injuring "
     "thousands. Officials said the blast was caused by 2,750 tonnes of ammonium nitrate stored in a warehouse.",
     "Industrial accident"),
    ("SANTO DOMINGO (AP) - An explosion tore through a plastics factory in San Cristobal on Monday, killing 11 people.",
     "Industrial accident"),
    # one that only crashes is a road accident
    ("A petrol tanker collided with a bus on the Lagos-Ibadan expressway on Friday, killing 12 people.", "Transport accident"),
    ("DHAKA (AFP) - A passenger train rammed into a stationary freight train near "
     "Kishoreganj on Monday, killing at least 15 people.", "Transport accident"),
]


@pytest.mark.parametrize(("text", "sub"), ACCIDENTS, ids=[t[:30] for t, _ in ACCIDENTS])
def test_a_tanker_crash_is_a_road_accident_unless_it_blows_up(text: str, sub: str) -> None:
    assert [s for s, _, _ in summary(text)] == [sub]


CIVIC = [
    ("KATHMANDU (AP) - Crews reopened the main highway between Kathmandu and Pokhara after clearing landslide debris.",
     "Infrastructure works"),
    ("ISLAMABAD (AP) - Army engineers cleared debris from the Karakoram Highway on Thursday, a week after landslides blocked the "
     "route.", "Infrastructure works"),
    ("DERNA, Libya (Reuters) - Workers began rebuilding two dams above the city of Derna on Monday, a year after they burst "
     "during Storm Daniel.", "Repair/renovation"),
    ("Aid ships carrying food and tents docked in Derna on Friday to help survivors of the floods.", "Humanitarian mission"),
    ("Authorities evacuated 2,000 people from villages near Mount Etna on Monday as lava flowed down its slopes.", "Evacuation"),
]


@pytest.mark.parametrize(("text", "sub"), CIVIC, ids=[t[:30] for t, _ in CIVIC])
def test_work_and_aid_after_a_disaster_are_their_own_civic_events(text: str, sub: str) -> None:
    assert [s for s, _, _ in summary(text)] == [sub]


def test_a_landslide_blocking_a_road_is_still_the_landslide() -> None:
    assert [s for s, _, _ in summary("A landslide blocked the Karakoram Highway on Tuesday, stranding hundreds of travellers.")] \
        == ["Flood/landslide"]
    assert [s for s, _, _ in summary("Rescuers dug through landslide debris on Tuesday searching for 20 people buried in a "
                                     "village in Yunnan.")] == ["Flood/landslide"]


def test_a_disaster_in_another_country_on_another_day_is_its_own_event() -> None:
    assert summary("GUWAHATI (Reuters) - Floods killed 20 people in Bangladesh's Sylhet district on Thursday. In India's Assam "
                   "state, floods killed eight people on Friday.") \
        == [("Flood/landslide", "Sylhet", 20), ("Flood/landslide", "Assam", 8)]


def test_the_cause_told_of_a_mine_blast_is_more_of_it() -> None:
    assert summary("ACCRA (Reuters) - An explosion at a gold mine in western Ghana killed 13 people on Thursday. Police said a "
                   "truck carrying explosives had collided with a motorcycle.") == [("Industrial accident", None, 13)]
