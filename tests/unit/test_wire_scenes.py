"""Multi-sentence wire reports coded as an ACLED coder would: a riot's toll told after it is the riot's, placed where the riot
was; demonstrations told in several other towns are one event per town; drones shot down across the country after a strike on
one town are an event of their own; each event keeps its own day."""

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
    """(sub-event type, place, killed) per event."""
    return [(e.sub_event_type, e.location.name if e.location else None, e.casualties.killed if e.casualties else None)
            for e in events(text)]


RIOT_TOLLS = [
    # the toll told in a clause after ";"
    ("NAIROBI, May 19 (Reuters) - Protesters set fire to a police post and looted shops in Kisumu on Sunday; police shot dead one "
     "rioter and wounded three others.", "Kisumu", 1),
    ("LAGOS, May 19 - Youths blocked roads and burned tyres in Kano on Sunday in protest at fuel prices; one protester was shot "
     "dead by police.", "Kano", 1),
    # the toll told in the sentence after
    ("DAKAR, May 19 (AFP) - Opposition supporters clashed with police and set cars ablaze in Ziguinchor on Sunday. Security "
     "forces killed one demonstrator and wounded five, a hospital official said.", "Ziguinchor", 1),
    ("NAIROBI - Protesters threw stones and torched a bank in Nakuru on Tuesday. A police officer shot and killed a 19-year-old "
     "demonstrator during the unrest.", "Nakuru", 1),
]


@pytest.mark.parametrize(("text", "place", "killed"), RIOT_TOLLS, ids=[t[:30] for t, _, _ in RIOT_TOLLS])
def test_rioters_shot_by_the_forces_facing_them_are_the_riots_toll(text: str, place: str, killed: int) -> None:
    found = events(text)
    assert [(e.event_type, e.location.name if e.location else None) for e in found] == [("Riots", place)]
    assert found[0].casualties is not None and found[0].casualties.killed == killed


def test_protesters_shot_elsewhere_or_in_another_story_are_an_event_of_their_own() -> None:
    assert [p for _, p, _ in summary("NAIROBI - Protesters threw stones and torched a bank in Nakuru on Tuesday. In Kisumu, police "
                                     "shot dead two demonstrators at a peaceful march.")] == ["Nakuru", "Kisumu"]
    assert [p for _, p, _ in summary("DHAKA - Demonstrators torched buses in Chittagong on Sunday; police shot dead two protesters "
                                     "in Sylhet.")] == ["Chattogram", "Sylhet"]
    assert summary("LAGOS - Youths burned tyres and looted shops in Kano on Sunday. Separately, soldiers shot dead three "
                   "protesters at a sit-in in Abuja.")[1][0] == "Excessive force against protesters"


TOWNS = [
    ("TBILISI, May 19 (Reuters) - Tens of thousands of people rallied in Tbilisi on Sunday against the foreign agents bill. "
     "Smaller protests took place in Batumi and Kutaisi.", ["Tbilisi", "Batumi", "Kutaisi"]),
    ("BELGRADE - Thousands marched through Belgrade on Saturday demanding the government resign. Demonstrations were also held "
     "in Novi Sad, Nis and Kragujevac.", ["Belgrade", "Novi Sad", "Nis", "Kragujevac"]),
    ("NAIROBI - Hundreds of teachers protested outside parliament in Nairobi on Monday over unpaid salaries. Similar rallies "
     "were held in Mombasa and Kisumu.", ["Nairobi", "Mombasa", "Kisumu"]),
    ("LAGOS - Youths burned tyres and blocked roads in Kano on Sunday; protesters also clashed with police in Kaduna and Zaria.",
     ["Kano", "Kaduna", "Zaria"]),
    ("TBILISI - Tens of thousands rallied in Tbilisi and Batumi on Sunday against the bill.", ["Tbilisi", "Batumi"]),
    # look-alikes: no town named, squares of the same town, where the marchers came from
    ("TBILISI - Tens of thousands rallied in Tbilisi on Sunday against the bill. Smaller protests took place in other cities.",
     ["Tbilisi"]),
    ("TBILISI - Thousands rallied outside parliament in Tbilisi on Sunday. Demonstrators also gathered in Freedom Square and "
     "Heroes Square later in the evening.", ["Tbilisi"]),
    ("PARIS - Farmers from Normandy and Brittany drove their tractors to Paris on Monday to protest EU rules.", ["Paris"]),
    ("MUMBAI - Hundreds of migrant workers protested in Mumbai on Sunday, demanding transport to their homes in Bihar and "
     "Odisha.", ["Mumbai"]),
]


@pytest.mark.parametrize(("text", "places"), TOWNS, ids=[t[:30] for t, _ in TOWNS])
def test_demonstrations_in_several_towns_are_one_event_per_town(text: str, places: list[str]) -> None:
    found = events(text)
    assert [e.location.name if e.location else None for e in found] == places
    assert len({e.event_type for e in found}) == 1
    assert len({e.event_id for e in found}) == len(found)
    assert len({e.occurred.date if e.occurred else None for e in found}) == 1  # the other towns on the main one's day


WIDE_TALLIES = [
    ("KYIV, May 19 (Reuters) - A Russian drone struck an apartment block in Kharkiv overnight, killing two people. Ukraine's air "
     "defences downed 25 of 30 drones launched across the country, the air force said.", "Kharkiv", "Ukraine"),
    ("KYIV - A Russian missile hit an energy facility in Lviv on Sunday, injuring three workers. The air force said it shot down "
     "40 of 45 drones and missiles over several regions overnight.", "Lviv", "Ukraine"),
    ("MOSCOW - A Ukrainian drone hit an oil refinery in Tuapse early on Sunday, causing a fire. Russia's defence ministry said "
     "air defences destroyed 57 Ukrainian drones over eight regions.", "Tuapse", "Russia"),
]


@pytest.mark.parametrize(("text", "strike", "country"), WIDE_TALLIES, ids=[t[:30] for t, _, _ in WIDE_TALLIES])
def test_drones_shot_down_across_the_country_after_a_strike_are_their_own_event(text: str, strike: str, country: str) -> None:
    found = events(text)
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in found] == [
        (found[0].sub_event_type, strike), ("Disrupted weapons use", country)]
    assert found[0].event_type == "Explosions/Remote violence"
    assert found[1].occurred is not None  # the night of the strike


def test_drones_shot_down_over_the_town_struck_are_more_of_the_strike() -> None:
    assert len(events("KYIV - Russia launched a drone attack on Odesa overnight, damaging a port building. Air defences shot down "
                      "five drones over the city.")) == 1
    assert len(events("KYIV - Russian missiles struck Kyiv before dawn on Sunday, injuring four people. Air defences destroyed all "
                      "12 missiles fired at the capital, officials said.")) == 1


def _days(text: str) -> list[tuple]:
    return [(e.event_type, str(e.occurred.date) if e.occurred else None, e.location.name if e.location else None) for e in events(text)]


def test_arrests_over_an_act_told_with_its_own_day_are_two_events_each_on_its_day() -> None:
    assert _days("KARACHI - Police detained three men on Friday over a bomb explosion that killed seven people at a market in Quetta "
                 "on Thursday.") == [("Strategic developments", "2024-05-17", "Quetta"), ("Explosions/Remote violence", "2024-05-16", "Quetta")]
    assert _days("MOGADISHU - Security forces arrested five suspects on Saturday in connection with a suicide bombing that killed "
                 "12 people at a restaurant in Mogadishu on Thursday.") == [
        ("Strategic developments", "2024-05-18", "Mogadishu"), ("Explosions/Remote violence", "2024-05-16", "Mogadishu")]
    found = events("MEXICO CITY - Police on Friday detained a man over a shooting that killed three people at a bar in Ciudad "
                   "Juarez on Wednesday.")
    assert [(e.event_type, str(e.occurred.date)) for e in found] == [("Strategic developments", "2024-05-17"),
                                                                     ("Violence against civilians", "2024-05-15")]
    assert found[1].casualties is not None and found[1].casualties.killed == 3 and found[0].casualties is None


def test_arrests_over_an_act_told_in_passing_stay_one_event() -> None:
    assert [e.event_type for e in events("KARACHI - Police detained three men on Friday over a bombing in Quetta last year.")] == [
        "Strategic developments"]
    assert [e.event_type for e in events("LAHORE - Police arrested two suspects on Friday over the killing of a journalist.")] == [
        "Strategic developments"]


def test_a_like_event_told_after_a_recent_one_with_no_day_of_its_own_shares_its_day() -> None:
    assert _days("KYIV - Russian shelling killed two civilians in Kherson on Sunday. A drone attack on Nikopol wounded a woman.") == [
        ("Explosions/Remote violence", "2024-05-19", "Kherson"), ("Explosions/Remote violence", "2024-05-19", "Nikopol")]
    # looking back, or another kind of event: no day lent
    assert _days("KYIV - Russian shelling killed two civilians in Kherson on Sunday. Earlier, a drone attack on Nikopol wounded a "
                 "woman.")[1][1] is None
    assert _days("DAKAR - Hundreds of protesters rallied in Dakar on Sunday. Gunmen killed two people in Kolda.") == [
        ("Protests", "2024-05-19", "Dakar"), ("Violence against civilians", None, "Kolda")]


def test_an_explosion_that_killed_people_at_a_market_is_a_remote_explosive() -> None:
    assert events("QUETTA - A blast that killed five worshippers at a mosque in Quetta on Friday was claimed by no group.")[0] \
        .sub_event_type == "Remote explosive/landmine/IED"


DISPLACED = [
    "PORT-AU-PRINCE - Gang members attacked Pont-Sonde on Thursday, killing 70 people. Over 6,000 residents fled their homes, the IOM said.",
    "MAIDUGURI - Boko Haram fighters killed 12 farmers near Gwoza on Monday. Residents said hundreds of people had fled the area.",
    "BANGUI - Rebels attacked the town of Bossangoa on Friday, killing eight civilians. Some 5,000 people were displaced, the "
    "International Organization for Migration said on Saturday.",
    "KHARTOUM - The army and the RSF fought for control of Babanusa on Saturday. The fighting forced thousands to flee to El Obeid, "
    "according to OCHA.",
]


@pytest.mark.parametrize("text", DISPLACED, ids=[t[:30] for t in DISPLACED])
def test_people_fleeing_after_an_attack_are_its_aftermath_not_an_event(text: str) -> None:
    assert len(events(text)) == 1


def test_a_dateline_day_is_no_toll() -> None:
    found = events("MAIDUGURI, Nigeria, May 19 - Gunmen killed 12 villagers in an attack on Kukawa on Saturday night.")
    assert found[0].casualties is not None and found[0].casualties.killed == 12


def test_a_clause_telling_a_strike_on_another_town_with_its_own_toll_is_its_own_event() -> None:
    assert summary("KYIV - Russian shelling killed three people in Kherson on Sunday, while a missile strike on Kharkiv wounded 12.") == [
        ("Shelling/artillery/missile attack", "Kherson", 3), ("Shelling/artillery/missile attack", "Kharkiv", None)]
    assert len(events("KYIV - Russian shelling killed three people in Kherson on Sunday, while a woman was wounded in Beryslav.")) == 1


def test_another_side_acting_in_another_town_is_its_own_event() -> None:
    assert [(e.sub_event_type, e.location.name) for e in events(
        "ABUJA - Gunmen killed nine villagers in Kauru, Kaduna state, on Saturday. Bandits also abducted 30 people in Tsafe, "
        "Zamfara state.")] == [("Attack", "Kauru"), ("Abduction/forced disappearance", "Tsafe")]
    # the attackers named again, or a town the event before names: more of it
    assert len(events("ABUJA - Gunmen killed nine villagers in Kauru on Saturday. The attackers also abducted 30 people in Kauru.")) == 1


def test_missiles_shot_down_over_another_town_are_their_own_event_on_the_strikes_day() -> None:
    found = events("KYIV - A Russian missile hit a warehouse in Odesa on Sunday, killing one worker. Ukrainian air defences shot down "
                   "two more missiles over Mykolaiv.")
    assert [(e.sub_event_type, e.location.name, str(e.occurred.date)) for e in found][1] == (
        "Disrupted weapons use", "Mykolayiv", "2024-05-19")


def test_arrests_told_in_a_clause_after_a_riot_are_more_of_the_riot() -> None:
    found = events("PARIS - Rioters torched cars and looted shops in Nanterre overnight; police arrested 150 people nationwide.")
    assert [e.location.name for e in found] == ["Nanterre"]


def test_another_strike_on_a_car_in_another_town_is_its_own_event() -> None:
    assert summary("GAZA - An Israeli air strike on a house in Rafah killed 12 people on Sunday, health officials said. Another "
                   "strike on a car in Khan Younis killed two.") == [("Air/drone strike", "Rafah", 12), ("Air/drone strike", "Khan Younis", 2)]


def test_arrests_told_in_a_clause_with_a_day_of_their_own_are_their_own_event_where_the_act_was() -> None:
    assert _days("KARACHI - A bomb explosion killed seven people at a market in Quetta on Thursday; police detained three men on "
                 "Friday.") == [("Explosions/Remote violence", "2024-05-16", "Quetta"), ("Strategic developments", "2024-05-17", "Quetta")]


def test_an_arrest_in_another_town_attributed_at_the_end_is_its_own_event() -> None:
    text = ("KHARKIV, Ukraine - A Russian guided bomb struck a hypermarket in Kharkiv on Saturday afternoon, killing at least 12 "
            "people. In the nearby town of Chuhuiv, police arrested a man suspected of passing the coordinates of military sites "
            "to Russian intelligence, the SBU security service said.")
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in events(text)] == [
        ("Air/drone strike", "Kharkiv"), ("Arrests", "Chuhuyiv")]


def test_a_riot_in_a_nearby_town_is_a_riot_of_its_own() -> None:
    text = ("NAIROBI - Protesters threw stones at police and burned tyres in Kisumu on Tuesday. Rioters also threw stones at police "
            "in nearby Kakamega.")
    assert [p for _, p, _ in summary(text)] == ["Kisumu", "Kakamega"]


def test_weapons_seized_at_the_scene_are_more_of_the_shootout() -> None:
    text = ("MEXICO CITY (AP) - A shootout between cartel members and the National Guard in the town of Tecpan de Galeana, Guerrero, "
            "left seven attackers dead on Friday. Soldiers seized 12 rifles and a grenade launcher at the scene, the defence ministry "
            "said. More than 30 candidates have been killed in the run-up to the June 2 election.")
    assert summary(text) == [("Armed clash", "Tecpan de Galeana", 7)]


def test_deadly_clashes_in_other_towns_after_a_dispersed_protest_are_riots_there_on_its_day_with_the_toll_counted_once() -> None:
    text = ("DHAKA (Reuters) - Police fired tear gas and rubber bullets at thousands of students protesting against job quotas in "
            "Dhaka on Sunday, injuring more than 100 people. At least six people were killed in clashes between protesters and "
            "supporters of the ruling Awami League in Chittagong and Rangpur, police said.")
    found = events(text)
    assert [(e.event_type, e.location.name if e.location else None, e.occurred.date.isoformat() if e.occurred else None,
             e.casualties.killed if e.casualties else None) for e in found] == [
        ("Protests", "Dhaka", "2024-05-19", None), ("Riots", "Chattogram", "2024-05-19", 6), ("Riots", "Rangpur", "2024-05-19", None)]


def test_the_other_side_striking_positions_is_its_own_event() -> None:
    text = ("KHARTOUM (Reuters) - The Rapid Support Forces shelled a market in El Fasher on Sunday, killing 15 civilians, a local "
            "committee said. The army's air force carried out strikes on RSF positions east of the city, witnesses said.")
    assert [s for s, _, _ in summary(text)] == ["Shelling/artillery/missile attack", "Air/drone strike"]
