"""Fresh wire sentences on the borders between ACLED types, coded as an ACLED coder would: a demonstration with a demand
that turns destructive is a violent demonstration, fans turning on a referee a mob; a person seized is an abduction, not
property taken; troops told to leave and a raid with nothing else are changes of activity; water cannon or ramming between
vessels is Other; settlers who shoot attack civilians, rebels who detain abduct, a police raid with arrests and no fire
exchanged is no battle, drones shot down are disrupted, diplomats expelled a diplomatic measure; drones bought or banned,
weather foretold and anniversaries are no event."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2024, 5, 20, 9, tzinfo=timezone.utc)  # a Monday


def first_event(text: str) -> tuple[str, str | None] | None:
    found = analyze(Article(article_id="a", title="", text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy())
    return (found[0].event_type, found[0].sub_event_type) if found else None


CODED = [
    # a crowd with a demand that vandalises, ransacks, smashes or stones: a violent demonstration, not looting or a mob
    ("Garment workers demanding higher pay vandalised factories and clashed with police in Gazipur on Sunday, local media reported.", "Riots", "Violent demonstration"),
    ("Hundreds of miners demanding back pay ransacked the company's offices in Kolwezi on Monday.", "Riots", "Violent demonstration"),
    ("Students angry over exam fees smashed windows at the education ministry in Freetown.", "Riots", "Violent demonstration"),
    ("Textile workers protesting unpaid wages blocked a highway and stoned police vehicles in Ashulia on Tuesday.", "Riots", "Violent demonstration"),
    ("Youths in Dakar's Colobane district hurled rocks at gendarmes and burned a bus after the opposition leader was convicted.", "Riots", "Violent demonstration"),
    # fans and hooligans are a mob, even at a match
    ("Football fans attacked the referee after the match in Konya on Sunday, police said.", "Riots", "Mob violence"),
    ("Angry spectators invaded the pitch and beat the linesman after the final whistle in Enugu.", "Riots", "Mob violence"),
    ("Hooligans smashed shop windows and attacked fans of the visiting team in Marseille before the match on Saturday.", "Riots", "Mob violence"),
    # herders raiding a village are no mob
    ("Suspected herders attacked the village of Mangu, killing 17 people and burning homes.", "Violence against civilians", "Attack"),
    # a person seized, snatched, bundled away or taken by plain-clothes men
    ("Unknown men seized a journalist outside his home in Quetta on Tuesday, his family said.", "Violence against civilians", "Abduction/forced disappearance"),
    ("Gunmen snatched a Catholic priest from his parish in Kaduna state overnight.", "Violence against civilians", "Abduction/forced disappearance"),
    ("Masked men bundled a student activist into a van in Dhaka on Thursday, his family said.", "Violence against civilians", "Abduction/forced disappearance"),
    ("A prominent blogger was taken away by plain-clothes agents in Bamako and his whereabouts remain unknown.", "Violence against civilians", "Abduction/forced disappearance"),
    # security measures and troops told to leave
    ("Authorities declared a state of emergency in Guayaquil on Monday after a wave of gang violence.", "Strategic developments", "Change to group/activity"),
    ("Niger's junta orders French troops to leave the country within a month.", "Strategic developments", "Change to group/activity"),
    ("Mali's military rulers ordered the UN peacekeeping mission to leave the country without delay.", "Strategic developments", "Change to group/activity"),
    ("Burkina Faso gave French special forces one month to leave the country.", "Strategic developments", "Change to group/activity"),
    # a raid: alone a change of activity, with arrests Arrests, with fire exchanged a battle
    ("Israeli forces raided Tulkarem in the occupied West Bank on Monday.", "Strategic developments", "Change to group/activity"),
    ("Israeli forces stormed the Balata refugee camp in Nablus on Tuesday.", "Strategic developments", "Change to group/activity"),
    ("Israeli forces raided Jenin overnight and detained 15 Palestinians, the prisoners' society said.", "Strategic developments", "Arrests"),
    ("Israeli forces raided Nur Shams camp and exchanged fire with Palestinian gunmen on Monday.", "Battles", "Armed clash"),
    # non-lethal force between state vessels
    ("Chinese coast guard vessels fired water cannon at Philippine supply boats near the Second Thomas Shoal on Saturday, Manila said.", "Strategic developments", "Other"),
    ("A Chinese navy ship rammed a Philippine resupply boat near Second Thomas Shoal on Monday, Manila said.", "Strategic developments", "Other"),
    ("Chinese coast guard ships blasted water cannon at a Vietnamese fishing boat near the Paracel Islands.", "Strategic developments", "Other"),
    # a peace treaty's text agreed
    ("Armenia and Azerbaijan agreed on the text of a peace treaty on Thursday.", "Strategic developments", "Agreement"),
    # a flood that has killed, with more rain foretold, and a named storm foretold, stay disasters
    ("Heavy rain has triggered floods that killed nine people in Rio Grande do Sul, and more rain is forecast.", "Natural disaster", "Flood/landslide"),
    ("Typhoon Gaemi is forecast to make landfall in Fujian province on Thursday.", "Natural disaster", "Storm"),
    # the same told in present-tense headlines
    ("Niger junta orders French troops out", "Strategic developments", "Change to group/activity"),
    ("Chinese coast guard fires water cannon at Philippine vessel", "Strategic developments", "Other"),
    ("Fans attack referee after derby in Konya", "Riots", "Mob violence"),
    ("Israeli forces raid Tulkarem", "Strategic developments", "Change to group/activity"),
    ("Workers demanding pay rise torch factory in Dhaka", "Riots", "Violent demonstration"),
    # raids told with arrests as a participle; a gang bust stays organised crime
    ("The Israeli army carried out raids in several West Bank towns overnight, arresting 22 people.", "Strategic developments", "Arrests"),
    ("Delhi Police busted a cyber fraud gang running a fake call centre in Noida on Monday, arresting 38 people.", "Organized crime", "Gang/cartel activity"),
    # an emergency over a drought is an announcement, not a security measure
    ("A state of emergency over drought was extended in Zimbabwe on Monday.", "Official announcement/inspection", "Announcement"),
    # farmers dumping manure at a prefecture protest; set on fire, it is a riot
    ("Farmers dumped manure outside the prefecture in Agen on Tuesday.", "Protests", "Peaceful protest"),
    ("Farmers dumped manure and set hay bales on fire outside the prefecture in Agen on Tuesday.", "Riots", "Violent demonstration"),
    # an anniversary vigil with no grievance voiced is a ceremony
    ("Residents marked the 30th anniversary of the genocide with a candlelit vigil in Kigali.", "Commemoration", "Ceremony"),
    # settlers who shoot are armed: an attack on civilians; settlers throwing stones stay a mob
    ("Israeli settlers attacked Palestinian farmers near Ramallah, shooting and wounding two men, the health ministry said.", "Violence against civilians", "Attack"),
    ("Israeli settlers opened fire on Palestinian farmers harvesting olives near Salfit, wounding one man.", "Violence against civilians", "Attack"),
    ("Dozens of Israeli settlers hurled stones at Palestinian homes in Huwara and set cars ablaze, residents said.", "Riots", "Mob violence"),
    # drones shot down are Disrupted weapons use, whatever their debris damaged
    ("Air defences shot down 25 of 29 drones overnight over the Kyiv region, officials said, adding that falling debris damaged several houses.", "Strategic developments", "Disrupted weapons use"),
    # diplomats expelled or told to leave, and ties cut, are diplomatic measures
    ("Niger's junta ordered the expulsion of French diplomats from Niamey on Thursday.", "Diplomacy", "Sanctions and diplomatic measures"),
    ("Mali's military government gave the French ambassador 72 hours to leave the country.", "Diplomacy", "Sanctions and diplomatic measures"),
    ("Nicaragua broke off diplomatic relations with the Netherlands on Saturday.", "Diplomacy", "Sanctions and diplomatic measures"),
    # rebels detaining civilians abduct them; civilians arrested by police, or militants arrested, are arrests
    ("Rebels stormed Kalehe, arresting dozens of civilians, local civil society leaders said.", "Violence against civilians", "Abduction/forced disappearance"),
    ("Police said five suspected militants were arrested in Kano on Monday.", "Strategic developments", "Arrests"),
    # a police raid with arrests and no exchange of fire is no battle (a gang raided, organised crime); with a shootout it is
    ("Police raided a hideout of separatist militants in Enugu, arresting five suspects, a spokesman said.", "Strategic developments", "Arrests"),
    ("Police raided a gang hideout in Port Harcourt, arresting 12 suspects and recovering firearms, a spokesman said.", "Organized crime", "Gang/cartel activity"),
    ("Police raided a gang hideout in Port Harcourt, killing two suspects in a shootout and arresting 12 others.", "Battles", "Armed clash"),
    # the army's word for killing, in scare quotes, and "terrorists" as the armed side
    ("The army said its troops had 'neutralised' 15 terrorists in an operation in the Tillaberi region.", "Battles", "Armed clash"),
    ("Nigerian troops killed 12 terrorists in Borno State on Tuesday, the Defence Headquarters said.", "Battles", "Armed clash"),
    # live rounds fired at demonstrators are excessive force
    ("Three people were shot dead when soldiers fired live rounds at demonstrators demanding the release of a detained cleric in Kaduna.", "Protests", "Excessive force against protesters"),
    # a state's paramilitary arresting is an arrest; an armed group's own security forces detaining someone abduct them
    ("Former prime minister Imran Khan was arrested by paramilitary Rangers inside the Islamabad High Court on Tuesday.", "Strategic developments", "Arrests"),
    ("HTS security forces arrested the head of a displacement camp in the countryside of Idlib on Friday.", "Violence against civilians", "Abduction/forced disappearance"),
    # a baton charge on a party's supporters is a protest met with force; a man shot dead at a roadblock, an attack
    ("Police in Islamabad baton-charged supporters of the jailed former prime minister and rounded up dozens of them.", "Protests", "Protest with intervention"),
    ("A police officer was charged after shooting dead a motorcycle taxi rider at a roadblock in Eldoret.", "Violence against civilians", "Attack"),
    # a base opened, fighters leaving a country, drones only sighted, a rapper arrested over his songs, a mass grave found
    ("The Russian military opened a new naval base in Abkhazia's Ochamchire port, officials said.", "Strategic developments", "Headquarters or base established"),
    ("The Wagner group's fighters began withdrawing from Mali on Friday, the junta said.", "Strategic developments", "Change to group/activity"),
    ("Unidentified drones were spotted flying over the Bulgarian air base near Plovdiv overnight, the ministry said.", "Strategic developments", "Other"),
    ("Iranian security forces arrested a prominent rapper in Isfahan over songs supporting the protests.", "Strategic developments", "Arrests"),
    ("The Mexican army found the bodies of 14 people in a mass grave in Jalisco, prosecutors said.", "Violence against civilians", "Attack"),
    # police raiding activists' homes to arrest them destroy no property; soldiers who beat people in a raid attack them
    ("Police in Karachi raided the homes of opposition activists, arresting at least 30 of them.", "Strategic developments", "Arrests"),
    ("Soldiers raided homes in the village, beating residents and arresting ten men.", "Violence against civilians", "Attack"),
    # reservists called up are a change of activity, whatever offensive they are for
    ("Israel's cabinet approved the call-up of 60,000 reservists for the Gaza City offensive.", "Strategic developments", "Change to group/activity"),
    # villagers who lynch and then shoot at the police stay a mob
    ("Villagers lynched two men accused of stealing cattle, then shot at police who arrived.", "Riots", "Mob violence"),
    # positions vacated by departing troops change hands without a fight
    ("Government forces took over positions vacated by departing peacekeepers in Tessalit.", "Strategic developments", "Non-violent transfer of territory"),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), CODED)
def test_a_border_case_is_coded_as_acled_would(text: str, event_type: str, sub_event_type: str) -> None:
    assert first_event(text) == (event_type, sub_event_type)


NO_EVENT = [
    # drones as goods or policy
    "The US banned DJI drones from government networks on Monday, citing security concerns.",
    "The Netherlands restricted exports of drones to China on Tuesday.",
    "Ukraine plans to buy more than a million drones this year, the defence minister said.",
    # the weather foretold
    "Heavy rain is forecast for the coming days across southern Brazil, the meteorological office said.",
    "Meteorologists warned that a heatwave could hit Spain next week.",
    "Snow is expected across much of the Alps over the weekend, forecasters said.",
    "Forecasters expect a cold snap to grip much of eastern Europe from Thursday.",
    "Heavy rain forecast for Kerala this week",
    "US bans DJI drones",
    # match reports, films, history and figures of speech
    "Real Madrid crushed Barcelona 4-1 in a bruising clash at the Bernabeu on Sunday.",
    "Manchester City were held 1-1 by Everton in a fiery clash at the Etihad on Saturday.",
    "The film, which depicts the bombing of Dresden, opens in cinemas on Friday.",
    "The museum unveiled a new gallery about the Battle of Britain on Thursday.",
    "The hashtag exploded on social media after the minister's remarks.",
    "The chancellor torched her rival's tax plan in a televised debate on Sunday.",
    "The startup raised $50 million to build combat drones, it said on Monday.",
    "Protest songs dominated the charts in Kenya this summer.",
    "The government's budget was attacked by opposition lawmakers as a betrayal of pensioners.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_a_look_alike_is_no_event(text: str) -> None:
    assert first_event(text) is None
