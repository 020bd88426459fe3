"""Loading rule files strictly: every problem is reported at once as `file:line:col: message`."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap

from notecheck.findings import RulesetRef
from notecheck.paths import SHIPPED_RULES
from notecheck.rulebook.errors import RulebookError, RuleError
from notecheck.rulebook.model import Clause, Example, Rule, Rulebook, Ruleset
from notecheck.rulebook.phrases import PhraseError, expand
from notecheck.rulebook.schema import CATEGORIES, RulesetHeader
from notecheck.rulebook.schema import Clause as ClauseModel
from notecheck.rulebook.schema import Example as ExampleModel
from notecheck.rulebook.schema import Rule as RuleModel
from notecheck.rulebook.yaml_source import plain, position, read_yaml

RULE_SUFFIXES = (".yaml", ".yml")
CONTEXT_FILE = Path(__file__).resolve().parent.parent / "matching" / "context.yaml"


def default_rule_paths() -> list[Path]:
    """The rule files shipped with notecheck."""
    return [SHIPPED_RULES]


def rule_files(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[Path, bool]]:
    """Rule files under the given paths; the flag says whether the file was named explicitly."""
    found: list[tuple[Path, bool]] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend((p, False) for p in sorted(path.rglob("*")) if p.suffix in RULE_SUFFIXES and p.is_file()
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            found.append((path, True))
    return found


def load_rulebook(paths: Sequence[str | os.PathLike[str]], check_examples: bool = True) -> Rulebook:
    """Load and check rule files (or folders of them). Raises RulebookError listing every problem."""
    errors: list[RuleError] = []
    rulesets: list[Ruleset] = []
    rules: list[Rule] = []
    files = rule_files(paths)
    if not files:
        raise RulebookError([RuleError(str(p), 1, 1, "no rule files here") for p in paths] or
                            [RuleError("(none)", 1, 1, "no rule files given")])
    for path, named in files:
        try:
            ruleset, file_rules, problems = read_ruleset_file(path)
        except RulebookError as exc:
            errors.extend(exc.errors)
            continue
        errors.extend(problems)
        if not ruleset.default and not named:
            continue
        rulesets.append(ruleset)
        rules.extend(file_rules)
    errors.extend(_cross_file_problems(rulesets, rules))
    categories = dict(CATEGORIES)
    for ruleset in rulesets:
        categories.update(ruleset.categories)
    book = Rulebook(tuple(rulesets), tuple(rules), tuple(categories.items()), _context(rulesets))
    if check_examples and rules:
        from notecheck.matching.examples import example_problems

        errors.extend(example_problems(book))
    if errors:
        raise RulebookError(errors)
    return book


def _cross_file_problems(rulesets: list[Ruleset], rules: list[Rule]) -> list[RuleError]:
    problems = []
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in seen:
            first = seen[rule.id]
            problems.append(RuleError(rule.path, rule.line, rule.column,
                                      f"rule id `{rule.id}` is already used at {first.path}:{first.line}"))
        seen.setdefault(rule.id, rule)
    names: dict[str, Ruleset] = {}
    for ruleset in rulesets:
        if ruleset.name in names:
            problems.append(RuleError(ruleset.path, 1, 1, f"rule set name `{ruleset.name}` is already used by "
                                      f"{names[ruleset.name].path}"))
        names.setdefault(ruleset.name, ruleset)
    return problems


@cache
def builtin_context() -> dict[str, dict[str, list[str]]]:
    from ruamel.yaml import YAML

    return plain(YAML(typ="rt").load(CONTEXT_FILE.read_text(encoding="utf-8")))


def _context(rulesets: list[Ruleset]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    merged: dict[str, list[str]] = {}
    for language_terms in builtin_context().values():
        for kind, phrases in language_terms.items():
            merged.setdefault(kind, []).extend(phrases)
    for ruleset in rulesets:
        for kind, phrases in ruleset.context:
            merged.setdefault(kind, []).extend(phrases)
    expanded = {kind: tuple(dict.fromkeys(v for phrase in phrases for v in expand(phrase, {})))
                for kind, phrases in merged.items()}
    return tuple(sorted(expanded.items()))


def load_ruleset_file(path: Path) -> tuple[Ruleset, list[Rule]]:
    """Load one rule file (examples not run). Raises RulebookError with every problem in it."""
    ruleset, rules, problems = read_ruleset_file(path)
    if problems:
        raise RulebookError(problems)
    return ruleset, rules


def read_ruleset_file(path: Path) -> tuple[Ruleset, list[Rule], list[RuleError]]:
    """Read one rule file: the rule set, its sound rules, and the problems of the others.

    Raises RulebookError when the file as a whole cannot be read.
    """
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RulebookError([RuleError(name, 1, 1, f"cannot read: {exc.strerror or exc}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RulebookError([RuleError(name, line, 1, "rule files must be UTF-8")]) from None
    tree = read_yaml(path, text)
    if not isinstance(tree, CommentedMap):
        raise RulebookError([RuleError(name, 1, 1, "a rule file is a mapping with `ruleset`, `version`, `rules` …")])
    data = plain(tree)
    try:
        header = RulesetHeader.model_validate(data)
    except ValidationError as exc:
        raise RulebookError(_validation_errors(name, tree, exc)) from None
    problems: list[RuleError] = []
    models: list[tuple[int, RuleModel]] = []
    known = set(CATEGORIES) | set(header.categories)
    for i, item in enumerate(header.rules):
        try:
            models.append((i, RuleModel.model_validate(item, context={"categories": known})))
        except ValidationError as exc:
            problems.extend(_validation_errors(name, tree, exc, prefix=["rules", i]))
    sha = hashlib.sha256(raw).hexdigest()
    ruleset, rules, build_problems = _build(path, text, sha, tree, header, models)
    return ruleset, rules, problems + build_problems


def _validation_errors(name: str, tree: Any, exc: ValidationError, prefix: list[Any] | None = None) -> list[RuleError]:
    problems = []
    for error in exc.errors():
        loc = [*(prefix or []), *(part for part in error["loc"] if isinstance(part, str | int))]
        line, col = position(tree, loc)
        field = next((str(p) for p in reversed(loc) if isinstance(p, str)), "")
        if error["type"] == "extra_forbidden":
            message = f"unknown key `{field}`"
        elif error["type"] == "missing":
            message = f"missing `{field}`"
        else:
            text = error["msg"].removeprefix("Value error, ")
            message = f"`{field}`: {text}" if field else text
        problems.append(RuleError(name, line, col, message))
    return problems


def _build(path: Path, text: str, sha: str, tree: CommentedMap, model: RulesetHeader,
           rule_models: list[tuple[int, RuleModel]]) -> tuple[Ruleset, list[Rule], list[RuleError]]:
    name = str(path)
    problems: list[RuleError] = []
    ref = RulesetRef(model.ruleset, _version_text(text, tree, model.version), sha)
    terms = dict(model.terms)
    for term_name, phrases in model.terms.items():
        for k, phrase in enumerate(phrases):
            try:
                expand(phrase, terms)
            except PhraseError as exc:
                problems.append(RuleError(name, *position(tree, ["terms", term_name, k]), str(exc)))
    context = {}
    for kind, phrases in model.context.model_dump().items():
        context[kind] = []
        for k, phrase in enumerate(phrases):
            try:
                context[kind].extend(expand(phrase, terms))
            except PhraseError as exc:
                problems.append(RuleError(name, *position(tree, ["context", kind, k]), str(exc)))
    if model.pipeline and not Path(model.pipeline).is_absolute() and (path.parent / model.pipeline).is_dir():
        model = model.model_copy(update={"pipeline": str((path.parent / model.pipeline).resolve())})
    rules = []
    for i, rule in rule_models:
        where = ["rules", i]
        before = len(problems)
        clauses = []
        for j, clause in enumerate(rule.match):
            compiled, clause_problems = _compile_clause(name, tree, [*where, "match", j], j, clause, terms, model)
            problems.extend(clause_problems)
            if compiled:
                clauses.append(compiled)
        exceptions = []
        for k, phrase in enumerate(rule.except_):
            try:
                exceptions.extend(expand(phrase, terms))
            except PhraseError as exc:
                problems.append(RuleError(name, *position(tree, [*where, "except", k]), str(exc)))
        if not rule.examples.flag:
            problems.append(RuleError(name, *position(tree, [*where, "examples"]),
                                      f"rule `{rule.id}` needs at least one `flag` example"))
        if not rule.examples.pass_:
            problems.append(RuleError(name, *position(tree, [*where, "examples"]),
                                      f"rule `{rule.id}` needs at least one `pass` example"))
        if len(problems) > before:
            continue
        line, column = position(tree, where)
        rules.append(Rule(
            id=rule.id, category=rule.category, severity=rule.severity, message=rule.message,
            citation=rule.citation, kind=rule.kind, speaker=rule.speaker, applies_to=frozenset(rule.applies_to),
            clauses=tuple(clauses), exceptions=tuple(dict.fromkeys(exceptions)), unless=frozenset(rule.unless),
            within_turns=rule.within_turns, ruleset=ref, languages=tuple(model.language), path=name,
            line=line, column=column, description=rule.description,
            flag_examples=_examples(tree, [*where, "examples", "flag"], rule.examples.flag),
            pass_examples=_examples(tree, [*where, "examples", "pass"], rule.examples.pass_),
            todo_flag=_examples(tree, [*where, "examples", "todo_flag"], rule.examples.todo_flag),
            todo_pass=_examples(tree, [*where, "examples", "todo_pass"], rule.examples.todo_pass),
        ))
    ruleset = Ruleset(
        name=model.ruleset, version=ref.version, sha256=sha, path=name, source=text, languages=tuple(model.language),
        jurisdiction=model.jurisdiction, description=model.description, default=model.default,
        pipeline=model.pipeline, categories=tuple(model.categories.items()),
        context=tuple((k, tuple(v)) for k, v in context.items() if v),
    )
    return ruleset, rules, problems


def _version_text(text: str, tree: CommentedMap, version: str) -> str:
    """The version as written (YAML would read 2026.10 as the number 2026.1)."""
    if isinstance(tree.get("version"), float):
        line, col = tree.lc.value("version")
        written = text.splitlines()[line][col:].split("#")[0].strip()
        return written or version
    return version


def _examples(tree: CommentedMap, loc: list[Any], items: list[ExampleModel]) -> tuple[Example, ...]:
    return tuple(Example(e.text, e.speaker, e.span, *position(tree, [*loc, k]))
                 for k, e in enumerate(items))


def _compile_clause(name: str, tree: CommentedMap, loc: list[Any], index: int, clause: ClauseModel,
                    terms: dict[str, list[str]], model: RulesetHeader) -> tuple[Clause | None, list[RuleError]]:
    from notecheck.matching.patterns import pattern_problem, regex_problem

    problems = []
    within = clause.within or {}
    if clause.phrases is not None or clause.near is not None:
        raw_groups = [clause.phrases] if clause.phrases is not None else clause.near or []
        groups = []
        for g, group in enumerate(raw_groups):
            expanded: list[str] = []
            for k, phrase in enumerate(group):
                item = [*loc, "phrases", k] if clause.phrases is not None else [*loc, "near", g, k]
                try:
                    expanded.extend(expand(phrase, terms))
                except PhraseError as exc:
                    problems.append(RuleError(name, *position(tree, item), str(exc)))
            groups.append(tuple(dict.fromkeys(expanded)))
        kind = "phrases" if clause.phrases is not None else "near"
        return Clause(kind, index, tuple(groups), within.get("en", 6), within.get("zh", 8), clause.ordered), problems
    if clause.pattern is not None:
        problem = pattern_problem(clause.pattern, model.pipeline)
        if problem:
            problems.append(RuleError(name, *position(tree, [*loc, "pattern"]), problem))
            return None, problems
        frozen = tuple(tuple(sorted(token.items())) for token in clause.pattern)
        return Clause("pattern", index, pattern=frozen), problems
    problem = regex_problem(clause.regex or "")
    if problem:
        problems.append(RuleError(name, *position(tree, [*loc, "regex"]), problem))
        return None, problems
    return Clause("regex", index, regex=clause.regex), problems
