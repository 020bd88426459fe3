"""Reading rule files with ruamel.yaml and pointing back at the line and column of any value."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from notecheck.rulebook.errors import RulebookError, RuleError

_LIBYAML = getattr(yaml, "__with_libyaml__", False)


def read_yaml(path: Path, text: str) -> Any:
    """Parse YAML keeping positions; syntax errors and duplicate keys become RuleErrors.

    libyaml (through PyYAML) parses; the result is built as ruamel.yaml's round-trip maps and lists, with the
    line and column of every key and item, and scalars read by the YAML 1.2 core schema (`no` is a word, not
    false). Where libyaml is missing, ruamel.yaml parses.
    """
    if not _LIBYAML:
        return _read_with_ruamel(path, text)
    try:
        node = yaml.compose(text, Loader=yaml.CBaseLoader)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(path, exc.problem_mark or exc.context_mark, exc.context, exc.problem) from None
    except yaml.YAMLError as exc:
        raise RulebookError([RuleError(str(path), 1, 1, f"YAML: {exc}")]) from None
    return None if node is None else _build(path, node)


def _read_with_ruamel(path: Path, text: str) -> Any:
    parser = YAML(typ="rt")
    parser.allow_duplicate_keys = False
    try:
        return parser.load(text)
    except MarkedYAMLError as exc:
        raise _syntax_error(path, exc.problem_mark or exc.context_mark, exc.context, exc.problem) from None
    except YAMLError as exc:
        raise RulebookError([RuleError(str(path), 1, 1, f"YAML: {exc}")]) from None


def _syntax_error(path: Path, mark: Any, context: Any, problem: Any) -> RulebookError:
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    text = " ".join(str(part) for part in (context, problem) if part).replace("\n", " ")
    return RulebookError([RuleError(str(path), line, col, f"YAML: {text}")])


def _build(path: Path, node: Any) -> Any:
    """ruamel round-trip objects, with positions, from a PyYAML node tree."""
    if isinstance(node, yaml.MappingNode):
        mapping = CommentedMap()
        mapping._yaml_set_line_col(node.start_mark.line, node.start_mark.column)
        for key_node, value_node in node.value:
            key = _build(path, key_node)
            if isinstance(key, list | dict):
                raise _syntax_error(path, key_node.start_mark, None, "a key must be a plain value")
            if key in mapping:
                raise _syntax_error(path, key_node.start_mark, "while constructing a mapping",
                                    f'found duplicate key "{key}"')
            mapping[key] = _build(path, value_node)
            mapping._yaml_set_kv_line_col(key, [key_node.start_mark.line, key_node.start_mark.column,
                                               value_node.start_mark.line, value_node.start_mark.column])
        return mapping
    if isinstance(node, yaml.SequenceNode):
        sequence = CommentedSeq()
        sequence._yaml_set_line_col(node.start_mark.line, node.start_mark.column)
        for index, item in enumerate(node.value):
            sequence.append(_build(path, item))
            sequence._yaml_set_idx_line_col(index, [item.start_mark.line, item.start_mark.column])
        return sequence
    return _scalar(node)


_NULL = re.compile(r"~|null|Null|NULL|")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_SPECIAL_FLOAT = {".inf": math.inf, ".Inf": math.inf, ".INF": math.inf, "+.inf": math.inf, "+.Inf": math.inf,
                  "+.INF": math.inf, "-.inf": -math.inf, "-.Inf": -math.inf, "-.INF": -math.inf,
                  ".nan": math.nan, ".NaN": math.nan, ".NAN": math.nan}


def _scalar(node: Any) -> Any:
    """A scalar by the YAML 1.2 core schema; quoted and block scalars are strings."""
    value: str = node.value
    if node.style:  # quoted or block; libyaml gives plain scalars the style ""
        return value
    if _NULL.fullmatch(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.fullmatch(value):
        return int(value, 0) if value[:2] in ("0o", "0x") else int(value)
    if _FLOAT.fullmatch(value):
        return float(value)
    if value in _SPECIAL_FLOAT:
        return _SPECIAL_FLOAT[value]
    return value


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
