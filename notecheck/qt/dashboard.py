"""Charts of the review work: flags by category over time, by agent, and each rule's precision.

Precision is confirmed ÷ (confirmed + dismissed) from review decisions; rules are listed worst first so
the ones that waste reviewers' time stand out. QtCharts is imported when the page is first built.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalPercentBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from notecheck.qt import labels
from notecheck.qt.worker import Worker
from notecheck.records import Changes, DashboardStats

TOP_AGENTS = 10
TOP_RULES = 10


def _chart(title: str, legend: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignBottom) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(legend)
    font = chart.legend().font()
    font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    chart.legend().setFont(font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


class DashboardPage(QWidget):
    """Three charts and a table of rule precision, refreshed from the workspace when shown or changed."""

    refreshed = Signal()

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.stats: DashboardStats | None = None
        self._stale = True
        self.bucket = QComboBox()
        for label, value in ((self.tr("by month"), "month"), (self.tr("by week"), "week"), (self.tr("by day"), "day")):
            self.bucket.addItem(label, value)
        self.bucket.currentIndexChanged.connect(lambda _i: self.refresh())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Flags over time")))
        top.addWidget(self.bucket)
        top.addWidget(self.totals, 1)
        top.addWidget(refresh)

        self.time_chart = _chart(self.tr("Flags by category"), Qt.AlignmentFlag.AlignRight)
        self.agent_chart = _chart(self.tr("Flags by agent"))
        self.precision_chart = _chart(self.tr("Rule precision (confirmed vs dismissed), worst first"))
        self.precision_table = QTableWidget(0, 5)
        self.precision_table.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Flags"), self.tr("Confirmed"),
                                                         self.tr("Dismissed"), self.tr("Precision")])
        self.precision_table.verticalHeader().setVisible(False)
        self.precision_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.precision_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.precision_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        grid = QGridLayout()
        grid.addWidget(_view(self.time_chart), 0, 0)
        grid.addWidget(_view(self.agent_chart), 0, 1)
        grid.addWidget(_view(self.precision_chart), 1, 0)
        grid.addWidget(self.precision_table, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

    def refresh(self) -> None:
        bucket = self.bucket.currentData()

        def load(ws: Any, _task: Any) -> DashboardStats:
            return ws.dashboard(bucket=bucket)

        self.worker.run(load, done=self._arrived)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if changes.queue or changes.flags or changes.rules:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def _arrived(self, stats: DashboardStats) -> None:
        self.stats = stats
        counts = stats.status_counts
        order = ("open", "escalated", "returned", "confirmed", "dismissed", "signed_off")
        self.totals.setText(" · ".join(f"<b>{counts.get(s, 0)}</b> {labels.status_label(s)}" for s in order))
        self._draw_time(stats)
        self._draw_agents(stats)
        self._draw_precision(stats)
        self.refreshed.emit()

    def _reset(self, chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _draw_time(self, stats: DashboardStats) -> None:
        chart = self.time_chart
        self._reset(chart)
        periods = sorted({c.period for c in stats.by_category})
        categories = sorted({c.category for c in stats.by_category})
        values: dict[str, dict[str, int]] = defaultdict(dict)
        for c in stats.by_category:
            values[c.category][c.period] = c.count
        series = QStackedBarSeries()
        for i, category in enumerate(categories):
            bars = QBarSet(labels.category_label(category))
            bars.setColor(labels.category_color(i))
            bars.append([float(values[category].get(p, 0)) for p in periods])
            series.append(bars)
        undated = self.tr("no date")
        self._attach(chart, series, [undated if p == "unknown" else p for p in periods], Qt.AlignmentFlag.AlignBottom,
                     Qt.AlignmentFlag.AlignLeft)

    def _draw_agents(self, stats: DashboardStats) -> None:
        chart = self.agent_chart
        self._reset(chart)
        agents = list(stats.by_agent[:TOP_AGENTS])[::-1]
        series = QHorizontalStackedBarSeries()
        for name, key, colour in ((labels.status_label("open"), "open", "#5c8fd6"),
                                  (labels.status_label("confirmed"), "confirmed", "#c62828"),
                                  (labels.status_label("dismissed"), "dismissed", "#9e9e9e")):
            bars = QBarSet(name)
            bars.setColor(QColor(colour))
            bars.append([float(getattr(a, key)) for a in agents])
            series.append(bars)
        nobody = self.tr("(no agent)")
        self._attach(chart, series, [nobody if a.agent == "(unknown)" else a.agent for a in agents],
                     Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)

    def _draw_precision(self, stats: DashboardStats) -> None:
        chart = self.precision_chart
        self._reset(chart)
        decided = [p for p in stats.rule_precision if p.precision is not None][:TOP_RULES][::-1]
        series = QHorizontalPercentBarSeries()
        confirmed = QBarSet(labels.status_label("confirmed"))
        confirmed.setColor(QColor("#2e7d32"))
        dismissed = QBarSet(labels.status_label("dismissed"))
        dismissed.setColor(QColor("#c62828"))
        confirmed.append([float(p.confirmed) for p in decided])
        dismissed.append([float(p.dismissed) for p in decided])
        series.append(confirmed)
        series.append(dismissed)
        self._attach(chart, series, [p.rule for p in decided], Qt.AlignmentFlag.AlignLeft,
                     Qt.AlignmentFlag.AlignBottom, percent=True)
        rows = stats.rule_precision
        self.precision_table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            precision = p.precision
            cells = [p.rule, str(p.flags), str(p.confirmed), str(p.dismissed),
                     f"{precision:.0%}" if precision is not None else self.tr("no decisions yet")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if precision is not None and precision < 0.5:
                    item.setForeground(QColor("#c62828"))
                item.setToolTip(labels.category_label(p.category))
                self.precision_table.setItem(r, c, item)

    def _attach(self, chart: QChart, series: Any, names: list[str], category_side: Qt.AlignmentFlag,
                value_side: Qt.AlignmentFlag, percent: bool = False) -> None:
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.setTruncateLabels(False)
        font = categories.labelsFont()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        categories.setLabelsFont(font)
        categories.append(names or [""])
        chart.addAxis(categories, category_side)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%d%%" if percent else "%d")
        if not percent:
            top = max((sum(s.at(i) for s in series.barSets()) for i in range(len(names))), default=0)
            values.setRange(0, max(1, top))
            values.setTickCount(min(6, int(max(1, top)) + 1))
            values.applyNiceNumbers()
        chart.addAxis(values, value_side)
        series.attachAxis(values)
