"""Commands that run the analysis stage without Redis: classify JSON lines, evaluate on a labelled CSV (rules, or blended with a model)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
import msgspec

from schemas import Article, RawArticle
from worker.cli.base import load_settings, main
from worker.errors import PermanentError
from worker.evaluation import PRESETS, columns_for, evaluate, read_rows
from worker.pipeline.analyze import analysis, analyze
from worker.pipeline.learned import LinearModel, ModelError, load_model
from worker.pipeline.normalize import normalize
from worker.pipeline.timestamps import parse_timestamp
from worker.taxonomy import Taxonomy, load_taxonomy


def _taxonomy(path: Path | None) -> Taxonomy:
    settings = load_settings()
    return load_taxonomy(path or settings.taxonomy_path)


class RowRange(click.ParamType):
    """``START:END`` over the data rows that have text: 0-based, END excluded, either end may be left out."""

    name = "START:END"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> slice:
        if isinstance(value, slice):
            return value
        start, colon, end = str(value).partition(":")
        try:
            if not colon:
                raise ValueError(value)
            return slice(int(start) if start.strip() else None, int(end) if end.strip() else None)
        except ValueError:
            self.fail(f"{value!r} is not START:END (e.g. 0:2500 or 2500:)", param, ctx)


def learned_model(path: Path | None, rules_only: bool, taxonomy: Taxonomy) -> LinearModel | None:
    """The model named on the command line, else the configured one (EVENTWIRE_MODEL_PATH); ``None``: rules only."""
    path = None if rules_only else path or load_settings().model_path
    if path is None:
        return None
    try:
        return load_model(path, taxonomy)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from exc


def model_options(command: Any) -> Any:
    """Add ``--model`` and ``--rules-only`` to a command that analyzes."""
    command = click.option("--rules-only", is_flag=True, help="Rules alone, ignoring any configured model.")(command)
    return click.option(
        "--model", "model_path", type=click.Path(dir_okay=False, path_type=Path),
        help="A model file from `eventwire train` to blend with the rules (default: EVENTWIRE_MODEL_PATH).",
    )(command)


def _article(item: dict[str, Any]) -> Article:
    published = item.get("published_at")
    raw = RawArticle(
        text=str(item.get("text") or ""),
        title=str(item["title"]) if item.get("title") else None,
        guid=str(item["id"]) if item.get("id") is not None else None,
        url=item.get("url"),
        published_at=parse_timestamp(published) if published not in (None, "") else None,
        language=item.get("language"),
    )
    return normalize(raw)


@main.command()
@click.option("--taxonomy", "taxonomy_path", type=click.Path(exists=True, path_type=Path), help="A taxonomy file (default: the configured one).")
@model_options
def classify(taxonomy_path: Path | None, model_path: Path | None, rules_only: bool) -> None:
    """Read JSON lines {"id","text","title"?,"published_at"?} on stdin; write {"id","events":[...],"language","outcome"} per line.

    The outcome is ``events``, ``no_event`` or ``unsupported_language`` (non-English text is not read with English rules).
    """
    taxonomy = _taxonomy(taxonomy_path)
    model = learned_model(model_path, rules_only, taxonomy)
    encoder = msgspec.json.Encoder()
    out = sys.stdout
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        item: Any = None
        try:
            item = msgspec.json.decode(line)
            if not isinstance(item, dict):
                raise ValueError("expected a JSON object")
            result = analysis(_article(item), taxonomy, model=model)
            reply: dict[str, Any] = {"id": item.get("id"), "events": result.events, "language": result.language, "outcome": result.outcome}
        except (ValueError, msgspec.DecodeError, PermanentError) as exc:
            click.echo(f"line {number}: {exc}", err=True)
            reply = {"id": item.get("id") if isinstance(item, dict) else None, "events": [], "error": str(exc)}
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
@click.option("--rows", "row_range", type=RowRange(), help="Only rows START:END (0-based, rows with text), e.g. 2500: to score what a model did not train on.")
@click.option("--taxonomy", "taxonomy_path", type=click.Path(exists=True, path_type=Path), help="A taxonomy file.")
@model_options
def eval_command(
    file: Path, preset: str | None, limit: int | None, row_range: slice | None, taxonomy_path: Path | None,
    model_path: Path | None, rules_only: bool, **cols: str | None,
) -> None:
    """Score the analysis on a labelled CSV: per-class P/R/F1, confusion, extraction match rates."""
    taxonomy = _taxonomy(taxonomy_path)
    model = learned_model(model_path, rules_only, taxonomy)
    text_col = cols.get("text_col") or (PRESETS[preset].text if preset else None)
    with file.open(encoding="utf-8", newline="") as handle:
        header = handle.readline()
    fieldnames = [h.strip().strip('"') for h in header.split(",")]
    columns = columns_for(fieldnames, preset, **{k.removesuffix("_col"): v for k, v in cols.items()})
    try:
        rows, _ = read_rows(file, text_col or columns.text, None if row_range else limit)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    if row_range:
        rows = rows[row_range][:limit] if limit else rows[row_range]
    if columns.label and rows and columns.label not in rows[0]:
        raise click.UsageError(f"{file}: no label column {columns.label!r}")
    if model is not None:
        click.echo(f"model: {model_path or load_settings().model_path} ({model.label_column}, {len(model.classes)} classes, blend weight {model.blend_weight:.2f})")
    result = evaluate(rows, columns, lambda article: analyze(article, taxonomy, model=model))
    for line in result.lines():
        click.echo(line)
