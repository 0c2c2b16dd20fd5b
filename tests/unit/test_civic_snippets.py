"""Wire and feed snippets of the civic event types (and their look-alikes) coded as a reader would, with place, day and toll."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)  # a Friday


def events(text: str, title: str = ""):
    return analyze(Article(article_id="a", title=title, text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy())


CASES = [
    # Diplomacy
    ("MEXICO CITY (AP) — Mexican and U.S. officials agreed on Friday to step up cooperation against arms trafficking after a meeting in Mexico City between Secretary of State Marco Rubio and President Claudia Sheinbaum.", 'Diplomacy', 'Talks and visits', 'occurred'),
    ("BEIJING (Reuters) - Chinese President Xi Jinping received Vietnamese Communist Party chief To Lam in Beijing on Wednesday, pledging closer ties.", 'Diplomacy', 'Talks and visits', 'occurred'),
    # Attribution
    ("QUETTA, Pakistan (AFP) - The Baloch Liberation Army said it was behind an attack on a passenger train in Balochistan on Tuesday.", 'Attribution', 'Claim of responsibility', 'claimed'),
    ("NEW DELHI (Reuters) - India on Thursday blamed the Pakistan-based militant group Lashkar-e-Taiba for an attack on tourists in Pahalgam that killed 26 people.", 'Attribution', 'Accusation', 'claimed'),
    ("MEXICO CITY (Reuters) - President Claudia Sheinbaum on Monday blamed a faction of the Jalisco New Generation Cartel for the murder of the mayor of Uruapan.", 'Attribution', 'Accusation', 'claimed'),
    # Disasters and their look-alikes
    ("AHMEDABAD, India (Reuters) - An Air India Boeing 787 bound for London crashed shortly after take-off from Ahmedabad on Thursday, killing 241 people.", 'Man-made disaster', 'Transport accident', 'occurred'),
    ("AMARAVATI, India (PTI) - Nine devotees were killed and 13 injured in a stampede at a temple in Srikakulam district of Andhra Pradesh on Saturday.", 'Man-made disaster', 'Crowd crush/stampede', 'occurred'),
    ("MULTAN, Pakistan (AFP) - Pakistan's batting collapsed on Friday as they were bowled out for 120 by England in the second Test in Multan.", None, None, None),
    ("JAKARTA (Reuters) - Defence Minister Prabowo Subianto won Indonesia's presidential election in a landslide, the election commission said on Wednesday.", None, None, None),
    ("LAGOS, Nigeria (Reuters) - Lagos state launched a flood early warning system on Tuesday that will send text alerts to residents of low-lying districts.", 'Public safety programme', 'Public safety programme', 'occurred'),
    ("WASHINGTON (AP) — Republicans and Democrats dug in for a bruising budget battle on Tuesday as a government shutdown loomed.", None, None, None),
    # Organized crime
    ("BANGKOK (Reuters) - Thai authorities took in more than 260 people freed from scam compounds in Myanmar's Myawaddy on Wednesday.", 'Organized crime', 'Gang/cartel activity', 'occurred'),
    ("RIO DE JANEIRO (Reuters) - Brazilian police launched a major operation against the Comando Vermelho drug gang in Rio de Janeiro on Tuesday, arresting 81 suspects.", 'Organized crime', 'Gang/cartel activity', 'occurred'),
    ("NEW DELHI (PTI) - Delhi Police busted a cyber fraud gang running a fake call centre in Noida on Monday, arresting 38 people.", 'Organized crime', 'Gang/cartel activity', 'occurred'),
    # Humanitarian aid
    ("NEW DELHI (PTI) - India dispatched 15 tonnes of relief material, including tents, blankets and medicines, to earthquake-hit Myanmar on Saturday.", 'Humanitarian aid', 'Humanitarian mission', 'occurred'),
    ("ADRE, Chad (AP) — The U.N. refugee agency began relocating 20,000 Sudanese refugees from the border town of Adre to camps further inland on Monday.", 'Humanitarian aid', 'Humanitarian mission', 'occurred'),
    ("PORT-AU-PRINCE (AP) — Aid groups distributed food and water to thousands of people displaced by gang violence in Port-au-Prince on Thursday.", 'Humanitarian aid', 'Humanitarian mission', 'occurred'),
    ("MAIDUGURI, Nigeria (Reuters) - Doctors Without Borders opened a cholera treatment centre in Borno state on Monday as cases surged after floods.", 'Humanitarian aid', 'Humanitarian mission', 'occurred'),
    # Reconstruction
    ("MEXICO CITY (Reuters) - Mexico will build a 1,500-km passenger railway from Mexico City to Nuevo Laredo, the government said on Wednesday.", 'Reconstruction', 'Infrastructure works', 'planned'),
    ("KANO, Nigeria (Premium Times) - Governor Abba Yusuf on Monday commissioned a 50-bed general hospital in Kano's Dala local government area.", 'Reconstruction', 'Infrastructure works', 'occurred'),
    # Commemoration
    ("DENPASAR, Indonesia (AP) — Survivors and relatives gathered in Kuta on Saturday to remember the 202 people killed in the 2002 Bali bombings.", 'Commemoration', 'Ceremony', 'occurred'),
    ("Mumbai pays tribute to 26/11 victims\nMUMBAI (PTI) - Mumbai paid tribute on Wednesday to the 166 people killed in the 26/11 terror attacks, with wreaths laid at the police memorial.", 'Commemoration', 'Ceremony', 'occurred'),
    ("SREBRENICA, Bosnia (Reuters) - Thousands of people gathered in Srebrenica on Friday to bury the newly identified remains of seven victims of the 1995 massacre.", 'Commemoration', 'Ceremony', 'occurred'),
    # Public safety and inspections
    ("TAIPEI (Reuters) - Taiwan held its annual air raid drill on Wednesday, with streets in Taipei cleared of traffic for 30 minutes as sirens sounded.", 'Public safety programme', 'Public safety programme', 'occurred'),
    ("LONDON (AP) — British police will deploy live facial recognition cameras in seven more cities to help catch wanted criminals, the Home Office said on Wednesday.", 'Public safety programme', 'Public safety programme', 'planned'),
    ("NEW DELHI (PTI) - Delhi Traffic Police launched a month-long road safety campaign on Monday aimed at cutting deaths from drink-driving.", 'Public safety programme', 'Public safety programme', 'occurred'),
    ("NAIROBI (Capital FM) - President William Ruto on Saturday inspected construction works on the Standard Gauge Railway extension in Naivasha.", 'Official announcement/inspection', 'Inspection', 'occurred'),
    ("JAKARTA (Antara) - Jakarta Governor Pramono Anung inspected pumping stations and flood gates in North Jakarta on Tuesday ahead of the rainy season.", 'Official announcement/inspection', 'Inspection', 'occurred'),
    ("NEW DELHI (Reuters) - India's government announced on Friday a ban on onion exports until March to curb soaring domestic prices.", 'Official announcement/inspection', 'Announcement', 'occurred'),
    ("WASHINGTON (Reuters) - The U.S. Treasury on Thursday imposed sanctions on six leaders of the Sinaloa Cartel accused of trafficking fentanyl into the United States.", 'Diplomacy', 'Sanctions and diplomatic measures', 'occurred'),
    ("MINNA, Nigeria (AP) — A fuel tanker exploded as people tried to scoop petrol from it after it overturned in Niger state on Saturday, killing 98 people.", 'Man-made disaster', 'Industrial accident', 'occurred'),
    ("RIYADH (AFP) - Four pilgrims died in a crush at a packed ritual site in Mina on Friday, the Saudi health ministry said.", 'Man-made disaster', 'Crowd crush/stampede', 'occurred'),
    ("BENGHAZI, Libya (Reuters) - U.N. agencies airlifted medical supplies and body bags to Derna on Wednesday, days after floods swept away entire neighbourhoods.", 'Humanitarian aid', 'Humanitarian mission', 'occurred'),
    ("JAKARTA (Reuters) - Indonesian authorities evacuated about 2,000 residents from villages near Mount Ruang on Thursday after raising the volcano's alert to the highest level.", 'Humanitarian aid', 'Evacuation', 'occurred'),
    ("ILOILO, Philippines (PNA) - Officials broke ground on Friday on a 13-km bridge linking Panay and Guimaras islands.", 'Reconstruction', 'Infrastructure works', 'occurred'),
    ("Election landslide gives Labour huge majority\nLONDON (Reuters) - Labour won a landslide in Britain's general election, securing a majority of 174 seats.", None, None, None),
    ("MAIDUGURI, Nigeria (Reuters) - Islamic State West Africa Province said it carried out Sunday's attack on a military base in Borno's Marte, in a statement posted on Telegram.", 'Attribution', 'Claim of responsibility', 'claimed'),
    ("MANILA (Reuters) - Canada and the Philippines signed a defence pact on Sunday allowing their troops to hold joint military exercises in each other's territory.", 'Diplomacy', 'Talks and visits', 'occurred'),
    ("DHAKA (AFP) - Bangladesh moved thousands of Rohingya refugees to cyclone shelters in Cox's Bazar on Saturday as Cyclone Mocha approached.", 'Humanitarian aid', 'Evacuation', 'occurred'),
    ("CIANJUR, Indonesia (Antara) - Education Minister Abdul Mu'ti inspected schools damaged by the earthquake in Cianjur on Tuesday and promised funds for repairs.", 'Official announcement/inspection', 'Inspection', 'occurred'),
    ("LONDON (Reuters) - Opposition lawmakers fired back on Wednesday after the prime minister launched an attack on their budget plans.", None, None, None),
    ("Heatwave warning issued for Spain\nMADRID (Reuters) - Spain's weather agency issued heat warnings for most of the country on Friday, forecasting temperatures of up to 44 C over the weekend.", None, None, None),
    ("CEBU, Philippines (PNA) - President Ferdinand Marcos Jr. visited evacuation centres in Cebu on Thursday and inspected the damage left by Typhoon Kalmaegi.", 'Official announcement/inspection', 'Inspection', 'occurred'),
    # Accidents, hazards and measures told in words of their own
    ("ENUGU, Nigeria (AP) — A tanker truck carrying fuel exploded on a highway near Enugu on Saturday, killing 18 people, the road safety agency said.", 'Man-made disaster', 'Industrial accident', 'occurred'),
    ("PATNA, India (PTI) - Lightning killed 11 farmers in Bihar on Thursday, the state disaster management department said.", 'Natural disaster', 'Other natural hazard', 'occurred'),
    ("The first aid ship carrying 200 tonnes of food arrived in Gaza on Friday via a maritime corridor from Cyprus.", 'Humanitarian aid', 'Humanitarian mission', 'occurred'),
    ("NAIROBI (Reuters) - Health inspectors shut down 12 restaurants in Nairobi on Wednesday after a cholera outbreak, the county said.", 'Official announcement/inspection', 'Inspection', 'occurred'),
    ("VIENNA (Reuters) - The IAEA inspected the Zaporizhzhia nuclear plant on Thursday and found no heavy weapons on site, its chief said.", 'Official announcement/inspection', 'Inspection', 'occurred'),
    ("LAGOS (Reuters) - Authorities in Lagos launched a campaign to install 2,000 streetlights to curb night-time robberies, the governor said on Tuesday.", 'Public safety programme', 'Public safety programme', 'occurred'),
    ("KYIV (Reuters) - Ukraine accused Russia on Tuesday of deporting children from occupied Kherson region.", 'Attribution', 'Accusation', 'claimed'),
    # What a clause tells as context is not the event: a strike last week, a simulated attack, what an accuser calls the act
    ("ODESA (Reuters) - Crews repaired the damaged section of the Kyiv-Odesa highway on Wednesday after a missile strike last week.", 'Reconstruction', 'Repair/renovation', 'occurred'),
    ("LVIV, Ukraine (AP) — The city of Lviv held a civil defence drill on Saturday simulating a chemical attack.", 'Public safety programme', 'Public safety programme', 'occurred'),
    ("MOSCOW (Reuters) - Russia blamed Ukraine for a drone attack on the Kremlin, calling it an assassination attempt on President Putin.", 'Attribution', 'Accusation', 'claimed'),
    ("PESHAWAR, Pakistan (Reuters) - The Pakistani Taliban said in a statement it carried out Tuesday's attack on a police post in Bannu.", 'Attribution', 'Claim of responsibility', 'claimed'),
    ("QUITO (Reuters) - Ecuadorian police captured the leader of the Los Lobos gang in a raid in Guayaquil on Saturday.", 'Organized crime', 'Gang/cartel activity', 'occurred'),
    # An authority looking at damage is inspecting it, not destroying property
    ("BELGOROD, Russia (TASS) - The governor inspected damaged houses in the village of Tetkino on Saturday and promised compensation to residents.", 'Official announcement/inspection', 'Inspection', 'occurred'),
    ("BENIN CITY, Nigeria - Health ministry inspectors visited the general hospital on Monday after complaints about unpaid staff.", 'Official announcement/inspection', 'Inspection', 'occurred'),
    # People hidden in a vehicle are being smuggled; envoys expelled are diplomacy; a vote to build is a plan
    ("TRIPOLI (Reuters) - Libyan border guards intercepted a truck carrying 60 migrants concealed under sacks of flour near Ghat on Sunday.", 'Organized crime', 'Trafficking/smuggling', 'occurred'),
    ("QUITO (Reuters) - Mexico expelled Ecuador's ambassador on Friday after police raided its embassy.", 'Diplomacy', 'Sanctions and diplomatic measures', 'occurred'),
    ("SOMA, Turkey - The town council voted to erect a memorial to the miners killed in the 2014 disaster.", 'Commemoration', 'Monument/memorial', 'planned'),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type", "modality"), CASES)
def test_civic_snippet_is_coded_as_a_reader_would(text: str, event_type: str | None, sub_event_type: str | None, modality: str | None) -> None:
    title, _, body = text.partition("\n") if "\n" in text else ("", "", text)
    found = events(body, title)
    first = found[0] if found else None
    got = (first.event_type, first.sub_event_type, first.modality) if first else (None, None, None)
    assert got == (event_type, sub_event_type, modality)


def test_a_headline_alone_is_read_too() -> None:
    assert [(e.event_type, e.modality) for e in events("", "Flooding forecast for Mumbai this weekend")] == [("Natural disaster", "planned")]
    assert events("", "Heavy rain forecast for Mumbai this weekend") == []  # the weather foretold, no disaster


def test_a_monument_to_soldiers_killed_fighting_is_no_battle() -> None:
    found = events("ABUJA, Nigeria (Reuters) - Nigeria unveiled a monument in Abuja on Monday to soldiers killed fighting Boko Haram in the northeast.")
    assert [e.event_type for e in found] == ["Commemoration"]


def test_a_commemoration_carries_no_toll_of_the_event_it_remembers() -> None:
    found = events("PARIS (AFP) - France on Thursday marked 10 years since the November 13 attacks, in which jihadists killed 130 people, with ceremonies in Paris.")
    assert [e.event_type for e in found] == ["Commemoration"]
    assert found[0].casualties is None
    assert found[0].location is not None and found[0].location.name == "Paris"


def test_a_date_naming_a_memorial_is_no_day() -> None:
    found = events("NEW YORK (AP) — Family members read the names of nearly 3,000 victims at the Sept. 11 memorial in New York on Thursday.")
    assert (found[0].event_type, found[0].sub_event_type) == ("Commemoration", "Ceremony")
    assert found[0].occurred is not None and str(found[0].occurred.date) == "2026-11-19"


def test_a_toll_amounting_to_soldiers_killed_is_still_read() -> None:
    found = events("Losses of the Armed Forces of Ukraine in the Kupyansk direction per day amounted to 100 soldiers killed and wounded")
    assert found


def test_an_accusation_of_killing_is_told_besides_the_killing() -> None:
    found = events("PORT SUDAN (Reuters) - Sudan's army-led government on Tuesday accused the Rapid Support Forces of killing more than 200 civilians in El Fasher.")
    assert "Attribution" in [e.event_type for e in found]


@pytest.mark.parametrize(("text", "place", "country"), [
    ("KANO, Nigeria (AP) — A bus collided with a truck on the Kano-Zaria highway on Sunday, killing 18 passengers.", "Kano", "Nigeria"),
    ("ACCRA, Ghana (Reuters) - Ghana expelled two Burkinabe diplomats on Monday, the foreign ministry said.", "Accra", "Ghana"),
    ("WAYANAD, India (PTI) - Massive landslides buried several villages in Kerala's Wayanad district early on Tuesday, killing at least 93 people.", "Kerala", "India"),
])
def test_a_short_dateline_and_a_region_owning_a_district_are_read_as_places(text: str, place: str, country: str) -> None:
    location = events(text)[0].location
    assert location is not None
    assert place in (location.name, location.admin1) and location.country == country


def test_a_wind_named_after_a_place_is_no_place() -> None:
    location = events("LOS ANGELES (AP) — A fast-moving wildfire fanned by Santa Ana winds forced 30,000 people to evacuate in Ventura County on Wednesday.")[0].location
    assert location is not None and location.name != "Santa Ana" and location.admin1 == "California"
