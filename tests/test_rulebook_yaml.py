"""Rule files are parsed by libyaml and read exactly as ruamel.yaml's round-trip loader reads them: the same
values by the YAML 1.2 core schema, the same line and column for every key and item, the same errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from notecheck.rulebook.errors import RulebookError
from notecheck.rulebook.yaml_source import _read_with_ruamel, plain, read_yaml

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted([*(ROOT / "rules").rglob("*.yaml"), *(Path(__file__).parent / "data" / "rules").rglob("*.yaml")])


def _positions(node: Any, at: tuple[Any, ...] = ()) -> dict[tuple[Any, ...], tuple[int, ...]]:
    found: dict[tuple[Any, ...], tuple[int, ...]] = {}
    if isinstance(node, CommentedMap):
        for key, value in node.items():
            found[(*at, key)] = (*node.lc.key(key), *node.lc.value(key))
            found.update(_positions(value, (*at, key)))
    elif isinstance(node, CommentedSeq):
        for index, value in enumerate(node):
            found[(*at, index)] = tuple(node.lc.item(index))
            found.update(_positions(value, (*at, index)))
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_rulebook_yaml_reads_shipped_files_like_ruamel(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fast, reference = read_yaml(path, text), _read_with_ruamel(path, text)
    assert plain(fast) == plain(reference)
    assert _positions(fast) == _positions(reference)


@pytest.mark.parametrize("text", [
    "a: no\nb: yes\nc: on\nd: off\n",  # words, not booleans (YAML 1.2)
    "version: 2026.10\nn: 12\nh: 0x1F\no: 0o17\nf: 1e3\nneg: -4\n",
    "t: true\nf: False\nnull1: ~\nnull2: null\nq: '12'\nqq: \"true\"\n",
    "inf: .inf\nninf: -.Inf\nword: .infinity\n",
    "block: |\n  两行\n  文字\nfolded: >\n  one\n  two\n",
    "list: [你好, 'a: b', \"c\"]\nnested:\n  - {x: 1, y: [2, 3]}\n  - 中文: 值\n",
    "anchor: &a [1, 2]\nalias: *a\n",
])
def test_rulebook_yaml_reads_values_like_ruamel(text: str) -> None:
    fast, reference = read_yaml(Path("x.yaml"), text), _read_with_ruamel(Path("x.yaml"), text)
    assert plain(fast) == plain(reference)
    assert _positions(fast) == _positions(reference)


@pytest.mark.parametrize(("text", "line", "column", "words"), [
    ("a: 1\nb: [中文, x\n", 3, 1, "flow sequence"),
    ("rules:\n  - id: x\n    id: y\n", 3, 5, "duplicate key"),
    ("a: 'unterminated\n", 2, 1, "quoted scalar"),
    ("a:\n\t- x\n", 2, 1, "token"),
])
def test_rulebook_yaml_errors_name_the_line_and_column(text: str, line: int, column: int, words: str) -> None:
    with pytest.raises(RulebookError) as caught:
        read_yaml(Path("bad.yaml"), text)
    (error,) = caught.value.errors
    assert (error.path, error.line, error.column) == ("bad.yaml", line, column)
    assert words in error.message


def test_rulebook_yaml_reads_an_empty_value_as_null() -> None:
    assert plain(read_yaml(Path("x.yaml"), "empty:\nnext: 1\n")) == {"empty": None, "next": 1}
