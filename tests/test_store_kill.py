"""A process killed in the middle of an import loses nothing it had committed, and leaves no partial call."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from db_fixtures import PASSWORD, THREAT_CALL, Team, publish_v1, write_call
from sqlalchemy import func, select

from notecheck.store.database import reading
from notecheck.store.models import CallRecord, FlagRecord, ScanRun, SegmentRecord

REPO = Path(__file__).resolve().parents[1]
FILES = 400


def _count(ws, model) -> int:
    with reading(ws.engine) as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.mark.slow
def test_store_kill_mid_import_keeps_what_was_committed(team: Team, tmp_path: Path) -> None:
    alice = team.as_("alice")
    publish_v1(alice)
    folder = tmp_path / "many"
    for i in range(FILES):
        write_call(folder, f"c{i:04d}.txt", [*THREAT_CALL, f"Agent: Reference {i}."], call_id=f"K{i:04d}")
    db = team.pg.login_url(team.names["alice"]) if team.pg else team.url
    env = {**os.environ, "NOTECHECK_PASSWORD": PASSWORD, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "notecheck", "import", str(folder), "--db", db, "--user",
                             team.names["alice"], "--quiet"], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _count(alice, CallRecord) < 5:
        assert proc.poll() is None, f"the import ended before it could be killed: {proc.stderr.read().decode()}"
        assert time.monotonic() < deadline, "the import stored nothing in time"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL

    stored = _count(alice, CallRecord)
    assert 5 <= stored < FILES, "the kill came too late to test anything"
    # every committed call is whole: all its segments and flags, and its import event
    with reading(alice.engine) as session:
        per_call = session.execute(select(CallRecord.id, func.count(SegmentRecord.idx))
                                   .join(SegmentRecord, SegmentRecord.call_id == CallRecord.id)
                                   .group_by(CallRecord.id)).all()
        flags = session.execute(select(FlagRecord.call_id, func.count()).group_by(FlagRecord.call_id)).all()
        runs = session.execute(select(ScanRun.finished_at).where(ScanRun.kind == "import")).scalars().all()
    assert len(per_call) == stored and {n for _, n in per_call} == {len(THREAT_CALL) + 1}
    assert len(flags) == stored and {n for _, n in flags} == {3}
    assert runs == [None]  # the killed run never finished
    assert [e.action for e in alice.audit_events()].count("import") == stored
    assert alice.verify_audit().ok

    report = alice.import_paths([folder])
    assert report.count("duplicate") == stored and report.count("imported") == FILES - stored
    assert _count(alice, CallRecord) == FILES and _count(alice, FlagRecord) == 3 * FILES
