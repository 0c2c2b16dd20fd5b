"""First-level regions named as English news and ACLED name them: a city's region, never a neighbour's, an old one or a transliteration."""

from __future__ import annotations

import pytest

from worker.pipeline.extract import article_context, extract_mention
from worker.pipeline.region_names import same_region
from worker.pipeline.segment import Mention, split_sentences


def region_of(city: str) -> tuple[str | None, str | None]:
    """The region and country of a protest held "in <city>"."""
    text = f"Hundreds of protesters rallied in {city} on Sunday."
    sentences = split_sentences(text)
    location = extract_mention(Mention(head=sentences[0], type_key="protests", follows=sentences[1:]), article_context(text, None)).location
    return (None, None) if location is None else (location.admin1, location.country)


@pytest.mark.parametrize(
    ("city", "admin1", "country"),
    [
        # English names where the source kept a transliteration
        ("Cairo", "Cairo", "Egypt"),
        ("Giza", "Giza", "Egypt"),
        ("Suez", "Suez", "Egypt"),
        ("Riyadh", "Riyadh", "Saudi Arabia"),
        ("Medina", "Medina", "Saudi Arabia"),
        ("Doha", "Doha", "Qatar"),
        ("Muscat", "Muscat", "Oman"),
        ("Sharjah", "Sharjah", "United Arab Emirates"),
        ("Damascus", "Damascus", "Syria"),
        ("Baku", "Baku", "Azerbaijan"),
        ("Sfax", "Sfax", "Tunisia"),
        ("Kasserine", "Kasserine", "Tunisia"),
        ("Sousse", "Sousse", "Tunisia"),
        ("Tbilisi", "Tbilisi", "Georgia"),
        ("Bucharest", "Bucharest", "Romania"),
        ("Delhi", "Delhi", "India"),
        # the city's own region, not the province around it or a neighbour
        ("Algiers", "Algiers", "Algeria"),
        ("Minsk", "Minsk City", "Belarus"),
        ("Belgrade", "Belgrade", "Serbia"),
        ("Zemun", "Belgrade", "Serbia"),
        ("Novi Sad", "Vojvodina", "Serbia"),
        ("Skopje", "Skopje", "North Macedonia"),
        ("Abidjan", "Abidjan", "Ivory Coast"),
        ("Nairobi", "Nairobi", "Kenya"),
        ("N'Djamena", "N'Djamena", "Chad"),
        ("Bishkek", "Bishkek", "Kyrgyzstan"),
        ("Almaty", "Almaty City", "Kazakhstan"),
        ("Ashgabat", "Ashgabat", "Turkmenistan"),
        ("Tashkent", "Tashkent City", "Uzbekistan"),
        ("Callao", "Callao", "Peru"),
        ("Caracas", "Distrito Capital", "Venezuela"),
        ("Santo Domingo", "Distrito Nacional", "Dominican Republic"),
        ("Sofia", "Sofia City", "Bulgaria"),
        ("Zagreb", "City of Zagreb", "Croatia"),
        ("Gaborone", "Gaborone", "Botswana"),
        ("Tiraspol", "Transnistria", "Moldova"),
        ("Nouakchott", "Nouakchott Ouest", "Mauritania"),
        # current regions where the source kept the ones they were cut from
        ("Rabat", "Rabat-Sale-Kenitra", "Morocco"),
        ("Casablanca", "Casablanca-Settat", "Morocco"),
        ("Fez", "Fes-Meknes", "Morocco"),
        ("Marrakech", "Marrakech-Safi", "Morocco"),
        ("Tangier", "Tanger-Tetouan-Al Hoceima", "Morocco"),
        ("Oujda", "Oriental", "Morocco"),
        ("Agadir", "Souss-Massa", "Morocco"),
        ("Bunia", "Ituri", "Democratic Republic of the Congo"),
        ("Lubumbashi", "Haut-Katanga", "Democratic Republic of the Congo"),
        ("Kisangani", "Tshopo", "Democratic Republic of the Congo"),
        ("Kolwezi", "Lualaba", "Democratic Republic of the Congo"),
        ("Kalemie", "Tanganyika", "Democratic Republic of the Congo"),
        ("Kananga", "Kasai-Central", "Democratic Republic of the Congo"),
        ("Goma", "North Kivu", "Democratic Republic of the Congo"),
        ("Mymensingh", "Mymensingh", "Bangladesh"),
        ("Ajloun", "Ajloun", "Jordan"),
        ("Jerash", "Jerash", "Jordan"),
        ("Sunyani", "Bono", "Ghana"),
        ("Hawassa", "Sidama", "Ethiopia"),
        ("Bobo-Dioulasso", "Hauts-Bassins", "Burkina Faso"),
        ("Naypyidaw", "Nay Pyi Taw", "Myanmar"),
    ],
)
def test_a_city_is_in_the_region_news_names(city: str, admin1: str, country: str) -> None:
    assert region_of(city) == (admin1, country)


@pytest.mark.parametrize(
    ("label", "name", "country_code"),
    [
        ("Alger", "Algiers", "DZ"),
        ("Ar Riyad", "Riyadh", "SA"),
        ("Al Madinah", "Medina", "SA"),
        ("Ar-Raqqa", "Raqqa", "SY"),
        ("As-Sweida", "Sweida", "SY"),
        ("Bucharest City", "Bucharest", "RO"),
        ("City of Skopje", "Skopje", "MK"),
        ("Minsk", "Minsk City", "BY"),
        ("Nord-Kivu", "North Kivu", "CD"),
        ("Goh Djiboua", "Goh-Djiboua", "CI"),
        ("Ben Arous (Tunis Sud)", "Ben Arous", "TN"),
        ("Fizuli", "Fuzuli", "AZ"),
        ("South", "South Lebanon", "LB"),  # the region's name without its country's
        ("North", "North Lebanon", "LB"),
        ("Metropolitana", "Santiago Metropolitan", "CL"),  # another name of the region
        ("Autonomous Republic of Adjara", "Adjara", "GE"),
        ("Azad Jammu and Kashmir", "Azad Kashmir", "PK"),
        ("Al Qadarif", "Gedaref", "SD"),
        ("El Gazira", "Gezira", "SD"),
        ("Southern Darfur", "South Darfur", "SD"),
        ("Distrito Federal", "Mexico City", "MX"),  # a former official name
        ("Lower Kartli", "Kvemo Kartli", "GE"),
        ("Thi-Qar", "Dhi Qar", "IQ"),
        ("NCT of Delhi", "Delhi", "IN"),  # words for the kind of unit set aside
        ("Western", "Western Area", "SL"),
        ("HaMerkaz", "Central District", "IL"),
        ("Bogota, D.C.", "Bogota D.C.", "CO"),
        ("Panama Oeste", "Panama Oeste", "PA"),
        ("North-West", "North West Province", "SL"),
    ],
)
def test_a_label_spelled_otherwise_names_the_same_region(label: str, name: str, country_code: str) -> None:
    assert same_region(label, name, country_code)


@pytest.mark.parametrize(
    ("label", "name", "country_code"),
    [
        ("North", "South Lebanon", "LB"),
        ("Rural Damascus", "Damascus", "SY"),
        ("Sofia City", "Sofia Province", "BG"),
        ("City of Zagreb", "Zagreb County", "HR"),
        ("Belgrade", "Central Serbia", "RS"),
        ("Kaesong", "Hwanghae-namdo", "KP"),  # two regions the table names alike: whose other name it is is unknown
    ],
)
def test_a_neighbour_or_the_province_around_a_city_is_another_region(label: str, name: str, country_code: str) -> None:
    assert not same_region(label, name, country_code)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("An Israeli strike hit a building in rural Damascus on Tuesday, Syrian state media said.", "Rural Damascus"),
        ("Israeli missiles struck targets in the Damascus countryside overnight, the army said.", "Rural Damascus"),
        ("An Israeli strike hit a building in Damascus on Tuesday, Syrian state media said.", "Damascus"),
        ("Regime forces shelled the Aleppo countryside on Monday, killing two.", "Aleppo"),  # no region named so: the city's
    ],
)
def test_the_countryside_of_a_city_is_the_region_named_after_it(text: str, admin1: str) -> None:
    sentences = split_sentences(text)
    location = extract_mention(Mention(head=sentences[0], type_key="explosions", follows=sentences[1:]), article_context(text, None)).location
    assert location is not None and location.admin1 == admin1
