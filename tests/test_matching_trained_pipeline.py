"""Rules may use POS when the rule set names a trained pipeline; without one they are refused."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from notecheck.matching import Scanner
from notecheck.rulebook import RulebookError, load_rulebook

TAGGED = [
    ("I will call your boss", ["PRON", "AUX", "VERB", "PRON", "NOUN"]),
    ("We call your wife today", ["PRON", "VERB", "PRON", "NOUN", "NOUN"]),
    ("Please call me back", ["INTJ", "VERB", "PRON", "ADV"]),
    ("The call was long", ["DET", "NOUN", "AUX", "ADJ"]),
    ("That call about your boss", ["DET", "NOUN", "ADP", "PRON", "NOUN"]),
    ("They will visit your office", ["PRON", "AUX", "VERB", "PRON", "NOUN"]),
    ("Your boss called", ["PRON", "NOUN", "VERB"]),
    ("A phone call to your family", ["DET", "NOUN", "NOUN", "ADP", "PRON", "NOUN"]),
]
RULES = """\
ruleset: pos-rules
version: "1"
language: en
pipeline: {pipeline}
rules:
  - id: contact.verb
    category: third_party_pressure
    severity: high
    message: Threatens to contact someone.
    match:
      pattern: [{{LEMMA: call, POS: VERB}}, {{LOWER: your}}, {{POS: NOUN}}]
    examples:
      flag: ["I will call your mother"]
      pass: ["the call to your mother"]
"""


@pytest.fixture(scope="module")
def tiny_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real (tiny) trained pipeline: a morphologizer trained on a few tagged sentences."""
    random.seed(0)
    nlp = spacy.blank("en")
    nlp.add_pipe("morphologizer")
    examples = [Example.from_dict(nlp.make_doc(text), {"pos": pos}) for text, pos in TAGGED]
    nlp.initialize(lambda: examples)
    for _ in range(30):
        random.shuffle(examples)
        nlp.update(examples)
    path = tmp_path_factory.mktemp("pipeline") / "tiny_en"
    nlp.to_disk(path)
    return path


def test_matching_trained_pipeline_pos_patterns(tmp_path: Path, tiny_pipeline: Path) -> None:
    rules = tmp_path / "pos.yaml"
    rules.write_text(RULES.format(pipeline=tiny_pipeline), encoding="utf-8")
    scanner = Scanner(load_rulebook([rules]))
    assert [f.text for f in scanner.scan_text("We will call your family")] == ["call your family"]
    assert scanner.scan_text("a call to your family") == []


def test_matching_trained_pipeline_missing_is_a_load_error(tmp_path: Path) -> None:
    rules = tmp_path / "pos.yaml"
    rules.write_text(RULES.format(pipeline="no_such_pipeline_sm"), encoding="utf-8")
    with pytest.raises(RulebookError) as caught:
        load_rulebook([rules])
    assert f"{rules}:11:7: uses POS, but the pipeline `no_such_pipeline_sm` is not installed" in str(caught.value)
