"""JSON transcripts: the corpus format, Whisper (`segments` with start/end/text) and WhisperX
(diarised, a `speaker` per segment)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.decoder import JSONObject  # type: ignore[attr-defined]
from json.scanner import py_make_scanner  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from notecheck.ingest.errors import LoadError
from notecheck.ingest.raw import RawSegment

MAX_JSON_BYTES = 64 * 1024 * 1024
_HEADER_KEYS = ("call_id", "agent", "language", "started_at")


class _PositionDecoder(json.JSONDecoder):
    """A JSON decoder that remembers where each object starts and ends."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: dict[int, tuple[int, int]] = {}

        def parse_object(s_and_end, *args):  # type: ignore[no-untyped-def]
            obj, end = JSONObject(s_and_end, *args)
            self.spans[id(obj)] = (s_and_end[1] - 1, end)
            return obj, end

        self.parse_object = parse_object
        self.scan_once = py_make_scanner(self)


def parse_json(path: Path, lines: Iterator[str], header: dict[str, str]) -> Iterator[RawSegment]:
    if path.stat().st_size > MAX_JSON_BYTES:
        raise LoadError(str(path), f"JSON transcript larger than {MAX_JSON_BYTES >> 20} MB; "
                        "split it or convert it to a line-based format")
    text = "\n".join(lines)
    decoder = _PositionDecoder()
    try:
        document = decoder.decode(text)
    except json.JSONDecodeError as exc:
        raise LoadError(str(path), f"invalid JSON: {exc.msg} (column {exc.colno})", line=exc.lineno) from None
    except RecursionError:
        raise LoadError(str(path), "invalid JSON: nested too deeply") from None
    segments = _segments_of(path, document, header)
    line_starts = _line_starts(text)
    for position, segment in enumerate(segments):
        span = decoder.spans.get(id(segment))
        where = _locate(text, span, line_starts)
        if not isinstance(segment, dict):
            raise LoadError(str(path), f"segment {position + 1} is not an object", line=where[0])
        value = segment.get("text")
        if not isinstance(value, str):
            raise LoadError(str(path), f"segment {position + 1} has no text", line=where[0])
        yield RawSegment(
            line=where[0], column=where[1], speaker=str(segment.get("speaker") or ""), text=value.strip(),
            start=_number(segment.get("start")), end=_number(segment.get("end")),
        )


def _segments_of(path: Path, document: Any, header: dict[str, str]) -> list[Any]:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict) or not isinstance(document.get("segments"), list):
        raise LoadError(str(path), "no `segments` list: not a transcript JSON", line=1)
    for key in _HEADER_KEYS:
        if isinstance(document.get(key), str | int | float):
            header.setdefault(key, str(document[key]))
    return document["segments"]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return starts


def _locate(text: str, span: tuple[int, int] | None, line_starts: list[int]) -> tuple[int, int]:
    """(line, column) of a segment's text value, or of the segment itself."""
    if span is None:
        return 1, 1
    start, end = span
    key = text.find('"text"', start, end)
    offset = start
    if key >= 0:
        quote = text.find('"', key + 6, end)
        offset = quote + 1 if quote >= 0 else key
    from bisect import bisect_right

    line = bisect_right(line_starts, offset)
    return line, offset - line_starts[line - 1] + 1


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
