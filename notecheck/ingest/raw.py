"""What a format parser hands to the loader before roles and language are decided."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

# `Speaker: text`, with an optional leading time stamp such as `[00:01:02]`; full-width colon too.
SPEAKER_LINE = re.compile(
    r"^\s*(?:[\[(](?P<stamp>\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?)[\])]\s*)?"
    r"(?P<speaker>[^:：\s][^:：]{0,39}?)\s*[:：]\s?(?P<text>.*)$"
)


@dataclass(frozen=True, slots=True)
class RawSegment:
    line: int
    speaker: str
    text: str
    column: int = 1
    start: float | None = None
    end: float | None = None
    at: datetime | None = None
    account: str | None = None


def split_speaker(line: str) -> tuple[str, str, int, float | None] | None:
    """Split `Speaker: text` into (speaker, text, 1-based text column, time stamp seconds)."""
    found = SPEAKER_LINE.match(line)
    if not found or _looks_like_sentence(found["speaker"]):
        return None
    stamp = found["stamp"]
    return found["speaker"].strip(), found["text"], found.start("text") + 1, _seconds(stamp) if stamp else None


def _looks_like_sentence(speaker: str) -> bool:
    return len(speaker.split()) > 4 or any(ch in speaker.rstrip(".") for ch in ".?!。？！,，")


def _seconds(stamp: str) -> float:
    total = 0.0
    for part in stamp.replace(",", ".").split(":"):
        total = total * 60 + float(part)
    return total


def parse_when(value: str) -> datetime | None:
    """ISO-8601 date-time or date, or None when it is not one."""
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
