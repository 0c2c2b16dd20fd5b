"""Phrasings a fresh probe of wire snippets found coded wrong, each with the look-alike that must stay as it is: diplomatic
protests, riots after a match, bodies of the abducted, memorials, evacuations under fire, wildfires and eruptions told
without the word, public safety campaigns, and victims told by a pronoun, found as bodies or "neutralised"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.wire_examples import events, first_event
from worker.pipeline.casualties import find_casualties
from worker.pipeline.headline_case import as_sentence_case


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("China lodged a protest with Japan over the remarks on Tuesday.", "Diplomacy", "Sanctions and diplomatic measures"),
        ("Pakistan lodged a strong protest with India over the killing of two civilians along the Line of Control.", "Diplomacy",
         "Sanctions and diplomatic measures"),
        ("Hundreds of students protested in Dhaka on Tuesday.", "Protests", "Peaceful protest"),
        ("Riot police broke up a march by opposition supporters in Kinshasa on Saturday and arrested 14 people.", "Protests",
         "Protest with intervention"),
        ("Police broke up a drug ring in Lagos on Monday.", "Organized crime", "Trafficking/smuggling"),
        ("Security forces gunned down three terrorists in an encounter in Kulgam district of south Kashmir on Tuesday.", "Battles", "Armed clash"),
        ("Two NPA rebels were killed in an encounter with government troops in Samar on Tuesday.", "Battles", "Armed clash"),
        ("Unknown gunmen whisked away a businessman in Maiduguri on Monday evening.", "Violence against civilians",
         "Abduction/forced disappearance"),
        ("Rioters set cars on fire and looted shops in Lyon after a football match on Sunday night, police said.", "Riots", "Mob violence"),
        ("The bodies of five men abducted last week were found in a ravine near Culiacan on Monday.", "Violence against civilians", "Attack"),
        ("Gunmen abducted five men in Culiacan on Monday.", "Violence against civilians", "Abduction/forced disappearance"),
        ("Residents of Bucha unveiled a memorial wall bearing the names of 500 civilians killed during the occupation.", "Commemoration",
         "Monument/memorial"),
        ("About 300 foreign nationals were evacuated from Beirut by ship on Tuesday as fighting intensified.", "Humanitarian aid", "Evacuation"),
        ("Heavy fighting raged in the southern suburbs of Beirut on Tuesday.", "Battles", "Armed clash"),
        ("Thousands gathered in Kigali on Monday to mark the 30th anniversary of the genocide against the Tutsi.", "Commemoration", "Ceremony"),
        ("Thousands gathered in Nairobi on Monday against the new finance bill.", "Protests", "Peaceful protest"),
        ("Firefighters battled a blaze that has scorched 3,000 hectares of forest near Valparaiso since Sunday.", "Natural disaster", "Wildfire"),
        ("A fire at a garment factory in Dhaka killed 16 workers on Tuesday.", "Man-made disaster", None),
        ("Mount Lewotobi Laki-laki erupted again on Tuesday, sending ash 9 km into the sky and closing Bali airport.", "Natural disaster",
         "Other natural hazard"),
        ("Authorities in Bihar began a week-long campaign to distribute mosquito nets to 3 million households on Monday.",
         "Public safety programme", "Public safety programme"),
        ("Police launched a weapons amnesty in Port Moresby on Tuesday, urging residents to hand in illegal guns.", "Public safety programme",
         "Public safety programme"),
        ("IAEA inspectors visited the Zaporizhzhia nuclear plant on Tuesday to check its cooling systems.", "Official announcement/inspection",
         "Inspection"),
        ("The city administration said on Tuesday that water supply would be cut in three districts for maintenance on Thursday.",
         "Official announcement/inspection", "Announcement"),
        ("A commission assessed the damage to houses in the village after the shelling, local authorities said on Monday.",
         "Official announcement/inspection", "Inspection"),
        ("Work started on Tuesday on a new water treatment plant in Mariupol.", "Reconstruction", "Infrastructure works"),
        ("Residents laid flowers at the site of the missile strike in Dnipro on Monday, a year after 46 people were killed there.",
         "Commemoration", "Ceremony"),
        ("A Russian missile struck mourners laying flowers in Kharkiv on Monday, killing three people.", "Explosions/Remote violence",
         "Shelling/artillery/missile attack"),
        ("WFP resumes food deliveries to northern Gaza.", "Humanitarian aid", "Humanitarian mission"),
        ("Modi arrives in Moscow for two-day visit.", "Diplomacy", "Talks and visits"),
        ("The president visited wounded soldiers in a hospital in Kharkiv on Tuesday.", "Official announcement/inspection", "Inspection"),
        ("Zelensky visited troops on the front line near Pokrovsk on Monday.", "Official announcement/inspection", "Inspection"),
        ("The governor's convoy came under fire as he visited the front line near Orikhiv on Monday.", "Battles", "Armed clash"),
        ("Police banned the march, but hundreds of activists gathered anyway in central Moscow on Sunday.", "Protests", "Peaceful protest"),
        ("Thousands defied a ban on protests and marched in Istanbul on Saturday.", "Protests", "Peaceful protest"),
        ("The militia announced it was disbanding and handing over its weapons to the army on Monday.", "Strategic developments",
         "Change to group/activity"),
    ],
)
def test_a_wire_phrasing_is_coded_as_a_reader_would(text: str, event_type: str, sub_event_type: str | None) -> None:
    event = first_event(text)
    assert event is not None and event.event_type == event_type
    assert sub_event_type is None or event.sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "A report by Human Rights Watch said at least 300 civilians were killed in the region last year.",
        "Some 2,000 people have been displaced over the past six months, the UN said.",
        "Police banned a planned opposition rally in Kampala on Saturday.",  # no one rallied
    ],
)
def test_a_tally_over_a_year_or_months_or_a_protest_only_banned_is_no_event(text: str) -> None:
    assert first_event(text) is None


def test_a_toll_told_a_week_later_is_still_the_event() -> None:
    event = first_event("Five soldiers were killed in an ambush near Gao last week, the army said.")
    assert event is not None and event.event_type == "Battles"


def test_the_day_the_bodies_were_found_is_the_events_not_the_day_told_of_the_victims() -> None:
    event = first_event("The bodies of five men abducted last week were found in a ravine near Culiacan on Monday.")
    assert event is not None and event.occurred is not None and event.occurred.date == date(2026, 11, 30)
    released = first_event("Five men were abducted on Monday and released on Wednesday in Culiacan.")
    assert released is not None and released.occurred is not None and released.occurred.date == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("He was beaten to death.", 1),
        ("She later died in hospital.", 1),
        ("He was shot dead by a sniper; his brother was wounded.", 1),
        ("He was killed in 2019.", None),  # a death long before: history
        ("The decapitated bodies of a journalist and his driver were found in Guerrero.", 2),
        ("Police found the bodies of two men and a woman in a ravine near Culiacan.", 3),
        ("The bodies of three men were found in Culiacan.", 3),
        ("Troops repelled an attack by ISWAP terrorists on a base in Marte, neutralising 17 of them.", 17),
        ("Five terrorists were neutralised in the operation.", 5),
        ("Troops neutralised two explosive devices near Gao.", None),  # devices, not people
        ("Gunmen gunned down two traders in Kano.", 2),
        ("Gunmen gunned down a local chief and his son in Zamfara.", 2),
        ("Israeli troops shot dead a 17-year-old Palestinian during a raid in Jenin.", 1),  # a verb that only takes a person
        ("The storm killed a cow.", None),
        ("A woman and her three children were killed when gunmen raided their home.", 4),
        ("The strike killed a father and his two daughters in Khan Younis.", 3),
        ("Terrorists attacked a police checkpoint in Lakki Marwat, martyring two policemen, officials said.", 2),
        ("Two soldiers were martyred in the attack.", 2),
    ],
)
def test_a_victim_told_by_a_pronoun_or_found_dead_is_counted(text: str, killed: int | None) -> None:
    toll = find_casualties(text)
    assert (toll.killed if toll else None) == killed


def test_a_follow_up_sentence_gives_the_lone_victims_toll() -> None:
    event = first_event("Gunmen attacked a trader in Kano on Monday. He was beaten to death.")
    assert event is not None and event.casualties is not None and event.casualties.killed == 1
    again = first_event("Gunmen shot dead a trader in Kano on Monday. He died on the spot.")
    assert again is not None and again.casualties is not None and again.casualties.killed == 1  # told twice, counted once


def test_a_headline_keeps_the_names_its_story_writes_as_names() -> None:
    story = "President Donald Trump met Russian President Vladimir Putin in Anchorage on Friday for talks, the White House said."
    assert as_sentence_case("Trump Meets Putin In Alaska For Talks", story) == "Trump meets Putin in Alaska for talks"
    assert as_sentence_case("TRUMP MEETS PUTIN IN ALASKA FOR TALKS", story) == "Trump meets Putin in Alaska for talks"
    assert as_sentence_case("Landslide Buries Village In Papua New Guinea, Hundreds Feared Dead") == \
        "Landslide buries village in Papua New Guinea, hundreds feared dead"  # a place named in everyday words
    assert as_sentence_case("Modi Arrives In Moscow For Two-Day Visit") == "Modi arrives in Moscow for two-day visit"
    # a word the story also writes in lower case is an everyday word
    assert as_sentence_case("Security Forces Kill Five In Raid", "The Security Council met as security forces moved in.") == \
        "Security forces kill five in raid"


def test_a_summary_retold_with_its_details_is_one_event_and_the_same_toll_in_two_towns_is_two() -> None:
    retold = events("Israeli strikes on Gaza kill at least 25 people, including children, health officials say. Israeli air strikes hit homes "
                   "in Gaza City and Khan Younis overnight, killing at least 25 people.", "Israeli strikes kill 25 in Gaza")
    assert len(retold) == 1 and retold[0].casualties is not None and retold[0].casualties.killed == 25
    two_towns = events("An Israeli airstrike killed five people in Rafah on Tuesday. An Israeli airstrike killed five people in Khan Younis on Tuesday.")
    assert [e.location.name for e in two_towns if e.location] == ["Rafah", "Khan Younis"]
