"""Exports in CSV, JSON Lines and XLSX, with phone, account and ID numbers (身份证 too) masked on request."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from db_fixtures import Team, publish_v1, write_call
from openpyxl import load_workbook

from notecheck.export import mask_text

SECRETS = "Call 555-123-4567, card 4111 1111 1111 1111, SSN 123-45-6789, 身份证110101199003074518, 手机13812345678"


@pytest.mark.parametrize(("text", "masked"), [
    ("Call me at (555) 123-4567.", "Call me at (***) ***-4567."),
    ("+1 555-123-4567", "+* ***-***-4567"),
    ("手机13812345678", "手机*******5678"),
    ("电话 138-1234-5678", "电话 ***-****-5678"),
    ("身份证号110101199003074518，", "身份证号**************4518，"),
    ("身份证 11010119900307451X", "身份证 **************451X"),
    ("SSN 123-45-6789", "SSN ***-**-6789"),
    ("card 4111 1111 1111 1111", "card **** **** **** 1111"),
    ("账号６２２２０２１２３４５６７８９０", "账号************７８９０"),
    ("account KRS-448120", "account KRS-**8120"),
    ("on 2026-03-02 at 19:40 paid $3,412.67, ending 0614", "on 2026-03-02 at 19:40 paid $3,412.67, ending 0614"),
])
def test_export_masking_numbers(text: str, masked: str) -> None:
    assert mask_text(text) == masked


@pytest.fixture
def exported(team: Team, tmp_path: Path) -> Team:
    alice = team.as_("alice")
    publish_v1(alice)
    write_call(tmp_path / "in", "pii.txt", [f"Agent: {SECRETS}. I will call your boss.", "Agent: =cmd|' /C calc'!A0 deadbeat"])
    alice.import_paths([tmp_path / "in"])
    return team


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "xlsx"])
def test_export_masking_in_every_format(exported: Team, tmp_path: Path, fmt: str) -> None:
    ws = exported.as_("alice")
    plain, masked = tmp_path / f"plain.{fmt}", tmp_path / f"masked.{fmt}"
    assert ws.export_flags(plain) == 2
    assert ws.export_flags(masked, mask=True) == 2
    rows = {name: _read(path, fmt) for name, path in (("plain", plain), ("masked", masked))}
    boss = next(r for r in rows["masked"] if r["rule"] == "third-party.employer")
    assert boss["text"] == "call your boss" and boss["status"] == "open"
    for secret in ("555-123-4567", "4111 1111 1111 1111", "123-45-6789", "110101199003074518", "13812345678"):
        assert secret in next(r for r in rows["plain"] if r["rule"] == "third-party.employer")["excerpt"]
        assert all(secret not in str(value) for r in rows["masked"] for value in r.values())
    assert "***-***-4567" in boss["excerpt"] and "**************4518" in boss["excerpt"]
    if fmt == "xlsx":  # a cell that looks like a formula is kept as text
        assert next(r for r in rows["plain"] if r["rule"] == "abuse.deadbeat")["excerpt"].startswith("'=cmd")


def _read(path: Path, fmt: str) -> list[dict]:
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    sheet = load_workbook(path, read_only=True)["flags"]
    header, *body = [list(r) for r in sheet.iter_rows(values_only=True)]
    return [dict(zip(header, r, strict=True)) for r in body]
