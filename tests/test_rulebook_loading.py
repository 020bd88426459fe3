"""Rule files load strictly: every problem is reported at once as file:line:col."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from notecheck.rulebook import RulebookError, load_rulebook
from notecheck.rulebook.schema import json_schema

DATA = Path(__file__).parent / "data" / "rules"
RESOURCES = Path(__file__).parent.parent / "resources"

GOOD_RULE = """\
  - id: third-party.contact
    category: third_party_pressure
    severity: high
    message: Threatens to contact a third party.
    match:
      near: [[call, contact], [boss, employer]]
    examples:
      flag: ["I'll call your boss."]
      pass: ["We will not contact your employer."]
"""
HEADER = "ruleset: broken\nversion: '1'\nlanguage: en\nrules:\n"


def write(tmp_path: Path, text: str, name: str = "rules.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(RulebookError) as caught:
        load_rulebook([path])
    return [str(e) for e in caught.value.errors]


@pytest.mark.parametrize(("rule", "line", "column", "words"), [
    (GOOD_RULE.replace("    severity: high\n", "    severity: high\n    colour: red\n"), 8, 5, "unknown key `colour`"),
    (GOOD_RULE.replace("third_party_pressure", "third_party_presure"), 6, 5, "unknown category `third_party_presure`"),
    (GOOD_RULE.replace("severity: high", "severity: urgent"), 7, 5, "`severity`"),
    (GOOD_RULE.replace("      near: [[call, contact], [boss, employer]]\n", "      pattern: [{LOWER: call, OPX: '+'}]\n"),
     10, 7, "invalid token pattern"),
    (GOOD_RULE.replace("      near: [[call, contact], [boss, employer]]\n", "      pattern: [{POS: VERB}]\n"),
     10, 7, "needs a trained pipeline"),
    (GOOD_RULE.replace("      near: [[call, contact], [boss, employer]]\n", "      regex: '(a+)+\\1'\n"),
     10, 7, "not a safe regular expression"),
    (GOOD_RULE.replace("      near: [[call, contact], [boss, employer]]\n", "      regex: '(?<=call )boss'\n"),
     10, 7, "not a safe regular expression"),
    (GOOD_RULE.replace("I'll call your boss.", "I'll ring your manager."), 12, 14, "does not flag its own example"),
    (GOOD_RULE.replace("We will not contact your employer.", "We will contact your employer."), 13, 14,
     "flags its own `pass` example"),
    (GOOD_RULE.replace("[boss, employer]", "[$BOSSES]"), 10, 32, "unknown term list $BOSSES"),
    (GOOD_RULE.replace("    message: Threatens to contact a third party.\n", ""), 5, 5, "missing `message`"),
    (GOOD_RULE.replace("      near: [[call, contact], [boss, employer]]\n",
                       "      near: [[call, contact], [boss, employer]]\n      regex: boss\n"), 10, 7,
     "exactly one of"),
])
def test_rulebook_loading_reports_file_line_column(tmp_path: Path, rule: str, line: int, column: int,
                                                    words: str) -> None:
    path = write(tmp_path, HEADER + rule)
    found = problems(path)
    assert any(p.startswith(f"{path}:{line}:{column}: ") and words in p for p in found), found


@pytest.mark.parametrize(("text", "line", "words"), [
    ("ruleset: x\nversion: 1\nlanguage: en\nrules: [\n", 5, "YAML"),
    ("ruleset: x\nruleset: y\nversion: 1\nlanguage: en\nrules: []\n", 2, "YAML"),
    ("- just\n- a list\n", 1, "a rule file is a mapping"),
])
def test_rulebook_loading_yaml_errors(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = write(tmp_path, text)
    found = problems(path)
    assert any(p.startswith(f"{path}:{line}:") and words in p for p in found), found


def test_rulebook_loading_reports_every_problem_at_once(tmp_path: Path) -> None:
    rule = GOOD_RULE.replace("third_party_pressure", "nonsense").replace("severity: high", "severity: high\n    foo: 1")
    second = GOOD_RULE.replace("third-party.contact", "second.rule").replace("I'll call your boss.", "nothing here")
    path = write(tmp_path, HEADER + rule + second)
    found = problems(path)
    assert len(found) == 3, found
    assert [p.split(":")[1] for p in found] == sorted((p.split(":")[1] for p in found), key=int)


def test_rulebook_loading_duplicate_rule_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path, HEADER + GOOD_RULE, "a.yaml")
    write(tmp_path, HEADER.replace("broken", "other") + GOOD_RULE, "b.yaml")
    found = problems(tmp_path)
    assert any("b.yaml:5:5: rule id `third-party.contact` is already used at" in p for p in found), found


def test_rulebook_loading_records_version_and_hash(tmp_path: Path) -> None:
    book = load_rulebook([DATA / "basic.yaml"])
    ruleset = book.rulesets[0]
    assert (ruleset.name, ruleset.version) == ("test-pack", "2026.10")  # not the float 2026.1
    assert len(ruleset.sha256) == 64
    assert all(rule.ruleset == ruleset.ref for rule in book.rules)
    edited = write(tmp_path, (DATA / "basic.yaml").read_text(encoding="utf-8") + "\n# a comment\n")
    assert load_rulebook([edited]).rulesets[0].sha256 != ruleset.sha256


def test_rulebook_loading_default_false_only_when_named(tmp_path: Path) -> None:
    write(tmp_path, HEADER.replace("broken", "main") + GOOD_RULE, "main.yaml")
    optional = write(tmp_path, HEADER.replace("broken", "extra").replace("rules:", "default: false\nrules:")
                     + GOOD_RULE.replace("third-party.contact", "extra.rule"), "extra.yaml")
    assert [r.name for r in load_rulebook([tmp_path]).rulesets] == ["main"]
    assert [r.name for r in load_rulebook([tmp_path / "main.yaml", optional]).rulesets] == ["main", "extra"]


def test_rulebook_loading_declared_categories(tmp_path: Path) -> None:
    text = HEADER.replace("rules:", "categories:\n  harassment: Calls too often\nrules:") + GOOD_RULE.replace(
        "third_party_pressure", "harassment")
    book = load_rulebook([write(tmp_path, text)])
    assert dict(book.categories)["harassment"] == "Calls too often"
    assert "threat_violence" in dict(book.categories)


def test_rulebook_loading_published_schema_is_current() -> None:
    shipped = json.loads((RESOURCES / "schema" / "ruleset.schema.json").read_text(encoding="utf-8"))
    assert shipped == json_schema()
    assert shipped["additionalProperties"] is False
    assert "rules" in shipped["required"]
