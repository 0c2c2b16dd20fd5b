"""Extraction: places, dates, people, actors, casualties, quantities, damage and the reported channel."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from worker.pipeline.casualties import find_casualties, find_quantities, merge_casualties
from worker.pipeline.dates import find_dates
from worker.pipeline.extract import article_context, extract_mention
from worker.pipeline.gazetteer import default_gazetteer
from worker.pipeline.participants import find_actors, find_people
from worker.pipeline.segment import Mention, split_sentences

FRIDAY = datetime(2024, 12, 6, 8, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("late Thursday evening", date(2024, 12, 5), 1),
        ("in an attack overnight Sunday", date(2024, 12, 1), 1),  # the weekday, not the night before publication
        ("late on Saturday", date(2024, 11, 30), 1),
        ("on Friday", date(2024, 12, 6), 1),
        ("On December 4th", date(2024, 12, 4), 1),
        ("on 9 May 2020", date(2020, 5, 9), 1),
        ("yesterday", date(2024, 12, 5), 1),
        ("on December 20", date(2023, 12, 20), 1),  # a past event: not a future date
        ("last week", date(2024, 11, 25), 2),
        ("last month", date(2024, 11, 1), 3),
        ("earlier this month", date(2024, 12, 1), 3),
        ("in early October", date(2024, 10, 1), 3),
        ("two days ago", date(2024, 12, 4), 1),
        ("on the night of 2 to 3 December", date(2024, 12, 2), 1),  # a range opens on its first day
        ("from 28th to 30th November", date(2024, 11, 28), 1),
        ("over the weekend", date(2024, 11, 30), 2),  # the Saturday of the weekend just gone
        ("three weeks ago", date(2024, 11, 15), 2),
        # fixed-date holidays: the last one before publication
        ("on New Year's Day", date(2024, 1, 1), 1),
        ("on New Year’s Eve", date(2023, 12, 31), 1),
        ("on Christmas Eve", date(2023, 12, 24), 1),
        ("overnight into Wednesday", date(2024, 12, 4), 1),  # the night ending on the weekday told
        ("drones launched overnight to Thursday", date(2024, 12, 5), 1),
    ],
)
def test_dates_resolve_against_publication(text: str, expected: date, precision: int) -> None:
    [found] = find_dates(text, FRIDAY)
    assert (found.date, found.precision) == (expected, precision)


def test_a_planned_event_takes_the_coming_day_not_the_day_it_was_reported() -> None:
    [thursday] = find_dates("NATO ministers will meet on Thursday", FRIDAY, future_ok=True)
    assert thursday.date == date(2024, 12, 12)
    [next_week] = find_dates("He will visit next week, his office said on Tuesday.", FRIDAY, future_ok=True)
    assert (next_week.date, next_week.precision) == (date(2024, 12, 9), 2)
    [reported] = find_dates("Officials said on Tuesday", FRIDAY)
    assert reported.date == date(2024, 12, 3)


def test_no_date_words_means_no_date() -> None:
    assert find_dates("Drones struck the city.", FRIDAY) == []


def test_unresolvable_weekday_without_publication_keeps_words_only() -> None:
    [found] = find_dates("on Thursday", None)
    assert found.date is None and found.text == "on Thursday"


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [("Kiev", "Kyiv", "Ukraine"), ("Kharkov", "Kharkiv", "Ukraine"), ("Odessa", "Odesa", "Ukraine"), ("Kursk", "Kursk", "Russia")],
)
def test_gazetteer_knows_transliterations(name: str, canonical: str, country: str) -> None:
    [match] = default_gazetteer().find(f"Shelling was reported in {name} on Monday.")
    assert (match.place.name, match.place.country, match.precision) == (canonical, country, 1)


def test_gazetteer_precision_near_and_region() -> None:
    found = default_gazetteer().find("Drones fell near Kharkiv and in the Belgorod region.", prefer=("RU",))
    assert [(m.place.name, m.precision) for m in found] == [("Kharkiv", 2), ("Belgorod Oblast", 3)]


def test_person_names_are_not_places() -> None:
    assert default_gazetteer().find("city head Eugene Maslov said") == []


def test_people_with_roles() -> None:
    text = (
        "according to city head Eugene Maslov. The Kursk governor, Alexander Khinsten, has announced it. "
        "According to Igor Kastukevich, a commissioner for the volunteer group, work is done. Governor Khinsten added more."
    )
    people = {(p.name, p.role) for p in find_people(text)}
    assert ("Eugene Maslov", "city head") in people
    assert ("Alexander Khinsten", "governor") in people
    assert ("Igor Kastukevich", "commissioner for the volunteer group") in people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Interior Minister Mohamed Ahmed said the attackers fled.", ("Mohamed Ahmed", "interior minister")),
        ("UN Secretary-General Antonio Guterres condemned the strike.", ("Antonio Guterres", "secretary-general")),
        ("Gov. Serhii Lysak said five people were wounded.", ("Serhii Lysak", "governor")),
        ("Army spokesman Brig. Gen. Ahmed Khalil said the base was retaken.", ("Ahmed Khalil", "brigadier general")),
    ],
)
def test_titles_capitalised_or_abbreviated_give_the_role(text: str, person: tuple[str, str]) -> None:
    assert [(p.name, p.role) for p in find_people(text)] == [person]


def test_a_person_named_with_a_title_and_as_speaker_is_one_person() -> None:
    assert [(p.name, p.role) for p in find_people("Mayor Vitali Klitschko wrote on Telegram.")] == [("Vitali Klitschko", "mayor")]


def test_leaders_with_titles_of_several_words_or_a_surname_alone() -> None:
    text = ("Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung. U.S. Secretary of State Antony Blinken "
            "and Chinese Premier Li Qiang spoke. President Zelensky laid flowers. The King Fahd Causeway reopened.")
    assert [(p.name, p.role) for p in find_people(text)] == [
        ("Shigeru Ishiba", "prime minister"), ("Lee Jae-myung", "president"), ("Antony Blinken", "secretary of state"),
        ("Li Qiang", "premier"), ("Zelensky", "president")]


def test_actors_have_kinds() -> None:
    actors = {(a.name, a.kind) for a in find_actors("Ukrainian drones hit homes while protesters rallied and Al-Shabaab fighters fled.", country="Russia")}
    assert ("Military Forces of Ukraine", "state_forces") in actors
    assert ("Civilians (Russia)", "civilians") in actors
    assert ("Al-Shabaab", "armed_group") in actors


def _event_actors(text: str) -> list[tuple[str, str | None]]:
    from schemas import Article
    from worker.pipeline.analyze import analyze
    from worker.taxonomy import load_taxonomy

    (event, *_) = analyze(Article(article_id="a", title="", text=text, content_hash="h"), load_taxonomy())
    return [(a.name, a.role) for a in event.actors]


def test_actors_are_named_as_acled_names_them() -> None:
    assert _event_actors("Gunmen killed five villagers in Zamfara.") == [("Unidentified Armed Group (Nigeria)", "actor1"), ("Civilians (Nigeria)", "target")]
    assert _event_actors("Israeli airstrikes on Gaza City killed 12 people.")[0] == ("Military Forces of Israel", "actor1")
    assert _event_actors("Security forces arrested the opposition leader in Kampala.") == [("Military Forces of Uganda", "actor1")]


def test_the_people_of_a_demonstration_are_its_protesters_or_rioters() -> None:
    assert _event_actors("Tens of thousands of people marched through central Belgrade on Saturday.") == [("Protesters (Serbia)", "actor1")]
    assert _event_actors("Protesters clashed with police in Nairobi on Tuesday, throwing stones.") == [("Rioters (Kenya)", "actor1"), ("Police Forces of Kenya", "actor2")]
    assert _event_actors("Pakistani police arrested dozens of protesters in Lahore.") == [("Protesters (Pakistan)", "actor1"), ("Police Forces of Pakistan", "actor2")]
    assert _event_actors("Farmers blocked a highway near Lahore on Monday to demand higher wheat prices.")[0] == ("Protesters (Pakistan)", "actor1")
    assert _event_actors("Hundreds went on strike in Karachi on Monday.") == [("Protesters (Pakistan)", "actor1")]  # told or not
    assert _event_actors("A Muslim mob set fire to several churches in Jaranwala, Pakistan.")[0] == ("Rioters (Pakistan)", "actor1")
    assert ("Military Forces of Indonesia", "actor2") not in _event_actors("Students protesting the military law clashed with police in Jakarta.")


def test_forces_as_a_verb_is_no_actor() -> None:
    assert all(a.kind != "state_forces" for a in find_actors("Wildfire forces thousands to evacuate near Athens"))


def test_groups_whose_names_end_in_forces_are_groups_not_state_forces() -> None:
    assert _event_actors("Fighting between the army and the Rapid Support Forces resumed in Omdurman.")[:2] == [
        ("Military Forces of Sudan", "actor1"), ("RSF", "actor2")]


def test_the_day_an_official_spoke_is_not_the_day_of_the_event() -> None:
    text = "Authorities in Guanajuato said Monday that gunmen killed 12 people at a party in Salvatierra on Sunday night."
    sentences = split_sentences(text)
    found = extract_mention(Mention(head=sentences[0], type_key="violence_against_civilians"), article_context(text, FRIDAY))
    assert found.occurred is not None and (found.occurred.date, found.occurred.text) == (date(2024, 12, 1), "on Sunday night")


def test_a_named_group_keeps_its_name_and_a_source_is_no_party_to_the_event() -> None:
    actors = _event_actors("Houthi rebels fired a ballistic missile at a ship in the Red Sea, the US military said.")
    assert actors == [("Houthi", "actor1"), ("Military Forces of United States", "associated")]
    assert _event_actors("Al-Shabaab militants attacked a military base in Afgoye, killing 10 soldiers.")[:2] == [("Al-Shabaab", "actor1"), ("Military Forces of Somalia", "actor2")]


def test_a_group_named_forces_is_no_state_and_keeps_one_name() -> None:
    assert _event_actors("Artillery fire by the paramilitary Rapid Support Forces killed at least 15 civilians in El Fasher. RSF fighters then looted the market.") == [
        ("RSF", "actor1"), ("Civilians (Sudan)", "target")]
    assert _event_actors("Rebels from the Allied Democratic Forces killed more than 40 people in an attack on a church in Komanda, Ituri.")[0] == ("ADF", "actor1")


def test_a_drone_is_its_countrys_forces_and_journalists_are_civilians() -> None:
    text = "Two Lebanese journalists were killed on Tuesday when an Israeli drone struck their car in the southern town of Bint Jbeil."
    assert _event_actors(text) == [("Civilians (Lebanon)", "target"), ("Military Forces of Israel", "actor1")]
    assert ("SDF", "actor2") in _event_actors("A Turkish drone strike near Qamishli killed four members of the Kurdish-led Syrian Democratic Forces.")


def test_a_side_telling_what_it_did_itself_is_the_actor_not_the_source() -> None:
    assert _event_actors("Hamas said it fired a barrage of rockets at Tel Aviv on Thursday.") == [("Hamas", "actor1")]
    assert _event_actors("Ukraine's military said on Monday it had struck a Russian ammunition depot in the Zaporizhzhia region.")[0] == (
        "Military Forces of Ukraine", "actor1")
    assert _event_actors("Houthi rebels fired a ballistic missile at a ship, the US military said.")[1] == ("Military Forces of United States", "associated")


def test_a_military_administration_or_a_spokesman_reporting_is_no_party_and_a_demonym_may_stand_apart() -> None:
    text = "Two people were killed on Nov. 30 when a Russian ballistic missile struck port infrastructure in Odesa, the regional military administration reported."
    assert _event_actors(text) == [("Civilians (Ukraine)", "target"), ("Military Forces of Russia", "actor1")]
    text = "An explosion ripped through a minibus in western Kabul on Saturday, killing three passengers, a police spokesman said."
    assert _event_actors(text) == [("Police Forces of Afghanistan", "associated")]


def test_a_capitalised_air_force_is_its_countrys_military() -> None:
    assert _event_actors("The Nigerian Air Force said its jets killed more than 60 bandits in airstrikes on their hideouts in Zamfara state.") == [
        ("Military Forces of Nigeria", "actor1"), ("Unidentified Armed Group (Nigeria)", "actor2")]


def test_forces_someone_calls_his_own_are_not_those_of_the_country_where_it_happened() -> None:
    text = "The leader of Sudan's Rapid Support Forces said on Sunday his forces would not attend peace talks in Geneva."
    assert [a.name for a in find_actors(text, country="Switzerland")] == ["RSF"]


def test_a_weapon_opening_the_sentence_says_nothing_of_whose_it_is() -> None:
    assert [a.kind for a in find_actors("Drones struck the depot overnight. Artillery pounded the town.")] == []


@pytest.mark.parametrize(
    ("text", "killed", "injured", "at_least"),
    [
        ("At least 3 people were killed and 12 injured.", 3, 12, True),
        ("The strike killed two civilians and wounded five others.", 2, 5, False),
        ("Dozens were injured in the stampede.", None, 12, True),
        ("No casualties were reported.", 0, 0, False),
        ("A man was shot dead at the gate.", 1, None, False),
        ("The death toll rose to 14 on Sunday.", 14, None, False),
        ("Between 5 and 7 soldiers were killed.", 5, None, True),
        ("On 3 May 2020, 2 young men were killed by a landmine.", 2, None, False),  # the year is not a count
        ("The death toll rose to 1,250 on Sunday.", 1250, None, False),
        ("The body of a fisherman was found on the beach.", 1, None, False),
        ("A local shopkeeper was beaten to death by a mob.", 1, None, False),
        ("Gunmen stopped the bus, killing the driver.", 1, None, False),
        ("A farmer and a herder were shot dead near the well.", 2, None, False),
        ("The victim died in hospital. 1 fatality.", 1, None, False),  # a closing total restates, it does not add
        ("Rebels attacked the base, killing and injuring several soldiers.", None, 3, True),
        ("The death toll from the missile strike on the city centre rose to 45.", 45, None, False),
        ("The death toll from Sunday's bombing in Mogadishu rose to 31, officials said.", 31, None, False),
        ("Gunmen killed between 15 and 20 villagers.", 15, None, True),
        ("The flood claimed the lives of seven villagers.", 7, None, False),
        ("Seven people, including three children, died in the strike.", 7, None, False),  # the clause names a part, not the toll
        ("Gunmen kill 12 villagers in Zamfara", 12, None, False),  # headlines speak in the present
        ("Strike kills 3, wounds 12 in Odesa", 3, 12, False),
        ("Blast injures 20 at market", None, 20, False),
        ("Police shot dead a suspected robber in a gunfight.", 1, None, False),
        ("A mob beat and burned to death a man accused of blasphemy.", 1, None, False),
        ("Villagers stoned to death two suspected thieves.", 2, None, False),
        ("Police fired tear gas. 3 people were injured, and 60 were killed during last year's protests.", None, 3, False),
        ("Three Palestinians were killed by Israeli fire in Jenin.", 3, None, False),  # a people's plural is a person noun
        ("Four Sudanese were wounded in the shelling.", None, 4, False),
        ("Mexico: journalist shot dead in Sinaloa", 1, None, False),  # a headline's bare singular victim
        ("The fire claimed 12 lives in the market.", 12, None, False),
        ("The blast left 11 workers in hospital.", None, 11, False),
        ("Ukrainian soldier killed in blast near Bakhmut", 1, None, False),
        ("The ferry capsized; at least 78 people drowned.", 78, None, True),
        ("A small plane crashed, killing all six people on board.", 6, None, False),  # "all six" is exact
        ("Soldier killed in east Ukraine despite truce: military", 1, None, False),  # a headline's lone victim has no article
        ("Mexican journalist shot dead in Guerrero", 1, None, False),
        ("Woman killed, 5 hurt as drone hits Kharkiv", 1, 5, False),
        ("Between 15 and 20 jihadists were killed in airstrikes near Timbuktu.", 15, None, True),
        ("At least 40 people, many of them women and children, were killed when militiamen attacked a camp.", 40, None, True),
        ("The army said 12 militants died in the exchange.", 12, None, False),  # "the army" counts no one; the 12 still do
        ("In a separate incident, villagers beat a man to death in Bihar.", 1, None, False),  # the victim told before "to death"
        ("A mob stabbed two guards to death.", 2, None, False),
        ("Three soldiers were killed and two militants died.", 5, None, False),  # "killed and" ends a count, lumps none
    ],
)
def test_casualties(text: str, killed: int | None, injured: int | None, at_least: bool) -> None:
    found = find_casualties(text)
    assert found is not None
    assert (found.killed, found.injured, found.at_least) == (killed, injured, at_least)


@pytest.mark.parametrize(
    "text",
    [
        "Residents protested after two teenagers were killed by police last week.",
        "Four insurgents were killed, injured or captured during the operation.",
        "The airstrike killed an unknown number of fighters.",
        "A mob threatened to kill a soldier at the market.",
    ],
)
def test_killings_that_are_background_lumped_or_uncounted_give_no_killed_count(text: str) -> None:
    found = find_casualties(text)
    assert found is None or found.killed is None


def test_no_casualty_words_is_not_zero() -> None:
    assert find_casualties("An inspection will help any injured residents.") is None


def test_quantities_count_things_not_dates_or_victims() -> None:
    found = find_quantities("On 4 December 2024, 40 courtyards were renovated and 3 people were killed.")
    assert [(q.value, q.unit) for q in found] == [(40, "courtyards")]


def test_mention_extraction_uses_follow_up_sentences() -> None:
    text = (
        "Drones struck the city of Kursk late Thursday evening, said city head Eugene Maslov. "
        "Speaking through his Telegram channel, Maslov said the attack caused damage to windows in private homes and a civilian car."
    )
    sentences = split_sentences(text)
    mention = Mention(head=sentences[0], type_key="explosions_remote_violence", follows=sentences[1:])
    found = extract_mention(mention, article_context(text, FRIDAY))
    assert found.location is not None and (found.location.name, found.location.country) == ("Kursk", "Russia")
    assert found.occurred is not None and found.occurred.date == date(2024, 12, 5)
    assert found.damage == ["windows in private homes", "a civilian car"]
    assert found.channel == "Telegram channel"
    assert [(p.name, p.role) for p in found.people] == [("Eugene Maslov", "city head")]
    assert found.casualties is None


def test_towns_get_their_admin1_name_and_region_words_do_not_matter() -> None:
    from worker.pipeline.gazetteer import admin1_key

    [match] = default_gazetteer().find("Shelling was reported in Kramatorsk on Monday.")
    assert match.place.admin1 == "Donetsk Oblast"
    assert admin1_key("Donets'ka Oblast'") == admin1_key("Donetsk oblast") == admin1_key("Donetsk")
    assert admin1_key("Kiev Special Republican city") == admin1_key("Kyiv City")


def test_town_comma_region_places_an_unknown_village_in_that_region() -> None:
    gazetteer = default_gazetteer()
    text = "Militants attacked Xyzvillage, Cabo Delgado, on Sunday."
    found = gazetteer.find(text)
    town = next(m for m in found if m.text == "Xyzvillage")
    assert (town.place.admin1, town.place.country) == ("Cabo Delgado", "Mozambique")


def test_a_wire_dateline_is_where_the_report_was_filed_not_the_event() -> None:
    text = "ANKARA, Turkey (AP) — A magnitude 5.9 earthquake struck eastern Turkey on Tuesday, killing two people."
    context = article_context(text, FRIDAY)
    mention = Mention(head=split_sentences(text)[0], type_key="natural_disaster")
    location = extract_mention(mention, context).location
    assert location is not None and (location.name, location.country) == ("Turkey", "Turkey")
    assert all(m.place.name != "Andhra Pradesh" for m in default_gazetteer().find("BEIRUT, Lebanon (AP) — Talks resumed."))


def test_determiners_and_the_gulf_name_no_town() -> None:
    gazetteer = default_gazetteer()
    assert [m.text for m in gazetteer.find("The city of Kharkiv will build shelters.")] == ["Kharkiv"]
    assert [m.text for m in gazetteer.find("Iran seized a tanker in the Gulf on Tuesday.")] == ["Iran"]


def test_a_capitals_airport_or_port_is_in_that_capital_not_its_government() -> None:
    gazetteer = default_gazetteer()
    assert [m.place.name for m in gazetteer.find("A memorial was unveiled near Amsterdam's Schiphol airport.")] == ["Amsterdam"]
    assert [m.place.name for m in gazetteer.find("A blast hit Beirut's port on Tuesday.")] == ["Beirut"]


def test_demonyms_and_regions_vote_for_the_article_country() -> None:
    gazetteer = default_gazetteer()
    text = "Pakistani police said the attack happened in Punjab."
    assert gazetteer.country_votes(gazetteer.find(text), text)[0] == "PK"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police said the protesters gathered in the square on Monday and were dispersed.", "en"),
        ("В Курске беспилотник повредил окна жилых домов, сообщил глава города.", "ru"),
        ("У Харкові пролунали вибухи, повідомив міський голова.", "uk"),
        ("La policía dispersó a los manifestantes en el centro de la ciudad según las autoridades.", "es"),
        ("Explosion in Chemiefabrik in Ludwigshafen: zwei Verletzte", "de"),  # "in" is German too
        ("Brand in Amsterdam: vier doden in woning", "nl"),
        ("Sismo de magnitud 5 sacude Oaxaca", "es"),
        ("Pope Francis visits Jakarta", "en"),  # short headlines full of names
        ("Burkina Faso junta dissolves electoral commission", "en"),
        ("Gunmen kill 12 in Zamfara village raid", "en"),
        # headlines whose only lower-case words are English ones, however foreign their names
        ("Kyrgyzstan bans Hizb ut-Tahrir", "en"),
        ("Fano militia captures Lalibela", "en"),
        ("Anti-balaka militia attacks Bangassou", "en"),
        ("Khamenei pardons protesters", "en"),
        ("Jokowi inaugurates Nusantara capital", "en"),
        ("São Paulo police kill suspect in Paraisópolis raid", "en"),
        ("Zapatistas march in San Cristobal de las Casas", "en"),  # "de las" belongs to the name
        ("Peacekeepers wounded near Naqoura", "en"),  # two English words written as one
        ("Meloni incontra Zelensky a Roma", "it"),
        ("Macron dissout l'Assemblee nationale", "fr"),
        ("Scholz trifft Macron in Berlin", "de"),
        ("Polisi tangkap pelaku bom di Makassar", "id"),
    ],
)
def test_language_detection(text: str, code: str) -> None:
    from worker.pipeline.language import detect_language

    assert detect_language(text) == code


def test_language_needs_24_letters_whatever_else_the_sample_holds() -> None:
    from worker.pipeline.language import detect_language

    letters = "abcdefghijklmnopqrstuvwx"
    assert detect_language(" 1. ".join(letters[:23])) == "und"
    assert detect_language(" 1. ".join(letters)) != "und"


def test_non_english_article_has_no_english_rule_events_and_an_outcome() -> None:
    from schemas import Article
    from worker.pipeline.analyze import analysis
    from worker.taxonomy import load_taxonomy

    text = "Украинские беспилотники атаковали Курск, повреждены окна жилых домов."
    article = Article(article_id="a", title="", text=text, content_hash="h")
    result = analysis(article, load_taxonomy())
    assert (result.language, result.outcome, result.events) == ("ru", "unsupported_language", [])


def test_a_text_too_short_to_tell_takes_its_language_from_the_title_too() -> None:
    from schemas import Article
    from worker.pipeline.analyze import analysis
    from worker.taxonomy import load_taxonomy

    article = Article(article_id="a", title="Séisme de magnitude 6 au Maroc: trois morts", text="Trois morts.", content_hash="h")
    result = analysis(article, load_taxonomy())
    assert (result.language, result.outcome, result.events) == ("fr", "unsupported_language", [])


def test_place_data_ships_in_the_package_and_needs_no_cache(monkeypatch, tmp_path) -> None:
    from worker.pipeline.gazetteer import Gazetteer
    from worker.pipeline.places import load_place_data

    monkeypatch.setenv("HOME", str(tmp_path))
    gazetteer = Gazetteer(load_place_data())
    assert gazetteer.cities("Kiev")[0].name == "Kyiv"
    assert gazetteer.cities("Odesa")[0].admin1 == "Odesa Oblast"
    assert not any(tmp_path.iterdir())



def test_a_later_event_naming_no_date_does_not_borrow_another_events_date() -> None:
    from schemas import Article
    from worker.pipeline.analyze import analyze
    from worker.taxonomy import load_taxonomy

    text = (
        "On 3 March 2024, artillery shelling hit the centre of Kharkiv, Ukraine, killing two civilians. "
        "Separately, thousands of farmers protested peacefully in Warsaw, Poland, demanding lower fuel prices."
    )
    article = Article(
        article_id="a_dates", title="Two events", text=text, content_hash="h",
        published_at=datetime(2024, 3, 5, tzinfo=timezone.utc),
    )
    shelling, protest = analyze(article, load_taxonomy())
    assert shelling.occurred is not None and shelling.occurred.date == date(2024, 3, 3)
    assert protest.event_type == "Protests"
    assert protest.occurred is None, "an honest unknown, not the shelling's day"


def test_an_event_told_as_later_that_day_takes_the_day_of_the_event_before() -> None:
    from schemas import Article
    from worker.pipeline.analyze import analyze
    from worker.taxonomy import load_taxonomy

    text = (
        "On 2 March 2024, militants attacked an army base near Bal'ad, killing seven soldiers. "
        "Later in the day, a car bomb exploded outside a hotel in Mogadishu, wounding 11 people."
    )
    article = Article(article_id="a_same_day", title="", text=text, content_hash="h", published_at=datetime(2024, 3, 4, tzinfo=timezone.utc))
    attack, bombing = analyze(article, load_taxonomy())
    assert attack.occurred is not None and bombing.occurred is not None
    assert bombing.occurred.date == attack.occurred.date == date(2024, 3, 2)


def test_a_planned_event_takes_the_day_it_is_planned_for_not_the_day_it_was_announced() -> None:
    from schemas import Article
    from worker.pipeline.analyze import analyze
    from worker.taxonomy import load_taxonomy

    text = "Georgia's opposition parties said on Wednesday they will hold a mass rally in central Tbilisi on Sunday."
    article = Article(article_id="a_plan", title="", text=text, content_hash="h", published_at=datetime(2026, 3, 4, 9, tzinfo=timezone.utc))
    (rally,) = analyze(article, load_taxonomy())
    assert (rally.modality, rally.occurred and rally.occurred.date) == ("planned", date(2026, 3, 8))


def test_passive_verb_words_cover_every_casualty_verb() -> None:
    from worker.pipeline.alternation import branches
    from worker.pipeline.casualties import _INJURED, _KILLED, PASSIVE_VERB_WORDS

    for alternation in (_KILLED, _INJURED):
        for branch in branches(alternation[3:-1]):
            led = branch[1:4] == "(?:" and branch.endswith(")")
            for variant in [branch[0] + rest for rest in branches(branch[4:-1])] if led else [branch]:
                assert any(word in variant for word in PASSIVE_VERB_WORDS), variant


def test_casualties_without_a_passive_verb() -> None:
    found = find_casualties("Shelling hit the town, killing 5 civilians and wounding 12 others.")
    assert found is not None and (found.killed, found.injured) == (5, 12)


def test_a_separate_story_naming_no_place_is_placed_only_in_the_article_country() -> None:
    from schemas import Article
    from worker.pipeline.analyze import analyze
    from worker.taxonomy import load_taxonomy

    text = (
        "Troops repelled an attack by Boko Haram fighters on a base in Borno state on Saturday, killing 20 insurgents. "
        "Separately, gunmen kidnapped 15 passengers from a bus late on Sunday, police said."
    )
    battle, kidnapping = analyze(Article(article_id="a_places", title="", text=text, content_hash="h"), load_taxonomy())
    assert battle.location is not None and battle.location.admin1 == "Borno"
    assert kidnapping.location is not None
    assert (kidnapping.location.name, kidnapping.location.precision) == ("Nigeria", 3), "not Borno, the other story's place"


@pytest.mark.parametrize("dateline", ["NAIROBI, Dec 6 (Reuters) - ", "BAMAKO, Mali, Dec. 6 (AP) — ", "KYIV, 6 December 2024 - "])
def test_a_wire_datelines_day_is_when_the_report_was_filed_not_the_event(dateline: str) -> None:
    text = dateline + "Gunmen killed 12 people at a market on Tuesday, police said."
    sentences = split_sentences(text)
    found = extract_mention(Mention(head=sentences[0], type_key="violence_against_civilians"), article_context(text, FRIDAY))
    assert found.occurred is not None and (found.occurred.date, found.occurred.text) == (date(2024, 12, 3), "on Tuesday")


# Each side's dead told in a sentence of its own add up; one side told twice, or a total, does not.
@pytest.mark.parametrize(
    ("sentences", "killed"),
    [
        (["Five soldiers were killed.", "The army said 12 militants died in the exchange."], 17),
        (["Eight soldiers were killed in the fighting.", "The army said it killed 20 militants."], 28),
        (["Five soldiers were killed.", "The five soldiers were buried on Friday, and two more soldiers died."], 7),
        (["Five soldiers were killed.", "In all, 17 people were killed."], 17),
        (["Three soldiers killed in separatist east", "Two militiamen killed in shelling"], 3),  # headlines: re-reports
    ],
)
def test_tolls_of_both_sides_told_apart_add_up(sentences: list[str], killed: int) -> None:
    counts = [c for c in map(find_casualties, sentences) if c is not None]
    merged = merge_casualties(counts)
    assert merged is not None and merged.killed == killed
