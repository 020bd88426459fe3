"""Real exports come in many encodings; the text keeps its original characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from notecheck.ingest import load_call

TRADITIONAL = "# language: zh\n催收員: 您好，這邊是嘉恆資產管理公司，跟您聯繫信用卡帳款的事情。\n客戶: 我知道，去年公司裁員了。\n"
SIMPLIFIED = "催收员: 您好，这边是恒信公司，您的借款已经逾期三十天了。\n客户: 我知道，最近手头紧。\n"
ENGLISH = "Agent: This is an attempt to collect a debt — café résumé.\nCustomer: Okay.\n"


@pytest.mark.parametrize(("text", "encoding"), [
    (SIMPLIFIED, "utf-8"), (SIMPLIFIED, "utf-8-sig"), (SIMPLIFIED, "utf-16"), (SIMPLIFIED, "utf-16-le"),
    (SIMPLIFIED, "utf-16-be"), (SIMPLIFIED, "gb18030"), (SIMPLIFIED, "gbk"), (TRADITIONAL, "big5"),
    (TRADITIONAL, "utf-8"), (ENGLISH, "utf-8"), (ENGLISH, "utf-16"),
])
def test_ingest_encoding_is_detected(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "call.txt"
    path.write_bytes(text.encode(encoding))
    call = load_call(path)
    expected = [line.split(": ", 1)[1] for line in text.splitlines() if not line.startswith("#")]
    assert [s.text for s in call.segments] == expected
    assert [s.role for s in call.segments] == ["agent", "customer"]


def test_ingest_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    path.write_bytes(b"Agent: hello\r\nCustomer: hi\r\n")
    assert [(s.line, s.text) for s in load_call(path).segments] == [(1, "hello"), (2, "hi")]
