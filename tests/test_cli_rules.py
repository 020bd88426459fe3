"""The compliance officer's rule tools: check, test (examples and corpus scores), diff, explain, schema."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from notecheck.cli import main

DATA = Path(__file__).parent / "data"
RULES = DATA / "rules" / "engine.yaml"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_rules_check_ok_and_broken(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "rules", "check", str(RULES))
    assert code == 0 and "engine-test@1.0, 4 rules" in out
    broken = tmp_path / "broken.yaml"
    broken.write_text(RULES.read_text(encoding="utf-8").replace("    severity: high\n", "    severity: high\n    x: 1\n", 1),
                      encoding="utf-8")
    code, _, err = run(capsys, "rules", "check", str(broken))
    assert code == 1
    assert f"{broken}:12:5: unknown key `x`" in err and "1 problem" in err


def test_cli_rules_test_reports_failing_examples(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    edited = tmp_path / "rules.yaml"
    edited.write_text(RULES.read_text(encoding="utf-8").replace('"You could be arrested at work."',
                                                                '"You could be detained at work."'), encoding="utf-8")
    code, out, _ = run(capsys, "rules", "test", str(edited))
    assert code == 1
    assert f"{edited}:37:14: FAIL rule `legal.arrest` does not flag its own example" in out
    assert "examples: 12 passed, 1 failed, 0 todo, 4 rules" in out


def test_cli_rules_test_scores_a_labelled_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "test", str(RULES), "--corpus", str(DATA / "corpus"), "--misses")
    assert code == 0
    assert "examples: 13 passed, 0 failed" in out
    lines = out.splitlines()
    overall = next(line for line in lines if line.startswith("all "))
    assert overall.split()[4:] != ["0", "0"]  # some true and false positives were counted
    assert any(line.startswith("third-party.contact") for line in lines)
    assert "false negatives:" in out and "calls/en06_payday.srt:43 threat_violence" in out
    code, _, err = run(capsys, "rules", "test", str(RULES), "--corpus", str(DATA / "corpus"), "--min-recall", "0.9")
    assert code == 1 and "recall" in err


def test_cli_rules_diff_lists_added_and_removed_flags(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "call.txt").write_text("Agent: I will call your wife.\nAgent: You could be arrested.\n", encoding="utf-8")
    (corpus / "gold.jsonl").write_text(json.dumps({"path": "call.txt", "line": 1, "category": "third_party_pressure"})
                                       + "\n", encoding="utf-8")
    new = tmp_path / "new.yaml"
    text = RULES.read_text(encoding="utf-8")
    new.write_text(text.replace("[{LEMMA: {IN: [arrest, jail]}}]", "[{LEMMA: {IN: [jail]}}]")
                   .replace('"You could be arrested at work."', '"You could go to jail."'), encoding="utf-8")
    code, out, _ = run(capsys, "rules", "diff", str(RULES), str(new), str(corpus))
    assert code == 0
    assert "0 flags added" in out and "1 flag removed" in out
    assert f"- {corpus / 'call.txt'}:2 threat_legal [legal.arrest] “arrested”  (not labelled)" in out
    assert "unchanged: 1" in out


def test_cli_rules_explain_shows_tokens_hits_and_context(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "explain", "We're not gonna call your wife", "--rules", str(RULES))
    assert code == 0
    assert "tokens: We(we) 're(be) not gon(go) na(to) call your wife" in out
    assert "SUPPRESSED third-party.contact" in out and "negated: suppressed — “not”" in out
    code, out, _ = run(capsys, "rules", "explain", "不还钱就联系你家人", "--rules", str(RULES))
    assert "FLAG third-party.contact" in out and "pseudo-negation: kept — “不还钱”" in out


def test_cli_rules_schema_is_json_schema(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "rules", "schema")
    schema = json.loads(out)
    assert code == 0 and schema["title"] == "notecheck rule set"
    assert set(schema["$defs"]["Rule"]["properties"]) >= {"id", "category", "severity", "match", "examples", "unless"}


def test_cli_rules_check_walks_folders(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shutil.copy(RULES, tmp_path / "a.yaml")
    (tmp_path / "notes.txt").write_text("not a rule file", encoding="utf-8")
    code, out, _ = run(capsys, "rules", "check", str(tmp_path))
    assert code == 0 and out.count(": ok") == 1
