"""Wire leads naming districts, rivers and namesakes abroad: the place a reader would code, or none rather than a wrong one."""

from __future__ import annotations

import pytest

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

CASES = [
    # A district abroad does not beat the article's country: Catatumbo is also a municipality of Venezuela's Zulia.
    ('CUCUTA, Colombia (Reuters) - Fighting between ELN rebels and FARC dissidents in the Catatumbo region has killed at least 80 people, officials said on Sunday.',
     'Norte de Santander', 'Colombia'),
    ('BOGOTA (Reuters) - Colombian troops clashed with ELN guerrillas in the Catatumbo area near the Venezuelan border on Tuesday, killing four rebels.',
     None, 'Colombia'),
    # A district named like a town elsewhere: the district word, or the article's country, tells which.
    ('JAYAPURA, Indonesia (AP) — Separatist rebels killed two construction workers in Puncak regency, Papua, on Wednesday.', 'Papua', 'Indonesia'),
    ('Communist rebels ambushed soldiers in Samar on Tuesday, the Philippine army said.', 'Eastern Visayas', 'Philippines'),
    # A town named like its district stays the town, in the district's region.
    ('JAKARTA (Reuters) - An earthquake struck Cianjur regency in West Java on Monday, killing 300 people.', 'West Java', 'Indonesia'),
    ('RAIPUR, India (AP) — Security forces killed 12 Maoist rebels in a gunfight in Bijapur district on Thursday, police said.', 'Chhattisgarh', 'India'),
    ('QUETTA, Pakistan (AP) — Gunmen killed nine bus passengers in the Zhob district of Balochistan province on Friday.', 'Balochistan', 'Pakistan'),
    # A region whose name holds "and" is read whole, not as its last word ("Baluchestan" alone would be Pakistan's).
    ('Gunmen attacked a police station in Sistan and Baluchestan province on Friday, killing five officers.', 'Sistan and Baluchestan', 'Iran'),
    # A town near a country's border is beside that country, not in it.
    ('KAMPALA (Reuters) - ADF rebels killed 40 students at a school in Mpondwe near the Congo border.', 'Western Region', 'Uganda'),
    # A river named like a country is not that country.
    ('A boat carrying traders capsized on the Niger river on Friday, killing 20 people, emergency officials said.', None, None),
    ('LAGOS (Reuters) - Gunmen attacked fishermen on the Benue river on Friday, killing 7, police said.', 'Benue', 'Nigeria'),
    # People and bodies named like places stay people and bodies.
    ('BOGOTA (AP) — Senator Miguel Uribe was shot at a campaign rally in Bogota on Saturday.', 'Bogota D.C.', 'Colombia'),
    ('MEXICO CITY (AP) — The Sinaloa cartel\'s factions clashed in Culiacan on Sunday, leaving 10 dead.', 'Sinaloa', 'Mexico'),
]


@pytest.mark.parametrize(("text", "admin1", "country"), CASES)
def test_lead_is_placed_where_a_reader_would_place_it(text: str, admin1: str | None, country: str | None) -> None:
    events = analyze(Article(article_id="a", title="", text=text, content_hash="h"), load_taxonomy())
    assert events
    location = events[0].location
    assert (location.admin1 if location else None, location.country if location else None) == (admin1, country)


def test_a_region_is_not_read_as_a_town_known_by_its_name_only_as_another_name() -> None:
    # GeoNames lists "Bihar" among the other names of the town Bihar Sharif; the text means the state.
    events = analyze(Article(article_id="a", title="", text="Lightning killed 11 farmers in Bihar on Thursday.", content_hash="h"), load_taxonomy())
    assert events[0].location is not None
    assert (events[0].location.name, events[0].location.precision) == ("Bihar", 3)
