"""Files, folders, JSON Lines and HTML pages -> Document records.

`read_paths` yields a Document for every article it can read and a Skipped for every input it
cannot, so one bad file never stops a batch.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from claims.decode import DecodeError, decode_bytes
from claims.htmltext import html_to_text
from claims.model import Document, Skipped

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_FILE_BYTES = 200 * 1024 * 1024
# NUL (PostgreSQL cannot store it) and lone surrogates (no database can encode them; JSON escapes
# can make them) become U+FFFD, one character for one, so offsets stay as they were.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_WORD = re.compile(r"\w")


def clean(text: str) -> str:
    return _UNSTORABLE.sub("\ufffd", text)


def _no_words(text: str) -> bool:
    return _WORD.search(text) is None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | Skipped]:
    """Files as given, folders recursively (readable suffixes only, sorted, hidden ones left out)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if child.is_file() and child.suffix.lower() in READABLE and not any(
                    part.startswith(".") for part in rel
                ):
                    yield child
        elif path.is_file():
            yield path
        elif path.exists():
            yield Skipped(str(path), "not a regular file")
        else:
            yield Skipped(str(path), "no such file or folder")


def read_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Document | Skipped]:
    for item in expand_paths(paths):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_file(item)


def read_file(path: Path) -> Iterator[Document | Skipped]:
    """One file -> its documents (several for JSON Lines), or one Skipped naming the problem."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Skipped(str(path), f"file is {size // 2**20} MB, over the {MAX_FILE_BYTES // 2**20} MB limit")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Skipped(str(path), f"cannot read: {error.strerror or error}")
        return
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as error:
        yield Skipped(str(path), str(error))
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, text, encoding)
        return
    title = None
    text = clean(text)
    if suffix in HTML_SUFFIXES:
        text, title = html_to_text(text)
    if _no_words(text):
        yield Skipped(str(path), "empty: no text to read" if not text.strip()
                      else "no words to read (only marks, symbols or control characters)")
        return
    yield Document(
        name=path.name, path=str(path), text=text, sha256=sha256_text(text),
        encoding=encoding, title=title or _first_line(text),
    )


def _read_jsonl(path: Path, text: str, encoding: str) -> Iterator[Document | Skipped]:
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skipped(where, f"invalid JSON: {error.msg} at column {error.colno}")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Skipped(where, 'expected an object with a string "text"')
            continue
        if _no_words(record["text"]):
            yield Skipped(where, "empty text" if not record["text"].strip() else "no words in text")
            continue
        article_id = clean(str(record.get("id") or number))
        found = True
        body = clean(record["text"])
        yield Document(
            name=f"{path.name}#{article_id}",
            path=f"{path}#{article_id}",
            text=body,
            sha256=sha256_text(body),
            encoding=encoding,
            title=_str_or_none(record.get("title")) or _first_line(body),
            url=_str_or_none(record.get("url")),
            date=_str_or_none(record.get("date")),
        )
    if not found and not text.strip():
        yield Skipped(str(path), "empty: no articles")


def _str_or_none(value: object) -> str | None:
    return clean(str(value)) if value not in (None, "") else None


def _first_line(text: str, limit: int = 200) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:limit]
    return None
