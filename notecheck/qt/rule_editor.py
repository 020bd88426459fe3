"""A rule-file editor: YAML highlighting, line numbers, and problems marked at their line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRegularExpression, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget


def _format(color: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class YamlHighlighter(QSyntaxHighlighter):
    """Colours keys, quoted strings, `$TERM` references, scalar values and comments in a YAML document;
    the text of a block scalar (`>-`, `|`) is left as prose."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.key_format = _format("#1f5fa8", bold=True)
        self.string_format = _format("#2e7d32")
        self.term_format = _format("#8e24aa", bold=True)
        self.scalar_format = _format("#b26a00")
        self.dash_format = _format("#6d6d6d", bold=True)
        self.comment_format = _format("#8a8a8a", italic=True)
        self.prose_format = _format("#3d3d3d")
        self._key = QRegularExpression(r"^\s*(?:-\s+)?([^\s#'\"\[\]{},][^#]*?)(?=:(\s|$))")
        self._dash = QRegularExpression(r"^\s*-(?=\s)")
        self._scalar = QRegularExpression(
            r"(?:^|:\s+|-\s+|[\[,]\s*)(true|false|null|yes|no|~|-?\d+(?:\.\d+)?)(?=\s*(?:#|,|\]|$))")
        self._string = QRegularExpression(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*'")
        self._term = QRegularExpression(r"\$[A-Z][A-Z0-9_]*")
        self._block_start = QRegularExpression(r":\s*[>|][-+]?\d*\s*(?:#.*)?$")

    def highlightBlock(self, text: str) -> None:
        indent = len(text) - len(text.lstrip(" "))
        parent = self.previousBlockState()
        if parent >= 0 and (not text.strip() or indent > parent):
            self.setFormat(0, len(text), self.prose_format)
            self.setCurrentBlockState(parent)
            return
        self.setCurrentBlockState(indent if self._block_start.match(text).hasMatch() else -1)
        self._apply(self._dash, text, self.dash_format)
        self._apply(self._key, text, self.key_format, group=1)
        self._apply(self._scalar, text, self.scalar_format, group=1)
        self._apply(self._string, text, self.string_format)
        self._apply(self._term, text, self.term_format)
        comment = _comment_start(text)
        if comment is not None:
            self.setFormat(comment, len(text) - comment, self.comment_format)

    def _apply(self, expression: QRegularExpression, text: str, fmt: QTextCharFormat, group: int = 0) -> None:
        matches = expression.globalMatch(text)
        while matches.hasNext():
            match = matches.next()
            self.setFormat(match.capturedStart(group), match.capturedLength(group), fmt)


def _comment_start(text: str) -> int | None:
    """Where a `#` comment starts (outside quotes, at the line start or after a space)."""
    quote = ""
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'" and (i == 0 or not text[i - 1].isalnum()):
            quote = ch
        elif ch == "#" and (i == 0 or text[i - 1].isspace()):
            return i
    return None


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    """1-based."""
    column: int
    message: str


class _Gutter(QWidget):
    def __init__(self, editor: RuleEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_gutter(event)


class RuleEditor(QPlainTextEdit):
    """A plain-text editor for rule files; `set_problems` marks each problem's line and column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        self.highlighter = YamlHighlighter(self.document())
        self.problems: list[Problem] = []
        self._gutter = _Gutter(self)
        self.blockCountChanged.connect(lambda _n: self._update_margins())
        self.updateRequest.connect(self._scroll_gutter)
        self.setMouseTracking(True)
        self._update_margins()

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * max(digits, 3)

    def _update_margins(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        area = self.contentsRect()
        self._gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), QColor("#f3f3f3"))
        bad = {p.line for p in self.problems}
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                line = number + 1
                if line in bad:
                    painter.setBrush(QColor("#c62828"))
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.drawEllipse(3, top + height // 2 - 3, 6, 6)
                painter.setPen(QColor("#c62828") if line in bad else QColor("#8a8a8a"))
                painter.drawText(0, top, self._gutter.width() - 4, height, Qt.AlignmentFlag.AlignRight, str(line))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        selections = []
        for p in self.problems:
            block = self.document().findBlockByNumber(max(0, p.line - 1))
            if not block.isValid():
                continue
            line = QTextEdit.ExtraSelection()
            line.format.setBackground(QColor("#fde7e7"))
            line.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            line.cursor = QTextCursor(block)
            selections.append(line)
            word = QTextEdit.ExtraSelection()
            word.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            word.format.setUnderlineColor(QColor("#c62828"))
            cursor = QTextCursor(block)
            column = min(max(0, p.column - 1), max(0, block.length() - 1))
            cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.MoveAnchor, column)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
            if not cursor.hasSelection():
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            word.cursor = cursor
            selections.append(word)
        self.setExtraSelections(selections)
        self._gutter.update()

    def problem_lines(self) -> set[int]:
        return {p.line for p in self.problems}

    def go_to(self, line: int, column: int = 1) -> None:
        block = self.document().findBlockByNumber(max(0, line - 1))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.MoveAnchor,
                            min(max(0, column - 1), max(0, block.length() - 1)))
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == event.Type.ToolTip:
            cursor = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos()))
            line = cursor.blockNumber() + 1
            messages = [p.message for p in self.problems if p.line == line]
            if messages:
                QToolTip.showText(event.globalPos(), "\n".join(messages), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
