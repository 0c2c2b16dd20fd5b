"""Score sentences against the taxonomy's cues and classify each event mention (type, modality, confidence)."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from worker.pipeline.segment import Mention, Sentence
from worker.taxonomy import CuePattern, Rule, SubType, Taxonomy, text_stems

_SIBLING_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue that fired: its taxonomy path (``type`` or ``type.sub``), the words and their offsets."""

    path: str
    text: str
    start: int
    end: int
    weight: float

    @property
    def label(self) -> str:
        """``sub_key:matched words`` — how evidence explains a classification."""
        return f"{self.path.rpartition('.')[2]}:{self.text.lower()}"


@dataclass(slots=True)
class SentenceScore:
    """All cue hits in one sentence and the best-scoring sub-type path."""

    sentence: Sentence
    hits: list[CueHit] = field(default_factory=list)
    candidates: dict[str, float] = field(default_factory=dict)
    best_path: str | None = None
    best_score: float = 0.0

    @property
    def best_type(self) -> str | None:
        """The type key of the best candidate."""
        return self.best_path.partition(".")[0] if self.best_path else None

    @property
    def best_hits(self) -> list[CueHit]:
        """Hits supporting the best candidate (its type cues and its sub-type's cues)."""
        if self.best_path is None:
            return []
        type_key = self.best_type
        return [h for h in self.hits if h.path in (self.best_path, type_key)]

    def sub_score(self, path: str) -> float:
        """Score of one sub-type's own cues in this sentence."""
        return sum(h.weight for h in self.hits if h.path == path)


@dataclass(frozen=True, slots=True)
class Classification:
    """What a mention is: type, sub-type, family, modality, confidence and the cues that fired."""

    type_key: str
    event_type: str
    sub_key: str | None
    sub_event_type: str | None
    family: str
    modality: str
    confidence: float
    cues: tuple[str, ...]
    rule: str | None = None


def score_sentences(text: str, sentences: Sequence[Sentence], taxonomy: Taxonomy) -> list[SentenceScore]:
    """Scan the whole text once per cue pattern and score every sentence."""
    scores = [SentenceScore(sentence=s) for s in sentences]
    if not sentences:
        return scores
    starts = [s.start for s in sentences]
    discount = taxonomy.segment.get("discount_clauses")
    discounted = [m.span() for m in discount.finditer(text)] if discount is not None else []
    stems = text_stems(text)

    def bucket(pattern: CuePattern | None, path: str, weight: float, vetoes: list[tuple[int, int]]) -> None:
        if pattern is None:
            return
        for m in pattern.finditer(text, stems):
            s, e = m.span()
            if _overlaps(s, e, vetoes) or _overlaps(s, e, discounted):
                continue
            index = bisect_right(starts, s) - 1
            if index >= 0 and s < sentences[index].end:
                scores[index].hits.append(CueHit(path, m.group(), s, e, weight))

    for event_type in taxonomy.types.values():
        type_vetoes = _spans(event_type.counter_re, text, stems)
        bucket(event_type.cue_re, event_type.key, event_type.cue_weight, type_vetoes)
        for sub in event_type.subtypes.values():
            vetoes = type_vetoes + _spans(sub.counter_re, text, stems)
            bucket(sub.cue_re, sub.path, sub.cue_weight, vetoes)
            bucket(sub.weak_re, sub.path, 1.0, vetoes)
    for score in scores:
        _rank(score, taxonomy)
    return scores


def _spans(pattern: CuePattern | None, text: str, stems: frozenset[str]) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, stems)] if pattern is not None else []


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _dedupe_hits(hits: list[CueHit]) -> list[CueHit]:
    """Within one type, a span counts once: the heaviest sub-type cue wins, type cues yield to it."""
    kept: list[CueHit] = []
    for hit in sorted(hits, key=lambda h: (-h.weight, "." not in h.path, h.start, h.path)):
        type_key = hit.path.partition(".")[0]
        clash = any(
            k.path.partition(".")[0] == type_key and k.start < hit.end and hit.start < k.end
            and (k.path == hit.path or "." not in hit.path)
            for k in kept
        )
        if not clash:
            kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.path))


def _rank(score: SentenceScore, taxonomy: Taxonomy) -> None:
    type_fired = {h.path for h in score.hits if "." not in h.path}
    score.hits = _dedupe_hits(score.hits)
    by_path: dict[str, float] = {}
    for hit in score.hits:
        by_path[hit.path] = by_path.get(hit.path, 0.0) + hit.weight
    for type_key in dict.fromkeys(h.path.partition(".")[0] for h in score.hits):
        event_type = taxonomy.types[type_key]
        type_score = by_path.get(type_key, 0.0)
        if not event_type.subtypes:
            if type_score > 0:
                score.candidates[type_key] = type_score
            continue
        total = sum(v for p, v in by_path.items() if p.startswith(type_key + "."))
        for sub in event_type.subtypes.values():
            own = by_path.get(sub.path, 0.0)
            if sub.requires_type_cue and type_key not in type_fired:
                continue
            if own == 0 and sub.key != event_type.default_subtype:
                continue
            score.candidates[sub.path] = type_score + own + _SIBLING_SHARE * (total - own)
    if score.candidates:
        # Ties go to the earlier entry in the taxonomy file: deterministic and editable.
        order = {key: i for i, key in enumerate(taxonomy.types)}
        score.best_path = max(
            score.candidates, key=lambda p: (score.candidates[p], -order[p.partition(".")[0]])
        )
        score.best_score = score.candidates[score.best_path]


def classify_mention(mention: Mention, scores: Sequence[SentenceScore], taxonomy: Taxonomy) -> Classification:
    """Classify a mention: the head decides the type, the whole mention refines the sub-type."""
    head = scores[mention.head.index]
    assert head.best_path is not None
    type_key = head.best_type or ""
    path, rule = _apply_rules(head, type_key, taxonomy)
    type_key = path.partition(".")[0]
    event_type = taxonomy.type(type_key)
    if rule is None and event_type.subtypes:
        path = _refine_subtype(mention, scores, type_key, taxonomy) or path
    sub = event_type.subtypes.get(path.partition(".")[2]) if "." in path else None
    hits = [h for s in mention.sentences for h in scores[s.index].hits if h.path in (path, type_key)]
    head_hits = [h for h in head.hits if h.path in (path, type_key)] or head.best_hits
    modality = rule.modality if rule and rule.modality else _modality(head, head_hits, sub, taxonomy)
    cues = tuple(dict.fromkeys(h.label for h in hits or head_hits)) + ((f"rule:{rule.id}",) if rule else ())
    return Classification(
        type_key=type_key,
        event_type=event_type.name,
        sub_key=sub.key if sub else None,
        sub_event_type=sub.name if sub else None,
        family=event_type.family,
        modality=modality,
        confidence=_confidence(head, rule is not None),
        cues=cues,
        rule=rule.id if rule else None,
    )


def _apply_rules(head: SentenceScore, type_key: str, taxonomy: Taxonomy) -> tuple[str, Rule | None]:
    path = head.best_path or type_key
    for rule in taxonomy.rules:
        if type_key not in rule.when_type or not _rule_fires(rule, head):
            continue
        if rule.set_subtype is not None:
            return f"{rule.set_type}.{rule.set_subtype}", rule
        prefix = rule.set_type + "."
        options = {p: v for p, v in head.candidates.items() if p.startswith(prefix)}
        return (max(options, key=lambda p: options[p]) if options else path), rule
    return path, None


def _rule_fires(rule: Rule, head: SentenceScore) -> bool:
    text = head.sentence.text
    if rule.unless_any is not None and rule.unless_any.search(text):
        return False
    if rule.if_any is not None and not rule.if_any.search(text):
        return False
    if rule.if_subtype and not any(head.sub_score(p) > 0 for p in rule.if_subtype):
        return False
    if rule.if_type and not any(h.path.partition(".")[0] in rule.if_type and "." in h.path for h in head.hits):
        return False
    return True


def _refine_subtype(mention: Mention, scores: Sequence[SentenceScore], type_key: str, taxonomy: Taxonomy) -> str | None:
    totals: dict[str, float] = {}
    for sentence in mention.sentences:
        for path, value in scores[sentence.index].candidates.items():
            if path.partition(".")[0] == type_key:
                totals[path] = totals.get(path, 0.0) + value
    order = list(taxonomy.type(type_key).subtypes)
    return max(totals, key=lambda p: (totals[p], -order.index(p.partition(".")[2]))) if totals else None


def _modality(head: SentenceScore, hits: list[CueHit], sub: SubType | None, taxonomy: Taxonomy) -> str:
    if sub is not None and sub.default_modality != "occurred":
        denied = taxonomy.modality.get("denied")
        if denied is not None and denied.search(head.sentence.text):
            return "denied"
        return sub.default_modality
    text = head.sentence.text
    offset = head.sentence.start
    first = min(hits, key=lambda h: h.start) if hits else None
    cue_at = first.start - offset if first else 0
    cue_end = first.end - offset if first else len(text)
    before = text[max(0, cue_at - taxonomy.modality_window):cue_at]
    after = text[cue_end:cue_end + taxonomy.modality_after_window]
    for name, window in (("denied", before), ("claimed", before)):
        pattern = taxonomy.modality.get(name)
        if pattern is not None and pattern.search(window):
            return name
    planned, planned_after = taxonomy.modality.get("planned"), taxonomy.modality.get("planned_after")
    if (planned is not None and planned.search(before)) or (planned_after is not None and planned_after.match(after.lstrip())):
        return "planned"
    return "occurred"


def _confidence(head: SentenceScore, ruled: bool) -> float:
    best = head.best_score
    others = sorted((v for p, v in head.candidates.items() if p.partition(".")[0] != head.best_type), reverse=True)
    runner_up = others[0] if others else 0.0
    strength = 1.0 - math.exp(-best / 2.0)
    margin = 0.6 + 0.4 * (best - runner_up) / best if best > 0 else 0.6
    value = strength * margin + (0.05 if ruled else 0.0)
    return round(min(0.99, max(0.05, value)), 2)
