"""Speaker-labelled plain-text transcripts: `Speaker: text`, `# field: value` headers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from notecheck.ingest.errors import LoadError
from notecheck.ingest.raw import RawSegment, split_speaker


def parse_text(path: Path, lines: Iterator[str], header: dict[str, str]) -> Iterator[RawSegment]:
    """Yield one segment per utterance line; header lines fill `header`.

    A line with no speaker label continues the previous utterance's speaker.
    """
    speaker: str | None = None
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            key, sep, value = stripped.lstrip("#").partition(":")
            if sep and key.strip():
                header.setdefault(key.strip().lower().replace(" ", "_"), value.strip())
            continue
        parts = split_speaker(line)
        if parts:
            speaker, text, column, stamp = parts
            yield RawSegment(line=number, speaker=speaker, text=text, column=column, start=stamp)
        else:
            if "\x00" in line:
                raise LoadError(str(path), "binary data in a text transcript", line=number)
            column = len(line) - len(line.lstrip()) + 1
            yield RawSegment(line=number, speaker=speaker or "", text=stripped, column=column)
