"""Wire leads and feed entries about ACLED strategic developments, demonstrations met with force and mob violence, and their
look-alikes (a trade deal, a bank merger, a burglary, a bill shot down), coded as an ACLED coder would (type, sub-type, modality)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)  # a Friday


def events(title: str, text: str) -> list:
    return analyze(Article(article_id="a", title=title, text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy())


# (title, text, event_type, sub_event_type, modality); None: no event
CASES = [
    # Agreements: a truce, a swap or a peace deal signed is an Agreement; a push for one, a trade or business deal is not.
    ("Sudan's warring parties sign ceasefire in Jeddah", "Sudan's army and the Rapid Support Forces signed a week-long ceasefire in Jeddah on Tuesday, Saudi mediators said.", 'Strategic developments', 'Agreement', 'occurred'),
    ('', "GOMA, Congo (Reuters) - Congo's government and M23 rebels signed a ceasefire agreement in Doha on Wednesday, pledging to halt fighting in North Kivu province.", 'Strategic developments', 'Agreement', 'occurred'),
    ('', "KYIV, Ukraine (AP) — Ukraine and Russia exchanged 150 prisoners of war each on Thursday in a deal brokered by the United Arab Emirates, Ukraine's coordination headquarters said.", 'Strategic developments', 'Agreement', 'occurred'),
    ('Colombia, ELN rebels agree to six-month truce', 'The Colombian government and the ELN guerrilla group agreed on Monday to a six-month bilateral ceasefire, negotiators said in Havana.', 'Strategic developments', 'Agreement', 'occurred'),
    ('', 'BAMAKO, Mali (AFP) - Tuareg-led rebels and the Malian government signed a peace accord in Algiers on Saturday under Algerian mediation.', 'Strategic developments', 'Agreement', 'occurred'),
    ("Yemen's Houthis and government agree to swap 900 detainees", 'The agreement was reached after 10 days of UN-sponsored talks in Switzerland, officials said on Sunday.', 'Strategic developments', 'Agreement', 'occurred'),
    ('', "JUBA (Reuters) - Rival clans in South Sudan's Warrap state signed a peace deal on Thursday ending months of cattle raids, local officials said.", 'Strategic developments', 'Agreement', 'occurred'),
    ('', 'TOKYO (Reuters) - Japan and Australia signed a free trade agreement in Tokyo on Tuesday, cutting tariffs on beef and cars.', 'Diplomacy', 'Talks and visits', 'occurred'),
    ('', 'KHARTOUM (Reuters) - Fighting resumed in Khartoum on Wednesday hours after a truce collapsed, with heavy clashes between the army and the RSF in Omdurman.', 'Battles', 'Armed clash', 'occurred'),
    ('Microsoft agrees deal to buy gaming studio', 'Microsoft signed an agreement on Monday to buy a Finnish game developer for $2 billion.', None, None, None),
    # Arrests: the state detaining opponents, journalists or a rebel leader; a burglary or theft suspect is no political arrest.
    ('', 'ISTANBUL (Reuters) - Turkish police detained 45 members of the pro-Kurdish DEM Party in dawn raids across Istanbul on Tuesday, the party said.', 'Strategic developments', 'Arrests', 'occurred'),
    ('Uganda police arrest opposition leader Kizza Besigye', 'Besigye was arrested at his home in Kampala on Wednesday morning and taken to an unknown location, his lawyer said.', 'Strategic developments', 'Arrests', 'occurred'),
    ('', 'TEHRAN (AP) — Iranian security forces arrested a prominent rights lawyer in Tehran on Sunday, her husband said.', 'Strategic developments', 'Arrests', 'occurred'),
    ('', 'ADDIS ABABA (Reuters) - Ethiopian authorities arrested three journalists in Addis Ababa on Monday over their coverage of the conflict in Amhara, the Committee to Protect Journalists said.', 'Strategic developments', 'Arrests', 'occurred'),
    ('', 'PESHAWAR, Pakistan (AP) — Pakistani counter-terrorism police arrested a senior commander of the Pakistani Taliban in Peshawar on Thursday, officials said.', 'Strategic developments', 'Arrests', 'occurred'),
    ('Venezuela detains opposition campaign manager', 'Military counterintelligence agents detained the campaign manager of opposition candidate Maria Corina Machado in Caracas on Friday, the opposition said.', 'Strategic developments', 'Arrests', 'occurred'),
    ('', 'DHAKA (Reuters) - Bangladesh police arrested more than 300 activists of the opposition BNP across the country overnight ahead of a planned rally, the party said on Saturday.', 'Strategic developments', 'Arrests', 'occurred'),
    ('', "MANILA (AP) — Philippine troops captured a senior leader of the communist New People's Army in Samar province on Tuesday, the military said.", 'Strategic developments', 'Arrests', 'occurred'),
    ('Former Tunisian PM arrested in Tunis', 'Police arrested former prime minister Ali Larayedh at his home on Monday, his party said, in a widening crackdown on critics of President Kais Saied.', 'Strategic developments', 'Arrests', 'occurred'),
    ('', 'MANCHESTER, England (AP) — Police arrested a 34-year-old man on suspicion of burglary after a string of break-ins in Salford on Tuesday.', None, None, None),
    ('', 'MEXICO CITY (AP) — Mexican police arrested 14 members of the Sinaloa cartel in Culiacan on Tuesday and seized 200 kilograms of fentanyl.', 'Organized crime', 'Trafficking/smuggling', 'occurred'),
    ('Niger junta arrests ex-ministers over alleged coup plot', 'Soldiers arrested two former ministers and a general in Niamey on Saturday, accusing them of plotting to overthrow the military government.', 'Strategic developments', 'Arrests', 'occurred'),
    ('Belarus detains opposition activists ahead of vote', 'Security agents detained at least 30 opposition activists in Minsk and Grodno on Tuesday, the Viasna rights centre said.', 'Strategic developments', 'Arrests', 'occurred'),
    ('', 'ALGIERS (Reuters) - Algerian police arrested a leading Hirak activist at his home in Bejaia on Thursday, his lawyer said.', 'Strategic developments', 'Arrests', 'occurred'),
    # Change to group/activity: mergers and alliances of armed groups, new leaders, deployments, drills, surrenders; a bank merger or a new coach is none.
    ('', 'MOGADISHU (Reuters) - Two Somali militias in Hiraan region announced on Tuesday that they had merged into a single force to fight al-Shabaab, clan elders said.', 'Strategic developments', 'Change to group/activity', 'occurred'),
    ('Hezbollah names new leader', "Lebanon's Hezbollah on Tuesday named Naim Qassem as its new secretary-general, the group said in a statement.", 'Strategic developments', 'Change to group/activity', 'occurred'),
    ('', "PORT-AU-PRINCE, Haiti (AP) — Haiti's main gang coalitions announced on Monday that they had formed a new alliance called Viv Ansanm.", 'Strategic developments', 'Change to group/activity', 'occurred'),
    ('', "GUAYAQUIL, Ecuador (AP) — Ecuador's president deployed 3,000 soldiers to the streets of Guayaquil on Wednesday after a spike in gang violence.", 'Strategic developments', 'Change to group/activity', 'occurred'),
    ('', 'BEIRUT (AP) — The Lebanese army deployed troops along the southern border on Sunday as Israeli forces began to withdraw, the army said.', 'Strategic developments', 'Change to group/activity', 'occurred'),
    ('', "NIAMEY, Niger (AFP) - Niger's junta imposed a night-time curfew in Tillaberi region on Thursday, citing the threat from jihadist groups.", 'Strategic developments', 'Change to group/activity', 'occurred'),
    ('Dozens of Boko Haram fighters surrender to Nigerian army', 'Seventy-two fighters and their families surrendered to troops in Bama, Borno state, on Monday, the military said.', 'Strategic developments', 'Change to group/activity', 'occurred'),
    ('', 'JUBA (Reuters) - A South Sudanese general defected to the opposition SPLA-IO with about 200 soldiers in Upper Nile state on Tuesday, a rebel spokesman said.', 'Strategic developments', 'Change to group/activity', 'occurred'),
    ('', "TAIPEI (Reuters) - China's military began large-scale drills around Taiwan on Monday, deploying warships and fighter jets, Taiwan's defence ministry said.", 'Strategic developments', 'Change to group/activity', 'occurred'),
    ('', "OUAGADOUGOU (AFP) - Burkina Faso's junta has recruited 50,000 volunteers for its civilian defence militia, the army said on Wednesday.", 'Strategic developments', 'Change to group/activity', 'occurred'),
    ('', "NEW YORK (Reuters) - Two regional banks announced a merger on Monday, creating the country's sixth-largest lender.", None, None, None),
    ('Chelsea appoint new head coach', 'Chelsea named Enzo Maresca as their new head coach on Monday on a five-year contract.', None, None, None),
    ('', 'LONDON (Reuters) - BP named Murray Auchincloss as its new chief executive on Tuesday.', None, None, None),
    ("ISWAP names new commander after leader's death", 'The Islamic State West Africa Province appointed a new leader for its Lake Chad faction, sources close to the group said on Monday.', 'Strategic developments', 'Change to group/activity', 'occurred'),
    ('', 'BOGOTA (Reuters) - A FARC dissident faction announced on Sunday it would suspend offensive operations in Cauca for a month as a goodwill gesture.', 'Strategic developments', 'Change to group/activity', 'planned'),
    ('', 'BENI, Congo (AP) — Hundreds of Ugandan troops crossed into eastern Congo on Wednesday to reinforce a joint operation against the ADF, the Ugandan army said.', 'Strategic developments', 'Change to group/activity', 'occurred'),
    # Disrupted weapons use: drones or missiles downed, bombs defused or foiled, caches found; a bill shot down is none.
    ('', "KYIV, Ukraine (AP) — Ukraine's air force said on Thursday it had shot down 48 of 62 Russian drones launched overnight.", 'Strategic developments', 'Disrupted weapons use', 'intercepted'),
    ('Israel intercepts missile fired from Yemen', 'The Israeli military said on Sunday its air defences intercepted a ballistic missile launched from Yemen before it entered Israeli territory.', 'Strategic developments', 'Disrupted weapons use', 'intercepted'),
    ('', 'KABUL (AP) — Afghan police defused a bomb planted near a mosque in the western city of Herat on Friday, a police spokesman said.', 'Strategic developments', 'Disrupted weapons use', 'intercepted'),
    ('', 'MOGADISHU (Reuters) - Somali security forces foiled a car bomb attack in Mogadishu on Tuesday, seizing a vehicle packed with explosives near a checkpoint.', 'Strategic developments', 'Disrupted weapons use', 'intercepted'),
    ('Iraqi forces find Islamic State weapons cache in Anbar', 'Troops uncovered a cache of rockets, explosive belts and ammunition in the desert west of Ramadi on Wednesday, the Iraqi military said.', 'Strategic developments', 'Disrupted weapons use', 'intercepted'),
    ('', 'RIYADH (Reuters) - Saudi air defences intercepted a drone launched towards the southern city of Jazan on Monday, the Saudi-led coalition said.', 'Strategic developments', 'Disrupted weapons use', 'intercepted'),
    ('', 'SRINAGAR, India (AP) — Indian soldiers recovered two rifles, grenades and a wireless set after a search operation in Kupwara district on Tuesday, police said.', 'Strategic developments', 'Disrupted weapons use', 'intercepted'),
    ('', 'BELGOROD, Russia (Reuters) - Russian air defences destroyed 12 Ukrainian drones over the Belgorod region overnight, the defence ministry said on Saturday.', 'Strategic developments', 'Disrupted weapons use', 'intercepted'),
    ('', 'KHARKIV, Ukraine (AP) — A Russian missile hit an apartment block in Kharkiv on Tuesday, killing four people, officials said.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 'occurred'),
    ('Senate shoots down immigration bill', 'Republicans shot down the bipartisan border bill on Wednesday in a 49-50 vote.', None, None, None),
    ('', "MOGADISHU (AP) — A grenade thrown at a police patrol in Mogadishu's Hodan district failed to explode on Tuesday, police said.", 'Strategic developments', 'Disrupted weapons use', 'intercepted'),
    ('Ukraine says it downed Russian Su-34 jet over Donetsk', 'Ukrainian forces shot down a Russian Su-34 fighter-bomber over the Donetsk region on Thursday, the air force commander said.', 'Battles', 'Armed clash', 'occurred'),  # a manned aircraft shot down is a clash
    # Bases set up by armed forces; a company moving its headquarters is none.
    ('', 'MOGADISHU (AP) — Al-Shabaab fighters set up a new camp near the town of Jilib in Middle Juba region, residents said on Wednesday.', 'Strategic developments', 'Headquarters or base established', 'occurred'),
    ('', 'BAMAKO, Mali (AFP) - The Malian army and Russian fighters established a new military base in Kidal region on Monday, local officials said.', 'Strategic developments', 'Headquarters or base established', 'occurred'),
    ('', 'DAMASCUS (Reuters) - Turkish forces have set up two new military outposts in northern Aleppo province, a war monitor said on Thursday.', 'Strategic developments', 'Headquarters or base established', 'occurred'),
    ('', 'SAN FRANCISCO (Reuters) - The software company said on Tuesday it would move its headquarters from San Francisco to Austin, Texas.', None, None, None),
    ('', 'KHARTOUM (Reuters) - The Rapid Support Forces established a new headquarters in the town of Nyala, making it its main base in Darfur, witnesses said on Wednesday.', 'Strategic developments', 'Headquarters or base established', 'occurred'),
    # Looting and destruction by armed men with no one hurt; rioters looting make a riot, a burglar a crime.
    ('', 'GOMA, Congo (Reuters) - Congolese soldiers fleeing the advance of M23 rebels looted shops and homes in Minova on Tuesday, residents said.', 'Strategic developments', 'Looting/property destruction', 'occurred'),
    ('RSF fighters loot hospital in El Fasher', 'Rapid Support Forces fighters looted medical supplies and equipment from the Saudi hospital in El Fasher on Sunday, doctors said.', 'Strategic developments', 'Looting/property destruction', 'occurred'),
    ('', 'MAIDUGURI, Nigeria (AP) — Boko Haram insurgents burned down a primary school and a health centre in Gwoza area of Borno state on Wednesday after residents fled.', 'Strategic developments', 'Looting/property destruction', 'occurred'),
    ('', 'YANGON, Myanmar (AP) — Myanmar soldiers set fire to more than 100 houses in a village in Sagaing region on Thursday, residents and a local resistance group said.', 'Strategic developments', 'Looting/property destruction', 'occurred'),
    ('', 'KHARTOUM (Reuters) - Unidentified gunmen looted a World Food Programme warehouse in Nyala on Saturday, making off with food meant for 20,000 people, the agency said.', 'Strategic developments', 'Looting/property destruction', 'occurred'),
    ('Israeli army demolishes Palestinian homes in Masafer Yatta', 'Israeli bulldozers demolished seven homes and a school in Masafer Yatta, south of Hebron, on Tuesday, residents said.', 'Strategic developments', 'Looting/property destruction', 'occurred'),
    ('', 'BANGUI, Central African Republic (AFP) - Armed men from the 3R group stole some 300 head of cattle from herders near Bocaranga on Monday, local authorities said.', 'Strategic developments', 'Looting/property destruction', 'occurred'),
    ('', 'PORT-AU-PRINCE, Haiti (AP) — Gang members set fire to the national library and looted several pharmacies in downtown Port-au-Prince on Thursday, witnesses said.', 'Strategic developments', 'Looting/property destruction', 'occurred'),
    ('', 'KYIV, Ukraine (Reuters) - Russian soldiers looted household appliances from abandoned homes in occupied villages of Kherson region, residents told Reuters on Wednesday.', 'Strategic developments', 'Looting/property destruction', 'occurred'),
    ('', 'ABUJA, Nigeria (AP) — Nigerian soldiers looted shops in Konduga market on Tuesday after a dispute over rations, traders said.', 'Strategic developments', 'Looting/property destruction', 'occurred'),
    ('Houthis seize UN compound in Sanaa', 'Houthi rebels stormed and seized a United Nations compound in Sanaa on Sunday, taking over vehicles and equipment, the UN said.', 'Strategic developments', 'Looting/property destruction', 'occurred'),
    # Territory taken in a fight, or handed over without one.
    ('', 'GOMA, Congo (Reuters) - M23 rebels seized the town of Walikale after two days of fighting with the Congolese army and allied militias, local sources said on Wednesday.', 'Battles', 'Non-state actor overtakes territory', 'occurred'),
    ('Jihadists overrun army base in northern Burkina Faso', 'JNIM fighters overran a military base in Djibo on Sunday after hours of clashes with soldiers, security sources said.', 'Battles', 'Non-state actor overtakes territory', 'occurred'),
    ('', 'DAMASCUS (Reuters) - Rebel fighters captured the city of Hama on Thursday after fierce battles with government troops, a war monitor said.', 'Battles', 'Non-state actor overtakes territory', 'occurred'),
    ('', 'YANGON, Myanmar (Reuters) - The Arakan Army took control of the town of Maungdaw in Rakhine state on Monday after weeks of fighting with the junta, the group said.', 'Battles', 'Non-state actor overtakes territory', 'occurred'),
    ('', 'BAMAKO, Mali (AFP) - UN peacekeepers withdrew from their base in Tessalit on Tuesday and handed it over to the Malian army, the mission said.', 'Strategic developments', 'Non-violent transfer of territory', 'occurred'),
    ('', 'MOGADISHU (Reuters) - Al-Shabaab fighters moved into the town of Moqokori on Wednesday without a fight after government troops withdrew overnight, residents said.', 'Strategic developments', 'Non-violent transfer of territory', 'occurred'),
    ('', 'ABIDJAN, Ivory Coast (AFP) - French troops handed over the Port-Bouet military camp in Abidjan to the Ivorian army on Thursday.', 'Strategic developments', 'Non-violent transfer of territory', 'occurred'),
    ('', 'DAMASCUS (AP) — Kurdish-led forces pulled out of the town of Tabqa on Monday under a deal with Damascus, handing control to government forces.', 'Strategic developments', 'Non-violent transfer of territory', 'occurred'),
    # Other: captives or prisoners freed, a missile test, a reconnaissance flight, parties dissolved.
    ('', 'ABUJA, Nigeria (AP) — Kidnappers released 25 students abducted from a boarding school in Kebbi state last week, the state governor said on Sunday.', 'Strategic developments', 'Other', 'occurred'),
    ('', 'CARACAS (Reuters) - Venezuela freed 80 political prisoners on Tuesday, rights group Foro Penal said.', 'Strategic developments', 'Other', 'occurred'),
    ('', "SEOUL (Reuters) - North Korea launched a ballistic missile into the sea off its east coast on Thursday, South Korea's military said.", 'Strategic developments', 'Other', 'occurred'),
    ('', 'BAGHDAD (AP) — U.S. military reconnaissance drones flew over Baghdad for several hours on Tuesday, witnesses said.', 'Strategic developments', 'Other', 'occurred'),
    ('', "NIAMEY, Niger (AFP) - Niger's junta dissolved all political parties on Wednesday, state television reported.", 'Strategic developments', 'Other', 'occurred'),
    ('Hamas frees four Israeli hostages', 'The four women were handed over to the Red Cross in Gaza City on Saturday under the ceasefire deal.', 'Strategic developments', 'Other', 'occurred'),
    # Demonstrations met with force: tear gas, a sit-in broken up, marchers pushed back, organisers arrested; killings are excessive force.
    ('', 'MOSCOW (Reuters) - Russian police detained more than 60 people who gathered in central Moscow on Saturday to lay flowers in memory of opposition leader Alexei Navalny, a monitoring group said.', 'Protests', 'Protest with intervention', 'occurred'),
    ('', 'SAO PAULO (Reuters) - Brazilian police arrested two men suspected of stealing a truckload of mobile phones on a highway near Sao Paulo on Wednesday.', None, None, None),
    ('', 'TBILISI, Georgia (Reuters) - Riot police used water cannon and tear gas to disperse thousands of pro-EU protesters outside parliament in Tbilisi on Thursday night.', 'Protests', 'Protest with intervention', 'occurred'),
    ("Police break up teachers' sit-in in Tegucigalpa", 'Officers forcibly removed about 200 teachers who had occupied the education ministry to demand unpaid wages, union leaders said on Monday.', 'Protests', 'Protest with intervention', 'occurred'),
    ('', 'ISLAMABAD (AP) — Pakistani police fired tear gas at supporters of jailed former prime minister Imran Khan marching towards Islamabad on Sunday.', 'Protests', 'Protest with intervention', 'occurred'),
    ('', 'LONDON (Reuters) - Police arrested 52 climate activists who blocked a road outside the Shell headquarters in London on Wednesday.', 'Protests', 'Protest with intervention', 'occurred'),
    ('', "BELGRADE, Serbia (AP) — Serbian police pushed back students trying to march to the state broadcaster's building in Belgrade on Saturday, detaining several.", 'Protests', 'Protest with intervention', 'occurred'),
    ('', 'HARARE, Zimbabwe (AP) — Zimbabwean police blocked a planned opposition march in Harare on Monday and arrested 12 organisers.', 'Protests', 'Protest with intervention', 'occurred'),
    ('', 'DHAKA (Reuters) - Police baton-charged garment workers demanding unpaid wages in Gazipur on Tuesday, injuring at least 20, union leaders said.', 'Protests', 'Protest with intervention', 'occurred'),
    ('', 'NAIROBI, Kenya (Reuters) - Kenyan police shot dead two protesters in Nairobi on Tuesday during demonstrations against a new finance bill, Amnesty International said.', 'Protests', 'Excessive force against protesters', 'occurred'),
    ('', 'MAPUTO, Mozambique (AP) — Security forces fired live ammunition at opposition supporters marching in Maputo on Thursday, killing at least three, a rights group said.', 'Protests', 'Excessive force against protesters', 'occurred'),
    ('Iranian forces kill protester in Zahedan', 'Security forces opened fire on worshippers protesting after Friday prayers in Zahedan, killing one man, rights groups said.', 'Protests', 'Excessive force against protesters', 'occurred'),
    ('', 'CONAKRY, Guinea (AFP) - A teenager was shot dead when security forces fired on a protest against the junta in Conakry on Wednesday, the opposition said.', 'Protests', 'Excessive force against protesters', 'occurred'),
    ('', 'BUENOS AIRES (Reuters) - Tens of thousands of university students marched through Buenos Aires on Wednesday to protest against budget cuts, with police watching.', 'Protests', 'Peaceful protest', 'occurred'),
    ('Police fire tear gas at opposition rally in Kampala', 'Hundreds of supporters of Bobi Wine had gathered outside the party headquarters in Kampala on Monday.', 'Protests', 'Protest with intervention', 'occurred'),
    ('Riot police disperse anti-mining protest in Panama City', '', 'Protests', 'Protest with intervention', 'occurred'),
    ('', 'KARACHI, Pakistan (AP) — Police in Karachi detained dozens of Baloch women holding a sit-in outside the press club on Wednesday to demand the return of missing relatives.', 'Protests', 'Protest with intervention', 'occurred'),
    ('Bangladesh police kill five protesters in Dhaka', 'Police opened fire on students demonstrating near Dhaka University on Thursday, hospital officials said.', 'Protests', 'Excessive force against protesters', 'occurred'),
    # Crowds beating, lynching or burning with no demonstration are mob violence; stones thrown at police during a protest make a violent demonstration.
    ('', 'JOHANNESBURG (Reuters) - Protesters looted shops and set tyres alight in Soweto on Monday during a demonstration over electricity cuts.', 'Riots', 'Violent demonstration', 'occurred'),
    ('', 'NAIROBI, Kenya (AP) — A burglar stole jewellery and cash from a house in Karen on Tuesday night, police said.', None, None, None),
    ('', 'OUAGADOUGOU, Burkina Faso (AFP) - Jihadists attacked the village of Barsalogho on Saturday, killing 12 civilians and burning homes and granaries, residents said.', 'Violence against civilians', 'Attack', 'occurred'),
    ("Mob lynches man accused of blasphemy in Pakistan's Swat", 'A crowd stormed a police station in Madyan, dragged out a man accused of desecrating the Koran and beat him to death on Thursday, police said.', 'Riots', 'Mob violence', 'occurred'),
    ('', 'KAMPALA, Uganda (AP) — Residents of a village in Mukono district beat to death two men suspected of stealing a motorcycle on Sunday, police said.', 'Riots', 'Mob violence', 'occurred'),
    ('', 'LAGOS, Nigeria (AP) — An angry mob set ablaze a suspected kidnapper in Ogun state on Tuesday after he was caught with a child, police said.', 'Riots', 'Mob violence', 'occurred'),
    ('', "PORT MORESBY (Reuters) - Villagers in Papua New Guinea's Enga province tortured and killed a woman they accused of sorcery on Monday, police said.", 'Riots', 'Mob violence', 'occurred'),
    ('', "NEW DELHI (Reuters) - A cow vigilante group beat a Muslim man to death in Haryana's Palwal district on Wednesday on suspicion of transporting beef, police said.", 'Riots', 'Mob violence', 'occurred'),
    ('', 'DHAKA (AP) — Supporters of two rival factions of the ruling party clashed with sticks and machetes in Noakhali on Saturday, injuring 25 people, police said.', 'Riots', 'Mob violence', 'occurred'),
    ('Football fans clash in Belgrade before derby', 'Rival supporters of Red Star and Partizan fought with bottles and flares near the stadium on Sunday, injuring 14 people, police said.', 'Riots', 'Mob violence', 'occurred'),
    ('', 'JOHANNESBURG (Reuters) - A group of residents in Alexandra attacked foreign-owned shops and chased Zimbabwean migrants from their homes on Monday, police said.', 'Riots', 'Mob violence', 'occurred'),
    ('', 'GUATEMALA CITY (AP) — Residents of a town in Solola department burned alive a man they accused of robbing a bus on Tuesday, police said.', 'Riots', 'Mob violence', 'occurred'),
    ('', 'NAIROBI, Kenya (AP) — Villagers in Kisii county set fire to the homes of five elderly women accused of witchcraft on Thursday, police said.', 'Riots', 'Mob violence', 'occurred'),
    ('', 'PARIS (Reuters) - Protesters hurled stones at police and set fire to bins in Nantes on Thursday during a demonstration against pension reform.', 'Riots', 'Violent demonstration', 'occurred'),
    ("Mob kills two suspected thieves in Nigeria's Rivers state", 'Residents caught the men breaking into a shop in Port Harcourt on Sunday and beat them to death, police said.', 'Riots', 'Mob violence', 'occurred'),
    ("Villagers attack police station after suspect's death in custody", 'Residents of Ramnagar pelted the police station with stones and set fire to two police vehicles on Tuesday, officials said.', 'Riots', 'Violent demonstration', 'occurred'),
    ('', 'ACCRA, Ghana (AP) — Youths from two neighbouring communities clashed over a land dispute in Bawku on Monday, burning houses and injuring several people, police said.', 'Riots', 'Mob violence', 'occurred'),
    ('', "DHAKA (Reuters) - A mob vandalised and set fire to the house of former prime minister Sheikh Hasina's family in Dhaka on Wednesday night.", 'Riots', 'Mob violence', 'occurred'),
    # Arrests made afterwards for having protested are arrests; arrests at the rally are an intervention; a planted bomb blown up by experts was disrupted.
    ('', "KHARTOUM (Reuters) - Sudanese security forces arrested 14 activists on Tuesday for taking part in last week's protests against the military, their lawyers said.", 'Strategic developments', 'Arrests', 'occurred'),
    ('', 'NAIROBI, Kenya (AP) — Police arrested 40 people at a rally in Nairobi on Tuesday for taking part in an unauthorised demonstration, witnesses said.', 'Protests', 'Protest with intervention', 'occurred'),
    ('', 'HARARE, Zimbabwe (AP) — Hundreds of nurses marched to the health ministry in Harare on Monday to demand better pay. Several arrests were made, their union said.', 'Protests', 'Protest with intervention', 'occurred'),
    ('', 'HARARE, Zimbabwe (AP) — Hundreds of nurses marched to the health ministry in Harare on Monday to demand better pay. No arrests were made, police said.', 'Protests', 'Peaceful protest', 'occurred'),
    ('', 'KADUNA, Nigeria (AP) — Bomb squad experts detonated a bomb found outside a church in Kaduna on Sunday, police said.', 'Strategic developments', 'Disrupted weapons use', 'intercepted'),
    ('', 'OUAGADOUGOU, Burkina Faso (AFP) - Jihadists seized the phones and money of bus passengers at a checkpoint near Djibo on Monday, local sources said.', 'Strategic developments', 'Looting/property destruction', 'occurred'),
    # Armed groups merging and a post set up are strategic; carmakers merging are not.
    ('', 'BANGUI (AFP) - Two Central African rebel groups announced on Thursday that they were merging to form a single coalition.', 'Strategic developments', 'Change to group/activity', 'occurred'),
    ('', "TOKYO (Reuters) - Two Japanese automakers agreed to merge on Monday, creating the world's third-largest carmaker.", None, None, None),
    ('', 'DAMASCUS (AP) — Israeli forces set up a new military post in the Syrian village of Jubata al-Khashab on Tuesday, residents said.', 'Strategic developments', 'Headquarters or base established', 'occurred'),
    # A jailbreak is the event, not the rain that opened the walls; a Molotov cocktail thrown during protests makes them a riot
    ("", "KADUNA, Nigeria (AP) — About 200 prisoners broke out of a jail in Kaduna state on Sunday after heavy rain damaged its walls, prison officials said.", "Strategic developments", "Other", "occurred"),
    ("", "TBILISI (Reuters) - A Molotov cocktail was thrown at the ruling party's office in Tbilisi during protests on Sunday night.", "Riots", "Violent demonstration", "occurred"),
]


@pytest.mark.parametrize(("title", "text", "event_type", "sub_event_type", "modality"), CASES)
def test_entry_is_coded_as_acled_would(title: str, text: str, event_type: str | None, sub_event_type: str | None, modality: str | None) -> None:
    found = events(title, text)
    first = found[0] if found else None
    assert ((first.event_type, first.sub_event_type, first.modality) if first else (None, None, None)) == (event_type, sub_event_type, modality)


@pytest.mark.parametrize(("text", "day"), [
    ("BELGOROD, Russia (Reuters) - Russian air defences destroyed 12 Ukrainian drones over the Belgorod region overnight, the defence ministry said on Saturday.", date(2026, 11, 14)),
    ("KYIV, Ukraine (AP) — Ukraine's air force said on Thursday it had shot down 48 of 62 Russian drones launched overnight.", date(2026, 11, 19)),
    ("LAGOS, Nigeria (AP) — Gunmen killed four villagers in Zamfara state yesterday, police said on Tuesday.", date(2026, 11, 16)),
    ("LAGOS, Nigeria (AP) — Gunmen killed four villagers in Zamfara state overnight, police said.", date(2026, 11, 20)),
])
def test_overnight_and_yesterday_count_from_the_day_the_report_names(text: str, day: date) -> None:
    (event,) = events("", text)
    assert event.occurred is not None and event.occurred.date == day
