"""The learned layer: `eventwire train` on a user's labelled text, the model file, and its blend with the rules."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest
from click.testing import CliRunner

from schemas import Article
from worker.cli import main
from worker.ids import article_id, content_hash
from worker.pipeline.analyze import analyze
from worker.pipeline.classify import Classification
from worker.pipeline.learned import LinearModel, ModelError, blend, load_model, text_terms
from worker.services import with_model
from worker.settings import Settings
from worker.taxonomy import load_taxonomy
from worker.metrics import Report, classification_report
from worker.training import DEFAULT_REGULARIZATION, Comparison, fit, holdout_split, label_path, map_labels

CITIES = ("Kano", "Jos", "Gao", "Mosul", "Kisumu", "Homs")
TEMPLATES = {
    ("Protests", "Peaceful protest"): (
        "Teachers marched through {city} demanding unpaid salaries.",
        "Nurses held a peaceful sit-in outside the hospital in {city} over pay.",
        "Students rallied in {city} calling for lower tuition fees.",
        "Traders demonstrated peacefully at the {city} market against new taxes.",
    ),
    ("Battles", "Armed clash"): (
        "Soldiers clashed with rebels near {city}, exchanging fire for hours.",
        "Militants and troops fought a gun battle on the outskirts of {city}.",
        "Army units repelled an insurgent assault on their base near {city}.",
        "Fighting broke out between two armed groups in {city}.",
    ),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"): (
        "Artillery shells hit residential areas of {city} overnight.",
        "Rebel positions near {city} were shelled with mortars.",
        "Rockets fired by militants landed in {city}, damaging homes.",
        "Government forces pounded {city} with heavy artillery.",
    ),
    ("Violence against civilians", "Attack"): (
        "Gunmen shot dead a farmer on his way home near {city}.",
        "Soldiers beat traders who defied the curfew in {city}.",
        "Police officers whipped residents found outside after the curfew in {city}.",
        "Armed men killed two villagers in their homes in {city}.",
    ),
    ("Riots", "Mob violence"): (
        "A mob beat a suspected thief to death in the {city} market.",
        "Villagers lynched a man accused of witchcraft near {city}.",
        "Residents set upon an alleged kidnapper and burned him in {city}.",
    ),
    ("Strategic developments", "Change to group/activity"): (
        "Authorities imposed a night curfew in {city} after the unrest.",
        "The rebel group announced a ceasefire around {city}.",
        "The governor extended the curfew in {city} by two weeks.",
    ),
    ("Strategic developments", "Looting/property destruction"): (
        "Looters ransacked shops and carted away goods in {city}.",
        "Unknown people set fire to the party office in {city} and looted it.",
        "Fighters looted the health centre in {city} and burned the records.",
    ),
}
UNSEEN = [
    ("Dozens of doctors marched in Accra demanding unpaid allowances.", "Peaceful protest"),
    ("Heavy artillery shells hit the outskirts of Idlib overnight.", "Shelling/artillery/missile attack"),
    ("Troops clashed with insurgents near Kidal, exchanging fire.", "Armed clash"),
    ("A mob lynched a suspected robber in Enugu.", "Mob violence"),
    ("Gunmen shot dead two farmers near Gusau.", "Attack"),
    ("Looters ransacked the warehouse in Goma.", "Looting/property destruction"),
]
# The rules read a curfew as a change of group activity; this user's data codes soldiers beating
# curfew breakers as an attack on civilians, as ACLED does.
AMBIGUOUS = "Soldiers beat traders who defied the curfew in Lagos."


def labelled_rows() -> list[dict[str, str]]:
    return [
        {"notes": template.format(city=city), "event_type": event_type, "sub_event_type": sub}
        for (event_type, sub), templates in TEMPLATES.items()
        for template in templates
        for city in CITIES
    ]


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def article(text: str) -> Article:
    return Article(article_id=article_id(guid=None, canonical_url=None, content=text), title="", text=text, content_hash=content_hash(text))


@pytest.fixture(scope="module")
def taxonomy():  # type: ignore[no-untyped-def]
    return load_taxonomy()


@pytest.fixture(scope="module")
def model(taxonomy) -> LinearModel:  # type: ignore[no-untyped-def]
    rows = labelled_rows()
    mapping, unmapped = map_labels((r["sub_event_type"] for r in rows), taxonomy)
    assert not unmapped
    return fit([r["notes"] for r in rows], [mapping[r["sub_event_type"]] for r in rows],
               taxonomy=taxonomy, label_column="sub_event_type", labels=mapping)


# --- labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "path"),
    [
        ("Battles", "battles"),
        ("Explosions/Remote violence", "explosions_remote_violence"),
        ("Air/drone strike", "explosions_remote_violence.air_drone_strike"),
        ("peaceful protest", "protests.peaceful_protest"),
        ("Other", "strategic_developments.other"),
        ("natural_disaster", "natural_disaster"),
        ("riots.mob_violence", "riots.mob_violence"),
        ("disrupted_weapons_use", "strategic_developments.disrupted_weapons_use"),
        ("Cyber attack", None),
        ("", None),
    ],
)
def test_labels_map_from_acled_names_or_eventwire_keys(taxonomy, label: str, path: str | None) -> None:  # type: ignore[no-untyped-def]
    assert label_path(label, taxonomy) == path


def test_unmapped_labels_are_counted(taxonomy) -> None:  # type: ignore[no-untyped-def]
    mapping, unmapped = map_labels(["Battles", "Cyber attack", "Battles", "Cyber attack", " "], taxonomy)
    assert mapping == {"Battles": "battles"}
    assert unmapped == {"Cyber attack": 2}


def test_holdout_keeps_a_share_of_every_label_and_lone_labels_in_training() -> None:
    classes = ["a"] * 10 + ["b"] * 5 + ["c"]
    train, held = holdout_split(classes, 0.2, seed=1)
    assert sorted(train + held) == list(range(16))
    assert [classes[i] for i in held].count("a") == 2
    assert [classes[i] for i in held].count("b") == 1
    assert "c" not in [classes[i] for i in held]
    assert holdout_split(classes, 0.2, seed=1) == (train, held)


def test_holdout_keeps_rows_of_one_text_together() -> None:
    classes = ["a"] * 12
    texts = ["same report"] * 6 + [f"report {i}" for i in range(6)]
    train, held = holdout_split(classes, 0.5, seed=3, texts=texts)
    sides = {i in held for i in range(6)}
    assert len(sides) == 1
    assert len(held) in (4, 6 + 3)  # 4 of the 7 distinct texts are held out; the shared one counts once


def test_blend_weight_ties_go_to_the_rules() -> None:
    def scored(f1: float) -> Report:
        return replace(classification_report([("x", "x")]), weighted_f1=f1)

    close = Comparison(model=scored(0.9), rules=scored(0.8), blends={0.4: scored(0.850), 0.5: scored(0.862), 0.6: scored(0.864)})
    assert close.best_weight == 0.5
    clear = Comparison(model=scored(0.9), rules=scored(0.8), blends={0.4: scored(0.850), 0.5: scored(0.852), 0.6: scored(0.864)})
    assert clear.best_weight == 0.6


def test_text_terms_are_lowercased_words_and_word_pairs() -> None:
    assert text_terms("Troops shelled a town") == ["troops", "shelled", "town", "troops shelled", "shelled town"]


# --- the model --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), UNSEEN)
def test_model_labels_sentences_it_never_saw(model: LinearModel, taxonomy, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    path = model.predict(text)
    assert taxonomy.subtype(path).name == expected


def test_model_file_round_trips_with_its_metadata(model: LinearModel, taxonomy, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "model.json"
    model.save(path)
    document = json.loads(path.read_text())
    assert document["format"] == "eventwire-linear-model" and document["format_version"] == 1
    assert document["label_column"] == "sub_event_type"
    assert document["taxonomy_version"] == taxonomy.version
    assert "Peaceful protest" in document["labels"]
    assert document["stats"]["rows"] == len(labelled_rows())
    loaded = load_model(path, taxonomy)
    assert loaded.classes == model.classes
    for text, _ in UNSEEN:
        assert loaded.probabilities(text) == pytest.approx(model.probabilities(text), abs=1e-4)


def test_numpy_predictor_matches_scikit_learn(model: LinearModel) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = labelled_rows()
    vectorizer = TfidfVectorizer(analyzer=partial(text_terms, ngram_max=2), min_df=2, sublinear_tf=True)
    classifier = LogisticRegression(C=DEFAULT_REGULARIZATION, max_iter=2000).fit(vectorizer.fit_transform([r["notes"] for r in rows]), [r["sub_event_type"] for r in rows])
    texts = [text for text, _ in UNSEEN] + ["No known words here at all: zzz."]
    expected = classifier.predict_proba(vectorizer.transform(texts))
    names = dict(zip(model.classes, model.labels))
    for text, row in zip(texts, expected):
        ours = {names[c]: p for c, p in model.probabilities(text).items()}
        assert [ours[label] for label in classifier.classes_] == pytest.approx(list(row), abs=1e-9)


def test_two_class_model_predicts_both_classes(taxonomy) -> None:  # type: ignore[no-untyped-def]
    rows = [r for r in labelled_rows() if r["event_type"] in ("Protests", "Battles")]
    two = fit([r["notes"] for r in rows], [label_path(r["event_type"], taxonomy) or "" for r in rows], taxonomy=taxonomy, label_column="event_type")
    assert two.predict("Nurses marched peacefully demanding pay.") == "protests"
    assert two.predict("Troops and rebels fought a gun battle.") == "battles"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "model file not found"),
        ("{not json", "not a model file written by `eventwire train`"),
        ('{"format": "something else"}', "not a model file"),
        ('{"format": "eventwire-linear-model", "format_version": 99}', "model format version 99"),
    ],
)
def test_missing_or_garbled_model_file_is_a_clear_error(taxonomy, tmp_path: Path, content: str | None, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "model.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(ModelError, match=message):
        load_model(path, taxonomy)


def test_damaged_or_foreign_model_file_is_refused(model: LinearModel, taxonomy, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = model.to_dict()
    path = tmp_path / "model.json"
    path.write_text(json.dumps({**document, "coefficients": document["coefficients"][:-1]}))
    with pytest.raises(ModelError, match="do not fit together"):
        load_model(path, taxonomy)
    path.write_text(json.dumps({**document, "classes": ["cyber_attack", *document["classes"][1:]]}))
    with pytest.raises(ModelError, match="classes the taxonomy .* does not have: cyber_attack; retrain"):
        load_model(path, taxonomy)
    path.write_text(json.dumps({k: v for k, v in document.items() if k != "intercepts"}))
    with pytest.raises(ModelError, match="damaged model file"):
        load_model(path, taxonomy)


def test_missing_numpy_or_scikit_learn_says_what_to_install(model: LinearModel, taxonomy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "model.json"
    model.save(path)
    monkeypatch.setitem(sys.modules, "sklearn", None)
    with pytest.raises(ModelError, match=r"needs scikit-learn.*eventwire\[learn\]"):
        fit(["a b", "c d"], ["battles", "riots"], taxonomy=taxonomy, label_column="event_type")
    monkeypatch.setitem(sys.modules, "numpy", None)
    with pytest.raises(ModelError, match=r"needs numpy.*eventwire\[learn\]"):
        load_model(path, taxonomy)


# --- the blend --------------------------------------------------------------------------------

CURFEW_RULES = Classification(
    type_key="strategic_developments", event_type="Strategic developments", sub_key="change_to_group_activity",
    sub_event_type="Change to group/activity", family="acled", modality="occurred", confidence=0.45,
    cues=("change_to_group_activity:curfew",),
)


def test_confident_model_overrides_weak_rules_and_says_so(taxonomy) -> None:  # type: ignore[no-untyped-def]
    probabilities = {"violence_against_civilians.attack": 0.85, "strategic_developments.change_to_group_activity": 0.05, "battles.armed_clash": 0.10}
    label = blend(CURFEW_RULES, probabilities, taxonomy, weight=0.5)
    assert (label.event_type, label.sub_event_type, label.family, label.modality) == ("Violence against civilians", "Attack", "acled", "occurred")
    assert label.cues == ("change_to_group_activity:curfew", "model:attack:0.85")
    assert label.confidence == 0.56  # 0.5 x (1 - 0.45) / 2 + 0.5 x 0.85


def test_agreeing_model_raises_confidence_and_keeps_the_rules_answer(taxonomy) -> None:  # type: ignore[no-untyped-def]
    probabilities = {"violence_against_civilians.attack": 0.05, "strategic_developments.change_to_group_activity": 0.95}
    label = blend(CURFEW_RULES, probabilities, taxonomy, weight=0.5)
    assert label == replace(CURFEW_RULES, confidence=0.7, cues=(*CURFEW_RULES.cues, "model:change_to_group_activity:0.95"))


def test_weak_model_does_not_override_confident_rules(taxonomy) -> None:  # type: ignore[no-untyped-def]
    sure = replace(CURFEW_RULES, confidence=0.9)
    label = blend(sure, {"violence_against_civilians.attack": 0.6, "strategic_developments.change_to_group_activity": 0.4}, taxonomy)
    assert label.sub_key == "change_to_group_activity"
    assert label.cues[-1] == "model:attack:0.60"


def test_new_subtype_brings_its_own_modality(taxonomy) -> None:  # type: ignore[no-untyped-def]
    strike = Classification(
        type_key="explosions_remote_violence", event_type="Explosions/Remote violence", sub_key="air_drone_strike",
        sub_event_type="Air/drone strike", family="acled", modality="occurred", confidence=0.3, cues=("air_drone_strike:drones",),
    )
    probabilities = {"strategic_developments.disrupted_weapons_use": 0.9, "explosions_remote_violence.air_drone_strike": 0.1}
    shot_down = blend(strike, probabilities, taxonomy)
    assert (shot_down.sub_event_type, shot_down.modality) == ("Disrupted weapons use", "intercepted")
    back = blend(replace(shot_down, confidence=0.3), {k: 1 - v for k, v in probabilities.items()}, taxonomy)
    assert (back.sub_event_type, back.modality) == ("Air/drone strike", "occurred")


def test_type_level_model_switches_to_the_types_default_subtype(taxonomy) -> None:  # type: ignore[no-untyped-def]
    label = blend(CURFEW_RULES, {"violence_against_civilians": 0.9, "strategic_developments": 0.1}, taxonomy)
    assert (label.event_type, label.sub_event_type) == ("Violence against civilians", "Attack")
    assert label.cues[-1] == "model:violence_against_civilians:0.90"


def test_rules_keep_out_of_scope_and_classes_the_model_never_saw(taxonomy) -> None:  # type: ignore[no-untyped-def]
    flood = Classification(
        type_key="natural_disaster", event_type="Natural disaster", sub_key="flood_landslide", sub_event_type="Flood/landslide",
        family="civic", modality="occurred", confidence=0.2, cues=("flood_landslide:floods",),
    )
    probabilities = {"battles.armed_clash": 0.99, "riots.mob_violence": 0.01}
    assert blend(flood, probabilities, taxonomy) is flood
    sport = replace(flood, type_key="out_of_scope", event_type=taxonomy.types["out_of_scope"].name, sub_key=None, sub_event_type=None, family="out_of_scope")
    assert blend(sport, {"out_of_scope": 0.1, "battles": 0.9}, taxonomy) is sport


def test_analysis_blends_a_rules_ambiguous_mention_and_explains_it(model: LinearModel, taxonomy) -> None:  # type: ignore[no-untyped-def]
    [rules] = analyze(article(AMBIGUOUS), taxonomy)
    [blended] = analyze(article(AMBIGUOUS), taxonomy, model=model)
    assert not any(cue.startswith("model:") for cue in rules.evidence.cues)
    assert (blended.event_type, blended.sub_event_type) == ("Violence against civilians", "Attack")
    assert blended.evidence.cues[-1].startswith("model:attack:")
    assert blended.evidence.sentence == rules.evidence.sentence
    assert blended.location == rules.location


def test_analysis_without_a_model_stays_rules_only(taxonomy, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert with_model(analyze, Settings(), taxonomy) is analyze


def test_configured_model_is_bound_to_the_analyzer(model: LinearModel, taxonomy, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "model.json"
    model.save(path)
    analyzer = with_model(analyze, Settings(model_path=path), taxonomy)
    [event] = analyzer(article(AMBIGUOUS), taxonomy)  # type: ignore[call-arg]
    assert event.sub_event_type == "Attack"

    def rules_only(article: Article, taxonomy: object) -> list[object]:
        return []

    with pytest.raises(ValueError, match="takes no `model` parameter"):
        with_model(rules_only, Settings(model_path=path), taxonomy)  # type: ignore[arg-type]
    with pytest.raises(ModelError, match="model file not found"):
        with_model(analyze, Settings(model_path=tmp_path / "missing.json"), taxonomy)


# --- the commands -----------------------------------------------------------------------------


def test_train_reports_held_out_scores_and_writes_the_model(tmp_path: Path) -> None:
    data = write_csv(tmp_path / "labelled.csv", labelled_rows())
    out = tmp_path / "model.json"
    result = CliRunner().invoke(main, ["train", str(data), "--text-col", "notes", "--label-col", "sub_event_type", "--out", str(out), "--holdout", "0.25"])
    assert result.exit_code == 0, result.output
    assert "rows: 150 with 7 labels from 'sub_event_type'" in result.output
    assert "model alone on 36 held-out rows (seed 0)" in result.output
    summaries = {line.split("  ")[1].strip(): line for line in result.output.splitlines() if line.startswith("  ") and "macro_f1=" in line}
    assert set(summaries) >= {"rules alone", "model alone"}
    assert "accuracy=1.0000 n=36" in summaries["model alone"]
    assert "blend weighted F1 by weight: 0.1=" in result.output
    document = json.loads(out.read_text())
    assert document["stats"]["rows"] == 150  # refitted on every row after measuring
    assert document["stats"]["holdout"]["rows"] == 36
    assert document["stats"]["holdout"]["model"]["accuracy"] == 1.0


def test_train_refuses_labels_the_taxonomy_lacks_unless_told_to_skip_them(tmp_path: Path) -> None:
    rows = labelled_rows() + [{"notes": "Hackers took down the ministry website.", "event_type": "Cyber attack", "sub_event_type": "Cyber attack"}] * 2
    data = write_csv(tmp_path / "labelled.csv", rows)
    out = tmp_path / "model.json"
    args = ["train", str(data), "--text-col", "notes", "--label-col", "event_type", "--out", str(out), "--holdout", "0"]
    refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 1
    assert "labels the taxonomy has no type or sub-type for: 'Cyber attack' (2 rows)" in refused.output
    assert not out.exists()
    skipped = CliRunner().invoke(main, [*args, "--skip-unmapped", "--blend-weight", "0.4"])
    assert skipped.exit_code == 0, skipped.output
    assert "(2 without a usable label left out)" in skipped.output
    document = json.loads(out.read_text())
    assert sorted(document["classes"]) == sorted(["protests", "battles", "explosions_remote_violence", "violence_against_civilians", "riots", "strategic_developments"])
    assert document["blend_weight"] == 0.4


def test_eval_and_classify_blend_with_a_model_on_request(model: LinearModel, tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    data = write_csv(tmp_path / "unseen.csv", [{"notes": AMBIGUOUS, "sub_event_type": "Attack"}] + [{"notes": t, "sub_event_type": s} for t, s in UNSEEN])
    rules = CliRunner().invoke(main, ["eval", str(data), "--text-col", "notes", "--label-col", "sub_event_type", "--rows", "0:1"])
    blended = CliRunner().invoke(main, ["eval", str(data), "--text-col", "notes", "--label-col", "sub_event_type", "--rows", "0:1", "--model", str(path)])
    assert rules.exit_code == 0 and blended.exit_code == 0, rules.output + blended.output
    assert blended.output.splitlines()[0].startswith(f"model: {path} (sub_event_type, 7 classes, blend weight 0.50)")
    assert blended.output.strip().splitlines()[-1] == "macro_f1=1.0000 weighted_f1=1.0000 accuracy=1.0000 n=1"
    assert rules.output.strip().splitlines()[-1] != blended.output.strip().splitlines()[-1]
    line = json.dumps({"id": "x", "text": AMBIGUOUS}) + "\n"
    [event] = json.loads(CliRunner().invoke(main, ["classify", "--model", str(path)], input=line).output)["events"]
    assert event["evidence"]["cues"][-1].startswith("model:attack:")


def test_configured_model_applies_unless_rules_only_and_a_bad_one_is_refused(model: LinearModel, tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    line = json.dumps({"id": "x", "text": AMBIGUOUS}) + "\n"
    configured = CliRunner(env={"EVENTWIRE_MODEL_PATH": str(path)}).invoke(main, ["classify"], input=line)
    [event] = json.loads(configured.output)["events"]
    assert event["sub_event_type"] == "Attack"
    rules_only = CliRunner(env={"EVENTWIRE_MODEL_PATH": str(path)}).invoke(main, ["classify", "--rules-only"], input=line)
    assert not any(c.startswith("model:") for c in json.loads(rules_only.output)["events"][0]["evidence"]["cues"])
    (tmp_path / "garbled.json").write_text("{")
    refused = CliRunner(env={"EVENTWIRE_MODEL_PATH": str(tmp_path / "garbled.json")}).invoke(main, ["classify"], input=line)
    assert refused.exit_code == 1
    assert "garbled.json: not a model file written by `eventwire train`" in refused.output
