"""Writers for exported flag rows: CSV, JSON Lines and XLSX (openpyxl, streaming)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from notecheck.export.masking import mask_text
from notecheck.records import FlagRow

COLUMNS = ("id", "status", "outcome", "severity", "category", "rule", "source", "ruleset", "raised", "call_ref",
           "call_id", "path", "line", "column", "segment", "speaker", "role", "agent", "language", "call_date",
           "text", "excerpt", "message", "decided_by", "decided_at", "decision_reason", "reviewed_by", "reviewed_at",
           "review_reason", "version")
MASKED = ("text", "excerpt", "message", "decision_reason", "review_reason", "call_ref", "path")
FORMATS = ("csv", "jsonl", "xlsx")


def _record(row: FlagRow, mask: bool) -> dict[str, Any]:
    data = asdict(row)
    record = {}
    for name in COLUMNS:
        value = data[name]
        if isinstance(value, datetime | date):
            value = value.isoformat()
        if mask and name in MASKED and isinstance(value, str):
            value = mask_text(value)
        record[name] = value
    return record


def _csv(path: Path, records: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for record in records:
            writer.writerow(record)
            n += 1
    return n


def _jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def _xlsx(path: Path, records: Iterable[dict[str, Any]]) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("flags")
    sheet.append(list(COLUMNS))
    n = 0
    for record in records:
        sheet.append([_cell(record[c]) for c in COLUMNS])
        n += 1
    book.save(path)
    return n


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        # Spreadsheet formula injection: text starting with = + - @ is shown, never evaluated.
        return "'" + value if value[:1] in ("=", "+", "-", "@") else value
    return value


WRITERS: dict[str, Callable[[Path, Iterable[dict[str, Any]]], int]] = {"csv": _csv, "jsonl": _jsonl, "xlsx": _xlsx}


def export_rows(path: Path, rows: Iterable[FlagRow], *, fmt: str | None = None, mask: bool = False) -> int:
    """Write rows to `path` in `fmt` (or the format its suffix names); return how many were written."""
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt == "json":
        fmt = "jsonl"
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    return WRITERS[fmt](path, (_record(row, mask) for row in rows))
