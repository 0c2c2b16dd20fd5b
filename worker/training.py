"""Fit the learned model of `eventwire train`: labels mapped onto the taxonomy, a held-out share, TF-IDF + logistic regression."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import partial
from typing import Any

from schemas import Article, Event
from worker.metrics import NONE_LABEL, Report, classification_report
from worker.pipeline.analyze import analyze
from worker.pipeline.learned import DEFAULT_BLEND_WEIGHT, INSTALL_HINT, LinearModel, ModelError, numpy_module, text_terms
from worker.taxonomy import Taxonomy, type_key_for

DEFAULT_REGULARIZATION = 30.0
"""Inverse regularization strength (C) of the logistic regression; chosen on held-out rows of labelled news."""
WEIGHT_TOLERANCE = 0.005
"""Held-out weighted-F1 differences below this (about one row in two hundred) do not justify more model weight."""


def label_path(label: str, taxonomy: Taxonomy) -> str | None:
    """The taxonomy path a training label names: a type or sub-type name (ACLED's), key or ``type.sub`` path."""
    wanted = label.strip().casefold()
    if not wanted:
        return None
    for key, event_type in taxonomy.types.items():
        if wanted in (key, event_type.name.casefold(), type_key_for(event_type.name)):
            return key
    found = {
        sub.path
        for event_type in taxonomy.types.values()
        for sub in event_type.subtypes.values()
        if wanted in (sub.path, sub.key, sub.name.casefold(), type_key_for(sub.name))
    }
    return found.pop() if len(found) == 1 else None


def map_labels(labels: Iterable[str], taxonomy: Taxonomy) -> tuple[dict[str, str], Counter[str]]:
    """Each distinct non-empty label with its taxonomy path, and the labels that name nothing (with their counts)."""
    mapped: dict[str, str] = {}
    unmapped: Counter[str] = Counter()
    for label in labels:
        label = label.strip()
        if not label or label in mapped:
            continue
        path = label_path(label, taxonomy)
        if path is None:
            unmapped[label] += 1
        else:
            mapped[label] = path
    return mapped, unmapped


def holdout_split(classes: Sequence[str], share: float, seed: int = 0, texts: Sequence[str] | None = None) -> tuple[list[int], list[int]]:
    """Row indexes to train on and to hold out: ``share`` of each class held out, a class of one row trains.

    Rows with the same text (one report coded at several places) fall on the same side, so the held-out
    score is not flattered by rows the model has seen word for word.
    """
    groups: dict[str, list[int]] = {}
    for i in range(len(classes)):
        groups.setdefault(texts[i].strip() if texts is not None else str(i), []).append(i)
    by_class: dict[str, list[list[int]]] = defaultdict(list)
    for rows in groups.values():
        by_class[classes[rows[0]]].append(rows)
    shuffle = random.Random(seed).shuffle
    train: list[int] = []
    held: list[int] = []
    for name in sorted(by_class):
        members = by_class[name]
        shuffle(members)
        cut = min(len(members) - 1, round(len(members) * share))
        held.extend(i for rows in members[:cut] for i in rows)
        train.extend(i for rows in members[cut:] for i in rows)
    return sorted(train), sorted(held)


def fit(
    texts: Sequence[str],
    classes: Sequence[str],
    *,
    taxonomy: Taxonomy,
    label_column: str,
    labels: dict[str, str] | None = None,
    regularization: float = DEFAULT_REGULARIZATION,
    min_df: int = 2,
    ngram_max: int = 2,
    blend_weight: float = DEFAULT_BLEND_WEIGHT,
    stats: dict[str, Any] | None = None,
) -> LinearModel:
    """A model fitted to ``texts`` labelled with taxonomy paths ``classes``; ``labels`` maps paths back to the user's labels."""
    try:
        import sklearn
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise ModelError(f"`eventwire train` needs scikit-learn, which is not installed: {INSTALL_HINT}") from None
    np = numpy_module()
    if len(set(classes)) < 2:
        raise ModelError("training needs at least two different labels")
    vectorizer = TfidfVectorizer(
        analyzer=partial(text_terms, ngram_max=ngram_max), min_df=min_df, sublinear_tf=True, dtype=np.float64
    )
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError as exc:  # every term pruned by min_df
        raise ModelError(f"no words to learn from: {exc}") from None
    classifier = LogisticRegression(C=regularization, max_iter=2000)
    classifier.fit(matrix, list(classes))
    terms = sorted(vectorizer.vocabulary_, key=lambda t: vectorizer.vocabulary_[t])
    fitted = tuple(str(c) for c in classifier.classes_)
    names = {path: label for label, path in (labels or {}).items()}
    counts = Counter(classes)
    return LinearModel(
        classes=fitted,
        labels=tuple(names.get(c, c) for c in fitted),
        label_column=label_column,
        terms=tuple(terms),
        idf=np.asarray(vectorizer.idf_, dtype=np.float64),
        coefficients=np.asarray(classifier.coef_, dtype=np.float64),
        intercepts=np.asarray(classifier.intercept_, dtype=np.float64),
        ngram_max=ngram_max,
        sublinear_tf=True,
        blend_weight=blend_weight,
        taxonomy_version=taxonomy.version,
        stats={
            "rows": len(texts),
            "per_class": {c: counts[c] for c in fitted},
            "terms": len(terms),
            "classifier": f"LogisticRegression(C={regularization}) on TF-IDF word 1-{ngram_max}-grams, min_df={min_df}",
            "scikit_learn": sklearn.__version__,
            "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            **(stats or {}),
        },
    )


def display_name(path: str, taxonomy: Taxonomy) -> str:
    """The taxonomy's name of a path: the sub-type's (``Air/drone strike``) or the type's (``Battles``)."""
    type_key, _, sub_key = path.partition(".")
    event_type = taxonomy.types[type_key]
    return event_type.subtypes[sub_key].name if sub_key else event_type.name


@dataclass(slots=True)
class Comparison:
    """Held-out scores of the model alone, the rules alone and the blend at each weight tried."""

    model: Report
    rules: Report
    blends: dict[float, Report]

    @property
    def best_weight(self) -> float:
        """The lowest blend weight within :data:`WEIGHT_TOLERANCE` of the best weighted F1.

        Ties go to the rules: they were written for news in general, the model only knows the user's rows.
        """
        best = max(r.weighted_f1 for r in self.blends.values())
        return min(w for w, r in self.blends.items() if r.weighted_f1 >= best - WEIGHT_TOLERANCE)


def compare(
    articles: Sequence[Article],
    truth: Sequence[str],
    model: LinearModel,
    taxonomy: Taxonomy,
    weights: Sequence[float],
    on_progress: Callable[[int], None] | None = None,
) -> Comparison:
    """Score model, rules and blends on held-out ``articles`` whose ``truth`` is given as :func:`display_name` names."""
    by_sub = any("." in c for c in model.classes)

    def first_label(events: list[Event]) -> str:
        if not events:
            return NONE_LABEL
        return (events[0].sub_event_type if by_sub else None) or events[0].event_type

    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if on_progress is not None:
            on_progress(done)

    alone, rules = [], []
    for article, expected in zip(articles, truth):
        alone.append((expected, display_name(model.predict(article.text), taxonomy)))
        rules.append((expected, first_label(analyze(article, taxonomy))))
        step()
    blends: dict[float, Report] = {}
    for weight in weights:
        weighted = replace(model, blend_weight=weight)
        pairs = []
        for article, expected in zip(articles, truth):
            pairs.append((expected, first_label(analyze(article, taxonomy, model=weighted))))
            step()
        blends[weight] = classification_report(pairs)
    return Comparison(classification_report(alone), classification_report(rules), blends)
