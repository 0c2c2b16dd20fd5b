"""Split article text into sentences with exact offsets and group them into event mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from worker.pipeline.casualties import find_casualties

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
    clause: bool = False
    """A clause parted from the sentence before it, telling an event of its own ("…, and Israeli jets struck …")."""


@dataclass(slots=True)
class Mention:
    """Sentences that tell one event: the head that opened it and the follow-ups attached to it."""

    head: Sentence
    type_key: str
    follows: list[Sentence] = field(default_factory=list)
    tallied: bool = False
    """One of the events a roundup's tally ("… killed seven across Ukraine over the past day") went on to tell one by one."""

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
    return _roles(scores, taxonomy)[0]


def _roles(scores: Sequence[SentenceScore], taxonomy: Taxonomy) -> tuple[list[Role], list[bool]]:
    """Each sentence's role, and whether it comes after a roundup's tally (whose events are told one by one)."""
    roles: list[Role] = []
    tallies: list[bool] = []
    current: str | None = None
    current_path: str | None = None
    tally = False  # the current mention is a roundup ("… killed seven across Ukraine"): what follows tells its events one by one
    seg = taxonomy.segment
    for score in scores:
        text = score.sentence.text
        best_type = score.best_type
        role = _role(score, best_type, current, text, seg, taxonomy.start_threshold, current_path)
        if role == "follow" and score.sentence.clause and best_type is not None and score.best_score >= taxonomy.start_threshold:
            role = "head"
        if role == "follow" and tally and best_type is not None and score.best_score >= SHIFTED_THRESHOLD and not score.anaphora \
                and not opens_with(seg, "follow_starts", text):
            role = "head"  # a roundup telling its events one by one ("Two people were killed in a missile strike on Dnipro.")
        if role == "follow" and best_type is not None and best_type != current \
                and score.best_score >= taxonomy.start_threshold and taxonomy.types[best_type].standalone:
            role = "head"
        if role == "head":
            current, current_path = best_type, score.best_path
            # a roundup's events are told one by one until another story opens ("Separately, …")
            tally = is_roundup(text, seg) or (tally and not opens_with(seg, "topic_shift", text))
        elif role == "follow" and current is None:
            role = "preamble"
            tally = tally or is_roundup(text, seg)  # a lead tallying what the story then tells: "… killed nine across Ukraine"
        roles.append(role)
        tallies.append(tally)
    return roles, tallies


def _role(score: SentenceScore, best_type: str | None, current: str | None, text: str, seg: dict, threshold: float,
          current_path: str | None = None) -> Role:
    if score.background:
        return "background"
    topic = opens_with(seg, "topic_shift", text)
    shift = topic or opens_with(seg, "place_shift", text)
    if shift and score.anaphora and not topic:
        shift = False  # "In Islamabad, the minister said the attack killed 12": the event told again from elsewhere
    if shift and current is not None and best_type != current and not topic \
            and _continues({"*": seg["continues"].get("*", frozenset())}, current, score.best_path, best_type):
        shift = False  # "In Anka, officials said the attackers also burned 20 houses": the aftermath (of any event), told from a place in it
    if not shift and current is not None and best_type is not None and score.best_path != current_path and takes_turn(text, seg) \
            and not opens_with(seg, "follow_starts", text) \
            and not _continues(seg["continues"], current, score.best_path, best_type):
        shift = True  # "Hezbollah later fired rockets …": the other side acting in its turn
    strong = best_type is not None and score.best_score >= (SHIFTED_THRESHOLD if shift and current is not None else threshold)
    if not strong:
        return "follow"
    if current is None or shift:  # "In a separate incident, troops killed …": another event, even on a weaker cue
        return "head"
    if best_type == current:
        return "follow"
    if opens_with(seg, "follow_starts", text):
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


def opens_with(seg: dict, key: str, text: str) -> bool:
    """Whether the sentence opens with one of the taxonomy's ``[segment] key`` words (none when the taxonomy has no such list)."""
    pattern = seg.get(key)
    return pattern is not None and pattern.match(text) is not None


def opens_elsewhere(text: str, seg: dict) -> bool:
    """Whether the sentence opens with a topic shift ("Separately, …") or a move to another place ("In Kherson Oblast, …")."""
    return opens_with(seg, "topic_shift", text) or opens_with(seg, "place_shift", text)


def moves_place(text: str, seg: dict) -> bool:
    """Whether the sentence opens by moving to another place ("In neighbouring Mali, …", "In the south, …")."""
    return opens_with(seg, "place_shift", text)


def takes_turn(text: str, seg: dict) -> bool:
    """Whether the sentence opens with a side acting in its turn ("Hezbollah later fired …")."""
    return opens_with(seg, "actor_turn", text)


def is_roundup(text: str, seg: dict) -> bool:
    """Whether the sentence tallies several events at once ("killed seven civilians across Ukraine over the past day"): a toll
    told over a wide area or span of time."""
    if seg.get("roundup") is None or seg["roundup"].search(text) is None:
        return False
    toll = find_casualties(text)
    return toll is not None and bool(toll.killed or toll.injured)


def _continues(continues: dict[str, frozenset[str]], current: str, best_path: str | None, best_type: str | None) -> bool:
    """Whether the sentence (its best path and type) reports more of the current event (its aftermath, or a demonstration
    turning violent)."""
    allowed = continues.get("*", frozenset()) | continues.get(current, frozenset())
    return best_path in allowed or best_type in allowed


def group_mentions(scores: Sequence[SentenceScore], taxonomy: Taxonomy) -> list[Mention]:
    """Event mentions in text order: each head sentence with the follow-ups attached to it."""
    mentions: list[Mention] = []
    roles, tallies = _roles(scores, taxonomy)
    for score, role, tallied in zip(scores, roles, tallies):
        if role == "head":
            best_type = score.best_type
            assert best_type is not None
            mentions.append(Mention(head=score.sentence, type_key=best_type, tallied=tallied))
        elif role == "follow" and mentions:
            mentions[-1].follows.append(score.sentence)
    return _without_tallies(mentions, taxonomy)


def _without_tallies(mentions: list[Mention], taxonomy: Taxonomy) -> list[Mention]:
    """A roundup's tally followed by events of its family that it sums up is no event of its own: each event is told once,
    with its own place and toll. A tally nothing follows is the event."""
    out: list[Mention] = []
    for i, mention in enumerate(mentions):
        family = taxonomy.types[mention.type_key].family
        after = [m for m in mentions[i + 1:] if taxonomy.types[m.type_key].family == family]
        if not mention.follows and after and (is_roundup(mention.head.text, taxonomy.segment) or _sums_up(mention, after)):
            continue
        if mention.follows and after and _sums_up(mention, after, mention.follows[0]):
            # the tally's first follow-up, with a toll of its own, is the first of the events it sums up
            mention = Mention(mention.follows[0], mention.type_key, mention.follows[1:], mention.tallied)
        out.append(mention)
    return out


def _sums_up(mention: Mention, after: list[Mention], first: Sentence | None = None) -> bool:
    """Whether the mention's toll is the sum of the tolls of two or more events told after it ("Israeli strikes killed five
    people. A drone strike killed two, and another strike killed three."), the ``first`` of them told in a follow-up."""
    toll = find_casualties(mention.head.text)
    if toll is None or not toll.killed or len(after) + (first is not None) < 2:
        return False
    tolls = [find_casualties(s.text) for s in ([first] if first is not None else []) + [m.head for m in after]]
    if first is not None and any(t is None or not t.killed for t in tolls):
        return False
    return sum(t.killed or 0 for t in tolls if t is not None) == toll.killed
