"""Turning any supported call file into a Call: format dispatch, roles, language, streaming."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from notecheck.calls import Call, CallInfo, CallKind, Role, Segment
from notecheck.ingest.decoding import file_sha256, read_lines
from notecheck.ingest.errors import LoadError
from notecheck.ingest.json_file import parse_json
from notecheck.ingest.language import detect_language, normalise_language
from notecheck.ingest.notes_csv import parse_notes
from notecheck.ingest.raw import RawSegment, parse_when
from notecheck.ingest.roles import assign_roles, parse_roles_header
from notecheck.ingest.subtitles import parse_subrip, parse_webvtt
from notecheck.ingest.transcript_text import parse_text

Parser = Callable[[Path, Iterator[str], dict[str, str]], Iterator[RawSegment]]

FORMATS: dict[str, tuple[str, CallKind, Parser]] = {
    ".txt": ("text", "transcript", parse_text),
    ".vtt": ("webvtt", "transcript", parse_webvtt),
    ".srt": ("subrip", "transcript", parse_subrip),
    ".json": ("json", "transcript", parse_json),
    ".csv": ("notes-csv", "notes", parse_notes),
}
LOOKAHEAD = 60
"""Segments read before roles and language are decided."""


@dataclass(frozen=True, slots=True)
class CallStream:
    """A call whose segments are read lazily: memory stays flat however big the file is."""

    info: CallInfo
    segments: Iterator[Segment]

    def load(self) -> Call:
        return Call(self.info, tuple(self.segments))


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file a folder walk passed over, and why."""

    path: str
    reason: str


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in FORMATS


def discover(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Skipped]:
    """Walk files and folders (recursively, in name order); yield call files and skipped files."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    child = Path(root, name)
                    if is_supported(child):
                        yield child
                    else:
                        yield Skipped(str(child), f"unknown file type {child.suffix or '(none)'}")
        elif path.exists():
            yield path if is_supported(path) else Skipped(str(path), f"unknown file type {path.suffix or '(none)'}")
        else:
            yield Skipped(str(path), "no such file or folder")


def open_call(path: str | os.PathLike[str], agent_speakers: Sequence[str] = ()) -> CallStream:
    """Start reading a call file; segments stream. Raises LoadError (only) for bad input."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise LoadError(str(path), f"unknown file type {path.suffix or '(none)'}")
    if not path.is_file():
        raise LoadError(str(path), "not a file")
    name, kind, parser = fmt
    try:
        sha = file_sha256(path)
    except OSError as exc:
        raise LoadError(str(path), f"cannot read: {exc.strerror or exc}") from None
    header: dict[str, str] = {}
    raw = _guarded(path, parser(path, read_lines(path), header))
    head = list(itertools.islice(raw, LOOKAHEAD))
    if not head:
        raise LoadError(str(path), "no utterances found")
    info = _describe(path, sha, name, kind, header, head, agent_speakers)
    roles = dict(info.speakers)
    counter = itertools.count()

    def segments() -> Iterator[Segment]:
        for item in itertools.chain(head, raw):
            if item.speaker not in roles:  # a speaker first heard after the look-ahead
                roles[item.speaker] = "agent" if kind == "notes" else "unknown"
            yield Segment(index=next(counter), line=item.line, speaker=item.speaker, role=roles[item.speaker],
                          text=item.text, column=item.column, start=item.start, end=item.end,
                          at=item.at, account=item.account)

    return CallStream(info, segments())


def load_call(path: str | os.PathLike[str], agent_speakers: Sequence[str] = ()) -> Call:
    """Read a whole call file. Raises LoadError (only) for bad input."""
    return open_call(path, agent_speakers).load()


def _guarded(path: Path, items: Iterator[RawSegment]) -> Iterator[RawSegment]:
    """Let only LoadError escape a parser."""
    try:
        yield from items
    except LoadError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError, RecursionError,
            UnicodeError, OSError) as exc:
        raise LoadError(str(path), f"cannot parse: {exc}") from None


def _describe(path: Path, sha: str, name: str, kind: CallKind, header: dict[str, str],
              head: list[RawSegment], agent_speakers: Sequence[str]) -> CallInfo:
    speakers = list(dict.fromkeys(item.speaker for item in head))
    if kind == "notes":
        roles: dict[str, Role] = dict.fromkeys(speakers, "agent")
        source = "label"
    else:
        try:
            declared = parse_roles_header(header.get("roles", ""))
        except ValueError as exc:
            raise LoadError(str(path), f"`# roles:` header: {exc}") from None
        sample = [(item.speaker, item.text) for item in head]
        roles, source = assign_roles(speakers, declared, agent_speakers, sample)
    language = normalise_language(header.get("language", "")) or detect_language(i.text for i in head)
    agents = sorted({item.speaker for item in head if item.speaker}) if kind == "notes" else []
    agent = header.get("agent") or (agents[0] if len(agents) == 1 else None)
    started = parse_when(header.get("started_at", ""))
    if started is None and kind == "notes":
        times = [item.at for item in head if item.at]
        started = min(times, key=lambda t: t.timestamp()) if times else None
    return CallInfo(
        path=str(path), sha256=sha, format=name, kind=kind, call_id=header.get("call_id") or path.stem,
        agent=agent, language=language, started_at=started, speakers=tuple(roles.items()), role_source=source,
    )
