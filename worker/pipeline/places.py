"""Offline place data shipped in the package (GeoNames towns, admin1 names, ISO regions, district names, countries, demonyms; built by bench/build_*.py) and the place records."""

from __future__ import annotations

import gzip
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")
CITIES_FILE = "places.tsv.gz"
COUNTRIES_FILE = "countries.json"
ADMIN1_TABLE = DATA_DIR / "admin1.tsv"
SUBDIVISIONS_FILE = "subdivisions.tsv"
ADMIN_NAMES_FILE = "admin_names.tsv.gz"
ALTERNATE_WEIGHT = 0.05
OBLAST_COUNTRIES = frozenset({"RU", "UA", "BY", "KZ"})
"""Where regions are oblasts, and GeoNames writes the soft sign as an apostrophe ("Ryazan’") that English news leaves out."""


@dataclass(frozen=True, slots=True)
class PlaceData:
    """Cities as ``(name, country_code, admin1_code, lat, lon, population)`` rows and a folded-name index into them."""

    cities: list[tuple[str, str, str, float, float, int]]
    names: dict[str, list[int]]
    admin1: dict[tuple[str, str], str]
    countries: dict[str, dict]
    demonyms: dict[str, str]
    country_aliases: dict[str, str]
    subdivisions: list[tuple[str, str, str]]
    """Current ISO 3166-2 region names as ``(country_code, name, parent)``; ``parent`` names the first-level region holding a
    province, and is empty for a first-level region (GeoNames still lists some of those by older names)."""
    region_kinds: dict[str, frozenset[str]]
    """What each country calls its first-level regions ("state", "province", "department", ...)."""
    admin_names: list[tuple[str, str, int, list[str]]] = ()  # type: ignore[assignment]
    """Other names of first-level regions (level 1) and names of the districts in them (level 2), as
    ``(country_code, admin1_code, level, names)``."""


@dataclass(frozen=True, slots=True)
class Place:
    """A place record: a city, a country or a first-level region."""

    name: str
    kind: str
    country: str | None
    country_code: str | None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    admin1: str | None = None
    alias: bool = False
    """Found by another of its names (an exonym, an old name), not its own."""


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place found in text: ``start``/``end`` offsets and ACLED geo precision (1 town, 2 near, 3 region)."""

    place: Place
    start: int
    end: int
    text: str
    precision: int


_ARABIC_ARTICLES = frozenset("al el ad ar as ash at az an ed en es".split())
_UNARTICLED_FROM = 15000
"""Towns big enough to be found by their name without its article; smaller ones' bare names are too often words or people."""
# Marks of the ayn, the hamza and the okina that transliterations write and English news leaves out ("‘Aqrabā": "Aqraba").
_TRANSLITERATION_MARKS = str.maketrans("", "", "‘ʻʼʿʾ")
# Letters no accent-stripping decomposes, as English news writes them ("Diyarbakır", "Łódź", "Tromsø": "Diyarbakir", "Lodz", "Tromso").
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ß": "ss",
                                "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H"})
# Where the curly apostrophe also marks an ayn or a hamza ("Ma’rib", "Be’eri"), not a syllable break ("Xi’an") or an elision.
APOSTROPHE_DROPPED = frozenset("AE AF BH DZ EG IL IQ IR JO KW LB LY MA OM PK PS QA SA SD SY TN YE".split())


def fold(text: str) -> str:
    """Lower-case, accents and transliteration marks stripped, curly apostrophes straightened: the key places are indexed by."""
    if text.isascii():
        return text.lower().strip()
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").translate(_TRANSLITERATION_MARKS).translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def bare_name(run: str) -> str:
    """A word or name without its closing full stops and possessive "'s" ("Ukraine's", "Kherson.")."""
    run = run.rstrip(".")
    return run[:-2] if run.endswith(("'s", "’s")) else run


def plain_name(name: str, country_code: str | None = None) -> str:
    """The name as English news prints it: no accents or transliteration marks ("Ra’s al ‘Ayn" -> "Ras al Ayn", "Rafaḩ" -> "Rafah")."""
    dropped = country_code in APOSTROPHE_DROPPED
    if name.isascii():
        return name.replace("'", "") if dropped else name
    name = name.translate(_TRANSLITERATION_MARKS).translate(_PLAIN_LETTERS).replace("’", "" if dropped else "'")
    name = name.replace("'", "") if dropped else name
    decomposed = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _unarticled(key: str) -> str:
    """A folded Arabic town name without its article ("al qamishli" -> "qamishli"), as English news often writes it."""
    head, sep, rest = key.replace("-", " ").partition(" ")
    return rest if sep and head in _ARABIC_ARTICLES and len(rest) >= 5 else key


def _keys(name: str) -> tuple[str, ...]:
    """The folded name, and with hyphens as spaces ("Ar-Raqqa" and "Ar Raqqa" are written alike)."""
    key = fold(name)
    return (key, key.replace("-", " ")) if "-" in key else (key,)


def _own_keys(name: str) -> tuple[str, ...]:
    """A town's own name's keys, also without its apostrophes ("Be'eri" is written "Beeri" too; alternates keep theirs, as
    GeoNames lists stray names among them)."""
    keys = _keys(name)
    return tuple(dict.fromkeys([*keys, *(k.replace("'", "") for k in keys)]))


def load_place_data(folder: Path = DATA_DIR) -> PlaceData:
    """Read the packaged place files (no network, no cache directory: loading is a single pass over a compact file)."""
    cities: list[tuple[str, str, str, float, float, int]] = []
    names: dict[str, list[int]] = {}
    with gzip.open(folder / CITIES_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            name, code, admin1, lat, lon, population, alternates = line.rstrip("\n").split("\t")
            if code in OBLAST_COUNTRIES and "’" in name:
                name = name.replace("’", "")
            index = len(cities)
            cities.append((name, code, admin1, float(lat), float(lon), int(population)))
            keys = {*_own_keys(name), *(k for spelling in alternates.split("|") if spelling for k in _keys(spelling))}
            if code in APOSTROPHE_DROPPED and int(population) >= _UNARTICLED_FROM:
                keys.update(_unarticled(key) for key in list(keys))
            for key in keys:
                names.setdefault(key, []).append(index)
    for key, rows in names.items():
        if len(rows) > 1:  # a town's own name outranks another town's alternate unless that town is far bigger
            rows.sort(key=lambda i: -cities[i][5] * (1.0 if key in _own_keys(cities[i][0]) else ALTERNATE_WEIGHT))
    table = json.loads((folder / COUNTRIES_FILE).read_text(encoding="utf-8"))
    subdivisions: list[tuple[str, str, str]] = []
    region_kinds: dict[str, set[str]] = {}
    with (folder / SUBDIVISIONS_FILE).open(encoding="utf-8") as handle:
        for code, _, name, parent, kind in (line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")):
            subdivisions.append((code, name, parent))
            if not parent:
                region_kinds.setdefault(code, set()).add(kind.rsplit(" ", 1)[-1])  # "regional state": a state
    admin_names: list[tuple[str, str, int, list[str]]] = []
    if (folder / ADMIN_NAMES_FILE).exists():
        with gzip.open(folder / ADMIN_NAMES_FILE, "rt", encoding="utf-8") as handle:
            for line in handle:
                if not line.startswith("#"):
                    code, admin1, level, spellings = line.rstrip("\n").split("\t")
                    admin_names.append((code, admin1, int(level), spellings.split("|")))
    return PlaceData(cities, names, read_admin1_table(folder / ADMIN1_TABLE.name), table["countries"], table["demonyms"], table["aliases"],
                     subdivisions, {code: frozenset(kinds) for code, kinds in region_kinds.items()}, admin_names)


def read_admin1_table(path: Path = ADMIN1_TABLE) -> dict[tuple[str, str], str]:
    """``(country_code, admin1_code) -> name`` from the packaged table."""
    table: dict[tuple[str, str], str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            code, admin1, name = line.rstrip("\n").split("\t")
            table[(code, admin1)] = name
    return table
