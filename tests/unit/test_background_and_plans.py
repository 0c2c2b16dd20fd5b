"""What a wire story recalls or announces is no new event: a month told back ("last September") is history, talks that
"will resume" are planned, and a crowd met with tear gas is a protest however the crowd is named."""

from __future__ import annotations

from datetime import date, datetime, timezone

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.pipeline.dates import find_dates
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2024, 5, 20, 9, tzinfo=timezone.utc)  # a Monday


def events(text: str, title: str = ""):
    return analyze(Article(article_id="a", title=title, text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy())


def test_last_month_name_is_the_latest_such_month_before_publication() -> None:
    assert [d.date for d in find_dates("Rebels seized the town last October.", PUBLISHED)] == [date(2023, 10, 1)]
    assert [d.date for d in find_dates("Rebels seized the town last March.", PUBLISHED)] == [date(2024, 3, 1)]
    assert [d.date for d in find_dates("Rebels seized the town last May.", PUBLISHED)] == [date(2023, 5, 1)]  # told in May


def test_history_a_talks_story_recalls_is_no_event() -> None:
    found = events("GENEVA (Reuters) - Talks between Armenia and Azerbaijan on a peace treaty will resume in Geneva next week, the "
                   "Swiss foreign ministry said on Monday. The two countries fought a war over Nagorno-Karabakh in 2020 that killed "
                   "more than 6,500 people, and Azerbaijan retook the region in a lightning offensive last September, prompting "
                   "most of its 120,000 ethnic Armenians to flee.")
    assert [(e.sub_event_type, e.modality, e.location.name if e.location else None) for e in found] == [("Talks and visits", "planned", "Geneva")]
    assert found[0].occurred is not None and found[0].occurred.date == date(2024, 5, 27)  # next week, not the day it was said


def test_talks_set_to_begin_are_planned() -> None:
    [talks] = events("Negotiations between the government and the rebels are set to begin in Nairobi on Thursday.")
    assert talks.modality == "planned" and talks.occurred is not None and talks.occurred.date == date(2024, 5, 23)


def test_clashes_told_before_talks_that_will_resume_still_occurred() -> None:
    [clash] = events("Clashes between rival militias broke out in Tripoli on Monday; talks will resume next week.")
    assert (clash.sub_event_type, clash.modality) == ("Armed clash", "occurred")


def test_tear_gas_on_a_crowd_is_a_protest_met_with_force() -> None:
    for text in ("Police fired tear gas at opposition supporters gathered in Maputo on Monday.",
                 "Riot police used water cannon on thousands of students outside the university in Dhaka on Sunday.",
                 "Security forces fired tear gas to scatter crowds of mourners at the funeral in Srinagar."):
        [event] = events(text)
        assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention"), text
    [headline] = events("", title="Police tear-gas opposition supporters in Maputo")
    assert headline.sub_event_type == "Protest with intervention" and headline.location is not None and headline.location.name == "Maputo"


def test_tear_gas_in_a_drill_is_no_event() -> None:
    assert events("Police fired tear gas at a training exercise for new recruits, the academy said.") == []


def test_a_year_since_a_deal_is_its_anniversary_and_who_fought_alongside_is_background() -> None:
    found = events("ADDIS ABABA (Reuters) - Ethiopia's government and the Tigray People's Liberation Front on Friday marked one year "
                   "since signing a peace deal that ended a two-year civil war. Eritrean troops, who fought alongside Ethiopian "
                   "forces, are still present in parts of northern Tigray, residents say.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Commemoration", "Ceremony")]


def test_a_fight_told_with_who_fought_alongside_is_still_the_news() -> None:
    [clash] = events("Syrian fighters, who fought alongside Turkish troops, clashed with Kurdish forces near Manbij on Sunday.")
    assert (clash.sub_event_type, clash.location.name if clash.location else None) == ("Armed clash", "Manbij")


def test_a_toll_risen_from_last_weeks_floods_is_the_news() -> None:
    [flood] = events("The death toll from last week's floods in southern Brazil has risen to 143, with 125 people still missing, the civil "
                     "defence agency said on Monday. More than 600,000 people have been displaced in Rio Grande do Sul state.")
    assert flood.sub_event_type == "Flood/landslide" and flood.casualties is not None and flood.casualties.killed == 143
    assert flood.occurred is not None and (flood.occurred.date, flood.occurred.precision) == (date(2024, 5, 13), 2)


def test_an_attack_police_blamed_on_a_gang_is_no_attack_on_police() -> None:
    for text in ("Four people were shot dead at a bar in Guayaquil late on Saturday in an attack police blamed on a local gang.",
                 "Gunmen killed six people at a family party in Celaya on Sunday, in an attack police said was linked to a cartel feud."):
        [event] = events(text)
        assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack"), text
    [clash] = events("Gunmen attack police in Guerrero, killing three officers.")
    assert clash.event_type == "Battles"


def test_an_interception_told_after_air_strikes_does_not_make_them_missile_attacks() -> None:
    [strike] = events("DAMASCUS, May 19 (Reuters) - Israeli air strikes hit targets near Damascus early on Sunday, killing four "
                      "Iranian-backed fighters, a war monitor said. The Syrian army said its air defences intercepted most of the missiles.")
    assert (strike.sub_event_type, strike.casualties.killed if strike.casualties else None) == ("Air/drone strike", 4)


def test_the_other_sides_denial_stays_with_the_attack_and_a_wars_running_tally_lends_it_no_toll() -> None:
    found = events("KHARTOUM, Sudan (AP) — Paramilitary fighters attacked a village in Sudan's central Gezira province, killing more "
                   "than 100 people, activists said Thursday.\n\nThe RSF said in a statement that it had attacked army positions in the "
                   "area and denied targeting civilians.\n\nThe conflict has killed more than 14,000 people and displaced more than "
                   "8 million, according to the United Nations.")
    assert [(e.event_type, e.casualties.killed if e.casualties else None) for e in found] == [("Violence against civilians", 100)]


def test_a_village_named_back_takes_the_one_region_the_story_names() -> None:
    [attack] = events("KHARTOUM, Sudan (AP) — Paramilitary fighters attacked a village in Sudan's central Gezira province, killing "
                      "more than 100 people, activists said Thursday.\n\nThe Rapid Support Forces stormed the village of Wad al-Nourah "
                      "on Wednesday, the Resistance Committees in Madani said.")
    assert attack.location is not None and (attack.location.name, attack.location.admin1) == ("Wad al-Nourah", "Gezira")


def test_summoned_or_expelled_envoys_are_diplomacy_where_it_was_done() -> None:
    for text, country in (("The Philippines summoned a Chinese diplomat to protest the incident.", "Philippines"),
                          ("Germany summoned Russia's ambassador over the cyberattack.", "Germany"),
                          ("Two Russian diplomats were expelled from Norway on Friday.", "Norway")):
        [event] = events(text)
        assert (event.event_type, event.location.country if event.location else None) == ("Diplomacy", country), text


def test_residents_burning_a_suspects_house_are_mob_violence() -> None:
    [mob] = events("Residents set fire to the house of a man accused of killing a child in Kenya's Kisii county, police said.")
    assert (mob.event_type, mob.sub_event_type) == ("Riots", "Mob violence")
