"""Scanning many files: in order, in parallel worker processes for large scans."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from notecheck.findings import Finding
from notecheck.ingest import LoadError, Skipped, discover, open_call
from notecheck.matching.scanner import Scanner

PARALLEL_MIN_BYTES = 2 * 1024 * 1024
"""Below this much input, worker processes cost more than they save."""


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...] = ()
    error: LoadError | None = None
    skipped: str | None = None


_worker_scanner: Scanner | None = None
_worker_agents: tuple[str, ...] = ()


def scan_file(scanner: Scanner, path: Path, agent_speakers: Sequence[str] = ()) -> FileResult:
    try:
        stream = open_call(path, agent_speakers)
        return FileResult(str(path), tuple(scanner.scan_stream(stream.info, stream.segments)))
    except LoadError as exc:
        return FileResult(str(path), error=exc)


def _scan_in_worker(path: Path) -> FileResult:
    assert _worker_scanner is not None
    return scan_file(_worker_scanner, path, _worker_agents)


def scan_paths(scanner: Scanner, paths: Iterable[str | os.PathLike[str]], agent_speakers: Sequence[str] = (),
               jobs: int | None = None) -> Iterator[FileResult]:
    """Scan files and folders; results come in file order. `jobs` > 1 uses worker processes."""
    global _worker_scanner, _worker_agents
    found = list(discover(paths))
    files = [p for p in found if isinstance(p, Path)]
    total = sum(p.stat().st_size for p in files if p.exists())
    if jobs is None:
        jobs = min(os.cpu_count() or 1, 4) if total >= PARALLEL_MIN_BYTES and len(files) > 1 else 1
    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        _worker_scanner, _worker_agents = scanner, tuple(agent_speakers)  # inherited by the forked workers
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            results = pool.imap(_scan_in_worker, files, chunksize=max(1, len(files) // (jobs * 8)))
            yield from _merge(found, results)
        _worker_scanner = None
        return
    yield from _merge(found, (scan_file(scanner, p, agent_speakers) for p in files))


def _merge(found: list[Path | Skipped], results: Iterator[FileResult]) -> Iterator[FileResult]:
    for item in found:
        if isinstance(item, Skipped):
            yield FileResult(item.path, skipped=item.reason)
        else:
            yield next(results)
