"""Words that tie a report to one country when it names no place the gazetteer knows: armed groups, forces, local terms."""

from __future__ import annotations

import re

__all__ = ["HINT_WEIGHT", "country_hints"]

HINT_WEIGHT = 0.75
# Actors and administrative words that news uses for one country only (widely reported conflicts and their units).
_HINTS = {
    "AF": r"Taliban|ANDSF|Afghan National (?:Army|Police)",
    "SO": r"[Aa]l[- ][Ss]habaab?|AMISOM|Jubaland|Puntland",
    "YE": r"Houthis?|pro-Houthi|Ansar Allah|pro-Hadi|Southern Transitional Council|Tihama Resistance",
    "NG": r"Boko Haram|ISWAP|LGAs?|Amotekun|Ebubeagu|IPOB|Nigerian? (?:Army|Air Force|Police)",
    "LB": r"Hezbollah",
    "PS": r"Hamas|Islamic Jihad|Gaza Strip|West Bank",
    "UA": r"OSCE SMM|SMM|Donbass?|Donbas People's Militia|People's Militia of the (?:DPR|LPR)|AFU|Armed Forces of Ukraine|ZSU",
    "BI": r"Imbonerakure|CNDD-FDD",
    "CD": r"FARDC|CODECO|Mayi[- ]Mayi|M23|Nyatura|Raia Mutomboki",
    "SY": r"HTS|Hay'?at Tahrir al[- ]Sham|SDF|QSD|YPG|SAA|Syrian Democratic Forces",
    "IQ": r"PMF|PMU|Hashd al[- ]Shaabi|Popular Mobilization (?:Forces|Units)|Peshmerga",
    "LY": r"LNA|GNA|Libyan National Army|Government of National Accord",
    "TR": r"PKK|HPG",
    "PH": r"NPA|New People's Army|BIFF|MILF|Abu Sayyaf|Barangay|barangay",
    "CO": r"ELN|FARC|Clan del Golfo",
    "MX": r"CJNG|Sinaloa Cartel|Jalisco New Generation Cartel|Guardia Nacional",
    "MM": r"Tatmadaw|Arakan Army|KNU|KNLA|KIA|TNLA",
    "CM": r"Ambazonian?|Amba boys",
    "IN": r"Naxals?|Naxalites?|CRPF|BSF|Maoists? \(India\)",
    "ML": r"FAMa|Dozo",
    "BF": r"VDP|Koglweogo",
    "MZ": r"Al-Sunnah wa Jama'ah|Ahlu Sunnah Wa-Jama",
    "SD": r"RSF|Rapid Support Forces|SAF",
    "SS": r"SPLA-IO|SSPDF|NAS",
    "ET": r"Fano|OLA|Oromo Liberation Army|TPLF|ENDF",
    "PK": r"TTP|Tehrik-i-Taliban|BLA",
    "EG": r"Sinai Province",
    "IL": r"IDF",
    "AZ": r"Artsakh|Nagorno-Karabakh",
}
_PATTERN = re.compile("|".join(rf"(?P<{code}>\b(?:{words})\b)" for code, words in _HINTS.items()))


def country_hints(text: str, spans: list[tuple[int, int]]) -> dict[str, float]:
    """Votes for the countries whose actors or local terms ``text`` names, one per country."""
    found: dict[str, float] = {}
    for start, end in spans:
        for m in _PATTERN.finditer(text, start, end):
            if m.lastgroup:
                found[m.lastgroup] = HINT_WEIGHT
    return found
