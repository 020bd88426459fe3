"""The rules page: live problems at their line, examples, preview on stored calls, publishing a new version."""

from __future__ import annotations

from pathlib import Path

from conftest import WAIT, english_call, wait_idle
from db_fixtures import REVIEW_RULES, write_call
from PySide6.QtGui import QColor

V1 = (REVIEW_RULES / "v1" / "collections.yaml").read_text(encoding="utf-8")
V2 = (REVIEW_RULES / "v2" / "collections.yaml").read_text(encoding="utf-8")
NEW_RULE = """  - id: credit.stays
    category: credit_misstatement
    severity: low
    message: Says the debt stays on the credit report.
    match:
      phrases: [stays on your credit]
    examples:
      flag: ["This stays on your credit for life."]
      pass: ["We report the account to the credit bureaus."]
"""


def rules_page(qtbot, window):
    page = window.rules
    qtbot.waitUntil(lambda: page.current == "collections.yaml" and page.last_check is not None, timeout=WAIT)
    return page


def edit(qtbot, page, text: str):
    with qtbot.waitSignal(page.checked, timeout=WAIT) as checked:
        page.editor.setPlainText(text)
    return checked.args[0]


def test_qt_rules_view_broken_edit_shows_its_error_and_keeps_the_active_rules(qtbot, signed_in, tmp_path) -> None:
    window = signed_in("cora")
    assert window.tabs.currentWidget() is window.rules
    page = rules_page(qtbot, window)
    item = page.tree.topLevelItem(0)
    assert (item.text(0), item.text(1), item.text(2)) == ("review-test", "1", "collections.yaml")
    active = page.info.sha256
    broken = V1.replace("severity: low", "severity: urgent")
    line = broken.splitlines().index("    severity: urgent") + 1
    check = edit(qtbot, page, broken)
    assert not check.ok
    assert [(p.file, p.line) for p in check.problems] == [("collections.yaml", line)]
    assert line in page.editor.problem_lines()
    assert page.problems_list.item(0).text().startswith(f"collections.yaml:{line}:")
    assert "`severity`: Input should be" in page.problems_list.item(0).text()
    assert "1 problem: the active rules stay in use" in page.check_status.text()
    assert not page.publish_button.isEnabled()
    assert "problems" in page.publish_button.toolTip()

    page.publish("trying anyway")  # the workspace refuses a broken book too
    qtbot.waitUntil(lambda: "nothing was changed" in page.check_status.text(), timeout=WAIT)
    page.load_active()
    wait_idle(qtbot, window)
    assert page.info.sha256 == active

    folder = tmp_path / "after-edit"
    write_call(folder, "late.txt", english_call(55), call_id="LATE")
    with qtbot.waitSignal(window.import_finished, timeout=WAIT) as done:
        window.import_paths([folder])
    assert [f.flags for f in done.args[0].files] == [3]  # the active (version 1) rules still flag the call

    fixed = edit(qtbot, page, V1.replace("severity: low", "severity: medium"))
    assert fixed.ok and page.editor.problem_lines() == set()
    assert page.publish_button.isEnabled()


def test_qt_rules_view_runs_the_rules_examples(qtbot, signed_in) -> None:
    window = signed_in("cora")
    page = rules_page(qtbot, window)
    with qtbot.waitSignal(page.checked, timeout=WAIT) as checked:
        page.run_examples()
    assert checked.args[0].ok
    assert "All 7 examples of 3 rules behave as written." in page.check_status.text()
    wrong = V1.replace('pass: ["Thank you for your time."]', 'pass: ["You deadbeat."]')
    page.editor.setPlainText(wrong)
    with qtbot.waitSignal(page.checked, timeout=WAIT) as checked:
        page.run_examples()
    (problem,) = checked.args[0].problems
    assert problem.line == wrong.splitlines().index('      pass: ["You deadbeat."]') + 1
    assert "flags its own `pass` example" in problem.message


def test_qt_rules_view_previews_then_publishes_a_new_version(qtbot, signed_in) -> None:
    window = signed_in("cora")
    page = rules_page(qtbot, window)
    assert edit(qtbot, page, V2 + NEW_RULE).ok
    with qtbot.waitSignal(page.previewed, timeout=WAIT) as previewed:
        page.preview_button.click()
    preview = previewed.args[0]
    assert preview.calls == 4
    assert sorted(i.rule for i in preview.added) == ["credit.stays"] * 3
    assert sorted(i.rule for i in preview.removed) == ["abuse.deadbeat"] * 3
    assert page.added_model.rowCount() == 3 and page.removed_model.rowCount() == 3
    assert page.preview_tabs.tabText(0) == "Added (3)"
    assert page.added_model.index(0, 4).data() == "stays on your credit"
    assert "adds 3 flags and no longer raises 3" in page.preview_summary.text()

    assert page.publish_button.isEnabled()
    with qtbot.waitSignal(page.published, timeout=60_000) as published:
        page.publish("version 2 with the credit rule")
    result = published.args[0]
    assert [rs.version for rs in result.rulebook.rulesets] == ["2"]
    assert (result.rescan.added, result.rescan.retired) == (3, 3)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1 and page.tree.topLevelItem(0).text(1) == "2",
                    timeout=WAIT)
    queue = window.review.queue
    qtbot.waitUntil(lambda: queue.model.rowCount() == 11, timeout=WAIT)
    assert queue.model.counts["open"] == 11
    assert not page.publish_button.isEnabled()  # the draft is now the active book


def test_qt_rules_view_publishing_is_for_compliance(qtbot, signed_in) -> None:
    window = signed_in("alice")
    window.tabs.setCurrentWidget(window.rules)
    page = rules_page(qtbot, window)
    edit(qtbot, page, V2)
    assert not page.publish_button.isEnabled()
    assert page.publish_button.toolTip() == "Only a compliance officer or an administrator can publish rules."


def test_qt_rules_view_highlights_yaml(qtbot, signed_in) -> None:
    window = signed_in("cora")
    page = rules_page(qtbot, window)
    document = page.editor.document()

    def colours(line: int) -> set[str]:
        block = document.findBlockByNumber(line)
        return {r.format.foreground().color().name() for r in block.layout().formats()}

    lines = V1.splitlines()
    assert colours(0) == {QColor("#8a8a8a").name()}  # the comment line
    assert QColor("#1f5fa8").name() in colours(lines.index("ruleset: review-test"))  # a key
    assert QColor("#2e7d32").name() in colours(next(i for i, t in enumerate(lines) if '"' in t))  # a string
    assert isinstance(Path(page.file_label.text()), Path) and page.file_label.text() == "collections.yaml"
