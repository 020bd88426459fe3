"""Bad files get an error naming the file and line; the other files still load."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notecheck.ingest import LoadError, Skipped, discover, load_call, open_call

GOOD = "Agent: This is Acme Recovery.\nCustomer: Hello.\n"


@pytest.mark.parametrize(("name", "content", "line", "words"), [
    ("empty.txt", b"", None, "empty"),
    ("blank.txt", b"\n\n  \n", None, "empty"),
    ("headers_only.txt", b"# call_id: X\n", None, "no utterances"),
    ("binary.txt", bytes(range(256)) * 8, None, "binary"),
    ("truncated.json", b'{"segments": [\n {"speaker": "agent", "text": "hi"},\n {"speaker": "cu', 3, "invalid JSON"),
    ("no_segments.json", b'{"call_id": "x"}', 1, "segments"),
    ("bad_segment.json", b'{"segments": [\n {"speaker": "agent"}\n]}', 2, "no text"),
    ("broken_cue.vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Agent>ok\n\n00:00:0x.000 -> 00:00:04.000\n"
     b"<v Agent>bad\n", 6, "malformed cue"),
    ("backwards_cue.vtt", b"WEBVTT\n\n00:00:05.000 --> 00:00:02.000\n<v Agent>ok\n", 3, "ends before"),
    ("not_vtt.vtt", b"hello\n", 1, "WEBVTT"),
    ("broken_cue.srt", b"1\n00:00:01,000 --> 00:00:02,000\nAgent: ok\n\n2\n00:00:0x,000 --> 00:00:04,000\n"
     b"Agent: bad\n", 6, "malformed cue"),
    ("no_note.csv", b"account_id,agent,contacted_at,comment_text\nA,B,C,D\n", 1, "`note` column"),
    ("open_quote.csv", b'account_id,agent,contacted_at,note\nA,B,C,"never closed\n', 2, "malformed CSV"),
    ("undecodable.txt", b"Agent: fine\nCustomer: also fine\nAgent: \xff\xfe\xfa broken \x80\x81\n", 3, "not valid"),
])
def test_ingest_bad_input_names_file_and_line(tmp_path: Path, name: str, content: bytes, line: int | None,
                                               words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError) as caught:
        load_call(path)
    error = caught.value
    assert error.path == str(path)
    assert error.line == line
    assert words in error.message
    assert str(error).startswith(f"{path}:{line}:" if line else f"{path}:")


def test_ingest_bad_input_folder_walk_reports_and_continues(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text(GOOD)
    (tmp_path / "b_bad.json").write_text("{not json")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c_good.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nAgent: hi\n")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    loaded, errors, skipped = [], [], []
    for found in discover([tmp_path]):
        if isinstance(found, Skipped):
            skipped.append(found)
            continue
        try:
            loaded.append(load_call(found).info.path)
        except LoadError as exc:
            errors.append(exc)
    assert [Path(p).name for p in loaded] == ["a_good.txt", "c_good.srt"]
    assert [Path(e.path).name for e in errors] == ["b_bad.json"]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [("notes.docx", "unknown file type .docx")]


def test_ingest_bad_input_huge_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.write(b'{"segments": [\n')
        fh.truncate(200 * 1024 * 1024)
    with pytest.raises(LoadError, match="larger than"):
        load_call(path)


def test_ingest_bad_input_huge_binary_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # 200 MB of NUL bytes
    with pytest.raises(LoadError, match="binary"):
        load_call(path)


def _peak_while_streaming(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in open_call(path).segments)
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("suffix", [".txt", ".srt", ".vtt", ".csv"])
def test_ingest_large_files_stream_in_flat_memory(tmp_path: Path, suffix: str) -> None:
    def make(name: str, rows: int) -> Path:
        path = tmp_path / f"{name}{suffix}"
        with path.open("w", encoding="utf-8") as fh:
            if suffix == ".vtt":
                fh.write("WEBVTT\n\n")
            if suffix == ".csv":
                fh.write("account_id,agent,contacted_at,note\n")
            for i in range(rows):
                speaker = "Agent" if i % 2 else "Customer"
                text = f"utterance number {i} about the balance of the account, 还款 {i}"
                if suffix == ".txt":
                    fh.write(f"{speaker}: {text}\n")
                elif suffix == ".csv":
                    fh.write(f"A{i},AG1,2026-03-02T09:14:00-05:00,{text}\n")
                else:
                    stamp = f"00:00:{i % 60:02d}{',' if suffix == '.srt' else '.'}000"
                    cue = f"{i + 1}\n" if suffix == ".srt" else ""
                    voice = f"<v {speaker}>{text}" if suffix == ".vtt" else f"{speaker}: {text}"
                    fh.write(f"{cue}{stamp} --> {stamp}\n{voice}\n\n")
        return path

    small_count, small_peak = _peak_while_streaming(make("small", 2_000))
    big_count, big_peak = _peak_while_streaming(make("big", 40_000))
    assert (small_count, big_count) == (2_000, 40_000)
    assert big_peak < small_peak * 2 + 256 * 1024, (small_peak, big_peak)


SUFFIXES = [".txt", ".vtt", ".srt", ".json", ".csv"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_ingest_bad_input_arbitrary_bytes_raise_only_load_error(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    with contextlib.suppress(LoadError):
        load_call(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), suffix=st.sampled_from(SUFFIXES))
def test_ingest_bad_input_arbitrary_text_raises_only_load_error(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    with contextlib.suppress(LoadError):
        load_call(path)


def test_ingest_unreadable_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)
    if os.geteuid() == 0:  # root reads anything: use a directory named like a call file instead
        path.unlink()
        path.mkdir()
    else:
        path.chmod(0)
    with pytest.raises(LoadError):
        load_call(path)


def test_ingest_core_imports_without_qt() -> None:
    code = (
        "import sys\n"
        "import notecheck, notecheck.ingest, notecheck.calls, notecheck.cli\n"
        "import pkgutil, importlib\n"
        "for m in pkgutil.walk_packages(notecheck.__path__, 'notecheck.'):\n"
        "    if not m.name.startswith('notecheck.qt') and m.name != 'notecheck.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
