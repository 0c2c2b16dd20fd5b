"""Extraction scores in `eventwire eval`: region names compared fairly, and a figure for rows that yielded an event."""

from __future__ import annotations

from worker.evaluation import PRESETS, evaluate
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

ROWS = [
    {"notes": "On 4 March 2021, regime artillery shelled Maarat al-Numan in Idlib, Syria, killing 3 civilians.",
     "sub_event_type": "Shelling/artillery/missile attack", "event_date": "4-Mar-21", "location": "Maarat al-Numan",
     "admin1": "Idleb", "country": "Syria", "iso3": "SYR", "fatalities": "3", "timestamp": ""},
    {"notes": "On 5 March 2021, the weather was pleasant and markets were calm.",
     "sub_event_type": "Peaceful protest", "event_date": "5-Mar-21", "location": "Kano",
     "admin1": "Kano", "country": "Nigeria", "iso3": "NGA", "fatalities": "0", "timestamp": ""},
]


def test_region_spellings_match_and_rows_with_an_event_get_their_own_figure() -> None:
    taxonomy = load_taxonomy()
    result = evaluate(ROWS, PRESETS["acled"], lambda article: analyze(article, taxonomy))
    assert result.extraction["admin1"] == (0.5, 2), "Idleb is GeoNames' Idlib; the row without an event counts as a miss"
    assert result.extraction["admin1 | rows with event"] == (1.0, 1)
    assert result.extraction["fatalities exact | rows with event"] == (1.0, 1)
    assert any(line.startswith("  articles/s") for line in result.lines())
