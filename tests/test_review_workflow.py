"""The review workflow on SQLite and PostgreSQL: every transition allowed and refused by role, four eyes,
reasons, escalation, manual flags, bulk actions and undo."""

from __future__ import annotations

import pytest
from db_fixtures import Team, publish_v1

from notecheck.review import WorkflowError
from notecheck.store.queue import QueueFilter


@pytest.fixture
def flags(team: Team, calls_dir) -> list[int]:
    """Three calls imported by alice with the v1 rules: nine open flags."""
    alice = team.as_("alice")
    publish_v1(alice)
    report = alice.import_paths([calls_dir(3)])
    assert report.count("imported") == 3
    ids = alice.queue_ids(QueueFilter(statuses=("open",)))
    assert len(ids) == 9
    return ids


def test_review_workflow_confirm_then_sign_off(team: Team, flags: list[int]) -> None:
    alice, bob = team.as_("alice"), team.as_("bob")
    result = alice.confirm([flags[0]])
    assert result.flags[0].status == "confirmed" and result.flags[0].decided_by == team.names["alice"]
    assert result.changes.flags == {flags[0]} and result.changes.queue
    signed = bob.sign_off([flags[0]])
    row = signed.flags[0]
    assert (row.status, row.outcome, row.reviewed_by) == ("signed_off", "confirmed", team.names["bob"])
    assert row.version == 3


def test_review_workflow_dismiss_needs_reason(team: Team, flags: list[int]) -> None:
    alice = team.as_("alice")
    with pytest.raises(WorkflowError, match=f"flag {flags[0]}: dismissing needs a reason"):
        alice.dismiss([flags[0]], reason="  ")
    row = alice.dismiss([flags[0]], reason="customer quoted the agent").flags[0]
    assert (row.status, row.outcome, row.decision_reason) == ("dismissed", "dismissed", "customer quoted the agent")


def test_review_workflow_return_needs_reason_and_goes_back(team: Team, flags: list[int]) -> None:
    alice, bob = team.as_("alice"), team.as_("bob")
    alice.confirm([flags[0]])
    with pytest.raises(WorkflowError, match="returning needs a reason"):
        bob.return_to_reviewer([flags[0]], reason="")
    row = bob.return_to_reviewer([flags[0]], reason="listen to the whole call").flags[0]
    assert (row.status, row.review_reason) == ("returned", "listen to the whole call")
    assert flags[0] in alice.queue_ids(QueueFilter(statuses=("returned",)))
    row = alice.dismiss([flags[0]], reason="it was a quote").flags[0]
    assert row.status == "dismissed"
    assert team.as_("sam").sign_off([flags[0]]).flags[0].status == "signed_off"


@pytest.mark.parametrize(("who", "action", "allowed"), [
    ("alice", "confirm", True), ("alice", "dismiss", True), ("alice", "escalate", True),
    ("alice", "sign_off", False), ("alice", "return", False),
    ("bob", "confirm", True), ("bob", "sign_off", False),
    ("cora", "confirm", False), ("cora", "escalate", False), ("cora", "sign_off", False),
    ("adam", "confirm", True),
])
def test_review_workflow_open_flag_actions_by_role(team: Team, flags: list[int], who: str, action: str,
                                                   allowed: bool) -> None:
    ws = team.as_(who)
    if allowed:
        assert ws.review(action, [flags[0]], reason="because").flags[0].status != "open"
    else:
        with pytest.raises(WorkflowError, match=f"flag {flags[0]}: "):
            ws.review(action, [flags[0]], reason="because")
        assert ws.flag_rows([flags[0]])[0].status == "open"


@pytest.mark.parametrize(("who", "allowed"), [("alice", False), ("carol", False), ("cora", False), ("bob", True),
                                              ("adam", True)])
def test_review_workflow_sign_off_by_role(team: Team, flags: list[int], who: str, allowed: bool) -> None:
    team.as_("carol" if who == "alice" else "alice").confirm([flags[0]])
    ws = team.as_(who)
    if allowed:
        assert ws.sign_off([flags[0]]).flags[0].status == "signed_off"
    else:
        with pytest.raises(WorkflowError, match="cannot sign off"):
            ws.sign_off([flags[0]])


def test_review_workflow_four_eyes(team: Team, flags: list[int]) -> None:
    bob = team.as_("bob")
    bob.confirm([flags[0]])
    with pytest.raises(WorkflowError, match=f"flag {flags[0]}: four eyes"):
        bob.sign_off([flags[0]])
    with pytest.raises(WorkflowError, match="four eyes"):
        bob.return_to_reviewer([flags[0]], reason="second thoughts")
    assert bob.why_not("sign_off", bob.flag_rows([flags[0]])[0]).endswith("cannot also sign it off")
    assert team.as_("sam").why_not("sign_off", bob.flag_rows([flags[0]])[0]) is None
    assert team.as_("sam").sign_off([flags[0]]).flags[0].status == "signed_off"


def test_review_workflow_signed_off_is_final(team: Team, flags: list[int]) -> None:
    team.as_("alice").confirm([flags[0]])
    bob = team.as_("bob")
    bob.sign_off([flags[0]])
    for who, action in (("alice", "dismiss"), ("bob", "return"), ("sam", "sign_off"), ("cora", "confirm")):
        with pytest.raises(WorkflowError):
            team.as_(who).review(action, [flags[0]], reason="again")


def test_review_workflow_escalation_goes_to_compliance(team: Team, flags: list[int]) -> None:
    alice, cora = team.as_("alice"), team.as_("cora")
    assert alice.escalate([flags[0]], reason="not sure this is a threat").flags[0].status == "escalated"
    with pytest.raises(WorkflowError, match="a qa_reviewer cannot confirm a flag that is escalated"):
        team.as_("carol").confirm([flags[0]])
    row = cora.confirm([flags[0]], reason="it is a threat under 805(b)").flags[0]
    assert (row.status, row.decided_by) == ("confirmed", team.names["cora"])
    assert team.as_("bob").sign_off([flags[0]]).flags[0].status == "signed_off"


def test_review_workflow_bulk_is_all_or_nothing(team: Team, flags: list[int]) -> None:
    alice, bob = team.as_("alice"), team.as_("bob")
    result = alice.confirm(flags[:4])
    assert [r.status for r in result.flags] == ["confirmed"] * 4
    assert result.changes.flags == set(flags[:4])
    with pytest.raises(WorkflowError, match=f"flag {flags[4]}: only a decided flag"):
        bob.sign_off(flags[:5])  # the fifth is still open: nothing is signed off
    assert {r.status for r in bob.flag_rows(flags[:4])} == {"confirmed"}
    assert {r.status for r in bob.sign_off(flags[:4]).flags} == {"signed_off"}


def test_review_workflow_undo_own_last_decision(team: Team, flags: list[int]) -> None:
    alice = team.as_("alice")
    alice.confirm([flags[0]])
    alice.dismiss([flags[1]], reason="quote")
    undone = alice.undo_last().flags[0]
    assert (undone.id, undone.status, undone.outcome, undone.decided_by) == (flags[1], "open", None, None)
    assert alice.undo_last().flags[0].id == flags[0]
    assert alice.flag_rows([flags[0]])[0].status == "open"
    with pytest.raises(WorkflowError, match="no decision to undo"):
        alice.undo_last()
    history = alice.flag_history(flags[1])
    assert [d.action for d in history.decisions] == ["dismiss", "undo"]
    assert history.decisions[1].undoes == history.decisions[0].id
    assert [e.action for e in history.events] == ["dismiss", "undo"]


def test_review_workflow_undo_refused_once_someone_acted(team: Team, flags: list[int]) -> None:
    alice, bob = team.as_("alice"), team.as_("bob")
    alice.confirm([flags[0]])
    bob.sign_off([flags[0]])
    with pytest.raises(WorkflowError, match=f"flag {flags[0]}: your last decision \\(confirm\\) cannot be undone"):
        alice.undo_last()
    row = bob.undo_last().flags[0]  # the supervisor can undo the sign-off
    assert (row.status, row.decided_by, row.reviewed_by) == ("confirmed", team.names["alice"], None)


def test_review_workflow_manual_flag(team: Team, flags: list[int]) -> None:
    alice = team.as_("alice")
    call_id = alice.flag_rows([flags[0]])[0].call_id
    view = alice.call_view(call_id)
    segment = view.segments[0]
    start = segment.text.index("Keystone")
    result = alice.add_manual_flag(call_id, segment.index, start, start + len("Keystone Recovery"),
                                   category="impersonation", note="not the company on the letter", severity="high")
    row = result.flags[0]
    assert (row.source, row.status, row.category, row.text, row.rule) == (
        "manual", "confirmed", "impersonation", "Keystone Recovery", "manual.impersonation")
    assert row.line == segment.line and row.decided_by == team.names["alice"]
    assert result.changes.calls == {call_id}
    with pytest.raises(WorkflowError, match="already marks these words"):
        alice.add_manual_flag(call_id, segment.index, start, start + len("Keystone Recovery"),
                              category="impersonation")
    adam = team.as_("adam")
    own = adam.add_manual_flag(call_id, segment.index, 0, 5, category="public_shaming").flags[0]
    with pytest.raises(WorkflowError, match=f"flag {own.id}: four eyes"):
        adam.sign_off([own.id])
    assert team.as_("bob").sign_off([row.id]).flags[0].status == "signed_off"
