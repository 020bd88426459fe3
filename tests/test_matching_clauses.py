"""Each match clause finds what it should: lemma phrases, term lists, proximity, patterns, regexes."""

from __future__ import annotations

from pathlib import Path

import pytest

from notecheck.matching import Scanner
from notecheck.rulebook import load_rulebook

RULES = Path(__file__).parent / "data" / "rules" / "engine.yaml"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(load_rulebook([RULES]))


def flagged(scanner: Scanner, text: str, role: str = "agent") -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in scanner.scan_text(text, role=role)]


@pytest.mark.parametrize(("text", "expected"), [
    ("I'll be calling your bosses tomorrow.", [("third-party.contact", "calling your bosses")]),
    ("we're gonna call your wife", [("third-party.contact", "call your wife")]),
    ("We are going to CALL your MOTHER.", [("third-party.contact", "CALL your MOTHER")]),
    ("i will contact your kids school principal", [("third-party.contact", "contact your kids")]),
    ("I'll call, and I mean it, your boss", []),  # five tokens apart: outside `within: 4`
    ("Call me back. Your boss is nice.", []),  # proximity never crosses a sentence
    ("this stays on your credit for life", [("credit.forever", "stays on your credit for life")]),
    ("It remained on your credit forever.", [("credit.forever", "remained on your credit forever")]),
    ("you could be arrested at your job", [("legal.arrest", "arrested")]),
    ("They will put you in jail", [("legal.arrest", "jail")]),
    ("a $95 late fee tonight", [("fees.made-up", "$95 late fee")]),
    ("A $120 PROCESSING FEE applies", [("fees.made-up", "$120 PROCESSING FEE")]),
])
def test_matching_clauses_english(scanner: Scanner, text: str, expected: list[tuple[str, str]]) -> None:
    assert flagged(scanner, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("不还钱我们就联系你单位", [("third-party.contact", "联系你单位")]),
    ("不還錢我們就聯繫你單位", [("third-party.contact", "聯繫你單位")]),
    ("我们会打给你老婆", [("third-party.contact", "打给你老婆")]),
    ("你聯徵壹輩子都有紀錄", [("credit.forever", "壹輩子都有紀錄")]),
    ("我们和银行是联网的", [("credit.forever", "联网")]),
    ("我们和银行不是联网的, not networked", []),  # an exception in the same sentence
])
def test_matching_clauses_chinese(scanner: Scanner, text: str, expected: list[tuple[str, str]]) -> None:
    assert flagged(scanner, text) == expected


def test_matching_clauses_mixed_language_line(scanner: Scanner) -> None:
    assert flagged(scanner, "如果你不还, I will call your boss 然后联系你家人") == [
        ("third-party.contact", "call your boss"), ("third-party.contact", "联系你家人")]


def test_matching_clauses_asr_text_without_capitals_or_punctuation(scanner: Scanner) -> None:
    text = "yeah so um if you dont pay by friday im gonna call your boss and then your wife"
    assert ("third-party.contact", "call your boss") in flagged(scanner, text)


def test_matching_clauses_findings_explain_the_clause(scanner: Scanner) -> None:
    finding = scanner.scan_text("I will call your husband.")[0]
    clauses = finding.explanation.clauses
    assert [(c.clause, c.words) for c in clauses] == [("near[0] group 1", "call"), ("near[0] group 2", "husband")]
    assert finding.message == "Threatens to contact a third party: “call your husband”"
    assert (finding.category, finding.severity, finding.ruleset.name) == ("third_party_pressure", "high", "engine-test")


@pytest.mark.parametrize(("text", "norms"), [
    ("rent renting rented", ["rent", "rent", "rent"]),
    ("fee fees feed", ["fee", "fee", "feed"]),
    ("number numbers calling called", ["number", "number", "call", "call"]),
    ("I spoke with your boss and left a message", ["i", "speak", "with", "your", "boss", "and", "leave", "a", "message"]),
])
def test_matching_clauses_lemmas_keep_base_words_apart(text: str, norms: list[str]) -> None:
    from notecheck.matching.tokens import tokenize

    assert [t.norm_ for t in tokenize(text).doc] == norms


@pytest.mark.parametrize("text", ["联系你单位", "聯繫 你的 單位", "你个衰人", "爆通讯录", "还款3000元"])
def test_matching_clauses_chinese_phrases_compile_to_the_words_text_is_tokenised_into(text: str) -> None:
    """Phrases of Chinese characters get their match keys without a Doc; the keys are those of tokenised text."""
    from spacy.attrs import NORM

    from notecheck.matching.normalize import fold
    from notecheck.matching.tokens import character_norms, tokenize

    folded = fold(text)
    assert character_norms(folded) == tuple(tokenize(folded).doc.to_array(NORM).tolist())


@pytest.mark.parametrize("text", ["call your boss", "PTP 明天", "还款三千元", ""])
def test_matching_clauses_other_phrases_are_tokenised(text: str) -> None:
    from notecheck.matching.tokens import character_norms

    assert character_norms(text) is None


ANCHORED = """\
ruleset: anchors
version: '1'
language: en
rules:
  - id: anchored
    category: impersonation
    severity: high
    message: A title the agent may not claim.
    match:
      pattern: {pattern}
    examples:
      flag: ["{flag}"]
      pass: ["{passes}"]
"""


@pytest.mark.parametrize(("pattern", "flag", "passes", "words"), [
    ("[{LOWER: counselor}, {IS_TITLE: true}]", "This is COUNSELOR Brandt.", "Ask a counselor today.",
     "COUNSELOR Brandt"),
    ("[{ORTH: Esq}, {ORTH: .}]", "Signed, Dana Reyes, Esq. for the firm.", "esq. is lower case here.", "Esq."),
    ("[{NORM: arrest}, {LOWER: you}]", "They will be arresting you.", "Nobody said arrest.", "arresting you"),
    ("[{LEMMA: summon}, {OP: '?'}, {LOWER: court}]", "You were summoned to court.", "A summons arrived.",
     "summoned to court"),
])
def test_matching_clauses_token_patterns_fire_whatever_their_anchor_word(tmp_path: Path, pattern: str, flag: str,
                                                                         passes: str, words: str) -> None:
    path = tmp_path / "anchors.yaml"
    path.write_text(ANCHORED.format(pattern=pattern, flag=flag, passes=passes), encoding="utf-8")
    anchored = Scanner(load_rulebook([path]))
    assert [f.text for f in anchored.scan_text(flag)] == [words]
    assert anchored.scan_text(passes) == []
    assert anchored.scan_text(f"{passes} {flag}")[0].text == words


NOTES_ONLY = """\
ruleset: notes-only
version: '1'
language: en
rules:
  - id: notes.threat
    category: threat_legal
    severity: high
    message: A note records a threat.
    applies_to: [notes]
    match:
      phrases: [told debtor we would sue]
    examples:
      flag: ["Told debtor we would sue."]
      pass: ["Told debtor we would not sue."]
"""
CHINESE_ONLY = """\
ruleset: chinese-only
version: '1'
language: zh
rules:
  - id: zh.sue
    category: threat_legal
    severity: high
    message: 威胁起诉
    match:
      phrases: [起诉你, sue you]
    examples:
      flag: [我们要起诉你]
      pass: [我们不会起诉你]
"""


@pytest.mark.parametrize(("text", "language", "kind", "expected"), [
    ("Told debtor we would sue.", "en", "notes", ["notes.threat"]),
    ("Told debtor we would sue.", "en", "transcript", []),
    ("We will sue you.", "zh", "transcript", ["zh.sue"]),
    ("We will sue you.", "en", "transcript", []),
    ("We will sue you.", "mixed", "transcript", ["zh.sue"]),
])
def test_matching_clauses_rules_flag_only_their_kind_of_text_and_language(
        tmp_path: Path, text: str, language: str, kind: str, expected: list[str]) -> None:
    from notecheck.calls import Call, CallInfo, Segment

    (tmp_path / "notes.yaml").write_text(NOTES_ONLY, encoding="utf-8")
    (tmp_path / "zh.yaml").write_text(CHINESE_ONLY, encoding="utf-8")
    scanner = Scanner(load_rulebook([tmp_path]))
    info = CallInfo(path="call.txt", sha256="", format="txt", kind=kind, call_id="c1", agent=None,  # type: ignore[arg-type]
                    language=language, started_at=None)  # type: ignore[arg-type]
    call = Call(info, (Segment(index=0, line=1, speaker="Agent", role="agent", text=text),))
    assert [f.rule for f in scanner.scan_call(call)] == expected
    _, verdicts = scanner.explain(text, kind=kind)  # explaining shows the rules that stand aside, and why
    if kind == "transcript" and "debtor" in text:
        assert [(d.kind, d.effect) for v in verdicts for d in v.decisions] == [("applies-to", "suppressed")]
