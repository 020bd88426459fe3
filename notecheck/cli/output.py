"""Writing findings as text, JSON Lines or CSV (the scan output contract)."""

from __future__ import annotations

import csv
import json
from typing import IO, Any

from notecheck.findings import Finding

FIELDS = ("path", "line", "column", "end_column", "category", "rule", "severity", "speaker", "role", "text",
          "message", "citation", "ruleset", "ruleset_version", "ruleset_sha256", "explanation")


def finding_record(finding: Finding, path: str | None = None) -> dict[str, Any]:
    """A finding as the flat record the jsonl and csv formats carry."""
    return {
        "path": path if path is not None else finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_column": finding.end_column,
        "category": finding.category,
        "rule": finding.rule,
        "severity": finding.severity,
        "speaker": finding.speaker,
        "role": finding.role,
        "text": finding.text,
        "message": finding.message,
        "citation": finding.citation,
        "ruleset": finding.ruleset.name,
        "ruleset_version": finding.ruleset.version,
        "ruleset_sha256": finding.ruleset.sha256,
        "explanation": finding.explanation.render(),
    }


class FindingWriter:
    def __init__(self, out: IO[str], fmt: str) -> None:
        self.out = out
        self.fmt = fmt
        self._csv = None
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
            self._csv.writeheader()

    def write(self, finding: Finding) -> None:
        if self.fmt == "text":
            self.out.write(f"{finding.path}:{finding.line}:{finding.column}: {finding.severity} {finding.category} "
                           f"[{finding.rule}] {finding.message} “{finding.text}”\n")
        elif self.fmt == "jsonl":
            record = finding_record(finding)
            record["context"] = [
                {"kind": d.kind, "trigger": d.trigger, "effect": d.effect, "reason": d.reason}
                for d in finding.explanation.context
            ]
            record["clauses"] = [
                {"clause": c.clause, "words": c.words, "terms": list(c.terms)} for c in finding.explanation.clauses
            ]
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            assert self._csv is not None
            self._csv.writerow(finding_record(finding))
