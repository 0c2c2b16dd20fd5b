"""The packaged taxonomy: ACLED's types and sub-types, the civic extension, validation and user extension."""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.keys import type_key
from worker.taxonomy import TaxonomyError, load_taxonomy

ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}


def test_packaged_taxonomy_has_acled_types_and_subtypes_by_their_exact_names() -> None:
    taxonomy = load_taxonomy()
    acled = {t.name: {s.name for s in t.subtypes.values()} for t in taxonomy.types.values() if t.family == "acled"}
    assert acled == ACLED
    assert sum(len(v) for v in acled.values()) == 25


def test_civic_extension_and_out_of_scope_are_present() -> None:
    taxonomy = load_taxonomy()
    civic = {t.key for t in taxonomy.types.values() if t.family == "civic"}
    assert civic == {
        "diplomacy", "attribution", "natural_disaster", "man_made_disaster", "organized_crime", "humanitarian_aid",
        "reconstruction", "commemoration", "public_safety_programme", "official_announcement_inspection",
    }
    assert taxonomy.type("out_of_scope").family == "out_of_scope"
    assert "out_of_scope" not in taxonomy.stream_keys


def test_type_keys_are_the_stream_keys_of_their_names() -> None:
    taxonomy = load_taxonomy()
    for key, event_type in taxonomy.types.items():
        assert type_key(event_type.name) == key
    assert taxonomy.type("explosions_remote_violence").name == "Explosions/Remote violence"
    assert taxonomy.subtype("explosions_remote_violence.air_drone_strike").name == "Air/drone strike"


def test_version_and_lookup_errors() -> None:
    taxonomy = load_taxonomy()
    assert taxonomy.version == "1.17.0"
    with pytest.raises(KeyError, match="unknown event type"):
        taxonomy.type("nope")
    assert load_taxonomy() is taxonomy  # compiled once, cached


def test_acled_coding_rules_are_encoded_as_rules() -> None:
    rules = {r.id: r for r in load_taxonomy().rules}
    assert rules["intercepted_is_disrupted_weapons_use"].set_subtype == "disrupted_weapons_use"
    assert rules["intercepted_is_disrupted_weapons_use"].modality == "intercepted"
    assert rules["battle_absorbs_explosions"].set_type == "battles"


def test_user_file_extends_the_default_without_code(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'extends = "default"\nversion = "2.0.0"\n'
        '[types.cyber_attack]\nname = "Cyber attack"\nfamily = "civic"\ndefault_subtype = "ransomware"\n'
        "[types.cyber_attack.subtypes.ransomware]\nname = \"Ransomware\"\ncues = ['ransomware', 'hackers? (?:encrypted|locked)']\n",
        encoding="utf-8",
    )
    taxonomy = load_taxonomy(path)
    assert taxonomy.version == "2.0.0"
    assert taxonomy.type("cyber_attack").subtypes["ransomware"].cue_re is not None
    assert "battles" in taxonomy.types


def test_vocabulary_lists_stand_in_for_placeholders_in_cues_and_rules(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'extends = "default"\n[vocabulary]\npests = [\'locusts?\', \'armyworms?\']\n'
        '[types.crop_damage]\nname = "Crop damage"\nfamily = "civic"\ndefault_subtype = "pests"\n'
        "[types.crop_damage.subtypes.pests]\nname = \"Pests\"\ncues = ['{pests} (?:destroyed|ate)', 'swarms? of {pests}']\n",
        encoding="utf-8",
    )
    cue = load_taxonomy(path).type("crop_damage").subtypes["pests"].cue_re
    assert cue is not None
    assert cue.search("Swarms of locusts destroyed the harvest") is not None
    assert cue.search("Armyworms ate the maize") is not None
    assert cue.search("Swarms of bees") is None
    assert "{" not in cue.regex.pattern


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('name = "x"\n[types.a]\nname = "A"\nfamily = "civic"\n', "version"),
        ('version = "1.0.0"\n[types.a]\nname = "Not A"\nfamily = "civic"\n[types.a.subtypes.s]\nname = "S"\n', "stream key"),
        ('version = "1.0.0"\n[types.a]\nname = "A"\nfamily = "weird"\n', "family"),
        ('version = "1.0.0"\n[types.a]\nname = "A"\nfamily = "civic"\n[types.a.subtypes.s]\nname = "S"\ncues = [\'(unclosed\']\n', "bad pattern"),
        ('version = "1.0.0"\n[types.a]\nname = "A"\nfamily = "civic"\n[types.a.subtypes.s]\nname = "S"\n'
         '[[rules]]\nid = "r"\nwhen_type = ["a"]\nset = "b.c"\nif_any = ["x"]\n', "unknown"),
        ("version = ", "not valid TOML"),
        ('version = "1.0.0"\n[types.a]\nname = "A"\nfamily = "civic"\n[types.a.subtypes.s]\nname = "S"\ncues = [\'{nowhere} fled\']\n', "vocabulary"),
        ('version = "1.0.0"\n[types.a]\nname = "A"\nfamily = "civic"\n[types.a.subtypes.s]\nname = "S"\n'
         '[[rules]]\nid = "r"\nwhen_type = ["a"]\nset = "*"\nif_any = ["x"]\n', "if_type"),
        ('version = "1.0.0"\n[types.a]\nname = "A"\nfamily = "civic"\n[types.a.subtypes.s]\nname = "S"\n'
         '[[rules]]\nid = "r"\nwhen_type = ["a"]\nset = "a.s"\nscope = "article"\nif_any = ["x"]\n', "scope"),
        ('version = "1.0.0"\n[types.a]\nname = "A"\nfamily = "civic"\n[types.a.subtypes.s]\nname = "S"\ncues = [\'met (?:in|at) \']\n', "space"),
        ('version = "1.0.0"\n[types.a]\nname = "A"\nfamily = "civic"\n[types.a.subtypes.s]\nname = "S"\ncues = [\'cease-?fire (?:agreement|deal)?\']\n', "space"),
        ('version = "1.0.0"\n[types.a]\nname = "A"\nfamily = "civic"\n[types.a.subtypes.s]\nname = "S"\ncues = [\'planning (?:to |an )\']\n', "space"),
    ],
)
def test_invalid_files_fail_with_clear_errors(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(TaxonomyError, match=message):
        load_taxonomy(path)


def test_missing_file_is_a_taxonomy_error(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="not found"):
        load_taxonomy(tmp_path / "absent.toml")


def test_gated_pattern_only_matches_where_a_stem_starts_a_word() -> None:
    import re

    from worker.taxonomy.cues import gated, text_stems

    pattern = gated(re.compile(r"\b(?:air force|UN)\b"), ("air force", "un "))
    text = "The UN said the air force, not the unit, struck. Hair forces nothing."
    assert [m.group() for m in pattern.matches(text, text_stems(text))] == ["UN", "air force"]


def test_optional_lead_still_gives_the_cue_a_stem_gate() -> None:
    from worker.taxonomy.cues import compile_cues

    cue = compile_cues(["(?:physically )?assaulted"])
    assert cue is not None and cue.stems == frozenset({"physic", "assaul"})


def test_a_cue_list_with_an_ungated_cue_finds_the_same_overlapping_matches() -> None:
    from worker.taxonomy.cues import compile_cues, text_stems

    text = "Merchants protested demanding a 24-hour strike."
    gated = compile_cues(["merchants protested demanding", "protested", "hour strikes?"])
    ungated = compile_cues(["merchants protested demanding", "protested", "(?:24|48)-hour strikes?"])
    assert gated is not None and ungated is not None and ungated.stems is None
    expected = ["Merchants protested demanding", "protested", "hour strike"]
    assert [m.group() for m in gated.matches(text, text_stems(text))] == expected
    assert [m.group() for m in ungated.matches(text, text_stems(text))] == expected[:2] + ["24-hour strike"]


def test_literal_prefixes_spell_what_every_match_opens_with() -> None:
    from worker.taxonomy.prefixes import literal_prefixes

    assert literal_prefixes(r"(?<!\w)(?:the|its) (?:latest )?(?:attacks?|raid)(?!\w)", 9) == frozenset(
        {"the lates", "the attac", "the raid", "its lates", "its attac", "its raid"})
    assert literal_prefixes(r"re-?built", 12) == frozenset({"re built", "rebuilt"})
    assert literal_prefixes(r"(?:\d+ )?killed", 12) == frozenset({"", "killed"})  # any digit, not only ASCII ones
    assert "" in literal_prefixes(r"[\w-]+ attack", 12)


def test_without_the_regex_parser_a_pattern_keeps_only_its_word_start_stem(monkeypatch: pytest.MonkeyPatch) -> None:
    from worker.taxonomy import prefixes

    monkeypatch.setattr(prefixes, "_parser", None)
    prefixes.literal_prefixes.cache_clear()
    try:
        assert prefixes.literal_prefixes(r"re-?built", 12) == frozenset({""})
    finally:
        prefixes.literal_prefixes.cache_clear()


def test_openings_past_the_stem_keep_the_matches_of_the_plain_stem_gate() -> None:
    from worker.taxonomy.cues import compile_cues, text_stems

    cue = compile_cues(["(?:the|this) (?:latest )?(?:attack|strike|incident)", "thermal imaging"])
    assert cue is not None and cue.stems == frozenset({"the", "this", "therma"})
    text = "Then the strike hit; this latest attack, the latest ſtrike and the İncident followed. Thermal imaging, there."
    index = text_stems(text)
    assert [m.group() for m in cue.matches(text, index)] == [
        "the strike", "this latest attack", "the latest ſtrike", "the İncident", "Thermal imaging"]
    assert cue.search_within(text, index, 20, len(text)).group() == "this latest attack"


def test_every_packaged_cue_list_has_a_stem_gate() -> None:
    """Cue lists and rule conditions run on every article; one cue with no literal word start would make its whole list run everywhere."""
    taxonomy = load_taxonomy()
    lists = {f"{k}.cues": t.cue_re for k, t in taxonomy.types.items()} | {f"{k}.counter_cues": t.counter_re for k, t in taxonomy.types.items()}
    for event_type in taxonomy.types.values():
        for sub in event_type.subtypes.values():
            lists |= {f"{sub.path}.cues": sub.cue_re, f"{sub.path}.weak_cues": sub.weak_re, f"{sub.path}.counter_cues": sub.counter_re}
    for rule in taxonomy.rules:
        lists |= {f"rules.{rule.id}.if_any": rule.if_any, f"rules.{rule.id}.unless_any": rule.unless_any}
    lists |= {f"segment.{name}": taxonomy.segment.get(name) for name in ("background", "anaphora", "discount_clauses", "cause_clauses")}
    ungated = sorted(name for name, pattern in lists.items() if pattern is not None and pattern.stems is None)
    assert ungated == []
