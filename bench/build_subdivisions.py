"""Rebuild worker/pipeline/data/subdivisions.tsv (current ISO 3166-2 region and province names) from the installed pycountry."""

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


# Second-level units named as a town's container ("Diguel (Diguel, Soum)"): they place the town in their first-level region.
SECOND_KINDS = frozenset({"Province", "District"})


def main() -> int:
    by_code = {s.code: s for s in pycountry.subdivisions}
    rows = {(s.country_code, s.code, s.name, "", s.type.lower()) for s in pycountry.subdivisions if s.parent_code is None and s.type in KINDS}
    for s in pycountry.subdivisions:
        parent = by_code.get(s.parent_code or "")
        if parent is not None and parent.parent_code is None and parent.type in KINDS and s.type in SECOND_KINDS:
            rows.add((s.country_code, s.code, s.name, parent.name, s.type.lower()))
    with OUT.open("w", encoding="utf-8") as out:
        out.write(f"# ISO 3166-2 regions (pycountry {pycountry.__version__}, Debian iso-codes, LGPL-2.1): country code, ISO code, name, "
                  "first-level region holding it (empty for a first-level region), kind (state, province, ...).\n")
        out.writelines("\t".join(row) + "\n" for row in sorted(rows))
    print(f"{len(rows)} regions -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
