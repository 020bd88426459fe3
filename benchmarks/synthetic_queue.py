"""A big review queue made quickly: calls, segments and flags written straight into a new database.

Used by the start-up benchmark and the scrolling test (scanning real calls into 100,000 flags would take
minutes). The rows follow the schema the importer writes: a mix of categories, severities, agents,
languages, days and statuses, with English and Chinese (simplified and traditional) text.

    python benchmarks/synthetic_queue.py PATH [--flags 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from notecheck.store.database import create_db_engine, writing  # noqa: E402
from notecheck.store.models import CallRecord, FlagRecord, SegmentRecord  # noqa: E402
from notecheck.workspace import Workspace  # noqa: E402

USER = "bench"
PASSWORD = "bench-password"
CATEGORIES = ("threat_violence", "threat_legal", "third_party_pressure", "credit_misstatement", "abusive_language",
              "public_shaming", "impersonation", "misrepresentation")
SEVERITIES = (("low", 1), ("medium", 2), ("high", 3), ("critical", 4))
STATUSES = ("open",) * 6 + ("confirmed", "dismissed", "escalated", "returned", "signed_off")
LINES = (
    ("en", "If you don't pay by Friday I'll be calling your boss and your wife.", "calling your boss"),
    ("en", "This will stay on your credit report for the rest of your life.", "for the rest of your life"),
    ("zh", "你今天不还钱，我们就联系你单位和你家里人。", "联系你单位"),
    ("zh", "妳壹旦逾期，以後買房、買車都會受到影響。", "買房、買車都會受到影響"),
)
AGENTS = tuple(f"agent-{n:02d}" for n in range(24))
FLAGS_PER_CALL = 40
SEGMENTS_PER_CALL = 20


def build(path: Path, flags: int = 100_000, seed: int = 7) -> str:
    """Write a database with `flags` flags and one QA reviewer (USER / PASSWORD); return its URL."""
    url = f"sqlite:///{path}"
    ws = Workspace.open(url)
    ws.add_user(USER, "qa_reviewer", PASSWORD, "Benchmark reviewer")
    ws.close()
    rng = random.Random(seed)
    engine = create_db_engine(url)
    now = datetime.now(UTC).replace(tzinfo=None)
    calls = (flags + FLAGS_PER_CALL - 1) // FLAGS_PER_CALL
    with writing(engine) as session:
        for start in range(0, calls, 250):
            call_rows, segment_rows, flag_rows = [], [], []
            for c in range(start, min(calls, start + 250)):
                call_id = c + 1
                language, _, _ = LINES[c % len(LINES)]
                day = date(2026, 1, 1) + timedelta(days=c % 120)
                agent = AGENTS[c % len(AGENTS)]
                call_rows.append({
                    "id": call_id, "external_id": f"SYN-{call_id:06d}", "path": f"synthetic/{call_id:06d}.txt",
                    "sha256": f"{call_id:064x}", "format": "text", "kind": "transcript", "agent": agent,
                    "language": language, "started_at": datetime.combine(day, datetime.min.time()), "call_date": day,
                    "role_source": "label", "speakers": json.dumps([["Agent", "agent"], ["Customer", "customer"]]),
                    "imported_at": now})
                texts = []
                for s in range(SEGMENTS_PER_CALL):
                    _lang, text, words = LINES[(c + s) % len(LINES)]
                    texts.append((text, words))
                    segment_rows.append({"call_id": call_id, "idx": s, "line": s + 6, "col": 8,
                                         "speaker": "Agent" if s % 2 == 0 else "Customer",
                                         "role": "agent" if s % 2 == 0 else "customer", "text": text,
                                         "start_s": float(s * 7), "end_s": float(s * 7 + 6)})
                for f in range(min(FLAGS_PER_CALL, flags - c * FLAGS_PER_CALL)):
                    segment = f % SEGMENTS_PER_CALL
                    text, words = texts[segment]
                    at = text.find(words)
                    severity, rank = SEVERITIES[rng.randrange(len(SEVERITIES))]
                    category = CATEGORIES[rng.randrange(len(CATEGORIES))]
                    status = STATUSES[rng.randrange(len(STATUSES))]
                    flag_rows.append({
                        "call_id": call_id, "segment_idx": segment, "rule": f"synthetic.{category}.{f // 20}",
                        "span_start": at, "span_end": at + len(words) + f // SEGMENTS_PER_CALL, "source": "rule",
                        "category": category, "severity": severity, "severity_rank": rank, "text": words,
                        "line": segment + 6, "col": 8 + at, "end_col": 8 + at + len(words),
                        "message": f"Synthetic {category.replace('_', ' ')} flag", "citation": "", "explanation": "{}",
                        "note": "", "raised": True, "status": status,
                        "outcome": status if status in ("confirmed", "dismissed") else None, "version": 1,
                        "created_at": now, "agent": agent, "language": language, "call_date": day})
            session.execute(insert(CallRecord), call_rows)
            session.execute(insert(SegmentRecord), segment_rows)
            session.execute(insert(FlagRecord), flag_rows)
    engine.dispose()
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--flags", type=int, default=100_000)
    args = parser.parse_args()
    print(build(args.path, args.flags))


if __name__ == "__main__":
    main()
