"""The dashboard: flags by category over time, by agent, and rule precision with the wasteful rules first."""

from __future__ import annotations

from conftest import WAIT, decide
from PySide6.QtCharts import QHorizontalPercentBarSeries, QHorizontalStackedBarSeries, QStackedBarSeries


def test_qt_dashboard_charts_categories_agents_and_precision(qtbot, signed_in, queue_db) -> None:
    decide(queue_db, "carol", "dismiss", rules=("abuse.deadbeat",))
    decide(queue_db, "carol", "confirm", rules=("third-party.employer",))
    window = signed_in("alice")
    with qtbot.waitSignal(window.dashboard.refreshed, timeout=WAIT):
        window.tabs.setCurrentWidget(window.dashboard_holder)
    page = window.dashboard

    (over_time,) = page.time_chart.series()
    assert isinstance(over_time, QStackedBarSeries)
    per_category = {bars.label(): sum(bars.at(i) for i in range(bars.count())) for bars in over_time.barSets()}
    assert per_category == {"abusive language": 3, "credit misstatement": 4, "third-party pressure": 4}
    months = page.time_chart.axes()[0].categories()
    assert months == ["2026-03"]

    (by_agent,) = page.agent_chart.series()
    assert isinstance(by_agent, QHorizontalStackedBarSeries)
    agents = page.agent_chart.axes()[0].categories()
    assert sorted(agents) == ["R. Okafor", "T. Brennan", "孫"]
    totals = {agent: sum(bars.at(i) for bars in by_agent.barSets()) for i, agent in enumerate(agents)}
    assert totals == {"T. Brennan": 6, "R. Okafor": 3, "孫": 2}

    (precision,) = page.precision_chart.series()
    assert isinstance(precision, QHorizontalPercentBarSeries)
    rules = page.precision_chart.axes()[0].categories()
    assert rules[-1] == "abuse.deadbeat"  # worst first: the top bar
    table = page.precision_table
    assert [table.item(0, c).text() for c in range(5)] == ["abuse.deadbeat", "3", "0", "3", "0%"]
    assert table.item(0, 0).foreground().color().name() == "#c62828"
    assert [table.item(1, c).text() for c in (0, 4)] == ["third-party.employer", "100%"]
    assert table.item(2, 4).text() == "no decisions yet"
    assert "<b>4</b> open" in page.totals.text()
