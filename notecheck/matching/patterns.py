"""Checking and preparing token patterns and regular expressions from rule files."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import re2

from notecheck.matching.tokens import english, lemma_norm

NEEDS_TRAINED = {"POS", "TAG", "DEP", "MORPH", "ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID", "HEAD", "SENT_START",
                 "IS_SENT_START"}


def prepare_pattern(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """LEMMA and NORM values become the lemma norms the engine compares with."""
    prepared = []
    for token in pattern:
        out = {}
        for key, value in token.items():
            upper = key.upper()
            if upper in ("LEMMA", "NORM"):
                out["NORM"] = _norm_value(value)
            else:
                out[upper if upper != "TEXT" else "ORTH"] = value
        prepared.append(out)
    return prepared


def _norm_value(value: Any) -> Any:
    if isinstance(value, str):
        return lemma_norm(value)
    if isinstance(value, dict):
        return {op: ([lemma_norm(v) if isinstance(v, str) else v for v in arg] if op in ("IN", "NOT_IN") else
                     lemma_norm(arg) if isinstance(arg, str) and op in ("==", "!=") else arg)
                for op, arg in value.items()}
    return value


def pipeline_available(name: str) -> bool:
    import spacy.util

    return spacy.util.is_package(name) or Path(name).is_dir()


def pattern_problem(pattern: list[dict[str, Any]], pipeline: str | None) -> str | None:
    """Why a token pattern cannot be used, or None."""
    from spacy.matcher import Matcher

    if not pattern:
        return "empty token pattern"
    trained = sorted({k.upper() for token in pattern for k in token} & NEEDS_TRAINED)
    if trained and not pipeline:
        return (f"uses {', '.join(trained)}, which needs a trained pipeline: name one with `pipeline:` "
                "(e.g. en_core_web_sm)")
    if trained and pipeline and not pipeline_available(pipeline):
        return f"uses {', '.join(trained)}, but the pipeline `{pipeline}` is not installed"
    matcher = Matcher(english().vocab, validate=True)
    try:
        matcher.add("check", [prepare_pattern(pattern)])
    except Exception as exc:  # spaCy raises MatchPatternError, ValueError, KeyError …
        first = str(exc).strip().splitlines()
        detail = " ".join(line.strip() for line in first[:4] if line.strip())
        return f"invalid token pattern: {detail}"
    return None


@cache
def _options() -> re2.Options:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    return options


def compile_regex(regex: str) -> Any:
    return re2.compile(regex, _options())


def regex_problem(regex: str) -> str | None:
    """Why a regular expression is rejected (RE2 runs in linear time; what it cannot run is unsafe), or None."""
    try:
        compiled = compile_regex(regex)
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        return (f"not a safe regular expression ({reason}); RE2 syntax runs in linear time and has no "
                "backreferences or look-around")
    if compiled.search("") is not None:
        return "this regular expression matches empty text"
    return None


def regex_set(regexes: list[str]) -> Any:
    """One RE2 set that says which of many regexes occur in a text, in one pass."""
    matcher = re2.Set.SearchSet(_options())
    for regex in regexes:
        matcher.Add(regex)
    matcher.Compile()
    return matcher
