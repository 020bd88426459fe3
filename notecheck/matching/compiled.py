"""A rule book compiled into as few matchers as possible.

Every phrase of every rule, every context trigger and every exception goes into one PhraseMatcher
(on lemma norms), each distinct phrase once; token patterns share one Matcher; regular expressions
share one RE2 set that says which of them occur before any is run. Identical clauses of different
rules are evaluated once, and a clause is looked at only when a phrase of its trigger group occurs:
cost grows with the text and with what matches, not with the number of rules.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import LOWER, NORM, ORTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from notecheck.matching.frequency import phrase_prob
from notecheck.matching.normalize import CJK_CHAR as _CJK_CHAR
from notecheck.matching.normalize import fold
from notecheck.matching.patterns import compile_regex, prepare_pattern, regex_set
from notecheck.matching.tokens import Tokens, character_norms, english, tokenize
from notecheck.rulebook.model import Clause, Rule, Rulebook


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
    rest: tuple[frozenset[int], ...] = ()
    """The groups other than the one the clause is indexed under: each must also be present."""
    rest_bits: int = 0
    """The bits of the `rest` groups (see `CompiledBook.group_bits`)."""


@dataclass(frozen=True, slots=True)
class LineView:
    """The part of a compiled book that can flag one kind of line (a call language, a speaker role, a kind
    of document): the shared clauses some of its rules use, and which rules use each."""

    uses: dict[int, tuple[tuple[int, Clause], ...]]
    """Shared clause id → (rule index, the rule's clause) of the view's rules that have it."""


_LANGUAGES = ("en", "zh")
"""Call languages that limit which rules apply (a mixed call gets every rule)."""


def language_fits(rule: Rule, language: str | None) -> bool:
    """Whether a rule applies to a call in this language (a mixed call, or one of unknown language, gets every
    rule)."""
    return language not in _LANGUAGES or language in rule.languages


def speaker_fits(wanted: str, role: str) -> bool:
    """Whether a rule about `wanted` speech can flag a line spoken by `role`."""
    return wanted == "any" or role == "unknown" or wanted == role


class CompiledBook:
    def __init__(self, book: Rulebook) -> None:
        self.book = book
        self.vocab = english().vocab
        # The matcher reads only the NORM ids of a text's tokens, so it can keep its own vocabulary: a match key
        # per phrase then costs a bare entry, not a lexeme with every attribute of the English vocabulary.
        self._matcher = PhraseMatcher(Vocab(), attr="NORM")
        self._ids: dict[tuple[int, ...], int] = {}
        """The NORM ids of each distinct phrase → its term id (its match key)."""
        self._by_phrase: dict[str, int] = {}
        self._term_cost: dict[int, float] = {}
        self.term_text: dict[int, str] = {}
        self.context_kinds: dict[int, list[str]] = defaultdict(list)
        self.exception_rules: dict[int, list[int]] = defaultdict(list)
        self.clauses: list[SharedClause] = []
        self._interned: dict[tuple[Any, ...], SharedClause] = {}
        self.trigger_index: dict[int, tuple[int, ...]] = {}
        """Term id → shared clauses to look at when that term occurs."""
        self.tokens = Matcher(self.vocab)
        self.pattern_clause: dict[int, int] = {}
        self._anchor_words: dict[int, set[str]] = defaultdict(set)
        self.anchor_terms: set[int] = set()
        """Phrase matcher terms for the NORM anchor words of token patterns."""
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
        self._choose_triggers(book)
        self.term_extras: dict[int, tuple[tuple[str, ...], tuple[int, ...]]] = {
            term: (tuple(self.context_kinds.get(term, ())), tuple(self.exception_rules.get(term, ())))
            for term in set(self.context_kinds) | set(self.exception_rules)}
        """Terms that are also context triggers or rule exceptions: (context kinds, rule indexes)."""
        self.regex_sets: dict[str | None, tuple[Any, list[int]]] = {}
        """Call language (None: any) → an RE2 set of the regexes its rules use, and each one's index."""
        for language in (None, *sorted({lang for rule in book.rules for lang in rule.languages})):
            chosen = [i for i, clause_id in enumerate(self.regex_clause)
                      if language is None or any(language in book.rules[r].languages
                                                 for r, _ in self.clauses[clause_id].uses)]
            if chosen:
                self.regex_sets[language] = (regex_set([regexes[i] for i in chosen]), chosen)
        self.has_patterns = bool(self.pattern_clause)
        self.pattern_anchors = {attr: (frozenset(self.vocab.strings.add(w) for w in words), tuple(words))
                                for attr, words in self._anchor_words.items()}
        """LOWER or ORTH → the ids and the words that anchor token patterns."""
        self._views: dict[tuple[str | None, str | None, str | None], LineView] = {}

    def view(self, language: str | None, role: str | None = None, kind: str | None = None) -> LineView:
        """The rules that apply to a call language and, when given, can flag a line of this speaker role and
        document kind (rules that cannot are left out rather than judged and suppressed)."""
        key = (language if language in _LANGUAGES else None, role, kind)
        view = self._views.get(key)
        if view is None:
            rules = self.book.rules
            uses = {}
            for shared in self.clauses:
                kept = tuple((r, c) for r, c in shared.uses
                             if language_fits(rules[r], key[0])
                             and (role is None or speaker_fits(rules[r].speaker, role))
                             and (kind is None or kind in rules[r].applies_to))
                if kept:
                    uses[shared.id] = kept
            view = self._views[key] = LineView(uses)
        return view

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
        elif clause.kind == "pattern":
            self.pattern_clause[self._pattern(clause)] = shared.id
        else:
            assert clause.regex is not None
            regexes.append(clause.regex)
            self.regexes.append(compile_regex(clause.regex))
            self.regex_clause.append(shared.id)
        return shared

    def _choose_triggers(self, book: Rulebook) -> None:
        """Index each clause under its rarest group: the one whose phrases occur least, judged by general
        English word frequency and by how often they occur in the rule book's own examples (collection talk,
        where "call", "pay" and "credit" are everyday words)."""
        counts: Counter[int] = Counter()
        tokens = 0
        for rule in book.rules:
            for example in (*rule.flag_examples, *rule.pass_examples):
                doc = tokenize(fold(example.text)).doc
                tokens += len(doc)
                counts.update(match_id for match_id, _, _ in self.phrases(doc))
        observed = {term: count / tokens for term, count in counts.items()} if tokens else {}

        def cost(group: frozenset[int]) -> float:
            return sum(self._term_cost.get(term, 0.0) + observed.get(term, 0.0) for term in group)

        index: dict[int, list[int]] = defaultdict(list)
        for shared in self.clauses:
            if shared.groups:
                trigger = min(range(len(shared.groups)), key=lambda g: cost(shared.groups[g]))
                shared.rest = tuple(dict.fromkeys(g for i, g in enumerate(shared.groups) if i != trigger))
                for term in shared.groups[trigger]:
                    index[term].append(shared.id)
        self.trigger_index = {term: tuple(ids) for term, ids in index.items()}
        bit_of: dict[frozenset[int], int] = {}
        for shared in self.clauses:
            for group in shared.rest:
                shared.rest_bits |= 1 << bit_of.setdefault(group, len(bit_of))
        members: dict[int, list[int]] = defaultdict(list)
        for group, bit in bit_of.items():
            for term in group:
                members[term].append(bit)
        self.group_bits = {term: sum(1 << bit for bit in bits) for term, bits in members.items()}
        """Term id → one bit for each group (other than a trigger group) the term belongs to: the bits of a
        text's terms, OR-ed, say at once which clauses have all their groups present."""

    def phrases(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(term id, start, end) of every phrase of the book in a tokenised text, overlapping ones included."""
        return self._matcher(doc)

    def patterns_may_match(self, tokens: Tokens, terms: Iterable[int]) -> bool:
        """Whether the token Matcher can find anything in a text whose phrase matches found `terms`: each
        pattern needs one of its anchor words (found by the phrase matcher when they are NORM values; other
        anchors are looked for in the text before its tokens are)."""
        doc = tokens.doc
        if not self.has_patterns or not len(doc):
            return False
        if self._unanchored or not self.anchor_terms.isdisjoint(terms):
            return True
        lowered = ""
        for attr, (ids, words) in self.pattern_anchors.items():
            if attr == LOWER:
                lowered = lowered or tokens.text.lower()
            if any(word in (lowered if attr == LOWER else tokens.text) for word in words) and \
                    not ids.isdisjoint(doc.to_array(attr).tolist()):
                return True
        return False

    def _term(self, phrase: str) -> int | None:
        """The match id of a phrase, adding it to the PhraseMatcher the first time it is seen."""
        known = self._by_phrase.get(phrase)
        if known is not None:
            return known or None
        key, cost = phrase_key(phrase)
        if not key:
            self._by_phrase[phrase] = 0
            return None
        term = self._by_phrase[phrase] = self._keyed(key, phrase, cost)
        return term

    def _keyed(self, key: tuple[int, ...], phrase: str, cost: float) -> int:
        """The match id of a sequence of NORM ids, added to the PhraseMatcher the first time it is seen."""
        term = self._ids.get(key)
        if term is None:
            name = f"t{len(self._ids)}"
            self._matcher.add(name, [key])
            term = self._ids[key] = self._matcher.vocab.strings[name]
            self.term_text[term] = phrase
            self._term_cost[term] = cost
        return term

    def _pattern(self, clause: Clause) -> int:
        name = f"p{len(self.pattern_clause)}"
        prepared = prepare_pattern([dict(token) for token in clause.pattern])
        self.tokens.add(name, [prepared])
        anchor = _anchor(prepared)
        if anchor is None:
            self._unanchored = True
        elif anchor[0] == NORM:
            self.anchor_terms.update(self._keyed((self.vocab.strings.add(w),), w, 0.0) for w in anchor[1])
        else:
            self._anchor_words[anchor[0]].update(anchor[1])
        return self.vocab.strings[name]


_PHRASE_KEYS: dict[str, tuple[tuple[int, ...], float]] = {}


def phrase_key(phrase: str) -> tuple[tuple[int, ...], float]:
    """The NORM ids of a phrase's tokens and how common the phrase is — remembered for the process, so
    that compiling a changed rule book (a rule edited in the app, a test's variant) tokenises only the
    phrases that are new."""
    known = _PHRASE_KEYS.get(phrase)
    if known is None:
        folded = fold(phrase)
        key = character_norms(folded)
        if key is None:
            doc = tokenize(folded).doc
            key = tuple(doc.to_array(NORM).tolist()) if len(doc) else ()
        known = _PHRASE_KEYS[phrase] = (key, _expected_frequency(folded, len(key)))
    return known


_CJK_PROB = {1: math.exp(-5.0), 2: math.exp(-8.0)}
_CJK_LONGER = math.exp(-10.0)


def _expected_frequency(phrase: str, tokens: int) -> float:
    """How often a phrase can be expected per token of a call: English phrases as often as their rarest word;
    Chinese phrases by their number of tokens, single characters being common."""
    if _CJK_CHAR.search(phrase):
        return _CJK_PROB.get(tokens, _CJK_LONGER)
    return phrase_prob(phrase.split())


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
