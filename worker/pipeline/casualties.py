"""Casualty counts (killed, injured) and counted quantities from news phrasing: numbers, words, ranges, "no casualties"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from worker.pipeline.alternation import branches, grouped

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "a hundred": 100,
}
# Vague counts, coded the way conflict datasets usually code them (lower bound, marked approximate).
VAGUE_NUMBERS = {"several": 3, "multiple": 3, "a few": 3, "a number of": 3, "dozens of": 12, "dozens": 12,
                 "scores of": 20, "scores": 20, "hundreds of": 100, "hundreds": 100, "thousands of": 1000}
_UNITS = "one two three four five six seven eight nine".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUM = grouped([
    r"\d{1,3}(?:,\d{3})+(?!\d)", r"\d+(?:\.\d+)?", "a dozen", "a hundred", "dozens(?: of)?", "scores(?: of)?", "hundreds(?: of)?",
    "thousands of", "several", "multiple", "a few", "a number of", *(f"{tens}(?:-(?:{'|'.join(_UNITS)}))?" for tens in _TENS),
    *_UNITS, *"ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), "both", "an?",
])
_QUAL = grouped(["at least", "more than", "over", "some", "about", "around", "nearly", "almost", "up to", "as many as", "approximately",
                 "roughly", "an estimated", "all"])
_PERSON = grouped(branches(
    r"people|persons|person|civilians?|soldiers?|troops|servicem[ae]n|militants?|fighters?|rebels?|insurgents?|"
    r"police(?:m[ae]n| officers?| constables?)?|officers?|children|child|kids|women|woman|men|man|boys?|girls?|residents?|villagers?|"
    r"protesters?|demonstrators?|students?|workers?|members?|elements|personnel|guards?|passengers?|pilgrims?|"
    r"worshippers?|farmers?|herders?|miners?|others|individuals?|victims?|attackers?|citizens?|bodies|body|family members|"
    r"drivers?|suspects?|rangers?|leaders?|commanders?|officials?|journalists?|reporters?|broadcasters?|presenters?|photographers?|teachers?|adolescents?|teenagers?|youths?|minors?|"
    r"infants?|babies|baby|daughters?|sons?|wife|wives|husbands?|brothers?|sisters?|relatives?|shepherds?|traders?|merchants?|"
    r"fathers?|mothers?|parents|grand(?:fathers?|mothers?|parents|children|sons?|daughters?)|uncles?|aunts?|cousins?|nephews?|nieces?|"
    r"toddlers?|newborns?|tourists?|spectators?|fans|pupils?|schoolchildren|firefighters?|rescuers?|paramedics?|volunteers?|climbers?|hikers?|skiers?|guests?|"
    r"shoppers?|vendors?|hawkers?|commuters?|labou?rers?|constables?|jawans?|devotees?|"
    r"cadres?|maoists?|naxal(?:ite)?s?|"
    r"fishermen|fisherman|doctors?|nurses?|schoolteachers?|headteachers?|schoolboys?|schoolgirls?|shopkeepers?|jewell?ers?|activists?|prisoners?|detainees?|inmates?|gunm[ae]n|assailants?|bandits?|"
    r"gang members?|policem[ae]n|patrolm[ae]n|gendarmes?|militiam[ae]n|combatants?|recruits?|hostages?|chiefs?|elders?|pastors?|priests?|"
    r"imams?|monks?|clerics?|candidates?|councill?ors?|mayors?|colonels?|generals?|majors?|captains?|sergeants?|"
    r"lieutenants?|pilots?|crew members?|crew|staff|employees?|engineers?|contractors?|peacekeepers?|refugees?|migrants?|"
    r"locals|motorists?|pedestrians?|cyclists?|bystanders?|customers?|patients?|owners?|robbers?|thie(?:f|ves)|criminals?|"
    r"kidnappers?|smugglers?|traffickers?|gangsters?|poachers?|looters?|jihadists?|terrorists?|extremists?|islamists?|"
    r"guerrillas?|paramilitar(?:y|ies)|mercenar(?:y|ies)|separatists?|dissidents?|herdsmen|invaders|occupiers|bodyguards?|"
    r"politicians?|ministers?|lawmakers?|legislators?|broadcasters?|governors?|judges?|lawyers?|businessm[ae]n|vigilantes?|rulers?|aides?|managers?|assistants?|secretar(?:y|ies)|"
    r"(?-i:[A-Z][a-z]+(?:ians|ans|is|ese))"  # "Three Palestinians were killed", "two Sudanese"
))
# Any other plural in lower case counts people when they are killed or hurt ("Two pupils were killed", "three carabineros
# were injured"); animals do not.
_OTHER_PLURAL = (r"(?!(?:cattle|cows|goats|sheep|animals|birds|chickens|camels|horses|donkeys|pigs|dogs|cats|elephants|livestock)\b)"
                 r"(?-i:[a-z][a-z'-]{2,}[a-rt-z]s)\b")
_BE = re.compile(r"\b(?:were|was|are|is|been|got)\b", re.IGNORECASE)
_SINGULAR_SUBJECTS = frozenset({"a", "an", "the", "one"})
# A victim told with a definite determiner and no number counts one ("the driver was killed", "killing its driver").
_DEFINITE = frozenset({"the", "its"})
_PERSON_VERBS = frozenset({"shot dead", "shooting dead", "shoots dead", "shoot dead", "gunned down", "guns down", "shot and killed", "assassinated",
                           "assassinating", "murdered", "murdering", "beheaded", "beheading", "beheads", "lynched", "lynching", "lynches"})
_KILLED = grouped([
    "shot dead", "shot and killed", "gunned down", "beheaded",
    *(f"{how} to death" for how in "hacked beaten burned burnt charred shot stabbed stoned lynched tortured bludgeoned strangled clubbed crushed "
      "trampled starved hanged".split()), "burned alive", "burnt alive",
    *branches(r"killed|dead|died|die|dies|deaths?|fatalities|fatality|lost (?:their|his|her) lives?|lost (?:their|his|her) li(?:fe|ves)|"
               r"were slain|slain|perished|drowned|bodies|murdered|assassinated|executed|liquidated|lynched|shot and died|martyred|embraced martyrdom|"
               r"succumbed to (?:his|her|their) (?:injuries|wounds)"),
])
_INJURED = grouped(["injured", "wounded", "hurt", "injuries", "hospitali[sz]ed", r"treated for (?:smoke inhalation|burns|injuries|minor injuries)",
                    r"(?:suffered|sustained|received) (?:[\w-]+ ){0,2}?(?:injuries|wounds|burns)"])
_AUX = (r"(?:(?:were|was|have been|has been|had been|have|has|had|are|is|got|being|found|left|reported|later)\s+"
        r"(?:(?:kidnapped|abducted|tortured|beaten|shot|attacked|ambushed|captured|stabbed|raped|robbed|detained) and\s+)?)?"
        r"(?:(?:reportedly|reported|confirmed|allegedly|also|seriously|critically|fatally|severely|lightly|slightly|mildly|moderately|badly|gravely|mortally|later|found|each|all|both)\s+)*")
# Most patterns open with a look-ahead at the characters a match can start with, so the regex engine skips other
# positions quickly.
_PASSIVE = re.compile(
    rf"(?=[\dabdefhmnorstu])(?P<q>{_QUAL}\s+|between\s+)?(?<![\w-])(?<!no )(?<!No )(?<!killed )(?<!killing )(?<!dead )(?<!down )(?:(?P<n0>{_NUM})\s+(?:[\w'-]+\s+){{0,2}}?{_PERSON}\s+and\s+(?:(?:his|her|their)\s+)?(?:{_QUAL}\s+)?)?"
    rf"(?P<n>{_NUM}|the(?!\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b))(?:\s*(?:-|–|to|or|and)\s*(?P<n2>{_NUM}))?\s+"
    r"(?:of\s+(?:an?\s+|the\s+|one\s+)?(?:[\w'-]+\s+)?family\s+)?"
    rf"(?:(?:\w[\w'-]*\s+){{0,4}}?(?P<noun>{_PERSON}|{_OTHER_PLURAL})(?:\s+(?:\([^()]{{1,60}}\)|(?:of|from|in|on|at|aboard|inside|including) (?:[\w'-]+\s+){{0,3}}?[\w'-]+))?,?\s+)?"
    rf"(?:who\s+(?:were|was)\s+(?:[\w'-]+\s+){{1,6}}?(?=(?:were|was)\s)|who\s+\w+\s+)?(?:[a-z]+-related\s+)?{_AUX}(?P<verb>{_KILLED}|{_INJURED})\b",
    re.IGNORECASE,
)
_ACTIVE = re.compile(
    rf"(?=[abceghiklmstw])\b(?P<verb>killing|killed|kills|(?<!\bto )kill|injuring|injured|injures|(?<!\bto )injure|wounding|wounded|wounds|(?<!\bto )wound|hurts|leaving|left|claimed the lives of|the killing of|assassinated|"
    rf"assassinating|executed|executing|murdered|murdering|martyring|martyred|beheaded|beheading|beheads|(?<!\bto )behead|massacred|massacres|(?<!\bto )massacre|lynched|lynching|lynches|(?<!\bto )lynch|shot dead|shooting dead|shoots? dead|gun(?:s|ned) down|shot and killed|"
    rf"(?:(?:beat|beaten|stabbed|hacked|stoned|shot|attacked) and )?(?:stabbed|beat|beaten|burned|burnt|hacked|stoned|clubbed|bludgeoned|strangled) to death)\s+(?P<q>{_QUAL}\s+|between\s+)?(?P<n>{_NUM}|the(?!\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b)|its)"
    rf"(?:\s*(?:-|–|to|or|and)\s*(?P<n2>{_NUM})(?!\s+(?:were|was|are|have|had)\b))?(?:\s+(?:(?!and\b)[\w'-]+\s+){{0,3}}?(?P<noun>{_PERSON}))?(?:\s+(?P<state>dead|injured|wounded|hurt|in hospital))?\b",
    re.IGNORECASE,
)
# More victims joined to those an active verb counts ("killed a politician and his bodyguard", "three women and three children").
# A list goes on with commas: "a pastor, his wife and their two children", "an official and two of his bodyguards".
_AND_MORE = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?P<n>{_NUM})(?:\s+of)?\s+(?:(?:his|her|their|its)\s+)?|(?:his|her|their|its)\s+(?:(?P<n2>{_NUM})\s+)?)"
    rf"(?:(?!and\b)[\w'-]+\s+){{0,2}}?{_PERSON}\b(?!(?:\s+(?!(?:he|she|they)\b)[\w'-]+){{0,2}}?\s+(?:were|was|are|have|had|said|says|told|added|reported|confirmed)\b)",
    re.IGNORECASE,
)
# "A suicide bomber killed himself and 14 others": the others and the bomber.
_SELF_AND = re.compile(rf"(?=k)\bkill(?:ed|ing|s)\s+(?:him|her)self\s+and\s+(?P<q>{_QUAL}\s+)?(?P<n>{_NUM})\s+(?:other\s+)?(?:others|people|persons|civilians|worshippers|soldiers|policemen|police officers)\b",
                       re.IGNORECASE)
# "The fire claimed 12 lives", "claims at least 40 lives".
_LIVES = re.compile(rf"(?=c)\bclaim(?:s|ed|ing)?\s+(?P<q>{_QUAL}\s+)?(?P<n>{_NUM})\s+lives\b", re.IGNORECASE)
# Killed-or-injured lumped together: no killed count can be read from it.
_LUMPED = re.compile(r"\s*(?:,|/|\s+or|\s+and/or|\s+and)\s*(?:injur|wound|captur|arrest|missing)", re.IGNORECASE)
_SUBSET = re.compile(r"(?<=\w),\s+(?:including|(?:many|most|some|all|among|several|[\w-]+) (?:of )?them|(?:both |all )?aged)\s+[^,.;()]{1,60},\s*(?=\w)", re.IGNORECASE)
_LUMPED_BEFORE = re.compile(r"(?=k)(?:killing|killed|kill)\s*(?:,|/|\s+or|\s+and(?:/or)?)\s*$", re.IGNORECASE)
# A killing told as the cause or background of this event ("protested after two children were killed").
_BACKGROUND = re.compile(
    r"(?=[acdfimoprstw])\b(?:after|following|in the wake of|over|against|denouncing|condemning|protesting|mourning|commemorating|in (?:retaliation|revenge|response) (?:for|to)|"
    r"those who|avenge|avenging|accused of|suspected of|responsible for|since)\b(?:\s+[\w'-]+){0,6}\s*$",
    re.IGNORECASE,
)
# "would have killed dozens had it detonated": no one was.
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might) (?:have|well have) $", re.IGNORECASE)
# A toll told with when it was long before ("60 were killed during last year's protests", "killed two years ago"): history.
# A toll told since a time ("8 people have died since March"): a running tally of many events.
_PAST_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:last|previous) (?:year|month)\b|[^.;,]{0,40}?\b(?:a|one|two|three|four|five|\d+) (?:years|months) ago\b"
                         r"|[^.;,]{0,40}?(?<!day )(?<!week )(?<!month )(?<!year )\bsince (?:early |mid-|late )?(?:January|February|March|April|May|"
                         r"June|July|August|September|October|November|December|last|(?:19|20)\d\d|"
                         r"the (?:start|beginning|outbreak)(?! of the (?:day|morning|afternoon|evening|night)))\b", re.IGNORECASE)
# How a body found is described ("the decapitated bodies of …").
_BODY_STATE = r"(?:dead|lifeless|decapitated|mutilated|charred|bullet-riddled|decomposed)"
# "the body of a man was found", "the bodies of two women were recovered", "a man's body was found".
_BODIES = re.compile(
    rf"\b(?:(?:the|{_BODY_STATE})\s+)*(?:bod(?:y|ies)|corpses?|remains)\s+of\s+(?P<n>{_NUM}|the)\s+"
    rf"(?:(?:[\w'-]+\s+){{0,2}}?{_PERSON}\s+(?P<more>and\s+(?:(?P<n4>{_NUM})|his|her|their))\s+)?(?:[\w'-]+\s+){{0,4}}?(?:was|were|had been|have been|has been)\s+"
    rf"(?:\w+\s+)?(?P<verb>found|discovered|recovered|retrieved|dumped)\b"
    rf"|\b(?P<n3>an?|one|{_NUM})\s+(?:[\w'-]+\s+){{0,2}}?[\w-]+'s?\s+(?:dead\s+)?(?:body|bodies|corpse)\s+(?:was|were)\s+(?:\w+\s+)?(?:found|discovered|recovered|dumped)\b",
    re.IGNORECASE,
)
# Bodies found, told in the active voice ("Police found the bodies of two men and a woman in a ravine").
_FOUND_BODIES = re.compile(
    rf"(?=[fdrep])\b(?:found|discovered|recovered|retrieved|exhumed|pulled out)\s+(?:the\s+)?(?:{_BODY_STATE}\s+)*(?:bod(?:y|ies)|corpses?|remains)\s+of\s+(?P<q>{_QUAL}\s+)?(?P<n>{_NUM})\s+(?:[\w'-]+\s+){{0,2}}?(?P<noun>{_PERSON})\b",
    re.IGNORECASE,
)
# The victims named between the act and "to death" ("villagers beat a man to death", "stabbed two guards to death").
_TO_DEATH = re.compile(
    rf"(?=[bhscl])\b(?P<verb>beat|hacked|stabbed|stoned|clubbed|bludgeoned|burned|burnt|strangled|lynched|trampled)\s+(?P<q>{_QUAL}\s+)?(?P<n>{_NUM})\s+"
    rf"(?:(?:[\w'-]+\s+){{0,2}}?(?P<noun>{_PERSON})\s+)?to\s+death\b",
    re.IGNORECASE,
)
# The verbs telling one person's killing.
_ONE_DEATH = r"killed|shot dead|gunned down|murdered|assassinated|executed|lynched|beheaded|(?:hacked|beaten|burned|burnt|shot|stabbed|stoned|strangled) to death"
# A singular subject killed, whatever the noun ("a local sarpanch was beaten to death", "a man accused of theft was lynched").
_ONE_KILLED = re.compile(
    r"(?=a)(?<![\w-])(?P<n>an?)\s+(?:[\w'-]+\s+){1,10}?(?:(?:accused|suspected) of (?:[\w'-]+\s+){1,4}?)?(?:was|has been|had been)\s+(?:(?:reportedly|allegedly|later|also|attacked and|kidnapped and|abducted and|shot and)\s+)*"
    rf"(?P<verb>{_ONE_DEATH})\b",
    re.IGNORECASE,
)
# Fighters "neutralised", as armies word their kills ("neutralising 17 of them", "five terrorists were neutralised"); a
# device neutralised is no one.
_NEUTRALISED = re.compile(
    rf"\b(?:neutrali[sz](?:ed|ing)\s+(?P<q>{_QUAL}\s+)?(?P<n>{_NUM})\s+(?:(?:[\w'-]+\s+){{0,2}}?(?P<noun>{_PERSON})\b|of them\b)"
    rf"|(?P<n3>{_NUM})\s+(?:[\w'-]+\s+){{0,2}}?{_PERSON}\s+(?:were|was|had been|have been|got)\s+(?:[\w-]+\s+)?neutrali[sz]ed)",
    re.IGNORECASE,
)
# Kin of a victim told before ("killing a 67-year-old man and injuring his wife", "wounding their two children").
_KIN = re.compile(
    rf"(?=[kiw])\b(?P<verb>killing|killed|kills|injuring|injured|injures|wounding|wounded|wounds)\s+(?:his|her|their)\s+(?:(?P<n>{_NUM})\s+)?"
    r"(?:wife|husband|sons?|daughters?|mother|father|brothers?|sisters?|child(?:ren)?|bab(?:y|ies))\b",
    re.IGNORECASE,
)
# One victim told by a pronoun in a sentence of its own ("He was beaten to death.", "She later died in hospital").
_PRONOUN_ONE = re.compile(
    r"(?:^|(?<=; )|(?<=, and ))(?:He|She)\s+(?:(?:was|has been|had been|later|reportedly|allegedly|also|subsequently|then|eventually)\s+)*"
    rf"(?P<verb>{_ONE_DEATH}|died|succumbed|tortured to death)\b(?![^.;,]{{0,30}}\b(?:19|20)\d\d\b)"
)
# A headline opening with one victim and no article ("Soldier killed in east Ukraine", "Mexico: journalist shot dead").
_HEADLINE_ONE = re.compile(
    r"^(?:[A-Z][\w .'-]{0,30}:\s+)?(?:[A-Z][\w'-]*\s+){0,2}?(?i:soldier|serviceman|policeman|policewoman|police officer|officer|gendarme|journalist|reporter|civilian|"
    r"man|woman|boy|girl|child|teenager|teen|student|teacher|farmer|herder|activist|priest|pastor|imam|mayor|commander|doctor|nurse|"
    r"aid worker|worker|driver|villager|resident|fighter|militant|rebel|peacekeeper)\s+(?:(?:is|was|has been)\s+)?"
    r"(?P<verb>killed|shot dead|gunned down|murdered|assassinated|executed|lynched|beheaded|(?:hacked|beaten|burned|shot|stabbed) to death|"
    r"injured|wounded)\b(?=\s+(?:in|at|on|near|as|after|during|by|while|when|outside|inside|amid|despite)\b|\s*[,:;.\-–—]|\s*$)"
)
_ONE_NOUN = ("commander|leader|chief|general|colonel|officer|soldier|policeman|police officer|journalist|reporter|activist|farmer|villager|herder|"
             "man|woman|boy|girl|child|teenager|student|teacher|priest|pastor|imam|cleric|mayor|governor|doctor|nurse|aid worker|worker|driver|thief|"
             "suspect|trader|fisherman|official|lawmaker|politician|candidate|judge|lawyer|businessman|civilian|resident|militant|rebel|fighter|"
             "spokesman|spokesperson|ambassador|diplomat|minister|pensioner|retiree|grandmother|grandfather|volunteer|medic|paramedic|rescuer|"
             "firefighter|shepherd|engineer|tourist|cyclist|motorcyclist|passenger|pedestrian")
# A headline's one victim named with no article or number ("Israeli strike kills Hezbollah commander", "Mob lynches suspected thief").
_HEADLINE_KILLS_ONE = re.compile(
    r"(?=[abeklmsh])\b(?P<verb>kills|kill|killed|killing|lynch(?:es|ed)?|behead(?:s|ed)?|assassinat(?:es|ed)|murder(?:s|ed)?|shoots? dead|shot dead|beats?(?=\s[^.;]*to death)|hacks?(?=\s[^.;]*to death)|burns?(?=\s[^.;]*to death)|stones?(?=\s[^.;]*to death))\s+"
    r"(?:(?!(?:an?|the|his|her|their|its|at|in|on|and|as|after|near|with|by|for|from|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b)[A-Za-z][\w'-]*\s+){0,3}?"
    rf"(?i:{_ONE_NOUN})\b(?=\s*(?:$|[.;:,—–]|\s(?:in|at|on|near|during|outside|inside|as|after|while|amid|over|from|by|accused|suspected|for|who)\b)|\s+to\s+death\b)",
    re.IGNORECASE,
)
# One more victim told by its rank ("two were killed and a third was seriously wounded", "a second journalist has died").
_ORDINAL_ONE = re.compile(
    rf"(?=[aAtT])(?<![\w-])(?:an?|the|another)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?!of\b)"
    rf"(?:(?:[\w'-]+\s+){{0,2}}?{_PERSON}\s+)?{_AUX}(?P<verb>{_KILLED}|{_INJURED})\b",
    re.IGNORECASE,
)
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_TOLL = re.compile(rf"(?=[dtn])\b(?:death toll|toll|number of (?:people |those |protesters |civilians )?(?:killed|dead|shot dead))\s+(?:[\w'’.-]+\s+){{0,24}}?(?:to|at|of)\s+(?P<q>{_QUAL}\s+)?(?!an?\s(?!dozen|hundred))(?P<n>{_NUM})\b", re.IGNORECASE)
# A later sentence's victims who add to those told before ("Two soldiers were also killed", "two more died").
_ADDED = re.compile(r"\b(?:also|another|more(?! than))\b", re.IGNORECASE)
# The side a count's victims belong to ("Five soldiers were killed", "12 militants died"): each side's toll told in a sentence
# of its own adds up to the event's.
_SIDES = {
    "forces": re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|police(?:m[ae]n| officers?)|officers?|gendarmes?|guards?|personnel|"
                         r"peacekeepers?|security forces)\b", re.IGNORECASE),
    "fighters": re.compile(r"\b(?:militants?|fighters?|rebels?|insurgents?|attackers?|assailants?|gunm[ae]n|bandits?|jihadists?|terrorists?|"
                           r"extremists?|separatists?|militiam[ae]n|combatants?|guerrillas?|raiders?)\b", re.IGNORECASE),
}
_NONE = re.compile(
    r"(?=[nwzN])\b(?:(?:no|without(?: any)?|zero)\s+(?:(?:reported|immediate|known)\s+)?(?P<what>casualties|victims|fatalities|deaths|injuries|one|people|person|civilians)"
    r"|nobody|no-one)"
    r"(?:\s+(?:nor|or|and)\s+(?P<what2>injuries|fatalities|casualties))?(?:\s+(?:were|was|have been|has been)\s+(?P<verb>killed|injured|hurt|wounded|reported))?",
    re.IGNORECASE,
)
# Each branch of `_KILLED` and `_INJURED` holds one of these (lower case): a sentence holding none has no `_PASSIVE` match.
PASSIVE_VERB_WORDS = (
    "dead", "killed", "death", "slain", "die", "succumbed", "gunned down", "beheaded", "bodies", "lost", "lynched", "fatalit",
    "perished", "drowned", "murdered", "assassinated", "executed", "liquidat", "alive", "injur", "wounded", "hurt", "hospitali", "martyr", "wounds", "burns",
)
# A sentence holding none of these fragments (lower case) reports no casualties.
CASUALTY_WORDS = tuple(
    "kill dead die death fatalit injur wound hurt burns casualt lives slain perish bodies toll shot behead hacked beaten burned hospital victim "
    "execut assassin murder lynch stabbed succumb body corpse drown neutrali gunned martyr liquidat charred burnt alive".split()
)
# A sentence with no digit and none of these words counts nothing.
NUMBER_TOKENS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
    "twenty thirty forty fifty sixty seventy eighty ninety dozen dozens scores hundred hundreds thousands several multiple few number".split()
)
# A verb told with no "were" that takes an object is active: "Two gunmen shot dead a businessman" counts the businessman.
_ACTIVE_VERBS = frozenset({"killed", "shot dead", "gunned down", "shot and killed", "murdered", "assassinated", "executed", "lynched", "beheaded",
                           "injured", "wounded"})
_OBJECT_AFTER = re.compile(r"\s+(?:an?|the|his|her|their|its|\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several)\s+"
                           r"(?!(?:day|days|week|weeks|hour|hours|night|morning|evening|afternoon|month|months|year|years|time|same|following|"
                           r"previous|next|other)\b)(?!(?:[\w'-]+\s+)?(?:killed|injured|wounded|hurt|dead|missing)\b)", re.IGNORECASE)
_UNCOUNTED = re.compile(r"\b(?:number|unknown|unspecified|undetermined|undisclosed)\b", re.IGNORECASE)
# Counts told as a total ("3 fatalities") restate the victims already counted in the sentence rather than add to them.
_TOTALS = frozenset({"fatalities", "fatality", "deaths", "death"})
_LETTERS = re.compile(r"[^a-z]+")
_DIGIT = re.compile(r"[0-9]")
_QUANTITY = re.compile(
    rf"(?=[\dadefhmnorstu])(?P<q>{_QUAL}\s+)?(?<![\w-])(?P<n>{_NUM})\s+(?P<adj>(?:(?!(?:as|in|of|and|or|the|to|were|was|are|is|have|has|had|from|by|with|for|on|at|who|which|that|killed|injured|wounded|dead|died)\b)[a-z][\w-]*\s+){{0,2}}?)(?P<unit>[a-z][a-z-]+s|kg|km|tons|tonnes|hectares)\b(?!\s+(?:ago|old))"
)
_PERSON_WORD = re.compile(_PERSON, re.IGNORECASE)
_INJURED_WORD = re.compile(_INJURED)
_CASUALTY_AFTER = re.compile(rf"\s+{_AUX}(?:{_KILLED}|{_INJURED})", re.IGNORECASE)
_NOT_UNITS = frozenset(
    "years months weeks days hours minutes seconds times decades centuries others its this was has is as us does thus yes his".split()
)


@dataclass(frozen=True, slots=True)
class CasualtyCount:
    """Killed/injured found in one stretch of text; ``None`` means not reported, 0 reported as none."""

    killed: int | None
    injured: int | None
    at_least: bool
    text: str | None


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A number and the noun it counts."""

    value: float
    unit: str
    text: str
    approximate: bool
    start: int


def parse_number(token: str) -> tuple[float | None, bool]:
    """Value of a number token and whether it is approximate (``dozens`` → 12, approximate)."""
    token = token.lower().strip()
    if token in VAGUE_NUMBERS:
        return VAGUE_NUMBERS[token], True
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token], False
    if "-" in token and token.split("-")[0] in NUMBER_WORDS:
        tens, _, unit = token.partition("-")
        return NUMBER_WORDS[tens] + NUMBER_WORDS.get(unit, 0), False
    try:
        return float(token.replace(",", "")), False
    except ValueError:
        return None, False


_ACRONYM = re.compile(r"(?<=[A-Za-z]) \([A-Z][A-Za-z0-9&.-]{1,11}\)")


def find_casualties(text: str) -> CasualtyCount | None:
    """Casualties in one sentence: matches of each kind add up; "no casualties" gives zeros."""
    lower = text.lower()
    if not any(word in lower for word in CASUALTY_WORDS):
        return None
    if " (" in text:
        text = _ACRONYM.sub("", text)  # "Two jawans of the District Reserve Guard (DRG) were killed": the acronym aside
    if "including" in lower or " them " in lower or " aged " in lower:
        text = _SUBSET.sub(" ", text)  # "Seven people, including three children, died": seven; "40 people, many of them women, were killed": 40
    killed = injured = total = 0
    seen_killed = seen_injured = at_least = False
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    # Case-blind patterns take "ı", "İ" and "ſ" for "i" and "s"; lower-casing does not, so such texts skip no pattern.
    odd = not text.isascii() and any(c in text for c in "ıİſ")
    patterns = [_PASSIVE, _ACTIVE] if odd or any(word in lower for word in PASSIVE_VERB_WORDS) else [_ACTIVE]
    if "bod" in lower or "corpse" in lower or "remains" in lower:
        patterns += [_BODIES, _FOUND_BODIES]
    if " was " in lower or " has been " in lower or " had been " in lower:
        patterns.append(_ONE_KILLED)
    if "toll" in lower or "number of" in lower:
        patterns.append(_TOLL)
    if any(word in lower for word in _ORDINALS):
        patterns.append(_ORDINAL_ONE)
    if " lives" in lower:
        patterns.append(_LIVES)
    if "to death" in lower:
        patterns.append(_TO_DEATH)
    if "self and" in lower:
        patterns.insert(0, _SELF_AND)
    if text[:1].isupper():
        patterns.append(_HEADLINE_ONE)
    if "He" in text or "She" in text:
        patterns.append(_PRONOUN_ONE)
    if "neutrali" in lower:
        patterns.append(_NEUTRALISED)
    if " his " in lower or " her " in lower or " their " in lower:
        patterns.append(_KIN)
    patterns.append(_HEADLINE_KILLS_ONE)
    for pattern in patterns:
        for m in _matches(pattern, text):
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            groups = m.groupdict()
            number = groups.get("n") or groups.get("n3") or "a"
            value, vague = (1.0, False) if number.lower() in _DEFINITE else parse_number(number)
            if value is None or value > 100000 or not _singular_ok(pattern, m, groups):
                continue
            verb = (groups.get("state") or groups.get("verb") or "killed").lower()
            if groups.get("noun") and not _PERSON_WORD.fullmatch(groups["noun"]) and (verb in _TOTALS or number.lower() in _SINGULAR_SUBJECTS
                                                                                    or not _BE.search(m.group(0))):
                continue  # "two hospitals reported deaths", "a strike on the buses killed …", "two bus accidents killed 31"
            if verb in ("leaving", "left") and not groups.get("state"):
                continue
            if pattern is _PASSIVE and verb in _ACTIVE_VERBS and m.end() == m.end("verb") and not _BE.search(m.group(0)) \
                    and _OBJECT_AFTER.match(text, m.end()):
                continue
            hurt = _INJURED_WORD.match(verb) is not None or verb in ("injuring", "wounding", "injures", "injure", "wounds", "wound", "in hospital")
            if not hurt and ((groups.get("verb") and m.end() == m.end("verb") and _LUMPED.match(text, m.end())) or (pattern is not _PASSIVE and _LUMPED_BEFORE.search(text, max(0, m.start() - 20), m.start()))):
                continue
            if _BACKGROUND.search(text, max(0, m.start() - 60), m.start()) or _PAST_AFTER.match(text, m.end()) \
                    or _COUNTERFACTUAL.search(text, max(0, m.start() - 20), m.start("verb") if groups.get("verb") else m.start()):
                continue
            if pattern is _BODIES or pattern is _FOUND_BODIES:
                verb = "bodies"
            if groups.get("more"):
                value += parse_number(groups["n4"] or "one")[0] or 0
            if pattern is _SELF_AND:
                value += 1
            if groups.get("n0"):
                value += parse_number(groups["n0"])[0] or 0
            end = m.end()
            while (pattern is _KIN or (pattern is _ACTIVE or pattern is _FOUND_BODIES) and groups.get("noun")) and (more := _AND_MORE.match(text, end)) is not None:
                if _appositive(text, more, number):
                    break
                value += parse_number(more.group("n") or more.group("n2") or "one")[0] or 0
                end = more.end()
            approx = vague or (groups.get("q") or "all").strip().lower() != "all" or bool(groups.get("n2"))  # "all six" is exact
            if hurt:
                injured += int(value)
                seen_injured = True
            elif verb in _TOTALS:
                total = max(total, int(value))
                seen_killed = True
            else:
                killed += int(value)
                seen_killed = True
            at_least = at_least or approx
            spans.append((m.start(), end))
            words.append(text[m.start():end].strip())
    for m in _NONE.finditer(text):
        what = " ".join(filter(None, (m.group("what"), m.group("what2"), m.group("verb")))).lower()
        if (m.group("what") or "one").lower() in ("one", "people", "person", "civilians") and not m.group("verb"):
            continue
        if re.search(r"casualt|victim|fatalit|death|killed", what) and not seen_killed:
            seen_killed = True
        if re.search(r"casualt|victim|injur|hurt|wounded", what) and not seen_injured:
            seen_injured = True
        words.append(m.group(0).strip())
    if not (seen_killed or seen_injured):
        return None
    killed = max(killed, total)
    return CasualtyCount(killed if seen_killed else None, injured if seen_injured else None, at_least, "; ".join(words))


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches in text order; a match counting from "the" ("the army said 12 militants died") is tried again
    after that word, so the count it swallowed is still found."""
    at = 0
    while (m := pattern.search(text, at)) is not None:
        yield m
        the = m.groupdict().get("n")
        at = m.end("n") if the is not None and the.lower() == "the" and m.end("n") < m.end() else max(m.end(), m.start() + 1)


def _appositive(text: str, more: re.Match[str], number: str) -> bool:
    """"killing its driver, a 61-year-old man, ...": one victim told again, not a second one."""
    return (number.lower() in _SINGULAR_SUBJECTS | _DEFINITE) and more.group(0).lstrip().startswith(",") \
        and (more.group("n") or "").lower() in ("a", "an") and text[more.end():more.end() + 1] in ("", ",", ".", ";")


def _kills_a_person(groups: dict[str, str | None]) -> bool:
    """Whether the active verb only ever takes a person ("shot dead a 17-year-old Palestinian", "gunned down a shopkeeper")."""
    verb = (groups.get("verb") or "").lower()
    return verb.endswith("to death") or verb in _PERSON_VERBS


def _singular_ok(pattern: re.Pattern[str], m: re.Match[str], groups: dict[str, str | None]) -> bool:
    """"the driver was killed" counts one; "the soldiers were killed" and "killing an unknown number" give no number."""
    if pattern is not _PASSIVE and pattern is not _ACTIVE:
        return True
    number = (groups.get("n") or "").lower()
    if number in ("a", "an") and (_UNCOUNTED.search(m.group(0)) or (pattern is _ACTIVE and not groups.get("noun") and not _kills_a_person(groups))
                                  or (groups.get("noun") or "a")[0].isupper()):  # "a house in Khan Younis killed": a place, not "Israelis"
        return False
    if number not in _DEFINITE:
        return True
    noun = (groups.get("noun") or "").lower()
    if not noun or noun in ("others", "bodies", "crew", "staff", "personnel", "troops", "elements") or re.search(r"(?:s|men|children|people)$", noun) and not noun.endswith("ss"):
        return False
    return re.search(r"\b(?:were|are|have)\b", m.group(0), re.IGNORECASE) is None


def merge_casualties(counts: list[CasualtyCount]) -> CasualtyCount | None:
    """One count for a mention: the largest figure per kind across its sentences (re-reports do not add), plus the victims a
    later sentence adds to them ("Two soldiers were also killed", "two more died in hospital")."""
    if not counts:
        return None
    killed: int | None = None
    injured: int | None = None
    sides: set[str] | None = set()  # the sides counted so far; None once a count names none ("12 people")
    for i, count in enumerate(counts):
        own = _sides(count.text)
        adds = i > 0 and (_ADDED.search(count.text) is not None or bool(sides and own and own.isdisjoint(sides)))
        sides = None if sides is None or not own else sides | own
        killed = _merged(killed, count.killed, adds)
        injured = _merged(injured, count.injured, adds)
    return CasualtyCount(killed, injured, any(c.at_least for c in counts), "; ".join(c.text for c in counts if c.text))


# A toll told in a sentence, not a headline: an auxiliary, a finite verb, or the act's own verb first ("killed 20 militants").
_FINITE = re.compile(r"\b(?:were|was|been|are|is|died|perished|lost)\b|^(?:kill|wound|injur|shot|gunn)", re.IGNORECASE)


def _sides(text: str | None) -> set[str]:
    """The sides whose dead or wounded a count tells, none when any of its parts names neither or is told as a headline
    ("Two militiamen killed in shelling": re-reports of one event's toll)."""
    parts = (text or "").split("; ")
    found = [{side for side, pattern in _SIDES.items() if pattern.search(part)} for part in parts]
    told = all(_FINITE.search(part) for part in parts)
    return set().union(*found) if told and all(len(f) == 1 for f in found) else set()


def _merged(before: int | None, told: int | None, adds: bool) -> int | None:
    if told is None or before is None:
        return before if told is None else told
    return before + told if adds else max(before, told)


def find_quantities(text: str, offset: int = 0) -> list[QuantityMention]:
    """Counted things ("40 courtyards", "5 airstrikes"), not dates, ages or casualty figures."""
    found: list[QuantityMention] = []
    if _DIGIT.search(text) is None and NUMBER_TOKENS.isdisjoint(_LETTERS.split(text.lower())):
        return found
    for m in _QUANTITY.finditer(text):
        unit = m.group("unit").lower()
        if unit in _NOT_UNITS or _PERSON_WORD.fullmatch(unit) and _followed_by_casualty(text, m.end()):
            continue
        if m.group("n").lower() in ("a", "an"):
            continue
        value, vague = parse_number(m.group("n"))
        if value is None:
            continue
        found.append(QuantityMention(value, unit, m.group(0).strip(), vague or bool(m.group("q")), offset + m.start()))
    return found


def _followed_by_casualty(text: str, end: int) -> bool:
    return _CASUALTY_AFTER.match(text[end:end + 60]) is not None
