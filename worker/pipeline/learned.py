"""A linear text model trained on a user's labelled data (`eventwire train`) and its blend with the rule classification."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from worker.pipeline.classify import Classification, coded
from worker.taxonomy import Taxonomy

if TYPE_CHECKING:
    import numpy as np

FORMAT = "eventwire-linear-model"
FORMAT_VERSION = 1
DEFAULT_BLEND_WEIGHT = 0.5
INSTALL_HINT = "pip install 'eventwire[learn]'"
_WORD = re.compile(r"\w\w+")  # words of two or more letters or digits


class ModelError(ValueError):
    """The model file is missing, unreadable, of another format or names labels the taxonomy lacks."""


def numpy_module() -> Any:
    """numpy, or a :class:`ModelError` saying how to install it (it comes with the ``learn`` extra)."""
    try:
        import numpy
    except ImportError:
        raise ModelError(f"a learned model needs numpy, which is not installed: {INSTALL_HINT}") from None
    return numpy


def text_terms(text: str, ngram_max: int = 2) -> list[str]:
    """Lower-cased word 1..``ngram_max``-grams of ``text``; training and prediction share this analyzer."""
    words = _WORD.findall(text.lower())
    terms = list(words)
    for n in range(2, ngram_max + 1):
        terms.extend(map(" ".join, zip(*(words[i:] for i in range(n)))))
    return terms


@dataclass(frozen=True)
class LinearModel:
    """TF-IDF word n-grams and one weight row per class; probabilities are a softmax of dot products."""

    classes: tuple[str, ...]
    """Taxonomy paths the model predicts: ``type_key`` or ``type_key.subtype_key``."""
    labels: tuple[str, ...]
    """The training labels the classes came from, as the user wrote them."""
    label_column: str
    terms: tuple[str, ...]
    idf: np.ndarray
    coefficients: np.ndarray
    intercepts: np.ndarray
    ngram_max: int = 2
    sublinear_tf: bool = True
    blend_weight: float = DEFAULT_BLEND_WEIGHT
    taxonomy_version: str = ""
    stats: dict[str, Any] = field(default_factory=dict)
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {term: i for i, term in enumerate(self.terms)})

    def probabilities(self, text: str) -> dict[str, float]:
        """Each class's probability for ``text``."""
        np = numpy_module()
        index = self._index.get
        found = [(i, n) for term, n in Counter(text_terms(text, self.ngram_max)).items() if (i := index(term)) is not None]
        scores = self.intercepts.copy()
        if found:
            columns = np.fromiter((i for i, _ in found), dtype=np.intp, count=len(found))
            tf = np.fromiter((n for _, n in found), dtype=np.float64, count=len(found))
            values = (1.0 + np.log(tf) if self.sublinear_tf else tf) * self.idf[columns]
            values /= np.sqrt(values @ values)
            scores = scores + self.coefficients[:, columns] @ values
        if len(self.classes) == 2 and scores.shape[0] == 1:
            scores = np.array([0.0, scores[0]])  # a binary model keeps one row: the second class against the first
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(self.classes, scores.tolist()))

    def predict(self, text: str) -> str:
        """The most probable class (a taxonomy path) for ``text``."""
        probabilities = self.probabilities(text)
        return max(probabilities, key=lambda c: probabilities[c])

    def refine(self, classification: Classification, text: str, taxonomy: Taxonomy) -> Classification:
        """The rule ``classification`` of a mention blended with this model's reading of the mention's ``text``."""
        return blend(classification, self.probabilities(text), taxonomy, self.blend_weight)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document :func:`load_model` reads (numbers only: loading runs no code)."""
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "label_column": self.label_column,
            "classes": list(self.classes),
            "labels": list(self.labels),
            "taxonomy_version": self.taxonomy_version,
            "blend_weight": self.blend_weight,
            "features": {"kind": "tfidf", "ngram_max": self.ngram_max, "sublinear_tf": self.sublinear_tf,
                         "terms": list(self.terms), "idf": [round(float(v), 6) for v in self.idf]},
            "coefficients": [[round(float(v), 5) for v in row] for row in self.coefficients],
            "intercepts": [round(float(v), 6) for v in self.intercepts],
            "stats": self.stats,
        }

    def save(self, path: Path) -> None:
        """Write the model file (written to a temporary name first, so a reader never sees half a file)."""
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        temporary.replace(path)


def load_model(path: Path | str, taxonomy: Taxonomy) -> LinearModel:
    """Read a model file written by `eventwire train`; a :class:`ModelError` says what is wrong with it."""
    path = Path(path).expanduser()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"model file not found: {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{path}: not a model file written by `eventwire train` ({exc})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ModelError(f"{path}: not a model file written by `eventwire train` (no \"format\": \"{FORMAT}\")")
    if document.get("format_version") != FORMAT_VERSION:
        raise ModelError(f"{path}: model format version {document.get('format_version')!r}; this eventwire reads version {FORMAT_VERSION}")
    np = numpy_module()
    try:
        features = document["features"]
        classes = tuple(str(c) for c in document["classes"])
        terms = tuple(str(t) for t in features["terms"])
        model = LinearModel(
            classes=classes,
            labels=tuple(str(label) for label in document.get("labels", classes)),
            label_column=str(document.get("label_column", "")),
            terms=terms,
            idf=np.asarray(features["idf"], dtype=np.float64),
            coefficients=np.asarray(document["coefficients"], dtype=np.float64),
            intercepts=np.asarray(document["intercepts"], dtype=np.float64),
            ngram_max=int(features.get("ngram_max", 2)),
            sublinear_tf=bool(features.get("sublinear_tf", True)),
            blend_weight=float(document.get("blend_weight", DEFAULT_BLEND_WEIGHT)),
            taxonomy_version=str(document.get("taxonomy_version", "")),
            stats=dict(document.get("stats") or {}),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{path}: damaged model file ({type(exc).__name__}: {exc})") from None
    rows = 1 if len(classes) == 2 else len(classes)
    if len(classes) < 2 or len(set(classes)) != len(classes):
        raise ModelError(f"{path}: damaged model file (needs two or more distinct classes)")
    if model.coefficients.shape != (rows, len(terms)) or model.intercepts.shape != (rows,) or model.idf.shape != (len(terms),):
        raise ModelError(f"{path}: damaged model file (coefficients, intercepts and terms do not fit together)")
    if not 0.0 <= model.blend_weight <= 1.0:
        raise ModelError(f"{path}: blend_weight must be within 0..1, got {model.blend_weight}")
    unknown = [c for c in classes if not _known(c, taxonomy)]
    if unknown:
        raise ModelError(f"{path}: classes the taxonomy {taxonomy.version} does not have: {', '.join(unknown)}; retrain the model")
    return model


def _known(path: str, taxonomy: Taxonomy) -> bool:
    type_key, _, sub_key = path.partition(".")
    event_type = taxonomy.types.get(type_key)
    return event_type is not None and (not sub_key or sub_key in event_type.subtypes)


def blend(classification: Classification, probabilities: dict[str, float], taxonomy: Taxonomy, weight: float = DEFAULT_BLEND_WEIGHT) -> Classification:
    """Blend a rule classification with model probabilities; the cues gain ``model:<class>:<probability>``.

    The rules' answer counts as ``confidence`` for its own class and spreads the rest evenly; the
    model's probabilities weigh ``weight``. The highest blended class wins and its blended score is the
    new confidence. The rules keep out-of-scope and classes the model never saw; a new sub-type
    brings its own default modality (``intercepted`` for disrupted weapons use) or drops the old one's.
    """
    own = _model_class(classification, probabilities)
    if own is None or classification.family == "out_of_scope":
        return classification
    rest = (1.0 - classification.confidence) / max(1, len(probabilities) - 1)
    scores = {
        c: (1.0 - weight) * (classification.confidence if c == own else rest) + weight * p
        for c, p in probabilities.items()
        if c == own or taxonomy.types[c.partition(".")[0]].family != "out_of_scope"
    }
    winner = max(scores, key=lambda c: (scores[c], c == own))
    top = max(probabilities, key=lambda c: probabilities[c])
    cues = (*classification.cues, f"model:{top.rpartition('.')[2]}:{probabilities[top]:.2f}")
    confidence = round(min(0.99, max(0.05, scores[winner])), 2)
    if winner == own:
        return replace(classification, confidence=confidence, cues=cues)
    type_key, _, sub_key = winner.partition(".")
    event_type = taxonomy.types[type_key]
    if not sub_key:
        same_type = type_key == classification.type_key
        sub_key = (classification.sub_key if same_type else event_type.default_subtype) or ""
    sub = event_type.subtypes.get(sub_key)
    modality = classification.modality
    old = taxonomy.types[classification.type_key].subtypes.get(classification.sub_key or "")
    if old is not None and old.default_modality != "occurred" and modality == old.default_modality:
        modality = "occurred"
    if sub is not None and sub.default_modality != "occurred":
        modality = sub.default_modality
    return coded(event_type, sub, modality=modality, confidence=confidence, cues=cues, rule=None)


def _model_class(classification: Classification, probabilities: dict[str, float]) -> str | None:
    """The model's class for the rules' answer: its sub-type path, else its type; ``None`` if the model lacks both."""
    if classification.sub_key is not None:
        path = f"{classification.type_key}.{classification.sub_key}"
        if path in probabilities:
            return path
    return classification.type_key if classification.type_key in probabilities else None

