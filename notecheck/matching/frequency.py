"""How common English words are, to choose the rarest way into each rule clause.

`word_prob.txt` holds the natural-log probability of the most frequent English words, taken from the
`en_lexeme_prob` table of spacy-lookups-data (which takes over a second to load; this extract, a few
milliseconds). Rebuild it with `python -m notecheck.matching.frequency`.
"""

from __future__ import annotations

import gzip
import json
import math
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("word_prob.txt")
WORDS = 20_000
UNSEEN = -14.0
"""Log probability of a word outside the table (rarer than all in it)."""


@cache
def _table() -> dict[str, float]:
    table = {}
    for line in TABLE.read_text(encoding="utf-8").split("\n"):
        word, _, prob = line.rpartition("\t")
        if not word:
            continue
        table[word] = float(prob)
    return table


def log_prob(word: str) -> float:
    """The log probability of an English word in running text."""
    return _table().get(word.lower(), UNSEEN)


def phrase_prob(words: list[str]) -> float:
    """An upper bound on how often a phrase of these words occurs: as often as its rarest word."""
    return math.exp(min(log_prob(w) for w in words)) if words else 0.0


def rebuild() -> None:
    import spacy_lookups_data

    source = Path(spacy_lookups_data.__file__).with_name("data") / "en_lexeme_prob.json.gz"
    with gzip.open(source, "rt", encoding="utf-8") as f:
        probs: dict[str, float] = json.load(f)
    words = ((p, w) for w, p in probs.items() if w and "\t" not in w and w.splitlines() == [w] and w == w.lower())
    common = sorted(words, reverse=True)[:WORDS]
    TABLE.write_text("".join(f"{w}\t{p:.2f}\n" for p, w in common), encoding="utf-8")


if __name__ == "__main__":
    rebuild()
