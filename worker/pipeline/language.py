"""Cheap language identification: writing system first, then function-word counts for Latin-script languages."""

from __future__ import annotations

import re

SUPPORTED = frozenset({"en"})
_SAMPLE = 900
_WORDS = 120
_NON_LATIN = re.compile(r"[\u0370-\u1FFF\u3040-\uD7AF]")
_WORD = re.compile(r"[^\W\d_]+")
# The commonest function words of each language; news prose is dense with them.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in a is was were that for on with by at from as said has have had are be it its an this which after".split()),
    "es": frozenset("el la los las de del y en que un una por con para se su al es fue según sus lo como".split()),
    "fr": frozenset("le la les de des du et en un une que est a été pour dans par sur au aux ce qui avec ont".split()),
    "pt": frozenset("o a os as de do da dos das e em um uma que por para com no na foi são pelo pela".split()),
    "de": frozenset("der die das und in den von zu mit des ist im dem nicht ein eine für auf wurde sich bei".split()),
    "it": frozenset("il la di e che in un una per con del della è i le sono da al nel ha".split()),
    "tr": frozenset("ve bir bu ile için da de olarak olan en çok gibi daha sonra".split()),
    "id": frozenset("yang dan di ini itu dengan untuk dari dalam tidak akan pada ke oleh".split()),
}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _vocab in _FUNCTION_WORDS.items():
    for _word in _vocab:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cyrillic", re.compile(r"[\u0400-\u04FF]")),
    ("arabic", re.compile(r"[\u0600-\u06FF]")),
    ("hebrew", re.compile(r"[\u0590-\u05FF]")),
    ("cjk", re.compile(r"[\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]")),
    ("devanagari", re.compile(r"[\u0900-\u097F]")),
    ("greek", re.compile(r"[\u0370-\u03FF]")),
    ("thai", re.compile(r"[\u0E00-\u0E7F]")),
)
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_PERSIAN = re.compile(r"[پچژگ]")
_JAPANESE = re.compile(r"[\u3040-\u30FF]")
_KOREAN = re.compile(r"[\uAC00-\uD7AF]")


def detect_language(text: str, declared: str | None = None) -> str:
    """ISO 639-1 code of ``text`` (``und`` when unsure); a feed's ``declared`` language wins when given."""
    if declared:
        return declared.split("-")[0].strip().lower() or "und"
    sample = text[:_SAMPLE]
    words = _WORD.findall(sample)
    if not words:
        return "und"
    if _NON_LATIN.search(sample):
        letters = sum(map(len, words))
        for script, pattern in _SCRIPTS:
            if len(pattern.findall(sample)) > letters * 0.3:
                return _by_script(script, sample)
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in words[:_WORDS]:
        for lang in _LANGUAGES_OF.get(word.lower(), ()):
            counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] == 0:
        return "und"
    if best != "en" and counts["en"] >= counts[best] * 0.8:
        return "en"
    return best


def is_supported(language: str) -> bool:
    """Whether the English rules apply (an undetermined language gets the benefit of the doubt)."""
    return language in SUPPORTED or language == "und"


def _by_script(script: str, sample: str) -> str:
    if script == "cyrillic":
        return "uk" if _UKRAINIAN.search(sample) else "ru"
    if script == "arabic":
        return "fa" if _PERSIAN.search(sample) else "ar"
    if script == "cjk":
        return "ja" if _JAPANESE.search(sample) else "ko" if _KOREAN.search(sample) else "zh"
    return {"hebrew": "he", "devanagari": "hi", "greek": "el", "thai": "th"}[script]
