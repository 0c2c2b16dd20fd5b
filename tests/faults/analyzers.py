"""Analyzers the fault tests plug in through EVENTWIRE_ANALYZER: the real one, slowed down or poisoned."""

from __future__ import annotations

import os
import time

from schemas import Article, Event
from worker.pipeline.analyze import analyze
from worker.taxonomy import Taxonomy


def slow(article: Article, taxonomy: Taxonomy) -> list[Event]:
    """The real analysis after a pause of EVENTWIRE_TEST_SLOW_MS, so a kill can land mid-batch."""
    time.sleep(float(os.environ.get("EVENTWIRE_TEST_SLOW_MS", "20")) / 1000)
    return analyze(article, taxonomy)


def poison(article: Article, taxonomy: Taxonomy) -> list[Event]:
    """The real analysis, except that an article mentioning POISON makes the stage raise every time."""
    if "POISON" in article.text:
        raise RuntimeError("analysis crashed on this article")
    return analyze(article, taxonomy)
