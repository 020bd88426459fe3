"""notecheck as a spaCy pipeline component: `nlp.add_pipe("notecheck", config={"rules": ...})`.

spaCy imports this module for every pipeline it builds (entry point `spacy_factories`), so it stays
light: the engine is imported only when the component is created.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

SPANS_KEY = "notecheck"


@Language.factory(
    "notecheck",
    assigns=["doc.spans"],
    default_config={"rules": None, "spans_key": SPANS_KEY, "speaker": "agent"},
)
def make_notecheck(nlp: Language, name: str, rules: Any, spans_key: str, speaker: str) -> NotecheckComponent:
    """Build the component; `rules` is a rule file, a folder, or a list of them (default: the shipped rules)."""
    from notecheck.matching.scanner import Scanner
    from notecheck.rulebook import default_rule_paths, load_rulebook

    if rules is None:
        paths = default_rule_paths()
    elif isinstance(rules, str | bytes) or not isinstance(rules, list | tuple):
        paths = [rules]
    else:
        paths = list(rules)
    return NotecheckComponent(Scanner.of(load_rulebook(paths)), spans_key, speaker)


class NotecheckComponent:
    """Flags prohibited collection practices in a Doc's text and puts them in `doc.spans[spans_key]`.

    Each span's label is the flag's category; `span._.notecheck` holds the full Finding.
    """

    def __init__(self, scanner: Any, spans_key: str, speaker: str) -> None:
        self.scanner = scanner
        self.spans_key = spans_key
        self.speaker = speaker
        if not Span.has_extension("notecheck"):
            Span.set_extension("notecheck", default=None)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for finding in self.scanner.scan_text(doc.text, role=self.speaker):
            span = doc.char_span(finding.start, finding.end, label=finding.category, alignment_mode="expand")
            if span is not None:
                span._.notecheck = finding
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc
