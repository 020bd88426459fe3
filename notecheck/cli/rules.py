"""`notecheck rules check|test|diff|explain|schema`: the compliance officer's rule tools."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from notecheck.rulebook import Rulebook, RulebookError, default_rule_paths, load_rulebook


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("rules", help="check, test, compare and explain rule files")
    sub = parser.add_subparsers(dest="rules_command", metavar="ACTION", required=True)

    check = sub.add_parser("check", help="validate rule files; print every problem as file:line:col")
    check.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    check.set_defaults(run=run_check)

    test = sub.add_parser("test", help="run every rule's examples; with --corpus, score against labelled calls")
    test.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    test.add_argument("--corpus", type=Path, help="a labelled corpus folder (call files + gold.jsonl)")
    test.add_argument("--min-precision", type=float, default=None)
    test.add_argument("--min-recall", type=float, default=None)
    test.add_argument("--misses", action="store_true", help="list false negatives and false positives")
    test.set_defaults(run=run_test)

    diff = sub.add_parser("diff", help="which flags a rule change adds and removes on a corpus")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.add_argument("corpus", type=Path)
    diff.set_defaults(run=run_diff)

    explain = sub.add_parser("explain", help="show tokens, hits and context decisions for a text")
    explain.add_argument("text")
    explain.add_argument("--rules", action="append", type=Path, metavar="PATH")
    explain.add_argument("--speaker", choices=("agent", "customer", "unknown"), default="agent")
    explain.set_defaults(run=run_explain)

    schema = sub.add_parser("schema", help="print the JSON Schema of rule files")
    schema.add_argument("--output", type=Path, help="write it to this file instead")
    schema.set_defaults(run=run_schema)


def _load(paths: list[Path] | None, check_examples: bool = True) -> Rulebook | None:
    try:
        return load_rulebook(paths or default_rule_paths(), check_examples=check_examples)
    except RulebookError as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{len(exc.errors)} problem{'s' if len(exc.errors) != 1 else ''}", file=sys.stderr)
        return None


def run_check(args: argparse.Namespace) -> int:
    book = _load(args.paths)
    if book is None:
        return 1
    for ruleset in book.rulesets:
        count = sum(1 for r in book.rules if r.ruleset.name == ruleset.name)
        print(f"{ruleset.path}: ok — {ruleset.name}@{ruleset.version}, {count} rules, sha256 {ruleset.sha256[:12]}")
    return 0


def run_test(args: argparse.Namespace) -> int:
    from notecheck.matching import Scanner
    from notecheck.matching.examples import check_example, flagged_words

    book = _load(args.paths, check_examples=False)
    if book is None:
        return 1
    scanner = Scanner.of(book)
    failed = todo = passed = 0
    for rule in book.rules:
        problems = []
        cases = [(e, True) for e in rule.flag_examples] + [(e, False) for e in rule.pass_examples]
        for example, should_flag in cases:
            problem = check_example(scanner, rule, example, should_flag=should_flag)
            if problem:
                problems.append((example, problem))
            else:
                passed += 1
        for example in rule.todo_flag:
            todo += 1
            if flagged_words(scanner, rule, example):
                print(f"{rule.path}:{example.line}:{example.column}: todo_flag now flags — move it to `flag`")
        for example in rule.todo_pass:
            todo += 1
            if not flagged_words(scanner, rule, example):
                print(f"{rule.path}:{example.line}:{example.column}: todo_pass now passes — move it to `pass`")
        for example, problem in problems:
            print(f"{rule.path}:{example.line}:{example.column}: FAIL {problem}")
        failed += len(problems)
    print(f"examples: {passed} passed, {failed} failed, {todo} todo, {len(book.rules)} rules")
    status = 1 if failed else 0
    if args.corpus:
        status = max(status, _score_corpus(scanner, args))
    return status


def _score_corpus(scanner, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from notecheck.evaluation import score
    from notecheck.matching.batch import scan_paths

    findings = []
    for result in scan_paths(scanner, [args.corpus]):
        if result.error:
            print(result.error, file=sys.stderr)
        findings.extend(result.findings)
    report = score(args.corpus, findings)
    print(f"\n{'bucket':34} {'prec':>6} {'rec':>6} {'f1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for bucket, s in report.buckets.items():
        print(f"{bucket:34} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5} {s.fp:5} {s.fn:5}")
    print(f"\n{'rule':48} {'prec':>6} {'tp':>5} {'fp':>5}")
    for rule_id, s in report.rules.items():
        print(f"{rule_id:48} {s.precision:6.3f} {s.tp:5} {s.fp:5}")
    if args.misses:
        for title, items in (("false negatives", report.false_negatives), ("false positives", report.false_positives)):
            print(f"\n{title}:")
            for path, line, category in items:
                print(f"  {path}:{line} {category}")
    overall = report.buckets.get("all")
    if overall and args.min_precision is not None and overall.precision < args.min_precision:
        print(f"precision {overall.precision:.3f} is below {args.min_precision}", file=sys.stderr)
        return 1
    if overall and args.min_recall is not None and overall.recall < args.min_recall:
        print(f"recall {overall.recall:.3f} is below {args.min_recall}", file=sys.stderr)
        return 1
    return 0


def run_diff(args: argparse.Namespace) -> int:
    from notecheck.matching import Scanner
    from notecheck.matching.batch import scan_paths

    old, new = _load([args.old]), _load([args.new])
    if old is None or new is None:
        return 2
    gold = _gold(args.corpus)

    def flags(book: Rulebook) -> dict[tuple[str, int, str, str], str]:
        out = {}
        for result in scan_paths(Scanner.of(book), [args.corpus]):
            for f in result.findings:
                out[(f.path, f.line, f.rule, f.category)] = f.text
        return out

    before, after = flags(old), flags(new)
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    print(f"old: {old.describe()}\nnew: {new.describe()}\ncorpus: {args.corpus}")
    for title, keys, texts in (("added", added, after), ("removed", removed, before)):
        print(f"\n{len(keys)} flag{'s' if len(keys) != 1 else ''} {title}:")
        for key in keys:
            path, line, rule, category = key
            verdict = _verdict(gold, args.corpus, path, line, category)
            print(f"  {'+' if title == 'added' else '-'} {path}:{line} {category} [{rule}] “{texts[key]}”{verdict}")
    print(f"\nunchanged: {len(set(before) & set(after))}")
    return 0


def _gold(corpus: Path) -> set[tuple[str, int, str]] | None:
    from notecheck.evaluation import load_gold

    return load_gold(corpus.resolve()) if (corpus / "gold.jsonl").exists() else None


def _verdict(gold: set | None, corpus: Path, path: str, line: int, category: str) -> str:  # type: ignore[type-arg]
    if gold is None:
        return ""
    relative = str(Path(path).resolve().relative_to(corpus.resolve()))
    return "  (labelled)" if (relative, line, category) in gold else "  (not labelled)"


def run_explain(args: argparse.Namespace) -> int:
    from notecheck.matching import Scanner

    book = _load(args.rules)
    if book is None:
        return 2
    tokens, verdicts = Scanner.of(book).explain(args.text, role=args.speaker)
    print("tokens: " + " ".join(t.text if t.text == t.norm_ else f"{t.text}({t.norm_})" for t in tokens.doc))
    if tokens.text != args.text:
        print(f"folded: {tokens.text}")
    if not verdicts:
        print("no rule matched")
    for v in verdicts:
        state = "SUPPRESSED" if v.suppressed else "FLAG"
        print(f"\n{state} {v.rule.id} ({v.rule.category}, {v.rule.severity}) “{args.text[v.start:v.end]}” "
              f"at {v.start}-{v.end}")
        for c in v.clauses:
            print(f"  {c.clause} matched “{c.words}”" + (f" as {', '.join(c.terms)}" if c.terms else ""))
        for d in v.decisions:
            print(f"  {d.kind}: {d.effect}" + (f" — “{d.trigger}”" if d.trigger else "") + f" ({d.reason})")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from notecheck.rulebook.schema import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
