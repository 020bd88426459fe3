"""Running each rule's own examples: what must flag does, what must pass does."""

from __future__ import annotations

from notecheck.calls import CallInfo, Segment
from notecheck.rulebook.errors import RuleError
from notecheck.rulebook.model import Example, Rule, Rulebook


def example_problems(book: Rulebook) -> list[RuleError]:
    """Every example that does not behave as written, as a RuleError at the example's line."""
    from notecheck.matching.scanner import Scanner

    scanner = Scanner.of(book)
    problems = []
    for rule in book.rules:
        for example in rule.flag_examples:
            problem = check_example(scanner, rule, example, should_flag=True)
            if problem:
                problems.append(RuleError(rule.path, example.line, example.column, problem))
        for example in rule.pass_examples:
            problem = check_example(scanner, rule, example, should_flag=False)
            if problem:
                problems.append(RuleError(rule.path, example.line, example.column, problem))
    return problems


def example_kind(rule: Rule) -> str:
    """The kind of text a rule's examples are read as: a transcript, unless the rule applies only to others."""
    return "transcript" if "transcript" in rule.applies_to else min(rule.applies_to)


def flagged_words(scanner, rule: Rule, example: Example) -> list[str]:  # type: ignore[no-untyped-def]
    """The words the rule flags in an example (for `required` rules: the opening turns, one per line)."""
    kind = example_kind(rule)
    if rule.kind == "required":
        turns = [t for t in example.text.split("\n") if t.strip()]
        language = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in example.text) else "en"
        info = CallInfo(path="<example>", sha256="", format="text", kind=kind, call_id="example",  # type: ignore[arg-type]
                        agent=None, language=language, started_at=None)
        segments = [Segment(index=i, line=i + 1, speaker="agent", role="agent", text=t) for i, t in enumerate(turns)]
        return [f.text for f in scanner.scan_stream(info, segments) if f.rule == rule.id]
    findings = scanner.scan_text(example.text, role=example.speaker, kind=kind)
    return [f.text for f in findings if f.rule == rule.id]


def check_example(scanner, rule: Rule, example: Example, should_flag: bool) -> str | None:  # type: ignore[no-untyped-def]
    words = flagged_words(scanner, rule, example)
    if should_flag and not words:
        return f"rule `{rule.id}` does not flag its own example: {example.text!r}"
    if should_flag and example.span and example.span not in words:
        return f"rule `{rule.id}` flags {words!r}, not the expected span {example.span!r}"
    if not should_flag and words:
        return f"rule `{rule.id}` flags its own `pass` example ({words[0]!r}): {example.text!r}"
    return None
