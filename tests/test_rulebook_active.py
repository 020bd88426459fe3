"""A broken rule file never replaces the rules in use."""

from __future__ import annotations

import shutil
from pathlib import Path

from notecheck.rulebook import ActiveRules

RULES = Path(__file__).parent / "data" / "rules" / "engine.yaml"


def test_rulebook_active_broken_edit_keeps_last_good_rules(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    shutil.copy(RULES, path)
    active = ActiveRules([path])
    before = active.book
    assert active.scanner().scan_text("I will call your wife.")

    path.write_text(RULES.read_text(encoding="utf-8").replace("category: threat_legal", "category: nope"),
                    encoding="utf-8")
    outcome = active.try_load()
    assert not outcome.replaced
    assert [str(e).split(": ", 1)[0].rsplit(":", 2)[1] for e in outcome.errors] == ["30"]
    assert active.book is before
    assert active.scanner().scan_text("I will call your wife.")  # still flags with the last good rules

    path.write_text(RULES.read_text(encoding="utf-8").replace("severity: critical", "severity: low"),
                    encoding="utf-8")
    outcome = active.try_load()
    assert outcome.replaced and not outcome.errors
    assert active.book.rule("legal.arrest").severity == "low"
    assert active.scanner().book is active.book
