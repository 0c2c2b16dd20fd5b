"""Generate the checked-in JSON Schema files from the models: `python -m schemas.generate`."""

from __future__ import annotations

import sys
from pathlib import Path

import msgspec

from schemas.alert import ALERT_SCHEMA, Alert
from schemas.article import ARTICLE_SCHEMA, Article
from schemas.dead_letter import DEAD_LETTER_SCHEMA, DeadLetter
from schemas.event import EVENT_SCHEMA, Event

JSON_DIR = Path(__file__).parent / "json"
MODELS: dict[str, type[msgspec.Struct]] = {
    ARTICLE_SCHEMA: Article,
    EVENT_SCHEMA: Event,
    ALERT_SCHEMA: Alert,
    DEAD_LETTER_SCHEMA: DeadLetter,
}


def schema_file(name: str) -> Path:
    """Where the JSON Schema of ``name`` (e.g. ``event/1``) lives."""
    return JSON_DIR / (name.replace("/", "-") + ".json")


def render(name: str) -> str:
    """The JSON Schema document of one schema name, formatted for review."""
    document = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": name, **msgspec.json.schema(MODELS[name])}
    return msgspec.json.format(msgspec.json.encode(document), indent=2).decode() + "\n"


def main() -> int:
    """Write every schema file; print what changed."""
    JSON_DIR.mkdir(exist_ok=True)
    for name in MODELS:
        path = schema_file(name)
        text = render(name)
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
