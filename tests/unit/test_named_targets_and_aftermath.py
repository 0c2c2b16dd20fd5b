"""News phrasings that name the target or the aftermath of an event rather than its kind: a ban of an organisation told by
its name alone, the noun "strike" hitting a target, migrants storming a border fence, a sniper shooting civilians, a death
of one wounded in an attack told before; places news spells its own way; a capital answering for its government; the
captors of hostages rescued; a gang of one; a toll told as the cause of a curfew; a victim told by its rank."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article, Event
from worker.pipeline.analyze import analyze
from worker.pipeline.casualties import find_casualties
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2024, 5, 20, 9, tzinfo=timezone.utc)  # a Monday


def events(text: str, title: str = "") -> list[Event]:
    return analyze(Article(article_id="a", title=title, text=text or title, content_hash="h", published_at=PUBLISHED), load_taxonomy())


def first(text: str, title: str = "") -> Event | None:
    found = events(text, title)
    return found[0] if found else None


# (title or "", text, event type or None for no event, sub-event type or None for any)
TYPES = [
    # A ban of an organisation named alone: an acronym, a group word before the name, a movement's own name word, the reason.
    ("Israel bans UNRWA", "The Israeli parliament voted on Sunday to ban UNRWA from operating in Israel.", "Strategic developments", "Other"),
    ("", "A Moscow court on Sunday banned Memorial, ordering its closure.", "Strategic developments", "Other"),
    ("", "The Tajik government banned Group 24 on Sunday, calling it extremist.", "Strategic developments", "Other"),
    ("", "Lawmakers in Kyiv on Sunday voted to ban Hizb ut-Tahrir.", "Strategic developments", "Other"),
    ("", "Ethiopia's charities authority on Sunday banned the group EHRCO.", "Strategic developments", "Other"),
    ("", "Russia on Sunday banned imports of Georgian wine.", None, None),
    ("", "UEFA on Sunday banned Ajax supporters from the next away match.", None, None),
    ("", "India banned TikTok and 58 other Chinese apps on Sunday.", None, None),
    ("", "UEFA banned PSG from European competition for a year on Sunday.", None, None),
    ("", "Germany bans the neo-Nazi group Hammerskins.", "Strategic developments", "Other"),
    # The noun "strike" as the subject, hitting what a walkout does not hit.
    ("", "Strike hits refineries in Russia's south.", "Explosions/Remote violence", None),
    ("", "Drone strike hits oil depot in Bryansk.", "Explosions/Remote violence", "Air/drone strike"),
    ("", "A strike hit an oil terminal in Novorossiysk overnight, sparking a fire.", "Explosions/Remote violence", None),
    ("", "A strike on a hardware store in Kharkiv killed five people on Sunday.", "Explosions/Remote violence", None),
    ("", "A strike destroyed a bridge over the Litani river in southern Lebanon on Sunday.", "Explosions/Remote violence", None),
    ("", "A strike hit ports across Belgium on Sunday as dockers walked out over pay.", "Protests", None),
    ("", "A teachers' strike hit schools across Kenya on Sunday.", "Protests", None),
    ("", "A strike by air traffic controllers hit flights at Paris airports on Sunday.", "Protests", None),
    ("", "Refinery workers went on strike in France on Sunday, and the strike hit fuel depots across the country.", "Protests", None),
    ("", "Strike hits oil refineries across France.", None, None),
    ("", "Government and unions strike a deal on minimum wage.", None, None),
    # Migrants forcing a border fence in a crowd: a mob's violence, whoever died.
    ("", "23 migrants died when hundreds stormed the border fence at Melilla on Sunday, and Moroccan police used batons to push them back.",
     "Riots", "Mob violence"),
    ("", "Around 500 migrants tried to scale the fence in Melilla early on Sunday; 40 were injured as Spanish Civil Guard officers pushed them back.",
     "Riots", "Mob violence"),
    ("", "Migrants tried to force their way through the border crossing at Pazarkule on Sunday; Turkish police said two officers were hurt.",
     "Riots", "Mob violence"),
    ("", "Border guards shot dead three migrants trying to cross into Iran from Pakistan near Taftan on Sunday.", "Violence against civilians", "Attack"),
    ("", "Soldiers repelled militants who tried to storm an army post near Mopti on Sunday, killing 12 attackers.", "Battles", None),
    ("", "Migrants climbed the fence to reach the beach in Ceuta on Sunday, a photographer said.", None, None),
    ("", "A nationwide strike hit banks and government offices in Nigeria on Sunday as unions pressed for a higher minimum wage.", "Protests", None),
    # A sniper shooting unarmed people is one-sided violence; shooting fighters is a battle.
    ("", "An Israeli sniper shot dead a Palestinian teenager in Jenin on Sunday, the health ministry said.", "Violence against civilians", "Attack"),
    ("", "Israeli snipers killed two Palestinians near the fence east of Khan Younis on Sunday.", "Violence against civilians", "Attack"),
    ("", "A Ukrainian sniper killed three Russian soldiers near Bakhmut on Sunday.", "Battles", None),
]


@pytest.mark.parametrize(("title", "text", "event_type", "sub_event_type"), TYPES)
def test_the_event_is_coded_by_what_it_names(title: str, text: str, event_type: str | None, sub_event_type: str | None) -> None:
    event = first(text, title)
    if event_type is None:
        assert event is None
        return
    assert event is not None and event.event_type == event_type
    assert sub_event_type is None or event.sub_event_type == sub_event_type


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police post in Peshawar on Sunday, killing two officers. A police officer wounded in Sunday's attack died in hospital on Monday.",
    "Gunmen attacked a police post in Peshawar on Sunday, killing two officers. On Monday, a police officer wounded in Sunday's attack died in hospital.",
    "Russian shelling hit Kherson on Saturday, killing two. A girl wounded in an earlier shelling of the city succumbed to her injuries on Sunday.",
    "Protesters clashed with police in Dakar on Friday, killing one. On Sunday, a protester wounded in Friday's clashes died in hospital.",
])
def test_a_death_of_one_wounded_in_an_attack_told_before_is_more_of_that_attack(text: str) -> None:
    assert len(events(text)) == 1


def test_a_death_of_one_wounded_told_alone_tells_the_attack_on_its_day() -> None:
    event = first("A police officer wounded in Sunday's attack died in hospital on Monday, officials said.")
    assert event is not None and event.occurred is not None and str(event.occurred.date) == "2024-05-19"


@pytest.mark.parametrize(("text", "name", "admin1", "country"), [
    ("Guards at Sednaya prison killed two detainees on Sunday, a monitor said.", "Sednaya", "Rural Damascus", "Syria"),
    ("Militants attacked a checkpoint in Sheikh Zuweid on Sunday, killing three soldiers.", "Sheikh Zuweid", None, "Egypt"),
    ("Security forces clashed with smugglers near Torkham on Sunday, killing two.", "Torkham", "Khyber Pakhtunkhwa", "Pakistan"),
    ("M23 rebels clashed with the army near Bunagana on Sunday, killing five.", "Bunagana", "North Kivu", "Democratic Republic of the Congo"),
    ("Islamic State fighters attacked Kurdish forces near Ras al-Ain on Sunday, killing four.", "Ras al-Ain", "Al-Hasakah", "Syria"),
    # Tripoli's own quarters, or a Lebanese word, place Tripoli in Lebanon; without them it is Libya's capital.
    ("Clashes broke out on Sunday between gunmen in Bab al-Tabbaneh and Jabal Mohsen in Tripoli, killing two.", "Tripoli", "North Lebanon", "Lebanon"),
    ("Gunmen from Jabal Mohsen and Bab el-Tabbaneh exchanged fire in Tripoli on Sunday, wounding five.", "Tripoli", "North Lebanon", "Lebanon"),
    ("Rival militias clashed in Tripoli on Sunday, killing three, the Government of National Unity said.", "Tripoli", None, "Libya"),
    # A capital answering for its government is no place of the event.
    ("Pakistani troops clashed with militants in North Waziristan on Sunday, killing six; Islamabad did not confirm the toll.", None, "Khyber Pakhtunkhwa", "Pakistan"),
    ("A drone hit an oil depot in Bryansk region overnight, the governor said; Moscow did not comment.", None, "Bryansk Oblast", "Russia"),
    ("Pakistani troops clashed with smugglers at Torkham on Sunday, killing one; Islamabad has yet to comment.", "Torkham", None, "Pakistan"),
    ("Hundreds protested outside parliament in Islamabad on Sunday, demanding early elections.", "Islamabad", None, "Pakistan"),
])
def test_the_place_is_the_one_news_names(text: str, name: str | None, admin1: str | None, country: str | None) -> None:
    event = first(text)
    assert event is not None and event.location is not None
    location = event.location
    assert name is None or location.name == name
    assert admin1 is None or location.admin1 == admin1
    assert country is None or location.country == country


@pytest.mark.parametrize(("text", "actor", "present"), [
    ("Israeli forces rescued four Hamas-held hostages in Nuseirat on Sunday in a raid that killed dozens of Palestinians.", "Hamas", True),
    ("Families of Hamas-held hostages protested in Tel Aviv on Sunday.", "Hamas", False),
    ("Israeli strikes killed 20 people in Rafah on Sunday as talks on freeing Hamas-held hostages stalled.", "Hamas", False),
    ("A gang attacked a bus in Port-au-Prince on Sunday, killing four passengers.", "Unidentified Armed Group (Haiti)", True),
    ("A gang of armed men raided a village in Zamfara on Sunday, killing six residents.", "Unidentified Armed Group (Nigeria)", True),
])
def test_the_sides_are_those_told(text: str, actor: str, present: bool) -> None:
    event = first(text)
    assert event is not None
    assert (actor in [a.name for a in event.actors]) is present


@pytest.mark.parametrize(("text", "killed"), [
    ("A curfew was imposed in Manipur on Sunday after attacks that killed 10.", None),
    ("Authorities declared a state of emergency in Ituri on Sunday after ethnic violence that killed 40 people.", None),
    ("A curfew was imposed in Kenema on Sunday following riots which left three dead.", None),
    ("Gunmen killed 15 villagers in Plateau state on Sunday after attacks that killed 10 last week.", 15),
])
def test_a_toll_told_as_the_cause_is_not_this_event_s(text: str, killed: int | None) -> None:
    event = first(text)
    assert event is not None
    assert (event.casualties.killed if event.casualties else None) == killed


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Two soldiers were killed and a third was seriously wounded.", 2, 1),
    ("Gunmen shot dead two farmers in Benue on Sunday; a third was wounded.", 2, 1),
    ("Two women were stabbed to death in Karachi on Sunday and a third was injured.", 2, 1),
    ("Two soldiers died and a third soldier was critically injured.", 2, 1),
    ("A third of the houses were damaged and two people were injured.", None, 2),
])
def test_a_victim_told_by_its_rank_is_one(text: str, killed: int | None, injured: int | None) -> None:
    count = find_casualties(text)
    assert count is not None and (count.killed, count.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "actors"), [
    ("Government troops clashed with militias on Sunday, killing four. The fighting took place in Tripoli's southern suburbs.",
     ["Military Forces of Libya", "Unidentified Armed Group (Libya)"]),
    ("Gunmen attacked a bus in Sindh province on Sunday. Later that day, gunmen killed two police officers, officials said.",
     ["Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"]),
])
def test_sides_take_the_country_of_a_place_found_after_them(text: str, actors: list[str]) -> None:
    found = events(text)
    assert found
    names = [a.name for a in found[-1].actors]
    assert all(actor in names for actor in actors)
