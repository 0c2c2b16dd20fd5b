"""A fresh blind probe of wire snippets (written for this file, several countries) in the ACLED taxonomy and the civic
extension, with the look-alikes that must not change: type, sub-type and, where the snippet states them, place, toll and count."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2024, 5, 20, 9, tzinfo=timezone.utc)  # a Monday


def events(text: str, title: str = ""):
    return analyze(Article(article_id="a", title=title, text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy())


# (title, text, event type or None, sub-event type or None for any, checks on the first event)
CASES = [
    # Civic types: diplomacy, attribution, disasters, organized crime
    ('', 'Indonesian President Joko Widodo arrived in Beijing on Sunday for talks with Chinese leader Xi Jinping on trade and investment.', 'Diplomacy', 'Talks and visits', {'country': 'China'}),
    ('', "Kenya's foreign minister met his Somali counterpart in Nairobi to discuss border security and the withdrawal of African Union troops.", 'Diplomacy', 'Talks and visits', {'place': 'Nairobi'}),
    ("Brazil hosts Argentina's president for first official visit", 'Brazilian President Luiz Inacio Lula da Silva received his Argentine counterpart in Brasilia on Saturday, the first bilateral visit since the election.', 'Diplomacy', 'Talks and visits', {'place': 'Bras'}),
    ('', 'Armenian and Azerbaijani foreign ministers held two days of peace talks in Almaty, Kazakhstan, ending without a final deal.', 'Diplomacy', 'Talks and visits', {'country': 'Kazakhstan'}),
    ('', 'German Chancellor Olaf Scholz will travel to Vietnam next week to discuss energy cooperation, his office said on Monday.', 'Diplomacy', 'Talks and visits', {'modality': 'planned'}),
    ('', "Qatar's emir spoke by telephone with the Iranian president on Sunday about regional tensions, state news agency QNA reported.", 'Diplomacy', 'Talks and visits', {}),
    ('', 'The European Union on Monday imposed sanctions on six Russian officials over the death in custody of a prominent opposition figure.', 'Diplomacy', 'Sanctions and diplomatic measures', {}),
    ('Niger expels French ambassador', "Niger's military government ordered the French ambassador to leave the country within 48 hours, state television said.", 'Diplomacy', 'Sanctions and diplomatic measures', {}),
    ('', 'Colombia recalled its ambassador from Israel on Sunday in protest at the war in Gaza, the foreign ministry said.', 'Diplomacy', 'Sanctions and diplomatic measures', {}),
    ('', 'The US Treasury Department froze the assets of three Sudanese companies accused of financing the Rapid Support Forces.', 'Diplomacy', 'Sanctions and diplomatic measures', {}),
    ('', "Japan and the Philippines signed a defence pact in Manila on Monday allowing troops to deploy on each other's territory.", 'Diplomacy', 'Talks and visits', {'place': 'Manila'}),
    ('', 'Pope Francis received the Ukrainian president at the Vatican on Saturday for a 40-minute private audience.', 'Diplomacy', 'Talks and visits', {}),
    ('', "India's external affairs minister held talks with his Sri Lankan counterpart in Colombo on fishing rights and port investment.", 'Diplomacy', 'Talks and visits', {'place': 'Colombo'}),
    ('Algeria recalls envoy to Spain', 'Algeria recalled its ambassador to Madrid for consultations after Spain shifted its position on Western Sahara.', 'Diplomacy', 'Sanctions and diplomatic measures', {}),
    ('', "The Islamic State group claimed responsibility on Sunday for a bombing at a Shi'ite mosque in Kandahar, its Amaq news agency said.", 'Explosions/Remote violence', None, {'n': '2'}),
    ('', 'Al-Shabaab said it carried out the attack on a hotel in Mogadishu that killed at least 10 people, in a statement on a pro-group website.', 'Violence against civilians', 'Attack', {'n': '2', 'killed': '10'}),
    ('', 'The Baloch Liberation Army claimed responsibility for an attack on a convoy of Chinese engineers in Gwadar on Saturday.', 'Attribution', 'Claim of responsibility', {}),
    ('JNIM claims deadly ambush', 'The al Qaeda-linked group JNIM claimed the ambush on a military convoy in central Mali, according to SITE Intelligence Group.', 'Attribution', 'Claim of responsibility', {}),
    ('', 'The Houthis claimed responsibility for a missile attack on a commercial vessel in the Gulf of Aden, their military spokesman said in a televised statement.', 'Explosions/Remote violence', None, {'n': '2'}),
    ('', "The Pakistani Taliban denied involvement in Sunday's blast at a market in Peshawar.", 'Attribution', 'Claim of responsibility', {}),
    ('', 'Israel blamed Hezbollah for the rocket fire on the town of Metula on Saturday and said it would respond.', 'Explosions/Remote violence', None, {'modality': 'claimed'}),
    ("Sudan's army accuses RSF of massacre", "Sudan's army accused the paramilitary Rapid Support Forces of killing dozens of villagers in Al Jazira state.", 'Attribution', 'Accusation', {}),
    ('', 'Rwanda and Congo traded accusations on Sunday, with Kinshasa blaming Kigali-backed M23 rebels for shelling a camp near Goma.', 'Attribution', 'Accusation', {}),
    ('', "Islamic State's West Africa branch said it was behind the killing of 12 soldiers in Borno state, in a message on Telegram.", 'Attribution', 'Claim of responsibility', {}),
    ('', 'Azerbaijan accused Armenian forces of firing on its positions along the border, a charge Yerevan rejected.', 'Attribution', 'Accusation', {}),
    ('', 'A little-known group calling itself Saraya Awliya al-Dam claimed the rocket attack on a base hosting US troops in Erbil.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', {'n': '2'}),
    ('', 'A magnitude 6.1 earthquake struck off the coast of Papua New Guinea on Sunday, damaging houses in Wewak, officials said.', 'Natural disaster', 'Earthquake', {'country': 'Papua New Guinea'}),
    ('Strong quake rattles eastern Taiwan', 'A 5.8-magnitude tremor shook Hualien county early on Monday, with no immediate reports of casualties.', 'Natural disaster', 'Earthquake', {'country': 'Taiwan'}),
    ('Floods in southern Brazil kill 12', 'Torrential rains in Rio Grande do Sul state have killed at least 12 people and forced thousands from their homes.', 'Natural disaster', 'Flood/landslide', {'killed': '12', 'country': 'Brazil'}),
    ('', 'A landslide buried a village in Enga province, Papua New Guinea, on Friday, with hundreds feared dead.', 'Natural disaster', 'Flood/landslide', {'country': 'Papua New Guinea'}),
    ('', 'Flash floods swept through Baghlan province in northern Afghanistan, killing more than 300 people, the UN food agency said.', 'Natural disaster', 'Flood/landslide', {'country': 'Afghanistan'}),
    ('', 'Cyclone Remal made landfall on the coast of Bangladesh on Sunday night, killing at least seven people and cutting power to millions.', 'Natural disaster', 'Storm', {'country': 'Bangladesh', 'killed': '7'}),
    ('', 'A tornado tore through the town of Greenfield, Iowa, on Tuesday, killing four people and flattening dozens of homes.', 'Natural disaster', 'Storm', {'country': 'United States', 'killed': '4'}),
    ('', 'Wildfires burning near Fort McMurray in Alberta forced the evacuation of several neighbourhoods on Tuesday.', 'Natural disaster', 'Wildfire', {'country': 'Canada'}),
    ('', 'Firefighters battled a forest fire on the Greek island of Chios for a third day as winds fanned the flames.', 'Natural disaster', 'Wildfire', {'country': 'Greece'}),
    ('Heatwave kills dozens in Mali', 'Extreme heat in Bamako has killed at least 40 people over the past week, hospital officials said.', 'Natural disaster', 'Other natural hazard', {'country': 'Mali'}),
    ('', "Mount Ibu volcano on Indonesia's Halmahera island erupted on Monday, spewing ash five kilometres into the sky.", 'Natural disaster', 'Other natural hazard', {'country': 'Indonesia'}),
    ('', 'Lightning struck a group of farmers in Sirajganj district, killing three of them, police said.', 'Natural disaster', 'Other natural hazard', {'killed': '3', 'country': 'Bangladesh'}),
    ('', 'An avalanche hit a group of climbers on a glacier in the Swiss Alps, killing two of them, police in Valais said.', 'Natural disaster', 'Other natural hazard', {'killed': '2'}),
    ('', 'Heavy rains caused a mudslide in the hills of Ntungamo district in western Uganda, burying six homes and killing five people.', 'Natural disaster', 'Flood/landslide', {'killed': '5', 'country': 'Uganda'}),
    ('', 'Typhoon Ewiniar battered the eastern Philippines on Sunday, toppling trees and forcing the cancellation of ferry trips.', 'Natural disaster', 'Storm', {'country': 'Philippines'}),
    ('', 'An explosion at a chemical plant in Jiangsu province killed five workers and injured 12 on Monday, state media reported.', 'Man-made disaster', 'Industrial accident', {'killed': '5', 'injured': '12', 'country': 'China'}),
    ('Gas explosion in Nairobi', 'A gas tanker exploded in the Embakasi area of Nairobi late on Thursday, killing three people and injuring more than 270.', 'Man-made disaster', 'Industrial accident', {'country': 'Kenya'}),
    ('', "Four miners were killed when a coal mine collapsed in Zonguldak province, Turkey's disaster agency said.", 'Man-made disaster', 'Industrial accident', {'killed': '4', 'country': 'Turkey'}),
    ('', 'A bus carrying pilgrims plunged into a gorge in Jammu and Kashmir on Thursday, killing 22 people and injuring 57.', 'Man-made disaster', 'Transport accident', {'killed': '22', 'injured': '57', 'country': 'India'}),
    ('Train derails in Egypt', 'Two people died and 16 were hurt when a passenger train derailed near Zagazig in the Nile Delta.', 'Man-made disaster', 'Transport accident', {'killed': '2', 'country': 'Egypt'}),
    ('', 'A boat carrying migrants capsized off the coast of Djibouti, leaving at least 38 dead, the UN migration agency said.', 'Man-made disaster', 'Transport accident', {'killed': '38', 'country': 'Djibouti'}),
    ('', 'A small plane crashed shortly after take-off from an airfield near Nairobi, killing both pilots.', 'Man-made disaster', 'Transport accident', {'country': 'Kenya'}),
    ('Fire at Bangladesh shopping mall kills 46', "A fire swept through a seven-storey building housing restaurants in Dhaka's Bailey Road late on Thursday, killing 46 people.", 'Man-made disaster', 'Structural collapse/fire', {'killed': '46', 'country': 'Bangladesh'}),
    ('', 'A five-storey residential building collapsed in Lagos on Sunday, trapping several people under the rubble.', 'Man-made disaster', 'Structural collapse/fire', {'country': 'Nigeria'}),
    ('', 'Eight patients died when a fire broke out in the intensive care unit of a hospital in Jhansi, police said.', 'Man-made disaster', 'Structural collapse/fire', {'killed': '8', 'country': 'India'}),
    ('', 'At least 116 people were killed in a stampede at a religious gathering in Hathras district, Uttar Pradesh.', 'Man-made disaster', 'Crowd crush/stampede', {'killed': '116', 'country': 'India'}),
    ('', 'A crush at a food distribution point in Bukavu left seven people dead on Saturday, local authorities said.', 'Man-made disaster', 'Crowd crush/stampede', {'killed': '7'}),
    ('', 'Fire and explosions at a fuel depot in Conakry killed 13 people and forced thousands to flee.', 'Man-made disaster', 'Industrial accident', {'country': 'Guinea'}),
    ('', 'Two trains collided near Kanchanjunga station in West Bengal on Monday, killing at least nine people.', 'Man-made disaster', 'Transport accident', {'killed': '9', 'country': 'India'}),
    ('', 'A bridge collapsed in Baltimore after being struck by a container ship, sending several vehicles into the river.', 'Man-made disaster', 'Structural collapse/fire', {'country': 'United States'}),
    ('', 'Spanish police seized 4.5 tonnes of cocaine hidden in a shipment of bananas at the port of Algeciras, the largest haul this year.', 'Organized crime', 'Trafficking/smuggling', {'country': 'Spain'}),
    ('Ecuadorean navy intercepts drug boat', "Ecuador's navy intercepted a speedboat carrying 2 tonnes of cocaine off the Galapagos Islands and arrested four crew members.", 'Organized crime', 'Trafficking/smuggling', {'country': 'Ecuador'}),
    ('', 'Customs officers at Lagos airport intercepted a passenger who had swallowed 80 pellets of heroin, the anti-narcotics agency said.', 'Organized crime', 'Trafficking/smuggling', {'country': 'Nigeria'}),
    ('', 'Border guards in Bulgaria detained a truck driver smuggling 22 migrants hidden in a lorry carrying furniture.', 'Organized crime', 'Trafficking/smuggling', {'country': 'Bulgaria'}),
    ('', 'Cartel gunmen set up roadblocks and torched vehicles in Culiacan after the arrest of a senior Sinaloa cartel figure.', 'Organized crime', 'Gang/cartel activity', {'country': 'Mexico'}),
    ('', "Italian police arrested 56 suspected members of the 'Ndrangheta mafia in raids across Calabria on Tuesday, accused of extortion and drug trafficking.", 'Organized crime', 'Gang/cartel activity', {'country': 'Italy'}),
    ('', 'Swedish police say a wave of gang shootings in Stockholm is linked to a feud within the Foxtrot criminal network.', 'Organized crime', 'Gang/cartel activity', {'country': 'Sweden'}),
    ('', 'Indian coast guard seized 86 kg of methamphetamine from a Pakistani fishing boat off the Gujarat coast.', 'Organized crime', 'Trafficking/smuggling', {'country': 'India'}),
    ('', 'Police in Cape Town arrested three suspected gang members over a series of extortion attacks on taxi operators.', 'Organized crime', 'Gang/cartel activity', {'country': 'South Africa'}),
    ('', 'Kenyan wildlife officers seized 300 kg of ivory at Mombasa port bound for Vietnam and arrested two traders.', 'Organized crime', 'Trafficking/smuggling', {'country': 'Kenya'}),
    ('Ecuador prison gang leader escapes', 'Jose Adolfo Macias, alias Fito, leader of the Los Choneros gang, escaped from a prison in Guayaquil, the government said.', 'Organized crime', 'Gang/cartel activity', {'country': 'Ecuador'}),
    ('', 'Dutch police dismantled a synthetic drug laboratory in a barn in Brabant province and arrested three men.', 'Organized crime', 'Trafficking/smuggling', {}),
    ('', 'Members of the Tren de Aragua gang were arrested in Santiago on suspicion of kidnapping and extortion, Chilean prosecutors said.', 'Organized crime', 'Gang/cartel activity', {'country': 'Chile'}),
    # Civic types: aid, reconstruction, commemoration, public safety, announcements
    ('', 'A convoy of 20 World Food Programme trucks carrying flour entered northern Gaza through the Erez crossing on Sunday.', 'Humanitarian aid', 'Humanitarian mission', {'country': 'Palestinian Territory'}),
    ('Aid reaches Darfur', 'The first UN relief convoy in months reached El Fasher on Saturday, delivering medicines and food for 100,000 people.', 'Humanitarian aid', 'Humanitarian mission', {'place': 'El Fasher'}),
    ('', 'The Red Cross distributed food parcels and blankets to 3,000 displaced families in Cabo Delgado province this week.', 'Humanitarian aid', 'Humanitarian mission', {'country': 'Mozambique'}),
    ('', 'Doctors Without Borders opened a field hospital in Adre, Chad, to treat refugees fleeing the war in Sudan.', 'Humanitarian aid', 'Humanitarian mission', {'country': 'Chad'}),
    ('', "UNICEF delivered vaccines and nutrition supplies to health centres in Tigray's Mekelle on Friday.", 'Humanitarian aid', 'Humanitarian mission', {'country': 'Ethiopia'}),
    ('', 'Italian coast guard rescued 150 migrants from an overcrowded fishing boat south of Lampedusa on Sunday.', 'Humanitarian aid', 'Humanitarian mission', {'country': 'Italy'}),
    ('', "Jordan's air force carried out airdrops of food aid over Gaza City for a third consecutive day.", 'Humanitarian aid', 'Humanitarian mission', {}),
    ('', 'Authorities evacuated more than 10,000 residents from low-lying areas of Khulna ahead of the cyclone.', 'Humanitarian aid', 'Evacuation', {'country': 'Bangladesh'}),
    ('Evacuation ordered in Kharkiv border villages', 'Ukrainian officials ordered the evacuation of children and families from 10 villages in the Kharkiv region on Sunday.', 'Humanitarian aid', 'Evacuation', {'country': 'Ukraine'}),
    ('', 'Hundreds of patients were evacuated from the Al-Awda hospital in northern Gaza on Monday, the health ministry said.', 'Humanitarian aid', 'Evacuation', {}),
    ('', 'A Turkish ship carrying 2,000 tonnes of humanitarian aid docked at the Egyptian port of El Arish on Saturday.', 'Humanitarian aid', 'Humanitarian mission', {'country': 'Egypt'}),
    ('', 'The UN refugee agency relocated 1,200 South Sudanese refugees from the border to a new camp in Gambella region.', 'Humanitarian aid', 'Humanitarian mission', {'country': 'Ethiopia'}),
    ('', 'Residents of Canillo were moved to evacuation centres after rising river levels threatened their homes.', 'Humanitarian aid', 'Evacuation', {}),
    ('', 'Volunteers handed out hot meals and drinking water to families sheltering in schools after the floods in Porto Alegre.', 'Humanitarian aid', 'Humanitarian mission', {'country': 'Brazil'}),
    ('', 'Workers restored electricity to most of Odesa on Monday after Russian strikes damaged the grid last week.', 'Reconstruction', 'Repair/renovation', {'country': 'Ukraine'}),
    ("Mosul's Al-Nuri mosque reopens", 'The rebuilt Al-Nuri mosque in Mosul, destroyed by Islamic State fighters in 2017, was inaugurated after a six-year reconstruction.', 'Reconstruction', 'Repair/renovation', {'country': 'Iraq'}),
    ('', "Morocco has rebuilt more than 1,000 homes in the Al Haouz region damaged by last year's earthquake, the housing ministry said.", 'Reconstruction', 'Repair/renovation', {'country': 'Morocco'}),
    ('', 'Engineers repaired the damaged section of the Kakhovka road bridge and reopened it to light traffic on Sunday.', 'Reconstruction', 'Repair/renovation', {}),
    ('', 'Construction began on a new 800-metre bridge over the Niger River at Onitsha, the works minister said.', 'Reconstruction', 'Infrastructure works', {'country': 'Nigeria'}),
    ('Kenya opens new expressway', 'President William Ruto inaugurated a 27-km expressway linking Nairobi to the airport on Saturday.', 'Reconstruction', 'Infrastructure works', {'country': 'Kenya'}),
    ('', 'Tanzania commissioned a new standard-gauge railway line between Dar es Salaam and Morogoro on Monday.', 'Reconstruction', 'Infrastructure works', {'country': 'Tanzania'}),
    ('', 'The Pakistani government laid the foundation stone for a 1,200-megawatt hydropower plant in Khyber Pakhtunkhwa.', 'Reconstruction', 'Infrastructure works', {'country': 'Pakistan'}),
    ('', 'Water supply was restored to 60,000 residents of Hodeidah after repairs to the main pumping station, UNICEF said.', 'Reconstruction', 'Repair/renovation', {'country': 'Yemen'}),
    ('', "Turkey has completed 200,000 new homes for survivors of last year's earthquake in Hatay and Kahramanmaras, President Erdogan said.", 'Reconstruction', 'Repair/renovation', {}),
    ('', "Workers broke ground on a new children's hospital in Kigali funded by a Chinese loan.", 'Reconstruction', 'Infrastructure works', {'country': 'Rwanda'}),
    ('', "Crews repaired the main water pipeline to Benghazi that was damaged in last week's floods.", 'Reconstruction', 'Repair/renovation', {'country': 'Libya'}),
    ('', 'The Philippine government opened a new bridge connecting Samar and Leyte provinces, cutting travel time by an hour.', 'Reconstruction', 'Infrastructure works', {'country': 'Philippines'}),
    ('', "Rebuilding of schools destroyed in Cyclone Freddy has started in Malawi's Chiradzulu district, the education ministry said.", 'Reconstruction', 'Repair/renovation', {'country': 'Malawi'}),
    ('Rwanda marks 30 years since genocide', 'President Paul Kagame lit a flame at the Kigali Genocide Memorial on Sunday to mark the 30th anniversary of the genocide.', 'Commemoration', 'Ceremony', {'country': 'Rwanda'}),
    ('', 'Thousands gathered in Srebrenica on Thursday to mark the anniversary of the 1995 massacre and bury 14 newly identified victims.', 'Commemoration', 'Ceremony', {'country': 'Bosnia and Herzegovina'}),
    ('', 'Israel observed a two-minute silence on Monday as sirens sounded across the country for Memorial Day.', 'Commemoration', 'Ceremony', {}),
    ('', 'A monument to the victims of the 2015 Paris attacks was unveiled near the Bataclan concert hall on Saturday.', 'Commemoration', 'Monument/memorial', {'country': 'France'}),
    ('', 'Families of victims of the Grenfell Tower fire held a silent walk in west London to mark seven years since the blaze.', 'Commemoration', 'Ceremony', {'country': 'United Kingdom'}),
    ('Nepal holds memorial service', 'Hundreds attended a memorial service in Kathmandu on Saturday for the 72 people killed in the Yeti Airlines crash a year ago.', 'Commemoration', 'Ceremony', {'country': 'Nepal'}),
    ('', "Lebanon marked the anniversary of the Beirut port explosion with a march by victims' relatives to the port.", 'Commemoration', 'Ceremony', {'country': 'Lebanon'}),
    ('', 'Kenya unveiled a statue of marathon world record holder Kelvin Kiptum in Eldoret on Saturday.', 'Commemoration', 'Monument/memorial', {'country': 'Kenya'}),
    ('', "Ukraine declared a day of national mourning after the missile strike on a children's hospital in Kyiv.", 'Commemoration', 'Ceremony', {'country': 'Ukraine'}),
    ('', 'A memorial to the 39 Vietnamese migrants who died in a lorry in Essex was inaugurated in the town of Grays.', 'Commemoration', 'Monument/memorial', {'country': 'United Kingdom'}),
    ('', 'Armenians laid flowers at the Tsitsernakaberd memorial in Yerevan to commemorate the victims of the 1915 killings.', 'Commemoration', 'Ceremony', {'country': 'Armenia'}),
    ('', 'Japan honoured the dead of the Hiroshima atomic bombing with a moment of silence at 8.15 a.m. on Tuesday.', 'Commemoration', 'Ceremony', {'country': 'Japan'}),
    ('', 'Chile remembered the victims of the 1973 coup on its 51st anniversary with a ceremony at La Moneda palace.', 'Commemoration', 'Ceremony', {'country': 'Chile'}),
    ('', 'A plaque honouring the journalists killed in the Charlie Hebdo attack was unveiled on Rue Nicolas-Appert in Paris.', 'Commemoration', 'Monument/memorial', {'country': 'France'}),
    ('', 'Nairobi county launched a programme to install 2,000 CCTV cameras in the central business district to reduce crime.', 'Public safety programme', 'Public safety programme', {'country': 'Kenya'}),
    ('Tokyo holds earthquake drill', 'More than 10,000 people took part in an earthquake evacuation drill in Tokyo on Sunday.', 'Public safety programme', 'Public safety programme', {'country': 'Japan'}),
    ('', "Israel's Home Front Command distributed new guidelines and opened public bomb shelters in Haifa ahead of possible attacks.", 'Public safety programme', 'Public safety programme', {'country': 'Israel'}),
    ('', 'Authorities in Lviv installed sirens and an air-raid warning system in schools, the mayor said.', 'Public safety programme', 'Public safety programme', {'country': 'Ukraine'}),
    ('', 'Demining teams cleared 300 landmines from farmland near Kharkiv this month, the emergency service said.', 'Public safety programme', 'Public safety programme', {'country': 'Ukraine'}),
    ('', 'The Netherlands is raising sea walls along the Zeeland coast as part of a programme to protect towns from storm surges.', 'Public safety programme', 'Public safety programme', {'country': 'The Netherlands'}),
    ('', 'Mexico City police unveiled a facial recognition system at metro stations to help find missing people and curb crime.', 'Public safety programme', 'Public safety programme', {'country': 'Mexico'}),
    ('Bogota launches road safety campaign', 'The mayor of Bogota launched a road safety campaign to cut traffic deaths among motorcyclists.', 'Public safety programme', 'Public safety programme', {'country': 'Colombia'}),
    ('', 'The Philippines held a nationwide simultaneous earthquake drill on Thursday, with schools and offices taking part.', 'Public safety programme', 'Public safety programme', {'country': 'Philippines'}),
    ('', 'Lagos state government unveiled a neighbourhood watch scheme across 20 local council areas to tackle burglaries.', 'Public safety programme', 'Public safety programme', {'country': 'Nigeria'}),
    ('', 'Indonesia installed a new tsunami warning system with 30 buoys off the coast of Sumatra.', 'Public safety programme', 'Public safety programme', {'country': 'Indonesia'}),
    ('', "Cambodia's mine action centre said deminers had cleared 12 square kilometres of land in Battambang province this year.", 'Public safety programme', 'Public safety programme', {'country': 'Cambodia'}),
    ('', 'Police in Johannesburg rolled out more street patrols and surveillance cameras in Hillbrow as part of a safe city initiative.', 'Public safety programme', 'Public safety programme', {'country': 'South Africa'}),
    ('', 'Bangladesh is building 500 new cyclone shelters along its coast to protect communities from storms, officials said.', 'Public safety programme', 'Public safety programme', {'country': 'Bangladesh'}),
    ('', 'Labour inspectors closed two garment factories in Phnom Penh after an inspection found blocked fire exits.', 'Official announcement/inspection', 'Inspection', {'country': 'Cambodia'}),
    ('PM visits flood-hit areas', 'Prime Minister Anthony Albanese visited flood-affected areas of northern New South Wales on Sunday.', 'Official announcement/inspection', 'Inspection', {'country': 'Australia'}),
    ('', 'Health inspectors shut down 14 restaurants in Accra after finding unsanitary conditions, the food and drugs authority said.', 'Official announcement/inspection', 'Inspection', {'country': 'Ghana'}),
    ('', 'The governor toured the damaged areas of Maiduguri on Monday to assess the extent of destruction caused by the floods.', 'Official announcement/inspection', 'Inspection', {'country': 'Nigeria'}),
    ('', 'Engineers carried out a damage assessment of the Taipei buildings cracked by the earthquake.', 'Official announcement/inspection', 'Inspection', {'country': 'Taiwan'}),
    ('', 'The government of Sri Lanka announced that all schools will remain closed on Tuesday because of severe weather.', 'Official announcement/inspection', 'Announcement', {'country': 'Sri Lanka'}),
    ('', "Kenya's interior ministry announced new restrictions on public gatherings in Nairobi ahead of the budget vote.", 'Official announcement/inspection', 'Announcement', {'country': 'Kenya'}),
    ('', 'Indian authorities announced a ban on the export of onions until further notice, the commerce ministry said.', 'Official announcement/inspection', 'Announcement', {}),
    ('Ukraine lowers conscription age', 'President Volodymyr Zelenskiy signed a law lowering the mobilisation age from 27 to 25, his office announced.', 'Official announcement/inspection', 'Announcement', {'country': 'Ukraine'}),
    ('', 'The Nigerian government declared a three-day public holiday to mark the end of Ramadan, the interior minister announced.', 'Official announcement/inspection', 'Announcement', {}),
    ('', 'Inspectors from the transport ministry visited the site of the bridge collapse in Quang Ninh province.', 'Official announcement/inspection', 'Inspection', {'country': 'Vietnam'}),
    ('', 'Thailand announced it will extend visa-free entry for tourists from 93 countries starting in June.', 'Official announcement/inspection', 'Announcement', {}),
    ('', "Egypt's cabinet announced new measures to reduce power cuts, including earlier shop closing times.", 'Official announcement/inspection', 'Announcement', {'country': 'Egypt'}),
    ('', 'The mayor of Izmir inspected the quake-damaged buildings in Bayrakli district on Saturday.', 'Official announcement/inspection', 'Inspection', {'country': 'Turkey'}),
    ('', "Pakistan's interior minister announced a curfew in Peshawar and deployment of the army during Muharram processions.", 'Strategic developments', 'Change to group/activity', {'country': 'Pakistan'}),
    # Rare ACLED sub-event types
    ('', 'Syrian activists said government forces dropped chlorine-filled barrel bombs on the town of Kafr Zita, causing dozens of cases of suffocation.', 'Explosions/Remote violence', 'Chemical weapon', {'country': 'Syria'}),
    ('Ukraine says Russia used chemical agents', "Ukraine's military said Russian troops used grenades filled with toxic gas against its positions near Bakhmut on Sunday.", 'Explosions/Remote violence', 'Chemical weapon', {'country': 'Ukraine'}),
    ('', 'Residents of Douma reported a poison gas attack on Saturday night that killed at least 40 people, rescue workers said.', 'Explosions/Remote violence', 'Chemical weapon', {'killed': '40'}),
    ('', 'Russian forces fired munitions containing the riot-control agent CS at Ukrainian trenches near Avdiivka, the Ukrainian army said.', 'Explosions/Remote violence', 'Chemical weapon', {}),
    ('Sudanese army accused of chemical weapon use', "US officials said Sudan's army used chemical weapons at least twice last year against the RSF in remote areas.", 'Explosions/Remote violence', 'Chemical weapon', {}),
    ('', 'Medics in Idlib treated 30 people for breathing difficulties after shells releasing a chlorine-like gas hit the village of Saraqeb.', 'Explosions/Remote violence', 'Chemical weapon', {'country': 'Syria'}),
    ('', 'A nerve agent attack on a rebel-held suburb of Damascus killed dozens, according to opposition medics.', 'Explosions/Remote violence', 'Chemical weapon', {'country': 'Syria'}),
    ('', 'A suicide bomber blew himself up at a checkpoint in Mogadishu on Sunday, killing at least five people including two soldiers.', 'Explosions/Remote violence', 'Suicide bomb', {'country': 'Somalia'}),
    ('', 'Two female suicide bombers detonated explosives at a wedding in Gwoza, Borno state, killing 18 people.', 'Explosions/Remote violence', 'Suicide bomb', {'killed': '18', 'country': 'Nigeria'}),
    ('', 'At least 50 people were killed when a suicide bomber struck a Sufi mosque in Mastung district during a religious procession.', 'Explosions/Remote violence', 'Suicide bomb', {'killed': '50', 'country': 'Pakistan'}),
    ('', "A suicide car bomb exploded outside a military base in Mali's Kidal region, the army said.", 'Explosions/Remote violence', 'Suicide bomb', {'country': 'Mali'}),
    ('', 'An attacker wearing an explosive vest detonated it outside the Russian embassy in Kabul, killing two embassy staff.', 'Explosions/Remote violence', 'Suicide bomb', {'country': 'Afghanistan'}),
    ('', "In Iraq, a suicide bomber targeted a Shia pilgrimage in Baghdad's Kadhimiya district, killing 12 pilgrims.", 'Explosions/Remote violence', 'Suicide bomb', {'killed': '12', 'country': 'Iraq'}),
    ('', 'Police in Quetta said a suicide bomber riding a motorcycle struck a police truck, wounding 11 officers.', 'Explosions/Remote violence', 'Suicide bomb', {'injured': '11', 'country': 'Pakistan'}),
    ('', 'An unidentified man threw a grenade into a bar in Bujumbura on Saturday night, wounding seven people.', 'Explosions/Remote violence', 'Grenade', {'injured': '7', 'country': 'Burundi'}),
    ('Grenade attack in Kashmir', "Militants lobbed a grenade at a police patrol in Srinagar's Lal Chowk area, injuring two policemen and a civilian.", 'Explosions/Remote violence', 'Grenade', {'country': 'India'}),
    ('', 'Two people died when a hand grenade was tossed into a crowded market in Cotabato City, police said.', 'Explosions/Remote violence', 'Grenade', {'killed': '2', 'country': 'Philippines'}),
    ('', 'A grenade exploded outside a nightclub in Malmo early on Sunday, damaging the entrance but causing no injuries.', 'Explosions/Remote violence', 'Grenade', {'country': 'Sweden'}),
    ('', "Assailants hurled a grenade at the home of a local councillor in Manipur's Imphal East district.", 'Explosions/Remote violence', 'Grenade', {'country': 'India'}),
    ('', 'Police said attackers threw a grenade at a bus station in Juba, killing one person and wounding four.', 'Explosions/Remote violence', 'Grenade', {'killed': '1', 'injured': '4', 'country': 'South Sudan'}),
    ('', 'A hand grenade was thrown into the compound of a church in Kasese on Sunday, injuring six worshippers.', 'Explosions/Remote violence', 'Grenade', {'injured': '6', 'country': 'Uganda'}),
    ('', 'Gunmen on a motorbike threw a grenade at a police station in Guayaquil overnight.', 'Explosions/Remote violence', 'Grenade', {'country': 'Ecuador'}),
    ('', 'RSF fighters raped at least 20 women and girls during an attack on a village near El Geneina, a rights group said.', 'Violence against civilians', 'Sexual violence', {'country': 'Sudan'}),
    ('Soldiers accused of raping women in eastern Congo', 'Three soldiers were arrested after raping two women in a village near Beni, the army said.', 'Violence against civilians', 'Sexual violence', {'country': 'Democratic Republic of the Congo'}),
    ('', 'Militiamen sexually assaulted several displaced women at a camp outside Bunia, the UN mission said.', 'Violence against civilians', 'Sexual violence', {}),
    ('', 'Gunmen abducted and gang-raped a schoolgirl in Zamfara state on Friday, police said.', 'Violence against civilians', 'Sexual violence', {'country': 'Nigeria'}),
    ('', 'Police officers raped a detained protester in a station in Lahore, her lawyer said.', 'Violence against civilians', 'Sexual violence', {'country': 'Pakistan'}),
    ('', 'Human Rights Watch said Ethiopian troops committed mass rape against women in the Tigray town of Shire.', 'Violence against civilians', 'Sexual violence', {'country': 'Ethiopia'}),
    ('', 'Al-Shabaab militants raped a woman in Lower Shabelle region after accusing her husband of spying.', 'Violence against civilians', 'Sexual violence', {'country': 'Somalia'}),
    ('', 'Armed men sexually assaulted two female aid workers at a checkpoint near Kadugli on Sunday.', 'Violence against civilians', 'Sexual violence', {'country': 'Sudan'}),
    ('', 'The Nigerian army said it recaptured the town of Malam Fatori in Borno state from Islamic State fighters after heavy fighting.', 'Battles', 'Government regains territory', {'country': 'Nigeria'}),
    ('Somali forces retake town', 'Somali government troops retook the town of Harardhere from al-Shabaab on Sunday, the defence ministry said.', 'Battles', 'Government regains territory', {'country': 'Somalia'}),
    ('', "Mali's army and its Russian allies regained control of Kidal from Tuareg rebels after a week-long offensive.", 'Battles', 'Government regains territory', {'country': 'Mali'}),
    ('', 'Congolese troops recaptured the village of Kibumba from M23 rebels on Saturday, army spokesman said.', 'Battles', 'Government regains territory', {'country': 'Democratic Republic of the Congo'}),
    ('', 'Ethiopian federal forces regained control of Lalibela from Fano militia fighters on Monday.', 'Battles', 'Government regains territory', {'country': 'Ethiopia'}),
    ('', "Sudan's army said it had taken back control of the state broadcaster building in Omdurman from the RSF.", 'Battles', 'Government regains territory', {'country': 'Sudan'}),
    ('', 'Mozambican and Rwandan troops cleared the town of Mocimboa da Praia of insurgents.', 'Battles', 'Government regains territory', {'country': 'Mozambique'}),
    ('', 'Myanmar junta troops recaptured Myawaddy from resistance forces after a counteroffensive.', 'Battles', 'Government regains territory', {'country': 'Myanmar'}),
    ('', "Myanmar's Arakan Army seized the town of Buthidaung in Rakhine state after weeks of fighting with junta troops.", 'Battles', 'Non-state actor overtakes territory', {'country': 'Myanmar'}),
    ('M23 rebels take control of Rubaya mining town', 'M23 rebels captured Rubaya, home to major coltan mines, on Tuesday after the army withdrew.', 'Battles', 'Non-state actor overtakes territory', {'country': 'Democratic Republic of the Congo'}),
    ('', 'Al-Shabaab militants overran a military base in Galgaduud region on Monday, seizing weapons and vehicles.', 'Battles', 'Non-state actor overtakes territory', {'country': 'Somalia'}),
    ('', 'The RSF said it had taken full control of Wad Madani, the capital of Al Jazira state, after the army pulled out.', 'Strategic developments', 'Non-violent transfer of territory', {'country': 'Sudan'}),
    ('', "Jihadist fighters seized the town of Djibo's outskirts and a gendarmerie post on Sunday, security sources said.", 'Battles', 'Non-state actor overtakes territory', {'country': 'Burkina Faso'}),
    ('', 'Houthi fighters captured several villages in Marib province from government forces, local officials said.', 'Battles', 'Non-state actor overtakes territory', {'country': 'Yemen'}),
    ('', 'Gangs took control of the town of Mirebalais after attacking its police station and prison.', 'Battles', 'Non-state actor overtakes territory', {'country': 'Haiti'}),
    ('', 'Tuareg rebels overran an army outpost at Bourem, killing several soldiers and seizing the camp.', 'Battles', 'Non-state actor overtakes territory', {'country': 'Mali'}),
    ('', 'Wagner fighters set up a new base at the airport in Menaka, local sources said.', 'Strategic developments', 'Headquarters or base established', {'country': 'Mali'}),
    ('Militants establish camp in forest', 'Boko Haram fighters established a new camp in the Sambisa forest near Bama, residents told Reuters.', 'Strategic developments', 'Headquarters or base established', {'country': 'Nigeria'}),
    ('', 'The Islamic State group set up a headquarters in a school in the village of Mbau after the army withdrew.', 'Strategic developments', 'Headquarters or base established', {}),
    ('', 'Al-Shabaab militants established a base in the village of Qansaxley and began collecting taxes from residents.', 'Strategic developments', 'Headquarters or base established', {'country': 'Somalia'}),
    ('', 'Armed bandits have set up camps in Shiroro forest, from where they launch raids on nearby villages, the police said.', 'Strategic developments', 'Headquarters or base established', {'country': 'Nigeria'}),
    ('', "Rebel fighters opened a new operations centre in the former governor's office in Bunagana.", 'Strategic developments', 'Headquarters or base established', {}),
    ('', 'Russian troops established a forward base in the village of Kozacha Lopan in Kharkiv region.', 'Strategic developments', 'Headquarters or base established', {'country': 'Ukraine'}),
    ('', 'The army withdrew from its positions in Bourem without a fight, leaving the town to the rebels.', 'Strategic developments', 'Non-violent transfer of territory', {'country': 'Mali'}),
    ('French troops hand over last base in Niger', 'French forces handed over their last base in Niamey to the Nigerien army on Friday.', 'Strategic developments', 'Non-violent transfer of territory', {'country': 'Niger'}),
    ('', 'UN peacekeepers handed over the Ber camp in northern Mali to the Malian armed forces.', 'Strategic developments', 'Non-violent transfer of territory', {'country': 'Mali'}),
    ('', 'Government troops abandoned the town of Kalehe without resistance as M23 fighters approached.', 'Strategic developments', 'Non-violent transfer of territory', {}),
    ('', 'Local elders negotiated the surrender of the village of Ceel Dheer to al-Shabaab, which entered without firing a shot.', 'Strategic developments', 'Non-violent transfer of territory', {'country': 'Somalia'}),
    ('', 'Rebels withdrew from the town of Kitshanga under a ceasefire deal, allowing government forces to enter unopposed.', 'Strategic developments', 'Non-violent transfer of territory', {}),
    ('', 'US forces completed the withdrawal from the Airbase 101 in Niamey, handing it to Nigerien authorities.', 'Strategic developments', 'Non-violent transfer of territory', {'country': 'Niger'}),
    ("Sudan's warring parties sign truce", 'The army and the RSF signed a short-term ceasefire agreement in Jeddah on Saturday, mediators said.', 'Strategic developments', 'Agreement', {}),
    ('', "Colombia's government and the ELN rebels agreed to extend their ceasefire by six months at talks in Caracas.", 'Strategic developments', 'Agreement', {}),
    ('', "Ethiopia's government and the Oromo Liberation Army signed a peace deal in Dar es Salaam, ending years of conflict.", 'Strategic developments', 'Agreement', {}),
    ('', "Rival militias in Tripoli agreed to withdraw from the capital's streets under a deal brokered by the interior ministry.", 'Strategic developments', 'Agreement', {}),
    ('', 'Israel and Hamas agreed to a four-day truce and the exchange of 50 hostages for 150 Palestinian prisoners.', 'Strategic developments', 'Agreement', {}),
    ('', 'Armed groups in Central African Republic signed a disarmament agreement with the government in Bangui on Monday.', 'Strategic developments', 'Agreement', {}),
    ('', 'Two rival clans in Galmudug agreed to a ceasefire after elders mediated talks in Dhusamareb.', 'Strategic developments', 'Agreement', {'country': 'Somalia'}),
    ('', 'RSF fighters looted shops and homes in the town of El Gezira Aba, residents said.', 'Strategic developments', 'Looting/property destruction', {'country': 'Sudan'}),
    ('Gunmen torch homes in Plateau', 'Armed men burned dozens of houses in the village of Mangu overnight, though residents had fled, police said.', 'Strategic developments', 'Looting/property destruction', {'country': 'Nigeria'}),
    ('', "Militants set fire to a girls' school in North Waziristan on Wednesday night; no one was hurt.", 'Strategic developments', 'Looting/property destruction', {'country': 'Pakistan'}),
    ('', 'Soldiers looted a warehouse of the World Food Programme in Kaya, the agency said.', 'Strategic developments', 'Looting/property destruction', {'country': 'Burkina Faso'}),
    ('', 'Settlers set fire to cars and houses in the Palestinian village of Huwara, the Palestinian health ministry said.', 'Strategic developments', 'Looting/property destruction', {}),
    ('', 'Al-Shabaab fighters destroyed telecommunication masts in Bay region, cutting mobile networks.', 'Strategic developments', 'Looting/property destruction', {'country': 'Somalia'}),
    ('', 'Armed men ransacked the offices of an aid group in Goma and stole vehicles and computers.', 'Strategic developments', 'Looting/property destruction', {}),
    ('', 'Unidentified men vandalised a mosque and burned copies of the Koran in the town of Jaranwala.', 'Strategic developments', 'Looting/property destruction', {'country': 'Pakistan'}),
    ('', 'Police fired tear gas to disperse students protesting against fee increases in Nairobi on Tuesday.', 'Protests', 'Protest with intervention', {'country': 'Kenya'}),
    ('Georgian police break up rally', 'Riot police used water cannon and pepper spray to break up a protest against the foreign agents bill outside parliament in Tbilisi.', 'Protests', 'Protest with intervention', {'country': 'Georgia'}),
    ('', 'Police detained dozens of demonstrators at a pro-Palestinian rally in Berlin on Saturday.', 'Protests', 'Protest with intervention', {'country': 'Germany'}),
    ('', 'Senegalese security forces dispersed opposition supporters who gathered in Dakar to protest the postponement of the election.', 'Protests', 'Protest with intervention', {'country': 'Senegal'}),
    ('', 'Police in Istanbul blocked and detained May Day marchers trying to reach Taksim Square.', 'Protests', 'Protest with intervention', {'country': 'Turkey'}),
    ('', 'Security forces used batons to disperse a sit-in by unemployed graduates in Rabat, injuring several.', 'Protests', 'Protest with intervention', {'country': 'Morocco'}),
    ('', 'Police arrested 40 climate activists who blocked a motorway in The Hague.', 'Protests', 'Protest with intervention', {'country': 'The Netherlands'}),
    ('', 'Bangladeshi police fired rubber bullets and tear gas at students demonstrating over job quotas in Dhaka.', 'Protests', 'Protest with intervention', {'country': 'Bangladesh'}),
    ('', 'Kenyan police shot dead at least five protesters during demonstrations against tax hikes in Nairobi on Tuesday.', 'Protests', 'Excessive force against protesters', {'country': 'Kenya', 'killed': '5'}),
    ('Security forces open fire on protesters', "Troops opened fire on demonstrators in Niger's capital Niamey, killing three, witnesses said.", 'Protests', 'Excessive force against protesters', {'country': 'Niger'}),
    ('', 'Iranian security forces killed a teenage protester in Zahedan during Friday prayers protests, rights groups said.', 'Protests', 'Excessive force against protesters', {'country': 'Iran'}),
    ('', 'Police in Mozambique shot dead two people during post-election protests in Maputo, a rights group said.', 'Protests', 'Excessive force against protesters', {'country': 'Mozambique', 'killed': '2'}),
    ('', 'Soldiers fired live rounds at peaceful demonstrators in Mandalay, killing six.', 'Protests', 'Excessive force against protesters', {'country': 'Myanmar', 'killed': '6'}),
    ('', 'Guinean security forces killed two young men during a protest against power cuts in Conakry.', 'Protests', 'Excessive force against protesters', {'country': 'Guinea'}),
    ('Protesters killed in Bangladesh', 'At least 25 people were killed as police fired live ammunition at student protesters in Dhaka.', 'Protests', 'Excessive force against protesters', {'country': 'Bangladesh'}),
    ('', 'Police in Kampala beat protesters with batons and fired live bullets, killing one demonstrator.', 'Protests', 'Excessive force against protesters', {'country': 'Uganda'}),
    # Look-alikes of the classes fixed: each must keep its own coding
    ('', 'Police fired tear gas at protesters who gathered outside parliament in Nairobi.', 'Protests', 'Protest with intervention', {}),
    ('', 'A chlorine leak at a water treatment plant in Gujarat injured five workers on Monday.', 'Man-made disaster', 'Industrial accident', {}),
    ('', 'Gunmen killed 12 villagers and raped several women in an attack on a village in Zamfara state.', 'Violence against civilians', 'Attack', {}),
    ('', 'A court in Cape Town sentenced a former police officer to 15 years for the rape of a teenager in 2019.', None, None, {}),
    ('', 'Thousands of people held a peaceful protest in Belgrade on Saturday against lithium mining.', 'Protests', 'Peaceful protest', {}),
    ('', 'The technology company opened a new headquarters in Dublin on Monday, creating 500 jobs.', None, None, {}),
    ('', "Sudan's army and the RSF signed a ceasefire agreement in Jeddah.", 'Strategic developments', 'Agreement', {}),
    ('', 'Kenya and the United Arab Emirates signed a trade agreement worth $2 billion on Tuesday.', 'Diplomacy', None, {}),
    ('', 'The cyclone destroyed mobile phone towers and power lines across the island of Mauritius.', 'Natural disaster', 'Storm', {}),
    ('', 'The home side took back control of the game in the second half and won 3-1.', None, None, {}),
    ('', 'The army claimed a drone strike killed 20 militants in the district.', 'Explosions/Remote violence', 'Air/drone strike', {}),
    ('', 'Nobody claimed the attack in Kabul that killed 5 people.', 'Violence against civilians', None, {}),
    ('', 'An explosion at an ammunition depot in Kharkiv region was caused by a Russian drone strike, officials said.', 'Explosions/Remote violence', None, {}),
    ('', 'Customs officers at Entebbe airport seized 120 kg of ivory hidden in suitcases.', 'Organized crime', 'Trafficking/smuggling', {}),
    ('', 'Ivory Coast beat Nigeria 2-1 to win the Africa Cup of Nations final in Abidjan.', None, None, {}),
    ('', 'Opposition supporters marched in a procession through the centre of Lome to demand electoral reform.', 'Protests', 'Peaceful protest', {}),
    ('', 'Shia mourners held a Muharram procession in Karachi under tight security.', None, None, {}),
    ('', 'Norwegian runner Jakob Ingebrigtsen smashed the 3,000m world record in Silesia.', None, None, {}),
    ('', 'Hurricane Beryl made landfall in Texas on Monday, killing three people and cutting power to 2 million homes.', 'Natural disaster', 'Storm', {}),
    ('', 'President Ruto visited the site of the Mai Mahiu flood on Thursday to assess the damage.', 'Official announcement/inspection', 'Inspection', {}),
    ('', 'Floods swept through the town of Mai Mahiu on Monday, killing 45 people.', 'Natural disaster', 'Flood/landslide', {}),
    ('', 'A bridge collapsed in Quang Ninh province on Sunday, sending two trucks into the river.', 'Man-made disaster', 'Structural collapse/fire', {}),
    ('', 'Lithuania expelled a Russian diplomat after two activists were attacked in Vilnius.', 'Diplomacy', 'Sanctions and diplomatic measures', {}),
    ('', 'The leader of the Barrio 18 gang escaped from a prison in Guatemala City on Sunday.', 'Organized crime', 'Gang/cartel activity', {}),
    ('', 'Bosnians gathered in Potocari to commemorate the victims of the 1995 Srebrenica massacre.', 'Commemoration', 'Ceremony', {}),
    ('', 'A documentary about the 1994 genocide premiered at the Kigali film festival.', None, None, {}),
    ('', 'The government announced it will extend the state subsidy on fuel until December.', 'Official announcement/inspection', 'Announcement', {}),
    ('', 'The law firm signed a new lease on an office in London.', None, None, {}),
    ('', 'Rebels entered the town of Kalemie unopposed after soldiers abandoned their positions.', 'Strategic developments', 'Non-violent transfer of territory', {}),
    ('', 'Volunteers handed out food parcels to hundreds of displaced families in Kharkiv.', 'Humanitarian aid', 'Humanitarian mission', {}),
    ('', 'Deminers cleared unexploded shells from farmland in southern Lebanon.', 'Public safety programme', 'Public safety programme', {}),
    ('', 'Two deminers were killed when a landmine exploded in a field near Kherson.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', {}),
    # Out of scope: sport, markets, entertainment, forecasts, obituaries, launches, civil rulings
    ('', 'Real Madrid beat Borussia Dortmund 2-0 in the Champions League final at Wembley on Saturday, with Vinicius Junior scoring the second goal.', None, None, {}),
    ('Sinner storms into Roland Garros semis', 'Jannik Sinner beat Grigor Dimitrov in straight sets to reach the semi-finals in Paris.', None, None, {}),
    ('', 'Kolkata Knight Riders crushed Sunrisers Hyderabad by eight wickets to win the IPL title in Chennai.', None, None, {}),
    ('Verstappen takes pole in Imola', 'Max Verstappen clinched pole position for the Emilia Romagna Grand Prix with a last-gasp lap on Saturday.', None, None, {}),
    ('', 'The Boston Celtics blew out the Indiana Pacers 126-110 to take a 2-0 lead in the Eastern Conference finals.', None, None, {}),
    ('', "Nigeria's Super Eagles fired their coach after a string of poor results in World Cup qualifiers.", None, None, {}),
    ('', "Bayer Leverkusen's unbeaten run ended with a 3-0 defeat to Atalanta in the Europa League final in Dublin.", None, None, {}),
    ('', 'Kenyan runner Faith Kipyegon smashed the 1500m world record at the Paris Diamond League meeting.', None, None, {}),
    ('', "Japan's Nikkei share average rose 1.2% on Monday, led by chip stocks after strong results from Nvidia.", None, None, {}),
    ('Oil prices fall as US crude stocks build', 'Brent crude futures fell 80 cents to $82.10 a barrel on Monday after a surprise rise in US inventories.', None, None, {}),
    ('', 'The Nigerian naira slumped to a record low against the dollar on the official market on Friday.', None, None, {}),
    ('', 'Shares of Tesla tumbled 8% after the carmaker reported weaker-than-expected deliveries.', None, None, {}),
    ('', 'The Bank of England held interest rates at 5.25% on Thursday but signalled cuts could come soon.', None, None, {}),
    ('', 'Gold hit a record high above $2,400 an ounce as investors bet on US rate cuts.', None, None, {}),
    ('Taylor Swift plays sold-out Lisbon show', "Taylor Swift performed to 60,000 fans at Lisbon's Estadio da Luz on Friday on the European leg of her Eras tour.", None, None, {}),
    ('', 'The Cannes Film Festival awarded its Palme d\'Or to Sean Baker\'s "Anora" on Saturday night.', None, None, {}),
    ('', "Beyonce's new album debuted at number one on the Billboard 200 chart this week.", None, None, {}),
    ('', "Netflix's new war drama about the siege of Sarajevo tops streaming charts in 40 countries.", None, None, {}),
    ('', 'Switzerland\'s Nemo won the Eurovision Song Contest in Malmo with the song "The Code".', None, None, {}),
    ('', 'Weather: Sunny spells and scattered showers expected across London today, highs of 19C.', None, None, {}),
    ('', 'The Met Office forecast a warm, dry weekend for most of England, with temperatures reaching 24C on Sunday.', None, None, {}),
    ('', 'Kenya Meteorological Department predicts light rains in Nairobi this week, with temperatures between 13 and 25 degrees.', None, None, {}),
    ('', 'Forecasters expect an above-average Atlantic hurricane season this year, with up to 25 named storms, NOAA said.', None, None, {}),
    ('Renowned Nigerian novelist dies at 88', 'The author of "Things Fall Apart"-era classics died peacefully at his home in Enugu after a long illness, his family said.', None, None, {}),
    ('', 'Former South African president F.W. de Klerk died of cancer at his home in Cape Town aged 85, his foundation said.', None, None, {}),
    ('', 'Legendary Bollywood actor dies at 92 after a brief illness in Mumbai, his family said.', None, None, {}),
    ('Former Chelsea manager dies aged 77', 'Terry Venables, who coached England at Euro 96, has died after a long illness, his family said.', None, None, {}),
    ('', 'Apple unveiled a new iPad Pro with an M4 chip at an event in Cupertino on Tuesday.', None, None, {}),
    ('Samsung launches new foldable phones', 'Samsung Electronics launched two new foldable smartphones at an event in Paris on Wednesday.', None, None, {}),
    ('', 'Toyota unveiled a new electric SUV for the Chinese market at the Beijing auto show.', None, None, {}),
    ('', 'OpenAI released a new version of its chatbot that can talk in real time, the company said on Monday.', None, None, {}),
    ('Kenyan start-up launches solar-powered motorbike', 'A Nairobi firm launched an electric motorbike aimed at delivery riders.', None, None, {}),
    ('', 'A New York jury ordered Donald Trump to pay $83 million to writer E. Jean Carroll for defamation.', None, None, {}),
    ('', "Britain's Supreme Court ruled that Uber drivers are workers entitled to minimum wage and holiday pay.", None, None, {}),
    ('', "A judge in Delaware struck down Elon Musk's $56 billion pay package at Tesla in a shareholder lawsuit.", None, None, {}),
    ('', "South Africa's High Court ruled in favour of a group of farmers in a land dispute with a mining company in Limpopo.", None, None, {}),
    ('EU court fines Google', 'The European Court of Justice upheld a 2.4 billion euro fine against Google for abusing its dominance in shopping searches.', None, None, {}),
    ('', 'A Paris court ordered a fashion house to pay damages to a former model over unpaid fees.', None, None, {}),
    ('', "Kenya's Court of Appeal ruled that the Finance Act 2023 was unconstitutional and void.", None, None, {}),
    ('', 'Manchester City fought back to beat Tottenham 2-0 and move within a win of the title, with Erling Haaland scoring twice.', None, None, {}),
    ('', 'The Indian cricket team was bowled out for 46 by New Zealand in the first Test in Bangalore.', None, None, {}),
    ('', "Arsenal's striker was sent off for a second yellow card in a bruising derby against Chelsea.", None, None, {}),
]


@pytest.mark.parametrize(("title", "text", "event_type", "sub_event_type", "checks"), CASES)
def test_fresh_snippet_is_coded_as_a_reader_would(title: str, text: str, event_type: str | None, sub_event_type: str | None, checks: dict) -> None:
    found = events(text, title)
    first = found[0] if found else None
    assert (first.event_type if first else None) == event_type
    if first is None:
        return
    if sub_event_type is not None:
        assert first.sub_event_type == sub_event_type
    location = first.location
    for key, want in checks.items():
        if key == "n":
            assert len(found) == int(want)
        elif key == "place":
            assert location is not None and want.lower() in (location.name or "").lower()
        elif key == "country":
            assert location is not None and location.country == want
        elif key in ("killed", "injured"):
            got = getattr(first.casualties, key) if first.casualties else None
            got = got if got is None or isinstance(got, int) else getattr(got, "min", got)
            assert str(got) == want
        elif key == "modality":
            assert first.modality == want


def test_a_claim_naming_its_act_is_the_act_then_the_claim() -> None:
    found = events("Al-Shabaab said it carried out the attack on a hotel in Mogadishu that killed at least 10 people, in a statement on a pro-group website.")
    assert [e.event_type for e in found] == ["Violence against civilians", "Attribution"]
    assert found[1].sub_event_type == "Claim of responsibility" and found[1].modality == "claimed"
    assert found[1].casualties is None  # the toll is the act's


def test_a_claimed_ambush_is_a_claim() -> None:
    found = events("The al Qaeda-linked group JNIM claimed the ambush on a military convoy in central Mali, according to SITE Intelligence Group.")
    assert "Attribution" in [e.event_type for e in found]


def test_nobody_claiming_keeps_the_attack() -> None:
    found = events("Nobody claimed the rocket attack on the base in Erbil that wounded three soldiers.")
    assert found and found[0].event_type != "Attribution"


def test_a_commemoration_of_an_old_killing_is_todays_ceremony() -> None:
    found = events("Armenians laid flowers at the Tsitsernakaberd memorial in Yerevan to commemorate the victims of the 1915 killings.")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Commemoration", "Ceremony")]
    assert found[0].casualties is None

