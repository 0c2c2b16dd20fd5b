"""Sentence splitting with exact offsets, and grouping sentences into event mentions."""

from __future__ import annotations

from schemas import Article
from worker.pipeline.analyze import analyze
from worker.pipeline.classify import classify_mention, score_sentences
from worker.pipeline.segment import group_mentions, split_sentences
from worker.taxonomy import load_taxonomy


def test_offsets_index_the_text_exactly() -> None:
    text = "  Gen. Smith arrived in the U.S. on Monday. He met Dr. J. Brown at 5 p.m. today!\nNext line here.  "
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Gen. Smith arrived in the U.S. on Monday.",
        "He met Dr. J. Brown at 5 p.m. today!",
        "Next line here.",
    ]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_quotes_and_decimals_do_not_break_sentences() -> None:
    text = 'He said "it is over." Then 2.5 tonnes arrived. Done'
    assert [s.text for s in split_sentences(text)] == ['He said "it is over."', "Then 2.5 tonnes arrived.", "Done"]


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("   \n ") == []


def _mentions(text: str) -> list[list[str]]:
    taxonomy = load_taxonomy()
    sentences = split_sentences(text)
    scores = score_sentences(text, sentences, taxonomy)
    return [[s.text for s in m.sentences] for m in group_mentions(scores, taxonomy)]


def test_follow_up_sentence_attaches_to_the_event_it_follows() -> None:
    text = (
        "Drones struck an oil depot in the city overnight. "
        "Emergency services were dispatched to the scene. "
        "The mayor confirmed that the attack had damaged two tanks."
    )
    mentions = _mentions(text)
    assert len(mentions) == 1
    assert len(mentions[0]) == 3


def test_what_the_attackers_did_next_and_the_reinforcements_sent_belong_to_the_attack() -> None:
    text = (
        "Suspected jihadists killed at least 40 civilians in attacks on two villages in central Mali. "
        "The gunmen arrived on motorcycles on Sunday evening and set fire to homes, a local mayor said. "
        "The army said it had sent reinforcements to the area."
    )
    assert [len(m) for m in _mentions(text)] == [3]


def test_new_event_cue_starts_a_new_mention() -> None:
    text = "Drones struck an oil depot overnight. Separately, hundreds of students protested in the capital on Friday."
    mentions = _mentions(text)
    assert len(mentions) == 2
    assert mentions[1][0].startswith("Separately")


def test_background_commentary_opens_no_mention() -> None:
    text = (
        "Drones struck an oil depot overnight. "
        "The attack marks the latest in a series of drone strikes on the region."
    )
    assert _mentions(text) == [["Drones struck an oil depot overnight."]]


def test_text_without_cues_has_no_mentions() -> None:
    assert _mentions("The weather was mild. Shops opened as usual.") == []


def test_a_demonstration_turning_violent_is_one_event_coded_as_a_riot() -> None:
    text = ("Hundreds of traders demonstrated outside the town hall over the closure of the market. "
            "Some of them later set two police cars on fire and clashed with officers.")
    taxonomy = load_taxonomy()
    scores = score_sentences(text, split_sentences(text), taxonomy)
    mentions = group_mentions(scores, taxonomy)
    assert len(mentions) == 1 and len(mentions[0].sentences) == 2
    label = classify_mention(mentions[0], scores, taxonomy)
    assert (label.event_type, label.sub_event_type) == ("Riots", "Violent demonstration")


def test_sentences_end_at_line_breaks_and_before_capitals_or_digits_only() -> None:
    text = 'Wait... what? He left.\nnext line. Fine!!" Then (Quoted) ok. Жук пришёл. 5 people ran.\tEnd'
    assert [s.text for s in split_sentences(text)] == [
        "Wait... what?", "He left.", "next line.", 'Fine!!"', "Then (Quoted) ok.", "Жук пришёл.", "5 people ran.", "End",
    ]


def test_a_sentence_telling_history_is_neither_an_event_nor_evidence() -> None:
    text = ("Gunmen abducted 12 aid workers on the road to Bama late on Sunday, police said. "
            "Last year, floods destroyed 300 homes in the area and killed 40 people.")
    events = analyze(Article(article_id="a", title="", text=text, content_hash="h"), load_taxonomy())
    assert [(e.sub_event_type, e.casualties) for e in events] == [("Abduction/forced disappearance", None)]
