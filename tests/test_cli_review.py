"""The review commands end to end, on SQLite (argon2 sign-in) and PostgreSQL (one database login per person)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from db_fixtures import PASSWORD, REVIEW_RULES, Team, calls_dir  # noqa: F401

from notecheck.cli import main


class Cli:
    def __init__(self, team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.team, self.capsys = team, capsys
        monkeypatch.setenv("NOTECHECK_PASSWORD", PASSWORD)
        monkeypatch.delenv("NOTECHECK_DB", raising=False)
        monkeypatch.delenv("NOTECHECK_USER", raising=False)

    def __call__(self, who: str, *args: str, claim: str | None = None) -> tuple[int, str, str]:
        """Run a command connected as `who` (signing in as `claim`, if given, instead)."""
        name = self.team.names[who]
        db = self.team.pg.login_url(name) if self.team.pg else self.team.url
        code = main([*args, "--db", db, "--user", self.team.names[claim] if claim else name])
        out = self.capsys.readouterr()
        return code, out.out, out.err


@pytest.fixture
def cli(team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(team, capsys, monkeypatch)


def test_cli_review_whole_job(cli: Cli, calls_dir, tmp_path: Path) -> None:  # noqa: F811
    code, out, _ = cli("cora", "publish", str(REVIEW_RULES / "v1"), "--note", "first rules")
    assert code == 0 and "review-test@1" in out
    folder = calls_dir(2)
    code, out, _ = cli("alice", "import", str(folder))
    assert code == 0 and out.strip().endswith("2 imported, 0 duplicate, 0 failed, 0 skipped")
    code, out, _ = cli("alice", "import", str(folder), "--quiet")
    assert out.strip() == "0 imported, 2 duplicate, 0 failed, 0 skipped"

    code, out, _ = cli("alice", "queue", "--format", "jsonl", "--rule", "abuse.*")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 2 and {r["rule"] for r in rows} == {"abuse.deadbeat"}
    deadbeat = [r["id"] for r in rows]
    code, out, _ = cli("alice", "queue", "--format", "csv", "--severity", "high,medium", "--sort", "id", "--ascending")
    table = list(csv.DictReader(io.StringIO(out)))
    assert len(table) == 4 and [int(r["id"]) for r in table] == sorted(int(r["id"]) for r in table)
    code, out, _ = cli("alice", "queue", "--status", "open", "--counts")
    assert "open=6" in out and out.count("\n") == 7

    assert cli("alice", "review", str(deadbeat[0]), "--confirm")[0] == 0
    code, _, err = cli("alice", "review", str(deadbeat[1]), "--dismiss")
    assert code == 1 and f"flag {deadbeat[1]}: dismissing needs a reason" in err
    assert cli("alice", "review", str(deadbeat[1]), "--dismiss", "--reason", "customer's words")[0] == 0
    code, _, err = cli("alice", "signoff", str(deadbeat[0]))
    assert code == 1 and "a qa_reviewer cannot sign off" in err
    code, out, _ = cli("bob", "signoff", str(deadbeat[0]))
    assert code == 0 and out.strip() == f"#{deadbeat[0]} signed_off (version 3)"
    code, _, err = cli("bob", "signoff", str(deadbeat[1]), "--return")
    assert code == 1 and "returning needs a reason" in err
    assert cli("bob", "signoff", str(deadbeat[1]), "--return", "--reason", "listen again")[0] == 0
    code, _, err = cli("alice", "review", "--undo")  # bob has since returned it
    assert code == 1 and f"flag {deadbeat[1]}: your last decision (dismiss) cannot be undone" in err

    code, out, _ = cli("alice", "flag", "add", "--call", "1", "--line", "6", "--text", "Keystone Recovery",
                       "--category", "impersonation", "--note", "not on the letter")
    assert code == 0 and "confirmed impersonation “Keystone Recovery”" in out

    code, out, _ = cli("alice", "audit", "verify")
    assert code == 0 and out.startswith("audit trail intact: ")
    code, out, _ = cli("alice", "audit", "log", "--flag", str(deadbeat[1]))
    assert [line.split()[4] for line in out.splitlines()] == ["dismiss", "return"]

    target = tmp_path / "flags.xlsx"
    code, out, _ = cli("bob", "export", str(target), "--mask", "--status", "signed_off,returned")
    assert code == 0 and out.startswith("2 flags written") and target.stat().st_size > 0


def test_cli_review_user_add(cli: Cli, team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOTECHECK_NEW_PASSWORD", "dora's password")
    name = f"{team.pg.name}_dora" if team.pg else "dora"
    code, _, err = cli("alice", "user", "add", name, "--role", "qa_reviewer")
    assert code == 1 and ("only an admin can add users" in err or "cannot add users" in err)
    code, out, _ = cli("adam", "user", "add", name, "--role", "qa_reviewer")
    assert code == 0 and out.startswith(f"added {name} (qa_reviewer)")
    code, out, _ = cli("adam", "user", "list")
    assert f"{name}\tqa_reviewer\tactive" in out


def test_cli_review_nobody_signs_in_as_someone_else(cli: Cli, team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    if team.pg:  # team mode: the database login is the user, whatever --user claims
        code, _, err = cli("alice", "review", "1", "--confirm", claim="bob")
        assert code == 1 and f"you are your database login ({team.names['alice']}), not {team.names['bob']}" in err
    else:  # SQLite: the argon2 password decides
        monkeypatch.setenv("NOTECHECK_PASSWORD", "wrong")
        code, _, err = cli("alice", "review", "1", "--confirm", claim="bob")
        assert code == 1 and "unknown user or wrong password for 'bob'" in err
