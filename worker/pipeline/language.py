"""Language identification with py3langid (a naive Bayes model over byte n-grams), sampled from the article's start."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

SUPPORTED = frozenset({"en"})
# The languages news feeds mostly arrive in; fewer candidates make short texts less ambiguous.
CANDIDATES = ("en", "es", "fr", "pt", "de", "it", "nl", "pl", "ru", "uk", "ar", "fa", "he", "tr", "id", "hi", "zh", "ja", "ko",
              "el", "th", "vi", "sw", "ro", "cs", "sv")
_SAMPLE = 320
_MIN_LETTERS = 24
# Matches a sample holding at least `_MIN_LETTERS` letters (`[^\W\d_]`), without listing them.
_ENOUGH_LETTERS = re.compile(rf"(?:[\W\d_]*[^\W\d_]){{{_MIN_LETTERS}}}")
_WORDS = re.compile(r"[a-z]+")
# Plain-ASCII prose this dense with English function words is English; the model is only asked about the rest.
_ENGLISH = frozenset("the of and to in a was were on for with by said that is at from as has have had it its an be been after this which are who their they he she".split())
_ENGLISH_SHARE = 0.2
# Function words other languages write the same way ("in", "was", "of" in German or Dutch): alone they prove no English.
_SHARED = frozenset("in a an was on is as be it he of had".split())
# Short ASCII headlines full of names ("Pope Francis visits Jakarta") leave the model unsure: below this top probability,
# English at `_ENGLISH_FLOOR` or more is taken to be it.
_UNSURE = 0.6
# Words of war and crime news that no other candidate language writes so: two of them make a short headline English
# ("Gunmen kill 20 villagers in Zamfara raid", which the model takes for Swedish).
_NEWS_WORDS = frozenset("""kill kills killed killing gunmen soldiers troops villagers attack attacks attacked strike strikes says dead wounded
    injured people shot rebels fighters army clashes protesters kidnap kidnapped abduct abducted bomber
    quake earthquake cyclone typhoon hurricane storm floods landslide blast explosion police
    hits batters lashes slams jolts rocks pounds""".split())
_ENGLISH_FLOOR = 0.1


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CANDIDATES))
    return identifier


def detect_language(text: str, declared: str | None = None) -> str:
    """ISO 639-1 code of ``text`` (``und`` when too short to tell); a feed's ``declared`` language wins when given."""
    if declared:
        return declared.split("-")[0].strip().lower() or "und"
    sample = text[:_SAMPLE]
    if _ENOUGH_LETTERS.match(sample) is None:
        return "und"
    if not sample.isascii():
        return str(_identifier().classify(sample)[0])
    words = _WORDS.findall(sample.lower())
    english = [w for w in words if w in _ENGLISH]
    if english and len(english) >= _ENGLISH_SHARE * len(words) and not _SHARED.issuperset(english):
        return "en"
    if len(_NEWS_WORDS.intersection(words)) >= 2:
        return "en"
    ranked = _identifier().rank(sample)
    top, probability = ranked[0]
    if top != "en" and probability < _UNSURE and dict(ranked).get("en", 0.0) >= _ENGLISH_FLOOR:
        return "en"
    return str(top)


def is_supported(language: str) -> bool:
    """Whether the English rules apply (an undetermined language gets the benefit of the doubt)."""
    return language in SUPPORTED or language == "und"
