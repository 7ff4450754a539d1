"""Fast tests of the label model: the shipped model, the issue->article mapping, a tiny training run."""

from __future__ import annotations

import json
from pathlib import Path

from hrtracker.classify import ISSUE_ARTICLES, load_model, train
from hrtracker.models import Label

_ISSUES = [
    "Torture and other CID treatment",
    "Death penalty",
    "Women's rights",
    "Rights of the Child",
    "Justice",
]


def test_shipped_model_predicts_sensible_labels() -> None:
    m = load_model()
    p_torture, p_death, p_consider = m.predict(
        [
            "Ratify the Optional Protocol to the Convention against Torture",
            "Abolish the death penalty",
            "Consider ratifying the Convention on the Rights of Persons with Disabilities",
        ]
    )
    assert any("Torture" in name for name, _ in p_torture.issues)
    assert p_torture.action[0] == 5
    assert 6 in [a for a, _ in p_death.articles]
    assert any(name == "Death penalty" for name, _ in p_death.issues)
    assert p_consider.action[0] == 3
    confs = [c for _, c in p_torture.issues]
    assert confs == sorted(confs, reverse=True) and all(0 <= c <= 1 for c in confs)
    labs = p_death.labels(origin="model")
    assert all(isinstance(lab, Label) and lab.origin == "model" for lab in labs)
    assert {lab.scheme for lab in labs} == {"issue", "action", "article"}
    assert load_model() is m  # cached


def test_articles_use_the_section_heading() -> None:
    p = load_model().predict(
        ["to review the legislation"], sections=["Recommendations (Article 21 of the ICCPR):"]
    )
    assert [a for a, _ in p[0].articles] == [21]


def test_mapping_covers_every_issue_label() -> None:
    classes = load_model().classes
    assert len(classes) == 54
    assert set(classes) <= set(ISSUE_ARTICLES)
    assert all(1 <= a <= 27 for arts in ISSUE_ARTICLES.values() for a in arts)


def _write_csv(path: Path) -> None:
    verbs = [
        ("Ratify", 5),
        ("Consider", 3),
        ("Continue", 2),
        ("Take measures to", 4),
        ("Seek assistance to", 1),
    ]
    topics = [
        ("prevent torture in prisons", 0),
        ("abolish the death penalty", 1),
        ("protect women", 2),
        ("protect children", 3),
        ("reform the courts", 4),
    ]
    lines = ["To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session"]
    for s in range(10):
        for verb, act in verbs:
            for topic, k in topics:
                issues = f'"{_ISSUES[k]},{_ISSUES[(k + 1) % 5]}"' if s % 3 == 0 else _ISSUES[k]
                lines.append(
                    f'State{s},Asia,,"{verb} {topic} in State{s}",France,WEOG,EU,Accepted,{act},{issues},'
                    f"{s + 1}"
                )
    path.write_bytes("\r".join(lines).encode("cp1252"))


def test_training_end_to_end(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _write_csv(data / "tiny.csv")
    out = tmp_path / "model"
    seen: list[tuple] = []
    meta = train(data, out, seed=1, progress=lambda *a: seen.append(a))
    saved = json.loads((out / "label_model.json").read_text())
    assert saved["data_hash"] == meta["data_hash"] and len(meta["data_hash"]) == 64
    assert saved["split"]["kind"] == "state_held_out"
    assert 0 <= meta["metrics"]["issues_micro_f1"] <= 1
    assert seen
    m = load_model(out)
    p = m.predict(["Ratify the convention to abolish the death penalty in State99"])[0]
    assert p.issues and p.action[0] in range(1, 6)
