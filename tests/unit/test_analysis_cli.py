"""`eventwire classify` and `eventwire eval` on small texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from worker.cli import main
from worker.metrics import classification_report

ROWS = [
    ("On 3 March 2021, teachers protested in Lagos, Nigeria, demanding unpaid salaries.", "Protests", "Peaceful protest", "3-Mar-21", "Lagos", "0"),
    ("On 4 March 2021, an air strike hit a market in Aleppo, Syria, killing 5 civilians.", "Explosions/Remote violence", "Air/drone strike", "4-Mar-21", "Aleppo", "5"),
    ("On 5 March 2021, the weather was pleasant and markets were calm.", "Protests", "Peaceful protest", "5-Mar-21", "Kano", "0"),
]


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "labelled.csv"
    lines = ["notes,event_type,sub_event_type,event_date,location,country,fatalities"]
    for notes, event_type, sub, day, place, killed in ROWS:
        country = "Syria" if place == "Aleppo" else "Nigeria"
        lines.append(f'"{notes}",{event_type},{sub},{day},{place},{country},{killed}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_eval_prints_per_class_scores_confusion_and_summary_last(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(_csv(tmp_path)), "--text-col", "notes", "--label-col", "sub_event_type", "--date-col", "event_date"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1] == "macro_f1=0.8333 weighted_f1=0.7778 accuracy=0.6667 n=3"
    assert any(line.startswith("Air/drone strike") for line in lines)
    assert any("confusion" in line for line in lines)
    assert any("event date exact day" in line and "66.67%" in line for line in lines)
    assert any("fatalities exact" in line and "100.00%" in line for line in lines)


def test_eval_rejects_a_missing_text_column(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(_csv(tmp_path)), "--text-col", "body"])
    assert result.exit_code == 2
    assert "no column 'body'" in result.output


def test_classify_answers_each_line_with_its_events() -> None:
    lines = [
        {"id": "a1", "text": "Police fired tear gas to disperse hundreds of protesters in Nairobi on Tuesday.", "published_at": "2024-05-08T10:00:00Z"},
        {"id": "a2", "title": "Markets", "text": "Shares rose on the stock exchange as quarterly earnings beat forecasts."},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n"
    result = CliRunner().invoke(main, ["classify"], input=stdin)
    assert result.exit_code == 0, result.output
    replies = [json.loads(line) for line in result.output.strip().splitlines()]
    assert [r["id"] for r in replies] == ["a1", "a2"]
    [event] = replies[0]["events"]
    assert event["sub_event_type"] == "Protest with intervention"
    assert event["location"]["country"] == "Kenya"
    assert event["occurred"]["date"] == "2024-05-07"
    assert {"event_id", "evidence", "confidence", "modality", "taxonomy_version"} <= set(event)
    assert (replies[1]["events"], replies[1]["outcome"], replies[1]["language"]) == ([], "no_event", "en")


def test_classify_tells_a_language_it_does_not_read() -> None:
    line = {"id": "ru", "text": "Украинские беспилотники атаковали Курск в четверг вечером, сообщил глава города."}
    result = CliRunner().invoke(main, ["classify"], input=json.dumps(line) + "\n")
    assert json.loads(result.output) == {"id": "ru", "events": [], "language": "ru", "outcome": "unsupported_language"}


def test_classify_reports_a_bad_line_and_goes_on() -> None:
    result = CliRunner().invoke(main, ["classify"], input='not json\n{"id": 2, "text": "Nothing happened."}\n')
    assert result.exit_code == 0
    replies = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert replies[0]["events"] == [] and "error" in replies[0]
    assert replies[1] == {"id": 2, "events": [], "language": "und", "outcome": "no_event"}  # too short to tell
    assert "line 1" in result.stderr


@pytest.mark.parametrize("published_at", [
    "2024-05-08T10:00:00Z", "Wed, 08 May 2024 10:00:00 GMT", "May 8, 2024", 1715162400, "1715162400",
])
def test_classify_reads_publication_times_as_feeds_and_programs_write_them(published_at: str | int) -> None:
    line = {"id": "t", "text": "Police fired tear gas at protesters in Nairobi on Tuesday.", "published_at": published_at}
    result = CliRunner().invoke(main, ["classify"], input=json.dumps(line) + "\n")
    [event] = json.loads(result.stdout)["events"]
    assert event["occurred"]["date"] == "2024-05-07"


def test_classify_refuses_a_publication_time_it_cannot_read_rather_than_guess() -> None:
    line = {"id": "t", "text": "Police fired tear gas at protesters in Nairobi on Tuesday.", "published_at": "05/08/2024"}
    reply = json.loads(CliRunner().invoke(main, ["classify"], input=json.dumps(line) + "\n").stdout)
    assert reply["events"] == [] and "not a timestamp" in reply["error"]


def test_report_scores_each_class_and_averages() -> None:
    report = classification_report([("a", "a"), ("a", "b"), ("b", "b"), ("b", "(none)")])
    scores = {c.label: (round(c.precision, 2), round(c.recall, 2)) for c in report.classes}
    assert scores == {"a": (1.0, 0.5), "b": (0.5, 0.5)}
    assert report.summary_line() == "macro_f1=0.5833 weighted_f1=0.5833 accuracy=0.5000 n=4"


def test_a_bad_line_after_a_good_one_takes_no_id_from_it() -> None:
    result = CliRunner().invoke(main, ["classify"], input='{"id": "a", "text": "Nothing happened."}\nnot json\n')
    replies = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [r["id"] for r in replies] == ["a", None]
