"""Where events happened: oblasts behind Ukrainian towns, towns placed by their containers, capitals standing for governments."""

from __future__ import annotations

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.pipeline.extract import article_context, extract_mention
from worker.pipeline.gazetteer import default_gazetteer
from worker.pipeline.region_names import same_region
from worker.pipeline.segment import Mention, split_sentences
from worker.taxonomy import load_taxonomy


def where(text: str) -> tuple[str, str | None, str | None, int] | None:
    """The location extracted for an article whose first sentence is the event."""
    sentences = split_sentences(text)
    mention = Mention(head=sentences[0], type_key="battles", follows=sentences[1:])
    location = extract_mention(mention, article_context(text, None)).location
    return None if location is None else (location.name, location.admin1, location.country, location.precision)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Explosions were heard in Kharkov overnight.", "Kharkiv Oblast"),
        ("Shelling was reported near Nikolaev.", "Mykolaiv Oblast"),
        ("Drones hit the Zaporozhye region.", "Zaporizhzhia Oblast"),
        ("Missiles struck the Dnepropetrovsk region.", "Dnipropetrovsk Oblast"),
        ("Fighting continued in Lugansk.", "Luhansk Oblast"),
        ("Drones attacked Odessa.", "Odesa Oblast"),
        ("Air defence was active in the Kiev region.", "Kyiv Oblast"),
        ("Fighting raged near Bakhmut.", "Donetsk Oblast"),
        ("Shelling hit Avdiivka.", "Donetsk Oblast"),
        ("Shelling of Ukraine's Gorlovka killed a woman.", "Donetsk Oblast"),
        ("Two DPR fighters were killed in shelling.", "Donetsk Oblast"),
        ("Krasnohorivka", "Donetsk Oblast"),
    ],
)
def test_ukrainian_towns_and_regions_resolve_to_their_oblast(text: str, admin1: str) -> None:
    found = where(text)
    assert found is not None and found[1:3] == (admin1, "Ukraine")


def test_capitals_standing_for_governments_are_not_places() -> None:
    assert where("Kyiv troops shelled Horlivka overnight.")[:2] == ("Horlivka", "Donetsk Oblast")  # type: ignore[index]
    assert where("Pro-Moscow separatists shelled Mariupol.")[0] == "Mariupol"  # type: ignore[index]
    assert [m.text for m in default_gazetteer().find("Kiev's forces shelled the area, Moscow said.")] == []


def test_capital_after_in_is_where_someone_acted_whatever_verb_follows() -> None:
    assert where("Police in Nairobi fired tear gas at hundreds of demonstrators on Tuesday.")[:3] == ("Nairobi", "Nairobi", "Kenya")  # type: ignore[index]
    assert where("Protesters in Kampala said they would march again on Monday.")[0] == "Kampala"  # type: ignore[index]
    assert where("Two killed in Kiev forces' shelling of Donetsk.")[:2] == ("Donetsk", "Donetsk Oblast")  # type: ignore[index]


def test_town_the_gazetteer_lacks_takes_the_region_its_container_names() -> None:
    assert where("Militants shelled the village of Xalqora in the southern countryside of Idlib.")[:3] == ("Xalqora", "Idlib", "Syria")  # type: ignore[index]
    assert where("Gunmen attacked Zembaro (Bandiagara, Mopti) on Sunday.")[:3] == ("Zembaro", "Mopti", "Mali")  # type: ignore[index]


def test_village_named_after_near_is_kept_with_the_article_country() -> None:
    assert where("Monitors recorded explosions near Xyzivka, Ukraine.") == ("Xyzivka", None, "Ukraine", 2)


def test_a_site_in_a_town_yields_the_town() -> None:
    assert where("Fighting continued near Donetsk Airport.") == ("Donetsk", "Donetsk Oblast", "Ukraine", 2)
    assert where("Protesters gathered outside the Justice Palace in Sidon on Friday.")[0] == "Sidon"  # type: ignore[index]
    assert where("Hundreds rallied outside the Aydin Governorship against the new mask rules.")[2] == "Turkey"  # type: ignore[index]


def test_everyday_words_are_not_towns_without_a_place_word_before_them() -> None:
    assert where("Man killed in shelling in eastern Ukraine") == ("Ukraine", None, "Ukraine", 3)


def test_known_armed_groups_tie_a_report_to_their_country() -> None:
    context = article_context("Taliban militants ambushed a convoy near Qarabolak village.", None)
    assert context.countries[0] == "AF"


def test_region_names_compare_across_spellings_but_not_across_units() -> None:
    assert same_region("Idleb", "Idlib", "SY")
    assert same_region("Nord-Ouest", "North-West", "CM")
    assert same_region("Donetsk oblast", "Donetsk Oblast", "UA")
    assert same_region("Kiev Special Republican city", "Kyiv City", "UA")
    assert not same_region("Kiev Special Republican city", "Kyiv Oblast", "UA")
    assert not same_region("Donetsk oblast", "Luhansk Oblast", "UA")
    assert not same_region("Idleb", "Idlib", None), "spelling tolerance needs a known country"


@pytest.mark.parametrize(
    "text",
    [
        "The drone fell near Gazprom facilities, Russia said.",
        "A grenade exploded near the Ministry of Defence, officials in Kenya said.",
        "Guards stood near President Okoro during the parade.",
    ],
)
def test_companies_bodies_and_people_after_near_are_not_villages(text: str) -> None:
    assert [p for p in article_context(text, None).places if p.place.kind == "city"] == []


def test_hyphens_and_spaces_spell_the_same_town() -> None:
    [match] = default_gazetteer().find("Clashes were reported in Ar-Raqqah on Monday.")
    assert (match.place.country, match.place.admin1) == ("Syria", "Raqqa")


def test_namesakes_in_several_countries_rank_the_largest_first_in_every_process() -> None:
    gazetteer = default_gazetteer()
    text = "Protesters gathered in Colon on Monday."
    assert gazetteer.country_votes(gazetteer.find(text), text)[0] == "PA"


def test_old_names_of_towns_do_not_turn_everyday_phrases_into_places() -> None:
    assert where("Rioters hurled a Molotov cocktail at a bank in Sidon.")[:3] == ("Sidon", "South Lebanon", "Lebanon")  # type: ignore[index]
    assert where("Members of Svoboda protested outside the President's Office in Kyiv.")[0] == "Kyiv"  # type: ignore[index]


def test_a_building_named_in_a_town_is_not_a_town() -> None:
    assert where("Rioters attacked the Financial Institute in Tripoli, Lebanon.")[0] == "Tripoli"  # type: ignore[index]


def test_regions_spelled_loosely_must_still_look_alike() -> None:
    assert where("A policeman shot a driver in Waraha-adde village (Hodan, Banadir).")[1:3] == ("Banaadir", "Somalia")  # type: ignore[index]
    found = where("Rebels killed two herders near Kibali (Kasenyi, Sakania).")  # not Skane in Sweden: the Congolese district
    assert found is not None and found[2] != "Sweden"


def test_a_province_named_as_container_places_the_town_in_its_region() -> None:
    assert where("Soldiers killed two herders near Tokabangou (Markoye, Oudalan).")[1:3] == ("Sahel", "Burkina Faso")  # type: ignore[index]


def test_arabic_region_names_match_however_their_ending_is_written() -> None:
    assert where("Turkish forces shelled Dardara in al-Hasakeh using artillery.")[1:3] == ("Al-Hasakah", "Syria")  # type: ignore[index]


def test_a_quarter_named_with_its_town_places_the_event_in_the_town() -> None:
    assert where("Employees demonstrated in Beirut's Wadi Abu Jameel area on Friday.")[0] == "Beirut"  # type: ignore[index]
    assert where("Rioters set a tax office on fire in Tel Aviv's Holon suburb.")[0] == "Tel Aviv"  # type: ignore[index]
    # "Kirovsky" is also read as Kirov Oblast in Russia; "district of Donetsk" says it is a quarter of the town.
    assert where("A woman died in the Kirovsky district of Donetsk during shelling.")[1:3] == ("Donetsk Oblast", "Ukraine")  # type: ignore[index]


def test_the_place_told_as_where_outranks_one_named_as_an_object() -> None:
    assert where("Allies pledged to arm Kyiv as heavy fighting raged near Bakhmut.")[0] == "Bakhmut"  # type: ignore[index]


def test_a_town_naming_a_diplomatic_process_is_not_where_fighting_happened() -> None:
    assert where("Four soldiers were killed in Ukraine ahead of crunch Paris talks.")[0] == "Ukraine"  # type: ignore[index]


def test_provinces_known_by_their_current_names_place_the_event() -> None:
    assert where("Militiamen attacked a camp for displaced people in Ituri province.")[1:3] == ("Ituri", "Democratic Republic of the Congo")  # type: ignore[index]
    assert where("Traders burned tyres in Kasumbalesa (Sakania, Haut-Katanga).")[2] == "Democratic Republic of the Congo"  # type: ignore[index]


def test_french_compass_words_in_region_names_read_as_english() -> None:
    assert where("Rebels killed two soldiers near Beni in North Kivu.")[2] == "Democratic Republic of the Congo"  # type: ignore[index]
    assert where("Boko Haram fighters raided a village in the Extreme-Nord region.")[1:3] == ("Far North", "Cameroon")  # type: ignore[index]


def test_a_country_name_in_a_container_may_be_a_state_of_that_name() -> None:
    assert where("Gunmen attacked Kagara (Rafi LGA, Niger) and abducted four residents.")[1:3] == ("Niger", "Nigeria")  # type: ignore[index]


def test_a_village_named_with_donbas_is_the_namesake_in_donetsk_or_luhansk() -> None:
    assert where("A soldier was killed by shelling near Zarichne in Donbas.")[1] == "Donetsk Oblast"  # type: ignore[index]
    assert where("A soldier was killed by shelling near Zarichne.")[1] == "Rivne Oblast"  # type: ignore[index]


def test_a_town_abroad_is_placed_by_its_container_in_the_country_the_article_is_about() -> None:
    assert where("The Ukrainian army fired mortars at separatist positions in the area of Azov, Donetsk.")[1:3] == ("Donetsk Oblast", "Ukraine")  # type: ignore[index]
    assert where("Taliban fighters hit an army convoy with an IED in Ahmadabad district, Paktia.")[1:3] == ("Paktia", "Afghanistan")  # type: ignore[index]
    assert where("Gunmen killed a farmer in Miango (Bassa LGA, Plateau).")[1:3] == ("Plateau", "Nigeria")  # type: ignore[index]


def test_a_town_written_in_another_transliteration_is_found_in_the_article_country() -> None:
    assert where("Ukrainian forces shelled the centre of Lysichansk, two people were killed.")[:3] == ("Lysychansk", "Luhansk Oblast", "Ukraine")  # type: ignore[index]
    assert where("Indian and Pakistani troops exchanged fire in Rajivnagar, India.")[0] != "Rajnagar"  # type: ignore[index]


def test_abbreviated_oblast_names_a_region() -> None:
    assert default_gazetteer().regions("Donetsk Obl")[0].admin1 == "Donetsk Oblast"


def test_a_compass_region_name_weighs_less_than_a_known_town() -> None:
    assert where("Taxi riders demonstrated in Bamenda town (Mezam, Nord-Ouest) on Friday.")[:1] == ("Bamenda",)  # type: ignore[index]
    assert where("Taxi riders demonstrated in Bamenda town (Mezam, Nord-Ouest) on Friday.")[2] == "Cameroon"  # type: ignore[index]


def test_party_acronyms_are_not_towns() -> None:
    places = [m.text for m in article_context("SAD leaders clashed with a Congress leader in Amritsar (Punjab).", None).places]
    assert "SAD" not in places and "Amritsar" in places


def test_an_english_adjective_is_not_a_region_spelled_alike() -> None:
    assert all(m.place.name != "Indiana" for m in article_context("Two Indian civilians were injured near the border.", None).places)


def test_a_big_town_is_found_by_a_respelling_of_its_name_without_the_article() -> None:
    assert where("Gunmen threw a hand grenade at a house in Quamishli city.")[2] == "Syria"  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        ("Taxi drivers blocked a road in San Antonio (Valparaiso) on Monday.", "Valparaiso", "Chile"),
        ("Gunmen shot a police officer in Nazareno, Durango.", "Durango", "Mexico"),
        ("Dockers went on strike in Tuzla, Istanbul, over unpaid wages.", "Istanbul", "Turkey"),
    ],
)
def test_a_town_and_its_container_are_read_together_among_namesakes(text: str, admin1: str, country: str) -> None:
    assert where(text)[1:3] == (admin1, country)  # type: ignore[index]


def test_the_last_name_in_brackets_is_a_region_not_a_town_abroad() -> None:
    assert where("Gunmen killed two villagers in Umuokwe (Ika South LGA, Delta).")[1:3] == ("Delta", "Nigeria")  # type: ignore[index]
    assert where("Militants attacked a checkpoint in Dhuudo village (Iskushuban, Bari).")[2] == "Somalia"  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        ("Workers held a protest in Kothamangalam town (Ernakulam, KL) over unpaid wages.", "Kerala", "India"),
        ("A mob pelted stones at police in Kheragarh Kalan (UP) over the lockdown.", "Uttar Pradesh", "India"),
        ("Troops exchanged fire across the LoC in Uri sector (Baramulla district, J&K).", "Jammu and Kashmir", "India"),
        ("A gunman opened fire at a shopping mall in Prosper Ridge (Collin County, TX).", "Texas", "United States"),
    ],
)
def test_state_abbreviations_closing_a_towns_brackets_name_the_state(text: str, admin1: str, country: str) -> None:
    assert where(text)[1:3] == (admin1, country)  # type: ignore[index]


def test_state_abbreviations_elsewhere_are_not_places() -> None:
    assert where("Police said AP reporters were detained in Lucknow.")[0] == "Lucknow"  # type: ignore[index]


def test_a_town_spelled_exactly_outranks_a_bigger_one_known_by_that_name_only_as_an_alias() -> None:
    assert where("Hundreds of residents protested in Puno city on Friday.")[2] == "Peru"  # type: ignore[index]


def test_a_country_people_came_from_or_whose_troops_fought_does_not_outvote_the_town() -> None:
    assert where("Residents rallied outside a hotel in Kilkis against the arrival of migrants from Afghanistan.")[2] == "Greece"  # type: ignore[index]
    assert where("Insurgents ambushed Burundi troops in Mahaday village (Jowhar, Middle Shabelle).")[2] == "Somalia"  # type: ignore[index]


def test_a_seat_of_unknown_population_counts_where_the_text_introduces_a_place() -> None:
    assert where("Protesters gathered in Zgharta on Sunday.")[2] == "Lebanon"  # type: ignore[index]
    assert where("Shelling hit Kharkiv, Sumy and Poltava overnight.")[:3] == ("Kharkiv", "Kharkiv Oblast", "Ukraine")  # type: ignore[index]


def test_the_nationality_of_the_forces_that_acted_weighs_less_than_that_of_the_people_there() -> None:
    assert where("Israeli forces demolished a Palestinian-owned house in the village of Khirbet Zanuta on Tuesday.")[2] == "Palestinian Territory"  # type: ignore[index]
    assert where("Somali police shot dead a militant at a checkpoint in Mogadishu.")[2] == "Somalia"  # type: ignore[index]


def test_a_countrys_capital_named_so_is_its_capital_city() -> None:
    assert where("Protesters in Georgia's capital clashed with police for a third night.")[:3] == ("Tbilisi", "Tbilisi", "Georgia")  # type: ignore[index]
    assert where("Heavy gunfire was heard across the Sudanese capital on Saturday.")[0] == "Khartoum"  # type: ignore[index]


def test_an_agency_credit_in_a_dateline_is_neither_a_state_nor_the_place() -> None:
    text = "BAMAKO (AP) — Suspected jihadists killed at least 40 civilians in two villages in central Mali's Mopti region, officials said."
    assert where(text)[:3] == ("Mopti", "Mopti", "Mali")  # type: ignore[index]


def test_an_armed_group_named_like_a_place_is_no_place() -> None:
    assert where("Hamas released three Israeli hostages in Gaza on Saturday.")[2] == "Palestinian Territory"  # type: ignore[index]
    assert where("Fano militiamen attacked a police station in Gondar.")[2] == "Ethiopia"  # type: ignore[index]


def test_an_agency_credit_after_a_city_and_its_country_is_no_state() -> None:
    text = "KADUNA, Nigeria (AP) — Gunmen released 20 bus passengers, police said on Tuesday."
    assert where(text)[2] == "Nigeria"  # type: ignore[index]
    assert where("RAMALLAH, West Bank (AP) — Settlers set fire to homes and cars overnight.")[2] != "India"  # type: ignore[index]


def test_a_city_named_with_city_is_the_city_not_a_region_of_its_name() -> None:
    assert where("Israeli airstrikes on Gaza City killed 12 people.")[2:] == ("Palestinian Territory", 1)  # type: ignore[index]
    assert where("Gunmen attacked a bar in Kansas City on Friday.")[:3] == ("Kansas City", "Missouri", "United States")  # type: ignore[index]


def test_a_region_named_with_its_country_is_that_countrys_region() -> None:
    assert where("Police in Mexico's Sinaloa state arrested a cartel leader.") == ("Sinaloa", "Sinaloa", "Mexico", 3)


def test_a_demonym_before_city_of_is_no_town() -> None:
    assert where("M23 rebels took control of the eastern Congolese city of Goma on Monday.")[:3] == ("Goma", "North Kivu", "Democratic Republic of the Congo")  # type: ignore[index]


def test_a_district_the_gazetteer_lacks_keeps_the_country_that_owns_it() -> None:
    assert where("A bus plunged into a ravine in Nepal's Bhuwanpokhari district on Sunday.") == ("Nepal", None, "Nepal", 3)
    assert where("A bus plunged into a ravine in Nepal's Dhading district on Sunday.") == ("Dhading", "Bagmati", "Nepal", 3)


def test_part_of_a_country_is_not_the_dateline_city() -> None:
    text = "BEIRUT (Reuters) - An Israeli drone strike on a car in southern Lebanon killed two men on Wednesday."
    assert where(text) == ("Lebanon", None, "Lebanon", 3)


def test_a_country_of_several_words_owns_the_place_after_its_possessive() -> None:
    assert where("Gunmen killed 40 civilians in Burkina Faso's Seno province.")[1:] == ("Sahel", "Burkina Faso", 3)  # type: ignore[index]


def test_a_landmark_named_like_a_town_elsewhere_gives_the_town_it_stands_in() -> None:
    assert where("Protesters gathered outside the Seray in Tripoli on Friday.")[0] == "Tripoli"  # type: ignore[index]
    assert where("Residents protested behind the Miraflores presidential palace in Caracas.")[0] == "Caracas"  # type: ignore[index]
    assert where("Troops raided the Jenin refugee camp in the West Bank.")[1] == "West Bank"  # type: ignore[index]


def test_a_town_named_twice_is_the_town_in_the_region_of_its_name() -> None:
    assert where("In Santa Ana (Santa Ana), workers protested.")[1:3] == ("Santa Ana", "El Salvador")  # type: ignore[index]
    assert where("In Durango, Durango, musicians protested.")[1:3] == ("Durango", "Mexico")  # type: ignore[index]


def test_countries_whose_names_hold_and_are_read_whole() -> None:
    assert where("Locals protested in Foca, Bosnia and Herzegovina, against a dam.")[2] == "Bosnia and Herzegovina"  # type: ignore[index]
    assert [m.text for m in default_gazetteer().find("Talks in Trinidad and Tobago ended.")] == ["Trinidad and Tobago"]


def test_weapon_systems_named_like_towns_are_no_places() -> None:
    assert where("In the Kharkiv region the invaders fired at a school from Grad launchers.")[0] == "Kharkiv Oblast"  # type: ignore[index]


def test_a_region_outranks_a_small_town_of_its_name_elsewhere_in_its_country() -> None:
    assert where("Firefighters in California battled a wildfire.")[:4] == ("California", "California", "United States", 3)


def test_a_capital_one_holds_talks_with_stands_for_its_government() -> None:
    assert [m.text for m in default_gazetteer().find("Talks with Washington on a summit made progress.")] == []


def test_darfur_is_the_region_spanning_its_five_states() -> None:
    assert where("Aid reached 50,000 people in Darfur.")[0::2] == ("Darfur", "Sudan")  # type: ignore[index]
    assert where("Fighting near Kutum in Darfur killed 12.")[1] == "North Darfur"  # type: ignore[index]



def country_of_first_event(text: str) -> str | None:
    """The country of the first event ``analyze`` finds, where the mention names none, the article's."""
    events = analyze(Article(article_id="a", title="", text=text, content_hash="h"), load_taxonomy())
    return events[0].location.country if events and events[0].location else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Indian troops clashed with Chinese soldiers in the Galwan valley, Indian officials said.", "India"),
        ("American drones struck a convoy, killing five militants, Somali officials said.", "Somalia"),
        ("Gunmen attacked a police post in the Dominican capital on Monday.", "Dominican Republic"),
        ("M23 rebels seized the town of Rubaya in eastern Congo on Tuesday.", "Democratic Republic of the Congo"),
        ("Troops clashed with militiamen in Brazzaville, the capital of Congo Republic, on Monday.", "Republic of the Congo"),
        ("Air defences in Ukraine shot down 23 drones launched by Russia overnight.", "Ukraine"),
    ],
)
def test_demonyms_and_country_names_give_the_country_news_means(text: str, country: str) -> None:
    assert country_of_first_event(text) == country


def test_an_agency_credit_after_a_dateline_is_no_state() -> None:
    text = "KYIV, Ukraine (AP) — Russian drones hit an apartment block in Kharkiv overnight, killing two people."
    assert all(m.place.admin1 != "Andhra Pradesh" for m in default_gazetteer().find(text))
    assert country_of_first_event(text) == "Ukraine"


def test_a_town_named_paragraphs_later_under_a_dateline_is_another_scene() -> None:
    text = ("NAIROBI, Kenya (Reuters) - Protesters stormed Kenya's parliament on Tuesday after lawmakers passed a finance bill.\n\n"
            "Thousands of demonstrators had gathered in central Nairobi, chanting against the president.\n\n"
            "The finance bill seeks to raise new taxes.\n\n"
            "Protests also took place in Mombasa, Kisumu and Nakuru.")
    events = analyze(Article(article_id="a", title="", text=text, content_hash="h"), load_taxonomy())
    assert events and events[0].location is not None and events[0].location.name == "Nairobi"


def test_a_sea_is_no_region_of_its_name() -> None:
    assert where("Houthi rebels fired a missile at a tanker in the Red Sea on Monday.") is None
    assert where("Fighting erupted in Port Sudan, Red Sea state, on Monday.")[1:3] == ("Red Sea", "Sudan")  # type: ignore[index]


def test_a_town_the_gazetteer_lacks_takes_the_region_named_right_after_it() -> None:
    text = "Gunmen killed 15 villagers in an attack on Tangaza district in Nigeria's northwestern Sokoto state on Sunday."
    assert where(text)[:3] == ("Tangaza", "Sokoto", "Nigeria")  # type: ignore[index]


def test_a_topic_shift_opens_another_event_and_the_title_follows_none() -> None:
    text = ("Gunmen killed 15 villagers in an attack on Tangaza district in Sokoto state on Sunday, police said.\n\n"
            "In a separate incident, Nigerian troops killed a bandit leader during an operation in Zamfara state on Saturday.")
    title = "Gunmen kill 15 in northwest Nigeria"
    events = analyze(Article(article_id="a", title=title, text=text, content_hash="h"), load_taxonomy())
    assert [e.location.admin1 for e in events if e.location] == ["Sokoto", "Zamfara"]
    assert events[1].casualties is not None and events[1].casualties.killed == 1


@pytest.mark.parametrize(("name", "country"), [("Deir ez-Zor", "Syria"), ("Dar es Salaam", "Tanzania"), ("Dayr az Zawr", "Syria")])
def test_names_joined_by_lower_case_articles_are_one_place(name: str, country: str) -> None:
    assert where(f"Fighting was reported in {name} on Monday.")[2] == country  # type: ignore[index]


def test_a_village_in_a_countrys_region_is_placed_there_whoever_reports_it() -> None:
    text = "Russia's Defence Ministry said on Thursday its forces had captured the village of Berdychi in Ukraine's Donetsk region."
    assert where(text) == ("Berdychi", "Donetsk Oblast", "Ukraine", 1)
    assert where("Gunmen attacked the village of Kurmin Doka in Nigeria's Kaduna state, police said.")[1:3] == ("Kaduna", "Nigeria")


def test_an_agency_credit_after_a_country_in_a_dateline_is_no_state() -> None:
    text = "IMPHAL, India (AP) — Three people were killed in a gunfight between two armed groups in Manipur's Bishnupur district on Friday."
    assert where(text) == ("Bishnupur", "Manipur", "India", 1)


def test_a_country_named_across_the_border_is_not_where_it_happened() -> None:
    text = "NIAMEY (AFP) - Islamic State claimed an ambush that killed 12 Nigerien soldiers near the border with Mali."
    assert where(text)[2] == "Niger"  # type: ignore[index]


def test_congo_alone_is_the_democratic_republic_as_news_agencies_write_it() -> None:
    text = "Two peacekeepers were killed when their convoy was ambushed near the town of Beni in eastern Congo, the U.N. mission said."
    assert where(text)[1:3] == ("North Kivu", "Democratic Republic of the Congo")  # type: ignore[index]
    assert where("Police clashed with protesters in Pointe-Noire, Republic of Congo.")[2] == "Republic of the Congo"  # type: ignore[index]


def test_the_state_of_a_name_is_the_state_not_a_town_called_so() -> None:
    text = "Gunmen shot dead a local politician in the northern Mexican state of Sonora on Wednesday, prosecutors said."
    assert where(text) == ("Sonora", "Sonora", "Mexico", 3)


def test_armed_groups_and_adjectives_are_not_regions_spelled_alike() -> None:
    assert where("Hamas said on Friday that an Israeli airstrike had killed one of the hostages it was holding in Gaza.")[2] == "Palestinian Territory"  # type: ignore[index]
    assert where("Separatist fighters killed three soldiers in Cameroon's Anglophone region.") == ("Cameroon", None, "Cameroon", 3)


def test_a_sea_is_neither_the_region_nor_the_port_named_after_it() -> None:
    assert where("SANAA, Yemen (AP) — Houthi rebels fired missiles at a ship in the Red Sea on Monday.")[2] == "Yemen"  # type: ignore[index]
    assert where("Houthis attacked a tanker in the Gulf of Aden.") is None
    assert where("RSF drones struck Port Sudan in Red Sea state on Sunday.")[1:3] == ("Red Sea", "Sudan")  # type: ignore[index]


def test_a_country_across_a_crossing_is_not_where_a_dateline_story_happened() -> None:
    text = "BELGRADE, Serbia (AP) — Students blocked three border crossings with Croatia on Monday in protest at the government."
    assert country_of_first_event(text) == "Serbia"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Russia launched 90 drones at Ukraine overnight, damaging energy facilities, officials said.", "Ukraine"),
        ("Iran launched hundreds of drones and missiles at Israel on Saturday night.", "Israel"),
    ],
)
def test_a_country_that_strikes_is_the_side_not_the_place(text: str, country: str) -> None:
    assert country_of_first_event(text) == country


def test_a_capital_hit_by_a_strike_is_where_it_happened() -> None:
    assert where("Kyiv hit by massive drone attack overnight")[0] == "Kyiv"  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Israeli soldiers shot and wounded three Palestinians near the separation barrier on Friday.", "Palestinian Territory"),
        ("Turkish border guards fired warning shots at Greek fishermen on Sunday.", "Greece"),
    ],
)
def test_the_people_an_act_hit_say_where_it_happened_in_plural_and_for_every_nationality(text: str, country: str) -> None:
    assert country_of_first_event(text) == country


def test_a_person_named_after_a_title_is_no_town_of_that_name() -> None:
    text = "Hundreds of residents marched on Friday to demand the resignation of mayor Juan Rodriguez (Liberal Party)."
    assert country_of_first_event(text) is None


def test_an_office_named_after_a_province_places_its_order_there() -> None:
    text = "Security forces detained 20 people on Monday after the Hakkari Governor's Office banned all protests in the province."
    assert country_of_first_event(text) == "Turkey"


def test_region_names_written_with_an_ayn_match_the_plain_spelling() -> None:
    assert where("Protesters blocked roads across Akkar governorate on Sunday.")[2:3] == ("Lebanon",)  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        ("A drone strike killed four militants in North Waziristan on Tuesday.", "Khyber Pakhtunkhwa", "Pakistan"),
        ("Gunmen ambushed a police patrol in Kurram district, officials said.", "Khyber Pakhtunkhwa", "Pakistan"),
        ("Protesters blocked the highway in the Matn district on Monday.", "Mount Lebanon", "Lebanon"),
    ],
)
def test_a_district_the_text_introduces_places_the_event_in_its_region(text: str, admin1: str, country: str) -> None:
    assert where(text)[1:3] == (admin1, country)  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Militants attacked an army post in Nineveh province on Sunday.", "Nineveh"),
        ("Farmers rallied in the Bekaa on Friday against the price of fuel.", "Bekaa"),
    ],
)
def test_a_region_known_by_its_english_name_is_that_region(text: str, admin1: str) -> None:
    assert where(text)[1] == admin1  # type: ignore[index]


def test_a_district_named_where_nothing_introduces_a_place_is_no_place() -> None:
    assert where("Kurram said on Monday that talks would resume.") is None


def test_a_region_known_by_its_common_english_exonym_is_that_region() -> None:
    assert where("Militants attacked an army checkpoint in Saladin province on Sunday.")[1:3] == ("Salah al-Din", "Iraq")  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A man was found shot dead in Tijuana Baja California on Sunday.", "Tijuana", "Mexico"),
        ("Residents rallied outside a hotel in Zahle City on Tuesday.", "Zahle", "Lebanon"),
    ],
)
def test_a_town_run_together_with_its_region_or_the_word_city_is_that_town(text: str, name: str, country: str) -> None:
    assert (where(text) or ())[::2][:2] == (name, country)


def test_the_name_after_a_town_and_a_comma_is_its_region_not_a_town_abroad() -> None:
    assert where("A body was found on the road to Los Mimbres, Durango, on Sunday.")[1:3] == ("Durango", "Mexico")  # type: ignore[index]
    assert where("A man was shot dead in Paris, Texas on Friday.")[1:3] == ("Texas", "United States")  # type: ignore[index]


def test_a_building_called_the_name_of_a_small_town_is_no_town() -> None:
    assert country_of_first_event("Hundreds of protesters marched to the Saray and chanted slogans against the governor.") is None
    assert where("Troops raided the Jenin camp at dawn.")[2] == "Palestinian Territory"  # type: ignore[index]
