"""Expanding rule phrases: `$TERM` references and `(a|b|)` alternatives."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

MAX_VARIANTS = 2000
_PART = re.compile(r"\$([A-Z][A-Z0-9_]*)|\(([^()]*)\)")


class PhraseError(ValueError):
    pass


def expand(phrase: str, terms: Mapping[str, list[str]], _depth: int = 0) -> list[str]:
    """All the phrases a pattern stands for, whitespace collapsed, in order, without repeats."""
    if _depth > 4:
        raise PhraseError("term lists nest more than four levels deep (a cycle?)")
    pieces: list[list[str]] = []
    last = 0
    for found in _PART.finditer(phrase):
        pieces.append([phrase[last : found.start()]])
        if found.group(1) is not None:
            name = found.group(1)
            if name not in terms:
                raise PhraseError(f"unknown term list ${name}")
            options: list[str] = []
            for term in terms[name]:
                options.extend(expand(term, terms, _depth + 1))
            pieces.append(options)
        else:
            options = []
            for alternative in found.group(2).split("|"):
                if not alternative.strip():
                    options.append("")
                    continue
                lead = alternative[: len(alternative) - len(alternative.lstrip())]
                trail = alternative[len(alternative.rstrip()) :]
                options.extend(lead + v + trail for v in expand(alternative, terms, _depth + 1))
            pieces.append(options)
        last = found.end()
    pieces.append([phrase[last:]])
    if "(" in phrase[last:] or ")" in phrase[last:] or any(
            "(" in p[0] or ")" in p[0] for p in pieces[::2] if p):
        raise PhraseError(f"unbalanced or nested parentheses in {phrase!r}")
    count = 1
    for options in pieces:
        count *= len(options)
        if count > MAX_VARIANTS:
            raise PhraseError(f"{phrase!r} expands to more than {MAX_VARIANTS} phrases")
    variants = (" ".join("".join(combo).split()) for combo in itertools.product(*pieces))
    return [v for v in dict.fromkeys(variants) if v]
