"""One spaCy vocabulary for English and Chinese: English tokens normalised to lookup lemmas,
Chinese matched one character at a time, mixed lines tokenised by script."""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.attrs import IDX, LENGTH, NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from notecheck.matching.normalize import CJK, CJK_CHAR

# Chinese characters one by one; Latin words with inner apostrophes; numbers; any other mark alone.
NUMERALS = "零〇一二三四五六七八九十百千万亿两贰叁肆伍陆柒捌玖拾佰仟"
"""Chinese numerals (after folding): a run of them is one token, so 五年 does not match inside 十五年."""
_MIXED_TOKEN = re.compile(rf"[{NUMERALS}]+|[{CJK}]|[A-Za-z]+(?:'[A-Za-z]+)*|\d+(?:[.,:]\d+)*|\S")
_LATIN = re.compile(r"[A-Za-z]")
_NUMERAL_RUN = re.compile(rf"[{NUMERALS}]{{2}}")
TERMINATORS = frozenset(".!?;")
"""Tokens (after folding) that end a sentence."""
CLAUSE_MARKS = frozenset(",，:")
"""Marks that end a Chinese clause (the enumeration comma 、 joins items of one list, so it is not one)."""


_LEMMA_FIXES = {
    "'s": "'s", "does": "do", "doe": "doe", "feed": "feed", "need": "need", "nt": "not", "d": "have",
    # Past tenses and participles that are also nouns or adjectives: in calls the verb is meant.
    "saw": "see", "found": "find", "left": "leave", "felt": "feel", "told": "tell", "paid": "pay", "sent": "send",
    "spoke": "speak", "broke": "break", "drove": "drive", "fell": "fall", "given": "give", "known": "know",
    "shot": "shoot", "stole": "steal", "bit": "bite", "bent": "bend", "drunk": "drink", "bound": "bind",
    "lay": "lie", "might": "may",
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
}
"""Where the lookup table's reading is not the one calls need ("does" is the verb, not the plural of "doe";
"saw" and "left" are past tenses far more often than a tool and a side)."""


def _inflects(word: str, lemma: str) -> bool:
    """Whether `word` is a regular -s, -ed or -ing form of `lemma` (calling → call, fees → fee)."""
    if word == lemma:
        return True
    stems: tuple[str, ...] = ()
    if word.endswith("ing"):
        stems = (word[:-3], word[:-3] + "e", word[:-4])
    elif word.endswith("ed"):
        stems = (word[:-2], word[:-1], word[:-3])
    elif word.endswith("s"):
        stems = (word[:-1], word[:-2], word[:-3] + "y")
    return lemma in stems


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

    bases = set(lemmas.values())

    def norm(text: str) -> str:
        lowered = base(text)
        fixed = _LEMMA_FIXES.get(lowered)
        if fixed:
            return fixed
        lemma = lemmas.get(lowered, lowered)
        if lowered in bases and not _inflects(lowered, lemma):
            return lowered  # a base form keeps its identity: "rent" is not "rend", "number" not "numb"
        return lemma

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


class Tokens:
    """A tokenised (folded) text with each token's character offsets (computed when first needed)."""

    __slots__ = ("_ends", "_starts", "cjk", "doc", "text")

    def __init__(self, doc: Doc, text: str, cjk: bool, starts: list[int] | None = None,
                 ends: list[int] | None = None) -> None:
        self.doc = doc
        self.text = text
        """The folded text the offsets point into (same length as the original)."""
        self.cjk = cjk
        self._starts = starts
        self._ends = ends

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._offsets()
        return self._starts  # type: ignore[return-value]

    @property
    def ends(self) -> list[int]:
        if self._ends is None:
            self._offsets()
        return self._ends  # type: ignore[return-value]

    def _offsets(self) -> None:
        spans = self.doc.to_array([IDX, LENGTH]).tolist() if len(self.doc) else []
        self._starts = [s for s, _ in spans]
        self._ends = [s + n for s, n in spans]

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def tokenize(folded: str) -> Tokens:
    """Tokenise folded text: spaCy's English tokenizer, or per script when it holds Chinese."""
    if not folded.isascii() and CJK_CHAR.search(folded):
        return _tokenize_mixed(folded)
    return Tokens(english().make_doc(folded), folded, cjk=False)


def _one_token_per_character(folded: str) -> bool:
    """Whether Chinese text holds no Latin words or numeral runs, so that every other character is a token."""
    return not _LATIN.search(folded) and not _NUMERAL_RUN.search(folded)


def _tokenize_mixed(folded: str) -> Tokens:
    if _one_token_per_character(folded):
        starts = [i for i, ch in enumerate(folded) if not ch.isspace()]
        words = [folded[i] for i in starts]
        ends = [i + 1 for i in starts]
    else:
        found = [(m.group(), m.start(), m.end()) for m in _MIXED_TOKEN.finditer(folded)]
        words = [w for w, _, _ in found]
        starts = [s for _, s, _ in found]
        ends = [e for _, _, e in found]
    length = len(folded)
    spaces = [e < length and folded[e].isspace() for e in ends]
    doc = Doc(english().vocab, words=words, spaces=spaces)
    return Tokens(doc, folded, cjk=True, starts=starts, ends=ends)


def character_norms(folded: str) -> tuple[int, ...] | None:
    """The NORM ids `tokenize` would give a text of Chinese characters only (each its own token), without
    building a Doc; None for any other text."""
    if not CJK_CHAR.search(folded) or not _one_token_per_character(folded):
        return None
    return tuple(_character_norm(ch) for ch in folded if not ch.isspace())


@cache
def _character_norm(ch: str) -> int:
    return english().vocab[ch].norm


def make_pattern_doc(folded: str) -> Doc:
    """A Doc for a phrase pattern, tokenised exactly as text is."""
    return tokenize(folded).doc


@cache
def _orth_ids(words: frozenset[str]) -> frozenset[int]:
    strings = english().vocab.strings
    return frozenset(strings.add(w) for w in words)


def marks(tokens: Tokens, words: frozenset[str]) -> list[int]:
    """Indexes of the tokens that are one of `words` (punctuation marks)."""
    if not len(tokens.doc) or not any(word in tokens.text for word in words):  # unpunctuated speech: none
        return []
    ids = _orth_ids(words)
    return [i for i, orth in enumerate(tokens.doc.to_array(ORTH).tolist()) if orth in ids]


def annotate(tokens: Tokens, trained: Language) -> Tokens:
    """The same tokens with a trained pipeline's POS, tags, morphology and dependencies added."""
    doc = tokens.doc
    if tokens.cjk or not len(doc):
        return tokens
    theirs = Doc(trained.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    for _, component in trained.pipeline:
        theirs = component(theirs)
    extra: dict[str, list] = {}
    if theirs.has_annotation("POS"):
        extra["pos"] = [t.pos_ or "X" for t in theirs]
    if theirs.has_annotation("TAG"):
        extra["tags"] = [t.tag_ for t in theirs]
    if theirs.has_annotation("MORPH"):
        extra["morphs"] = [str(t.morph) for t in theirs]
    if theirs.has_annotation("DEP"):
        extra["heads"] = [t.head.i for t in theirs]
        extra["deps"] = [t.dep_ for t in theirs]
    ours = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], **extra)
    return Tokens(ours, tokens.text, cjk=False, starts=tokens.starts, ends=tokens.ends)


@cache
def trained_pipeline(name: str) -> Language:
    """A trained spaCy pipeline (package name or path), loaded once."""
    return spacy.load(name)
