"""Checks every shipped rule pack must pass: examples that exercise each kind of context, and scores on
labelled calls. Each pack's test module calls these with its own scanner, wordings and thresholds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from notecheck.evaluation import score
from notecheck.ingest import load_call
from notecheck.matching import Scanner
from notecheck.rulebook.model import Example, Rule, Rulebook
from notecheck.rulebook.schema import CATEGORIES


def examples(book: Rulebook, kind: str) -> Iterator[tuple[Rule, Example]]:
    """Every rule's `flag` or `pass` examples, with the rule."""
    for rule in book.rules:
        for example in rule.flag_examples if kind == "flag" else rule.pass_examples:
            yield rule, example


def _decided(scanner: Scanner, rule: Rule, example: Example, kind: str) -> bool:
    """Whether the example's text met `rule` and a context decision of `kind` turned it off."""
    _, verdicts = scanner.explain(example.text, role=example.speaker)
    return any(v.rule.id == rule.id and any(d.kind == kind and (kind == "speaker" or d.effect == "suppressed")
                                            for d in v.decisions) for v in verdicts)


def negated_passes(scanner: Scanner, book: Rulebook) -> list[str]:
    """Pass examples a rule matched and negation turned off."""
    return [e.text for rule, e in examples(book, "pass") if _decided(scanner, rule, e, "negated")]


def customer_passes(scanner: Scanner, book: Rulebook) -> list[str]:
    """Pass examples a rule matched but the customer said."""
    return [e.text for rule, e in examples(book, "pass")
            if e.speaker == "customer" and _decided(scanner, rule, e, "speaker")]


def conditional_flags(book: Rulebook, condition: re.Pattern[str]) -> list[str]:
    """Flag examples that come as a condition ("if you don't pay …", 不还就 …)."""
    return [e.text for _, e in examples(book, "flag") if condition.search(e.text)]


def question_flags(book: Rulebook) -> list[str]:
    """Flag examples that are questions."""
    return [e.text for _, e in examples(book, "flag") if e.text.rstrip("。 ").endswith(("?", "？"))]


def assert_scores(scanner: Scanner, corpus: Path, files: Iterable[Path], *, precision: float = 0.90,
                  recall: float = 0.85, category_recall: float = 0.75) -> None:
    """Scan `files` of a labelled corpus and hold the result to the thresholds, over all and per category
    (gold limited to those files, so one language's pack is measured on that language's calls)."""
    files = sorted(files)
    findings = [f for path in files for f in scanner.scan_call(load_call(path))]
    report = score(corpus, findings, within=files)
    overall = report.buckets["all"]
    assert overall.precision >= precision, report.false_positives
    assert overall.recall >= recall, report.false_negatives
    categories = {b.split(":", 1)[1]: s for b, s in report.buckets.items() if b.startswith("category:")}
    assert set(categories) == set(CATEGORIES)
    for category, result in categories.items():
        assert result.recall >= category_recall, (category, [t for t in report.false_negatives if t[2] == category])
