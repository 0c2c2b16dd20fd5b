"""Score sentences against the taxonomy's cues and classify each event mention (type, modality, confidence)."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from worker.pipeline.segment import Mention, Sentence, tells_denial
from worker.taxonomy import CuePattern, EventType, Rule, SubType, Taxonomy, text_stems
from worker.taxonomy.cues import TextIndex

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
    background: bool = False
    """The sentence is commentary (a ``segment.background`` or ``segment.running_tally`` cue fired)."""
    anaphora: list[tuple[int, int]] = field(default_factory=list)
    """Spans (relative to the sentence) of definite references to an event already told."""
    index: TextIndex | None = None
    discounted: list[CueHit] = field(default_factory=list)
    """Hits inside a discount clause ("claimed responsibility for the bombing"): not scored, kept for `claimed_act`."""
    running_tally: bool = False
    """The sentence tells a war's running tally ("The conflict has killed more than 14,000 people"): never an event."""

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

    def modality(self, taxonomy: Taxonomy) -> str:
        """The modality the sentence tells its best event in, read from its words alone ("vowed to strike": planned)."""
        return _modality(self, self.best_hits, None, taxonomy)

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
    """Find every cue once over the whole text (stem-gated) and score the sentences that hold one."""
    if not sentences:
        return []
    index = text_stems(text)
    scores = [SentenceScore(s, [], {}, None, 0.0, False, [], index) for s in sentences]
    plan = _plan(taxonomy)
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    live = index.live
    discounted = _spans(taxonomy.segment.get("discount_clauses"), text, index)
    # A clause telling an act as the cause of the sentence's own news ("Protests erupted after a teenager was shot by
    # police"): its cues give way when the rest of the sentence tells an event; alone ("Two died after a bus was
    # attacked") the clause is the event.
    causes = _spans(taxonomy.segment.get("cause_clauses"), text, index)
    caused: dict[int, list[CueHit]] = {}
    for m in _matches(taxonomy.segment.get("background"), text, index):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < ends[i]:
            scores[i].background = True
    for m in _matches(taxonomy.segment.get("running_tally"), text, index):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < ends[i]:
            scores[i].background = scores[i].running_tally = True
    history = taxonomy.segment.get("history_starts")
    if history is not None:
        for score in scores:
            if history.match(score.sentence.text):
                score.background = True
    for m in _matches(taxonomy.segment.get("anaphora"), text, index):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < ends[i]:
            scores[i].anaphora.append((m.start() - starts[i], m.end() - starts[i]))
    touched: set[int] = set()

    def bucket(found: list[re.Match[str]], path: str, weight: float, vetoes: list[tuple[int, int]]) -> None:
        for m in found:
            s, e = m.span()
            if vetoes and _overlaps(s, e, vetoes):
                continue
            i = bisect_right(starts, s) - 1
            if i >= 0 and s < ends[i]:
                if discounted and _starts_in(s, discounted, starts[i]):
                    scores[i].discounted.append(CueHit(path, m.group(), s, e, weight))
                    continue
                if causes and _starts_in(s, causes, starts[i]):
                    caused.setdefault(i, []).append(CueHit(path, m.group(), s, e, weight))
                    continue
                scores[i].hits.append(CueHit(path, m.group(), s, e, weight))
                touched.add(i)

    present = live.keys()  # ``isdisjoint`` on a view walks the smaller side, a pattern's few ids
    for row in plan.types:
        if row.ids is not None and present.isdisjoint(row.ids):
            continue
        type_found = _matches(row.cue_re, text, index)
        sub_found = []
        for sub in row.subs:
            if row.ids is not None and present.isdisjoint(sub.ids):
                continue
            strong, weak = _matches(sub.cue_re, text, index), _matches(sub.weak_re, text, index)
            if strong or weak:
                sub_found.append((sub, strong, weak))
        if not type_found and not sub_found:
            continue
        type_vetoes = _spans(row.counter_re, text, index)
        bucket(type_found, row.key, row.cue_weight, type_vetoes)
        for sub, strong, weak in sub_found:
            vetoes = type_vetoes + _spans(sub.counter_re, text, index)
            bucket(strong, sub.path, sub.cue_weight, vetoes)
            bucket(weak, sub.path, 1.0, vetoes)
    for i, hits in caused.items():
        main = SentenceScore(scores[i].sentence, list(scores[i].hits)) if scores[i].hits else None
        if main is not None:
            _rank(main, plan)
        if main is not None and main.best_path is not None and main.best_score >= taxonomy.start_threshold:
            scores[i].discounted.extend(hits)
        else:
            scores[i].hits.extend(hits)
            touched.add(i)
    for i in sorted(touched):
        _rank(scores[i], plan)
    return scores


def _matches(pattern: CuePattern | None, text: str, index: TextIndex) -> list[re.Match[str]]:
    return pattern.matches(text, index) if pattern is not None else []


def _spans(pattern: CuePattern | None, text: str, index: TextIndex) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.matches(text, index)] if pattern is not None else []


def _starts_in(start: int, spans: list[tuple[int, int]], floor: int = 0) -> bool:
    """A cue opening before a discounted clause governs it ("claimed responsibility for the attack") and still counts; a clause
    opened before the sentence (or the clause parted from it: "… in connection with | a bombing that killed 12") governs none
    of its cues."""
    return any(floor <= s <= start < e for s, e in spans)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _dedupe_hits(hits: list[CueHit]) -> list[CueHit]:
    """Within one type, a span counts once: the heaviest sub-type cue wins, type cues yield to it."""
    if len(hits) == 1:
        return list(hits)
    types = [hit.path.partition(".")[0] for hit in hits]
    if len(set(types)) == len(types):  # no two hits of one type: nothing clashes
        return sorted(hits, key=_in_text_order)
    kept: list[CueHit] = []
    kept_types: list[str] = []
    for hit in sorted(hits, key=_heaviest_first):
        type_key, dot, _ = hit.path.partition(".")
        for k, k_type in zip(kept, kept_types):
            if k_type == type_key and k.start < hit.end and hit.start < k.end and (k.path == hit.path or not dot):
                break
        else:
            kept.append(hit)
            kept_types.append(type_key)
    return sorted(kept, key=_in_text_order)


def _heaviest_first(hit: CueHit) -> tuple[float, bool, int, str]:
    return -hit.weight, "." not in hit.path, hit.start, hit.path


def _in_text_order(hit: CueHit) -> tuple[int, str]:
    return hit.start, hit.path


def _rank(score: SentenceScore, plan: _Plan) -> None:
    hits = score.hits
    type_fired = {h.path for h in hits if "." not in h.path}
    if len(hits) > 1:
        score.hits = hits = _dedupe_hits(hits)
    by_path: dict[str, float] = {}
    for hit in hits:
        by_path[hit.path] = by_path.get(hit.path, 0.0) + hit.weight
    candidates = score.candidates
    type_of = plan.type_of
    for type_key in dict.fromkeys(map(type_of.__getitem__, by_path)):
        row = plan.by_key[type_key]
        type_score = by_path.get(type_key, 0.0)
        if not row.subs:
            if type_score > 0:
                candidates[type_key] = type_score
            continue
        prefix = row.prefix
        total = sum(v for p, v in by_path.items() if p.startswith(prefix))
        for sub in row.subs:
            own = by_path.get(sub.path, 0.0)
            if sub.requires_type_cue and type_key not in type_fired:
                continue
            if own == 0 and not sub.default:
                continue
            candidates[sub.path] = type_score + own + _SIBLING_SHARE * (total - own)
    if candidates:
        # Ties go to the earlier entry in the taxonomy file: deterministic and editable.
        later = plan.later
        best_path, best_key = None, None
        for path, value in candidates.items():
            key = (value, later[path])
            if best_key is None or key > best_key:
                best_path, best_key = path, key
        score.best_path = best_path
        score.best_score = candidates[best_path]  # type: ignore[index]


@dataclass(frozen=True, slots=True)
class _SubRow:
    """One sub-type as scoring reads it."""

    path: str
    ids: frozenset[int]
    """Its cue patterns (as `_TypeRow.ids`, when that is not ``None``)."""
    cue_re: CuePattern | None
    weak_re: CuePattern | None
    counter_re: CuePattern | None
    cue_weight: float
    requires_type_cue: bool
    default: bool


@dataclass(frozen=True, slots=True)
class _TypeRow:
    """One type as scoring reads it; ``ids`` are its stem-gated cue patterns (``None`` if one is ungated and must always run)."""

    key: str
    prefix: str
    ids: frozenset[int] | None
    cue_re: CuePattern | None
    counter_re: CuePattern | None
    cue_weight: float
    subs: tuple[_SubRow, ...]


@dataclass(frozen=True, slots=True)
class _Plan:
    """What scoring and the coding rules read from a taxonomy, worked out once per loaded taxonomy."""

    taxonomy: Taxonomy
    types: tuple[_TypeRow, ...]
    by_key: dict[str, _TypeRow]
    type_of: dict[str, str]
    """The type key of each cue path (a type key or ``type.sub``)."""
    later: dict[str, int]
    """For each cue path, minus its type's position in the taxonomy file (the greater wins a tie)."""
    rules: dict[str, tuple[Rule, ...]]
    """For each type key, the rules whose ``when_type`` holds it, in file order."""


_PLANS: dict[int, _Plan] = {}


def _plan(taxonomy: Taxonomy) -> _Plan:
    plan = _PLANS.get(id(taxonomy))
    if plan is None or plan.taxonomy is not taxonomy:
        rows = tuple(_type_row(event_type) for event_type in taxonomy.types.values())
        order = {key: i for i, key in enumerate(taxonomy.types)}
        type_of = {path: row.key for row in rows for path in (row.key, *(sub.path for sub in row.subs))}
        plan = _PLANS[id(taxonomy)] = _Plan(
            taxonomy, rows, {row.key: row for row in rows}, type_of, {path: -order[key] for path, key in type_of.items()},
            {key: tuple(r for r in taxonomy.rules if key in r.when_type) for key in taxonomy.types},
        )
    return plan


def _type_row(event_type: EventType) -> _TypeRow:
    patterns = [event_type.cue_re] + [p for sub in event_type.subtypes.values() for p in (sub.cue_re, sub.weak_re)]
    present = [p for p in patterns if p is not None]
    gated = all(p.stems is not None for p in present)
    subs = tuple(
        _SubRow(sub.path, frozenset(id(p) for p in (sub.cue_re, sub.weak_re) if p is not None), sub.cue_re, sub.weak_re, sub.counter_re, sub.cue_weight, sub.requires_type_cue, sub.key == event_type.default_subtype)
        for sub in event_type.subtypes.values()
    )
    return _TypeRow(event_type.key, event_type.key + ".", frozenset(id(p) for p in present) if gated else None,
                    event_type.cue_re, event_type.counter_re, event_type.cue_weight, subs)


def claimed_act(score: SentenceScore, taxonomy: Taxonomy) -> str | None:
    """The political-violence type of the act a claim's sentence tells ("IS claimed the bombing that killed 59"), if strong.

    The act's candidates join the sentence's, so that a mention of that type can be classified from it.
    """
    plan = _plan(taxonomy)
    hits = [h for h in score.discounted if taxonomy.types[plan.type_of[h.path]].family == "acled"]
    if not hits:
        return None
    act = SentenceScore(score.sentence, hits)
    _rank(act, plan)
    if act.best_path is None or act.best_score < taxonomy.start_threshold:
        return None
    for path, value in act.candidates.items():
        score.candidates.setdefault(path, value)
    score.hits += act.hits
    return act.best_type


def classify_mention(mention: Mention, scores: Sequence[SentenceScore], taxonomy: Taxonomy) -> Classification:
    """Classify a mention: the head decides the type, the whole mention refines the sub-type."""
    head = scores[mention.head.index]
    assert head.best_path is not None
    type_key = mention.type_key
    start = head.best_path if head.best_type == type_key else _best_path_of(head, type_key)
    path, rule = _apply_rules(mention, scores, type_key, taxonomy, start)
    if rule is not None and rule.set_subtype is None and path.partition(".")[0] != type_key:
        # A rule that named only the type ("*" or "type.*") lets that type's own coding rules pick the sub-type.
        chained, then = _apply_rules(mention, scores, path.partition(".")[0], taxonomy, path)
        if then is not None and then is not rule:
            path, rule = chained, then
    type_key = path.partition(".")[0]
    event_type = taxonomy.type(type_key)
    if rule is None and event_type.subtypes:
        path = _refine_subtype(mention, scores, type_key, taxonomy) or path
    sub = event_type.subtypes.get(path.partition(".")[2]) if "." in path else None
    hits = [h for s in mention.sentences for h in scores[s.index].hits if h.path in (path, type_key)]
    head_hits = [h for h in head.hits if h.path in (path, type_key)] or head.best_hits
    ruled = rule.modality if rule is not None else None  # a rule's modality skips the reading of words that would find a claim
    modality = ruled or _modality(head, head_hits, sub, taxonomy)
    if modality in ("occurred", "intercepted") and (_rebutted_next(head, scores, taxonomy) or (ruled and _disputed(head, taxonomy))):
        modality = "claimed"
    if modality == "claimed" and type_key != head.best_type and taxonomy.types[head.best_type or type_key].standalone:
        modality = "occurred"  # the act a claim of responsibility names happened; the claim is the other event
    cues = tuple(dict.fromkeys(h.label for h in hits or head_hits)) + ((f"rule:{rule.id}",) if rule else ())
    return coded(event_type, sub, modality=modality, confidence=_confidence(head, rule is not None), cues=cues, rule=rule.id if rule else None)


def _rebutted_next(head: SentenceScore, scores: Sequence[SentenceScore], taxonomy: Taxonomy) -> bool:
    """The sentence after the head rebuts it as a claim ("The army did not confirm the claim.")."""
    rebutted = taxonomy.modality.get("claim_rebutted")
    after = head.sentence.index + 1
    return rebutted is not None and after < len(scores) and rebutted.search(scores[after].sentence.text) is not None


def _best_path_of(score: SentenceScore, type_key: str) -> str:
    """The best-scoring candidate path of ``type_key`` in a sentence (the type itself when none is)."""
    paths = [p for p in score.candidates if p.partition(".")[0] == type_key]
    return max(paths, key=score.candidates.__getitem__) if paths else type_key


def coded(event_type: EventType, sub: SubType | None, *, modality: str, confidence: float, cues: tuple[str, ...], rule: str | None) -> Classification:
    """The classification naming ``event_type`` / ``sub`` with the given modality, confidence and evidence."""
    return Classification(
        type_key=event_type.key,
        event_type=event_type.name,
        sub_key=sub.key if sub else None,
        sub_event_type=sub.name if sub else None,
        family=event_type.family,
        modality=modality,
        confidence=confidence,
        cues=cues,
        rule=rule,
    )


def _apply_rules(
    mention: Mention, scores: Sequence[SentenceScore], type_key: str, taxonomy: Taxonomy, path: str | None = None,
) -> tuple[str, Rule | None]:
    head = scores[mention.head.index]
    path = path or head.best_path or type_key
    whole: list[SentenceScore] | None = None
    for rule in _plan(taxonomy).rules.get(type_key, ()):
        if rule.scope == "mention":
            if whole is None:
                whole = [scores[s.index] for s in mention.sentences if s is mention.head or not tells_denial(s.text, taxonomy)]
            scope = whole
        else:
            scope = [head]
        if not _rule_fires(rule, scope):
            continue
        if rule.set_subtype is not None:
            return f"{rule.set_type}.{rule.set_subtype}", rule
        # "*": the best of the if_type types whose own strong cues fired, not one that a word of its type list reached
        wanted = _strong_types(rule, scope) if rule.set_type == "*" else {rule.set_type}
        options: dict[str, float] = {}
        for score in scope:
            for p, v in score.candidates.items():
                if p.partition(".")[0] in wanted:
                    options[p] = options.get(p, 0.0) + v
        if options:
            return max(options, key=lambda p: options[p]), rule
        if rule.set_type == "*":
            continue
        return f"{rule.set_type}.{taxonomy.type(rule.set_type).default_subtype}", rule
    return path, None


def _strong_types(rule: Rule, scope: Sequence[SentenceScore]) -> set[str]:
    """The ``if_type`` types with a sub-type cue of full weight in ``scope``."""
    return {h.path.partition(".")[0] for s in scope for h in s.hits
            if "." in h.path and h.weight > 1.0 and h.path.partition(".")[0] in rule.if_type}


def _rule_fires(rule: Rule, scope: Sequence[SentenceScore]) -> bool:
    # The conditions read the cue hits first: they cost less than a pattern search.
    if rule.if_subtype and not any(h.path in rule.if_subtype and s.sub_score(h.path) > 0 for s in scope for h in s.hits):
        return False
    if rule.if_type and not _strong_types(rule, scope):
        return False
    if rule.if_any is not None and not _said(rule.if_any, scope):
        return False
    return rule.unless_any is None or not _said(rule.unless_any, scope)


def _said(pattern: CuePattern, scope: Sequence[SentenceScore]) -> bool:
    """Whether ``pattern`` matches inside one of the sentences (through the article's stem index when there is one)."""
    index = scope[0].index if scope else None
    if index is not None and pattern.stems is not None and all(score.index is index for score in scope):
        return pattern.occurs_within(index.text, index, [(score.sentence.start, score.sentence.end) for score in scope])
    for score in scope:
        sentence, index = score.sentence, score.index
        if index is None:
            if pattern.search(sentence.text) is not None:
                return True
        elif pattern.stems is not None and id(pattern) not in index.live:
            continue  # none of the pattern's stems is in the text
        elif pattern.search_within(index.text, index, sentence.start, sentence.end) is not None:
            return True
    return False


def _refine_subtype(mention: Mention, scores: Sequence[SentenceScore], type_key: str, taxonomy: Taxonomy) -> str | None:
    # A sentence where only the type's own cues fired ("Blast in Kabul kills 3") says nothing of the sub-type:
    # it votes only when no sentence of the mention names one.
    totals: dict[str, float] = {}
    vague: dict[str, float] = {}
    prefix = type_key + "."
    for sentence in mention.sentences:
        score = scores[sentence.index]
        if sentence is not mention.head and score.best_type not in (type_key, None):
            continue  # "… its air defences intercepted most of the missiles": a sentence telling another kind of act
        told = {h.path for h in score.hits if h.path.startswith(prefix)}
        votes = totals if told else vague
        for path, value in score.candidates.items():
            # a follow-up votes only for the sub-types its cues name, not for a default its type's cues lift
            if path.startswith(prefix) and (sentence is mention.head or not told or path in told):
                votes[path] = votes.get(path, 0.0) + value
    totals = totals or vague
    order = list(taxonomy.type(type_key).subtypes)
    head = scores[mention.head.index].best_path
    return max(totals, key=lambda p: (totals[p], p == head, -order.index(p.partition(".")[2]))) if totals else None


def _disputed(head: SentenceScore, taxonomy: Taxonomy) -> bool:
    """The sentence marks what it tells as one side's claim ("…, a claim the army did not confirm")."""
    claimed_clause = taxonomy.modality.get("claimed_clause")
    return claimed_clause is not None and claimed_clause.search(head.sentence.text) is not None


_TERMS_BEFORE = re.compile(r"\b(?:under which|whereby)\b")


def _modality(head: SentenceScore, hits: list[CueHit], sub: SubType | None, taxonomy: Taxonomy) -> str:
    disputed = _disputed(head, taxonomy)
    if sub is not None and sub.default_modality != "occurred":
        denied = taxonomy.modality.get("denied")
        if denied is not None and denied.search(head.sentence.text) and not disputed:
            return "denied"
        return "claimed" if disputed else sub.default_modality
    if disputed:
        return "claimed"
    text = head.sentence.text
    offset = head.sentence.start
    first = min(hits, key=lambda h: h.start) if hits else None
    cue_at = first.start - offset if first else 0
    cue_end = first.end - offset if first else len(text)
    window_start = max(0, cue_at - taxonomy.modality_window)
    after = text[cue_end:cue_end + taxonomy.modality_after_window]
    denied_clause = taxonomy.modality.get("denied_clause")
    if denied_clause is not None and denied_clause.regex.search(text, 0, cue_at):
        return "denied"
    denied_after = taxonomy.modality.get("denied_after")
    if denied_after is not None and denied_after.regex.search(text, cue_end):
        return "denied"
    for name in ("denied", "claimed", "planned"):
        pattern = taxonomy.modality.get(name)
        # searched in place, so that a look-behind sees the words before the window ("No group has claimed …")
        if pattern is not None and pattern.regex.search(text, window_start, cue_at):
            return name
    planned = taxonomy.modality.get("planned")
    if planned is not None and planned.regex.match(text, cue_at, cue_end):  # a cue opening with the plan ("called for a strike")
        return "planned"
    planned_inside = taxonomy.modality.get("planned_inside")
    if planned_inside is not None and planned_inside.regex.search(text, cue_at, cue_end):  # "Unions will strike": the actor opens the cue
        return "planned"
    planned_lead = taxonomy.modality.get("planned_lead")
    if planned_lead is not None and planned_lead.regex.search(text, 0, cue_at):  # "The government will hold a prayer meeting … on its anniversary"
        return "planned"
    planned_after = taxonomy.modality.get("planned_after")
    if planned_after is not None and planned_after.match(after.lstrip()):
        return "planned"
    planned_clause = taxonomy.modality.get("planned_clause")
    if planned_clause is not None and (plan := planned_clause.regex.search(text, cue_end, _clause_end(text, cue_end))) is not None \
            and not _TERMS_BEFORE.search(text, cue_end, plan.start()):  # "signed a deal under which the group will begin …": its terms
        return "planned"
    return "occurred"


def _clause_end(text: str, start: int) -> int:
    """Where the clause going on at ``start`` ends (a comma, semicolon or full stop), at most 100 characters on."""
    limit = min(len(text), start + 100)
    ends = [i for i in (text.find(c, start, limit) for c in ",;.") if i >= 0]
    return min(ends, default=limit)


def _confidence(head: SentenceScore, ruled: bool) -> float:
    best = head.best_score
    best_type = head.best_type
    runner_up = max((v for p, v in head.candidates.items() if p.partition(".")[0] != best_type), default=0.0)
    strength = 1.0 - math.exp(-best / 2.0)
    margin = 0.6 + 0.4 * (best - runner_up) / best if best > 0 else 0.6
    value = strength * margin + (0.05 if ruled else 0.0)
    return round(min(0.99, max(0.05, value)), 2)
