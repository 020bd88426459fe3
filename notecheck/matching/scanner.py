"""Scanning calls: hits from the compiled matchers, context decisions, and Findings."""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from notecheck.calls import Call, CallInfo, Role, Segment
from notecheck.findings import ClauseMatch, ContextDecision, Explanation, Finding
from notecheck.matching.compiled import CompiledBook, SharedClause, language_fits, speaker_fits
from notecheck.matching.context import SegmentContext, Trigger
from notecheck.matching.normalize import fold_many
from notecheck.matching.tokens import Tokens, annotate, tokenize, trained_pipeline
from notecheck.rulebook.model import Clause, Rule, Rulebook

BATCH = 256
_CONTEXT_CHECKS = ("negated", "consent", "question", "quoted")


@dataclass(frozen=True, slots=True)
class Verdict:
    """A rule's hit in one text, whether it stands, and why."""

    rule: Rule
    start: int
    end: int
    clauses: tuple[ClauseMatch, ...]
    decisions: tuple[ContextDecision, ...]
    suppressed: bool


class _Hit(NamedTuple):
    start: int
    end: int
    parts: tuple[tuple[int, int, int], ...]
    """(start token, end token, term id) of each matched part."""


class _Judged(NamedTuple):
    """A verdict before its clause matches are spelled out (done only for the verdicts kept)."""

    rule: Rule
    start: int
    end: int
    hit: _Hit
    clause: Clause
    decisions: tuple[ContextDecision, ...]
    suppressed: bool


class Scanner:
    """Runs a rule book over calls. Compiling is the expensive part: use `Scanner.of(book)` to share one."""

    @classmethod
    def of(cls, book: Rulebook) -> Scanner:
        """The scanner of a rule book, compiled the first time it is asked for."""
        scanner = book.memo.get("scanner")
        if not isinstance(scanner, Scanner):
            scanner = book.memo["scanner"] = cls(book)
        return scanner

    def __init__(self, book: Rulebook) -> None:
        self.book = book
        self.compiled = CompiledBook(book)
        speakers = {rule.speaker for rule in book.rules}
        everyone = {"agent", "customer"} if "any" in speakers else set()
        self.roles_flagged = {"unknown"} | (speakers - {"any"}) | everyone
        """Speaker roles some rule can flag; other segments are not analysed at all."""
        self.trained = trained_pipeline(book.pipeline) if book.pipeline else None

    def tokens(self, folded: str) -> Tokens:
        """Tokenise folded text (with a trained pipeline's annotations when the rules need them)."""
        tokens = tokenize(folded)
        return annotate(tokens, self.trained) if self.trained is not None else tokens

    # -- public API -------------------------------------------------------------------------------
    def scan_call(self, call: Call) -> list[Finding]:
        return list(self.scan_stream(call.info, iter(call.segments)))

    def scan_stream(self, info: CallInfo, segments: Iterable[Segment]) -> Iterator[Finding]:
        """Findings for a call whose segments arrive lazily (memory stays flat)."""
        required = RequiredStatements(self, info)
        iterator = iter(segments)
        while chunk := list(itertools.islice(iterator, BATCH)):
            chunk = [s for s in chunk if s.role in self.roles_flagged]
            folded = fold_many([s.text for s in chunk])
            for segment, text in zip(chunk, folded, strict=True):
                tokens = self.tokens(text)
                verdicts = self.verdicts(tokens, segment.text, segment.role, info.kind, keep_suppressed=False,
                                         language=info.language, skip=required.settled)
                required.observe(segment, verdicts)
                for verdict in verdicts:
                    if not verdict.suppressed and verdict.rule.kind == "match":
                        yield self._finding(info.path, segment, verdict)
        yield from required.missing()

    def scan_text(self, text: str, role: Role = "agent", kind: str = "transcript",
                  path: str = "<text>") -> list[Finding]:
        """Findings for a single utterance (match rules only)."""
        segment = Segment(index=0, line=1, speaker=role, role=role, text=text)
        tokens = self.tokens(fold_many([text])[0])
        return [self._finding(path, segment, v) for v in self.verdicts(tokens, text, role, kind, keep_suppressed=False)
                if v.rule.kind == "match"]

    def explain(self, text: str, role: Role = "agent", kind: str = "transcript") -> tuple[Tokens, list[Verdict]]:
        """Tokens and every hit in a text, suppressed ones included, with the decisions made."""
        tokens = self.tokens(fold_many([text])[0])
        return tokens, self.verdicts(tokens, text, role, kind, keep_suppressed=True)

    # -- matching ---------------------------------------------------------------------------------
    def verdicts(self, tokens: Tokens, original: str, role: Role, kind: str, keep_suppressed: bool = True,
                 only: set[int] | None = None, language: str | None = None,
                 skip: frozenset[int] = frozenset()) -> list[Verdict]:
        """Every hit in one text and its verdict. `language` (the call's) skips rule sets for other languages;
        `skip` names rules not to judge (required statements already settled for the call)."""
        compiled = self.compiled
        doc = tokens.doc
        matches = compiled.phrases(doc)
        found = {m[0] for m in matches}  # the terms that occur; where is looked up only for clauses that need it
        triggers: dict[str, list[Trigger]] = {}
        exceptions: dict[int, list[tuple[int, int]]] = defaultdict(list)
        extras = compiled.term_extras
        if not extras.keys().isdisjoint(found):
            for term, start, end in matches:
                if term in extras:
                    kinds, rules = extras[term]
                    for k in kinds:
                        triggers.setdefault(k, []).append(Trigger(k, start, end))
                    for rule_index in rules:
                        exceptions[rule_index].append((start, end))
        direct: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        if compiled.patterns_may_match(tokens, found):
            for match_id, start, end in compiled.tokens(doc):
                direct[compiled.pattern_clause[match_id]].append((start, end, -1))
        regexes = compiled.regex_sets.get(language if language in compiled.regex_sets else None)
        if regexes is not None:
            self._regex_hits(tokens, regexes, direct)
        if not found and not direct:
            return []
        # Without suppressed hits to report, rules that cannot flag this speaker or kind of text are left out.
        view = compiled.view(language, role, kind) if not keep_suppressed else compiled.view(language)
        index, uses = compiled.trigger_index, view.uses
        candidates = set(itertools.chain.from_iterable(map(index.__getitem__, index.keys() & found)))
        candidates.update(direct)
        context = SegmentContext(tokens, triggers)
        pending: list[tuple[int, Clause, _Hit]] = []
        group_bits, present = compiled.group_bits, 0
        for term in found:
            present |= group_bits.get(term, 0)
        for clause_id in sorted(candidates):
            if clause_id not in uses:
                continue
            shared = compiled.clauses[clause_id]
            if shared.rest_bits & present != shared.rest_bits:  # a group of the clause is missing
                continue
            for hit in self._hits(shared, matches, found, direct.get(clause_id, ()), tokens, context):
                for rule_index, clause in uses[clause_id]:
                    if (only is not None and rule_index not in only) or rule_index in skip:
                        continue
                    pending.append((rule_index, clause, hit))
        if not pending:
            return []
        if not keep_suppressed:
            # A rule flags a stretch of text once: judge its hits earliest and longest first, and skip those
            # that overlap one already standing (the result of `_without_overlaps`, with less work).
            pending.sort(key=lambda p: (p[0], p[2].start, p[2].start - p[2].end))
        cache: dict[_Hit, dict[str, ContextDecision | None]] = {}
        verdicts: list[_Judged] = []
        standing: dict[int, list[_Hit]] = {}
        for rule_index, clause, hit in pending:
            if not keep_suppressed and any(h.start < hit.end and hit.start < h.end
                                           for h in standing.get(rule_index, ())):
                continue
            verdict = self._judge(self.book.rules[rule_index], clause, hit, tokens, context, cache, original, role,
                                  kind, exceptions.get(rule_index, ()), keep_suppressed)
            if verdict is not None:
                verdicts.append(verdict)
                if not verdict.suppressed:
                    standing.setdefault(rule_index, []).append(hit)
        if keep_suppressed:
            verdicts = _without_overlaps(verdicts)
        else:  # hits that overlap a standing one were skipped above
            verdicts.sort(key=lambda v: (v.start, v.rule.id))
        return self._explained(verdicts, tokens, original)

    def _regex_hits(self, tokens: Tokens, regexes: tuple[Any, list[int]],
                    direct: dict[int, list[tuple[int, int, int]]]) -> None:
        compiled = self.compiled
        text = tokens.text
        found, chosen = regexes
        for position in found.Match(text) or ():
            index = chosen[position]
            for m in compiled.regexes[index].finditer(text):
                span = _token_span(tokens, m.start(), m.end())
                if span is not None:
                    direct[compiled.regex_clause[index]].append((span[0], span[1], -1))

    def _hits(self, shared: SharedClause, matches: list[tuple[int, int, int]], found: set[int],
              direct: Iterable[tuple[int, int, int]], tokens: Tokens, context: SegmentContext) -> list[_Hit]:
        """A clause's hits, from the phrase matches (term, start, end) of a text whose terms are `found`."""
        if shared.kind in ("pattern", "regex"):
            return [_Hit(s, e, ((s, e, t),)) for s, e, t in direct]
        groups = []
        for terms in shared.groups:
            if terms.isdisjoint(found):
                return []
            groups.append(sorted([(s, e, t) for t, s, e in matches if t in terms]))  # by position: stable spans
        if shared.kind == "phrases":
            return [_Hit(part[0], part[1], (part,)) for part in groups[0]]
        window = shared.within_zh if tokens.cjk else shared.within_en
        ordered = shared.ordered
        ends = context.sentence_ends
        hits = []
        for anchor in groups[0]:
            a_start, a_end = anchor[0], anchor[1]
            parts = [anchor]
            first, last = a_start, a_end
            for group in groups[1:]:
                best = None
                best_key = (0, 0, 0)
                for part in group:
                    p_start, p_end = part[0], part[1]
                    if ordered and p_start < parts[-1][1]:
                        continue
                    gap = max(p_start - a_end, a_start - p_end, 0)
                    if gap > window:
                        continue
                    if ends:  # the parts must not be in different sentences
                        lo, hi = min(p_end, a_end), max(p_start, a_start)
                        if lo < hi and bisect_left(ends, hi) != bisect_left(ends, lo):
                            continue
                    key = (gap, p_start, p_end)
                    if best is None or key < best_key:
                        best, best_key = part, key
                if best is None:
                    break
                parts.append(best)
                first, last = min(first, best[0]), max(last, best[1])
            else:
                hits.append(_Hit(first, last, tuple(parts)))
        return hits

    def _judge(self, rule: Rule, clause: Clause, hit: _Hit, tokens: Tokens, context: SegmentContext,
               cache: dict, original: str, role: Role, kind: str,  # type: ignore[type-arg]
               exceptions: Iterable[tuple[int, int]], keep_suppressed: bool) -> _Judged | None:
        """The verdict on one rule's hit; None when it is suppressed and suppressed hits are not wanted.

        Rules that judge alike (same speaker, scope, `unless` and exceptions) share the work through `cache`.
        """
        exceptions = tuple(exceptions)
        key = (hit, rule.speaker, rule.applies_to, rule.unless, exceptions)
        judged = cache.get(key)
        if judged is None:
            judged = cache[key] = self._decide(rule, hit, tokens, context, cache, original, role, kind, exceptions)
        decisions, suppressed = judged
        if suppressed and not keep_suppressed:
            return None
        start, end = tokens.char_span(hit.start, hit.end)
        return _Judged(rule, start, end, hit, clause, decisions, suppressed)

    def _explained(self, judged: list[_Judged], tokens: Tokens, original: str) -> list[Verdict]:
        """The verdicts, with the words each clause matched."""
        if not judged:
            return []
        term_text = self.compiled.term_text
        starts, ends = tokens.starts, tokens.ends
        out = []
        built: dict[tuple[_Hit, str, str], tuple[ClauseMatch, ...]] = {}
        for rule, start, end, hit, clause, decisions, suppressed in judged:
            key = (hit, clause.label, clause.kind)
            clauses = built.get(key)
            if clauses is None:
                matched = []
                for g, (s, e, t) in enumerate(hit.parts):
                    label = f"{clause.label} group {g + 1}" if clause.kind == "near" else clause.label
                    first, last = starts[s], ends[e - 1]
                    matched.append(ClauseMatch(label, original[first:last], first, last,
                                               (term_text[t],) if t in term_text else ()))
                clauses = built[key] = tuple(matched)
            out.append(Verdict(rule, start, end, clauses, decisions, suppressed))
        return out

    def _decide(self, rule: Rule, hit: _Hit, tokens: Tokens, context: SegmentContext, cache: dict,  # type: ignore[type-arg]
                original: str, role: Role, kind: str,
                exceptions: tuple[tuple[int, int], ...]) -> tuple[tuple[ContextDecision, ...], bool]:
        """The context decisions on a hit for a rule, and whether they suppress it."""
        decisions: list[ContextDecision] = []
        suppressed = False
        if not speaker_fits(rule.speaker, role):
            decisions.append(ContextDecision("speaker", role, "suppressed",
                                             f"the rule is about {rule.speaker} speech"))
            suppressed = True
        elif role == "unknown":
            decisions.append(ContextDecision("speaker", "", "kept", "speaker role unknown"))
        if kind not in rule.applies_to:
            decisions.append(ContextDecision("applies-to", kind, "suppressed", f"the rule does not apply to {kind}"))
            suppressed = True
        if exceptions:
            first, last = context.sentence(hit.start, hit.end)
            for s, e in exceptions:
                if first <= s and e <= last + 1:
                    words = original[tokens.starts[s]:tokens.ends[e - 1]]
                    decisions.append(ContextDecision("exception", words, "suppressed", "an exception of the rule"))
                    suppressed = True
                    break
        found = cache.get(hit)
        if found is None:
            gaps = () if len(hit.parts) < 2 or not context.has("negation") else tuple(
                (a[1], b[0]) for a, b in itertools.pairwise(sorted(hit.parts)) if a[1] < b[0])
            found = cache[hit] = {
                "pseudo": context.pseudo_negations(hit.start, hit.end, original),
                "negated": context.negation(hit.start, hit.end, original, gaps),
                "consent": context.consent(hit.start, hit.end, original),
                "quoted": context.quoted(hit.start, hit.end, original),
            }
        decisions.extend(found["pseudo"])
        for name in _CONTEXT_CHECKS:
            if name == "question":
                if "question" not in rule.unless:
                    continue
                if "question" not in found:
                    found["question"] = context.question(hit.start, hit.end, original)
            decision = found[name]
            if decision is None:
                continue
            if decision.effect == "suppressed" and name not in rule.unless:
                decision = ContextDecision(decision.kind, decision.trigger, "kept",
                                           f"{decision.reason}, but this rule flags it anyway")
            decisions.append(decision)
            suppressed = suppressed or decision.effect == "suppressed"
        return tuple(decisions), suppressed

    def _finding(self, path: str, segment: Segment, verdict: Verdict) -> Finding:
        rule = verdict.rule
        words = segment.text[verdict.start:verdict.end]
        return Finding(
            path=path, line=segment.line, column=segment.column + verdict.start,
            end_column=segment.column + verdict.end, segment=segment.index, speaker=segment.speaker,
            role=segment.role, rule=rule.id, ruleset=rule.ruleset, category=rule.category, severity=rule.severity,
            text=words, start=verdict.start, end=verdict.end, message=rule.render(words), citation=rule.citation,
            explanation=Explanation(verdict.clauses, verdict.decisions),
        )


class RequiredStatements:
    """Tracks `required` rules over a call's first agent turns and reports what was never said."""

    def __init__(self, scanner: Scanner, info: CallInfo) -> None:
        book = scanner.book
        self.info = info
        self.pending = {
            i: book.rules[i] for i in scanner.compiled.required
            if info.kind in book.rules[i].applies_to and language_fits(book.rules[i], info.language)
        }
        self.settled: frozenset[int] = frozenset(i for i in scanner.compiled.required if i not in self.pending)
        """Required rules whose hits no longer matter for this call (said, out of time, or not applicable)."""
        self.turns = 0
        self.first_agent: Segment | None = None
        self.missing_rules: list = []

    def observe(self, segment: Segment, verdicts: list[Verdict]) -> None:
        if not self.pending or segment.role != "agent":
            return
        self.turns += 1
        if self.first_agent is None:
            self.first_agent = segment
        said = {v.rule.id for v in verdicts if not v.suppressed and v.rule.kind == "required"}
        for index, rule in list(self.pending.items()):
            if rule.id in said:
                del self.pending[index]
                self.settled |= {index}
            elif self.turns >= rule.within_turns:
                self.missing_rules.append(rule)
                del self.pending[index]
                self.settled |= {index}

    def missing(self) -> Iterator[Finding]:
        if self.first_agent is None:
            return
        segment = self.first_agent
        for rule in [*self.missing_rules, *self.pending.values()]:
            turns = min(self.turns, rule.within_turns)
            decision = ContextDecision("required", "", "kept",
                                       f"not said in the first {turns} agent turn{'s' if turns != 1 else ''}")
            yield Finding(
                path=self.info.path, line=segment.line, column=segment.column,
                end_column=segment.column + len(segment.text), segment=segment.index, speaker=segment.speaker,
                role=segment.role, rule=rule.id, ruleset=rule.ruleset, category=rule.category,
                severity=rule.severity, text=segment.text, start=0, end=len(segment.text),
                message=rule.render(""), citation=rule.citation, explanation=Explanation((), (decision,)),
            )


def _without_overlaps(verdicts: list[_Judged]) -> list[_Judged]:
    """One verdict per rule per stretch of text: standing hits first, then the earliest and longest."""
    if len(verdicts) < 2:
        return verdicts
    verdicts.sort(key=lambda v: (v.rule.id, v.suppressed, v.start, -(v.end - v.start)))
    kept: list[_Judged] = []
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for verdict in verdicts:
        spans = taken[verdict.rule.id]
        if any(s < verdict.end and verdict.start < e for s, e in spans):
            continue
        spans.append((verdict.start, verdict.end))
        kept.append(verdict)
    kept.sort(key=lambda v: (v.start, v.rule.id))
    return kept


def _token_span(tokens: Tokens, start: int, end: int) -> tuple[int, int] | None:
    first = bisect_right(tokens.starts, start) - 1
    last = bisect_left(tokens.ends, end)
    if first < 0 or last >= len(tokens.ends):
        first, last = max(first, 0), min(last, len(tokens.ends) - 1)
    return (first, last + 1) if first <= last else None
