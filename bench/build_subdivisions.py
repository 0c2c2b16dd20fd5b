"""Rebuild worker/pipeline/data/subdivisions.tsv (current ISO 3166-2 first-level region names) from the installed pycountry."""

from __future__ import annotations

from pathlib import Path

import pycountry

# First-level units news names as regions; municipalities, districts and counties are left to the town index.
KINDS = frozenset({
    "Province", "Region", "State", "Department", "Governorate", "Administrative region", "Prefecture", "Republic", "Popularate",
    "Regional state", "Union territory", "Autonomous region", "Autonomous republic", "Autonomous community", "Oblast",
    "Capital district", "Federal district", "Capital territory", "Federal territory", "Land", "Voivodship", "Emirate",
    "Territory", "Metropolitan region", "Special administrative region", "Administration", "Division", "Capital city",
})
OUT = Path(__file__).resolve().parents[1] / "worker" / "pipeline" / "data" / "subdivisions.tsv"


def main() -> int:
    rows = sorted({(s.country_code, s.code, s.name) for s in pycountry.subdivisions if s.parent_code is None and s.type in KINDS})
    with OUT.open("w", encoding="utf-8") as out:
        out.write(f"# ISO 3166-2 first-level regions (pycountry {pycountry.__version__}, Debian iso-codes, LGPL-2.1): country code, ISO code, name.\n")
        out.writelines(f"{cc}\t{code}\t{name}\n" for cc, code, name in rows)
    print(f"{len(rows)} regions -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
