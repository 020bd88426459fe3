"""WebVTT (speakers in voice tags) and SubRip (`SPEAKER: ` prefixes), one cue at a time.

The files are cut into blank-line separated blocks; each block is parsed by webvtt-py or srt,
so line numbers are exact and a file of any size streams.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import srt
import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError

from notecheck.ingest.errors import LoadError
from notecheck.ingest.raw import RawSegment, split_speaker

_VOICE_OPEN = re.compile(r"^<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]+>")


def _blocks(lines: Iterator[str]) -> Iterator[tuple[int, list[str]]]:
    """Blank-line separated blocks with the line number of their first line."""
    block: list[str] = []
    first = 0
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if not block:
                first = number
            block.append(line)
        elif block:
            yield first, block
            block = []
    if block:
        yield first, block


def _timing_index(block: list[str]) -> int | None:
    return next((i for i, line in enumerate(block[:2]) if "-->" in line), None)


def parse_webvtt(path: Path, lines: Iterator[str], header: dict[str, str]) -> Iterator[RawSegment]:
    blocks = _blocks(lines)
    first = next(blocks, None)
    if first is None or not first[1][0].lstrip("\ufeff").startswith("WEBVTT"):
        raise LoadError(str(path), "not a WebVTT file: the first line must start with WEBVTT", line=1)
    for meta in first[1][1:]:
        key, sep, value = meta.partition(":")
        if sep:
            header.setdefault(key.strip().lower(), value.strip())
    for start_line, block in blocks:
        if block[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        timing = _timing_index(block)
        if timing is None:
            raise LoadError(str(path), "malformed cue: no timing line (`start --> end`)", line=start_line)
        if len(block) == timing + 1:
            continue  # a cue with no text
        try:
            captions = webvtt.from_string("WEBVTT\n\n" + "\n".join(block) + "\n").captions
        except (MalformedCaptionError, MalformedFileError, ValueError) as exc:
            raise LoadError(str(path), f"malformed cue: {exc}", line=start_line + timing) from None
        if len(captions) != 1:
            raise LoadError(str(path), "malformed cue timing", line=start_line + timing)
        cue = captions[0]
        start, end = _vtt_seconds(cue.start), _vtt_seconds(cue.end)
        if end < start:
            raise LoadError(str(path), "malformed cue: it ends before it starts", line=start_line + timing)
        first_text = block[timing + 1]
        voice = _VOICE_OPEN.match(first_text)
        speaker = (cue.voice or (voice.group(1) if voice else "")).strip()
        text = " ".join(_TAG.sub("", line).strip() for line in block[timing + 1 :]).strip()
        column = voice.end() + 1 if voice else 1
        if not voice and (parts := split_speaker(text)):
            speaker, text, column, _ = parts
        yield RawSegment(line=start_line + timing + 1, speaker=speaker, text=text, column=column,
                         start=start, end=end)


def _vtt_seconds(stamp: str) -> float:
    total = 0.0
    for part in stamp.split(":"):
        total = total * 60 + float(part)
    return total


def parse_subrip(path: Path, lines: Iterator[str], header: dict[str, str]) -> Iterator[RawSegment]:
    for start_line, block in _blocks(lines):
        timing = _timing_index(block)
        if timing is None:
            raise LoadError(str(path), "malformed cue: no timing line (`start --> end`)", line=start_line)
        try:
            cues = list(srt.parse("\n".join(block) + "\n\n", ignore_errors=False))
        except srt.SRTParseError as exc:
            raise LoadError(str(path), f"malformed cue: {exc}", line=start_line + timing) from None
        if len(cues) != 1 or cues[0].proprietary.strip():
            raise LoadError(str(path), "malformed cue timing", line=start_line + timing)
        cue = cues[0]
        if cue.end < cue.start:
            raise LoadError(str(path), "malformed cue: it ends before it starts", line=start_line + timing)
        if len(block) == timing + 1:
            continue
        text_lines = [line.strip() for line in block[timing + 1 :]]
        speaker, column = "", 1
        if parts := split_speaker(block[timing + 1]):
            speaker, text_lines[0], column, _ = parts
        yield RawSegment(line=start_line + timing + 1, speaker=speaker,
                         text=_TAG.sub("", " ".join(text_lines)).strip(), column=column,
                         start=cue.start.total_seconds(), end=cue.end.total_seconds())
