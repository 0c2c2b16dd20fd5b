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
        ("An explosion at a chemical plant killed five workers on Tuesday, state media reported.", "Man-made disaster", "Industrial accident"),
        ("The foreign ministers of the two countries met in the capital and agreed to ease tensions.", "Diplomacy", "Talks and visits"),
        ("The bloc imposed new sanctions on officials over the crackdown on protesters.", "Diplomacy", "Sanctions and diplomatic measures"),
        ("A UN convoy delivered food and medical supplies to displaced people in the north.", "Humanitarian aid", "Humanitarian mission"),
        ("Rebels captured the town of Kibumba after clashes with the army.", "Battles", "Non-state actor overtakes territory"),
        ("Defenders repelled 14 attacks near the village over the past day, the general staff said.", "Battles", "Armed clash"),
        ("The ministry denied involvement in the explosion at the bridge.", "Attribution", "Claim of responsibility"),
        ("Unions will hold a nationwide strike next week over pension cuts.", "Protests", "Peaceful protest"),
        ("The foreign ministry expelled ten embassy diplomats in a tit-for-tat move.", "Diplomacy", "Sanctions and diplomatic measures"),
        ("The capital blamed its neighbour for the missile strike on the shopping centre.", "Attribution", "Accusation"),
        ("A bus plunged into a gorge in the mountains, killing 16 passengers.", "Man-made disaster", "Transport accident"),
        ("Crews finished repairing the power line that was damaged by shelling, restoring electricity to 40,000 homes.", "Reconstruction",
         "Repair/renovation"),
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


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type", "rule"),
    [
        ("Soldiers attacked rebel positions near the border, killing four fighters.", "Battles", "Armed clash", None),
        ("Gunmen shot dead two police officers at a checkpoint outside the town.", "Battles", "Armed clash", "attack_on_armed_actor_is_battle"),
        ("Rival student groups clashed on the campus, injuring five.", "Riots", "Mob violence", "unarmed_clash_is_riot"),
        ("Residents clashed with police over the demolition of market stalls.", "Riots", "Violent demonstration", None),
        ("A crowd beat a suspected thief to death at the market.", "Riots", "Mob violence", None),
        ("Army engineers defused a roadside bomb planted near the bridge.", "Strategic developments", "Disrupted weapons use", None),
        ("Militants fired mortars at army positions near the town overnight.", "Explosions/Remote violence", "Shelling/artillery/missile attack", None),
        ("Police arrested three suspects after a gun battle with the gang in the port district.", "Battles", "Armed clash", None),
        ("Troops detained and arrested dozens of villagers and shot dead two of them.", "Violence against civilians", "Attack",
         "violence_outranks_strategic_development"),
    ],
)
def test_who_fights_whom_decides_the_acled_type(text: str, event_type: str, sub_event_type: str, rule: str | None) -> None:
    label = only(text)
    assert (label.event_type, label.sub_event_type) == (event_type, sub_event_type), label
    if rule is not None:
        assert label.rule == rule and f"rule:{rule}" in label.cues


def test_an_intervention_told_later_in_the_report_makes_a_protest_with_intervention() -> None:
    label = only("Hundreds of teachers protested outside the ministry over unpaid wages. Police dispersed them and arrested twelve.")
    assert label.sub_event_type == "Protest with intervention"
    assert label.rule == "dispersed_protest_is_intervention"


def test_an_arrest_the_protest_is_about_is_not_an_intervention() -> None:
    label = only("Journalists protested in the city against the arrest of their editor and demanded his release.")
    assert label.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # No demonstration, demand or grievance told: a crowd turning on the police is mob violence (as ACLED codes lockdown clashes).
        ("Shopkeepers clashed with police who were enforcing the closing hours in the old town.", "Mob violence"),
        ("Police officers fought with market vendors who refused to leave the square.", "Mob violence"),
        ("Villagers pelted police with stones at a checkpoint on the edge of the town.", "Mob violence"),
        ("Traders clashed with police over the closure of the central market.", "Violent demonstration"),
        ("Youths hurled stones at police during a protest against fuel prices.", "Violent demonstration"),
    ],
)
def test_police_against_an_unarmed_crowd_is_a_riot(text: str, sub_event_type: str) -> None:
    label = only(text)
    assert (label.event_type, label.sub_event_type) == ("Riots", sub_event_type)


def test_police_against_a_named_armed_group_stays_a_battle() -> None:
    label = only("Members of the gang clashed with police officers in the market; two of them died in the shooting.")
    assert label.event_type == "Battles"


def test_aid_handed_out_by_a_cartel_is_a_strategic_development_but_the_army_delivering_aid_is_aid() -> None:
    assert only("Members of the cartel delivered food packages to families in the town.").sub_event_type == "Change to group/activity"
    assert only("The army delivered food packages to families cut off by the floods.").event_type == "Humanitarian aid"


def test_force_used_on_a_protest_demanding_a_release_is_an_intervention() -> None:
    text = ("Hundreds of supporters of the opposition protested in Islamabad on Tuesday, demanding the release of the former "
            "prime minister. Police fired tear gas and arrested more than 100 people.")
    assert only(text).sub_event_type == "Protest with intervention"
