"""Scan throughput: bare tokenisation vs the full scan vs the scan with ten times the rules.

Scans the labelled corpus repeated to at least two million words and prints, from the same run:
  (a) bare `nlp.pipe` tokenisation of the same utterances (spaCy's blank English / Chinese tokenizers),
  (b) the full scan with the shipped rules (worker processes on all cores),
  (c) the full scan with every rule copied ten times (synthetic copies that match like the originals),
and the ratios (b)/(a) and (c)/(b). Targets: (b)/(a) >= 0.5 and (c)/(b) >= 0.5.

    python benchmarks/bench_scan.py [--words 2000000] [--rules rules] [--jobs N]
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from notecheck.calls import Call  # noqa: E402
from notecheck.ingest import Skipped, discover, load_call  # noqa: E402
from notecheck.matching import Scanner  # noqa: E402
from notecheck.matching.normalize import CJK_CHAR  # noqa: E402
from notecheck.rulebook import Rulebook, load_rulebook  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus" / "calls"


def corpus_calls() -> list[Call]:
    return [load_call(p) for p in discover([CORPUS]) if not isinstance(p, Skipped)]


def baseline_words(texts: list[str]) -> tuple[int, float]:
    """Tokens produced, and seconds, for bare nlp.pipe tokenisation."""
    import spacy

    english, chinese = spacy.blank("en"), spacy.blank("zh")
    en = [t for t in texts if not CJK_CHAR.search(t)]
    zh = [t for t in texts if CJK_CHAR.search(t)]
    start = time.perf_counter()
    words = sum(len(doc) for doc in english.pipe(en, batch_size=1000))
    words += sum(len(doc) for doc in chinese.pipe(zh, batch_size=1000))
    return words, time.perf_counter() - start


def multiplied(book: Rulebook, times: int) -> Rulebook:
    """The rule book with every match rule copied `times` times under new ids."""
    rules = list(book.rules)
    for copy in range(1, times):
        rules.extend(dataclasses.replace(r, id=f"{r.id}.copy{copy}") for r in book.rules if r.kind == "match")
    return dataclasses.replace(book, rules=tuple(rules), sha256="")


_scanner: Scanner | None = None
_calls: list[Call] = []


def _scan_share(share: range) -> int:
    """Scan a share of the calls (inherited by forked workers, not sent to them)."""
    assert _scanner is not None
    return sum(len(_scanner.scan_call(_calls[i])) for i in share)


def timed_scan(book: Rulebook, calls: list[Call], jobs: int) -> tuple[int, float]:
    """Findings and seconds for scanning all calls with `jobs` worker processes."""
    global _scanner, _calls
    _scanner, _calls = Scanner(book), calls
    _scanner.scan_call(calls[0])  # warm the vocabulary
    start = time.perf_counter()
    if jobs == 1:
        findings = _scan_share(range(len(calls)))
    else:
        shares = [range(i, len(calls), jobs) for i in range(jobs)]
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            findings = sum(pool.map(_scan_share, shares))
    return findings, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=2_000_000)
    parser.add_argument("--rules", type=Path, action="append")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    book = load_rulebook(args.rules or [ROOT / "rules"])
    base = corpus_calls()
    texts_once = [s.text for call in base for s in call.segments]
    words_once, _ = baseline_words(texts_once)
    repeat = -(-args.words // words_once)
    calls = [Call(dataclasses.replace(c.info, path=f"{c.info.path}#{i}"), c.segments)
             for i in range(repeat) for c in base]
    texts = texts_once * repeat
    words, t_a = baseline_words(texts)
    flags_b, t_b = timed_scan(book, calls, args.jobs)
    big = multiplied(book, 10)
    flags_c, t_c = timed_scan(big, calls, args.jobs)
    a, b, c = words / t_a, words / t_b, words / t_c
    print(f"corpus: {len(base)} files x {repeat} = {len(calls)} calls, {len(texts):,} utterances, {words:,} words")
    print(f"rules: {book.describe()} — {len(book.rules)} rules; x10: {len(big.rules)} rules; jobs: {args.jobs}")
    print(f"(a) bare tokenisation        {a:12,.0f} words/s  ({t_a:.2f} s)")
    print(f"(b) full scan                {b:12,.0f} words/s  ({t_b:.2f} s, {flags_b:,} flags)")
    print(f"(c) full scan, rules x10     {c:12,.0f} words/s  ({t_c:.2f} s, {flags_c:,} flags)")
    print(f"(b)/(a) = {b / a:.2f}   (target >= 0.5)")
    print(f"(c)/(b) = {c / b:.2f}   (target >= 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
