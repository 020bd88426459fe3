"""Flags point at the original characters: traditional Chinese, variant characters, full-width forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from notecheck.ingest import load_call
from notecheck.matching import Scanner
from notecheck.matching.normalize import fold
from notecheck.rulebook import load_rulebook

RULES = Path(__file__).parent / "data" / "rules" / "engine.yaml"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(load_rulebook([RULES]))


@pytest.mark.parametrize("text", ["你聯徵壹輩子都有紀錄喔", "ＡＢＣ，我們跟銀行是聯網的「真的」", "妳這輩子都有記錄", "Ｉ’ll ｃａｌｌ your ｗｉｆｅ"])
def test_matching_offsets_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(("text", "folded"), [
    ("I`ll call your wife", "I'll call your wife"),
    ("".join(map(chr, range(32, 127))), "".join(map(chr, range(32, 127))).replace("`", "'")),
    ("We’ll “visit” you", "We'll \"visit\" you"),
    ("Ｉ’ll ｃａｌｌ", "I'll call"),
])
def test_matching_offsets_fold_folds_ascii_and_latin_text(text: str, folded: str) -> None:
    from notecheck.matching.normalize import fold_many

    assert fold(text) == folded
    assert fold_many([text, "你好", text]) == [folded, "你好", folded]


@pytest.mark.parametrize(("text", "folded"), [
    ("我地已經打左俾你老細", "我哋已经打左俾你老细"),
    ("佢地話你唔還錢", "佢哋话你唔还钱"),
    ("你地址係邊度", "你地址系边度"),  # 地址: an address, not a plural
    ("我地方唔夠", "我地方唔够"),
])
def test_matching_offsets_fold_reads_informal_cantonese_plurals(text: str, folded: str) -> None:
    from notecheck.matching.normalize import fold_many

    assert fold(text) == fold_many([text])[0] == folded


@pytest.mark.parametrize(("text", "words"), [
    ("你這樣拖下去，聯徵壹輩子都有紀錄。", "壹輩子都有紀錄"),
    ("我們跟全台灣的銀行都是聯網的", "聯網"),
    ("不還錢我們就聯繫妳單位", "聯繫妳單位"),
    ("I’ll ｃａｌｌ your ｗｉｆｅ.", "ｃａｌｌ your ｗｉｆｅ"),
])
def test_matching_offsets_point_at_original_characters(scanner: Scanner, text: str, words: str) -> None:
    finding = scanner.scan_text(text)[0]
    assert finding.text == words
    assert text[finding.start:finding.end] == words


def test_matching_offsets_line_and_column_in_the_source_file(scanner: Scanner, tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    path.write_text("# roles: 孫=agent, 張=customer\n張: 我沒錢。\n孫: 五千？妳這樣拖下去，聯徵壹輩子都有紀錄。\n",
                    encoding="utf-8")
    findings = scanner.scan_call(load_call(path))
    assert [(f.line, f.text) for f in findings] == [(3, "壹輩子都有紀錄")]
    line = path.read_text(encoding="utf-8").split("\n")[2]
    finding = findings[0]
    assert line[finding.column - 1:finding.end_column - 1] == "壹輩子都有紀錄"


@pytest.mark.parametrize(("text", "tokens"), [
    ("保留十五年", ["保", "留", "十五", "年"]),
    ("保留五年", ["保", "留", "五", "年"]),
    ("十一个人", ["十一", "个", "人"]),
])
def test_matching_offsets_chinese_numerals_are_one_token(text: str, tokens: list[str]) -> None:
    from notecheck.matching.tokens import tokenize

    assert [t.text for t in tokenize(fold(text)).doc] == tokens
