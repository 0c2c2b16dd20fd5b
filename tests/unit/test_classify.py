"""Classification of event mentions: type, sub-type, ACLED coding rules, modality and explainable cues."""

from __future__ import annotations

import pytest

from worker.pipeline.classify import Classification, classify_mention, score_sentences
from worker.pipeline.segment import group_mentions, split_sentences
from worker.taxonomy import load_taxonomy


def classify(text: str) -> list[Classification]:
    taxonomy = load_taxonomy()
    sentences = split_sentences(text)
    scores = score_sentences(text, sentences, taxonomy)
    return [classify_mention(m, scores, taxonomy) for m in group_mentions(scores, taxonomy)]


def only(text: str) -> Classification:
    found = classify(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Ukrainian drones struck residential areas of the city late on Thursday.", "Explosions/Remote violence", "Air/drone strike"),
        ("Government forces shelled the village with artillery on Monday.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Russian missiles struck an energy facility in Odesa, Ukraine on Monday, injuring 4 workers.", "Explosions/Remote violence",
         "Shelling/artillery/missile attack"),
        ("Dozens of residents blocked the road by burning tires, denouncing water cuts.", "Riots", "Violent demonstration"),
        ("A suspected thief was beaten up by locals at the bus station.", "Riots", "Mob violence"),
        ("Two groups of villagers clashed over a land dispute, injuring three men.", "Riots", "Mob violence"),
        ("Militants seized two vehicles belonging to a local councillor.", "Strategic developments", "Looting/property destruction"),
        ("A roadside bomb exploded next to a bus on the main road.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("A suicide bomber blew himself up at a checkpoint.", "Explosions/Remote violence", "Suicide bomb"),
        ("Clashes broke out between the army and rebels near the border.", "Battles", "Armed clash"),
        ("Hundreds of nurses protested outside parliament, demanding higher pay.", "Protests", "Peaceful protest"),
        ("Students protested in the capital until police fired tear gas to disperse them.", "Protests", "Protest with intervention"),
        ("Gunmen abducted three aid workers on the road to the camp.", "Violence against civilians", "Abduction/forced disappearance"),
        ("Police arrested the opposition leader at his home.", "Strategic developments", "Arrests"),
        ("A magnitude 6.1 earthquake shook the coastal province.", "Natural disaster", "Earthquake"),
        ("The two foreign ministers held talks on the border dispute.", "Diplomacy", "Talks and visits"),
    ],
)
def test_ordinary_news_phrasing_is_classified(text: str, event_type: str, sub_event_type: str) -> None:
    label = only(text)
    assert (label.event_type, label.sub_event_type) == (event_type, sub_event_type)
    assert label.cues, "a classification must say which cues fired"
    assert 0 < label.confidence < 1


def test_drones_shot_down_are_disrupted_weapons_use_intercepted() -> None:
    label = only("Air defence units shot down four drones attacking the city overnight.")
    assert (label.event_type, label.sub_event_type, label.modality) == ("Strategic developments", "Disrupted weapons use", "intercepted")


def test_intercept_rule_recodes_a_strike_sentence() -> None:
    label = only("A drone attack on the airport was repelled after the drones were intercepted by air defences.")
    assert label.sub_event_type == "Disrupted weapons use"
    assert label.rule == "intercepted_is_disrupted_weapons_use"


def test_shelling_inside_a_battle_is_a_battle() -> None:
    label = only("Heavy fighting broke out between the two militias, with both sides shelling each other's positions.")
    assert (label.event_type, label.sub_event_type) == ("Battles", "Armed clash")


def test_shelling_that_kills_civilians_stays_an_explosion() -> None:
    label = only("Artillery shelling killed three civilians in the market.")
    assert label.event_type == "Explosions/Remote violence"


def test_planned_claimed_and_denied_modalities() -> None:
    assert only("The city plans to erect a monument to the fallen soldiers.").modality == "planned"
    claim = only("The group claimed responsibility for the bombing of the bridge.")
    assert (claim.event_type, claim.modality) == ("Attribution", "claimed")
    assert only("The militia denied responsibility for the killing of the journalist.").modality == "denied"
    assert only("Rebels clashed with the army near the airport.").modality == "occurred"


def test_counter_cues_veto_figurative_uses() -> None:
    assert classify("The mayor praised the fighting spirit of the football club.") == []


def test_out_of_scope_is_its_own_family() -> None:
    label = only("The football club scored a late goal to win the league title.")
    assert label.family == "out_of_scope"
