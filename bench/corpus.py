"""Synthetic feed articles for the benchmark: varied event reports, exact and near duplicates, feed-sized lengths."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from schemas import RawArticle

PLACES = [
    ("Kharkiv", "Ukraine"), ("Odesa", "Ukraine"), ("Aleppo", "Syria"), ("Idlib", "Syria"), ("Mogadishu", "Somalia"),
    ("Mosul", "Iraq"), ("Kabul", "Afghanistan"), ("Lagos", "Nigeria"), ("Maiduguri", "Nigeria"), ("Bamako", "Mali"),
    ("Tripoli", "Libya"), ("Sanaa", "Yemen"), ("Karachi", "Pakistan"), ("Peshawar", "Pakistan"), ("Goma", "Congo"),
    ("Khartoum", "Sudan"), ("Manila", "Philippines"), ("Lima", "Peru"), ("Bogota", "Colombia"), ("Nairobi", "Kenya"),
    ("Dhaka", "Bangladesh"), ("Beirut", "Lebanon"), ("Kursk", "Russia"), ("Jakarta", "Indonesia"), ("Izmir", "Turkey"),
    ("Dnipro", "Ukraine"), ("Zaporizhzhia", "Ukraine"), ("Homs", "Syria"), ("Basra", "Iraq"), ("Kirkuk", "Iraq"),
    ("Kandahar", "Afghanistan"), ("Herat", "Afghanistan"), ("Kano", "Nigeria"), ("Abuja", "Nigeria"), ("Gao", "Mali"),
    ("Benghazi", "Libya"), ("Aden", "Yemen"), ("Lahore", "Pakistan"), ("Quetta", "Pakistan"), ("Bukavu", "Congo"),
    ("Kinshasa", "Congo"), ("Omdurman", "Sudan"), ("Davao", "Philippines"), ("Medellin", "Colombia"), ("Cali", "Colombia"),
    ("Mombasa", "Kenya"), ("Chittagong", "Bangladesh"), ("Tyre", "Lebanon"), ("Belgorod", "Russia"), ("Surabaya", "Indonesia"),
    ("Ankara", "Turkey"), ("Addis Ababa", "Ethiopia"), ("Mekelle", "Ethiopia"), ("Juba", "South Sudan"), ("Niamey", "Niger"),
    ("Ouagadougou", "Burkina Faso"), ("Port-au-Prince", "Haiti"), ("Caracas", "Venezuela"), ("Mandalay", "Myanmar"),
    ("Yangon", "Myanmar"), ("Gaza", "Palestine"), ("Tehran", "Iran"), ("Baghdad", "Iraq"), ("Damascus", "Syria"),
]  # fmt: skip
GROUPS = ["government forces", "rebel fighters", "the army", "militants", "police", "local militia", "insurgents"]
PUBLISHERS = ["Wire Service", "Daily Courier", "Regional Times", "Evening Post", "Global Desk", "Metro Herald"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

LEADS = {
    "shelling": "Artillery shelling hit residential districts of {place}, {country} on {day}, killing {n} civilians and wounding {m} others, officials said.",
    "drone": "A drone strike hit a fuel depot on the outskirts of {place} on {day}, starting a fire that burned for hours; {n} workers were injured.",
    "airstrike": "Warplanes carried out air strikes on villages near {place} on {day}, and local medics said {n} people were killed.",
    "clash": "Fierce clashes broke out between {group} and {group2} near {place}, {country} on {day}, leaving {n} fighters dead.",
    "ied": "A roadside bomb exploded near a checkpoint in {place} on {day}, killing {n} soldiers, the defence ministry said.",
    "abduction": "Gunmen abducted {n} aid workers on the road to {place} late on {day}, according to local police.",
    "protest": "Hundreds of teachers protested peacefully outside the regional parliament in {place} on {day}, demanding {n} percent higher pay.",
    "riot": "Demonstrators clashed with police in {place} on {day}, throwing stones and burning tyres; {n} people were arrested.",
    "quake": "A magnitude {mag} earthquake struck near {place}, {country} on {day}, collapsing buildings and killing at least {n} people.",
    "flood": "Flash floods swept through {place} on {day} after days of heavy rain, displacing {m} families and killing {n}.",
    "fire": "A fire tore through a textile factory in {place} on {day}, killing {n} workers; investigators suspect faulty wiring.",
    "talks": "Foreign ministers met in {place} on {day} for talks on a ceasefire and the exchange of prisoners, diplomats said.",
    "aid": "A convoy of {n} trucks carrying food and medicine reached {place} on {day}, the United Nations said.",
    "rebuild": "Authorities in {place} began repairs of the bridge and the water station damaged last year, with work due to finish in {n} months.",
    "memorial": "Residents of {place} gathered on {day} to commemorate the victims of the attack, and the mayor unveiled a monument.",
    "crime": "Police in {place} arrested {n} members of a drug trafficking gang on {day} and seized weapons and cash.",
    "safety": "The city of {place} launched a Safe City programme on {day}, installing {m} surveillance cameras and emergency call points.",
    "inspection": "The governor inspected the damaged hospital in {place} on {day} and promised compensation to {n} families.",
    "sports": "The home side won the league match in {place} on {day} by {n} goals to one in front of a full stadium.",
    "business": "Shares of the largest bank in {place} rose {n} percent on {day} after it reported higher quarterly profit.",
}  # fmt: skip
FILLER = [
    "The city has been under curfew since last month, and residents say shortages of fuel and medicine are worsening.",
    "Local officials told reporters that schools would stay closed until further notice while repairs are carried out.",
    "Analysts say the situation remains unclear and the coming days will show whether talks can resume.",
    "Prices of bread and cooking oil have doubled in the local market, traders said, blaming the closure of main roads.",
    "A spokesman for the regional administration said emergency services were working at the scene throughout the night.",
    "Witnesses described long queues at the only open pharmacy, where stocks of insulin and antibiotics were running low.",
    "The ministry said it would publish a full account once the investigation was complete, without giving a date.",
    "Rights groups called for an independent inquiry and urged all sides to protect civilians and infrastructure.",
    "Electricity was cut in several districts, and the operator said it could take days to restore supply everywhere.",
    "Farmers in the surrounding villages said they had not been able to reach their fields for weeks.",
    "The opposition accused the authorities of hiding the real toll, a charge the government denied.",
    "Humanitarian agencies said funding for the region covered less than a third of what was needed this year.",
    "Footage shared on social media showed smoke rising over the industrial area, though it could not be verified.",
    "Residents said the last such incident happened in the spring, when a market was damaged and several shops burned.",
]  # fmt: skip
MIN_CHARS, MAX_CHARS = 300, 8000
MEDIAN_CHARS = 900
"""Log-normal lengths around this median, clipped to 0.3–8 KB: about 1.2 KB on average, like feed entries."""


@dataclass(frozen=True)
class CorpusMix:
    """Shares of exact duplicates and near-duplicates among generated articles."""

    exact: float = 0.30
    near: float = 0.10


def _length(rng: random.Random) -> int:
    return int(min(MAX_CHARS, max(MIN_CHARS, rng.lognormvariate(0, 0.75) * MEDIAN_CHARS)))


def _lead(rng: random.Random, kind: str) -> str:
    place, country = rng.choice(PLACES)
    group, group2 = rng.sample(GROUPS, 2)
    return LEADS[kind].format(
        place=place, country=country, day=rng.choice(WEEKDAYS), n=rng.randint(2, 40), m=rng.randint(10, 900),
        group=group, group2=group2, mag=f"{rng.uniform(4.5, 7.8):.1f}",
    )  # fmt: skip


def _text(rng: random.Random, index: int) -> str:
    kinds = list(LEADS)
    parts = [_lead(rng, rng.choice(kinds))]
    if rng.random() < 0.25:
        parts.append(_lead(rng, rng.choice(kinds)))  # a second event in the same article
    target = _length(rng)
    size = sum(len(p) + 1 for p in parts)
    while size < target:
        sentence = rng.choice(FILLER)
        parts.append(sentence)
        size += len(sentence) + 1
    parts.append(f"Reference {index}.")  # every unique article differs from every other
    paragraphs, step = [], rng.randint(2, 4)
    for start in range(0, len(parts), step):
        paragraphs.append(" ".join(parts[start : start + step]))
    return "\n\n".join(paragraphs)


def _near_copy(rng: random.Random, original: RawArticle, index: int) -> RawArticle:
    """The same story re-sent: a changed sentence and an update line, under a new URL, often by another publisher."""
    sentences = original.text.split(". ")
    if len(sentences) > 3:
        sentences[rng.randrange(1, len(sentences) - 1)] = rng.choice(FILLER).rstrip(".")
    text = ". ".join(sentences) + f"\n\nUpdated {rng.randint(1, 12)} hours later with new details ({index})."
    publisher = rng.choice(PUBLISHERS) if rng.random() < 0.5 else original.publisher
    return RawArticle(
        text=text, title=original.title, url=f"https://news.example/{publisher and publisher.split()[0].lower()}/{index}",
        guid=f"bench-{index}", published_at=original.published_at, publisher=publisher, feed=original.feed,
    )  # fmt: skip


def generate(count: int, *, seed: int = 7, mix: CorpusMix = CorpusMix()) -> list[RawArticle]:
    """``count`` raw articles: unique reports, exact duplicates and near-duplicates of earlier ones, in feed order."""
    rng = random.Random(seed)
    start = datetime(2024, 5, 20, 6, tzinfo=timezone.utc)
    out: list[RawArticle] = []
    uniques: list[RawArticle] = []
    for index in range(count):
        roll = rng.random()
        if uniques and roll < mix.exact:
            out.append(rng.choice(uniques[-2000:]))
            continue
        if uniques and roll < mix.exact + mix.near:
            out.append(_near_copy(rng, rng.choice(uniques[-2000:]), index))
            continue
        text = _text(rng, index)
        publisher = rng.choice(PUBLISHERS)
        article = RawArticle(
            text=text,
            title=text.split(". ")[0][:90],
            url=f"https://news.example/{publisher.split()[0].lower()}/{index}",
            guid=f"bench-{index}",
            published_at=start + timedelta(minutes=3 * index),  # 20,000 articles span six weeks of news
            publisher=publisher,
            feed=f"https://news.example/{publisher.split()[0].lower()}/rss",
        )
        uniques.append(article)
        out.append(article)
    return out


def mean_chars(articles: list[RawArticle]) -> float:
    """Average text length."""
    return sum(len(a.text) for a in articles) / max(1, len(articles))
