"""The engine as a spaCy component in anyone's pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy

RULES = Path(__file__).parent / "data" / "rules" / "engine.yaml"


def test_matching_component_puts_flags_in_doc_spans() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("notecheck", config={"rules": str(RULES)})
    doc = nlp("If you don't pay, I will call your wife. We will not contact your employer.")
    spans = doc.spans["notecheck"]
    assert [(s.text, s.label_) for s in spans] == [("call your wife", "third_party_pressure")]
    assert spans[0]._.notecheck.rule == "third-party.contact"


def test_matching_component_custom_key_in_a_chinese_pipeline() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("notecheck", config={"rules": [str(RULES)], "spans_key": "flags"})
    doc = nlp("你聯徵壹輩子都有紀錄")
    assert [(s.text, s.label_) for s in doc.spans["flags"]] == [("壹輩子都有紀錄", "credit_misstatement")]
