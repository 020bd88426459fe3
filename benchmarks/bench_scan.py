"""Scan throughput: bare tokenisation vs the full scan vs the scan with ten times the rules.

Scans the labelled corpus repeated to at least two million words and prints, from the same run:
  (a) bare `nlp.pipe` tokenisation of the same utterances (spaCy's blank English / Chinese tokenizers),
  (b) the full scan with the shipped rules, in worker processes on all cores,
  (c) the same with every rule copied ten times (synthetic copies that match like the originals),
and the ratios (b)/(a) and (c)/(b). Targets: (b)/(a) >= 0.5 and (c)/(b) >= 0.5.

Each measurement is repeated and the best run kept, and CPU seconds per core are reported beside
wall-clock seconds, so that other load on a shared machine distorts the ratios as little as possible.

    python benchmarks/bench_scan.py [--words 2000000] [--rules rules] [--jobs N] [--repeat 3]
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from notecheck.calls import Call  # noqa: E402
from notecheck.ingest import Skipped, discover, load_call  # noqa: E402
from notecheck.matching import Scanner  # noqa: E402
from notecheck.matching.normalize import CJK_CHAR  # noqa: E402
from notecheck.rulebook import Rulebook, load_rulebook  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus" / "calls"


@dataclasses.dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float
    """CPU seconds per process used (user + system)."""
    result: int


def corpus_calls() -> list[Call]:
    return [load_call(p) for p in discover([CORPUS]) if not isinstance(p, Skipped)]


def multiplied(book: Rulebook, times: int) -> Rulebook:
    """The rule book with every match rule copied `times` times under new ids."""
    rules = list(book.rules)
    for copy in range(1, times):
        rules.extend(dataclasses.replace(r, id=f"{r.id}.copy{copy}") for r in book.rules if r.kind == "match")
    return dataclasses.replace(book, rules=tuple(rules), sha256="")


def tokenise(texts: list[str]) -> Timing:
    """Bare nlp.pipe tokenisation, in this process."""
    import spacy

    english, chinese = spacy.blank("en"), spacy.blank("zh")
    en = [t for t in texts if not CJK_CHAR.search(t)]
    zh = [t for t in texts if CJK_CHAR.search(t)]
    wall, cpu = time.perf_counter(), time.process_time()
    words = sum(len(doc) for doc in english.pipe(en, batch_size=1000))
    words += sum(len(doc) for doc in chinese.pipe(zh, batch_size=1000))
    return Timing(time.perf_counter() - wall, time.process_time() - cpu, words)


_scanner: Scanner | None = None
_calls: list[Call] = []


def _scan_share(share: range) -> int:
    """Scan a share of the calls (inherited by forked workers, not sent to them)."""
    assert _scanner is not None
    return sum(len(_scanner.scan_call(_calls[i])) for i in share)


def scan(book: Rulebook, calls: list[Call], jobs: int) -> Callable[[], Timing]:
    """A function that scans all calls with `jobs` worker processes and times it."""
    global _scanner, _calls
    _scanner, _calls = Scanner(book), calls
    _scanner.scan_call(calls[0])  # warm the vocabulary before forking

    def run() -> Timing:
        shares = [range(i, len(calls), jobs) for i in range(jobs)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            findings = sum(pool.map(_scan_share, shares))
        wall = time.perf_counter() - wall
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) / jobs
        return Timing(wall, cpu, findings)

    return run


def best(run: Callable[[], Timing], repeat: int) -> Timing:
    runs = [run() for _ in range(repeat)]
    return Timing(min(r.wall for r in runs), min(r.cpu for r in runs), runs[0].result)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=2_000_000)
    parser.add_argument("--rules", type=Path, action="append")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    book = load_rulebook(args.rules or [ROOT / "rules"])
    base = corpus_calls()
    texts_once = [s.text for call in base for s in call.segments]
    repeat = -(-args.words // tokenise(texts_once).result)
    calls = [Call(dataclasses.replace(c.info, path=f"{c.info.path}#{i}"), c.segments)
             for i in range(repeat) for c in base]
    texts = texts_once * repeat
    a = best(lambda: tokenise(texts), args.repeat)
    b = best(scan(book, calls, args.jobs), args.repeat)
    big = multiplied(book, 10)
    c = best(scan(big, calls, args.jobs), args.repeat)
    words = a.result
    print(f"corpus: {len(base)} files x {repeat} = {len(calls):,} calls, {len(texts):,} utterances, {words:,} words")
    print(f"rules: {book.describe()}: {len(book.rules)} rules; x10: {len(big.rules)} rules; "
          f"scan with {args.jobs} worker processes; best of {args.repeat}")
    print(f"{'':30} {'wall words/s':>14} {'per-core CPU words/s':>22}")
    for label, t in (("(a) bare tokenisation", a), ("(b) full scan", b), ("(c) full scan, rules x10", c)):
        print(f"{label:30} {words / t.wall:14,.0f} {words / t.cpu:22,.0f}   ({t.wall:.2f} s wall)")
    print(f"flags: (b) {b.result:,}  (c) {c.result:,}")
    print(f"(b)/(a) = {a.wall / b.wall:.2f} wall, {a.cpu / b.cpu:.2f} per core   (target >= 0.5)")
    print(f"(c)/(b) = {b.wall / c.wall:.2f} wall, {b.cpu / c.cpu:.2f} per core   (target >= 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
