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
    ("Gunmen stormed a prison in Owerri and freed more than 1,800 inmates.", "Strategic developments", "Other"),
    ("Militants raided a jail in Kogi state, freeing at least 200 prisoners.", "Strategic developments", "Other"),
    # Demonstrators or a political crowd fighting the police or wrecking state offices is a violent demonstration; a
    # crowd lynching a suspect or attacking a village is mob violence.
    ("Rioters attacked government offices in Dhaka.", "Riots", "Violent demonstration"),
    ("Opposition supporters clashed with police in Nairobi and set cars ablaze.", "Riots", "Violent demonstration"),
    ("Protesters clashed with police and set cars ablaze in Dakar.", "Riots", "Violent demonstration"),
    # ACLED: a crowd clashing with police with no demonstration told (a lockdown, a checkpoint) is mob violence.
    ("Migrant workers clashed with police at a checkpoint in Surat after they were stopped from leaving.", "Riots", "Mob violence"),
    ("Rioters set fire to the district headquarters in Sylhet.", "Riots", "Violent demonstration"),
    ("An angry crowd beat a suspected thief to death in Kampala.", "Riots", "Mob violence"),
    ("Residents set fire to the home of a man accused of witchcraft in Tanzania.", "Riots", "Mob violence"),
    # "Fighting" with no unarmed side named is the war word; a fight among students or inmates is a brawl.
    ("Fighting broke out in Bakhmut on Monday.", "Battles", "Armed clash"),
    ("Fierce fighting broke out near Goma on Saturday.", "Battles", "Armed clash"),
    ("Fighting has erupted again in the Tigray town of Alamata.", "Battles", "Armed clash"),
    ("Fighting broke out between rival groups of students at a university in Dhaka.", "Riots", "Mob violence"),
    ("Fighting broke out among inmates at a prison in Honduras, leaving two injured.", "Riots", "Mob violence"),
    # Arrests by authorities in de facto control of a territory are Arrests; armed fighters detaining people an abduction.
    ("Taliban authorities arrested a journalist in Kabul.", "Strategic developments", "Arrests"),
    ("Houthi authorities detained 11 UN staff members in Sanaa.", "Strategic developments", "Arrests"),
    ("Taliban police arrested three men in Kandahar for listening to music.", "Strategic developments", "Arrests"),
    ("Al-Shabaab militants detained four teachers in Gedo region.", "Violence against civilians", "Abduction/forced disappearance"),
    # A clause telling the cause ("after a soldier was stabbed") gives way to a main clause that tells an event of its own
    # (ACLED codes the protest; the summons is diplomacy); with no other event in the sentence the clause is the event.
    ("Poland summoned the Belarusian charge d'affaires after a soldier was stabbed at the border.", "Diplomacy", "Sanctions and diplomatic measures"),
    ("Armenia summoned the Azerbaijani envoy after two villagers were killed near the border.", "Diplomacy", "Sanctions and diplomatic measures"),
    ("Protests erupted in Paris after a teenager was shot dead by police.", "Protests", "Peaceful protest"),
    ("Riots broke out in Marseille after a young man was shot dead by police at a traffic stop.", "Riots", "Violent demonstration"),
    ("Thousands marched in Dhaka after a garment worker was shot by police.", "Protests", "Peaceful protest"),
    ("Police arrested three men in Nairobi after a woman was stabbed at a bus stop.", "Strategic developments", "Arrests"),
    ("Two people died after a bus was attacked by gunmen in Borno.", "Violence against civilians", "Attack"),
    ("A man died in hospital after he was stabbed in Lyon.", "Violence against civilians", "Attack"),
    ("A teenager was shot dead by police in Nanterre on Tuesday.", "Violence against civilians", "Attack"),
    # People evacuated as a fire, flood or storm nears: the evacuation is the news (a civic evacuation), the hazard its
    # cause; the hazard told as the news, or killing people, stays the disaster.
    ("Thousands of tourists were evacuated from Rhodes as wildfires spread.", "Humanitarian aid", "Evacuation"),
    ("Hundreds of residents were evacuated from villages near Athens as a wildfire spread.", "Humanitarian aid", "Evacuation"),
    ("More than 2,000 people were evacuated in Alberta as a forest fire advanced on the town of Jasper.", "Humanitarian aid", "Evacuation"),
    ("Villagers were evacuated in Sicily as lava from Mount Etna edged closer.", "Humanitarian aid", "Evacuation"),
    ("Wildfires spread across the island of Rhodes on Tuesday, forcing hotels to close.", "Natural disaster", "Wildfire"),
    ("Two people were killed as floods swept through villages in Kenya.", "Natural disaster", "Flood/landslide"),
    ("Three people died as a storm hit the coast of Vietnam.", "Natural disaster", "Storm"),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), CASES)
def test_coded_as_acled_would(text, event_type, sub_event_type):
    got = events("", text)
    if event_type is None:
        assert got == [], [(e.event_type, e.sub_event_type) for e in got]
        return
    assert got, "no event"
    assert (got[0].event_type, got[0].sub_event_type) == (event_type, sub_event_type)


def test_the_other_sides_fire_intercepted_is_an_event_of_its_own() -> None:
    """Told after a strike, air defence intercepting the other side's fire is that side's act: Disrupted weapons use."""
    got = events("", "Israeli jets struck Hezbollah positions in southern Lebanon on Sunday. "
                     "The Iron Dome intercepted most of the 40 rockets fired from Lebanon.")
    assert [(e.event_type, e.sub_event_type) for e in got] == [
        ("Explosions/Remote violence", "Air/drone strike"), ("Strategic developments", "Disrupted weapons use")]
    one = events("", "Russian forces shelled Kherson on Monday. Ukraine's air defences shot down 20 of the 25 drones launched overnight.")
    assert [e.sub_event_type for e in one][-1] == "Disrupted weapons use"
