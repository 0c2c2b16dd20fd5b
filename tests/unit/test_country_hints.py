from worker.pipeline.country_hints import HINT_WEIGHT, country_hints


def _hints(text: str) -> dict[str, float]:
    return country_hints(text, [(0, len(text))])


def test_armed_groups_and_local_terms_vote_for_their_country() -> None:
    assert _hints("Suspected Al Shabaab fighters attacked a checkpoint.") == {"SO": HINT_WEIGHT}
    assert _hints('Residents said pro-Houthi gunmen and "Taliban" commanders met.') == {"YE": HINT_WEIGHT, "AF": HINT_WEIGHT}
    assert _hints("Police in the barangay hall said nothing.") == {"PH": HINT_WEIGHT}


def test_a_hint_inside_a_longer_word_or_another_name_is_no_hint() -> None:
    assert _hints("The Talibanesque rhetoric and xTaliban handles were mocked; Hamasi is a surname.") == {}
    assert _hints("Pro-Houthi is not how the agency spells it.") == {}
