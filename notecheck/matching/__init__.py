"""Matching calls against a rule book with spaCy: normalisation, compiled matchers, context, findings."""

from notecheck.matching.scanner import Scanner, Verdict

__all__ = ["Scanner", "Verdict"]
