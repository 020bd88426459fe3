"""Measuring findings against a labelled corpus: precision and recall per category, language and rule.

A corpus is a folder with call files under it and a `gold.jsonl` of expected (path, line, category).
A flag counts when its (path, line, category) is in gold; only the corpus's own categories count.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from notecheck.findings import Finding
from notecheck.rulebook.schema import CATEGORIES

_CJK = re.compile(r"[\u4e00-\u9fff]")
Triple = tuple[str, int, str]


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Report:
    buckets: dict[str, Score]
    rules: dict[str, Score]
    """Per rule: tp and fp of its flags (fn is not defined per rule)."""
    false_negatives: list[Triple] = field(default_factory=list)
    false_positives: list[Triple] = field(default_factory=list)


def load_gold(corpus: Path) -> set[Triple]:
    gold = set()
    for raw in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if raw.strip():
            item = json.loads(raw)
            gold.add((str(Path(item["path"])), int(item["line"]), item["category"]))
    return gold


def language_of(path: Path) -> str:
    return "zh" if _CJK.search(path.read_text(encoding="utf-8", errors="replace")) else "en"


def score(corpus: Path, findings: Iterable[Finding], within: Iterable[Path] | None = None) -> Report:
    """Score findings (paths as scanned) against the corpus's gold labels; with `within`, only the gold
    labels of those files count (a subset of the corpus was scanned)."""
    corpus = corpus.resolve()
    gold = load_gold(corpus)
    if within is not None:
        scanned = {str(Path(p).resolve().relative_to(corpus)) for p in within}
        gold = {triple for triple in gold if triple[0] in scanned}
    flags: set[Triple] = set()
    by_rule: dict[Triple, set[str]] = defaultdict(set)
    for finding in findings:
        if finding.category not in CATEGORIES:
            continue
        relative = str(Path(finding.path).resolve().relative_to(corpus))
        triple = (relative, finding.line, finding.category)
        flags.add(triple)
        by_rule[triple].add(finding.rule)
    languages: dict[str, str] = {}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for triple in gold | flags:
        path, _, category = triple
        if path not in languages:
            full = corpus / path
            languages[path] = language_of(full) if full.exists() else "?"
        kind = "tp" if triple in gold and triple in flags else ("fn" if triple in gold else "fp")
        for bucket in ("all", f"lang:{languages[path]}", f"category:{category}"):
            counts[bucket][kind] += 1
    rules: dict[str, Counter[str]] = defaultdict(Counter)
    for triple, rule_ids in by_rule.items():
        for rule_id in rule_ids:
            rules[rule_id]["tp" if triple in gold else "fp"] += 1
    return Report(
        buckets={b: Score(c["tp"], c["fp"], c["fn"]) for b, c in sorted(counts.items())},
        rules={r: Score(c["tp"], c["fp"], 0) for r, c in sorted(rules.items())},
        false_negatives=sorted(gold - flags),
        false_positives=sorted(flags - gold),
    )
