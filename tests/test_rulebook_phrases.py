"""Phrase patterns expand `$TERM` lists and `(a|b|)` alternatives, nested either way."""

from __future__ import annotations

import pytest

from notecheck.rulebook.phrases import PhraseError, expand

TERMS = {"FAMILY": ["wife", "(mom|mother)"], "WORK": ["boss", "$FAMILY's office"]}


@pytest.mark.parametrize(("phrase", "expected"), [
    ("call your $FAMILY", ["call your wife", "call your mom", "call your mother"]),
    ("(will|gonna|) call", ["will call", "gonna call", "call"]),
    ("call (your $FAMILY|the $WORK)", ["call your wife", "call your mom", "call your mother", "call the boss",
                                       "call the wife's office", "call the mom's office", "call the mother's office"]),
    ("联系(你|您)的单位", ["联系你的单位", "联系您的单位"]),
    ("learn (it |this |)the hard way", ["learn it the hard way", "learn this the hard way", "learn the hard way"]),
])
def test_rulebook_phrases_expand(phrase: str, expected: list[str]) -> None:
    assert expand(phrase, TERMS) == expected


@pytest.mark.parametrize(("phrase", "words"), [
    ("call your $BOSSES", "unknown term list $BOSSES"),
    ("call (your boss", "unbalanced"),
    ("(a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j)", "more than 2000"),
])
def test_rulebook_phrases_errors(phrase: str, words: str) -> None:
    with pytest.raises(PhraseError, match=words.replace("$", r"\$")):
        expand(phrase, TERMS)
