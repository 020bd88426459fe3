"""Folding text for matching while keeping one character per original character.

Full-width forms, curly quotes, CJK punctuation, variant characters (壹→一, 妳→你), traditional
Chinese (OpenCC, t2s) and written Cantonese's informal 我地/你地/佢地 (→ 哋) are folded; the result has
exactly the length of the input, so an offset in the folded text is the same offset in the original.
"""

from __future__ import annotations

import re
from functools import cache

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = re.compile(f"[{CJK}]")

_FOLD = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}  # full-width ASCII
_FOLD.update({
    0x3000: " ", 0x00A0: " ", 0x200B: " ",
    ord("“"): '"', ord("”"): '"', ord("„"): '"', ord("「"): '"', ord("」"): '"', ord("『"): '"', ord("』"): '"',
    ord("‘"): "'", ord("’"): "'", ord("`"): "'", ord("´"): "'",
    ord("。"): ".", ord("｡"): ".", ord("…"): ".", ord("—"): "-", ord("–"): "-",
    # Variant characters common in converted web text and colloquial writing.
    ord("壹"): "一", ord("妳"): "你", ord("祢"): "你", ord("裏"): "里", ord("裡"): "里",
    ord("着"): "着", ord("甚"): "甚", ord("麽"): "么", ord("麼"): "么",
})
FOLD_TABLE = str.maketrans({k: (chr(v) if isinstance(v, int) else v) for k, v in _FOLD.items()})

_CANTONESE_PLURAL = re.compile("(?<=[我你佢])地(?![址方盘盤区區点點铁鐵图圖下上板毯产產皮段位球面震主契税稅价價步])")
"""Written Cantonese often spells 我哋/你哋/佢哋 (we, you all, they) as 我地/你地/佢地; 地 as in 地址 or 地方 stays."""


@cache
def _converter():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese, one character for one character."""
    converter = _converter()
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(c := converter.convert(ch)) == 1 else ch for ch in text)


def _translate(text: str) -> str:
    """The text through FOLD_TABLE (ASCII text, most of English calls, can only hold its backquote)."""
    if text.isascii():
        return text.replace("`", "'") if "`" in text else text
    return text.translate(FOLD_TABLE)


def fold(text: str) -> str:
    """The text as matching sees it: same length, same offsets."""
    folded = _translate(text)
    if not folded.isascii() and CJK_CHAR.search(folded):
        folded = _CANTONESE_PLURAL.sub("哋", to_simplified(folded))
    return folded


def fold_many(texts: list[str]) -> list[str]:
    """Fold a batch; Chinese texts go through OpenCC in one call."""
    folded = [_translate(t) for t in texts]
    chinese = [i for i, t in enumerate(folded) if not t.isascii() and CJK_CHAR.search(t)]
    if chinese:
        joined = "\n".join(folded[i] for i in chinese)
        converted = _converter().convert(joined)
        parts = converted.split("\n") if len(converted) == len(joined) else None
        for n, i in enumerate(chinese):
            candidate = parts[n] if parts is not None else to_simplified(folded[i])
            candidate = candidate if len(candidate) == len(folded[i]) else to_simplified(folded[i])
            folded[i] = _CANTONESE_PLURAL.sub("哋", candidate)
    return folded
