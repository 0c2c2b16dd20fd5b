"""A fifth round of phrasings fresh probes found read wrong, each beside the look-alike that must stay as it is: datelines
with a colon or an agency's date and no dash, a toll whose words hold "at a", days told "a day earlier" and days of
speech told before the verb, a day a situation has lasted since, forecasts of a risk of floods and season outlooks, arrests
told in present-tense headlines, roads blocked by protesters, captures by a foreign army, and works begun on a water main."""

from __future__ import annotations

import pytest

from tests.wire_examples import coded, first_event, headlined
from worker.pipeline.casualties import find_casualties


def test_a_toll_that_passes_a_mosque_is_not_one_death() -> None:
    found = find_casualties("The death toll from Saturday's suicide bombing at a mosque in Peshawar rose to 27 on Tuesday, hospital officials said.")
    assert found is not None and found.killed == 27
    assert find_casualties("The death toll rose to a dozen.").killed == 12  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Srinagar, Nov 29 (PTI) Two terrorists were killed in an encounter with security forces in Jammu and Kashmir's Kulgam district "
         "on Sunday, police said.", "Kulgam"),
        ("QUETTA: At least seven passengers were killed after armed men blocked the N-70 highway in Balochistan's Musakhel district on Sunday night.",
         "Musakhel"),
        ("Imphal, Nov 30 (PTI) One person was killed as armed miscreants and village volunteers exchanged fire in the foothills of Manipur's "
         "Bishnupur district on Monday.", "Bishnupur"),
        # a city desk's story set at a landmark the gazetteer lacks stays in the city
        ("MUMBAI: The Governor paid floral tributes at the police martyrs' memorial at Police Gymkhana on Thursday to mark the 18th "
         "anniversary of the 26/11 terror attacks.", "Mumbai"),
        # the town of a dateline is the place when the text names no other
        ("PESHAWAR: Police arrested two suspected militants in a raid on Monday, officials said.", "Peshawar"),
    ],
)
def test_a_dateline_without_a_dash_is_where_the_report_was_filed(text: str, place: str) -> None:
    event = first_event(text)
    assert event is not None and event.location is not None and event.location.name == place


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Nuh (Haryana), Nov 29 (PTI) At least 12 people were injured after stones were hurled at a religious procession in Firozpur "
         "Jhirka town on Saturday evening, police said.", "2026-11-28"),
        ("Caracas, Dec 1 (EFE).- Agents of the intelligence service detained on Monday night an opposition coordinator at his home in Maracaibo.",
         "2026-11-30"),
        ("A Syrian rebel group said it had killed 12 soldiers a day earlier in an ambush near Idlib.", "2026-12-01"),
        ("The army said on Tuesday that 12 militants were killed in a raid near Bannu the previous day.", "2026-11-30"),
        ("The United Nations on Wednesday condemned Tuesday's drone strike on the market in Kabkabiya, which local responders said killed 17.",
         "2026-12-01"),
        ("Amnesty International on Tuesday condemned the killing of at least three protesters in Arusha, where police opened fire on Saturday.",
         "2026-11-28"),
        # a day told only as the day of the act stays that day
        ("Police on Tuesday arrested 40 protesters in Lagos.", "2026-12-01"),
    ],
)
def test_the_events_day_is_not_the_day_of_the_report_or_the_dateline(text: str, day: str) -> None:
    event = first_event(text)
    assert event is not None and event.occurred is not None and str(event.occurred.date) == day


def test_a_day_a_situation_has_lasted_since_is_not_the_events_day() -> None:
    event = first_event("Workers have begun laying a 46-kilometre water main to the Nikopol district, which has relied on trucked water "
                        "since the destruction of the Kakhovka dam in June 2023, the regional governor said.")
    assert event is not None and (event.event_type, event.sub_event_type) == ("Reconstruction", "Infrastructure works")
    assert event.occurred is None or event.occurred.date is None or event.occurred.date.year == 2026


@pytest.mark.parametrize(
    "text",
    [
        "The Israel Meteorological Service forecast the first significant rain of the winter from Thursday, with thunderstorms along the "
        "coast and a risk of flash floods in the Judean Desert on Friday.",
        "Australia is likely to see close to the average number of tropical cyclones this season, the Bureau of Meteorology said in its "
        "seasonal outlook. Forecasters urged residents to know their evacuation zones.",
        "Reinsurers are expected to offer rate cuts at the January 1 renewals, brokers said, despite heavy insured losses from severe "
        "convective storms in the United States and flooding in Europe.",
        "Chennai is likely to get moderate rain with thunderstorms. // Heavy rain likely in coastal T.N. till Saturday",
    ],
)
def test_forecasts_outlooks_and_insurance_markets_are_no_event(text: str) -> None:
    assert headlined(text) is None


def test_floods_that_did_harm_after_a_forecast_stay_a_flood() -> None:
    assert coded("The weather service had forecast heavy rain, and flash floods on Tuesday killed four people in the Judean Desert.") \
        == ("Natural disaster", "Flood/landslide")


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("// Iraqi forces arrest senior Islamic State 'wali' in Kirkuk raid", "Strategic developments", "Arrests"),
        ("// Chilean truckers block Route 5 near Temuco over wave of arson attacks", "Protests", "Peaceful protest"),
        ("Russian forces have taken control of the settlement of Uspenivka in the Zaporizhzhia region, the Russian Defence Ministry said.",
         "Battles", "Non-state actor overtakes territory"),
        ("Ukrainian assault troops have pushed Russian forces out of the village of Kucheriv Yar in the Donetsk region, the brigade said.",
         "Battles", "Government regains territory"),
        ("Ukraine's Southern Defence Forces on Wednesday denied Russian claims that Stepnohirsk in the Zaporizhzhia region had been captured.",
         "Battles", "Non-state actor overtakes territory"),
        ("Residents of El Aguaje said drones dropped explosives on several homes on Saturday, wounding two women. The Defense Ministry "
         "attributed the attack to the Jalisco cartel, which is fighting a rival group for control of the region.",
         "Explosions/Remote violence", "Air/drone strike"),
        # look-alikes that stay as they are
        ("Russian troops pushed into the outskirts of Kupiansk on Wednesday, as fierce fighting continued in the area.", "Battles", "Armed clash"),
        ("Ukrainian forces recaptured the village of Robotyne in the Zaporizhzhia region, the General Staff said.",
         "Battles", "Government regains territory"),
    ],
)
def test_fresh_phrasings_are_coded_as_a_reader_would(text: str, event_type: str, sub_event_type: str) -> None:
    assert coded(text) == (event_type, sub_event_type)


def test_a_strike_starting_on_a_named_date_is_planned_for_it() -> None:
    event = first_event("Lima, Dec 2 (EFE).- Peru's small-scale miners announced on Wednesday an indefinite strike starting Dec. 9 to demand "
                        "an extension of the formalization registry.")
    assert event is not None and event.modality == "planned" and str(event.occurred.date) == "2026-12-09"  # type: ignore[union-attr]


def test_a_units_group_is_not_a_place() -> None:
    event = first_event("Units of the Vostok group liberated the village of Uspenivka in the Zaporizhzhia region, the ministry said.")
    assert event is not None and event.location is not None and event.location.name == "Uspenivka"
