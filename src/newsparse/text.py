"""Low-level text helpers shared by the rules: the line table, blank characters, reflow.

Two definitions hold for the whole parser (and the "nothing lost" invariant):

* **Line breaks** are ``\\n``, ``\\r\\n``, a bare ``\\r`` (classic Mac, ZCZC copy) and ``\\r\\r\\n``
  (double-CR feeds), each counted as one break. Nothing else breaks a line: ``str.splitlines()``
  would also break on the ANPA separators ``\\x1c``-``\\x1e`` and on U+2028, which wire copy uses
  as data.
* **Blank characters** are Unicode whitespace (``str.isspace``), every control character
  (category Cc: ``\\x00``-``\\x1f``, ``\\x7f``-``\\x9f``, so the transmission framing STX, ETX,
  EOT, SYN ... of ANPA and IPTC copy) and the byte-order mark. They carry no text: a line made
  only of them is blank, and element spans never start or end with one. Inside an element
  they are kept as they are.
"""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from operator import add
from typing import NamedTuple

__all__ = [
    "BLANK", "BLANK_SET", "BREAK", "BREAK_PATTERN", "Line", "is_blank", "line_table", "lines", "nonblank_len", "reflow",
    "stripped",
]

# Every str.isspace() character is below U+3001, so scanning that range finds them all.
BLANK = "".join(chr(c) for c in range(0x3001) if chr(c).isspace() or c < 0x20 or 0x7F <= c <= 0x9F) + "\ufeff"
#: The same as a set: ``c in BLANK_SET`` is one hash lookup, ``c in BLANK`` scans the string.
BLANK_SET = frozenset(BLANK)
_BLANK_CLASS = "[" + re.escape(BLANK) + "]"
_BLANK_RUN = re.compile(_BLANK_CLASS + "+")
_NONBLANK = re.compile("[^" + re.escape(BLANK) + "]")
# One line break, written so that no string splits into breaks two ways ("\r\n" is never a
# bare CR then a LF, even inside a larger pattern) and a run of bare CRs never backtracks.
BREAK_PATTERN = r"(?:\r?\r\n|\r(?!\r?\n)|\n)"
BREAK = _BREAK = re.compile(BREAK_PATTERN)


class Line(NamedTuple):
    start: int  # offset of the first character
    end: int  # offset after the last character, line break excluded
    text: str  # the line without its break


def line_table(source: str) -> tuple[list[int], list[str]]:
    """The line starts and texts (breaks excluded) of ``source``: two parallel lists.

    A final line break does not open an empty last line; the empty text has one empty line.
    """
    if "\r" not in source:
        # The common case: str.split is C speed; starts follow from the lengths.
        texts = source.split("\n")
        # Start i is the length of the lines before it plus i breaks: C-level maps, no Python loop.
        starts = list(map(add, accumulate(map(len, texts), initial=0), range(len(texts))))
    else:
        texts, starts = [], []
        pos = 0
        for m in _BREAK.finditer(source):
            starts.append(pos)
            texts.append(source[pos : m.start()])
            pos = m.end()
        starts.append(pos)
        texts.append(source[pos:])
    if len(texts) > 1 and starts[-1] == len(source):
        texts.pop()
        starts.pop()
    return starts, texts


def lines(source: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``source[start:end]`` (blank ones included), with absolute offsets."""
    end = len(source) if end is None else end
    if start >= end:
        return []
    starts, texts = line_table(source[start:end])
    return [Line(start + s, start + s + len(t), t) for s, t in zip(starts, texts, strict=True)]


def is_blank(text: str) -> bool:
    """True when ``text`` has no character other than blank ones."""
    return _NONBLANK.search(text) is None


def nonblank_len(text: str) -> int:
    """How many non-blank characters ``text`` holds (reflow and rendering keep this number)."""
    if text.isprintable():
        # Printable text has no blank character but the plain space: two C-speed calls.
        return len(text) - text.count(" ")
    return len(_BLANK_RUN.sub("", text))


def stripped(line: Line) -> tuple[int, int, str]:
    """``line`` without blank characters at either end: (start, end, text)."""
    text = line.text.strip(BLANK)
    if not text:
        return line.start, line.start, ""
    start = line.start + line.text.index(text[0])
    return start, start + len(text), text


def reflow(text: str) -> str:
    """Join hard-wrapped lines with single spaces; blank characters at the ends go.

    Each line break, with the blank characters around it, becomes one space; blank runs inside
    a line are kept (they may be meaningful: tables, ANPA codes).
    """
    text = text.strip(BLANK)
    if "\r" not in text:
        if "\n" not in text:
            return text
        # Without a CR every break is one LF: str.split finds what _BREAK.split finds, at C
        # speed, and the pieces are stripped and joined without a Python-level loop
        # (tests/test_text_fast.py checks the two agree).
        return " ".join(filter(None, map(str.strip, text.split("\n"), repeat(BLANK))))
    # Split and strip rather than one regex substitution: a pattern with blank runs on both
    # sides of the break rescans long blank runs from every position (quadratic).
    return " ".join(piece for piece in (p.strip(BLANK) for p in _BREAK.split(text)) if piece)


def _reflow_general(text: str) -> str:
    """:func:`reflow` by the break pattern only (the reference its fast path is tested against)."""
    text = text.strip(BLANK)
    if "\n" not in text and "\r" not in text:
        return text
    return " ".join(piece for piece in (p.strip(BLANK) for p in _BREAK.split(text)) if piece)


def one_line(text: str) -> str:
    """``text`` reflowed when a hard wrap splits it, else as it is (the common case, no copy): a
    name or mention read off hard-wrapped copy is kept on one line, as rendering joins the lines."""
    return reflow(text) if "\n" in text or "\r" in text else text
