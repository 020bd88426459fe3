"""Collector notes: CSV with a header row (`account_id,agent,contacted_at,note`), one note a row."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from notecheck.ingest.errors import LoadError
from notecheck.ingest.raw import RawSegment, parse_when

NOTE_COLUMNS = ("note", "notes", "text", "comment", "备注", "催记", "內容", "内容")
AGENT_COLUMNS = ("agent", "collector", "user", "催收员", "坐席")
ACCOUNT_COLUMNS = ("account_id", "account", "acct", "账号", "帳號")
TIME_COLUMNS = ("contacted_at", "time", "timestamp", "date", "时间", "時間")


def _find(columns: list[str], names: tuple[str, ...]) -> int | None:
    folded = [c.strip().lower() for c in columns]
    return next((folded.index(n) for n in names if n in folded), None)


def parse_notes(path: Path, lines: Iterator[str], header: dict[str, str]) -> Iterator[RawSegment]:
    physical: list[str] = []

    def remember(source: Iterator[str]) -> Iterator[str]:
        for line in source:
            physical.append(line)
            yield line + "\n"

    reader = csv.reader(remember(lines), strict=True)
    try:
        columns = next(reader, None)
        if not columns:
            raise LoadError(str(path), "no header row", line=1)
        note = _find(columns, NOTE_COLUMNS)
        if note is None:
            raise LoadError(str(path), f"no `note` column (columns: {', '.join(columns)})", line=1)
        agent, account, when = (_find(columns, names) for names in (AGENT_COLUMNS, ACCOUNT_COLUMNS, TIME_COLUMNS))
        last = reader.line_num
        physical.clear()
        for row in reader:
            first_line, last = last + 1, reader.line_num
            raw, physical[:] = physical[0] if physical else "", []
            if not row or not any(cell.strip() for cell in row):
                continue
            text = row[note].strip() if note < len(row) else ""
            if not text:
                continue
            yield RawSegment(
                line=first_line,
                speaker=_cell(row, agent) or "",
                text=text,
                column=_column(raw, text),
                at=parse_when(_cell(row, when) or ""),
                account=_cell(row, account),
            )
    except csv.Error as exc:
        raise LoadError(str(path), f"malformed CSV: {exc}", line=reader.line_num) from None


def _cell(row: list[str], index: int | None) -> str | None:
    if index is None or index >= len(row):
        return None
    return row[index].strip() or None


def _column(raw: str, text: str) -> int:
    """1-based column where a note's text starts in its row, quoting allowed for."""
    for form in (text, text.replace('"', '""')):
        found = raw.find(form)
        if found >= 0:
            return found + 1
    return 1
