"""Bytes in: UTF-8 (a BOM is dropped), else cp1252 with a recorded warning."""

from __future__ import annotations

from .models import ParseWarning

__all__ = ["decode"]


def decode(data: bytes) -> tuple[str, list[ParseWarning]]:
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1252")
        codec = "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte, so nothing is lost.
        text = data.decode("latin-1")
        codec = "latin-1"
    return text, [ParseWarning("decoded-as-" + codec,
                               f"input is not UTF-8 (first bad byte at offset {first_bad}); decoded as {codec}")]
