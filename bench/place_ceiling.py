"""How many rows of a labelled CSV name a place in their labelled region at all: the ceiling of any region match from the text."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worker.evaluation import PRESETS, columns_for, read_rows, row_article  # noqa: E402
from worker.pipeline.gazetteer import default_gazetteer  # noqa: E402
from worker.pipeline.places import PlaceMatch  # noqa: E402
from worker.pipeline.region_names import same_region  # noqa: E402


MIN_WORDS = 3


def in_region(match: PlaceMatch, region: str) -> bool:
    """Whether a place found in the text lies in (or is) the labelled first-level region."""
    place = match.place
    names = [place.admin1] if place.admin1 else [place.name] if place.kind == "region" else []
    return any(same_region(region, name, place.country_code) for name in names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument("--format", choices=sorted(PRESETS), default="ucdp")
    parser.add_argument("--prefer", default="UA", help="country codes namesakes are read in first (comma-separated)")
    args = parser.parse_args(argv)
    rows, fieldnames = read_rows(args.file, PRESETS[args.format].text)
    columns = columns_for(fieldnames, args.format)
    if columns.admin1 is None:
        parser.error(f"{args.file}: no region column for the {args.format} preset")
    gazetteer = default_gazetteer()
    prefer = tuple(code.strip() for code in args.prefer.split(",") if code.strip())
    labelled = named = anywhere = told = 0
    for index, row in enumerate(rows):
        region = row[columns.admin1].strip()
        if not region:
            continue
        labelled += 1
        text = row_article(row, columns, index).text
        found = gazetteer.find(text, prefer=prefer)
        named += any(m.place.kind != "country" for m in found)
        if any(in_region(m, region) for m in found):
            anywhere += 1
            told += tells_more_than_places(text, found)
    print(f"rows with a labelled region: {labelled}")
    print(f"  name a place below country level: {named / labelled:.1%}")
    print(f"  name a place in the labelled region (ceiling of a region match): {anywhere / labelled:.1%}")
    print(f"  ... in a text that tells more than place names (ceiling for a reading that invents no event): {told / labelled:.1%}")
    return 0


def tells_more_than_places(text: str, found: list[PlaceMatch]) -> bool:
    """Whether some line holds at least ``MIN_WORDS`` words besides the place names ("Avdiivka" alone tells no event)."""
    blanked = list(text)
    for m in found:
        blanked[m.start:m.end] = " " * (m.end - m.start)
    return any(len(re.findall(r"[^\W\d_]{2,}", line)) >= MIN_WORDS for line in "".join(blanked).split("\n"))


if __name__ == "__main__":
    raise SystemExit(main())
