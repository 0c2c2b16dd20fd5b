"""Who acted, told as wire leads name them: a group named to describe another is no party, a branch told by its full name is
one group, a side reporting what it did itself is its actor; a claim the other side did not confirm stays a claim; a toll
told since a month is a running tally, not this event's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import Article, Event
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2026, 11, 20, 10, tzinfo=UTC)


def _events(title: str, text: str) -> list[Event]:
    return analyze(Article(article_id="a", title=title, text=text or title, content_hash="h", published_at=PUBLISHED), load_taxonomy())


# (headline, lead, the first event's actors other than its targets, as (name, role))
ACTORS = [
    # an affiliation told before a group's name describes it
    ("Burkina Faso: al-Qaeda-linked JNIM attacks army base",
     "Fighters from the al-Qaeda-linked JNIM attacked an army base in Djibo on Tuesday, killing 12 soldiers.",
     [("JNIM", "actor1"), ("Military Forces of Burkina Faso", "actor2")]),
    ("JNIM, al-Qaeda's branch in the Sahel, said its fighters killed 20 soldiers in an ambush near Boulkessi, Mali, on Tuesday.", "",
     [("JNIM", "actor1"), ("Military Forces of Mali", "actor2")]),
    ("Al-Qaeda's Sahel affiliate JNIM said it killed 20 soldiers in an ambush near Boulkessi, Mali, on Tuesday.", "",
     [("JNIM", "actor1"), ("Military Forces of Mali", "actor2")]),
    ("Al-Qaeda-linked militants killed 12 soldiers in an attack on an army post near Djibo, Burkina Faso, on Tuesday.", "",
     [("Unidentified Armed Group (Burkina Faso)", "actor1"), ("Military Forces of Burkina Faso", "actor2")]),
    ("An Israeli air strike on a house in Khan Younis killed 12 people on Tuesday, the Hamas-run health ministry said.", "",
     [("Military Forces of Israel", "actor1"), ("Government (Palestinian Territory)", "associated")]),
    # a backer is associated with the event, the group it backs acts
    ("Wagner-backed Malian troops killed 30 civilians in the village of Moura, Mali, rights groups said.", "",
     [("Wagner", "associated"), ("Military Forces of Mali", "actor1")]),
    # a branch told by its full name is one group, its initials the same one
    ("Islamic State West Africa Province fighters attacked a military base in Borno state, Nigeria, on Monday, killing five soldiers.", "",
     [("ISWAP", "actor1"), ("Military Forces of Nigeria", "actor2")]),
    ("Fighters of the Islamic State West Africa Province (ISWAP) attacked a military base in Malam-Fatori, Borno state, on Sunday, "
     "killing seven soldiers, military sources said.", "",
     [("ISWAP", "actor1"), ("Military Forces of Nigeria", "actor2")]),
    # a side telling what it did itself is the actor, not only the source
    ("Sudan's army retakes Wad Madani",
     "Sudan's army said on Saturday it had retaken the city of Wad Madani from the paramilitary Rapid Support Forces.",
     [("Military Forces of Sudan", "actor1"), ("RSF", "actor2")]),
    ("Pakistan's army said in a statement that it had killed eight militants in a raid in North Waziristan on Thursday.", "",
     [("Military Forces of Pakistan", "actor1"), ("Unidentified Armed Group (Pakistan)", "actor2")]),
    ("Al-Shabaab, which is linked to al-Qaeda, attacked a police station in Mandera, Kenya, on Tuesday, killing 3 officers.", "",
     [("Al-Shabaab", "actor1"), ("Police Forces of Kenya", "actor2")]),
    ("Pro-government militias attacked a village in Darfur on Monday, killing 9 civilians.", "", [("Unidentified Armed Group (Sudan)", "actor1")]),
    ("Fighters loyal to the Tigray People's Liberation Front clashed with Ethiopian federal troops near Alamata on Sunday.", "",
     [("TPLF", "actor1"), ("Military Forces of Ethiopia", "actor2")]),
    ("The Saudi-led coalition said it had intercepted a drone launched by the Houthis towards Khamis Mushait.", "",
     [("Military Forces of Saudi Arabia", "actor1"), ("Houthi", "actor2")]),
    # Turkish-backed factions are the Syrian National Army; forces of no country told beside a country's are those
    ("Fierce fighting broke out between the Kurdish-led SDF and Turkish-backed factions near Manbij on Tuesday, killing 15 fighters.", "",
     [("SDF", "actor1"), ("SNA", "actor2")]),
    ("The SDF said its fighters repelled an attack by Turkish-backed factions on Deir Hafer on Monday.", "", [("SDF", "actor1"), ("SNA", "actor2")]),
    ("Turkey-backed Syrian National Army factions clashed with the SDF near Manbij on Tuesday, killing 12 fighters.", "",
     [("SNA", "actor1"), ("SDF", "actor2")]),
    # Myanmar's People's Defence Forces, the FARC's dissidents, the Philippines' NPA are groups of their own
    ("Myanmar junta troops clashed with People's Defence Force fighters in Sagaing region on Sunday, killing 8 soldiers.", "",
     [("Military Forces of Myanmar", "actor1"), ("PDF", "actor2")]),
    ("Resistance fighters of the PDF attacked a police outpost in Magway region on Friday, killing three officers.", "",
     [("PDF", "actor1"), ("Police Forces of Myanmar", "actor2")]),
    ("ELN guerrillas clashed with FARC dissidents in Colombia's Catatumbo region on Friday, leaving 30 dead.", "",
     [("ELN", "actor1"), ("FARC dissidents", "actor2")]),
    ("Colombian soldiers killed six dissidents of the former FARC in a clash in Guaviare on Tuesday.", "",
     [("Military Forces of Colombia", "actor1"), ("FARC dissidents", "actor2")]),
    ("Philippine troops clashed with New People's Army rebels in Negros Oriental on Saturday, killing three.", "",
     [("Military Forces of Philippines", "actor1"), ("NPA", "actor2")]),
    ("Baloch Liberation Army militants attacked a train in Balochistan, Pakistan, on Tuesday.", "", [("BLA", "actor1")]),
    ("The Estado Mayor Central, a FARC dissident group, killed two soldiers in an ambush in Cauca on Sunday.", "",
     [("FARC dissidents", "actor1"), ("Military Forces of Colombia", "actor2")]),
    ("Pakistani Taliban fighters stormed a police station in Lakki Marwat, Khyber Pakhtunkhwa, on Tuesday.", "",
     [("TTP", "actor1"), ("Police Forces of Pakistan", "actor2")]),
    ("Gunmen from the Tren de Aragua gang shot dead two police officers in Caracas on Monday.", "",
     [("Tren de Aragua", "actor1"), ("Police Forces of Venezuela", "actor2")]),
    ("Indian security forces killed five Maoist rebels in Chhattisgarh's Bijapur district on Sunday.", "",
     [("Military Forces of India", "actor1"), ("Naxal-Maoist Rebels (India)", "actor2")]),
    ("KNU fighters clashed with junta troops in Kayin state on Monday.", "", [("KNU/KNLA", "actor1"), ("Military Forces of Myanmar", "actor2")]),
    # "People's" opening a group's name tells no civilians
    ("China's People's Liberation Army fired missiles into waters near Taiwan on Thursday.", "", [("Military Forces of China", "actor1")]),
    ("Sudan People's Liberation Movement-North fighters clashed with the army in South Kordofan on Monday.", "",
     [("SPLM-N", "actor1"), ("Military Forces of Sudan", "actor2")]),
    # dissidents with a weapon near are an armed group; jailed dissidents are not
    ("Colombian troops clashed with the dissidents in Cauca department on Monday, the army said, killing four.", "",
     [("Military Forces of Colombia", "actor1"), ("Unidentified Armed Group (Colombia)", "actor2")]),
    ("Chinese police detained three dissidents in Beijing on Monday ahead of the anniversary.", "", [("Police Forces of China", "actor1")]),
    # forces "backed by" others: the backers are associated
    ("Somali army troops backed by US air strikes killed 40 al-Shabab militants in Hiraan region on Saturday.", "",
     [("Military Forces of Somalia", "actor1"), ("Military Forces of United States", "associated"), ("Al-Shabaab", "actor2")]),
    # settlers are a side of their own, not a crowd of rioters
    ("Israeli settlers attacked Palestinian villagers near Ramallah on Friday, burning cars.", "", [("Settlers (Israel)", "actor1")]),
    # paramilitary rangers are state forces
    ("Thai rangers clashed with insurgents in Narathiwat province on Tuesday, killing one.", "",
     [("Military Forces of Thailand", "actor1"), ("Unidentified Armed Group (Thailand)", "actor2")]),
    # two demonyms before one noun: allies, unless they fight each other
    ("US and British warplanes struck Houthi targets in Sanaa, Yemen, overnight.", "",
     [("Military Forces of United States", "actor1"), ("Military Forces of United Kingdom", "associated"), ("Houthi", "actor2")]),
    ("Azerbaijani and Armenian troops exchanged fire along the border on Friday.", "",
     [("Military Forces of Azerbaijan", "actor1"), ("Military Forces of Armenia", "actor2")]),
    # a side telling what its own jets did is the actor
    ("Sudan's army said its fighter jets struck RSF positions in Nyala, South Darfur, on Monday.", "",
     [("Military Forces of Sudan", "actor1"), ("RSF", "actor2")]),
    ("Afghan Taliban fighters and Pakistani border troops traded heavy fire at the Torkham crossing on Friday, killing two soldiers.", "",
     [("Taliban", "actor1"), ("Military Forces of Pakistan", "actor2")]),
    # a country's forces told with its name in the possessive are that country's, wherever they strike
    ("Ukraine's military said it had hit a Russian oil refinery in Tuapse overnight.", "", [("Military Forces of Ukraine", "actor1")]),
    # "armed groups" are an armed group
    ("Clashes in Tripoli", "Clashes broke out between rival armed groups in Tripoli on Saturday, killing three people.",
     [("Unidentified Armed Group (Libya)", "actor1")]),
]


@pytest.mark.parametrize(("title", "text", "actors"), ACTORS)
def test_the_actors_are_those_that_acted(title: str, text: str, actors: list[tuple[str, str]]) -> None:
    first = _events(title, text)[0]
    assert [(a.name, a.role) for a in first.actors if a.role != "target"] == actors


# (headline, lead, modality of the first event)
CLAIMS = [
    ("Rebels say they shot down helicopter",
     "Rebels in Myanmar's Kachin state said they shot down a military helicopter on Sunday, a claim the army did not confirm.", "claimed"),
    ("The RSF said it had shot down an army drone over Nyala, a claim the Sudanese army denied.", "", "claimed"),
    ("M23 rebels claimed to have captured the town of Sake, a claim that could not be independently verified.", "", "claimed"),
    # the sentence after the act rebuts it as a claim
    ("Rebels in Myanmar's Kachin state said they shot down a military helicopter on Sunday. The army did not confirm the claim.", "", "claimed"),
    ("The Houthis said they had struck a commercial ship in the Gulf of Aden with a ballistic missile on Tuesday. "
     "The claim could not be independently verified.", "", "claimed"),
    ("Hamas said its fighters had destroyed an Israeli tank in Rafah on Monday. The Israeli military denied the claim.", "", "claimed"),
    ("Ukraine's military said it had hit a Russian oil refinery in Tuapse overnight, a claim Moscow did not immediately comment on.", "", "claimed"),
    # a report a newsroom could not verify is no side's claim
    ("Russian forces shelled Kherson on Monday, killing two people, the regional governor said. Reuters could not independently verify the report.",
     "", "occurred"),
    # the other side's silence on a toll leaves what happened as told
    ("Ukraine says it downed 40 drones overnight", "Ukraine's air force said on Sunday it had shot down 40 of 55 drones launched by Russia overnight.",
     "intercepted"),
]


@pytest.mark.parametrize(("title", "text", "modality"), CLAIMS)
def test_a_claim_the_other_side_did_not_confirm_is_claimed(title: str, text: str, modality: str) -> None:
    assert _events(title, text)[0].modality == modality


# (headline, lead, killed in the first event)
TOLLS = [
    ("Clashes in Tripoli", "Clashes erupted between rival militias in Tripoli on Friday, killing two people. "
     "The fighting follows clashes in which 8 people have died since March.", 2),
    ("Clashes in Tripoli", "Clashes broke out between rival armed groups in Tripoli on Saturday, killing three people. "
     "Tripoli has seen repeated bouts of fighting in which more than 40 people have been killed since January.", 3),
    # "a house in Khan Younis killed …" counts no one: the place ends like "Israelis" but is no victim
    ("An Israeli air strike on a house in Khan Younis killed 12 people on Tuesday, the Hamas-run health ministry said.", "", 12),
    # "since the beginning of the day" is today's toll; "the bloodiest day since August" compares, it does not tally
    ("Five servicemen have died since the beginning of the day in battles near Avdiivka, a separatist official said.", "", 5),
    ("Four Ukrainian soldiers killed in bloodiest day since August", "", 4),
]


@pytest.mark.parametrize(("title", "text", "killed"), TOLLS)
def test_a_toll_told_since_a_month_is_a_tally_not_this_event_s(title: str, text: str, killed: int) -> None:
    first = _events(title, text)[0]
    assert first.casualties is not None and first.casualties.killed == killed
