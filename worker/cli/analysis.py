"""Commands that run the analysis stage without Redis: classify JSON lines, evaluate on a labelled CSV."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click
import msgspec

from schemas import Article, RawArticle
from worker.cli.base import load_settings, main
from worker.errors import PermanentError
from worker.evaluation import PRESETS, columns_for, evaluate, read_rows
from worker.pipeline.analyze import analyze
from worker.pipeline.normalize import normalize
from worker.taxonomy import Taxonomy, load_taxonomy


def _taxonomy(path: Path | None) -> Taxonomy:
    settings = load_settings()
    return load_taxonomy(path or settings.taxonomy_path)


def _article(item: dict[str, Any]) -> Article:
    published = item.get("published_at")
    raw = RawArticle(
        text=str(item.get("text") or ""),
        title=str(item["title"]) if item.get("title") else None,
        guid=str(item["id"]) if item.get("id") is not None else None,
        url=item.get("url"),
        published_at=datetime.fromisoformat(published.replace("Z", "+00:00")) if isinstance(published, str) and published else None,
        language=item.get("language"),
    )
    return normalize(raw)


@main.command()
@click.option("--taxonomy", "taxonomy_path", type=click.Path(exists=True, path_type=Path), help="A taxonomy file (default: the configured one).")
def classify(taxonomy_path: Path | None) -> None:
    """Read JSON lines {"id","text","title"?,"published_at"?} on stdin; write {"id","events":[...]} per line."""
    taxonomy = _taxonomy(taxonomy_path)
    encoder = msgspec.json.Encoder()
    out = sys.stdout
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = msgspec.json.decode(line)
            if not isinstance(item, dict):
                raise ValueError("expected a JSON object")
            events = analyze(_article(item), taxonomy)
            reply: dict[str, Any] = {"id": item.get("id"), "events": events}
        except (ValueError, msgspec.DecodeError, PermanentError) as exc:
            click.echo(f"line {number}: {exc}", err=True)
            reply = {"id": item.get("id") if isinstance(locals().get("item"), dict) else None, "events": [], "error": str(exc)}
        out.write(encoder.encode(reply).decode() + "\n")
    out.flush()


@main.command(name="eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "preset", type=click.Choice(sorted(PRESETS)), help="Column preset (default: guessed from the header).")
@click.option("--text-col", help="Column with the text (acled: notes, ucdp: source_headline).")
@click.option("--label-col", help="Truth label column: event_type or sub_event_type (ucdp: none, scores detection).")
@click.option("--date-col", help="Truth event date column.")
@click.option("--location-col", help="Truth location name column.")
@click.option("--admin1-col", help="Truth first-level region column.")
@click.option("--country-col", help="Truth country column.")
@click.option("--fatalities-col", help="Truth fatalities column.")
@click.option("--published-col", help="Publication time column (epoch seconds or a day).")
@click.option("--limit", type=int, help="Only the first N rows.")
@click.option("--taxonomy", "taxonomy_path", type=click.Path(exists=True, path_type=Path), help="A taxonomy file.")
def eval_command(file: Path, preset: str | None, limit: int | None, taxonomy_path: Path | None, **cols: str | None) -> None:
    """Score the analysis on a labelled CSV: per-class P/R/F1, confusion, extraction match rates."""
    taxonomy = _taxonomy(taxonomy_path)
    text_col = cols.get("text_col") or (PRESETS[preset].text if preset else None)
    with file.open(encoding="utf-8", newline="") as handle:
        header = handle.readline()
    fieldnames = [h.strip().strip('"') for h in header.split(",")]
    columns = columns_for(fieldnames, preset, **{k.removesuffix("_col"): v for k, v in cols.items()})
    try:
        rows, _ = read_rows(file, text_col or columns.text, limit)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    if columns.label and rows and columns.label not in rows[0]:
        raise click.UsageError(f"{file}: no label column {columns.label!r}")
    result = evaluate(rows, columns, lambda article: analyze(article, taxonomy))
    for line in result.lines():
        click.echo(line)
