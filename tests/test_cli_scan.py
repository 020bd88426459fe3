"""`notecheck scan` behaves like a linter: findings on stdout, errors on stderr, exit 0/1/2."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from notecheck.cli import main

RULES = Path(__file__).parent / "data" / "rules" / "engine.yaml"
CONTRACT_FIELDS = {"path", "line", "column", "category", "rule", "severity", "speaker", "text", "message"}


def scan(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["scan", "--rules", str(RULES), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def calls(tmp_path: Path) -> Path:
    (tmp_path / "clean.txt").write_text("Agent: Hello, this is Acme.\nCustomer: Hi.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.txt").write_text(
        "Agent: This stays on your credit for life.\nCustomer: I'll call my boss.\nAgent: I will call your wife.\n",
        encoding="utf-8")
    return tmp_path


def test_cli_scan_clean_file_exits_0(capsys: pytest.CaptureFixture[str], calls: Path) -> None:
    code, out, _ = scan(capsys, str(calls / "clean.txt"))
    assert (code, out) == (0, "")


def test_cli_scan_flags_exit_1_with_contract_fields(capsys: pytest.CaptureFixture[str], calls: Path) -> None:
    code, out, _ = scan(capsys, str(calls), "--format", "jsonl")
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["path"], r["line"], r["category"], r["speaker"]) for r in records] == [
        (str(calls / "sub" / "bad.txt"), 1, "credit_misstatement", "Agent"),
        (str(calls / "sub" / "bad.txt"), 3, "third_party_pressure", "Agent"),
    ]
    for record in records:
        assert set(record) >= CONTRACT_FIELDS
        assert record["ruleset"] == "engine-test" and len(record["ruleset_sha256"]) == 64
    assert records[1]["column"] == len("Agent: I will ") + 1 and records[1]["text"] == "call your wife"


def test_cli_scan_csv_and_text_formats(capsys: pytest.CaptureFixture[str], calls: Path) -> None:
    _, out, _ = scan(capsys, str(calls), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["rule"] for r in rows] == ["credit.forever", "third-party.contact"]
    _, out, _ = scan(capsys, str(calls))
    assert out.splitlines()[1].startswith(f"{calls / 'sub' / 'bad.txt'}:3:15: high third_party_pressure")


def test_cli_scan_bad_file_is_reported_and_the_rest_scanned(capsys: pytest.CaptureFixture[str], calls: Path) -> None:
    (calls / "broken.json").write_text('{"segments": [\n {"speaker": "agent", "te', encoding="utf-8")
    (calls / "readme.md").write_text("not a call", encoding="utf-8")
    code, out, err = scan(capsys, str(calls), "--format", "jsonl")
    assert code == 2
    assert len(out.splitlines()) == 2
    assert f"{calls / 'broken.json'}:2: invalid JSON" in err
    assert f"{calls / 'readme.md'}: skipped: unknown file type .md" in err


@pytest.mark.parametrize("args", [["no-such-file.txt"], ["--format", "xml", "x.txt"], []])
def test_cli_scan_usage_and_input_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    try:
        code = main(["scan", *args])
    except SystemExit as exit_:
        code = exit_.code
    assert code == 2


def test_cli_scan_broken_rules_exit_2_naming_the_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                      calls: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES.read_text(encoding="utf-8").replace("severity: high", "severity: extreme", 1),
                     encoding="utf-8")
    code = main(["scan", "--rules", str(rules), str(calls)])
    _, err = capsys.readouterr()
    assert code == 2
    assert f"{rules}:11:5: `severity`" in err


def test_cli_scan_agent_speaker_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("SPEAKER_00: I will call your wife.\nSPEAKER_01: I will call your wife.\n", encoding="utf-8")
    code, out, _ = scan(capsys, str(path), "--agent-speaker", "SPEAKER_01", "--format", "jsonl")
    assert code == 1
    assert [json.loads(line)["line"] for line in out.splitlines()] == [2]


def test_cli_scan_runs_as_a_module_and_in_parallel(calls: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "notecheck", "scan", "--rules", str(RULES), str(calls),
                             "--jobs", "2", "--format", "jsonl"], capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert [json.loads(line)["line"] for line in result.stdout.splitlines()] == [1, 3]
