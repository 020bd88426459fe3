"""Import, re-scan and preview on SQLite and PostgreSQL: idempotent, atomic per file, decisions kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from db_fixtures import REVIEW_RULES, Team, publish_v1, write_call
from sqlalchemy import func, select

from notecheck.findings import Finding, RulesetRef
from notecheck.ingest import load_call
from notecheck.review import WorkflowError
from notecheck.store.calls import insert_call
from notecheck.store.database import reading, writing
from notecheck.store.models import Base
from notecheck.store.queue import QueueFilter
from notecheck.workspace import Workspace


def table_counts(ws: Workspace) -> dict[str, int]:
    with reading(ws.engine) as session:
        return {name: session.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in Base.metadata.tables.items()}


def test_store_import_same_file_twice_changes_nothing(team: Team, calls_dir, tmp_path: Path) -> None:
    alice = team.as_("alice")
    publish_v1(alice)
    folder = calls_dir(3)
    first = alice.import_paths([folder])
    assert [o.status for o in first.files] == ["imported"] * 3
    assert first.changes.calls == {o.call_id for o in first.files} and first.changes.queue
    before = table_counts(alice)
    head = alice.verify_audit().head
    copy = tmp_path / "renamed.txt"
    copy.write_bytes((folder / "call001.txt").read_bytes())
    again = alice.import_paths([folder, copy])
    assert [o.status for o in again.files] == ["duplicate"] * 4
    assert again.files[3].call_id == first.files[1].call_id
    assert again.changes.empty and again.scan_run_id is None
    assert table_counts(alice) == before
    assert alice.verify_audit().head == head


def test_store_import_failing_file_leaves_no_rows(team: Team, calls_dir) -> None:
    alice = team.as_("alice")
    publish_v1(alice)
    folder = calls_dir(2)
    (folder / "broken.json").write_text('{"segments": [{"speaker": "Agent", "text": "call your boss"', encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    report = alice.import_paths([folder])
    outcome = {Path(o.path).name: o for o in report.files}
    assert outcome["broken.json"].status == "failed" and "broken.json" in outcome["broken.json"].message
    assert outcome["notes.pdf"].status == "skipped"
    assert report.count("imported") == 2
    counts = table_counts(alice)
    assert counts["calls"] == 2 and counts["flags"] == 6


def test_store_import_store_failure_rolls_back_the_whole_file(team: Team, calls_dir) -> None:
    """A database error half-way through a file's transaction leaves none of its rows."""
    alice = team.as_("alice")
    publish_v1(alice)
    call = load_call(calls_dir(1) / "call000.txt")
    bogus = Finding(path=call.path, line=99, column=1, end_column=2, segment=99, speaker="Agent", role="agent",
                    rule="x.y", ruleset=RulesetRef("r", "1", "0" * 64), category="abusive_language", severity="low",
                    text="x", start=0, end=1, message="no such segment")
    before = table_counts(alice)
    with pytest.raises(Exception, match=r"(?i)foreign key|violates"), writing(alice.engine) as session:
        insert_call(session, call, [bogus], ruleset_ids={}, run_id=None, actor_id=alice.actor.id)
    assert table_counts(alice) == before


def test_store_import_progress_and_cancel(team: Team, calls_dir) -> None:
    alice = team.as_("alice")
    publish_v1(alice)
    folder = calls_dir(5)
    seen = []
    report = alice.import_paths([folder], progress=seen.append, cancel=lambda: len(seen) >= 2)
    assert report.cancelled and report.count("imported") == 2
    assert [(p.done, p.total) for p in seen] == [(1, 5), (2, 5)]
    rest = alice.import_paths([folder])
    assert [o.status for o in rest.files] == ["duplicate", "duplicate", "imported", "imported", "imported"]


def test_store_import_stores_call_and_segments_faithfully(team: Team, tmp_path: Path) -> None:
    alice = team.as_("alice")
    publish_v1(alice)
    path = write_call(tmp_path / "in", "zh.txt", ["坐席: 不还钱就联系你单位，一辈子都有记录。", "客户: 我知道了。"], call_id="ZH-1",
                      agent="王五", language="zh", started="2026-03-02T23:30:00+08:00")
    call_id = alice.import_paths([path]).files[0].call_id
    view = alice.call_view(call_id)
    assert (view.call.call_ref, view.call.agent, view.call.language, view.call.imported_by) == (
        "ZH-1", "王五", "zh", team.names["alice"])
    assert [(s.line, s.speaker, s.role, s.text) for s in view.segments] == [
        (6, "坐席", "agent", "不还钱就联系你单位，一辈子都有记录。"), (7, "客户", "customer", "我知道了。")]
    flags = {f.row.rule: f for f in view.flags}
    assert set(flags) == {"third-party.employer", "credit.forever"}
    employer = flags["third-party.employer"]
    assert view.segments[0].text[employer.start:employer.end] == employer.row.text == "联系你单位"
    assert employer.ruleset is not None and (employer.ruleset.name, employer.ruleset.version) == ("review-test", "1")
    assert employer.row.call_date.isoformat() == "2026-03-02"  # the call's own day, though UTC is still the 2nd
    assert employer.explanation.clauses and employer.explanation.clauses[0].words == "联系你单位"


def test_store_rescan_adds_retires_and_keeps_decisions(team: Team, calls_dir, tmp_path: Path) -> None:
    alice, bob, cora = team.as_("alice"), team.as_("bob"), team.as_("cora")
    publish_v1(alice)
    alice.import_paths([calls_dir(2)])
    write_call(tmp_path / "more", "arrest.txt", ["Agent: If you do not pay you will be arrested, deadbeat."])
    alice.import_paths([tmp_path / "more"])
    deadbeat = alice.queue_ids(QueueFilter(rules=("abuse.deadbeat",)))
    employer = alice.queue_ids(QueueFilter(rules=("third-party.*",)))
    assert len(deadbeat) == 3 and len(employer) == 2
    alice.confirm(deadbeat[:1])
    alice.dismiss(deadbeat[1:2], reason="quoting the customer")
    bob.sign_off(deadbeat[:1])
    before = {r.id: r for r in alice.flag_rows(deadbeat + employer)}

    result = cora.publish_rulebook([REVIEW_RULES / "v2"], note="drop deadbeat, add arrest")
    report = result.rescan
    assert report is not None and (report.calls, report.added, report.retired, report.revived) == (3, 1, 3, 0)
    assert [r.label for r in result.rulebook.rulesets] == ["review-test@2"]
    assert result.changes.rules and set(deadbeat) <= result.changes.flags

    after = {r.id: r for r in alice.flag_rows(deadbeat + employer)}
    for flag_id in deadbeat:  # no longer raised, never deleted, review state untouched
        assert not after[flag_id].raised
        assert (after[flag_id].status, after[flag_id].version) == (before[flag_id].status, before[flag_id].version)
    assert after[deadbeat[0]].status == "signed_off" and after[deadbeat[1]].status == "dismissed"
    for flag_id in employer:  # same identity, now raised by v2
        assert after[flag_id].raised and after[flag_id].ruleset == "review-test@2"
        assert after[flag_id].message == "Threatens to tell the employer (v2 wording)."
    assert [d.action for d in alice.flag_history(deadbeat[0]).decisions] == ["confirm", "sign_off"]
    arrest = alice.flag_rows(alice.queue_ids(QueueFilter(rules=("legal.arrest",))))
    assert [(r.text, r.status) for r in arrest] == [("you will be arrested", "open")]
    assert set(alice.queue_ids(QueueFilter(raised=False))) == set(deadbeat)

    cora.publish_rulebook([REVIEW_RULES / "v1"], note="back to v1")
    revived = {r.id: r for r in alice.flag_rows(deadbeat)}
    assert all(r.raised for r in revived.values())
    assert revived[deadbeat[0]].status == "signed_off"
    assert not alice.flag_rows([arrest[0].id])[0].raised


def test_store_rescan_twice_with_same_rules_changes_nothing(team: Team, calls_dir) -> None:
    alice = team.as_("alice")
    publish_v1(alice)
    alice.import_paths([calls_dir(2)])
    with pytest.raises(WorkflowError, match="a qa_reviewer cannot re-scan"):
        alice.rescan()
    report = team.as_("cora").rescan()
    assert (report.added, report.retired, report.revived) == (0, 0, 0)
    assert report.changes.flags == frozenset()


def test_store_preview_reports_changes_without_storing(team: Team, calls_dir) -> None:
    alice, cora = team.as_("alice"), team.as_("cora")
    publish_v1(alice)
    alice.import_paths([calls_dir(2)])
    alice.dismiss(alice.queue_ids(QueueFilter(rules=("abuse.deadbeat",)))[:1], reason="joke")
    before = table_counts(alice)
    preview = cora.preview_rulebook([REVIEW_RULES / "v2"])
    assert (preview.calls, len(preview.added), len(preview.removed), preview.unchanged) == (2, 0, 2, 4)
    assert {r.rule for r in preview.removed} == {"abuse.deadbeat"}
    assert sorted(r.status for r in preview.removed) == ["dismissed", "open"]
    assert all("deadbeat" in r.excerpt and r.flag_id is not None for r in preview.removed)
    assert table_counts(cora) == before
    assert alice.active_rulebook().rulesets[0].version == "1"


def test_store_publish_refused_for_reviewers_once_rules_exist(team: Team) -> None:
    alice = team.as_("alice")
    publish_v1(alice)  # the very first rule book may come with anyone's first import
    with pytest.raises(WorkflowError, match="cannot publish"):
        alice.publish_rulebook([REVIEW_RULES / "v2"])
    assert alice.active_rulebook().rulesets[0].version == "1"


def test_store_rulebook_restored_exactly_from_the_database(team: Team, tmp_path: Path) -> None:
    alice = team.as_("alice")
    publish_v1(alice)
    written = alice.restore_rulebook(tmp_path / "restored")
    original = REVIEW_RULES / "v1" / "collections.yaml"
    assert [p.name for p in written] == ["collections.yaml"]
    assert written[0].read_bytes() == original.read_bytes()
    info = alice.active_rulebook()
    assert info.published_by == team.names["alice"] and info.rulesets[0].filename == "collections.yaml"


def test_store_import_events_name_the_rule_book(team: Team, calls_dir) -> None:
    alice = team.as_("alice")
    publish_v1(alice)
    call_id = alice.import_paths([calls_dir(1)]).files[0].call_id
    event = next(e for e in alice.audit_events() if e.action == "import")
    assert event.subject == f"call:{call_id}" and event.actor == team.names["alice"]
    assert event.after_value["flags"] == 3 and "review-test@1" in event.ruleset
    assert json.loads(event.after)["sha256"] == alice.call_view(call_id).call.sha256


def test_store_import_corpus_with_the_shipped_rules(team: Team, corpus_dir: Path, tmp_path: Path) -> None:
    """First use publishes the shipped rules; every corpus file is stored with exactly the engine's findings."""
    from notecheck.matching import Scanner
    from notecheck.rulebook import default_rule_paths, load_rulebook
    from notecheck.rulebook.loader import rule_files

    alice = team.as_("alice")
    report = alice.import_paths([corpus_dir / "calls"])
    assert report.count("imported") == 27 and report.count("failed") == 0
    active = alice.active_rulebook()
    assert active.published_by == team.names["alice"]
    assert {r.filename for r in active.rulesets} <= {p.name for p, _ in rule_files(default_rule_paths())}
    published = load_rulebook(alice.restore_rulebook(tmp_path / "published"), check_examples=False)
    assert published.sha256 == active.sha256
    scanner = Scanner(published)
    total = 0
    for outcome in report.files:
        expected = {f.key: f for f in scanner.scan_call(load_call(outcome.path))}
        stored = {(f.row.segment, f.row.rule, f.start, f.end): f for f in alice.call_view(outcome.call_id).flags}
        assert set(stored) == set(expected), outcome.path
        for key, finding in expected.items():
            row = stored[key].row
            assert (row.line, row.column, row.text, row.category, row.severity) == (
                finding.line, finding.column, finding.text, finding.category, finding.severity)
            assert stored[key].ruleset == finding.ruleset
        total += len(expected)
    assert total > 0 and len(alice.queue_ids(QueueFilter(raised=None))) == total
