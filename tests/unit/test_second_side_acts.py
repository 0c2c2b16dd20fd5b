"""Wire reports where another side acts after the lead: the army hunting down the attackers on another day, a reprisal, a
town won back, ground forces backed by air strikes; each is an event of its own, placed where the attack was when it
names no town; and the sides named as ACLED names them (a nationality on a bomb, a group claiming the act told before)."""

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
    """(sub-event type, place, day) per event."""
    return [(e.sub_event_type, e.location.name if e.location else None, str(e.occurred.date) if e.occurred else None)
            for e in events(text)]


SECOND_ACTS = [
    ("OUAGADOUGOU (Reuters) - Suspected jihadists killed at least 40 civilians in an attack on the village of Barsalogho in "
     "central Burkina Faso on Saturday, two security sources said. The assailants arrived on motorcycles and opened fire on "
     "residents. The army said it had launched an operation to track down the attackers and had killed 18 of them on Sunday "
     "near Kaya.",
     [("Attack", "Barsalogho", "2024-05-18"), ("Armed clash", "Kaya", "2024-05-19")]),
    ("BAMAKO (Reuters) - Islamist militants attacked an army post in the town of Boulkessi in central Mali on Thursday, killing "
     "11 soldiers, the army said. The army said it had pursued the assailants and killed 25 of them near the border with "
     "Burkina Faso on Friday.",
     [("Armed clash", "Boulkessi", "2024-05-16"), ("Armed clash", "Boulkessi", "2024-05-17")]),
    ("MOGADISHU (Reuters) - Al Shabaab fighters overran a government base in the town of Adan Yabaal in Middle Shabelle on "
     "Wednesday. Somali troops recaptured the town on Thursday after heavy fighting, a military commander said.",
     [("Non-state actor overtakes territory", "Adan Yabaal", "2024-05-15"), ("Government regains territory", "Adan Yabaal", "2024-05-16")]),
    ("KHARTOUM (Reuters) - The Rapid Support Forces attacked the city of El Fasher in North Darfur on Friday, shelling "
     "residential areas and killing 22 civilians, local activists said. The Sudanese army said its warplanes had bombed RSF "
     "positions east of the city on Saturday.",
     [("Shelling/artillery/missile attack", "El Fasher", "2024-05-17"), ("Air/drone strike", "El Fasher", "2024-05-18")]),
    ("YANGON (Reuters) - Myanmar's military carried out air strikes on a village in Sagaing region on Monday, killing 30 "
     "people, residents said. In retaliation, resistance fighters attacked a military outpost in the town of Monywa on "
     "Tuesday, killing eight soldiers.",
     [("Air/drone strike", "Sagaing", "2024-05-20"), ("Armed clash", "Monywa", "2024-05-14")]),
    ("GAZA (Reuters) - Palestinian gunmen fired on an Israeli army patrol near the Kissufim crossing on Tuesday, wounding two "
     "soldiers, the Israeli military said. An Israeli drone then struck a car in Khan Younis, killing three people, "
     "Palestinian health officials said.",
     [("Armed clash", "Khan Younis", "2024-05-14"), ("Air/drone strike", "Khan Younis", "2024-05-14")]),
    # troops and vigilantes hunting the attackers fight a battle, no mob
    ("MAIDUGURI, Nigeria (Reuters) - Suspected Boko Haram insurgents killed 12 farmers in Jere local government area of Borno "
     "state on Saturday, a militia leader said. Troops and vigilantes tracked down the attackers on Sunday and killed seven of "
     "them near Konduga.",
     [("Attack", "Jere", "2024-05-18"), ("Armed clash", "Konduga", "2024-05-19")]),
    # a lead told on a weak cue keeps its own day when the next act is told on another
    ("BOGOTA (AP) — FARC dissidents killed three police officers in an ambush in Cauca province on Sunday, the government said. "
     "Soldiers backed by helicopters clashed with the dissidents on Monday near the town of Jamundi, killing two of them.",
     [("Armed clash", "Cauca", "2024-05-19"), ("Armed clash", "Jamundi", "2024-05-20")]),
    # youths taking revenge by burning houses: a mob, on its own day
    ("ABUJA (Reuters) - Armed herders attacked the village of Mangu in Plateau state on Tuesday, killing 30 people, a local "
     "official said. Youths in the town retaliated on Wednesday by burning houses belonging to herders, police said.",
     [("Attack", "Mangu", "2024-05-14"), ("Mob violence", "Mangu", "2024-05-15")]),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_ACTS)
def test_the_other_sides_act_is_an_event_of_its_own(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize("text", [
    "MOGADISHU (AP) — Al-Shabab militants stormed a military base in the town of Jowhar on Tuesday, killing eight soldiers. "
    "Hours later, Somali forces backed by U.S. airstrikes killed 30 al-Shabab fighters in the Middle Shabelle region.",
    "NIAMEY (AFP) - Gunmen killed 17 villagers in western Niger on Tuesday. On Wednesday, Nigerien troops backed by helicopters "
    "killed 12 of the attackers in a sweep near Ouallam, the defence ministry said.",
])
def test_ground_forces_backed_from_the_air_fight_a_battle(text: str) -> None:
    assert events(text)[-1].sub_event_type == "Armed clash"


@pytest.mark.parametrize(("text", "actor"), [
    ("KHARKIV, Ukraine (Reuters) - A Russian guided bomb struck a hypermarket in Kharkiv on Saturday, killing 12 people.",
     "Military Forces of Russia"),
    ("MOGADISHU (Reuters) - A suicide car bomber struck a checkpoint near the presidential palace in Mogadishu on Monday, "
     "killing at least six people, police said. Al-Shabab claimed responsibility for the attack.", "Al-Shabaab"),
    ("MOGADISHU (AP) — A suicide bomber blew himself up at a restaurant in the town of Beledweyne on Sunday, killing 13 "
     "people, police said. Al-Shabab said in a statement that it had carried out the attack.", "Al-Shabaab"),
])
def test_the_side_is_named(text: str, actor: str) -> None:
    names = [a.name for a in events(text)[0].actors]
    assert actor in names and not any(n.startswith("Unidentified") for n in names)
