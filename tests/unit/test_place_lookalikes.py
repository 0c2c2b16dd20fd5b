"""Places that look like others: everyday words, a country's first word, old names, a town's other names, renamed regions."""

from __future__ import annotations

import pytest

from tests.wire_examples import first_event
from worker.pipeline.gazetteer import default_gazetteer, fold
from worker.pipeline.language import english_words
from worker.pipeline.region_names import same_region


def place(text: str) -> tuple[str, str | None, str | None]:
    event = first_event(text)
    assert event is not None and event.location is not None
    return event.location.name, event.location.admin1, event.location.country


def test_no_everyday_word_is_another_name_of_a_country() -> None:
    data = default_gazetteer().data
    own = {fold(row["name"]) for row in data.countries.values()}  # "Chad", "Turkey": a country's own name stays one
    assert sorted(alias for alias in data.country_aliases if alias in english_words() and alias not in own) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an island off a country, not Iceland (whose own name, unaccented, is "Island")
        ("The Sri Lanka Navy arrested 12 Indian fishermen for allegedly poaching in Sri Lankan waters off Delft Island in the early "
         "hours of Tuesday.", ("Delft Island", "Northern Province", "Sri Lanka")),
        # "New Zealand's": the first word of the country's name, not Denmark's Zealand after it
        ("New Zealand's Ministry for Primary Industries announced on Tuesday that fruit fly movement controls in the Auckland suburb "
         "of Papatoetoe will be lifted on Friday.", ("Papatoetoe", "Auckland", "New Zealand")),
        # a district of that name, not a German town whose other names list it
        ("Three soldiers of the Frontier Corps embraced martyrdom when an improvised explosive device went off near their vehicle "
         "in the Buleda area of Kech district on Tuesday, the ISPR said.", ("Buleda", "Balochistan", "Pakistan")),
        # a town of that name today, not Engels, once called so
        ("Fierce fighting continued around Pokrovsk on Tuesday, where Ukrainian troops repelled 48 Russian assaults.",
         ("Pokrovsk", "Donetsk Oblast", "Ukraine")),
        ("Russian troops shelled Pokrovsk on Tuesday, killing two people.", ("Pokrovsk", "Donetsk Oblast", "Ukraine")),
        ("Assam Rifles, along with Mizoram Police, seized 2.6 kg of heroin worth Rs 18.2 crore in Champhai district near the "
         "India-Myanmar border on Monday.", ("Champhai", "Mizoram", "India")),
    ],
)
def test_a_lookalike_is_not_the_place(text: str, expected: tuple[str, str, str]) -> None:
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Two people were killed when a landslide buried their house in Myagdi district on Tuesday.", "Gandaki"),
        ("Two people were killed when a landslide buried their house in Kalikot district on Tuesday.", "Karnali"),
        ("Police fired tear gas at protesters in Kathmandu on Tuesday.", "Bagmati"),
    ],
)
def test_nepal_is_placed_in_its_provinces(text: str, province: str) -> None:
    assert place(text)[1:] == (province, "Nepal")


@pytest.mark.parametrize(
    ("old", "province"), [("Central", "Bagmati"), ("Mid-Western", "Lumbini"), ("East", "Koshi"), ("Far-Western", "Sudurpashchim")]
)
def test_nepal_s_development_regions_still_name_the_provinces_cut_from_them(old: str, province: str) -> None:
    assert same_region(old, province, "NP")


@pytest.mark.parametrize(
    "text",
    [
        "A militant was killed in a gunfight with security forces at Zainapora in Shopian on Tuesday.",
        "Two infiltrators were killed in the Machil sector of Kupwara district on Tuesday.",
        # the region in the brackets, not that of a town of the name elsewhere in India
        "On 6 May 2020, military forces of India and Pakistan exchanged fire across the LoC in Shahpur sector area (Poonch district, J&K).",
    ],
)
def test_kashmir_is_placed_in_jammu_and_kashmir(text: str) -> None:
    assert place(text)[1:] == ("Jammu and Kashmir", "India")
