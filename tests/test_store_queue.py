"""The queue in SQL on SQLite and PostgreSQL: filters, sort orders, ids then rows, counts, call view, dashboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from db_fixtures import Team, publish_v1, write_call

from notecheck.store.queue import QueueFilter, Sort


@pytest.fixture
def queue(team: Team, tmp_path: Path) -> Team:
    """Four calls: three agents, two languages, four days; nine flags."""
    folder = tmp_path / "calls"
    write_call(folder, "a1.txt", ["Agent: I will call your boss, deadbeat.", "Agent: On your credit for life."],
               call_id="A1", agent="Tyler", started="2026-03-01T10:00:00-05:00")
    write_call(folder, "a2.txt", ["Agent: I will call your employer.", "Agent: deadbeat"], call_id="A2", agent="Tyler",
               started="2026-03-02T10:00:00-05:00")
    write_call(folder, "b1.txt", ["Agent: Pay now, deadbeat. On your credit for life."], call_id="B1", agent="Rosa",
               started="2026-04-15T10:00:00-05:00")
    write_call(folder, "z1.txt", ["坐席: 不还钱就联系你单位，一辈子都有记录。"], call_id="Z1", agent="王五", language="zh",
               started="2026-04-16T10:00:00+08:00")
    alice = team.as_("alice")
    publish_v1(alice)
    assert alice.import_paths([folder]).count("imported") == 4
    return team


def test_store_queue_filters(queue: Team) -> None:
    ws = queue.as_("alice")
    everything = ws.queue_ids()
    assert len(everything) == 9
    rows = {r.id: r for r in ws.flag_rows(everything)}

    def ids(**kw) -> set[int]:
        return set(ws.queue_ids(QueueFilter(**kw)))

    assert ids(agents=("Rosa",)) == {i for i, r in rows.items() if r.agent == "Rosa"} and len(ids(agents=("Rosa",))) == 2
    assert len(ids(languages=("zh",))) == 2
    assert len(ids(categories=("abusive_language",))) == 3
    assert len(ids(severities=("high",))) == 3 == len(ids(rules=("third-party.*",)))
    assert len(ids(rules=("credit.forever", "abuse.deadbeat"))) == 6
    assert len(ids(date_from=date(2026, 3, 2), date_to=date(2026, 4, 15))) == 4
    assert len(ids(search="YOUR EMPLOYER")) == 1 and len(ids(search="employer")) == 3 and len(ids(search="z1")) == 2
    ws.confirm(sorted(ids(agents=("Tyler",)))[:2])
    assert len(ids(statuses=("confirmed",))) == 2 == len(ids(decided_by=queue.names["alice"]))
    assert len(ids(statuses=("open", "confirmed"), agents=("Tyler",))) == 5
    assert ids(source="manual") == set() and ids(raised=False) == set()


def test_store_queue_sort_and_pages(queue: Team) -> None:
    ws = queue.as_("alice")
    by_severity = ws.flag_rows(ws.queue_ids(sort=Sort("severity")))
    ranks = [("low", "medium", "high", "critical").index(r.severity) for r in by_severity]
    assert ranks == sorted(ranks, reverse=True)
    by_date = ws.flag_rows(ws.queue_ids(sort=Sort("date", descending=False)))
    assert [r.call_date for r in by_date] == sorted(r.call_date for r in by_date)
    page = ws.queue_page(QueueFilter(), Sort("id", descending=False), offset=3, limit=4)
    assert [r.id for r in page] == sorted(ws.queue_ids())[3:7]
    with pytest.raises(ValueError, match="unknown sort key"):
        Sort("nonsense")


def test_store_queue_rows_come_in_the_order_asked(queue: Team) -> None:
    ws = queue.as_("alice")
    ids = ws.queue_ids()
    wanted = [ids[5], ids[0], 10_000, ids[3]]
    assert [r.id for r in ws.flag_rows(wanted)] == [ids[5], ids[0], ids[3]]


def test_store_queue_counts_per_status(queue: Team) -> None:
    alice, bob = queue.as_("alice"), queue.as_("bob")
    ids = alice.queue_ids(sort=Sort("id", descending=False))
    alice.confirm(ids[:3])
    alice.dismiss(ids[3:4], reason="quote")
    bob.sign_off(ids[:1])
    assert alice.status_counts() == {"open": 5, "confirmed": 2, "dismissed": 1, "signed_off": 1}
    assert alice.status_counts(QueueFilter(statuses=("open",), agents=("Rosa",))) == {"open": 2}


def test_store_queue_call_view(queue: Team) -> None:
    ws = queue.as_("alice")
    call_id = ws.flag_rows(ws.queue_ids(QueueFilter(search="Z1")))[0].call_id
    view = ws.call_view(call_id)
    assert view.call.call_ref == "Z1" and len(view.segments) == 1
    for flag in view.flags:
        assert view.segments[flag.row.segment].text[flag.start:flag.end] == flag.row.text
        assert flag.ruleset.version == "1" and flag.row.message
        assert flag.explanation.clauses
    assert {f.row.rule for f in view.flags} == {"third-party.employer", "credit.forever"}


def test_store_queue_dashboard(queue: Team) -> None:
    alice, carol = queue.as_("alice"), queue.as_("carol")
    deadbeat = alice.queue_ids(QueueFilter(rules=("abuse.deadbeat",)), Sort("id", descending=False))
    alice.confirm(deadbeat[:1])
    carol.dismiss(deadbeat[1:], reason="banter")
    alice.confirm(alice.queue_ids(QueueFilter(rules=("credit.forever",))))
    stats = alice.dashboard(bucket="month")
    assert {(c.period, c.category): c.count for c in stats.by_category} == {
        ("2026-03", "abusive_language"): 2, ("2026-03", "credit_misstatement"): 1,
        ("2026-03", "third_party_pressure"): 2, ("2026-04", "abusive_language"): 1,
        ("2026-04", "credit_misstatement"): 2, ("2026-04", "third_party_pressure"): 1}
    agents = {a.agent: a for a in stats.by_agent}
    assert (agents["Tyler"].total, agents["Tyler"].confirmed, agents["Tyler"].dismissed) == (5, 2, 1)
    precision = {p.rule: p for p in stats.rule_precision}
    assert (precision["abuse.deadbeat"].confirmed, precision["abuse.deadbeat"].dismissed) == (1, 2)
    assert precision["abuse.deadbeat"].precision == pytest.approx(1 / 3)
    assert precision["credit.forever"].precision == 1.0 and precision["third-party.employer"].precision is None
    assert stats.rule_precision[0].rule == "abuse.deadbeat"  # the rule that wastes reviewers' time comes first
    assert {c.period for c in alice.dashboard(bucket="week").by_category} == {"2026-W09", "2026-W10", "2026-W16"}
