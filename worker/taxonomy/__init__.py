"""The event taxonomy: a versioned TOML data file, its typed model, validation and compiled cues."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from worker.taxonomy.cues import CueError, CuePattern, text_stems
from worker.taxonomy.cues import compile_cues as _compile_cues

DEFAULT_PATH = Path(__file__).with_name("taxonomy.toml")
FAMILIES = ("acled", "civic", "out_of_scope")
MODALITIES = ("occurred", "planned", "claimed", "intercepted", "denied")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
# A space a cue must end with: "cease-?fire (?:deal)?" when the group is left out, "planning (?:to |an )".
_SPACE_AT_END = re.compile(r"(?: \((?:\?:)?[^()]*\)\?| \)\??)$")


class TaxonomyError(ValueError):
    """The taxonomy file is missing, unreadable or breaks a rule; the message says where."""


def type_key_for(name: str) -> str:
    """The snake_case key a type name maps to (and the stream suffix ``eventwire:events:<key>``)."""
    return _NON_WORD.sub("_", name.lower()).strip("_")


@dataclass(frozen=True, slots=True)
class SubType:
    """One sub-event type with its cues; ``cue_re`` etc. are compiled once at load time."""

    key: str
    name: str
    type_key: str
    description: str = ""
    rule: str = ""
    cues: tuple[str, ...] = ()
    weak_cues: tuple[str, ...] = ()
    counter_cues: tuple[str, ...] = ()
    cue_weight: float = 2.0
    requires_type_cue: bool = False
    default_modality: str = "occurred"
    names_act: bool = False
    """Its sentence may tell the act it is about too ("claimed the bombing that killed 59"): that act becomes an event."""
    cue_re: CuePattern | None = field(default=None, compare=False, repr=False)
    weak_re: CuePattern | None = field(default=None, compare=False, repr=False)
    counter_re: CuePattern | None = field(default=None, compare=False, repr=False)

    @property
    def path(self) -> str:
        """``type_key.subtype_key``, the name rules use."""
        return f"{self.type_key}.{self.key}"


@dataclass(frozen=True, slots=True)
class EventType:
    """A top-level event type: ACLED name, family, generic cues and its sub-types."""

    key: str
    name: str
    family: str
    group: str = ""
    description: str = ""
    cues: tuple[str, ...] = ()
    counter_cues: tuple[str, ...] = ()
    cue_weight: float = 1.0
    default_subtype: str | None = None
    standalone: bool = False
    """A sentence of this type opens its own mention even when it refers back to an earlier event."""
    own_casualties: bool = True
    """Whether the dead and wounded its sentences tell are its own (a commemoration's are those of the event remembered)."""
    subtypes: dict[str, SubType] = field(default_factory=dict)
    cue_re: CuePattern | None = field(default=None, compare=False, repr=False)
    counter_re: CuePattern | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Rule:
    """A coding rule: when the winner is of ``when_type`` and a condition holds, re-code it."""

    id: str
    description: str
    when_type: tuple[str, ...]
    set_type: str
    """``*`` means the best-scoring candidate of the ``if_type`` types."""
    set_subtype: str | None
    """``None`` means the best-scoring sub-type of ``set_type``."""
    modality: str | None = None
    scope: str = "sentence"
    """``mention``: conditions look at every sentence of the event mention, not only its head."""
    if_any: CuePattern | None = field(default=None, compare=False, repr=False)
    unless_any: CuePattern | None = field(default=None, compare=False, repr=False)
    if_subtype: tuple[str, ...] = ()
    if_type: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """The loaded taxonomy; look types up with :meth:`type` and :meth:`subtype`."""

    version: str
    name: str
    types: dict[str, EventType]
    rules: tuple[Rule, ...]
    start_threshold: float
    modality: dict[str, CuePattern | None]
    modality_window: int
    modality_after_window: int
    segment: dict[str, Any]
    source: Path | None = None

    def type(self, key: str) -> EventType:
        """The event type with this key; raises ``KeyError`` naming the known keys."""
        try:
            return self.types[key]
        except KeyError:
            raise KeyError(f"unknown event type {key!r}; known: {', '.join(sorted(self.types))}") from None

    def subtype(self, path: str) -> SubType:
        """The sub-type at ``type_key.subtype_key``."""
        type_key, _, sub_key = path.partition(".")
        event_type = self.type(type_key)
        try:
            return event_type.subtypes[sub_key]
        except KeyError:
            raise KeyError(f"unknown sub-event type {path!r}") from None

    def by_name(self, name: str) -> EventType | None:
        """The event type whose display name (e.g. ``Battles``) is ``name``."""
        return next((t for t in self.types.values() if t.name == name), None)

    @property
    def stream_keys(self) -> list[str]:
        """Type keys that can appear on ``eventwire:events:<key>`` (out-of-scope never does)."""
        return [k for k, t in self.types.items() if t.family != "out_of_scope"]


def load_taxonomy(path: Path | str | None = None) -> Taxonomy:
    """Load, merge (``extends = "default"``), validate and compile a taxonomy; cached per path."""
    resolved = Path(path).expanduser().resolve() if path is not None else DEFAULT_PATH
    return _load_cached(resolved, resolved.stat().st_mtime_ns if resolved.exists() else 0)


@lru_cache(maxsize=8)
def _load_cached(path: Path, _mtime: int) -> Taxonomy:
    data = _read(path)
    extends = data.pop("extends", None)
    if extends is not None:
        base_path = DEFAULT_PATH if extends == "default" else (path.parent / str(extends)).resolve()
        if base_path == path:
            raise TaxonomyError(f"{path}: a taxonomy cannot extend itself")
        data = _merge(_read(base_path), data)
    return _build(data, path)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise TaxonomyError(f"taxonomy file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(f"{path}: not valid TOML: {exc}") from None


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if key == "rules":
            merged["rules"] = list(base.get("rules", [])) + list(value)
        elif isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merge(base[key], value)
        else:
            merged[key] = value
    return merged


def _strings(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise TaxonomyError(f"{where}.{key}: expected a list of non-empty strings")
    spaced = [v for v in value if v != v.strip() or _SPACE_AT_END.search(v)]
    if spaced:  # cues end on a word boundary, so a space they must end with could never match
        raise TaxonomyError(f"{where}.{key}: patterns must not start or end with a space (put it inside a closing optional group): {spaced[0]!r}")
    return tuple(value)


def _build(data: dict[str, Any], path: Path) -> Taxonomy:
    version = data.get("version")
    if not isinstance(version, str) or not re.fullmatch(r"\d+\.\d+\.\d+", version):
        raise TaxonomyError(f"{path}: top-level `version` must be a string like \"1.0.0\"")
    data = _expand_vocabulary(data, path)
    raw_types = data.get("types")
    if not isinstance(raw_types, dict) or not raw_types:
        raise TaxonomyError(f"{path}: no [types.*] tables")
    scoring = data.get("scoring", {})
    sub_weight = float(scoring.get("cue_weight", 2.0))
    types = {key: _build_type(key, table, sub_weight, path) for key, table in raw_types.items()}
    rules = tuple(_build_rule(i, table, types, path) for i, table in enumerate(data.get("rules", [])))
    modality_table = data.get("modality", {})
    modality = {
        name: compile_cues(_strings(modality_table, name, f"{path}: modality"), f"modality.{name}", indexed=False)
        for name in ("planned", "planned_after", "planned_clause", "planned_inside", "planned_lead", "claimed", "claimed_clause", "claim_rebutted", "denied",
                     "denied_clause", "denied_after")
    }
    segment_table = dict(data.get("segment", {}))
    anaphora = _strings(segment_table, "anaphora", "segment")
    segment = {
        "background": compile_cues(_strings(segment_table, "background", "segment"), "segment.background"),
        "running_tally": compile_cues(_strings(segment_table, "running_tally", "segment"), "segment.running_tally"),
        "follow_starts": _anchored(_strings(segment_table, "follow_starts", "segment")),
        "topic_shift": _anchored(_strings(segment_table, "topic_shift", "segment")),
        "place_shift": _anchored(_strings(segment_table, "place_shift", "segment")),
        "actor_turn": _anchored(_strings(segment_table, "actor_turn", "segment")),
        "roundup": _searched(_strings(segment_table, "roundup", "segment")),
        "wide_area": _searched(_strings(segment_table, "wide_area", "segment")),
        "displaced": _searched(_strings(segment_table, "displaced", "segment")),
        "crowds_elsewhere": _searched(_strings(segment_table, "crowds_elsewhere", "segment")),
        "town_list": _searched(_strings(segment_table, "town_list", "segment")),
        "apart_when_wide": frozenset(_strings(segment_table, "apart_when_wide", "segment")),
        "same_day": _anchored(_strings(segment_table, "same_day", "segment")),
        "date_shift": _anchored(_strings(segment_table, "date_shift", "segment")),
        "history_starts": _anchored(_strings(segment_table, "history_starts", "segment")),
        "not_news_titles": _anchored(_strings(segment_table, "not_news_titles", "segment")),
        "not_news_openings": _anchored(_strings(segment_table, "not_news_openings", "segment")),
        "anaphora": compile_cues(anaphora, "segment.anaphora"),
        "discount_clauses": compile_cues(_strings(segment_table, "discount_clauses", "segment"), "segment.discount_clauses"),
        "cause_clauses": compile_cues(_strings(segment_table, "cause_clauses", "segment"), "segment.cause_clauses"),
        "continues": _continues(segment_table.get("continues", {}), types, path),
    }
    return Taxonomy(
        version=version,
        name=str(data.get("name", path.stem)),
        types=types,
        rules=rules,
        start_threshold=float(scoring.get("start_threshold", 2.0)),
        modality=modality,
        modality_window=int(modality_table.get("window", 48)),
        modality_after_window=int(modality_table.get("after_window", 24)),
        segment=segment,
        source=path,
    )


def _continues(table: Any, types: dict[str, EventType], path: Path) -> dict[str, frozenset[str]]:
    """``[segment.continues]``: for each current type (or ``*``), the types and sub-types that continue its mention."""
    if not isinstance(table, dict):
        raise TaxonomyError(f"{path}: segment.continues must be a table")
    out: dict[str, frozenset[str]] = {}
    for key in table:
        if key != "*" and key not in types:
            raise TaxonomyError(f"{path}: segment.continues names unknown type {key!r}")
        paths = _strings(table, key, f"{path}: segment.continues")
        for entry in paths:
            t, _, sub = entry.partition(".")
            if t not in types or (sub and sub not in types[t].subtypes):
                raise TaxonomyError(f"{path}: segment.continues.{key} names unknown {entry!r}")
        out[key] = frozenset(paths)
    return out


def _expand_vocabulary(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """Replace ``{name}`` in every cue with the ``[vocabulary]`` word list of that name (an alternation)."""
    table = data.get("vocabulary", {})
    if not isinstance(table, dict):
        raise TaxonomyError(f"{path}: [vocabulary] must be a table of word lists")
    words: dict[str, str] = {}
    for name in table:
        listed = _strings(table, name, f"{path}: vocabulary")
        words[name] = "(?:" + "|".join(_substitute(w, words, f"{path}: vocabulary.{name}") for w in listed) + ")"

    def walk(value: Any, where: str) -> Any:
        if isinstance(value, list):
            return [_substitute(v, words, where) if isinstance(v, str) and "{" in v else walk(v, where) for v in value]
        if isinstance(value, dict):
            return {k: walk(v, f"{where}.{k}") for k, v in value.items()}
        return value

    return {k: (v if k == "vocabulary" else walk(v, f"{path}: {k}")) for k, v in data.items()}


def _substitute(cue: str, words: dict[str, str], where: str) -> str:
    def replace(match: re.Match[str]) -> str:
        try:
            return words[match.group(1)]
        except KeyError:
            raise TaxonomyError(f"{where}: {match.group()} is not a [vocabulary] list (defined earlier in the file)") from None

    return _PLACEHOLDER.sub(replace, cue)


def _searched(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)", re.IGNORECASE)


def _anchored(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile(r"^\W*(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)", re.IGNORECASE)


def _build_type(key: str, table: Any, sub_weight: float, path: Path) -> EventType:
    where = f"{path}: types.{key}"
    if not isinstance(table, dict):
        raise TaxonomyError(f"{where}: expected a table")
    if not _KEY.match(key):
        raise TaxonomyError(f"{where}: key must be snake_case")
    name = table.get("name")
    if not isinstance(name, str) or not name:
        raise TaxonomyError(f"{where}: missing `name`")
    if type_key_for(name) != key:
        raise TaxonomyError(f"{where}: key must equal the name's stream key {type_key_for(name)!r}")
    family = table.get("family")
    if family not in FAMILIES:
        raise TaxonomyError(f"{where}: `family` must be one of {FAMILIES}, got {family!r}")
    subtypes: dict[str, SubType] = {}
    for sub_key, sub in (table.get("subtypes") or {}).items():
        subtypes[sub_key] = _build_subtype(key, sub_key, sub, sub_weight, f"{where}.subtypes.{sub_key}")
    default = table.get("default_subtype")
    if default is not None and default not in subtypes:
        raise TaxonomyError(f"{where}: default_subtype {default!r} is not one of its sub-types")
    cues = _strings(table, "cues", where)
    counters = _strings(table, "counter_cues", where)
    if family != "out_of_scope" and not subtypes:
        raise TaxonomyError(f"{where}: needs at least one sub-type")
    return EventType(
        key=key, name=name, family=family, group=str(table.get("group", "")),
        description=str(table.get("description", "")), cues=cues, counter_cues=counters,
        cue_weight=float(table.get("cue_weight", 1.0)), default_subtype=default, subtypes=subtypes,
        standalone=bool(table.get("standalone", False)), own_casualties=bool(table.get("own_casualties", True)),
        cue_re=compile_cues(cues, f"{where}.cues"), counter_re=compile_cues(counters, f"{where}.counter_cues"),
    )


def _build_subtype(type_key: str, key: str, table: Any, default_weight: float, where: str) -> SubType:
    if not isinstance(table, dict) or not isinstance(table.get("name"), str):
        raise TaxonomyError(f"{where}: expected a table with a `name`")
    if not _KEY.match(key):
        raise TaxonomyError(f"{where}: key must be snake_case")
    modality = table.get("default_modality", "occurred")
    if modality not in MODALITIES:
        raise TaxonomyError(f"{where}: default_modality must be one of {MODALITIES}")
    cues, weak, counters = (_strings(table, k, where) for k in ("cues", "weak_cues", "counter_cues"))
    return SubType(
        key=key, name=table["name"], type_key=type_key, description=str(table.get("description", "")),
        rule=str(table.get("rule", "")), cues=cues, weak_cues=weak, counter_cues=counters,
        cue_weight=float(table.get("cue_weight", default_weight)),
        requires_type_cue=bool(table.get("requires_type_cue", False)), default_modality=modality,
        names_act=bool(table.get("names_act", False)),
        cue_re=compile_cues(cues, f"{where}.cues"), weak_re=compile_cues(weak, f"{where}.weak_cues"),
        counter_re=compile_cues(counters, f"{where}.counter_cues"),
    )


def _build_rule(index: int, table: Any, types: dict[str, EventType], path: Path) -> Rule:
    where = f"{path}: rules[{index}]"
    if not isinstance(table, dict) or not isinstance(table.get("id"), str):
        raise TaxonomyError(f"{where}: expected a table with an `id`")
    when = _strings(table, "when_type", where)
    for key in when:
        if key not in types:
            raise TaxonomyError(f"{where}.when_type: unknown type {key!r}")
    target = table.get("set")
    if not isinstance(target, str) or ("." not in target and target != "*"):
        raise TaxonomyError(f"{where}: `set` must be \"type_key.subtype_key\", \"type_key.*\" or \"*\"")
    set_type, _, set_sub = target.partition(".")
    if target == "*":
        set_sub = "*"
        if not table.get("if_type"):
            raise TaxonomyError(f"{where}: `set = \"*\"` picks among `if_type`, which is missing")
    elif set_type not in types or (set_sub != "*" and set_sub not in types[set_type].subtypes):
        raise TaxonomyError(f"{where}: `set` names unknown {target!r}")
    scope = table.get("scope", "sentence")
    if scope not in ("sentence", "mention"):
        raise TaxonomyError(f"{where}: `scope` must be \"sentence\" or \"mention\"")
    if_subtype = _strings(table, "if_subtype", where)
    for sub_path in if_subtype:
        t, _, s = sub_path.partition(".")
        if t not in types or s not in types[t].subtypes:
            raise TaxonomyError(f"{where}.if_subtype: unknown {sub_path!r}")
    if_type = _strings(table, "if_type", where)
    for key in if_type:
        if key not in types:
            raise TaxonomyError(f"{where}.if_type: unknown type {key!r}")
    modality = table.get("modality")
    if modality is not None and modality not in MODALITIES:
        raise TaxonomyError(f"{where}: modality must be one of {MODALITIES}")
    if_any = _strings(table, "if_any", where)
    if not (if_any or if_subtype or if_type):
        raise TaxonomyError(f"{where}: needs a condition (if_any, if_subtype or if_type)")
    return Rule(
        id=table["id"], description=str(table.get("description", "")), when_type=when,
        set_type=set_type, set_subtype=None if set_sub == "*" else set_sub, modality=modality, scope=scope,
        if_any=compile_cues(if_any, f"{where}.if_any"),
        unless_any=compile_cues(_strings(table, "unless_any", where), f"{where}.unless_any"),
        if_subtype=if_subtype, if_type=if_type,
    )


def compile_cues(patterns: tuple[str, ...], where: str, indexed: bool = True) -> CuePattern | None:
    """Compile cues, turning a bad pattern into a :class:`TaxonomyError` naming where it is."""
    try:
        return _compile_cues(patterns, where, indexed)
    except CueError as exc:
        raise TaxonomyError(str(exc)) from None


__all__ = ["DEFAULT_PATH", "CuePattern", "text_stems", "EventType", "Rule", "SubType", "Taxonomy", "TaxonomyError", "load_taxonomy", "type_key_for"]
