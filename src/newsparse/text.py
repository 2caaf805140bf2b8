"""Low-level text helpers shared by the rules: line tables and whitespace trimming on spans."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Line", "lines", "reflow", "strip_span"]

# Only CR, LF and CRLF end lines: str.splitlines() would also break on the ANPA control
# characters (\x1c-\x1e) and on U+2028, which wire copy uses as data.
_WS = " \t\r\n\f\v\x00\x01\x02\x03\x04\x16\x17\x1c\x1d\x1e\x1f\u00a0\u2028\u2029\ufeff"


class Line(NamedTuple):
    start: int  # offset of the first character
    end: int  # offset after the last character, line break excluded
    text: str  # the line without its break


def lines(source: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``source[start:end]`` (blank ones included), with absolute offsets."""
    end = len(source) if end is None else end
    chunk = source[start:end]
    if not chunk:
        return []
    # Classic Mac copy ends lines with a bare CR; everything else with LF or CRLF.
    sep = "\n" if "\n" in chunk or "\r" not in chunk else "\r"
    out: list[Line] = []
    pos = start
    for piece in chunk.split(sep):
        text = piece[:-1] if piece[-1:] == "\r" else piece
        out.append(Line(pos, pos + len(text), text))
        pos += len(piece) + 1
    if out and not out[-1].text and out[-1].start == end:
        out.pop()
    return out


def strip_span(source: str, start: int, end: int, chars: str = _WS) -> tuple[int, int]:
    """Narrow ``[start, end)`` so it neither starts nor ends with whitespace."""
    while start < end and source[start] in chars:
        start += 1
    while end > start and source[end - 1] in chars:
        end -= 1
    return start, end


_SPACES = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")


def reflow(text: str) -> str:
    """Join hard-wrapped lines with single spaces."""
    text = text.strip()
    if "\n" not in text and "\r" not in text:
        return text
    return _SPACES.sub(" ", text)
