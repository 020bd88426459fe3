"""Telling English, Chinese and mixed calls apart."""

from __future__ import annotations

import re
from collections.abc import Iterable

from notecheck.calls import Language

CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def detect_language(texts: Iterable[str]) -> Language:
    """'zh' when Chinese characters dominate, 'en' when there are none to speak of, else 'mixed'."""
    cjk = latin = 0
    for text in texts:
        cjk += len(CJK_CHAR.findall(text))
        latin += len(LATIN_WORD.findall(text))
    if cjk == 0:
        return "en"
    share = cjk / (cjk + 2 * latin)
    if share >= 0.8:
        return "zh"
    if share <= 0.1:
        return "en"
    return "mixed"


def normalise_language(value: str) -> Language | None:
    """A header's language value ('en', 'zh-TW', 'Chinese' …) as one of ours, or None."""
    key = value.strip().lower()
    if key in ("mixed", "zh-en", "en-zh"):
        return "mixed"
    if key.startswith(("zh", "chinese", "cmn", "yue", "中文")):
        return "zh"
    if key.startswith(("en", "english")):
        return "en"
    return None
