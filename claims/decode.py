"""Bytes -> text for the encodings Arabic and English news files come in.

Order: a byte-order mark decides (UTF-8, UTF-16); then strict UTF-8; then Windows-1256, but only
when the result reads as Arabic, because cp1256 maps almost every byte and would otherwise turn any
broken file into plausible-looking garbage.
"""
from __future__ import annotations

import codecs
import re

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]{2,}")
_SNIFF = 8192


class DecodeError(ValueError):
    """The bytes are not text in an encoding claimsift reads; the message says why."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many C0 control bytes in the first block mark a binary file."""
    head = data[:_SNIFF]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise DecodeError."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", "utf-8-sig")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data, "utf-16", "utf-16")
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        text = data.decode("cp1256", errors="replace")
        if _reads_as_arabic(text):
            return text, "cp1256"
        raise DecodeError(
            f"not valid UTF-8 (byte {utf8_error.start}) and not Windows-1256 Arabic text"
        ) from None


def _strict(data: bytes, codec: str, label: str) -> tuple[str, str]:
    try:
        return data.decode(codec), label
    except UnicodeDecodeError as error:
        raise DecodeError(f"not valid {label} (byte {error.start})") from None


def _reads_as_arabic(text: str) -> bool:
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii or "\ufffd" in text:
        return False
    arabic = len(_ARABIC_LETTER.findall(text))
    words = len(_ARABIC_WORD.findall(text))
    return arabic >= 10 and words >= 3 and arabic / len(non_ascii) >= 0.8
