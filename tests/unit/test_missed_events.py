"""News that eventwire used to miss or code wrongly: "strike" as a walkout or as an attack, aircraft shot down, parties, NGOs and
media banned, offensives announced, curfews and emergencies, piracy and hostages at sea, and their look-alikes (a deal struck,
lightning, a goal, a club banning fans), coded as an ACLED coder would (type, sub-type, modality)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)  # a Friday

P, O, PL, I = 'Protests', 'occurred', 'planned', 'intercepted'
PP = 'Peaceful protest'
E = 'Explosions/Remote violence'
SD = 'Strategic developments'
B = 'Battles'
VAC = 'Violence against civilians'

# (title, text, event_type, sub_event_type, modality); None: no event
CASES = [
    # Labour strikes: a walkout told with "strike" as a verb is a demonstration, planned or held.
    ('Unions will strike on Thursday', '', P, PP, PL),
    ('Doctors to strike next week', '', P, PP, PL),
    ('Teachers went on strike', '', P, PP, O),
    ('Nurses strike in Lagos over unpaid allowances', '', P, PP, O),
    ('', 'ANTWERP, Belgium (Reuters) - Dock workers struck for a second day at the port of Antwerp on Tuesday, halting container traffic, their union said.', P, PP, O),
    ('', "BUENOS AIRES (Reuters) - Argentina's main labour federation will strike on Wednesday against the government's austerity plan, union leaders said.", P, PP, PL),
    ('Junior doctors in England vote to strike in January', '', P, PP, PL),
    ('', 'DHAKA (Reuters) - Garment workers struck for a third day in Dhaka on Monday, demanding payment of their October wages, police said.', P, PP, O),
    ('Pilots threaten to strike over pay at national airline', '', P, PP, PL),
    ('', 'SANTIAGO (Reuters) - Workers at a copper mine in northern Chile went on strike on Monday after wage talks broke down, the union said.', P, PP, O),
    ('Bus drivers strike in Nairobi over fuel prices', '', P, PP, O),
    ('', 'JOHANNESBURG (Reuters) - Public sector workers in South Africa will strike from next Monday unless the government improves its pay offer, unions said on Friday.', P, PP, PL),
    ('Rail workers strike across France for second day', '', P, PP, O),
    ('Teachers in Nigeria begin indefinite strike', '', P, PP, O),
    ('', 'LIMA (Reuters) - Transport workers in Lima are striking on Thursday to protest against a wave of extortion by criminal gangs, drivers said.', P, PP, O),
    ('Health workers plan to strike in Zimbabwe', '', P, PP, PL),
    # Military strikes: a state or armed group striking a place is remote violence.
    ('Russia will strike Kyiv', '', E, 'Air/drone strike', PL),
    ('Israel strikes Hezbollah targets in southern Lebanon', '', E, 'Air/drone strike', O),
    ('', "TEHRAN (Reuters) - Iran vowed on Tuesday to strike Israel in response to the killing of its generals, state media reported.", E, 'Air/drone strike', PL),
    ('US strikes Houthi radar sites in Yemen', '', E, 'Air/drone strike', O),
    ('Israel threatens to strike Iranian nuclear sites', '', E, 'Air/drone strike', PL),
    ('Ukraine strikes Russian air base in Crimea', '', E, 'Air/drone strike', O),
    # Not strikes: a deal struck, lightning, a goal, a quake, a hunger strike.
    ('Government and unions strike a deal on minimum wage', '', None, None, None),
    ('', 'NEW DELHI (Reuters) - India and the European Union struck a long-awaited free trade deal on Tuesday, cutting tariffs on cars and wine, officials said.', 'Diplomacy', 'Talks and visits', O),
    ('Lightning strike kills three herders in northern Uganda', '', 'Natural disaster', 'Other natural hazard', O),
    ('', 'KAMPALA, Uganda (AP) — Lightning struck a school in western Uganda on Tuesday, killing two pupils and injuring 14, police said.', 'Natural disaster', 'Other natural hazard', O),
    ('Striker scores twice as Arsenal beat Chelsea', '', None, None, None),
    ('Late strike gives Spain victory over Italy', '', None, None, None),
    ('Strong earthquake strikes off the coast of Japan', '', 'Natural disaster', 'Earthquake', O),
    ('', 'MINSK (Reuters) - A jailed opposition activist in Belarus has been on hunger strike for 20 days, her husband said on Monday.', P, PP, O),
    ('Chelsea strike deal to sign Brazilian winger', '', None, None, None),
    # Aircraft downed: a manned aircraft shot down is a fight between armed actors; drones or missiles downed are disrupted.
    ('Rebels shoot down army helicopter', '', 'Battles', 'Armed clash', O),
    ('', 'BANGKOK (AP) — Resistance fighters shot down a Myanmar military fighter jet over Kayah state on Tuesday, a rebel spokesman said.', 'Battles', 'Armed clash', O),
    ('RSF shoots down Sudanese army plane near El Fasher', '', 'Battles', 'Armed clash', O),
    ('', 'BAMAKO (AFP) - Jihadists shot down a Malian army helicopter near Tessalit on Sunday, killing its two pilots, security sources said.', 'Battles', 'Armed clash', O),
    ('Houthis shoot down US MQ-9 Reaper drone over Marib', '', SD, 'Disrupted weapons use', I),
    ('', 'KYIV, Ukraine (Reuters) - Ukrainian air defences shot down 30 Russian drones over Kyiv overnight, the city administration said on Friday.', SD, 'Disrupted weapons use', I),
    ('Israel intercepts missile fired from Yemen', '', SD, 'Disrupted weapons use', I),
    ('', 'TEL AVIV (Reuters) - The Israeli military said it intercepted a ballistic missile launched from Yemen on Saturday; no injuries were reported.', SD, 'Disrupted weapons use', I),
    ('Military helicopter crashes in Kenya, killing four', '', 'Man-made disaster', 'Transport accident', O),
    ('Senate shoots down defence budget proposal', '', None, None, None),
    # Bans and dissolutions of parties, groups and media by the state.
    ('Government bans opposition party', '', SD, 'Other', O),
    ('', "BAMAKO (AFP) - Mali's junta banned the country's main opposition party on Tuesday, accusing it of undermining state security, state television reported.", SD, 'Other', O),
    ('', "BANGKOK (Reuters) - Thailand's Constitutional Court dissolved the opposition Move Forward party on Wednesday over its campaign to amend the royal insult law.", SD, 'Other', O),
    ('Algeria dissolves leading human rights NGO', '', SD, 'Other', O),
    ('', 'MOSCOW (Reuters) - A Moscow court ordered the dissolution of the Memorial rights group on Tuesday, prosecutors said.', SD, 'Other', O),
    ('Burkina junta suspends French broadcaster RFI', '', SD, 'Other', O),
    ('', 'NIAMEY (Reuters) - Niger suspended the activities of all NGOs in the Tillaberi region on Monday, the interior ministry said.', SD, 'Other', O),
    ('Pakistan bans Imran Khan\'s PTI party', '', SD, 'Other', O),
    ('Football club bans fans after pitch invasion', '', None, None, None),
    ('Ruling party bans members from speaking to the press', '', None, None, None),
    ('City bans single-use plastic bags', '', None, None, None),
    ('Government to ban opposition party, minister says', '', SD, 'Other', PL),
    # Announced offensives: an operation being prepared or threatened is a planned battle.
    ('Army is preparing to launch a ground operation', '', 'Battles', 'Armed clash', PL),
    ('', 'JERUSALEM (Reuters) - Israel is preparing to launch a ground offensive in Rafah, the prime minister said on Sunday.', 'Battles', 'Armed clash', PL),
    ('Sudan army vows to retake Khartoum in new offensive', '', 'Battles', 'Government regains territory', PL),
    ('', 'ADDIS ABABA (Reuters) - The Ethiopian army will launch a major operation against Fano militias in Amhara next week, the defence ministry said on Monday.', 'Battles', 'Armed clash', PL),
    ('Turkey threatens new ground operation in northern Syria', '', 'Battles', 'Armed clash', PL),
    ('', 'MOGADISHU (Reuters) - Somali forces launched a ground offensive against al-Shabaab in the Middle Shabelle region on Tuesday, officials said.', 'Battles', 'Armed clash', O),
    ('Company launches operation to recover sunken container', '', None, None, None),
    # Curfews and states of emergency: a security measure is a change to group activity; one over a disaster is an announcement.
    ('', "ABUJA (Reuters) - Authorities in Nigeria's Kaduna state imposed a 24-hour curfew on Tuesday after clashes between rival groups, police said.", SD, 'Change to group/activity', O),
    ('Ecuador declares state of emergency over gang violence', '', SD, 'Change to group/activity', O),
    ('', 'LIMA (Reuters) - Peru declared a 60-day state of emergency in Lima on Wednesday after a wave of extortion killings, the government said.', SD, 'Change to group/activity', O),
    ('Manipur lifts curfew in Imphal', '', SD, 'Change to group/activity', O),
    ('Philippines declares martial law in Mindanao', '', SD, 'Change to group/activity', O),
    ('', 'MAPUTO (Reuters) - Mozambique declared a state of emergency in Cabo Delgado province on Monday after floods destroyed thousands of homes.', 'Official announcement/inspection', 'Announcement', O),
    ('Government declares health emergency over cholera outbreak', '', SD, 'Change to group/activity', O),
    ('Curfew to be imposed in Dushanbe from Friday', '', SD, 'Change to group/activity', PL),
    # Piracy and hostage taking at sea.
    ('Pirates hijack ship off Somalia', '', 'Violence against civilians', 'Abduction/forced disappearance', O),
    ('', 'MOGADISHU (Reuters) - Somali pirates hijacked a bulk carrier with 23 crew members off the coast of Puntland on Tuesday, maritime officials said.', 'Violence against civilians', 'Abduction/forced disappearance', O),
    ('', 'LAGOS (Reuters) - Pirates boarded an oil tanker off the Niger Delta on Sunday and kidnapped six crew members, the shipping company said.', 'Violence against civilians', 'Abduction/forced disappearance', O),
    ('Houthis seize cargo ship in Red Sea, take crew hostage', '', 'Violence against civilians', 'Abduction/forced disappearance', O),
    ('Gunmen hold fishermen hostage off Cameroon coast', '', 'Violence against civilians', 'Abduction/forced disappearance', O),
    ('', 'SANAA (AP) — Houthi rebels hijacked a car carrier in the Red Sea on Sunday and took its 25 crew members to the port of Hodeidah, the ship operator said.', 'Violence against civilians', 'Abduction/forced disappearance', O),
    ('Pirates release crew of hijacked tanker after ransom', '', SD, 'Other', O),
    ('Iran seizes oil tanker in Strait of Hormuz', '', SD, 'Other', O),
    ('', 'LONDON (Reuters) - Hackers hijacked the website of a regional newspaper on Monday, the publisher said.', None, None, None),
    ('Software pirates jailed over illegal streaming site', '', None, None, None),
    # More of each family, worded otherwise: walkouts ongoing or ended, strikes on depots, aircraft and airliners downed,
    # wings and fronts banned, invasions prepared, a state of disaster, dhows seized.
    ('', 'ROME (Reuters) - Italian air traffic controllers will strike for 24 hours on Sunday, forcing airlines to cancel hundreds of flights.', P, PP, PL),
    ('', 'SEOUL (Reuters) - Thousands of South Korean doctors went on strike on Tuesday to protest against a plan to raise medical school admissions.', P, PP, O),
    ('Samsung workers strike for first time in company history', '', P, PP, O),
    ('', "NAIROBI (Reuters) - Kenyan lecturers at public universities have been striking since September over unpaid salaries, their union said on Monday.", P, PP, O),
    ('UK nurses vote to strike again over pay', '', P, PP, PL),
    ('Teachers Strike Over Pay In Chicago', '', P, PP, O),
    ('Hollywood actors strike deal with studios, ending walkout', '', None, None, None),
    ('', 'WASHINGTON (Reuters) - The U.S. military struck Iranian-backed militia targets in Iraq and Syria on Friday, the Pentagon said.', E, 'Air/drone strike', O),
    ('', 'BEIRUT (Reuters) - Israel struck Hezbollah positions in southern Lebanon overnight, the Israeli military said on Tuesday.', E, 'Air/drone strike', O),
    ('', 'MOSCOW (Reuters) - Ukrainian drones struck an oil depot in the Bryansk region overnight, starting a fire, the governor said.', E, 'Air/drone strike', O),
    ('Hamas vows to strike Israel again', '', E, 'Air/drone strike', PL),
    ('Russia warns it could strike Western weapons depots in Ukraine', '', E, 'Air/drone strike', PL),
    ('Tragedy strikes as bus plunges into gorge in Nepal, killing 20', '', 'Man-made disaster', 'Transport accident', O),
    ('Cyclone strikes Mozambique coast', '', 'Natural disaster', 'Storm', O),
    ('', 'DHAKA (AP) — Lightning strikes killed 12 people across Bangladesh on Sunday, including farmers working in paddy fields, officials said.', 'Natural disaster', 'Other natural hazard', O),
    ('Kane strikes twice as Bayern beat Dortmund', '', None, None, None),
    ('', 'KAMPALA (Reuters) - Ugandan forces shot down a helicopter carrying ADF commanders near the Congolese border on Monday, the army said.', B, 'Armed clash', O),
    ('', 'MOSCOW (Reuters) - Russian air defences shot down two Ukrainian Su-25 attack aircraft over the Kursk region on Saturday, the defence ministry said.', B, 'Armed clash', O),
    ('Taliban shoot down Pakistani drone over Khost', '', SD, 'Disrupted weapons use', I),
    ('', 'KHARTOUM (Reuters) - The RSF said on Tuesday it had downed a Sudanese army Ilyushin cargo plane over North Darfur.', B, 'Armed clash', O),
    ('', 'KYIV (Reuters) - Russian forces shot down a passenger plane near the front line on Wednesday, killing all 12 people on board, Ukrainian officials said.', E, 'Shelling/artillery/missile attack', O),
    ('', "DHAKA (Reuters) - Bangladesh's interim government banned the former ruling Awami League's student wing on Wednesday under an anti-terrorism law.", SD, 'Other', O),
    ('', 'ANKARA (Reuters) - A Turkish court ordered the closure of a pro-Kurdish television channel on Thursday over alleged links to the PKK.', SD, 'Other', O),
    ('Nicaragua shuts down 1,500 NGOs', '', SD, 'Other', O),
    ('', 'NEW DELHI (Reuters) - India banned the Popular Front of India and its affiliates for five years on Wednesday, calling it a threat to internal security.', SD, 'Other', O),
    ('Premier League club bans supporter for racist abuse', '', None, None, None),
    ('Government bans TikTok on official phones', '', None, None, None),
    ('', 'JERUSALEM (Reuters) - The Israeli army said on Friday it was preparing for a ground invasion of Gaza.', B, 'Armed clash', PL),
    ('Congo army prepares offensive to retake Goma from M23', '', B, 'Armed clash', PL),
    ('Police launch operation to find missing hikers', '', None, None, None),
    ('', 'DUSHANBE (Reuters) - Tajik authorities imposed a night curfew in the Gorno-Badakhshan region on Monday after clashes between police and residents.', SD, 'Change to group/activity', O),
    ('Sri Lanka lifts state of emergency', '', SD, 'Change to group/activity', O),
    ('', 'SUVA (Reuters) - Fiji declared a state of natural disaster on Sunday after a cyclone destroyed hundreds of homes.', 'Official announcement/inspection', 'Announcement', O),
    ('Hospital declares emergency after power cut', '', None, None, None),
    ('', 'ADEN (Reuters) - Somali pirates seized an Iranian fishing dhow with 18 crew members off the coast of Eyl on Friday, the EU naval force said.', VAC, 'Abduction/forced disappearance', O),
    ('Gunmen seize passenger boat on Lake Chad, take 30 hostage', '', VAC, 'Abduction/forced disappearance', O),
    ('Film about Somali pirates tops box office', '', None, None, None),
    # Look-alikes of the new readings: a teacher struck by a truck, a strike that hits refineries, a ruling struck down,
    # a global health emergency, a movement of goods banned, a house party shut down, hostages still held.
    ('', 'LAGOS (Reuters) - Two teachers were struck and killed by a speeding truck outside a school in Lagos on Monday, police said.', 'Man-made disaster', 'Transport accident', O),
    ('Strike hits oil refineries across France', '', None, None, None),
    ('', 'PARIS (Reuters) - Strikes at oil refineries across France disrupted fuel supplies for a third day on Wednesday, the CGT union said.', None, None, None),
    ('Auto workers union votes to strike Ford', '', P, PP, PL),
    ('Nurses end strike after pay deal', '', None, None, None),
    ('', 'KYIV (Reuters) - Ukraine struck a Russian oil refinery in the Krasnodar region overnight with long-range drones, the general staff said.', E, 'Air/drone strike', O),
    ('Israel strikes back at critics of Gaza aid policy', '', None, None, None),
    ('Court strikes down ban on opposition rallies', '', None, None, None),
    ('Cholera strikes refugee camp in Sudan', '', None, None, None),
    ('', 'GENEVA (Reuters) - The World Health Organization declared a global health emergency over the mpox outbreak on Wednesday.', None, None, None),
    ('', 'JERUSALEM (Reuters) - Israel banned the movement of goods into northern Gaza on Sunday, an army spokesman said.', None, None, None),
    ('Police shut down party in Nairobi suburb', '', None, None, None),
    ('', 'BAKU (Reuters) - Azerbaijani authorities shut down two independent news websites on Tuesday, press freedom groups said.', SD, 'Other', O),
    ('Twitter suspends accounts linked to opposition party', '', None, None, None),
    ('', 'GAZA (Reuters) - Hamas still holds 59 hostages in Gaza, Israeli officials said on Monday.', None, None, None),
    ('', 'KYIV (Reuters) - Ukrainian troops shot down three Russian drones with rifles from a helicopter on Sunday, the army said.', SD, 'Disrupted weapons use', I),
    ('Residents fled to evacuation centres as floods rose', '', 'Natural disaster', 'Flood/landslide', O),
    ('Government to impose curfew in capital', '', SD, 'Change to group/activity', PL),
    ('', 'ABUJA (Reuters) - Bandits holding 40 villagers hostage in Zamfara state demanded a ransom on Tuesday, local officials said.', VAC, 'Abduction/forced disappearance', O),
    ('UEFA bans Super League founders', '', None, None, None),
    # A curfew after a series of attacks, operations begun or to be launched, martial law, a Pride march banned, drones and jets downed.
    ('Kenya imposes curfew in Lamu after attacks', 'NAIROBI (Reuters) - Kenya imposed a dusk-to-dawn curfew in parts of Lamu county on Tuesday after a series of attacks by suspected al-Shabaab militants killed 10 people, the interior minister said.', SD, 'Change to group/activity', O),
    ('', 'BEIRUT (Reuters) - The Israeli military said on Tuesday it had begun a limited ground operation in southern Lebanon.', B, 'Armed clash', O),
    ('Pakistan army to launch military operation in Bajaur', '', B, 'Armed clash', PL),
    ('', 'CARACAS (Reuters) - Venezuelan oil workers plan to strike next month over wages eroded by inflation, union leaders said on Thursday.', P, PP, PL),
    ('Myanmar junta declares martial law in 11 townships', '', SD, 'Change to group/activity', O),
    ('Hungary bans Pride march', '', None, None, None),
    ('Iran vows to strike back after Israeli attack', '', None, None, None),
    ('', 'TRIPOLI (Reuters) - Forces loyal to the eastern-based LNA shot down a Turkish-made drone over Misrata on Saturday, the LNA said.', SD, 'Disrupted weapons use', I),
    ('Azerbaijan says it shot down Armenian Su-25 jet', '', B, 'Armed clash', O),
    ('', 'SANAA (Reuters) - Houthi fighters hijacked a Bahamas-flagged cargo ship in the Red Sea on Sunday and held its 25 crew members, the shipping company said.', VAC, 'Abduction/forced disappearance', O),
]


@pytest.mark.parametrize(("title", "text", "event_type", "sub_event_type", "modality"), CASES)
def test_entry_is_coded_as_acled_would(title: str, text: str, event_type: str | None, sub_event_type: str | None, modality: str | None) -> None:
    found = analyze(Article(article_id="a", title=title, text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy())
    first = found[0] if found else None
    assert ((first.event_type, first.sub_event_type, first.modality) if first else (None, None, None)) == (event_type, sub_event_type, modality)
