"""Drawing a call's segments into a text document, and mapping segment offsets to document positions.

Segments keep their original characters; Python counts code points while Qt counts UTF-16 units, so
every offset crosses that boundary here (characters outside the BMP take two units).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from notecheck.qt import labels
from notecheck.records import SegmentView


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def to_utf16(text: str, offset: int) -> int:
    """A code-point offset in `text` as a UTF-16 offset."""
    return utf16_length(text[:offset])


def from_utf16(text: str, units: int) -> int:
    """A UTF-16 offset in `text` as a code-point offset."""
    count = 0
    for i, ch in enumerate(text):
        if count >= units:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def clock(seconds: float) -> str:
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def when(segment: SegmentView) -> str:
    """What the transcript shows before a segment: its time in the call, its note time, or its line."""
    if segment.start is not None:
        return clock(segment.start)
    if segment.at is not None:
        return labels.local_time(segment.at)
    return f"L{segment.line}"


@dataclass(frozen=True, slots=True)
class Placed:
    """Where a segment's text sits in the document."""

    segment: SegmentView
    position: int
    """Document position of the segment text's first character."""
    length: int
    """The text's length in UTF-16 units."""

    def document_span(self, start: int, end: int) -> tuple[int, int]:
        text = self.segment.text
        return self.position + to_utf16(text, start), self.position + to_utf16(text, end)


def draw(document: QTextDocument, segments: Sequence[SegmentView], base_font: QFont) -> dict[int, Placed]:
    """Write one paragraph per segment — time, speaker in its role's colour, text — and return where each
    segment's text landed."""
    document.clear()
    cursor = QTextCursor(document)
    block = QTextBlockFormat()
    block.setBottomMargin(6)
    block.setLeftMargin(28)
    block.setTextIndent(-28)
    plain = QTextCharFormat()
    plain.setFont(base_font)
    time_format = QTextCharFormat(plain)
    time_format.setForeground(QColor("#7a7a7a"))
    placed: dict[int, Placed] = {}
    for n, segment in enumerate(segments):
        if n:
            cursor.insertBlock(block)
        else:
            cursor.setBlockFormat(block)
        cursor.insertText(f"[{when(segment)}]  ", time_format)
        speaker = QTextCharFormat(plain)
        speaker.setForeground(QColor(labels.ROLE_COLORS.get(segment.role, labels.ROLE_COLORS["unknown"])))
        speaker.setFontWeight(QFont.Weight.Bold)
        speaker.setToolTip(labels.role_label(segment.role))
        cursor.insertText(f"{segment.speaker}: ", speaker)
        position = cursor.position()
        cursor.insertText(segment.text, plain)
        placed[segment.index] = Placed(segment, position, utf16_length(segment.text))
    return placed


def segment_at(placed: dict[int, Placed], position: int) -> Placed | None:
    for p in placed.values():
        if p.position <= position <= p.position + p.length:
            return p
    return None
