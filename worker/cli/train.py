"""`eventwire train`: fit a learned model to a labelled CSV, measure it on held-out rows against the rules, write the model file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from worker.cli.analysis import RowRange
from worker.cli.base import err_console, load_settings, main
from worker.evaluation import Columns, read_rows, row_article
from worker.metrics import Report, format_report
from worker.pipeline.learned import DEFAULT_BLEND_WEIGHT, LinearModel, ModelError
from worker.taxonomy import load_taxonomy
from worker.training import DEFAULT_REGULARIZATION, compare, display_name, fit, holdout_split, map_labels

BLEND_WEIGHTS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def _weight(value: str) -> float | None:
    if value == "auto":
        return None
    try:
        weight = float(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is neither a number nor auto") from None
    if not 0.0 <= weight <= 1.0:
        raise click.BadParameter("must be within 0..1")
    return weight


@contextmanager
def _stage(description: str, total: int | None = None) -> Iterator[Progress]:
    """A progress line on standard error (a bar when ``total`` is known), gone when the stage ends."""
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*(columns if total else columns[:2] + columns[-1:]), console=err_console, transient=True) as progress:
        progress.add_task(description, total=total)
        yield progress
    err_console.print(f"{description}: done")


def _summary(name: str, report: Report) -> str:
    return f"  {name:<22} {report.summary_line()}"


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--text-col", required=True, help="Column with the text.")
@click.option("--label-col", required=True, help="Label column: ACLED event_type or sub_event_type names, or eventwire type / sub-type keys.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("model.json"), show_default=True, help="Model file to write.")
@click.option("--holdout", type=click.FloatRange(0.0, 0.9), default=0.2, show_default=True,
              help="Share of each label held out to measure the model and choose the blend weight; 0: none.")
@click.option("--refit/--no-refit", default=True, show_default=True, help="After measuring, fit again on every row, or keep the model measured.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the held-out draw.")
@click.option("--rows", "row_range", type=RowRange(), help="Only rows START:END (0-based, rows with text), e.g. 0:2500.")
@click.option("--blend-weight", default="auto", show_default=True,
              help="Weight of the model against the rules, 0..1; auto: chosen on the held-out rows, ties to the rules (0.5 without any).")
@click.option("--min-df", type=click.IntRange(1), default=2, show_default=True, help="Rows a word or word pair must occur in to count.")
@click.option("--regularization", type=click.FloatRange(min=0.0, min_open=True), default=DEFAULT_REGULARIZATION, show_default=True,
              help="Inverse regularization strength (C) of the logistic regression.")
@click.option("--skip-unmapped", is_flag=True, help="Leave out rows whose label the taxonomy has no type for, instead of refusing.")
@click.option("--taxonomy", "taxonomy_path", type=click.Path(exists=True, path_type=Path), help="A taxonomy file (default: the configured one).")
def train(
    file: Path, text_col: str, label_col: str, out: Path, holdout: float, refit: bool, seed: int, row_range: slice | None,
    blend_weight: str, min_df: int, regularization: float, skip_unmapped: bool, taxonomy_path: Path | None,
) -> None:
    """Fit a fast linear model (TF-IDF word 1-2-grams, logistic regression) to labelled text and write a model file."""
    weight = _weight(blend_weight)
    taxonomy = load_taxonomy(taxonomy_path or load_settings().taxonomy_path)
    try:
        rows, fieldnames = read_rows(file, text_col)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    if label_col not in fieldnames:
        raise click.UsageError(f"{file}: no column {label_col!r} (columns: {', '.join(fieldnames)})")
    if row_range:
        rows = rows[row_range]
    mapping, unmapped = map_labels((row[label_col] for row in rows), taxonomy)
    if unmapped and not skip_unmapped:
        listed = ", ".join(f"{label!r} ({count} rows)" for label, count in unmapped.most_common())
        raise click.ClickException(
            f"labels the taxonomy has no type or sub-type for: {listed}. Use a type or sub-type name or key from "
            "`eventwire taxonomy`, extend the taxonomy, or pass --skip-unmapped to train without those rows."
        )
    kept = [row for row in rows if row[label_col].strip() in mapping]
    texts = [row[text_col] for row in kept]
    classes = [mapping[row[label_col].strip()] for row in kept]
    skipped = len(rows) - len(kept)
    click.echo(f"rows: {len(kept)} with {len(set(classes))} labels from {label_col!r}" + (f" ({skipped} without a usable label left out)" if skipped else ""))
    if unmapped:
        click.echo("left out (no taxonomy type): " + ", ".join(f"{label} ({count})" for label, count in unmapped.most_common()))
    stats: dict[str, object] = {"source": file.name, "label_column": label_col, "rows_left_out": skipped}
    if row_range:
        stats["row_range"] = f"{row_range.start or ''}:{row_range.stop or ''}"
    train_rows, held_rows = holdout_split(classes, holdout, seed, texts) if holdout > 0 else (list(range(len(kept))), [])

    def fitted(indexes: list[int], chosen: float) -> LinearModel:
        with _stage(f"fitting on {len(indexes)} rows"):
            return fit([texts[i] for i in indexes], [classes[i] for i in indexes], taxonomy=taxonomy, label_column=label_col,
                       labels=mapping, regularization=regularization, min_df=min_df, blend_weight=chosen, stats=stats)

    try:
        model = fitted(train_rows, weight if weight is not None else DEFAULT_BLEND_WEIGHT)
        if held_rows:
            columns = Columns(text=text_col, label=None)
            articles = [row_article(kept[i], columns, i) for i in held_rows]
            truth = [display_name(classes[i], taxonomy) for i in held_rows]
            weights = BLEND_WEIGHTS if weight is None else (weight,)
            with _stage(f"scoring {len(held_rows)} held-out rows", total=len(held_rows) * (1 + len(weights))) as progress:
                result = compare(articles, truth, model, taxonomy, weights,
                                 on_progress=lambda done: progress.update(progress.task_ids[0], completed=done))
            chosen = result.best_weight
            blended = result.blends[chosen]
            click.echo(f"\nmodel alone on {len(held_rows)} held-out rows (seed {seed})")
            for line in format_report(result.model):
                click.echo(line)
            click.echo("\nheld-out rows, first event of each row:")
            click.echo(_summary("rules alone", result.rules))
            click.echo(_summary("model alone", result.model))
            click.echo(_summary(f"blend (weight {chosen:.1f})", blended))
            if weight is None:
                click.echo("  blend weighted F1 by weight: " + " ".join(f"{w:.1f}={r.weighted_f1:.4f}" for w, r in result.blends.items()))
            stats["holdout"] = {
                "rows": len(held_rows), "seed": seed,
                **{name: {"macro_f1": round(r.macro_f1, 4), "weighted_f1": round(r.weighted_f1, 4), "accuracy": round(r.accuracy, 4)}
                   for name, r in (("model", result.model), ("rules", result.rules), ("blend", blended))},
            }
            model = fitted(list(range(len(kept))), chosen) if refit else replace(model, blend_weight=chosen, stats={**model.stats, **stats})
    except ModelError as exc:
        raise click.ClickException(str(exc)) from exc
    model.save(out)
    size = out.stat().st_size
    click.echo(f"\nwrote {out}: {len(model.classes)} classes, {len(model.terms):,} terms, blend weight "
               f"{model.blend_weight:.1f}, {size / 1e6:.1f} MB; use it with EVENTWIRE_MODEL_PATH={out} or --model {out}")
