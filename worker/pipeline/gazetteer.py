"""Find places in text: GeoNames towns (≥500 people), admin1 regions and countries, with aliases and context rules."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from functools import lru_cache

from worker.pipeline.containers import (BORDER_AFTER, COMMON_WORDS, NOT_PLACES, ends_after_word, in_institution, is_metonym, place_in_containers,
                                        towns_before_regions)
from worker.pipeline.country_hints import country_hints
from worker.pipeline.places import OBLAST_COUNTRIES, Place, PlaceData, PlaceMatch, bare_name, fold, load_place_data, plain_name
from worker.pipeline.state_codes import ABBREVIATED_STATE, AP_STATE_DATELINE, AP_STATES, STATE_CODES

__all__ = ["CAUSE_BEFORE", "COUNTRY_PARTS", "REGION_WORDS", "SHARED_FEATURES", "Gazetteer", "Place", "PlaceMatch", "admin1_key", "country_code_for", "default_gazetteer", "fold", "paren_admin"]

# Transliterations and old names news still uses, mapped to the GeoNames name.
CITY_ALIASES = {
    "kiev": "Kyiv", "kyyiv": "Kyiv", "kharkov": "Kharkiv", "odessa": "Odesa", "dnepr": "Dnipro",
    "dnipropetrovsk": "Dnipro", "dnepropetrovsk": "Dnipro", "lvov": "Lviv", "lugansk": "Luhansk",
    "chernigov": "Chernihiv", "artemovsk": "Bakhmut", "artemivsk": "Bakhmut", "nikolaev": "Mykolayiv",
    "nikolayev": "Mykolayiv", "mykolaiv": "Mykolayiv", "zaporozhye": "Zaporizhzhya", "zaporizhzhia": "Zaporizhzhya",
    "zaporizhia": "Zaporizhzhya", "sanaa": "Sanaa", "sana'a": "Sanaa", "mogadiscio": "Mogadishu",
    "bombay": "Mumbai", "rangoon": "Yangon", "saigon": "Ho Chi Minh City", "peking": "Beijing", "rio": "Rio de Janeiro",
}
COUNTRY_ALIASES = {
    "us": "US", "u.s.": "US", "usa": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "drc": "CD", "dr congo": "CD", "congo-kinshasa": "CD", "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD", "congo-brazzaville": "CG", "republic of congo": "CG", "republic of the congo": "CG",
    "congo republic": "CG", "congo": "CD",  # news agencies write "Congo" for the larger one, Kinshasa's
    "cote d'ivoire": "CI", "ivory coast": "CI", "czech republic": "CZ", "burma": "MM", "palestine": "PS",
    "gaza strip": "PS", "gaza": "PS", "west bank": "PS", "turkiye": "TR", "netherlands": "NL", "holland": "NL",
    "east timor": "TL", "swaziland": "SZ", "eswatini": "SZ", "macedonia": "MK", "vatican city": "VA", "uae": "AE",
    "car": "CF", "south korea": "KR", "north korea": "KP", "russian federation": "RU", "syrian arab republic": "SY",
    "kosovo": "XK", "laos": "LA", "vietnam": "VN", "iran": "IR", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
}
# Country names (in `COUNTRY_ALIASES`) that name one first-level region of the country.
COUNTRY_PARTS = {"west bank": "West Bank", "gaza strip": "Gaza Strip", "gaza": "Gaza Strip"}
# Names news uses for first-level regions (or for areas spanning several: admin1 left unknown).
REGION_ALIASES = {
    "dpr": ("UA", "05"), "donetsk people's republic": ("UA", "05"), "donetsk republic": ("UA", "05"),
    "lpr": ("UA", "14"), "luhansk people's republic": ("UA", "14"), "lugansk people's republic": ("UA", "14"),
    "luhansk republic": ("UA", "14"), "lugansk republic": ("UA", "14"), "donbas": ("UA", ""), "donbass": ("UA", ""),
    "rural damascus": ("SY", "08"), "damascus countryside": ("SY", "08"), "darfur": ("SD", ""),
    "middle shabelle": ("SO", "13"), "lower shabelle": ("SO", "14"), "hiran": ("SO", "07"),
    "saladin": ("IQ", "18"), "salahuddin": ("IQ", "18"), "thi qar": ("IQ", "09"),
    "galilee": ("IL", "03"), "upper galilee": ("IL", "03"), "western galilee": ("IL", "03"), "lower galilee": ("IL", "03"),
    # the two sides of the Kashmir line of control, as news names them
    "pakistan-administered kashmir": ("PK", "06"), "pakistani-administered kashmir": ("PK", "06"), "pakistan-controlled kashmir": ("PK", "06"),
    "pakistani kashmir": ("PK", "06"), "pakistan-held kashmir": ("PK", "06"), "pakistan-occupied kashmir": ("PK", "06"), "pok": ("PK", "06"),
    "ajk": ("PK", "06"), "azad jammu and kashmir": ("PK", "06"),
    "indian-administered kashmir": ("IN", "12"), "india-administered kashmir": ("IN", "12"), "indian-controlled kashmir": ("IN", "12"),
    "indian kashmir": ("IN", "12"), "indian-held kashmir": ("IN", "12"), "indian-occupied kashmir": ("IN", "12"),
    # English names of European regions the tables spell only in the local language (or by an older region holding them)
    "normandy": ("FR", "28"), "burgundy": ("FR", "27"),
    # Iraq's Kurdistan Region, not Iran's Kurdistan province
    "kurdistan region": ("IQ", ""), "kurdistan region of iraq": ("IQ", ""), "iraqi kurdistan": ("IQ", ""), "iraq's kurdistan region": ("IQ", ""),
}
# Islands and peninsulas news names as places, which the town and region tables lack: the first-level region they lie in,
# or "" for one spanning several; a name shared by several countries lists each, the one most reported first.
ISLANDS: dict[str, tuple[tuple[str, str], ...]] = {
    "sulawesi": (("ID", ""),), "celebes": (("ID", ""),), "sumatra": (("ID", ""),), "sumatera": (("ID", ""),), "java": (("ID", ""),),
    "kalimantan": (("ID", ""),), "borneo": (("ID", ""), ("MY", ""), ("BN", "")), "lombok": (("ID", "West Nusa Tenggara"),),
    "madura": (("ID", "East Java"),), "halmahera": (("ID", "Maluku Utara"),), "seram": (("ID", "Maluku"),), "nias": (("ID", "North Sumatra"),),
    "bali": (("ID", "Bali"),), "mindanao": (("PH", ""),), "luzon": (("PH", ""),), "visayas": (("PH", ""),), "negros": (("PH", ""),), "panay": (("PH", "Western Visayas"),),
    "mindoro": (("PH", "Mimaropa"),), "sinai": (("EG", ""),), "sinai peninsula": (("EG", ""),), "evia": (("GR", "Central Greece"),),
    "euboea": (("GR", "Central Greece"),), "evvoia": (("GR", "Central Greece"),), "lesbos": (("GR", "North Aegean"),),
    "lesvos": (("GR", "North Aegean"),), "chios": (("GR", "North Aegean"),), "samos": (("GR", "North Aegean"),), "kos": (("GR", "South Aegean"),),
    "bioko": (("GQ", ""),), "unguja": (("TZ", ""),), "mallorca": (("ES", "Balearic Islands"),), "majorca": (("ES", "Balearic Islands"),),
    "gran canaria": (("ES", "Canary Islands"),), "lanzarote": (("ES", "Canary Islands"),), "fuerteventura": (("ES", "Canary Islands"),),
    "vancouver island": (("CA", "British Columbia"),), "long island": (("US", "New York"),), "chiloe": (("CL", "Los Lagos"),),
    "honshu": (("JP", ""),), "kyushu": (("JP", ""),), "shikoku": (("JP", ""),),
    "socotra": (("YE", "Socotra"),), "suqutra": (("YE", "Socotra"),),
    "rhodes": (("GR", "South Aegean"),), "corfu": (("GR", "Ionian Islands"),), "lampedusa": (("IT", "Sicily"),),
    "delft island": (("LK", "Northern Province"),), "katchatheevu": (("LK", "Northern Province"),), "kachchativu": (("LK", "Northern Province"),),
}
# Lakes, mountains, valleys, forests and roads news names as places, which the town and region tables lack, read like
# `ISLANDS`. A feature shared by several countries (`SHARED_FEATURES`) says nothing of which: it is placed only in a
# country the article otherwise points at.
FEATURES: dict[str, tuple[tuple[str, str], ...]] = {
    "lake chad": (("TD", "Lac"), ("NG", "Borno"), ("NE", "Diffa"), ("CM", "Far North")), "lake kivu": (("CD", ""), ("RW", "")),
    "lake victoria": (("UG", ""), ("KE", ""), ("TZ", "")), "lake tanganyika": (("CD", "Tanganyika"), ("TZ", "Kigoma"), ("BI", ""), ("ZM", "Northern")),
    "lake albert": (("CD", "Ituri"), ("UG", "Western Region")), "lake edward": (("CD", "North Kivu"), ("UG", "Western Region")),
    "lake malawi": (("MW", ""), ("MZ", "Niassa"), ("TZ", "")), "lake turkana": (("KE", "Turkana"), ("ET", "")),
    "lake kariba": (("ZM", "Southern"), ("ZW", "Mashonaland West")), "lake titicaca": (("PE", "Puno"), ("BO", "La Paz")),
    "lake tana": (("ET", "Amhara"),), "lake volta": (("GH", ""),), "lake nasser": (("EG", "Aswan"),), "lake urmia": (("IR", ""),),
    "lake van": (("TR", "Van"),), "lake maracaibo": (("VE", "Zulia"),), "lake baikal": (("RU", ""),), "tonle sap": (("KH", ""),),
    "mount etna": (("IT", "Sicily"),), "etna": (("IT", "Sicily"),), "mount vesuvius": (("IT", "Campania"),), "vesuvius": (("IT", "Campania"),),
    "mount kenya": (("KE", ""),), "mount elgon": (("UG", "Eastern Region"), ("KE", "")), "mount kilimanjaro": (("TZ", "Kilimanjaro"),),
    "kilimanjaro": (("TZ", "Kilimanjaro"),), "mount cameroon": (("CM", "South-West Province"),), "mount nyiragongo": (("CD", "North Kivu"),),
    "mount merapi": (("ID", ""),), "mount semeru": (("ID", "East Java"),), "mount sinabung": (("ID", "North Sumatra"),),
    "mount agung": (("ID", "Bali"),), "mount lewotobi": (("ID", "East Nusa Tenggara"),), "mount ruang": (("ID", "North Sulawesi"),),
    "mayon volcano": (("PH", "Bicol"),), "mount mayon": (("PH", "Bicol"),), "taal volcano": (("PH", "Calabarzon"),), "kanlaon volcano": (("PH", ""),),
    "mount kanlaon": (("PH", ""),), "mount everest": (("NP", ""), ("CN", "Tibet")), "mount hermon": (("SY", ""), ("IL", ""), ("LB", "")),
    "mount sinjar": (("IQ", "Nineveh"),), "sinjar mountains": (("IQ", "Nineveh"),), "qandil mountains": (("IQ", ""),), "qandil": (("IQ", ""),),
    "tora bora": (("AF", "Nangarhar"),), "hindu kush": (("AF", ""), ("PK", "")), "nuba mountains": (("SD", "South Kordofan"),),
    "jebel marra": (("SD", ""),), "jabal marra": (("SD", ""),), "adrar des ifoghas": (("ML", "Kidal"),), "air mountains": (("NE", "Agadez"),),
    "galwan valley": (("IN", "Ladakh"),), "swat valley": (("PK", "Khyber Pakhtunkhwa"),), "bekaa valley": (("LB", ""),),
    "sambisa forest": (("NG", "Borno"),), "kamuku forest": (("NG", "Kaduna"),), "virunga national park": (("CD", "North Kivu"),),
    "karakoram highway": (("PK", ""),), "grand trunk road": (("PK", ""), ("IN", "")), "trans-sahara highway": (("ML", ""), ("NE", ""), ("DZ", "")),
}
SHARED_FEATURES = frozenset(key for key, homes in FEATURES.items() if len(homes) > 1)
# Areas spanning several first-level regions: a town named with one is sought in those regions first.
REGION_SPANS = {"donbas": ("UA", ("05", "14")), "donbass": ("UA", ("05", "14")), "darfur": ("SD", ("47", "49", "55", "60", "61")),
                "kurdistan region": ("IQ", ("05", "08", "11", "19"))}
# A facility named after its town: the town is the place ("Donetsk Airport", "Karbonit Mine").
_FACILITIES = frozenset(
    "airport airbase air base mine port hills hill bridge dam checkpoint crossing junction road highway market prison university "
    "hospital camp frontline front station square street stadium refinery plant factory base border governorship governorate "
    "municipality mayoralty city court courthouse hotel mosque church cathedral temple embassy consulate club courts infirmary cbd".split()
)
_LGA = re.compile(r"(.+?) (?:Local Government(?: Area)?|LGA)(?: of .+)?$")
# Offices named after the town or province they serve.
_OFFICES = frozenset("governor governor's governorship municipality municipal mayor mayor's mayoralty commissionerate".split())
_COMPASS_WORDS = frozenset("north south east west northern southern eastern western central centre center northeast northwest southeast "
                           "southwest nord sud est ouest norte sur este oeste upper lower middle far".split())
_COMPASS_LED = frozenset("Central Northern Southern Eastern Western".split())
_ROAD_AFTER = re.compile(r"\s+(?:highway|road|expressway|motorway|route|corridor)\b", re.IGNORECASE)
# A street named after a place ("Lake Street", "Haifa Street") is no place of its own.
_STREET_END = re.compile(r" (?:Street|St|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Trail|Parkway|Highway|Expressway|Motorway)\.?$")
_RURAL_BEFORE = re.compile(r"\brural\s+$", re.IGNORECASE)
_COUNTRYSIDE_AFTER = re.compile(r"\s+countryside\b", re.IGNORECASE)
_ADMIN_WORDS = frozenset(
    "oblast oblast' oblysy province provincia governorate muhafazat region state district county krai kray prefecture "
    "department departement special republican city territory respublika republic of the rayon raion obl obl. nct area mehoz".split()
)
_ARTICLES = frozenset("al el ar as ash ad ad- an at az".split())
_COMPASS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "extreme": "far", "norte": "north", "sur": "south",
            "oeste": "west", "leste": "east"}
# Words that name a first-level region after its name ("Kursk Oblast"); a text holding none of them names no region so.
REGION_WORDS = ("region", "oblast", "province", "governorate", "state", "county", "prefecture", "department", "krai", "kray")
_REGION_WORDS = rf"(?i:{'|'.join(REGION_WORDS)})"
# Patterns open with the capital they need and look behind it afterwards, so the regex engine can skip to capitals.
_REGION = re.compile(rf"([A-Z](?<!\w[A-Z])[\w'’-]+ (?:[A-Z][\w'’-]+ ){{0,2}})({_REGION_WORDS})\b")
# Arabic particles join the name after them ("Ras as Sidr"); "as" only before its own letter, else it is English "as".
# Capital letters, accented ones too ("Álora", "Łódź", "Ürümqi").
_CAP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_RUN = re.compile(rf"(?:(?<![\w'’-])(?:al|el|an|ar|as|ash|at|az|ad|ed|en|es|ez)-(?=[{_CAP}]))?[{_CAP}](?<![\w'’][{_CAP}])[\w'’.-]*(?:(?: |-)(?:[{_CAP}][\w'’-]*|(?:al|el|ad|as(?=[ -]S)|ash|ez|es|az|ar|ul|ur|de|del|da|das|do|dos|de la|de los|de las|la|le|of the|of)(?=[ -][{_CAP}])))*(?<!-)")
# A building named after a place ("the Cathedral of San Salvador", "the Basilica of Guadalupe"), not that place.
_BUILDING_OF = re.compile(r"\b(?:[Cc]athedral|[Bb]asilica|[Cc]hurch|[Cc]hapel|[Mm]osque|[Ss]hrine|[Tt]emple|[Mm]onastery|[Cc]onvent|[Pp]alace|"
                          r"[Uu]niversity|[Cc]ollege|[Hh]ospital|[Ss]chool|[Ss]tadium|[Mm]useum)\s+of\s+(?:the\s+)?$")
# Words that open a longer name and are no town of their own there ("the San Juanico Bridge" is not in San, Mali).
_NAME_OPENERS = frozenset("san santa santo sao saint st el al la le los las new port fort mount lake".split())
_LANDMARK_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:in|near|of|at)\s+")
# The patterns read back from a place open with a look-ahead at the characters they can start with, for speed.
_STRUCK = re.compile(r"(?=[abchoprst])\b(?:hit|hits|struck|strikes|shelled|shells|bombed|bombarded|pounded|raided|stormed|targeted|attacked|"
                     r"overran|seized|captured|recaptured|retook|besieged)\s+(?:the\s+)?$")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_NEAR = re.compile(r"(?=[acdeknosvw])(?:near|outside|outskirts of|close to|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|km (?:from|of)|kilometres (?:from|of)|vicinity of|area of|district of)\s+(?:the\s+)?(?:city of\s+|town of\s+|village of\s+)?$", re.IGNORECASE)
_LOCATIVE = re.compile(r"(?=[acdfhilnostv])(?:\b(?:in|near|at|outside|from|into|of|towards?|village|town|city|settlement|hamlet|locality|area|district)\s+(?:the\s+)?)$", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s*(?:\(|,\s*(?:[A-Z][\w'-]+\s+)?(?:district|province|region|state|governorate|county)\b|\s(?:village|town|city|settlement|district|area|municipality|locality|neighbou?rhood|(?:(?:refugee|displacement|displaced)\s+)?camp)\b)", re.IGNORECASE)
# "Kirovsky district of Donetsk": a quarter of the town that follows (not of a region, "of Kharkiv region").
_QUARTER_OF = re.compile(
    r"\s+(?:district|neighbou?rhood|quarter|suburb|microdistrict)\s+(?:of|in)\s+(?:the\s+(?:city|town)\s+of\s+)?"
    r"(?P<town>[A-Z][\w'’-]+)(?![\w'’-]*\s+(?:region|oblast|province|governorate|state|county|district|raion))"
)
# "the city's Dnipro district": a quarter of a town already named, not the town of that name.
_QUARTER_OF_SAID = re.compile(r"\bthe\s+(?:city|town|capital|port)['’]s\s+$", re.IGNORECASE)
_QUARTER_WORD = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb|microdistrict|area)\b", re.IGNORECASE)
_AGENCIES = frozenset("ap afp reuters pti lusa ani ians upi dpa efe xinhua tass ria interfax anadolu bernama kyodo yonhap apa".split())
_PAREN_ADMIN = re.compile(r"\s*(?:\w+\s+)?\(([^(),]+)(?:,\s*([^(),]+))?\)")
_LEADING_WORDS = frozenset("in the on at of near from across into throughout and".split())
_SMALL = 15000
_VILLAGE = 5000
_INSTITUTION_WEIGHT = 0.5
_BIG_TOWN = 100000
_NEARBY_DEGREES = 0.3
_METROPOLIS = 1000000
_RESPELLED_FROM = 10000  # towns big enough to be found by a transliteration their entry lacks
# A line that is nothing but a name (a headline naming a place) names a place, whatever its size.
_ALONE_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
_ALONE_AFTER = re.compile(r"[ \t.|]*(?:\n|$)")
# Where a text names the region containing a town: "(District, Region)", "Town, Region".
_CONTAINER_SLOT = re.compile(r"(?:\([^()]{0,40}|[A-Za-z],\s*)$")
# From a town to the name of what contains it: "Town, Region", "Town (Region)", "Town (District, Region)".
_TO_CONTAINER = re.compile(r"[ \t]*(?:,[ \t]*|\((?:[^(),\n]{1,40},[ \t]*)?)")
_FORCES_AFTER = re.compile(r"(?:-led|-backed|\s+(?:[A-Z]+\s+)?(?:security |armed |military |special |border |naval |air |riot )?"
                           r"(?:forces|troops|army|military|soldiers?|police|policemen|jets|warplanes|aircraft|planes|drones|navy|settlers|guards?))\b")
_PEOPLE_AFTER = re.compile(r"\s+(?:officials?|authorities|government|president|(?:prime |foreign |defen[cs]e )?minist(?:er|ry)|"
                           r"spokes(?:man|woman|person)|state media|media|news agency|sources|lawmakers|leaders?|diplomats?|"
                           r"nationals|citizens|embassy)\b")
# A people's name before a common noun is an adjective ("Somali clan militias"), unless the noun names a region.
_ADJECTIVE_AFTER = re.compile(r"\s+(?!(?:region|regional|state|zone|province|area|special|people's)\b)[a-z]")
_CAPITAL_AFTER = re.compile(r"(?:['’]s)?\s+capital\b")
_WIND_AFTER = re.compile(r"\s+winds?\b")
_LANDFORM_AFTER = re.compile(r"\s+(?:river|River)\b")
_RIVERS_AFTER = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w'’-]+\s+[Rr]ivers\b")
# What follows a wire dateline's town: ", Nigeria (AP) —", " (AFP) -", " —".
_DATELINE_AFTER = re.compile(r"(?:, [A-Z][\w.' -]{1,40}?)?\s*(?:\([A-Z]|[—–]|- )|:[ \t]")
_CAPITALS_BEFORE = re.compile(r"(?:^|\s)[A-Z][A-Z .'-]*\s*$")
_WATER = re.compile(r"(?:(?:Gulf|Straits?|Bay|Sea) of [A-Z][\w'-]*(?: [A-Z][\w'-]*)?|(?:[A-Z][\w'-]* )+(?:Sea|Ocean|Gulf))")
_REGION_OF = re.compile(r"\b(?:state|province|governorate|department|prefecture)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_DASH_AFTER = re.compile(r"\)?[ \t]*[—–-]")
# A place a crowd backs, not where it gathers ("rally in Yemen's Saada in support of Gaza").
CAUSE_BEFORE = re.compile(r"\b(?:in (?:support|solidarity) (?:of|with)|pro-)\s*(?:the\s+)?(?:people\s+of\s+)?$", re.IGNORECASE)
_DAY_OWNER = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)['’]s (?=[A-Z])")
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})['’]s\s+$")
_ORIGIN_BEFORE = re.compile(r"\b(?:from|with)\s+(?:the\s+)?(?:(?:south|north)(?:-?(?:east|west))?ern\s+|eastern\s+|western\s+)?$", re.IGNORECASE)
_PERSON_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:mayor|governor|president|senator|lawmaker|deputy|minister|sheikh|imam|bishop|judge|"
                                  r"activist|journalist|leader|hero|poet|writer|general|mr|mrs|ms|dr)\.?[ \t]+$")
# Brackets after a name hold its container: "Town (Region)", and the last of "(District, Region)".
_LAST_IN_PAIR = re.compile(r"(?:\w[ \t]*\(|\([^(),\n]{1,40},[ \t]*)$")
_PAREN_CLOSE = re.compile(r"[ \t]*\)")
_THE_BEFORE = re.compile(r"\bthe\s+$")
_FUNCTION_WORD_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:and|or|to|in|on|at|of|from|with|where|which|that|was|were|is|are|has|had|for|by)\b)")
_AFTER_NAME_COMMA = re.compile(r"[A-Z][\w'’-]*,[ \t]*$")
_REGION_WORD_AFTER = re.compile(rf"\s+{_REGION_WORDS}\b")
_DISTRICT_WORD_AFTER = re.compile(r"\s+(?:district|regency|raion|rayon|county|province|territory|tehsil|municipality|LGA|local government area)\b", re.IGNORECASE)
_STANCE_BEFORE = re.compile(r"(?i:pro|anti)-$")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*[A-Z]|and\s+[A-Z]|&)")
# A demonym, singular or plural ("Palestinians": the plural "s" is left out of the match).
_DEMONYM_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+?(?:" + "|".join(f"(?<=[a-z]{s})" for s in "ian ean an ese i ish ic ch er ot ine eek".split())
                           + r")(?=s?\b)")


@lru_cache(maxsize=65536)
def admin1_key(name: str) -> str:
    """A comparison key for first-level region names: ``Donets'ka Oblast'``, ``Donetsk oblast`` → the same key."""
    words = re.sub(r"['’`ʼ‘ʻʿʾ]|\([^()]*\)", "", fold(name)).replace("-", " ").replace(".", " ").replace(",", " ").split()
    words = [w for w in words if w not in _ADMIN_WORDS]
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    if not words:
        return fold(name)
    if len(words) > 1:  # "Nord-Kivu", "Extreme-Nord", "Sud-Ouest": the English compass words news uses
        words = [_COMPASS.get(w, w) for w in words]
    last = words[-1]
    alias = CITY_ALIASES.get(last)
    if alias:
        last = fold(alias).replace("'", "")
    words[-1] = re.sub(r"(?:ska|sky|skyy|ske|sk|s)$", "", last) or last
    if len(words[-1]) >= 5:  # Arabic final -a written -ah or -eh ("Hasakeh", "Hasakah", "Raqqa")
        words[-1] = re.sub(r"(?<=[^aeiouy])[ae]h$", "a", words[-1])
    return " ".join(words)


def oblast_name(code: str, name: str) -> str:
    """GeoNames' bare oblast names as news writes them (``Kursk`` → ``Kursk Oblast``), without transliteration marks (``Marib``)."""
    name = plain_name(name, code)
    if code in OBLAST_COUNTRIES and re.fullmatch(r"[A-Z][a-z'-]+", name) and not re.search(r"(?:ya|ia|stan|ea|City)$", name):
        return f"{name} Oblast"
    return name


class Gazetteer:
    """Towns, first-level regions and countries, indexed by folded name and alias."""

    def __init__(self, data: PlaceData) -> None:
        self.data = data
        self.countries: dict[str, Place] = {}
        self._country_names: dict[str, str] = {}
        for code, row in data.countries.items():
            name = row["name"].strip()
            self.countries[code] = Place(name, "country", name, code, population=int(row.get("population") or 0))
            self._country_names[fold(name)] = code
        for alias, code in {**data.country_aliases, **COUNTRY_ALIASES}.items():
            if code in self.countries:
                self._country_names.setdefault(alias, code)
        self.demonyms = dict(data.demonyms)
        # "Bosnia and Herzegovina", "Trinidad and Tobago": names a run of capitalised words cannot hold.
        joined = sorted({p.name for p in self.countries.values() if " and " in p.name}
                        | {n for n in data.admin1.values() if " and " in n and not set(fold(n).split()) <= {*_COMPASS_WORDS, "and"}},
                        key=len, reverse=True)  # "Sistan and Baluchestan province" too
        self._and_names = tuple(joined)
        self._and_countries = re.compile(rf"(?=[{''.join(sorted({n[0] for n in joined}))}])\b(?:{'|'.join(map(re.escape, joined))})\b") if joined else None
        self._capitals = {(code, fold(row.get("capital") or "")) for code, row in data.countries.items() if row.get("capital")}
        self._city_cache: dict[str, list[Place]] = {}
        self._may_name: dict[str, bool] = {}
        self._regions: dict[str, list[Place]] = {}
        self._skeletons: dict[str, list[Place]] | None = None
        self._by_skeleton: dict[tuple[str | None, str], list[int]] | None = None
        for (code, admin1_code), name in data.admin1.items():
            country = self.countries.get(code)
            display = oblast_name(code, name)
            place = Place(display, "region", country.name if country else None, code, admin1=display)
            for key in {fold(name), fold(display), admin1_key(name)}:
                self._regions.setdefault(key, []).append(place)
        self._current: set[Place] = set()
        self._add_current_regions(data)
        self._districts: dict[str, list[Place]] = {}
        self._shadowed: dict[str, list[Place]] = {}  # districts named like a town: places only where a district word follows
        self._add_admin_names(data)
        for alias, (code, admin1_code) in REGION_ALIASES.items():
            country = self.countries.get(code)
            name = data.admin1.get((code, admin1_code))
            display = oblast_name(code, name) if name else alias.title()
            place = Place(display, "region", country.name if country else None, code, admin1=display if name else None)
            self._regions.setdefault(alias, []).insert(0, place)
        self._add_islands(data)
        self._spans: dict[str, set[tuple[str | None, str | None]]] = {alias: {(code, oblast_name(code, data.admin1[(code, c)])) for c in codes if (code, c) in data.admin1}
                       for alias, (code, codes) in REGION_SPANS.items()}

    def _add_islands(self, data: PlaceData) -> None:
        """`ISLANDS` as regions: in the first-level region holding them, else in their country with the region unknown."""
        regions = {(code, name) for (code, _), name in data.admin1.items()}
        for key, homes in (*ISLANDS.items(), *FEATURES.items()):
            for code, holder in homes:
                country = self.countries.get(code)
                admin1 = oblast_name(code, holder) if (code, holder) in regions else None
                place = Place(key.title(), "region", country.name if country else None, code, admin1=admin1)
                self._regions.setdefault(key, []).insert(0, place)

    def _add_current_regions(self, data: PlaceData) -> None:
        """ISO region names the GeoNames table lacks, and provinces placed in the region holding them."""
        for code, name, parent in sorted(data.subdivisions, key=lambda row: bool(row[2])):  # regions, then provinces in them
            key = admin1_key(name)
            if any(p.country_code == code for p in self._regions.get(key, ())) \
                    or any(data.cities[i][5] >= (_SMALL if parent else _BIG_TOWN) for i in data.names.get(fold(name), ())):
                continue  # the older tables know the region, or a town has its name
            holder = next((p.admin1 for p in self._regions.get(admin1_key(parent), ()) if p.country_code == code and p not in self._current),
                          None) if parent else name
            if holder is None:
                continue  # a province whose region the tables do not know by that name
            country = self.countries.get(code)
            place = Place(plain_name(name, code), "region", country.name if country else None, code,
                          admin1=plain_name(holder, code))
            self._current.add(place)
            for k in {fold(name), key}:
                self._regions.setdefault(k, []).append(place)

    def _add_admin_names(self, data: PlaceData) -> None:
        """Other names of first-level regions ("Nineveh", "Bekaa"), and districts ("North Waziristan") placed in their region.

        A name that is an everyday word, a country or a people adds nothing; a district name also adds nothing where it names a
        town or region already.
        """
        for code, admin1_code, level, names in data.admin_names:
            region_name = data.admin1.get((code, admin1_code))
            country = self.countries.get(code)
            if region_name is None or country is None:
                continue
            display = oblast_name(code, region_name)
            if level == 1:
                region = next((p for p in self._regions.get(fold(region_name), ()) if p.country_code == code and p.admin1 == display), None)
                for name in names if region is not None else ():
                    key = fold(name)
                    for k in (key, admin1_key(name)) if self._plain_name(key) else ():
                        bucket = self._regions.setdefault(k, [])
                        if not any(p.country_code == code for p in bucket):
                            bucket.append(region)  # type: ignore[arg-type]
                continue
            keys = {fold(name) for name in names}
            plain = [k for k in keys if k not in self._regions and self._plain_name(k)]
            fresh = [k for k in plain if k not in data.names]
            district = Place(plain_name(min(names, key=len), code), "region", country.name, code, admin1=display)
            for key in {k for f in fresh for k in (f, f.replace("-", " "))}:
                self._districts.setdefault(key, []).append(district)
            for key in {k for k in plain if k in data.names}:
                self._shadowed.setdefault(key, []).append(district)

    def _plain_name(self, key: str) -> bool:
        """Whether a folded name may name a region or district: no everyday word, country, people or bare compass point."""
        return not (key in NOT_PLACES or key in COMMON_WORDS or key in self.demonyms or key in self._country_names
                    or all(w in _COMPASS_WORDS for w in key.replace("-", " ").split()))

    def _district(self, text: str, candidate: str, offset: int, prefer: tuple[str, ...]) -> PlaceMatch | None:
        """A district the text introduces as a place ("in North Waziristan", "Kurram district", "(Lakki Marwat)"): its region."""
        districts = self._districts.get(fold(candidate))
        if not districts:
            return None
        end = offset + len(candidate)
        if not (_LOCATIVE.search(text[max(0, offset - 30):offset]) or _PLACE_AFTER.match(text, end) or _DISTRICT_WORD_AFTER.match(text, end)
                or _CONTAINER_SLOT.search(text, max(0, offset - 45), offset)):
            return None
        return PlaceMatch(_first_in(districts, prefer) or districts[0], offset, end, candidate, 3)

    def districts(self, name: str) -> list[Place]:
        """Second-level districts of that name, those no town shares first."""
        key = fold(name)
        return self._districts.get(key, []) + self._shadowed.get(key, [])

    def is_district(self, match: PlaceMatch) -> bool:
        """Whether a match is a district from the district table (no first-level region of its name)."""
        return match.place.kind == "region" and match.place in self._districts.get(fold(match.text), ()) and not self.regions(match.text)

    def _capital_of(self, code: str | None) -> Place | None:
        name = (self.data.countries.get(code) or {}).get("capital") if code else None
        return next((p for p in self.cities(name) if p.country_code == code), None) if name else None

    def is_current(self, place: Place) -> bool:
        """Whether ``place`` is a current first-level region the older tables lack ("Ituri", once part of Orientale)."""
        return place in self._current and place.admin1 == place.name

    def is_capital(self, place: Place) -> bool:
        """Whether ``place`` is its country's capital."""
        return (place.country_code, fold(place.name)) in self._capitals

    def country(self, name: str) -> Place | None:
        """The country called ``name`` (or an alias), if any."""
        code = self._country_names.get(fold(name))
        return self.countries.get(code) if code else None

    def cities(self, name: str) -> list[Place]:
        """Towns called ``name``, most populous first."""
        found = self._city_cache.get(name)
        if found is None:
            if len(self._city_cache) >= 100000:
                self._city_cache.clear()
            found = self._city_cache[name] = self._cities(name)
        return found

    def _cities(self, name: str) -> list[Place]:
        key = fold(name)
        if key in CITY_ALIASES:
            rows = self.data.names.get(fold(CITY_ALIASES[key]))
            if rows:
                return [self._city(i) for i in rows]
        rows = self.data.names.get(key) or self.data.names.get(key.replace("-", " ")) or []
        plain = key.replace("-", " ")
        if not rows and not self.regions(name):  # (a region of the very name is what it names: "Ar-Raqqa" the governorate)
            rows = self._final_h(key)
            plain = key[:-1] if key.endswith("h") else key + "h"
        places = [self._city(i) for i in rows]
        bare = _without_article(plain)  # "Maghazi" is "Al-Maghazi" without its article, not another name
        return [p if fold(p.name).replace("-", " ") in (plain, bare) or _without_article(fold(p.name).replace("-", " ")) == bare
                else replace(p, alias=True) for p in places]

    def _final_h(self, key: str) -> list[int]:
        """Towns of 15,000 people or more whose name news writes with or without the final "h" of Arabic "-ah" ("Hodeidah", "Hodeida")."""
        if len(key) < 6 or not key.endswith("a") and not key.endswith("ah"):
            return []
        other = key[:-1] if key.endswith("ah") else key + "h"
        return [i for i in self.data.names.get(other, ()) if self.data.cities[i][5] >= _SMALL]

    def regions(self, name: str, loose: bool = False) -> list[Place]:
        """First-level regions called ``name``; ``loose`` also matches other spellings ("North Sinai" for "Shamal Sina'")."""
        found = self._regions.get(fold(name), [])
        if (key := admin1_key(name)) != fold(name) and (more := self._regions.get(key)):  # "North-West": "North-West Province" too
            found = list(dict.fromkeys([*found, *more]))
        if found or not loose or fold(name) in self.demonyms:  # "Indian officials" is no loose spelling of Indiana
            return found
        from worker.pipeline.region_names import loosely_alike, region_skeleton

        key = region_skeleton(name)
        if len(key.replace(" ", "")) < 3:
            return []
        alike = [p for p in self._region_skeletons().get(key, []) if loosely_alike(name, p.admin1 or p.name)]
        return [replace(p, alias=True) for p in sorted(alike, key=lambda p: -_likeness(name, p.admin1 or p.name))]

    def _region_skeletons(self) -> dict[str, list[Place]]:
        if self._skeletons is None:
            from worker.pipeline.region_names import region_skeleton

            index: dict[str, list[Place]] = {}
            for places in self._regions.values():
                for place in places:
                    if place.admin1 and place not in self._current:  # loose spellings only of the older tables' names
                        bucket = index.setdefault(region_skeleton(place.admin1), [])
                        if place not in bucket:
                            bucket.append(place)
            self._skeletons = index
        return self._skeletons

    @lru_cache(maxsize=65536)
    def _city(self, index: int) -> Place:
        name, code, admin1_code, lat, lon, population = self.data.cities[index]
        name = plain_name(name, code)  # "Khan Yunis", not "Khān Yūnis": the name as news prints it
        country = self.countries.get(code)
        admin1 = self.data.admin1.get((code, admin1_code))
        return Place(name, "city", country.name if country else None, code, lat, lon, population,
                     oblast_name(code, admin1) if admin1 else None)

    def _rural(self, text: str, match: PlaceMatch) -> PlaceMatch:
        """A city named as "rural Damascus" or "the Damascus countryside": the region so named around it, where there is one."""
        key = fold(match.text)
        if _COUNTRYSIDE_AFTER.match(text, match.end):
            alias = f"{key} countryside"
        elif _RURAL_BEFORE.search(text, max(0, match.start - 8), match.start):
            alias = f"rural {key}"
        else:
            return match
        region = next((p for p in self._regions.get(alias, ()) if p.country_code == match.place.country_code), None)
        return PlaceMatch(region, match.start, match.end, match.text, 3) if region else match

    def find(self, text: str, start: int = 0, end: int | None = None, prefer: tuple[str, ...] = ()) -> list[PlaceMatch]:
        """Places named in ``text[start:end]``; ambiguous names prefer the ``prefer`` country codes."""
        found, unknown = self.scan(text, start, end, prefer)
        return self.settle(text, found, unknown)

    def scan(self, text: str, start: int = 0, end: int | None = None, prefer: tuple[str, ...] = (),
             region_words: bool = True, joined_names: bool = True) -> tuple[list[PlaceMatch], list[tuple[int, str]]]:
        """Names the gazetteer knows, each resolved on its own, and the capitalised names it does not know (offset, name).

        ``region_words=False`` tells that ``text[start:end]`` holds none of `REGION_WORDS` (lower-cased);
        ``joined_names=False`` that it names no country whose name holds "and" (`may_name_joined` of the whole text).
        """
        end = len(text) if end is None else end
        found: list[PlaceMatch] = []
        unknown: list[tuple[int, str]] = []
        may_name = self._may_name
        for m in _RUN.finditer(text, start, end):
            run = m.group()
            if " " in run and _STREET_END.search(run) and not self._known(bare_name(run)):
                continue
            maybe = may_name.get(run)
            if maybe is None:  # whether the run could name a place in some context: several words, or a word known as one
                if len(may_name) >= 100000:
                    may_name.clear()
                bare = bare_name(run)
                key = fold(bare)
                maybe = may_name[run] = " " in bare or (_word_key(bare) not in NOT_PLACES and len(key) >= 3 and not self._acronym(bare) and self._known(bare))
            if not maybe and _opens_dateline(text, m.start(), m.end(), start):
                maybe = self._known(bare_name(run))  # "PARIS (AFP) -", "KANO, Nigeria (AP) —": the dateline's town, not an acronym
            match = self._resolve(text, m.start(), run, prefer, start) if maybe or _CAPITAL_AFTER.match(text, m.end()) \
                or ("-" in run and _ROAD_AFTER.match(text, m.end())) else None
            if match is not None:
                found.append(self._rural(text, match) if match.place.kind == "city" else match)
            elif len(run) > 2:
                unknown.append((m.start(), run.rstrip(".")))
        if joined_names and self._and_countries is not None and text.find(" and ", start, end) >= 0:
            for m in self._and_countries.finditer(text, start, end):
                found = [f for f in found if not m.start() <= f.start < m.end()]
                unknown = [u for u in unknown if not m.start() <= u[0] < m.end()]
                regions = [] if (place := self.country(m.group())) else self.regions(m.group())
                found.append(PlaceMatch(place or _first_in(regions, prefer) or regions[0], m.start(), m.end(), m.group(), 3))
        for m in _REGION.finditer(text, start, end) if region_words else ():
            region = self._region(m, prefer)
            if region is not None and not any(f.start <= m.start() < f.end and f.place.kind == "region" for f in found):
                found = [f for f in found if not (region.start <= f.start < region.end)]
                found.append(region)
        for m in ABBREVIATED_STATE.finditer(text, start, end):
            if m.group().startswith("(") and (_CAPITALS_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                              or _DASH_AFTER.match(text, m.end())):
                continue  # "BAMAKO (AP)", "KYIV, Ukraine (AP) —": a dateline's agency credit
            state = self._abbreviated_state(m, found, prefer)
            if state is not None:
                found.append(state)
        if start == 0 and (dated := AP_STATE_DATELINE.match(text)) is not None:
            state = _first_in(self.regions(AP_STATES[dated.group(1)]), ("US",))
            if state is not None:
                found.append(PlaceMatch(state, dated.start(1), dated.end(1), dated.group(1), 3))
        return self._paired(text, found), unknown

    def may_name_joined(self, text: str) -> bool:
        """Whether ``text`` may name a country or region whose name holds "and" ("Bosnia and Herzegovina"): one search for a whole text."""
        return " and " in text and any(name in text for name in self._and_names)

    def _abbreviated_state(self, m: re.Match[str], found: list[PlaceMatch], prefer: tuple[str, ...]) -> PlaceMatch | None:
        """The state a postal abbreviation closing a town's brackets names; a shared one goes by the town's country."""
        options = [r for country, name in STATE_CODES.get(m.group(1), ()) for r in self.regions(name) if r.country_code == country]
        towns = [f.place.country_code for f in found if f.place.kind == "city" and m.start() - 60 <= f.end <= m.start()]
        region = next((r for code in [*towns[-1:], *prefer] for r in options if r.country_code == code), options[0] if options else None)
        return PlaceMatch(region, m.start(1), m.end(1), m.group(1), 3) if region is not None else None

    def _paired(self, text: str, found: list[PlaceMatch]) -> list[PlaceMatch]:
        """A town and its container resolved together where namesakes allow it: "San Antonio (Valparaiso)" is Chile's."""
        by_start = {f.start: f for f in found}
        for town in [f for f in found if f.place.kind == "city"]:
            gap = _TO_CONTAINER.match(text, town.end)
            holder = by_start.get(gap.end()) if gap else None
            if holder is None or holder.place.kind == "country" or (_same_region(town.place, holder.place) and fold(holder.text) != fold(town.text)):
                continue  # "Santa Ana (Santa Ana)": a town named twice is a town in the region of its name
            if gap.group().strip() == "," and _LIST_GOES_ON.match(text, holder.end):  # type: ignore[union-attr]
                continue  # "Kharkiv, Sumy and Poltava": a list, not a town and its region
            twice = fold(holder.text) == fold(town.text)
            pair = next(((t, h) for t in self.cities(town.text) if town.place.alias or not t.alias or twice
                         for h in self.regions(holder.text, loose=True) if _same_region(t, h)), None)
            if pair is not None:
                for old, place in zip((town, holder), pair):
                    found[found.index(old)] = by_start[old.start] = PlaceMatch(place, old.start, old.end, old.text, old.precision)
        return found

    def settle(self, text: str, found: list[PlaceMatch], unknown: list[tuple[int, str]], codes: tuple[str, ...] = ()) -> list[PlaceMatch]:
        """Towns placed by what the text says contains them, capitals standing for governments dropped, in text order."""
        if codes:  # small towns of the article's countries, passed over while its countries were unknown
            again = [(start, name, self._resolve(text, start, name, codes, 0) if self._named_somewhere(name) else None) for start, name in unknown]
            found = found + [m for _, _, m in again if m is not None and m.place.country_code in codes]
            unknown = [(start, name) for start, name, m in again if m is None or m.place.country_code not in codes]
        respelled = [self._respelled(text, start, name, codes[0] if codes else None) for start, name in unknown]
        found = found + [m for m in respelled if m is not None]
        unknown = [u for u, m in zip(unknown, respelled) if m is None]
        found = found + towns_before_regions(self, text, found)
        found = place_in_containers(self, text, found, unknown, codes)
        return sorted((f for f in found if not is_metonym(self, text, f) and not _landmark_in_town(text, f, found)), key=lambda f: f.start)

    def country_votes(self, matches: list[PlaceMatch], text: str, spans: list[tuple[int, int]] | None = None) -> tuple[str, ...]:
        """The countries an article is about: named countries, then regions, towns and demonyms, by weight."""
        votes: dict[str, float] = {}
        # Options are kept in a fixed order (the place found, then namesakes by size), so that ties break the same way in
        # every process: set order changes with the hash seed.
        for m in matches:
            options: list[str | None]
            if m.place.kind == "region" and fold(m.text) in SHARED_FEATURES:
                continue  # "Lake Chad" borders four countries: it says nothing of which
            if m.place.alias and m.place.kind == "region":  # a loose spelling match says little about the country
                options, weight = list(dict.fromkeys(p.country_code for p in self.regions(m.text, loose=True))), 0.5
            elif m.place.kind == "country":  # named as where people came from, or for its troops: an actor more than the place
                aside = is_metonym(self, text, m) or _ORIGIN_BEFORE.search(text, max(0, m.start - 25), m.start) is not None \
                    or BORDER_AFTER.match(text, m.end) is not None \
                    or CAUSE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None  # "near the Congo border", "in support of Gaza"
                options, weight = [m.place.country_code], 1.0 if aside else 3.0
                if _CONTAINER_SLOT.search(text, max(0, m.start - 45), m.start):  # "(Rafi LGA, Niger)": a state of that name too
                    options += [r.country_code for r in self.regions(m.text) if r.country_code not in options]
            else:
                # a town found by another of its names ("Caesarea" for Kayseri) shares the vote with towns of that very name; one
                # found by its own name shares it with no town once called so ("Pokrovsk", not Engels)
                own = [p.country_code for p in self.cities(m.text) if not p.alias] if m.place.alias and m.place.kind == "city" else []
                options = list(dict.fromkeys([m.place.country_code, *(p.country_code for p in self.cities(m.text) if p.population >= _SMALL
                                                                      and (m.place.alias or not p.alias or not _another_name(m.text, p.name))),
                                              *own, *(r.country_code for r in self.regions(m.text)), *(d.country_code for d in self.districts(m.text))]))
                weight = (0.75 if _compass_only(m.text) else 1.0 if self.is_district(m) else 2.0) if m.place.kind == "region" else 1.0
                if m.place.kind == "region" and in_institution(text, m):  # "the Litoral prison": named after a region, maybe far away
                    weight *= _INSTITUTION_WEIGHT
                if m.place.population >= _BIG_TOWN and m.place.country_code and not own:
                    votes[m.place.country_code] = votes.get(m.place.country_code, 0.0) + 0.5
                if _CONTAINER_SLOT.search(text, max(0, m.start - 45), m.start):  # "Town (Region)": the container settles the country
                    weight *= 2
                if (owner := _OWNER_BEFORE.search(text, max(0, m.start - 40), m.start)) and (country := self.country(owner.group(1))):
                    options, weight = [country.country_code], 3.0  # "Yemen's Saada": a place of that country, whatever else the name could be
            for code in options:
                if code:
                    votes[code] = votes.get(code, 0.0) + weight / len(options)
        sides = [(code, _FORCES_AFTER.match(text, m.end()) is not None) for s, e in spans or [(0, len(text))]
                 for m in _DEMONYM_WORD.finditer(text, s, e) if (code := self.demonyms.get(fold(m.group())))
                 and not _STANCE_BEFORE.search(text, max(0, m.start() - 5), m.start())  # "pro-Palestinian students": a cause, not a place
                 and not BORDER_AFTER.match(text, m.end())]  # "near the Algerian border": beside that country, not in it
        several = len({code for code, _ in sides}) > 1
        for code, acted in sides:  # "Israeli forces … Palestinian farmers": the side that acted says less of where
            votes[code] = votes.get(code, 0.0) + (0.25 if acted and several else 0.75)
        for code, weight in country_hints(text, spans or [(0, len(text))]).items():
            votes[code] = votes.get(code, 0.0) + weight
        if not votes:
            return ()
        ranked = sorted(votes, key=lambda c: -votes[c])
        top = votes[ranked[0]]
        return tuple(c for c in ranked[:3] if votes[c] >= top / 2)

    def prefer(self, matches: list[PlaceMatch], codes: tuple[str, ...]) -> list[PlaceMatch]:
        """The same matches with ambiguous town and region names re-resolved in favour of ``codes``."""
        out = []
        for m in matches:
            if m.place.kind in ("city", "region") and m.place.country_code != codes[0]:
                pool = self.cities(m.text) + self.regions(m.text) + self.districts(m.text) if m.place.kind == "city" else \
                    self.regions(m.text) or self.districts(m.text)
                better = _first_in(pool, codes)
                # "Pokrovsk" in an article about both countries: Ukraine's town of that name, not Engels, once called so
                renamed = better is not None and better.alias and not m.place.alias and _another_name(m.text, better.name)
                if better is not None and better.country_code != m.place.country_code and (
                        m.place.country_code not in codes
                        or (not renamed and (better.population * 10 >= m.place.population  # not a big town for a hamlet
                                             or (m.place.alias and not better.alias)))):  # "Boni" in Burkina Faso, not Bonn, another of whose names it is
                    m = PlaceMatch(better, m.start, m.end, m.text, m.precision)
            out.append(m)
        return self._near_each_other(out)

    def _respelled(self, text: str, start: int, name: str, code: str | None) -> PlaceMatch | None:
        """A town written in another transliteration ("Lysichansk", "Nassriya") where the text introduces a place.

        Towns of the article's country ``code`` count from 10,000 people; without a country, only cities of 100,000.
        """
        before = text[max(0, start - 30):start]
        if " " in name or len(name) < 6 or not ends_after_word(before) or fold(name) in COMMON_WORDS \
                or not (_LOCATIVE.search(before) or _STRUCK.search(before)):
            return None
        from worker.pipeline.region_names import spelling_skeleton

        if self._by_skeleton is None:
            index: dict[tuple[str | None, str], list[int]] = {}
            for i, (town, country, *_rest, population) in enumerate(self.data.cities):
                if population >= _RESPELLED_FROM:
                    key = spelling_skeleton(_without_article(fold(town)))
                    index.setdefault((country, key), []).append(i)
                    if population >= _BIG_TOWN:
                        index.setdefault((None, key), []).append(i)
            self._by_skeleton = index
        rows = self._by_skeleton.get((code, spelling_skeleton(fold(name))), [])
        town = _without_article(self.data.cities[rows[0]][0]) if len(rows) == 1 else ""
        if abs(len(town) - len(name)) > (0 if code else 1) or not _spelling_of(name, town):  # a respelling, not another name
            return None
        near = _NEAR.search(text[max(0, start - 40):start])
        return PlaceMatch(replace(self._city(rows[0]), alias=True), start, start + len(name), name, 2 if near else 1)

    @lru_cache(maxsize=65536)
    def _named_somewhere(self, run: str) -> bool:
        """Whether the run, or its last words, names any town at all (cheap test before resolving it again)."""
        words = fold(run.rstrip(".")).split(" ")
        return any(" ".join(words[i:]) in self.data.names for i in range(len(words)))

    def _acronym(self, name: str) -> bool:
        """An all-capitals short word ("SAD", "NPP") names a party or a unit, unless it is a country's or region's short name ("DRC", "LPR")."""
        return name.isupper() and len(name) <= 5 and self.country(name) is None and fold(name) not in REGION_ALIASES

    @lru_cache(maxsize=65536)
    def _known(self, name: str) -> bool:
        """Whether ``name`` names some country, town or region, however loosely (else no context can make it a place)."""
        return bool(self.country(name) or self.cities(name) or self.regions(name, loose=True) or fold(name) in self._districts)

    def _near_each_other(self, matches: list[PlaceMatch]) -> list[PlaceMatch]:
        """Namesakes within one country resolved to the one in a region the article names, else the one nearest its other towns."""
        regions: set[tuple[str | None, str | None]] = {(m.place.country_code, m.place.admin1) for m in matches
                                                       if m.place.kind == "region" and m.place.admin1}
        regions.update(r for m in matches if m.place.kind == "region" and not m.place.admin1 for r in self._spans.get(fold(m.text), ()))
        # a capital is mostly where the news is told from ("the General Staff in Kyiv said"), no clue to which namesake is meant
        towns = [m for m in matches if m.place.kind == "city" and m.place.lat is not None and not self.is_capital(m.place)]
        out = []
        for m in matches:
            if m.place.kind == "city" and m.place.lat is not None:
                pool = [p for p in self.cities(m.text) if p.country_code == m.place.country_code]
                if len(pool) > 1:
                    m = PlaceMatch(self._closest(m, pool, regions, towns), m.start, m.end, m.text, m.precision)
            out.append(m)
        return out

    @staticmethod
    def _closest(m: PlaceMatch, pool: list[Place], regions: set[tuple[str | None, str | None]], towns: list[PlaceMatch]) -> Place:
        named = [p for p in pool if (p.country_code, p.admin1) in regions]
        if named:
            return named[0]
        others = [t.place for t in towns if t.text != m.text]
        if not others or m.place.population >= _BIG_TOWN:
            return m.place
        lat = sum(o.lat or 0.0 for o in others) / len(others)
        lon = sum(o.lon or 0.0 for o in others) / len(others)
        return min(pool, key=lambda p: ((p.lat or 0.0) - lat) ** 2 + ((p.lon or 0.0) - lon) ** 2)

    def _resolve(self, text: str, at: int, run: str, prefer: tuple[str, ...], floor: int) -> PlaceMatch | None:
        if _WATER.fullmatch(run.rstrip(".")):
            return None  # "in the Red Sea", "the Gulf of Aden": a sea, neither the region nor the port named after it ("Red Sea state" is)
        capital = _CAPITAL_AFTER.match(text, at + len(run.rstrip(".")))
        run = bare_name(run)
        if capital is not None:  # "Georgia's capital", "the Sudanese capital": that country's capital city
            city = self._capital_of(self.demonyms.get(fold(run)) or (c.country_code if (c := self.country(run)) else None))
            if city is not None:
                return PlaceMatch(city, at, capital.end(), text[at:capital.end()], 1)
        if "-" in run and (road := _ROAD_AFTER.match(text, at + len(run))) is not None and (between := self._road_between(run, road.group().strip().lower())) is not None:
            return PlaceMatch(between, at, at + len(run), run, 3)
        if " " not in run and ((self._acronym(run) and not _opens_dateline(text, at, at + len(run), floor)) or not self._known(run)):
            return None  # a single word that names no place anywhere, or an acronym
        if _WIND_AFTER.match(text, at + len(run)):
            return None  # "fanned by Santa Ana winds": a wind named after a place
        if _LANDFORM_AFTER.match(text, at + len(run)) and self.country(run) is not None:
            return None  # "on the Niger river", "the Jordan river": a river, not the country named after it (a region along it may be)
        if _RIVERS_AFTER.match(text, at + len(run)):
            return None  # "the Chari and Logone rivers": rivers, not the places named after them
        if fold(run) in self.demonyms and _side_named(text, at + len(run), self.country(run) is not None):
            return None  # "Somali police", "Somali officials said", "Somali clan militias": a side, not the Somali region
        if _PERSON_TITLE_BEFORE.search(text, max(0, at - 16), at):
            return None  # "the resignation of mayor Gustavo Rodriguez": a person named after a title, not a town
        candidates = [run]
        if (day := _DAY_OWNER.match(run)) is not None:  # "Sunday's Mogadishu market bombing": the town, not a day's
            candidates.append(run[day.end():])
        words = run.split(" ")
        if len(words) > 1 and fold(words[-1]) in _FACILITIES:
            building = " ".join(words[:-2] if len(words) > 2 and fold(words[-2]) in _FACILITIES else words[:-1])
            if not building.endswith(("'s", "’s")):  # "St Mary's Cathedral": named after a saint, not a town
                candidates.append(building)
            if len(words) > 2 and fold(words[0]) not in _NAME_OPENERS and any(p.population >= _BIG_TOWN for p in self.cities(words[0])):
                candidates.append(words[0])  # "the Lahore High Court", "the Kabul Serena Hotel": the city the building is in
        if len(words) > 1 and words[1][:1].isupper() and self._owned(run)[2] is None and (
                at == floor or text[at - 2:at].strip() in ("", ".", "—", "-") or words[0] in ("In", "At", "Near", "From")
                or ((words[0] in _COMPASS_LED or fold(words[0]) in NOT_PLACES) and _word_key(" ".join(words[1:])) not in COMMON_WORDS)):
            # a sentence-initial, compass or other non-place word glued to the name ("in Central Beirut", "Anglophone Bamenda"; not
            # "Central Bank"), unless it opens a country's possessive ("New Zealand's": not Denmark's Zealand)
            candidates.append(" ".join(words[1:]))
        office = next((i for i, word in enumerate(words) if i and fold(word) in _OFFICES), 0)
        if office:  # "Van Governor's Office", "Mersin Municipality": the town or province the office serves
            candidates.append(" ".join(words[:office]))
        if words[0] == "The" and len(words) > 1:
            candidates.append(" ".join(words[1:]))
        lga = _LGA.match(run)
        if lga is not None:  # "Jos North Local Government Area", "Bokkos LGA of Plateau State": the district
            candidates.append(lga.group(1))
        if " of " in run:
            owned_tail = run.rsplit(" of ", 1)[1]
            candidates.append(owned_tail)
            head_words = owned_tail.split(" ")
            if len(head_words) > 1 and fold(head_words[-1]) in _FACILITIES:  # "Students of Addis Ababa University": the town
                candidates.append(" ".join(head_words[:-1]))
        tail = len(candidates) if len(words) > 1 else -1
        if len(words) > 1 and fold(words[-1]) not in _FACILITIES:  # "… International Airport": no town called Airport
            candidates.append(words[-1])
        owned: PlaceMatch | None = None
        for position, candidate in enumerate(candidates):
            offset = at + run.index(candidate)
            head, rest, owner = self._owned(candidate)
            name = head[:-2] if head.endswith(("'s", "’s")) else head[:-1]  # "Burkina Faso's", "the Philippines'"
            if owner is not None:  # "Ukraine's Gorlovka", "Burkina Faso's Seno": a place of that country
                match = self._town_or_region(text, rest, offset + len(head) + 1, (owner.country_code, *prefer), False)  # type: ignore[arg-type]
                if match is not None and match.place.country_code == owner.country_code:
                    return match  # (a namesake abroad is not what the country's possessive names: "Lebanon's North" is no Cameroon region)
                district = next((d for d in self.districts(rest) if d.country_code == owner.country_code), None) if rest else None
                if district is not None:  # "Pakistan's Swat": that country's district
                    at_rest = offset + len(head) + 1
                    return PlaceMatch(district, at_rest, at_rest + len(rest), rest, 3)
                owned = owned or PlaceMatch(owner, offset, offset + len(name), name, 3)
            elif rest and (held := self._region_named(name, prefer)) is not None:
                # "Amhara's Gondar", "Rakhine's Paletwa": a town of that region, else at least the region
                towns = self.cities(rest)
                if not any(_same_region(p, held) for p in towns):  # "Plateau's Bokkos": Nigeria's Plateau, which holds it, not Benin's
                    inside = (*towns, *self.districts(rest))
                    held = next((r for r in self.regions(name) if not r.alias and r != held and any(_same_region(p, r) for p in inside)), held)
                match = self._town_or_region(text, rest, offset + len(head) + 1, prefer + (held.country_code,), False)  # type: ignore[operator]
                if match is not None and match.place.country_code == held.country_code and (
                        match.place.admin1 == held.admin1 or match.place.kind != "city" or not held.admin1):
                    return match
                at = offset + len(head) + 1
                town = next((p for p in self.cities(rest) if p.country_code == held.country_code and p.admin1 == held.admin1), None)
                if town is not None:  # "Manipur's Bishnupur": the town of that region, not a bigger namesake elsewhere
                    return PlaceMatch(town, at, at + len(rest), rest, 1)
                district = next((d for d in self.districts(rest) if d.country_code == held.country_code and d.admin1 == held.admin1), None)
                if district is not None:  # "Chhattisgarh's Bijapur district": that region's district, not Karnataka's Bijapur
                    return PlaceMatch(district, at, at + len(rest), rest, 3)
                return PlaceMatch(held, offset, offset + len(name), name, 3)
            town, _, quarter = candidate.replace("’s ", "'s ").partition("'s ")
            if quarter and owner is None and self._known(town):  # "Tel Aviv's Holon suburb": a quarter of that town
                match = self._town_or_region(text, town, offset, prefer, False)
                if match is not None and match.place.kind == "city" and match.place.population >= _SMALL:
                    return match
            key = fold(candidate)
            if _word_key(candidate) in NOT_PLACES or len(key) < 3 or not candidate or not self._known(candidate):
                continue
            if key in self.demonyms and _side_named(text, offset + len(candidate), self.country(candidate) is not None):
                continue  # "Rival Somali clan militias": the people, not the Somali region
            if _word_key(candidate) in COMMON_WORDS and (offset != at or not _LOCATIVE.search(text[max(0, at - 30):at])):
                # (inside a longer name, "the Court of Justice", an everyday word is part of that name)
                continue
            country = self.country(candidate)
            if country is not None:
                return PlaceMatch(country, offset, offset + len(candidate), candidate, 3)
            match = self._town_or_region(text, candidate, offset, prefer, position == tail)
            if match is not None:
                return match
        if owned is None and len(words) > 1:
            return self._town_then_region(words, at)
        return owned  # "Nepal's Dhading district", a district the gazetteer lacks: at least the country

    def _road_between(self, run: str, word: str) -> Place | None:
        """The road between two towns of one region ("the Kaduna-Zaria road"): in that region; one between regions of a country
        ("the Abuja-Kaduna highway") names only the country."""
        ends = run.split("-")
        if len(ends) != 2:
            return None
        first, second = ([p for p in self.cities(end) if p.population >= _SMALL and not p.alias] for end in ends)
        town = next((a for a in first for b in second if a.country_code == b.country_code and a.admin1 and a.admin1 == b.admin1), None)
        if town is not None:
            return Place(f"{run} {word}", "region", town.country, town.country_code, admin1=town.admin1)
        return next((self.countries.get(a.country_code or "") for a in first for b in second if a.country_code == b.country_code), None)

    def _region_named(self, name: str, prefer: tuple[str, ...]) -> Place | None:
        """The region, else the district, ``name`` names exactly (no town of that name with many people), if any."""
        regions = [r for r in self.regions(name) if not r.alias] or self._districts.get(fold(name), [])
        # (a town the name only shortens inside that very region does not count: "Bihar" for Bihar Sharif, in Bihar)
        if any(p.population >= _SMALL and not (p.alias and any(_same_region(p, r) for r in regions)) for p in self.cities(name)):
            return None
        return _first_in(regions, prefer) or (regions[0] if regions else None)

    def _town_then_region(self, words: list[str], at: int) -> PlaceMatch | None:
        """A run naming a town and its region with no comma between ("in Tijuana Baja California"): the town there."""
        for k in range(1, len(words)):
            head, rest = " ".join(words[:k]), " ".join(words[k:])
            regions = self.regions(rest) if rest[:1].isupper() and not _compass_only(rest) else []
            town = next((p for p in self.cities(head) for r in regions if _same_region(p, r)), None) if regions else None
            if town is not None:
                return PlaceMatch(town, at, at + len(head), head, 1)
        return None

    def _owned(self, name: str) -> tuple[str, str, Place | None]:
        """``("Burkina Faso's", "Seno", <Burkina Faso>)`` for a name opening with a country's possessive ("the Philippines'" too);
        no owner otherwise."""
        for mark in ("'s ", "’s ", "s' ", "s’ "):
            owner, found, rest = name.partition(mark)
            if found and rest:
                return owner + mark.rstrip(), rest, self.country(owner + "s" if mark[0] == "s" else owner)
        return name, "", None

    def _town_or_region(self, text: str, candidate: str, offset: int, prefer: tuple[str, ...], tail_only: bool) -> PlaceMatch | None:
        places = self.cities(candidate)
        regions = self.regions(candidate, loose=_CONTAINER_SLOT.search(text, max(0, offset - 45), offset) is not None)
        if not places and not regions:
            return None if tail_only else self._district(text, candidate, offset, prefer)
        end = offset + len(candidate)
        if not regions and _DISTRICT_WORD_AFTER.match(text, end):  # "Puncak regency", "Samar province": the district, not a town of its name
            seats = {(p.country_code, p.admin1) for p in places}
            districts = self._shadowed.get(fold(candidate), [])
            district = None if any((d.country_code, d.admin1) in seats for d in districts) else \
                _first_in(districts, prefer + tuple(p.country_code for p in places if p.country_code)) \
                or (districts[0] if districts and all(p.alias for p in places) else None)  # "Kech district": not Ketsch, also called so
            if district is not None:  # a town of the name in the district's region stands for it (its seat, mostly)
                return PlaceMatch(district, offset, end, candidate, 3)
        if places and candidate.endswith((" City", " CITY")):  # "Gaza City", "Kuwait City": the city, not a region of its name
            return PlaceMatch(_first_in(places, prefer) or places[0], offset, end, candidate, 1)
        quarter = _QUARTER_OF.match(text, end)
        if quarter and any(p.population >= _SMALL for p in self.cities(quarter.group("town"))):
            return None  # the town that follows is the place
        before = text[max(0, offset - 30):offset]
        if _QUARTER_OF_SAID.search(before) and _QUARTER_WORD.match(text, end):
            return None
        locative = _LOCATIVE.search(before) is not None or _PLACE_AFTER.match(text, end) is not None or _STRUCK.search(before) is not None
        alone = _ALONE_BEFORE.search(before) is not None and _ALONE_AFTER.match(text, end) is not None
        if tail_only and not locative:
            return None
        chosen = _first_in(places, prefer) or next((p for p in places if (not p.alias or _saint_spelled(candidate, p.name)) and p.population >= _SMALL),
                                                   places[0] if places else None)
        region = _first_in(regions, prefer) or (regions[0] if regions else None)
        if chosen is not None and region is not None and (fold(candidate) in ISLANDS or fold(candidate) in FEATURES or (fold(candidate) in REGION_ALIASES and chosen.population < _BIG_TOWN)) \
                and not (chosen.country_code in prefer and region.country_code not in prefer):
            chosen = None  # "in Sinai", "off Bali": the island or peninsula, not a town named after it (unless the article is there)
        if region is not None and _REGION_OF.search(before):
            return PlaceMatch(region, offset, end, candidate, 3)  # "the state of Sonora": the state, not a town of its name
        if chosen is not None and region is not None and chosen.population < _SMALL and region.country_code != chosen.country_code \
                and region.country_code in prefer:
            chosen = None  # the region of the article's country, not a village abroad
        if chosen is not None and region is not None and chosen.population < _VILLAGE and region.country_code != chosen.country_code \
                and not region.alias and chosen.country_code not in prefer and fold(region.name) == fold(candidate) \
                and not any(r.country_code == chosen.country_code for r in regions) and not _REGION_WORD_AFTER.match(text, end):
            chosen = None  # "in Borno": Nigeria's state, not a village of 2,000 in Italy (unless the article is there)
        if chosen is not None and region is not None and chosen.population < _SMALL and chosen.country_code == region.country_code \
                and fold(region.name) == fold(candidate) and not _same_region(chosen, region):
            chosen = None  # "in California": the state, not a small town of its name in another state
        if chosen is not None and region is not None and region.country_code != chosen.country_code and not region.alias \
                and not _seat_of_region(chosen) and (
                    (_LAST_IN_PAIR.search(text, max(0, offset - 45), offset) and _PAREN_CLOSE.match(text, end))
                    or (_AFTER_NAME_COMMA.search(text, max(0, offset - 45), offset) and not _LIST_GOES_ON.match(text, end)
                        and not _REGION_WORD_AFTER.match(text, end))):  # "Zulia state" is read as a region whole
            chosen = None  # "Sapele (Delta)", "(Oshimili North LGA, Delta)", "Huanuquillo, Junin": the region, not a town abroad
        if chosen is not None and chosen.alias and not (chosen.country_code in prefer or _spelling_of(candidate, chosen.name)
                                                        or (locative and chosen.population >= _BIG_TOWN)):
            chosen = None  # another name (an old name, not a mere transliteration) counts only for a big town the text introduces
        if chosen is not None and chosen.alias and chosen.population < _METROPOLIS and region is not None \
                and region.country_code == chosen.country_code and fold(region.name) == fold(candidate) and not _spelling_of(candidate, chosen.name):
            chosen = None  # "in Bihar": the state of that name, not Bihar Sharif, a town also called so ("Chittagong" is the city)
        if chosen is not None and chosen.population < _BIG_TOWN and " " not in candidate and _THE_BEFORE.search(before) \
                and _FUNCTION_WORD_AFTER.match(text, end):
            chosen = None  # "outside the Saray and the bank": a building or body called so, not a town ("the Jenin camp" is)
        if chosen is not None and (chosen.population >= _SMALL or chosen.country_code in prefer or alone
                                   or (locative and (chosen.population >= 1000 or (chosen.population == 0 and not tail_only and (not chosen.alias or _spelling_of(candidate, chosen.name)))))):
            near = _NEAR.search(text[max(0, offset - 40):offset])
            return PlaceMatch(chosen, offset, end, candidate, 2 if near else 1)
        if region is not None:
            return PlaceMatch(region, offset, end, candidate, 3)
        return None

    def _region(self, m: re.Match[str], prefer: tuple[str, ...]) -> PlaceMatch | None:
        name = m.group(1).strip()
        start = m.start()
        while " " in name and name.split(" ", 1)[0].lower() in _LEADING_WORDS:
            head, name = name.split(" ", 1)
            start += len(head) + 1
        head, rest, owner = self._owned(name)
        if owner is not None and (prev := _WORD_BEFORE.search(m.string, max(0, start - 20), start)) is not None \
                and (longer := self.country(prev.group(1) + " " + head[:-2])) is not None:
            owner = longer  # "South Sudan's Upper Nile state": the run began inside the owner's name
        if owner is not None:  # "Mexico's Sinaloa state": a region of that country
            name, start, prefer = rest, start + len(head) + 1, (owner.country_code or "", *prefer)
        if not name[:1].isupper() or (fold(name) in NOT_PLACES and not (owner is not None and _compass_only(name))):  # "Lebanon's North governorate"
            return None
        regions = self.regions(name, loose=True)
        word = m.group(2).lower()
        if word != "city":  # "the Kyiv region" is the province, not the capital city
            regions = sorted(regions, key=lambda r: r.name.endswith(" City"))
        if len({r.country_code for r in regions}) > 1:  # "Plateau state": Nigeria's state, not Benin's department
            kinds = self.data.region_kinds
            regions = sorted(regions, key=lambda r: word not in kinds.get(r.country_code or "", ()))
        region = _first_in(regions, prefer) if prefer else (regions[0] if regions else None)
        if region is not None:
            return PlaceMatch(region, start, m.end(), m.string[start:m.end()], 3)
        places = self.cities(name)
        chosen = _first_in(places, prefer) if prefer else (places[0] if places else None)
        if chosen is not None and chosen.admin1:
            place = Place(chosen.admin1, "region", chosen.country, chosen.country_code, chosen.lat, chosen.lon, admin1=chosen.admin1)
            return PlaceMatch(place, start, m.end(), m.string[start:m.end()], 3)
        code = chosen.country_code if chosen else (prefer[0] if prefer else None)
        if code is None:
            return None
        country = self.countries.get(code)
        admin1 = f"{name} Oblast" if code in OBLAST_COUNTRIES else name
        place = Place(admin1, "region", country.name if country else None, code, admin1=admin1)
        return PlaceMatch(place, start, m.end(), m.string[start:m.end()], 3)


def _side_named(text: str, end: int, country: bool) -> bool:
    """Whether a people's name ending at ``end`` names a side or qualifies a noun ("Somali police", "Somali clan militias"); a
    ``country`` of that name ("Djibouti") is read as an adjective only before forces or officials."""
    return bool(_FORCES_AFTER.match(text, end) or _PEOPLE_AFTER.match(text, end) or (not country and _ADJECTIVE_AFTER.match(text, end)))


def _landmark_in_town(text: str, match: PlaceMatch, found: list[PlaceMatch]) -> bool:
    """"the Seray in Tripoli", "the Miraflores presidential palace in Caracas", "the Cathedral of San Salvador in Jujuy": a
    building or quarter named like a place somewhere else, inside the place that follows."""
    building = _BUILDING_OF.search(text, max(0, match.start - 30), match.start) is not None
    if not building and (match.place.kind != "city" or not text.startswith("the ", match.start - 4)):
        return False
    after = _LANDMARK_AFTER.match(text, match.end)
    return after is not None and any(f.start == after.end() and (f.place.kind == "city" or building) and f is not match
                                     and not (after.group().rstrip().endswith("near") and _close_by(match.place, f.place)) for f in found)


def _close_by(one: Place, other: Place) -> bool:
    """Whether two towns lie within some 30 km ("the Nur Shams camp near Tulkarm" is a place by the town, not a landmark in it)."""
    if one.lat is None or other.lat is None or one.lon is None or other.lon is None:
        return False
    return abs(one.lat - other.lat) <= _NEARBY_DEGREES and abs(one.lon - other.lon) <= _NEARBY_DEGREES


@lru_cache(maxsize=4096)
def _same_region(town: Place, holder: Place) -> bool:
    return town.country_code == holder.country_code and town.admin1 is not None and town.admin1 == holder.admin1


def _seat_of_region(town: Place) -> bool:
    """Whether the town gives its name to its region ("Kara" in Kara, "Béja" in Bajah), so that naming one names both."""
    from worker.pipeline.region_names import loosely_alike

    return town.admin1 is not None and loosely_alike(town.name, town.admin1)


def _compass_only(name: str) -> bool:
    """A region name made of compass words alone ("Ouest", "North East"): many countries have one, so it says little of which."""
    from worker.pipeline.region_names import region_skeleton

    return all(len(word) == 1 and word.isupper() for word in region_skeleton(name).split())  # "Yagha" is "g": no compass word


def _without_article(name: str) -> str:
    """An Arabic town name without its leading article ("Al Qamishli" → "Qamishli")."""
    head, sep, rest = name.partition(" ")
    if not sep:
        head, sep, rest = name.partition("-")
    return rest if sep and fold(head) in _ARTICLES else name


def _word_key(name: str) -> str:
    """The key a name is checked against everyday words by: accents kept, as "Salé" is the town, not the word "sale"."""
    return fold(name) if name.isascii() else name.lower()


def _first_in(places: list[Place], codes: tuple[str, ...]) -> Place | None:
    """The first of ``places`` in the best-ranked of ``codes`` that has one."""
    for code in codes:
        for place in places:
            if place.country_code == code:
                return place
    return None


def _likeness(written: str, name: str) -> float:
    return difflib.SequenceMatcher(None, fold(written), fold(name)).ratio()


_SAINT = re.compile(r"\bSt\.? ")


def _saint_spelled(written: str, name: str) -> bool:
    """``St. Petersburg`` for ``Saint Petersburg``: the name abbreviated, not another name."""
    return fold(_SAINT.sub("Saint ", written)) == fold(name)


def _spelling_of(written: str, name: str) -> bool:
    """``Avdiivka`` for ``Avdiyivka``: a transliteration, not another name."""
    return _likeness(written, name) >= 0.75


def _another_name(written: str, name: str) -> bool:
    """``Pokrovsk`` for ``Engels``: an old name or an exonym, not a spelling or a short form of the name (``Santa Cruz``)."""
    return not _spelling_of(written, name) and not fold(name).startswith(fold(written))


def country_code_for(name: str) -> str | None:
    """The ISO alpha-2 code of a country name, alias or ISO alpha-3 code."""
    if not name:
        return None
    gazetteer = default_gazetteer()
    if len(name) == 3 and name.isupper():
        return next((c for c, row in gazetteer.data.countries.items() if row.get("iso3") == name), None)
    place = gazetteer.country(name)
    return place.country_code if place else None


def paren_admin(text: str, end: int) -> tuple[str | None, str | None]:
    """``Town (District, Region)`` right after a place: the (admin2, admin1) the parentheses give."""
    m = _PAREN_ADMIN.match(text, end)
    if not m or fold(m.group(1).strip()) in _AGENCIES:
        return None, None  # "BAMAKO (AFP)": a dateline's agency credit, not a region
    if m.group(2):
        return m.group(1).strip(), m.group(2).strip()
    return None, m.group(1).strip()


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded once from the packaged GeoNames data."""
    return Gazetteer(load_place_data())


def _opens_dateline(text: str, start: int, end: int, floor: int) -> bool:
    """Whether the capitalised word at ``text[start:end]`` opens the text as its dateline ("ACCRA, Ghana (Reuters) -")."""
    return start <= floor + 2 and text[floor:start].strip() == "" and text[start:end].isupper() and _DATELINE_AFTER.match(text, end) is not None
