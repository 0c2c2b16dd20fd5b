"""Alert rules: which events each criterion lets through, rate rules as spikes, and the sample rules file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
import pytest

from schemas import Casualties, Event, Evidence, Location, Source
from worker.backends.memory import MemoryRateWindows
from worker.consumers.alerts import event_alerts
from worker.consumers.rules import EventRule, Rate, RuleSet, load_rules
from worker.pipeline.analyze import analyze
from worker.pipeline.normalize import normalize
from worker.pipeline.replay import read_paths
from worker.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2024, 12, 6, 12, 0, tzinfo=UTC)


def event(**changes: object) -> Event:
    base = Event(
        event_id="e_1",
        article_id="a_1",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        family="acled",
        modality="occurred",
        confidence=0.9,
        severity=2,
        evidence=Evidence(sentence="A drone hit a residential building in Kursk.", start=0, end=44),
        location=Location(name="Kursk", admin1="Kursk Oblast", country="Russia", country_code="RU"),
        title="Air/drone strike — Kursk, Russia",
    )
    return msgspec.structs.replace(base, **changes)


@pytest.mark.parametrize(
    ("rule", "matches"),
    [
        (EventRule(name="r"), True),
        (EventRule(name="r", event_type="explosions_remote_violence"), True),
        (EventRule(name="r", event_type=["Battles", "Protests"]), False),
        (EventRule(name="r", sub_event_type="air/drone STRIKE"), True),
        (EventRule(name="r", modality=["planned"]), False),
        (EventRule(name="r", country="ru"), True),
        (EventRule(name="r", country=["Ukraine"]), False),
        (EventRule(name="r", region="Kursk Oblast"), True),
        (EventRule(name="r", place=["Belgorod"]), False),
        (EventRule(name="r", keywords=["drone"]), True),
        (EventRule(name="r", keywords=["dron"]), False),
        (EventRule(name="r", keywords=["residential building"]), True),
        (EventRule(name="r", min_severity=3), False),
        (EventRule(name="r", min_killed=1), False),
    ],
)
def test_each_criterion_decides_on_its_own(rule: EventRule, matches: bool) -> None:
    assert rule.matches(event()) is matches


def test_casualty_thresholds_add_killed_and_injured() -> None:
    hurt = event(casualties=Casualties(killed=2, injured=9))
    assert EventRule(name="r", min_casualties=11).matches(hurt)
    assert not EventRule(name="r", min_casualties=12).matches(hurt)
    assert EventRule(name="r", min_killed=2, min_injured=9).matches(hurt)


def test_merged_or_retracted_events_raise_nothing() -> None:
    assert not EventRule(name="r").matches(event(status="retracted", retraction_reason="misread"))


def test_an_event_rule_raises_one_alert_whose_id_is_the_same_on_every_redelivery() -> None:
    rules = RuleSet(rule=[EventRule(name="drones", severity="critical", sub_event_type="Air/drone strike")])
    first = event_alerts(event(), rules, MemoryRateWindows(), NOW)
    again = event_alerts(event(), rules, MemoryRateWindows(), NOW + timedelta(hours=1))
    assert [a.alert_id for a in first] == [a.alert_id for a in again]
    (alert,) = first
    assert (alert.kind, alert.rule, alert.severity, alert.event_id, alert.country) == (
        "event",
        "drones",
        "critical",
        "e_1",
        "Russia",
    )


def test_a_rate_rule_fires_when_the_nth_event_about_one_place_lands_within_the_window() -> None:
    rules = RuleSet(rule=[EventRule(name="spike", rate=Rate(count=3, window=3600, per="place"))])
    windows = MemoryRateWindows()

    def at(event_id: str, minutes: int, place: str = "Kursk") -> list[str]:
        published = Source(published_at=NOW + timedelta(minutes=minutes))
        where = Location(name=place, country="Russia")
        return [a.kind for a in event_alerts(event(event_id=event_id, source=published, location=where), rules, windows, NOW)]

    assert at("e_1", 0) == []
    assert at("e_2", 10) == []
    assert at("e_x", 11, place="Belgorod") == [], "another place counts apart"
    assert at("e_2", 12) == [], "a redelivered event counts once"
    assert at("e_3", 20) == ["rate"]
    assert at("e_4", 200) == [], "the first three left the window"


def test_the_sample_rules_fire_on_the_seed_drone_strike_and_not_on_the_planned_monument() -> None:
    rules = load_rules(ROOT / "seeds" / "alert_rules.toml")
    (raw,) = read_paths([ROOT / "seeds" / "kursk_drone_strike.txt"])
    events = analyze(normalize(raw), load_taxonomy(None))
    fired = {e.sub_event_type: sorted(a.rule for a in event_alerts(e, rules, MemoryRateWindows(), NOW)) for e in events}
    assert "drone-strike-russia" in fired["Air/drone strike"]
    assert fired["Monument/memorial"] == []


def test_a_mistake_in_a_rules_file_names_the_file_and_the_field(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nname = "x"\nmin_severty = 2\n')
    with pytest.raises(ValueError, match=r"rules\.toml.*min_severty"):
        load_rules(path)
    path.write_text('[[rule]]\nname = "x"\n[[check]]\nname = "x"\nkind = "dlq_growth"\n')
    with pytest.raises(ValueError, match="unique"):
        load_rules(path)
