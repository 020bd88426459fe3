"""Every file of the labelled corpus loads, and its labelled lines are agent utterances."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from notecheck.ingest import Skipped, discover, load_call

CORPUS = Path(__file__).parent / "data" / "corpus"
GOLD = [json.loads(line) for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
CALL_FILES = sorted(p for p in (CORPUS / "calls").iterdir() if p.is_file())


def test_ingest_corpus_every_file_is_found() -> None:
    found = [p for p in discover([CORPUS / "calls"]) if not isinstance(p, Skipped)]
    assert sorted(found) == CALL_FILES
    assert len(found) == 27


@pytest.mark.parametrize("path", CALL_FILES, ids=lambda p: p.name)
def test_ingest_corpus_gold_lines_are_agent_segments(path: Path) -> None:
    call = load_call(path)
    by_line = {segment.line: segment for segment in call.segments}
    lines = path.read_text(encoding="utf-8").split("\n")
    for gold in (g for g in GOLD if g["path"] == f"calls/{path.name}"):
        segment = by_line[gold["line"]]
        assert segment.role == "agent", gold
        source = lines[gold["line"] - 1]
        assert segment.text in source or segment.text.replace('"', '""') in source


@pytest.mark.parametrize("path", CALL_FILES, ids=lambda p: p.name)
def test_ingest_corpus_segments_match_their_source_lines(path: Path) -> None:
    call = load_call(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    roles = defaultdict(set)
    for segment in call.segments:
        source = lines[segment.line - 1]
        if path.suffix != ".json":  # JSON escapes may differ from the decoded text
            written = segment.text.replace('"', '""') if path.suffix == ".csv" else segment.text
            assert source[segment.column - 1 :].startswith(written), (segment.line, source)
        roles[segment.role].add(segment.speaker)
    assert call.info.language == ("zh" if path.name.startswith(("zh", "notes_zh")) else "en")
    assert roles["agent"], "every call has an agent"
    if path.suffix != ".csv":
        assert roles["customer"], "every call has a customer"
    assert "unknown" not in roles


def test_ingest_corpus_traditional_labels_and_roles_header() -> None:
    call = load_call(CORPUS / "calls" / "zht04_credit_card.txt")
    assert dict(call.info.speakers) == {"催收員": "agent", "客戶": "customer"}
    call = load_call(CORPUS / "calls" / "en13_auto_loan.txt")
    assert call.info.role_source == "header"
    assert dict(call.info.speakers) == {"Kim": "agent", "Ruth": "customer", "Jason": "customer"}
