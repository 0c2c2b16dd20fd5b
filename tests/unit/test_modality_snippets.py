"""News sentences told as plans, threats, denials, claims or stopped strikes: each event's modality, and a plan's day."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2026, 11, 18, 10, tzinfo=UTC)  # a Wednesday

# (sentence, event type of the first event or None for any, its modality, its day or None when not checked)
CASES = [
    # Calls, threats and pledges: the protest is to come, on the coming day named
    ("PARIS (Reuters) - French unions called a nationwide strike for Monday to protest against pension cuts.", "Protests", "planned", "2026-11-23"),
    ("Palestinian groups called for a general strike across the West Bank on Thursday to mourn those killed in Jenin.", "Protests", "planned", "2026-11-19"),
    ("LAGOS, Nigeria (Reuters) - The Nigeria Labour Congress threatened on Tuesday to begin an indefinite general strike next week if the government does not raise the minimum wage.",
     "Protests", "planned", None),
    ("Doctors in Kenya will go on strike from Monday over unpaid salaries, their union said.", "Protests", "planned", "2026-11-23"),
    ("Protesters plan to gather outside parliament in Nairobi on Tuesday evening.", "Protests", "planned", "2026-11-24"),
    ("Opposition supporters will march in Lusaka this weekend.", "Protests", "planned", "2026-11-21"),
    # Conditional and hypothetical violence or disaster
    ("Russia could launch a new offensive in the spring, Ukrainian intelligence said.", "Battles", "planned", None),
    ("A major earthquake could strike Istanbul in the coming decades, seismologists warned.", "Natural disaster", "planned", None),
    ("Houthi leaders threatened to attack ships in the Red Sea if Israel resumes its offensive in Gaza.", None, "planned", None),
    ("Hurricane Melissa is forecast to make landfall in Jamaica on Tuesday as a Category 5 storm.", "Natural disaster", "planned", "2026-11-24"),
    ("A cyclone is expected to hit the coast of Mozambique this weekend, forecasters said.", "Natural disaster", "planned", "2026-11-21"),
    ("Nigeria's main union announced a two-day nationwide strike starting Wednesday next week.", "Protests", "planned", None),
    ("Firefighters' union threatens strike over pay", "Protests", "planned", None),
    # A plan told after its subject, and a plan about a past event
    ("A memorial service for the victims of the ferry disaster will be held in Dar es Salaam on Friday.", "Commemoration", "planned", "2026-11-20"),
    ("The city council plans to erect a monument to the victims of the 2015 earthquake in Kathmandu.", "Commemoration", "planned", None),
    # Denials: the sentence's main verb denies what it tells
    ("Israel denied striking a hospital in Gaza City on Tuesday, saying the blast was caused by a misfired rocket.", None, "denied", None),
    ("Russia's defence ministry denied that its forces had shelled the market in Kostiantynivka.", None, "denied", None),
    # Claims and accusations
    ("Azerbaijan alleged that Armenian forces had opened fire on its positions near Kalbajar.", None, "claimed", None),
    ("Ukraine accused Russia of shelling a maternity hospital in Zaporizhzhia on Tuesday.", None, "claimed", None),
    # Intercepted
    ("Three drones were shot down over the Moscow region overnight, the mayor said.", "Strategic developments", "intercepted", None),
    ("Saudi air defences destroyed two Houthi drones launched towards Jazan on Tuesday.", "Strategic developments", "intercepted", None),
    ("Security forces thwarted a suicide attack on a church in Kaduna on Sunday.", "Strategic developments", "intercepted", None),
    ("Police foiled a plot to attack a school in Kano, arresting three suspects.", "Strategic developments", "intercepted", None),
    # What happened stays so, even near a plan word
    ("Soldiers thwarted an attack on a village in Zamfara on Monday, killing 12 bandits.", "Battles", "occurred", "2026-11-16"),
    ("Protesters had planned to gather outside parliament on Tuesday evening but police blocked the roads.", "Protests", "occurred", "2026-11-17"),
    ("Protesters who had planned to march on parliament clashed with police in Kampala on Tuesday.", None, "occurred", "2026-11-17"),
    ("Thousands marched through Paris on Saturday against pension reform.", "Protests", "occurred", "2026-11-14"),
    ("The explosion could be heard across the city, residents said, after a car bomb killed five people in Mogadishu on Monday.", None, "occurred", "2026-11-16"),
    ("It was not immediately clear if the attack on the convoy near Gao on Monday caused any casualties.", None, "occurred", "2026-11-16"),
    ("No casualties were reported after a rocket hit an empty field near Sderot on Tuesday.", None, "occurred", "2026-11-17"),
    ("Police fired tear gas at protesters in Nairobi on Tuesday, even if the rally had been banned.", "Protests", "occurred", "2026-11-17"),
    ("Police called a news conference after gunmen attacked a village in Zamfara state on Monday, killing 12 people.", None, "occurred", "2026-11-16"),
]


@pytest.mark.parametrize(("text", "event_type", "modality", "day"), CASES)
def test_an_event_is_told_with_its_modality(text: str, event_type: str | None, modality: str, day: str | None) -> None:
    events = analyze(Article(article_id="a", title="", text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy())
    assert events, text
    first = events[0]
    assert first.modality == modality
    if event_type is not None:
        assert first.event_type == event_type
    if day is not None:
        assert first.occurred is not None and str(first.occurred.date) == day
