"""read_path/read_paths/decode_article_line: files and directories in, replayed RawArticles out."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from worker.errors import PermanentError
from worker.pipeline.replay import SkippedInput, decode_article_line, read_path, read_paths

REPO_ROOT = Path(__file__).resolve().parents[2]

RSS = b"""<rss version="2.0"><channel><title>Saved Wire</title>
<item><title>From a feed</title><link>https://example.com/f/1</link><description>Body.</description></item>
<item><description>unusable: no link and no id</description></item>
</channel></rss>"""


def test_seed_article_gets_a_derived_title_and_its_text_verbatim(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(REPO_ROOT)
    seed = Path("seeds/kursk_drone_strike.txt")

    [article] = read_path(seed)

    assert article.text == seed.read_text(encoding="utf-8").strip()
    assert article.title is not None and article.title.startswith("In a sudden escalation")
    assert "Kursk, Russia" not in article.title  # dateline dropped from the title only
    assert article.text.startswith("Kursk, Russia — ")
    assert len(article.title) <= 120
    assert article.origin == "seeds/kursk_drone_strike.txt"
    assert article.replay is True


def test_txt_title_comes_from_the_first_sentence(tmp_path: Path) -> None:
    (tmp_path / "short.txt").write_text(
        "WASHINGTON — Mr. Lee met the envoy. Talks went on.\n\nSecond paragraph.\n", encoding="utf-8"
    )

    [article] = read_path(tmp_path / "short.txt")

    assert article.title == "Mr. Lee met the envoy"
    assert article.text == "WASHINGTON — Mr. Lee met the envoy. Talks went on.\n\nSecond paragraph."


def test_txt_sidecar_overrides_and_adds_metadata(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Kursk, Russia — Drones struck the city.", encoding="utf-8")
    sidecar = {
        "title": "Drones strike Kursk",
        "url": "https://example.com/kursk",
        "guid": "seed-1",
        "published_at": "2025-06-05T21:30:00+03:00",
        "publisher": "Seed Wire",
        "expected_events": 5,
    }
    (tmp_path / "story.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")

    [article] = read_path(tmp_path)

    assert (article.title, article.url, article.guid, article.publisher) == (
        "Drones strike Kursk",
        "https://example.com/kursk",
        "seed-1",
        "Seed Wire",
    )
    assert article.published_at == datetime(2025, 6, 5, 18, 30, tzinfo=UTC)
    assert article.origin == str(tmp_path / "story.txt")


def test_json_file_with_one_article_or_a_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(
        json.dumps({"text": "Alone.", "title": "One", "published_at": "2025-06-05T12:00:00"}),
        encoding="utf-8",
    )
    (tmp_path / "many.json").write_text(
        json.dumps([{"text": "First."}, {"title": "no text"}, {"text": "Third.", "extra": 1}]),
        encoding="utf-8",
    )
    skipped: list[SkippedInput] = []

    [one] = read_path(tmp_path / "one.json", errors=skipped)
    many = list(read_path(tmp_path / "many.json", errors=skipped))

    assert one.title == "One"
    assert one.published_at == datetime(2025, 6, 5, 12, 0, tzinfo=UTC)  # naive taken as UTC
    assert [a.text for a in many] == ["First.", "Third."]
    assert [a.origin for a in many] == [f"{tmp_path / 'many.json'}[0]", f"{tmp_path / 'many.json'}[2]"]
    assert all(a.replay for a in [one, *many])
    [bad] = skipped
    assert bad.origin == f"{tmp_path / 'many.json'}[1]"
    assert "text" in bad.reason


def test_jsonl_yields_good_lines_and_reports_bad_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "Line one.", "url": "https://example.com/1"}),
        "{not json",
        "",
        json.dumps({"text": "Line four.", "published_at": "yesterday-ish"}),
        json.dumps({"text": "Line five."}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    skipped: list[SkippedInput] = []

    with capture_logs() as logs:
        articles = list(read_path(path, errors=skipped))

    assert [(a.text, a.origin) for a in articles] == [
        ("Line one.", f"{path}:1"),
        ("Line five.", f"{path}:5"),
    ]
    assert [s.origin for s in skipped] == [f"{path}:2", f"{path}:4"]
    assert "not valid JSON" in skipped[0].reason
    assert "ISO-8601" in skipped[1].reason
    assert [entry["event"] for entry in logs] == ["replay.skipped", "replay.skipped"]


def test_feed_file_is_parsed_from_bytes(tmp_path: Path) -> None:
    path = tmp_path / "saved.rss"
    path.write_bytes(RSS)
    skipped: list[SkippedInput] = []

    [entry] = read_path(path, errors=skipped)

    assert (entry.title, entry.text, entry.publisher) == ("From a feed", "Body.", "Saved Wire")
    assert (entry.origin, entry.replay) == (str(path), True)
    assert len(skipped) == 1 and "1 feed entries" in skipped[0].reason


def test_directory_walk_is_recursive_sorted_and_skips_companions(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Bee story.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay story.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"guid": "a"}', encoding="utf-8")
    (tmp_path / "expected.toml").write_text("[x]\n", encoding="utf-8")
    (tmp_path / "feeds.toml").write_text("[x]\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text("In git.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.jsonl").write_text('{"text": "Sea story."}\n', encoding="utf-8")

    first = [a.text for a in read_paths([tmp_path])]
    second = [a.text for a in read_paths([tmp_path])]

    assert first == second == ["Ay story.", "Bee story.", "Sea story."]


def test_unknown_extension_is_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "real.txt").write_text("Real story.", encoding="utf-8")
    skipped: list[SkippedInput] = []

    with capture_logs() as logs:
        articles = list(read_paths([tmp_path], errors=skipped))

    assert [a.text for a in articles] == ["Real story."]
    assert skipped == [SkippedInput(str(tmp_path / "notes.md"), "unknown file type '.md'")]
    assert logs == [
        {
            "event": "replay.skipped",
            "log_level": "warning",
            "path": str(tmp_path / "notes.md"),
            "reason": "unknown file type '.md'",
        }
    ]


def test_non_utf8_text_is_decoded_and_repaired(tmp_path: Path) -> None:
    (tmp_path / "cp1252.txt").write_bytes("Caf\u00e9 owners said \u201cenough\u201d.".encode("cp1252"))
    (tmp_path / "bom16.txt").write_bytes("Курск — город.".encode("utf-16"))  # with BOM

    texts = [a.text for a in read_path(tmp_path)]

    assert texts == ["Курск — город.", "Café owners said “enough”."]


def test_ingest_stages_import_neither_celery_nor_redis() -> None:
    code = (
        "import sys, worker.pipeline.replay, worker.pipeline.normalize;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'celery', 'redis', 'kombu'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "[]"


def test_decode_article_line_accepts_str_and_bytes_and_ignores_unknown_fields() -> None:
    line = '{"text": "Hi.", "guid": "g1", "published_at": "2025-06-05T21:30:00Z", "surprise": true}'

    from_str = decode_article_line(line)
    from_bytes = decode_article_line(line.encode("utf-8"))

    assert from_str == from_bytes
    assert (from_str.text, from_str.guid, from_str.replay) == ("Hi.", "g1", False)
    assert from_str.published_at == datetime(2025, 6, 5, 21, 30, tzinfo=UTC)


@pytest.mark.parametrize("published_at", ['"2025-06-05T21:30:00Z"', '"Thu, 05 Jun 2025 21:30:00 GMT"', "1749159000"])
def test_decode_article_line_reads_the_timestamps_programs_and_feeds_write(published_at: str) -> None:
    article = decode_article_line(f'{{"text": "Hi.", "published_at": {published_at}}}')

    assert article.published_at == datetime(2025, 6, 5, 21, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{oops", "not valid JSON"),
        ("[1, 2]", "expected a JSON object, got list"),
        ('{"title": "no text"}', "missing required field `text`"),
        ('{"text": 5}', "Expected `str`, got `int` - at `$.text`"),
        ('{"text": "x", "published_at": "June 5th"}', "'June 5th' is not a timestamp"),
        ('{"text": "x", "published_at": ["2025-06-05"]}', "published_at must be a timestamp string or Unix seconds, got list"),
    ],
)
def test_decode_article_line_says_what_is_wrong(line: str, message: str) -> None:
    with pytest.raises(PermanentError) as caught:
        decode_article_line(line)

    assert message in str(caught.value)
