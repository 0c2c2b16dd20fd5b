"""Language identification with py3langid (a naive Bayes model over byte n-grams) and an English word list, sampled from the
article's start."""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path
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
WORDS_FILE = Path(__file__).with_name("data") / "english_words.txt.gz"
# A word, hyphenated parts and all: one with a capital in any part is a name ("al-Sham", "ut-Tahrir", "Anti-balaka").
_UNITS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_PARTS = re.compile(r"[-'’]")
# Function words of the other Latin-script candidates that English does not write in lower case: one of them marks a
# headline as foreign whatever English-looking words it also holds ("Detienen a tres boss de la camorra").
_FOREIGN = frozenset("""de del la las los el en y que por para con un una al lo le les des du et au aux pour dans sur avec est
    une sont der das und mit von den dem ein eine einen nach gegen bei zum zur auf im ist wird il di della dello delle dei degli
    nel nella sul sulla che non gli da dos em com na nas pelo pela um uma yang dan ke dari untuk dengan ini itu akan oleh bir ve
    ile bu het een voor naar och att som pa fran si sie nie ze od dla se ao aos ne pe cu din pentru""".split())
# Headline words in lower case (names aside) that are all known English words make the text English ("Kyrgyzstan bans Hizb
# ut-Tahrir", "Fano militia captures Lalibela"); in a headline written in Title Case, this share of its words.
_TITLE_CASE_SHARE = 0.4
# Below this share of known words, a text is not taken for English on the model's doubt alone.
_FOREIGN_SHARE = 0.5
_MIN_WORD = 3
_MIN_TAIL = 4  # the second of two words written as one ("lock|down", not "diss|out")
# Short lower-case words between capitalised ones are parts of a name ("San Cristobal de las Casas", "Rio de Janeiro").
_NAME_PARTICLES = re.compile(r"(?<=[^\W\d_] )(?:[^\W\d_]{1,3} ){1,2}(?=[^\W\d_])")


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
    if len(text) > _SAMPLE:
        sample = sample.rsplit(None, 1)[0]  # not a word cut short
    if _ENOUGH_LETTERS.match(sample) is None:
        return "und"
    if not sample.isascii():  # names with accents in English ("São Paulo police kill …"): its words still tell
        return "en" if _known_english(sample) is True else str(_identifier().classify(sample)[0])
    words = _WORDS.findall(sample.lower())
    english = [w for w in words if w in _ENGLISH]
    if english and len(english) >= _ENGLISH_SHARE * len(words) and not _SHARED.issuperset(english):
        return "en"
    if len(_NEWS_WORDS.intersection(words)) >= 2:
        return "en"
    known = _known_english(sample)
    if known is True:
        return "en"
    ranked = _identifier().rank(sample)
    top, probability = ranked[0]
    if top != "en" and known is None and probability < _UNSURE and dict(ranked).get("en", 0.0) >= _ENGLISH_FLOOR:
        return "en"
    return str(top)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English words in lower case, three letters or more (the packaged word list)."""
    with gzip.open(WORDS_FILE, "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if not line.startswith("#"))


def _known_english(sample: str) -> bool | None:
    """Whether the words a text writes in lower case (a Title Case one: all its words) are English words (all of them), or not
    (few of them, or a foreign function word among them); ``None`` when they do not tell."""
    tokens = _UNITS.findall(_without_particles(sample))
    lower = [part for t in tokens if t.islower() for part in _PARTS.split(t)]
    if _FOREIGN.intersection(lower):
        return False
    known = english_words()
    if pool := [t for t in lower if len(t) >= _MIN_WORD]:
        told = sum(_known(t, known) for t in pool)
        return True if told == len(pool) else False if told < _FOREIGN_SHARE * len(pool) else None
    pool = [t.lower() for t in tokens if len(t) >= _MIN_WORD]  # Title Case: names count against it
    told = sum(t in known for t in pool)
    return told >= 2 and told >= _TITLE_CASE_SHARE * len(pool) or None


def _without_particles(sample: str) -> str:
    """The text without the short lower-case words that stand between two capitalised words."""
    return _NAME_PARTICLES.sub(lambda m: "" if _capital_before(sample, m.start()) and sample[m.end()].isupper() else m.group(), sample)


def _capital_before(sample: str, at: int) -> bool:
    word = sample[:at].rstrip().rsplit(None, 1)
    return bool(word) and word[-1][0].isupper()


def _known(word: str, known: frozenset[str]) -> bool:
    """Whether the word is English, or two English words written as one ("airstrikes", "peacekeepers", "lockdown")."""
    return word in known or any(word[:i] in known and word[i:] in known for i in range(_MIN_WORD, len(word) - _MIN_TAIL + 1))


def is_supported(language: str) -> bool:
    """Whether the English rules apply (an undetermined language gets the benefit of the doubt)."""
    return language in SUPPORTED or language == "und"
