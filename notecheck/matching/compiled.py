"""A rule book compiled into as few matchers as possible.

Every phrase of every rule, every context trigger and every exception goes into one PhraseMatcher
(on lemma norms), each distinct phrase once; token patterns share one Matcher; regular expressions
share one RE2 set that says which of them occur before any is run. Identical clauses of different
rules are evaluated once, and a clause is looked at only when a phrase of its trigger group occurs:
cost grows with the text and with what matches, not with the number of rules.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import LOWER, NORM, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from notecheck.matching.normalize import CJK_CHAR as _CJK_CHAR
from notecheck.matching.normalize import fold
from notecheck.matching.patterns import compile_regex, prepare_pattern, regex_set
from notecheck.matching.tokens import english, tokenize
from notecheck.rulebook.model import Clause, Rulebook


@dataclass(slots=True)
class SharedClause:
    """A clause as the engine evaluates it, once, for every rule that has it."""

    id: int
    kind: str
    groups: tuple[frozenset[int], ...] = ()
    """Term ids of each phrase group (`phrases`: one group; `near`: two or more)."""
    within_en: int = 6
    within_zh: int = 8
    ordered: bool = False
    uses: list[tuple[int, Clause]] = field(default_factory=list)
    """(rule index, the rule's own clause) for every rule with this clause."""


class CompiledBook:
    def __init__(self, book: Rulebook) -> None:
        self.book = book
        self.vocab = english().vocab
        self.phrases = PhraseMatcher(self.vocab, attr="NORM")
        self._ids: dict[tuple[int, ...], int] = {}
        self._by_phrase: dict[str, int] = {}
        self._term_cost: dict[int, float] = {}
        self.term_text: dict[int, str] = {}
        self.rule_terms: set[int] = set()
        self.context_kinds: dict[int, list[str]] = defaultdict(list)
        self.exception_rules: dict[int, list[int]] = defaultdict(list)
        self.clauses: list[SharedClause] = []
        self._interned: dict[tuple[Any, ...], SharedClause] = {}
        self.trigger_index: dict[int, list[int]] = defaultdict(list)
        """Term id → shared clauses to look at when that term occurs."""
        self.tokens = Matcher(self.vocab)
        self.pattern_clause: dict[int, int] = {}
        self._anchor_ids: dict[int, set[int]] = defaultdict(set)
        self._unanchored = False
        regexes: list[str] = []
        self.regex_clause: list[int] = []
        self.regexes: list[Any] = []
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
                self._shared(clause, regexes).uses.append((index, clause))
        self.regex_set = regex_set(regexes) if regexes else None
        self.has_patterns = bool(self.pattern_clause)
        self.pattern_anchors = {attr: frozenset(ids) for attr, ids in self._anchor_ids.items()}

    def _shared(self, clause: Clause, regexes: list[str]) -> SharedClause:
        """The shared clause equal to this one, compiled the first time it is seen."""
        if clause.kind in ("phrases", "near"):
            groups = tuple(frozenset(t for p in phrases if (t := self._term(p)) is not None)
                           for phrases in clause.groups)
            key: tuple[Any, ...] = (clause.kind, groups, clause.within_en, clause.within_zh, clause.ordered)
        elif clause.kind == "pattern":
            key = ("pattern", repr(clause.pattern))
        else:
            key = ("regex", clause.regex)
        if key in self._interned:
            return self._interned[key]
        shared = SharedClause(len(self.clauses), clause.kind)
        self.clauses.append(shared)
        self._interned[key] = shared
        if clause.kind in ("phrases", "near"):
            shared.groups, shared.within_en, shared.within_zh, shared.ordered = key[1], *key[2:]
            self.rule_terms.update(t for g in shared.groups for t in g)
            trigger = min(shared.groups, key=self._group_cost)  # the rarest way in
            for term in trigger:
                self.trigger_index[term].append(shared.id)
        elif clause.kind == "pattern":
            self.pattern_clause[self._pattern(clause)] = shared.id
        else:
            assert clause.regex is not None
            regexes.append(clause.regex)
            self.regexes.append(compile_regex(clause.regex))
            self.regex_clause.append(shared.id)
        return shared

    def _group_cost(self, group: frozenset[int]) -> float:
        """How often a group's phrases can be expected in calls: common words cost most."""
        return sum(self._term_cost.get(term, 1.0) for term in group)

    def patterns_may_match(self, doc: Doc) -> bool:
        """Whether the token Matcher can find anything: each pattern needs one of its anchor words."""
        if not self.has_patterns or not len(doc):
            return False
        if self._unanchored:
            return True
        return any(not ids.isdisjoint(doc.to_array(attr).tolist()) for attr, ids in self.pattern_anchors.items())

    def _term(self, phrase: str) -> int | None:
        """The match id of a phrase, adding it to the PhraseMatcher the first time it is seen."""
        known = self._by_phrase.get(phrase)
        if known is not None:
            return known or None
        doc = tokenize(fold(phrase)).doc
        key = tuple(doc.to_array(NORM).tolist()) if len(doc) else ()
        if not key:
            self._by_phrase[phrase] = 0
            return None
        if key not in self._ids:
            name = f"t{len(self._ids)}"
            self.phrases.add(name, [doc])
            self._ids[key] = self.vocab.strings[name]
            self.term_text[self._ids[key]] = phrase
            self._term_cost[self._ids[key]] = _expected_frequency(doc)
        self._by_phrase[phrase] = self._ids[key]
        return self._ids[key]

    def _pattern(self, clause: Clause) -> int:
        name = f"p{len(self.pattern_clause)}"
        prepared = prepare_pattern([dict(token) for token in clause.pattern])
        self.tokens.add(name, [prepared])
        anchor = _anchor(prepared)
        if anchor is None:
            self._unanchored = True
        else:
            attr, words = anchor
            self._anchor_ids[attr].update(self.vocab.strings.add(w) for w in words)
        return self.vocab.strings[name]


_COMMON = STOP_WORDS | {"call", "pay", "payment", "account", "today", "balance", "debt", "owe", "money", "time",
                       "number", "phone", "work", "tell", "talk", "need", "want", "know", "get", "go", "make",
                       "take", "come", "let", "say", "like", "right", "okay", "ok", "yes", "yeah", "sir", "ma'am"}


def _expected_frequency(doc: Doc) -> float:
    """A rough weight for how often a phrase occurs: high for common words and single characters."""
    if any(_CJK_CHAR.match(t.text) for t in doc):
        return {1: 10.0, 2: 1.0}.get(len(doc), 0.3)
    rare = sum(1 for t in doc if t.norm_ not in _COMMON and t.lower_ not in _COMMON)
    return 10.0 if rare == 0 else (1.0 if rare == 1 else 0.3)


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
