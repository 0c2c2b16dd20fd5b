"""Headlines written in Title Case or ALL CAPS are read as the sentences they are: the same events, places and sides as
the sentence-case headline, with the evidence quoted as written."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.pipeline.headline_case import as_sentence_case
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2024, 5, 20, 9, tzinfo=timezone.utc)

RECASED = [
    ("Russian Missile Strike On Dnipro Kills Nine", "Russian missile strike on Dnipro kills nine"),
    ("RUSSIAN MISSILE STRIKE ON DNIPRO KILLS NINE", "Russian missile strike on Dnipro kills nine"),
    ("Gunmen Kill 20 Villagers In Zamfara State", "Gunmen kill 20 villagers in Zamfara State"),
    # groups and agencies keep their names, countries and regions that are English words too stay places
    ("Islamic State Claims Attack On Moscow Concert Hall", "Islamic State claims attack on Moscow concert hall"),
    ("BOKO HARAM FIGHTERS KILL 30 NEAR LAKE CHAD", "Boko Haram fighters kill 30 near Lake Chad"),
    ("Red Cross Says Aid Convoy Hit In Gaza", "Red Cross says aid convoy hit in Gaza"),
    ("Turkey Strikes Kurdish Militants in Northern Iraq", "Turkey strikes Kurdish militants in Northern Iraq"),
    ("Gunmen Kill 15 Villagers in Plateau", "Gunmen kill 15 villagers in Plateau"),
    # short words no dictionary knows are acronyms; name particles are not
    ("RSF FIGHTERS SEIZE EL FASHER MARKET", "RSF fighters seize El Fasher market"),
    ("AL-SHABAAB ATTACKS ARMY BASE IN SOMALIA", "Al-Shabaab attacks army base in Somalia"),
    # a letter whose lower case is two characters stays as written, so offsets hold
    ("PROTESTERS CLASH WITH POLICE IN DİYARBAKIR", "Protesters clash with police in Dİyarbakir"),
]


@pytest.mark.parametrize(("headline", "sentence"), RECASED)
def test_a_headline_is_read_in_sentence_case(headline: str, sentence: str) -> None:
    assert as_sentence_case(headline) == sentence


@pytest.mark.parametrize("text", [
    "Gunmen killed 20 villagers in Zamfara State on Sunday, police said.",
    "President Volodymyr Zelensky said on Monday.",
    "Kyiv",
    "Protest over VAR",
    "الكل في المجموعة مع القوات",  # a script without case
    "ÀÀÀ ÀÀÀ ÀÀÀ ÀÀÀ",  # capitals telling no English words
])
def test_prose_and_short_lines_are_left_as_written(text: str) -> None:
    assert as_sentence_case(text) == text


def test_only_the_headline_line_is_recased_and_offsets_stay() -> None:
    text = "Mob Lynches Two Suspected Thieves In Kenya's Kisumu\nA mob beat two men to death in Kisumu on Sunday, police said."
    recased = as_sentence_case(text)
    assert len(recased) == len(text)
    assert recased.splitlines() == ["Mob lynches two suspected thieves in Kenya's Kisumu", text.splitlines()[1]]


HEADLINES = [
    "Russian missile strike on Dnipro kills nine",
    "Gunmen kill 20 villagers in Zamfara State",
    "Chad army says it killed 30 Boko Haram fighters near Lake Chad",
    "Ukrainian drones hit oil refinery in Russia's Ryazan region",
    "Security forces kill 12 militants in Indian Kashmir's Kupwara",
    "Mexican marines clash with cartel gunmen in Sinaloa, 19 dead",
    "Guinea security forces fire tear gas at opposition supporters in Conakry",
    "Heavy rains trigger landslide in Indonesia's West Sumatra, 15 missing",
]


def events_of(text: str) -> list[tuple[str, str | None, str | None, int | None, tuple[str, ...]]]:
    found = analyze(Article(article_id="a", title="", text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy())
    return [(e.event_type, e.sub_event_type, e.location.name if e.location else None, e.casualties.killed if e.casualties else None,
             tuple(sorted(a.name for a in e.actors))) for e in found]


def title_case(text: str) -> str:
    return " ".join(w if w[:1].isupper() else w[:1].upper() + w[1:] for w in text.split(" "))


@pytest.mark.parametrize("headline", HEADLINES)
def test_title_case_and_capitals_give_the_sentence_case_events(headline: str) -> None:
    expected = events_of(headline)
    assert expected
    assert events_of(title_case(headline)) == expected
    assert events_of(headline.upper()) == expected


def test_the_evidence_quotes_the_headline_as_written() -> None:
    headline = "RUSSIAN MISSILE STRIKE ON DNIPRO KILLS NINE"
    event = analyze(Article(article_id="a", title="", text=headline, content_hash="h", published_at=PUBLISHED), load_taxonomy())[0]
    assert event.evidence.sentence == headline
    assert event.location is not None and event.location.name == "Dnipro"
