"""A flag in its call: the transcript with every flagged span highlighted in place, and the flag's why."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from notecheck.qt import labels
from notecheck.qt.transcript import Placed, draw, from_utf16, segment_at
from notecheck.qt.worker import Worker
from notecheck.records import CallView as CallRecord
from notecheck.records import FlagDetail, FlagHistory, FlagRow


@dataclass(frozen=True, slots=True)
class Selection:
    """Words chosen in the transcript: a call, one of its segments, and code-point offsets in its text."""

    call_id: int
    segment: int
    start: int
    end: int
    text: str


class CallView(QWidget):
    """Shows the current flag's call and explanation; loads both on the worker."""

    flag_chosen = Signal(int)
    """Another flag of the call was clicked (in the list or in the transcript)."""
    loaded = Signal()
    """The call and the flag's history are drawn."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.call: CallRecord | None = None
        self.history: FlagHistory | None = None
        self.flag: FlagRow | None = None
        self.placed: dict[int, Placed] = {}
        self._request = 0
        self._call_stale = False

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.transcript = QTextEdit()
        self.transcript.setReadOnly(True)
        self.transcript.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.transcript.viewport().installEventFilter(self)
        self.transcript.setPlaceholderText(self.tr("Choose a flag to see it in its call."))
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.flags_list = QListWidget()
        self.flags_list.setWordWrap(True)
        self.flags_list.itemActivated.connect(self._flag_item_chosen)
        self.flags_list.itemClicked.connect(self._flag_item_chosen)
        flags_title = QLabel(self.tr("Flags in this call"))
        flags_title.setStyleSheet("font-weight: bold")

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 3)
        side_layout.addWidget(flags_title)
        side_layout.addWidget(self.flags_list, 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.transcript, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # -- loading ------------------------------------------------------------------------------------
    def show_flag(self, row: FlagRow | None, *, reload: bool = False) -> None:
        """Show this flag in its call (the call is fetched only when it differs or `reload` is set)."""
        self.flag = row
        self._request += 1
        if row is None:
            self.clear()
            return
        request = self._request
        self._call_stale = self._call_stale or reload
        need_call = self._call_stale or self.call is None or self.call.call.id != row.call_id
        call_id, flag_id = row.call_id, row.id

        def load(ws: Any, _task: Any) -> tuple[CallRecord | None, FlagHistory]:
            return (ws.call_view(call_id) if need_call else None), ws.flag_history(flag_id)

        self._worker.run(load, done=lambda result: self._arrived(request, result))

    def refresh(self) -> None:
        if self.flag is not None:
            self.show_flag(self.flag, reload=True)

    def _arrived(self, request: int, result: tuple[CallRecord | None, FlagHistory]) -> None:
        if request != self._request:
            return
        call, history = result
        if call is not None:
            self.call = call
            self._call_stale = False
            self._draw_call()
        self.history = history
        self.flag = history.flag.row
        self._highlight()
        self._draw_detail()
        self._fill_flags_list()
        self._scroll_to_flag()
        self.loaded.emit()

    def clear(self) -> None:
        self.call = None
        self.history = None
        self.placed = {}
        self.header.clear()
        self.transcript.clear()
        self.transcript.setExtraSelections([])
        self.detail.clear()
        self.flags_list.clear()

    # -- drawing ------------------------------------------------------------------------------------
    def _draw_call(self) -> None:
        assert self.call is not None
        c = self.call.call
        started = labels.local_time(c.started_at)
        bits = [f"<b>{html.escape(c.call_ref)}</b>", html.escape(c.agent or ""), started,
                labels.language_label(c.language), f"<span style='color:#777'>{html.escape(c.path)}</span>"]
        if c.role_source == "guess":
            guessed = self.tr("speaker roles guessed")
            bits.append(f"<span style='color:#b26a00'>{html.escape(guessed)}</span>")
        self.header.setText(" · ".join(b for b in bits if b))
        self.placed = draw(self.transcript.document(), self.call.segments, self.transcript.font())

    def flagged_spans(self) -> list[tuple[FlagDetail, QTextCursor]]:
        """Each flag of the call and a cursor selecting its words in the transcript."""
        if self.call is None:
            return []
        spans = []
        for detail in self.call.flags:
            placed = self.placed.get(detail.row.segment)
            if placed is None:
                continue
            start, end = placed.document_span(detail.start, detail.end)
            cursor = QTextCursor(self.transcript.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            spans.append((detail, cursor))
        return spans

    def _highlight(self) -> None:
        selections = []
        current = self.flag.id if self.flag else None
        for detail, cursor in self.flagged_spans():
            row = detail.row
            if row.source == "manual":
                background = labels.MANUAL_HIGHLIGHT
            elif not row.raised:
                background = labels.RETIRED_HIGHLIGHT
            else:
                background = labels.HIGHLIGHT_COLORS.get(row.severity, labels.HIGHLIGHT_COLORS["medium"])
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(background))
            if row.id == current:
                fmt.setBackground(QColor(background).darker(135))
                fmt.setFontUnderline(True)
                fmt.setUnderlineColor(QColor(labels.SEVERITY_COLORS.get(row.severity, "#000000")))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setToolTip(f"{row.rule}: {row.message}")
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.transcript.setExtraSelections(selections)

    def _scroll_to_flag(self) -> None:
        if self.flag is None:
            return
        for detail, cursor in self.flagged_spans():
            if detail.row.id == self.flag.id:
                moved = QTextCursor(cursor)
                moved.clearSelection()
                self.transcript.setTextCursor(moved)
                self.transcript.ensureCursorVisible()
                return

    def _words(self) -> dict[str, str]:
        return {"retired": self.tr("no longer raised by the active rules"), "words": self.tr("Words"),
                "line": self.tr("line"), "column": self.tr("column"), "citation": self.tr("Citation"),
                "ruleset": self.tr("Rule set"), "manual": self.tr("Added by hand"), "matched": self.tr("matched"),
                "why": self.tr("Why it was raised"), "by": self.tr("by"), "context": self.tr("Context checked"),
                "history": self.tr("History")}

    def _draw_detail(self) -> None:
        if self.history is None:
            self.detail.clear()
            return
        d = self.history.flag
        row = d.row
        esc = html.escape
        w = {key: esc(text) for key, text in self._words().items()}
        parts = [f"<h3 style='margin:0'>{esc(row.rule)}</h3>",
                 f"<p><span style='color:{labels.SEVERITY_COLORS.get(row.severity, '#000')}'><b>"
                 f"{esc(labels.severity_label(row.severity))}</b></span> · {esc(labels.category_label(row.category))}"
                 f" · <span style='color:{labels.STATUS_COLORS.get(row.status, '#000')}'>"
                 f"{esc(labels.status_label(row.status))}</span>"
                 + ("" if row.raised else f" · <i>{w['retired']}</i>") + "</p>",
                 f"<p>{esc(row.message)}</p>",
                 f"<p><b>{w['words']}:</b> “{esc(row.text)}” — {w['line']} {row.line}, {w['column']} {row.column}, "
                 f"{esc(row.speaker)}</p>"]
        if d.citation:
            parts.append(f"<p><b>{w['citation']}:</b> {esc(d.citation)}</p>")
        if d.ruleset is not None:
            parts.append(f"<p><b>{w['ruleset']}:</b> {esc(d.ruleset.name)}@{esc(d.ruleset.version)} "
                         f"<span style='color:#777'>({esc(d.ruleset.sha256[:12])})</span></p>")
        elif row.source == "manual":
            parts.append(f"<p><b>{w['manual']}</b>" + (f": {esc(d.note)}" if d.note else "") + "</p>")
        if d.explanation.clauses:
            items = "".join(f"<li><code>{esc(c.clause)}</code> {w['matched']} “{esc(c.words)}”"
                            + (f" <span style='color:#777'>({esc(', '.join(c.terms))})</span>" if c.terms else "")
                            + "</li>" for c in d.explanation.clauses)
            parts.append(f"<p><b>{w['why']}</b></p><ul>{items}</ul>")
        if d.explanation.context:
            items = "".join(f"<li>{esc(c.kind)}: <b>{esc(c.effect)}</b>"
                            + (f" ({w['by']} “{esc(c.trigger)}”)" if c.trigger else "")
                            + f" — {esc(c.reason)}</li>" for c in d.explanation.context)
            parts.append(f"<p><b>{w['context']}</b></p><ul>{items}</ul>")
        if self.history.decisions:
            items = "".join(
                f"<li>{esc(labels.local_time(v.at))} <b>{esc(v.actor)}</b> "
                f"({esc(labels.role_label(v.role))}) {esc(labels.action_label(v.action))}"
                + (f": {esc(v.reason)}" if v.reason else "") + "</li>" for v in self.history.decisions)
            parts.append(f"<p><b>{w['history']}</b></p><ul>{items}</ul>")
        self.detail.setHtml("".join(parts))

    def _fill_flags_list(self) -> None:
        self.flags_list.clear()
        if self.call is None:
            return
        current = self.flag.id if self.flag else None
        for d in self.call.flags:
            row = d.row
            text = (f"L{row.line} · {labels.severity_label(row.severity)} · {row.rule} · “{row.text}” · "
                    f"{labels.status_label(row.status)}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setForeground(QColor(labels.SEVERITY_COLORS.get(row.severity, "#000000")) if row.raised
                               else QColor("#8a8a8a"))
            item.setToolTip(row.message)
            if row.id == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.flags_list.addItem(item)
            if row.id == current:
                self.flags_list.setCurrentItem(item)

    def _flag_item_chosen(self, item: QListWidgetItem) -> None:
        flag_id = item.data(Qt.ItemDataRole.UserRole)
        if flag_id is not None and (self.flag is None or flag_id != self.flag.id):
            self.flag_chosen.emit(int(flag_id))

    # -- choosing words -----------------------------------------------------------------------------
    def selection(self) -> Selection | None:
        """The words selected in the transcript, within one segment's text (None if nothing usable)."""
        cursor = self.transcript.textCursor()
        if self.call is None or not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        placed = segment_at(self.placed, start)
        if placed is None:  # the selection starts in a time or speaker label: use the segment it reaches
            placed = segment_at(self.placed, end)
            if placed is None:
                return None
        text = placed.segment.text
        first = from_utf16(text, max(0, start - placed.position))
        last = from_utf16(text, min(placed.length, end - placed.position))
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if first >= last:
            return None
        return Selection(self.call.call.id, placed.segment.index, first, last, text[first:last])

    def select_words(self, segment: int, start: int, end: int) -> None:
        """Select words of a segment in the transcript (code-point offsets)."""
        placed = self.placed.get(segment)
        if placed is None:
            return
        a, b = placed.document_span(start, end)
        cursor = QTextCursor(self.transcript.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.transcript.setTextCursor(cursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.transcript.viewport() and event.type() == QEvent.Type.MouseButtonRelease
                and not self.transcript.textCursor().hasSelection()):
            position = self.transcript.cursorForPosition(event.position().toPoint()).position()  # type: ignore[attr-defined]
            for detail, cursor in self.flagged_spans():
                if cursor.selectionStart() <= position < cursor.selectionEnd():
                    if self.flag is None or detail.row.id != self.flag.id:
                        self.flag_chosen.emit(detail.row.id)
                    break
        return super().eventFilter(watched, event)
