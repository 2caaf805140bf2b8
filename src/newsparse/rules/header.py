"""Header metadata in front of the story: ``date 2019-02-21``, ``key: value`` lines, and
transmission codes (lines carrying control characters), kept as :class:`HeaderLine`."""

from __future__ import annotations

import datetime as _dt
import re

from ..models import HeaderLine, Span
from ..state import ParseState

__all__ = ["header"]

_DATE_PREFIX = re.compile(r"[ \t]*(date)[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})\b")
_KEY_VALUE = re.compile(r"[ \t]*([a-z][a-z0-9_-]{1,24})[ \t]*:[ \t]*(\S[^\r\n]*)")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LINE_END = re.compile(r"[^\r\n]*")
_WS = re.compile(r"[ \t\r\n\f\v]*")
# Lower-case keys only: "Eds:" and "LONDON:" are advisories and datelines, not metadata.
_KNOWN_KEYS = frozenset({"date", "id", "slug", "priority", "category", "keywords", "source", "language",
                         "lang", "urgency", "version", "section", "url", "title", "author", "agency"})


def header(state: ParseState) -> None:
    src = state.source
    pos = _WS.match(src, state.body_start, state.body_end).end()  # type: ignore[union-attr]
    while pos < state.body_end:
        m = _DATE_PREFIX.match(src, pos, state.body_end)
        if m:
            value = m.group(2)
            try:
                state.date = _dt.date.fromisoformat(value)
            except ValueError:
                state.warn("bad-header-date", f"header date {value!r} is not a valid date", Span(m.start(2), m.end(2)))
            start = m.start(1)
            state.header.append(HeaderLine(src[start : m.end()], "date", value, Span(start, m.end())))
            pos = _WS.match(src, m.end(), state.body_end).end()  # type: ignore[union-attr]
            continue
        line_end = _LINE_END.match(src, pos, state.body_end).end()  # type: ignore[union-attr]
        line = src[pos:line_end]
        kv = _KEY_VALUE.fullmatch(line)
        if kv and kv.group(1) in _KNOWN_KEYS:
            start, end = pos + kv.start(1), pos + len(line.rstrip())
            state.header.append(HeaderLine(src[start:end], kv.group(1), kv.group(2).rstrip(), Span(start, end)))
        elif _CONTROL.search(line) and _is_code_line(line):
            stripped = line.strip(" \t")
            start = pos + line.index(stripped[0]) if stripped else pos
            end = start + len(stripped)
            if end > start:
                state.header.append(HeaderLine(stripped, None, None, Span(start, end)))
        else:
            break
        pos = _WS.match(src, line_end, state.body_end).end()  # type: ignore[union-attr]
    state.body_start = max(state.body_start, pos)


def _is_code_line(line: str) -> bool:
    """A transmission code line: control characters and no run of prose."""
    letters = sum(c.isalpha() for c in line)
    return letters < 40 or len(_CONTROL.findall(line)) * 10 >= letters
