"""Review store benchmark: importing 10,000 calls, and queue queries on 100,000 flags, on SQLite and PostgreSQL.

Every figure is reported twice: absolute, and as a ratio against a baseline measured in the same run on the
same machine, so the ratios stay meaningful on a faster or slower computer:

* import: `notecheck import` (load, scan, store; one transaction per file, audit event each) against loading
  and scanning the same files without storing them;
* queue: each query the review queue makes against a bare `SELECT` of the same rows (no filter, no sort, no
  join), median of several runs.

    python benchmarks/bench_review_store.py [--calls 10000] [--flags 100000] [--pg postgresql://postgres@host/db]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402

from notecheck.store.database import reading, writing  # noqa: E402
from notecheck.store.models import CallRecord, FlagRecord, SegmentRecord  # noqa: E402
from notecheck.store.queue import QueueFilter, Sort  # noqa: E402
from notecheck.workspace import Workspace  # noqa: E402

PASSWORD = "bench"
CATEGORIES = ("threat_violence", "threat_legal", "third_party_pressure", "credit_misstatement", "abusive_language",
              "public_shaming", "impersonation", "misrepresentation")
SEVERITIES = (("low", 1), ("medium", 2), ("high", 3), ("critical", 4))
STATUSES = ("open",) * 6 + ("confirmed", "dismissed", "escalated", "returned", "signed_off")
AGENTS = tuple(f"agent-{n:02d}" for n in range(40))
EN = ["Agent: Good afternoon, this is {agent} with Keystone Recovery, this is an attempt to collect a debt.",
      "Customer: I lost my job last month.",
      "Agent: If you don't pay by Friday I'll be calling your boss about this, reference {n}.",
      "Customer: Please don't do that.",
      "Agent: This will stay on your credit report for the rest of your life.",
      "Customer: I can pay fifty dollars on the first.",
      "Agent: We can set that up today. Thank you for your time."]
ZH = ["坐席: 您好，我是恒信资产的{agent}，来电是关于您的欠款，编号{n}。",
      "客户: 我最近手头紧。",
      "坐席: 你今天不还钱，我们就联系你单位和你家里人。",
      "客户: 别这样。",
      "坐席: 你一辈子都有记录，以后买房买车都受影响。",
      "客户: 我下个月还。"]


def timed(run: Callable[[], object], repeat: int = 1) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# -- databases ------------------------------------------------------------------------------------------
class Target:
    def __init__(self, name: str, url: str, cleanup: Callable[[], None] = lambda: None) -> None:
        self.name, self.url, self.cleanup = name, url, cleanup


def sqlite_target(folder: Path, label: str) -> Target:
    return Target("SQLite", f"sqlite:///{folder / f'{label}.db'}")


def pg_target(server: str, label: str) -> Target:
    name = f"notecheck_bench_{label}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    def drop() -> None:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            for role in (f"{name}_staff", f"{name}_admins"):
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
    return Target("PostgreSQL", f"{server.rsplit('/', 1)[0]}/{name}", drop)


def signed_in(target: Target) -> Workspace:
    ws = Workspace.open(target.url)
    if ws.team_mode:  # the superuser owns the database: make it a notecheck admin to act
        login = ws._login or "postgres"
        if ws.current_user() is None:
            from notecheck.store import users

            with writing(ws.engine) as session:
                users.insert_user(session, login, "admin", "", None)
            ws.close()
            ws = Workspace.open(target.url)
        ws.sign_in()
    else:
        ws.add_user("bench", "admin", PASSWORD)
        ws.sign_in("bench", PASSWORD)
    return ws


# -- import ---------------------------------------------------------------------------------------------
def write_calls(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        zh = i % 4 == 3
        lines = [line.format(agent=AGENTS[i % len(AGENTS)], n=i) for line in (ZH if zh else EN)]
        day = date(2026, 1, 1) + timedelta(days=i % 120)
        header = [f"# call_id: BENCH-{i:05d}", f"# agent: {AGENTS[i % len(AGENTS)]}",
                  f"# started_at: {day.isoformat()}T10:00:00-05:00", f"# language: {'zh' if zh else 'en'}", ""]
        path = folder / f"call{i:05d}.txt"
        path.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def bench_import(target: Target, paths: list[Path], baseline: float) -> dict[str, float]:
    ws = signed_in(target)
    ws._active_book()  # publish and load the shipped rules outside the timing
    seconds = timed(lambda: ws.import_paths(paths))
    with reading(ws.engine) as session:
        flags = session.execute(text("SELECT count(*) FROM flags")).scalar_one()
    ws.close()
    return {"seconds": seconds, "per_call_ms": 1000 * seconds / len(paths), "ratio": seconds / baseline,
            "flags": flags}


def scan_baseline(paths: list[Path]) -> float:
    from notecheck.ingest import load_call
    from notecheck.matching import Scanner
    from notecheck.rulebook import default_rule_paths, load_rulebook

    scanner = Scanner(load_rulebook(default_rule_paths(), check_examples=False))
    return timed(lambda: [scanner.scan_call(load_call(p)) for p in paths])


# -- queue ----------------------------------------------------------------------------------------------
def seed_flags(target: Target, flags: int, seed: int = 11) -> Workspace:
    """`flags` flags over calls of 5 segments, 5 flags a call, with a mix of every filterable value."""
    ws = signed_in(target)
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None)
    per_call = 5
    with writing(ws.engine) as session:
        for start in range(0, flags // per_call, 1000):
            call_rows, segment_rows, flag_rows = [], [], []
            for c in range(start, min(flags // per_call, start + 1000)):
                call_id = c + 1
                agent, language = AGENTS[c % len(AGENTS)], "zh" if c % 4 == 3 else "en"
                day = date(2026, 1, 1) + timedelta(days=c % 180)
                call_rows.append({"id": call_id, "external_id": f"Q-{call_id:06d}", "path": f"q/{call_id}.txt",
                                  "sha256": f"{call_id:064x}", "format": "text", "kind": "transcript",
                                  "agent": agent, "language": language, "started_at": now, "call_date": day,
                                  "role_source": "label", "speakers": json.dumps([["Agent", "agent"]]),
                                  "imported_at": now})
                for s in range(per_call):
                    segment_rows.append({"call_id": call_id, "idx": s, "line": s + 6, "col": 8, "speaker": "Agent",
                                         "role": "agent", "text": EN[2].format(n=c)})
                    category = CATEGORIES[rng.randrange(len(CATEGORIES))]
                    severity, rank = SEVERITIES[rng.randrange(len(SEVERITIES))]
                    status = STATUSES[rng.randrange(len(STATUSES))]
                    flag_rows.append({
                        "call_id": call_id, "segment_idx": s, "rule": f"bench.{category}.{rng.randrange(6)}",
                        "span_start": 30, "span_end": 48, "source": "rule", "category": category,
                        "severity": severity, "severity_rank": rank, "text": "calling your boss", "line": s + 6,
                        "col": 38, "end_col": 56, "message": f"{category} flag", "citation": "", "explanation": "{}",
                        "note": "", "raised": rng.random() > 0.03, "status": status,
                        "outcome": status if status in ("confirmed", "dismissed") else None, "version": 1,
                        "created_at": now, "agent": agent, "language": language, "call_date": day})
            session.execute(insert(CallRecord), call_rows)
            session.execute(insert(SegmentRecord), segment_rows)
            session.execute(insert(FlagRecord), flag_rows)
    if ws.team_mode:
        with ws.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
            conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('calls', 'id'), max(id)) FROM calls")
            conn.commit()
    else:
        with ws.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    return ws


def bench_queue(ws: Workspace, repeat: int = 7) -> list[tuple[str, float, float, int]]:
    """(query, milliseconds, ratio to a bare select of the same rows, rows) for each queue query."""
    rows: list[tuple[str, float, float, int]] = []

    def bare(statement: str, params: dict | None = None) -> Callable[[], object]:
        """The same rows fetched the same way (one column as plain values), without filter, sort or join."""
        def run() -> object:
            with reading(ws.engine) as session:
                result = session.execute(text(statement), params or {})
                return result.scalars().all() if len(result.keys()) == 1 else result.all()
        return run

    def case(label: str, query: Callable[[], object], baseline: Callable[[], object]) -> object:
        result = query()
        ms = 1000 * timed(query, repeat)
        base = 1000 * timed(baseline, repeat)
        rows.append((label, ms, ms / base, len(result)))  # type: ignore[arg-type]
        return result

    everything = case("queue_ids, whole queue, by severity", lambda: ws.queue_ids(),
                      bare("SELECT id FROM flags"))
    case("queue_ids, open + one category, by date",
         lambda: ws.queue_ids(QueueFilter(statuses=("open",), categories=("threat_legal",)), Sort("date")),
         bare("SELECT id FROM flags LIMIT :n", {"n": len(ws.queue_ids(QueueFilter(statuses=("open",),
                                                                                    categories=("threat_legal",))))}))
    case("queue_ids, one agent + language + date range",
         lambda: ws.queue_ids(QueueFilter(agents=("agent-06",), languages=("en",), date_from=date(2026, 2, 1),
                                          date_to=date(2026, 3, 31))),
         bare("SELECT id FROM flags LIMIT 300"))
    visible = list(everything)[5000:5100]  # type: ignore[index]
    case("flag_rows, one screen (100 rows, joined)", lambda: ws.flag_rows(visible),
         bare("SELECT * FROM flags WHERE id IN (" + ",".join(map(str, visible)) + ")"))
    case("queue_page, offset 5,000, 100 rows, one agent",
         lambda: ws.queue_page(QueueFilter(agents=("agent-03",)), Sort("severity"), 5000 // 40, 100),
         bare("SELECT * FROM flags LIMIT 100 OFFSET 125"))
    case("status_counts, whole queue", lambda: list(ws.status_counts().items()),
         bare("SELECT count(*) FROM flags"))
    case("status_counts, one category", lambda: list(ws.status_counts(QueueFilter(categories=("abusive_language",)))
                                                      .items()),
         bare("SELECT count(*) FROM flags"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--flags", type=int, default=100_000)
    parser.add_argument("--pg", metavar="URL", help="a PostgreSQL superuser URL to benchmark too")
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="notecheck-bench-"))
    targets: list[Callable[[str], Target]] = [lambda label: sqlite_target(folder, label)]
    if args.pg:
        targets.append(lambda label: pg_target(args.pg, label))

    if not args.skip_import:
        paths = write_calls(folder / "calls", args.calls)
        baseline = scan_baseline(paths)
        print(f"## Import of {args.calls:,} calls\n")
        print(f"baseline (load + scan, nothing stored): {baseline:.1f} s, {1000 * baseline / len(paths):.2f} ms/call\n")
        print("| database | import | per call | ratio to load + scan | flags stored |")
        print("|---|---|---|---|---|")
        for make in targets:
            target = make("import")
            try:
                r = bench_import(target, paths, baseline)
            finally:
                target.cleanup()
            print(f"| {target.name} | {r['seconds']:.1f} s | {r['per_call_ms']:.2f} ms | {r['ratio']:.2f}× | "
                  f"{r['flags']:,} |", flush=True)
        print()

    print(f"## Queue on {args.flags:,} flags (median of 7)\n")
    print("| database | query | time | ratio to bare SELECT | rows |")
    print("|---|---|---|---|---|")
    for make in targets:
        target = make("queue")
        try:
            ws = seed_flags(target, args.flags)
            for label, ms, ratio, n in bench_queue(ws):
                print(f"| {target.name} | {label} | {ms:.1f} ms | {ratio:.1f}× | {n:,} |", flush=True)
            ws.close()
        finally:
            target.cleanup()


if __name__ == "__main__":
    main()
