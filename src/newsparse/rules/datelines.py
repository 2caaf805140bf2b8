"""Dateline grammar (initial version: PLACE[, Region], Month Day[, Year][. /TAG/.| (TAG)] SEP).

The grammar is fed by the agency table (``state.registry.agencies``), never by branches.
"""

from __future__ import annotations

import re

from ..models import Dateline, Span
from ..state import ParseState

__all__ = ["dateline"]

_MONTHS = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
           r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_PLACE = r"(?P<loc>[A-Z][A-Z.'\-]*(?:[ ][A-Z][A-Z.'\-]*){0,4})"
_REGION = r"(?:,[ ](?P<region>[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2})(?=,)|[ ]/(?P<region2>[^/\r\n]{2,40})/)?"
_DATE = rf"(?:,[ ](?P<date>{_MONTHS}[ ]\d{{1,2}}(?:,[ ]\d{{4}})?))?"


def _pattern(state: ParseState) -> re.Pattern[str]:
    cached = state.registry.cache.get("datelines.pattern")
    if cached is None:
        names = sorted({s for a in state.registry.agencies for s in a.spellings}, key=len, reverse=True)
        tag = "|".join(re.escape(n) for n in names)
        cached = re.compile(
            rf"{_PLACE}{_REGION}{_DATE}(?:\.?[ ]/(?P<tag1>{tag})/\.|"
            rf"[ ]\((?P<tag2>{tag})\)[ ]?(?P<sep>--|-|_|\u2014|\u2013|:)?|[ ](?P<sep2>--|-|_|\u2014))"
        )
        state.registry.cache["datelines.pattern"] = cached
    return cached


def dateline(state: ParseState) -> None:
    src = state.source
    pos = state.body_start
    limit = min(state.body_end, pos + 2000)
    pat = _pattern(state)
    for line in re.finditer(r"[^\r\n]+", src[pos:limit]):
        start = pos + line.start() + len(line.group()) - len(line.group().lstrip(" \t"))
        m = pat.match(src, start, limit)
        if not m:
            continue
        tag = m.group("tag1") or m.group("tag2")
        state.dateline = Dateline(
            text=m.group(),
            location=m.group("loc"),
            region=m.group("region") or m.group("region2"),
            date_text=m.group("date"),
            agency=state.registry.agencies.canonical(tag) if tag else None,
            span=Span(m.start(), m.end()),
        )
        return
