"""Articles reporting several events, coded as an ACLED coder would: one event per place and side, each with its own place,
day and toll; a roundup's opening tally is no event of its own; detail and explosions inside a battle stay with it."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2026, 3, 4, 9, tzinfo=timezone.utc)  # a Wednesday


def events(text: str):
    return analyze(Article(article_id="a", title="", text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy())


def summary(text: str) -> list[tuple]:
    """(sub-event type, place, admin1, killed) per event."""
    return [(e.sub_event_type, e.location.name if e.location else None, e.location.admin1 if e.location else None,
             e.casualties.killed if e.casualties else None) for e in events(text)]


# (article, expected events as (sub-event type, place, admin1, killed))
ARTICLES = [
    # A roundup: one event per place, each with its own toll; the opening total is neither an event nor lent to one.
    ("Russian attacks killed seven civilians across Ukraine over the past day, officials said on Tuesday. In Kherson Oblast, "
     "Russian shelling killed three people in the city of Kherson. In Donetsk Oblast, two people were killed in Kostiantynivka. "
     "In Kharkiv Oblast, a Russian drone strike on the village of Kupiansk killed two people.",
     [("Shelling/artillery/missile attack", "Kherson", "Kherson Oblast", 3), ("Attack", "Kostyantynivka", "Donetsk Oblast", 2),
      ("Air/drone strike", "Kupyansk", "Kharkiv Oblast", 2)]),
    ("At least 30 people were killed in eastern Congo this week, local officials said. In Ituri province, CODECO militiamen "
     "killed 18 civilians in Djugu territory on Monday. In North Kivu, ADF rebels killed 12 people in Beni on Wednesday.",
     [("Attack", "Djugu", "Ituri", 18), ("Attack", "Beni", "North Kivu", 12)]),
    # A roundup whose events open with no place first: each sentence is its own event.
    ("Russian strikes killed at least five people across Ukraine overnight, officials said on Wednesday. Two people were killed "
     "in a missile strike on Dnipro. Three others died when a drone hit a house in the Sumy region.",
     [("Shelling/artillery/missile attack", "Dnipro", "Dnipropetrovsk Oblast", 2),
      ("Air/drone strike", "Sumy Oblast", "Sumy Oblast", 3)]),
    # A wire story under a dateline whose lead tallies the day, then tells it scene by scene (a quote in between).
    ("KYIV, Ukraine (AP) — Russian strikes killed at least nine people across Ukraine over the past day, officials said "
     "Wednesday.\n\nIn the southern city of Kherson, a Russian drone dropped explosives on a bus stop, killing two people and "
     "wounding five, Gov. Oleksandr Prokudin said.\n\nIn the eastern Donetsk region, four people were killed in Russian shelling "
     "of the town of Pokrovsk, Gov. Vadym Filashkin said on Telegram.\n\n\"The Russians are deliberately targeting civilians,\" "
     "he wrote.\n\nThree more people were killed in a missile strike on the city of Kryvyi Rih.",
     [("Air/drone strike", "Kherson", "Kherson Oblast", 2), ("Shelling/artillery/missile attack", "Pokrovsk", "Donetsk Oblast", 4),
      ("Shelling/artillery/missile attack", "Kryvyy Rih", "Dnipropetrovsk Oblast", 3)]),
    # Paragraphs opening another scene: "In the Kharkiv region, …", "Elsewhere, …"; a rescue paragraph stays with its event.
    ("KYIV, Ukraine (AP) — A Russian missile struck an apartment building in the southern city of Zaporizhzhia on Monday, "
     "killing four people and wounding 11, regional Gov. Ivan Fedorov said.\n\nRescuers were still searching the rubble on Monday "
     "evening.\n\nIn the Kharkiv region, Russian shelling killed a 62-year-old man in the town of Vovchansk, Gov. Oleh Syniehubov "
     "said.\n\nElsewhere, a Russian drone attack on Odesa wounded three people, officials said.",
     [("Shelling/artillery/missile attack", "Zaporizhzhya", "Zaporizhzhia Oblast", 4),
      ("Shelling/artillery/missile attack", "Vovchansk", "Kharkiv Oblast", 1), ("Air/drone strike", "Odesa", "Odesa Oblast", None)]),
    # Adjacent sentences in other states: an abduction is not more of the killing before it.
    ("Gunmen killed 12 villagers in Zamfara state on Monday, police said. In neighbouring Katsina state, bandits abducted 20 "
     "travellers on the Funtua-Zaria road. In Borno state, Boko Haram insurgents attacked a military base in Monguno, killing "
     "three soldiers.",
     [("Attack", "Zamfara", "Zamfara", 12), ("Abduction/forced disappearance", "Katsina", "Katsina", None),
      ("Armed clash", "Monguno", "Borno", 3)]),
    ("Myanmar military aircraft bombed a village in Sagaing region on Tuesday, killing nine civilians, residents said. In Rakhine "
     "state, the Arakan Army clashed with junta troops near Sittwe.",
     [("Air/drone strike", "Sagaing", "Sagaing", 9), ("Armed clash", "Sittwe", "Rakhine", None)]),
    ("DAMASCUS, Syria (AP) — Turkish drones struck a vehicle near Qamishli on Thursday, killing two members of the Kurdish-led "
     "Syrian Democratic Forces, a war monitor said.\n\nIn the northwest, Syrian government forces shelled the town of Ariha in "
     "Idlib province, wounding five civilians.",
     [("Air/drone strike", "Al Qamishli", "Al-Hasakah", 2), ("Shelling/artillery/missile attack", "Ariha", "Idlib", None)]),
    ("Militants attacked a police checkpoint in Bannu on Friday, killing two policemen. In Balochistan, a bomb exploded near a "
     "market in Quetta, wounding eight people. Emergency services were dispatched to the scene.",
     [("Armed clash", "Bannu", "Khyber Pakhtunkhwa", 2), ("Remote explosive/landmine/IED", "Quetta", "Balochistan", None)]),
    ("Thousands of people protested in Nairobi on Tuesday against the finance bill. In Mombasa, police fired tear gas at "
     "protesters, wounding four.",
     [("Peaceful protest", "Nairobi", "Nairobi", None), ("Protest with intervention", "Mombasa", "Mombasa", None)]),
    ("Communist rebels clashed with soldiers in Negros Occidental on Tuesday, leaving two rebels dead. In Maguindanao, a grenade "
     "explosion injured three people at a market in Datu Piang.",
     [("Armed clash", "Negros Occidental", "Western Visayas", 2),
      ("Grenade", "Datu Piang", "Autonomous Region in Muslim Mindanao", None)]),
    ("Maoist rebels ambushed a police patrol in Bijapur district of Chhattisgarh on Monday, killing two officers. In Manipur, "
     "gunmen opened fire on villagers in Churachandpur, killing one.",
     [("Armed clash", "Bijapur", "Chhattisgarh", 2), ("Attack", "Churachandpur", "Manipur", 1)]),
    ("Fano militiamen clashed with federal troops in Gondar on Monday, residents said. In Oromia, government forces killed four "
     "civilians in Shashamane.",
     [("Armed clash", "Gonder", "Amhara", None), ("Attack", "Shashamane", "Oromia", 4)]),
    ("Hundreds of people rallied in Lagos on Saturday against rising fuel prices. In Abuja, police fired tear gas to disperse "
     "protesters near the National Assembly.",
     [("Peaceful protest", "Lagos", "Lagos", None), ("Protest with intervention", "Abuja", "Federal Capital Territory", None)]),
    ("BAMAKO, Mali (AP) — Suspected jihadists killed 14 civilians in an attack on the village of Diallassagou in the Mopti region "
     "on Sunday, local officials said.\n\n\"They came on motorbikes and shot everyone they found,\" a resident said.\n\nMeanwhile, "
     "in the Timbuktu region, a Malian army convoy hit a landmine near Goundam, killing three soldiers.",
     [("Attack", "Diallassagou", "Mopti", 14), ("Remote explosive/landmine/IED", "Goundam", "Tombouctou", 3)]),
    # Two events in one sentence: the toll goes with the jets' strike.
    ("Hezbollah fired rockets at northern Israel on Sunday, and Israeli jets struck several villages in southern Lebanon in "
     "response, killing two people.",
     [("Shelling/artillery/missile attack", "Israel", None, None), ("Air/drone strike", "Lebanon", None, 2)]),
    ("Protesters marched peacefully in Dhaka on Friday, while in Chittagong demonstrators set fire to buses and clashed with police.",
     [("Peaceful protest", "Dhaka", "Dhaka", None), ("Violent demonstration", "Chattogram", "Chittagong", None)]),
    # ACLED: explosions inside an ongoing battle are that battle; detail and the attackers fleeing join it.
    ("Fighting broke out between the army and RSF fighters in El Fasher on Wednesday. Artillery shells and mortar rounds fell on "
     "the city's market during the clashes, killing five civilians. The attackers fled toward the east.",
     [("Armed clash", "El Fasher", "North Darfur", 5)]),
    ("GOMA, Congo (AP) — M23 rebels and Congolese troops fought for control of the town of Sake on Friday, residents said.\n\n"
     "Mortar shells fell on a camp for displaced people during the fighting, killing four civilians, the U.N. said.\n\n"
     "The army later said it had repelled the rebels.",
     [("Armed clash", "Sake", "North Kivu", 4)]),
    ("Suspected ISWAP fighters ambushed a military convoy near Damboa in Borno state on Tuesday. In the attack, seven soldiers "
     "were killed, military sources said. The attackers fled with two armoured vehicles.",
     [("Armed clash", "Damboa", "Borno", 7)]),
    # The aftermath told from a place within the event's area stays with the event.
    ("Gunmen attacked a village in Zamfara state on Monday, killing 12 people. In Anka, the local government chairman said the "
     "attackers also burned 20 houses.",
     [("Attack", "Anka", "Zamfara", 12)]),
    ("Gunmen on motorcycles killed 20 villagers in Tillaberi region on Friday. On the same day, soldiers repelled an attack on a "
     "military post in Tahoua region, killing ten assailants.",
     [("Attack", "Tillaberi", "Tillaberi", 20), ("Armed clash", "Tahoua", "Tahoua", 10)]),
    ("Ukrainian drones struck an oil refinery in Russia's Saratov region overnight, the governor said. Meanwhile, Russian forces "
     "shelled Nikopol in Ukraine's Dnipropetrovsk region, killing one woman.",
     [("Air/drone strike", "Saratov Oblast", "Saratov Oblast", None),
      ("Shelling/artillery/missile attack", "Nikopol", "Dnipropetrovsk Oblast", 1)]),
    ("Israeli airstrikes killed 14 people in Gaza City on Monday, health officials said. In the occupied West Bank, Israeli troops "
     "shot dead two Palestinians during a raid in Jenin.",
     [("Air/drone strike", "Gaza", "Gaza Strip", 14), ("Attack", "Jenin", "West Bank", 2)]),
    ("Gang members attacked the town of Mirebalais on Monday, killing at least 10 people. Police later clashed with gangs in the "
     "Delmas district of Port-au-Prince.",
     [("Attack", "Mirebalais", "Centre", 10), ("Armed clash", "Port-au-Prince", "Ouest", None)]),
    ("A roadside bomb killed two Iraqi soldiers in Kirkuk province on Saturday. Elsewhere, Turkish warplanes struck PKK positions "
     "in the Qandil mountains of northern Iraq.",
     [("Remote explosive/landmine/IED", "Kirkuk", "Kirkuk", 2), ("Air/drone strike", "Qandil", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES, ids=[t[:40] for t, _ in ARTICLES])
def test_one_event_per_place_and_side(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


def test_the_other_side_acting_in_its_turn_is_an_event_of_its_own() -> None:
    found = events("An Israeli drone strike hit a motorcycle in Bint Jbeil on Saturday, killing a Hezbollah commander. "
                   "Hezbollah later fired a barrage of rockets at northern Israel.")
    assert [e.sub_event_type for e in found] == ["Air/drone strike", "Shelling/artillery/missile attack"]
    assert found[0].casualties is not None and found[0].casualties.killed == 1
    assert found[1].casualties is None and [a.name for a in found[1].actors] == ["Hezbollah"]
    assert found[1].location is not None and found[1].location.country == "Israel"
    assert found[1].occurred == found[0].occurred  # "later": the same day


def test_a_roundups_events_take_its_day_and_name_whose_forces() -> None:
    found = events("Russian attacks killed seven civilians across Ukraine over the past day, officials said on Tuesday. "
                   "In Kherson Oblast, Russian shelling killed three people in the city of Kherson. "
                   "In Donetsk Oblast, two people were killed in Kostiantynivka.")
    assert [str(e.occurred.date) for e in found if e.occurred] == ["2026-03-03", "2026-03-03"]
    assert "Military Forces of Russia" in [a.name for a in found[0].actors]


def test_a_clause_of_its_own_takes_the_sentences_day_and_side() -> None:
    found = events("Hezbollah fired rockets at northern Israel on Sunday, and Israeli jets struck several villages in southern "
                   "Lebanon in response, killing two people.")
    assert [str(e.occurred.date) for e in found if e.occurred] == ["2026-03-01", "2026-03-01"]
    assert [a.name for a in found[0].actors] == ["Hezbollah"]
    assert "Military Forces of Israel" in [a.name for a in found[1].actors]


def test_a_toll_the_events_after_it_add_up_to_is_a_tally() -> None:
    found = events("Israeli strikes on southern Lebanon killed five people on Wednesday, the health ministry said. A drone strike "
                   "on a car in Nabatieh killed two, and another strike on a house in Bint Jbeil killed three.")
    assert [(e.location.admin1 if e.location else None, e.casualties.killed if e.casualties else None) for e in found] == [
        ("Nabatieh", 2), ("Nabatieh", 3)]
    assert [str(e.occurred.date) for e in found if e.occurred] == ["2026-03-04", "2026-03-04"]


def test_the_event_told_again_from_another_place_is_no_new_event() -> None:
    found = events("A suicide bomber killed 12 people at a mosque in Peshawar on Friday. In Islamabad, Interior Minister Mohsin "
                   "Naqvi said the attack killed 12 worshippers and condemned it.")
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in found] == [("Suicide bomb", "Peshawar")]


def test_also_on_that_day_and_another_attack_open_events_of_their_own() -> None:
    found = events("Gunmen killed six worshippers at a church in Kaduna state on Sunday, police said. Also on Sunday, gunmen "
                   "killed three farmers in Plateau state. In another attack, bandits killed two vigilantes in Zamfara state on "
                   "Monday.")
    assert [(e.location.admin1 if e.location else None, str(e.occurred.date) if e.occurred else None,
             e.casualties.killed if e.casualties else None) for e in found] == [
        ("Kaduna", "2026-03-01", 6), ("Plateau", "2026-03-01", 3), ("Zamfara", "2026-03-02", 2)]


def test_a_tally_nothing_follows_is_the_event() -> None:
    found = events("Russian strikes killed at least five people across Ukraine overnight, officials said on Wednesday.")
    assert len(found) == 1 and found[0].casualties is not None and found[0].casualties.killed == 5


def test_a_first_event_naming_no_known_place_borrows_none_from_another_scene() -> None:
    found = events("Al-Shabaab militants attacked an army base in Galmudug on Tuesday, killing four soldiers. "
                   "Separately, a roadside bomb killed two civilians in Mogadishu.")
    assert [e.location.name if e.location else None for e in found] == ["Somalia", "Mogadishu"]


def test_the_same_kind_of_event_in_a_neighbourhood_of_the_same_town_is_one_event() -> None:
    found = events("On 4 May 2026, in Manaus, Amazonas, a man was killed in a drive-by shooting in Compensa neighborhood by "
                   "armed men. In Santa Etelvina neighborhood, a child was killed in a drive-by shooting by armed men on a "
                   "motorcycle.")
    assert len(found) == 1
    assert found[0].casualties is not None and found[0].casualties.killed == 2


def test_a_speech_or_the_attackers_fleeing_after_later_is_no_new_event() -> None:
    found = events("Gunmen stormed a church in Owo on Sunday, killing 22 worshippers. The gunmen later fled into the forest. "
                   "Police later arrested three suspects.")
    assert [e.sub_event_type for e in found] == ["Attack"]


# Wire roundups and regional reports: scenes opened by "In the northeastern city of …", a day of their own or "Hours later";
# a weak lead telling the news; follow-ups about crews, fires and debris; background recalling other years or months.
REPORTS = [
    # A barrage "at Ukraine overnight" is a tally; "In the … city of Kharkiv," opens a scene; the toll adds up.
    ("KYIV, Ukraine (AP) — Russia launched 112 drones and four ballistic missiles at Ukraine overnight, killing at least six "
     "people, officials said Friday.\n\nIn the northeastern city of Kharkiv, a drone slammed into an apartment building, killing "
     "two people, the mayor said.\n\nIn the Dnipropetrovsk region, a missile strike on the city of Kamianske killed three people.\n\n"
     "A 54-year-old man was killed when Russian artillery shelled the village of Bilozerka in the Kherson region.",
     [("Air/drone strike", "Kharkiv", "Kharkiv Oblast", 2), ("Shelling/artillery/missile attack", "Kamyanske", "Dnipropetrovsk Oblast", 3),
      ("Shelling/artillery/missile attack", "Bilozerka", "Kherson Oblast", 1)]),
    # "Across the Gaza Strip" tallies the strikes the paragraphs then tell.
    ("Israeli airstrikes killed at least 15 Palestinians across the Gaza Strip on Thursday, health officials said. A strike on a "
     "house in the Nuseirat refugee camp killed nine members of one family. In Khan Younis, a drone strike on a tent killed six people.",
     [("Air/drone strike", "Nuseirat", "Gaza Strip", 9), ("Air/drone strike", "Khan Younis", "Gaza Strip", 6)]),
    # A paragraph opening with a day of its own tells another event, with its own toll.
    ("Russian troops shelled the centre of Kherson on Friday morning, killing a woman at a bus stop, the city administration said. "
     "The shells also damaged a kindergarten.\n\nOn Wednesday, a Russian drone dropped an explosive on a minibus in the city, "
     "injuring six passengers.",
     [("Shelling/artillery/missile attack", "Kherson", "Kherson Oblast", 1), ("Air/drone strike", "Kherson", "Kherson Oblast", None)]),
    # "Hours later" opens another event, the day of the one before.
    ("Two people were killed when Russian forces struck Kharkiv with missiles on Friday morning, the governor said.\n\nHours later, "
     "Russian shelling killed a 41-year-old man in the town of Kupiansk, the governor added.",
     [("Shelling/artillery/missile attack", "Kharkiv", "Kharkiv Oblast", 2),
      ("Shelling/artillery/missile attack", "Kupyansk", "Kharkiv Oblast", 1)]),
    # Repair crews, a fire breaking out and the debris of a downed drone are more of the strike.
    ("A Ukrainian drone struck a power substation in Rylsk in the Kursk region on Friday, leaving 3,000 residents without "
     "electricity. Repair crews were sent to restore power. A fire broke out at the site. Debris from a downed drone also fell "
     "on a house.",
     [("Air/drone strike", "Rylsk", "Kursk Oblast", None)]),
    # A lead telling the news on a weak cue is more of the first mention: its toll and place are the event's.
    ("RAMALLAH, West Bank — Israeli forces killed two Palestinians during a raid on the Balata refugee camp in Nablus early on "
     "Friday, the health ministry said. The Israeli army said troops came under fire and fired back.",
     [("Armed clash", "Nablus", "West Bank", 2)]),
    # A lead telling political violence on a weak cue opens a mention of its own when what follows tells a disaster.
    ("PORT SUDAN — Drones launched by the Rapid Support Forces struck the fuel depots in Port Sudan on Thursday, witnesses said. "
     "Firefighters struggled to contain the blaze at the depots.",
     [("Air/drone strike", "Port Sudan", "Red Sea", None)]),
    # A protest day told city by city: the lead tallying the cities is no event of its own; a march passing off without
    # incident and a crowd gathering peacefully are protests; last year's protests are background.
    ("NAIROBI, Kenya (AP) — Thousands of people marched in Nairobi and several other Kenyan cities on Thursday to protest a "
     "proposed tax increase.\n\nIn Nairobi, police fired tear gas to disperse protesters who tried to reach Parliament.\n\n"
     "In the western city of Kisumu, police shot dead two protesters.\n\nIn Mombasa and Malindi, marches passed off without "
     "incident.\n\nIn Nakuru, several hundred traders gathered peacefully in the town centre.\n\nProtests against the finance "
     "bill last year left more than 60 people dead, according to rights groups.",
     [("Protest with intervention", "Nairobi", "Nairobi", None), ("Excessive force against protesters", "Kisumu", "Kisumu", 2),
      ("Peaceful protest", "Mombasa", "Mombasa", None), ("Peaceful protest", "Malindi", "Kilifi", None),  # one event per town
      ("Peaceful protest", "Nakuru", "Nakuru", None)]),
    # A mob in another city is an event of its own, not the aftermath of the clash before.
    ("At least three people were killed on Thursday as supporters of rival parties clashed in several districts, police said. "
     "In Gopalganj, supporters of the ruling party and the opposition fought with sticks, leaving two dead. In Chittagong, a mob "
     "set fire to a party office and vandalised several vehicles.",
     [("Mob violence", "Gopalganj", "Dhaka", 2), ("Mob violence", "Chattogram", "Chittagong", None)]),
    # The other side, "for its part", tells an event of its own.
    ("US-led airstrikes hit Houthi targets in Yemen's Hodeidah province overnight, killing three people, the rebels said. The "
     "Houthis, for their part, said they had fired a ballistic missile at a commercial vessel in the Red Sea.",
     [("Air/drone strike", "Al Hudaydah", "Al Hudaydah", 3), ("Shelling/artillery/missile attack", "Al Hudaydah", "Al Hudaydah", None)]),
]


@pytest.mark.parametrize(("text", "expected"), REPORTS, ids=[t[:40] for t, _ in REPORTS])
def test_wire_reports_tell_one_event_per_scene(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


def _at(text: str, published: datetime):
    return analyze(Article(article_id="a", title="", text=text, content_hash="h", published_at=published), load_taxonomy())


def test_background_recalling_another_year_or_month_lends_no_toll_and_is_no_event() -> None:
    published = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)
    quake = _at("An earthquake struck Malatya province on Thursday, killing two people. The region was devastated by twin "
                "earthquakes in February 2023 that killed more than 53,000 people.", published)
    assert [(e.sub_event_type, e.casualties.killed if e.casualties else None) for e in quake] == [("Earthquake", 2)]
    strike = _at("A Russian missile hit a hotel in Kryvyi Rih on Thursday evening, killing three people. In April, a Russian missile "
                 "strike on a playground in the city killed 20 people.", published)
    assert [(e.sub_event_type, e.casualties.killed if e.casualties else None) for e in strike] == [
        ("Shelling/artillery/missile attack", 3)]
    toll = _at("Security forces fired live bullets at protesters in Conakry on Thursday, killing one teenager. Dozens of people "
               "have been killed in anti-junta protests since then, according to rights groups.", published)
    assert [e.casualties.killed if e.casualties else None for e in toll] == [1]
    bombing = _at("A car bomb exploded near a market in Manbij on Thursday, killing seven people. The town has seen several "
                  "bombings since government forces took control of it earlier this year.", published)
    assert [e.sub_event_type for e in bombing] == ["Remote explosive/landmine/IED"]
    rally = _at("Tens of thousands of students rallied in central Belgrade on Thursday evening, the latest in a wave of protests. "
                "The rally passed peacefully.", published)
    assert [(e.sub_event_type, e.evidence.sentence[:15]) for e in rally] == [("Peaceful protest", "Tens of thousan")]
    news = _at("A Russian missile struck Odesa, killing two people, in the deadliest attack on the city since 2023.", published)
    assert [(e.sub_event_type, e.casualties.killed if e.casualties else None) for e in news] == [
        ("Shelling/artillery/missile attack", 2)]


def test_a_namesake_abroad_is_no_place_of_the_event() -> None:
    found = events("BAMAKO — Jihadists attacked an army post in Mali's Mopti region on Wednesday, killing 12 soldiers. On Thursday, "
                   "the army said it had carried out airstrikes near Boni, killing dozens of militants.")
    assert [e.location.country if e.location else None for e in found] == ["Mali", "Mali"]
    riot = events("QUITO, Ecuador — A car bomb exploded outside a prison in Guayaquil on Thursday, killing two police officers. "
                  "Hours later, inmates at the Litoral penitentiary rioted.")
    assert {e.location.country for e in riot if e.location} == {"Ecuador"}


def test_a_village_the_gazetteer_lacks_lies_in_the_country_its_sentence_names() -> None:
    found = events("BAMAKO — Jihadists attacked an army post in central Mali's Mopti region on Wednesday, killing 12 Malian soldiers. "
                   "In Burkina Faso, gunmen killed 20 civilians in the village of Sollé on Thursday.")
    assert [(e.location.name, e.location.country) if e.location else None for e in found] == [
        ("Mopti", "Mali"), ("Sollé", "Burkina Faso")]


def test_the_weapon_named_again_tells_more_of_the_strike() -> None:
    found = events("ODESA, Ukraine — A Russian missile strike on the port of Odesa on Thursday evening killed two people and damaged "
                   "a civilian cargo ship flying the flag of Panama, Ukrainian officials said.\n\nOleh Kiper, head of the Odesa regional administration, said the missile hit port infrastructure in the "
                   "Pivdennyi area. Seven port workers were injured.")
    assert [(e.casualties.killed, e.casualties.injured) if e.casualties else None for e in found] == [(2, 7)]


def test_what_an_event_came_after_is_background_lending_no_toll_or_day() -> None:
    found = events("A fire at a garment factory in Gazipur killed nine workers on Tuesday, fire officials said. The fire came a day "
                   "after a boat capsized in the Meghna river, killing 12 passengers.")
    assert [(e.casualties.killed if e.casualties else None, str(e.occurred.date) if e.occurred else None) for e in found] == [
        (9, "2026-03-03")]


def test_tolls_told_side_by_side_add_up() -> None:
    found = events("Al Shabaab militants attacked a military base in Bulo Marer on Tuesday. Eight soldiers and at least 15 militants "
                   "were killed, a military officer said. Separately, gunmen shot dead a radio broadcaster in Mogadishu.")
    assert [e.casualties.killed if e.casualties else None for e in found] == [23, 1]


def test_the_head_names_the_place_a_follow_up_only_details() -> None:
    found = events("KHARKIV — Two people were killed and nine injured when Russian forces struck Kharkiv with glide bombs on Friday "
                   "morning, the governor said.\n\nOne bomb hit a sports complex in the Kyivskyi district, the other an open area.")
    assert [(e.location.name, e.location.admin1) if e.location else None for e in found] == [("Kharkiv", "Kharkiv Oblast")]


def test_a_side_denying_the_event_before_makes_no_claim_of_its_own() -> None:
    found = events("Gunmen believed to belong to the Rapid Support Forces attacked a village near Wad Madani on Tuesday, killing 22 "
                   "people, activists said. The RSF denied involvement.")
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_a_follow_up_telling_when_it_happened_dates_an_event_its_lead_only_says_was_reported() -> None:
    found = events("YANGON, March 4 (AP) — Myanmar's military junta bombed a monastery in Sagaing region where displaced villagers were "
                   "sheltering, killing 23 people including children, residents said Wednesday. The air strike happened late Monday in "
                   "Lin Ta Lu village, according to a member of a local resistance group. Separately, fighters of the Arakan Army "
                   "captured a military base in Rakhine state's Ann township on Tuesday after weeks of fighting, the group said.")
    assert [(e.sub_event_type, str(e.occurred.date) if e.occurred else None) for e in found] == [
        ("Air/drone strike", "2026-03-02"), ("Non-state actor overtakes territory", "2026-03-03")]
    assert found[0].casualties is not None and found[0].casualties.killed == 23


def test_a_side_that_says_it_fired_in_response_acts_in_its_turn() -> None:
    found = events("BEIRUT, March 4 (Reuters) - Israeli air strikes on the southern Lebanese town of Bint Jbeil killed four people on "
                   "Tuesday, Lebanon's health ministry said. Hezbollah said it fired a salvo of rockets at an Israeli army base in the "
                   "Galilee in response. The Israeli military said most of the rockets were intercepted.")
    assert [(e.sub_event_type, e.actors[0].name if e.actors else None) for e in found] == [
        ("Air/drone strike", "Military Forces of Israel"), ("Shelling/artillery/missile attack", "Hezbollah")]


def test_a_demonstration_whose_protesters_turn_violent_later_in_the_story_is_a_riot() -> None:
    found = events("TBILISI, March 4 (Reuters) - Tens of thousands of Georgians rallied outside parliament in Tbilisi on Tuesday night. "
                   "Riot police used water cannon and tear gas to disperse the crowd after midnight, detaining more than 100 people. "
                   "Protesters threw fireworks at police and set up barricades on Rustaveli Avenue.")
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in found] == [("Violent demonstration", "Tbilisi")]


def test_victims_a_later_sentence_adds_count_with_those_told_first_and_a_re_report_does_not() -> None:
    raid = events("Pakistani security forces killed 12 militants in a raid on a hideout in North Waziristan on Tuesday, the military "
                  "said. Two soldiers were also killed in the exchange of fire.")
    assert [(e.sub_event_type, e.casualties.killed if e.casualties else None) for e in raid] == [("Armed clash", 14)]
    retold = events("Gunmen killed 12 villagers in Zamfara state on Tuesday. The 12 victims were buried on Wednesday.")
    assert retold[0].casualties is not None and retold[0].casualties.killed == 12


def test_an_act_told_after_a_plan_is_an_event_of_its_own_and_a_plan_sums_up_nothing() -> None:
    vowed = events("MOSCOW, March 4 (Reuters) - Russia vowed on Wednesday to strike Kyiv in retaliation for a Ukrainian attack on the "
                   "Crimean bridge. Ukrainian sea drones hit the bridge early on Tuesday, killing two people, Russian officials said.")
    assert [(e.modality, str(e.occurred.date) if e.occurred else None, e.casualties.killed if e.casualties else None) for e in vowed] == [
        ("planned", "2026-03-04", None), ("occurred", "2026-03-03", 2)]
    strike = events("Opposition parties plan a nationwide strike on Monday to protest against the election results. On Tuesday, "
                    "police dispersed hundreds of opposition supporters in Harare with tear gas.")
    assert [(e.sub_event_type, e.modality, str(e.occurred.date) if e.occurred else None) for e in strike] == [
        ("Peaceful protest", "planned", "2026-03-09"), ("Protest with intervention", "occurred", "2026-03-03")]


def _days(found) -> list[tuple]:
    return [(e.sub_event_type, e.location.name if e.location else None, str(e.occurred.date) if e.occurred else None,
             e.casualties.killed if e.casualties else None) for e in found]


def test_police_acting_against_protesters_in_another_town_is_a_demonstration_of_its_own() -> None:
    # a crowd act in a town the head does not name is another event; a spot no gazetteer knows is taken for the same town
    found = events("Thousands of supporters of the jailed former prime minister rallied in Lahore on Tuesday, demanding his release. "
                   "Police detained dozens of protesters in Rawalpindi, a party spokesman said.")
    assert [e.location.name if e.location else None for e in found] == ["Lahore", "Rawalpindi"]
    found = events("Students rallied at the University of Dhaka on Monday. A day later, police fired rubber bullets at students "
                   "marching in Chittagong.")
    assert _days(found) == [("Peaceful protest", "Dhaka", "2026-03-02", None), ("Protest with intervention", "Chattogram", "2026-03-03", None)]


def test_tolls_of_both_sides_told_in_sentences_of_their_own_add_up() -> None:
    found = events("Militants attacked an army post in North Waziristan on Monday, triggering a gunfight that lasted several hours. "
                   "Five soldiers were killed. The army said 12 militants died in the exchange.")
    assert _days(found) == [("Armed clash", "North Waziristan", "2026-03-02", 17)]


def test_a_day_told_from_the_event_before_dates_an_event_of_its_own() -> None:
    # "The next day", "The previous day", "later that day": the day counted from the event before
    found = events("Army troops clashed with Fano militiamen near Bahir Dar on Saturday, leaving four soldiers dead. The next day, "
                   "the militia attacked a police station in Gondar, killing two officers.")
    assert _days(found) == [("Armed clash", "Bahir Dar", "2026-02-28", 4), ("Armed clash", "Gonder", "2026-03-01", 2)]
    found = events("Israeli aircraft struck a house in Deir al-Balah on Monday, killing five people, medics said. The previous day, "
                   "a drone strike on a car in Khan Younis killed two men.")
    assert [d for _, _, d, _ in _days(found)] == ["2026-03-02", "2026-03-01"]
    found = events("Hundreds of opposition supporters protested in Dakar on Monday. Police fired tear gas at demonstrators in "
                   "Ziguinchor the same day, witnesses said.")
    assert [(p, d) for _, p, d, _ in _days(found)] == [("Dakar", "2026-03-02"), ("Ziguinchor", "2026-03-02")]


def test_weekdays_told_one_after_another_are_in_story_order() -> None:
    # published on a Wednesday: "on Wednesday … On Thursday, …" tells last week's Wednesday, before the Thursday
    found = events("Rebels of the Arakan Army attacked a police outpost in Maungdaw on Wednesday. On Thursday, the rebels captured "
                   "a border guard base in Buthidaung after heavy fighting, the group said.")
    assert [d for _, _, d, _ in _days(found)] == ["2026-02-25", "2026-02-26"]


def test_an_act_on_another_day_after_a_riot_is_an_event_of_its_own() -> None:
    found = events("Rioters torched shops and vehicles in Noumea on Saturday as unrest over electoral reform spread. Gendarmes shot "
                   "dead one rioter in Dumbea on Sunday, officials said.")
    assert [(p, d) for _, p, d, _ in _days(found)] == [("Noumea", "2026-02-28"), ("Dumbea", "2026-03-01")]


def test_a_day_told_from_a_weekday_of_today_puts_that_weekday_in_the_week_before() -> None:
    # published on a Wednesday: "on Wednesday … the following day" cannot be tomorrow
    found = events("Rebels of the Democratic Karen Benevolent Army attacked a junta camp in Myawaddy on Wednesday. Junta aircraft "
                   "bombed the rebels' positions the following day, killing 11 fighters.")
    assert _days(found) == [("Armed clash", "Myawaddy", "2026-02-25", None), ("Air/drone strike", "Myawaddy", "2026-02-26", 11)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the other side striking back "by firing" acts in its turn
        ("Israeli drones struck a car in Nabatieh on Monday, killing two Hezbollah members. Hezbollah responded by firing "
         "rockets at Kiryat Shmona.", ["Nabatieh", "Kiryat Shmona"]),
        # violence spreading to another town, and marches "through" one: events of their own
        ("Hindu and Muslim groups clashed in Nuh on Monday, leaving two people dead. The violence spread to nearby Gurugram, "
         "where a mob set fire to a mosque.", ["Nuh", "Gurugram"]),
        ("Hundreds of nurses staged a protest outside the health ministry in Lima yesterday over pay. Teachers marched through "
         "Arequipa the same day.", ["Lima", "Arequipa"]),
        ("Thousands of people marched in Buenos Aires on Tuesday against university budget cuts. Similar marches took place in "
         "Cordoba and Rosario.", ["Buenos Aires", "Cordoba", "Rosario"]),
        # an assault repelled late one day, a village taken the next: two events
        ("Ukrainian forces repelled a Russian assault near Chasiv Yar late Saturday, the general staff said. Russian troops "
         "captured the village of Ocheretyne on Sunday, the Russian defence ministry said.", ["Chasiv Yar", "Ocheretyne"]),
    ],
)
def test_an_act_elsewhere_or_in_its_turn_is_an_event_of_its_own(text: str, places: list[str]) -> None:
    assert [e.location.name if e.location else None for e in events(text)] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # fighting that spreads to another town, and a bomb defused there the next day: events of their own
        ("Clashes between rival militias erupted in Tripoli on Friday, leaving 11 dead. The fighting spread to Zawiya on Sunday, "
         "where four people were killed.", ["Tripoli", "Zawiya"]),
        ("A motorcycle bomb exploded outside a school in Cotabato on Tuesday, wounding nine students. The next day, soldiers "
         "defused a second bomb near a church in Marawi.", ["Cotabato", "Marawi City"]),
    ],
)
def test_another_town_on_another_day_is_an_event_of_its_own(text: str, places: list[str]) -> None:
    assert [e.location.name if e.location else None for e in events(text)] == places


def test_another_story_telling_no_event_lends_no_place() -> None:
    # "Separately, …" with no event of its own is background: its town is not the event's
    found = events("KADUNA, Nigeria (AP) — Gunmen killed eight people in an attack on Kurmin Masara village late Saturday night, "
                   "residents said Sunday. Separately, kidnappers freed 20 schoolchildren in Kuriga on Friday.")
    assert [(e.location.name if e.location else None, e.casualties.killed if e.casualties else None) for e in found] == [("Kaduna", 8)]


def test_a_side_saying_what_it_inflicted_in_the_fight_is_more_of_the_fight() -> None:
    found = events("Israeli forces and Hamas fighters clashed in Jabalia on Saturday. Two Israeli soldiers were killed. Hamas said it "
                   "killed or wounded a number of soldiers.")
    assert _days(found) == [("Armed clash", "Jabalia", "2026-02-28", 2)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Students at Sciences Po occupied a building in Paris last Friday in support of Gaza. Police removed them the following day.",
         "Paris"),
        ("Pro-Palestinian students set up tents on the campus of Columbia University in New York on Monday.", "New York City"),
    ],
)
def test_students_occupying_a_building_or_setting_up_tents_protest(text: str, place: str) -> None:
    assert [(e.event_type, e.location.name if e.location else None) for e in events(text)] == [("Protests", place)]
