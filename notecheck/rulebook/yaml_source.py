"""Reading rule files with ruamel.yaml and pointing back at the line and column of any value."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from notecheck.rulebook.errors import RulebookError, RuleError


def read_yaml(path: Path, text: str) -> Any:
    """Parse YAML keeping positions; syntax errors and duplicate keys become RuleErrors."""
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        problem = problem.replace("\n", " ")
        raise RulebookError([RuleError(str(path), line, col, f"YAML: {problem}")]) from None
    except YAMLError as exc:
        raise RulebookError([RuleError(str(path), 1, 1, f"YAML: {exc}")]) from None


def plain(node: Any) -> Any:
    """ruamel's round-trip objects as plain dicts, lists, str, int, float, bool."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    return node


def position(root: Any, loc: Sequence[Any], key_position: bool = True) -> tuple[int, int]:
    """1-based (line, column) of the value at `loc` (keys and list indexes; unknown parts skipped)."""
    node = root
    line, col = _start(root)
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            ln, cl = node.lc.key(part) if key_position else node.lc.value(part)
            line, col = ln + 1, cl + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            ln, cl = node.lc.item(part)
            line, col = ln + 1, cl + 1
            node = node[part]
        elif isinstance(node, CommentedMap) and part == 0 and node.lc.line is not None:
            line, col = node.lc.line + 1, node.lc.col + 1  # a single item written without a list
        elif isinstance(node, CommentedMap) and isinstance(part, str) and part.rstrip("_") in node:
            part = part.rstrip("_")
            ln, cl = node.lc.key(part)
            line, col = ln + 1, cl + 1
            node = node[part]
    return line, col


def _start(node: Any) -> tuple[int, int]:
    lc = getattr(node, "lc", None)
    if lc is not None and lc.line is not None:
        return lc.line + 1, lc.col + 1
    return 1, 1
