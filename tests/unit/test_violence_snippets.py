"""Wire leads and feed entries on political violence across conflicts (Sahel, Sudan, Congo, Somalia, Ethiopia, Mozambique,
Colombia, Mexico, Haiti, Myanmar, the Philippines, Pakistan, Afghanistan, Manipur, Syria, Yemen, Gaza, Lebanon, Ukraine),
coded as an ACLED coder would: event type, sub-event type, the dead of this event, and the place."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article, Event
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)  # a Friday


def events(text: str, title: str = "") -> list[Event]:
    return analyze(Article(article_id="a", title=title, text=text or title, content_hash="h", published_at=PUBLISHED), load_taxonomy())


def killed(event: Event) -> int:
    return event.casualties.killed or 0 if event.casualties else 0


# (feed title or "", lead or "" for a headline alone, event type, sub-event type, dead of this event or None when not told exactly)
CASES = [
    ('Malian army says it killed 14 militants near Boni', 'BAMAKO, Mali (Reuters) - Malian soldiers clashed with Islamist militants near Boni in the Mopti region on Tuesday, killing 14 of them, the army said in a statement.', 'Battles', 'Armed clash', 14),
    ('', 'OUAGADOUGOU (AFP) - Jihadists attacked an army post in Djibo in northern Burkina Faso on Sunday, sparking hours of fighting that left 11 soldiers dead, security sources said.', 'Battles', 'Armed clash', 11),
    ('Islamic State ambush kills 12 Niger soldiers', "NIAMEY (Reuters) - Islamic State fighters ambushed a Nigerien army patrol near Tillaberi on Thursday, killing 12 soldiers, Niger's defence ministry said.", 'Battles', 'Armed clash', 12),
    ('Bandits kill two vigilantes in Zamfara', 'GUSAU, Nigeria (AP) — Bandits killed two vigilantes in Bukkuyum, Zamfara state, on Monday, police said.', 'Battles', 'Armed clash', 2),
    ('', 'MAIDUGURI, Nigeria (Reuters) - Boko Haram fighters attacked a military base in Marte, Borno state, on Wednesday, and troops repelled them after a gun battle lasting several hours, the army said.', 'Battles', 'Armed clash', None),
    ("Fierce fighting in Sudan's El Fasher", "KHARTOUM (Reuters) - Fierce fighting broke out between Sudan's army and the paramilitary Rapid Support Forces in El Fasher on Saturday, residents said.", 'Battles', 'Armed clash', None),
    ("Sudan's army says it has recaptured Wad Madani from RSF", "PORT SUDAN (Reuters) - Sudan's army said on Saturday it had retaken the city of Wad Madani, the capital of Gezira state, from the paramilitary Rapid Support Forces.", 'Battles', 'Government regains territory', None),
    ('M23 rebels seize eastern Congo town of Rubaya', 'GOMA, Congo (Reuters) - M23 rebels captured the mining town of Rubaya in North Kivu province on Tuesday after fighting with the Congolese army and allied militias, local sources said.', 'Battles', 'Non-state actor overtakes territory', None),
    ('', 'BENI, Congo (AP) — Congolese troops and ADF rebels clashed near Beni on Thursday, leaving five soldiers dead, an army spokesman said.', 'Battles', 'Armed clash', 5),
    ('', "MOGADISHU (Reuters) - Somali forces and allied clan militias fought al-Shabaab militants in Middle Shabelle's Adan Yabaal district on Monday, killing 30 militants, the information ministry said.", 'Battles', 'Armed clash', 30),
    ('Somali army retakes town from al-Shabaab', 'MOGADISHU (AP) — Somali troops recaptured the town of Moqokori in Hiiraan region from al-Shabaab on Wednesday, officials said.', 'Battles', 'Government regains territory', None),
    ('', 'ADDIS ABABA (Reuters) - Fighting between Ethiopian federal forces and Fano militiamen erupted in the town of Debre Markos in Amhara region on Sunday, residents said.', 'Battles', 'Armed clash', None),
    ("Fano militia seizes town in Ethiopia's Amhara region", 'ADDIS ABABA (AFP) - Fano militiamen took control of the town of Lalibela on Tuesday after government troops withdrew following a day of fighting, residents told AFP.', 'Battles', 'Non-state actor overtakes territory', None),
    ('', 'PEMBA, Mozambique (Lusa) - Insurgents linked to Islamic State clashed with Rwandan and Mozambican troops near Mocimboa da Praia in Cabo Delgado province on Friday, a local source said.', 'Battles', 'Armed clash', None),
    ('Four Colombian soldiers killed in clash with FARC dissidents', 'BOGOTA (Reuters) - Colombian soldiers clashed with FARC dissidents in the Cauca department on Tuesday, leaving four soldiers dead, the army said.', 'Battles', 'Armed clash', 4),
    ('', 'CUCUTA, Colombia (AP) — Fighting between ELN guerrillas and FARC dissidents in the Catatumbo region has killed at least 80 people since Thursday, the government said.', 'Battles', 'Armed clash', 80),
    ('Shootout between Sinaloa cartel factions leaves seven dead in Culiacan', 'CULIACAN, Mexico (AP) — A shootout between rival factions of the Sinaloa cartel left seven dead in Culiacan on Sunday, Sinaloa state prosecutors said.', 'Battles', 'Armed clash', 7),
    ('', 'MEXICO CITY (Reuters) - Mexican soldiers killed 19 suspected cartel gunmen in a gunfight in Michoacan state on Thursday, the defence ministry said.', 'Battles', 'Armed clash', 19),
    ('', 'PORT-AU-PRINCE, Haiti (AP) — Police and gang members exchanged fire for hours in the Delmas neighbourhood of Port-au-Prince on Wednesday, witnesses said.', 'Battles', 'Armed clash', None),
    ('Gangs seize control of Haitian town of Mirebalais', 'PORT-AU-PRINCE, Haiti (Reuters) - Armed gangs took control of the central Haitian town of Mirebalais on Monday, freeing hundreds of inmates from its prison, officials said.', 'Battles', 'Non-state actor overtakes territory', None),
    ('', "YANGON (Reuters) - Myanmar resistance fighters captured a military base in Kachin state's Bhamo township on Saturday after weeks of fighting, the Kachin Independence Army said.", 'Battles', 'Non-state actor overtakes territory', None),
    ('Myanmar junta recaptures Lashio', "BANGKOK (AP) — Myanmar's military regained control of the northeastern city of Lashio on Tuesday, months after it fell to ethnic rebels, state media said.", 'Battles', 'Government regains territory', None),
    ('', "MANILA (Reuters) - Philippine troops clashed with New People's Army rebels in Negros Occidental province on Monday, killing three guerrillas, the military said.", 'Battles', 'Armed clash', 3),
    ('', 'COTABATO, Philippines (AP) — Soldiers fought Dawlah Islamiyah militants in Maguindanao del Sur on Wednesday, leaving two soldiers and five militants dead.', 'Battles', 'Armed clash', 7),
    ('Pakistan army kills eight militants in North Waziristan', 'PESHAWAR, Pakistan (Reuters) - Pakistani security forces killed eight militants in a shootout in North Waziristan on Thursday, the military said.', 'Battles', 'Armed clash', 8),
    ('', "QUETTA (AFP) - Separatist gunmen attacked a paramilitary Frontier Corps camp in Balochistan's Kech district on Sunday, triggering a gunfight that killed six soldiers, officials said.", 'Battles', 'Armed clash', 6),
    ('', 'KABUL (AP) — Taliban forces and Pakistani troops exchanged heavy fire along the border in Kunar province on Saturday, Afghan officials said.', 'Battles', 'Armed clash', None),
    ("Militants, security forces exchange fire in Manipur's Jiribam", "IMPHAL, India (PTI) - Armed militants and security forces exchanged fire in Manipur's Jiribam district on Tuesday, police said.", 'Battles', 'Armed clash', None),
    ('', 'DAMASCUS (Reuters) - Syrian government forces clashed with Druze fighters in Sweida province on Monday, killing at least 12, a war monitor said.', 'Battles', 'Armed clash', 12),
    ('Turkish-backed factions and Kurdish-led SDF clash near Manbij', 'BEIRUT (AP) — Turkish-backed Syrian fighters and the Kurdish-led Syrian Democratic Forces clashed near Manbij on Thursday, leaving 15 dead, the Syrian Observatory for Human Rights said.', 'Battles', 'Armed clash', 15),
    ('', 'ADEN (Reuters) - Fighting between Houthi rebels and government forces in Marib province killed 20 fighters on Wednesday, military sources said.', 'Battles', 'Armed clash', 20),
    ('', 'GAZA (AP) — Hamas militants clashed with Israeli troops in Rafah on Sunday, the Israeli military said, adding that two soldiers were killed.', 'Battles', 'Armed clash', 2),
    ('', 'JENIN, West Bank (Reuters) - Palestinian gunmen exchanged fire with Israeli forces during a raid on the Jenin refugee camp on Tuesday, the Palestinian health ministry said.', 'Battles', 'Armed clash', None),
    ('', 'BEIRUT (Reuters) - Hezbollah fighters clashed with Israeli troops trying to advance into the southern Lebanese village of Khiam on Monday, the group said.', 'Battles', 'Armed clash', None),
    ('Ukraine says its troops retook village near Pokrovsk', 'KYIV (Reuters) - Ukrainian forces recaptured the village of Kotlyne near Pokrovsk in Donetsk region, the military said on Thursday.', 'Battles', 'Government regains territory', None),
    ('Russia says it captured another village in Donetsk region', "MOSCOW (Reuters) - Russian forces captured the village of Novoolenivka in Ukraine's Donetsk region, the Russian defence ministry said on Saturday.", 'Battles', 'Non-state actor overtakes territory', None),
    ('', "KYIV (AP) — Ukrainian and Russian forces fought fierce battles near the town of Sudzha in Russia's Kursk region on Wednesday, officials on both sides said.", 'Battles', 'Armed clash', None),
    ('JNIM fighters seize town in central Mali', 'BAMAKO (AFP) - Jihadists from the al-Qaeda-linked JNIM group seized the town of Boulkessi in central Mali on Sunday after overrunning an army camp, security sources said.', 'Battles', 'Non-state actor overtakes territory', None),
    ('', "OUAGADOUGOU (Reuters) - Burkina Faso's army said on Thursday it had regained control of the town of Diapaga in the east after driving out jihadist fighters.", 'Battles', 'Government regains territory', None),
    ('Troops kill 25 ISWAP fighters in Borno', 'MAIDUGURI (Reuters) - Nigerian troops killed 25 Islamic State West Africa Province fighters who attacked their base in Malam-Fatori, Borno state, on Friday, the army said.', 'Battles', 'Armed clash', 25),
    ('', 'GALKAYO, Somalia (AP) — Rival clan militias clashed over grazing land near Galkayo on Sunday, killing nine people, elders said.', 'Battles', 'Armed clash', 9),
    ('Israeli strikes kill three in Gaza', 'GAZA (Reuters) - Israeli strikes killed three people in Gaza City on Tuesday, Palestinian health officials said.', 'Explosions/Remote violence', 'Air/drone strike', 3),
    ('RSF drone strike hits Port Sudan', 'PORT SUDAN (Reuters) - A drone strike by the Rapid Support Forces hit a fuel depot in Port Sudan on Sunday, causing a huge fire, witnesses said.', 'Explosions/Remote violence', 'Air/drone strike', None),
    ('', 'KHARTOUM (AP) — A Sudanese army airstrike on a market in Nyala, South Darfur, killed at least 40 people on Monday, activists said.', 'Explosions/Remote violence', 'Air/drone strike', 40),
    ('', 'MOGADISHU (AP) — The U.S. military said it carried out an airstrike against Islamic State militants in the Golis Mountains of Puntland on Wednesday, killing several fighters.', 'Explosions/Remote violence', 'Air/drone strike', None),
    ('Myanmar junta airstrike kills 20 at monastery', 'BANGKOK (AP) — A Myanmar military airstrike hit a Buddhist monastery in Sagaing region on Friday, killing 20 people sheltering there, a resistance group said.', 'Explosions/Remote violence', 'Air/drone strike', 20),
    ("US strikes Houthi targets in Yemen's Hodeidah", "SANAA, Yemen (AP) — U.S. warplanes struck Houthi targets in the Red Sea port of Hodeidah on Saturday, the rebels' Al-Masirah TV said.", 'Explosions/Remote violence', 'Air/drone strike', None),
    ('Israeli drone strike kills Hezbollah member in south Lebanon', "BEIRUT (AP) — An Israeli drone struck a car in the southern Lebanese town of Nabatieh on Thursday, killing a Hezbollah member, Lebanon's state news agency said.", 'Explosions/Remote violence', 'Air/drone strike', 1),
    ('', 'DAMASCUS (Reuters) - Israeli airstrikes hit military sites near Damascus on Monday night, Syrian state media said.', 'Explosions/Remote violence', 'Air/drone strike', None),
    ('', 'KABUL (Reuters) - Pakistani airstrikes on Paktika province killed at least 46 people on Tuesday night, a Taliban spokesman said.', 'Explosions/Remote violence', 'Air/drone strike', 46),
    ('Russian drone attack on Kyiv kills two', "KYIV (Reuters) - A Russian drone attack on Kyiv killed two people and injured nine overnight, the city's mayor said on Thursday.", 'Explosions/Remote violence', 'Air/drone strike', 2),
    ("Ukrainian drones strike oil refinery in Russia's Ryazan", 'MOSCOW (Reuters) - Ukrainian drones struck an oil refinery in the Russian city of Ryazan on Sunday, starting a fire, the regional governor said.', 'Explosions/Remote violence', 'Air/drone strike', None),
    ('', 'SOKOTO, Nigeria (AP) — A Nigerian military airstrike mistakenly killed 10 civilians in a village in Sokoto state on Wednesday, residents said.', 'Explosions/Remote violence', 'Air/drone strike', 10),
    ('', 'BAMAKO (AFP) - Malian army drones struck a wedding in the Kidal region on Sunday, killing eight civilians, local officials said.', 'Explosions/Remote violence', 'Air/drone strike', 8),
    ('', "ADDIS ABABA (Reuters) - A drone strike on a bus in Ethiopia's Amhara region killed at least 30 people on Monday, aid workers said.", 'Explosions/Remote violence', 'Air/drone strike', 30),
    ('', "BOGOTA (AP) — Colombia's military bombed a camp of FARC dissidents in Guaviare department on Tuesday, killing 19 rebels, the defence minister said.", 'Explosions/Remote violence', 'Air/drone strike', 19),
    ('', 'ZAPORIZHZHIA, Ukraine (Reuters) - Russian guided bombs hit Zaporizhzhia on Sunday, killing four people and injuring 20, the governor said.', 'Explosions/Remote violence', 'Air/drone strike', 4),
    ('Russian missile strike on Kharkiv kills five', 'KHARKIV, Ukraine (AP) — A Russian missile struck an apartment building in Kharkiv on Wednesday, killing five people, the regional governor said.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 5),
    ('', 'KHERSON, Ukraine (Reuters) - Russian shelling killed two people and wounded six in the city of Kherson on Saturday, regional officials said.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 2),
    ('', 'BELGOROD, Russia (Reuters) - Ukrainian shelling killed a woman in the Russian border town of Shebekino on Monday, the Belgorod governor said.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 1),
    ('', 'GAZA (Reuters) - Israeli tank shelling killed four Palestinians in Khan Younis on Thursday, medics said.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 4),
    ('Hezbollah fires rockets at northern Israel', 'JERUSALEM (AP) — Hezbollah fired dozens of rockets at the northern Israeli town of Kiryat Shmona on Sunday, the Israeli military said.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', None),
    ('', 'EL FASHER, Sudan (Reuters) - RSF artillery shelling of a displacement camp near El Fasher killed at least 15 people on Tuesday, local volunteers said.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 15),
    ('', 'MOGADISHU (AP) — Mortar shells fired by al-Shabaab landed near the presidential palace in Mogadishu on Wednesday, wounding three people, police said.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', None),
    ('', 'IDLIB, Syria (AFP) - Syrian government artillery shelled villages in southern Idlib on Monday, killing a child, rescuers said.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 1),
    ('', 'GOMA, Congo (Reuters) - Bombs fired by M23 rebels hit a camp for displaced people near Goma on Friday, killing at least 12, the army said.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 12),
    ('Myanmar army artillery kills six in Rakhine', "SITTWE, Myanmar (Reuters) - Artillery shells fired by the Myanmar military hit a village in Rakhine state's Kyauktaw township on Saturday, killing six villagers, residents said.", 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 6),
    ('', "SRINAGAR, India (Reuters) - Pakistani troops shelled Indian border villages in Kashmir's Poonch district on Wednesday, killing three civilians, Indian officials said.", 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 3),
    ('Russian ballistic missile strike on Odesa port kills eight', 'ODESA, Ukraine (AP) — A Russian ballistic missile hit Odesa port on Monday, killing eight people, officials said.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 8),
    ('', "QUETTA, Pakistan (Reuters) - A roadside bomb struck a police vehicle in Balochistan's Mastung district on Thursday, killing three police officers, officials said.", 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 3),
    ('', 'CALI, Colombia (AP) — A car bomb exploded outside a police station in Jamundi on Tuesday, wounding four people, authorities said.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', None),
    ('Roadside bomb kills five Somali soldiers', 'MOGADISHU (Reuters) - A roadside bomb killed five soldiers in the Lower Shabelle region on Sunday, a military officer said.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 5),
    ('', 'OUAGADOUGOU (AFP) - A truck carrying traders hit a landmine near Djibo on Monday, killing 10 civilians, local sources said.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 10),
    ('', 'A bus struck an improvised explosive device on the road between Boni and Hombori in central Mali on Friday, killing 11 passengers, officials said.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 11),
    ('', 'MANBIJ, Syria (AP) — A car bomb exploded near a farm vehicle on the outskirts of Manbij on Monday, killing 20 people, most of them women, Syrian officials said.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 20),
    ('', 'KABUL (Reuters) - A sticky bomb attached to a car exploded in Kabul on Wednesday, killing a Taliban official, police said.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 1),
    ('', "IMPHAL, India (PTI) - An IED blast damaged a bridge in Manipur's Kangpokpi district on Friday, police said. No one was hurt.", 'Explosions/Remote violence', 'Remote explosive/landmine/IED', None),
    ('', 'KHARKIV, Ukraine (AP) — Two farmers were killed when their tractor hit a landmine in Kharkiv region on Tuesday, officials said.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 2),
    ('', "MAIDUGURI, Nigeria (Reuters) - An improvised explosive device planted by Boko Haram killed eight farmers in Borno state's Damboa area on Saturday, a militia leader said.", 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 8),
    ('Mexican soldiers killed by landmine in Michoacan', 'MEXICO CITY (AP) — Two Mexican soldiers were killed by a landmine planted by a cartel in Michoacan on Wednesday, the defence ministry said.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 2),
    ('Suicide bomber kills 12 at Pakistan police station', 'PESHAWAR, Pakistan (AP) — A suicide bomber rammed an explosives-laden vehicle into a police station in Bannu on Monday, killing 12 officers, officials said.', 'Explosions/Remote violence', 'Suicide bomb', 12),
    ('', 'MOGADISHU (Reuters) - A suicide bomber blew himself up at a beachside restaurant in Mogadishu on Friday evening, killing at least 7 people, police said.', 'Explosions/Remote violence', 'Suicide bomb', 7),
    ('', 'MAIDUGURI, Nigeria (AP) — Three female suicide bombers struck a wedding and a hospital in Gwoza, Borno state, on Saturday, killing 18 people, emergency officials said.', 'Explosions/Remote violence', 'Suicide bomb', 18),
    ('', 'KABUL (Reuters) - A suicide blast at a ministry in Kabul killed a Taliban minister and two others on Wednesday, officials said.', 'Explosions/Remote violence', 'Suicide bomb', 3),
    ('', 'DAMASCUS (AP) — A suicide bomber opened fire and then detonated an explosive vest inside a church in Damascus on Sunday, killing 25 worshippers, the health ministry said.', 'Explosions/Remote violence', 'Suicide bomb', 25),
    ('', 'SRINAGAR, India (Reuters) - Suspected militants hurled a grenade at a busy market in Srinagar on Sunday, wounding 12 people, police said.', 'Explosions/Remote violence', 'Grenade', None),
    ('', 'COTABATO, Philippines (AP) — A grenade exploded outside a mosque in Cotabato City on Friday, injuring five people, police said.', 'Explosions/Remote violence', 'Grenade', None),
    ('', 'MEDELLIN, Colombia (AFP) - Unknown attackers threw a grenade at a police patrol in Medellin on Tuesday, wounding two officers.', 'Explosions/Remote violence', 'Grenade', None),
    ('', 'CELAYA, Mexico (AP) — Gunmen threw grenades into a bar in Celaya on Saturday night, killing two people, authorities said.', 'Explosions/Remote violence', 'Grenade', 2),
    ('Ukraine says it shot down 50 of 70 Russian drones overnight', "KYIV (Reuters) - Ukraine's air force said on Sunday it shot down 50 of the 70 drones Russia launched overnight.", 'Strategic developments', 'Disrupted weapons use', None),
    ('Israel intercepts missile launched from Yemen', 'JERUSALEM (AP) — The Israeli military said it intercepted a missile launched from Yemen on Tuesday, setting off air raid sirens in central Israel.', 'Strategic developments', 'Disrupted weapons use', None),
    ('', 'PESHAWAR, Pakistan (Reuters) - Police defused a bomb planted near a school in Peshawar on Thursday, officials said.', 'Strategic developments', 'Disrupted weapons use', None),
    ('Russian air defences destroy 15 Ukrainian drones over Belgorod region', '', 'Strategic developments', 'Disrupted weapons use', None),
    ('', "MOGADISHU (AP) — Somali security forces foiled a car bomb attack near Mogadishu's airport on Monday, seizing a vehicle packed with explosives.", 'Strategic developments', 'Disrupted weapons use', None),
    ('', 'IMPHAL, India (PTI) - Security forces recovered and defused an improvised explosive device along the Imphal-Jiribam highway on Wednesday, police said.', 'Strategic developments', 'Disrupted weapons use', None),
    ('', "JOS, Nigeria (Reuters) - Gunmen killed 52 villagers in attacks on Bokkos in Nigeria's Plateau state on Sunday night, local officials said.", 'Violence against civilians', 'Attack', 52),
    ('', 'ABUJA (AP) — Gunmen shot dead a politician and his bodyguard in Anambra state on Tuesday, police said.', 'Violence against civilians', 'Attack', 2),
    ("Journalist shot dead in Mexico's Guerrero state", 'MEXICO CITY (AP) — A journalist was shot dead in the city of Taxco, Guerrero, on Monday, prosecutors said.', 'Violence against civilians', 'Attack', 1),
    ('', 'BOGOTA (Reuters) - Gunmen killed a social leader in the Cauca town of Suarez on Thursday, the human rights ombudsman said.', 'Violence against civilians', 'Attack', 1),
    ('', 'PORT-AU-PRINCE, Haiti (AP) — Gang members killed at least 70 people, including women and children, in an attack on the town of Pont-Sonde on Thursday, the UN said.', 'Violence against civilians', 'Attack', 70),
    ('', 'OUAGADOUGOU (Reuters) - Jihadists killed 15 civilians at a market in the village of Seytenga on Saturday, local sources said.', 'Violence against civilians', 'Attack', 15),
    ('RSF fighters kill more than 100 villagers in Gezira', 'PORT SUDAN (Reuters) - Fighters from the paramilitary Rapid Support Forces killed more than 100 people in an attack on the village of Wad al-Noura in Gezira state on Wednesday, activists said.', 'Violence against civilians', 'Attack', 100),
    ('', 'BENI, Congo (AP) — ADF rebels hacked to death 18 civilians with machetes in Lubero territory on Sunday, local officials said.', 'Violence against civilians', 'Attack', 18),
    ('', "PEMBA, Mozambique (Lusa) - Insurgents beheaded four civilians in the village of Mucojo in Cabo Delgado's Macomia district on Tuesday, sources said.", 'Violence against civilians', 'Attack', 4),
    ('Myanmar soldiers kill 10 villagers in Magway region, residents say', 'YANGON (AP) — Myanmar soldiers raided a village in Magway region on Monday and killed 10 villagers, residents said.', 'Violence against civilians', 'Attack', 10),
    ('', "QUETTA, Pakistan (Reuters) - Gunmen stopped a bus in Balochistan's Musakhel district on Friday, ordered passengers off and shot dead 23 of them, officials said.", 'Violence against civilians', 'Attack', 23),
    ('', "IMPHAL, India (Reuters) - Armed men killed three women and three children from a Meitei family in Manipur's Jiribam district on Monday, police said.", 'Violence against civilians', 'Attack', 6),
    ('', "ADDIS ABABA (Reuters) - Gunmen killed 36 civilians in Ethiopia's Oromia region on Saturday, the Ethiopian Human Rights Commission said.", 'Violence against civilians', 'Attack', 36),
    ('', 'MANILA (AP) — A gunman shot dead a radio broadcaster inside his home in Misamis Occidental province on Sunday, police said.', 'Violence against civilians', 'Attack', 1),
    ('', 'NIAMEY (AFP) - Jihadists killed 44 civilians at a mosque in Fambita village in western Niger during Friday prayers, the interior ministry said.', 'Violence against civilians', 'Attack', 44),
    ('Gunmen kill six in central Mali village', 'GAO, Mali (Reuters) - Gunmen killed six civilians in the village of Ouatagouna on Tuesday, local officials said. In March, a similar attack killed 20 people in the same area.', 'Violence against civilians', 'Attack', 6),
    ("Gunmen attack village in Niger's Tillaberi region", "NIAMEY (Reuters) - Gunmen on motorbikes attacked the village of Tera in Niger's Tillaberi region on Tuesday, burning homes and granaries, residents said. In March, a similar attack killed 20 people in the same area.", 'Violence against civilians', 'Attack', 0),
    ('', 'MAKURDI, Nigeria (AP) — Gunmen killed four farmers in the Guma area of Benue state on Thursday, police said. Last year, more than 100 people were killed in attacks in the area.', 'Violence against civilians', 'Attack', 4),
    ('', 'KADUNA, Nigeria (Reuters) - Gunmen abducted more than 200 pupils from a school in Kuriga, Kaduna state, on Thursday, residents said.', 'Violence against civilians', 'Abduction/forced disappearance', None),
    ('', 'PORT-AU-PRINCE, Haiti (AP) — Gang members kidnapped a group of nuns and a teacher near the capital on Sunday, church officials said.', 'Violence against civilians', 'Abduction/forced disappearance', None),
    ('', 'CULIACAN, Mexico (AP) — Armed men abducted 10 people, including children, from their homes in Culiacan on Tuesday, state authorities said.', 'Violence against civilians', 'Abduction/forced disappearance', None),
    ('', "BAMAKO (AFP) - Jihadists kidnapped five Chinese workers at a gold mine in western Mali's Kayes region on Wednesday, security sources said.", 'Violence against civilians', 'Abduction/forced disappearance', None),
    ('Baloch activist forcibly disappeared in Karachi, family says', 'KARACHI (Reuters) - Security agents detained a Baloch student activist in Karachi on Monday and his whereabouts remain unknown, his family said.', 'Violence against civilians', 'Abduction/forced disappearance', None),
    ('', 'ARAUCA, Colombia (Reuters) - ELN guerrillas kidnapped a town mayor in the department of Arauca on Saturday, the army said.', 'Violence against civilians', 'Abduction/forced disappearance', None),
    ('', 'GOMA, Congo (Reuters) - Armed men raped at least 20 women in a displacement camp near Goma on Saturday, a medical charity said.', 'Violence against civilians', 'Sexual violence', None),
    ('', 'KHARTOUM (AP) — RSF fighters raped women and girls during a raid on a village in North Darfur on Monday, survivors said.', 'Violence against civilians', 'Sexual violence', None),
    ('', "MEKELLE, Ethiopia (Reuters) - Soldiers sexually assaulted three women in a village in Tigray's Western zone on Wednesday, a local health official said.", 'Violence against civilians', 'Sexual violence', None),
    ('', 'ISLAMABAD (Reuters) - Supporters of jailed former prime minister Imran Khan clashed with police in Islamabad on Tuesday, throwing stones and setting vehicles on fire, officials said.', 'Riots', 'Violent demonstration', None),
    ('', 'KANO, Nigeria (AP) — Protesters set fire to a police station and looted shops in Kano on Thursday during demonstrations against the cost of living, police said.', 'Riots', 'Violent demonstration', None),
    ('', 'MAPUTO (Reuters) - Protesters hurled rocks at police and burned tyres in Maputo on Monday in protest against disputed election results.', 'Riots', 'Violent demonstration', None),
    ('', 'BOGOTA (AFP) - Hooded students threw petrol bombs at riot police outside the National University in Bogota on Wednesday.', 'Riots', 'Violent demonstration', None),
    ('', 'IMPHAL, India (PTI) - Angry protesters torched the houses of two legislators in Imphal on Saturday after the bodies of six people were found, police said.', 'Riots', 'Violent demonstration', None),
    ('', "PORT-AU-PRINCE, Haiti (AP) — Demonstrators demanding the prime minister's resignation burned tires and threw rocks at police in Port-au-Prince on Monday.", 'Riots', 'Violent demonstration', None),
    ('', "IMPHAL, India (PTI) - A mob set fire to a church and several homes in Manipur's Churachandpur district on Tuesday, police said.", 'Riots', 'Mob violence', None),
    ('', 'SOKOTO, Nigeria (AP) — A mob beat to death a student accused of blasphemy in Sokoto on Friday, police said.', 'Riots', 'Mob violence', 1),
    ('', "LAHORE, Pakistan (Reuters) - A mob attacked Christian homes in Jaranwala in Pakistan's Punjab province on Wednesday after blasphemy allegations, police said.", 'Riots', 'Mob violence', None),
    ('', 'PUEBLA, Mexico (AP) — A mob beat and burned to death two men suspected of kidnapping in the town of Acatlan on Thursday, officials said.', 'Riots', 'Mob violence', 2),
    ('', 'PORT-AU-PRINCE, Haiti (Reuters) - A crowd lynched 13 suspected gang members in Port-au-Prince on Monday, burning their bodies in the street, police said.', 'Riots', 'Mob violence', 13),
    # Headlines and leads told another way
    ("Gunmen kill 9 soldiers in ambush in Burkina Faso's east", '', 'Battles', 'Armed clash', 9),
    ('Nigeria: Vigilantes repel bandit attack in Katsina, kill 6', '', 'Battles', 'Armed clash', 6),
    ('', 'SOKOTO, Nigeria (AP) — Lakurawa militants killed 12 members of a local vigilante group in Tangaza on Wednesday, residents said.', 'Battles', 'Armed clash', 12),
    ('', "KHARTOUM (Reuters) - Sudan's army and the RSF traded artillery fire across the Nile in Omdurman on Thursday, witnesses said.", 'Battles', 'Armed clash', None),
    ('Congo army retakes Walikale from M23 rebels', '', 'Battles', 'Government regains territory', None),
    ('Al-Shabaab overruns military base in central Somalia', 'MOGADISHU (Reuters) - Al-Shabaab fighters overran a military base in the town of Adan Yabaal on Monday after a suicide car bomb blew open its gates, residents said.', 'Battles', 'Non-state actor overtakes territory', None),
    ('', "KYIV (Reuters) - Russian troops pushed into the outskirts of Kupiansk on Wednesday, Ukraine's military said, as fierce fighting continued in the area.", 'Battles', 'Armed clash', None),
    ('Israeli airstrike kills 11 in Gaza school shelter, civil defence says', '', 'Explosions/Remote violence', 'Air/drone strike', 11),
    ('', "BEIRUT (AP) — Israeli strikes hit the southern suburbs of Beirut early on Tuesday, killing four people, Lebanon's health ministry said.", 'Explosions/Remote violence', 'Air/drone strike', 4),
    ('US strikes kill 8 al-Shabaab militants in Somalia', '', 'Explosions/Remote violence', 'Air/drone strike', 8),
    ('Turkish drone strike kills three PKK members in northern Iraq', '', 'Explosions/Remote violence', 'Air/drone strike', 3),
    ('', 'KYIV (AP) — Russia launched 45 drones and three missiles at Ukraine overnight; air defences shot down 38 drones, the air force said on Sunday.', 'Strategic developments', 'Disrupted weapons use', None),
    ('Russian shelling kills 3 in Kherson', '', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 3),
    ('', 'SANAA, Yemen (Reuters) - Saudi-led coalition shelling killed five civilians in Saada province on Monday, the Houthi-run health ministry said.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 5),
    ("Roadside bomb kills 4 police officers in Pakistan's Khyber Pakhtunkhwa", '', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 4),
    ('', 'BOGOTA (Reuters) - A motorcycle bomb exploded near a military base in Cali on Thursday, killing two civilians, police said. In April, a similar bombing killed six people in the city.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 2),
    ('Suicide bombing at Pakistan mosque kills 17', '', 'Explosions/Remote violence', 'Suicide bomb', 17),
    ('', 'MOGADISHU (AP) — A suicide bomber detonated explosives at a military training camp in Mogadishu on Saturday, killing 13 recruits, officials said.', 'Explosions/Remote violence', 'Suicide bomb', 13),
    ('Grenade attack on Manipur market injures 9', '', 'Explosions/Remote violence', 'Grenade', None),
    ('', 'ABUJA (Reuters) - Gunmen shot dead a traditional ruler and his driver in Kogi state on Monday, police said.', 'Violence against civilians', 'Attack', 2),
    ('', 'TEGUCIGALPA (AP) — Armed men killed a pastor, his wife and their two children in their home on Saturday, police said.', 'Violence against civilians', 'Attack', 4),
    ('Gunmen kill 20 villagers in Zamfara raid', '', 'Violence against civilians', 'Attack', 20),
    ('', 'JOS, Nigeria (AP) — Gunmen killed seven people in a village in Plateau state on Sunday. Last month, more than 40 people were killed in attacks in the same district.', 'Violence against civilians', 'Attack', 7),
    ('', 'KINSHASA (Reuters) - CODECO militiamen killed 23 displaced people at a camp in Ituri province on Tuesday, a local official said.', 'Violence against civilians', 'Attack', 23),
    ('Gunmen abduct 25 worshippers from church in Kwara', '', 'Violence against civilians', 'Abduction/forced disappearance', None),
    ('', 'PORT-AU-PRINCE, Haiti (Reuters) - Gang members kidnapped six people, including a three-year-old, from an orphanage near Kenscoff on Tuesday, the orphanage said.', 'Violence against civilians', 'Abduction/forced disappearance', None),
    ('', 'GOMA, Congo (AP) — M23 fighters raped more than a dozen women in villages around Bweremana on Sunday, a local rights group said.', 'Violence against civilians', 'Sexual violence', None),
    ('', 'GAROOWE, Somalia (Reuters) - Clan militias clashed over a disputed well near Galkayo on Wednesday, killing 11 people, elders said.', 'Battles', 'Armed clash', 11),
    ("Mob lynches two men accused of witchcraft in Tanzania's Geita", '', 'Riots', 'Mob violence', 2),
    ('', 'KARACHI (AP) — Protesters hurled stones at police and set fire to two buses in Karachi on Friday after a religious leader was arrested.', 'Riots', 'Violent demonstration', None),
    ('', 'CONAKRY, Guinea (Reuters) - Youths burned tyres and threw stones at security forces in Conakry on Monday during protests against the junta.', 'Riots', 'Violent demonstration', None),
    ('Bomb disposal team defuses IED on Kabul highway', '', 'Strategic developments', 'Disrupted weapons use', None),
    ('Israel says it intercepted two rockets fired from Gaza', '', 'Strategic developments', 'Disrupted weapons use', None),
    ('', 'BAMAKO (AFP) - Jihadists killed 15 soldiers and seized the army post at Boulkessi on Sunday, security sources said.', 'Battles', 'Non-state actor overtakes territory', 15),
    ('', 'MANILA (Reuters) - Two soldiers were killed and four wounded when communist rebels detonated a landmine as an army truck passed in Samar province on Tuesday, the military said.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 2),
    ('', 'DAMASCUS (Reuters) - Gunmen on a motorcycle shot dead a local official and two of his bodyguards in Daraa province on Wednesday, a war monitor said.', 'Violence against civilians', 'Attack', 3),
    ('', 'NAYPYITAW (AP) — Myanmar military jets bombed a village in Sagaing region on Monday, killing at least 9 civilians, a resistance group said.', 'Explosions/Remote violence', 'Air/drone strike', 9),
    ('', 'MAPUTO (Lusa) - Insurgents attacked the village of Mbau in Mocimboa da Praia district on Thursday, burning homes and killing three residents, sources said.', 'Violence against civilians', 'Attack', 3),
    ('', "ISLAMABAD (Reuters) - Pakistani security forces killed 10 militants in an intelligence-based operation in Balochistan's Kalat district on Wednesday, the military said.", 'Battles', 'Armed clash', 10),
    ('', "IMPHAL (Reuters) - Gunmen opened fire on a passenger bus in Manipur's Kangpokpi district on Friday, wounding five, police said.", 'Violence against civilians', 'Attack', None),
    # Self-defence groups, states' strikes, lists of victims and recalled history, told yet another way
    ('', 'GUSAU, Nigeria (Reuters) - Armed bandits killed five members of the Community Protection Guards in Tsafe on Tuesday, police said.', 'Battles', 'Armed clash', 5),
    ('Bandits kill 7 vigilantes in Niger state ambush', '', 'Battles', 'Armed clash', 7),
    ('', 'MAIDUGURI (AP) — Boko Haram fighters killed four members of the Civilian Joint Task Force near Konduga on Sunday, a militia leader said.', 'Battles', 'Armed clash', 4),
    ('Israeli strikes kill 25 across Gaza, health officials say', '', 'Explosions/Remote violence', 'Air/drone strike', 25),
    ('', 'GAZA (AP) — Israeli strikes on tents sheltering displaced families in Khan Younis killed at least 12 people overnight, hospital officials said.', 'Explosions/Remote violence', 'Air/drone strike', 12),
    ('Russian strikes kill four in Dnipro', '', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 4),
    ('', 'BEIRUT (Reuters) - Israeli strikes on southern Lebanon killed a Hezbollah commander and his two sons on Wednesday, security sources said.', 'Explosions/Remote violence', 'Air/drone strike', 3),
    ('', 'ABUJA (Reuters) - Gunmen shot dead a lawmaker and two of his aides in Imo state on Thursday, police said.', 'Violence against civilians', 'Attack', 3),
    ('', 'MEXICO CITY (AP) — Gunmen killed a mayoral candidate and his campaign manager during a rally in Guerrero state on Wednesday, prosecutors said.', 'Violence against civilians', 'Attack', 2),
    ('', 'PESHAWAR (AP) — Gunmen killed a polio worker and a police officer escorting him in Bajaur on Monday, officials said.', 'Violence against civilians', 'Attack', 2),
    ('', 'OUAGADOUGOU (Reuters) - Jihadists killed 14 civilians in the village of Kompienga on Monday, local sources said. Last month, an attack in the same province killed more than 30 people.', 'Violence against civilians', 'Attack', 14),
    ('', 'NIAMEY (AP) — Suspected jihadists attacked a village in Tillaberi on Friday, residents said. In August, militants killed 40 people in a nearby village.', 'Violence against civilians', 'Attack', 0),
    ('', 'KINSHASA (Reuters) - ADF rebels killed eight villagers in Beni territory on Saturday. In June, the group killed more than 40 people in a similar raid.', 'Violence against civilians', 'Attack', 8),
    ('', 'DAMASCUS (AP) — Israeli warplanes struck a weapons depot near Hama on Monday, a war monitor said. In July, Israeli strikes on the area killed 10 soldiers.', 'Explosions/Remote violence', 'Air/drone strike', 0),
    ('', 'KABUL (AP) — A bomb hidden in a cart exploded at a market in Kabul on Monday, killing four people, police said.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 4),
    ('', 'BOGOTA (Reuters) - Gunmen on a motorcycle killed three soldiers and a civilian at a checkpoint in Cauca on Friday, the army said.', 'Battles', 'Armed clash', 4),
]


@pytest.mark.parametrize(("title", "lead", "event_type", "sub_event_type", "dead"), CASES)
def test_violence_lead_is_coded_as_acled_would(title: str, lead: str, event_type: str, sub_event_type: str, dead: int | None) -> None:
    first = events(lead, title)[0]
    modality = "intercepted" if sub_event_type == "Disrupted weapons use" else "occurred"
    assert (first.event_type, first.sub_event_type, first.modality) == (event_type, sub_event_type, modality)
    if dead is not None:
        assert killed(first) == dead


def test_an_armed_group_killing_vigilantes_is_a_battle_not_mob_violence() -> None:
    first = events("Bandits killed two vigilantes in Bukkuyum, Zamfara state, on Monday, police said.")[0]
    assert (first.event_type, first.sub_event_type, killed(first)) == ("Battles", "Armed clash", 2)


def test_vigilantes_lynching_a_suspect_are_still_a_mob() -> None:
    first = events("Vigilantes lynched a suspected thief at a market in Onitsha on Saturday, police said.")[0]
    assert first.sub_event_type == "Mob violence"


def test_a_named_air_powers_strikes_are_air_strikes() -> None:
    assert events("Israeli strikes killed three people in Gaza City on Tuesday, health officials said.")[0].sub_event_type == "Air/drone strike"
    assert events("", "Israeli strikes kill three in Gaza")[0].sub_event_type == "Air/drone strike"


def test_a_suicide_bombing_at_an_armed_target_or_with_gunfire_stays_a_suicide_bombing() -> None:
    assert events("", "Suicide bomber kills 12 at Pakistan police station")[0].sub_event_type == "Suicide bomb"
    assert events("A suicide bomber opened fire and then detonated an explosive vest inside a church in Damascus on Sunday, "
                  "killing 25 worshippers.")[0].sub_event_type == "Suicide bomb"


def test_air_defences_destroying_drones_in_a_headline_is_disrupted_weapons_use() -> None:
    first = events("", "Russian air defences destroy 15 Ukrainian drones over Belgorod region")[0]
    assert (first.sub_event_type, first.modality) == ("Disrupted weapons use", "intercepted")


def test_a_foiled_car_bombing_is_disrupted_weapons_use_not_a_repelled_attack() -> None:
    first = events("Somali security forces foiled a car bomb attack near Mogadishu's airport on Monday, seizing a vehicle packed "
                   "with explosives.")[0]
    assert (first.sub_event_type, first.modality) == ("Disrupted weapons use", "intercepted")


def test_sexual_assault_is_sexual_violence() -> None:
    assert events("Soldiers sexually assaulted three women in a village in Tigray on Wednesday.")[0].sub_event_type == "Sexual violence"


def test_munitions_fired_on_a_displacement_camp_are_shelling_not_aid() -> None:
    first = events("Bombs fired by M23 rebels hit a camp for displaced people near Goma on Friday, killing at least 12, the army said.")[0]
    assert (first.sub_event_type, killed(first)) == ("Shelling/artillery/missile attack", 12)


def test_bodies_found_that_set_off_a_riot_are_its_cause_not_an_attack() -> None:
    first = events("Angry protesters torched the houses of two legislators in Imphal on Saturday after the bodies of six people "
                   "were found, police said.")[0]
    assert (first.event_type, first.sub_event_type) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize(("lead", "dead"), [
    ("Gunmen shot dead a politician and his bodyguard in Anambra state on Tuesday, police said.", 2),
    ("A suicide blast at a ministry in Kabul killed a Taliban minister and two others on Wednesday, officials said.", 3),
    ("Armed men killed three women and three children from one family in Jiribam district on Monday, police said.", 6),
    ("Troops killed four militants and their commander near Bannu on Sunday, the army said.", 5),
    ("Gunmen killed 12 men and women in the village on Sunday.", 12),
    ("The strike killed two people and wounded five, officials said.", 2),
])
def test_victims_joined_by_and_all_count(lead: str, dead: int) -> None:
    assert killed(events(lead)[0]) == dead


def test_a_similar_attack_months_ago_lends_no_toll_to_todays() -> None:
    found = events("Gunmen killed six civilians in the village of Ouatagouna on Tuesday, local officials said. In March, a "
                   "similar attack killed 20 people in the same area.")
    assert [killed(e) for e in found] == [6]
    found = events("Gunmen on motorbikes attacked the village of Tera in Niger's Tillaberi region on Tuesday, burning homes and "
                   "granaries, residents said. In March, a similar attack killed 20 people in the same area.")
    assert [killed(e) for e in found] == [0]


def test_another_name_of_a_town_abroad_is_not_the_place() -> None:
    first = events("BAMAKO (AFP) - A bus struck an improvised explosive device on the road between Boni and Hombori in central "
                   "Mali on Friday, killing 11 passengers, officials said.")[0]
    assert first.location is not None and first.location.country_code == "ML"


def test_a_district_the_gazetteer_lacks_is_placed_in_the_region_that_owns_it() -> None:
    first = events("QUETTA (AFP) - Separatist gunmen attacked a paramilitary Frontier Corps camp in Balochistan's Kech district "
                   "on Sunday, triggering a gunfight that killed six soldiers, officials said.")[0]
    assert first.location is not None
    assert (first.location.admin1, first.location.country_code) == ("Balochistan", "PK")


def test_somali_regions_are_known_by_their_english_names() -> None:
    first = events("MOGADISHU (Reuters) - Somali forces fought al-Shabaab militants in Middle Shabelle's Adan Yabaal district on "
                   "Monday, killing 30 militants, the information ministry said.")[0]
    assert first.location is not None and (first.location.admin1, first.location.country_code) == ("Middle Shabele", "SO")


def actor_roles(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in events(text)[0].actors if a.role in ("actor1", "actor2")]


def test_whose_strikes_and_bombs_they_are_is_the_side_that_struck() -> None:
    assert actor_roles("GAZA (Reuters) - Israeli strikes killed three people in Gaza City on Tuesday.")[0] == ("Military Forces of Israel", "actor1")
    assert actor_roles("Russian guided bombs hit Zaporizhzhia on Sunday, killing four people.")[0] == ("Military Forces of Russia", "actor1")


def test_gangs_are_an_armed_group() -> None:
    assert actor_roles("PORT-AU-PRINCE, Haiti (AP) — Gang members killed at least 70 people in an attack on the town of Pont-Sonde "
                       "on Thursday.")[0] == ("Unidentified Armed Group (Haiti)", "actor1")


def test_forces_a_planted_bomb_struck_are_its_target_not_its_side() -> None:
    assert actor_roles("QUETTA, Pakistan (Reuters) - A roadside bomb struck a police vehicle in Mastung district on Thursday, killing "
                       "three police officers.") == [("Unidentified Armed Group (Pakistan)", "actor1"), ("Police Forces of Pakistan", "actor2")]


def test_a_general_strike_is_no_side() -> None:
    assert all("Military" not in name for name, _ in actor_roles(
        "RAMALLAH (AP) — Palestinian general strikes shut shops across the West Bank on Monday in protest at the killings."))


def test_vigilantes_fighting_bandits_or_militants_are_a_side_in_a_battle() -> None:
    assert events("", "Nigeria: Vigilantes repel bandit attack in Katsina, kill 6")[0].sub_event_type == "Armed clash"
    assert events("SOKOTO, Nigeria (AP) — Lakurawa militants killed 12 members of a local vigilante group in Tangaza on "
                  "Wednesday.")[0].sub_event_type == "Armed clash"


def test_sides_trading_artillery_fire_are_in_a_battle() -> None:
    assert events("Sudan's army and the RSF traded artillery fire across the Nile in Omdurman on Thursday, witnesses "
                  "said.")[0].sub_event_type == "Armed clash"


def test_strikes_that_kill_fighters_are_air_strikes_not_battles() -> None:
    assert events("", "US strikes kill 8 al-Shabaab militants in Somalia")[0].sub_event_type == "Air/drone strike"
    assert events("", "Turkish drone strike kills three PKK members in northern Iraq")[0].sub_event_type == "Air/drone strike"


def test_displaced_people_killed_at_a_camp_are_victims_not_aid() -> None:
    first = events("CODECO militiamen killed 23 displaced people at a camp in Ituri province on Tuesday.")[0]
    assert (first.sub_event_type, killed(first)) == ("Attack", 23)


def test_an_armed_group_seizing_an_army_post_takes_ground() -> None:
    first = events("BAMAKO (AFP) - Jihadists killed 15 soldiers and seized the army post at Boulkessi on Sunday.")[0]
    assert first.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(("lead", "dead"), [
    ("Armed men killed a pastor, his wife and their two children in their home on Saturday, police said.", 4),
    ("Gunmen on a motorcycle shot dead a local official and two of his bodyguards in Daraa province on Wednesday.", 3),
    ("Gunmen shot dead a traditional ruler and his driver in Kogi state on Monday, police said.", 2),
    ("The strike killed three people, a police officer told AFP.", 3),
])
def test_a_list_of_victims_counts_each(lead: str, dead: int) -> None:
    assert killed(events(lead)[0]) == dead


def test_a_mob_lynching_in_a_headline_counts_its_dead() -> None:
    assert killed(events("", "Mob lynches two men accused of witchcraft in Tanzania's Geita")[0]) == 2


def test_a_short_war_headline_is_english() -> None:
    assert [e.sub_event_type for e in events("", "Gunmen kill 20 villagers in Zamfara raid")] == ["Attack"]


def test_an_unknown_scene_under_a_capitals_dateline_is_the_country_not_the_capital() -> None:
    location = events("BAMAKO (AFP) - Jihadists killed 15 soldiers and seized the army post at Farabougou on Sunday.")[0].location
    assert location is not None and (location.name, location.admin1, location.precision) == ("Mali", None, 3)


def test_an_unknown_scene_under_a_provincial_dateline_is_that_province() -> None:
    location = events("GOMA, Congo (AP) — M23 fighters raped more than a dozen women in villages around Bweremana on Sunday, a local "
                      "rights group said.")[0].location
    assert location is not None and (location.admin1, location.precision) == ("North Kivu", 3)


def test_a_short_dateline_in_capitals_is_a_town() -> None:
    location = events("JOS (Reuters) - Gunmen killed seven people on Sunday, police said.")[0].location
    assert location is not None and (location.name, location.admin1) == ("Jos", "Plateau")


def test_a_place_of_the_country_the_gazetteer_lacks_is_not_the_dateline() -> None:
    location = events("SANAA, Yemen (AP) — U.S. warplanes struck Houthi targets in the Red Sea port of Ras Kathib on Saturday.",
                      "US strikes Houthi targets in Yemen's Ras Kathib")[0].location
    assert location is not None and (location.name, location.precision) == ("Yemen", 3)


def test_an_arabic_name_written_without_its_final_h_is_still_the_town() -> None:
    location = events("SANAA, Yemen (AP) — U.S. warplanes struck Houthi targets in the Red Sea port of Hodeidah on Saturday.")[0].location
    assert location is not None and (location.admin1, location.precision) == ("Al Hudaydah", 1)


def test_history_is_never_the_event_even_when_todays_is_told_weakly() -> None:
    found = events("KINSHASA (Reuters) - ADF rebels killed eight villagers in Beni territory on Saturday. In June, the group killed "
                   "more than 40 people in a similar raid.")
    assert [(e.location.name if e.location else None, killed(e)) for e in found] == [("Beni", 8)]
