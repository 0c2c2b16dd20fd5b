"""Find the people (name + role) and actors (state forces, armed groups, parties, protesters, civilians) in text."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

from worker.taxonomy.cues import TextIndex, gated, text_stems

DEMONYMS = {
    "afghan": "Afghanistan", "american": "United States", "armenian": "Armenia", "azerbaijani": "Azerbaijan",
    "azeri": "Azerbaijan", "bangladeshi": "Bangladesh", "belarusian": "Belarus", "british": "United Kingdom",
    "burkinabe": "Burkina Faso", "burmese": "Myanmar", "cameroonian": "Cameroon", "chadian": "Chad", "chinese": "China",
    "colombian": "Colombia", "congolese": "Democratic Republic of the Congo", "egyptian": "Egypt", "eritrean": "Eritrea",
    "ethiopian": "Ethiopia", "french": "France", "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana",
    "indian": "India", "indonesian": "Indonesia", "iranian": "Iran", "iraqi": "Iraq", "israeli": "Israel",
    "jordanian": "Jordan", "kenyan": "Kenya", "lebanese": "Lebanon", "libyan": "Libya", "malian": "Mali",
    "mexican": "Mexico", "mozambican": "Mozambique", "nigerian": "Nigeria", "nigerien": "Niger",
    "north korean": "North Korea", "pakistani": "Pakistan", "palestinian": "Palestinian Territory",
    "filipino": "Philippines", "philippine": "Philippines", "russian": "Russia", "saudi": "Saudi Arabia",
    "saudi-led": "Saudi Arabia", "somali": "Somalia", "south korean": "South Korea", "south sudanese": "South Sudan",
    "sudanese": "Sudan", "syrian": "Syria", "turkish": "Turkey", "ugandan": "Uganda", "ukrainian": "Ukraine",
    "venezuelan": "Venezuela", "yemeni": "Yemen", "zimbabwean": "Zimbabwe", "thai": "Thailand", "brazilian": "Brazil",
    "us": "United States", "u.s.": "United States", "uk": "United Kingdom",
    "haitian": "Haiti", "rwandan": "Rwanda", "burundian": "Burundi", "peruvian": "Peru", "ecuadorian": "Ecuador",
    "guatemalan": "Guatemala", "honduran": "Honduras", "salvadoran": "El Salvador", "bolivian": "Bolivia", "nicaraguan": "Nicaragua",
    "algerian": "Algeria", "moroccan": "Morocco", "tunisian": "Tunisia", "senegalese": "Senegal", "beninese": "Benin",
    "togolese": "Togo", "guinean": "Guinea", "ivorian": "Ivory Coast", "central african": "Central African Republic",
    "mauritanian": "Mauritania", "tanzanian": "Tanzania", "emirati": "United Arab Emirates", "qatari": "Qatar",
    "japanese": "Japan", "canadian": "Canada", "australian": "Australia", "italian": "Italy", "spanish": "Spain",
    "polish": "Poland", "nepali": "Nepal", "nepalese": "Nepal", "sri lankan": "Sri Lanka", "cambodian": "Cambodia",
    "tajik": "Tajikistan", "kyrgyz": "Kyrgyzstan", "uzbek": "Uzbekistan", "serbian": "Serbia", "kosovar": "Kosovo",
    "cuban": "Cuba", "chilean": "Chile", "argentine": "Argentina", "south african": "South Africa", "greek": "Greece",
}
_ABBREVIATED = frozenset({"us", "u.s.", "uk"})
_DEMONYM = "|".join(sorted((re.escape(d.upper() if d in _ABBREVIATED else d.title().replace("-Led", "-led")) for d in DEMONYMS),
                           key=len, reverse=True))
_ROLE = (
    r"(?:deputy |acting )?(?:prime|foreign|defen[cs]e|interior|finance|health|home|justice) minister|secretary of state|"
    r"foreign secretary|home secretary|crown prince|supreme leader|premier|chancellor|emir|pope|city head|head of the city|mayor|"
    r"deputy mayor|governor|acting governor|regional governor|president|vice[- ]president|minister|commissioner|spokes(?:person|man|woman)|"
    r"commander|police chief|chief|head|leader|director|chair(?:man|woman|person)?|senator|lawmaker|MP|general|colonel|"
    r"ambassador|envoy|secretary(?:-general)?|prosecutor|judge|deputy|representative|ombudsman|advis[eo]r|official|mufti|imam|bishop"
)


def _capitalizable(alternation: str) -> str:
    """The alternation with each branch's first letter also matching in upper case (cheaper than ``(?i:)``)."""
    branches, depth, current = [], 0, ""
    for char in alternation:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            branches.append(current)
            current = ""
        else:
            current += char
    branches.append(current)
    return "(?:" + "|".join(f"[{b[0]}{b[0].upper()}]{b[1:]}" if b[:1].isalpha() else b for b in branches) + ")"


_NAME = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: (?:[A-Z]\.|[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|al-[A-Z][a-z]+|bin|ibn|van|von|de)){0,3}"
# Titles written abbreviated before a name ("Gov. Serhii Lysak", "Brig. Gen. Ahmed Khalil"), and the role each stands for.
_TITLES = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "pres.": "president", "gen.": "general",
           "lt. gen.": "lieutenant general", "maj. gen.": "major general", "brig. gen.": "brigadier general", "col.": "colonel",
           "lt. col.": "lieutenant colonel", "maj.": "major", "capt.": "captain", "lt.": "lieutenant", "sgt.": "sergeant"}
_TITLE = "|".join(re.escape(t.title()) for t in sorted(_TITLES, key=len, reverse=True))
_ANY_CASE_ROLE = re.sub(r"(?:^|(?<=[ |(:)?\]-]))([a-z])", lambda m: f"[{m.group(1)}{m.group(1).upper()}]", _ROLE)  # "Prime Minister"
_ROLE_BEFORE = re.compile(
    rf"(?:\b(?P<role>{_ANY_CASE_ROLE})"
    rf"(?: of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*)?,? (?!(?:{_TITLE}) )|(?<![\w.])(?P<title>{_TITLE}) )(?P<name>{_NAME})\b"
)
_ROLE_AFTER = re.compile(rf"\b(?P<name>{_NAME}), (?:a|an|the) (?P<role>(?:[\w’'-]+ ){{0,2}}(?:{_ROLE})\b[^,.;]{{0,60}}?)(?=,|\.|;| who\b)")
_SPEAKER = re.compile(rf"\b(?P<name>{_NAME}) (?:said|says|told|confirmed|stated|announced|wrote|added|claimed|denied|reported)\b")
# Titles that name a person by surname alone ("President Zelensky", "Chancellor Merz").
_LEADER_TITLES = frozenset({"president", "prime minister", "premier", "chancellor", "emir", "pope", "governor", "mayor",
                            "foreign minister", "secretary of state", "foreign secretary", "vice president", "vice-president"})
_NOT_NAME_WORDS = frozenset(
    """The A An On In At Of For And But As With From After Before During Meanwhile However Governor President Minister
    Party Ministry Forces Force Army Police Council Union Committee Group Front Movement Street Square City Region Province
    Oblast Republic State News Agency Office Department Services Service Guard Navy Court University Hospital Church
    Mission Program Programme Safe According Speaking Emergency International United National Islamic Democratic
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
    October November December Telegram Twitter Facebook Reuters""".split()
)

# A branch told by its full name is one group, not the parent and a place ("Islamic State West Africa Province").
_IS_BRANCH = (r"Islamic State(?:[’']s)?(?: in the Greater Sahara| (?:in )?(?:West Africa|Sahel|Khorasan|Central Africa|Somalia|Mozambique|"
              r"Sinai|Pakistan|East Asia)(?: Province)?| (?:West Africa|Sahel|Khorasan|Central Africa|Somalia|Mozambique|Sinai) Province)")
_QAEDA_BRANCH = r"[Aa]l[- ]Qa(?:eda|[’']?ida) in the (?:Islamic Maghreb|Arabian Peninsula|Indian Subcontinent)"
_ACTOR_PATTERNS: list[tuple[str, re.Pattern[str]]] = [  # nouns may open a sentence ("Gunmen killed …"): first letters either case
    # Named groups first: "Rapid Support Forces" is a group, not the forces of a state.
    ("armed_group", re.compile(
        rf"\b(?P<named>Taliban|[Aa]l[- ]Shabaa?b|Boko Haram|ISWAP|ISGS|ISKP|ISIS-K|{_IS_BRANCH}|Islamic State|ISIS|ISIL|Daesh|Houthis?|"
        r"Ansar Allah|Hamas|Hezbollah|PKK|JNIM|Jama[’']?at Nus?rat al-Islam wa[l']?[- ]Muslim(?:een|in)|"
        rf"Group (?:for the )?Support(?:ing)? (?:of )?Islam and Muslims|ADF|M23|Wagner(?: Group)?|{_QAEDA_BRANCH}|AQIM|AQAP|"
        r"[Aa]l[- ]Qa(?:eda|[’']?ida)|Fulani militia|Ambazonian separatists|Rapid Support Forces|RSF|"
        r"Allied Democratic Forces|Fano|ELN|Hayat Tahrir al-Sham|HTS|Tehreek-e-Taliban Pakistan|Tehrik-i-Taliban Pakistan|TTP|"
        r"Arakan Army|Baloch(?:istan)? Liberation Army|BLA|CODECO|TPLF|Tigray People[’']s Liberation Front|Kurdistan Workers[’'] Party|FDLR|Oromo Liberation Army|Islamic Jihad|Janjaweed|Sinaloa [Cc]artel|"
        r"Jalisco New Generation Cartel|CJNG|Syrian Democratic Forces|SDF|Syrian National Army|SNA|"
        r"Turk(?:ish|ey)[-‑](?:backed|supported|allied) (?:Syrian )?(?:factions|rebels|fighters|militias|groups|opposition|forces)|"
        r"People[’']s Defen[cs]e Forces?|PDFs?|(?:Israeli |Jewish )?[Ss]ettlers|New People[’']s Army|NPA|Viv Ansanm|"
        r"FARC(?:-EP)? dissident(?:s| groups?| factions?)|dissidents of the (?:former )?FARC(?:-EP)?|Segunda Marquetalia|Estado Mayor Central|FARC|"
        r"Pakistani Taliban|SPLM-N|SPLA-N|Sudan People[’']s Liberation Movement[- ]North|Kachin Independence Army|KIA|Ta[’']ang National Liberation Army|TNLA|MNDAA|Myanmar National Democratic Alliance Army|"
        r"Karen National Union|KNU|Africa Corps|Tren de Aragua|Los Choneros|Los Lobos|MS-13|Mara Salvatrucha|Barrio 18|Clan del Golfo|Gulf Clan|"
        r"Maoist (?:rebels|insurgents|guerrillas|militants)|Maoists|Naxals?|Naxalites?)\b|"
        r"\b(?P<noun>" + _capitalizable(r"(?:armed |republican )?dissidents|dissident republicans|militants|insurgents|rebels|jihadists|gunmen|gunman|armed (?:men|groups?|herders|herdsmen)|militias?|militiam[ae]n|fighters|bandits|assailants|attackers|separatists|"
                                 r"(?:armed )?gangs|gang members|an? (?:armed |criminal |street )?gang(?! (?:leader|boss|member|rape|war|violence|culture)s?\b)(?: of (?:armed |unidentified |masked )?(?:men|youths|robbers|attackers|gunmen|thugs))?") + r"|(?:(?<=-backed )|(?<=armed )|(?<=rebel )|(?<=militia ))factions"
        + r")\b")),
    ("state_forces", re.compile(
        r"\b(?P<noun>" + _capitalizable(
            r"(?:armed|military|security|government|regime|coalition|police) forces|armed forces|(?<=-led )coalition|government troops|government soldiers|regime troops|regime soldiers|"
            r"military(?! (?:administrations?|courts?|prosecutors?|hospitals?|enlistment offices?|commissariats?|law|laws|bill|rule|service|"
            r"spending|budget|reforms?|academy|parade|history|records?)\b)|army|troops|soldiers|"
            r"air force|Air Force|Armed Forces|National Guard|navy|police|(?:paramilitary )?rangers|junta(?! (?:leader|chief|head|spokes\w+|government|member|official|ruler)s?\b)|policemen|gendarmes?|national guard|border guards?|air defen[cs]es?|"
            r"warplanes?|fighter jets?|jets|drones?|artillery|shelling|shells|bombardments?|air ?strikes?|drone strikes?|missiles?|(?<!general )(?<!hunger )strikes|bombs?|"
            r"forces(?!\s+(?:thousands|hundreds|dozens|residents|people|families|the|an?|him|her|them|us|its?|their|his)\b)") + r")\b")),
    ("party", re.compile(r"\b(?P<named>United Russia|(?:[A-Z][\w-]+ ){1,4}Party|Communist Party)\b")),
    ("protesters", re.compile(
        r"\b(?P<noun>" + _capitalizable(
            r"protesters|protestors|demonstrators|activists|students|workers|teachers|doctors|nurses|health workers|traders|"
            r"farmers|lawyers|supporters|residents|villagers|citizens")
        # Who protests is named so wherever it is told; the others only with a protest told after them.
        + r")\b(?:(?<=rotesters)|(?<=rotestors)|(?<=onstrators)|(?=[^.]{0,80}\b(?:protest|demonstrat|rall|march|strike|sit-in|demand|denounce|petition)))")),
    ("rioters", re.compile(r"\b(?P<noun>" + _capitalizable(r"rioters|a mob|an angry mob|mobs?|angry residents|angry crowds?|youths") + r")\b")),
    ("civilians", re.compile(
        r"\b(?P<noun>" + _capitalizable(
            r"civilians?|residents|villagers|passers-by|children|women|families|people(?![’']s [A-Z])|journalists|a (?:man|woman|boy|girl|journalist)|"
            r"residential (?:areas?|buildings?)|private homes|homes") + r")\b")),
    ("government", re.compile(r"\b(?P<noun>" + _capitalizable(
        r"(?:local |regional |city )?authorities|government|ministry(?: of [A-Z][a-z]+)?|governor’s office|governor's office|officials") + r")\b")),
    ("emergency_services", re.compile(r"\b(?P<noun>emergency services|rescuers|rescue teams|firefighters|paramedics)\b", re.IGNORECASE)),
    ("ngo", re.compile(r"\b(?P<named>Red Cross|Red Crescent|UNICEF|UNHCR|WFP|MSF|Doctors Without Borders|United Nations|UN)\b|"
                       r"\b(?P<noun>" + _capitalizable(r"volunteer group|volunteers|aid workers|charity") + r")\b")),
]
# The lower-case word starts every match of an actor pattern begins with: patterns are only tried there.
_ACTOR_STEMS: dict[str, tuple[str, ...]] = {
    "state_forces": ("armed", "military", "security", "rangers", "paramilitary rangers", "junta", "government", "regime", "coalition", "police", "army", "troops", "soldiers",
                     "air force", "air defen", "navy", "gendarme", "national guard", "border", "warplane", "fighter jet", "drone",
                     "artillery", "airstrike", "air strike", "drone strike", "missile", "forces", "jets", "shelling", "shells", "bombardment", "strikes", "bomb"),
    "armed_group": ("taliban", "al shabaab", "al shabab", "al qa", "jama", "group for", "group support", "aqim", "aqap", "isgs", "iskp", "boko", "iswap", "islamic state", "isis", "isil", "daesh", "houthi",
                    "ansar", "hamas", "hezbollah", "pkk", "jnim", "adf", "m ", "wagner", "fulani", "ambazonian", "rapid support", "rsf",
                    "allied democratic", "fano", "eln", "farc", "hayat", "hts", "tehreek", "tehrik", "ttp", "arakan", "baloch", "bla",
                    "codeco", "tplf", "tigray people", "kurdistan workers", "fdlr", "oromo", "islamic jihad", "janjaweed", "sinaloa", "jalisco", "cjng", "syrian democratic", "sdf",
                    "syrian national", "sna", "turkish", "turkey", "people s defen", "pdf", "new people s army", "npa", "viv ansanm", "dissidents of", "settlers", "israeli settlers", "jewish settlers", "segunda", "estado mayor", "pakistani taliban", "splm", "spla", "sudan people s liberation",
                    "kachin", "kia", "ta ang", "tnla", "mndaa", "myanmar national democratic", "karen national", "knu", "africa corps",
                    "tren de aragua", "los choneros", "los lobos", "ms ", "mara salvatrucha", "barrio", "clan del golfo", "gulf clan", "maoist", "naxal",
                    "militants", "dissidents", "armed dissidents", "republican dissidents", "dissident republicans",
                    "insurgents", "rebels", "jihadists", "gunmen", "armed men", "militia", "fighters", "bandits", "assailants",
                    "attackers", "separatists", "gunman", "armed herd", "militiam", "gangs", "gang members", "armed gangs", "armed group", "factions",
                    "a gang", "an armed gang", "a criminal gang", "a street gang"),
    "protesters": ("protesters", "protestors", "demonstrators", "activists", "students", "workers", "teachers", "doctors", "nurses",
                   "health workers", "traders", "farmers", "lawyers", "supporters", "residents", "villagers", "citizens"),
    "rioters": ("rioters", "a mob", "an angry mob", "mob", "angry residents", "angry crowd", "youths"),
    "civilians": ("civilian", "residents", "villagers", "passers", "children", "women", "families", "people", "journalists", "a journalist",
                  "a man", "a woman", "a boy", "a girl", "residential", "private homes", "homes"),
    "government": ("local authorities", "regional authorities", "city authorities", "authorities", "government", "ministry",
                   "governor", "officials"),
    "emergency_services": ("emergency services", "rescuers", "rescue teams", "firefighters", "paramedics"),
    "ngo": ("red cross", "red crescent", "unicef", "unhcr", "wfp", "msf", "doctors without", "united nations", "un ", "volunteer",
            "aid workers", "charity"),
}
_GATED = {kind: gated(pattern, _ACTOR_STEMS[kind]) for kind, pattern in _ACTOR_PATTERNS if kind in _ACTOR_STEMS}
# Each kind's pattern and whether it has the ``named`` and ``noun`` groups (keyed by kind: hashing a pattern hashes its code).
_GROUPS = {kind: (pattern, "named" in pattern.groupindex, "noun" in pattern.groupindex) for kind, pattern in _ACTOR_PATTERNS}
_START = attrgetter("start")
_HAS_NAME = re.compile(r"[A-Z][a-z]+[ -][A-Z]")
# The demonym may stand a word or two before the noun ("Russian ballistic missile", "Ukrainian special forces").
_DEMONYM_BEFORE = re.compile(rf"\b(?P<dem>{_DEMONYM}) (?:(?!(?:and|or|of|the|by|with|to|from|in|on|at)\b)[a-z][\w-]* ){{0,2}}$")
# A first demonym joined to the one before the noun ("US and British warplanes", "Azerbaijani and Armenian troops").
_PAIRED_DEMONYM = re.compile(rf"\b(?P<dem>{_DEMONYM})(?:,| and) $")
# ... unless they fight each other ("Azerbaijani and Armenian troops exchanged fire"): else the second is the first's ally.
_EACH_OTHER = re.compile(r"[^.;]*?\b(?:exchanged|traded|clashed|fought|skirmished|each other|one another)\b")
_COUNTRIES = {name.lower(): name for name in DEMONYMS.values()}
_COUNTRY_OWNS = re.compile(r"\b(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})[’']s (?:(?!(?:and|or|of|the)\b)[a-z][\w-]* )?$")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur) $")
_WEAPON_NOUNS = frozenset({"drone", "drones", "jets", "shelling", "bombardment", "bombardments", "warplane", "warplanes", "fighter jet", "fighter jets", "artillery", "air defences", "air defenses", "air defence", "air defense",
                           "airstrike", "airstrikes", "air strike", "air strikes", "drone strike", "drone strikes", "missile", "missiles",
                           "strikes", "bomb", "bombs", "shells"})
# Words after an actor that make it an attribute of the next one.
_DESCRIPTOR = re.compile(r"[-‑](?:linked|affiliated|aligned|inspired|loyal|leaning|sympathi[sz]ing|run|controlled|ruled|governed|occupied|"
                         r"held|"
                         r"dominated)\b|"
                         r" (?:linked|affiliated|aligned|inspired)(?= [A-Za-z])(?! (?:to|with|by)\b)")
# "Hamas-held hostages" rescued, freed or swapped: the captors are the other side of the raid or the release (told only as the
# hostages' keepers, "families of Hamas-held hostages protested", "talks on freeing Hamas-held hostages", they describe them).
_HELD_CAPTIVES = re.compile(r"[-‑]held (?:[\w-]+ )?(?:hostages?|captives?|prisoners?|detainees?)\b")
_TALKS_BEFORE = re.compile(r"\b(?:talks|negotiations?|negotiators|deal|truce|ceasefire|efforts?|push|bid|calls?|call(?:ed|ing) for|demand\w*|urg\w*|plea|campaign\w*|plan|proposal)\b", re.IGNORECASE)
_RELEASE_NEAR = re.compile(r"\b(?:rescu\w*|freed|free|freeing|releas\w*|swap\w*|exchang\w*|handed over|hand over|recover\w*)\b", re.IGNORECASE)
# ... or its backer ("Wagner-backed Malian troops"): a party to the event, though not its actor.
_BACKER = re.compile(r"[-‑](?:backed|allied|supported|funded|sponsored|armed|trained)\b")
# Words telling dissidents are armed ("a bomb left by dissidents", "dissidents ambushed a patrol").
_ARMED_ACT = re.compile(r"\b(?:bomb|explosive|IED|grenade|gun|shot|shooting|ambush|attack|clash|fought|fighting|killed|rifles?|mortar|rockets?)", re.IGNORECASE)
_BACKED_BY = re.compile(r"\b(?:backed|supported|assisted|aided|helped|reinforced) by (?:the )?$")  # "troops backed by US air strikes"
_TIED_TO = re.compile(r"\b(?:linked|affiliated|tied|allied|aligned|loyal|allegiance|close|connected) (?:to|with) (?:the )?$")
_AFFILIATE = re.compile(r"(?:[’']s)? (?:(?!(?:and|or|with|as|its|their|his|her)\b)[\w-]+ ){0,2}(?:affiliate|offshoot|branch|franchise|ally|allies|proxy|proxies)\b")
UNNAMED_GROUP = "Unidentified Armed Group"
# One name for a group news calls by its full name or its initials.
_GROUP_ALIASES = {"Rapid Support Forces": "RSF", "Allied Democratic Forces": "ADF", "Tigray People's Liberation Front": "TPLF",
                  "Tigray People’s Liberation Front": "TPLF", "Kurdistan Workers' Party": "PKK", "Kurdistan Workers’ Party": "PKK", "Tehreek-e-Taliban Pakistan": "TTP",
                  "Tehrik-i-Taliban Pakistan": "TTP", "Jalisco New Generation Cartel": "CJNG", "Sinaloa cartel": "Sinaloa Cartel",
                  "Syrian Democratic Forces": "SDF", "Baloch Liberation Army": "BLA", "Balochistan Liberation Army": "BLA",
                  "New People's Army": "NPA", "New People’s Army": "NPA", "Syrian National Army": "SNA", "Houthis": "Houthi", "Ansar Allah": "Houthi", "ISIS": "Islamic State", "ISIL": "Islamic State",
                  "Daesh": "Islamic State", "Wagner Group": "Wagner", "al-Shabaab": "Al-Shabaab", "Al Shabaab": "Al-Shabaab",
                  "al-Shabab": "Al-Shabaab", "Al-Shabab": "Al-Shabaab", "Al Shabab": "Al-Shabaab"}
# Groups news spells several ways, and branches told by their full names, by one name each.
_CANONICAL_GROUPS = [(re.compile(pattern), name) for pattern, name in (
    (r"Islamic State.* West Africa", "ISWAP"), (r"Islamic State.* Greater Sahara", "ISGS"), (r"Islamic State.* Khorasan|ISIS-K", "ISKP"),
    (r"Islamic State.* Central Africa", "ISCAP"), (r"Islamic State.* (Sahel|Somalia|Mozambique|Sinai|Pakistan|East Asia)", r"Islamic State \1"),
    (r"Jama|Group (?:for the )?Support", "JNIM"), (r".* Islamic Maghreb", "AQIM"), (r".* Arabian Peninsula", "AQAP"),
    (r".* Indian Subcontinent", "AQIS"), (r"[Aa]l[- ]Qa", "al-Qaeda"), (r"People.s Defen[cs]e|PDFs", "PDF"),
    (r"Turk", "SNA"), (r"Segunda|Estado|FARC.* dissident", "FARC dissidents"), (r"Pakistani Taliban", "TTP"), (r"Sudan People|SPLA", "SPLM-N"), (r"Kachin", "KIA"), (r"Ta.ang", "TNLA"),
    (r"Myanmar National", "MNDAA"), (r"Karen|KNU", "KNU/KNLA"), (r"Mara", "MS-13"), (r"Gulf Clan", "Clan del Golfo"), (r"Maoist|Naxal", "Naxal-Maoist Rebels (India)"), (r".*[Ss]ettlers", "Settlers (Israel)"), (r"FARC.* dissidents|dissidents of", "FARC dissidents"))]
_KIND_NAMES = {"rioters": "Rioters", "emergency_services": "Emergency services", "government": "Government"}


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person named in text with the role the text gives, and where."""

    name: str
    role: str | None
    start: int
    end: int
    titled: bool = False
    """Named by surname after a leader's title ("President Zelensky"): a person even when no full name is given."""


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor phrase: display name, kind and offsets."""

    name: str
    kind: str
    start: int
    end: int
    backer: bool = False
    """It backs the actor named after it ("Wagner-backed troops") or joins the one before ("US and British jets"): associated
    with the event, not its actor."""


def _valid_name(name: str) -> bool:
    parts = name.split(" ")
    return not any(p in _NOT_NAME_WORDS for p in parts)


def find_people(text: str, places: frozenset[str] = frozenset(), spans: list[tuple[int, int]] | None = None) -> list[PersonMention]:
    """People in ``text`` (or its ``spans``): role-anchored ("city head Eugene Maslov", "X, a commissioner for …"), speakers, surnames."""
    spans = spans if spans is not None else [(0, len(text))]
    found: dict[tuple[int, int], PersonMention] = {}
    for start, end in spans:
        _people_in(text, start, end, places, found)
    return _resolve_surnames(text, sorted(found.values(), key=lambda p: p.start), spans)


def _people_in(text: str, start: int, end: int, places: frozenset[str], found: dict[tuple[int, int], PersonMention]) -> None:
    if _HAS_NAME.search(text, start, end) is None:
        return
    for m in _ROLE_BEFORE.finditer(text, start, end):
        name = _trim_name(m.group("name"))
        if name and _valid_name(name) and name not in places:
            role = m.group("role").lower() if m.group("role") else _TITLES[m.group("title").lower()]
            titled = m.group("role") is not None and m.group("role")[0].isupper() and role in _LEADER_TITLES
            found[(m.start("name"), m.start("name") + len(name))] = PersonMention(name, role, m.start("name"), m.start("name") + len(name), titled)
    for m in _ROLE_AFTER.finditer(text, start, end):
        name = m.group("name")
        if _valid_name(name) and " " in name and name not in places:
            found[m.span("name")] = PersonMention(name, m.group("role").strip().replace("’", "'"), *m.span("name"))
    for m in _SPEAKER.finditer(text, start, end):
        name = m.group("name")
        if " " in name and _valid_name(name) and name not in places and not any(s < m.end("name") and m.start("name") < e for s, e in found):
            found[m.span("name")] = PersonMention(name, None, *m.span("name"))


def _trim_name(name: str) -> str:
    parts = name.split(" ")
    while parts and parts[-1] in _NOT_NAME_WORDS:
        parts.pop()
    return " ".join(parts)


def _resolve_surnames(text: str, people: list[PersonMention], spans: list[tuple[int, int]]) -> list[PersonMention]:
    """Single-word names and later bare surnames become the full name seen elsewhere, keeping the best role."""
    full = {p.name.split(" ")[-1]: p for p in people if " " in p.name}
    roles = {}
    for p in people:
        key = p.name.split(" ")[-1]
        if p.role and key not in roles:
            roles[key] = p.role
    out: list[PersonMention] = []
    for p in people:
        key = p.name.split(" ")[-1]
        if " " not in p.name and key not in full and not p.titled:
            continue
        name = full[key].name if key in full else p.name
        out.append(PersonMention(name, p.role or roles.get(key), p.start, p.end))
    covered = [(p.start, p.end) for p in out]
    for surname, person in full.items():
        pattern = re.compile(rf"\b{re.escape(surname)}\b")
        for m in (m for s, e in spans for m in pattern.finditer(text, s, e)):
            if not any(s <= m.start() < e for s, e in covered):
                out.append(PersonMention(person.name, roles.get(surname), m.start(), m.end()))
    return sorted(out, key=lambda p: p.start)


def find_actors(text: str, start: int = 0, end: int | None = None, country: str | None = None,
                index: TextIndex | None = None) -> list[ActorMention]:
    """Actor phrases in ``text[start:end]`` in text order; ``country`` names unnamed civilians and protesters."""
    end = len(text) if end is None else end
    return actors_in_spans(text, [(start, end)], country, index)


def actors_in_spans(text: str, spans: list[tuple[int, int]], country: str | None = None,
                    index: TextIndex | None = None) -> list[ActorMention]:
    """`find_actors` of each span in turn, the words that can open an actor phrase looked up once for the whole text."""
    index = index if index is not None else text_stems(text)
    # The patterns worth trying, in their order: gated ones where a word can open them, the rest where their words occur.
    live: list[tuple[str, re.Pattern[str], list[int] | None]] = []
    for kind, pattern in _ACTOR_PATTERNS:
        gate = _GATED.get(kind)
        if gate is None:
            if "arty" in text or "Russia" in text:
                live.append((kind, pattern, None))
        elif id(gate) in index.live:
            live.append((kind, pattern, index.positions_of(gate)))
    return [a for start, end in spans for a in _actors_between(text, start, end, country, live)] if live else []


def _actors_between(text: str, start: int, end: int, country: str | None,
                    live: list[tuple[str, re.Pattern[str], list[int] | None]]) -> list[ActorMention]:
    found: list[ActorMention] = []
    taken = _Taken()
    for kind, pattern, positions in live:
        if positions is not None:
            matches = _matches_at(pattern, text, positions, start, end)
        elif "arty" in text[start:end] or "Russia" in text[start:end]:
            matches = list(pattern.finditer(text, start, end))
        else:
            continue
        for i, m in enumerate(matches):
            begin, stop = m.span()
            if taken.overlaps(begin, stop) or _describes_another(text, m, [*matches[i - 1:i], *matches[i + 1:i + 2]], kind):
                continue
            if kind == "armed_group" and "issident" in m.group(0) and not m.group("named") \
                    and _ARMED_ACT.search(text, max(0, begin - 100), min(len(text), stop + 100)) is None:
                continue  # dissidents told with no weapon near are political dissidents
            dem, ally = None, False
            if kind == "state_forces":
                # The demonym ends with a space right before the match (or " \n", as "$" also matches before a last newline).
                before = _DEMONYM_BEFORE.search(text, max(0, begin - 44), begin) if text[begin - 1:begin] in (" ", "\n") else None
                owner = _COUNTRY_OWNS.search(text, max(0, begin - 44), begin) if before is None and text[begin - 1:begin] == " " else None
                if before is not None:
                    begin, dem = before.start(), before.group("dem")
                    paired = _PAIRED_DEMONYM.search(text, max(0, begin - 24), begin)
                    if paired is not None and paired.group("dem") != dem and not taken.overlaps(paired.start(), begin):
                        found.append(ActorMention(_actor_name(kind, m, country, paired.group("dem")), kind, paired.start(), begin))
                        taken.add(paired.start(), begin)
                        ally = _EACH_OTHER.match(text, m.end(), min(len(text), m.end() + 60)) is None
                elif owner is not None and owner.group("country").lower() in _COUNTRIES:
                    begin, dem = owner.start(), owner.group("country")  # "Ukraine's military", "Sudan's army"
                elif m.group("noun").lower() in _WEAPON_NOUNS:
                    continue  # "drones" alone says nothing about whose they are
                elif _POSSESSIVE_BEFORE.search(text, max(0, begin - 6), begin):
                    continue  # "his forces", "its troops": someone's named elsewhere, not those of the country where it happened
            backer = ally or text[stop:stop + 1] in "-‑" and _BACKER.match(text, stop) is not None \
                or text[begin - 1:begin] == " " and _BACKED_BY.search(text, max(0, begin - 24), begin) is not None
            found.append(ActorMention(_actor_name(kind, m, country, dem), kind, begin, m.end(), backer))
            taken.add(begin, m.end())
    return sorted(found, key=_START)


def _describes_another(text: str, m: re.Match[str], neighbours: list[re.Match[str]], kind: str) -> bool:
    """The actor only describes another ("al-Qaeda-linked JNIM", "army-backed militias", "Hamas-run ministry", "al-Qaeda's
    Sahel affiliate JNIM", "JNIM, al-Qaeda's branch in the Sahel"): the other is the party."""
    after = text[m.end():m.end() + 32]
    if _HELD_CAPTIVES.match(after) is not None and _RELEASE_NEAR.search(text, max(0, m.start() - 40), m.start()) is not None \
            and _TALKS_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None:
        return False  # "troops rescued four Hamas-held hostages": the captors are the other side
    if after[:1] in "-‑ " and _DESCRIPTOR.match(after) is not None or text[max(0, m.start() - 5):m.start()].lower().endswith(("pro-", "anti-")):
        return True
    if kind != "armed_group" or not neighbours or not m.group("named"):
        return False
    if _AFFILIATE.match(after) is not None:
        return any(n.group("named") and (0 <= n.start() - m.end() < 40 or 0 <= m.start() - n.end() < 8) for n in neighbours)
    # "Al-Shabaab, which is linked to al-Qaeda, attacked …": the group the one before is tied to
    return _TIED_TO.search(text, max(0, m.start() - 24), m.start()) is not None and \
        any(n.group("named") and 0 <= m.start() - n.end() < 48 for n in neighbours)


class _Taken:
    """The characters already claimed by a mention: overlap tests stay linear in a long text."""

    def __init__(self) -> None:
        self._at: set[int] = set()

    def overlaps(self, start: int, end: int) -> bool:
        return not self._at.isdisjoint(range(start, end))

    def add(self, start: int, end: int) -> None:
        self._at.update(range(start, end))


def _matches_at(pattern: re.Pattern[str], text: str, positions: list[int], start: int, end: int) -> list[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` inside ``text[start:end]`` tried only at ``positions`` (ascending)."""
    found: list[re.Match[str]] = []
    reached = start
    match = pattern.match
    for position in positions[bisect_left(positions, start):bisect_left(positions, end)]:
        if position >= reached and (m := match(text, position, end)) is not None:
            found.append(m)
            reached = m.end()
    return found


def _group_name(named: str) -> str:
    if named in _GROUP_ALIASES:
        return _GROUP_ALIASES[named]
    if named[0] in "IJGAaPTFdSsEKMN" and len(named) >= 3:
        for pattern, name in _CANONICAL_GROUPS:
            if (m := pattern.match(named)) is not None:
                return m.expand(name)
    return named


def _actor_name(kind: str, m: re.Match[str], country: str | None, dem: str | None = None) -> str:
    pattern, has_named, has_noun = _GROUPS.get(kind) or (None, False, False)
    if pattern is not m.re:
        has_named, has_noun = "named" in m.re.groupindex, "noun" in m.re.groupindex
    named = m.group("named") if has_named else None
    if named:
        return _group_name(named)
    noun = ((m.group("noun") if has_noun else None) or m.group(0)).lower()
    suffix = f" ({country})" if country else ""
    if kind == "state_forces":
        of = (DEMONYMS.get(dem.lower()) or _COUNTRIES.get(dem.lower())) if dem else None
        body = "Police Forces" if "police" in noun or "gendarme" in noun else "Military Forces"
        return f"{body} of {of}" if of else body
    if kind == "armed_group":
        return UNNAMED_GROUP + suffix
    if kind == "protesters":
        return "Protesters" + suffix
    if kind == "civilians":
        return "Civilians" + suffix
    if kind == "ngo":
        return noun.capitalize()
    if kind == "government":
        return "Government" + suffix
    return _KIND_NAMES.get(kind, noun.capitalize())
