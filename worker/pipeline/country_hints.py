"""Words that tie a report to one country when it names no place the gazetteer knows: armed groups, forces, local terms."""

from __future__ import annotations

import re

__all__ = ["HINT_WEIGHT", "country_hints"]

HINT_WEIGHT = 1.25
# Actors and administrative words that news uses for one country only (widely reported conflicts and their units).
_HINTS = {
    "AF": ("Taliban", "ANDSF", "Afghan National Army", "Afghan National Police"),
    "SO": ("Al Shabaab", "Al-Shabaab", "al-Shabaab", "Al shabaab", "Al-Shabab", "al-Shabab", "AMISOM", "Jubaland", "Puntland"),
    "YE": ("Houthi", "Houthis", "pro-Houthi", "anti-Houthi", "Ansar Allah", "pro-Hadi", "Southern Transitional Council", "Tihama Resistance", "pro-STC", "Security Belt"),
    "NG": ("Boko Haram", "ISWAP", "LGA", "LGAs", "Amotekun", "Ebubeagu", "IPOB"),
    "LB": ("Hezbollah", "Tabbaneh", "Bab al-Tabbaneh", "Bab el-Tabbaneh", "Bab al-Tebbaneh", "Jabal Mohsen", "Jabal Mohsin", "Jabal Muhsin", "Jebel Mohsen", "Seray", "Serail"),  # Tripoli's quarters; the Seray, a Lebanese town's government house
    "PS": ("Hamas", "Gaza Strip", "West Bank"),
    "UA": ("OSCE SMM", "SMM", "Donbas", "Donbass", "AFU", "Armed Forces of Ukraine", "ZSU"),
    "BI": ("Imbonerakure", "CNDD-FDD"),
    "CD": ("FARDC", "CODECO", "Mayi Mayi", "Mayi-Mayi", "M23", "Nyatura", "Raia Mutomboki"),
    "SY": ("HTS", "Hayat Tahrir al-Sham", "SDF", "QSD", "YPG", "Syrian Democratic Forces", "Syrian National Army", "National Defense Forces", "National Defence Forces"),
    "IQ": ("PMF", "PMU", "Hashd al-Shaabi", "Popular Mobilization Forces", "Popular Mobilization Units", "Peshmerga", "TMF", "Tribal Mobilization"),
    "LY": ("LNA", "GNA", "Libyan National Army", "Government of National Accord"),
    "TR": ("PKK", "HPG"),
    "PH": ("NPA", "New People's Army", "BIFF", "MILF", "Abu Sayyaf", "Barangay", "barangay"),
    "CO": ("ELN", "FARC", "Clan del Golfo"),
    "MX": ("CJNG", "Sinaloa Cartel", "Jalisco New Generation Cartel"),
    "MM": ("Tatmadaw", "Arakan Army", "KNU", "KNLA", "TNLA"),
    "CM": ("Ambazonia", "Ambazonian", "Amba"),
    "IN": ("Naxal", "Naxals", "Naxalite", "Naxalites", "CRPF", "CoBRA"),
    "ML": ("FAMa", "Dozo"),
    "BF": ("VDP", "Koglweogo"),
    "SD": ("RSF", "Rapid Support Forces"),
    "SS": ("SPLA-IO", "SSPDF"),
    "ET": ("Fano", "Oromo Liberation Army", "TPLF", "ENDF"),
    "PK": ("TTP", "Tehrik-i-Taliban", "Pakistani Taliban", "ISPR", "Frontier Corps", "Fitna al Khawarij", "Balochistan Liberation Army", "BLA"),
    "BD": ("BNP", "Awami League", "Chhatra League", "Chhatra Dal", "Jubo Dal", "Upazila"),
    "IL": ("IDF",),
    "AZ": ("Artsakh", "Nagorno-Karabakh"),
}
# One lookup per word: the first word of each hint leads to the hints that start with it.
_BY_FIRST: dict[str, list[tuple[str, str]]] = {}
for _code, _phrases in _HINTS.items():
    for _phrase in _phrases:
        _BY_FIRST.setdefault(_phrase.split(" ")[0], []).append((_phrase, _code))
# Each branch opens with a literal (then looks behind it for the word start), so the regex engine can skip ahead.
_WORD = re.compile(r"(?:[A-Z](?<!\w[A-Z])[\w'-]*|p(?<!\wp)ro-[A-Z][\w-]*|a(?<!\wa)nti-[A-Z][\w-]*|a(?<!\wa)l-[A-Z][\w-]*|b(?<!\wb)arangay)")
# A quick test first: where none of `_LOWER_LED` occurs, the words are exactly the runs `_WORD`'s first branch finds alone.
_CAPITAL_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w'-]*")
_LOWER_LED = ("pro-", "anti-", "al-", "barangay")


def country_hints(text: str, spans: list[tuple[int, int]]) -> dict[str, float]:
    """Votes for the countries whose actors or local terms ``text`` names, one per country."""
    found: dict[str, float] = {}
    lower_led = any(fragment in text for fragment in _LOWER_LED)
    for start, end in spans:
        if _BY_FIRST.keys().isdisjoint(_CAPITAL_RUN.findall(text, start, end)) and not (
                lower_led and any(fragment in text[start:end] for fragment in _LOWER_LED)):
            continue
        covered = start  # "Pakistani Taliban" votes for Pakistan, not its last word for Afghanistan
        for m in _WORD.finditer(text, start, end):
            if m.start() < covered:
                continue
            for phrase, code in _BY_FIRST.get(m.group(), ()):
                if len(phrase) == len(m.group()) or text.startswith(phrase, m.start()):
                    found[code] = HINT_WEIGHT
                    covered = max(covered, m.start() + len(phrase))
    return found
