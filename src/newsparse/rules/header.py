"""Header metadata in front of the story, kept as :class:`HeaderLine`, moving ``state.body_start``
past it:

* the ``date 2019-02-21`` prefix (tass.com copy; it may share its line with the dateline),
* ``key: value`` lines with a known metadata key (``date: 2019-02-21``, ``Priority: urgent``),
* transmission lines: codes carrying control characters (ANPA ``\\x16\\x16\\x01W2870\\x1fasian``,
  IPTC 7901 ``\\x01eca062 4 i 211 ...``) and start-of-message markers (``ZCZC AAP``).

A ``date`` header sets ``state.date``, which the dateline rule uses to give ``February 21`` its
year. The keys, markers and limits are data (``data/header.json``). The rule never claims a line
on which a dateline starts, stops at the first line that is not metadata, and reads at most
``max_lines`` lines and ``max_chars`` characters.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from functools import cache
from importlib import resources
from typing import Any

from attrs import frozen

from ..models import HeaderLine, Span
from ..state import ParseState

__all__ = ["header"]

_DATE_PREFIX = re.compile(r"[ \t]{0,16}(date)[ \t]{0,4}:?[ \t]{1,4}(\d{4}-\d{2}-\d{2})(?![\w-])")
_KEY_VALUE = re.compile(r"[ \t]{0,16}([A-Za-z][A-Za-z0-9_-]{1,24})[ \t]{0,4}:[ \t]{0,16}(\S[^\r\n]*)")
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?![\d])")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LINE_END = re.compile(r"[^\r\n]*")
_WS = re.compile(r"[ \t\r\n\f\v]*")


@frozen
class _HeaderData:
    keys: frozenset[str]
    date_keys: frozenset[str]
    markers: re.Pattern[str]
    max_lines: int
    max_chars: int


@cache
def _data() -> _HeaderData:
    raw: dict[str, Any] = json.loads(resources.files("newsparse.data").joinpath("header.json").read_text("utf-8"))
    return _HeaderData(
        frozenset(k.casefold() for k in raw["keys"]),
        frozenset(k.casefold() for k in raw["date_keys"]),
        re.compile("|".join(f"(?:{m})" for m in raw["markers"])),
        int(raw["max_lines"]),
        int(raw["max_chars"]),
    )


def _set_date(state: ParseState, value: str, span: Span) -> None:
    m = _ISO_DATE.match(value)
    if m is None:
        return
    try:
        date = _dt.date.fromisoformat(m.group(1))
    except ValueError:
        state.warn("bad-header-date", f"header date {value!r} is not a valid date", span)
        return
    if state.date is None:
        state.date = date


def header(state: ParseState) -> None:
    from .datelines import starts_dateline

    data = _data()
    src = state.source
    pos = _WS.match(src, state.body_start, state.body_end).end()  # type: ignore[union-attr]
    end = min(state.body_end, pos + data.max_chars)
    found = len(state.header)
    while pos < end and len(state.header) - found < data.max_lines:
        m = _DATE_PREFIX.match(src, pos, end)
        if m:
            start, value = m.start(1), m.group(2)
            span = Span(start, m.end())
            _set_date(state, value, Span(m.start(2), m.end(2)))
            state.header.append(HeaderLine(src[start : m.end()], "date", value, span))
            pos = _WS.match(src, m.end(), end).end()  # type: ignore[union-attr]
            continue
        line_end = _LINE_END.match(src, pos, end).end()  # type: ignore[union-attr]
        line = src[pos:line_end]
        kv = _KEY_VALUE.fullmatch(line)
        if kv and kv.group(1).casefold() in data.keys:
            key, value = kv.group(1), kv.group(2).rstrip()
            start, stop = pos + kv.start(1), pos + len(line.rstrip())
            if key.casefold() in data.date_keys:
                _set_date(state, value, Span(pos + kv.start(2), stop))
            state.header.append(HeaderLine(src[start:stop], key, value, Span(start, stop)))
        elif _is_transmission_line(line, data.markers) and not starts_dateline(state, pos, line_end):
            stripped = line.strip(" \t")
            start = pos + line.index(stripped[0])
            state.header.append(HeaderLine(stripped, None, None, Span(start, start + len(stripped))))
        else:
            break
        pos = _WS.match(src, line_end, end).end()  # type: ignore[union-attr]
    state.body_start = max(state.body_start, pos)


def _is_transmission_line(line: str, markers: re.Pattern[str]) -> bool:
    """A start-of-message marker, or control characters and no run of prose."""
    if markers.match(line.strip(" \t")):
        return True
    if not _CONTROL.search(line):
        return False
    letters = sum(c.isalpha() for c in line)
    return letters < 40 or len(_CONTROL.findall(line)) * 10 >= letters
