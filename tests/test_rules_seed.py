"""The seed's worked example (孫 calls 張) and its advice section, scanned with the Chinese pack.

孫's pitch is flagged where the article itself points at the pressure: the "networked with the banks …
buying a home or a car will be affected" warning (credit_misstatement), "the state punishes people who
don't repay harder and harder" (threat_legal), "pay today and it won't count as overdue"
(misrepresentation), and the praise that doubles as a reminder of what default does to his reputation —
"everyone gives you a thumbs up; without integrity your business would not be where it is" — which
threatens his standing in his own circle without naming anyone to be told (public_shaming). 張 is never
flagged. In the advice, the lines telling collectors to act on the borrower's business and family are
third_party_pressure and those on his reputation are public_shaming."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from notecheck.ingest import load_call
from notecheck.matching import Scanner
from notecheck.rulebook import load_rulebook

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
SCANNER = Scanner(load_rulebook([ROOT / "rules" / "cn"]))


def _flags(name: str) -> tuple[dict[int, set[str]], dict[int, str]]:
    call = load_call(SAMPLES / name)
    flags: dict[int, set[str]] = defaultdict(set)
    for finding in SCANNER.scan_call(call):
        flags[finding.line].add(finding.category)
    return dict(flags), {s.line: s.speaker for s in call.segments}


TRANSCRIPT = {
    8: {"misrepresentation", "credit_misstatement"},   # 今天還上 … 就不算妳逾期了; 別的信貸機構也不會再給妳放款
    10: {"credit_misstatement", "threat_legal", "public_shaming"},  # 聯網/買房買車; 處罰力度; 不講誠信 … 生意
}
ADVICE = {
    2: {"third_party_pressure", "public_shaming"},   # 針對客戶、客戶的生意、家庭、社會聲譽等采取措施
    5: {"third_party_pressure", "public_shaming"},   # 影響客戶的經營、家庭、聲譽和評價
    6: {"credit_misstatement", "public_shaming"},    # 其他債權人拒絕授信、社會聲譽和評價會受到重大影響
    8: {"third_party_pressure", "public_shaming"},   # 怎麽才能…影響客戶的經營、家庭、聲譽
}


def test_rules_seed_transcript_flags_sun_with_fitting_categories() -> None:
    flags, speakers = _flags("seed_sun_zhang.txt")
    assert flags == TRANSCRIPT
    assert {speakers[line] for line in flags} == {"孫"}


@pytest.mark.parametrize("line", [7, 9, 11])
def test_rules_seed_transcript_never_flags_zhang(line: int) -> None:
    flags, speakers = _flags("seed_sun_zhang.txt")
    assert speakers[line] == "張"
    assert line not in flags


@pytest.mark.parametrize("line", [6, 12, 13, 14])
def test_rules_seed_transcript_leaves_sun_s_ordinary_lines(line: int) -> None:
    """Asking for payment today, the reason for default, and a meeting at his office are not flagged."""
    flags, speakers = _flags("seed_sun_zhang.txt")
    assert speakers[line] == "孫"
    assert line not in flags


def test_rules_seed_advice_flags_acting_on_family_business_and_reputation() -> None:
    flags, _ = _flags("seed_advice_notes.csv")
    assert flags == ADVICE


@pytest.mark.parametrize("line", [3, 4, 7])
def test_rules_seed_advice_leaves_lawful_advice(line: int) -> None:
    """Considering a lawsuit, an urgent tone and reporting the promise to a manager are lawful."""
    flags, _ = _flags("seed_advice_notes.csv")
    assert line not in flags
