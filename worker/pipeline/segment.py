"""Split article text into sentences with exact offsets and group them into event mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from worker.pipeline.classify import SentenceScore
    from worker.taxonomy import Taxonomy

Role = Literal["head", "follow", "background", "preamble"]

# Words that end with a period without ending the sentence.
SHIFTED_THRESHOLD = 1.0
"""The score a sentence opening with a topic shift ("Separately, …") needs to start a mention of its own."""
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep st ste mt ft jr sr inc ltd co corp
    bros vs no nos jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ govt hon rev fig pp
    al u.s u.k u.n e.g i.e a.m p.m""".split()
)
# A line break, or sentence-final punctuation (and closing quotes) before white space and a capital, digit or Cyrillic letter.
# The pattern opens with a character set, so the regex engine skips quickly to the candidates.
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)|[.!?]*[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9\u0400-\u04FF]))")
_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == article_text[start:end]``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention:
    """Sentences that tell one event: the head that opened it and the follow-ups attached to it."""

    head: Sentence
    type_key: str
    follows: list[Sentence] = field(default_factory=list)

    @property
    def sentences(self) -> list[Sentence]:
        """Head first, then follow-ups in text order."""
        return [self.head, *self.follows]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; offsets index ``text`` exactly, surrounding spaces excluded."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group() != "\n" and not _is_boundary(text, start, match.start()):
            continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _is_boundary(text: str, start: int, dot: int) -> bool:
    chunk = text[max(start, dot - 40):dot].rsplit(None, 1)
    if not chunk:
        return True
    token = chunk[-1].rsplit("-", 1)[-1].lstrip("\"“‘'([").lower().rstrip(".")
    if token in _ABBREVIATIONS:
        return False
    # An initial ("J. Smith") or a dotted acronym ("U.S.") does not end a sentence.
    return not (len(token) == 1 and token.isalpha()) and not ("." in token and _ACRONYM.fullmatch(token))


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        start += len(chunk) - len(chunk.lstrip())
        sentences.append(Sentence(len(sentences), start, start + len(stripped), stripped))


def sentence_roles(scores: Sequence[SentenceScore], taxonomy: Taxonomy) -> list[Role]:
    """Each sentence's role: opens a mention, follows the current one, background, or preamble."""
    roles: list[Role] = []
    current: str | None = None
    seg = taxonomy.segment
    for score in scores:
        text = score.sentence.text
        best_type = score.best_type
        role = _role(score, best_type, current, text, seg, taxonomy.start_threshold)
        if role == "follow" and best_type is not None and best_type != current \
                and score.best_score >= taxonomy.start_threshold and taxonomy.types[best_type].standalone:
            role = "head"
        if role == "head":
            current = best_type
        elif role == "follow" and current is None:
            role = "preamble"
        roles.append(role)
    return roles


def _role(score: SentenceScore, best_type: str | None, current: str | None, text: str, seg: dict, threshold: float) -> Role:
    if score.background:
        return "background"
    shift = seg["topic_shift"] is not None and seg["topic_shift"].match(text) is not None
    strong = best_type is not None and score.best_score >= (SHIFTED_THRESHOLD if shift and current is not None else threshold)
    if not strong:
        return "follow"
    if current is None or shift:  # "In a separate incident, troops killed …": another event, even on a weaker cue
        return "head"
    if best_type == current:
        return "follow"
    if seg["follow_starts"] is not None and seg["follow_starts"].match(text):
        return "follow"
    if _continues(seg["continues"], current, score.best_path, best_type):
        return "follow"
    anaphora = score.anaphora
    if anaphora:
        # A sentence whose only cues are the anaphor itself ("the drone strike") refers back to
        # an earlier event; one with fresh cues elsewhere adds detail to the current event.
        fresh = [h for h in score.best_hits if not any(a <= h.start - score.sentence.start < b for a, b in anaphora)]
        return "follow" if fresh or best_type == current else "background"
    return "head"


def _continues(continues: dict[str, frozenset[str]], current: str, best_path: str | None, best_type: str | None) -> bool:
    """Whether the sentence (its best path and type) reports more of the current event (its aftermath, or a demonstration
    turning violent)."""
    allowed = continues.get("*", frozenset()) | continues.get(current, frozenset())
    return best_path in allowed or best_type in allowed


def group_mentions(scores: Sequence[SentenceScore], taxonomy: Taxonomy) -> list[Mention]:
    """Event mentions in text order: each head sentence with the follow-ups attached to it."""
    mentions: list[Mention] = []
    for score, role in zip(scores, sentence_roles(scores, taxonomy)):
        if role == "head":
            best_type = score.best_type
            assert best_type is not None
            mentions.append(Mention(head=score.sentence, type_key=best_type))
        elif role == "follow" and mentions:
            mentions[-1].follows.append(score.sentence)
    return mentions
