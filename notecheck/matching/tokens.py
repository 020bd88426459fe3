"""One spaCy vocabulary for English and Chinese: English tokens normalised to lookup lemmas,
Chinese matched one character at a time, mixed lines tokenised by script."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from notecheck.matching.normalize import CJK, CJK_CHAR

# Chinese characters one by one; Latin words with inner apostrophes; numbers; any other mark alone.
_MIXED_TOKEN = re.compile(rf"[{CJK}]|[A-Za-z]+(?:'[A-Za-z]+)*|\d+(?:[.,:]\d+)*|\S")
TERMINATORS = frozenset(".!?;")
"""Tokens (after folding) that end a sentence."""
CLAUSE_MARKS = frozenset(",，、:")


@cache
def lemma_table():  # type: ignore[no-untyped-def]
    """spaCy's English lemma lookup table (spacy-lookups-data); `.get(word, default)`."""
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@cache
def english() -> Language:
    """A blank English pipeline whose NORM is the lower-cased lookup lemma.

    The norm is computed once per vocabulary entry (a lexeme attribute), so it costs nothing per
    token; tokenizer exceptions ("gonna" → "going to") get lemma norms too, so "gonna call"
    meets "going to call".
    """
    nlp = spacy.blank("en")
    lemmas = lemma_table()
    base = nlp.vocab.lex_attr_getters[NORM]

    def norm(text: str) -> str:
        lowered = base(text)
        return lowered if lowered == "'s" else lemmas.get(lowered, lowered)

    nlp.vocab.lex_attr_getters[NORM] = norm
    for lexeme in list(nlp.vocab):  # entries made before the getter was replaced
        lexeme.norm_ = norm(lexeme.orth_)
    rules = {}
    for key, tokens in nlp.tokenizer.rules.items():
        rules[key] = [
            {**attrs, NORM: norm(attrs[NORM])} if NORM in attrs else {**attrs, NORM: norm(attrs[ORTH])}
            for attrs in tokens
        ]
    nlp.tokenizer.rules = rules
    return nlp


def lemma_norm(word: str) -> str:
    """The NORM a single word gets."""
    return english().vocab.lex_attr_getters[NORM](word)


@dataclass(slots=True)
class Tokens:
    """A tokenised (folded) text with each token's character offsets."""

    doc: Doc
    starts: list[int]
    ends: list[int]
    cjk: bool
    text: str
    """The folded text the offsets point into (same length as the original)."""

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def tokenize(folded: str) -> Tokens:
    """Tokenise folded text: spaCy's English tokenizer, or per script when it holds Chinese."""
    if CJK_CHAR.search(folded):
        return _tokenize_mixed(folded)
    doc = english().make_doc(folded)
    starts = [t.idx for t in doc]
    ends = [t.idx + len(t) for t in doc]
    return Tokens(doc, starts, ends, cjk=False, text=folded)


def _tokenize_mixed(folded: str) -> Tokens:
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for found in _MIXED_TOKEN.finditer(folded):
        words.append(found.group())
        starts.append(found.start())
        ends.append(found.end())
    spaces = [ends[i] < len(folded) and folded[ends[i]].isspace() for i in range(len(words))]
    doc = Doc(english().vocab, words=words, spaces=spaces)
    return Tokens(doc, starts, ends, cjk=True, text=folded)


def make_pattern_doc(folded: str) -> Doc:
    """A Doc for a phrase pattern, tokenised exactly as text is."""
    return tokenize(folded).doc
