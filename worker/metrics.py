"""Classification metrics over (truth, predicted) label pairs: per-class precision/recall/F1, confusion, averages."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

NONE_LABEL = "(none)"


@dataclass(frozen=True, slots=True)
class ClassScore:
    """One class: precision, recall, F1 and how many truth rows carry it (support)."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(slots=True)
class Report:
    """Per-class scores, the confusion counts and the macro/weighted averages."""

    classes: list[ClassScore]
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    n: int = 0
    accuracy: float = 0.0
    macro_f1: float = 0.0
    weighted_f1: float = 0.0

    def summary_line(self) -> str:
        """``macro_f1=… weighted_f1=… accuracy=… n=…`` — the line evaluators parse."""
        return f"macro_f1={self.macro_f1:.4f} weighted_f1={self.weighted_f1:.4f} accuracy={self.accuracy:.4f} n={self.n}"


def classification_report(pairs: Sequence[tuple[str, str]]) -> Report:
    """Scores for ``(truth, predicted)`` pairs; averages run over the classes present in the truth."""
    confusion: Counter[tuple[str, str]] = Counter(pairs)
    truth = Counter(t for t, _ in pairs)
    predicted = Counter(p for _, p in pairs)
    classes: list[ClassScore] = []
    for label in sorted(truth):
        hit = confusion[(label, label)]
        precision = hit / predicted[label] if predicted[label] else 0.0
        recall = hit / truth[label]
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        classes.append(ClassScore(label, precision, recall, f1, truth[label]))
    n = len(pairs)
    report = Report(classes=classes, confusion=confusion, n=n)
    if n:
        report.accuracy = sum(confusion[(label, label)] for label in truth) / n
        report.macro_f1 = sum(c.f1 for c in classes) / len(classes)
        report.weighted_f1 = sum(c.f1 * c.support for c in classes) / n
    return report


def format_report(report: Report, max_labels: int = 40) -> list[str]:
    """The per-class table and the confusion matrix (rows truth, columns predicted) as text lines."""
    width = max([len(c.label) for c in report.classes] + [10])
    lines = [f"{'class':<{width}}  precision  recall     f1  support"]
    for c in report.classes:
        lines.append(f"{c.label:<{width}}  {c.precision:9.3f}  {c.recall:6.3f}  {c.f1:5.3f}  {c.support:7d}")
    lines.append("")
    lines.extend(confusion_lines(report.confusion, max_labels))
    return lines


def confusion_lines(confusion: Counter[tuple[str, str]], max_labels: int = 40) -> list[str]:
    """The confusion matrix with numbered columns and a legend, most frequent labels first."""
    totals: Counter[str] = Counter()
    for (truth, predicted), count in confusion.items():
        totals[truth] += count
        totals[predicted] += count
    labels = [label for label, _ in totals.most_common(max_labels)]
    if NONE_LABEL in totals and NONE_LABEL not in labels:
        labels.append(NONE_LABEL)
    width = max([len(label) for label in labels] + [10])
    header = " ".join(f"{i:>5}" for i in range(len(labels)))
    lines = ["confusion (rows: truth, columns: predicted)", f"{'':<{width + 5}} {header}"]
    for i, truth in enumerate(labels):
        cells = " ".join(f"{confusion[(truth, p)]:>5}" if confusion[(truth, p)] else "    ." for p in labels)
        lines.append(f"{i:>3}  {truth:<{width}} {cells}")
    return lines


def rate(values: Iterable[bool | None]) -> tuple[float, int]:
    """Share of true values among the non-``None`` ones, and how many were counted."""
    counted = [v for v in values if v is not None]
    return (sum(counted) / len(counted) if counted else 0.0), len(counted)
