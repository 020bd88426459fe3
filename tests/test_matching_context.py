"""Context turns hits off — negation, consent, questions, quotes, customer speech — and pseudo-negations
and conditions do not; in English and Chinese, and every decision is recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from notecheck.matching import Scanner
from notecheck.rulebook import load_rulebook

RULES = Path(__file__).parent / "data" / "rules" / "engine.yaml"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(load_rulebook([RULES]))


def decisions(scanner: Scanner, text: str, role: str = "agent") -> tuple[bool, list[tuple[str, str]]]:
    """Whether the third-party rule flags the text, and the context decisions made."""
    _, verdicts = scanner.explain(text, role=role)
    mine = [v for v in verdicts if v.rule.id == "third-party.contact"]
    assert mine, f"no hit at all in {text!r}"
    flagged = any(not v.suppressed for v in mine)
    return flagged, [(d.kind, d.effect) for v in mine for d in v.decisions]


@pytest.mark.parametrize(("text", "flags", "decision"), [
    # negation, with scope
    ("We will not contact your employer.", False, ("negated", "suppressed")),
    ("We won't call your wife.", False, ("negated", "suppressed")),
    ("We never call family members.", False, ("negated", "suppressed")),
    ("We will not, under any circumstances, call your boss.", False, ("negated", "suppressed")),
    ("We don't want trouble. I'll call your boss.", True, None),  # the negation is in another sentence
    ("We won't wait any longer but we will call your boss.", True, None),  # "but" ends the negation's scope
    ("Calling your boss is not something we do.", False, ("negated", "suppressed")),
    ("Your boss will not be called.", False, ("negated", "suppressed")),  # a negation between the parts
    ("I'll call if needed your boss.", True, None),  # a terminator word does not end a sentence
    ("我们不会联系你单位。", False, ("negated", "suppressed")),
    ("我們不會聯繫你的單位", False, ("negated", "suppressed")),
    ("我们不会上门，但会联系你单位", True, None),
    ("我们不会上门 下午就联系你单位", True, None),  # unpunctuated speech: a pause between words ends the clause
    ("我们不会联系你单位 放心", False, ("negated", "suppressed")),
    # pseudo-negations and conditions do not cancel a threat
    ("If you don't pay, we'll call your boss.", True, ("pseudo-negation", "kept")),
    ("Unless you pay today, I will call your wife.", True, None),
    ("We won't call your boss if you pay today.", True, ("negated", "kept")),
    ("不还钱我们就联系你单位", True, ("pseudo-negation", "kept")),
    ("你今天不还，不然我们就打给你老婆", True, ("pseudo-negation", "kept")),
    ("你不处理的话，否则我们联系你家人", True, ("pseudo-negation", "kept")),
    ("不来就联系你单位", True, None),  # 不…就 opens a condition
    ("我跟你说，你再不还，我们就联系你家人。", True, None),  # the agent speaking, not a quote
    ("你能不能今天还，不然我们就去找你单位", True, None),  # the consent question ends at the clause
    # consent requests
    ("Is it okay to call you at work?", False, ("consent", "suppressed")),
    ("May we contact your employer to verify your address?", False, ("consent", "suppressed")),
    ("我们打给你单位方便吗？", False, ("consent", "suppressed")),
    ("请问可以联系您单位吗？", False, ("consent", "suppressed")),
    # threats asked as questions still flag (the rule does not list `question`)
    ("Should I call your wife then?", True, None),
    ("要不要我们打给你单位领导？", True, None),
    # the agent reporting what the customer said
    ("You said you'd call your boss yourself.", False, ("quoted", "suppressed")),
    ("Debtor said he will tell his wife.", False, ("quoted", "suppressed")),
    ("您刚才说要联系你家人帮忙", False, ("quoted", "suppressed")),
    ("客户称会找家人借钱", False, ("quoted", "suppressed")),
    ("客問可唔可以聯繫家人幫手還", False, ("quoted", "suppressed")),  # note shorthand: 客 is the customer
])
def test_matching_context_decisions(scanner: Scanner, text: str, flags: bool,
                                    decision: tuple[str, str] | None) -> None:
    flagged, made = decisions(scanner, text)
    assert flagged is flags, made
    if decision:
        assert decision in made


@pytest.mark.parametrize("text", ["I'll call my boss and ask for an advance.", "我去找我单位领导借钱"])
def test_matching_context_customer_speech_is_never_an_agent_practice(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text, role="customer") == []
    flagged, made = decisions(scanner, text, role="customer")
    assert not flagged and ("speaker", "suppressed") in made
    assert scanner.scan_text(text, role="agent")


def test_matching_context_unknown_speaker_is_flagged_and_says_so(scanner: Scanner) -> None:
    finding = scanner.scan_text("I'll call your boss.", role="unknown")[0]
    assert ("speaker", "kept") in [(d.kind, d.effect) for d in finding.explanation.context]


@pytest.mark.parametrize(("text", "flags"), [
    ("Are you worried about going to jail?", False),  # the arrest rule turns off on questions
    ("You will go to jail.", True),
    ("Nobody goes to jail over a medical bill.", False),
])
def test_matching_context_question_is_opt_in(scanner: Scanner, text: str, flags: bool) -> None:
    assert bool([f for f in scanner.scan_text(text) if f.rule == "legal.arrest"]) is flags


def test_matching_context_rule_sets_skip_calls_in_other_languages(tmp_path: Path) -> None:
    from notecheck.calls import CallInfo, Segment

    rules = tmp_path / "zh.yaml"
    rules.write_text(
        "ruleset: zh-only\nversion: '1'\nlanguage: zh\nrules:\n"
        "  - id: shame.post\n    category: public_shaming\n    severity: high\n    message: m\n"
        "    match: {phrases: [发朋友圈, post it on FB]}\n"
        "    examples: {flag: [我们会发朋友圈], pass: [好的]}\n", encoding="utf-8")
    scanner = Scanner(load_rulebook([rules]))
    segment = Segment(index=0, line=1, speaker="Agent", role="agent", text="We will post it on FB.")

    def scan(language: str) -> list[str]:
        info = CallInfo(path="x", sha256="", format="text", kind="transcript", call_id="x", agent=None,
                        language=language, started_at=None)
        return [f.rule for f in scanner.scan_stream(info, [segment])]

    assert scan("en") == []
    assert scan("zh") == scan("mixed") == ["shame.post"]


@pytest.mark.parametrize(("text", "flags"), [
    ("Debtor said he will tell his wife, adv debtor I will call your boss.", True),
    ("客户称会联系家人借钱，会找单位领导预支工资。", False),
    ("客户称会找家人借钱，已告知会联系你单位。", True),
])
def test_matching_context_quote_ends_where_the_agent_speaks_again(scanner: Scanner, text: str, flags: bool) -> None:
    assert bool(scanner.scan_text(text)) is flags


@pytest.mark.parametrize(("match", "flag", "quoted"), [
    # the quote trigger overlaps the hit
    ("{near: [[mention], [your pastor]], within: 3}", "I could mention it to your pastor.",
     "You mentioned it to your pastor."),
    # the quote begins where the hit does: the agent repeats the customer's words
    ("{near: [[you], [leech, leeches]], within: 4}", "You are leeches.", "You called us leeches, and that is not fair."),
])
def test_matching_context_quote_overlapping_the_hit_still_counts(tmp_path: Path, match: str, flag: str,
                                                                  quoted: str) -> None:
    """The rule's examples run on load: the flag example must flag and the quoted line must pass."""
    rules = tmp_path / "r.yaml"
    rules.write_text(
        "ruleset: overlap\nversion: '1'\nlanguage: en\nrules:\n"
        "  - id: t.rule\n    category: third_party_pressure\n    severity: high\n    message: m\n"
        f"    match: {match}\n    examples: {{flag: ['{flag}'], pass: ['{quoted}']}}\n", encoding="utf-8")
    scanner = Scanner(load_rulebook([rules]))
    _, verdicts = scanner.explain(quoted)
    assert [(v.suppressed, [d.kind for d in v.decisions]) for v in verdicts] == [(True, ["quoted"])]
    assert [f.rule for f in scanner.scan_text(flag)] == ["t.rule"]
