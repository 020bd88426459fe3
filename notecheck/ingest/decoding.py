"""Reading call files as text whatever their encoding, one line at a time."""

from __future__ import annotations

import codecs
import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from notecheck.ingest.errors import LoadError

SAMPLE_BYTES = 64 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Detected legacy encodings are widened to the superset real exports use.
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs"}
_CHINESE_LEGACY = ("gb18030", "big5hkscs")


def file_sha256(path: Path) -> str:
    """Content hash of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _text_score(text: str) -> float:
    """Share of characters that ordinary text is made of."""
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return good / len(text)


def _utf16_without_bom(sample: bytes) -> str | None:
    best, best_score = None, 0.0
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = sample[: len(sample) // 2 * 2].decode(name)
        except UnicodeDecodeError:
            continue
        score = _text_score(text) if "\x00" not in text else 0.0
        if score > best_score:
            best, best_score = name, score
    return best if best_score > 0.97 else None


def _decodes(sample: bytes, encoding: str, complete: bool) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        decoder.decode(sample, final=complete)
    except UnicodeDecodeError:
        return False
    return True


ALLOWED = ("utf-8", "gb18030", "big5hkscs", "cp1252", "shift_jis", "euc_kr")


def detect_encoding(path: Path, sample: bytes, complete: bool) -> str:
    """Pick the encoding of a file from its first bytes; raise LoadError for binary or unknown data."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    if b"\x00" in sample:
        wide = _utf16_without_bom(sample)
        if wide:
            return wide
        raise LoadError(str(path), "binary file, not text (it contains NUL bytes)")
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(sample, final=complete)
        return "utf-8"
    except UnicodeDecodeError as exc:
        bad_line = sample[: exc.start].count(b"\n") + 1
    legacy = _best_chinese_legacy(sample, complete)
    if legacy:
        return legacy
    best = from_bytes(sample).best()
    name = _canonical(best.encoding) if best is not None else None
    if name is None or name not in ALLOWED or not _decodes(sample, name, complete):
        raise LoadError(str(path), "not valid text: not UTF-8, UTF-16, GB18030, Big5 or Windows-1252",
                        line=bad_line)
    return name


def _canonical(name: str) -> str | None:
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return _WIDER.get(canonical, canonical)


# Characters frequent in any Chinese call, in both scripts: GB18030 and Big5 bytes decode into
# each other's garbage, and the right reading is the one full of these.
_COMMON_HANZI = frozenset("的一是不了我你您他她这這们們在有个個说說要就会會来來还還钱錢款到时時和那也都没沒吗嗎好")


def _best_chinese_legacy(sample: bytes, complete: bool) -> str | None:
    best, best_score = None, 0
    for legacy in _CHINESE_LEGACY:
        if not _decodes(sample, legacy, complete):
            continue
        text = sample.decode(legacy, "ignore")
        if any(not ch.isprintable() and ch not in "\r\n\t" for ch in text):
            continue
        score = sum(1 for ch in text if ch in _COMMON_HANZI)
        if score > best_score:
            best, best_score = legacy, score
    return best


def read_lines(path: Path) -> Iterator[str]:
    """Yield the file's lines (without line endings) in its own encoding, streaming.

    Raises LoadError naming the line where the bytes stop being valid text.
    """
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise LoadError(str(path), f"cannot open: {exc.strerror or exc}") from None
    with fh:
        sample = fh.read(SAMPLE_BYTES)
        if not sample.removeprefix(codecs.BOM_UTF8).strip(b" \t\r\n"):
            raise LoadError(str(path), "empty file")
        encoding = detect_encoding(path, sample, complete=len(sample) < SAMPLE_BYTES)
        fh.seek(0)
        if encoding.startswith(("utf-16", "utf-32")):
            yield from _decode_stream(path, fh, encoding)
        else:
            yield from _decode_by_line(path, fh, encoding)


def _decode_by_line(path: Path, fh: io.BufferedReader, encoding: str) -> Iterator[str]:
    """Decode line by line, so a bad byte is reported at its own line."""
    for number, raw in enumerate(fh, start=1):
        try:
            line = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise LoadError(str(path), f"not valid {encoding} text: {exc.reason}", line=number) from None
        yield line.lstrip("\ufeff").rstrip("\r\n") if number == 1 else line.rstrip("\r\n")


def _decode_stream(path: Path, fh: io.BufferedReader, encoding: str) -> Iterator[str]:
    """Decode wide encodings (UTF-16/32) through a text wrapper."""
    text = io.TextIOWrapper(fh, encoding=encoding, errors="strict", newline=None)
    number = 0
    try:
        for number, raw in enumerate(text, start=1):
            yield raw.lstrip("\ufeff").rstrip("\n") if number == 1 else raw.rstrip("\n")
    except UnicodeDecodeError as exc:
        raise LoadError(str(path), f"not valid {encoding} text: {exc.reason}", line=number + 1) from None
