"""The UK rule pack (rules/uk, FCA CONC 7): loaded only when its file is named, every rule carries flag
and pass examples and cites CONC, and it reads British collection idiom — bailiffs, CCJs, "your mum",
"your gaffer", the estate — without flagging lawful statements or the customer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pack_checks import conditional_flags, customer_passes, negated_passes, question_flags

from notecheck.matching import Scanner
from notecheck.rulebook import load_rulebook
from notecheck.rulebook.schema import CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
PACK_FILE = ROOT / "rules" / "uk" / "conc7.yaml"
BOOK = load_rulebook([PACK_FILE])
SCANNER = Scanner(BOOK)


def categories(text: str, speaker: str = "agent", kind: str = "transcript") -> set[str]:
    return {f.category for f in SCANNER.scan_text(text, role=speaker, kind=kind)}


def test_rules_pack_uk_loads_only_when_its_file_is_named() -> None:
    """Loading the shipped folder (or the pack's own folder) leaves it out, so English lines are not flagged
    twice alongside the US pack; naming the file adds it, and its rule ids do not clash with the other packs."""
    assert "uk-conc7" not in {r.name for r in load_rulebook([ROOT / "rules"]).rulesets}
    assert not load_rulebook([PACK_FILE.parent]).rulesets
    both = load_rulebook([ROOT / "rules", PACK_FILE])
    assert {"us-fdcpa", "uk-conc7"} <= {r.name for r in both.rulesets}
    (ruleset,) = BOOK.rulesets
    assert ruleset.languages == ("en",) and not ruleset.default
    assert {rule.category for rule in BOOK.rules} == set(CATEGORIES)


@pytest.mark.parametrize("rule", BOOK.rules, ids=lambda r: r.id)
def test_rules_pack_uk_rule_has_examples_and_cites_conc(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.flag_examples and rule.pass_examples
    assert "CONC 7" in rule.citation
    assert rule.description


CONDITION = re.compile(r"\b(if|unless|otherwise|or|until|keep|then)\b|don't pay", re.IGNORECASE)


@pytest.mark.parametrize(("context", "found", "least"), [
    ("negation", lambda: negated_passes(SCANNER, BOOK), 6),
    ("condition", lambda: conditional_flags(BOOK, CONDITION), 10),
    ("question", lambda: question_flags(BOOK), 5),
    ("customer speech", lambda: customer_passes(SCANNER, BOOK), 8),
])
def test_rules_pack_uk_examples_exercise_context(context: str, found, least: int) -> None:  # type: ignore[no-untyped-def]
    assert len(found()) >= least, context


@pytest.mark.parametrize(("text", "expect"), [
    ("We know where you live, and the lads aren't as patient as me.", {"threat_violence"}),
    ("Be a real pity if your van got its windows smashed one night.", {"threat_violence"}),
    ("Keep dodging us and someone will pop round to sort you out.", {"threat_violence"}),
    ("The bailiffs will be round on Monday to clear out your furniture.", {"threat_legal"}),
    ("We'll have your car clamped by the end of the week.", {"threat_legal"}),
    ("A High Court Enforcement Officer can force entry if you don't answer the door.", {"threat_legal"}),
    ("We're putting in for a CCJ against you tomorrow.", {"threat_legal"}),
    ("You'll get an attachment of earnings order and it'll come straight out of your wages.", {"threat_legal"}),
    ("This is fraud, and you could end up with a criminal record.", {"threat_legal"}),
    ("This is Sarah from the County Court enforcement office.", {"impersonation"}),
    ("I'm a certificated enforcement agent acting on the court's instructions.", {"impersonation"}),
    ("I'm calling from our solicitors' office about the claim.", {"impersonation"}),
    ("You're speaking to an officer of the court.", {"impersonation"}),
    ("If I don't hear back, I'll be giving your mum a ring.", {"third_party_pressure"}),
    ("Should I have a word with your gaffer about this?", {"third_party_pressure"}),
    ("Your missus could sort this out for you, couldn't she?", {"third_party_pressure"}),
    ("It might get a bit awkward at work if your manager hears about it.", {"third_party_pressure"}),
    ("You'll be blacklisted and won't even get a phone contract.", {"credit_misstatement"}),
    ("This will stay on your credit file forever.", {"credit_misstatement"}),
    ("Pay today and we'll wipe the default off your credit file.", {"credit_misstatement"}),
    ("You're a bloody waster.", {"abusive_language"}),
    ("Stop being such a muppet and pay up.", {"abusive_language"}),
    ("Get off your backside and get a job, you scrounger.", {"abusive_language"}),
    ("We'll name and shame you on our Facebook page.", {"public_shaming"}),
    ("Everyone on the estate will know you don't pay your debts.", {"public_shaming", "third_party_pressure"}),
    ("We'll put a notice through every door on your street.", {"public_shaming"}),
    ("There's a £50 admin fee going on every day you don't pay.", {"misrepresentation"}),
    ("Once it's with the bailiffs you can't dispute it.", {"misrepresentation"}),
    ("Your debt will never become statute-barred.", {"misrepresentation"}),
    ("Pay £100 now and the court claim will be withdrawn.", {"misrepresentation"}),
    ("Our lads know where you drink on a Friday.", {"threat_violence"}),
    ("You'll be in front of a magistrate by the end of the month.", {"threat_legal"}),
    ("I'm a bailiff and I'm outside your house now.", {"impersonation"}),
    ("Shall I ring your dad at work and explain what you owe?", {"third_party_pressure"}),
    ("No bank in the country will ever give you a mortgage now.", {"credit_misstatement"}),
    ("You're a complete waste of space.", {"abusive_language"}),
    ("We'll stick your details up on our wall of shame.", {"public_shaming"}),
    ("If you don't pay today, it goes up by £25 a day.", {"misrepresentation"}),
    ("Be a shame if your front window went in one night, wouldn't it?", {"threat_violence"}),
    ("Pay the two hundred now and Thursday's visit gets called off.", {"misrepresentation"}),
    ("I'm ringing from us here at the magistrates' court about your account.", {"impersonation"}),
    ("Funny how your lot are always skint on a Friday.", {"abusive_language"}),
    ("The bailiff van will turn up outside your house first thing Monday.", {"threat_legal"}),
    # lawful look-alikes
    ("You could have a word with your letting agent about paying the rent weekly.", set()),
    ("Your payment went in on Tuesday, so you're up to date.", set()),
    ("We won't contact your family, your employer or your neighbours.", set()),
    ("A default will stay on your credit file for six years.", set()),
    ("You can get free debt advice from StepChange or Citizens Advice.", set()),
    ("No court claim has been issued, and we can't send bailiffs.", set()),
    ("Is it alright to ring you on your mobile after six?", set()),
    ("Would you like to add your partner to the account with third party authority?", set()),
    ("You said your gaffer would sack you if we rang your work, so we won't.", set()),
    ("I'll put the confirmation letter in the post today.", set()),
    ("We've frozen interest and charges while you sort out a budget.", set()),
    ("If you dispute the balance, we'll pause collection while we investigate.", set()),
    ("The debt may be statute-barred; we can't take you to court for it.", set()),
    ("Take care, and I hope your mum feels better.", set()),
    ("Nobody is going to come round to your house.", set()),
])
def test_rules_pack_uk_reads_british_collection_idiom(text: str, expect: set[str]) -> None:
    assert categories(text) == expect
    if expect:
        assert categories(text, speaker="customer") == set()


@pytest.mark.parametrize(("note", "expect"), [
    ("Told cust's flatmate she owes us £900 and asked him to remind her.", {"third_party_pressure"}),
    ("Adv debtor bailiffs will attend tomorrow if no payment.", {"threat_legal"}),
    ("Debtor called me a muppet and hung up.", set()),
    ("Told cust we'd have a word w/ her letting agent re arrears.", {"third_party_pressure"}),
    ("Cust irate, called me a 'leech' and rang off.", set()),
    ("Cust worried about bailiffs. Adv no CCJ exists and no enforcement is planned.", set()),
])
def test_rules_pack_uk_reads_collector_notes(note: str, expect: set[str]) -> None:
    assert categories(note, kind="notes") == expect
