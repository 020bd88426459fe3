"""Masking personal numbers in exported text: phone numbers, account and card numbers, ID numbers.

Covered: mainland-China resident ID numbers (身份证, 18 characters, last may be X) and mobile numbers,
US social security numbers, North-American and international phone numbers, and any run of 7 or more
digits (account, card, loan numbers) with or without spaces or dashes, in ASCII or full-width digits, and
account ids of a short prefix and five or more digits (`KRS-448120`).
The last four digits stay visible so a reviewer can still tell records apart.
"""

from __future__ import annotations

import re

MASK = "*"
KEEP = 4
_D = r"[0-9０-９]"
_SEP = r"[ \-‐－.·]"
PATTERNS = (
    re.compile(rf"(?<![0-9０-９])[1-9１-９]{_D}{{5}}(?:19|20|１９|２０){_D}{{2}}{_D}{{2}}{_D}{{2}}{_D}{{3}}[0-9０-９XxｘＸ](?![0-9０-９])"),
    re.compile(r"(?<![0-9０-９])\d{3}-\d{2}-\d{4}(?![0-9０-９])"),
    re.compile(rf"(?<![\w])\+?(?:{_D}{{1,3}}{_SEP}?)?\(?{_D}{{3}}\)?{_SEP}?{_D}{{3}}{_SEP}?{_D}{{4}}(?![0-9０-９])"),
    re.compile(rf"(?<![0-9０-９])1[3-9]{_D}(?:{_SEP}?{_D}{{4}}){{2}}(?![0-9０-９])"),
    re.compile(rf"(?<![0-9０-９])(?:{_D}{_SEP}?){{6,}}{_D}(?![0-9０-９])"),
    re.compile(rf"(?<![A-Za-z0-9])[A-Z]{{2,6}}-?{_D}{{5,}}(?![0-9０-９])"),
)


DATE = re.compile(rf"{_D}{{4}}[-/.]{_D}{{1,2}}[-/.]{_D}{{1,2}}|{_D}{{1,2}}[-/.]{_D}{{1,2}}[-/.]{_D}{{4}}")


def _mask(match: re.Match[str]) -> str:
    text = match.group(0)
    if DATE.fullmatch(text):
        return text
    digits = [i for i, ch in enumerate(text) if ch.isdigit() or (ch in "XxｘＸ" and i == len(text) - 1)]
    keep = set(digits[-KEEP:])
    return "".join(MASK if (i in digits and i not in keep) else ch for i, ch in enumerate(text))


def mask_text(text: str | None) -> str | None:
    """The text with personal numbers masked (all but their last four digits)."""
    if not text:
        return text
    for pattern in PATTERNS:
        text = pattern.sub(_mask, text)
    return text
