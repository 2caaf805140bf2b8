"""Low-level text helpers shared by the rules: line tables and whitespace trimming on spans."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Line", "lines", "reflow", "strip_span"]

# Only CR, LF and CRLF end lines: str.splitlines() would also break on the ANPA control
# characters (\x1c-\x1e) and on U+2028, which wire copy uses as data.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_WS = " \t\r\n\f\v\x00\x01\x02\x03\x04\x16\x17\x1c\x1d\x1e\x1f\u00a0\u2028\u2029\ufeff"


class Line(NamedTuple):
    start: int  # offset of the first character
    end: int  # offset after the last character, line break excluded
    text: str  # the line without its break


def lines(source: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``source[start:end]``, with absolute offsets."""
    end = len(source) if end is None else end
    out: list[Line] = []
    for m in _LINE.finditer(source, start, end):
        s, e = m.span()
        if s == e:
            continue
        body = m.group()
        stripped = body.rstrip("\r\n")
        out.append(Line(s, s + len(stripped), stripped))
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
    return _SPACES.sub(" ", text.strip())
