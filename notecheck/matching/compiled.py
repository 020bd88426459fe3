"""A rule book compiled into as few matchers as possible.

Every phrase of every rule, every context trigger and every exception goes into one PhraseMatcher
(on lemma norms), each distinct phrase once; token patterns share one Matcher; regular expressions
share one RE2 set that says which of them occur before any is run. Cost grows with the text, not
with the number of rules.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from spacy.attrs import LOWER, NORM, ORTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from notecheck.matching.normalize import fold
from notecheck.matching.patterns import compile_regex, prepare_pattern, regex_set
from notecheck.matching.tokens import english, tokenize
from notecheck.rulebook.model import Clause, Rulebook


@dataclass(frozen=True, slots=True)
class Ref:
    """Where a matched term is used: rule index, clause, and group within a `near` clause."""

    rule: int
    clause: Clause
    group: int


class CompiledBook:
    def __init__(self, book: Rulebook) -> None:
        self.book = book
        self.vocab = english().vocab
        self.phrases = PhraseMatcher(self.vocab, attr="NORM")
        self._ids: dict[str, int] = {}
        self.term_refs: dict[int, list[Ref]] = defaultdict(list)
        self.term_text: dict[int, str] = {}
        self.context_kinds: dict[int, list[str]] = defaultdict(list)
        self.exception_rules: dict[int, list[int]] = defaultdict(list)
        self.tokens = Matcher(self.vocab)
        self.pattern_refs: dict[int, list[Ref]] = defaultdict(list)
        self._patterns: dict[str, int] = {}
        self._anchor_ids: dict[int, set[int]] = defaultdict(set)
        self._unanchored = False
        regexes: list[str] = []
        self.regex_refs: list[list[Ref]] = []
        self.regexes: list[object] = []
        self.required = [i for i, rule in enumerate(book.rules) if rule.kind == "required"]
        for kind, phrases in book.context:
            for phrase in phrases:
                term = self._term(phrase)
                if term is not None and kind not in self.context_kinds[term]:
                    self.context_kinds[term].append(kind)
        for index, rule in enumerate(book.rules):
            for phrase in rule.exceptions:
                term = self._term(phrase)
                if term is not None:
                    self.exception_rules[term].append(index)
            for clause in rule.clauses:
                if clause.kind in ("phrases", "near"):
                    for group, phrases in enumerate(clause.groups):
                        for phrase in phrases:
                            term = self._term(phrase)
                            if term is not None:
                                self.term_refs[term].append(Ref(index, clause, group))
                elif clause.kind == "pattern":
                    self.pattern_refs[self._pattern(clause)].append(Ref(index, clause, 0))
                elif clause.regex is not None:
                    if clause.regex in regexes:
                        self.regex_refs[regexes.index(clause.regex)].append(Ref(index, clause, 0))
                    else:
                        regexes.append(clause.regex)
                        self.regexes.append(compile_regex(clause.regex))
                        self.regex_refs.append([Ref(index, clause, 0)])
        self.regex_set = regex_set(regexes) if regexes else None
        self.has_patterns = bool(self._patterns)
        self.pattern_anchors = {attr: frozenset(ids) for attr, ids in self._anchor_ids.items()}

    def patterns_may_match(self, doc: Doc) -> bool:
        """Whether the token Matcher can find anything: each pattern needs one of its anchor words."""
        if not self.has_patterns or not len(doc):
            return False
        if self._unanchored:
            return True
        return any(not ids.isdisjoint(doc.to_array(attr).tolist()) for attr, ids in self.pattern_anchors.items())

    def _term(self, phrase: str) -> int | None:
        """The match id of a phrase, adding it to the PhraseMatcher the first time it is seen."""
        tokens = tokenize(fold(phrase))
        norms = [t.norm_ for t in tokens.doc]
        if not norms:
            return None
        key = "\x1f".join(norms)
        if key not in self._ids:
            name = f"t{len(self._ids)}"
            self.phrases.add(name, [tokens.doc])
            self._ids[key] = self.vocab.strings[name]
            self.term_text[self._ids[key]] = " ".join(norms) if not tokens.cjk else "".join(norms)
        return self._ids[key]

    def _pattern(self, clause: Clause) -> int:
        pattern = [dict(token) for token in clause.pattern]
        key = repr(clause.pattern)
        if key not in self._patterns:
            name = f"p{len(self._patterns)}"
            prepared = prepare_pattern(pattern)
            self.tokens.add(name, [prepared])
            anchor = _anchor(prepared)
            if anchor is None:
                self._unanchored = True
            else:
                attr, words = anchor
                self._anchor_ids[attr].update(self.vocab.strings.add(w) for w in words)
            self._patterns[key] = self.vocab.strings[name]
        return self._patterns[key]


_ANCHOR_ATTRS = {"NORM": NORM, "LOWER": LOWER, "ORTH": ORTH}
_OPTIONAL = ("?", "*", "!")


def _anchor(pattern: list[dict[str, Any]]) -> tuple[int, list[str]] | None:
    """An attribute and the words one required token of the pattern must be, if there is such a token."""
    for token in pattern:
        op = token.get("OP", "")
        if op in _OPTIONAL or (op.startswith("{") and op[1:2] in ("0", ",")):
            continue
        for name, attr in _ANCHOR_ATTRS.items():
            value = token.get(name)
            if isinstance(value, str):
                return attr, [value.lower() if name == "LOWER" else value]
            if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                return attr, [v.lower() if name == "LOWER" else v for v in value["IN"]]
    return None
