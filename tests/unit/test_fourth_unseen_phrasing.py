"""A fourth round of phrasings fresh probes found coded wrong, each beside the look-alike that must stay as it is:
victims of any name, injuries suffered or sustained, and kin listed after the first victim."""

from __future__ import annotations

import pytest

from worker.pipeline.casualties import find_casualties


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Two pupils were killed and 31 others injured when lightning struck the primary school.", 2, 31),
        ("Two German ski tourers were killed when an avalanche swept them away near Davos.", 2, None),
        ("Three carabineros were slightly injured.", None, 3),
        ("Two suspected New People's Army rebels were killed in a 20-minute encounter with Army soldiers.", 2, None),
        ("A Russian-installed deputy head of the occupation administration in Nova Kakhovka was killed on Saturday morning.", 1, None),
        ("Ukrainian drone hits car in Kursk region's Rylsk district, killing driver — governor", 1, None),
        ("A CRPF jawan sustained leg injuries after stepping on a pressure IED.", None, 1),
        ("One firefighter suffered minor burns, Cal Fire said.", None, 1),
        ("Two people on the ground were slightly hurt.", None, 2),
        ("Unidentified men lobbed a grenade at the house of a councilor, injuring his wife and two children, police said.", None, 3),
        ("A Palestinian assailant stabbed and lightly wounded two Israelis at a bus stop.", None, 2),
    ],
)
def test_victims_of_any_name_are_counted(sentence: str, killed: int | None, injured: int | None) -> None:
    found = find_casualties(sentence)
    assert found is not None and (found.killed, found.injured) == (killed, injured)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of cows were killed by the flood.",
        "Two hospitals reported deaths.",
    ],
)
def test_animals_and_places_are_not_victims(sentence: str) -> None:
    found = find_casualties(sentence)
    assert found is None or not found.killed


def test_a_strike_on_a_bus_counts_its_victims_not_the_bus() -> None:
    found = find_casualties("A drone strike on a bus in Ethiopia's Amhara region killed at least 30 people on Monday.")
    assert found is not None and found.killed == 30
