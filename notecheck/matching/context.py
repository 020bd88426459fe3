"""Context around a hit, after medspaCy's ConText: negation with scope, pseudo-negation, conditions,
consent requests, questions and reported speech. Each check returns the decision it made."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import NamedTuple

from notecheck.findings import ContextDecision
from notecheck.matching.normalize import CJK_CHAR
from notecheck.matching.tokens import CLAUSE_MARKS, TERMINATORS, Tokens, marks

NEGATION_SCOPE = {"en": 8, "zh": 12}
"""Tokens (Chinese: characters) allowed between a negation word and the words it negates."""
NEGATION_AFTER_SCOPE = {"en": 4, "zh": 3}
QUESTION_ENDINGS = frozenset("吗呢么")


class Trigger(NamedTuple):
    """A context phrase found in a segment (a tuple: segments make many of them)."""

    kind: str
    start: int
    end: int


class SegmentContext:
    """The context triggers found in one segment, and the checks made against them."""

    def __init__(self, tokens: Tokens, by_kind: dict[str, list[Trigger]]) -> None:
        self.tokens = tokens
        self.language = "zh" if tokens.cjk else "en"
        self.by_kind = by_kind
        """The triggers of each kind, in the order they occur."""

    # Built when a check first needs them: most segments have no hit that asks.
    @cached_property
    def sentence_ends(self) -> list[int]:
        return marks(self.tokens, TERMINATORS)

    @cached_property
    def clause_marks(self) -> list[int]:
        return marks(self.tokens, CLAUSE_MARKS) if self.tokens.cjk else []

    @cached_property
    def pauses(self) -> list[int]:
        """Token indexes preceded by a space between two Chinese characters: speech-recognition output marks
        a pause so where it has no punctuation, and a pause ends a clause as a comma does."""
        return _pauses(self.tokens) if self.tokens.cjk else []

    def has(self, kind: str) -> bool:
        """Whether the segment holds a trigger of this kind."""
        return kind in self.by_kind

    # -- geometry ---------------------------------------------------------------------------------
    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Token range of the sentence around [start, end)."""
        before = bisect_left(self.sentence_ends, start)
        first = self.sentence_ends[before - 1] + 1 if before else 0
        after = bisect_left(self.sentence_ends, end)
        last = self.sentence_ends[after] if after < len(self.sentence_ends) else len(self.tokens.doc)
        return first, last

    def _blocked(self, a: int, b: int, clause_too: bool) -> bool:
        """Whether a sentence end, (Chinese) clause mark or terminator word lies in the token range [a, b)."""
        if a >= b:
            return False
        if bisect_left(self.sentence_ends, b) - bisect_left(self.sentence_ends, a) > 0:
            return True
        if clause_too and bisect_left(self.clause_marks, b) - bisect_left(self.clause_marks, a) > 0:
            return True
        if clause_too and self.pauses and bisect_right(self.pauses, b) - bisect_left(self.pauses, a) > 0:
            return True
        return any(a <= t.start and t.end <= b for t in self.by_kind.get("terminator", ()))

    def words(self, trigger: Trigger, original: str) -> str:
        s, e = self.tokens.char_span(trigger.start, trigger.end)
        return original[s:e]

    # -- checks -----------------------------------------------------------------------------------
    def _pseudo(self, trigger: Trigger, kind: str) -> bool:
        """Whether a trigger lies inside a longer phrase that only looks like one (`pseudo_<kind>`)."""
        return any(p.start <= trigger.start and trigger.end <= p.end for p in self.by_kind.get(f"pseudo_{kind}", ()))

    def _conditional(self, trigger: Trigger, before: int) -> bool:
        """A negation that opens a condition (不去就…, 不来的话…): a marker follows it closely."""
        for marker in self.by_kind.get("condition_marker", ()):
            if trigger.end <= marker.start < before and marker.start - trigger.end <= 3:
                return True
        return False

    def negation(self, start: int, end: int, original: str,
                 gaps: tuple[tuple[int, int], ...] = ()) -> ContextDecision | None:
        """A negation that governs the hit, unless it is a pseudo-negation or a condition on payment.

        `gaps` are the stretches between the parts of a `near` hit: a negation there governs it too
        ("your employer will **not** be contacted").
        """
        by_kind = self.by_kind
        if "negation" not in by_kind and "negation_after" not in by_kind:
            return None
        first, last = self.sentence(start, end)
        scope = NEGATION_SCOPE[self.language]
        found: Trigger | None = None
        for trigger in by_kind.get("negation", ()):
            if first <= trigger.start and trigger.end <= start and start - trigger.end <= scope:
                target = start
            else:
                target = next((b for a, b in gaps if a <= trigger.start and trigger.end <= b), -1) if gaps else -1
                if target < 0:
                    continue
            if self._pseudo(trigger, "negation"):
                continue
            if self._blocked(trigger.end, target, clause_too=True) or self._conditional(trigger, target):
                continue
            if found is None or trigger.end > found.end:
                found = trigger
        if found is None:
            for trigger in self.by_kind.get("negation_after", ()):
                if end <= trigger.start <= last and trigger.start - end <= NEGATION_AFTER_SCOPE[self.language]:
                    found = trigger
                    break
        if found is None:
            return None
        words = self.words(found, original)
        for condition in self.by_kind.get("conditional_after", ()):
            if end <= condition.start < last + 1:
                return ContextDecision("negated", words, "kept",
                                       f"the negation is a condition: “{self.words(condition, original)}”")
        return ContextDecision("negated", words, "suppressed", "negated")

    def pseudo_negations(self, start: int, end: int, original: str) -> list[ContextDecision]:
        """Negation words near the hit that negate nothing (they were ignored)."""
        pseudo = self.by_kind.get("pseudo_negation")
        if not pseudo:
            return []
        first, _ = self.sentence(start, end)
        scope = NEGATION_SCOPE[self.language]
        last = None
        for p in pseudo:
            if first <= p.start and p.end <= start + 1 and start - p.end <= scope:
                last = p
        if last is None:
            return []
        return [ContextDecision("pseudo-negation", self.words(last, original), "kept",
                                "a condition or idiom, not a negation")]

    def consent(self, start: int, end: int, original: str) -> ContextDecision | None:
        if "consent" not in self.by_kind and "consent_after" not in self.by_kind:
            return None
        first, last = self.sentence(start, end)
        for trigger in self.by_kind.get("consent", ()):
            if (first <= trigger.start < start and not self._pseudo(trigger, "consent")
                    and not self._blocked(trigger.end, start, clause_too=True)):
                return ContextDecision("consent", self.words(trigger, original), "suppressed",
                                       "asks the customer's permission or preference")
        for trigger in self.by_kind.get("consent_after", ()):
            if (end <= trigger.start and trigger.end <= last + 1 and not self._pseudo(trigger, "consent")
                    and not self._blocked(end, trigger.start, clause_too=True)):
                return ContextDecision("consent", self.words(trigger, original), "suppressed",
                                       "asks the customer's permission or preference")
        return None

    def quoted(self, start: int, end: int, original: str) -> ContextDecision | None:
        if "quote" not in self.by_kind:
            return None
        first, _ = self.sentence(start, end)
        for trigger in self.by_kind.get("quote", ()):  # a quote may begin with the hit's own words
            if (first <= trigger.start <= start and not self._pseudo(trigger, "quote")
                    and not any(trigger.end <= q.start and q.end <= start for q in self.by_kind.get("quote_end", ()))):
                return ContextDecision("quoted", self.words(trigger, original), "suppressed",
                                       "reports what the customer said")
        return None

    def question(self, start: int, end: int, original: str) -> ContextDecision | None:
        _, last = self.sentence(start, end)
        doc = self.tokens.doc
        if last < len(doc) and doc[last].text == "?":
            return ContextDecision("question", "?", "suppressed", "asked as a question")
        tail = last - 1
        if self.tokens.cjk and tail >= end and doc[tail].text in QUESTION_ENDINGS:
            return ContextDecision("question", doc[tail].text, "suppressed", "asked as a question")
        return None


def _pauses(tokens: Tokens) -> list[int]:
    """Indexes of tokens that follow a space which stands between two Chinese characters."""
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    return [k for k in range(1, len(starts))
            if ends[k - 1] < starts[k] and CJK_CHAR.match(text, ends[k - 1] - 1) and CJK_CHAR.match(text, starts[k])]
