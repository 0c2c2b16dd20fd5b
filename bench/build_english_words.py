"""Rebuild worker/pipeline/data/english_words.txt.gz from Debian's wamerican and wbritish word lists (apt-get install wamerican wbritish)."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

SOURCES = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))
TARGET = Path(__file__).resolve().parent.parent / "worker" / "pipeline" / "data" / "english_words.txt.gz"
_LOWER_WORD = re.compile(r"[a-z]{3,}")
HEADER = "# English words (lowercase, 3+ letters) from the SCOWL-based Debian word lists wamerican and wbritish; one a line.\n"


def main() -> None:
    """Write the lower-case words of three letters or more (names and possessives left out), sorted, one a line."""
    words = sorted({w for source in SOURCES for w in source.read_text(encoding="utf-8").split() if _LOWER_WORD.fullmatch(w)})
    with gzip.GzipFile(TARGET, "wb", compresslevel=9, mtime=0) as handle:
        handle.write((HEADER + "\n".join(words) + "\n").encode())
    print(f"{len(words)} words -> {TARGET}")


if __name__ == "__main__":
    main()
