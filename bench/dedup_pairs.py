"""Build the labelled near-duplicate set (bench/data/near_duplicates.jsonl) from the base stories in bench/data/stories.toml.

Positives are the same story as another outlet or a later edition prints it: edited headline, wire copy
with other boilerplate, updated toll, copy-edited, shortened. Negatives are different stories, including
different events at the same place carrying the same outlet's boilerplate.

    python bench/dedup_pairs.py      # rewrites bench/data/near_duplicates.jsonl
"""

from __future__ import annotations

import itertools
import json
import re
import tomllib
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
STORIES = DATA / "stories.toml"
PAIRS = DATA / "near_duplicates.jsonl"

WIRE_HEAD = "{place} (Global Wire) - "
WIRE_TAIL = "\n\nReporting by the {place} bureau; additional reporting by the regional desk; editing by the world news desk."
PORTAL_HEAD = "Breaking news | World | {place}\n\n"
PORTAL_TAIL = (
    "\n\nFollow our live coverage for the latest updates. Sign up for the morning briefing, delivered to your inbox "
    "every weekday. Copyright 2025 Daily Example News. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed."
)
SYNONYMS = {"said": "stated", "killed": "left dead", "residents": "locals", "city": "town", "on Monday": "on Monday, Dec. 2"}


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text.strip())


def article(title: str, text: str, publisher: str) -> dict[str, str]:
    return {"title": title, "text": text, "publisher": publisher}


def positives(story: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    place, title, text = story["place"], story["title"], story["text"]
    parts = sentences(text)
    numbers = re.findall(r"\b\d+\b", text)
    toll = text.replace(numbers[0], str(int(numbers[0]) * 2 + 1), 1) if numbers else text + " The toll was later revised."
    edited = " ".join([parts[1], parts[0], *parts[2:-1]])
    for word, other in SYNONYMS.items():
        edited = edited.replace(word, other, 1)
    return [
        ("edited headline", article("UPDATE 1-" + title.replace(",", " as").rstrip(".") + " - officials", text, "Example Times")),
        ("wire copy", article(title, WIRE_HEAD.format(place=place.upper()) + text + WIRE_TAIL.format(place=place), "Global Wire")),
        ("portal copy", article(title.upper(), PORTAL_HEAD.format(place=place) + text + PORTAL_TAIL, "Daily Example News")),
        ("updated figures", article(title + " (updated)", toll, "Example Times")),
        ("copy-edited", article(title, edited, "Example Herald")),
        ("shortened wire", article(title, WIRE_HEAD.format(place=place.upper()) + " ".join(parts[: max(3, len(parts) * 3 // 4)]) + WIRE_TAIL.format(place=place), "Global Wire")),
    ]


def build() -> list[dict[str, Any]]:
    stories = tomllib.loads(STORIES.read_text())["story"]
    pairs: list[dict[str, Any]] = []
    for story in stories:
        original = article(story["title"], story["text"], "Example Times")
        for kind, copy in positives(story):
            pairs.append({"same": True, "kind": kind, "a": original, "b": copy, "stories": [story["id"]] * 2})
    for first, second in itertools.combinations(stories, 2):
        same_place = first["place"] == second["place"]
        a, b = article(first["title"], first["text"], "Example Times"), article(second["title"], second["text"], "Example Times")
        pairs.append({"same": False, "kind": "same place" if same_place else "different story", "a": a, "b": b, "stories": [first["id"], second["id"]]})
        if same_place:
            place = first["place"]
            a = article(first["title"], PORTAL_HEAD.format(place=place) + first["text"] + PORTAL_TAIL, "Daily Example News")
            b = article(second["title"], PORTAL_HEAD.format(place=place) + second["text"] + PORTAL_TAIL, "Daily Example News")
            pairs.append({"same": False, "kind": "same place, same boilerplate", "a": a, "b": b, "stories": [first["id"], second["id"]]})
            a = article(first["title"], WIRE_HEAD.format(place=place.upper()) + first["text"] + WIRE_TAIL.format(place=place), "Global Wire")
            b = article(second["title"], WIRE_HEAD.format(place=place.upper()) + second["text"] + WIRE_TAIL.format(place=place), "Global Wire")
            pairs.append({"same": False, "kind": "same place, same wire", "a": a, "b": b, "stories": [first["id"], second["id"]]})
    return pairs


def main() -> None:
    pairs = build()
    PAIRS.write_text("".join(json.dumps(pair, ensure_ascii=False) + "\n" for pair in pairs))
    print(f"wrote {len(pairs)} pairs ({sum(p['same'] for p in pairs)} same story) to {PAIRS}")


if __name__ == "__main__":
    main()
